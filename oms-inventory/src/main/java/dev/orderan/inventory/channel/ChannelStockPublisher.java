package dev.orderan.inventory.channel;

import dev.orderan.core.common.Sku;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.InventoryListener;
import dev.orderan.inventory.reservation.ReservedLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes per-channel quantities and tells channel adapters when one changes.
 *
 * <p>Register it as a listener on the engine builder, then {@link #attach(Inventory)} the built
 * engine. After every committed stock change it recomputes the affected SKUs for every channel
 * (available over all locations, less the channel's buffer) and, only when a published number
 * actually changed, records an {@link InventoryEvent.ChannelStockChanged} through the engine
 * ({@link Inventory#recordChannelStock}: in the outbox, numbered per channel and SKU) and hands the
 * same event to its own listener — adapters push exactly those to the marketplaces.
 *
 * <p>The last published numbers are kept in memory: after a restart, {@link #sync(Iterable)} once
 * announces every SKU again (the event numbers go on from the store's).
 */
public final class ChannelStockPublisher implements InventoryListener {

    private final List<ChannelBuffer> channels;
    private final InventoryListener downstream;
    private final Map<String, Long> published = new ConcurrentHashMap<>();
    private final Map<Sku, Object> perSku = new ConcurrentHashMap<>();
    private volatile Inventory inventory;

    /** A publisher for the channels, reporting changes to {@code downstream}. */
    public ChannelStockPublisher(List<ChannelBuffer> channels, InventoryListener downstream) {
        this.channels = List.copyOf(channels);
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** Connects the engine whose stock is published and whose outbox records the changes. */
    public void attach(Inventory engine) {
        this.inventory = Objects.requireNonNull(engine, "engine");
    }

    /** The quantity a channel may sell now. */
    public long quantity(String channel, Sku sku) {
        return buffer(channel).publish(engine().available(sku));
    }

    /** The last quantity announced for a channel and SKU, if any. */
    public Optional<Long> lastPublished(String channel, Sku sku) {
        return Optional.ofNullable(published.get(key(channel, sku)));
    }

    /**
     * Recomputes the SKUs for every channel, records the changes and hands them to the downstream
     * listener (e.g. a full resync at start). Call it outside any transaction of the inventory.
     */
    public List<InventoryEvent.ChannelStockChanged> sync(Iterable<Sku> skus) {
        List<InventoryEvent.ChannelStockChanged> out = new ArrayList<>();
        for (Sku sku : skus) {
            recompute(sku, out);
        }
        for (InventoryEvent.ChannelStockChanged e : out) {
            downstream.onEvent(e);
        }
        return out;
    }

    @Override
    public void onEvent(InventoryEvent event) {
        if (inventory == null || event instanceof InventoryEvent.ChannelStockChanged) {
            return;
        }
        Set<Sku> skus = new LinkedHashSet<>();
        if (event instanceof InventoryEvent.StockMoved m) {
            skus.add(m.movement().sku());
        } else if (event instanceof InventoryEvent.StockReserved r) {
            addLines(r.lines(), skus);
        } else if (event instanceof InventoryEvent.ReservationReleased r) {
            addLines(r.released(), skus);
        }
        if (!skus.isEmpty()) {
            sync(skus);
        }
    }

    private static void addLines(List<ReservedLine> lines, Set<Sku> skus) {
        for (ReservedLine l : lines) {
            skus.add(l.sku());
        }
    }

    private void recompute(Sku sku, List<InventoryEvent.ChannelStockChanged> out) {
        Inventory engine = engine();
        // One SKU at a time: whoever recomputes last reads the newest stock, so the last number
        // published is never an older one.
        synchronized (perSku.computeIfAbsent(sku, k -> new Object())) {
            long available = engine.available(sku);
            for (ChannelBuffer c : channels) {
                long q = c.publish(available);
                String key = key(c.channel(), sku);
                Long last = published.get(key);
                if (last == null || last != q) {
                    out.add(engine.recordChannelStock(c.channel(), sku, q));
                    published.put(key, q);
                }
            }
        }
    }

    private ChannelBuffer buffer(String channel) {
        for (ChannelBuffer c : channels) {
            if (c.channel().equals(channel)) {
                return c;
            }
        }
        throw new IllegalArgumentException("channel: unknown channel " + channel);
    }

    private Inventory engine() {
        Inventory i = inventory;
        if (i == null) {
            throw new IllegalStateException("attach(inventory) was not called");
        }
        return i;
    }

    private static String key(String channel, Sku sku) {
        return channel + '\u0000' + sku.value();
    }
}
