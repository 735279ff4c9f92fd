package dev.orderan.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Special functions against values from standard tables. */
class SpecialFunctionsTest {

    @Test
    void lnGamma_matchesFactorialsAndTheHalfIntegerValue() {
        assertEquals(Math.log(120), SpecialFunctions.lnGamma(6), 1e-13);
        assertEquals(0.5 * Math.log(Math.PI), SpecialFunctions.lnGamma(0.5), 1e-13);
        assertEquals(Math.log(3628800), SpecialFunctions.lnGamma(11), 1e-12);
        assertEquals(1.3180435846996699, SpecialFunctions.lnGamma(0.243), 1e-12); // ln Γ(0.243), from C99 lgamma
    }

    @Test
    void hypergeometric_matchesClosedForms() {
        // 2F1(1, 1; 2; z) = −ln(1 − z) / z
        assertEquals(-Math.log(1 - 0.9) / 0.9, SpecialFunctions.hypergeometric2F1(1, 1, 2, 0.9), 1e-12);
        // 2F1(a, b; b; z) = (1 − z)^−a
        assertEquals(Math.pow(1 - 0.5, -2.5), SpecialFunctions.hypergeometric2F1(2.5, 3, 3, 0.5), 1e-12);
    }

    @Test
    void studentT_andNormalQuantiles_matchTables() {
        assertEquals(2.228138852, SpecialFunctions.studentTQuantile(0.975, 10), 1e-6);
        assertEquals(12.70620474, SpecialFunctions.studentTQuantile(0.975, 1), 1e-5);
        assertEquals(1.959963985, SpecialFunctions.normalQuantile(0.975), 1e-7);
        assertEquals(0.5, SpecialFunctions.studentTCdf(0, 7), 1e-15);
    }

    @Test
    void regularizedBeta_matchesSymmetryAndAKnownValue() {
        assertEquals(0.5, SpecialFunctions.regularizedBeta(0.5, 3, 3), 1e-14);
        // I_x(1, b) = 1 − (1 − x)^b
        assertEquals(1 - Math.pow(0.7, 4), SpecialFunctions.regularizedBeta(0.3, 1, 4), 1e-13);
    }
}
