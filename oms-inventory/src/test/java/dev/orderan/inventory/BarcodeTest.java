package dev.orderan.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.inventory.barcode.BarcodeCatalog;
import dev.orderan.inventory.barcode.BarcodeConflictException;
import dev.orderan.inventory.barcode.Gtin;
import dev.orderan.inventory.barcode.InvalidBarcodeException;
import dev.orderan.inventory.barcode.PackNotVerifiedException;
import dev.orderan.inventory.barcode.PackReport;
import dev.orderan.inventory.barcode.PackVerification;
import dev.orderan.inventory.barcode.ScanOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarcodeTest {

    static final Sku KOPI = Sku.of("KOPI-250G");
    static final Sku TEH = Sku.of("TEH-25");
    static final Sku GULA = Sku.of("GULA-1KG");

    @Test
    void gtinCheckDigitsAreValidatedForEveryLength() {
        assertTrue(Gtin.isValid("96385074"));
        assertTrue(Gtin.isValid("036000291452"));
        assertTrue(Gtin.isValid("4006381333931"));
        assertTrue(Gtin.isValid("00012345600012"));
        assertFalse(Gtin.isValid("4006381333932"), "wrong check digit");
        assertFalse(Gtin.isValid("400638133393"), "11 digits + check is GTIN-12 only if its digit fits");
        assertFalse(Gtin.isValid("40063813339A1"));
        assertFalse(Gtin.isValid("123456789"));
        assertEquals(1, Gtin.checkDigit("400638133393"));
    }

    static BarcodeCatalog catalog() {
        BarcodeCatalog c = new BarcodeCatalog();
        c.register(KOPI, "8991000000010");
        c.register(KOPI, "18991000000017");
        c.register(TEH, "8991000000027");
        c.register(GULA, "8991000000034");
        return c;
    }

    @Test
    void aSkuMayHaveSeveralBarcodesButABarcodeOnlyOneSku() {
        BarcodeCatalog c = catalog();
        assertEquals(List.of("8991000000010", "18991000000017"), c.barcodes(KOPI));
        assertEquals(KOPI, c.skuOf("18991000000017").orElseThrow());
        BarcodeConflictException e = assertThrows(BarcodeConflictException.class,
                () -> c.register(TEH, "8991000000010"));
        assertEquals(KOPI, e.mappedTo());
        assertThrows(InvalidBarcodeException.class, () -> c.register(TEH, "8991000000011"));
    }

    @Test
    void scanningAnOrdersItemsReportsWrongExcessAndMissingAndOnlyACompletePackIsPacked() {
        List<InventoryEvent> events = new ArrayList<>();
        PackVerification pack = new PackVerification(TenantId.of("t"), OrderId.of("INV-1"), "pack-1",
                Map.of(KOPI, 2L, TEH, 1L), catalog(), events::add, Clock.systemUTC());

        assertEquals(ScanOutcome.OK, pack.scan("8991000000010"));
        assertEquals(ScanOutcome.WRONG_ITEM, pack.scan("8991000000034"));
        assertEquals(ScanOutcome.INVALID_BARCODE, pack.scan("8991000000011"));
        assertEquals(ScanOutcome.OK, pack.scan("18991000000017"));
        assertEquals(ScanOutcome.EXCESS, pack.scan("8991000000010"));

        PackReport report = pack.report();
        assertEquals(Map.of(TEH, 1L), report.missing());
        assertEquals(Map.of(KOPI, 1L), report.excess());
        assertEquals(List.of("8991000000034"), report.wrongItems());
        PackNotVerifiedException refused = assertThrows(PackNotVerifiedException.class, pack::complete);
        assertEquals(report, refused.report());
        assertTrue(events.isEmpty());

        pack.removeOne(KOPI);
        pack.wrongItemsRemoved();
        assertEquals(ScanOutcome.OK, pack.scan("8991000000027"));
        InventoryEvent.OrderPacked packed = pack.complete();
        assertEquals(OrderId.of("INV-1"), packed.orderId());
        assertEquals(List.of(packed), events);
        assertEquals(packed, pack.complete());
        assertEquals(1, events.size(), "packed is emitted once");
    }
}
