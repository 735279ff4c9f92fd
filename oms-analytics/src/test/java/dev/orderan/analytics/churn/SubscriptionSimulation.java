package dev.orderan.analytics.churn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generated subscription data with a known churn process (documented in docs/analytics.md):
 * <ul>
 *   <li>signups every month from January 2023 to December 2024, 120 growing by 5 a month, on a
 *   uniform day of the month; plans basic (Rp 49.000, 50 %), standard (Rp 99.000, 35 %) and
 *   premium (Rp 199.000, 15 %);</li>
 *   <li>each subscriber has an engagement e that starts N(0, 1) and moves each month by N(0, 0.15),
 *   and for 30 % of subscribers ("fading") also drifts down 0.25 a month;</li>
 *   <li>in month m of the subscription: uses ~ Poisson(exp(2.3 + 0.6 e)), a renewal payment that
 *   fails with probability 3 % (7 % on basic), support tickets ~ Poisson(0.1, plus 0.3 when e &lt; −1);</li>
 *   <li>at the end of month m the subscriber leaves with probability
 *   σ(−3.4 − 0.9 e + 0.5·failed(m) + 1.5·failed(m − 1) + 0.4·tickets − 0.35 ln(1 + m) + 0.25·basic
 *   − 0.35·premium), ending on the renewal day (a failed payment that dunning does not recover ends
 *   the subscription at the next renewal, hence the lagged term); observation ends on 31 December 2024.</li>
 * </ul>
 */
final class SubscriptionSimulation {

    static final LocalDate END = LocalDate.of(2024, 12, 31);
    static final String[] PLANS = {"basic", "standard", "premium"};
    static final double[] PRICES = {49_000, 99_000, 199_000};

    /** One subscriber's simulated months. */
    record Member(Subscription subscription, int plan, int[] usage, boolean[] failed, int[] tickets) {
    }

    final List<Member> members = new ArrayList<>();

    static SubscriptionSimulation run(long seed) {
        SubscriptionSimulation sim = new SubscriptionSimulation();
        SplittableRandom r = new SplittableRandom(seed);
        int id = 0;
        for (YearMonth month = YearMonth.of(2023, 1); !month.isAfter(YearMonth.of(2024, 12)); month = month.plusMonths(1)) {
            int signups = 120 + 5 * (int) ChronoUnit.MONTHS.between(YearMonth.of(2023, 1), month);
            for (int k = 0; k < signups; k++) {
                LocalDate start = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
                sim.members.add(simulate(r, "S" + (++id), start));
            }
        }
        return sim;
    }

    private static Member simulate(SplittableRandom r, String id, LocalDate start) {
        double u = r.nextDouble();
        int plan = u < 0.5 ? 0 : u < 0.85 ? 1 : 2;
        double e = normal(r);
        boolean fading = r.nextDouble() < 0.3;
        int months = (int) ChronoUnit.MONTHS.between(start, END) + 1;
        int[] usage = new int[months];
        boolean[] failed = new boolean[months];
        int[] tickets = new int[months];
        Optional<LocalDate> ended = Optional.empty();
        for (int m = 0; m < months; m++) {
            usage[m] = poisson(r, Math.exp(2.3 + 0.6 * e));
            failed[m] = r.nextDouble() < (plan == 0 ? 0.07 : 0.03);
            tickets[m] = poisson(r, 0.1 + (e < -1 ? 0.3 : 0));
            boolean failedBefore = m > 0 && failed[m - 1];
            double logit = -3.4 - 0.9 * e + 0.5 * (failed[m] ? 1 : 0) + 1.5 * (failedBefore ? 1 : 0) + 0.4 * tickets[m]
                    - 0.35 * Math.log1p(m)
                    + (plan == 0 ? 0.25 : plan == 2 ? -0.35 : 0);
            LocalDate renewal = start.plusMonths(m + 1);
            if (renewal.isAfter(END)) {
                break;
            }
            if (r.nextDouble() < 1 / (1 + Math.exp(-logit))) {
                ended = Optional.of(renewal);
                break;
            }
            e += normal(r) * 0.15 - (fading ? 0.25 : 0);
        }
        return new Member(new Subscription(id, "C" + id, PLANS[plan], start, ended), plan, usage, failed, tickets);
    }

    List<Subscription> subscriptions() {
        return members.stream().map(Member::subscription).toList();
    }

    /**
     * Examples on a scoring day: every subscription active that day with at least two full months,
     * its features from the two months before, and whether it ended within {@code horizonDays}.
     */
    List<ChurnRiskModel.Example> examples(LocalDate day, int horizonDays, java.util.function.Predicate<String> include) {
        List<ChurnRiskModel.Example> out = new ArrayList<>();
        for (Member m : members) {
            Subscription s = m.subscription();
            if (!include.test(s.subscriptionId()) || !s.activeOn(day)) {
                continue;
            }
            int k = (int) ChronoUnit.MONTHS.between(s.startedOn(), day);
            if (k < 2) {
                continue;
            }
            int failures = 0;
            int tickets = 0;
            for (int j = Math.max(0, k - 3); j < k; j++) {
                failures += m.failed()[j] ? 1 : 0;
                tickets += m.tickets()[j];
            }
            ChurnFeatures f = new ChurnFeatures(s.subscriptionId(), k, m.usage()[k - 1], m.usage()[k - 2], failures,
                    tickets, PRICES[m.plan()]);
            boolean churned = s.endedOn().filter(e -> e.isAfter(day) && !e.isAfter(day.plusDays(horizonDays))).isPresent();
            out.add(new ChurnRiskModel.Example(f, churned));
        }
        return out;
    }

    private static double normal(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
