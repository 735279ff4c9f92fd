package dev.orderan.core.order;

import static dev.orderan.core.testing.PropertyExamples.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.orderan.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are stored with processed commands and compared with those of later deliveries, so
 * the same content must give the same fingerprint in every version of the library.
 */
class FingerprintTest {

    @Test
    void theSameContentGivesTheSameFingerprintAsEarlierVersionsDid() {
        assertEquals("2a31512d50858323f6d072ff6f7b8fbc3b37c61bf00ee9fa3f01388ef7035365", Fingerprint.of(TestOrders.placement(OrderType.B2C_PREPAID).build()));
        assertEquals("dd474cb8b779ca3dd58c3d19cfdff4251a2a6e8524f3ba3d36cf600263bb811d", OrderCommands.fingerprint(new OrderCommand.ConfirmPayment(Money.idr(468_720), "VA-1")));
        assertEquals("94f44bf1217ec52cf911e07ee92f461f75de4a329ae0493d94b52c2718006960", Fingerprint.builder().field("Bäckerei ✓ 𝄞").optional(null).optional("x")
                .number(-42).money(Money.idr(1)).duration(Duration.ofMillis(1500)).hash());
    }

    @Test
    void theHashIsTheSha256OfTheDocumentedText() {
        qt().withExamples(examples(2_000)).forAll(strings().allPossible().ofLengthBetween(0, 12), longs().all(), longs().all())
                .checkAssert((text, number, minor) -> assertEquals(
                        sha256(text.length() + ":" + text + "#" + number + ";+0:-$IDR" + minor + ";@" + number + "."
                                + Math.floorMod(minor, 1_000_000_000L) + ";"),
                        Fingerprint.builder().field(text).number(number).optional("").absent()
                                .money(Money.ofMinor(minor, Money.IDR))
                                .duration(Duration.ofSeconds(number, Math.floorMod(minor, 1_000_000_000L))).hash()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fieldsAreDelimitedSoMovingTextBetweenThemChangesTheFingerprint() {
        assertNotEquals(Fingerprint.builder().field("ab").field("c").hash(),
                Fingerprint.builder().field("a").field("bc").hash());
        assertNotEquals(Fingerprint.builder().absent().hash(), Fingerprint.builder().field("").hash());
        assertNotEquals(OrderCommands.fingerprint(new OrderCommand.Refund("R-1", List.of(), "a")),
                OrderCommands.fingerprint(new OrderCommand.RefundAll("R-1", "a")));
    }
}
