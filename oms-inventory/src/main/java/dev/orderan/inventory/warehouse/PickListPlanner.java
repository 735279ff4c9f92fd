package dev.orderan.inventory.warehouse;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans batch picking: the lines of several orders are merged per SKU so each bin is
 * visited once, and the stops are sorted along the pick path ({@link BinCode#PICK_PATH}).
 */
public final class PickListPlanner {

    private final BinMap bins;

    /** A planner using the given bin assignments. */
    public PickListPlanner(BinMap bins) {
        this.bins = Objects.requireNonNull(bins, "bins");
    }

    /** One pick list for all the requests, in one warehouse. */
    public PickList batch(LocationId location, List<PickRequest> requests) {
        Map<Sku, Map<OrderId, Long>> bySku = new LinkedHashMap<>();
        for (PickRequest r : requests) {
            r.units().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> bySku.computeIfAbsent(e.getKey(), s -> new LinkedHashMap<>())
                            .merge(r.orderId(), e.getValue(), Long::sum));
        }
        List<PickList.Stop> stops = new ArrayList<>();
        Map<Sku, Long> unlocated = new LinkedHashMap<>();
        bySku.forEach((sku, perOrder) -> {
            long total = perOrder.values().stream().mapToLong(Long::longValue).sum();
            Optional<BinCode> bin = bins.binOf(location, sku);
            if (bin.isPresent()) {
                stops.add(new PickList.Stop(bin.get(), sku, total, perOrder));
            } else {
                unlocated.put(sku, total);
            }
        });
        stops.sort((a, b) -> {
            int c = BinCode.PICK_PATH.compare(a.bin(), b.bin());
            return c != 0 ? c : a.sku().compareTo(b.sku());
        });
        return new PickList(location, stops, unlocated);
    }

    /**
     * Splits requests into batches of at most {@code maxOrders} orders, in arrival order, and plans
     * a pick list for each (one picker trip per batch).
     */
    public List<PickList> waves(LocationId location, List<PickRequest> requests, int maxOrders) {
        if (maxOrders < 1) {
            throw new IllegalArgumentException("maxOrders: must be at least 1, was " + maxOrders);
        }
        List<PickList> result = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += maxOrders) {
            result.add(batch(location, requests.subList(i, Math.min(requests.size(), i + maxOrders))));
        }
        return result;
    }
}
