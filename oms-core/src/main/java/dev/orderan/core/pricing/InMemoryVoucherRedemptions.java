package dev.orderan.core.pricing;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.store.Transaction;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.core.store.memory.InMemoryTransaction;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Voucher redemptions of an {@link InMemoryStore}, transactional with it, and the
 * {@link VoucherUsage} a tenant's pricing engine reads for its quotes ({@link #usage(TenantId)}).
 * There is one instance per store ({@link #of(InMemoryStore)}): the order service built on the
 * store records redemptions in it, and a pricing engine given its usage quotes with the same
 * counts, so a quote never offers a voucher whose limit placements have used up.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * PricingEngine engine = PricingEngine.builder()
 *         .voucher(Voucher.of("PAYDAY25", "PAYDAY").withLimits(1_000, 1))
 *         .voucherUsage(InMemoryVoucherRedemptions.of(store).usage(tenant))
 *         .build();
 * OrderService orders = OrderService.builder().store(store).pricing(engine).build();
 * }</pre>
 */
public final class InMemoryVoucherRedemptions implements VoucherRedemptions {

    private final InMemoryStore store;
    private final ConcurrentHashMap<TenantId, Counts> tenants = new ConcurrentHashMap<>();

    private static final class Counts {
        final Map<String, Long> total = new ConcurrentHashMap<>();
        final Map<String, Long> perCustomer = new ConcurrentHashMap<>();
    }

    private InMemoryVoucherRedemptions(InMemoryStore store) {
        this.store = store;
    }

    /**
     * The redemptions kept in (and rolled back with) this store's transactions: the same instance
     * for every call with the same store.
     */
    public static InMemoryVoucherRedemptions of(InMemoryStore store) {
        return Objects.requireNonNull(store, "store").shared(InMemoryVoucherRedemptions.class,
                InMemoryVoucherRedemptions::new);
    }

    @Override
    public boolean redeem(Transaction tx, String code, CustomerId customer, String orderId, OptionalLong totalLimit,
            OptionalLong perCustomerLimit) {
        InMemoryTransaction t = store.open(tx);
        Counts c = tenants.computeIfAbsent(t.tenant(), k -> new Counts());
        String normalized = Voucher.normalize(code);
        String mine = normalized + '\u0000' + customer.value();
        long used = c.total.getOrDefault(normalized, 0L);
        long usedByCustomer = c.perCustomer.getOrDefault(mine, 0L);
        if ((totalLimit.isPresent() && used >= totalLimit.getAsLong())
                || (perCustomerLimit.isPresent() && usedByCustomer >= perCustomerLimit.getAsLong())) {
            return false;
        }
        c.total.put(normalized, used + 1);
        c.perCustomer.put(mine, usedByCustomer + 1);
        t.onRollback(() -> {
            c.total.put(normalized, used);
            c.perCustomer.put(mine, usedByCustomer);
        });
        return true;
    }

    /** How often the tenant's codes were redeemed, for the tenant's pricing engine. */
    public VoucherUsage usage(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return new VoucherUsage() {
            @Override
            public long timesUsed(String code) {
                Counts c = tenants.get(tenant);
                return c == null ? 0 : c.total.getOrDefault(Voucher.normalize(code), 0L);
            }

            @Override
            public long timesUsedBy(String code, CustomerId customer) {
                Counts c = tenants.get(tenant);
                return c == null ? 0 : c.perCustomer.getOrDefault(Voucher.normalize(code) + '\u0000' + customer.value(), 0L);
            }
        };
    }

}
