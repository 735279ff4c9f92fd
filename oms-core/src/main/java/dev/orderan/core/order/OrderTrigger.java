package dev.orderan.core.order;

/** What can happen to an order; each is the trigger of one or more lifecycle transitions. */
public enum OrderTrigger {
    /** B2B: the seller approves the order. */
    APPROVE,
    /** B2B: the seller rejects the order. */
    REJECT,
    /** Made-to-order: the customer approves the specification or design. */
    APPROVE_DESIGN,
    /** Made-to-order: the specification is revised while waiting for approval. */
    REVISE_DESIGN,
    /** Money for the order was received (payments add up; the move happens once it is paid in full). */
    CONFIRM_PAYMENT,
    /** A payment attempt failed. */
    FAIL_PAYMENT,
    /** The customer retries after a failed payment. */
    RETRY_PAYMENT,
    /** The payment window ran out. */
    EXPIRE_PAYMENT,
    /** Pre-order: the goods arrived from supply. */
    RECEIVE_SUPPLY,
    /** Dropship: the order is forwarded to the supplier. */
    FORWARD_TO_SUPPLIER,
    /** Dropship: the supplier confirms it will ship. */
    CONFIRM_BY_SUPPLIER,
    /** Dropship: the supplier cannot fulfil the order. */
    DECLINE_BY_SUPPLIER,
    /** Made-to-order: one production stage is done. */
    COMPLETE_STAGE,
    /** Made-to-order: production is finished and the goods are packed. */
    FINISH_PRODUCTION,
    /** Work on the order starts (picking). */
    START_PROCESSING,
    /** The order is packed. */
    PACK,
    /** The order is handed to the courier with a tracking number. */
    SHIP,
    /** The courier delivered the order. */
    DELIVER,
    /** Delivery failed and the parcel went back to the seller. */
    RETURN_TO_SENDER,
    /** The order is closed as done. */
    COMPLETE,
    /** The order is cancelled. */
    CANCEL,
    /** The customer asks to return the goods. */
    REQUEST_RETURN,
    /** The returned goods arrived back. */
    RECEIVE_RETURN,
    /** The return request is refused. */
    REJECT_RETURN,
    /**
     * Money is paid back. Refunds are bookkeeping outside every lifecycle: allowed in any status
     * once money was received, they never change the status.
     */
    REFUND,
    /** The customer's personal data is erased; allowed in any status, never changes it. */
    ERASE_PERSONAL_DATA
}
