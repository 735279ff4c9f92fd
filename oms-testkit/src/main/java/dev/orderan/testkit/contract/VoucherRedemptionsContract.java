package dev.orderan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.TenantId;
import dev.orderan.core.pricing.VoucherRedemptions;
import dev.orderan.core.store.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VoucherRedemptions} must guarantee: a total limit and a per-customer limit are
 * checked and used up in one step, a refused redemption uses up nothing, a rolled-back redemption
 * (a whole transaction or a failed nested call) is given back, concurrent redemptions never pass a
 * limit, codes are compared trimmed and upper-cased, and each tenant counts its own. Extend it and
 * return a fresh, empty adapter from {@link #newSubject()}.
 */
public abstract class VoucherRedemptionsContract {

    /** The tenant most tests redeem in. */
    protected static final TenantId TENANT = TenantId.of("toko-satu");
    /** Another tenant, with counts of its own. */
    protected static final TenantId OTHER_TENANT = TenantId.of("toko-dua");
    private static final OptionalLong NONE = OptionalLong.empty();

    /**
     * The parts of an adapter this kit exercises, from one adapter and empty at the start.
     *
     * @param unitOfWork the adapter's transaction boundary
     * @param redemptions its voucher redemptions
     */
    public record Subject(UnitOfWork unitOfWork, VoucherRedemptions redemptions) {

        /** Checks that nothing is missing. */
        public Subject {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(redemptions, "redemptions");
        }
    }

    /** The adapter under test. */
    protected Subject subject;

    /** A fresh, empty adapter for one test. */
    protected abstract Subject newSubject();

    @BeforeEach
    void setUpVoucherSubject() {
        subject = newSubject();
    }

    private boolean redeem(TenantId tenant, String code, String customer, OptionalLong total, OptionalLong perCustomer) {
        return subject.unitOfWork().inTransaction(tenant, tx -> subject.redemptions().redeem(tx, code,
                CustomerId.of(customer), "INV-" + customer, total, perCustomer));
    }

    private boolean redeem(String code, String customer, long total, long perCustomer) {
        return redeem(TENANT, code, customer, OptionalLong.of(total), OptionalLong.of(perCustomer));
    }

    @Test
    void aTotalLimitAdmitsThatManyRedemptionsByAnyone() {
        OptionalLong two = OptionalLong.of(2);
        assertTrue(redeem(TENANT, "PAYDAY25", "C-1", two, NONE));
        assertTrue(redeem(TENANT, "PAYDAY25", "C-1", two, NONE), "no per-customer limit");
        assertFalse(redeem(TENANT, "PAYDAY25", "C-2", two, NONE), "the total of two is used up");
        assertTrue(redeem(TENANT, "OTHERCODE", "C-2", two, NONE), "another code counts on its own");
    }

    @Test
    void aPerCustomerLimitCountsEachCustomerApart() {
        assertTrue(redeem("NEWUSER", "C-1", 100, 1));
        assertFalse(redeem("NEWUSER", "C-1", 100, 1), "C-1 used it once already");
        assertTrue(redeem("NEWUSER", "C-2", 100, 1));
    }

    @Test
    void withoutLimitsEveryRedemptionIsRecorded() {
        for (int i = 0; i < 5; i++) {
            assertTrue(redeem(TENANT, "FREE", "C-1", NONE, NONE));
        }
    }

    @Test
    void aRefusedRedemptionUsesUpNothing() {
        assertTrue(redeem("PAYDAY25", "C-1", 2, 1));
        assertFalse(redeem("PAYDAY25", "C-1", 2, 1), "refused by C-1's own limit");
        assertTrue(redeem("PAYDAY25", "C-2", 2, 1), "the refusal did not count toward the total");
        assertFalse(redeem("PAYDAY25", "C-3", 2, 1), "now the total of two is used up");
    }

    @Test
    void codesAreComparedTrimmedAndUpperCased() {
        assertTrue(redeem(" payday25 ", "C-1", 1, 1));
        assertFalse(redeem("PAYDAY25", "C-2", 1, 1), "the same code, whatever its case and spaces");
    }

    @Test
    void aRolledBackRedemptionIsGivenBack() {
        assertThrows(IllegalStateException.class, () -> subject.unitOfWork().inTransaction(TENANT, tx -> {
            assertTrue(subject.redemptions().redeem(tx, "ONCE", CustomerId.of("C-1"), "INV-1", OptionalLong.of(1),
                    OptionalLong.of(1)));
            throw new IllegalStateException("placement failed after the redemption");
        }));
        assertTrue(redeem("ONCE", "C-1", 1, 1), "the rolled-back redemption was given back");
        assertFalse(redeem("ONCE", "C-2", 1, 1));
    }

    @Test
    void aFailedNestedCallGivesItsRedemptionBackAndTheOuterOneStays() {
        subject.unitOfWork().inTransaction(TENANT, tx -> {
            assertTrue(subject.redemptions().redeem(tx, "TWICE", CustomerId.of("C-1"), "INV-1", OptionalLong.of(2),
                    NONE));
            assertThrows(IllegalStateException.class, () -> subject.unitOfWork().inTransaction(TENANT, nested -> {
                assertTrue(subject.redemptions().redeem(nested, "TWICE", CustomerId.of("C-2"), "INV-2",
                        OptionalLong.of(2), NONE));
                throw new IllegalStateException("inner failed");
            }));
            return null;
        });
        assertTrue(redeem(TENANT, "TWICE", "C-3", OptionalLong.of(2), NONE), "the nested redemption was given back");
        assertFalse(redeem(TENANT, "TWICE", "C-4", OptionalLong.of(2), NONE), "the outer one was kept");
    }

    @Test
    void eachTenantCountsItsOwnRedemptions() {
        assertTrue(redeem(TENANT, "ONCE", "C-1", OptionalLong.of(1), OptionalLong.of(1)));
        assertTrue(redeem(OTHER_TENANT, "ONCE", "C-1", OptionalLong.of(1), OptionalLong.of(1)),
                "the same code and customer in another tenant");
        assertFalse(redeem(TENANT, "ONCE", "C-2", OptionalLong.of(1), OptionalLong.of(1)));
        assertFalse(redeem(OTHER_TENANT, "ONCE", "C-2", OptionalLong.of(1), OptionalLong.of(1)));
    }

    @Test
    void concurrentRedemptionsNeverPassATotalLimit() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String customer = "C-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return redeem("FLASH", customer, 3, 1);
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> f : results) {
                if (f.get(30, TimeUnit.SECONDS)) {
                    admitted++;
                }
            }
            assertEquals(3, admitted, "exactly the total limit, however the redemptions interleave");
        } finally {
            pool.shutdownNow();
        }
    }
}
