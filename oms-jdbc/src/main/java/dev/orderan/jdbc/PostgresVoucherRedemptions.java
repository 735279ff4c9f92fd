package dev.orderan.jdbc;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.pricing.Voucher;
import dev.orderan.core.pricing.VoucherRedemptions;
import dev.orderan.core.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Voucher redemption counts in {@code voucher_redemptions}: a row per code with its total (customer
 * {@code ''}) and a row per code and customer. A redemption makes sure both rows exist, locks them
 * ({@code SELECT ... FOR UPDATE}, always in the same order, so two placements never deadlock), checks
 * the limits against the counts it now holds and adds one to both, in the placement's transaction:
 * two concurrent placements cannot both pass a limit.
 */
final class PostgresVoucherRedemptions implements VoucherRedemptions {

    private final PostgresStore store;
    private final String ensure;
    private final String lock;
    private final String count;

    PostgresVoucherRedemptions(PostgresStore store) {
        this.store = store;
        String table = store.table("voucher_redemptions");
        this.ensure = "INSERT INTO " + table + " (tenant_id, code, customer_id, used) VALUES (?, ?, '', 0), (?, ?, ?, 0)"
                + " ON CONFLICT (tenant_id, code, customer_id) DO NOTHING";
        this.lock = "SELECT customer_id, used FROM " + table
                + " WHERE tenant_id = ? AND code = ? AND customer_id IN ('', ?) ORDER BY customer_id FOR UPDATE";
        this.count = "UPDATE " + table + " SET used = used + 1 WHERE tenant_id = ? AND code = ? AND customer_id IN ('', ?)";
    }

    @Override
    public boolean redeem(Transaction tx, String code, CustomerId customer, String orderId, OptionalLong totalLimit,
            OptionalLong perCustomerLimit) {
        PostgresTransaction t = store.open(tx);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(totalLimit, "totalLimit");
        Objects.requireNonNull(perCustomerLimit, "perCustomerLimit");
        String normalized = Voucher.normalize(code);
        Connection c = t.connection();
        try {
            try (PreparedStatement ps = c.prepareStatement(ensure)) {
                ps.setString(1, t.tenant().value());
                ps.setString(2, normalized);
                ps.setString(3, t.tenant().value());
                ps.setString(4, normalized);
                ps.setString(5, customer.value());
                ps.executeUpdate();
            }
            long used = 0;
            long usedByCustomer = 0;
            try (PreparedStatement ps = c.prepareStatement(lock)) {
                ps.setString(1, t.tenant().value());
                ps.setString(2, normalized);
                ps.setString(3, customer.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).isEmpty()) {
                            used = rs.getLong(2);
                        } else {
                            usedByCustomer = rs.getLong(2);
                        }
                    }
                }
            }
            if ((totalLimit.isPresent() && used >= totalLimit.getAsLong())
                    || (perCustomerLimit.isPresent() && usedByCustomer >= perCustomerLimit.getAsLong())) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(count)) {
                ps.setString(1, t.tenant().value());
                ps.setString(2, normalized);
                ps.setString(3, customer.value());
                ps.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new DatabaseException("redeeming voucher " + normalized, e);
        }
    }
}
