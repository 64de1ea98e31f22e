package com.ecommerce.payment.application;

import java.time.Clock;
import java.util.List;

import com.ecommerce.payment.domain.PaymentAudit;
import com.ecommerce.payment.domain.PaymentId;
import com.ecommerce.payment.domain.PaymentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every payment against its ledger in bulk and sums the money the ledger says moved, per
 * currency, for comparison with the orders' side. Repeatable read: the counts, the audit and the
 * totals describe one snapshot.
 */
@Service
public class PaymentInvariants {

    private static final String SUMS = """
            select payment_id,
                   count(*) filter (where type = 'CHARGE') as captures,
                   coalesce(sum(amount) filter (where type = 'CHARGE'), 0) as captured,
                   coalesce(sum(amount) filter (where type = 'REFUND'), 0) as refunded
            from payment_transaction where outcome = 'SUCCEEDED' group by payment_id""";
    // Only payments breaking a rule come back; PaymentAudit names the rules they break.
    private static final String AUDIT = "with sums as (" + SUMS + """
            )
            select p.id, p.order_id, p.status, p.amount, coalesce(s.captures, 0) as captures,
                   coalesce(s.captured, 0) as captured, coalesce(s.refunded, 0) as refunded
            from payment p left join sums s on s.payment_id = p.id
            where coalesce(s.captures, 0) > 1 or not case
                when p.status in ('CAPTURED', 'REFUNDING')
                    then coalesce(s.captured, 0) = p.amount and coalesce(s.refunded, 0) = 0
                when p.status = 'REFUNDED' then coalesce(s.captured, 0) = p.amount and coalesce(s.refunded, 0) = p.amount
                else coalesce(s.captured, 0) = 0 and coalesce(s.refunded, 0) = 0 end
            order by p.id""";
    private static final String TOTALS = """
            select trim(coalesce(p.currency, t.currency)) as currency,
                   coalesce(sum(t.amount) filter (where t.type = 'CHARGE'), 0) as captured,
                   coalesce(sum(t.amount) filter (where t.type = 'REFUND'), 0) as refunded
            from payment_transaction t join payment p on p.id = t.payment_id
            where t.outcome = 'SUCCEEDED' and t.type in ('CHARGE', 'REFUND')
            group by 1 order by 1""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PaymentInvariants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PaymentInvariantReport check() {
        Counts counts = jdbc.sql("select count(*), count(*) filter (where status in ('PENDING', 'REFUNDING')) from payment")
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
        return new PaymentInvariantReport(clock.instant(), counts.payments(), counts.inFlight(), totals(), violations());
    }

    private record Counts(long payments, long inFlight) {
    }

    private List<PaymentInvariantReport.Totals> totals() {
        return jdbc.sql(TOTALS).query((rs, row) -> new PaymentInvariantReport.Totals(rs.getString("currency"),
                rs.getBigDecimal("captured"), rs.getBigDecimal("refunded"))).list();
    }

    private List<PaymentInvariantReport.Violation> violations() {
        return jdbc.sql(AUDIT)
                .query((rs, row) -> new PaymentAudit(new PaymentId(rs.getLong("id")), rs.getString("order_id"),
                        PaymentStatus.valueOf(rs.getString("status")), rs.getBigDecimal("amount"),
                        rs.getLong("captures"), rs.getBigDecimal("captured"), rs.getBigDecimal("refunded")))
                .stream().flatMap(audit -> audit.findings().stream()).map(PaymentInvariantReport.Violation::of)
                .toList();
    }
}
