package dev.orderan.json;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.OrderId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.money.Currencies;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PaymentMethod;
import dev.orderan.core.order.SalesChannel;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.pricing.DiscountOutcome;
import dev.orderan.core.pricing.PriceMode;
import dev.orderan.core.tax.TaxCategory;
import dev.orderan.inventory.InventoryEvent;
import dev.orderan.inventory.barcode.PackVerified;
import dev.orderan.inventory.reservation.ReleaseReason;
import dev.orderan.inventory.reservation.ReservationId;
import dev.orderan.inventory.reservation.ReservedLine;
import dev.orderan.inventory.stock.Movement;
import dev.orderan.inventory.stock.MovementReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of every event type, with values chosen to stress the JSON form: any
 * text of the Basic Multilingual Plane and beyond (quotes, backslashes, control characters,
 * emoji), extreme numbers, times down to the nanosecond, every enum constant.
 */
final class Generators {

    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-/:#";
    private static final List<String> CURRENCIES = List.of("IDR", "USD", "EUR", "JPY", "BHD", "SGD");

    private Generators() {
    }

    /** Any text: BMP characters without lone surrogates, then an emoji now and then. */
    static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12)
            .mix(strings().betweenCodePoints(0x1F300, 0x1F64F).ofLengthBetween(1, 3), 10)
            .mix(strings().ascii().ofLengthBetween(0, 20), 40);

    static final Gen<Long> ANY_LONG = longs().all();
    static final Gen<Long> SMALL = longs().between(0, 1_000_000);
    static final Gen<Integer> ANY_INT = integers().all();

    static Gen<String> id(int maxLength) {
        return lists().of(integers().between(0, ID_CHARS.length() - 1)).ofSizeBetween(1, maxLength).map(ix -> {
            StringBuilder sb = new StringBuilder();
            ix.forEach(i -> sb.append(ID_CHARS.charAt(i)));
            return sb.toString();
        });
    }

    static final Gen<TenantId> TENANT = id(64).map(TenantId::of);
    static final Gen<OrderId> ORDER_ID = id(64).map(OrderId::of);
    static final Gen<CustomerId> CUSTOMER_ID = id(64).map(CustomerId::of);
    static final Gen<Sku> SKU = id(40).zip(id(10), booleans().all(), (a, b, spaced) -> Sku.of(spaced ? a + " (" + b + ")" : a));
    static final Gen<LocationId> LOCATION = id(30).map(LocationId::of);

    static final Gen<Instant> INSTANT = longs().between(-62_135_596_800L, 253_402_300_799L)
            .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
    static final Gen<LocalDate> DATE = integers().between(-200_000, 2_900_000).map(d -> LocalDate.ofEpochDay(d));
    static final Gen<Duration> DURATION = longs().between(0, 10_000_000_000L)
            .zip(integers().between(0, 999_999_999), Duration::ofSeconds);
    static final Gen<Money> MONEY = integers().between(0, CURRENCIES.size() - 1)
            .zip(ANY_LONG, (c, m) -> Money.ofMinor(m, Currencies.of(CURRENCIES.get(c))));

    static <E extends Enum<E>> Gen<E> anyOf(Class<E> type) {
        return arbitrary().enumValues(type);
    }

    static <T> Gen<List<T>> listOf(Gen<T> g) {
        return lists().of(g).ofSizeBetween(0, 4);
    }

    static final Gen<OrderRef> REF = TENANT.zip(ORDER_ID, OrderRef::new);
    static final Gen<Long> SEQUENCE = longs().between(1, Long.MAX_VALUE);

    /** The parts every order event has. */
    private record Head(OrderRef ref, long sequence, Instant at) {
    }

    private static final Gen<Head> HEAD = REF.zip(SEQUENCE, INSTANT, Head::new);

    private static final Gen<OrderEvent.PlacedLine> PLACED_LINE = in -> new OrderEvent.PlacedLine(SKU.generate(in),
            TEXT.generate(in), TEXT.generate(in), ANY_LONG.generate(in), MONEY.generate(in),
            anyOf(TaxCategory.class).generate(in), TEXT.generate(in), booleans().all().generate(in), TEXT.generate(in),
            DURATION.generate(in), TEXT.generate(in));

    private static final Gen<OrderEvent.PriceLine> PRICE_LINE = in -> new OrderEvent.PriceLine(ANY_LONG.generate(in),
            ANY_LONG.generate(in), ANY_LONG.generate(in), ANY_LONG.generate(in), ANY_LONG.generate(in),
            ANY_LONG.generate(in), TEXT.generate(in), ANY_LONG.generate(in), ANY_LONG.generate(in),
            ANY_LONG.generate(in), ANY_LONG.generate(in), TEXT.generate(in));

    private static final Gen<OrderEvent.PriceData> PRICE = in -> new OrderEvent.PriceData(
            CURRENCIES.get(integers().between(0, CURRENCIES.size() - 1).generate(in)),
            anyOf(PriceMode.class).generate(in), ANY_LONG.generate(in), ANY_LONG.generate(in), ANY_LONG.generate(in),
            ANY_LONG.generate(in), booleans().all().generate(in), listOf(PRICE_LINE).generate(in),
            listOf(in2 -> new OrderEvent.DiscountLine(TEXT.generate(in2),
                    anyOf(DiscountOutcome.Reason.class).generate(in2), ANY_LONG.generate(in2))).generate(in),
            listOf(in2 -> new OrderEvent.VoucherLine(TEXT.generate(in2), TEXT.generate(in2),
                    anyOf(DiscountOutcome.Reason.class).generate(in2), ANY_LONG.generate(in2),
                    ANY_LONG.generate(in2))).generate(in));

    private static final Gen<OrderEvent.Placed> PLACED = in -> {
        Head h = HEAD.generate(in);
        return new OrderEvent.Placed(h.ref(), h.sequence(), h.at(), anyOf(OrderType.class).generate(in),
                TEXT.generate(in), anyOf(SalesChannel.class).generate(in), CUSTOMER_ID.generate(in),
                new OrderEvent.ShippingArea(TEXT.generate(in), TEXT.generate(in), TEXT.generate(in)),
                listOf(PLACED_LINE).generate(in), PRICE.generate(in), anyOf(PaymentMethod.class).generate(in),
                new OrderEvent.ShippingData(TEXT.generate(in), anyOf(ServiceLevel.class).generate(in),
                        ANY_INT.generate(in), MONEY.generate(in)),
                listOf(TEXT).generate(in), listOf(TEXT).generate(in), TEXT.generate(in), TEXT.generate(in),
                anyOf(OrderStatus.class).generate(in));
    };

    private interface WithText<E> {
        E make(OrderRef ref, long sequence, Instant at, String text);
    }

    private static <E extends OrderEvent> Gen<E> withText(WithText<E> make) {
        return in -> {
            Head h = HEAD.generate(in);
            return make.make(h.ref(), h.sequence(), h.at(), TEXT.generate(in));
        };
    }

    /** A generator for every order event type. */
    static Map<Class<?>, Gen<? extends DomainEvent>> orderEvents() {
        Map<Class<?>, Gen<? extends DomainEvent>> m = new LinkedHashMap<>();
        m.put(OrderEvent.Placed.class, PLACED);
        m.put(OrderEvent.PaymentDeadlineSet.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.PaymentDeadlineSet(h.ref(), h.sequence(), h.at(), INSTANT.generate(in));
        });
        m.put(OrderEvent.PaymentTermsAgreed.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.PaymentTermsAgreed(h.ref(), h.sequence(), h.at(), ANY_INT.generate(in));
        });
        m.put(OrderEvent.PreOrderPromised.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.PreOrderPromised(h.ref(), h.sequence(), h.at(), DATE.generate(in));
        });
        m.put(OrderEvent.ProductionPlanned.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.ProductionPlanned(h.ref(), h.sequence(), h.at(), listOf(TEXT).generate(in));
        });
        m.put(OrderEvent.FlaggedAsProbableDuplicate.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.FlaggedAsProbableDuplicate(h.ref(), h.sequence(), h.at(), ORDER_ID.generate(in));
        });
        m.put(OrderEvent.StatusChanged.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.StatusChanged(h.ref(), h.sequence(), h.at(), anyOf(OrderStatus.class).generate(in),
                    anyOf(OrderStatus.class).generate(in), anyOf(OrderTrigger.class).generate(in));
        });
        m.put(OrderEvent.Approved.class, withText(OrderEvent.Approved::new));
        m.put(OrderEvent.Rejected.class, withText(OrderEvent.Rejected::new));
        m.put(OrderEvent.DesignApproved.class, withText(OrderEvent.DesignApproved::new));
        m.put(OrderEvent.DesignRevised.class, withText(OrderEvent.DesignRevised::new));
        m.put(OrderEvent.PaymentReceived.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.PaymentReceived(h.ref(), h.sequence(), h.at(), MONEY.generate(in), TEXT.generate(in));
        });
        m.put(OrderEvent.PaymentFailed.class, withText(OrderEvent.PaymentFailed::new));
        m.put(OrderEvent.Refunded.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.Refunded(h.ref(), h.sequence(), h.at(), TEXT.generate(in), MONEY.generate(in),
                    listOf(in2 -> new OrderEvent.RefundedUnits(integers().between(0, Integer.MAX_VALUE).generate(in2),
                            longs().between(0, Long.MAX_VALUE).generate(in2),
                            longs().between(1, Long.MAX_VALUE).generate(in2), MONEY.generate(in2))).generate(in),
                    MONEY.generate(in), TEXT.generate(in));
        });
        m.put(OrderEvent.ForwardedToSupplier.class, withText(OrderEvent.ForwardedToSupplier::new));
        m.put(OrderEvent.SupplierDeclined.class, withText(OrderEvent.SupplierDeclined::new));
        m.put(OrderEvent.StageCompleted.class, withText(OrderEvent.StageCompleted::new));
        m.put(OrderEvent.Shipped.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.Shipped(h.ref(), h.sequence(), h.at(), TEXT.generate(in), TEXT.generate(in));
        });
        m.put(OrderEvent.Delivered.class, HEAD.map(h -> new OrderEvent.Delivered(h.ref(), h.sequence(), h.at())));
        m.put(OrderEvent.DeliveryFailed.class, withText(OrderEvent.DeliveryFailed::new));
        m.put(OrderEvent.Cancelled.class, in -> {
            Head h = HEAD.generate(in);
            return new OrderEvent.Cancelled(h.ref(), h.sequence(), h.at(), anyOf(CancelledBy.class).generate(in),
                    TEXT.generate(in));
        });
        m.put(OrderEvent.ReturnRequested.class, withText(OrderEvent.ReturnRequested::new));
        m.put(OrderEvent.ReturnRejected.class, withText(OrderEvent.ReturnRejected::new));
        m.put(OrderEvent.PersonalDataErased.class,
                HEAD.map(h -> new OrderEvent.PersonalDataErased(h.ref(), h.sequence(), h.at())));
        return m;
    }

    private static final Gen<ReservedLine> RESERVED_LINE = in -> new ReservedLine(ANY_INT.generate(in),
            SKU.generate(in), LOCATION.generate(in), ANY_LONG.generate(in));
    private static final Gen<ReservationId> RESERVATION = id(64).map(ReservationId::of);

    /** A generator for every inventory and packing event type. */
    static Map<Class<?>, Gen<? extends DomainEvent>> inventoryEvents() {
        Map<Class<?>, Gen<? extends DomainEvent>> m = new LinkedHashMap<>();
        m.put(InventoryEvent.StockMoved.class, in -> new InventoryEvent.StockMoved(TENANT.generate(in),
                new Movement(SEQUENCE.generate(in), SKU.generate(in), LOCATION.generate(in), ANY_LONG.generate(in),
                        anyOf(MovementReason.class).generate(in), TEXT.generate(in), INSTANT.generate(in)),
                ANY_LONG.generate(in)));
        m.put(InventoryEvent.StockReserved.class, in -> new InventoryEvent.StockReserved(TENANT.generate(in),
                RESERVATION.generate(in), ORDER_ID.generate(in), listOf(RESERVED_LINE).generate(in),
                SEQUENCE.generate(in), INSTANT.generate(in)));
        m.put(InventoryEvent.ReservationExpirySet.class, in -> new InventoryEvent.ReservationExpirySet(
                TENANT.generate(in), RESERVATION.generate(in), INSTANT.generate(in), SEQUENCE.generate(in),
                INSTANT.generate(in)));
        m.put(InventoryEvent.ReservationHeldUntilShipment.class, in -> new InventoryEvent.ReservationHeldUntilShipment(
                TENANT.generate(in), RESERVATION.generate(in), SEQUENCE.generate(in), INSTANT.generate(in)));
        m.put(InventoryEvent.ReservationCommitted.class, in -> new InventoryEvent.ReservationCommitted(
                TENANT.generate(in), RESERVATION.generate(in), listOf(RESERVED_LINE).generate(in),
                booleans().all().generate(in), SEQUENCE.generate(in), INSTANT.generate(in)));
        m.put(InventoryEvent.ReservationReleased.class, in -> new InventoryEvent.ReservationReleased(
                TENANT.generate(in), RESERVATION.generate(in), listOf(RESERVED_LINE).generate(in),
                anyOf(ReleaseReason.class).generate(in), SEQUENCE.generate(in), INSTANT.generate(in)));
        m.put(InventoryEvent.LowStock.class, in -> new InventoryEvent.LowStock(TENANT.generate(in), SKU.generate(in),
                LOCATION.generate(in), ANY_LONG.generate(in), ANY_LONG.generate(in), SEQUENCE.generate(in),
                INSTANT.generate(in)));
        m.put(InventoryEvent.OutOfStock.class, in -> new InventoryEvent.OutOfStock(TENANT.generate(in),
                SKU.generate(in), LOCATION.generate(in), SEQUENCE.generate(in), INSTANT.generate(in)));
        m.put(InventoryEvent.ChannelStockChanged.class, in -> new InventoryEvent.ChannelStockChanged(
                TENANT.generate(in), TEXT.generate(in), SKU.generate(in), ANY_LONG.generate(in), SEQUENCE.generate(in),
                INSTANT.generate(in)));
        m.put(InventoryEvent.SupplySlipped.class, in -> new InventoryEvent.SupplySlipped(TENANT.generate(in),
                TEXT.generate(in), SKU.generate(in), LOCATION.generate(in), DATE.generate(in), DATE.generate(in),
                listOf(ORDER_ID).generate(in), SEQUENCE.generate(in), INSTANT.generate(in)));
        m.put(PackVerified.class, in -> {
            Map<Sku, Long> units = new HashMap<>();
            for (Sku s : listOf(SKU).generate(in)) {
                units.put(s, ANY_LONG.generate(in));
            }
            return new PackVerified(TENANT.generate(in), ORDER_ID.generate(in), SEQUENCE.generate(in),
                    INSTANT.generate(in), TEXT.generate(in), units);
        });
        return m;
    }

    /** Metadata with or without command and causation ids. */
    static final Gen<EventMetadata> METADATA = in -> new EventMetadata(
            booleans().all().generate(in) ? Optional.of(TEXT.generate(in)) : Optional.empty(),
            "c" + TEXT.generate(in),
            booleans().all().generate(in) ? Optional.of(TEXT.generate(in)) : Optional.empty());

    /** An envelope around an event of the generator. */
    static Gen<EventEnvelope<DomainEvent>> envelope(Gen<? extends DomainEvent> events) {
        return in -> new EventEnvelope<>(new UUID(ANY_LONG.generate(in), ANY_LONG.generate(in)),
                events.generate(in), METADATA.generate(in));
    }
}
