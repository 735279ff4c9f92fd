package dev.orderan.analytics.replenishment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggests purchase orders per SKU and location with a continuous-review reorder-point policy:
 * when the inventory position (on hand + inbound − reserved − backordered) is at or below the
 * reorder point, order up to the reorder point plus the economic order quantity, raised to the
 * minimum order quantity and rounded up to whole packs.
 *
 * <p>The reorder point is the forecast demand over the lead time (summing the forecast path, so
 * trend, season and calendar events within the lead time count) plus safety stock
 * {@code k sqrt(L sd_d^2 + d^2 sd_L^2)}, with {@code k} the normal quantile of the target cycle
 * service level and {@code d} the mean forecast per period over the lead time.
 */
public final class ReplenishmentPlanner {

    /** One SKU at one location to plan. */
    public record Item(StockPosition stock, DemandOutlook demand, SupplyTerms terms, double serviceLevel) {
        /** Checks the item. */
        public Item {
            Objects.requireNonNull(stock, "stock");
            Objects.requireNonNull(demand, "demand");
            Objects.requireNonNull(terms, "terms");
            if (!(serviceLevel > 0 && serviceLevel < 1)) {
                throw new IllegalArgumentException("serviceLevel of " + stock.sku() + "@" + stock.location()
                        + " must be strictly between 0 and 1: " + serviceLevel);
            }
        }
    }

    /** A suggested purchase order line. */
    public record PurchaseOrderSuggestion(String sku, String location, long quantity, long packs) {
    }

    /**
     * The plan for one item.
     *
     * @param leadTimeDemand forecast units over the lead time
     * @param safetyStock units held against demand and lead-time variability
     * @param reorderPoint lead-time demand plus safety stock
     * @param economicOrderQuantity the unrounded EOQ
     * @param inventoryPosition the position the decision was made on
     * @param order the suggested order, empty when the position is above the reorder point
     * @param explanation the arithmetic in words
     */
    public record Line(String sku, String location, double leadTimeDemand, double safetyStock, double reorderPoint,
            double economicOrderQuantity, long inventoryPosition, Optional<PurchaseOrderSuggestion> order,
            String explanation) {
    }

    /** Plans one item. */
    public Line plan(Item item) {
        Objects.requireNonNull(item, "item");
        StockPosition s = item.stock();
        SupplyTerms t = item.terms();
        DemandOutlook d = item.demand();
        double leadTimeDemand = d.demandOver(t.leadTime());
        double perPeriod = t.leadTime() > 0 ? leadTimeDemand / t.leadTime() : d.mean()[0];
        double safety = InventoryMath.safetyStock(item.serviceLevel(), perPeriod, d.sdPerPeriod(), t.leadTime(),
                t.leadTimeSd());
        double rop = leadTimeDemand + safety;
        double eoq = InventoryMath.economicOrderQuantity(d.annualDemand(), t.orderCost(), t.holdingCostPerUnitYear());
        long position = s.inventoryPosition();
        StringBuilder why = new StringBuilder();
        why.append(String.format(Locale.ROOT,
                "lead-time demand %.1f + safety stock %.1f (service level %.1f%%, k=%.3f) = reorder point %.1f; "
                        + "inventory position %d (on hand %d + inbound %d - reserved %d - backordered %d)",
                leadTimeDemand, safety, 100 * item.serviceLevel(), InventoryMath.safetyFactor(item.serviceLevel()), rop,
                position, s.onHand(), s.inbound(), s.reserved(), s.backordered()));
        Optional<PurchaseOrderSuggestion> order = Optional.empty();
        if (position <= rop) {
            double wanted = rop + eoq - position;
            long qty = InventoryMath.roundToOrder(wanted, t.minimumOrderQuantity(), t.packSize());
            if (qty > 0) {
                order = Optional.of(new PurchaseOrderSuggestion(s.sku(), s.location(), qty, qty / t.packSize()));
                why.append(String.format(Locale.ROOT,
                        " <= reorder point: order up to %.1f + EOQ %.1f, i.e. %.1f units, as %d (MOQ %d, %d packs of %d)",
                        rop, eoq, wanted, qty, t.minimumOrderQuantity(), qty / t.packSize(), t.packSize()));
            }
        } else {
            why.append(" > reorder point: no order");
        }
        return new Line(s.sku(), s.location(), leadTimeDemand, safety, rop, eoq, position, order, why.toString());
    }

    /** Plans every item, in order. */
    public List<Line> plan(List<Item> items) {
        List<Line> out = new ArrayList<>(items.size());
        for (Item i : items) {
            out.add(plan(i));
        }
        return out;
    }
}
