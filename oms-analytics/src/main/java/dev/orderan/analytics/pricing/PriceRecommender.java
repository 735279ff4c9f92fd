package dev.orderan.analytics.pricing;

import dev.orderan.analytics.ProgressListener;
import dev.orderan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Recommends a price per SKU under {@link Guardrails}, in this order, each step explained:
 * <ol>
 *   <li><b>demand</b>: with an elasticity β whose 95 % interval lies below −1, the profit-maximising
 *   price cost · β / (1 + β) (the Lerner rule for constant elasticity); with an interval above −1
 *   (inelastic), a higher price; otherwise the data do not support a change;</li>
 *   <li><b>stock</b>: overstock (days of cover above the limit) or a slow mover (no sale for too
 *   long) marks the price down; low stock (few days of cover) never lowers it;</li>
 *   <li><b>competitor</b>: within the floor and ceiling shares of the competitor's price;</li>
 *   <li><b>maximum change per day</b> from today's price;</li>
 *   <li><b>minimum margin</b>: never below cost / (1 − minimum margin) — this limit wins over all others;</li>
 *   <li><b>price step</b>: rounded to the nearest step inside the limits (today's price is kept
 *   as it is when no step asked for a change).</li>
 * </ol>
 */
public final class PriceRecommender {

    private final Guardrails guardrails;

    private PriceRecommender(Guardrails guardrails) {
        this.guardrails = guardrails;
    }

    /** A recommender keeping these guardrails. */
    public static PriceRecommender with(Guardrails guardrails) {
        return new PriceRecommender(Objects.requireNonNull(guardrails, "guardrails"));
    }

    /** The recommendation for one SKU. */
    public PriceRecommendation recommend(PricingInput in) {
        Objects.requireNonNull(in, "input");
        Guardrails g = guardrails;
        CurrencyUnit currency = in.currentPrice().currency();
        double current = in.currentPrice().minor();
        double cost = in.unitCost().minor();
        List<String> why = new ArrayList<>();
        double target = current;

        if (in.elasticity().isPresent()) {
            Elasticity e = in.elasticity().get();
            String beta = String.format(Locale.ROOT, "elasticity %.2f (95%% interval %.2f to %.2f, %d days)",
                    e.coefficient(), e.lower95(), e.upper95(), e.observations());
            if (e.isSignificantlyElastic() && cost <= 0) {
                why.add(beta + " is below −1, but without a unit cost the profit-maximising price is undefined: "
                        + "demand does not set a price.");
            } else if (e.isSignificantlyElastic()) {
                target = cost * e.coefficient() / (1 + e.coefficient());
                why.add(beta + " is below −1: the profit-maximising price at unit cost " + money(cost, currency)
                        + " is cost × β / (1 + β) = " + money(target, currency) + ".");
            } else if (e.isSignificantlyInelastic()) {
                target = current * (1 + g.maxChangePerDay());
                why.add(beta + " is above −1: a higher price loses proportionally fewer sales than it gains, so raise.");
            } else {
                why.add(beta + " is not clearly above or below −1: demand does not call for a change.");
            }
        } else {
            why.add("No elasticity estimate: demand does not call for a change.");
        }

        double cover = in.averageDailyUnits() > 0 ? in.onHand() / in.averageDailyUnits()
                : in.onHand() > 0 ? Double.POSITIVE_INFINITY : 0;
        String coverText = Double.isInfinite(cover) ? "no recent sales" : String.format(Locale.ROOT, "%.0f days of cover", cover);
        boolean overstock = in.onHand() > 0 && cover > g.overstockDaysOfCover();
        boolean slowMover = in.onHand() > 0 && in.daysSinceLastSale() >= g.slowMoverDaysWithoutSale();
        if (overstock || slowMover) {
            double markdown = current * (1 - g.markdownRate());
            if (target > markdown) {
                target = markdown;
                why.add((overstock ? "Overstock: " + in.onHand() + " units, " + coverText + " (limit "
                        + fmt(g.overstockDaysOfCover()) + ")" : "Slow mover: no sale for " + in.daysSinceLastSale() + " days")
                        + ": mark down " + pct(g.markdownRate()) + " to " + money(markdown, currency) + ".");
            }
        } else if (cover < g.lowStockDaysOfCover() && target < current) {
            target = current;
            why.add("Low stock: " + coverText + " (below " + fmt(g.lowStockDaysOfCover()) + "): the price is not lowered.");
        }

        if (in.competitorPrice().isPresent()) {
            double competitor = in.competitorPrice().get().minor();
            double low = competitor * g.competitorFloorRate();
            double high = competitor * g.competitorCeilingRate();
            if (target < low) {
                target = low;
                why.add("Raised to " + pct(g.competitorFloorRate()) + " of the competitor's " + money(competitor, currency)
                        + " = " + money(low, currency) + ".");
            } else if (target > high) {
                target = high;
                why.add("Capped at " + pct(g.competitorCeilingRate()) + " of the competitor's " + money(competitor, currency)
                        + " = " + money(high, currency) + ".");
            }
        }

        double down = current * (1 - g.maxChangePerDay());
        double up = current * (1 + g.maxChangePerDay());
        if (target < down) {
            target = down;
            why.add("Limited to the maximum change of " + pct(g.maxChangePerDay()) + " a day: " + money(down, currency) + ".");
        } else if (target > up) {
            target = up;
            why.add("Limited to the maximum change of " + pct(g.maxChangePerDay()) + " a day: " + money(up, currency) + ".");
        }

        double floor = cost / (1 - g.minMarginRate());
        boolean floorWins = target < floor;
        if (floorWins) {
            target = floor;
            why.add("The minimum margin of " + pct(g.minMarginRate()) + " on unit cost " + money(cost, currency)
                    + " needs at least " + money(floor, currency) + "; this limit wins over the others.");
        }

        long step = g.priceStepMinor();
        long lowestAllowed = ceilTo(floor, step);
        long rounded = Math.max(step, Math.round(target / step) * step);
        if (!floorWins) {
            // Rounding must not undo the daily limit: step back inside it when the nearest step is outside.
            if (rounded > up) {
                rounded = floorTo(up, step);
            } else if (rounded < down) {
                rounded = ceilTo(down, step);
            }
        }
        if (rounded < lowestAllowed) {
            rounded = lowestAllowed;
        }
        long currentMinor = in.currentPrice().minor();
        if (target == current && currentMinor >= lowestAllowed) {
            rounded = currentMinor; // nothing asked for a change: keep today's price even if it is off the step grid
        }
        PriceRecommendation.Action action = rounded > currentMinor ? PriceRecommendation.Action.RAISE
                : rounded < currentMinor ? PriceRecommendation.Action.LOWER : PriceRecommendation.Action.KEEP;
        why.add(switch (action) {
            case RAISE -> "Recommended: raise to " + Money.ofMinor(rounded, currency) + ".";
            case LOWER -> "Recommended: lower to " + Money.ofMinor(rounded, currency) + ".";
            case KEEP -> "Recommended: keep " + Money.ofMinor(rounded, currency) + ".";
        });
        return new PriceRecommendation(in.sku(), in.currentPrice(), Money.ofMinor(rounded, currency), action, why);
    }

    /** Recommendations for many SKUs, in input order, reporting progress every 1000. */
    public List<PriceRecommendation> recommendAll(List<PricingInput> inputs, ProgressListener progress) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(progress, "progress");
        List<PriceRecommendation> out = new ArrayList<>(inputs.size());
        for (PricingInput in : inputs) {
            out.add(recommend(in));
            if (out.size() % 1000 == 0) {
                progress.progress("pricing", out.size(), inputs.size());
            }
        }
        progress.progress("pricing", out.size(), inputs.size());
        return List.copyOf(out);
    }

    private static long ceilTo(double value, long step) {
        return (long) Math.ceil(value / step - 1e-9) * step;
    }

    private static long floorTo(double value, long step) {
        return (long) Math.floor(value / step + 1e-9) * step;
    }

    private static String money(double minor, CurrencyUnit currency) {
        return Money.ofMinor(Math.round(minor), currency).toString();
    }

    private static String pct(double rate) {
        return fmt(rate * 100) + " %";
    }

    private static String fmt(double v) {
        double tenths = Math.rint(v * 10) / 10; // 1.10 × 100 is 110.00000000000001 in binary
        return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }
}
