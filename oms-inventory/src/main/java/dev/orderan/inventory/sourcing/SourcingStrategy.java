package dev.orderan.inventory.sourcing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /**
     * The request's candidate locations, most preferred first.
     * {@link SourcingStrategies#singleLocationIfPossible(SourcingStrategy)} uses it to choose among
     * locations that could each serve the whole request. The default ranks by priority (lower
     * first), then by id; strategies with an order of their own (nearest first, say) override it.
     */
    default List<SourcingLocation> rank(SourcingRequest request) {
        List<SourcingLocation> out = new ArrayList<>(request.locations());
        out.sort(Comparator.comparingInt(SourcingLocation::priority).thenComparing(SourcingLocation::id));
        return out;
    }
}
