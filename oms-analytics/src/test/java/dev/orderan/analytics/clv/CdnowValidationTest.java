package dev.orderan.analytics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.analytics.metrics.OrderFact;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BG/NBD and Gamma-Gamma fitted on the CDNOW sample imported as orders reproduce the published estimates. */
class CdnowValidationTest {

    private static final RfmSummary WEEKLY = RfmSummary.weekly(CdnowData.CALIBRATION_END, ZoneOffset.UTC);

    @Test
    void bgNbd_matchesPublishedParametersToTwoDecimals() {
        List<OrderFact> facts = CdnowData.facts();
        List<CustomerRfm> rfm = WEEKLY.summarise(facts);
        assertEquals(2357, rfm.size());
        BgNbd model = BgNbd.fit(rfm);
        BgNbd.Parameters p = model.parameters();
        System.out.printf("FIGURE cdnow.bgnbd r=%.4f alpha=%.4f a=%.4f b=%.4f ll=%.4f%n", p.r(), p.alpha(), p.a(), p.b(),
                model.logLikelihood());
        assertEquals(0.243, p.r(), 0.005);
        assertEquals(4.414, p.alpha(), 0.005);
        assertEquals(0.793, p.a(), 0.005);
        assertEquals(2.426, p.b(), 0.005);
    }

    @Test
    void gammaGamma_matchesPublishedParametersToTwoDecimals() {
        List<CustomerRfm> rfm = WEEKLY.summarise(CdnowData.facts());
        GammaGamma model = GammaGamma.fit(rfm);
        GammaGamma.Parameters p = model.parameters();
        System.out.printf("FIGURE cdnow.gammagamma customers=%d p=%.4f q=%.4f gamma=%.4f%n", model.customers(), p.p(),
                p.q(), p.gamma());
        assertEquals(946, model.customers());
        assertEquals(6.25, p.p(), 0.005);
        assertEquals(3.74, p.q(), 0.005);
        assertEquals(15.44, p.gamma(), 0.005);
    }

    @Test
    void holdoutForecast_isComparedWithTheActualRepeatTransactions() {
        List<OrderFact> facts = CdnowData.facts();
        List<CustomerRfm> rfm = WEEKLY.summarise(facts);
        BgNbd model = BgNbd.fit(rfm);
        Map<String, Integer> actual = WEEKLY.holdoutTransactions(facts, CdnowData.HOLDOUT_END);
        double conditional = 0;
        double unconditional = 0;
        long actualTotal = 0;
        int buckets = 8; // calibration frequency 0..6 and 7+, as in the paper's conditional-expectation figure
        double[] predictedSum = new double[buckets];
        long[] actualSum = new long[buckets];
        int[] count = new int[buckets];
        for (CustomerRfm c : rfm) {
            double e = model.conditionalExpectedTransactions(39, c);
            int a = actual.get(c.customerId());
            conditional += e;
            unconditional += model.expectedTransactions(c.age() + 39) - model.expectedTransactions(c.age());
            actualTotal += a;
            int k = Math.min(c.frequency(), buckets - 1);
            predictedSum[k] += e;
            actualSum[k] += a;
            count[k]++;
        }
        System.out.printf("FIGURE cdnow.holdout.total actual=%d conditional=%.1f unconditional=%.1f%n", actualTotal,
                conditional, unconditional);
        for (int k = 0; k < buckets; k++) {
            System.out.printf("FIGURE cdnow.holdout.bucket x=%s customers=%d actualMean=%.3f predictedMean=%.3f%n",
                    k == buckets - 1 ? k + "+" : String.valueOf(k), count[k], (double) actualSum[k] / count[k],
                    predictedSum[k] / count[k]);
        }
        // The actual figure is a property of the data; the same count made independently of Orderan.
        assertEquals(1882, actualTotal);
        // Measured: the BG/NBD conditional forecast is 1653.4, 12.1 % below the actual 1882. The bound
        // keeps the comparison honest (a broken model or import lands far outside it).
        assertEquals(actualTotal, conditional, 0.15 * actualTotal);
        // Customers who bought more in calibration are expected to buy more in the holdout, and do.
        for (int k = 1; k < buckets; k++) {
            assertTrue(predictedSum[k] / count[k] > predictedSum[k - 1] / count[k - 1], "predicted, bucket " + k);
        }
        assertTrue((double) actualSum[buckets - 1] / count[buckets - 1] > (double) actualSum[0] / count[0]);
    }

    @Test
    void importThroughTheOrderApi_keepsEveryPurchaseRecord() {
        assertEquals(6919, CdnowData.records());
        assertEquals(6919, CdnowData.facts().size());
        long cents = CdnowData.read().stream().mapToLong(CdnowData.Purchase::cents).sum();
        assertEquals(cents, CdnowData.facts().stream().mapToLong(OrderFact::totalMinor).sum());
    }

    @Test
    void lifetimeValue_isSpendTimesDiscountedTransactions_andRanksActiveBuyersFirst() {
        List<CustomerRfm> rfm = WEEKLY.summarise(CdnowData.facts());
        LifetimeValue clv = LifetimeValue.of(BgNbd.fit(rfm), GammaGamma.fit(rfm));
        // Undiscounted at full margin the value is exactly E[M] × E[Y(H)].
        CustomerRfm repeat = rfm.stream().filter(c -> c.frequency() == 5).findFirst().orElseThrow();
        LifetimeValue.CustomerValue plain = clv.value(repeat, new LifetimeValue.Horizon(52, 0, 1));
        assertEquals(plain.expectedAverageValue() * plain.expectedTransactions(), plain.expectedValue(), 1e-9);
        // A year ahead, about 10 % a year discount (0.0018 a week), 30 % margin.
        LifetimeValue.Horizon year = new LifetimeValue.Horizon(52, 0.0018, 0.3);
        List<LifetimeValue.CustomerValue> values = clv.values(rfm, year, dev.orderan.analytics.ProgressListener.NONE);
        double total = values.stream().mapToDouble(LifetimeValue.CustomerValue::expectedValue).sum();
        LifetimeValue.CustomerValue best = values.stream()
                .max(java.util.Comparator.comparingDouble(LifetimeValue.CustomerValue::expectedValue)).orElseThrow();
        System.out.printf("FIGURE cdnow.clv52w customers=%d totalUsd=%.0f meanUsd=%.2f best=%s %.2f%n", values.size(), total,
                total / values.size(), best.customerId(), best.expectedValue());
        assertTrue(best.expectedValue() > 0 && best.expectedValueIn(CdnowData.USD).isPositive());
        // Same history but a recent last purchase is worth more than a long-lapsed one.
        CustomerRfm recent = new CustomerRfm("recent", 4, 35, 38, 40, 16000, List.of());
        CustomerRfm lapsed = new CustomerRfm("lapsed", 4, 8, 38, 40, 16000, List.of());
        assertTrue(clv.value(recent, year).expectedValue() > 2 * clv.value(lapsed, year).expectedValue());
    }
}
