package dev.orderan.analytics.replenishment;

import dev.orderan.analytics.forecast.NormalDistribution;

/**
 * The textbook formulas of inventory control (Silver, Pyke and Thomas, <i>Inventory and
 * Production Management in Supply Chains</i>, 4th ed., ch. 4 and 6), with every quantity in units
 * and every time in demand periods.
 */
public final class InventoryMath {

    private InventoryMath() {
    }

    /**
     * The safety factor k for a cycle service level: the probability of no stock-out in a
     * replenishment cycle (0.95 gives 1.6449).
     *
     * @throws IllegalArgumentException unless 0 &lt; serviceLevel &lt; 1
     */
    public static double safetyFactor(double serviceLevel) {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("serviceLevel must be strictly between 0 and 1: " + serviceLevel);
        }
        return NormalDistribution.quantile(serviceLevel);
    }

    /**
     * Safety stock when both demand per period and lead time vary:
     * {@code k sqrt(L sd_d^2 + d^2 sd_L^2)}.
     *
     * @param demandPerPeriod mean demand per period over the lead time
     * @param demandSd standard deviation of one period's demand (or forecast error)
     * @param leadTime mean lead time in periods
     * @param leadTimeSd standard deviation of the lead time in periods
     */
    public static double safetyStock(double serviceLevel, double demandPerPeriod, double demandSd, double leadTime,
            double leadTimeSd) {
        nonNegative("demandPerPeriod", demandPerPeriod);
        nonNegative("demandSd", demandSd);
        nonNegative("leadTime", leadTime);
        nonNegative("leadTimeSd", leadTimeSd);
        double k = safetyFactor(serviceLevel);
        return k * Math.sqrt(leadTime * demandSd * demandSd + demandPerPeriod * demandPerPeriod * leadTimeSd * leadTimeSd);
    }

    /**
     * The economic order quantity {@code sqrt(2 D K / h)} (Harris 1913), with demand {@code D}
     * and holding cost {@code h} per unit over the same span of time (e.g. a year).
     *
     * @param demand units demanded per span
     * @param orderCost fixed cost of placing one order
     * @param holdingCost cost of holding one unit for the span
     */
    public static double economicOrderQuantity(double demand, double orderCost, double holdingCost) {
        nonNegative("demand", demand);
        nonNegative("orderCost", orderCost);
        if (!(holdingCost > 0)) {
            throw new IllegalArgumentException("holdingCost must be greater than 0: " + holdingCost);
        }
        return Math.sqrt(2 * demand * orderCost / holdingCost);
    }

    /**
     * The smallest quantity of at least {@code quantity} that meets the minimum order quantity
     * and is a whole number of packs.
     */
    public static long roundToOrder(double quantity, long minimumOrderQuantity, long packSize) {
        if (minimumOrderQuantity < 0 || packSize < 1) {
            throw new IllegalArgumentException("minimumOrderQuantity must be at least 0 and packSize at least 1");
        }
        if (!(quantity > 0)) {
            return 0;
        }
        double wanted = Math.max(quantity, minimumOrderQuantity);
        long packs = (long) Math.ceil(wanted / packSize - 1e-9);
        return packs * packSize;
    }

    private static void nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number of at least 0: " + v);
        }
    }
}
