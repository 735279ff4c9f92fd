package dev.orderan.analytics.churn;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the Kaplan-Meier estimate over random censored data. */
class KaplanMeierProperties {

    private static Gen<List<KaplanMeier.Observation>> observations() {
        return lists().of(integers().between(0, 50).zip(booleans().all(),
                (t, e) -> new KaplanMeier.Observation(t, e))).ofSizeBetween(1, 80);
    }

    @Test
    void survival_staysInTheUnitIntervalAndNeverRises() {
        qt().withExamples(1000).forAll(observations()).check(obs -> {
            SurvivalCurve c = KaplanMeier.estimate(obs);
            double previous = 1;
            for (SurvivalCurve.Step s : c.steps()) {
                if (s.survival() > previous || s.survival() < 0 || s.survival() > 1) {
                    return false;
                }
                previous = s.survival();
            }
            return true;
        });
    }

    @Test
    void confidenceInterval_containsTheEstimateAndStaysInTheUnitInterval() {
        qt().withExamples(1000).forAll(observations()).check(obs -> KaplanMeier.estimate(obs).steps().stream()
                .allMatch(s -> s.lower() >= 0 && s.lower() <= s.survival() + 1e-12 && s.survival() <= s.upper() + 1e-12
                        && s.upper() <= 1 && s.variance() >= 0));
    }

    @Test
    void withoutCensoring_survivalIsTheShareStillWithoutTheEvent() {
        qt().withExamples(1000).forAll(lists().of(integers().between(0, 30)).ofSizeBetween(1, 60)).check(times -> {
            List<KaplanMeier.Observation> obs = times.stream().map(t -> new KaplanMeier.Observation(t, true)).toList();
            SurvivalCurve c = KaplanMeier.estimate(obs);
            for (int t = 0; t <= 30; t++) {
                final int at = t;
                double empirical = (double) times.stream().filter(x -> x > at).count() / times.size();
                if (Math.abs(c.survivalAt(t) - empirical) > 1e-12) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void eventsAndAtRisk_accountForEverySubject() {
        qt().withExamples(1000).forAll(observations()).check(obs -> {
            SurvivalCurve c = KaplanMeier.estimate(obs);
            int events = c.steps().stream().mapToInt(SurvivalCurve.Step::events).sum();
            return events == c.events() && events == obs.stream().filter(KaplanMeier.Observation::event).count()
                    && (c.steps().isEmpty() || c.steps().get(0).atRisk() <= obs.size());
        });
    }
}
