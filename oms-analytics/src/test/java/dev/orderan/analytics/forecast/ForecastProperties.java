package dev.orderan.analytics.forecast;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the forecasting methods over random series. */
class ForecastProperties {

    /** A positive series with level, optional trend and season and noise, from a seed. */
    static TimeSeries randomSeries(long seed, int n, int frequency) {
        SplittableRandom r = new SplittableRandom(seed);
        double level = Math.exp(r.nextDouble(0, 8));
        double trend = r.nextDouble(-0.01, 0.02);
        double season = r.nextDouble(0, 0.4);
        double noise = r.nextDouble(0.01, 0.3);
        double phase = r.nextDouble(0, 2 * Math.PI);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double s = frequency > 1 ? 1 + season * Math.sin(2 * Math.PI * t / frequency + phase) : 1;
            y[t] = level * Math.exp(trend * t) * s * Math.exp(noise * (r.nextDouble() - 0.5));
        }
        return new TimeSeries("random-" + seed, y, frequency);
    }

    @Test
    void automaticEts_forecastsAreFinite() {
        qt().withExamples(40).forAll(longs().all(), integers().between(8, 60), integers().between(0, 2))
                .check((seed, n, f) -> {
                    int frequency = new int[] {1, 4, 12}[f];
                    Forecast fc = Ets.fit(randomSeries(seed, n, frequency)).forecast(2 * Math.max(frequency, 4));
                    for (double v : fc.mean()) {
                        if (!Double.isFinite(v)) {
                            return false;
                        }
                    }
                    return fc.intervals().stream().allMatch(pi -> java.util.Arrays.stream(pi.lower())
                            .allMatch(Double::isFinite) && java.util.Arrays.stream(pi.upper()).allMatch(Double::isFinite));
                });
    }

    @Test
    void additiveErrorModels_intervalsWidenWithTheHorizonAndNestByLevel() {
        String[] models = {"ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA"};
        qt().withExamples(40).forAll(longs().all(), integers().between(0, models.length - 1)).check((seed, k) -> {
            EtsModel model = EtsModel.parse(models[k]);
            TimeSeries y = randomSeries(seed, 48, model.seasonal() ? 4 : 1);
            Forecast f = Ets.fit(y, model).forecast(12);
            PredictionInterval p80 = f.interval(0.80).orElseThrow();
            PredictionInterval p95 = f.interval(0.95).orElseThrow();
            for (int h = 1; h <= 12; h++) {
                if (!(p95.lower(h) <= p80.lower(h) && p80.lower(h) <= f.mean(h) && f.mean(h) <= p80.upper(h)
                        && p80.upper(h) <= p95.upper(h))) {
                    return false;
                }
                if (h > 1 && p95.upper(h) - p95.lower(h) < (p95.upper(h - 1) - p95.lower(h - 1)) * (1 - 1e-12)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void croston_onConstantDemandReturnsTheConstant() {
        qt().withExamples(500).forAll(doubles().between(0.01, 10_000), integers().between(1, 200),
                        doubles().between(0.01, 1)).check((level, n, alpha) -> {
                            double[] y = new double[n];
                            java.util.Arrays.fill(y, level);
                            double f = Intermittent.croston(alpha).forecast(new TimeSeries("c", y, 1), 3).mean(3);
                            return Math.abs(f - level) <= 1e-9 * level;
                        });
    }

    @Test
    void croston_onEvenlySpacedEqualDemandsReturnsTheirRate() {
        qt().withExamples(500).forAll(doubles().between(0.5, 100), integers().between(1, 12), integers().between(2, 20))
                .check((size, gap, count) -> {
                    double[] y = new double[gap * count];
                    for (int i = 0; i < count; i++) {
                        y[i * gap + gap - 1] = size;
                    }
                    double f = Intermittent.croston().forecast(new TimeSeries("s", y, 1), 1).mean(1);
                    return Math.abs(f - size / gap) <= 1e-9 * size;
                });
    }

    @Test
    void naiveMase_ofTheNaiveMethodOnItsOwnHistoryIsOne() {
        qt().withExamples(500).forAll(longs().all(), integers().between(3, 200), integers().between(0, 2))
                .check((seed, n, f) -> {
                    int m = new int[] {1, 4, 12}[f];
                    double[] y = randomSeries(seed, n + m, m).values();
                    int lag = Accuracy.scaleLag(y.length, m);
                    double[] actual = java.util.Arrays.copyOfRange(y, lag, y.length);
                    double[] naive = java.util.Arrays.copyOfRange(y, 0, y.length - lag);
                    Accuracy a = Accuracy.of(y, m, actual, naive);
                    return Math.abs(a.mase() - 1) < 1e-9 && Math.abs(a.rmsse() - 1) < 1e-9;
                });
    }

    @Test
    void smape_staysBetweenZeroAndTwoHundred() {
        qt().withExamples(1000).forAll(longs().all(), integers().between(1, 30)).check((seed, h) -> {
            SplittableRandom r = new SplittableRandom(seed);
            double[] train = {1, 2, 3, 5};
            double[] actual = new double[h];
            double[] forecast = new double[h];
            for (int i = 0; i < h; i++) {
                actual[i] = r.nextDouble(-100, 100);
                forecast[i] = r.nextDouble(-100, 100);
            }
            double s = Accuracy.of(train, 1, actual, forecast).smape();
            return s >= 0 && s <= 200 + 1e-9; // |a - f| <= |a| + |f| up to rounding
        });
    }

    @Test
    void normalQuantile_invertsTheDistributionFunction() {
        qt().withExamples(5000).forAll(doubles().between(1e-12, 1 - 1e-12)).check(p -> {
            double z = NormalDistribution.quantile(p);
            double back = NormalDistribution.cdf(z);
            return Math.abs(back - p) <= 1e-12 * Math.max(Math.min(p, 1 - p), 1e-3);
        });
    }

    @Test
    void admissibleParameters_giveFiniteLikelihoodsAndTheFittedModelIsAdmissible() {
        qt().withExamples(30).forAll(longs().all(), integers().between(0, EtsModel.all().size() - 1))
                .check((seed, k) -> {
                    EtsModel model = EtsModel.all().get(k);
                    TimeSeries y = randomSeries(seed, 40, model.seasonal() ? 4 : 1);
                    EtsFit fit = Ets.fit(y, model);
                    EtsParameters p = fit.parameters();
                    var kernel = Ets.kernel(model, y.frequency());
                    return Double.isFinite(fit.minusTwiceLogLikelihood())
                            && kernel.admissible(p.alpha(), p.beta(), p.gamma(), p.phi())
                            && p.alpha() >= 1e-4 && p.alpha() <= 0.9999;
                });
    }
}
