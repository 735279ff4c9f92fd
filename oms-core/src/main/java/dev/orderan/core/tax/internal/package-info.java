/** Not API: exact long arithmetic with named rounding shared by pricing and tax. */
package dev.orderan.core.tax.internal;
