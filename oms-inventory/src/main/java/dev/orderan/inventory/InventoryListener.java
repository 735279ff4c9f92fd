package dev.orderan.inventory;

/**
 * Receives inventory events right after the change, on the thread that made it. Register on the
 * engine builder. A listener that throws does not undo the change; the first exception reaches the
 * caller after every listener ran.
 */
@FunctionalInterface
public interface InventoryListener {

    /** Called once per event. */
    void onEvent(InventoryEvent event);
}
