package dev.orderan.core.order;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an {@link Order} holds, as plain values: what a store writes as the order's current
 * state (a JSON document, say) so loading an order never replays its whole history
 * ({@link Order#snapshot()}, {@link Order#restore(OrderSnapshot)}). Unlike events, a snapshot holds
 * the order's personal data and is overwritten when it is erased.
 *
 * @param ref tenant and order id
 * @param version the sequence of the last event applied
 * @param type the order type
 * @param lifecycle the lifecycle variant's name
 * @param channel the sales channel
 * @param customerId the customer's id
 * @param personalData name, contacts, addresses, notes, recipient (erasable)
 * @param shippingArea postal code, city and province of the shipping address
 * @param lines the lines as charged
 * @param price the price computed at placement
 * @param paymentMethod how the customer pays
 * @param paymentDeadline the last moment a payment is accepted, if the method has a window
 * @param amountPaid the sum of every payment received
 * @param paymentReferences the references of the payments, in order
 * @param paymentFailed true when the last payment attempt failed
 * @param amountRefunded the sum of every refund
 * @param refundedUnitsValue the part of {@code amountRefunded} that paid back units
 * @param refundedUnits the units refunded
 * @param refundIds the ids of the refunds, in order
 * @param shipping the shipping method as chosen (fee before shipping discounts)
 * @param courier the courier that took the parcel, once shipped
 * @param trackingNumber the tracking number, once shipped
 * @param paymentTerms B2B payment terms
 * @param promisedDate the pre-order promise date
 * @param productionStages planned production stages
 * @param completedStages production stages done
 * @param specification the latest revised specification
 * @param approvedBy who approved the order or its design
 * @param supplier the dropship supplier
 * @param lastProblem the latest failure, cancellation, rejection or return reason
 * @param cancelledBy who cancelled
 * @param status the status
 * @param statusTimestamps when each status was first reached
 * @param placedAt when the order was placed
 * @param updatedAt when it last changed
 * @param idempotencyKey the placement's idempotency key
 * @param probableDuplicateOf the order this one probably repeats
 * @param voucherCodes the voucher codes used
 * @param customerGroups the customer groups priced with
 * @param account the B2B account priced with
 */
public record OrderSnapshot(OrderRef ref, long version, OrderType type, String lifecycle, SalesChannel channel,
        CustomerId customerId, OrderPersonalData personalData, OrderEvent.ShippingArea shippingArea,
        List<OrderLine> lines, PriceBreakdown.Snapshot price, PaymentMethod paymentMethod,
        Optional<Instant> paymentDeadline, Money amountPaid, List<String> paymentReferences, boolean paymentFailed,
        Money amountRefunded, Money refundedUnitsValue, List<UnitRef> refundedUnits, List<String> refundIds,
        ShippingMethod shipping, Optional<String> courier, Optional<String> trackingNumber,
        Optional<PaymentTerms> paymentTerms, Optional<LocalDate> promisedDate, List<String> productionStages,
        List<String> completedStages, Optional<String> specification, Optional<String> approvedBy,
        Optional<String> supplier, Optional<String> lastProblem, Optional<CancelledBy> cancelledBy,
        OrderStatus status, Map<OrderStatus, Instant> statusTimestamps, Instant placedAt, Instant updatedAt,
        String idempotencyKey, Optional<OrderId> probableDuplicateOf, List<String> voucherCodes,
        List<String> customerGroups, Optional<String> account) {

    /** Copies the collections and checks that nothing is missing. */
    public OrderSnapshot {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(shippingArea, "shippingArea");
        lines = List.copyOf(lines);
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        Objects.requireNonNull(amountPaid, "amountPaid");
        paymentReferences = List.copyOf(paymentReferences);
        Objects.requireNonNull(amountRefunded, "amountRefunded");
        Objects.requireNonNull(refundedUnitsValue, "refundedUnitsValue");
        refundedUnits = List.copyOf(refundedUnits);
        refundIds = List.copyOf(refundIds);
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(courier, "courier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(paymentTerms, "paymentTerms");
        Objects.requireNonNull(promisedDate, "promisedDate");
        productionStages = List.copyOf(productionStages);
        completedStages = List.copyOf(completedStages);
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(lastProblem, "lastProblem");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(status, "status");
        statusTimestamps = Map.copyOf(statusTimestamps);
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(probableDuplicateOf, "probableDuplicateOf");
        voucherCodes = List.copyOf(voucherCodes);
        customerGroups = List.copyOf(customerGroups);
        Objects.requireNonNull(account, "account");
    }
}
