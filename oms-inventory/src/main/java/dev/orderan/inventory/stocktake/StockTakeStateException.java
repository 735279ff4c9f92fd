package dev.orderan.inventory.stocktake;

import dev.orderan.core.common.OrderanException;

/** Thrown when a session cannot do what was asked in its state (count after approval, peek in a blind count). */
public final class StockTakeStateException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String sessionId;
    private final StockTakeStatus status;

    /** Creates the exception for the session, its status and what was refused. */
    public StockTakeStateException(String sessionId, StockTakeStatus status, String refused) {
        super("stock take " + sessionId + " (" + status + "): " + refused);
        this.sessionId = sessionId;
        this.status = status;
    }

    /** The session. */
    public String sessionId() {
        return sessionId;
    }

    /** Its status. */
    public StockTakeStatus status() {
        return status;
    }
}
