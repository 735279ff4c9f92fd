package dev.orderan.core.order;

import static dev.orderan.core.testing.PropertyExamples.examples;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Postal codes: whitespace around them is dropped, and exactly the 5-digit codes 10000–99999 are accepted. */
class AddressProperties {

    private static Address withPostalCode(String code) {
        return new Address("Jl. Mawar 1", "Dago", "Coblong", "Kota Bandung", "Jawa Barat", code, "");
    }

    @Test
    void paddedFiveDigitCodesNormaliseAndValidate() {
        qt().withExamples(examples(10_000)).forAll(integers().between(10_000, 99_999), integers().between(0, 3),
                        integers().between(0, 3))
                .check((code, before, after) -> {
                    Address a = withPostalCode(" ".repeat(before) + code + "\t".repeat(after));
                    return a.postalCode().equals(Integer.toString(code)) && TestOrders.VALIDATION.violationsOf(a).isEmpty()
                            && withPostalCode(a.postalCode()).equals(a);
                });
    }

    @Test
    void anythingElseIsRejectedAtPostalCode() {
        qt().withExamples(examples(10_000)).forAll(strings().allPossible().ofLengthBetween(0, 8))
                .assuming(s -> !s.trim().matches("[1-9][0-9]{4}"))
                .check(s -> TestOrders.VALIDATION.violationsOf(withPostalCode(s)).stream()
                        .anyMatch(v -> v.path().equals("postalCode")));
    }
}
