package dev.orderan.core.store;

/**
 * Work run inside a transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface TransactionalWork<T> {

    /** Runs the work; throwing rolls the whole transaction back. */
    T run(Transaction tx);
}
