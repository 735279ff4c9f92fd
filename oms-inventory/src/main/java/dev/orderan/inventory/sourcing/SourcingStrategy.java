package dev.orderan.inventory.sourcing;

/**
 * Decides which locations serve an order's lines. Implementations are pure functions of the
 * request: they read availability through {@link SourcingRequest#stock()} and never reserve.
 * Register one on the engine builder; the built-ins are in {@link SourcingStrategies}.
 */
public interface SourcingStrategy {

    /** A short name shown in plans, e.g. {@code fewest-splits}. */
    String name();

    /** The plan for the request; lines that cannot be fully served appear as shortfalls. */
    SourcingPlan plan(SourcingRequest request);
}
