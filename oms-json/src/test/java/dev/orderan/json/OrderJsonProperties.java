package dev.orderan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.orderan.core.common.OrderanException;
import dev.orderan.core.event.DomainEvent;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.CancelledBy;
import dev.orderan.core.order.CommandMetadata;
import dev.orderan.core.order.Order;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderService;
import dev.orderan.core.order.OrderSnapshot;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.core.order.OrderType;
import dev.orderan.core.order.PlaceOrder;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.store.memory.InMemoryStore;
import dev.orderan.testkit.OrderFixtures;
import dev.orderan.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Orders that went through random command sequences of every order type: their snapshots (with and
 * without the personal data kept apart), every event of their history and every command they were
 * given survive the trip through JSON, and the order restored from the JSON snapshot equals the
 * order.
 */
class OrderJsonProperties {

    private static final OrderanJson JSON = new OrderanJson();
    private static final jakarta.validation.Validator VALIDATOR =
            dev.orderan.core.validation.Validators.createDefault();

    private static OrderCommand command(int pick, Order order) {
        return switch (pick % 24) {
            case 0 -> new OrderCommand.ConfirmPayment(order.amountDue().isPositive() ? order.amountDue() : Money.idr(1),
                    "PAY-" + order.version());
            case 1 -> new OrderCommand.ConfirmPayment(Money.idr(1_000), "partial \"quoted\" \\ " + order.version());
            case 2 -> new OrderCommand.FailPayment("ditolak bank ✗");
            case 3 -> new OrderCommand.RetryPayment();
            case 4 -> new OrderCommand.StartProcessing();
            case 5 -> new OrderCommand.Pack();
            case 6 -> new OrderCommand.Ship("jne", "JNE" + order.version());
            case 7 -> new OrderCommand.Deliver("Siti");
            case 8 -> new OrderCommand.Complete();
            case 9 -> new OrderCommand.Cancel(CancelledBy.CUSTOMER, "berubah pikiran");
            case 10 -> new OrderCommand.RequestReturn("salah ukuran");
            case 11 -> new OrderCommand.ReceiveReturn();
            case 12 -> new OrderCommand.RejectReturn("terlambat");
            case 13 -> new OrderCommand.Approve("U-7");
            case 14 -> new OrderCommand.ApproveDesign("U-8");
            case 15 -> new OrderCommand.ReviseDesign("v" + order.version());
            case 16 -> new OrderCommand.CompleteStage(List.of("cutting", "welding", "painting")
                    .get(order.completedStages().size() % 3));
            case 17 -> new OrderCommand.FinishProduction();
            case 18 -> new OrderCommand.ReceiveSupply();
            case 19 -> new OrderCommand.ForwardToSupplier("PT Pemasok");
            case 20 -> new OrderCommand.ConfirmBySupplier();
            case 21 -> new OrderCommand.Refund("RF-" + order.version(), List.of(new UnitRef(0, order.version() % 2)),
                    "returned");
            case 22 -> new OrderCommand.RefundExcess("RX-" + order.version(), "excess");
            default -> new OrderCommand.ErasePersonalData();
        };
    }

    @Test
    void ordersOfEveryTypeRoundTripThroughJsonAfterRandomCommands() {
        qt().withExamples(60).forAll(integers().between(0, OrderType.values().length - 1),
                lists().of(integers().between(0, 200)).ofSizeBetween(0, 25)).checkAssert((typeIndex, picks) -> {
                    OrderType type = OrderType.values()[typeIndex];
                    TestClock clock = new TestClock(Instant.parse("2026-11-25T03:00:00.123456789Z"));
                    OrderService orders = OrderService.builder().store(new InMemoryStore()).clock(clock)
                            .validator(VALIDATOR).build();
                    PlaceOrder placement = OrderFixtures.placement(type, "P-1").notes("tinggalkan di pos satpam")
                            .build();
                    assertEquals(placement, JSON.readPlaceOrder(JSON.writePlaceOrder(placement)));
                    Order order = orders.place(placement).order();
                    for (int pick : picks) {
                        clock.advance(Duration.ofMinutes(7).plusNanos(pick));
                        List<OrderTrigger> allowed = List.copyOf(orders.allowedTriggers(order));
                        OrderCommand c = command(pick, order);
                        for (int i = 0; i < 24 && !allowed.isEmpty() && pick > 100; i++) {
                            // Most picks choose among what the status allows, so walks go deep.
                            OrderCommand candidate = command(pick + i, order);
                            if (allowed.contains(candidate.trigger())) {
                                c = candidate;
                                break;
                            }
                        }
                        assertEquals(c, JSON.readCommand(JSON.writeCommand(c)));
                        try {
                            order = orders.handle(order.tenantId(), order.id(), c, CommandMetadata.none()).order();
                        } catch (OrderanException refused) {
                            // Refused commands change nothing; the walk goes on.
                        }
                    }
                    OrderSnapshot snapshot = order.snapshot();
                    OrderSnapshot full = JSON.readSnapshot(JSON.writeSnapshot(snapshot));
                    assertEquals(snapshot, full);
                    assertEquals(order, Order.restore(full));
                    String apart = JSON.writeSnapshotWithoutPersonalData(snapshot);
                    assertFalse(apart.contains(order.customer().email()), apart);
                    assertEquals(snapshot, JSON.readSnapshot(apart,
                            JSON.readPersonalData(JSON.writePersonalData(snapshot.personalData()))));
                    for (EventEnvelope<OrderEvent> e : orders.history(order.tenantId(), order.id())) {
                        EventEnvelope<DomainEvent> back = JSON.readEnvelope(JSON.writeEnvelope(e));
                        assertEquals(e, back);
                    }
                });
    }
}
