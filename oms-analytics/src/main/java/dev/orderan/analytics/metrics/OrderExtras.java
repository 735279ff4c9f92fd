package dev.orderan.analytics.metrics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Facts about an order that the order model does not hold and the host may know: the campaign or
 * traffic source, what shipping cost the seller, whether the address had to be corrected or a
 * wrong item was sent, a reason code for a return, and the promised delivery deadline.
 *
 * @param source campaign or traffic source, e.g. {@code "instagram-ramadan"}
 * @param shippingCostMinor what the courier charged the seller, in the order's minor units
 * @param addressCorrected true when the address was corrected after placement
 * @param wrongItem true when a wrong item was sent
 * @param returnReasonCode the host's reason code for a return (replaces the customer's free text in reports)
 * @param deliveryDueBy the promised delivery deadline (replaces shipment + the courier's ETA)
 */
public record OrderExtras(Optional<String> source, OptionalLong shippingCostMinor, boolean addressCorrected,
                          boolean wrongItem, Optional<String> returnReasonCode, Optional<Instant> deliveryDueBy) {

    /** Nothing extra known. */
    public static final OrderExtras NONE = new OrderExtras(Optional.empty(), OptionalLong.empty(), false, false,
            Optional.empty(), Optional.empty());

    /** Checks presence and signs. */
    public OrderExtras {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(shippingCostMinor, "shippingCostMinor");
        if (shippingCostMinor.isPresent() && shippingCostMinor.getAsLong() < 0) {
            throw new IllegalArgumentException("shippingCostMinor: must not be negative");
        }
        Objects.requireNonNull(returnReasonCode, "returnReasonCode");
        Objects.requireNonNull(deliveryDueBy, "deliveryDueBy");
    }

    /** These extras with a campaign or traffic source. */
    public OrderExtras withSource(String value) {
        return new OrderExtras(Optional.of(value), shippingCostMinor, addressCorrected, wrongItem, returnReasonCode,
                deliveryDueBy);
    }

    /** These extras with the seller's shipping cost. */
    public OrderExtras withShippingCostMinor(long value) {
        return new OrderExtras(source, OptionalLong.of(value), addressCorrected, wrongItem, returnReasonCode,
                deliveryDueBy);
    }

    /** These extras marking an address correction. */
    public OrderExtras withAddressCorrected() {
        return new OrderExtras(source, shippingCostMinor, true, wrongItem, returnReasonCode, deliveryDueBy);
    }

    /** These extras marking a wrong item. */
    public OrderExtras withWrongItem() {
        return new OrderExtras(source, shippingCostMinor, addressCorrected, true, returnReasonCode, deliveryDueBy);
    }

    /** These extras with a return reason code. */
    public OrderExtras withReturnReasonCode(String value) {
        return new OrderExtras(source, shippingCostMinor, addressCorrected, wrongItem, Optional.of(value),
                deliveryDueBy);
    }

    /** These extras with a promised delivery deadline. */
    public OrderExtras withDeliveryDueBy(Instant value) {
        return new OrderExtras(source, shippingCostMinor, addressCorrected, wrongItem, returnReasonCode,
                Optional.of(value));
    }
}
