package dev.orderan.analytics.recommend;

import java.util.Objects;
import java.util.Set;

/**
 * "Customers who bought {@code antecedent} also bought {@code consequent}".
 *
 * @param antecedent the items in the basket
 * @param consequent the item suggested
 * @param baskets baskets holding antecedent and consequent together
 * @param support baskets / all baskets
 * @param confidence P(consequent | antecedent) = support(A ∪ {c}) / support(A)
 * @param lift confidence / support({c}); above 1 means bought together more than by chance
 */
public record AssociationRule(Set<String> antecedent, String consequent, int baskets, double support,
                              double confidence, double lift) {
    /** Checks presence and copies the antecedent. */
    public AssociationRule {
        antecedent = Set.copyOf(antecedent);
        Objects.requireNonNull(consequent, "consequent");
        if (antecedent.contains(consequent)) {
            throw new IllegalArgumentException("rule: consequent " + consequent + " is in the antecedent");
        }
    }
}
