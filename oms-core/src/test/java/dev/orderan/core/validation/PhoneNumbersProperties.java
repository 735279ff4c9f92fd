package dev.orderan.core.validation;

import static dev.orderan.core.testing.PropertyExamples.examples;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every notation of the same Indonesian number normalises to one E.164 form, and normalising is idempotent. */
class PhoneNumbersProperties {

    private static String spaced(String digits, int every) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % every == 0) {
                sb.append(every % 2 == 0 ? '-' : ' ');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    @Test
    void everyNotationOfAMobileNumberNormalisesToTheSameE164() {
        // mobile national numbers: 8, then 1-9, then 7 to 10 more digits
        qt().withExamples(examples(10_000)).forAll(integers().between(1, 9), longs().between(0, 9_999_999_999L),
                        integers().between(7, 10), integers().between(2, 5))
                .check((second, rest, restLength, every) -> {
                    String tail = String.format("%010d", rest).substring(10 - restLength);
                    String national = "8" + second + tail;
                    Optional<String> expected = Optional.of("+62" + national);
                    return expected.equals(PhoneNumbers.normalize("0" + national))
                            && expected.equals(PhoneNumbers.normalize("+62 " + spaced(national, every)))
                            && expected.equals(PhoneNumbers.normalize("62" + national))
                            && expected.equals(PhoneNumbers.normalize(national))
                            && expected.equals(PhoneNumbers.normalize("0" + spaced(national, every)))
                            && expected.equals(PhoneNumbers.normalize(expected.get()));
                });
    }

    @Test
    void normalisingIsIdempotentForAnyInput() {
        qt().withExamples(examples(10_000)).forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 3))
                .check((n, prefix) -> {
                    String raw = new String[] {"0", "+62", "62", "+"}[prefix] + n;
                    return PhoneNumbers.normalize(raw).map(e -> PhoneNumbers.normalize(e).equals(Optional.of(e)))
                            .orElse(true);
                });
    }
}
