package dev.orderan.inventory.lot;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.stock.InsufficientStockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lots per SKU and location, and picking from them FIFO or FEFO. Expired lots are never picked.
 * Thread-safe: each SKU-location's lots are guarded by their own monitor. On its own the ledger tracks
 * lot quantities only; {@link LotTracking} links it to the inventory's movements.
 */
public final class LotLedger {

    private final Map<Key, List<Lot>> lots = new ConcurrentHashMap<>();

    private record Key(Sku sku, LocationId location) {
    }

    /** Adds units to a lot (a new lot or more of the same lot id). */
    public void receive(Lot lot) {
        Objects.requireNonNull(lot, "lot");
        if (lot.quantity() <= 0) {
            throw new IllegalArgumentException("quantity: must be greater than 0, was " + lot.quantity());
        }
        List<Lot> list = lots.computeIfAbsent(new Key(lot.sku(), lot.location()), k -> new ArrayList<>());
        synchronized (list) {
            for (int i = 0; i < list.size(); i++) {
                Lot l = list.get(i);
                if (l.lotId().equals(lot.lotId())) {
                    list.set(i, new Lot(l.lotId(), l.sku(), l.location(), Math.addExact(l.quantity(), lot.quantity()),
                            l.receivedOn(), l.expiresOn()));
                    return;
                }
            }
            list.add(lot);
        }
    }

    /** The lots with units left, in FIFO order. */
    public List<Lot> lots(Sku sku, LocationId location) {
        List<Lot> list = lots.get(new Key(sku, location));
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            List<Lot> out = new ArrayList<>(list);
            out.sort(order(PickingRule.FIFO));
            return out;
        }
    }

    /** Units that can be picked on {@code day} (expired lots excluded). */
    public long pickable(Sku sku, LocationId location, LocalDate day) {
        return lots(sku, location).stream().filter(l -> !l.expiredOn(day)).mapToLong(Lot::quantity).sum();
    }

    /**
     * Plans and books a pick of {@code quantity} units: all or nothing, lots in the rule's order,
     * expired lots skipped.
     *
     * @throws InsufficientStockException when the unexpired lots hold fewer units
     */
    public List<LotPick> pick(Sku sku, LocationId location, long quantity, PickingRule rule, LocalDate day) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be greater than 0, was " + quantity);
        }
        List<Lot> list = lots.get(new Key(sku, location));
        if (list == null) {
            throw new InsufficientStockException(sku, location, quantity, 0);
        }
        synchronized (list) {
            List<Lot> order = new ArrayList<>(list);
            order.removeIf(l -> l.expiredOn(day) || l.quantity() == 0);
            order.sort(order(rule));
            long have = order.stream().mapToLong(Lot::quantity).sum();
            if (have < quantity) {
                throw new InsufficientStockException(sku, location, quantity, have);
            }
            List<LotPick> picks = new ArrayList<>();
            long left = quantity;
            for (Lot l : order) {
                if (left == 0) {
                    break;
                }
                long take = Math.min(left, l.quantity());
                picks.add(new LotPick(l.lotId(), take, l.expiresOn()));
                left -= take;
                int idx = list.indexOf(l);
                list.set(idx, new Lot(l.lotId(), sku, location, l.quantity() - take, l.receivedOn(), l.expiresOn()));
            }
            list.removeIf(l -> l.quantity() == 0);
            return picks;
        }
    }

    /** The lots that expire on or before {@code day}, for write-off or markdown. */
    public List<Lot> expiringBy(Sku sku, LocationId location, LocalDate day) {
        return lots(sku, location).stream()
                .filter(l -> l.expiresOn().map(e -> !e.isAfter(day)).orElse(false)).toList();
    }

    private static Comparator<Lot> order(PickingRule rule) {
        Comparator<Lot> fifo = Comparator.comparing(Lot::receivedOn).thenComparing(Lot::lotId);
        if (rule == PickingRule.FIFO) {
            return fifo;
        }
        return Comparator.<Lot, LocalDate>comparing(l -> l.expiresOn().orElse(LocalDate.MAX)).thenComparing(fifo);
    }

    /** The lot with an id, if it still has units. */
    public Optional<Lot> lot(Sku sku, LocationId location, String lotId) {
        return lots(sku, location).stream().filter(l -> l.lotId().equals(lotId)).findFirst();
    }

    /** Takes {@code quantity} units out of one lot (a write-off); the lot must hold them. */
    void take(Sku sku, LocationId location, String lotId, long quantity) {
        List<Lot> list = lots.get(new Key(sku, location));
        if (list == null) {
            throw new InsufficientStockException(sku, location, quantity, 0);
        }
        synchronized (list) {
            for (int i = 0; i < list.size(); i++) {
                Lot l = list.get(i);
                if (l.lotId().equals(lotId)) {
                    if (l.quantity() < quantity) {
                        throw new InsufficientStockException(sku, location, quantity, l.quantity());
                    }
                    if (l.quantity() == quantity) {
                        list.remove(i);
                    } else {
                        list.set(i, new Lot(lotId, sku, location, l.quantity() - quantity, l.receivedOn(), l.expiresOn()));
                    }
                    return;
                }
            }
            throw new InsufficientStockException(sku, location, quantity, 0);
        }
    }
}
