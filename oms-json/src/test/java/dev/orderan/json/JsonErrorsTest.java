package dev.orderan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.OrderId;
import dev.orderan.core.event.EventEnvelope;
import dev.orderan.core.event.EventMetadata;
import dev.orderan.core.money.Money;
import dev.orderan.core.order.OrderEvent;
import dev.orderan.core.order.OrderRef;
import dev.orderan.testkit.OrderFixtures;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Bad documents are refused with the JSON path of the problem, and nothing is built from them. */
class JsonErrorsTest {

    private static final OrderanJson JSON = new OrderanJson();
    private static final String PAYMENT = JSON.writeEnvelope(new EventEnvelope<>(
            UUID.fromString("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
            new OrderEvent.PaymentReceived(new OrderRef(OrderFixtures.TENANT, OrderId.of("INV-1")), 3,
                    Instant.parse("2026-11-25T03:00:00Z"), Money.idr(150_000), "VA-1"),
            new EventMetadata(Optional.of("order|INV-1|VA-1"), "checkout-77", Optional.empty())));

    private static JsonInputException refused(String json, Function<String, ?> reader) {
        return assertThrows(JsonInputException.class, () -> reader.apply(json));
    }

    private static void refusedAt(String path, String json) {
        JsonInputException e = refused(json, JSON::readEnvelope);
        assertEquals(path, e.path(), e.getMessage());
    }

    @Test
    void aWellFormedEnvelopeReadsBack() {
        assertEquals(Money.idr(150_000), ((OrderEvent.PaymentReceived) JSON.readEnvelope(PAYMENT).event()).amount());
    }

    @Test
    void malformedJsonDuplicateKeysAndTrailingTextAreRefused() {
        assertTrue(refused("{\"eventId\": ", JSON::readEnvelope).problem().contains("well-formed"));
        assertTrue(refused(PAYMENT + " {}", JSON::readEnvelope).problem().contains("well-formed"));
        assertEquals("$", refused(PAYMENT.replace("\"sequence\":3", "\"sequence\":3,\"sequence\":4"),
                JSON::readEnvelope).path());
        assertEquals("$", refused("[1,2]", JSON::readEnvelope).path());
    }

    @Test
    void missingUnknownAndMistypedFieldsNameTheirPath() {
        refusedAt("$.data.reference", PAYMENT.replace(",\"reference\":\"VA-1\"", ""));
        refusedAt("$.data.note", PAYMENT.replace("\"reference\"", "\"note\":\"x\",\"reference\""));
        refusedAt("$.data.amount.minor", PAYMENT.replace("\"minor\":15000000", "\"minor\":\"15000000\""));
        refusedAt("$.data.amount.minor", PAYMENT.replace("\"minor\":15000000", "\"minor\":150000.5"));
        refusedAt("$.data.amount.minor", PAYMENT.replace("\"minor\":15000000", "\"minor\":92233720368547758080"));
        refusedAt("$.data.amount.currency", PAYMENT.replace("\"IDR\"", "\"XYZ\""));
        refusedAt("$.sequence", PAYMENT.replace("\"sequence\":3", "\"sequence\":0"));
        refusedAt("$.metadata.correlationId", PAYMENT.replace("\"correlationId\":\"checkout-77\"",
                "\"correlationId\":null"));
        refusedAt("$.extra", PAYMENT.replace("{\"eventId\"", "{\"extra\":1,\"eventId\""));
        refusedAt("$.occurredAt", PAYMENT.replace("2026-11-25T03:00:00Z", "25/11/2026"));
        refusedAt("$.eventId", PAYMENT.replace("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "not-a-uuid"));
    }

    @Test
    void unknownTypesAndRevisionsAreRefused() {
        JsonInputException type = refused(PAYMENT.replace("order.payment-received", "order.paid"), JSON::readEnvelope);
        assertEquals("$.type", type.path());
        assertTrue(type.problem().contains("order.paid"), type.getMessage());
        JsonInputException revision = refused(PAYMENT.replace("\"revision\":1", "\"revision\":2"), JSON::readEnvelope);
        assertEquals("$.revision", revision.path());
        assertTrue(revision.problem().contains("revision 2"), revision.getMessage());
    }

    @Test
    void valuesTheDomainRefusesAreReportedAtTheirField() {
        JsonInputException id = refused(PAYMENT.replace("\"aggregateId\":\"INV-1\"", "\"aggregateId\":\"INV 1\""),
                JSON::readEnvelope);
        assertEquals("$.aggregateId", id.path());
        assertTrue(id.problem().contains("orderId"), id.getMessage());
        refusedAt("$.tenant", PAYMENT.replace("\"tenant\":\"gayalokal\"", "\"tenant\":\"\""));
        refusedAt("$.aggregateType", PAYMENT.replace("\"aggregateType\":\"order\"", "\"aggregateType\":\"reservation\""));
    }

    @Test
    void commandsAndSnapshotsAreReadAsStrictly() {
        assertEquals("$.command", refused("{\"command\":\"teleport\"}", JSON::readCommand).path());
        assertEquals("$.amount", refused("{\"command\":\"confirm-payment\",\"reference\":\"x\"}", JSON::readCommand)
                .path());
        assertEquals("$.schema", refused("{\"schema\":\"invoice\"}", JSON::readSnapshot).path());
        assertEquals("$.units[1]", refused("{\"command\":\"refund\",\"refundId\":\"R\",\"reason\":\"r\","
                + "\"units\":[{\"lineIndex\":0,\"unitIndex\":0},{\"lineIndex\":-1,\"unitIndex\":0}]}",
                JSON::readCommand).path());
        assertEquals("$.minor", refused("{\"currency\":\"IDR\"}", JSON::readMoney).path());
    }

    @Test
    void theJacksonModuleGivesHostMappersTheSameShapesAndErrors() {
        JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
        EventEnvelope<?> envelope = mapper.readValue(PAYMENT, EventEnvelope.class);
        assertEquals(PAYMENT, mapper.writeValueAsString(envelope));
        assertEquals("{\"currency\":\"IDR\",\"minor\":1250000}", mapper.writeValueAsString(Money.idr(12_500)));
        DatabindException e = assertThrows(DatabindException.class,
                () -> mapper.readValue("{\"currency\":\"IDR\",\"minor\":1.5}", Money.class));
        assertTrue(e.getMessage().contains("$.minor"), e.getMessage());
    }
}
