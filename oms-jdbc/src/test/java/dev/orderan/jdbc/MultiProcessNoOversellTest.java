package dev.orderan.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.orderan.core.common.Sku;
import dev.orderan.inventory.VerificationReport;
import dev.orderan.inventory.engine.InventoryService;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import dev.orderan.inventory.stock.StockLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Four application instances, each a JVM of its own with its own connection pool, eight threads each,
 * reserve, commit, release and let expire the stock of ten hot SKUs for a fixed time against one
 * PostgreSQL. Afterwards nothing is oversold, {@code verify()} is clean, and the ledger adds up to
 * exactly the units the instances report as sold. Two-line reservations name their SKUs in a fixed
 * order, so no two changes lock cells in opposite orders.
 */
class MultiProcessNoOversellTest {

    private static final int INSTANCES = 4;
    private static final int THREADS = 8;
    private static final long RUN_MILLIS = 8_000;
    private static final int SKUS = 10;
    private static final long UNITS = 60;
    private static final Pattern RESULT = Pattern.compile("RESULT reserves=(\\d+) refused=(\\d+) commits=(\\d+) "
            + "committedUnits=(\\d+) releases=(\\d+) expired=(\\d+) lostRaces=(\\d+) errors=(\\d+)");

    @Test
    void fourProcessesHammeringTenHotSkusNeverOversellAndTheLedgerAddsUp() throws Exception {
        PostgresStore store = TestDatabase.emptyStore();
        InventoryService stock = InventoryService.builder(store.inventory(StockHammer.TENANT)).build();
        for (int i = 0; i < SKUS; i++) {
            stock.receive(StockHammer.sku(i), StockHammer.JKT, UNITS, "PO-HOT");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        try {
            for (int p = 0; p < INSTANCES; p++) {
                Path out = Files.createTempFile("stock-hammer-" + p, ".out");
                outputs.add(out);
                processes.add(new ProcessBuilder(javaBin, "-Xmx128m", "-cp", classPath, StockHammer.class.getName(),
                        TestDatabase.jdbcUrl(), String.valueOf(p), String.valueOf(THREADS), String.valueOf(RUN_MILLIS),
                        String.valueOf(SKUS))
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start());
            }
            for (int p = 0; p < INSTANCES; p++) {
                if (!processes.get(p).waitFor(120, TimeUnit.SECONDS)) {
                    fail("instance " + p + " did not finish in time: " + read(outputs.get(p)));
                }
                assertEquals(0, processes.get(p).exitValue(), "instance " + p + ": " + read(outputs.get(p)));
            }
        } finally {
            for (Process p : processes) {
                p.destroyForcibly();
            }
        }
        long[] totals = new long[8];
        for (int p = 0; p < INSTANCES; p++) {
            String text = read(outputs.get(p));
            Matcher m = RESULT.matcher(text);
            assertTrue(m.find(), "instance " + p + " printed no result: " + text);
            for (int i = 0; i < totals.length; i++) {
                totals[i] += Long.parseLong(m.group(i + 1));
            }
            assertEquals(0, Long.parseLong(m.group(8)), "instance " + p + " failed: " + text);
            Files.deleteIfExists(outputs.get(p));
        }
        long reserves = totals[0];
        long commits = totals[2];
        long committedUnits = totals[3];
        long releases = totals[4];
        // What is still held and may expire goes now, so expiry is exercised whatever the timing was.
        long expired = totals[5] + stock.releaseExpired(Instant.now().plusSeconds(3600)).size();
        assertTrue(reserves > 0 && commits > 0 && releases > 0 && expired > 0,
                "every kind of change ran: reserves " + reserves + ", commits " + commits + ", releases " + releases
                        + ", expired " + expired);

        long onHand = 0;
        for (int i = 0; i < SKUS; i++) {
            Sku sku = StockHammer.sku(i);
            StockLevel l = stock.level(sku, StockHammer.JKT).orElseThrow();
            assertTrue(l.reserved() <= l.onHand(), "oversold: " + l);
            assertTrue(l.available() >= 0, "negative available: " + l);
            onHand += l.onHand();
        }
        VerificationReport report = stock.verify();
        assertTrue(report.clean(), report.toString());
        Map<MovementReason, Long> byReason = new HashMap<>();
        long last = 0;
        List<Movement> ledger = stock.movementsAfter(0);
        for (Movement m : ledger) {
            assertEquals(last + 1, m.sequence(), "the ledger has no gaps");
            last = m.sequence();
            byReason.merge(m.reason(), m.delta(), Long::sum);
        }
        assertEquals(SKUS * UNITS, byReason.get(MovementReason.RECEIPT));
        assertEquals(-committedUnits, byReason.getOrDefault(MovementReason.SALE, 0L),
                "the ledger's sales are exactly the units the instances committed");
        assertEquals(SKUS * UNITS - committedUnits, onHand, "on hand is what was received less what was sold");
        assertEquals(last, stock.lastMovementSequence());
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
