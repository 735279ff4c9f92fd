package dev.orderan.core.order;

import dev.orderan.core.event.EventEnvelope;
import java.util.List;
import java.util.Objects;

/**
 * What a command did.
 *
 * @param order the order after the command (for a repeat: as it was right after the first one)
 * @param events the events the command recorded; empty for a repeat
 * @param replayed true when the command repeated an earlier one with the same key and content
 */
public record CommandResult(Order order, List<EventEnvelope<OrderEvent>> events, boolean replayed) {

    /** Copies the list. */
    public CommandResult {
        Objects.requireNonNull(order, "order");
        events = List.copyOf(events);
    }
}
