package dev.orderan.analytics.recommend;

import java.util.List;
import java.util.Set;

/** Suggests items to go with a set of items the customer has (a cart, a history). */
public interface Recommender {

    /**
     * Up to {@code k} items, best first, none of them already in {@code context}.
     *
     * @param context the items the customer has
     * @param k how many, at least 1
     */
    List<String> recommend(Set<String> context, int k);

    /** A short name for reports, e.g. {@code "popularity"}. */
    String name();
}
