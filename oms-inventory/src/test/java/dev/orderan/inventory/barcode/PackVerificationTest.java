package dev.orderan.inventory.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PackVerificationTest {

    private static final Sku SHIRT = Sku.of("KMJ-BTK-M");
    private static final Sku TOTE = Sku.of("TOTE-01");
    private static final Sku SCARF = Sku.of("SCARF-01");
    private static final String SHIRT_EAN = "8992761002015";
    private static final String SHIRT_LABEL = "GL-KMJ-M";
    private static final String TOTE_EAN = "4006381333931";
    private static final String SCARF_UPC = "036000291452";

    private final BarcodeCatalog catalog = new BarcodeCatalog();
    private final List<PackVerified> packed = new ArrayList<>();
    private PackVerification pack;

    @BeforeEach
    void setUp() {
        catalog.register(SHIRT, SHIRT_EAN);
        catalog.register(SHIRT, SHIRT_LABEL);
        catalog.register(TOTE, TOTE_EAN);
        catalog.register(SCARF, SCARF_UPC);
        pack = new PackVerification(TenantId.of("gayalokal"), OrderId.of("INV-1"), Map.of(SHIRT, 2L, TOTE, 1L),
                catalog, packed::add);
    }

    @Test
    void aSkuHasSeveralBarcodesAndUpcMatchesItsEan13Form() {
        assertEquals(List.of(SHIRT_EAN, SHIRT_LABEL), catalog.barcodesOf(SHIRT));
        assertEquals(SCARF, catalog.skuFor("0" + SCARF_UPC).orElseThrow());
        assertTrue(catalog.skuFor("4006381333932").isEmpty(), "a wrong check digit finds nothing");
        assertThrows(BarcodeCatalog.BarcodeTakenException.class, () -> catalog.register(TOTE, SHIRT_EAN));
        assertThrows(InvalidBarcodeException.class, () -> catalog.register(TOTE, "4006381333932"));
    }

    @Test
    void scanningExactlyTheOrderCompletesThePackAndEmitsTheEvent() {
        assertEquals(ScanOutcome.MATCHED, pack.scan(SHIRT_EAN));
        assertEquals(ScanOutcome.MATCHED, pack.scan(SHIRT_LABEL));
        assertEquals(ScanOutcome.MATCHED, pack.scan(TOTE_EAN));
        assertTrue(pack.report().isComplete());
        PackVerified event = pack.complete("Dewi", Instant.parse("2026-11-25T04:00:00Z"));
        assertEquals(List.of(event), packed);
        assertEquals(Map.of(SHIRT, 2L, TOTE, 1L), event.units());
        assertThrows(IllegalStateException.class, () -> pack.scan(TOTE_EAN));
    }

    @Test
    void wrongExcessMissingAndUnknownItemsAreReportedAndBlockCompletion() {
        pack.scan(SHIRT_EAN);
        assertEquals(ScanOutcome.WRONG_ITEM, pack.scan(SCARF_UPC));
        assertEquals(ScanOutcome.MATCHED, pack.scan(SHIRT_EAN));
        assertEquals(ScanOutcome.EXCESS, pack.scan(SHIRT_EAN));
        assertEquals(ScanOutcome.UNKNOWN_BARCODE, pack.scan("0000000000000"));
        PackReport report = pack.report();
        assertEquals(Map.of(TOTE, 1L), report.missing());
        assertEquals(Map.of(SHIRT, 1L), report.excess());
        assertEquals(Map.of(SCARF, 1L), report.wrongItems());
        assertEquals(List.of("0000000000000"), report.unknownCodes());
        PackIncompleteException e = assertThrows(PackIncompleteException.class,
                () -> pack.complete("Dewi", Instant.EPOCH));
        assertFalse(e.report().isComplete());
        assertTrue(packed.isEmpty());

        assertTrue(pack.remove(SCARF_UPC));
        assertTrue(pack.remove(SHIRT_EAN));
        assertTrue(pack.remove("0000000000000"));
        assertFalse(pack.remove(SCARF_UPC), "nothing left to remove");
        pack.scan(TOTE_EAN);
        pack.complete("Dewi", Instant.EPOCH);
        assertEquals(1, packed.size());
    }
}
