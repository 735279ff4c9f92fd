package dev.orderan.core.store;

import dev.orderan.core.common.OrderanException;

/**
 * Thrown when a write is based on a stale version of an aggregate: someone else saved a newer
 * version first. Nothing was written; reload and decide again.
 */
public final class ConcurrentModificationException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String aggregate;
    private final long expectedVersion;
    private final long actualVersion;

    /** Creates the exception for an aggregate (e.g. {@code order tenant/INV-1}) and both versions. */
    public ConcurrentModificationException(String aggregate, long expectedVersion, long actualVersion) {
        super(aggregate + " was modified concurrently: expected version " + expectedVersion + " but found "
                + actualVersion);
        this.aggregate = aggregate;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The aggregate written to. */
    public String aggregate() {
        return aggregate;
    }

    /** The version the writer based its change on. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found in the store. */
    public long actualVersion() {
        return actualVersion;
    }
}
