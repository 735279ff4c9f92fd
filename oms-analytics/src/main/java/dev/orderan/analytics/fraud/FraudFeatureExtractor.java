package dev.orderan.analytics.fraud;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.analytics.internal.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@link FraudFeatures} for orders in placement order, each from the order and the
 * orders before it, so a feature never uses what was not known at checkout.
 */
public final class FraudFeatureExtractor {

    private static final Duration DAY = Duration.ofHours(24);

    private final Set<String> disposableDomains;

    private FraudFeatureExtractor(Set<String> disposableDomains) {
        this.disposableDomains = disposableDomains;
    }

    /** An extractor that treats these e-mail domains as throwaway. */
    public static FraudFeatureExtractor withDisposableDomains(Set<String> domains) {
        return new FraudFeatureExtractor(Set.copyOf(domains.stream().map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList()));
    }

    /**
     * Features of every order, in the input's placement order (ties by order id).
     *
     * @throws dev.orderan.core.validation.ValidationFailedException on null entries or repeated order ids
     */
    public List<FraudFeatures> extract(List<FraudOrder> orders, ProgressListener progress) {
        Violations v = new Violations("FraudFeatureExtractor.extract");
        if (orders == null) {
            v.add("orders", "NotNull", "must not be null");
            v.throwIfAny();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < orders.size(); i++) {
            FraudOrder o = orders.get(i);
            if (v.check(o != null, "orders[" + i + "]", "NotNull", "must not be null")) {
                v.check(ids.add(o.orderId()), "orders[" + i + "].orderId", "Unique", "order " + o.orderId() + " appears twice");
            }
        }
        v.throwIfAny();
        List<FraudOrder> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.comparing(FraudOrder::placedAt).thenComparing(FraudOrder::orderId));
        Map<String, Deque<Instant>> customerRecent = new HashMap<>();
        Map<String, long[]> customerTotals = new HashMap<>(); // [orders, amount]
        Map<String, Set<String>> deviceCustomers = new HashMap<>();
        Map<String, Deque<Instant>> ipRecent = new HashMap<>();
        List<FraudFeatures> out = new ArrayList<>(sorted.size());
        for (FraudOrder o : sorted) {
            Instant since = o.placedAt().minus(DAY);
            Deque<Instant> recent = customerRecent.computeIfAbsent(o.customerId(), k -> new ArrayDeque<>());
            prune(recent, since);
            Deque<Instant> ip = ipRecent.computeIfAbsent(o.ipAddress(), k -> new ArrayDeque<>());
            prune(ip, since);
            long[] totals = customerTotals.computeIfAbsent(o.customerId(), k -> new long[2]);
            boolean first = totals[0] == 0;
            double ratio = first ? 1 : o.amountMinor() / Math.max(1.0, (double) totals[1] / totals[0]);
            Set<String> onDevice = deviceCustomers.computeIfAbsent(o.deviceId(), k -> new HashSet<>());
            onDevice.add(o.customerId());
            double ageDays = Duration.between(o.accountCreatedAt(), o.placedAt()).toMinutes() / 1440.0;
            out.add(new FraudFeatures(o.orderId(), o.amountMinor(), ratio, recent.size(), first, o.cashOnDelivery(),
                    ageDays, o.addressDistanceKm(), disposableDomains.contains(o.emailDomain()), onDevice.size(),
                    ip.size()));
            recent.addLast(o.placedAt());
            ip.addLast(o.placedAt());
            totals[0]++;
            totals[1] = Math.addExact(totals[1], o.amountMinor());
            if (out.size() % 5000 == 0) {
                progress.progress("fraud features", out.size(), sorted.size());
            }
        }
        progress.progress("fraud features", out.size(), sorted.size());
        return List.copyOf(out);
    }

    private static void prune(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
