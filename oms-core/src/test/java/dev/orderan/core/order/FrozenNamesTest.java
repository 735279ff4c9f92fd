package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.tax.TaxCategory;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Enum names that appear in stored events and snapshots are a published schema: renaming or
 * removing one breaks every stored history. This test fails on any such change; adding a name means
 * adding it here on purpose. It also walks the event and snapshot types and fails when an enum they
 * carry is not frozen here.
 */
class FrozenNamesTest {

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** The published names, per enum (nested enums as {@code Outer.Inner}). */
    private static final Map<String, List<String>> FROZEN = frozen();

    /** The enums whose names are frozen, under the same keys. */
    private static final Map<String, Class<? extends Enum<?>>> TYPES = types();

    private static Map<String, List<String>> frozen() {
        Map<String, List<String>> f = new TreeMap<>();
        f.put("OrderStatus", List.of("PENDING_APPROVAL", "AWAITING_DESIGN_APPROVAL", "AWAITING_PAYMENT",
                "PAYMENT_FAILED", "AWAITING_SUPPLY", "ACCEPTED", "AWAITING_SUPPLIER", "IN_PRODUCTION", "PROCESSING",
                "PACKED", "SHIPPED", "DELIVERED", "COMPLETED", "CANCELLED", "RETURN_REQUESTED", "RETURNED"));
        f.put("OrderTrigger", List.of("APPROVE", "REJECT", "APPROVE_DESIGN", "REVISE_DESIGN", "CONFIRM_PAYMENT",
                "FAIL_PAYMENT", "RETRY_PAYMENT", "EXPIRE_PAYMENT", "RECEIVE_SUPPLY", "FORWARD_TO_SUPPLIER",
                "CONFIRM_BY_SUPPLIER", "DECLINE_BY_SUPPLIER", "COMPLETE_STAGE", "FINISH_PRODUCTION",
                "START_PROCESSING", "PACK", "SHIP", "DELIVER", "RETURN_TO_SENDER", "COMPLETE", "CANCEL",
                "REQUEST_RETURN", "RECEIVE_RETURN", "REJECT_RETURN", "REFUND", "ERASE_PERSONAL_DATA"));
        f.put("OrderType", List.of("B2C_PREPAID", "B2C_COD", "B2B", "DROPSHIP", "PRE_ORDER", "MADE_TO_ORDER",
                "SUBSCRIPTION"));
        f.put("PaymentMethod", List.of("VIRTUAL_ACCOUNT", "BANK_TRANSFER", "CARD", "E_WALLET", "QRIS",
                "PAYLATER", "CONVENIENCE_STORE", "COD", "INVOICE", "MARKETPLACE"));
        f.put("SalesChannel", List.of("WEB", "APP", "PHONE", "MESSAGE", "IN_PERSON", "TOKOPEDIA", "SHOPEE",
                "TIKTOK_SHOP", "LAZADA", "B2B_PORTAL", "SUBSCRIPTION_RENEWAL", "OTHER"));
        f.put("CancelledBy", List.of("CUSTOMER", "SELLER", "SYSTEM"));
        f.put("ServiceLevel", List.of("REGULAR", "EXPRESS", "SAME_DAY", "INSTANT", "CARGO", "PICKUP", "NONE"));
        f.put("PaymentStatus", List.of("PENDING", "PARTIALLY_PAID", "FAILED", "PAID", "PARTIALLY_REFUNDED",
                "REFUNDED"));
        f.put("TaxCategory", List.of("STANDARD", "LUXURY", "EXEMPT", "REDUCED"));
        f.put("PriceMode", List.of("TAX_EXCLUSIVE", "TAX_INCLUSIVE"));
        f.put("DiscountOutcome.Reason", List.of("APPLIED", "APPLIED_TRIMMED_BY_CAP", "NOT_YET_VALID",
                "EXPIRED", "WRONG_CHANNEL", "CURRENCY_MISMATCH", "CUSTOMER_GROUP_NOT_ELIGIBLE", "VOUCHER_REQUIRED",
                "UNKNOWN_VOUCHER_CODE", "VOUCHER_NOT_VALID_NOW", "VOUCHER_USAGE_LIMIT_REACHED",
                "VOUCHER_CUSTOMER_LIMIT_REACHED", "VOUCHER_NEEDS_CUSTOMER", "MINIMUM_SPEND_NOT_MET",
                "NO_MATCHING_LINES", "BLOCKED_BY_EXCLUSIVE", "COMBINED_CAP_REACHED", "NOTHING_LEFT_TO_DISCOUNT"));
        return f;
    }

    private static Map<String, Class<? extends Enum<?>>> types() {
        Map<String, Class<? extends Enum<?>>> a = new TreeMap<>();
        a.put("OrderStatus", OrderStatus.class);
        a.put("OrderTrigger", OrderTrigger.class);
        a.put("OrderType", OrderType.class);
        a.put("PaymentMethod", PaymentMethod.class);
        a.put("SalesChannel", SalesChannel.class);
        a.put("CancelledBy", CancelledBy.class);
        a.put("ServiceLevel", ServiceLevel.class);
        a.put("PaymentStatus", PaymentStatus.class);
        a.put("TaxCategory", TaxCategory.class);
        a.put("PriceMode", PriceMode.class);
        a.put("DiscountOutcome.Reason", DiscountOutcome.Reason.class);
        return a;
    }

    @Test
    void enumNamesUsedInEventsAndSnapshotsDoNotChange() {
        Map<String, List<String>> actual = new TreeMap<>();
        TYPES.forEach((key, type) -> actual.put(key, names(type)));
        assertEquals(FROZEN, actual);
    }

    @Test
    void everyEnumCarriedInAnEventOrASnapshotHasItsNamesFrozenHere() {
        Set<Class<?>> enums = new HashSet<>();
        collectEnums(OrderEvent.class, enums, new HashSet<>());
        collectEnums(OrderSnapshot.class, enums, new HashSet<>());
        Set<String> found = new TreeSet<>();
        for (Class<?> e : enums) {
            found.add(key(e));
        }
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(TYPES.keySet());
        assertTrue(missing.isEmpty(), "enums carried in events or snapshots whose names no test freezes: " + missing);
        for (String k : found) {
            assertTrue(enums.contains(TYPES.get(k)), k + " is frozen under another class");
        }
        // The walk reaches the enums of every part of an event: the order, the price, the shipping.
        assertTrue(found.containsAll(Set.of("OrderStatus", "OrderTrigger", "OrderType", "PaymentMethod",
                "SalesChannel", "CancelledBy", "ServiceLevel", "TaxCategory", "PriceMode", "DiscountOutcome.Reason")),
                found.toString());
    }

    private static String key(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    /**
     * Every enum reachable from {@code type}: through record components, the fields of Orderan's own
     * classes, the implementations of sealed interfaces, and type arguments (lists, optionals, maps).
     */
    private static void collectEnums(Type type, Set<Class<?>> enums, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            collectEnums(p.getRawType(), enums, seen);
            for (Type arg : p.getActualTypeArguments()) {
                collectEnums(arg, enums, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collectEnums(bound, enums, seen);
            }
        } else if (type instanceof GenericArrayType g) {
            collectEnums(g.getGenericComponentType(), enums, seen);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collectEnums(c.getComponentType(), enums, seen);
            } else if (c.isEnum()) {
                enums.add(c);
            } else if (c.getName().startsWith("dev.orderan.")) {
                if (c.isSealed()) {
                    for (Class<?> sub : c.getPermittedSubclasses()) {
                        collectEnums(sub, enums, seen);
                    }
                }
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        collectEnums(rc.getGenericType(), enums, seen);
                    }
                } else {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            collectEnums(f.getGenericType(), enums, seen);
                        }
                    }
                }
            }
        }
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
