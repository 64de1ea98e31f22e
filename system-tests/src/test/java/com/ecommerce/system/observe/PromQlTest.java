package com.ecommerce.system.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsTheMetricsOfAQuantileOverARateGroupedByLabels() {
        assertThat(PromQl.metricNames("""
                histogram_quantile(0.99, sum by (application, le) (
                  rate(http_server_requests_seconds_bucket{uri!~"/actuator.*", application=~"$application"}[$__rate_interval])))"""))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void findsBothSidesOfARatioAndIgnoresKeywordsOffsetsAndNumbers() {
        assertThat(PromQl.metricNames("""
                sum(rate(orders_ended_total{outcome="cancelled"}[5m] offset 1m)) by (reason)
                  / on() group_left sum(rate(orders_placed_total[5m])) > bool 0.05 or vector(1e3)"""))
                .containsExactly("orders_ended_total", "orders_placed_total");
    }

    @Test
    void findsABareMetricAndOneInsideAbsent() {
        assertThat(PromQl.metricNames("up == 0")).containsExactly("up");
        assertThat(PromQl.metricNames("absent(up{application=\"order-service\"})")).containsExactly("up");
    }
}
