package dev.orderan.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void printsEveryStatusOfTheOrderWithItsTimeAndEvents() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        List<String> lines = out.lines().toList();
        List<String> statuses = List.of("Menunggu Pembayaran", "Diterima", "Diproses", "Dikemas", "Dikirim", "Selesai");
        int at = 0;
        for (String status : statuses) {
            while (at < lines.size() && !lines.get(at).contains(status)) {
                at++;
            }
            assertTrue(at < lines.size(), "status " + status + " missing or out of order in:\n" + out);
        }
        assertTrue(out.contains("25 Nov 2026, 10.00 WIB"), out);
        assertTrue(out.contains("PaymentReceived(Rp 406.500, BCA-VA-8808123456)"), out);
        assertTrue(out.contains("Shipped(jne, resi JNE0123456789)"), out);
        assertTrue(out.contains("total Rp 406.500, paid Rp 406.500"), out);
        assertTrue(out.contains("Replaying the history gives the same order: true"), out);
        assertEquals(-1, out.indexOf("Siti Rahayu"), "no personal data in the printout");
        assertTrue(out.contains("pay by 26 Nov 2026, 10.00 WIB; KMJ-BTK-M on hand 10, reserved 2, available 8"), out);
        assertTrue(out.contains("StatusChanged(PACKED -> SHIPPED); KMJ-BTK-M on hand 8, reserved 0, available 8"), out);
        assertTrue(out.contains("Stock ledger checks out (on hand = sum of movements, reserved = active reservations): true"), out);
        assertTrue(out.contains("refused: insufficient stock of KMJ-BTK-M at WH-JKT: requested 20, available 8"), out);
        assertTrue(out.contains("Stock after the refusal: KMJ-BTK-M on hand 8, reserved 0, available 8"), out);
        assertTrue(out.contains("Nothing was stored: order INV-2026-0002 exists: false"), out);
        assertTrue(out.contains("Handed to the broker through the outbox: 17 events, first stock.moved, last "
                + "order.status-changed (orders and stock, 11 + 6)"), out);
    }

    @Test
    void onPostgresTheRunPrintsExactlyWhatItPrintsInMemory() {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(memory, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream postgres = new ByteArrayOutputStream();
        QuickStart.runOnEmbeddedPostgres(new PrintStream(postgres, true, StandardCharsets.UTF_8));
        String onPostgres = postgres.toString(StandardCharsets.UTF_8);
        assertTrue(onPostgres.contains("Orders, stock and events kept in: PostgreSQL (embedded), schema orderan"),
                onPostgres);
        assertEquals(withoutStoreLine(memory.toString(StandardCharsets.UTF_8)), withoutStoreLine(onPostgres));
    }

    private static List<String> withoutStoreLine(String out) {
        return out.lines().filter(l -> !l.startsWith("Orders, stock and events kept in: ")).toList();
    }
}
