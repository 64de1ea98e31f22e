package com.ecommerce.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.domain.PaymentAudit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit against real rows. Each test writes in its own rolled-back transaction, in the ISO
 * test currency XTS, so the XTS totals are exactly this test's rows whatever else the database holds.
 */
@PaymentIT
@Transactional
class PaymentInvariantsIT {

    private static final Timestamp NOW = Timestamp.from(Instant.now());

    @Autowired
    PaymentInvariants invariants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void findsNothingWrongWithLedgersThatMatchTheirPaymentsAndSumsTheMoneyMoved() {
        String captured = payment("CAPTURED", "100.00", "CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED");
        String refunded = payment("REFUNDED", "30.00", "CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED", "REFUND:ATTEMPTED",
                "REFUND:SUCCEEDED");
        String failed = payment("FAILED", "20.00", "CHARGE:ATTEMPTED", "CHARGE:FAILED");

        PaymentInvariantReport report = invariants.check();

        assertThat(report.violations()).extracting(PaymentInvariantReport.Violation::orderId)
                .doesNotContain(captured, refunded, failed);
        assertThat(report.totals()).filteredOn(t -> t.currency().equals("XTS")).singleElement().satisfies(t -> {
            assertThat(t.capturedTotal()).isEqualByComparingTo("130.00");
            assertThat(t.refundedTotal()).isEqualByComparingTo("30.00");
        });
    }

    @Test
    void catchesASecondCaptureOfTheSameOrder() {
        String order = payment("CAPTURED", "50.00", "CHARGE:SUCCEEDED", "CHARGE:SUCCEEDED");

        assertThat(violationsOf(order)).extracting(PaymentInvariantReport.Violation::rule)
                .containsExactly(PaymentAudit.MULTIPLE_CAPTURES, PaymentAudit.LEDGER_DISAGREES);
    }

    @Test
    void catchesStatusesTheLedgerDoesNotBearOut() {
        String refundedWithoutRefund = payment("REFUNDED", "40.00", "CHARGE:SUCCEEDED", "REFUND:FAILED");
        String capturedWithoutCharge = payment("CAPTURED", "40.00", "CHARGE:ATTEMPTED");
        String failedButCharged = payment("FAILED", "40.00", "CHARGE:SUCCEEDED");

        for (String order : List.of(refundedWithoutRefund, capturedWithoutCharge, failedButCharged)) {
            assertThat(violationsOf(order)).extracting(PaymentInvariantReport.Violation::rule)
                    .as(order).containsExactly(PaymentAudit.LEDGER_DISAGREES);
        }
    }

    @Test
    void countsPaymentsWhoseMoneyMayStillMove() {
        long before = invariants.check().inFlight();

        payment("PENDING", "10.00", "CHARGE:ATTEMPTED");
        payment("REFUNDING", "10.00", "CHARGE:SUCCEEDED", "REFUND:ATTEMPTED");

        assertThat(invariants.check().inFlight()).isEqualTo(before + 2);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void readsOneSnapshotInItsOwnRepeatableReadTransaction() {
        PaymentInvariantReport report = invariants.check();

        assertThat(report.inFlight()).isBetween(0L, report.payments());
        assertThat(report.totals()).extracting(PaymentInvariantReport.Totals::currency).doesNotHaveDuplicates();
    }

    private List<PaymentInvariantReport.Violation> violationsOf(String orderId) {
        return invariants.check().violations().stream().filter(v -> v.orderId().equals(orderId)).toList();
    }

    /** A payment in XTS with ledger rows given as {@code TYPE:OUTCOME}, each of the whole amount; answers its order id. */
    private String payment(String status, String amount, String... ledger) {
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62);
        String orderId = "inv-" + UUID.randomUUID();
        jdbc.sql("""
                insert into payment (id, order_id, customer_id, amount, currency, status, created_at, updated_at)
                values (?, ?, 'customer-1', ?::numeric, 'XTS', ?, ?, ?)""")
                .params(id, orderId, amount, status, NOW, NOW).update();
        for (String row : ledger) {
            String[] typeAndOutcome = row.split(":");
            jdbc.sql("""
                    insert into payment_transaction (payment_id, type, outcome, amount, currency, created_at)
                    values (?, ?, ?, ?::numeric, 'XTS', ?)""")
                    .params(id, typeAndOutcome[0], typeAndOutcome[1], amount, NOW).update();
        }
        return orderId;
    }
}
