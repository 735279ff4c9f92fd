package dev.orderan.analytics.clv;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Shape laws of the BG/NBD expectations over random parameters and customers. */
class BgNbdProperties {

    @Test
    void expectedTransactions_neverFallAsTheHorizonGrows() {
        qt().withExamples(300).forAll(doubles().between(0.05, 3), doubles().between(0.5, 20), doubles().between(0.2, 3),
                doubles().between(0.5, 6)).check((r, alpha, a, b) -> {
                    BgNbd m = BgNbd.of(new BgNbd.Parameters(r, alpha, a, b));
                    double previous = 0;
                    for (double t = 1; t <= 104; t += 3) {
                        double e = m.expectedTransactions(t);
                        if (!(e >= previous - 1e-9)) {
                            return false;
                        }
                        previous = e;
                    }
                    return true;
                });
    }

    @Test
    void conditionalExpectation_neverFallsWithTheHorizon_andAliveProbabilityIsAProbability() {
        qt().withExamples(300).forAll(integers().between(0, 20), doubles().between(0, 1), doubles().between(1, 60),
                doubles().between(0.2, 3)).check((x, share, age, a) -> {
                    BgNbd m = BgNbd.of(new BgNbd.Parameters(0.4, 5, a, 2.5));
                    double recency = x == 0 ? 0 : share * age;
                    double alive = m.probabilityAlive(x, recency, age);
                    double previous = 0;
                    for (double t = 1; t <= 52; t += 5) {
                        double e = m.conditionalExpectedTransactions(t, x, recency, age);
                        if (!(e >= previous - 1e-9)) {
                            return false;
                        }
                        previous = e;
                    }
                    return alive >= 0 && alive <= 1;
                });
    }
}
