package dev.orderan.core.store;

import dev.orderan.core.event.EventEnvelope;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Applies each delivered event exactly once: the handler runs in a transaction of the event's tenant
 * together with marking the event as processed, and a redelivered event is skipped.
 */
public final class IdempotentConsumer {

    private final String name;
    private final UnitOfWork unitOfWork;
    private final ProcessedEvents processed;
    private final BiConsumer<Transaction, EventEnvelope<?>> handler;

    /**
     * A consumer.
     *
     * @param name the consumer's name, the scope of its processed-event records
     * @param handler the effect, written through the transaction it is given
     */
    public IdempotentConsumer(String name, UnitOfWork unitOfWork, ProcessedEvents processed,
            BiConsumer<Transaction, EventEnvelope<?>> handler) {
        this.name = Objects.requireNonNull(name, "name");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.processed = Objects.requireNonNull(processed, "processed");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Applies the event unless it was applied before.
     *
     * @return true when it was applied now
     */
    public boolean accept(EventEnvelope<?> envelope) {
        Objects.requireNonNull(envelope, "envelope");
        return unitOfWork.inTransaction(envelope.tenantId(), tx -> {
            if (!processed.markProcessed(tx, name, envelope.eventId())) {
                return false;
            }
            handler.accept(tx, envelope);
            return true;
        });
    }
}
