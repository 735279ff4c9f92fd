package dev.orderan.json.internal;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.json.JsonInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of {@link PlaceOrder} and of every {@link OrderCommand}. An order command names
 * itself in {@code "command"} (the record's name in kebab case: {@code confirm-payment}); its fields
 * follow beside it. Readers check JSON types only: the service validates the content, as it does for
 * commands built in Java.
 */
public final class Commands {

    private record Codec<C extends OrderCommand>(String name, Class<C> type, BiConsumer<C, ObjectNode> writer,
            Function<In, C> reader) {
        void write(OrderCommand c, ObjectNode o) {
            writer.accept(type.cast(c), o);
        }
    }

    private static final List<Codec<?>> CODECS = List.of(
            text("approve", OrderCommand.Approve.class, "approvedBy", OrderCommand.Approve::approvedBy,
                    OrderCommand.Approve::new),
            text("reject", OrderCommand.Reject.class, "reason", OrderCommand.Reject::reason, OrderCommand.Reject::new),
            text("approve-design", OrderCommand.ApproveDesign.class, "approvedBy", OrderCommand.ApproveDesign::approvedBy,
                    OrderCommand.ApproveDesign::new),
            text("revise-design", OrderCommand.ReviseDesign.class, "specification",
                    OrderCommand.ReviseDesign::specification, OrderCommand.ReviseDesign::new),
            new Codec<>("confirm-payment", OrderCommand.ConfirmPayment.class, (c, o) -> {
                Out.money(o, "amount", c.amount());
                o.put("reference", c.reference());
            }, in -> new OrderCommand.ConfirmPayment(in.money("amount"), in.text("reference"))),
            text("fail-payment", OrderCommand.FailPayment.class, "reason", OrderCommand.FailPayment::reason,
                    OrderCommand.FailPayment::new),
            empty("retry-payment", OrderCommand.RetryPayment.class, new OrderCommand.RetryPayment()),
            empty("expire-payment", OrderCommand.ExpirePayment.class, new OrderCommand.ExpirePayment()),
            empty("receive-supply", OrderCommand.ReceiveSupply.class, new OrderCommand.ReceiveSupply()),
            text("forward-to-supplier", OrderCommand.ForwardToSupplier.class, "supplier",
                    OrderCommand.ForwardToSupplier::supplier, OrderCommand.ForwardToSupplier::new),
            empty("confirm-by-supplier", OrderCommand.ConfirmBySupplier.class, new OrderCommand.ConfirmBySupplier()),
            text("decline-by-supplier", OrderCommand.DeclineBySupplier.class, "reason",
                    OrderCommand.DeclineBySupplier::reason, OrderCommand.DeclineBySupplier::new),
            text("complete-stage", OrderCommand.CompleteStage.class, "stage", OrderCommand.CompleteStage::stage,
                    OrderCommand.CompleteStage::new),
            empty("finish-production", OrderCommand.FinishProduction.class, new OrderCommand.FinishProduction()),
            empty("start-processing", OrderCommand.StartProcessing.class, new OrderCommand.StartProcessing()),
            empty("pack", OrderCommand.Pack.class, new OrderCommand.Pack()),
            new Codec<>("ship", OrderCommand.Ship.class, (c, o) -> {
                o.put("courier", c.courier());
                o.put("trackingNumber", c.trackingNumber());
            }, in -> new OrderCommand.Ship(in.text("courier"), in.text("trackingNumber"))),
            text("deliver", OrderCommand.Deliver.class, "receivedBy", OrderCommand.Deliver::receivedBy,
                    OrderCommand.Deliver::new),
            text("return-to-sender", OrderCommand.ReturnToSender.class, "reason", OrderCommand.ReturnToSender::reason,
                    OrderCommand.ReturnToSender::new),
            empty("complete", OrderCommand.Complete.class, new OrderCommand.Complete()),
            new Codec<>("cancel", OrderCommand.Cancel.class, (c, o) -> {
                o.put("by", c.by().name());
                o.put("reason", c.reason());
            }, in -> new OrderCommand.Cancel(in.enumValue("by", CancelledBy.class), in.text("reason"))),
            text("request-return", OrderCommand.RequestReturn.class, "reason", OrderCommand.RequestReturn::reason,
                    OrderCommand.RequestReturn::new),
            empty("receive-return", OrderCommand.ReceiveReturn.class, new OrderCommand.ReceiveReturn()),
            text("reject-return", OrderCommand.RejectReturn.class, "reason", OrderCommand.RejectReturn::reason,
                    OrderCommand.RejectReturn::new),
            new Codec<>("refund", OrderCommand.Refund.class, (c, o) -> {
                o.put("refundId", c.refundId());
                ArrayNode units = o.putArray("units");
                c.units().forEach(u -> units.add(Values.unit(u)));
                o.put("reason", c.reason());
            }, in -> new OrderCommand.Refund(in.text("refundId"), in.objects("units", Values::unit),
                    in.text("reason"))),
            new Codec<>("refund-all", OrderCommand.RefundAll.class, (c, o) -> {
                o.put("refundId", c.refundId());
                o.put("reason", c.reason());
            }, in -> new OrderCommand.RefundAll(in.text("refundId"), in.text("reason"))),
            new Codec<>("refund-excess", OrderCommand.RefundExcess.class, (c, o) -> {
                o.put("refundId", c.refundId());
                o.put("reason", c.reason());
            }, in -> new OrderCommand.RefundExcess(in.text("refundId"), in.text("reason"))),
            empty("erase-personal-data", OrderCommand.ErasePersonalData.class, new OrderCommand.ErasePersonalData()));

    private static final Map<String, Codec<?>> BY_NAME = new HashMap<>();
    private static final Map<Class<?>, Codec<?>> BY_CLASS = new HashMap<>();

    static {
        for (Codec<?> c : CODECS) {
            BY_NAME.put(c.name(), c);
            BY_CLASS.put(c.type(), c);
        }
    }

    private Commands() {
    }

    private static <C extends OrderCommand> Codec<C> text(String name, Class<C> type, String field,
            Function<C, String> get, Function<String, C> make) {
        return new Codec<>(name, type, (c, o) -> o.put(field, get.apply(c)), in -> make.apply(in.text(field)));
    }

    private static <C extends OrderCommand> Codec<C> empty(String name, Class<C> type, C value) {
        return new Codec<>(name, type, (c, o) -> { }, in -> value);
    }

    /** The names of every order command, as written in {@code "command"}. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        CODECS.forEach(c -> out.add(c.name()));
        return out;
    }

    /** Writes an order command. */
    public static ObjectNode write(OrderCommand c) {
        Codec<?> codec = BY_CLASS.get(c.getClass());
        if (codec == null) {
            throw new IllegalArgumentException("command: no JSON form for " + c.getClass().getName());
        }
        ObjectNode o = Out.object();
        o.put("command", codec.name());
        codec.write(c, o);
        return o;
    }

    /** Reads an order command. */
    public static OrderCommand read(In in) {
        String name = in.text("command");
        Codec<?> codec = BY_NAME.get(name);
        if (codec == null) {
            throw new JsonInputException(in.pathOf("command"), "'" + name + "' is not a known order command; known: "
                    + String.join(", ", names()));
        }
        return codec.reader().apply(in);
    }

    /** Writes a placement. */
    public static ObjectNode writePlacement(PlaceOrder p) {
        ObjectNode o = Out.object();
        o.put("tenant", p.tenantId().value());
        o.put("orderId", p.orderId().value());
        o.put("idempotencyKey", p.idempotencyKey());
        o.put("type", p.type().name());
        o.put("channel", p.channel().name());
        o.set("customer", Values.customer(p.customer()));
        Values.lines(o, "lines", p.lines());
        ArrayNode discounts = o.putArray("orderDiscounts");
        p.orderDiscounts().forEach(m -> discounts.add(Out.money(m)));
        o.put("paymentMethod", p.paymentMethod().name());
        o.set("shipping", Values.shipping(p.shipping()));
        Values.paymentTerms(o, "paymentTerms", p.paymentTerms());
        Out.text(o, "promisedDate", p.promisedDate().map(Object::toString));
        Out.texts(o, "productionStages", p.productionStages());
        o.put("notes", p.notes());
        Out.texts(o, "voucherCodes", p.voucherCodes());
        Out.texts(o, "customerGroups", p.customerGroups());
        Out.text(o, "account", p.account());
        o.put("priceMode", p.priceMode().name());
        return o;
    }

    /** Reads a placement. */
    public static PlaceOrder readPlacement(In in) {
        return new PlaceOrder(in.value("tenant", TenantId::of), in.value("orderId", OrderId::of),
                in.text("idempotencyKey"), in.enumValue("type", OrderType.class),
                in.enumValue("channel", SalesChannel.class), in.object("customer", Values::customer),
                in.objects("lines", Values::line), in.objects("orderDiscounts", In::readMoney),
                in.enumValue("paymentMethod", PaymentMethod.class), in.object("shipping", Values::shipping),
                in.optionalObject("paymentTerms", Values::paymentTerms),
                in.optionalValue("promisedDate", java.time.LocalDate::parse), in.texts("productionStages"),
                in.text("notes"), in.texts("voucherCodes"), new LinkedHashSet<>(in.texts("customerGroups")),
                in.optionalText("account"), in.enumValue("priceMode", PriceMode.class));
    }
}
