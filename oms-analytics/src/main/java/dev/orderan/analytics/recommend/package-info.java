/**
 * Product recommendations: frequently-bought-together association rules (support, confidence,
 * lift), item-item collaborative filtering, a popularity baseline, and offline evaluation by
 * hit rate and recall at k on held-out baskets.
 */
package dev.orderan.analytics.recommend;
