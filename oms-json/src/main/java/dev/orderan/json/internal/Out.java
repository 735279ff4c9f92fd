package dev.orderan.json.internal;

import dev.orderan.core.money.Money;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for writing Orderan's JSON shapes; absent optional values are written as {@code null}. */
public final class Out {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Out() {
    }

    /** A new, empty object. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** {@code {"currency": "IDR", "minor": 1250000}}. */
    public static ObjectNode money(Money m) {
        ObjectNode o = NODES.objectNode();
        o.put("currency", m.currency().getCurrencyCode());
        o.put("minor", m.minor());
        return o;
    }

    /** Puts an amount of money. */
    public static void money(ObjectNode o, String field, Money m) {
        o.set(field, money(m));
    }

    /** Puts an optional string, {@code null} when absent. */
    public static void text(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }

    /** Puts an array of strings, each given by {@code toString}. */
    public static void texts(ObjectNode o, String field, Collection<?> values) {
        ArrayNode a = o.putArray(field);
        for (Object v : values) {
            a.add(v.toString());
        }
    }
}
