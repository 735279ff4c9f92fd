package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.validation.IndonesianPhone;
import dev.orderan.core.validation.PhoneNumbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The customer of an order: who, how to reach them, where to ship and bill.
 * The phone number is normalised to E.164 ({@code +62812…}) and the e-mail address trimmed and
 * lower-cased when valid. {@link #toString()} masks every personal field.
 *
 * @param id the host's customer identifier
 * @param name full name
 * @param email e-mail address
 * @param phone phone number; stored in E.164 form
 * @param shippingAddress where to deliver
 * @param billingAddress where to bill (the shipping address when not different)
 */
public record Customer(
        @NotNull CustomerId id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @IndonesianPhone String phone,
        @NotNull @Valid Address shippingAddress,
        @NotNull @Valid Address billingAddress) {

    /** Normalises phone and e-mail; leaves invalid values as given so validation can report them. */
    public Customer {
        name = name == null ? null : name.trim();
        email = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        if (phone != null) {
            String raw = phone;
            phone = PhoneNumbers.normalize(raw).orElse(raw);
        }
    }

    /** A customer whose billing address is the shipping address. */
    public static Customer of(CustomerId id, String name, String email, String phone, Address address) {
        return new Customer(id, name, email, phone, address, address);
    }

    /** True when billing goes to another address than shipping. */
    public boolean billsElsewhere() {
        return !shippingAddress.equals(billingAddress);
    }

    /** Masks personal data: initials, the e-mail domain and the last three digits of the phone. */
    @Override
    public String toString() {
        return "Customer[id=" + id + ", name=" + Masking.name(name) + ", email=" + Masking.email(email)
                + ", phone=" + Masking.phone(phone) + ", shippingAddress=" + shippingAddress + "]";
    }
}
