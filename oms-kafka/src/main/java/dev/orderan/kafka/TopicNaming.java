package dev.orderan.kafka;

import java.util.Objects;

/**
 * Chooses the topic of an event. The rule Orderan ships is {@link #prefixed(String)}: the prefix
 * followed by the aggregate type, so every event of one aggregate type (all of {@code order}, say)
 * goes to one topic and an aggregate's events, keyed by its id, stay in one partition in order.
 *
 * <p>{@link #DEBEZIUM_DEFAULT} names topics as Debezium's outbox event router does by default
 * ({@code outbox.event.order}), so consumers read the same topics whichever hand-off wrote them.
 */
@FunctionalInterface
public interface TopicNaming {

    /** {@code orderan.<aggregatetype>}, e.g. {@code orderan.order}: the default. */
    TopicNaming DEFAULT = prefixed("orderan.");

    /** {@code outbox.event.<aggregatetype>}, the topics Debezium's outbox event router writes by default. */
    TopicNaming DEBEZIUM_DEFAULT = prefixed("outbox.event.");

    /**
     * The topic of every event of an aggregate type: a legal Kafka topic name (the publisher checks
     * it and refuses the event otherwise).
     *
     * @param aggregateType e.g. {@code order}
     * @return the topic name
     */
    String topicFor(String aggregateType);

    /**
     * The prefix followed by the event's aggregate type.
     *
     * @param prefix letters, digits, {@code .}, {@code _} and {@code -} (may be empty)
     * @return the rule
     * @throws IllegalArgumentException when the prefix holds any other character or is too long
     */
    static TopicNaming prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.isEmpty()) {
            Topics.requireLegal("prefix", prefix);
        }
        return aggregateType -> prefix + aggregateType;
    }
}
