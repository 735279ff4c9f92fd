package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * Every unit of an order was scanned into the box and nothing else: the order may be marked
 * packed (e.g. with {@code OrderCommand.Pack}).
 *
 * @param tenantId the tenant
 * @param orderId the order
 * @param sequence always 1: a pack is verified once
 * @param occurredAt when the pack was completed
 * @param packer who packed
 * @param units the units packed, by SKU
 */
public record PackVerified(TenantId tenantId, OrderId orderId, long sequence, Instant occurredAt, String packer,
                           Map<Sku, Long> units) implements DomainEvent {

    /** The published type. */
    public static final EventType TYPE = EventType.of("pack.verified");

    /** Copies the units. */
    public PackVerified {
        units = Map.copyOf(units);
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "pack";
    }

    @Override
    public String aggregateId() {
        return orderId.value();
    }
}
