package dev.orderan.json.internal;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.event.EventType;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderEvent.DiscountLine;
import dev.orderan.core.order.OrderEvent.PlacedLine;
import dev.orderan.core.order.OrderEvent.PriceData;
import dev.orderan.core.order.OrderEvent.PriceLine;
import dev.orderan.core.order.OrderEvent.RefundedUnits;
import dev.orderan.core.order.OrderEvent.ShippingArea;
import dev.orderan.core.order.OrderEvent.ShippingData;
import dev.orderan.core.order.OrderEvent.VoucherLine;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.json.JsonInputException;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of every order event (revision 1). The header carries the order (tenant and
 * aggregate id), the sequence and the time; {@code data} carries the rest, field by field as
 * documented in {@code docs/json.md}. One class because the codecs are one table: each entry is a
 * writer and a reader of one event type, side by side so they cannot drift apart.
 */
public final class OrderEventCodecs {

    private OrderEventCodecs() {
    }

    /** Reads an order event from its order, sequence, time and data. */
    @FunctionalInterface
    private interface OrderReader<E> {
        E read(OrderRef order, long sequence, Instant at, In data);
    }

    private static <E extends OrderEvent> EventCodec<E> codec(EventType type, Class<E> cls,
            BiConsumer<E, ObjectNode> writer, OrderReader<E> reader) {
        return new EventCodec<>(type, cls, writer,
                (h, d) -> reader.read(ref(h), h.sequence(), h.occurredAt(), d));
    }

    private static OrderRef ref(EventCodec.Header h) {
        try {
            return new OrderRef(h.tenant(), OrderId.of(h.aggregateId()));
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(h.root().pathOf("aggregateId"), "refused '" + h.aggregateId() + "': "
                    + e.getMessage(), e);
        }
    }

    private static <E extends OrderEvent> EventCodec<E> reason(EventType type, Class<E> cls,
            java.util.function.Function<E, String> get, OrderReader4<E> make) {
        return codec(type, cls, (e, d) -> d.put("reason", get.apply(e)),
                (o, s, t, d) -> make.make(o, s, t, d.text("reason")));
    }

    @FunctionalInterface
    private interface OrderReader4<E> {
        E make(OrderRef order, long sequence, Instant at, String text);
    }

    private static <E extends OrderEvent> EventCodec<E> oneText(EventType type, Class<E> cls, String field,
            java.util.function.Function<E, String> get, OrderReader4<E> make) {
        return codec(type, cls, (e, d) -> d.put(field, get.apply(e)),
                (o, s, t, d) -> make.make(o, s, t, d.text(field)));
    }

    /** Every order event codec. */
    public static List<EventCodec<?>> all() {
        return List.of(
                codec(OrderEvent.Placed.TYPE, OrderEvent.Placed.class, OrderEventCodecs::writePlaced,
                        OrderEventCodecs::readPlaced),
                codec(OrderEvent.PaymentDeadlineSet.TYPE, OrderEvent.PaymentDeadlineSet.class,
                        (e, d) -> d.put("deadline", e.deadline().toString()),
                        (o, s, t, d) -> new OrderEvent.PaymentDeadlineSet(o, s, t, d.instant("deadline"))),
                codec(OrderEvent.PaymentTermsAgreed.TYPE, OrderEvent.PaymentTermsAgreed.class,
                        (e, d) -> d.put("netDays", e.netDays()),
                        (o, s, t, d) -> new OrderEvent.PaymentTermsAgreed(o, s, t, d.intValue("netDays"))),
                codec(OrderEvent.PreOrderPromised.TYPE, OrderEvent.PreOrderPromised.class,
                        (e, d) -> d.put("promisedDate", e.promisedDate().toString()),
                        (o, s, t, d) -> new OrderEvent.PreOrderPromised(o, s, t, d.date("promisedDate"))),
                codec(OrderEvent.ProductionPlanned.TYPE, OrderEvent.ProductionPlanned.class,
                        (e, d) -> Out.texts(d, "stages", e.stages()),
                        (o, s, t, d) -> new OrderEvent.ProductionPlanned(o, s, t, d.texts("stages"))),
                codec(OrderEvent.FlaggedAsProbableDuplicate.TYPE, OrderEvent.FlaggedAsProbableDuplicate.class,
                        (e, d) -> d.put("probableDuplicateOf", e.probableDuplicateOf().value()),
                        (o, s, t, d) -> new OrderEvent.FlaggedAsProbableDuplicate(o, s, t,
                                d.value("probableDuplicateOf", OrderId::of))),
                codec(OrderEvent.StatusChanged.TYPE, OrderEvent.StatusChanged.class, (e, d) -> {
                    d.put("from", e.from().name());
                    d.put("to", e.to().name());
                    d.put("trigger", e.trigger().name());
                }, (o, s, t, d) -> new OrderEvent.StatusChanged(o, s, t, d.enumValue("from", OrderStatus.class),
                        d.enumValue("to", OrderStatus.class), d.enumValue("trigger", OrderTrigger.class))),
                oneText(OrderEvent.Approved.TYPE, OrderEvent.Approved.class, "approvedBy",
                        OrderEvent.Approved::approvedBy, OrderEvent.Approved::new),
                reason(OrderEvent.Rejected.TYPE, OrderEvent.Rejected.class, OrderEvent.Rejected::reason,
                        OrderEvent.Rejected::new),
                oneText(OrderEvent.DesignApproved.TYPE, OrderEvent.DesignApproved.class, "approvedBy",
                        OrderEvent.DesignApproved::approvedBy, OrderEvent.DesignApproved::new),
                oneText(OrderEvent.DesignRevised.TYPE, OrderEvent.DesignRevised.class, "specification",
                        OrderEvent.DesignRevised::specification, OrderEvent.DesignRevised::new),
                codec(OrderEvent.PaymentReceived.TYPE, OrderEvent.PaymentReceived.class, (e, d) -> {
                    Out.money(d, "amount", e.amount());
                    d.put("reference", e.reference());
                }, (o, s, t, d) -> new OrderEvent.PaymentReceived(o, s, t, d.money("amount"), d.text("reference"))),
                reason(OrderEvent.PaymentFailed.TYPE, OrderEvent.PaymentFailed.class, OrderEvent.PaymentFailed::reason,
                        OrderEvent.PaymentFailed::new),
                codec(OrderEvent.Refunded.TYPE, OrderEvent.Refunded.class, OrderEventCodecs::writeRefunded,
                        (o, s, t, d) -> new OrderEvent.Refunded(o, s, t, d.text("refundId"), d.money("amount"),
                                d.objects("units", u -> new RefundedUnits(u.intValue("lineIndex"),
                                        u.longValue("fromUnit"), u.longValue("count"), u.money("amount"))),
                                d.money("excess"), d.text("reason"))),
                oneText(OrderEvent.ForwardedToSupplier.TYPE, OrderEvent.ForwardedToSupplier.class, "supplier",
                        OrderEvent.ForwardedToSupplier::supplier, OrderEvent.ForwardedToSupplier::new),
                reason(OrderEvent.SupplierDeclined.TYPE, OrderEvent.SupplierDeclined.class,
                        OrderEvent.SupplierDeclined::reason, OrderEvent.SupplierDeclined::new),
                oneText(OrderEvent.StageCompleted.TYPE, OrderEvent.StageCompleted.class, "stage",
                        OrderEvent.StageCompleted::stage, OrderEvent.StageCompleted::new),
                codec(OrderEvent.Shipped.TYPE, OrderEvent.Shipped.class, (e, d) -> {
                    d.put("courier", e.courier());
                    d.put("trackingNumber", e.trackingNumber());
                }, (o, s, t, d) -> new OrderEvent.Shipped(o, s, t, d.text("courier"), d.text("trackingNumber"))),
                codec(OrderEvent.Delivered.TYPE, OrderEvent.Delivered.class, (e, d) -> { },
                        (o, s, t, d) -> new OrderEvent.Delivered(o, s, t)),
                reason(OrderEvent.DeliveryFailed.TYPE, OrderEvent.DeliveryFailed.class, OrderEvent.DeliveryFailed::reason,
                        OrderEvent.DeliveryFailed::new),
                codec(OrderEvent.Cancelled.TYPE, OrderEvent.Cancelled.class, (e, d) -> {
                    d.put("by", e.by().name());
                    d.put("reason", e.reason());
                }, (o, s, t, d) -> new OrderEvent.Cancelled(o, s, t, d.enumValue("by", CancelledBy.class),
                        d.text("reason"))),
                reason(OrderEvent.ReturnRequested.TYPE, OrderEvent.ReturnRequested.class,
                        OrderEvent.ReturnRequested::reason, OrderEvent.ReturnRequested::new),
                reason(OrderEvent.ReturnRejected.TYPE, OrderEvent.ReturnRejected.class,
                        OrderEvent.ReturnRejected::reason, OrderEvent.ReturnRejected::new),
                codec(OrderEvent.PersonalDataErased.TYPE, OrderEvent.PersonalDataErased.class, (e, d) -> { },
                        (o, s, t, d) -> new OrderEvent.PersonalDataErased(o, s, t)));
    }

    private static void writeRefunded(OrderEvent.Refunded e, ObjectNode d) {
        d.put("refundId", e.refundId());
        Out.money(d, "amount", e.amount());
        ArrayNode units = d.putArray("units");
        for (RefundedUnits u : e.units()) {
            ObjectNode o = units.addObject();
            o.put("lineIndex", u.lineIndex());
            o.put("fromUnit", u.fromUnit());
            o.put("count", u.count());
            Out.money(o, "amount", u.amount());
        }
        Out.money(d, "excess", e.excess());
        d.put("reason", e.reason());
    }

    private static void writePlaced(OrderEvent.Placed e, ObjectNode d) {
        d.put("orderType", e.orderType().name());
        d.put("lifecycle", e.lifecycle());
        d.put("channel", e.channel().name());
        d.put("customerId", e.customerId().value());
        ObjectNode area = d.putObject("shippingArea");
        area.put("postalCode", e.shippingArea().postalCode());
        area.put("city", e.shippingArea().city());
        area.put("province", e.shippingArea().province());
        ArrayNode lines = d.putArray("lines");
        for (PlacedLine l : e.lines()) {
            ObjectNode o = lines.addObject();
            o.put("sku", l.sku().value());
            o.put("productName", l.productName());
            o.put("description", l.description());
            o.put("quantity", l.quantity());
            Out.money(o, "lineDiscount", l.lineDiscount());
            o.put("taxCategory", l.taxCategory().name());
            o.put("category", l.category());
            o.put("service", l.service());
            o.put("serviceType", l.serviceType());
            o.put("serviceDuration", l.serviceDuration().toString());
            o.put("serviceSpecification", l.serviceSpecification());
        }
        PriceData p = e.price();
        ObjectNode price = d.putObject("price");
        price.put("currency", p.currency());
        price.put("priceMode", p.priceMode().name());
        price.put("amountStep", p.amountStep());
        price.put("taxStep", p.taxStep());
        price.put("shippingFeeMinor", p.shippingFeeMinor());
        price.put("shippingDiscountMinor", p.shippingDiscountMinor());
        price.put("shippingTaxed", p.shippingTaxed());
        ArrayNode priceLines = price.putArray("lines");
        for (PriceLine l : p.lines()) {
            ObjectNode o = priceLines.addObject();
            o.put("unitPriceMinor", l.unitPriceMinor());
            o.put("requestedUnitPriceMinor", l.requestedUnitPriceMinor());
            o.put("quantity", l.quantity());
            o.put("discountMinor", l.discountMinor());
            o.put("shippingMinor", l.shippingMinor());
            o.put("taxMinor", l.taxMinor());
            o.put("taxRateCode", l.taxRateCode());
            o.put("taxBaseNumerator", l.taxBaseNumerator());
            o.put("taxBaseDenominator", l.taxBaseDenominator());
            o.put("taxRateNumerator", l.taxRateNumerator());
            o.put("taxRateDenominator", l.taxRateDenominator());
            o.put("priceSource", l.priceSource());
        }
        ArrayNode discounts = price.putArray("discounts");
        for (DiscountLine l : p.discounts()) {
            ObjectNode o = discounts.addObject();
            o.put("discountId", l.discountId());
            o.put("reason", l.reason().name());
            o.put("amountMinor", l.amountMinor());
        }
        ArrayNode vouchers = price.putArray("vouchers");
        for (VoucherLine l : p.vouchers()) {
            ObjectNode o = vouchers.addObject();
            o.put("code", l.code());
            o.put("discountId", l.discountId());
            o.put("reason", l.reason().name());
            o.put("totalLimit", l.totalLimit());
            o.put("perCustomerLimit", l.perCustomerLimit());
        }
        d.put("paymentMethod", e.paymentMethod().name());
        ObjectNode shipping = d.putObject("shipping");
        shipping.put("courier", e.shipping().courier());
        shipping.put("serviceLevel", e.shipping().serviceLevel().name());
        shipping.put("etaDays", e.shipping().etaDays());
        Out.money(shipping, "requestedFee", e.shipping().requestedFee());
        Out.texts(d, "voucherCodes", e.voucherCodes());
        Out.texts(d, "customerGroups", e.customerGroups());
        d.put("account", e.account());
        d.put("idempotencyKey", e.idempotencyKey());
        d.put("initialStatus", e.initialStatus().name());
    }

    private static OrderEvent.Placed readPlaced(OrderRef order, long sequence, Instant at, In d) {
        return new OrderEvent.Placed(order, sequence, at,
                d.enumValue("orderType", OrderType.class),
                d.text("lifecycle"),
                d.enumValue("channel", SalesChannel.class),
                d.value("customerId", CustomerId::of),
                d.object("shippingArea", a -> new ShippingArea(a.text("postalCode"), a.text("city"), a.text("province"))),
                d.objects("lines", l -> new PlacedLine(l.value("sku", Sku::of), l.text("productName"),
                        l.text("description"), l.longValue("quantity"), l.money("lineDiscount"),
                        l.enumValue("taxCategory", TaxCategory.class), l.text("category"), l.bool("service"),
                        l.text("serviceType"), l.duration("serviceDuration"), l.text("serviceSpecification"))),
                d.object("price", p -> new PriceData(p.value("currency", OrderEventCodecs::currencyCode),
                        p.enumValue("priceMode", PriceMode.class), p.longValue("amountStep"), p.longValue("taxStep"),
                        p.longValue("shippingFeeMinor"), p.longValue("shippingDiscountMinor"), p.bool("shippingTaxed"),
                        p.objects("lines", l -> new PriceLine(l.longValue("unitPriceMinor"),
                                l.longValue("requestedUnitPriceMinor"), l.longValue("quantity"),
                                l.longValue("discountMinor"), l.longValue("shippingMinor"), l.longValue("taxMinor"),
                                l.text("taxRateCode"), l.longValue("taxBaseNumerator"),
                                l.longValue("taxBaseDenominator"), l.longValue("taxRateNumerator"),
                                l.longValue("taxRateDenominator"), l.text("priceSource"))),
                        p.objects("discounts", l -> new DiscountLine(l.text("discountId"),
                                l.enumValue("reason", DiscountOutcome.Reason.class), l.longValue("amountMinor"))),
                        p.objects("vouchers", l -> new VoucherLine(l.text("code"), l.text("discountId"),
                                l.enumValue("reason", DiscountOutcome.Reason.class), l.longValue("totalLimit"),
                                l.longValue("perCustomerLimit"))))),
                d.enumValue("paymentMethod", PaymentMethod.class),
                d.object("shipping", s -> new ShippingData(s.text("courier"),
                        s.enumValue("serviceLevel", ServiceLevel.class), s.intValue("etaDays"), s.money("requestedFee"))),
                d.texts("voucherCodes"),
                d.texts("customerGroups"),
                d.text("account"),
                d.text("idempotencyKey"),
                d.enumValue("initialStatus", OrderStatus.class));
    }

    /** Checks that a currency code is ISO 4217 (the event keeps the code as text). */
    private static String currencyCode(String code) {
        return dev.orderan.core.money.Currencies.of(code).getCurrencyCode();
    }
}
