package dev.orderan.core.order;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.TenantId;
import java.util.Objects;

/**
 * The full identity of an order: its tenant and its id within that tenant.
 *
 * @param tenantId the tenant
 * @param orderId the order id within the tenant
 */
public record OrderRef(TenantId tenantId, OrderId orderId) {

    /** Checks that nothing is missing. */
    public OrderRef {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String toString() {
        return tenantId + "/" + orderId;
    }
}
