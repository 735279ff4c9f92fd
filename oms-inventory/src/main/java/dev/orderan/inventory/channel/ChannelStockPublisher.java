package dev.orderan.inventory.channel;

import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.InventoryListener;
import dev.orderan.inventory.reservation.ReservedLine;
import java.time.Clock;
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
 * engine. After every stock change it recomputes the affected SKUs for every channel (available
 * over all locations, less the channel's buffer) and emits
 * {@link InventoryEvent.ChannelStockChanged} to its own listener only when the published number
 * actually changed — adapters push exactly those to the marketplaces.
 */
public final class ChannelStockPublisher implements InventoryListener {

    private final List<ChannelBuffer> channels;
    private final InventoryListener downstream;
    private final Clock clock;
    private final Map<String, long[]> published = new ConcurrentHashMap<>();
    private volatile Inventory inventory;

    /** A publisher for the channels, reporting changes to {@code downstream}. */
    public ChannelStockPublisher(List<ChannelBuffer> channels, InventoryListener downstream, Clock clock) {
        this.channels = List.copyOf(channels);
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Connects the engine whose stock is published. */
    public void attach(Inventory engine) {
        this.inventory = Objects.requireNonNull(engine, "engine");
    }

    /** The quantity a channel may sell now. */
    public long quantity(String channel, Sku sku) {
        return buffer(channel).publish(engine().available(sku));
    }

    /** The last quantity announced for a channel and SKU, if any. */
    public Optional<Long> lastPublished(String channel, Sku sku) {
        long[] p = published.get(key(channel, sku));
        return p == null ? Optional.empty() : Optional.of(p[0]);
    }

    /** Recomputes the SKUs for every channel and emits the changes (e.g. a full resync at start). */
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
        long available = engine().available(sku);
        TenantId tenant = engine().tenantId();
        for (ChannelBuffer c : channels) {
            long q = c.publish(available);
            long[] p = published.computeIfAbsent(key(c.channel(), sku), k -> new long[] {-1, 0});
            synchronized (p) {
                if (p[0] != q) {
                    p[0] = q;
                    p[1]++;
                    out.add(new InventoryEvent.ChannelStockChanged(tenant, c.channel(), sku, q, p[1], clock.instant()));
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
