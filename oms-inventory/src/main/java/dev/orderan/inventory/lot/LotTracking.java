package dev.orderan.inventory.lot;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lots linked to the inventory ledger: every unit a lot gains or loses is tied to the stock movement
 * that moved it, so a recall finds the orders that received a lot ({@link #trace}), and the lots of a
 * SKU can be reconciled with what the inventory says is on hand ({@link #reconcile}).
 *
 * <p>The inventory stays the record of quantities: receipts and write-offs made here book their
 * movement on the inventory first and then change the lots; sales are booked as usual (a
 * reservation's commit) and then assigned to lots by a picking rule ({@link #assign},
 * {@link #assignPending}). Every operation is idempotent by the movement it links: a goods receipt
 * delivered twice with the same reference adds its lot once; assigning a movement again returns the
 * first assignment.
 *
 * <p>Tracking of a SKU at a location starts with its first lot receipt; movements booked before it are
 * not expected to belong to lots. The links are kept in memory, next to the {@link LotLedger}; a host
 * that restarts rebuilds them by replaying its receipts and assignments. Thread-safe: operations are
 * serialised on this object (lot bookings are rare next to reservations).
 */
public final class LotTracking {

    private final Inventory inventory;
    private final LotLedger lots;
    private final Map<Long, List<LotMovement>> byMovement = new HashMap<>();
    private final Map<LotKey, List<LotMovement>> byLot = new HashMap<>();
    private final Map<LotKey, Lot> received = new HashMap<>();
    private final Map<Cell, Long> trackedSince = new HashMap<>();

    private record Cell(Sku sku, LocationId location) {
    }

    private record LotKey(Sku sku, LocationId location, String lotId) {
    }

    private LotTracking(Inventory inventory, LotLedger lots) {
        this.inventory = inventory;
        this.lots = lots;
    }

    /** Links {@code lots} to {@code inventory}'s ledger. Both should be used only through the result from now on. */
    public static LotTracking of(Inventory inventory, LotLedger lots) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(lots, "lots");
        return new LotTracking(inventory, lots);
    }

    /** The lot ledger behind this tracking, for picking plans and expiry lists. */
    public LotLedger lots() {
        return lots;
    }

    /**
     * Receives a lot: a {@link MovementReason#RECEIPT} of the lot's units on the inventory, and the
     * units in the lot, linked. Idempotent by {@code reference} like {@link Inventory#receive}: a receipt
     * delivered again returns the first movement and adds nothing; the same reference with another
     * quantity is refused by the inventory and changes nothing here.
     *
     * @throws ValidationFailedException when the lot or reference is missing, the quantity is not
     *     positive, or the reference already received another lot
     */
    public synchronized Movement receive(Lot lot, String reference) {
        List<Violation> v = new ArrayList<>(2);
        if (lot == null) {
            v.add(new Violation("lot", "NotNull", "must not be null"));
        } else if (lot.quantity() <= 0) {
            v.add(new Violation("lot.quantity", "Positive", "must be greater than 0, was " + lot.quantity()));
        }
        requireReference(reference, v);
        fail("receive", v);
        Movement m = inventory.receive(lot.sku(), lot.location(), lot.quantity(), reference);
        List<LotMovement> linked = byMovement.get(m.sequence());
        if (linked != null) {
            if (!linked.get(0).lotId().equals(lot.lotId())) {
                fail("receive", List.of(new Violation("reference", "Unique", "goods receipt " + reference
                        + " already received lot " + linked.get(0).lotId())));
            }
            return m;
        }
        LotKey key = new LotKey(lot.sku(), lot.location(), lot.lotId());
        received.putIfAbsent(key, lot);
        lots.receive(lot);
        link(key, m, lot.quantity());
        trackedSince.putIfAbsent(new Cell(lot.sku(), lot.location()), m.sequence());
        return m;
    }

    /**
     * Assigns a movement that took units out (a sale at a reservation's commit, a damage or a
     * correction) to lots, picking by {@code rule} among the lots not expired on {@code day}.
     * Idempotent: a movement already assigned returns its first assignment.
     *
     * @throws ValidationFailedException when an argument is missing or the movement adds units
     * @throws InsufficientStockException when the unexpired lots hold fewer units than the movement
     *     took (nothing is assigned; {@link #reconcile} keeps showing the movement)
     */
    public synchronized List<LotMovement> assign(Movement movement, PickingRule rule, LocalDate day) {
        List<Violation> v = new ArrayList<>(3);
        if (movement == null) {
            v.add(new Violation("movement", "NotNull", "must not be null"));
        } else if (movement.delta() >= 0) {
            v.add(new Violation("movement.delta", "Negative", "only a movement that takes units out is picked from lots, was "
                    + movement.delta()));
        }
        if (rule == null) {
            v.add(new Violation("rule", "NotNull", "must not be null"));
        }
        if (day == null) {
            v.add(new Violation("day", "NotNull", "must not be null"));
        }
        fail("assign", v);
        List<LotMovement> done = byMovement.get(movement.sequence());
        if (done != null) {
            return List.copyOf(done);
        }
        List<LotPick> picks = lots.pick(movement.sku(), movement.location(), -movement.delta(), rule, day);
        for (LotPick p : picks) {
            link(new LotKey(movement.sku(), movement.location(), p.lotId()), movement, -p.quantity());
        }
        return List.copyOf(byMovement.get(movement.sequence()));
    }

    /**
     * Assigns, oldest first, every movement that took units out of {@code sku} at {@code location}
     * since its first lot receipt and is not assigned yet. Stops at the first movement the unexpired
     * lots cannot cover and leaves it, and the ones after it, unassigned.
     *
     * @return the lot movements made by this call
     */
    public synchronized List<LotMovement> assignPending(Sku sku, LocationId location, PickingRule rule, LocalDate day) {
        List<Violation> v = new ArrayList<>(4);
        requireCell(sku, location, v);
        if (rule == null) {
            v.add(new Violation("rule", "NotNull", "must not be null"));
        }
        if (day == null) {
            v.add(new Violation("day", "NotNull", "must not be null"));
        }
        fail("assignPending", v);
        List<LotMovement> made = new ArrayList<>();
        for (Movement m : unassigned(sku, location)) {
            if (m.delta() >= 0) {
                continue;
            }
            try {
                made.addAll(assign(m, rule, day));
            } catch (InsufficientStockException e) {
                break;
            }
        }
        return made;
    }

    /**
     * Puts the units of a movement that added stock (a customer return restocked, a transfer in) back
     * into a lot received earlier at that location. Idempotent like {@link #assign}.
     *
     * @throws ValidationFailedException when an argument is missing, the movement takes units out, or
     *     the lot was never received at the movement's SKU and location
     */
    public synchronized List<LotMovement> returnTo(Movement movement, String lotId) {
        List<Violation> v = new ArrayList<>(2);
        if (movement == null) {
            v.add(new Violation("movement", "NotNull", "must not be null"));
        } else if (movement.delta() <= 0) {
            v.add(new Violation("movement.delta", "Positive", "only a movement that adds units goes back into a lot, was "
                    + movement.delta()));
        }
        if (lotId == null || lotId.isBlank()) {
            v.add(new Violation("lotId", "NotBlank", "must not be blank"));
        }
        fail("returnTo", v);
        List<LotMovement> done = byMovement.get(movement.sequence());
        if (done != null) {
            return List.copyOf(done);
        }
        LotKey key = new LotKey(movement.sku(), movement.location(), lotId);
        Lot origin = received.get(key);
        if (origin == null) {
            fail("returnTo", List.of(new Violation("lotId", "Exists", "lot " + lotId + " was never received for "
                    + movement.sku().value() + " at " + movement.location().value())));
        }
        lots.receive(new Lot(lotId, origin.sku(), origin.location(), movement.delta(), origin.receivedOn(),
                origin.expiresOn()));
        link(key, movement, movement.delta());
        return List.copyOf(byMovement.get(movement.sequence()));
    }

    /**
     * Writes off what is left of a lot (expired or damaged): a {@link MovementReason#DAMAGE} movement of
     * its units on the inventory, linked to the lot, which is then empty. Idempotent by
     * {@code reference} like {@link Inventory#adjust}.
     *
     * @throws ValidationFailedException when an argument is missing or the lot holds no units
     */
    public synchronized Movement writeOff(Sku sku, LocationId location, String lotId, String reference) {
        List<Violation> v = new ArrayList<>(4);
        requireCell(sku, location, v);
        if (lotId == null || lotId.isBlank()) {
            v.add(new Violation("lotId", "NotBlank", "must not be blank"));
        }
        requireReference(reference, v);
        fail("writeOff", v);
        Lot lot = lots.lot(sku, location, lotId).orElse(null);
        if (lot == null) {
            Movement earlier = earlierWriteOff(sku, location, lotId, reference);
            if (earlier != null) {
                return earlier;
            }
            fail("writeOff", List.of(new Violation("lotId", "HasUnits", "lot " + lotId + " holds no units of "
                    + sku.value() + " at " + location.value())));
        }
        Movement m = inventory.adjust(sku, location, -lot.quantity(), MovementReason.DAMAGE, reference);
        if (!byMovement.containsKey(m.sequence())) {
            lots.take(sku, location, lotId, lot.quantity());
            link(new LotKey(sku, location, lotId), m, -lot.quantity());
        }
        return m;
    }

    /**
     * Every movement of a lot, oldest first: its receipt, the sales with their order references, returns
     * and write-offs. What a recall needs.
     */
    public synchronized List<LotMovement> trace(Sku sku, LocationId location, String lotId) {
        List<Violation> v = new ArrayList<>(3);
        requireCell(sku, location, v);
        if (lotId == null) {
            v.add(new Violation("lotId", "NotNull", "must not be null"));
        }
        fail("trace", v);
        return List.copyOf(byLot.getOrDefault(new LotKey(sku, location, lotId), List.of()));
    }

    /** The lots a movement of the ledger was assigned to; empty when it is not assigned. */
    public synchronized List<LotMovement> lotsOf(long movementSequence) {
        return List.copyOf(byMovement.getOrDefault(movementSequence, List.of()));
    }

    /** Lots compared with the inventory's on-hand units and ledger for one SKU at one location. */
    public synchronized LotReconciliation reconcile(Sku sku, LocationId location) {
        List<Violation> v = new ArrayList<>(2);
        requireCell(sku, location, v);
        fail("reconcile", v);
        long onHand = inventory.level(sku, location).map(StockLevel::onHand).orElse(0L);
        long inLots = lots.lots(sku, location).stream().mapToLong(Lot::quantity).sum();
        return new LotReconciliation(sku, location, onHand, inLots, unassigned(sku, location));
    }

    private List<Movement> unassigned(Sku sku, LocationId location) {
        Long since = trackedSince.get(new Cell(sku, location));
        if (since == null) {
            return List.of();
        }
        List<Movement> out = new ArrayList<>();
        for (Movement m : inventory.movements(sku, location)) {
            if (m.sequence() >= since && !byMovement.containsKey(m.sequence())) {
                out.add(m);
            }
        }
        return out;
    }

    private Movement earlierWriteOff(Sku sku, LocationId location, String lotId, String reference) {
        for (LotMovement lm : byLot.getOrDefault(new LotKey(sku, location, lotId), List.of())) {
            if (lm.reason() == MovementReason.DAMAGE && lm.reference().equals(reference)) {
                for (Movement m : inventory.movements(sku, location)) {
                    if (m.sequence() == lm.movementSequence()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    private void link(LotKey key, Movement m, long delta) {
        LotMovement lm = new LotMovement(key.lotId(), m.sequence(), delta, m.reason(), m.reference(), m.at());
        byMovement.computeIfAbsent(m.sequence(), s -> new ArrayList<>(1)).add(lm);
        byLot.computeIfAbsent(key, k -> new ArrayList<>()).add(lm);
    }

    private static void requireCell(Sku sku, LocationId location, List<Violation> v) {
        if (sku == null) {
            v.add(new Violation("sku", "NotNull", "must not be null"));
        }
        if (location == null) {
            v.add(new Violation("location", "NotNull", "must not be null"));
        }
    }

    private static void requireReference(String reference, List<Violation> v) {
        if (reference == null || reference.isBlank()) {
            v.add(new Violation("reference", "NotBlank", "must not be blank"));
        }
    }

    private static void fail(String subject, List<Violation> v) {
        if (!v.isEmpty()) {
            throw new ValidationFailedException(subject, v);
        }
    }
}
