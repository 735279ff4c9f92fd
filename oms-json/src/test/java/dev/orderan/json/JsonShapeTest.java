package dev.orderan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderCommand;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRef;
import dev.orderan.core.order.OrderStatus;
import dev.orderan.core.order.OrderTrigger;
import dev.orderan.testkit.OrderFixtures;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documented shapes, character for character: a change here is a change of the published
 * format (docs/json.md), which stored events and consumers depend on.
 */
class JsonShapeTest {

    private static final OrderanJson JSON = new OrderanJson();
    private static final OrderRef INV_1 = new OrderRef(OrderFixtures.TENANT, OrderId.of("INV-1"));
    private static final Instant AT = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void aPaymentEnvelopeHasTheDocumentedShape() {
        EventEnvelope<OrderEvent> e = new EventEnvelope<>(UUID.fromString("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
                new OrderEvent.PaymentReceived(INV_1, 3, AT, Money.idr(150_000), "VA-1"),
                new EventMetadata(Optional.of("order|INV-1|payment\\|VA-1"), "checkout-77", Optional.empty()));
        assertEquals("{\"eventId\":\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\",\"type\":\"order.payment-received\","
                + "\"revision\":1,\"tenant\":\"gayalokal\",\"aggregateType\":\"order\",\"aggregateId\":\"INV-1\","
                + "\"sequence\":3,\"occurredAt\":\"2026-11-25T03:00:00Z\",\"metadata\":{\"commandId\":"
                + "\"order|INV-1|payment\\\\|VA-1\",\"correlationId\":\"checkout-77\",\"causationId\":null},"
                + "\"data\":{\"amount\":{\"currency\":\"IDR\",\"minor\":15000000},\"reference\":\"VA-1\"}}",
                JSON.writeEnvelope(e));
    }

    @Test
    void aStatusChangeAloneHasTheDocumentedShape() {
        assertEquals("{\"type\":\"order.status-changed\",\"revision\":1,\"tenant\":\"gayalokal\","
                + "\"aggregateType\":\"order\",\"aggregateId\":\"INV-1\",\"sequence\":4,"
                + "\"occurredAt\":\"2026-11-25T03:00:00.000001Z\",\"data\":{\"from\":\"AWAITING_PAYMENT\","
                + "\"to\":\"ACCEPTED\",\"trigger\":\"CONFIRM_PAYMENT\"}}",
                JSON.writeEvent(new OrderEvent.StatusChanged(INV_1, 4, AT.plusNanos(1_000), OrderStatus.AWAITING_PAYMENT,
                        OrderStatus.ACCEPTED, OrderTrigger.CONFIRM_PAYMENT)));
    }

    @Test
    void commandsNameThemselvesInKebabCase() {
        assertEquals("{\"command\":\"confirm-payment\",\"amount\":{\"currency\":\"IDR\",\"minor\":15000000},"
                + "\"reference\":\"VA-1\"}", JSON.writeCommand(new OrderCommand.ConfirmPayment(Money.idr(150_000), "VA-1")));
        assertEquals("{\"command\":\"start-processing\"}", JSON.writeCommand(new OrderCommand.StartProcessing()));
    }
}
