package dev.orderan.core.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.money.Money;
import dev.orderan.core.store.memory.InMemoryStore;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Voucher redemptions kept in memory: limits in total and per customer, codes counted however they
 * were typed, per tenant, and a redemption rolled back with its transaction is not counted.
 */
class InMemoryVoucherRedemptionsTest {

    private static final TenantId TOKO = TenantId.of("toko");
    private static final CustomerId SITI = CustomerId.of("siti");
    private static final CustomerId BUDI = CustomerId.of("budi");

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryVoucherRedemptions redemptions = InMemoryVoucherRedemptions.of(store);

    private boolean redeem(String code, CustomerId customer, OptionalLong total, OptionalLong perCustomer) {
        return store.inTransaction(TOKO, tx -> redemptions.redeem(tx, code, customer, "O-1", total, perCustomer));
    }

    @Test
    void redemptionsStopAtTheTotalAndThePerCustomerLimit() {
        assertSame(redemptions, InMemoryVoucherRedemptions.of(store), "one instance per store");
        OptionalLong two = OptionalLong.of(2);
        OptionalLong one = OptionalLong.of(1);
        assertTrue(redeem("payday", SITI, two, one));
        assertFalse(redeem(" PAYDAY ", SITI, two, one), "Siti's one use is taken");
        assertTrue(redeem("payday", BUDI, two, one));
        assertFalse(redeem("payday", CustomerId.of("andi"), two, one), "both uses are taken");
        VoucherUsage usage = redemptions.usage(TOKO);
        assertEquals(2, usage.timesUsed("PAYDAY"));
        assertEquals(1, usage.timesUsedBy("payday", SITI));
        assertEquals(0, usage.timesUsedBy("payday", CustomerId.of("andi")));
        // Without limits every redemption counts.
        for (int i = 0; i < 3; i++) {
            assertTrue(redeem("gajian", SITI, OptionalLong.empty(), OptionalLong.empty()));
        }
        assertEquals(3, usage.timesUsedBy("GAJIAN", SITI));
        assertEquals(0, redemptions.usage(TenantId.of("other")).timesUsed("PAYDAY"), "tenants count apart");
    }

    @Test
    void aRedemptionRolledBackWithItsTransactionIsNotCounted() {
        assertTrue(redeem("payday", SITI, OptionalLong.of(5), OptionalLong.of(5)));
        assertThrows(IllegalStateException.class, () -> store.inTransaction(TOKO, tx -> {
            redemptions.redeem(tx, "payday", SITI, "O-2", OptionalLong.of(5), OptionalLong.of(5));
            throw new IllegalStateException("payment refused");
        }));
        assertEquals(1, redemptions.usage(TOKO).timesUsed("payday"));
        assertEquals(1, redemptions.usage(TOKO).timesUsedBy("payday", SITI));
    }

    @Test
    void aRepricedOrderWithTheSameTotalIsSettled() {
        PriceBreakdown b = PricingEngine.standard().price(PricingEngineTest.idr(PricingContext.NONE, 0,
                PricingEngineTest.line(Sku.of("A"), 1, 100_000, "x")));
        PriceBreakdown more = PricingEngine.standard().price(PricingEngineTest.idr(PricingContext.NONE, 0,
                PricingEngineTest.line(Sku.of("A"), 2, 100_000, "x")));
        assertTrue(PriceDelta.between(b, b).isSettled());
        assertFalse(PriceDelta.between(b, more).isSettled());
        assertEquals(Money.idr(111_000), PriceDelta.between(b, more).amountToCollect().orElseThrow());
    }
}
