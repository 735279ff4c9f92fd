package dev.orderan.core.order;

import dev.orderan.core.event.AggregateIds;
import dev.orderan.core.money.Money;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Hand-written checks, natural keys and fingerprints of {@link OrderCommand}s. Commands are small
 * records, so checking them by hand keeps reflection off the path every status change takes.
 */
final class OrderCommands {

    private OrderCommands() {
    }

    /** Every broken rule of a command against the order's price (its currency, lines and units), with field paths. */
    static List<Violation> violations(OrderCommand c, PriceBreakdown price) {
        CurrencyUnit currency = price.currency();
        List<Violation> v = new ArrayList<>(2);
        if (c instanceof OrderCommand.Approve x) {
            text(v, "approvedBy", x.approvedBy(), 200);
        } else if (c instanceof OrderCommand.Reject x) {
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.ApproveDesign x) {
            text(v, "approvedBy", x.approvedBy(), 200);
        } else if (c instanceof OrderCommand.ReviseDesign x) {
            text(v, "specification", x.specification(), 4000);
        } else if (c instanceof OrderCommand.ConfirmPayment x) {
            Money a = x.amount();
            if (a == null) {
                v.add(new Violation("amount", "NotNull", "must not be null"));
            } else if (currency != null && !a.isIn(currency)) {
                v.add(new Violation("amount", "SameCurrency", "must be in " + currency.getCurrencyCode()
                        + " like the order, was " + a.currency().getCurrencyCode()));
            } else if (!a.isPositive()) {
                v.add(new Violation("amount", "Positive", "must be greater than 0, was " + a));
            }
            text(v, "reference", x.reference(), 200);
        } else if (c instanceof OrderCommand.FailPayment x) {
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.ForwardToSupplier x) {
            text(v, "supplier", x.supplier(), 200);
        } else if (c instanceof OrderCommand.DeclineBySupplier x) {
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.CompleteStage x) {
            text(v, "stage", x.stage(), 100);
        } else if (c instanceof OrderCommand.Ship x) {
            text(v, "courier", x.courier(), 50);
            text(v, "trackingNumber", x.trackingNumber(), 64);
        } else if (c instanceof OrderCommand.Deliver x) {
            text(v, "receivedBy", x.receivedBy(), 200);
        } else if (c instanceof OrderCommand.ReturnToSender x) {
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.Cancel x) {
            if (x.by() == null) {
                v.add(new Violation("by", "NotNull", "must not be null"));
            }
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.RequestReturn x) {
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.RejectReturn x) {
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.Refund x) {
            text(v, "refundId", x.refundId(), 100);
            text(v, "reason", x.reason(), 1000);
            if (x.units() == null || x.units().isEmpty()) {
                v.add(new Violation("units", "NotEmpty", "must name at least one unit"));
            } else if (x.units().contains(null)) {
                for (int i = 0; i < x.units().size(); i++) {
                    if (x.units().get(i) == null) {
                        v.add(new Violation("units[" + i + "]", "NotNull", "must not be null"));
                    }
                }
            } else {
                // Checked before a repeat is recognised, so a repeat is held to the same rules.
                unitViolations(v, x.units(), price);
            }
        } else if (c instanceof OrderCommand.RefundAll x) {
            text(v, "refundId", x.refundId(), 100);
            text(v, "reason", x.reason(), 1000);
        } else if (c instanceof OrderCommand.RefundExcess x) {
            text(v, "refundId", x.refundId(), 100);
            text(v, "reason", x.reason(), 1000);
        }
        return v;
    }

    /** Adds a violation for every unit the order does not have and every unit named twice. */
    static void unitViolations(List<Violation> v, List<UnitRef> units, PriceBreakdown price) {
        Map<UnitRef, Integer> seen = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            UnitRef u = units.get(i);
            if (u.lineIndex() >= price.lineCount()) {
                v.add(new Violation("units[" + i + "].lineIndex", "Range", "must be below the order's "
                        + price.lineCount() + " lines, was " + u.lineIndex()));
            } else if (u.unitIndex() >= price.quantity(u.lineIndex())) {
                v.add(new Violation("units[" + i + "].unitIndex", "Range", "must be below the line's quantity "
                        + price.quantity(u.lineIndex()) + ", was " + u.unitIndex()));
            } else if (seen.putIfAbsent(u, i) != null) {
                v.add(new Violation("units[" + i + "]", "Unique", "repeats units[" + seen.get(u) + "]"));
            }
        }
    }

    private static void text(List<Violation> v, String path, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(path, "NotBlank", "must not be blank"));
        } else if (value.length() > max) {
            v.add(new Violation(path, "Size", "size must be between 0 and " + max + ", was " + value.length()));
        }
    }

    /**
     * The key a command is deduplicated by within its order when the caller gives no command id:
     * payments by reference, shipments by tracking number, refunds by refund id.
     */
    static Optional<String> naturalKey(OrderCommand c) {
        if (c instanceof OrderCommand.ConfirmPayment x) {
            return Optional.of(AggregateIds.of("payment", x.reference()));
        } else if (c instanceof OrderCommand.Ship x) {
            return Optional.of(AggregateIds.of("shipment", x.trackingNumber()));
        } else if (c instanceof OrderCommand.Refund x) {
            return Optional.of(AggregateIds.of("refund", x.refundId()));
        } else if (c instanceof OrderCommand.RefundAll x) {
            return Optional.of(AggregateIds.of("refund", x.refundId()));
        } else if (c instanceof OrderCommand.RefundExcess x) {
            return Optional.of(AggregateIds.of("refund", x.refundId()));
        }
        return Optional.empty();
    }

    /** A fingerprint of a command's content, to tell a repeat from a conflicting reuse of its key. */
    static String fingerprint(OrderCommand c) {
        Fingerprint.Builder f = Fingerprint.builder().field(c.getClass().getSimpleName());
        if (c instanceof OrderCommand.ConfirmPayment x) {
            f.money(x.amount()).field(x.reference());
        } else if (c instanceof OrderCommand.Ship x) {
            f.field(x.courier()).field(x.trackingNumber());
        } else if (c instanceof OrderCommand.Refund x) {
            // A refund names a set of units (each at most once, checked before this), so the order in
            // which they are listed is not content: the same units in another order are a repeat.
            List<UnitRef> units = new ArrayList<>(x.units());
            units.sort(Comparator.comparingInt(UnitRef::lineIndex).thenComparingLong(UnitRef::unitIndex));
            f.field(x.refundId()).field(x.reason()).number(units.size());
            for (UnitRef u : units) {
                f.number(u.lineIndex()).number(u.unitIndex());
            }
        } else if (c instanceof OrderCommand.RefundAll x) {
            f.field(x.refundId()).field(x.reason());
        } else if (c instanceof OrderCommand.RefundExcess x) {
            f.field(x.refundId()).field(x.reason());
        } else if (c instanceof OrderCommand.Cancel x) {
            f.field(x.by().name()).field(x.reason());
        } else if (c instanceof OrderCommand.Approve x) {
            f.field(x.approvedBy());
        } else if (c instanceof OrderCommand.ApproveDesign x) {
            f.field(x.approvedBy());
        } else if (c instanceof OrderCommand.ReviseDesign x) {
            f.field(x.specification());
        } else if (c instanceof OrderCommand.ForwardToSupplier x) {
            f.field(x.supplier());
        } else if (c instanceof OrderCommand.CompleteStage x) {
            f.field(x.stage());
        } else if (c instanceof OrderCommand.Deliver x) {
            f.field(x.receivedBy());
        } else if (c instanceof OrderCommand.Reject x) {
            f.field(x.reason());
        } else if (c instanceof OrderCommand.FailPayment x) {
            f.field(x.reason());
        } else if (c instanceof OrderCommand.DeclineBySupplier x) {
            f.field(x.reason());
        } else if (c instanceof OrderCommand.ReturnToSender x) {
            f.field(x.reason());
        } else if (c instanceof OrderCommand.RequestReturn x) {
            f.field(x.reason());
        } else if (c instanceof OrderCommand.RejectReturn x) {
            f.field(x.reason());
        }
        return f.hash();
    }
}
