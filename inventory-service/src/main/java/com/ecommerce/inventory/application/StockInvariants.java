package com.ecommerce.inventory.application;

import java.util.List;

import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationTerms;
import com.ecommerce.inventory.domain.StockAudit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks, for every product at once, that no counter is negative, that the counters add up to what
 * the history says was ever stocked, and that {@code reserved} is what the active reservations hold.
 * The audit is one statement, so it reads one snapshot even while orders keep moving stock.
 */
@Service
public class StockInvariants {

    // Only rows breaking a rule come back; StockAudit names the rules they break.
    private static final String AUDIT = """
            with stocked as (
                select product_id, sum(case change_type when 'OPEN' then quantity when 'INCREASE' then quantity
                                                        when 'DECREASE' then -quantity else 0 end) as units
                from stock_history group by product_id),
            held as (
                select l.product_id, sum(l.quantity) as units
                from reservation r join reservation_line l on l.reservation_id = r.id
                where r.status = 'ACTIVE' group by l.product_id)
            select s.product_id, s.available, s.reserved, s.sold,
                   coalesce(st.units, 0) as stocked, coalesce(h.units, 0) as held
            from stock s left join stocked st on st.product_id = s.product_id
                         left join held h on h.product_id = s.product_id
            where s.available < 0 or s.reserved < 0 or s.sold < 0
               or s.available + s.reserved + s.sold <> coalesce(st.units, 0)
               or s.reserved <> coalesce(h.units, 0)
            order by s.product_id""";

    private final JdbcClient jdbc;
    private final ReservationTerms terms;

    StockInvariants(JdbcClient jdbc, ReservationTerms terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    @Transactional(readOnly = true)
    public InvariantReport check() {
        long products = jdbc.sql("select count(*) from stock").query(Long.class).single();
        List<InvariantReport.Violation> violations = jdbc.sql(AUDIT)
                .query((rs, row) -> new StockAudit(ProductId.of(rs.getString("product_id")), rs.getLong("available"),
                        rs.getLong("reserved"), rs.getLong("sold"), rs.getLong("stocked"), rs.getLong("held")))
                .stream().flatMap(audit -> audit.findings().stream()).map(InvariantReport.Violation::of).toList();
        return new InvariantReport(terms.now(), products, violations);
    }
}
