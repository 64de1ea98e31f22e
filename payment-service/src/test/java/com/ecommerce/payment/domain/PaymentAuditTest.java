package com.ecommerce.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PaymentAuditTest {

    private static final BigDecimal AMOUNT = new BigDecimal("19.99");

    private static PaymentAudit audit(PaymentStatus status, long captures, String captured, String refunded) {
        return new PaymentAudit(new PaymentId(1L), "O1", status, AMOUNT, captures, new BigDecimal(captured),
                new BigDecimal(refunded));
    }

    @Test
    void findsNothingWhenTheLedgerMatchesEveryStatus() {
        assertThat(audit(PaymentStatus.CAPTURED, 1, "19.9900", "0").findings()).isEmpty();
        assertThat(audit(PaymentStatus.REFUNDING, 1, "19.99", "0").findings()).isEmpty();
        assertThat(audit(PaymentStatus.REFUNDED, 1, "19.99", "19.99").findings()).isEmpty();
        assertThat(audit(PaymentStatus.FAILED, 0, "0", "0").findings()).isEmpty();
        assertThat(new PaymentAudit(new PaymentId(2L), "O2", PaymentStatus.VOIDED, null, 0, BigDecimal.ZERO,
                BigDecimal.ZERO).findings()).isEmpty();
    }

    @Test
    void reportsASecondCaptureOfTheSameOrder() {
        assertThat(audit(PaymentStatus.CAPTURED, 2, "39.98", "0").findings()).extracting(PaymentAudit.Finding::rule)
                .containsExactly(PaymentAudit.MULTIPLE_CAPTURES, PaymentAudit.LEDGER_DISAGREES);
    }

    @Test
    void reportsAStatusTheLedgerDoesNotBearOut() {
        assertThat(audit(PaymentStatus.REFUNDED, 1, "19.99", "0").findings()).extracting(PaymentAudit.Finding::rule)
                .containsExactly(PaymentAudit.LEDGER_DISAGREES);
        assertThat(audit(PaymentStatus.FAILED, 1, "19.99", "0").findings()).extracting(PaymentAudit.Finding::rule)
                .containsExactly(PaymentAudit.LEDGER_DISAGREES);
        assertThat(audit(PaymentStatus.CAPTURED, 0, "0", "0").findings()).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("CAPTURED", "captured 0"));
    }
}
