package dev.orderan.kafka;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderan.core.store.OutboxRelay;
import dev.orderan.jdbc.PostgresStore;
import java.time.Clock;
import java.time.Duration;

/**
 * A relay process for {@link RelayCrashTest}: relays the outbox of a PostgreSQL database to Kafka
 * until it is killed. Prints {@code ready} once it has published its first batch and
 * {@code published N} after every batch.
 *
 * <p>Arguments: JDBC URL, bootstrap servers, topic prefix, relay id, lease in milliseconds.
 */
public final class RelayMain {

    private RelayMain() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(2);
        config.setPoolName(args[3]);
        HikariDataSource pool = new HikariDataSource(config);
        PostgresStore store = PostgresStore.builder().dataSource(pool).schema(TestDatabase.SCHEMA).migrate(false).build();
        KafkaEventPublisher kafka = KafkaEventPublisher.builder().bootstrapServers(args[1])
                .topicNaming(TopicNaming.prefixed(args[2])).deliveryTimeout(Duration.ofSeconds(30)).build();
        OutboxRelay relay = new OutboxRelay(store.outbox(), kafka, args[3], 5,
                Duration.ofMillis(Long.parseLong(args[4])), Clock.systemUTC());
        boolean ready = false;
        while (true) {
            int n = relay.relayBatch();
            if (n > 0) {
                if (!ready) {
                    System.out.println("ready");
                    ready = true;
                }
                System.out.println("published " + n);
                System.out.flush();
            } else {
                Thread.sleep(10);
            }
        }
    }
}
