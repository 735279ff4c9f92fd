package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds pick lists. */
public final class PickLists {

    private PickLists() {
    }

    /**
     * One batch pick list for several orders at a location: requests for the same SKU are merged
     * into one stop, stops are ordered by the bins' path order (then bin code, then SKU), and SKUs
     * without a bin come last.
     */
    public static PickList batch(LocationId location, List<PickRequest> requests, BinMap bins) {
        Map<Sku, Map<OrderId, Long>> bySku = new LinkedHashMap<>();
        for (PickRequest r : requests) {
            bySku.computeIfAbsent(r.sku(), k -> new LinkedHashMap<>()).merge(r.order(), r.quantity(), Math::addExact);
        }
        List<PickList.Stop> stops = new ArrayList<>();
        bySku.forEach((sku, perOrder) -> stops.add(new PickList.Stop(bins.binOf(sku, location), sku,
                perOrder.values().stream().mapToLong(Long::longValue).sum(), perOrder)));
        Comparator<Optional<Bin>> byBin = (a, b) -> {
            if (a.isPresent() && b.isPresent()) {
                return a.get().compareTo(b.get());
            }
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        };
        stops.sort(Comparator.comparing(PickList.Stop::bin, byBin).thenComparing(PickList.Stop::sku));
        return new PickList(location, stops);
    }

    /** Splits requests into batches of at most {@code maxOrders} orders each, keeping an order's lines together. */
    public static List<PickList> batches(LocationId location, List<PickRequest> requests, BinMap bins, int maxOrders) {
        if (maxOrders < 1) {
            throw new IllegalArgumentException("maxOrders: must be at least 1, was " + maxOrders);
        }
        Map<OrderId, List<PickRequest>> byOrder = new LinkedHashMap<>();
        for (PickRequest r : requests) {
            byOrder.computeIfAbsent(r.order(), k -> new ArrayList<>()).add(r);
        }
        List<PickList> out = new ArrayList<>();
        List<PickRequest> batch = new ArrayList<>();
        int orders = 0;
        for (List<PickRequest> lines : byOrder.values()) {
            if (orders == maxOrders) {
                out.add(batch(location, batch, bins));
                batch = new ArrayList<>();
                orders = 0;
            }
            batch.addAll(lines);
            orders++;
        }
        if (!batch.isEmpty()) {
            out.add(batch(location, batch, bins));
        }
        return out;
    }
}
