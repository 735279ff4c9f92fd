package dev.orderan.core.store.memory;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.store.AggregateStore;
import dev.orderan.core.store.ConcurrentModificationException;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An {@link AggregateStore} of an {@link InMemoryStore}: the latest state and full history of each
 * aggregate of one type, per tenant. Reads and writes need an open transaction of the owning store.
 *
 * @param <A> the state type
 * @param <E> the event type
 */
public final class InMemoryAggregateStore<A, E extends DomainEvent> implements AggregateStore<A, E> {

    private static final class Entry<A, E extends DomainEvent> {
        A state;
        long version;
        final ArrayList<EventEnvelope<E>> events = new ArrayList<>();
    }

    private final InMemoryStore owner;
    private final String aggregateType;
    private final ConcurrentHashMap<TenantId, Map<String, Entry<A, E>>> tenants = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Index<?>> indexesByName = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Index<?>> indexes = new CopyOnWriteArrayList<>();

    InMemoryAggregateStore(InMemoryStore owner, String aggregateType) {
        this.owner = owner;
        this.aggregateType = aggregateType;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public Optional<Versioned<A>> load(Transaction tx, String aggregateId) {
        Entry<A, E> e = entry(owner.open(tx), aggregateId);
        return e == null ? Optional.empty() : Optional.of(new Versioned<>(e.state, e.version));
    }

    @Override
    public List<EventEnvelope<E>> events(Transaction tx, String aggregateId) {
        Entry<A, E> e = entry(owner.open(tx), aggregateId);
        return e == null ? List.of() : List.copyOf(e.events);
    }

    /** The latest states of the tenant's aggregates that match, in no particular order. */
    public List<A> find(Transaction tx, Predicate<? super A> filter) {
        InMemoryTransaction t = owner.open(tx);
        Map<String, Entry<A, E>> m = tenants.get(t.tenant());
        if (m == null) {
            return List.of();
        }
        List<A> out = new ArrayList<>();
        for (Entry<A, E> e : m.values()) {
            if (filter.test(e.state)) {
                out.add(e.state);
            }
        }
        return out;
    }

    /**
     * The secondary index called {@code name}, made on first request: aggregates grouped by a key
     * of their latest state, so a query reads one group instead of every aggregate of the tenant.
     * The key function returns {@code null} for a state that belongs in no group. Asking again with
     * the same name returns the same index (the key function of the first request is kept).
     */
    @SuppressWarnings("unchecked")
    public <K> Index<K> index(String name, Function<? super A, ? extends K> key) {
        Objects.requireNonNull(key, "key");
        return (Index<K>) indexesByName.computeIfAbsent(Objects.requireNonNull(name, "name"), n -> {
            Index<K> made = new Index<>(key);
            indexes.add(made);
            return made;
        });
    }

    /**
     * Aggregate ids grouped by a key of the latest state, per tenant. A tenant's groups are built
     * from its aggregates on first use inside a transaction (which holds the tenant) and kept up to
     * date by every save after that, undone with the save on rollback.
     *
     * @param <K> the key type
     */
    public final class Index<K> {

        private final Function<? super A, ? extends K> key;
        private final ConcurrentHashMap<TenantId, Map<K, LinkedHashSet<String>>> groups = new ConcurrentHashMap<>();

        private Index(Function<? super A, ? extends K> key) {
            this.key = key;
        }

        /** The latest states of the tenant's aggregates whose key is {@code value}, oldest first. */
        public List<A> find(Transaction tx, K value) {
            InMemoryTransaction t = owner.open(tx);
            Objects.requireNonNull(value, "value");
            Map<K, LinkedHashSet<String>> byKey = groups.get(t.tenant());
            if (byKey == null) {
                byKey = build(t);
            }
            LinkedHashSet<String> ids = byKey.get(value);
            if (ids == null) {
                return List.of();
            }
            Map<String, Entry<A, E>> m = tenants.get(t.tenant());
            List<A> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                out.add(m.get(id).state);
            }
            return out;
        }

        private Map<K, LinkedHashSet<String>> build(InMemoryTransaction t) {
            Map<K, LinkedHashSet<String>> byKey = new HashMap<>();
            Map<String, Entry<A, E>> m = tenants.get(t.tenant());
            if (m != null) {
                for (Map.Entry<String, Entry<A, E>> e : m.entrySet()) {
                    K k = key.apply(e.getValue().state);
                    if (k != null) {
                        byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.getKey());
                    }
                }
            }
            groups.put(t.tenant(), byKey);
            // Built from writes this transaction may still undo: forget it then, to be built again.
            t.onRollback(() -> groups.remove(t.tenant(), byKey));
            return byKey;
        }

        private void moved(InMemoryTransaction t, String aggregateId, A before, A after) {
            Map<K, LinkedHashSet<String>> byKey = groups.get(t.tenant());
            if (byKey == null) {
                return;
            }
            K from = before == null ? null : key.apply(before);
            K to = key.apply(after);
            if (Objects.equals(from, to)) {
                return;
            }
            if (from != null) {
                remove(byKey, from, aggregateId);
            }
            if (to != null) {
                byKey.computeIfAbsent(to, x -> new LinkedHashSet<>()).add(aggregateId);
            }
            t.onRollback(() -> {
                if (to != null) {
                    remove(byKey, to, aggregateId);
                }
                if (from != null) {
                    byKey.computeIfAbsent(from, x -> new LinkedHashSet<>()).add(aggregateId);
                }
            });
        }

        private void remove(Map<K, LinkedHashSet<String>> byKey, K k, String aggregateId) {
            LinkedHashSet<String> ids = byKey.get(k);
            if (ids != null && ids.remove(aggregateId) && ids.isEmpty()) {
                byKey.remove(k);
            }
        }
    }

    @Override
    public void save(Transaction tx, String aggregateId, long expectedVersion, A state,
            List<EventEnvelope<E>> newEvents) {
        InMemoryTransaction t = owner.open(tx);
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(state, "state");
        if (newEvents.isEmpty()) {
            throw new IllegalArgumentException("newEvents: must not be empty");
        }
        for (int i = 0; i < newEvents.size(); i++) {
            DomainEvent e = newEvents.get(i).event();
            if (!e.tenantId().equals(t.tenant()) || !e.aggregateType().equals(aggregateType)
                    || !e.aggregateId().equals(aggregateId) || e.sequence() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("newEvents[" + i + "]: must belong to " + t.tenant() + "/"
                        + aggregateType + "/" + aggregateId + " with sequence " + (expectedVersion + 1 + i)
                        + ", was " + e.tenantId() + "/" + e.aggregateType() + "/" + e.aggregateId() + "#" + e.sequence());
            }
        }
        Map<String, Entry<A, E>> m = tenants.computeIfAbsent(t.tenant(), k -> new HashMap<>());
        Entry<A, E> current = m.get(aggregateId);
        long actual = current == null ? 0 : current.version;
        if (actual != expectedVersion) {
            throw new ConcurrentModificationException(aggregateType + " " + t.tenant() + "/" + aggregateId,
                    expectedVersion, actual);
        }
        A before = current == null ? null : current.state;
        if (current == null) {
            Entry<A, E> created = new Entry<>();
            m.put(aggregateId, created);
            t.onRollback(() -> m.remove(aggregateId, created));
            current = created;
        } else {
            Entry<A, E> e = current;
            A oldState = e.state;
            long oldVersion = e.version;
            int oldSize = e.events.size();
            t.onRollback(() -> {
                e.state = oldState;
                e.version = oldVersion;
                while (e.events.size() > oldSize) {
                    e.events.remove(e.events.size() - 1);
                }
            });
        }
        current.state = state;
        current.version = expectedVersion + newEvents.size();
        current.events.addAll(newEvents);
        for (Index<?> index : indexes) {
            index.moved(t, aggregateId, before, state);
        }
        for (EventEnvelope<E> e : newEvents) {
            t.emit(e);
        }
    }

    private Entry<A, E> entry(InMemoryTransaction t, String aggregateId) {
        Map<String, Entry<A, E>> m = tenants.get(t.tenant());
        return m == null ? null : m.get(Objects.requireNonNull(aggregateId, "aggregateId"));
    }
}
