package dev.orderan.core.store;

import dev.orderan.core.common.OrderanException;

/**
 * Thrown by {@link ProcessedCommands#record} when the key is already recorded in the tenant: another
 * request with the same command id got there first. Callers read the recorded command and answer
 * with its result (same content) or refuse (other content).
 */
public final class DuplicateCommandException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /** Creates the exception for a key. */
    public DuplicateCommandException(String key) {
        super("command " + key + " was already processed");
        this.key = key;
    }

    /** The key. */
    public String key() {
        return key;
    }
}
