package dev.orderan.core.pricing;

import dev.orderan.core.common.CustomerId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A thread-safe in-memory {@link VoucherUsage}, for tests and single-node hosts. */
public final class InMemoryVoucherUsage implements VoucherUsage {

    private final Map<String, AtomicLong> total = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> perCustomer = new ConcurrentHashMap<>();

    /** Records one redemption of a code by a customer. */
    public void recordRedemption(String code, CustomerId customer) {
        String c = Voucher.normalize(code);
        total.computeIfAbsent(c, k -> new AtomicLong()).incrementAndGet();
        perCustomer.computeIfAbsent(c + '\u0000' + customer.value(), k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public long timesUsed(String code) {
        AtomicLong n = total.get(Voucher.normalize(code));
        return n == null ? 0 : n.get();
    }

    @Override
    public long timesUsedBy(String code, CustomerId customer) {
        AtomicLong n = perCustomer.get(Voucher.normalize(code) + '\u0000' + customer.value());
        return n == null ? 0 : n.get();
    }
}
