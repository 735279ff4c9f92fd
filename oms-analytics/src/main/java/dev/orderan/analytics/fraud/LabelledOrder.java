package dev.orderan.analytics.fraud;

import java.util.Objects;

/**
 * A past order's features and whether it turned out fraudulent (chargeback, refused COD parcel,
 * confirmed report): what a scorer is trained and evaluated on.
 *
 * @param features its features
 * @param fraud whether it was fraudulent
 */
public record LabelledOrder(FraudFeatures features, boolean fraud) {
    /** Checks presence. */
    public LabelledOrder {
        Objects.requireNonNull(features, "features");
    }
}
