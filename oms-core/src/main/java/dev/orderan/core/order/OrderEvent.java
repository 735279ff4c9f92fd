package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything that can happen to an order. An order's state is the fold of its events
 * ({@link Order#replay(List)}); every status change is an {@link StatusChanged} event, and commands
 * that carry data record it in an event of their own just before the status change.
 */
public sealed interface OrderEvent extends DomainEvent {

    /** The order the event belongs to. */
    OrderRef order();

    @Override
    default TenantId tenantId() {
        return order().tenantId();
    }

    @Override
    default String aggregateType() {
        return "order";
    }

    @Override
    default String aggregateId() {
        return order().orderId().value();
    }

    /** The order id. */
    default OrderId orderId() {
        return order().orderId();
    }

    /**
     * The order was placed.
     *
     * @param order the order
     * @param sequence always 1
     * @param occurredAt when
     * @param type the order type
     * @param lifecycle the name of the lifecycle variant the order follows
     * @param channel where the order came from
     * @param customer the customer
     * @param lines the lines
     * @param orderDiscounts fixed order-level discounts
     * @param price the price breakdown computed at placement
     * @param paymentMethod how the customer pays
     * @param shipping the shipping method
     * @param paymentTerms B2B payment terms
     * @param promisedDate pre-order promise date
     * @param productionStages made-to-order production stages, in order
     * @param notes the customer's or seller's notes
     * @param idempotencyKey the placement's idempotency key
     * @param fingerprint a hash of the placement's content, to tell a repeat from a conflict
     * @param probableDuplicateOf a recent order of the same customer with the same lines, if any
     * @param initialStatus the status the order starts in
     */
    record Placed(OrderRef order, long sequence, Instant occurredAt, OrderType type, String lifecycle,
                  SalesChannel channel, Customer customer, List<OrderLine> lines, List<Money> orderDiscounts,
                  PriceBreakdown price, PaymentMethod paymentMethod, ShippingMethod shipping,
                  Optional<PaymentTerms> paymentTerms, Optional<LocalDate> promisedDate,
                  List<String> productionStages, String notes, String idempotencyKey, String fingerprint,
                  Optional<OrderId> probableDuplicateOf, OrderStatus initialStatus) implements OrderEvent {

        /** Copies the lists. */
        public Placed {
            lines = List.copyOf(lines);
            orderDiscounts = List.copyOf(orderDiscounts);
            productionStages = List.copyOf(productionStages);
        }
    }

    /**
     * The order moved from one status to another.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param from the status before
     * @param to the status after
     * @param trigger what caused the move
     */
    record StatusChanged(OrderRef order, long sequence, Instant occurredAt, OrderStatus from, OrderStatus to,
                         OrderTrigger trigger) implements OrderEvent {
    }

    /**
     * A B2B order was approved.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param approvedBy who approved it
     */
    record Approved(OrderRef order, long sequence, Instant occurredAt, String approvedBy) implements OrderEvent {
    }

    /**
     * A B2B order was rejected.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record Rejected(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
    }

    /**
     * The customer approved the design or specification of a made-to-order order.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param approvedBy who approved it
     */
    record DesignApproved(OrderRef order, long sequence, Instant occurredAt, String approvedBy) implements OrderEvent {
    }

    /**
     * The specification of a made-to-order order was revised.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param specification the new specification
     */
    record DesignRevised(OrderRef order, long sequence, Instant occurredAt, String specification) implements OrderEvent {
    }

    /**
     * A payment was received.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param amount the amount received
     * @param reference the gateway's or bank's reference
     */
    record PaymentConfirmed(OrderRef order, long sequence, Instant occurredAt, Money amount, String reference)
            implements OrderEvent {
    }

    /**
     * A payment attempt failed.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record PaymentFailed(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
    }

    /**
     * A dropship order was forwarded to a supplier.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param supplier the supplier
     */
    record ForwardedToSupplier(OrderRef order, long sequence, Instant occurredAt, String supplier)
            implements OrderEvent {
    }

    /**
     * The supplier of a dropship order declined it.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record SupplierDeclined(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
    }

    /**
     * A production stage of a made-to-order order was completed.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param stage the stage
     */
    record StageCompleted(OrderRef order, long sequence, Instant occurredAt, String stage) implements OrderEvent {
    }

    /**
     * The order was handed to the courier.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param courier the courier that took it
     * @param trackingNumber the tracking number (resi / AWB)
     */
    record Shipped(OrderRef order, long sequence, Instant occurredAt, String courier, String trackingNumber)
            implements OrderEvent {
    }

    /**
     * The order was delivered.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param receivedBy who received it (proof of delivery)
     */
    record Delivered(OrderRef order, long sequence, Instant occurredAt, String receivedBy) implements OrderEvent {
    }

    /**
     * Delivery failed and the parcel went back to the seller.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why delivery failed
     */
    record DeliveryFailed(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
    }

    /**
     * The order was cancelled.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param by who cancelled
     * @param reason why
     */
    record Cancelled(OrderRef order, long sequence, Instant occurredAt, CancelledBy by, String reason)
            implements OrderEvent {
    }

    /**
     * The customer asked to return the goods.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record ReturnRequested(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
    }

    /**
     * A return request was refused.
     *
     * @param order the order
     * @param sequence position in the order's history
     * @param occurredAt when
     * @param reason why
     */
    record ReturnRejected(OrderRef order, long sequence, Instant occurredAt, String reason) implements OrderEvent {
    }
}
