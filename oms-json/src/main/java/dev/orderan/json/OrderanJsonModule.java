package dev.orderan.json;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderPersonalData;
import dev.orderan.core.order.OrderSnapshot;
import dev.orderan.core.order.PlaceOrder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of {@link OrderanJson#module()}: the same shapes through a host's own mapper. A
 * document the reader refuses surfaces as Jackson's input mismatch, naming the JSON path inside the
 * value and wrapping the {@link JsonInputException}.
 */
final class OrderanJsonModule {

    private OrderanJsonModule() {
    }

    static JacksonModule of(OrderanJson json) {
        SimpleModule m = new SimpleModule("orderan");
        add(m, json, EventEnvelope.class);
        add(m, json, DomainEvent.class);
        add(m, json, dev.orderan.core.order.OrderEvent.class);
        add(m, json, dev.orderan.inventory.InventoryEvent.class);
        add(m, json, OrderSnapshot.class);
        add(m, json, OrderPersonalData.class);
        add(m, json, PlaceOrder.class);
        add(m, json, OrderCommand.class);
        add(m, json, Money.class);
        return m;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(SimpleModule m, OrderanJson json, Class<?> type) {
        m.addSerializer((Class) type, new ValueSerializer<Object>() {
            @Override
            public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeTree(json.treeOf(value));
            }
        });
        m.addDeserializer((Class) type, new ValueDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode node = ctxt.readTree(p);
                try {
                    return json.fromTree(type, node);
                } catch (JsonInputException e) {
                    return ctxt.reportInputMismatch(this, "%s", e.getMessage());
                }
            }
        });
    }
}
