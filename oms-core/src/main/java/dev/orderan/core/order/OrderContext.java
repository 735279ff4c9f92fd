package dev.orderan.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * What an order lifecycle's guards and event factories see when a command is handled: the order
 * before the command, the command, the moment (the clock is read once per command) and the
 * sequence numbers for the events the command emits. One context serves one command.
 */
public final class OrderContext {

    private final Order order;
    private final OrderCommand command;
    private final Instant now;
    private long nextSequence;

    /** A context for handling {@code command} on {@code order} at {@code now}. */
    public OrderContext(Order order, OrderCommand command, Instant now) {
        this.order = Objects.requireNonNull(order, "order");
        this.command = Objects.requireNonNull(command, "command");
        this.now = Objects.requireNonNull(now, "now");
        this.nextSequence = order.version() + 1;
    }

    /** The order as it was before the command. */
    public Order order() {
        return order;
    }

    /** The command being handled. */
    public OrderCommand command() {
        return command;
    }

    /** The moment of the command; every event it emits carries this time. */
    public Instant now() {
        return now;
    }

    /** Takes the next event sequence number. */
    public long nextSequence() {
        return nextSequence++;
    }

    /**
     * Makes the context usable again for the same order, command and moment, as if no event had
     * been emitted yet (benchmarks reuse one context).
     */
    public void rewind() {
        this.nextSequence = order.version() + 1;
    }
}
