package dev.orderan.inventory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.AggregateIds;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.stock.Movement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything inventory tells the host. Aggregates: the tenant's movement ledger ({@code stock-ledger},
 * numbered by movement sequence), each reservation ({@code reservation}: 1 reserved, 2 committed or
 * released), the alert stream of each SKU at a location ({@code stock-alert}), each channel's
 * published quantity of a SKU ({@code channel-stock}) and each inbound supply ({@code inbound-supply}).
 * A verified pack is announced by {@link dev.orderan.inventory.barcode.PackVerified}.
 */
public sealed interface InventoryEvent extends DomainEvent {

    /** On hand changed: one ledger movement. */
    record StockMoved(TenantId tenantId, Movement movement, long onHandAfter) implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("stock.moved");

        @Override
        public EventType type() {
            return TYPE;
        }

        /** Checks that nothing is missing. */
        public StockMoved {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(movement, "movement");
        }

        @Override
        public String aggregateType() {
            return "stock-ledger";
        }

        @Override
        public String aggregateId() {
            return "ledger";
        }

        @Override
        public long sequence() {
            return movement.sequence();
        }

        @Override
        public Instant occurredAt() {
            return movement.at();
        }
    }

    /** A reservation now holds stock. */
    record StockReserved(TenantId tenantId, Reservation reservation, Instant occurredAt) implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.reserved");

        @Override
        public EventType type() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "reservation";
        }

        @Override
        public String aggregateId() {
            return reservation.id().value();
        }

        @Override
        public long sequence() {
            return 1;
        }
    }

    /** A reservation was committed at shipment; its units left as a sale. */
    record ReservationCommitted(TenantId tenantId, Reservation reservation, Instant occurredAt)
            implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.committed");

        @Override
        public EventType type() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "reservation";
        }

        @Override
        public String aggregateId() {
            return reservation.id().value();
        }

        @Override
        public long sequence() {
            return 2;
        }
    }

    /** A reservation gave its units back. */
    record ReservationReleased(TenantId tenantId, Reservation reservation, ReleaseReason reason, Instant occurredAt)
            implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.released");

        @Override
        public EventType type() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "reservation";
        }

        @Override
        public String aggregateId() {
            return reservation.id().value();
        }

        @Override
        public long sequence() {
            return 2;
        }
    }

    /** Available stock fell to or below the low-stock threshold (and is still above zero). */
    record LowStock(TenantId tenantId, Sku sku, LocationId location, long available, long threshold, long sequence,
            Instant occurredAt) implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("stock-alert.low-stock");

        @Override
        public EventType type() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "stock-alert";
        }

        @Override
        public String aggregateId() {
            return AggregateIds.of(sku.value(), location.value());
        }
    }

    /** Available stock reached zero. */
    record OutOfStock(TenantId tenantId, Sku sku, LocationId location, long sequence, Instant occurredAt)
            implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("stock-alert.out-of-stock");

        @Override
        public EventType type() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "stock-alert";
        }

        @Override
        public String aggregateId() {
            return AggregateIds.of(sku.value(), location.value());
        }
    }

    /** The quantity published to a sales channel changed; channel adapters push it to the marketplace. */
    record ChannelStockChanged(TenantId tenantId, String channel, Sku sku, long quantity, long sequence,
            Instant occurredAt) implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("channel-stock.changed");

        @Override
        public EventType type() {
            return TYPE;
        }

        @Override
        public String aggregateType() {
            return "channel-stock";
        }

        @Override
        public String aggregateId() {
            return AggregateIds.of(channel, sku.value());
        }
    }

    /** Inbound supply was moved to a later date; the orders promised out of it are named. */
    record SupplySlipped(TenantId tenantId, String supplyReference, Sku sku, LocationId location, LocalDate from,
            LocalDate to, List<OrderId> affectedOrders, long sequence, Instant occurredAt) implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("inbound-supply.slipped");

        @Override
        public EventType type() {
            return TYPE;
        }

        /** Copies the list. */
        public SupplySlipped {
            affectedOrders = List.copyOf(affectedOrders);
        }

        @Override
        public String aggregateType() {
            return "inbound-supply";
        }

        @Override
        public String aggregateId() {
            return AggregateIds.of(supplyReference, sku.value(), location.value());
        }
    }
}
