package dev.orderan.inventory.order;

import dev.orderan.core.order.OrderEvent;
import dev.orderan.inventory.sourcing.Destination;

/**
 * Turns an order's shipping area into the {@link Destination} sourcing ranks locations by. The
 * default uses the province as the zone, matching locations whose zone names the same province;
 * hosts with coordinates (a postal-code table, a geocoder) supply their own.
 */
@FunctionalInterface
public interface DestinationResolver {

    /** The province as the zone, no coordinates. */
    DestinationResolver BY_PROVINCE = area -> Destination.zone(area.province());

    /** Where goods for this area go. */
    Destination destinationOf(OrderEvent.ShippingArea area);
}
