package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.tax.TaxCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Enum names that appear in stored events and snapshots are a published schema: renaming or
 * removing one breaks every stored history. This test fails on any such change; adding a name means
 * adding it here on purpose.
 */
class FrozenNamesTest {

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void enumNamesUsedInEventsAndSnapshotsDoNotChange() {
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("OrderStatus", List.of("PENDING_APPROVAL", "AWAITING_DESIGN_APPROVAL", "AWAITING_PAYMENT",
                "PAYMENT_FAILED", "AWAITING_SUPPLY", "ACCEPTED", "AWAITING_SUPPLIER", "IN_PRODUCTION", "PROCESSING",
                "PACKED", "SHIPPED", "DELIVERED", "COMPLETED", "CANCELLED", "RETURN_REQUESTED", "RETURNED"));
        expected.put("OrderTrigger", List.of("APPROVE", "REJECT", "APPROVE_DESIGN", "REVISE_DESIGN", "CONFIRM_PAYMENT",
                "FAIL_PAYMENT", "RETRY_PAYMENT", "EXPIRE_PAYMENT", "RECEIVE_SUPPLY", "FORWARD_TO_SUPPLIER",
                "CONFIRM_BY_SUPPLIER", "DECLINE_BY_SUPPLIER", "COMPLETE_STAGE", "FINISH_PRODUCTION",
                "START_PROCESSING", "PACK", "SHIP", "DELIVER", "RETURN_TO_SENDER", "COMPLETE", "CANCEL",
                "REQUEST_RETURN", "RECEIVE_RETURN", "REJECT_RETURN", "REFUND", "ERASE_PERSONAL_DATA"));
        expected.put("OrderType", List.of("B2C_PREPAID", "B2C_COD", "B2B", "DROPSHIP", "PRE_ORDER", "MADE_TO_ORDER",
                "SUBSCRIPTION"));
        expected.put("PaymentMethod", List.of("VIRTUAL_ACCOUNT", "BANK_TRANSFER", "CARD", "E_WALLET", "QRIS",
                "PAYLATER", "CONVENIENCE_STORE", "COD", "INVOICE", "MARKETPLACE"));
        expected.put("SalesChannel", List.of("WEB", "APP", "PHONE", "MESSAGE", "IN_PERSON", "TOKOPEDIA", "SHOPEE",
                "TIKTOK_SHOP", "LAZADA", "B2B_PORTAL", "SUBSCRIPTION_RENEWAL", "OTHER"));
        expected.put("CancelledBy", List.of("CUSTOMER", "SELLER", "SYSTEM"));
        expected.put("ServiceLevel", List.of("REGULAR", "EXPRESS", "SAME_DAY", "INSTANT", "CARGO", "PICKUP", "NONE"));
        expected.put("PaymentStatus", List.of("PENDING", "PARTIALLY_PAID", "FAILED", "PAID", "PARTIALLY_REFUNDED",
                "REFUNDED"));
        expected.put("TaxCategory", List.of("STANDARD", "LUXURY", "EXEMPT", "REDUCED"));
        expected.put("PriceMode", List.of("TAX_EXCLUSIVE", "TAX_INCLUSIVE"));
        expected.put("DiscountOutcome.Reason", List.of("APPLIED", "APPLIED_TRIMMED_BY_CAP", "NOT_YET_VALID",
                "EXPIRED", "WRONG_CHANNEL", "CURRENCY_MISMATCH", "CUSTOMER_GROUP_NOT_ELIGIBLE", "VOUCHER_REQUIRED",
                "UNKNOWN_VOUCHER_CODE", "VOUCHER_NOT_VALID_NOW", "VOUCHER_USAGE_LIMIT_REACHED",
                "VOUCHER_CUSTOMER_LIMIT_REACHED", "VOUCHER_NEEDS_CUSTOMER", "MINIMUM_SPEND_NOT_MET",
                "NO_MATCHING_LINES", "BLOCKED_BY_EXCLUSIVE", "COMBINED_CAP_REACHED", "NOTHING_LEFT_TO_DISCOUNT"));
        Map<String, List<String>> actual = new TreeMap<>();
        actual.put("OrderStatus", names(OrderStatus.class));
        actual.put("OrderTrigger", names(OrderTrigger.class));
        actual.put("OrderType", names(OrderType.class));
        actual.put("PaymentMethod", names(PaymentMethod.class));
        actual.put("SalesChannel", names(SalesChannel.class));
        actual.put("CancelledBy", names(CancelledBy.class));
        actual.put("ServiceLevel", names(ServiceLevel.class));
        actual.put("PaymentStatus", names(PaymentStatus.class));
        actual.put("TaxCategory", names(TaxCategory.class));
        actual.put("PriceMode", names(PriceMode.class));
        actual.put("DiscountOutcome.Reason", names(DiscountOutcome.Reason.class));
        assertEquals(expected, actual);
    }

    @Test
    void everyEventTypeNameIsUniqueAndNamesItsAggregate() {
        List<String> types = Arrays.stream(OrderEvent.class.getPermittedSubclasses()).map(c -> {
            try {
                return ((dev.orderan.core.event.EventType) c.getField("TYPE").get(null)).name();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(c + " has no public static TYPE", e);
            }
        }).toList();
        assertEquals(types.size(), types.stream().distinct().count(), "unique: " + types);
        types.forEach(t -> assertEquals("order", t.substring(0, t.indexOf('.')), t));
    }
}
