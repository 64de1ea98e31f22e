package com.ecommerce.cart.config;

import java.net.http.HttpClient;
import java.time.Clock;

import com.ecommerce.cart.application.CartSettings;
import com.ecommerce.cart.domain.CartLimits;
import com.ecommerce.defaults.id.IdGenerator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CartProperties.class)
class CartConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CartSettings cartSettings(CartProperties properties, Clock clock, IdGenerator ids) {
        return new CartSettings(new CartLimits(properties.maxQuantityPerItem(), properties.maxItems()), clock, ids);
    }

    /**
     * Resolves service names through Eureka. Not a default candidate: other users of a plain
     * {@code RestClient.Builder} (and Boot's own builder) stay unaffected.
     */
    @Bean(defaultCandidate = false)
    @LoadBalanced
    RestClient.Builder loadBalancedRestClientBuilder() {
        return RestClient.builder();
    }

    /** Short timeouts: a slow catalog must fail an add quickly, not pile up waiting requests. */
    @Bean
    RestClient catalogRestClient(CartProperties properties,
            @LoadBalanced ObjectProvider<RestClient.Builder> loadBalanced) {
        CartProperties.Catalog catalog = properties.catalog();
        HttpClient http = HttpClient.newBuilder().connectTimeout(catalog.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(catalog.readTimeout());
        RestClient.Builder builder = catalog.loadBalanced() ? loadBalanced.getObject().clone() : RestClient.builder();
        return builder.baseUrl(catalog.baseUrl().toString()).requestFactory(requests).build();
    }
}
