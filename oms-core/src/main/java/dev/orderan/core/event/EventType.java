package dev.orderan.core.event;

import java.util.Objects;

/**
 * The published name and schema revision of a kind of event, e.g. {@code order.placed} revision 1.
 * Stores, brokers and consumers key on this, never on the Java class name, so classes can be renamed
 * and moved without breaking stored history. A change to an event's fields that old readers cannot
 * take raises the revision.
 *
 * @param name lower-case words separated by dots and hyphens: {@code <aggregate>.<what-happened>}
 * @param revision the schema revision, from 1
 */
public record EventType(String name, int revision) {

    /** Checks the name's shape and the revision. */
    public EventType {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("name: must be lower-case words joined by dots, e.g. order.placed, was '"
                    + name + "'");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision: must be at least 1, was " + revision);
        }
    }

    /** A type with revision 1. */
    public static EventType of(String name) {
        return new EventType(name, 1);
    }

    /** {@code name/revision}, e.g. {@code order.placed/1}. */
    @Override
    public String toString() {
        return name + "/" + revision;
    }
}
