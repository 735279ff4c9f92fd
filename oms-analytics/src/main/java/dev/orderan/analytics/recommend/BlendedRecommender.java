package dev.orderan.analytics.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fills a list from recommenders in turn: the first one's suggestions, then the next one's that
 * are not already there, and so on. Rules and neighbours give few suggestions for rare items; a
 * popularity fallback keeps the list full.
 */
public final class BlendedRecommender implements Recommender {

    private final List<Recommender> chain;

    private BlendedRecommender(List<Recommender> chain) {
        this.chain = chain;
    }

    /** The recommenders, most specific first. */
    public static BlendedRecommender of(Recommender... chain) {
        if (chain.length == 0) {
            throw new IllegalArgumentException("chain: need at least one recommender");
        }
        for (Recommender r : chain) {
            Objects.requireNonNull(r, "chain");
        }
        return new BlendedRecommender(List.of(chain));
    }

    @Override
    public List<String> recommend(Set<String> context, int k) {
        AssociationRules.requireK(k);
        List<String> out = new ArrayList<>(k);
        for (Recommender r : chain) {
            for (String item : r.recommend(context, k)) {
                if (!out.contains(item)) {
                    out.add(item);
                    if (out.size() == k) {
                        return List.copyOf(out);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String name() {
        return String.join(" + ", chain.stream().map(Recommender::name).toList());
    }
}
