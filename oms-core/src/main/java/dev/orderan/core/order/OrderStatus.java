package dev.orderan.core.order;

/**
 * Where an order is in its lifecycle. Not every order type passes every status: the
 * {@link OrderLifecycles lifecycle} of the order's type decides which statuses and moves exist.
 */
public enum OrderStatus {
    /** B2B: waiting for the seller's approval (credit, terms, negotiated prices). */
    PENDING_APPROVAL(CustomerStatus.DITERIMA),
    /** Made-to-order: waiting for the customer to approve the specification or design. */
    AWAITING_DESIGN_APPROVAL(CustomerStatus.DITERIMA),
    /** Waiting for the customer's payment. */
    AWAITING_PAYMENT(CustomerStatus.MENUNGGU_PEMBAYARAN),
    /** A payment attempt failed; the order is suspended until a retry succeeds or it is cancelled. */
    PAYMENT_FAILED(CustomerStatus.MENUNGGU_PEMBAYARAN),
    /** Pre-order: paid, waiting for the goods to arrive from supply. */
    AWAITING_SUPPLY(CustomerStatus.DITERIMA),
    /** Accepted by the seller, ready to be worked on. */
    ACCEPTED(CustomerStatus.DITERIMA),
    /** Dropship: forwarded to the supplier, waiting for the supplier to confirm. */
    AWAITING_SUPPLIER(CustomerStatus.DIPROSES),
    /** Made-to-order: being produced, stage by stage. */
    IN_PRODUCTION(CustomerStatus.DIPROSES),
    /** Being picked (or prepared by the supplier). */
    PROCESSING(CustomerStatus.DIPROSES),
    /** Packed and ready to hand to the courier. */
    PACKED(CustomerStatus.DIKEMAS),
    /** Handed to the courier, with a tracking number. */
    SHIPPED(CustomerStatus.DIKIRIM),
    /** Delivered to the customer. */
    DELIVERED(CustomerStatus.DIKIRIM),
    /** Done: delivered and settled, nothing more expected. */
    COMPLETED(CustomerStatus.SELESAI),
    /** Cancelled before delivery. */
    CANCELLED(CustomerStatus.DIBATALKAN),
    /** The customer asked to return the goods. */
    RETURN_REQUESTED(CustomerStatus.DIKIRIM),
    /** The goods came back: a return was received, or delivery failed and the parcel returned to sender. */
    RETURNED(CustomerStatus.DIKEMBALIKAN);

    private final CustomerStatus customerStatus;

    OrderStatus(CustomerStatus customerStatus) {
        this.customerStatus = customerStatus;
    }

    /** What the customer is shown for this status. */
    public CustomerStatus customerStatus() {
        return customerStatus;
    }
}
