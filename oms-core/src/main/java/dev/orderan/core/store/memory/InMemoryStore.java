package dev.orderan.core.store.memory;

import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.store.CommitActions;
import dev.orderan.core.store.DuplicateCommandException;
import dev.orderan.core.store.Outbox;
import dev.orderan.core.store.ProcessedCommand;
import dev.orderan.core.store.ProcessedCommands;
import dev.orderan.core.store.ProcessedEvents;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.TransactionalWork;
import dev.orderan.core.store.UnitOfWork;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The in-memory adapter: a {@link UnitOfWork} with one lock per tenant (transactions of one tenant
 * run one at a time; tenants never wait for each other), its {@link Outbox}, processed command and
 * event records, the aggregate stores made with {@link #aggregates(String)}, and one instance per
 * store of parts kept elsewhere ({@link #shared}, which is how voucher redemptions are kept).
 * Thread-safe.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * OrderService orders = OrderService.builder().store(store).build();
 * }</pre>
 */
public final class InMemoryStore implements UnitOfWork {

    private static final ThreadLocal<InMemoryTransaction> CURRENT = new ThreadLocal<>();

    private final ConcurrentHashMap<TenantId, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final InMemoryOutbox outbox;
    private final ConcurrentHashMap<TenantId, Map<String, ProcessedCommand>> commands = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<TenantId, Set<String>> events = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, InMemoryAggregateStore<?, ?>> stores = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final ProcessedCommands processedCommands = new Commands();
    private final ProcessedEvents processedEvents = new Events();

    /** An empty store whose outbox keeps every committed event until a relay acknowledges it. */
    public InMemoryStore() {
        this(true);
    }

    private InMemoryStore(boolean keepEvents) {
        this.outbox = new InMemoryOutbox(keepEvents);
    }

    /**
     * An empty store whose outbox keeps nothing: for a single process where nobody consumes the
     * events (an outbox nobody drains only grows). Listeners still hear every event; a relay finds
     * none, and an engine with nobody listening may not make the events at all.
     */
    public static InMemoryStore withoutOutbox() {
        return new InMemoryStore(false);
    }

    /** False for a store made by {@link #withoutOutbox()}: its outbox keeps no event. */
    public boolean keepsEvents() {
        return outbox.keeps();
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        InMemoryTransaction current = CURRENT.get();
        if (current != null && current.belongsTo(this)) {
            if (!current.tenant().equals(tenant)) {
                throw new IllegalStateException("a transaction of " + current.tenant()
                        + " is open on this thread; a transaction of " + tenant + " cannot nest in it");
            }
            return joined(current, work);
        }
        ReentrantLock lock = locks.computeIfAbsent(tenant, t -> new ReentrantLock());
        lock.lock();
        InMemoryTransaction tx = new InMemoryTransaction(this, tenant);
        CURRENT.set(tx);
        T result;
        try {
            result = commit(tx, work);
        } finally {
            tx.close();
            if (current == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(current);
            }
            lock.unlock();
        }
        afterCommit(tx);
        return result;
    }

    /** Runs work inside an open transaction; on failure undoes only what the work did. */
    private static <T> T joined(InMemoryTransaction tx, TransactionalWork<T> work) {
        int undo = tx.undoMark();
        int pending = tx.pendingMark();
        int commit = tx.commitMark();
        try {
            return work.run(tx);
        } catch (RuntimeException | Error e) {
            tx.rollbackTo(undo, pending, commit);
            throw e;
        }
    }

    /** Runs the work of a new transaction and commits it, or undoes everything it did. */
    private <T> T commit(InMemoryTransaction tx, TransactionalWork<T> work) {
        T result;
        try {
            result = work.run(tx);
        } catch (RuntimeException | Error e) {
            tx.rollbackTo(0, 0, 0);
            throw e;
        }
        if (!tx.pending().isEmpty()) {
            outbox.append(tx.pending());
        }
        return result;
    }

    /** Runs the actions registered with {@link InMemoryTransaction#onCommit} of a committed transaction. */
    private static void afterCommit(InMemoryTransaction tx) {
        CommitActions.runAll(tx.afterCommit());
    }

    /**
     * Runs one atomic change for a store whose operations are atomic on their own (the in-memory
     * inventory): inside {@code outer} when given, else inside the transaction of the tenant this
     * thread has open on this store, else in a transaction of its own that takes no lock (other
     * threads may see its writes before it returns; if the work throws, its writes are undone and its
     * events dropped). Nested calls undo only their own writes when they fail. Actions registered
     * with {@link InMemoryTransaction#onCommit} run once the transaction they joined, or their own,
     * has committed.
     */
    public <T> T atomically(TenantId tenant, Optional<Transaction> outer, TransactionalWork<T> work) {
        InMemoryTransaction joined = null;
        if (outer.isPresent()) {
            joined = open(outer.get());
        } else {
            InMemoryTransaction current = CURRENT.get();
            if (current != null && current.belongsTo(this) && current.tenant().equals(tenant)) {
                joined = current;
            }
        }
        if (joined != null) {
            if (!joined.tenant().equals(tenant)) {
                throw new IllegalArgumentException("tx: a transaction of " + joined.tenant() + " cannot change "
                        + tenant);
            }
            return joined(joined, work);
        }
        InMemoryTransaction tx = new InMemoryTransaction(this, tenant);
        T result;
        try {
            result = commit(tx, work);
        } finally {
            tx.close();
        }
        afterCommit(tx);
        return result;
    }

    /**
     * The store for one aggregate type, created on first use.
     *
     * @param aggregateType the type, as its events name it ({@code order})
     */
    @SuppressWarnings("unchecked")
    public <A, E extends DomainEvent> InMemoryAggregateStore<A, E> aggregates(String aggregateType) {
        Objects.requireNonNull(aggregateType, "aggregateType");
        return (InMemoryAggregateStore<A, E>) stores.computeIfAbsent(aggregateType,
                t -> new InMemoryAggregateStore<>(this, t));
    }

    /**
     * The one instance of {@code type} kept by this store, made by {@code factory} on the first
     * request: for parts of other packages that keep state in this store's transactions (voucher
     * redemptions, say), so that everything wired to the same store reads and writes the same state.
     * Every later request for the type returns that instance and ignores its factory.
     *
     * @throws IllegalStateException if the factory returns null or an object of another type
     */
    public <T> T shared(Class<T> type, Function<? super InMemoryStore, ? extends T> factory) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        Object instance = shared.get(type);
        if (instance == null) {
            // Not computeIfAbsent: a factory may itself ask this store for another shared part.
            T made = factory.apply(this);
            if (!type.isInstance(made)) {
                throw new IllegalStateException("factory: must make a " + type.getName() + ", made " + made);
            }
            instance = shared.putIfAbsent(type, made);
            if (instance == null) {
                instance = made;
            }
        }
        return type.cast(instance);
    }

    /** The outbox every committed event goes to. */
    public Outbox outbox() {
        return outbox;
    }

    /** The processed command records. */
    public ProcessedCommands processedCommands() {
        return processedCommands;
    }

    /** The processed event records of idempotent consumers. */
    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    /**
     * The transaction a store method was given, checked to be an open transaction of this store.
     *
     * @throws IllegalArgumentException for a transaction of another adapter or store
     */
    public InMemoryTransaction open(Transaction tx) {
        if (!(tx instanceof InMemoryTransaction mt) || !mt.belongsTo(this)) {
            throw new IllegalArgumentException("tx: not a transaction of this in-memory store");
        }
        mt.requireOpen();
        return mt;
    }

    private final class Commands implements ProcessedCommands {
        @Override
        public Optional<ProcessedCommand> find(Transaction tx, String key) {
            InMemoryTransaction t = open(tx);
            Map<String, ProcessedCommand> m = commands.get(t.tenant());
            return m == null ? Optional.empty() : Optional.ofNullable(m.get(Objects.requireNonNull(key, "key")));
        }

        @Override
        public void record(Transaction tx, ProcessedCommand command) {
            InMemoryTransaction t = open(tx);
            Map<String, ProcessedCommand> m = commands.computeIfAbsent(t.tenant(), k -> new HashMap<>());
            if (m.putIfAbsent(command.key(), command) != null) {
                throw new DuplicateCommandException(command.key());
            }
            t.onRollback(() -> m.remove(command.key(), command));
        }

        @Override
        public long purgeProcessedBefore(Instant cutoff) {
            long n = 0;
            for (Map.Entry<TenantId, Map<String, ProcessedCommand>> e : commands.entrySet()) {
                ReentrantLock lock = locks.computeIfAbsent(e.getKey(), t -> new ReentrantLock());
                lock.lock();
                try {
                    int before = e.getValue().size();
                    e.getValue().values().removeIf(c -> c.processedAt().isBefore(cutoff));
                    n += before - e.getValue().size();
                } finally {
                    lock.unlock();
                }
            }
            return n;
        }
    }

    private final class Events implements ProcessedEvents {
        @Override
        public boolean markProcessed(Transaction tx, String consumer, UUID eventId) {
            InMemoryTransaction t = open(tx);
            Set<String> seen = events.computeIfAbsent(t.tenant(), k -> new HashSet<>());
            String key = consumer + '\u0000' + eventId;
            if (!seen.add(key)) {
                return false;
            }
            t.onRollback(() -> seen.remove(key));
            return true;
        }
    }
}
