package dev.orderan.json.internal;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.barcode.PackVerified;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.json.JsonInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of the inventory events (revision 1) and of {@code pack.verified}. Where an event's
 * aggregate id is made from its data (a SKU and a location, say), the data holds the parts and the
 * reader checks that they give the header's aggregate id.
 */
public final class InventoryEventCodecs {

    private InventoryEventCodecs() {
    }

    /** Every inventory event codec. */
    public static List<EventCodec<?>> all() {
        return List.of(
                new EventCodec<>(InventoryEvent.StockMoved.TYPE, InventoryEvent.StockMoved.class, (e, d) -> {
                    Movement m = e.movement();
                    d.put("sku", m.sku().value());
                    d.put("location", m.location().value());
                    d.put("delta", m.delta());
                    d.put("reason", m.reason().name());
                    d.put("reference", m.reference());
                    d.put("onHandAfter", e.onHandAfter());
                }, (h, d) -> new InventoryEvent.StockMoved(h.tenant(), new Movement(h.sequence(),
                        d.value("sku", Sku::of), d.value("location", LocationId::of), d.longValue("delta"),
                        d.enumValue("reason", MovementReason.class), d.text("reference"), h.occurredAt()),
                        d.longValue("onHandAfter"))),
                new EventCodec<>(InventoryEvent.StockReserved.TYPE, InventoryEvent.StockReserved.class, (e, d) -> {
                    d.put("owner", e.owner().value());
                    lines(d, "lines", e.lines());
                }, (h, d) -> new InventoryEvent.StockReserved(h.tenant(), reservation(h), d.value("owner", OrderId::of),
                        lines(d, "lines"), h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.ReservationExpirySet.TYPE, InventoryEvent.ReservationExpirySet.class,
                        (e, d) -> d.put("expiresAt", e.expiresAt().toString()),
                        (h, d) -> new InventoryEvent.ReservationExpirySet(h.tenant(), reservation(h),
                                d.instant("expiresAt"), h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.ReservationHeldUntilShipment.TYPE,
                        InventoryEvent.ReservationHeldUntilShipment.class, (e, d) -> { },
                        (h, d) -> new InventoryEvent.ReservationHeldUntilShipment(h.tenant(), reservation(h),
                                h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.ReservationCommitted.TYPE, InventoryEvent.ReservationCommitted.class,
                        (e, d) -> {
                            lines(d, "sold", e.sold());
                            d.put("complete", e.complete());
                        }, (h, d) -> new InventoryEvent.ReservationCommitted(h.tenant(), reservation(h),
                                lines(d, "sold"), d.bool("complete"), h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.ReservationReleased.TYPE, InventoryEvent.ReservationReleased.class,
                        (e, d) -> {
                            lines(d, "released", e.released());
                            d.put("reason", e.reason().name());
                        }, (h, d) -> new InventoryEvent.ReservationReleased(h.tenant(), reservation(h),
                                lines(d, "released"), d.enumValue("reason", ReleaseReason.class), h.sequence(),
                                h.occurredAt())),
                new EventCodec<>(InventoryEvent.LowStock.TYPE, InventoryEvent.LowStock.class, (e, d) -> {
                    d.put("sku", e.sku().value());
                    d.put("location", e.location().value());
                    d.put("available", e.available());
                    d.put("threshold", e.threshold());
                }, (h, d) -> new InventoryEvent.LowStock(h.tenant(), d.value("sku", Sku::of),
                        d.value("location", LocationId::of), d.longValue("available"), d.longValue("threshold"),
                        h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.OutOfStock.TYPE, InventoryEvent.OutOfStock.class, (e, d) -> {
                    d.put("sku", e.sku().value());
                    d.put("location", e.location().value());
                }, (h, d) -> new InventoryEvent.OutOfStock(h.tenant(), d.value("sku", Sku::of),
                        d.value("location", LocationId::of), h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.ChannelStockChanged.TYPE, InventoryEvent.ChannelStockChanged.class,
                        (e, d) -> {
                            d.put("channel", e.channel());
                            d.put("sku", e.sku().value());
                            d.put("quantity", e.quantity());
                        }, (h, d) -> new InventoryEvent.ChannelStockChanged(h.tenant(), d.text("channel"),
                                d.value("sku", Sku::of), d.longValue("quantity"), h.sequence(), h.occurredAt())),
                new EventCodec<>(InventoryEvent.SupplySlipped.TYPE, InventoryEvent.SupplySlipped.class, (e, d) -> {
                    d.put("supplyReference", e.supplyReference());
                    d.put("sku", e.sku().value());
                    d.put("location", e.location().value());
                    d.put("from", e.from().toString());
                    d.put("to", e.to().toString());
                    Out.texts(d, "affectedOrders", e.affectedOrders());
                }, (h, d) -> new InventoryEvent.SupplySlipped(h.tenant(), d.text("supplyReference"),
                        d.value("sku", Sku::of), d.value("location", LocationId::of), d.date("from"), d.date("to"),
                        d.values("affectedOrders", OrderId::of), h.sequence(), h.occurredAt())),
                new EventCodec<>(PackVerified.TYPE, PackVerified.class, (e, d) -> {
                    d.put("packer", e.packer());
                    ObjectNode units = d.putObject("units");
                    // Sorted by SKU so the same event always gives the same text.
                    e.units().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .forEach(u -> units.put(u.getKey().value(), u.getValue().longValue()));
                }, (h, d) -> new PackVerified(h.tenant(), orderId(h), h.sequence(), h.occurredAt(), d.text("packer"),
                        d.map("units", Sku::of, In::longValue))));
    }

    private static ReservationId reservation(EventCodec.Header h) {
        try {
            return new ReservationId(h.aggregateId());
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(h.root().pathOf("aggregateId"), "refused '" + h.aggregateId() + "': "
                    + e.getMessage(), e);
        }
    }

    private static OrderId orderId(EventCodec.Header h) {
        try {
            return OrderId.of(h.aggregateId());
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(h.root().pathOf("aggregateId"), "refused '" + h.aggregateId() + "': "
                    + e.getMessage(), e);
        }
    }

    private static void lines(ObjectNode d, String field, List<ReservedLine> lines) {
        ArrayNode a = d.putArray(field);
        for (ReservedLine l : lines) {
            ObjectNode o = a.addObject();
            o.put("line", l.line());
            o.put("sku", l.sku().value());
            o.put("location", l.location().value());
            o.put("quantity", l.quantity());
        }
    }

    private static List<ReservedLine> lines(In d, String field) {
        return new ArrayList<>(d.objects(field, l -> new ReservedLine(l.intValue("line"), l.value("sku", Sku::of),
                l.value("location", LocationId::of), l.longValue("quantity"))));
    }
}
