package dev.orderan.testkit.contract;

import dev.orderan.core.order.OrderStore;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.ProcessedCommands;
import dev.orderan.core.store.UnitOfWork;
import java.util.Objects;

/**
 * The parts of a store adapter the conformance kits exercise, all from one adapter (one database,
 * one in-memory store) and empty at the start of each test.
 *
 * @param unitOfWork the adapter's transaction boundary
 * @param orders its order store
 * @param processedCommands its processed command records
 * @param outbox its outbox
 */
public record StoreSubject(UnitOfWork unitOfWork, OrderStore orders, ProcessedCommands processedCommands,
        Outbox outbox) {

    /** Checks that nothing is missing. */
    public StoreSubject {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(processedCommands, "processedCommands");
        Objects.requireNonNull(outbox, "outbox");
    }
}
