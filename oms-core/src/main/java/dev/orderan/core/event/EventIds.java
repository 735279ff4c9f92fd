package dev.orderan.core.event;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes event ids. The default makes time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix
 * milliseconds, then 74 random bits, so ids sort roughly by time (kind to database indexes) and two
 * events never share an id, whatever their aggregates are called or however often an id is reused.
 */
@FunctionalInterface
public interface EventIds {

    /** The default: version 7 UUIDs from the event's time and a thread-local random source. */
    EventIds TIME_ORDERED = EventIds::timeOrdered;

    /** A new id for an event that happened at {@code at}. */
    UUID next(Instant at);

    /** A version 7 UUID for the moment {@code at}. */
    static UUID timeOrdered(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
