package dev.orderan.inventory.lot;

/** The order in which lots are picked. */
public enum PickingRule {
    /** First in, first out: the earliest received lot first. */
    FIFO,
    /** First expired, first out: the earliest expiry first; lots without expiry last. */
    FEFO
}
