package dev.orderan.core.store;

import dev.orderan.core.common.TenantId;

/**
 * One open transaction of a {@link UnitOfWork}, bound to one tenant: everything written through it
 * commits together or not at all, and nothing read or written through it can belong to another
 * tenant. Stores take the transaction as their first argument; each adapter (the in-memory one, or
 * a host's own over its database) has its own implementation, and its stores only accept that one.
 */
public interface Transaction {

    /** The tenant every read and write of this transaction is scoped to. */
    TenantId tenant();
}
