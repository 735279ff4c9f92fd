package dev.orderan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.inventory.InventoryEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Every event type survives the trip through JSON: generated events, written and read back, are
 * equal to the originals, alone and in their envelopes, and writing again gives the same text.
 */
class EventJsonProperties {

    private static final OrderanJson JSON = new OrderanJson();

    private static Map<Class<?>, Gen<? extends DomainEvent>> all() {
        Map<Class<?>, Gen<? extends DomainEvent>> m = new java.util.LinkedHashMap<>(Generators.orderEvents());
        m.putAll(Generators.inventoryEvents());
        return m;
    }

    @TestFactory
    Iterable<DynamicTest> everyEventTypeRoundTripsThroughJsonAloneAndInItsEnvelope() {
        return all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(), () ->
                qt().withExamples(100).forAll(Generators.envelope(e.getValue())).checkAssert(envelope -> {
                    String text = JSON.writeEnvelope(envelope);
                    EventEnvelope<DomainEvent> back = JSON.readEnvelope(text);
                    assertEquals(envelope, back, text);
                    assertEquals(envelope.event(), back.event(), text);
                    assertEquals(text, JSON.writeEnvelope(back), "writing again gives the same text");
                    DomainEvent alone = JSON.readEvent(JSON.writeEvent(envelope.event()));
                    assertEquals(envelope.event(), alone);
                }))).toList();
    }

    @Test
    void everyOrderAndInventoryEventClassHasAGeneratorAndAJsonForm() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(java.util.List.of(OrderEvent.class, InventoryEvent.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c.isSealed()) {
                todo.addAll(java.util.List.of(c.getPermittedSubclasses()));
            } else {
                classes.add(c);
            }
        }
        classes.add(dev.orderan.inventory.barcode.PackVerified.class);
        assertEquals(classes, all().keySet());
        assertEquals(classes.size(), JSON.eventTypes().size(), "one JSON form per event class");
    }
}
