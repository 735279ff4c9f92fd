package dev.orderan.inventory.sourcing;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The built-in sourcing strategies. */
public final class SourcingStrategies {

    private SourcingStrategies() {
    }

    /** Takes from locations in priority order (lower first, then by id), splitting when one runs short. */
    public static SourcingStrategy byPriority() {
        return ranked("location-priority", (req) -> Comparator.comparingInt(SourcingLocation::priority)
                .thenComparing(SourcingLocation::id), "priority");
    }

    /**
     * Takes from the nearest locations first: same zone as the destination before other zones, then
     * by great-circle distance when coordinates are known, then by priority.
     */
    public static SourcingStrategy nearest() {
        return ranked("nearest", SourcingStrategies::nearness, "distance to the destination");
    }

    /**
     * Uses as few locations as possible: repeatedly picks the location that can fully serve the most
     * remaining lines (ties by most units, then priority), until everything is served or nothing is left.
     */
    public static SourcingStrategy fewestSplits() {
        return new SourcingStrategy() {
            @Override
            public String name() {
                return "fewest-splits";
            }

            @Override
            public SourcingPlan plan(SourcingRequest req) {
                return fewest(name(), req);
            }
        };
    }

    /**
     * Ships everything from one location when some location can serve every line on its own (all
     * the request's units of each SKU); of several such locations it takes the one {@code fallback}
     * ranks first ({@link SourcingStrategy#rank}: nearest to the destination for {@link #nearest()},
     * highest priority for {@link #byPriority()}). When no single location can serve everything, the
     * plan is {@code fallback}'s.
     */
    public static SourcingStrategy singleLocationIfPossible(SourcingStrategy fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return new SourcingStrategy() {
            @Override
            public String name() {
                return "single-location-if-possible";
            }

            @Override
            public SourcingPlan plan(SourcingRequest req) {
                Map<Sku, Long> wanted = new LinkedHashMap<>();
                for (SourcingLine l : req.lines()) {
                    wanted.merge(l.sku(), l.quantity(), Long::sum);
                }
                List<SourcingLocation> whole = new ArrayList<>();
                for (SourcingLocation loc : fallback.rank(req)) {
                    boolean servesAll = !wanted.isEmpty();
                    for (Map.Entry<Sku, Long> w : wanted.entrySet()) {
                        if (req.stock().available(w.getKey(), loc.id()) < w.getValue()) {
                            servesAll = false;
                            break;
                        }
                    }
                    if (servesAll) {
                        whole.add(loc);
                    }
                }
                if (whole.isEmpty()) {
                    SourcingPlan f = fallback.plan(req);
                    List<String> why = new ArrayList<>();
                    why.add("no single location can serve every line; falling back to " + fallback.name());
                    why.addAll(f.explanation());
                    return new SourcingPlan(name(), f.allocations(), f.shortfalls(), why);
                }
                SourcingLocation chosen = whole.get(0);
                List<String> why = new ArrayList<>();
                why.add("can serve every line alone: " + whole.stream().map(l -> l.id().value()).toList()
                        + "; chose " + chosen.id() + ", ranked first by " + fallback.name());
                List<SourcingPlan.Allocation> allocs = new ArrayList<>();
                for (SourcingLine l : req.lines()) {
                    allocs.add(new SourcingPlan.Allocation(l.line(), l.sku(), chosen.id(), l.quantity()));
                    why.add("line " + l.line() + ": " + l.quantity() + " x " + l.sku() + " from " + chosen.id());
                }
                return new SourcingPlan(name(), allocs, List.of(), why);
            }

            @Override
            public List<SourcingLocation> rank(SourcingRequest req) {
                return fallback.rank(req);
            }
        };
    }

    private interface Ranking {
        Comparator<SourcingLocation> order(SourcingRequest req);
    }

    private static Comparator<SourcingLocation> nearness(SourcingRequest req) {
        Comparator<SourcingLocation> byZone = Comparator.comparingInt(l -> req.destination()
                .map(d -> !d.zone().isEmpty() && d.zone().equals(l.zone()) ? 0 : 1).orElse(1));
        Comparator<SourcingLocation> byDistance = Comparator.comparingDouble(l -> req.destination()
                .map(d -> distanceKm(d.latitude(), d.longitude(), l.latitude(), l.longitude()))
                .orElse(Double.MAX_VALUE));
        return byZone.thenComparing(byDistance).thenComparingInt(SourcingLocation::priority)
                .thenComparing(SourcingLocation::id);
    }

    /** Great-circle distance in km; {@link Double#MAX_VALUE} when a coordinate is unknown. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        if (Double.isNaN(lat1) || Double.isNaN(lon1) || Double.isNaN(lat2) || Double.isNaN(lon2)) {
            return Double.MAX_VALUE;
        }
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static SourcingStrategy ranked(String name, Ranking ranking, String criterion) {
        return new SourcingStrategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<SourcingLocation> rank(SourcingRequest req) {
                List<SourcingLocation> order = new ArrayList<>(req.locations());
                order.sort(ranking.order(req));
                return order;
            }

            @Override
            public SourcingPlan plan(SourcingRequest req) {
                List<SourcingLocation> order = rank(req);
                Map<String, Long> used = new HashMap<>();
                List<SourcingPlan.Allocation> allocs = new ArrayList<>();
                List<SourcingPlan.Shortfall> short_ = new ArrayList<>();
                List<String> why = new ArrayList<>();
                why.add("locations ranked by " + criterion + ": " + order.stream().map(l -> l.id().value()).toList());
                for (SourcingLine line : req.lines()) {
                    long left = line.quantity();
                    for (SourcingLocation loc : order) {
                        if (left == 0) {
                            break;
                        }
                        String key = line.sku().value() + '\u0000' + loc.id().value();
                        long free = Math.max(0, req.stock().available(line.sku(), loc.id()) - used.getOrDefault(key, 0L));
                        long take = Math.min(free, left);
                        if (take > 0) {
                            allocs.add(new SourcingPlan.Allocation(line.line(), line.sku(), loc.id(), take));
                            used.merge(key, take, Long::sum);
                            left -= take;
                            why.add("line " + line.line() + ": " + take + " x " + line.sku() + " from " + loc.id());
                        }
                    }
                    if (left > 0) {
                        short_.add(new SourcingPlan.Shortfall(line.line(), line.sku(), left));
                        why.add("line " + line.line() + ": " + left + " x " + line.sku() + " not available anywhere");
                    }
                }
                return new SourcingPlan(name, allocs, short_, why);
            }
        };
    }

    private static SourcingPlan fewest(String name, SourcingRequest req) {
        List<SourcingLocation> locs = new ArrayList<>(req.locations());
        locs.sort(Comparator.comparingInt(SourcingLocation::priority).thenComparing(SourcingLocation::id));
        Map<Integer, Long> remaining = new LinkedHashMap<>();
        Map<Integer, SourcingLine> byIndex = new HashMap<>();
        for (int i = 0; i < req.lines().size(); i++) {
            remaining.put(i, req.lines().get(i).quantity());
            byIndex.put(i, req.lines().get(i));
        }
        Map<String, Long> used = new HashMap<>();
        List<SourcingPlan.Allocation> allocs = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<LocationId> chosen = new ArrayList<>();
        while (remaining.values().stream().anyMatch(v -> v > 0)) {
            SourcingLocation best = null;
            int bestFull = -1;
            long bestUnits = 0;
            for (SourcingLocation loc : locs) {
                if (chosen.contains(loc.id())) {
                    continue;
                }
                int full = 0;
                long units = 0;
                for (Map.Entry<Integer, Long> r : remaining.entrySet()) {
                    if (r.getValue() == 0) {
                        continue;
                    }
                    SourcingLine line = byIndex.get(r.getKey());
                    long free = free(req, used, line, loc);
                    units += Math.min(free, r.getValue());
                    if (free >= r.getValue()) {
                        full++;
                    }
                }
                if (units > 0 && (full > bestFull || (full == bestFull && units > bestUnits))) {
                    best = loc;
                    bestFull = full;
                    bestUnits = units;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best.id());
            why.add("chose " + best.id() + ": serves " + bestFull + " remaining line(s) fully, " + bestUnits + " unit(s)");
            for (Map.Entry<Integer, Long> r : remaining.entrySet()) {
                if (r.getValue() == 0) {
                    continue;
                }
                SourcingLine line = byIndex.get(r.getKey());
                long take = Math.min(free(req, used, line, best), r.getValue());
                if (take > 0) {
                    allocs.add(new SourcingPlan.Allocation(line.line(), line.sku(), best.id(), take));
                    used.merge(line.sku().value() + '\u0000' + best.id().value(), take, Long::sum);
                    r.setValue(r.getValue() - take);
                }
            }
        }
        List<SourcingPlan.Shortfall> short_ = new ArrayList<>();
        remaining.forEach((i, left) -> {
            if (left > 0) {
                SourcingLine line = byIndex.get(i);
                short_.add(new SourcingPlan.Shortfall(line.line(), line.sku(), left));
                why.add("line " + line.line() + ": " + left + " x " + line.sku() + " not available anywhere");
            }
        });
        return new SourcingPlan(name, allocs, short_, why);
    }

    private static long free(SourcingRequest req, Map<String, Long> used, SourcingLine line, SourcingLocation loc) {
        return Math.max(0, req.stock().available(line.sku(), loc.id())
                - used.getOrDefault(line.sku().value() + '\u0000' + loc.id().value(), 0L));
    }
}
