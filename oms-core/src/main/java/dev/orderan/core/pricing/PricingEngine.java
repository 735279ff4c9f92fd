package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.DiscountEffect.AmountOff;
import dev.orderan.core.pricing.DiscountEffect.BundlePrice;
import dev.orderan.core.pricing.DiscountEffect.BuyXGetY;
import dev.orderan.core.pricing.DiscountEffect.PercentOff;
import dev.orderan.core.pricing.DiscountEffect.ShippingAmountOff;
import dev.orderan.core.pricing.DiscountEffect.ShippingPercentOff;
import dev.orderan.core.pricing.DiscountOutcome.Reason;
import dev.orderan.core.tax.IndonesiaPpn;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.TaxContext;
import dev.orderan.core.tax.TaxEngine;
import dev.orderan.core.tax.TaxRate;
import dev.orderan.core.tax.TaxRounding;
import dev.orderan.core.tax.internal.RoundingMath;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The pricing and tax engine: resolves unit prices from price lists, applies caller discounts and
 * promotion rules with their stacking rules, allocates order-level discounts and the shipping fee to
 * lines by largest remainder, and computes tax through a {@link TaxEngine} from exact fractions with
 * one named rounding. The result is an immutable {@link PriceBreakdown} whose amounts add up to the
 * minor unit and split exactly into units.
 *
 * <p>Amount step: for currencies configured as whole-unit (IDR by default), when every input amount
 * is a whole major unit, discounts and allocations are computed in whole major units too, so every
 * line and unit share is whole rupiah and can be refunded through gateways that take no decimals.
 *
 * <p>Thread-safe and deterministic: the same request always gives the same breakdown, as long as
 * the voucher counts it reads ({@link VoucherUsage}) are the same.
 */
public final class PricingEngine implements PricingStep {

    private static final int CATEGORY_COUNT = TaxCategory.values().length;

    private final PriceBook priceBook;
    private final Discount[] discounts;
    private final Map<String, Voucher> vouchers;
    private final VoucherUsage usage;
    private final TaxEngine taxEngine;
    private final long maxCombinedBasisPoints;
    private final RoundingMode discountRounding;
    private final ZoneId zone;
    private final Set<String> wholeUnitCurrencies;
    private final boolean taxShipping;
    private final Stacking stacking;

    /**
     * The order in which promotions of equal priority are tried (rules of higher priority are always
     * tried first). The order matters when rules compete: an exclusive rule blocks the ones after it,
     * the combined cap trims the last, and a percentage is taken of what earlier rules left.
     */
    public enum Stacking {
        /** Equal priorities are tried in the order the rules were added to the builder (the default). */
        DECLARATION_ORDER,
        /**
         * Equal priorities are tried largest discount first, each measured on the order as it stands
         * when the group's turn comes (ties keep the declaration order): the customer gets the best
         * of competing exclusive rules.
         */
        BEST_FOR_CUSTOMER
    }

    private PricingEngine(Builder b) {
        this.priceBook = b.priceBook;
        List<Discount> sorted = new ArrayList<>(b.discounts);
        // Stable: rules of equal priority keep the order they were added in.
        sorted.sort(Comparator.comparingInt(Discount::priority).reversed());
        this.discounts = sorted.toArray(new Discount[0]);
        this.stacking = b.stacking;
        Map<String, Voucher> v = new HashMap<>();
        for (Voucher voucher : b.vouchers) {
            v.put(voucher.code(), voucher);
        }
        this.vouchers = Map.copyOf(v);
        this.usage = b.usage;
        this.taxEngine = b.taxEngine;
        this.maxCombinedBasisPoints = b.maxCombinedBasisPoints;
        this.discountRounding = b.discountRounding;
        this.zone = b.zone;
        this.wholeUnitCurrencies = Set.copyOf(b.wholeUnitCurrencies);
        this.taxShipping = b.taxShipping;
    }

    /** Indonesian defaults: PPN rounded down per invoice, IDR in whole rupiah, no price lists or promotions. */
    public static PricingEngine standard() {
        return builder().build();
    }

    /** A builder with the Indonesian defaults of {@link #standard()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tax engine in use. */
    public TaxEngine taxEngine() {
        return taxEngine;
    }

    @Override
    public PriceBreakdown price(PricingRequest request) {
        Objects.requireNonNull(request, "request");
        final CurrencyUnit cur = request.currency();
        final List<PricingRequest.Line> in = request.lines();
        final int n = in.size();
        if (n == 0) {
            throw new InvalidPricingRequestException("lines", "must not be empty");
        }
        final PricingContext ctx = request.context();
        final PriceMode mode = ctx.priceMode();
        final boolean exclusive = mode == PriceMode.TAX_EXCLUSIVE;
        final Instant at = request.pricedAt();
        final long major = pow10(Money.scaleOf(cur));
        final boolean wholeCurrency = wholeUnitCurrencies.contains(cur.getCurrencyCode());
        if (!taxEngine.handles(cur)) {
            throw new InvalidPricingRequestException("currency", taxEngine.name() + " does not tax amounts in "
                    + cur.getCurrencyCode() + "; price in a currency it handles or configure the tax engine of the"
                    + " seller's jurisdiction");
        }
        final RateCache rc = rateCache(at, ctx.destination());
        final TaxContext taxContext = rc.context;
        final TaxRounding taxRounding = taxEngine.rounding(cur);
        final long taxStep = taxRounding.wholeMajorUnits() ? major : 1;
        final RoundingMode taxMode = taxRounding.mode();

        final long[] data = new long[n * PriceBreakdown.STRIDE];
        final Sku[] skus = new Sku[n];
        final TaxCategory[] cats = new TaxCategory[n];
        final TaxRate[] rates = new TaxRate[n];
        final String[] sources = new String[n];
        final long[] rem = new long[n];
        final long[] qty = new long[n];
        final long[] work = new long[n];
        final long[] weights = new long[n];
        final long[] scratch = new long[n];
        final TaxRate[] rateByCategory = rc.rates;

        boolean allWhole = wholeCurrency;
        long spend = 0;
        long subtotal = 0;
        for (int i = 0; i < n; i++) {
            PricingRequest.Line line = in.get(i);
            long q = line.quantity();
            if (q < 1) {
                throw new InvalidPricingRequestException("lines[" + i + "].quantity", "must be at least 1, was " + q);
            }
            // Field paths are built only on failure: this loop is the hot path.
            // Identity first: requests almost always share one CurrencyUnit instance.
            if (line.unitPrice().currency() != cur && !line.unitPrice().isIn(cur)) {
                requireCurrency("lines[" + i + "].unitPrice", line.unitPrice(), cur);
            }
            if (line.lineDiscount().currency() != cur && !line.lineDiscount().isIn(cur)) {
                requireCurrency("lines[" + i + "].lineDiscount", line.lineDiscount(), cur);
            }
            TaxCategory cat = line.taxCategory();
            TaxRate rate = rateByCategory[cat.ordinal()];
            if (rate == null) {
                rate = taxEngine.rate(cat, taxContext);
                rateByCategory[cat.ordinal()] = rate;
            }
            long unit = line.unitPrice().minor();
            String source = "request";
            if (priceBook != null) {
                var resolved = priceBook.resolve(line.sku(), q, cur, ctx, at);
                if (resolved.isPresent()) {
                    unit = convert(resolved.get().unitPrice().minor(), resolved.get().mode(), mode, rate,
                            wholeCurrency ? major : 1);
                    source = resolved.get().priceListId();
                }
            }
            if (unit < 0) {
                throw new InvalidPricingRequestException("lines[" + i + "].unitPrice", "must not be negative, was " + unit);
            }
            long gross = multiply(unit, q, "lines[" + i + "]", "quantity × unit price");
            long lineDiscount = line.lineDiscount().minor();
            if (lineDiscount < 0 || lineDiscount > gross) {
                throw new InvalidPricingRequestException("lines[" + i + "].lineDiscount",
                        "must be between 0 and the line amount " + Money.ofMinor(gross, cur) + ", was " + line.lineDiscount());
            }
            int o = i * PriceBreakdown.STRIDE;
            data[o + PriceBreakdown.UNIT] = unit;
            data[o + PriceBreakdown.REQUESTED] = line.unitPrice().minor();
            data[o + PriceBreakdown.QTY] = q;
            data[o + PriceBreakdown.GROSS] = gross;
            skus[i] = line.sku();
            cats[i] = cat;
            rates[i] = rate;
            sources[i] = source;
            rem[i] = gross - lineDiscount;
            qty[i] = q;
            spend = add(spend, rem[i], "lines", "the sum of the line amounts");
            subtotal = add(subtotal, gross, "lines", "the sum of the line amounts");
            if (allWhole && (!whole(unit, major) || !whole(lineDiscount, major))) {
                allWhole = false;
            }
        }
        long callerOrderDiscount = 0;
        List<Money> orderDiscounts = request.orderDiscounts();
        for (int k = 0; k < orderDiscounts.size(); k++) {
            Money d = orderDiscounts.get(k);
            if (!d.isIn(cur)) {
                requireCurrency("orderDiscounts[" + k + "]", d, cur);
            }
            if (d.isNegative()) {
                throw new InvalidPricingRequestException("orderDiscounts[" + k + "]", "must not be negative, was " + d);
            }
            callerOrderDiscount = add(callerOrderDiscount, d.minor(), "orderDiscounts", "the sum of the order discounts");
            allWhole &= d.minor() % major == 0;
        }
        requireCurrency("shippingFee", request.shippingFee(), cur);
        long shipping = request.shippingFee().minor();
        if (shipping < 0) {
            throw new InvalidPricingRequestException("shippingFee", "must not be negative, was " + request.shippingFee());
        }
        allWhole &= shipping % major == 0;
        for (Discount r : discounts) {
            allWhole &= fixedAmountsWhole(r.effect(), major);
        }
        final long step = allWhole ? major : 1;

        if (callerOrderDiscount > 0) {
            if (callerOrderDiscount > spend) {
                throw new InvalidPricingRequestException("orderDiscounts", "must not exceed the discounted subtotal "
                        + Money.ofMinor(spend, cur) + ", was " + Money.ofMinor(callerOrderDiscount, cur));
            }
            RoundingMath.allocate(callerOrderDiscount, rem, qty, 0, n, step, work, scratch);
            for (int i = 0; i < n; i++) {
                rem[i] -= work[i];
            }
        }

        // Promotions, in priority order.
        List<DiscountOutcome> outcomes = discounts.length == 0 && ctx.voucherCodes().isEmpty()
                ? List.of() : new ArrayList<>(discounts.length + ctx.voucherCodes().size());
        long cap = maxCombinedBasisPoints >= 10_000 ? Long.MAX_VALUE
                : RoundingMath.mulDiv(subtotal, maxCombinedBasisPoints, 10_000, step, RoundingMode.DOWN);
        long promoSoFar = 0;
        long shipRemaining = shipping;
        boolean anyApplied = false;
        boolean exclusiveApplied = false;
        Discount[] order = discounts;
        for (int k = 0; k < order.length; k++) {
            if (stacking == Stacking.BEST_FOR_CUSTOMER && (k == 0 || order[k].priority() != order[k - 1].priority())) {
                order = bestFirst(order, k, ctx, at, spend, cur, in, skus, data, rem, qty, work, weights, scratch, n,
                        step, shipRemaining);
            }
            Discount rule = order[k];
            Reason why = ineligibility(rule, ctx, at, spend, cur);
            if (why != null) {
                outcomes.add(new DiscountOutcome(rule.id(), why, Money.zero(cur)));
                continue;
            }
            if (exclusiveApplied || (rule.exclusive() && anyApplied)) {
                outcomes.add(new DiscountOutcome(rule.id(), Reason.BLOCKED_BY_EXCLUSIVE, Money.zero(cur)));
                continue;
            }
            DiscountEffect effect = rule.effect();
            if (effect.onShipping()) {
                long amount;
                if (effect instanceof ShippingPercentOff) {
                    amount = RoundingMath.mulDiv(shipRemaining, ((ShippingPercentOff) effect).basisPoints(), 10_000, step,
                            discountRounding);
                } else {
                    amount = Math.min(((ShippingAmountOff) effect).amount().minor(), shipRemaining);
                }
                if (amount <= 0) {
                    outcomes.add(new DiscountOutcome(rule.id(), Reason.NOTHING_LEFT_TO_DISCOUNT, Money.zero(cur)));
                    continue;
                }
                shipRemaining -= amount;
                anyApplied = true;
                exclusiveApplied |= rule.exclusive();
                outcomes.add(new DiscountOutcome(rule.id(), Reason.APPLIED, Money.ofMinor(amount, cur)));
                continue;
            }
            long total = goodsDiscount(rule, effect, in, skus, data, rem, qty, work, weights, scratch, n, step);
            if (total < 0) {
                outcomes.add(new DiscountOutcome(rule.id(), Reason.NO_MATCHING_LINES, Money.zero(cur)));
                continue;
            }
            if (total == 0) {
                outcomes.add(new DiscountOutcome(rule.id(), Reason.NOTHING_LEFT_TO_DISCOUNT, Money.zero(cur)));
                continue;
            }
            long room = cap - promoSoFar;
            if (room <= 0) {
                outcomes.add(new DiscountOutcome(rule.id(), Reason.COMBINED_CAP_REACHED, Money.zero(cur)));
                continue;
            }
            Reason reason = Reason.APPLIED;
            if (total > room) {
                System.arraycopy(work, 0, weights, 0, n);
                RoundingMath.allocate(room, weights, weights, 0, n, step, work, scratch);
                total = room;
                reason = Reason.APPLIED_TRIMMED_BY_CAP;
            }
            for (int i = 0; i < n; i++) {
                rem[i] -= work[i];
            }
            promoSoFar += total;
            anyApplied = true;
            exclusiveApplied |= rule.exclusive();
            outcomes.add(new DiscountOutcome(rule.id(), reason, Money.ofMinor(total, cur)));
        }
        for (String code : ctx.voucherCodes()) {
            Voucher v = vouchers.get(Voucher.normalize(code));
            if (v == null || !hasDiscount(v.discountId())) {
                outcomes.add(new DiscountOutcome("voucher:" + Voucher.normalize(code), Reason.UNKNOWN_VOUCHER_CODE,
                        Money.zero(cur)));
            }
        }
        if (!outcomes.isEmpty()) {
            outcomes = Collections.unmodifiableList(outcomes);
        }
        List<VoucherUse> voucherUses = ctx.voucherCodes().isEmpty() ? List.of() : voucherUses(ctx, outcomes);

        // Shipping to lines, by their net amounts (quantities when every line is free).
        RoundingMath.allocate(shipRemaining, rem, qty, 0, n, step, work, scratch);
        for (int i = 0; i < n; i++) {
            data[i * PriceBreakdown.STRIDE + PriceBreakdown.SHIP] = work[i];
        }

        // Taxed shipping follows the goods: each line's shipping share is taxed at the line's rate.
        long[] taxable = rem;
        if (taxShipping) {
            taxable = new long[n];
            for (int i = 0; i < n; i++) {
                taxable[i] = add(rem[i], work[i], "shippingFee", "a line amount plus its shipping share");
            }
        }

        // Tax, from exact fractions, rounded once per line or once per rate.
        if (taxRounding.scope() == TaxRounding.Scope.PER_LINE) {
            for (int i = 0; i < n; i++) {
                work[i] = exclusive ? rates[i].taxOnExclusive(taxable[i], taxStep, taxMode)
                        : rates[i].taxInInclusive(taxable[i], taxStep, taxMode);
            }
        } else {
            // group[j] = index of the first line with the same rate: one rounding per rate.
            int[] group = new int[n];
            long[] shares = new long[n];
            for (int i = 0; i < n; i++) {
                group[i] = i;
                for (int j = 0; j < i; j++) {
                    if (group[j] == j && (rates[j] == rates[i] || rates[j].equals(rates[i]))) {
                        group[i] = j;
                        break;
                    }
                }
            }
            for (int g = 0; g < n; g++) {
                if (group[g] != g) {
                    continue;
                }
                long sum = 0;
                for (int j = 0; j < n; j++) {
                    weights[j] = group[j] == g ? taxable[j] : 0;
                    sum = add(sum, weights[j], "shippingFee", "the taxable amount");
                }
                TaxRate rate = rates[g];
                long tax = exclusive ? rate.taxOnExclusive(sum, taxStep, taxMode) : rate.taxInInclusive(sum, taxStep, taxMode);
                if (tax != 0) {
                    RoundingMath.allocate(tax, weights, weights, 0, n, taxStep, shares, scratch);
                }
                for (int j = 0; j < n; j++) {
                    if (group[j] == g) {
                        work[j] = tax == 0 ? 0 : shares[j];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int o = i * PriceBreakdown.STRIDE;
            long tax = work[i];
            data[o + PriceBreakdown.DISC] = data[o + PriceBreakdown.GROSS] - rem[i];
            data[o + PriceBreakdown.TAX] = tax;
            data[o + PriceBreakdown.TOTAL] = exclusive ? rem[i] + tax : rem[i];
        }
        // The grand total must fit as well: lines + shipping + tax.
        long grand = add(subtotal, shipRemaining, "shippingFee", "the subtotal plus the shipping fee");
        for (int i = 0; i < n && exclusive; i++) {
            grand = add(grand, work[i], "lines", "the total with tax");
        }
        return new PriceBreakdown(cur, mode, n, data, skus, cats, rates, sources, shipRemaining,
                shipping - shipRemaining, step, taxStep, outcomes, taxShipping, voucherUses);
    }

    /** What became of each voucher code entered, with the voucher's limits. */
    private List<VoucherUse> voucherUses(PricingContext ctx, List<DiscountOutcome> outcomes) {
        List<VoucherUse> uses = new ArrayList<>(ctx.voucherCodes().size());
        for (String entered : ctx.voucherCodes()) {
            String code = Voucher.normalize(entered);
            Voucher v = vouchers.get(code);
            Reason reason = Reason.UNKNOWN_VOUCHER_CODE;
            if (v != null) {
                for (DiscountOutcome o : outcomes) {
                    if (o.discountId().equals(v.discountId())) {
                        reason = o.reason();
                        break;
                    }
                }
            }
            uses.add(new VoucherUse(code, v == null ? "" : v.discountId(), reason,
                    v == null ? java.util.OptionalLong.empty() : v.totalLimit(),
                    v == null ? java.util.OptionalLong.empty() : v.perCustomerLimit()));
        }
        return List.copyOf(uses);
    }

    /** {@code a × b} for non-negative {@code a}, capped at {@code Long.MAX_VALUE}: a discount larger than that is capped anyway. */
    private static long saturatedMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
    }

    private static long add(long a, long b, String field, String what) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new InvalidPricingRequestException(field, what + " is too large (beyond "
                    + Long.MAX_VALUE + " minor units)");
        }
        return r;
    }

    private static long multiply(long a, long b, String field, String what) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw new InvalidPricingRequestException(field, what + " is too large (beyond "
                    + Long.MAX_VALUE + " minor units)");
        }
        return lo;
    }

    /**
     * Rates of the day (in the engine's zone) and destination of the last request: most requests
     * share both, and resolving the date and the rates is a measurable part of pricing a small
     * order. Rates are filled in lazily; a race only computes the same immutable rate twice, which
     * is why {@link TaxEngine#rate} must be deterministic.
     */
    private static final class RateCache {
        final long fromSecond;
        final long toSecond;
        final java.util.Optional<String> destination;
        final TaxContext context;
        final TaxRate[] rates = new TaxRate[CATEGORY_COUNT];

        RateCache(long fromSecond, long toSecond, java.util.Optional<String> destination, TaxContext context) {
            this.fromSecond = fromSecond;
            this.toSecond = toSecond;
            this.destination = destination;
            this.context = context;
        }
    }

    private volatile RateCache rateCache;

    private RateCache rateCache(Instant at, java.util.Optional<String> destination) {
        long second = at.getEpochSecond();
        RateCache rc = rateCache;
        if (rc != null && second >= rc.fromSecond && second < rc.toSecond && rc.destination.equals(destination)) {
            return rc;
        }
        LocalDate date = LocalDate.ofInstant(at, zone);
        rc = new RateCache(date.atStartOfDay(zone).toEpochSecond(), date.plusDays(1).atStartOfDay(zone).toEpochSecond(),
                destination, new TaxContext(date, destination));
        rateCache = rc;
        return rc;
    }

    /**
     * The rules with the group of equal priority starting at {@code from} sorted by what each would
     * take off now, largest first (a copy when the order changes).
     */
    private Discount[] bestFirst(Discount[] rules, int from, PricingContext ctx, Instant at, long spend,
                                 CurrencyUnit cur, List<PricingRequest.Line> in, Sku[] skus, long[] data, long[] rem,
                                 long[] qty, long[] work, long[] weights, long[] scratch, int n, long step,
                                 long shipRemaining) {
        int to = from;
        while (to < rules.length && rules[to].priority() == rules[from].priority()) {
            to++;
        }
        if (to - from < 2) {
            return rules;
        }
        Discount[] group = java.util.Arrays.copyOfRange(rules, from, to);
        long[] amounts = new long[group.length];
        for (int g = 0; g < group.length; g++) {
            Discount rule = group[g];
            if (ineligibility(rule, ctx, at, spend, cur) != null) {
                amounts[g] = -1;
            } else if (rule.effect() instanceof ShippingPercentOff sp) {
                amounts[g] = RoundingMath.mulDiv(shipRemaining, sp.basisPoints(), 10_000, step, discountRounding);
            } else if (rule.effect() instanceof ShippingAmountOff sa) {
                amounts[g] = Math.min(sa.amount().minor(), shipRemaining);
            } else {
                amounts[g] = goodsDiscount(rule, rule.effect(), in, skus, data, rem, qty, work, weights, scratch, n, step);
            }
        }
        Integer[] idx = new Integer[group.length];
        for (int g = 0; g < idx.length; g++) {
            idx[g] = g;
        }
        java.util.Arrays.sort(idx, (a, b) -> Long.compare(amounts[b], amounts[a])); // stable: ties keep order
        Discount[] out = rules.clone();
        for (int g = 0; g < idx.length; g++) {
            out[from + g] = group[idx[g]];
        }
        return out;
    }

    /**
     * Fills {@code work} with the rule's discount per line and returns the total, or -1 when the
     * rule matches no line (or a bundle is incomplete, or there are too few units for buy-X-get-Y).
     */
    private long goodsDiscount(Discount rule, DiscountEffect effect, List<PricingRequest.Line> in, Sku[] skus,
                               long[] data, long[] rem, long[] qty, long[] work, long[] weights, long[] scratch,
                               int n, long step) {
        boolean any = false;
        long base = 0;
        for (int i = 0; i < n; i++) {
            work[i] = 0;
            boolean t = !(effect instanceof BundlePrice) && rule.targets(skus[i], in.get(i).category());
            weights[i] = t ? rem[i] : 0;
            if (t) {
                any = true;
                base += rem[i];
            }
        }
        if (effect instanceof PercentOff) {
            if (!any) {
                return -1;
            }
            long amount = RoundingMath.mulDiv(base, ((PercentOff) effect).basisPoints(), 10_000, step, discountRounding);
            return spread(amount, weights, work, scratch, n, step);
        }
        if (effect instanceof AmountOff) {
            if (!any) {
                return -1;
            }
            AmountOff off = (AmountOff) effect;
            long a = off.amount().minor();
            switch (off.per()) {
                case ORDER:
                    return spread(Math.min(a, base), weights, work, scratch, n, step);
                case LINE:
                case UNIT:
                default: {
                    long total = 0;
                    for (int i = 0; i < n; i++) {
                        if (weights[i] > 0) {
                            long want = off.per() == DiscountEffect.Per.LINE ? a : saturatedMultiply(a, qty[i]);
                            work[i] = Math.min(want, rem[i]);
                            total += work[i];
                        }
                    }
                    return total;
                }
            }
        }
        if (effect instanceof BuyXGetY) {
            BuyXGetY b = (BuyXGetY) effect;
            long units = 0;
            for (int i = 0; i < n; i++) {
                if (rule.targets(skus[i], in.get(i).category())) {
                    units += qty[i];
                    scratch[i] = 0;
                } else {
                    scratch[i] = 1; // not a candidate
                }
            }
            long free = (units / (b.buy() + b.get())) * b.get();
            if (free == 0) {
                return -1;
            }
            long total = 0;
            while (free > 0) {
                int cheapest = -1;
                for (int i = 0; i < n; i++) {
                    if (scratch[i] == 0 && (cheapest < 0
                            || data[i * PriceBreakdown.STRIDE] < data[cheapest * PriceBreakdown.STRIDE])) {
                        cheapest = i;
                    }
                }
                scratch[cheapest] = 1;
                long take = Math.min(free, qty[cheapest]);
                long d = RoundingMath.mulDiv(Math.multiplyExact(take, data[cheapest * PriceBreakdown.STRIDE]),
                        b.basisPointsOff(), 10_000, step, discountRounding);
                work[cheapest] = Math.min(d, rem[cheapest]);
                total += work[cheapest];
                free -= take;
            }
            return total;
        }
        BundlePrice bundle = (BundlePrice) effect;
        long bundles = Long.MAX_VALUE;
        long regular = 0;
        for (Map.Entry<Sku, Long> c : bundle.components().entrySet()) {
            long have = 0;
            long unit = -1;
            for (int i = 0; i < n; i++) {
                if (skus[i].equals(c.getKey())) {
                    have += qty[i];
                    if (unit < 0) {
                        unit = data[i * PriceBreakdown.STRIDE];
                    }
                }
            }
            bundles = Math.min(bundles, have / c.getValue());
            if (unit >= 0) {
                regular = saturatedAdd(regular, saturatedMultiply(unit, c.getValue()));
            }
        }
        if (bundles == 0) {
            return -1;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = bundle.components().containsKey(skus[i]) ? rem[i] : 0;
            sum += weights[i];
        }
        long saving = saturatedMultiply(bundles, regular - bundle.price().minor());
        if (saving <= 0) {
            return 0;
        }
        return spread(Math.min(saving, sum), weights, work, scratch, n, step);
    }

    private static long spread(long amount, long[] weights, long[] work, long[] scratch, int n, long step) {
        if (amount <= 0) {
            return 0;
        }
        RoundingMath.allocate(amount, weights, weights, 0, n, step, work, scratch);
        return amount;
    }

    private Reason ineligibility(Discount rule, PricingContext ctx, Instant at, long spend, CurrencyUnit cur) {
        if (rule.validFrom().isPresent() && at.isBefore(rule.validFrom().get())) {
            return Reason.NOT_YET_VALID;
        }
        if (rule.validUntil().isPresent() && !at.isBefore(rule.validUntil().get())) {
            return Reason.EXPIRED;
        }
        if (!currencyMatches(rule, cur)) {
            return Reason.CURRENCY_MISMATCH;
        }
        if (!rule.channels().isEmpty() && (ctx.channel().isEmpty() || !rule.channels().contains(ctx.channel().get()))) {
            return Reason.WRONG_CHANNEL;
        }
        if (!rule.customerGroups().isEmpty() && Collections.disjoint(rule.customerGroups(), ctx.customerGroups())) {
            return Reason.CUSTOMER_GROUP_NOT_ELIGIBLE;
        }
        if (rule.requiresVoucher()) {
            Voucher voucher = null;
            for (String code : ctx.voucherCodes()) {
                Voucher v = vouchers.get(Voucher.normalize(code));
                if (v != null && v.discountId().equals(rule.id())) {
                    voucher = v;
                    break;
                }
            }
            if (voucher == null) {
                return Reason.VOUCHER_REQUIRED;
            }
            if ((voucher.validFrom().isPresent() && at.isBefore(voucher.validFrom().get()))
                    || (voucher.validUntil().isPresent() && !at.isBefore(voucher.validUntil().get()))) {
                return Reason.VOUCHER_NOT_VALID_NOW;
            }
            if (voucher.totalLimit().isPresent() && usage.timesUsed(voucher.code()) >= voucher.totalLimit().getAsLong()) {
                return Reason.VOUCHER_USAGE_LIMIT_REACHED;
            }
            if (voucher.perCustomerLimit().isPresent()) {
                if (ctx.customer().isEmpty()) {
                    return Reason.VOUCHER_NEEDS_CUSTOMER;
                }
                if (usage.timesUsedBy(voucher.code(), ctx.customer().get()) >= voucher.perCustomerLimit().getAsLong()) {
                    return Reason.VOUCHER_CUSTOMER_LIMIT_REACHED;
                }
            }
        }
        if (rule.minimumSpend().isPresent() && spend < rule.minimumSpend().get().minor()) {
            return Reason.MINIMUM_SPEND_NOT_MET;
        }
        return null;
    }

    private static boolean currencyMatches(Discount rule, CurrencyUnit cur) {
        if (rule.minimumSpend().isPresent() && !rule.minimumSpend().get().isIn(cur)) {
            return false;
        }
        DiscountEffect e = rule.effect();
        if (e instanceof AmountOff) {
            return ((AmountOff) e).amount().isIn(cur);
        }
        if (e instanceof ShippingAmountOff) {
            return ((ShippingAmountOff) e).amount().isIn(cur);
        }
        if (e instanceof BundlePrice) {
            return ((BundlePrice) e).price().isIn(cur);
        }
        return true;
    }

    private static boolean fixedAmountsWhole(DiscountEffect e, long major) {
        if (e instanceof AmountOff) {
            return ((AmountOff) e).amount().minor() % major == 0;
        }
        if (e instanceof ShippingAmountOff) {
            return ((ShippingAmountOff) e).amount().minor() % major == 0;
        }
        if (e instanceof BundlePrice) {
            return ((BundlePrice) e).price().minor() % major == 0;
        }
        return true;
    }

    private boolean hasDiscount(String id) {
        for (Discount d : discounts) {
            if (d.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Converts a list price between tax modes with the line's rate, half-up to the step. */
    private static long convert(long price, PriceMode from, PriceMode to, TaxRate rate, long wholeStep) {
        if (from == to) {
            return price;
        }
        long step = price % wholeStep == 0 ? wholeStep : 1;
        return from == PriceMode.TAX_INCLUSIVE ? price - rate.taxInInclusive(price, step, RoundingMode.HALF_UP)
                : price + rate.taxOnExclusive(price, step, RoundingMode.HALF_UP);
    }

    private static void requireCurrency(String field, Money amount, CurrencyUnit cur) {
        if (!amount.isIn(cur)) {
            throw new InvalidPricingRequestException(field, "must be in " + cur.getCurrencyCode() + ", was "
                    + amount.currency().getCurrencyCode());
        }
    }

    /** True when {@code amount} is a multiple of {@code major}; a constant divisor for 2-digit currencies. */
    private static boolean whole(long amount, long major) {
        return major == 100 ? amount % 100 == 0 : amount % major == 0;
    }

    private static long pow10(int e) {
        if (e == 2) {
            return 100; // IDR, USD, EUR: the common case, without the loop
        }
        long r = 1;
        for (int i = 0; i < e; i++) {
            r *= 10;
        }
        return r;
    }

    /** Builds a {@link PricingEngine}. */
    public static final class Builder {
        private PriceBook priceBook;
        private final List<Discount> discounts = new ArrayList<>();
        private final List<Voucher> vouchers = new ArrayList<>();
        private VoucherUsage usage = VoucherUsage.NONE;
        private TaxEngine taxEngine = IndonesiaPpn.perInvoice();
        private long maxCombinedBasisPoints = 10_000;
        private RoundingMode discountRounding = RoundingMode.DOWN;
        private ZoneId zone = ZoneId.of("Asia/Jakarta");
        private final Set<String> wholeUnitCurrencies = new HashSet<>(Set.of("IDR"));
        private boolean taxShipping;
        private Stacking stacking = Stacking.DECLARATION_ORDER;

        private Builder() {
        }

        /** How promotions of equal priority are ordered (default {@link Stacking#DECLARATION_ORDER}). */
        public Builder stacking(Stacking value) {
            this.stacking = Objects.requireNonNull(value, "stacking");
            return this;
        }

        /**
         * Taxes the shipping fee like the goods it delivers: each line's shipping share is added to
         * the line's taxable amount (default: shipping is not taxed).
         */
        public Builder taxShipping(boolean value) {
            this.taxShipping = value;
            return this;
        }

        /** Resolves unit prices from these price lists (they take precedence over request prices). */
        public Builder priceBook(PriceBook value) {
            this.priceBook = Objects.requireNonNull(value, "priceBook");
            return this;
        }

        /** Adds a promotion rule; ids must be unique. */
        public Builder discount(Discount value) {
            Objects.requireNonNull(value, "discount");
            for (Discount d : discounts) {
                if (d.id().equals(value.id())) {
                    throw new IllegalArgumentException("discount: duplicate id " + value.id());
                }
            }
            discounts.add(value);
            return this;
        }

        /** Adds a voucher code. */
        public Builder voucher(Voucher value) {
            vouchers.add(Objects.requireNonNull(value, "voucher"));
            return this;
        }

        /** Where voucher redemptions are counted (default: never used). */
        public Builder voucherUsage(VoucherUsage value) {
            this.usage = Objects.requireNonNull(value, "voucherUsage");
            return this;
        }

        /** The tax rules (default: {@link IndonesiaPpn#perInvoice()}). */
        public Builder taxEngine(TaxEngine value) {
            this.taxEngine = Objects.requireNonNull(value, "taxEngine");
            return this;
        }

        /** Caps all promotion discounts on goods together at this share of the subtotal (5000 = 50 %). */
        public Builder maxCombinedDiscount(long basisPoints) {
            if (basisPoints < 0 || basisPoints > 10_000) {
                throw new IllegalArgumentException("maxCombinedDiscount: must be between 0 and 10000, was " + basisPoints);
            }
            this.maxCombinedBasisPoints = basisPoints;
            return this;
        }

        /** How percentage discounts are rounded (default: down, in the customer's disfavour by at most one step). */
        public Builder discountRounding(RoundingMode value) {
            this.discountRounding = Objects.requireNonNull(value, "discountRounding");
            return this;
        }

        /** The zone whose calendar date picks dated tax rules (default Asia/Jakarta). */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** Prices a currency in whole major units when the inputs allow it (IDR is by default). */
        public Builder wholeUnitCurrency(String isoCode) {
            wholeUnitCurrencies.add(isoCode);
            return this;
        }

        /** The engine. */
        public PricingEngine build() {
            return new PricingEngine(this);
        }
    }
}
