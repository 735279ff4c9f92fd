package dev.orderan.json;

import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventType;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderPersonalData;
import dev.orderan.core.order.OrderSnapshot;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.json.internal.Commands;
import dev.orderan.json.internal.Events;
import dev.orderan.json.internal.In;
import dev.orderan.json.internal.Out;
import dev.orderan.json.internal.Snapshots;
import dev.orderan.json.internal.Values;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orderan's JSON: writes and reads money, order snapshots, personal data, commands and every domain
 * event (orders, inventory, packing) in the stable shapes documented in {@code docs/json.md}.
 * Events carry their type name and schema revision ({@code "type": "order.placed", "revision": 1}),
 * never a Java class name. Reading is strict: malformed JSON, a duplicate, missing or unknown
 * field, a value of the wrong JSON type, an unknown event type or revision, or a value the domain
 * refuses throws {@link JsonInputException} naming the JSON path, and no object is returned.
 * Thread-safe; build one and share it.
 *
 * <pre>{@code
 * OrderanJson json = new OrderanJson();
 * String text = json.writeEnvelope(envelope);
 * EventEnvelope<DomainEvent> back = json.readEnvelope(text);
 * }</pre>
 *
 * <p>Domain classes carry no Jackson annotations; hosts that keep their own {@link JsonMapper} add
 * {@link #module()} to it instead.
 */
public final class OrderanJson {

    private final JsonMapper mapper;
    private final Events events;

    /** The JSON of every Orderan type this version knows. */
    public OrderanJson() {
        this(List.of());
    }

    private OrderanJson(List<EventJson<?>> hostEvents) {
        this.events = new Events(hostEvents);
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * The JSON of every Orderan type plus the host's own event types, for stores and relays that keep
     * the events of the host's aggregates beside Orderan's.
     *
     * @throws IllegalArgumentException when two codecs, or a codec and one of Orderan's, claim the
     *     same event type and revision or the same class
     */
    public static OrderanJson withEvents(EventJson<?>... hostEvents) {
        List<EventJson<?>> list = new java.util.ArrayList<>();
        for (int i = 0; i < hostEvents.length; i++) {
            list.add(Objects.requireNonNull(hostEvents[i], "hostEvents[" + i + "]"));
        }
        return new OrderanJson(list);
    }

    /** The event types (with their revisions) this version reads and writes. */
    public Set<EventType> eventTypes() {
        return events.types();
    }

    // ------------------------------------------------------------------ events

    /** An event with its id and metadata, as stored in outboxes and event tables and sent to brokers. */
    public String writeEnvelope(EventEnvelope<?> envelope) {
        Objects.requireNonNull(envelope, "envelope");
        return text(events.writeEnvelope(envelope));
    }

    /**
     * Reads an envelope written by {@link #writeEnvelope}.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public EventEnvelope<DomainEvent> readEnvelope(String json) {
        return events.readEnvelope(tree(json));
    }

    /** An event alone: its type, revision, tenant, aggregate, sequence, time and data. */
    public String writeEvent(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        return text(events.writeEvent(event));
    }

    /**
     * Reads an event written by {@link #writeEvent}.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public DomainEvent readEvent(String json) {
        return events.readEvent(tree(json));
    }

    // ------------------------------------------------------------------ orders

    /** An order snapshot with its personal data. */
    public String writeSnapshot(OrderSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return text(Snapshots.write(snapshot, true));
    }

    /**
     * Reads a snapshot written by {@link #writeSnapshot}.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public OrderSnapshot readSnapshot(String json) {
        return read(json, in -> Snapshots.read(in, Optional.empty()));
    }

    /**
     * An order snapshot without its personal data, for a store that keeps the personal data apart
     * (so erasing it leaves no copy inside the snapshot document).
     */
    public String writeSnapshotWithoutPersonalData(OrderSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return text(Snapshots.write(snapshot, false));
    }

    /**
     * Reads a snapshot written by {@link #writeSnapshotWithoutPersonalData} and joins it with the
     * personal data kept apart.
     *
     * @throws JsonInputException naming the path of the first problem, also when the document holds
     *     personal data of its own
     */
    public OrderSnapshot readSnapshot(String json, OrderPersonalData personalData) {
        Objects.requireNonNull(personalData, "personalData");
        return read(json, in -> Snapshots.read(in, Optional.of(personalData)));
    }

    /** An order's personal data: the customer with both addresses, the notes, the recipient. */
    public String writePersonalData(OrderPersonalData personalData) {
        Objects.requireNonNull(personalData, "personalData");
        return text(Values.personalData(personalData));
    }

    /**
     * Reads personal data written by {@link #writePersonalData}.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public OrderPersonalData readPersonalData(String json) {
        return read(json, Values::personalData);
    }

    // ------------------------------------------------------------------ commands

    /** A placement. */
    public String writePlaceOrder(PlaceOrder command) {
        Objects.requireNonNull(command, "command");
        return text(Commands.writePlacement(command));
    }

    /**
     * Reads a placement. The content is not validated here: {@code OrderService.place} does that,
     * as for a placement built in Java.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public PlaceOrder readPlaceOrder(String json) {
        return read(json, Commands::readPlacement);
    }

    /** An order command, named in {@code "command"} ({@code confirm-payment}, {@code ship}, ...). */
    public String writeCommand(OrderCommand command) {
        Objects.requireNonNull(command, "command");
        return text(Commands.write(command));
    }

    /**
     * Reads an order command. The content is validated by {@code OrderService}, as for a command
     * built in Java.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public OrderCommand readCommand(String json) {
        return read(json, Commands::read);
    }

    // ------------------------------------------------------------------ values

    /** An amount: {@code {"currency":"IDR","minor":1250000}} (minor units: sen for IDR). */
    public String writeMoney(Money money) {
        Objects.requireNonNull(money, "money");
        return text(Out.money(money));
    }

    /**
     * Reads an amount written by {@link #writeMoney}.
     *
     * @throws JsonInputException naming the path of the first problem
     */
    public Money readMoney(String json) {
        return read(json, In::readMoney);
    }

    // ------------------------------------------------------------------ Jackson

    /**
     * A Jackson module with serializers and deserializers for the types above, for a host's own
     * {@link JsonMapper}: {@code JsonMapper.builder().addModule(json.module()).build()}.
     */
    public tools.jackson.databind.JacksonModule module() {
        return OrderanJsonModule.of(this);
    }

    JsonNode treeOf(Object value) {
        if (value instanceof EventEnvelope<?> e) {
            return events.writeEnvelope(e);
        }
        if (value instanceof DomainEvent e) {
            return events.writeEvent(e);
        }
        if (value instanceof OrderSnapshot s) {
            return Snapshots.write(s, true);
        }
        if (value instanceof OrderPersonalData p) {
            return Values.personalData(p);
        }
        if (value instanceof PlaceOrder p) {
            return Commands.writePlacement(p);
        }
        if (value instanceof OrderCommand c) {
            return Commands.write(c);
        }
        if (value instanceof Money m) {
            return Out.money(m);
        }
        throw new IllegalArgumentException("value: no JSON form for " + value.getClass().getName());
    }

    Object fromTree(Class<?> type, JsonNode node) {
        if (type == EventEnvelope.class) {
            return events.readEnvelope(node);
        }
        if (DomainEvent.class.isAssignableFrom(type)) {
            DomainEvent e = events.readEvent(node);
            if (!type.isInstance(e)) {
                throw new JsonInputException("$.type", "'" + e.type() + "' is not a " + type.getSimpleName());
            }
            return e;
        }
        if (type == OrderSnapshot.class) {
            return In.root(node, in -> Snapshots.read(in, Optional.empty()));
        }
        if (type == OrderPersonalData.class) {
            return In.root(node, Values::personalData);
        }
        if (type == PlaceOrder.class) {
            return In.root(node, Commands::readPlacement);
        }
        if (OrderCommand.class.isAssignableFrom(type)) {
            OrderCommand c = In.root(node, Commands::read);
            if (!type.isInstance(c)) {
                throw new JsonInputException("$.command", "is not a " + type.getSimpleName());
            }
            return c;
        }
        if (type == Money.class) {
            return In.root(node, In::readMoney);
        }
        throw new IllegalArgumentException("type: no JSON form for " + type.getName());
    }

    private <T> T read(String json, Function<In, T> reader) {
        return In.root(tree(json), reader);
    }

    private JsonNode tree(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new JsonInputException("$", "is not well-formed JSON" + at + ": " + e.getOriginalMessage(), e);
        }
    }

    private String text(JsonNode node) {
        return mapper.writeValueAsString(node);
    }
}
