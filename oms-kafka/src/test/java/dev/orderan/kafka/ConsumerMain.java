package dev.orderan.kafka;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.core.store.IdempotentConsumer;
import dev.orderan.jdbc.PostgresStore;
import java.time.Duration;
import java.util.List;

/**
 * A consumer process for {@link RelayCrashTest}: applies the events of a topic through the counted
 * effect of {@link Effects} until it is killed. Prints {@code ready} once it has applied its first
 * events, {@code applied N} after every poll that applied some and {@code skipped N} after every
 * poll that received events applied before.
 *
 * <p>Arguments: JDBC URL, bootstrap servers, topic, group id, group instance id, consumer name.
 */
public final class ConsumerMain {

    private ConsumerMain() {
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(2);
        config.setPoolName(args[4]);
        HikariDataSource pool = new HikariDataSource(config);
        PostgresStore store = PostgresStore.builder().dataSource(pool).schema(TestDatabase.SCHEMA).migrate(false).build();
        IdempotentConsumer effects = new IdempotentConsumer(args[5], store, store.processedEvents(),
                Effects.handler(args[5]));
        KafkaEventConsumer consumer = KafkaEventConsumer.builder().bootstrapServers(args[1]).groupId(args[3])
                .topics(List.of(args[2])).consumer(effects)
                .property("group.instance.id", args[4])
                .property("max.poll.records", 10)
                .build();
        boolean ready = false;
        while (true) {
            KafkaEventConsumer.Polled p = consumer.pollAndApply(Duration.ofMillis(200));
            if (p.applied() > 0) {
                if (!ready) {
                    System.out.println("ready");
                    ready = true;
                }
                System.out.println("applied " + p.applied());
            }
            if (p.received() > p.applied()) {
                System.out.println("skipped " + (p.received() - p.applied()));
            }
            System.out.flush();
        }
    }
}
