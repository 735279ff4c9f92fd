package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.inventory.lot.Lot;
import dev.orderan.inventory.lot.LotLedger;
import dev.orderan.inventory.lot.LotMovement;
import dev.orderan.inventory.lot.LotTracking;
import dev.orderan.inventory.lot.PickingRule;
import dev.orderan.inventory.memory.InMemoryInventory;
import dev.orderan.inventory.order.OrderReservations;
import dev.orderan.inventory.order.OrderStockStep;
import dev.orderan.inventory.reservation.Reservation;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservationLine;
import dev.orderan.inventory.reservation.ReservationRequest;
import dev.orderan.inventory.reservation.ReservationStatus;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.sourcing.Destination;
import dev.orderan.inventory.sourcing.SourcingLocation;
import dev.orderan.inventory.sourcing.SourcingStrategies;
import dev.orderan.inventory.stock.InsufficientStockException;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.testkit.OrderFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The code samples of docs/inventory.md, run as written: each test holds one sample between the
 * markers, followed by checks of what the page says it does, and a last test checks that the page's
 * samples are exactly the text between the markers.
 */
class DocsInventorySampleTest {

    private static final String DOC = "docs/inventory.md";
    private static final String BEGIN = "// --- sample of docs/inventory.md ---";
    private static final String END = "// --- end of sample ---";

    @Test
    void theEngineSampleReceivesOnceSourcesByDestinationAndSellsInTwoParcels() {
        // --- sample of docs/inventory.md ---
        InMemoryStore store = new InMemoryStore();      // transactions and outbox, shared with orders
        TenantId shop = TenantId.of("gayalokal");
        LocationId jakarta = LocationId.of("WH-JKT");
        LocationId surabaya = LocationId.of("WH-SBY");
        Sku kaos = Sku.of("KAOS-M");
        Sku topi = Sku.of("TOPI");
        InMemoryInventory inventory = InMemoryInventory.builder(shop)
                .store(store)
                .sourcing(SourcingStrategies.nearest())
                .location(new SourcingLocation(jakarta, 1, "DKI Jakarta", -6.2, 106.8))
                .location(new SourcingLocation(surabaya, 2, "Jawa Timur", -7.3, 112.7))
                .build();

        inventory.receive(kaos, jakarta, 100, "GR-0042");
        inventory.receive(kaos, jakarta, 100, "GR-0042");    // the same goods receipt again: books nothing
        inventory.receive(kaos, surabaya, 40, "GR-0043");
        inventory.receive(topi, jakarta, 10, "GR-0042");
        inventory.receive(topi, surabaya, 10, "GR-0043");

        Reservation r = inventory.reserve(new ReservationRequest(
                ReservationId.of("INV-123"), OrderId.of("INV-123"),
                List.of(ReservationLine.anywhere(0, kaos, 3), ReservationLine.anywhere(1, topi, 1)),
                Optional.empty(),                                // held until committed or released
                Optional.of(Destination.zone("Jawa Timur"))));  // a customer in Surabaya
        // r.lines(): line 0, 3 x KAOS-M and line 1, 1 x TOPI, both at WH-SBY

        r = inventory.commit(r.id(), List.of(new ReservedLine(0, kaos, surabaya, 2)));   // first parcel
        // r.status() ACTIVE, r.sold(): 2 x KAOS-M; r.lines(): 1 x KAOS-M and 1 x TOPI still held
        r = inventory.commit(r.id());                                                     // second parcel
        // r.status() COMMITTED, r.sold(): 3 x KAOS-M and 1 x TOPI; r.lines() empty

        long available = inventory.available(kaos);     // 137: 100 in Jakarta, 37 in Surabaya
        boolean clean = inventory.verify().clean();     // true
        long events = store.outbox().pending();         // 10: 4 stock.moved for the receipts,
                                                        // reservation.reserved, 3 stock.moved for the
                                                        // sales, 2 reservation.committed
        // --- end of sample ---

        assertEquals(List.of(), r.lines());
        assertEquals(ReservationStatus.COMMITTED, r.status());
        assertEquals(List.of(new ReservedLine(0, kaos, surabaya, 3), new ReservedLine(1, topi, surabaya, 1)), r.sold());
        assertEquals(137, available);
        assertEquals(100, inventory.level(kaos, jakarta).orElseThrow().onHand(), "the repeated receipt was booked once");
        assertEquals(37, inventory.level(kaos, surabaya).orElseThrow().onHand());
        assertTrue(clean);
        assertEquals(10, events);
        assertThrows(MovementConflictException.class, () -> inventory.receive(kaos, jakarta, 120, "GR-0042"),
                "the same reference with other content is refused");
        assertEquals(100, inventory.level(kaos, jakarta).orElseThrow().onHand());
    }

    @Test
    void theEngineSampleHoldsWhatItSaysBetweenTheParcels() {
        InMemoryStore store = new InMemoryStore();
        LocationId surabaya = LocationId.of("WH-SBY");
        Sku kaos = Sku.of("KAOS-M");
        Sku topi = Sku.of("TOPI");
        InMemoryInventory inventory = InMemoryInventory.builder(TenantId.of("gayalokal")).store(store)
                .sourcing(SourcingStrategies.nearest())
                .location(new SourcingLocation(LocationId.of("WH-JKT"), 1, "DKI Jakarta", -6.2, 106.8))
                .location(new SourcingLocation(surabaya, 2, "Jawa Timur", -7.3, 112.7)).build();
        inventory.receive(kaos, LocationId.of("WH-JKT"), 100, "GR-0042");
        inventory.receive(kaos, surabaya, 40, "GR-0043");
        inventory.receive(topi, LocationId.of("WH-JKT"), 10, "GR-0042");
        inventory.receive(topi, surabaya, 10, "GR-0043");
        Reservation r = inventory.reserve(new ReservationRequest(ReservationId.of("INV-123"), OrderId.of("INV-123"),
                List.of(ReservationLine.anywhere(0, kaos, 3), ReservationLine.anywhere(1, topi, 1)), Optional.empty(),
                Optional.of(Destination.zone("Jawa Timur"))));
        assertEquals(List.of(new ReservedLine(0, kaos, surabaya, 3), new ReservedLine(1, topi, surabaya, 1)), r.lines());
        r = inventory.commit(r.id(), List.of(new ReservedLine(0, kaos, surabaya, 2)));
        assertEquals(ReservationStatus.ACTIVE, r.status());
        assertEquals(List.of(new ReservedLine(0, kaos, surabaya, 2)), r.sold());
        assertEquals(List.of(new ReservedLine(0, kaos, surabaya, 1), new ReservedLine(1, topi, surabaya, 1)), r.lines());
    }

    @Test
    void theOrderSampleReservesWithThePlacementAndRefusesWhatIsNotInStock() {
        TenantId shop = OrderFixtures.TENANT;
        LocationId jakarta = LocationId.of("WH-JKT");
        // --- sample of docs/inventory.md ---
        InMemoryStore store = new InMemoryStore();
        InMemoryInventory stock = InMemoryInventory.builder(shop).store(store).build();
        OrderService orders = OrderService.builder()
                .store(store)                                            // the same store: one transaction
                .step(OrderStockStep.of(tenant -> stock).from(jakarta))  // reserve, sell, release with the order
                .build();
        // --- end of sample ---

        Sku shirt = Sku.of("KMJ-BTK-M");
        Sku tote = Sku.of("TOTE-01");
        stock.receive(shirt, jakarta, 1, "GR-1");
        stock.receive(tote, jakarta, 5, "GR-1");
        long pending = store.outbox().pending();
        assertThrows(InsufficientStockException.class,
                () -> orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-9").build()),
                "the fixture's order wants 2 shirts, 1 is in stock");
        assertTrue(orders.find(shop, OrderId.of("INV-9")).isEmpty(), "nothing was stored");
        assertEquals(pending, store.outbox().pending(), "no event of the refused placement");
        assertEquals(1, stock.available(shirt, jakarta));
        stock.receive(shirt, jakarta, 9, "GR-2");
        var order = orders.place(OrderFixtures.placement(OrderType.B2C_PREPAID, "INV-10").build()).order();
        Reservation r = stock.reservation(OrderReservations.idOf(order)).orElseThrow();
        assertTrue(r.isActive());
        assertTrue(r.expiresAt().isEmpty(), "the order's payment deadline decides, not a timer of the stock");
        assertTrue(r.lines().stream().allMatch(l -> l.location().equals(jakarta)));
    }

    @Test
    void theLotSampleLinksAReceiptAndASaleToTheLotForARecall() {
        InMemoryInventory inventory = InMemoryInventory.builder(TenantId.of("toko-susu")).build();
        Sku milk = Sku.of("SUSU-UHT-1L");
        LocationId jakarta = LocationId.of("WH-JKT");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        LocalDate receivedOn = today.minusDays(3);
        LocalDate bestBefore = today.plusDays(60);
        // --- sample of docs/inventory.md ---
        LotTracking lots = LotTracking.of(inventory, new LotLedger());
        lots.receive(new Lot("L-0925", milk, jakarta, 24, receivedOn, Optional.of(bestBefore)), "GR-001");
        // ... the order's reservation is committed at shipment: a SALE movement
        lots.assignPending(milk, jakarta, PickingRule.FEFO, today);
        List<LotMovement> recall = lots.trace(milk, jakarta, "L-0925");   // receipt, then every sale
        // --- end of sample ---

        assertEquals(1, recall.size());
        ReservationId id = ReservationId.of("R-1");
        inventory.reserve(ReservationRequest.of(id, OrderId.of("INV-1"), java.time.Instant.now().plusSeconds(600),
                ReservationLine.at(0, milk, jakarta, 3)));
        inventory.commit(id);
        lots.assignPending(milk, jakarta, PickingRule.FEFO, today);
        recall = lots.trace(milk, jakarta, "L-0925");
        assertEquals(List.of(MovementReason.RECEIPT, MovementReason.SALE), recall.stream().map(LotMovement::reason).toList());
        assertTrue(lots.reconcile(milk, jakarta).balanced());
    }

    @Test
    void thePageShowsExactlyTheSamplesRunHere() throws IOException {
        Path root = repositoryRoot();
        List<String> onPage = javaBlocks(Files.readAllLines(root.resolve(DOC)));
        List<String> here = samples(Files.readAllLines(root.resolve(
                "oms-inventory/src/test/java/dev/orderan/inventory/DocsInventorySampleTest.java")));
        assertEquals(here, onPage, "the java blocks of " + DOC + " must be the samples of this test, in order");
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve(DOC))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException(DOC + " not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private static List<String> javaBlocks(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (block == null && line.trim().equals("```java")) {
                block = new ArrayList<>();
            } else if (block != null && line.trim().equals("```")) {
                out.add(dedent(block));
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        return out;
    }

    private static List<String> samples(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (line.trim().equals(BEGIN)) {
                block = new ArrayList<>();
            } else if (block != null && line.trim().equals(END)) {
                out.add(dedent(block));
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        return out;
    }

    /** The lines without their common indentation, trailing spaces dropped, joined. */
    private static String dedent(List<String> block) {
        int indent = Integer.MAX_VALUE;
        for (String l : block) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : block) {
            sb.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
