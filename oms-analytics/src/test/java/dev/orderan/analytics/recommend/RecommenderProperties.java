package dev.orderan.analytics.recommend;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every recommender returns at most k distinct items, none already in the context. */
class RecommenderProperties {

    private static Gen<List<Basket>> baskets() {
        return lists().of(lists().of(integers().between(0, 15)).ofSizeBetween(1, 5)).ofSizeBetween(1, 40).map(rows -> {
            List<Basket> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Set<String> items = new HashSet<>();
                rows.get(i).forEach(x -> items.add("I" + x));
                out.add(new Basket("B" + i, "C" + (i % 6), Instant.EPOCH, items));
            }
            return out;
        });
    }

    @Test
    void suggestions_areFewerThanKDistinctAndNewToTheContext() {
        qt().withExamples(150).forAll(baskets(), lists().of(integers().between(0, 15)).ofSizeBetween(0, 4),
                integers().between(1, 12)).check((baskets, ctx, k) -> {
                    Set<String> context = new HashSet<>();
                    ctx.forEach(x -> context.add("I" + x));
                    PopularityRecommender pop = PopularityRecommender.train(baskets);
                    List<Recommender> all = List.of(pop, AssociationRules.mine(baskets, 0.05, 0.1, 3),
                            ItemItemCollaborativeFiltering.train(baskets, 5),
                            BlendedRecommender.of(ItemItemCollaborativeFiltering.train(baskets, 5), pop));
                    for (Recommender r : all) {
                        List<String> s = r.recommend(context, k);
                        if (s.size() > k || new HashSet<>(s).size() != s.size() || s.stream().anyMatch(context::contains)) {
                            return false;
                        }
                    }
                    return true;
                });
    }
}
