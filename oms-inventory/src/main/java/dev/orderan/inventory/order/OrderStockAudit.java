package dev.orderan.inventory.order;

import dev.orderan.core.common.Sku;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.inventory.Inventory;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks orders against the stock ledger: every order that has left the warehouse must have sold
 * its goods (sale movements referencing its reservation, as many units per SKU as it ordered). It
 * finds goods shipped without a sale, whatever path let them out (a host that shipped without
 * {@link OrderStockStep}, a reservation released behind the order's back). Exact when no operation
 * runs concurrently, like {@link Inventory#verify()}.
 */
public final class OrderStockAudit {

    private static final Set<OrderStatus> LEFT_THE_WAREHOUSE = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED,
            OrderStatus.COMPLETED, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED);

    private OrderStockAudit() {
    }

    /**
     * A shipped order whose goods were not (all) sold from stock.
     *
     * @param order the order
     * @param sku the SKU short of a sale
     * @param ordered units the order shipped
     * @param sold units sold from stock for it
     */
    public record ShippedWithoutSale(Order order, Sku sku, long ordered, long sold) {
        /** Checks that nothing is missing. */
        public ShippedWithoutSale {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(sku, "sku");
        }
    }

    /** The shipped goods among {@code orders} that the inventory never sold. */
    public static List<ShippedWithoutSale> shippedWithoutSale(List<Order> orders, Inventory inventory) {
        Map<String, Map<Sku, Long>> sales = new HashMap<>();
        for (Movement m : inventory.movementsAfter(0)) {
            if (m.reason() == MovementReason.SALE) {
                sales.computeIfAbsent(m.reference(), k -> new HashMap<>()).merge(m.sku(), -m.delta(), Long::sum);
            }
        }
        List<ShippedWithoutSale> out = new ArrayList<>();
        for (Order o : orders) {
            if (!LEFT_THE_WAREHOUSE.contains(o.status()) || !o.tenantId().equals(inventory.tenantId())) {
                continue;
            }
            ReservationId id = OrderReservations.idOf(o);
            Map<Sku, Long> wanted = new HashMap<>();
            for (OrderLine l : o.lines()) {
                if (!l.isService()) {
                    wanted.merge(l.sku(), l.quantity(), Long::sum);
                }
            }
            Map<Sku, Long> sold = sales.getOrDefault(id.value(), Map.of());
            wanted.forEach((sku, q) -> {
                long s = sold.getOrDefault(sku, 0L);
                if (s < q) {
                    out.add(new ShippedWithoutSale(o, sku, q, s));
                }
            });
        }
        return out;
    }
}
