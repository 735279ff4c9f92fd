package dev.orderan.core.pricing;

import static dev.orderan.core.testing.PropertyExamples.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.tax.IndonesiaPpn;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.internal.RoundingMath;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of allocation, unit shares, refunds, tax modes and discount stacking, each checked on
 * 10,000 generated examples. Whole orders are generated from a seed so that a failure names the
 * seed that reproduces it.
 */
class PricingProperties {

    static final int EXAMPLES = 10_000;
    static final Instant NOW = Instant.parse("2025-06-02T03:00:00Z");
    static final String[] CATEGORIES = {"tops", "bottoms", "acc"};

    @Test
    void allocationsSumExactlyToTheirTotalAndEveryShareIsWithinOneQuantumOfItsProportionalShare() {
        qt().withExamples(examples(EXAMPLES))
                .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        lists().of(longs().between(0, 5_000_000_000L)).ofSizeBetween(1, 20),
                        integers().between(0, 1))
                .assuming((total, weights, s) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
                .checkAssert((total, weightList, s) -> {
                    long step = s == 0 ? 1 : 100;
                    int n = weightList.size();
                    long[] w = weightList.stream().mapToLong(Long::longValue).toArray();
                    long[] out = new long[n];
                    RoundingMath.allocate(total, w, w, 0, n, step, out, new long[n]);
                    long sum = 0;
                    long weightSum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += out[i];
                        weightSum += w[i];
                    }
                    assertEquals(total, sum, "parts sum to the total");
                    long quantum = total % step == 0 ? step : 1;
                    for (int i = 0; i < n; i++) {
                        // |share - total * w / W| < quantum  <=>  |share * W - total * w| < quantum * W
                        BigInteger diff = BigInteger.valueOf(out[i]).multiply(BigInteger.valueOf(weightSum))
                                .subtract(BigInteger.valueOf(total).multiply(BigInteger.valueOf(w[i]))).abs();
                        assertTrue(diff.compareTo(BigInteger.valueOf(quantum).multiply(BigInteger.valueOf(weightSum))) < 0,
                                "share " + i + " within one quantum of its proportional share");
                        assertEquals(0, out[i] % quantum, "share is a whole number of quanta");
                    }
                });
    }

    @Test
    void longDivisionRoundsExactlyLikeBigDecimalInEveryNamedMode() {
        java.math.RoundingMode[] modes = {java.math.RoundingMode.DOWN, java.math.RoundingMode.UP,
            java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING, java.math.RoundingMode.HALF_UP,
            java.math.RoundingMode.HALF_DOWN, java.math.RoundingMode.HALF_EVEN};
        qt().withExamples(examples(EXAMPLES))
                .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(1, 1_000_000L),
                        longs().between(0, 200L), integers().between(0, modes.length - 1))
                .checkAssert((amount, num, den, m) -> {
                    long d = den + 1;
                    java.math.BigDecimal exact = new java.math.BigDecimal(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(num)))
                            .divide(java.math.BigDecimal.valueOf(d * 100), 0, modes[m]).multiply(java.math.BigDecimal.valueOf(100));
                    assertEquals(exact.longValueExact(), RoundingMath.mulDiv(amount, num, d, 100, modes[m]));
                    assertEquals(java.math.BigDecimal.valueOf(amount).divide(java.math.BigDecimal.valueOf(d), 0, modes[m])
                            .longValueExact(), RoundingMath.divide(amount, d, modes[m]));
                });
    }

    @Test
    void allocationInMinorUnitsIsExactlyTheKernelsLargestRemainderWithTiesToTheLowerIndex() {
        qt().withExamples(examples(EXAMPLES))
                .forAll(longs().between(-1_000_000_000L, 1_000_000_000L),
                        lists().of(longs().between(0, 1_000L)).ofSizeBetween(1, 30))
                .assuming((total, weights) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
                .checkAssert((total, weightList) -> {
                    long[] w = weightList.stream().mapToLong(Long::longValue).toArray();
                    long[] out = new long[w.length];
                    RoundingMath.allocate(total, w, w, 0, w.length, 1, out, new long[w.length]);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(
                            dev.orderan.core.money.Allocation.largestRemainder(total, w), out);
                });
    }

    @Test
    void unitSharesAddUpToTheLineAndEachIsWithinOneStepOfAnEqualSplit() {
        qt().withExamples(examples(EXAMPLES))
                .forAll(longs().between(-100_000_000_00L, 100_000_000_00L), longs().between(1, 500), integers().between(0, 1))
                .checkAssert((amount, quantity, s) -> {
                    long step = s == 0 ? 1 : 100;
                    long quantum = amount % step == 0 ? step : 1;
                    long sum = 0;
                    for (long k = 0; k < quantity; k++) {
                        long share = RoundingMath.unitShare(amount, quantity, k, step);
                        sum += share;
                        long diff = Math.abs(share * quantity - amount);
                        assertTrue(diff < quantum * quantity, "unit " + k + " within one quantum of amount / quantity");
                    }
                    assertEquals(amount, sum);
                });
    }

    @Test
    void refundsOfRandomSubsetsInRandomOrderNeverExceedAndFinallyEqualThePaidTotal() {
        qt().withExamples(examples(EXAMPLES)).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            Scenario sc = Scenario.random(rnd);
            PriceBreakdown b = sc.engine.price(sc.request);
            List<UnitRef> units = new ArrayList<>();
            for (int l = 0; l < b.lineCount(); l++) {
                for (long k = 0; k < b.quantity(l); k++) {
                    units.add(new UnitRef(l, k));
                }
            }
            Collections.shuffle(units, rnd);
            long refunded = 0;
            for (UnitRef u : units) {
                PriceBreakdown.UnitPrice up = b.unit(u.lineIndex(), u.unitIndex());
                assertEquals(up.paid().minor(), b.paidMinor(u.lineIndex(), u.unitIndex()));
                refunded += up.paid().minor();
                assertTrue(refunded <= b.grandTotalMinor(), "refunds never exceed the paid total, seed " + seed);
                if (b.priceMode() == PriceMode.TAX_INCLUSIVE) {
                    assertTrue(up.tax().minor() <= up.paid().minor(), "a unit's tax lies within what it pays, seed "
                            + seed + ", " + up);
                }
                assertFalse(up.tax().isNegative(), "seed " + seed);
            }
            assertEquals(b.grandTotalMinor(), refunded, "all units refunded equals the paid total, seed " + seed);
        });
    }

    @Test
    void inclusiveAndExclusivePricesRoundTripWithinOneRupiah() {
        PricingEngine engine = PricingEngine.standard();
        qt().withExamples(examples(EXAMPLES))
                .forAll(longs().between(0, 2_000_000_000L), integers().between(0, 2))
                .checkAssert((rupiah, c) -> {
                    TaxCategory cat = TaxCategory.values()[c];
                    // Inclusive -> exclusive: the price splits exactly into net + tax.
                    PriceBreakdown incl = engine.price(one(rupiah, cat, PriceMode.TAX_INCLUSIVE));
                    Money tax = incl.taxTotal();
                    Money net = incl.grandTotal().minus(tax);
                    assertEquals(Money.idr(rupiah), net.plus(tax));
                    assertEquals(0, tax.minor() % 100, "tax is whole rupiah");
                    // ... and pricing the net exclusively gives back the price within one rupiah.
                    PriceBreakdown back = engine.price(one(net.minor() / 100, cat, PriceMode.TAX_EXCLUSIVE));
                    assertTrue(Math.abs(back.grandTotalMinor() - rupiah * 100) <= 100, "inclusive round trip");
                    // Exclusive -> inclusive -> exclusive keeps the tax within one rupiah.
                    PriceBreakdown excl = engine.price(one(rupiah, cat, PriceMode.TAX_EXCLUSIVE));
                    PriceBreakdown reincl = engine.price(one(excl.grandTotalMinor() / 100, cat, PriceMode.TAX_INCLUSIVE));
                    assertTrue(Math.abs(reincl.taxTotal().minor() - excl.taxTotal().minor()) <= 100,
                            "exclusive round trip");
                });
    }

    @Test
    void noLineUnitOrTotalIsEverNegativeAndEverythingAddsUp() {
        qt().withExamples(examples(EXAMPLES)).forAll(longs().all()).checkAssert(seed -> {
            Scenario sc = Scenario.random(new Random(seed));
            PriceBreakdown b = sc.engine.price(sc.request);
            long sumPaid = 0;
            long sumTax = 0;
            for (PriceBreakdown.LinePrice lp : b.lines()) {
                assertFalse(lp.discount().isNegative(), "seed " + seed);
                assertTrue(lp.discount().compareTo(lp.gross()) <= 0, "discount within the line, seed " + seed);
                assertFalse(lp.total().isNegative(), "line total, seed " + seed);
                assertFalse(lp.tax().isNegative(), "line tax, seed " + seed);
                assertFalse(lp.shippingShare().isNegative(), "shipping share, seed " + seed);
                assertEquals(0, lp.tax().minor() % 100, "PPN is whole rupiah, seed " + seed);
                for (long k = 0; k < lp.quantity(); k++) {
                    assertTrue(b.paidMinor(lp.index(), k) >= 0, "unit paid, seed " + seed);
                }
                sumPaid += lp.paid().minor();
                sumTax += lp.tax().minor();
            }
            assertEquals(b.grandTotalMinor(), sumPaid, "lines add up to the grand total, seed " + seed);
            assertEquals(b.taxTotal().minor(), sumTax);
            assertFalse(b.grandTotal().isNegative());
            assertEquals(b, PriceBreakdown.restore(b.snapshot()), "a stored breakdown restores equal, seed " + seed);
        });
    }

    @Test
    void discountStackingRulesAreRespected() {
        qt().withExamples(examples(EXAMPLES)).forAll(longs().all()).checkAssert(seed -> {
            Scenario sc = Scenario.random(new Random(seed));
            PriceBreakdown b = sc.engine.price(sc.request);
            long callerDiscounts = sc.callerDiscountMinor;
            long promo = 0;
            int applied = 0;
            boolean exclusiveApplied = false;
            List<DiscountOutcome> outcomes = b.discountOutcomes();
            List<Discount> byPriority = new ArrayList<>(sc.rules);
            byPriority.sort(java.util.Comparator.comparingInt(Discount::priority).reversed()
                    .thenComparing(Discount::id));
            for (int i = 0; i < byPriority.size(); i++) {
                DiscountOutcome o = outcomes.get(i);
                Discount rule = byPriority.get(i);
                assertEquals(rule.id(), o.discountId(), "outcomes follow priority order, seed " + seed);
                if (o.applied()) {
                    applied++;
                    exclusiveApplied |= rule.exclusive();
                    if (!rule.effect().onShipping()) {
                        promo += o.amount().minor();
                    }
                } else {
                    assertTrue(o.amount().isZero());
                }
            }
            if (exclusiveApplied) {
                assertEquals(1, applied, "an exclusive discount applies alone, seed " + seed);
            }
            long cap = RoundingMath.mulDiv(b.subtotal().minor(), sc.capBasisPoints, 10_000, 1, java.math.RoundingMode.DOWN);
            assertTrue(promo <= cap, "promotions within the combined cap, seed " + seed);
            assertEquals(b.discountTotal().minor(), sc.lineDiscountMinor + callerDiscounts + promo,
                    "discount total = line + caller + promotions, seed " + seed);
            Set<String> ids = new HashSet<>();
            outcomes.forEach(o -> assertTrue(ids.add(o.discountId()), "each rule explained once"));
        });
    }

    static PricingRequest one(long rupiah, TaxCategory cat, PriceMode mode) {
        return new PricingRequest(Money.IDR, List.of(new PricingRequest.Line(Sku.of("X"), 1, Money.idr(rupiah),
                Money.idr(0), cat)), List.of(), Money.idr(0), NOW, PricingContext.builder().priceMode(mode).build());
    }

    /** A random order with random promotions, stacking rules, tax mode and rounding scope. */
    static final class Scenario {
        PricingEngine engine;
        PricingRequest request;
        List<Discount> rules = new ArrayList<>();
        long capBasisPoints;
        long callerDiscountMinor;
        long lineDiscountMinor;

        static Scenario random(Random rnd) {
            Scenario sc = new Scenario();
            int n = 1 + rnd.nextInt(6);
            boolean sen = rnd.nextInt(5) == 0; // sometimes prices with sen: allocation falls back to minor units
            boolean book = rnd.nextInt(3) == 0; // sometimes prices come from tiered, dated lists in either tax mode
            List<PricingRequest.Line> lines = new ArrayList<>();
            long gross = 0;
            for (int i = 0; i < n; i++) {
                long qty = 1 + rnd.nextInt(5);
                long unit = (1 + rnd.nextInt(500_000)) * 100L + (sen ? rnd.nextInt(100) : 0);
                long lineDiscount = !book && rnd.nextInt(4) == 0
                        ? (rnd.nextLong() & Long.MAX_VALUE) % (unit * qty / 100 + 1) * 100 : 0;
                sc.lineDiscountMinor += lineDiscount;
                gross += unit * qty - lineDiscount;
                TaxCategory cat = TaxCategory.values()[rnd.nextInt(3)];
                lines.add(new PricingRequest.Line(Sku.of("SKU-" + rnd.nextInt(4)), qty, Money.ofMinor(unit, Money.IDR),
                        Money.ofMinor(lineDiscount, Money.IDR), cat,
                        java.util.Optional.of(CATEGORIES[rnd.nextInt(CATEGORIES.length)])));
            }
            List<Money> caller = new ArrayList<>();
            if (!book && rnd.nextInt(4) == 0 && gross >= 100) {
                long d = (rnd.nextLong() & Long.MAX_VALUE) % (gross / 100 / 2 + 1) * 100;
                caller.add(Money.ofMinor(d, Money.IDR));
                sc.callerDiscountMinor = d;
            }
            long shipping = rnd.nextInt(3) == 0 ? 0 : (1 + rnd.nextInt(50_000)) * 100L;
            int ruleCount = rnd.nextInt(6);
            PricingEngine.Builder eb = PricingEngine.builder()
                    .taxEngine(rnd.nextBoolean() ? IndonesiaPpn.perInvoice() : IndonesiaPpn.perLine())
                    .taxShipping(rnd.nextInt(3) == 0);
            sc.capBasisPoints = rnd.nextBoolean() ? 10_000 : 1_000 + rnd.nextInt(5_000);
            if (book) {
                List<PriceList> lists = new ArrayList<>();
                for (int l = 0; l < 1 + rnd.nextInt(3); l++) {
                    PriceList.Builder pl = PriceList.builder("list-" + l, l == 0 ? PriceListScope.retail()
                                    : PriceListScope.customerGroup("gold"),
                            rnd.nextBoolean() ? PriceMode.TAX_EXCLUSIVE : PriceMode.TAX_INCLUSIVE, Money.IDR)
                            .validFrom(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(rnd.nextInt(365) * 86_400L));
                    for (int k = 0; k < 4; k++) {
                        pl.tier(Sku.of("SKU-" + k), 1, Money.idr(1 + rnd.nextInt(500_000)));
                        pl.tier(Sku.of("SKU-" + k), 3, Money.idr(1 + rnd.nextInt(500_000)));
                    }
                    lists.add(pl.build());
                }
                eb.priceBook(PriceBook.of(lists));
            }
            eb.maxCombinedDiscount(sc.capBasisPoints);
            for (int r = 0; r < ruleCount; r++) {
                DiscountEffect effect;
                switch (rnd.nextInt(7)) {
                    case 0:
                        effect = new DiscountEffect.PercentOff(1 + rnd.nextInt(10_000));
                        break;
                    case 1:
                        effect = new DiscountEffect.AmountOff(Money.idr(1 + rnd.nextInt(300_000)),
                                DiscountEffect.Per.values()[rnd.nextInt(3)]);
                        break;
                    case 2:
                        effect = new DiscountEffect.BuyXGetY(1 + rnd.nextInt(3), 1 + rnd.nextInt(2), 1 + rnd.nextInt(10_000));
                        break;
                    case 3:
                        effect = new DiscountEffect.BundlePrice(Map.of(Sku.of("SKU-0"), 1L + rnd.nextInt(2),
                                Sku.of("SKU-1"), 1L), Money.idr(rnd.nextInt(600_000)));
                        break;
                    case 4:
                        effect = new DiscountEffect.ShippingPercentOff(1 + rnd.nextInt(10_000));
                        break;
                    case 5:
                        effect = new DiscountEffect.ShippingAmountOff(Money.idr(1 + rnd.nextInt(60_000)));
                        break;
                    default:
                        effect = new DiscountEffect.PercentOff(500);
                        break;
                }
                Discount.Builder db = Discount.builder("R" + r, effect).priority(rnd.nextInt(5));
                if (rnd.nextInt(4) == 0) {
                    db.exclusive();
                }
                if (rnd.nextInt(3) == 0) {
                    db.category(CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
                }
                if (rnd.nextInt(4) == 0) {
                    db.minimumSpend(Money.idr(rnd.nextInt(1_000_000)));
                }
                Discount d = db.build();
                sc.rules.add(d);
                eb.discount(d);
            }
            sc.engine = eb.build();
            PriceMode mode = rnd.nextBoolean() ? PriceMode.TAX_EXCLUSIVE : PriceMode.TAX_INCLUSIVE;
            sc.request = new PricingRequest(Money.IDR, lines, caller, Money.ofMinor(shipping, Money.IDR), NOW,
                    PricingContext.builder().priceMode(mode).customer(CustomerId.of("c1")).customerGroup("gold").build());
            return sc;
        }
    }
}
