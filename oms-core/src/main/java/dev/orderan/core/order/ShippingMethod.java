package dev.orderan.core.order;

import dev.orderan.core.money.Money;
import dev.orderan.core.validation.NonNegative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * How the order travels: courier, service level, estimated delivery time and the fee
 * charged to the customer. The tracking number (resi) is added when the order ships.
 *
 * @param courier courier code, e.g. {@code jne}, {@code sicepat}, {@code gosend}, or {@code none}
 * @param serviceLevel regular, express, same day…
 * @param etaDays estimated days from shipment to delivery
 * @param fee shipping fee charged to the customer
 */
public record ShippingMethod(
        @NotBlank @Size(max = 50) String courier,
        @NotNull ServiceLevel serviceLevel,
        @PositiveOrZero int etaDays,
        @NotNull @NonNegative Money fee) {

    /** No shipment: services, digital goods or pick-up in store. */
    public static ShippingMethod none(Money zero) {
        return new ShippingMethod("none", ServiceLevel.NONE, 0, zero);
    }
}
