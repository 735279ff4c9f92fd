package dev.orderan.json.internal;

import dev.orderan.core.money.Currencies;
import dev.orderan.core.money.Money;
import dev.orderan.json.JsonInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON object, knowing its path from the root so that every error names where it is.
 * Fields are taken by name; {@link #end()} refuses any field that was not taken, so a misspelt or
 * unknown field is an error rather than silently ignored. Values the domain refuses (a constructor
 * throwing {@link IllegalArgumentException}, say) are reported at the path of the field or object.
 */
public final class In {

    private final JsonNode node;
    private final String path;
    private final Set<String> taken = new HashSet<>();

    private In(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Reads a whole document's root object.
     *
     * @throws JsonInputException if the node is not an object, a field is missing, unknown or
     *     invalid, or the reader refuses a value
     */
    public static <T> T root(JsonNode node, Function<In, T> reader) {
        return object(node, "$", reader);
    }

    /** Reads the object at {@code path} with {@code reader} and checks that every field was taken. */
    public static <T> T object(JsonNode node, String path, Function<In, T> reader) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new JsonInputException(path, "is required");
        }
        if (!node.isObject()) {
            throw new JsonInputException(path, "must be an object, was " + kind(node));
        }
        In in = new In(node, path);
        T value;
        try {
            value = reader.apply(in);
        } catch (JsonInputException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException | IllegalStateException e) {
            throw new JsonInputException(path, "refused: " + e.getMessage(), e);
        }
        in.end();
        return value;
    }

    /** The path of this object from the root. */
    public String path() {
        return path;
    }

    /** The path of a field of this object. */
    public String pathOf(String field) {
        return path + "." + field;
    }

    /** True when the field is present and not null. */
    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    private JsonNode take(String field) {
        taken.add(field);
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new JsonInputException(pathOf(field), "is required");
        }
        return v;
    }

    private Optional<JsonNode> takeOptional(String field) {
        taken.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** The whole object, every field counted as taken: for readers that check the fields themselves. */
    public JsonNode rest() {
        for (String name : node.propertyNames()) {
            taken.add(name);
        }
        return node;
    }

    /** Refuses fields that were not taken. */
    public void end() {
        for (String name : node.propertyNames()) {
            if (!taken.contains(name)) {
                throw new JsonInputException(pathOf(name), "is not a known field here");
            }
        }
    }

    /** A required string. */
    public String text(String field) {
        return text(field, take(field));
    }

    private String text(String field, JsonNode v) {
        if (!v.isString()) {
            throw new JsonInputException(pathOf(field), "must be a string, was " + kind(v));
        }
        return v.stringValue();
    }

    /** A string that may be missing or null. */
    public Optional<String> optionalText(String field) {
        return takeOptional(field).map(v -> text(field, v));
    }

    /** A required string turned into a value by {@code parse}; what it refuses is reported at the field. */
    public <T> T value(String field, Function<String, T> parse) {
        String s = text(field);
        return parse(field, s, parse);
    }

    /** A string that may be missing or null, turned into a value by {@code parse}. */
    public <T> Optional<T> optionalValue(String field, Function<String, T> parse) {
        return optionalText(field).map(s -> parse(field, s, parse));
    }

    private <T> T parse(String field, String s, Function<String, T> parse) {
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException | DateTimeParseException e) {
            throw new JsonInputException(pathOf(field), "refused '" + s + "': " + e.getMessage(), e);
        }
    }

    /** A required whole number within the range of {@code long}. */
    public long longValue(String field) {
        return longValue(pathOf(field), take(field));
    }

    /** A whole number within the range of {@code long} that may be missing or null. */
    public Optional<Long> optionalLong(String field) {
        return takeOptional(field).map(v -> longValue(pathOf(field), v));
    }

    private static long longValue(String at, JsonNode v) {
        if (!v.isIntegralNumber()) {
            throw new JsonInputException(at, "must be a whole number, was " + kind(v));
        }
        if (!v.canConvertToLong()) {
            throw new JsonInputException(at, "must be within the range of a 64-bit integer");
        }
        return v.longValue();
    }

    /** A required whole number within the range of {@code int}. */
    public int intValue(String field) {
        long v = longValue(field);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new JsonInputException(pathOf(field), "must be within the range of a 32-bit integer, was " + v);
        }
        return (int) v;
    }

    /** A required boolean. */
    public boolean bool(String field) {
        JsonNode v = take(field);
        if (!v.isBoolean()) {
            throw new JsonInputException(pathOf(field), "must be true or false, was " + kind(v));
        }
        return v.booleanValue();
    }

    /** A required constant of an enum, by its name. */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return enumOf(pathOf(field), text(field), type);
    }

    /** An enum constant that may be missing or null. */
    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        return optionalText(field).map(s -> enumOf(pathOf(field), s, type));
    }

    static <E extends Enum<E>> E enumOf(String at, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            throw new JsonInputException(at, "'" + name + "' is not one of " + String.join(", ", names));
        }
    }

    /** A required instant in ISO-8601 form ({@code 2026-11-25T03:00:00Z}). */
    public Instant instant(String field) {
        return value(field, Instant::parse);
    }

    /** An instant that may be missing or null. */
    public Optional<Instant> optionalInstant(String field) {
        return optionalValue(field, Instant::parse);
    }

    /** A required date in ISO-8601 form ({@code 2026-12-01}). */
    public LocalDate date(String field) {
        return value(field, LocalDate::parse);
    }

    /** A required duration in ISO-8601 form ({@code PT2H30M}). */
    public Duration duration(String field) {
        return value(field, Duration::parse);
    }

    /** A required UUID in its canonical text form. */
    public UUID uuid(String field) {
        return value(field, In::parseUuid);
    }

    private static UUID parseUuid(String s) {
        if (s.length() != 36) {
            throw new IllegalArgumentException("a UUID has 36 characters");
        }
        UUID u = UUID.fromString(s);
        if (!u.toString().equals(s.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a UUID in canonical form");
        }
        return u;
    }

    /** A required currency, by ISO 4217 code. */
    public CurrencyUnit currency(String field) {
        return value(field, Currencies::of);
    }

    /** A required amount of money: {@code {"currency": "IDR", "minor": 1250000}}. */
    public Money money(String field) {
        return object(field, In::readMoney);
    }

    /** An amount of money that may be missing or null. */
    public Optional<Money> optionalMoney(String field) {
        return optionalObject(field, In::readMoney);
    }

    /** Reads the fields of a money object. */
    public static Money readMoney(In m) {
        CurrencyUnit c = m.currency("currency");
        return Money.ofMinor(m.longValue("minor"), c);
    }

    /** A required nested object. */
    public <T> T object(String field, Function<In, T> reader) {
        return object(take(field), pathOf(field), reader);
    }

    /** A nested object that may be missing or null. */
    public <T> Optional<T> optionalObject(String field, Function<In, T> reader) {
        return takeOptional(field).map(v -> object(v, pathOf(field), reader));
    }

    /** A required array of objects, each read by {@code reader}. */
    public <T> List<T> objects(String field, Function<In, T> reader) {
        JsonNode a = array(field);
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(object(a.get(i), pathOf(field) + "[" + i + "]", reader));
        }
        return out;
    }

    /** A required array of strings. */
    public List<String> texts(String field) {
        return values(field, s -> s);
    }

    /** A required array of strings, each turned into a value by {@code parse}. */
    public <T> List<T> values(String field, Function<String, T> parse) {
        JsonNode a = array(field);
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonNode v = a.get(i);
            String at = pathOf(field) + "[" + i + "]";
            if (v == null || !v.isString()) {
                throw new JsonInputException(at, "must be a string, was " + kind(v));
            }
            try {
                out.add(parse.apply(v.stringValue()));
            } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                throw new JsonInputException(at, "refused '" + v.stringValue() + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A required object whose field names are keys and whose values are read by {@code value}. */
    public <K, V> java.util.Map<K, V> map(String field, Function<String, K> key, java.util.function.BiFunction<In, String, V> value) {
        JsonNode o = take(field);
        String at = pathOf(field);
        if (!o.isObject()) {
            throw new JsonInputException(at, "must be an object, was " + kind(o));
        }
        In holder = new In(o, at);
        java.util.Map<K, V> out = new java.util.LinkedHashMap<>();
        for (String name : o.propertyNames()) {
            K k;
            try {
                k = key.apply(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new JsonInputException(at + "." + name, "is not a valid key: " + e.getMessage(), e);
            }
            out.put(k, value.apply(holder, name));
        }
        return out;
    }

    private JsonNode array(String field) {
        JsonNode a = take(field);
        if (!a.isArray()) {
            throw new JsonInputException(pathOf(field), "must be an array, was " + kind(a));
        }
        return a;
    }

    /** What kind of JSON value a node is, for messages. */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isString()) {
            return "a string";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isIntegralNumber()) {
            return "a whole number";
        }
        if (v.isNumber()) {
            return "a number with a fraction";
        }
        return v.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
