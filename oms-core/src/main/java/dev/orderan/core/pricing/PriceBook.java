package dev.orderan.core.pricing;

import dev.orderan.core.common.Sku;
import dev.orderan.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * All price lists, and the rule that picks a SKU's unit price for a context: among lists valid at
 * the moment, in the order's currency, whose scope applies and which price the SKU, the most
 * specific scope wins (contract, customer group, channel, retail); among equally specific lists the
 * one that became valid last wins (effective dating), then the lower id.
 */
public final class PriceBook {

    private final List<PriceList> lists;

    private PriceBook(List<PriceList> lists) {
        this.lists = List.copyOf(lists);
    }

    /** A book with these lists. */
    public static PriceBook of(List<PriceList> lists) {
        return new PriceBook(lists);
    }

    /** A book with these lists. */
    public static PriceBook of(PriceList... lists) {
        return new PriceBook(List.of(lists));
    }

    /**
     * A resolved price.
     *
     * @param unitPrice the unit price, in {@code mode}
     * @param mode whether the price includes tax
     * @param priceListId the list it came from
     */
    public record Resolved(Money unitPrice, PriceMode mode, String priceListId) {
    }

    /** The unit price of a SKU at a quantity for a context and moment, if any list prices it. */
    public Optional<Resolved> resolve(Sku sku, long quantity, CurrencyUnit currency, PricingContext context, Instant at) {
        Objects.requireNonNull(sku, "sku");
        PriceList best = null;
        Money bestPrice = null;
        for (PriceList list : lists) {
            if (!list.currency().equals(currency) || !list.isValidAt(at) || !list.scope().appliesTo(context)) {
                continue;
            }
            Optional<Money> price = list.unitPrice(sku, quantity);
            if (price.isEmpty()) {
                continue;
            }
            if (best == null || better(list, best)) {
                best = list;
                bestPrice = price.get();
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Resolved(bestPrice, best.mode(), best.id()));
    }

    private static boolean better(PriceList candidate, PriceList current) {
        int bySpecificity = candidate.scope().kind().compareTo(current.scope().kind());
        if (bySpecificity != 0) {
            return bySpecificity > 0;
        }
        int byDate = candidate.validFrom().compareTo(current.validFrom());
        if (byDate != 0) {
            return byDate > 0;
        }
        return candidate.id().compareTo(current.id()) < 0;
    }
}
