package dev.orderan.inventory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.AggregateIds;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.Movement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything that happens to stock, as published events with stable types. Recorded in the store's
 * outbox with every committed change, whether or not anyone listens. Aggregates, each numbered from
 * 1 without gaps (a change that rolls back takes no number): the tenant's movement ledger
 * ({@code stock-ledger}, numbered by movement sequence), each reservation ({@code reservation}; a
 * reused id continues its sequence), the alert stream of each SKU at a location
 * ({@code stock-alert}), each channel's published quantity of a SKU ({@code channel-stock}) and each
 * inbound supply ({@code inbound-supply}). Payloads are plain values (no {@code Optional}); ids made
 * of several parts are built with {@link AggregateIds}.
 */
public sealed interface InventoryEvent extends DomainEvent {

    /** On hand changed: one ledger movement. */
    record StockMoved(TenantId tenantId, Movement movement, long onHandAfter) implements InventoryEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("stock.moved");

        /** Checks that nothing is missing. */
        public StockMoved {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(movement, "movement");
        }

        @Override
        public EventType type() {
            return TYPE;
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

    /** Events of one reservation. */
    sealed interface ReservationEvent extends InventoryEvent {
        /** The reservation. */
        ReservationId reservationId();

        @Override
        default String aggregateType() {
            return "reservation";
        }

        @Override
        default String aggregateId() {
            return reservationId().value();
        }
    }

    /**
     * A reservation now holds stock.
     *
     * @param tenantId the tenant
     * @param reservationId the reservation
     * @param owner the order it is for
     * @param lines the units held per order line and location
     * @param sequence position in the reservation's history
     * @param occurredAt when
     */
    record StockReserved(TenantId tenantId, ReservationId reservationId, OrderId owner, List<ReservedLine> lines,
            long sequence, Instant occurredAt) implements ReservationEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.reserved");

        /** Copies the lines. */
        public StockReserved {
            lines = List.copyOf(lines);
        }

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A reservation lapses at a moment unless committed first.
     *
     * @param tenantId the tenant
     * @param reservationId the reservation
     * @param expiresAt when it lapses
     * @param sequence position in the reservation's history
     * @param occurredAt when
     */
    record ReservationExpirySet(TenantId tenantId, ReservationId reservationId, Instant expiresAt, long sequence,
            Instant occurredAt) implements ReservationEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.expiry-set");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A reservation no longer lapses: it is held until it is committed or released.
     *
     * @param tenantId the tenant
     * @param reservationId the reservation
     * @param sequence position in the reservation's history
     * @param occurredAt when
     */
    record ReservationHeldUntilShipment(TenantId tenantId, ReservationId reservationId, long sequence,
            Instant occurredAt) implements ReservationEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.held-until-shipment");

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * Held units were sold (the goods shipped): all of them, or one parcel's share.
     *
     * @param tenantId the tenant
     * @param reservationId the reservation
     * @param sold the units sold by this commit per order line and location
     * @param complete true when the reservation holds nothing more
     * @param sequence position in the reservation's history
     * @param occurredAt when
     */
    record ReservationCommitted(TenantId tenantId, ReservationId reservationId, List<ReservedLine> sold,
            boolean complete, long sequence, Instant occurredAt) implements ReservationEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.committed");

        /** Copies the lines. */
        public ReservationCommitted {
            sold = List.copyOf(sold);
        }

        @Override
        public EventType type() {
            return TYPE;
        }
    }

    /**
     * A reservation gave its units back.
     *
     * @param tenantId the tenant
     * @param reservationId the reservation
     * @param released the units given back per order line and location
     * @param reason why
     * @param sequence position in the reservation's history
     * @param occurredAt when
     */
    record ReservationReleased(TenantId tenantId, ReservationId reservationId, List<ReservedLine> released,
            ReleaseReason reason, long sequence, Instant occurredAt) implements ReservationEvent {

        /** The published type. */
        public static final EventType TYPE = EventType.of("reservation.released");

        /** Copies the lines. */
        public ReservationReleased {
            released = List.copyOf(released);
        }

        @Override
        public EventType type() {
            return TYPE;
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

    /**
     * The quantity published to a sales channel changed ({@link Inventory#recordChannelStock});
     * channel adapters push it to the marketplace.
     */
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

        /** Copies the list. */
        public SupplySlipped {
            affectedOrders = List.copyOf(affectedOrders);
        }

        @Override
        public EventType type() {
            return TYPE;
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
