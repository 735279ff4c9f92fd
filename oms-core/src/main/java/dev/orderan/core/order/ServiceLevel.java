package dev.orderan.core.order;

/** The courier service level the customer chose. */
public enum ServiceLevel {
    /** Regular (e.g. JNE REG): a few days. */
    REGULAR,
    /** Express / next day. */
    EXPRESS,
    /** Same day. */
    SAME_DAY,
    /** Instant (motorbike courier within hours). */
    INSTANT,
    /** Cargo / trucking for heavy goods. */
    CARGO,
    /** Picked up by the customer; no courier. */
    PICKUP,
    /** Nothing to ship (services, digital goods). */
    NONE
}
