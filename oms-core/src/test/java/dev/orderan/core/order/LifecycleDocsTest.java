package dev.orderan.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderan.core.lifecycle.Lifecycle;
import dev.orderan.core.lifecycle.Transition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/lifecycles.md} is generated from the lifecycle tables; this test fails when the file
 * is out of date. Regenerate with {@code ./mvnw -pl oms-core test -Dtest=LifecycleDocsTest -Dorderan.updateDocs=true}.
 */
class LifecycleDocsTest {

    private static final Path DOC = Path.of("..", "docs", "lifecycles.md");

    private static final Map<OrderType, String> ABOUT = Map.of(
            OrderType.B2C_PREPAID, "Business to consumer, paid before anything happens. A failed payment suspends "
                    + "the order (the customer may retry) until it is paid, cancelled or the payment window expires.",
            OrderType.B2C_COD, "Cash on delivery: accepted at once, the courier collects the cash. Payment is "
                    + "confirmed while shipped or delivered (internal transition); the order completes only when "
                    + "paid in full (remitted). A failed delivery returns to sender.",
            OrderType.B2B, "Business to business: the seller approves first (or rejects), then fulfils; the "
                    + "invoice is paid on payment terms at any point after approval and must be paid in full "
                    + "before completion.",
            OrderType.DROPSHIP, "The seller holds no stock: after payment the order is forwarded to a supplier, "
                    + "who confirms (or declines) and ships straight to the customer.",
            OrderType.PRE_ORDER, "Paid before the goods exist; waits for supply, then is fulfilled like any order.",
            OrderType.MADE_TO_ORDER, "Made to the customer's specification: the design is revised until approved, "
                    + "paid, produced stage by stage (each stage once), then shipped.",
            OrderType.SUBSCRIPTION, "Created by a subscription renewal. Failed charges are retried (dunning) until "
                    + "paid or expired; renewals with nothing to ship complete right after payment.");

    static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Order lifecycles\n\n");
        sb.append("<!-- Generated from OrderLifecycles by LifecycleDocsTest; do not edit by hand. -->\n\n");
        sb.append("Every order type follows its own lifecycle, a table of the generic `Lifecycle` engine ")
                .append("(`dev.orderan.core.lifecycle`). A command fires one trigger; a trigger a status does not ")
                .append("list is refused with `IllegalTransitionException` naming the machine, the status, the ")
                .append("trigger and the allowed triggers, and a guard that does not hold is refused with ")
                .append("`GuardRejectedException` naming the guard. Every status change emits `OrderEvent.StatusChanged`. ")
                .append("`COMPLETED`, `CANCELLED` and `RETURNED` are final. Hosts derive their own variants with ")
                .append("`OrderLifecycles.forType(type).toBuilder(\"name\")` and register them with ")
                .append("`OrderService.builder().lifecycle(type, lifecycle)`.\n\n");
        sb.append("## Customer-facing status\n\n| Status | Indonesian | English |\n|---|---|---|\n");
        for (OrderStatus s : OrderStatus.values()) {
            sb.append("| `").append(s).append("` | ").append(s.customerStatus().indonesian()).append(" | ")
                    .append(s.customerStatus().english()).append(" |\n");
        }
        for (OrderType type : OrderType.values()) {
            Lifecycle<OrderStatus, OrderTrigger, OrderContext, OrderEvent> l = OrderLifecycles.forType(type);
            sb.append("\n## ").append(type).append(" (`").append(l.name()).append("`)\n\n");
            sb.append(ABOUT.get(type)).append("\n\n");
            sb.append("```mermaid\n").append(l.toMermaid()).append("```\n\n");
            sb.append("| From | Trigger | Guard | To |\n|---|---|---|---|\n");
            for (Transition<OrderStatus, OrderTrigger, OrderContext, OrderEvent> t : l.transitions()) {
                sb.append("| `").append(t.from()).append("` | `").append(t.trigger()).append("` | ")
                        .append(t.guardName().orElse("")).append(" | `").append(t.to()).append("`")
                        .append(t.isInternal() ? " (stays)" : "").append(" |\n");
            }
        }
        return sb.toString();
    }

    @Test
    void docsLifecyclesMdMatchesTheCode() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("orderan.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/lifecycles.md is out of date; regenerate it with "
                + "./mvnw -pl oms-core test -Dtest=LifecycleDocsTest -Dorderan.updateDocs=true");
    }
}
