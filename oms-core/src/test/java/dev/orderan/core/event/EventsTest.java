package dev.orderan.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void eventIdsAreTimeOrderedVersion7AndNeverRepeat() {
        Instant t = Instant.parse("2026-11-25T03:00:00Z");
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = EventIds.timeOrdered(t);
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            assertEquals(t.toEpochMilli(), id.getMostSignificantBits() >>> 16, "the first 48 bits are the time");
            assertTrue(seen.add(id));
        }
        assertTrue(EventIds.timeOrdered(t).compareTo(EventIds.timeOrdered(t.plusMillis(1))) < 0);
    }

    @Test
    void aggregateIdsOfDifferentPartsNeverCollide() {
        // With a plain "/" join these two would both read "web/A/B".
        assertNotEquals(AggregateIds.of("web/A", "B"), AggregateIds.of("web", "A/B"));
        assertNotEquals(AggregateIds.of("a|b", "c"), AggregateIds.of("a", "b|c"));
        assertNotEquals(AggregateIds.of("a\\\\", "b"), AggregateIds.of("a", "\\\\b"));
        assertEquals("shopee|KMJ-01", AggregateIds.of("shopee", "KMJ-01"));
    }

    @Test
    void typeNamesAreLowerCaseDottedAndRevisionsStartAtOne() {
        assertEquals("order.placed/1", EventType.of("order.placed").toString());
        assertThrows(IllegalArgumentException.class, () -> EventType.of("OrderPlaced"));
        assertThrows(IllegalArgumentException.class, () -> EventType.of("placed"));
        assertThrows(IllegalArgumentException.class, () -> new EventType("order.placed", 0));
    }
}
