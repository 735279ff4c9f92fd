package dev.orderan.core.pricing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A voucher code that unlocks a discount rule, with its own validity window and usage limits.
 *
 * @param code the code customers type, compared case-insensitively
 * @param discountId the rule it unlocks
 * @param validFrom first moment it can be used, if limited
 * @param validUntil moment it stops working (exclusive), if limited
 * @param totalLimit how many times it can be redeemed in total, if limited
 * @param perCustomerLimit how many times one customer can redeem it, if limited
 */
public record Voucher(String code, String discountId, Optional<Instant> validFrom, Optional<Instant> validUntil,
                      OptionalLong totalLimit, OptionalLong perCustomerLimit) {

    /** Normalizes the code and checks that nothing is missing. */
    public Voucher {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code: must not be blank");
        }
        code = normalize(code);
        Objects.requireNonNull(discountId, "discountId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(totalLimit, "totalLimit");
        Objects.requireNonNull(perCustomerLimit, "perCustomerLimit");
    }

    /** An unlimited voucher for a rule. */
    public static Voucher of(String code, String discountId) {
        return new Voucher(code, discountId, Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
    }

    /** The same voucher with usage limits. */
    public Voucher withLimits(long total, long perCustomer) {
        return new Voucher(code, discountId, validFrom, validUntil, OptionalLong.of(total), OptionalLong.of(perCustomer));
    }

    /** The same voucher with a validity window. */
    public Voucher withWindow(Instant from, Instant until) {
        return new Voucher(code, discountId, Optional.of(from), Optional.of(until), totalLimit, perCustomerLimit);
    }

    /** The canonical form of a code: trimmed, upper case. */
    public static String normalize(String code) {
        return code.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
