package dev.orderan.analytics.recommend;

import dev.orderan.analytics.internal.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Offline evaluation by basket completion: from each held-out basket with at least two items, a
 * seeded random half of the items (at least one) is hidden; the recommender sees the rest and
 * suggests k items. <b>Hit rate@k</b> is the share of cases where at least one hidden item is
 * among the k suggestions; <b>recall@k</b> is the mean share of hidden items found.
 */
public final class OfflineEvaluation {

    private final List<Case> cases;

    /**
     * One test case.
     *
     * @param basketId the held-out basket
     * @param visible the items the recommender sees
     * @param hidden the items it should find
     */
    public record Case(String basketId, Set<String> visible, Set<String> hidden) {
        /** Copies the sets. */
        public Case {
            Objects.requireNonNull(basketId, "basketId");
            visible = Set.copyOf(visible);
            hidden = Set.copyOf(hidden);
        }
    }

    /**
     * The result for one recommender.
     *
     * @param recommender its name
     * @param k the list length
     * @param cases the number of cases
     * @param hitRate hit rate@k
     * @param recall recall@k
     */
    public record Result(String recommender, int k, int cases, double hitRate, double recall) {
    }

    private OfflineEvaluation(List<Case> cases) {
        this.cases = cases;
    }

    /** The cases built from held-out baskets, hiding items with a seeded random generator. */
    public static OfflineEvaluation basketCompletion(List<Basket> heldOut, long seed) {
        Violations v = new Violations("OfflineEvaluation.basketCompletion");
        v.check(heldOut != null, "heldOut", "NotNull", "must not be null");
        v.throwIfAny();
        SplittableRandom random = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>();
        for (Basket b : heldOut) {
            if (b.items().size() < 2) {
                continue;
            }
            List<String> items = new ArrayList<>(b.items());
            Collections.shuffle(items, new java.util.Random(random.nextLong()));
            int hide = Math.max(1, items.size() / 2);
            cases.add(new Case(b.basketId(), new TreeSet<>(items.subList(hide, items.size())),
                    new TreeSet<>(items.subList(0, hide))));
        }
        v.check(!cases.isEmpty(), "heldOut", "MinimumSize", "need at least one basket with two or more items");
        v.throwIfAny();
        return new OfflineEvaluation(List.copyOf(cases));
    }

    /** The cases. */
    public List<Case> cases() {
        return cases;
    }

    /** Evaluates a recommender at list length k. */
    public Result evaluate(Recommender recommender, int k) {
        Objects.requireNonNull(recommender, "recommender");
        AssociationRules.requireK(k);
        int hits = 0;
        double recall = 0;
        for (Case c : cases) {
            List<String> suggested = recommender.recommend(c.visible(), k);
            long found = suggested.stream().filter(c.hidden()::contains).count();
            if (found > 0) {
                hits++;
            }
            recall += (double) found / c.hidden().size();
        }
        return new Result(recommender.name(), k, cases.size(), (double) hits / cases.size(), recall / cases.size());
    }
}
