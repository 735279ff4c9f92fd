package dev.orderan.benchmarks;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.Discount;
import dev.orderan.core.pricing.DiscountEffect;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.PricingEngine;
import dev.orderan.core.pricing.PricingRequest;
import dev.orderan.core.tax.TaxCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import javax.money.RoundingQueryBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Prices a 20-line IDR order with two discounts (10 % off one category, Rp 50,000 off the order
 * above a minimum spend), a Rp 25,000 shipping fee allocated to lines, and PPN (11/100 exact,
 * rounded down to whole rupiah once per invoice, allocated back to lines), three ways in one run:
 *
 * <ul>
 *   <li>{@code orderan}: {@link PricingEngine} producing an immutable {@link PriceBreakdown};</li>
 *   <li>{@code orderanReadLines}: the same, then reading every line as {@code Money} objects;</li>
 *   <li>{@code longFloor}: the same arithmetic hand-written on {@code long} arrays (the floor);</li>
 *   <li>{@code moneta}: the same arithmetic written with Moneta {@code Money} (BigDecimal based).</li>
 * </ul>
 *
 * <p>All return the same grand total; {@link #setup()} checks that before measuring. On 2 busy
 * cores the engine's pricing method needs several seconds of JIT compilation, so give it at least
 * five 1-second warm-up iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PricingBench {

    static final int LINES = 20;
    static final long PERCENT_BP = 1_000;
    static final long ORDER_OFF_RUPIAH = 50_000;
    static final long MIN_SPEND_RUPIAH = 500_000;
    static final long SHIPPING_RUPIAH = 25_000;

    PricingEngine engine;
    PricingRequest request;
    long[] unitRupiah = new long[LINES];
    long[] qty = new long[LINES];
    boolean[] tops = new boolean[LINES];
    MonetaryAmount[] monetaUnit = new MonetaryAmount[LINES];
    CurrencyUnit idr;
    MonetaryOperator down;

    /** Builds the order and checks that the three implementations agree. */
    @Setup
    public void setup() {
        idr = Money.IDR;
        down = Monetary.getRounding(RoundingQueryBuilder.of().setScale(0).set(RoundingMode.DOWN).build());
        List<PricingRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            unitRupiah[i] = 15_000 + 7_919L * i % 240_000;
            qty[i] = 1 + i % 5;
            tops[i] = i % 2 == 0;
            monetaUnit[i] = org.javamoney.moneta.Money.of(unitRupiah[i], idr);
            lines.add(new PricingRequest.Line(Sku.of("SKU-" + i), qty[i], Money.idr(unitRupiah[i]), Money.idr(0),
                    TaxCategory.STANDARD, Optional.of(tops[i] ? "tops" : "bottoms")));
        }
        engine = PricingEngine.builder()
                .discount(Discount.builder("TOPS10", new DiscountEffect.PercentOff(PERCENT_BP)).category("tops")
                        .priority(10).build())
                .discount(Discount.builder("HEMAT50", new DiscountEffect.AmountOff(Money.idr(ORDER_OFF_RUPIAH),
                        DiscountEffect.Per.ORDER)).minimumSpend(Money.idr(MIN_SPEND_RUPIAH)).priority(5).build())
                .build();
        request = new PricingRequest(Money.IDR, lines, List.of(), Money.idr(SHIPPING_RUPIAH),
                Instant.parse("2025-06-02T03:00:00Z"));
        long ours = engine.price(request).grandTotalMinor() / 100;
        long floor = floor()[LINES];
        long moneta = moneta().getNumber().longValueExact();
        if (ours != floor || ours != moneta) {
            throw new IllegalStateException("implementations disagree: orderan=" + ours + " long=" + floor + " moneta=" + moneta);
        }
    }

    /** Our engine: an immutable breakdown, Money objects made only when read. */
    @Benchmark
    public void orderan(Blackhole bh) {
        PriceBreakdown b = engine.price(request);
        bh.consume(b.grandTotalMinor());
        bh.consume(b);
    }

    /** Our engine, then every line read as Money objects (what a UI or JSON writer would do). */
    @Benchmark
    public void orderanReadLines(Blackhole bh) {
        PriceBreakdown b = engine.price(request);
        bh.consume(b.lines());
        bh.consume(b.grandTotal());
    }

    /** The floor: the same arithmetic on long rupiah, hand-written. */
    @Benchmark
    public long[] longFloor() {
        return floor();
    }

    /** The peer: the same arithmetic with Moneta Money. */
    @Benchmark
    public MonetaryAmount moneta() {
        MonetaryAmount zero = org.javamoney.moneta.Money.of(0, idr);
        MonetaryAmount[] net = new MonetaryAmount[LINES];
        MonetaryAmount topsBase = zero;
        MonetaryAmount subtotal = zero;
        for (int i = 0; i < LINES; i++) {
            net[i] = monetaUnit[i].multiply(qty[i]);
            subtotal = subtotal.add(net[i]);
            if (tops[i]) {
                topsBase = topsBase.add(net[i]);
            }
        }
        MonetaryAmount pct = topsBase.multiply(new BigDecimal("0.10")).with(down);
        MonetaryAmount[] weights = new MonetaryAmount[LINES];
        for (int i = 0; i < LINES; i++) {
            weights[i] = tops[i] ? net[i] : zero;
        }
        MonetaryAmount[] share = allocateMoneta(pct, weights, zero);
        for (int i = 0; i < LINES; i++) {
            net[i] = net[i].subtract(share[i]);
        }
        if (subtotal.isGreaterThanOrEqualTo(org.javamoney.moneta.Money.of(MIN_SPEND_RUPIAH, idr))) {
            share = allocateMoneta(org.javamoney.moneta.Money.of(ORDER_OFF_RUPIAH, idr), net.clone(), zero);
            for (int i = 0; i < LINES; i++) {
                net[i] = net[i].subtract(share[i]);
            }
        }
        MonetaryAmount[] ship = allocateMoneta(org.javamoney.moneta.Money.of(SHIPPING_RUPIAH, idr), net.clone(), zero);
        MonetaryAmount netTotal = zero;
        for (int i = 0; i < LINES; i++) {
            netTotal = netTotal.add(net[i]);
        }
        MonetaryAmount ppn = netTotal.multiply(11).divide(100).with(down);
        MonetaryAmount[] tax = allocateMoneta(ppn, net.clone(), zero);
        MonetaryAmount grand = zero;
        for (int i = 0; i < LINES; i++) {
            grand = grand.add(net[i]).add(ship[i]).add(tax[i]);
        }
        return grand;
    }

    private MonetaryAmount[] allocateMoneta(MonetaryAmount total, MonetaryAmount[] weights, MonetaryAmount zero) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MonetaryAmount w : weights) {
            sum = sum.add(w.getNumber().numberValue(BigDecimal.class));
        }
        MonetaryAmount[] parts = new MonetaryAmount[weights.length];
        MonetaryAmount[] remainders = new MonetaryAmount[weights.length];
        MonetaryAmount assigned = zero;
        for (int i = 0; i < weights.length; i++) {
            MonetaryAmount product = total.multiply(weights[i].getNumber().numberValue(BigDecimal.class));
            parts[i] = product.divideToIntegralValue(sum);
            remainders[i] = product.remainder(sum);
            assigned = assigned.add(parts[i]);
        }
        MonetaryAmount leftover = total.subtract(assigned);
        while (leftover.isPositive()) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] != null && (best < 0 || remainders[i].isGreaterThan(remainders[best]))) {
                    best = i;
                }
            }
            parts[best] = parts[best].add(org.javamoney.moneta.Money.of(1, idr));
            remainders[best] = null;
            leftover = leftover.subtract(org.javamoney.moneta.Money.of(1, idr));
        }
        return parts;
    }

    /** Returns per-line paid amounts and, at index LINES, the grand total (rupiah). */
    private long[] floor() {
        long[] net = new long[LINES];
        long[] w = new long[LINES];
        long[] share = new long[LINES];
        long[] rem = new long[LINES];
        long topsBase = 0;
        long subtotal = 0;
        for (int i = 0; i < LINES; i++) {
            net[i] = unitRupiah[i] * qty[i];
            subtotal += net[i];
            if (tops[i]) {
                topsBase += net[i];
            }
        }
        long pct = topsBase * PERCENT_BP / 10_000;
        for (int i = 0; i < LINES; i++) {
            w[i] = tops[i] ? net[i] : 0;
        }
        allocate(pct, w, share, rem);
        for (int i = 0; i < LINES; i++) {
            net[i] -= share[i];
        }
        if (subtotal >= MIN_SPEND_RUPIAH) {
            System.arraycopy(net, 0, w, 0, LINES);
            allocate(ORDER_OFF_RUPIAH, w, share, rem);
            for (int i = 0; i < LINES; i++) {
                net[i] -= share[i];
            }
        }
        long[] out = new long[LINES + 1];
        long netTotal = 0;
        for (int i = 0; i < LINES; i++) {
            netTotal += net[i];
        }
        allocate(SHIPPING_RUPIAH, net, share, rem);
        for (int i = 0; i < LINES; i++) {
            out[i] = net[i] + share[i];
        }
        long ppn = netTotal * 11 / 100;
        allocate(ppn, net, share, rem);
        long grand = 0;
        for (int i = 0; i < LINES; i++) {
            out[i] += share[i];
            grand += out[i];
        }
        out[LINES] = grand;
        return out;
    }

    private static void allocate(long total, long[] w, long[] out, long[] rem) {
        long sum = 0;
        for (long x : w) {
            sum += x;
        }
        long assigned = 0;
        for (int i = 0; i < w.length; i++) {
            long p = total * w[i];
            out[i] = p / sum;
            rem[i] = p % sum;
            assigned += out[i];
        }
        for (long k = total - assigned; k > 0; k--) {
            int best = -1;
            for (int i = 0; i < w.length; i++) {
                if (rem[i] >= 0 && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
        }
    }
}
