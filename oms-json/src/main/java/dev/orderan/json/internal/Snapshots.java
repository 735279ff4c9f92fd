package dev.orderan.json.internal;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderPersonalData;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderSnapshot;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceBreakdown;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.pricing.VoucherUse;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.core.tax.TaxRate;
import dev.orderan.json.JsonInputException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link OrderSnapshot}: {@code "schema": "order-snapshot", "revision": 1} and
 * one field per snapshot component. The personal data is written only on request, so a store can
 * keep it in a place of its own and erase it there.
 */
public final class Snapshots {

    /** The schema name written in every snapshot document. */
    public static final String SCHEMA = "order-snapshot";
    /** The revision this code writes and reads. */
    public static final int REVISION = 1;

    private Snapshots() {
    }

    /** Writes a snapshot, with or without its personal data. */
    public static ObjectNode write(OrderSnapshot s, boolean withPersonalData) {
        ObjectNode o = Out.object();
        o.put("schema", SCHEMA);
        o.put("revision", REVISION);
        o.put("tenant", s.ref().tenantId().value());
        o.put("orderId", s.ref().orderId().value());
        o.put("version", s.version());
        o.put("type", s.type().name());
        o.put("lifecycle", s.lifecycle());
        o.put("channel", s.channel().name());
        o.put("customerId", s.customerId().value());
        if (withPersonalData) {
            o.set("personalData", Values.personalData(s.personalData()));
        }
        ObjectNode area = o.putObject("shippingArea");
        area.put("postalCode", s.shippingArea().postalCode());
        area.put("city", s.shippingArea().city());
        area.put("province", s.shippingArea().province());
        Values.lines(o, "lines", s.lines());
        o.set("price", price(s.price()));
        o.put("paymentMethod", s.paymentMethod().name());
        Out.text(o, "paymentDeadline", s.paymentDeadline().map(Instant::toString));
        Out.money(o, "amountPaid", s.amountPaid());
        Out.texts(o, "paymentReferences", s.paymentReferences());
        o.put("paymentFailed", s.paymentFailed());
        Out.money(o, "amountRefunded", s.amountRefunded());
        Out.money(o, "refundedUnitsValue", s.refundedUnitsValue());
        ArrayNode units = o.putArray("refundedUnits");
        s.refundedUnits().forEach(u -> units.add(Values.unit(u)));
        Out.texts(o, "refundIds", s.refundIds());
        o.set("shipping", Values.shipping(s.shipping()));
        Out.text(o, "courier", s.courier());
        Out.text(o, "trackingNumber", s.trackingNumber());
        Values.paymentTerms(o, "paymentTerms", s.paymentTerms());
        Out.text(o, "promisedDate", s.promisedDate().map(Object::toString));
        Out.texts(o, "productionStages", s.productionStages());
        Out.texts(o, "completedStages", s.completedStages());
        Out.text(o, "specification", s.specification());
        Out.text(o, "approvedBy", s.approvedBy());
        Out.text(o, "supplier", s.supplier());
        Out.text(o, "lastProblem", s.lastProblem());
        Out.text(o, "cancelledBy", s.cancelledBy().map(Enum::name));
        o.put("status", s.status().name());
        ObjectNode times = o.putObject("statusTimestamps");
        // In the order of the statuses, so the same snapshot always gives the same text.
        for (OrderStatus st : OrderStatus.values()) {
            Instant at = s.statusTimestamps().get(st);
            if (at != null) {
                times.put(st.name(), at.toString());
            }
        }
        o.put("placedAt", s.placedAt().toString());
        o.put("updatedAt", s.updatedAt().toString());
        o.put("idempotencyKey", s.idempotencyKey());
        Out.text(o, "probableDuplicateOf", s.probableDuplicateOf().map(OrderId::value));
        Out.texts(o, "voucherCodes", s.voucherCodes());
        Out.texts(o, "customerGroups", s.customerGroups());
        Out.text(o, "account", s.account());
        return o;
    }

    /**
     * Reads a snapshot.
     *
     * @param personalData the personal data kept apart, or empty when the document holds it
     */
    public static OrderSnapshot read(In o, Optional<OrderPersonalData> personalData) {
        String schema = o.text("schema");
        if (!SCHEMA.equals(schema)) {
            throw new JsonInputException(o.pathOf("schema"), "must be '" + SCHEMA + "', was '" + schema + "'");
        }
        int revision = o.intValue("revision");
        if (revision != REVISION) {
            throw new JsonInputException(o.pathOf("revision"), SCHEMA + " revision " + revision
                    + " is not known; known: [" + REVISION + "]");
        }
        OrderRef ref = new OrderRef(o.value("tenant", TenantId::of), o.value("orderId", OrderId::of));
        long version = o.longValue("version");
        OrderType type = o.enumValue("type", OrderType.class);
        String lifecycle = o.text("lifecycle");
        SalesChannel channel = o.enumValue("channel", SalesChannel.class);
        CustomerId customerId = o.value("customerId", CustomerId::of);
        OrderPersonalData pd;
        if (personalData.isPresent()) {
            if (o.has("personalData")) {
                throw new JsonInputException(o.pathOf("personalData"), "must not be here: the personal data is kept apart");
            }
            pd = personalData.get();
        } else {
            pd = o.object("personalData", Values::personalData);
        }
        return new OrderSnapshot(ref, version, type, lifecycle, channel, customerId, pd,
                o.object("shippingArea", a -> new OrderEvent.ShippingArea(a.text("postalCode"), a.text("city"),
                        a.text("province"))),
                o.objects("lines", Values::line),
                o.object("price", Snapshots::price),
                o.enumValue("paymentMethod", PaymentMethod.class),
                o.optionalInstant("paymentDeadline"),
                o.money("amountPaid"),
                o.texts("paymentReferences"),
                o.bool("paymentFailed"),
                o.money("amountRefunded"),
                o.money("refundedUnitsValue"),
                o.objects("refundedUnits", Values::unit),
                o.texts("refundIds"),
                o.object("shipping", Values::shipping),
                o.optionalText("courier"),
                o.optionalText("trackingNumber"),
                o.optionalObject("paymentTerms", Values::paymentTerms),
                o.optionalValue("promisedDate", java.time.LocalDate::parse),
                o.texts("productionStages"),
                o.texts("completedStages"),
                o.optionalText("specification"),
                o.optionalText("approvedBy"),
                o.optionalText("supplier"),
                o.optionalText("lastProblem"),
                o.optionalEnum("cancelledBy", CancelledBy.class),
                o.enumValue("status", OrderStatus.class),
                o.map("statusTimestamps", s -> In.enumOf(o.pathOf("statusTimestamps") + "." + s, s, OrderStatus.class),
                        (m, name) -> m.instant(name)),
                o.instant("placedAt"),
                o.instant("updatedAt"),
                o.text("idempotencyKey"),
                o.optionalValue("probableDuplicateOf", OrderId::of),
                o.texts("voucherCodes"),
                o.texts("customerGroups"),
                o.optionalText("account"));
    }

    private static ObjectNode price(PriceBreakdown.Snapshot p) {
        ObjectNode o = Out.object();
        o.put("currency", p.currency().getCurrencyCode());
        o.put("priceMode", p.priceMode().name());
        o.put("amountStep", p.amountStep());
        o.put("taxStep", p.taxStep());
        o.put("shippingFeeMinor", p.shippingFeeMinor());
        o.put("shippingDiscountMinor", p.shippingDiscountMinor());
        o.put("shippingTaxed", p.shippingTaxed());
        ArrayNode lines = o.putArray("lines");
        for (PriceBreakdown.SnapshotLine l : p.lines()) {
            ObjectNode x = lines.addObject();
            x.put("sku", l.sku().value());
            x.put("taxCategory", l.taxCategory().name());
            ObjectNode rate = x.putObject("taxRate");
            rate.put("code", l.taxRate().code());
            rate.put("baseNumerator", l.taxRate().baseNumerator());
            rate.put("baseDenominator", l.taxRate().baseDenominator());
            rate.put("rateNumerator", l.taxRate().rateNumerator());
            rate.put("rateDenominator", l.taxRate().rateDenominator());
            x.put("priceSource", l.priceSource());
            x.put("unitPriceMinor", l.unitPriceMinor());
            x.put("requestedUnitPriceMinor", l.requestedUnitPriceMinor());
            x.put("quantity", l.quantity());
            x.put("discountMinor", l.discountMinor());
            x.put("shippingMinor", l.shippingMinor());
            x.put("taxMinor", l.taxMinor());
        }
        ArrayNode outcomes = o.putArray("discountOutcomes");
        for (DiscountOutcome d : p.discountOutcomes()) {
            ObjectNode x = outcomes.addObject();
            x.put("discountId", d.discountId());
            x.put("reason", d.reason().name());
            Out.money(x, "amount", d.amount());
        }
        ArrayNode vouchers = o.putArray("voucherUses");
        for (VoucherUse v : p.voucherUses()) {
            ObjectNode x = vouchers.addObject();
            x.put("code", v.code());
            x.put("discountId", v.discountId());
            x.put("reason", v.reason().name());
            optionalLong(x, "totalLimit", v.totalLimit());
            optionalLong(x, "perCustomerLimit", v.perCustomerLimit());
        }
        return o;
    }

    private static void optionalLong(ObjectNode o, String field, OptionalLong v) {
        if (v.isPresent()) {
            o.put(field, v.getAsLong());
        } else {
            o.putNull(field);
        }
    }

    private static OptionalLong optionalLong(In in, String field) {
        Optional<Long> v = in.optionalLong(field);
        return v.isPresent() ? OptionalLong.of(v.get()) : OptionalLong.empty();
    }

    private static PriceBreakdown.Snapshot price(In p) {
        return new PriceBreakdown.Snapshot(p.currency("currency"), p.enumValue("priceMode", PriceMode.class),
                p.longValue("amountStep"), p.longValue("taxStep"), p.longValue("shippingFeeMinor"),
                p.longValue("shippingDiscountMinor"),
                p.objects("lines", l -> new PriceBreakdown.SnapshotLine(l.value("sku", Sku::of),
                        l.enumValue("taxCategory", TaxCategory.class),
                        l.object("taxRate", r -> new TaxRate(r.text("code"), r.longValue("baseNumerator"),
                                r.longValue("baseDenominator"), r.longValue("rateNumerator"),
                                r.longValue("rateDenominator"))),
                        l.text("priceSource"), l.longValue("unitPriceMinor"), l.longValue("requestedUnitPriceMinor"),
                        l.longValue("quantity"), l.longValue("discountMinor"), l.longValue("shippingMinor"),
                        l.longValue("taxMinor"))),
                p.objects("discountOutcomes", d -> new DiscountOutcome(d.text("discountId"),
                        d.enumValue("reason", DiscountOutcome.Reason.class), d.money("amount"))),
                p.bool("shippingTaxed"),
                p.objects("voucherUses", v -> new VoucherUse(v.text("code"), v.text("discountId"),
                        v.enumValue("reason", DiscountOutcome.Reason.class), optionalLong(v, "totalLimit"),
                        optionalLong(v, "perCustomerLimit"))));
    }
}
