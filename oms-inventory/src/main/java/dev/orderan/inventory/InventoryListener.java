package dev.orderan.inventory;

/**
 * Receives inventory events once the change that recorded them has committed (for stock moved
 * inside an order's transaction: once that transaction has committed), on the thread that
 * committed it; never an event of a change that was rolled back. Register on the engine builder. A
 * listener that throws undoes nothing and its exception reaches no caller: the engine logs it
 * (without the event's payload or the exception's message) and still tells the other listeners.
 */
@FunctionalInterface
public interface InventoryListener {

    /** Called once per event. */
    void onEvent(InventoryEvent event);
}
