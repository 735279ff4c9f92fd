/** Pricing: the seam the order aggregate prices through, and the price breakdown it stores. */
package dev.orderan.core.pricing;
