package dev.orderan.core.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An Indonesian postal address: province (provinsi), regency or city (kabupaten/kota), district
 * (kecamatan), village (kelurahan/desa), a 5-digit postal code, the street line (with RT/RW) and
 * free-text notes for the courier. Text is trimmed; {@code notes} may be empty. Validated at the
 * entry point that receives it; {@link #toString()} hides the street and notes (personal data).
 *
 * @param street street, number, RT/RW
 * @param village kelurahan or desa
 * @param district kecamatan
 * @param city kabupaten or kota
 * @param province provinsi
 * @param postalCode kode pos, 5 digits
 * @param notes directions for the courier, may be empty
 */
public record Address(
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 100) String village,
        @NotBlank @Size(max = 100) String district,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 100) String province,
        @NotBlank @Pattern(regexp = "[1-9][0-9]{4}", message = "must be 5 digits, e.g. 12190") String postalCode,
        @Size(max = 500) String notes) {

    /** Trims every part; a missing note becomes empty. */
    public Address {
        street = trim(street);
        village = trim(village);
        district = trim(district);
        city = trim(city);
        province = trim(province);
        postalCode = trim(postalCode);
        notes = notes == null ? "" : notes.trim();
    }

    /** An address without notes. */
    public static Address of(String street, String village, String district, String city, String province,
                             String postalCode) {
        return new Address(street, village, district, city, province, postalCode, "");
    }

    /** Shows the area but hides the street and notes. */
    @Override
    public String toString() {
        return "Address[street=***, village=" + village + ", district=" + district + ", city=" + city
                + ", province=" + province + ", postalCode=" + postalCode + "]";
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
