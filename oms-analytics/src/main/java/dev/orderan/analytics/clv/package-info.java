/**
 * Customer lifetime value: recency-frequency-monetary summaries of order facts, the BG/NBD model
 * of repeat buying (Fader, Hardie and Lee 2005, "Counting your customers the easy way") and the
 * Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV"), both
 * fitted by maximum likelihood, and the expected value of each customer over a horizon.
 */
package dev.orderan.analytics.clv;
