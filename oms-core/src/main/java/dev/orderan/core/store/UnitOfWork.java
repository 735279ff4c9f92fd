package dev.orderan.core.store;

import dev.orderan.core.common.TenantId;

/**
 * The transaction boundary, in the spirit of Jdbi's {@code inTransaction}: an order change, a stock
 * reservation, a voucher redemption, the processed command id and the outgoing events written in
 * one call commit together or not at all.
 *
 * <p>Calls nest: a call made while the same thread already runs a transaction of the same tenant on
 * the same unit of work joins it (a failure inside the inner call undoes only the inner call's
 * writes, like a savepoint, and the exception propagates).
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} in a transaction scoped to {@code tenant} and commits it when the work
     * returns normally.
     *
     * @return what the work returned
     * @throws RuntimeException whatever the work threw, after rolling back
     */
    <T> T inTransaction(TenantId tenant, TransactionalWork<T> work);
}
