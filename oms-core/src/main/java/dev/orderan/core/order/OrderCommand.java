package dev.orderan.core.order;

import dev.orderan.core.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A command for an existing order. Each command fires one {@link OrderTrigger} of the order's
 * lifecycle; commands that carry data also record it in an {@link OrderEvent}. Commands are
 * validated at {@link OrderService#execute}; a rejected command changes nothing.
 */
public sealed interface OrderCommand {

    /** The lifecycle trigger this command fires. */
    OrderTrigger trigger();

    /**
     * B2B: approve the order.
     *
     * @param approvedBy who approves
     */
    record Approve(@NotBlank @Size(max = 200) String approvedBy) implements OrderCommand {
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
    record Reject(@NotBlank @Size(max = 1000) String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REJECT;
        }
    }

    /**
     * Made-to-order: the customer approves the design.
     *
     * @param approvedBy who approves
     */
    record ApproveDesign(@NotBlank @Size(max = 200) String approvedBy) implements OrderCommand {
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
    record ReviseDesign(@NotBlank @Size(max = 4000) String specification) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REVISE_DESIGN;
        }
    }

    /**
     * A payment was received. The amount must equal the amount due.
     *
     * @param amount the amount received
     * @param reference the gateway's or bank's reference
     */
    record ConfirmPayment(@NotNull Money amount, @NotBlank @Size(max = 200) String reference) implements OrderCommand {
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
    record FailPayment(@NotBlank @Size(max = 1000) String reason) implements OrderCommand {
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
    record ForwardToSupplier(@NotBlank @Size(max = 200) String supplier) implements OrderCommand {
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
    record DeclineBySupplier(@NotBlank @Size(max = 1000) String reason) implements OrderCommand {
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
    record CompleteStage(@NotBlank @Size(max = 100) String stage) implements OrderCommand {
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
    record Ship(@NotBlank @Size(max = 50) String courier,
                @NotBlank @Size(max = 64) String trackingNumber) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.SHIP;
        }
    }

    /**
     * The courier delivered the order.
     *
     * @param receivedBy who received it
     */
    record Deliver(@NotBlank @Size(max = 200) String receivedBy) implements OrderCommand {
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
    record ReturnToSender(@NotBlank @Size(max = 1000) String reason) implements OrderCommand {
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
    record Cancel(@NotNull CancelledBy by, @NotBlank @Size(max = 1000) String reason) implements OrderCommand {
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
    record RequestReturn(@NotBlank @Size(max = 1000) String reason) implements OrderCommand {
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
    record RejectReturn(@NotBlank @Size(max = 1000) String reason) implements OrderCommand {
        @Override
        public OrderTrigger trigger() {
            return OrderTrigger.REJECT_RETURN;
        }
    }
}
