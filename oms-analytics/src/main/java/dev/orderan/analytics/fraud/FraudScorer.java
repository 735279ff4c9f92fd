package dev.orderan.analytics.fraud;

/**
 * Scores how likely an order is fraudulent. Higher is riskier; a rule engine compares the score
 * with its own thresholds (hold for review, ask for prepayment, block). Implementations are
 * thread-safe and deterministic.
 */
public interface FraudScorer {

    /** The risk score of one order, in [0, 1]. */
    double score(FraudFeatures features);

    /** A short name for reports. */
    String name();
}
