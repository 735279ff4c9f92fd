/** JMH benchmarks comparing Orderan with physical floors and peer libraries in the same run. */
package dev.orderan.benchmarks;
