package dev.orderan.analytics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.internal.SpecialFunctions;
import dev.orderan.core.validation.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The BG/NBD formulas against direct numerical integration and simulation, and its input checks. */
class BgNbdTest {

    private static final BgNbd PUBLISHED = BgNbd.of(new BgNbd.Parameters(0.243, 4.414, 0.793, 2.426));

    /**
     * E[Y(t) | x, t_x, T] = P(alive) · E[(1 − e^{−λ p t}) / p] with λ ~ Gamma(r + x, α + T) and
     * p ~ Beta(a, b + x) given alive; integrated over p numerically, independently of the
     * hypergeometric closed form.
     */
    private static double conditionalByIntegration(BgNbd.Parameters p, double t, int x, double tx, double age) {
        double alive = PUBLISHED.probabilityAlive(x, tx, age);
        double a = p.a();
        double b = p.b() + x;
        int m = 400_000;
        double sum = 0;
        for (int k = 0; k < m; k++) {
            double u = (k + 0.5) / m;
            double q = Math.pow(u, 1 / a); // u = q^a absorbs the q^{a-1} factor of the Beta density
            double g = (1 - Math.pow((p.alpha() + age) / (p.alpha() + age + q * t), p.r() + x)) / q;
            sum += g * Math.pow(1 - q, b - 1);
        }
        double density = Math.exp(-SpecialFunctions.lnBeta(a, b)) / a;
        return alive * sum / m * density;
    }

    @Test
    void conditionalExpectation_agreesWithDirectIntegrationOverThePosterior() {
        double[][] cases = {{0, 0, 38.86}, {2, 30.43, 38.86}, {1, 5, 30}, {7, 35, 38}, {20, 37, 38.5}};
        for (double[] c : cases) {
            double closed = PUBLISHED.conditionalExpectedTransactions(39, (int) c[0], c[1], c[2]);
            double numeric = conditionalByIntegration(PUBLISHED.parameters(), 39, (int) c[0], c[1], c[2]);
            assertEquals(numeric, closed, 1e-4 * Math.max(1, numeric), "x=" + c[0] + " t_x=" + c[1] + " T=" + c[2]);
        }
    }

    @Test
    void unconditionalExpectation_closedFormAgreesWithIntegratedPurchaseRate() {
        for (double t : new double[] {1, 10, 39, 78}) {
            assertEquals(PUBLISHED.integrateTransactionRate(t), PUBLISHED.expectedTransactions(t), 1e-4);
        }
    }

    @Test
    void unconditionalExpectation_agreesWithSimulatingTheBuyingProcess() {
        SplittableRandom random = new SplittableRandom(20050101L);
        BgNbd.Parameters p = PUBLISHED.parameters();
        int customers = 100_000;
        double t = 39;
        long purchases = 0;
        for (int i = 0; i < customers; i++) {
            double lambda = gamma(random, p.r()) / p.alpha();
            double dropout = beta(random, p.a(), p.b());
            double clock = 0;
            while (true) {
                clock += -Math.log(1 - random.nextDouble()) / lambda;
                if (clock > t) {
                    break;
                }
                purchases++;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
        }
        double simulated = (double) purchases / customers;
        assertEquals(simulated, PUBLISHED.expectedTransactions(t), 0.02 * simulated);
    }

    @Test
    void probabilityAlive_isOneWithoutRepeatsAndFallsWithTimeSinceTheLastPurchase() {
        assertEquals(1.0, PUBLISHED.probabilityAlive(0, 0, 30));
        assertTrue(PUBLISHED.probabilityAlive(3, 10, 38) < PUBLISHED.probabilityAlive(3, 30, 38));
    }

    @Test
    void fit_refusesTooFewCustomersAndCustomersWithoutRepeats() {
        List<CustomerRfm> few = List.of(CustomerRfm.of("a", 1, 1, 2));
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> BgNbd.fit(few));
        assertTrue(e.violationAt("customers").isPresent());
        List<CustomerRfm> noRepeats = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            noRepeats.add(CustomerRfm.of("c" + i, 0, 0, 10));
        }
        assertThrows(ValidationFailedException.class, () -> BgNbd.fit(noRepeats));
    }

    @Test
    void parameters_mustBePositive() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> new BgNbd.Parameters(-1, 1, 0, 1));
        assertTrue(e.violationAt("r").isPresent());
        assertTrue(e.violationAt("a").isPresent());
    }

    @Test
    void fit_recoversTheParametersOfSimulatedCustomers() {
        BgNbd.Parameters truth = new BgNbd.Parameters(0.5, 6, 0.7, 3);
        SplittableRandom random = new SplittableRandom(7L);
        List<CustomerRfm> customers = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double age = Math.round((20 + 20 * random.nextDouble()) * 7) / 7.0; // whole days, as real summaries are
            double lambda = gamma(random, truth.r()) / truth.alpha();
            double dropout = beta(random, truth.a(), truth.b());
            double clock = 0;
            int x = 0;
            double last = 0;
            while (true) {
                clock += -Math.log(1 - random.nextDouble()) / lambda;
                if (clock > age) {
                    break;
                }
                x++;
                last = clock;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            customers.add(CustomerRfm.of("c" + i, x, Math.min(age, Math.round(last * 7) / 7.0), age));
        }
        BgNbd.Parameters fitted = BgNbd.fit(customers).parameters();
        assertEquals(truth.r(), fitted.r(), 0.15 * truth.r());
        assertEquals(truth.alpha(), fitted.alpha(), 0.25 * truth.alpha());
        assertEquals(truth.a(), fitted.a(), 0.35 * truth.a());
        assertEquals(truth.b(), fitted.b(), 0.5 * truth.b());
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang, with the boost for shape below 1. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal(random);
            double v = Math.pow(1 + c * z, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a);
        return x / (x + gamma(random, b));
    }

    static double normal(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
