package dev.orderan.core.store;

import java.util.Objects;

/**
 * A stored aggregate state with the version it has: the sequence number of its last event.
 *
 * @param state the state
 * @param version the version, from 1
 * @param <A> the aggregate type
 */
public record Versioned<A>(A state, long version) {

    /** Checks the values. */
    public Versioned {
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("version: must be at least 1, was " + version);
        }
    }
}
