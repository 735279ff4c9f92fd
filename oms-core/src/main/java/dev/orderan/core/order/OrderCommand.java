package dev.orderan.core.order;

import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.UnitRef;
import java.util.List;

/**
 * A command for an existing order. Each command fires one {@link OrderTrigger} of the order's
 * lifecycle; commands that carry data also record it in an {@link OrderEvent}. Refunds and erasure
 * are bookkeeping outside the lifecycle. Commands are validated at {@link OrderService#execute}
 * (texts not blank and within their lengths, amounts positive and in the order's currency); a
 * rejected command changes nothing.
 *
 * <p>Repeats: a command carrying a command id ({@link CommandMetadata}) or one with a natural key
 * (a payment's reference, a shipment's tracking number, a refund's id) is carried out once; a
 * repeat returns the first result, and a repeat with other content is refused with
 * {@link IdempotencyConflictException}.
 */
public sealed interface OrderCommand {

    /** The lifecycle trigger this command fires. */
    OrderTrigger trigger();

    /**
     * B2B: approve the order.
     *
     * @param approvedBy the id of the user who approves (not a name: events keep no personal data)
     */
    record Approve(String approvedBy) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.APPROVE;
        }
    }

    /**
     * B2B: reject the order.
     *
     * @param reason why
     */
    record Reject(String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REJECT;
        }
    }

    /**
     * Made-to-order: the customer approves the design.
     *
     * @param approvedBy the id of the user who approves (not a name: events keep no personal data)
     */
    record ApproveDesign(String approvedBy) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.APPROVE_DESIGN;
        }
    }

    /**
     * Made-to-order: revise the specification before approval.
     *
     * @param specification the new specification
     */
    record ReviseDesign(String specification) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REVISE_DESIGN;
        }
    }

    /**
     * Money for the order was received (a payment notification). Payments add up: an underpayment
     * keeps the order waiting and {@link Order#amountDue()} says what is missing; an overpayment (a
     * bank transfer with a unique-code amount, say) is recorded and {@link Order#refundDue()} says
     * what to pay back. A payment is a fact: it is always recorded, and one that arrives after the
     * payment window closed makes the order expire and is due back in full. Natural key: the
     * reference.
     *
     * @param amount the amount received, positive, in the order's currency
     * @param reference the gateway's or bank's reference, at most 200 characters
     */
    record ConfirmPayment(Money amount, String reference) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.CONFIRM_PAYMENT;
        }
    }

    /**
     * A payment attempt failed.
     *
     * @param reason why
     */
    record FailPayment(String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.FAIL_PAYMENT;
        }
    }

    /** The customer retries after a failed payment. */
    record RetryPayment() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.RETRY_PAYMENT;
        }
    }

    /** The payment window ran out; the order is cancelled by the system. */
    record ExpirePayment() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.EXPIRE_PAYMENT;
        }
    }

    /** Pre-order: the goods arrived. */
    record ReceiveSupply() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.RECEIVE_SUPPLY;
        }
    }

    /**
     * Dropship: forward the order to a supplier.
     *
     * @param supplier the supplier
     */
    record ForwardToSupplier(String supplier) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.FORWARD_TO_SUPPLIER;
        }
    }

    /** Dropship: the supplier confirms. */
    record ConfirmBySupplier() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.CONFIRM_BY_SUPPLIER;
        }
    }

    /**
     * Dropship: the supplier declines.
     *
     * @param reason why
     */
    record DeclineBySupplier(String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.DECLINE_BY_SUPPLIER;
        }
    }

    /**
     * Made-to-order: a production stage is done.
     *
     * @param stage the stage, one of the order's production stages
     */
    record CompleteStage(String stage) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.COMPLETE_STAGE;
        }
    }

    /** Made-to-order: production is finished and the goods are packed. */
    record FinishProduction() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.FINISH_PRODUCTION;
        }
    }

    /** Start picking. */
    record StartProcessing() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.START_PROCESSING;
        }
    }

    /** The order is packed. */
    record Pack() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.PACK;
        }
    }

    /**
     * Hand the order to the courier.
     *
     * @param courier the courier that took it
     * @param trackingNumber the tracking number (resi / AWB)
     */
    record Ship(String courier,
                String trackingNumber) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.SHIP;
        }
    }

    /**
     * The courier delivered the order.
     *
     * @param receivedBy who received it (kept with the order's personal data, not in events)
     */
    record Deliver(String receivedBy) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.DELIVER;
        }
    }

    /**
     * Delivery failed; the parcel returns to the seller.
     *
     * @param reason why delivery failed
     */
    record ReturnToSender(String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.RETURN_TO_SENDER;
        }
    }

    /** Close the order as done. */
    record Complete() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.COMPLETE;
        }
    }

    /**
     * Cancel the order.
     *
     * @param by who cancels
     * @param reason why
     */
    record Cancel(CancelledBy by, String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.CANCEL;
        }
    }

    /**
     * The customer asks to return the goods.
     *
     * @param reason why
     */
    record RequestReturn(String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REQUEST_RETURN;
        }
    }

    /** The returned goods arrived back. */
    record ReceiveReturn() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.RECEIVE_RETURN;
        }
    }

    /**
     * Refuse a return request.
     *
     * @param reason why
     */
    record RejectReturn(String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REJECT_RETURN;
        }
    }

    /**
     * Pay back some units at exactly what each cost the customer (their share of discounts,
     * shipping and tax included), e.g. after a partial return. Natural key: the refund id.
     *
     * @param refundId the host's refund id, at most 100 characters
     * @param units the units, each at most once
     * @param reason why, at most 1000 characters
     */
    record Refund(String refundId, List<UnitRef> units, String reason) implements OrderCommand {
        /** Copies the list (keeping a null for validation to report). */
        public Refund {
            units = units == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(units));
        }

        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REFUND;
        }
    }

    /**
     * Pay back everything received that was not paid back yet: every unit not refunded and any
     * money received beyond the price. Natural key: the refund id.
     *
     * @param refundId the host's refund id
     * @param reason why
     */
    record RefundAll(String refundId, String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REFUND;
        }
    }

    /**
     * Pay back only the money received beyond what the order costs: an overpayment, or every payment
     * of an order that was cancelled or expired ({@link Order#refundDue()}). Natural key: the refund id.
     *
     * @param refundId the host's refund id
     * @param reason why
     */
    record RefundExcess(String refundId, String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REFUND;
        }
    }

    /** Erase the customer's personal data from the order, keeping the customer id and the coarse area. */
    record ErasePersonalData() implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.ERASE_PERSONAL_DATA;
        }
    }
}
