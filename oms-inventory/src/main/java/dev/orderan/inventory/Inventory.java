package dev.orderan.inventory;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.atp.Backorder;
import dev.orderan.inventory.atp.InboundSupply;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.sourcing.Destination;
import dev.orderan.inventory.sourcing.SourcingLine;
import dev.orderan.inventory.sourcing.SourcingPlan;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.store.Transaction;
import dev.orderan.inventory.reservation.ReservedLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stock of one tenant: a movement ledger per SKU and location, reservations and inbound supply. Every operation is all-or-nothing: a rejected call changes nothing and throws an
 * exception carrying the data the caller needs ({@link dev.orderan.inventory.stock.InsufficientStockException},
 * {@link dev.orderan.inventory.stock.UnknownStockException},
 * {@link dev.orderan.core.validation.ValidationFailedException} with field paths, ...).
 *
 * <p>Every change records events ({@link InventoryEvent}) in the store's outbox, whether or not a
 * listener is registered. The reservation operations an order needs also run inside the order's
 * transaction ({@link #reserve(Transaction, ReservationRequest)} and its siblings), so the order and
 * its stock commit together; the variants taking {@link EventMetadata} give the stock's events the
 * order command's command and correlation ids and the order event that caused them.
 *
 * <p>One engine holds one tenant's stock ({@link #tenantId()}); hosts serving several tenants keep
 * one engine per tenant (see {@link TenantInventories}), so a tenant can never see another's stock.
 */
public interface Inventory {

    /** The tenant whose stock this is. */
    TenantId tenantId();

    // ---------------------------------------------------------------- ledger

    /**
     * Books a receipt of {@code quantity} units (a {@link MovementReason#RECEIPT} movement).
     * Idempotent by reference: a goods receipt delivered again with the same reference, SKU, location
     * and quantity returns the first movement and books nothing; with another quantity it is refused
     * with {@link MovementConflictException}.
     */
    Movement receive(Sku sku, LocationId location, long quantity, String reference);

    /**
     * Books a correction: {@code delta} units (positive or negative) with a reason other than
     * receipt, sale or transfer (use {@link #receive}, {@link #commit} and {@link #transfer}).
     * Decreases take only unreserved stock, except stock-take variances, which post what was counted.
     * Idempotent by reason and reference, like {@link #receive}.
     */
    Movement adjust(Sku sku, LocationId location, long delta, MovementReason reason, String reference);

    /**
     * Moves unreserved units between locations: a transfer-out and a transfer-in movement.
     * Idempotent by reference, like {@link #receive}.
     */
    List<Movement> transfer(Sku sku, LocationId from, LocationId to, long quantity, String reference);

    /** Holds {@code units} back from sale at the SKU and location (never reserved). */
    void setSafetyStock(Sku sku, LocationId location, long units);

    // ---------------------------------------------------------------- reservations

    /**
     * Reserves every line or none. Idempotent by id: a repeat with the same content returns the
     * reservation as it is now (whatever its status); a repeat with other content is rejected with
     * {@link dev.orderan.inventory.reservation.ReservationConflictException}. Lines without a
     * location are placed by the engine's sourcing strategy.
     */
    Reservation reserve(ReservationRequest request);

    /** {@link #reserve(ReservationRequest)} inside a transaction of the caller (an order's). */
    Reservation reserve(Transaction tx, ReservationRequest request);

    /**
     * {@link #reserve(Transaction, ReservationRequest)} whose events carry {@code metadata}: the
     * command id and correlation id of the order command, and as causation the id of the order event
     * that asked for the stock.
     */
    Reservation reserve(Transaction tx, ReservationRequest request, EventMetadata metadata);

    /**
     * Commits a reservation at shipment: the units it still holds become sale movements. Repeating
     * is harmless.
     *
     * @throws dev.orderan.inventory.reservation.ReservationStateException if it was released: a
     *     reservation that is not active never turns into a sale silently
     */
    Reservation commit(ReservationId id);

    /** {@link #commit(ReservationId)} inside a transaction of the caller. */
    Reservation commit(Transaction tx, ReservationId id);

    /** {@link #commit(Transaction, ReservationId)} whose events carry {@code metadata} (see {@link #reserve(Transaction, ReservationRequest, EventMetadata)}). */
    Reservation commit(Transaction tx, ReservationId id, EventMetadata metadata);

    /**
     * Commits part of a reservation (one parcel of a split shipment): each given line names a held
     * line (order line, SKU and location) and the units to sell from it. The rest stays held; the
     * reservation is committed once nothing is held.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException naming the part that does not
     *     match a held line ({@code part[i]}), names another SKU than the line holds
     *     ({@code part[i].sku}) or asks for more than it holds ({@code part[i].quantity}); nothing
     *     changes
     */
    Reservation commit(ReservationId id, List<ReservedLine> part);

    /** {@link #commit(ReservationId, List)} inside a transaction of the caller (a split shipment of an order). */
    Reservation commit(Transaction tx, ReservationId id, List<ReservedLine> part);

    /** {@link #commit(Transaction, ReservationId, List)} whose events carry {@code metadata}. */
    Reservation commit(Transaction tx, ReservationId id, List<ReservedLine> part, EventMetadata metadata);

    /** Releases a reservation (cancel, payment failure, ...). Repeating is harmless. */
    Reservation release(ReservationId id, ReleaseReason reason);

    /** {@link #release(ReservationId, ReleaseReason)} inside a transaction of the caller. */
    Reservation release(Transaction tx, ReservationId id, ReleaseReason reason);

    /** {@link #release(Transaction, ReservationId, ReleaseReason)} whose events carry {@code metadata}. */
    Reservation release(Transaction tx, ReservationId id, ReleaseReason reason, EventMetadata metadata);

    /** Releases every active reservation whose expiry is at or before {@code now}; the sweeper hosts call. */
    List<Reservation> releaseExpired(Instant now);

    /**
     * Removes the expiry of an active reservation, so it is held until it is committed or released:
     * call it when the order is paid, or a 24-hour virtual-account hold would lapse before shipment.
     *
     * @throws dev.orderan.inventory.reservation.ReservationStateException if it is not active
     */
    Reservation holdUntilShipment(ReservationId id);

    /**
     * Drops a committed or released reservation so its id may be used again; active reservations
     * are kept. Hosts call this once their idempotency window for the id has passed.
     *
     * @return true when a settled reservation was dropped
     */
    boolean forget(ReservationId id);

    /** The reservation with the id, if known. */
    Optional<Reservation> reservation(ReservationId id);

    /** Every active reservation of an order. */
    List<Reservation> reservationsOf(OrderId owner);

    // ---------------------------------------------------------------- queries

    /** The stock of a SKU at a location, if the SKU was ever stocked there. */
    Optional<StockLevel> level(Sku sku, LocationId location);

    /** The stock of a SKU at every location where it was ever stocked. */
    List<StockLevel> levels(Sku sku);

    /** Units that can be promised now at a location (zero when unknown, never below zero). */
    long available(Sku sku, LocationId location);

    /** Units that can be promised now over all locations. */
    long available(Sku sku);

    /** Every SKU the engine has stocked. */
    List<Sku> skus();

    /** The ledger of a SKU at a location, oldest first (from an index; no scan of the whole ledger). */
    List<Movement> movements(Sku sku, LocationId location);

    /** Every movement with a sequence number above {@code sequence}, oldest first. */
    List<Movement> movementsAfter(long sequence);

    /**
     * The sequence number of the latest movement (0 when the ledger is empty). Movements are numbered
     * from 1 without gaps; a movement rolled back with its transaction leaves no entry.
     */
    long lastMovementSequence();

    /**
     * Checks every invariant (not oversold, reserved = Σ active reservations, on hand = Σ movements)
     * and reports the differences. Exact when no operation runs concurrently.
     */
    VerificationReport verify();

    // ---------------------------------------------------------------- available to promise

    /** Announces inbound supply, or replaces the announcement with the same reference, SKU and location. */
    void expectInbound(InboundSupply supply);

    /** Open inbound supply of a SKU at a location, earliest first. */
    List<InboundSupply> inbound(Sku sku, LocationId location);

    /**
     * Units that can be promised for delivery on {@code date} at a location: available now plus
     * inbound supply expected on or before the date, less what was already promised out of it.
     */
    long availableToPromise(Sku sku, LocationId location, LocalDate date);

    /** {@link #availableToPromise(Sku, LocationId, LocalDate)} summed over all locations. */
    long availableToPromise(Sku sku, LocalDate date);

    /**
     * Promises units out of the earliest inbound supply at the location that still has them free
     * (backorder or pre-order). Idempotent by id.
     *
     * @throws dev.orderan.inventory.stock.InsufficientStockException when no single supply can cover the quantity
     */
    Backorder backorder(ReservationId id, OrderId owner, Sku sku, LocationId location, long quantity);

    /** Open backorders promised out of a supply. */
    List<Backorder> backorders(String supplyReference, Sku sku, LocationId location);

    /**
     * Moves inbound supply to a new date. When later, a
     * {@link InventoryEvent.SupplySlipped} names the orders promised out of it.
     *
     * @return the orders whose promise moved
     */
    List<OrderId> rescheduleInbound(String supplyReference, Sku sku, LocationId location, LocalDate newDate);

    /**
     * Receives inbound supply: a receipt movement, the supply reduced, and its backorders (earliest
     * promise first, as far as the units go) turned into active reservations with their ids.
     *
     * @return the reservations made from backorders
     */
    List<Reservation> receiveInbound(String supplyReference, Sku sku, LocationId location, long quantity);

    // ---------------------------------------------------------------- channels

    /**
     * Records that the quantity published to a sales channel for a SKU is now {@code quantity}: an
     * {@link InventoryEvent.ChannelStockChanged} numbered in that channel and SKU's own stream,
     * recorded in the outbox like every other event (listeners hear it after the commit).
     * {@link dev.orderan.inventory.channel.ChannelStockPublisher} calls it when a number changes.
     *
     * @throws dev.orderan.core.validation.ValidationFailedException for a blank channel, a null SKU
     *     or a quantity below 0 or above 2,147,483,647
     */
    InventoryEvent.ChannelStockChanged recordChannelStock(String channel, Sku sku, long quantity);

    // ---------------------------------------------------------------- sourcing

    /** An explainable plan for serving the lines from the locations holding stock now; reserves nothing. */
    SourcingPlan planSourcing(List<SourcingLine> lines, Optional<Destination> destination);
}
