package dev.orderan.analytics.replenishment;

import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * How a SKU is bought for a location.
 *
 * @param leadTime mean periods from ordering to receiving
 * @param leadTimeSd standard deviation of the lead time in periods
 * @param orderCost fixed cost of one purchase order (any currency unit, e.g. rupiah)
 * @param holdingCostPerUnitYear cost of holding one unit for a year in the same unit (typically
 *                               unit cost times a yearly rate of 20–30 %)
 * @param minimumOrderQuantity the supplier's minimum order quantity, 0 for none
 * @param packSize units per pack; orders are whole packs
 */
public record SupplyTerms(double leadTime, double leadTimeSd, double orderCost, double holdingCostPerUnitYear,
        long minimumOrderQuantity, long packSize) {

    /**
     * Validates.
     *
     * @throws ValidationFailedException naming every invalid field
     */
    public SupplyTerms {
        List<Violation> v = new ArrayList<>();
        if (!(leadTime >= 0) || Double.isInfinite(leadTime)) {
            v.add(new Violation("leadTime", "NonNegative", "must be a finite number of at least 0"));
        }
        if (!(leadTimeSd >= 0) || Double.isInfinite(leadTimeSd)) {
            v.add(new Violation("leadTimeSd", "NonNegative", "must be a finite number of at least 0"));
        }
        if (!(orderCost >= 0) || Double.isInfinite(orderCost)) {
            v.add(new Violation("orderCost", "NonNegative", "must be a finite number of at least 0"));
        }
        if (!(holdingCostPerUnitYear > 0) || Double.isInfinite(holdingCostPerUnitYear)) {
            v.add(new Violation("holdingCostPerUnitYear", "Positive", "must be a finite number greater than 0"));
        }
        if (minimumOrderQuantity < 0) {
            v.add(new Violation("minimumOrderQuantity", "NonNegative", "must be at least 0"));
        }
        if (packSize < 1) {
            v.add(new Violation("packSize", "Min", "must be at least 1"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException("SupplyTerms", v);
        }
    }
}
