/**
 * The Kafka hand-off of Orderan's outbox: {@link dev.orderan.kafka.KafkaEventPublisher} is the
 * {@link dev.orderan.core.store.EventPublisher} an {@link dev.orderan.core.store.OutboxRelay} hands
 * each committed event to (idempotent producer, {@code acks=all}, keyed by aggregate id, one topic
 * per aggregate type named by {@link dev.orderan.kafka.TopicNaming}), and
 * {@link dev.orderan.kafka.KafkaEventConsumer} reads those topics and applies each event once
 * through an {@link dev.orderan.core.store.IdempotentConsumer}, committing offsets only after the
 * effects. See {@code docs/kafka.md}.
 */
package dev.orderan.kafka;
