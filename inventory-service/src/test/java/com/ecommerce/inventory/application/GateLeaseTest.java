package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.transaction.support.TransactionSynchronization.STATUS_COMMITTED;
import static org.springframework.transaction.support.TransactionSynchronization.STATUS_ROLLED_BACK;
import static org.springframework.transaction.support.TransactionSynchronization.STATUS_UNKNOWN;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.StockFixtures;
import org.junit.jupiter.api.Test;

class GateLeaseTest {

    final ProductId hot = StockFixtures.newProductId();
    final ProductId other = StockFixtures.newProductId();
    final Map<ProductId, Integer> givenBack = new HashMap<>();
    final Set<ProductId> recounted = new HashSet<>();
    final GateLease lease = new GateLease(this, (product, units) -> givenBack.merge(product, units, Integer::sum),
            recounted::add);

    @Test
    void keepsHeldUnitsTakenWhenTheTransactionCommits() {
        lease.hold(hot, 3);

        lease.afterCompletion(STATUS_COMMITTED);

        assertThat(givenBack).isEmpty();
    }

    @Test
    void givesHeldUnitsBackWhenTheTransactionRollsBack() {
        lease.hold(hot, 3);
        lease.hold(other, 1);

        lease.afterCompletion(STATUS_ROLLED_BACK);

        assertThat(givenBack).containsExactlyInAnyOrderEntriesOf(Map.of(hot, 3, other, 1));
    }

    @Test
    void givesUnusedUnitsBackWhateverTheOutcome() {
        lease.hold(hot, 3);
        lease.unuse(hot, 3);

        lease.afterCompletion(STATUS_COMMITTED);

        assertThat(givenBack).containsExactlyEntriesOf(Map.of(hot, 3));
    }

    @Test
    void neverGivesBackMoreThanItHeld() {
        // The gate was bypassed for this line (nothing held), so the database refusing it returns nothing.
        lease.unuse(hot, 5);
        lease.hold(other, 1);
        lease.unuse(other, 4);

        lease.afterCompletion(STATUS_ROLLED_BACK);

        assertThat(givenBack).containsExactlyEntriesOf(Map.of(other, 1));
    }

    @Test
    void addsGainedUnitsAndRecountsCutProductsOnlyAfterACommit() {
        lease.gain(hot, 2);
        lease.cut(other);

        lease.afterCompletion(STATUS_COMMITTED);

        assertThat(givenBack).containsExactlyEntriesOf(Map.of(hot, 2));
        assertThat(recounted).containsExactly(other);
    }

    @Test
    void forgetsGainsAndCutsOfARolledBackTransaction() {
        lease.gain(hot, 2);
        lease.cut(other);

        lease.afterCompletion(STATUS_ROLLED_BACK);

        assertThat(givenBack).isEmpty();
        assertThat(recounted).isEmpty();
    }

    @Test
    void anUnknownOutcomeGivesHeldUnitsBackAndRecountsEveryTouchedProduct() {
        lease.hold(hot, 3);
        lease.gain(other, 2);

        lease.afterCompletion(STATUS_UNKNOWN);

        assertThat(givenBack).containsExactlyEntriesOf(Map.of(hot, 3));
        assertThat(recounted).containsExactlyInAnyOrder(hot, other);
    }
}
