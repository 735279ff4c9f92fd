package dev.orderan.core.order;

/** The kinds of order; each has a lifecycle variant of its own. */
public enum OrderType {
    /** Business to consumer, paid before it is processed. */
    B2C_PREPAID,
    /** Business to consumer, cash on delivery: the courier collects the money. */
    B2C_COD,
    /** Business to business: approval first, then fulfilment, paid on payment terms (invoice). */
    B2B,
    /** The seller holds no stock; a supplier confirms and ships to the customer. */
    DROPSHIP,
    /** Ordered and paid before the goods are available; waits for supply. */
    PRE_ORDER,
    /** Made to the customer's specification: design approval, payment, production stages. */
    MADE_TO_ORDER,
    /** Created by a subscription renewal and charged automatically. */
    SUBSCRIPTION
}
