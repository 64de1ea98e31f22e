package com.ecommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ShopInvariantsTest {

    private static final JsonNode CLEAN_STOCK = json("{\"violations\":[]}");

    private static JsonNode json(String text) {
        return ShopInvariants.JSON.readTree(text);
    }

    private static JsonNode payments(String captured, String refunded, long inFlight) {
        return json("""
                {"violations":[],"inFlight":%d,"totals":[{"currency":"KRW","capturedTotal":%s,"refundedTotal":%s}]}"""
                .formatted(inFlight, captured, refunded));
    }

    private static JsonNode orders(long pending, long unsettled, String heldTotal) {
        return json("""
                {"violations":[],"counts":{"PENDING":%d,"CONFIRMED":3},"unsettled":%d,"held":[{"currency":"KRW","total":%s}]}"""
                .formatted(pending, unsettled, heldTotal));
    }

    @Test
    void moneyComparesAcrossScales() {
        assertThat(ShopInvariants.broken(CLEAN_STOCK, payments("30000.0000", "5000.0000", 0), orders(0, 0, "25000.00"))).isEmpty();
        assertThat(ShopInvariants.moneyHeld(payments("30000.0000", "5000.0000", 0))).containsEntry("KRW", "25000");
    }

    @Test
    void aCentMissingIsBroken() {
        assertThat(ShopInvariants.broken(CLEAN_STOCK, payments("25000.00", "0", 0), orders(0, 0, "25000.01")))
                .singleElement().asString().startsWith("money:").contains("25000.01");
    }

    @Test
    void everyReportedViolationIsListedWithItsReport() {
        JsonNode stock = json("{\"violations\":[{\"productId\":\"P1\",\"problem\":\"oversold\"}]}");
        assertThat(ShopInvariants.broken(stock, payments("0", "0", 0), orders(0, 0, "0")))
                .singleElement().asString().startsWith("stock: ").contains("oversold");
    }

    @Test
    void quietOnlyWithNothingPendingUnsettledInFlightOrChanged() {
        JsonNode orders = orders(0, 0, "100");
        assertThat(ShopInvariants.notQuiet(orders, payments("100", "0", 0), orders)).isNull();
        assertThat(ShopInvariants.notQuiet(orders(1, 0, "100"), payments("100", "0", 0), orders(1, 0, "100"))).startsWith("orders pending");
        assertThat(ShopInvariants.notQuiet(orders(0, 1, "100"), payments("100", "0", 0), orders(0, 1, "100"))).startsWith("voids/refunds");
        assertThat(ShopInvariants.notQuiet(orders, payments("100", "0", 2), orders)).startsWith("payments in flight");
        assertThat(ShopInvariants.notQuiet(orders(0, 0, "90"), payments("100", "0", 0), orders)).isEqualTo("orders changed while payments were read");
    }
}
