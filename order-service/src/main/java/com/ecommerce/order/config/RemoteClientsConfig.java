package com.ecommerce.order.config;

import java.net.http.HttpClient;
import java.time.Duration;

import com.ecommerce.order.client.CartClient;
import com.ecommerce.order.client.ProductCatalogClient;

import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The synchronous reads of checkout (catalog prices, the cart), each with short timeouts so a
 * slow neighbour fails a checkout fast instead of holding it. Service names resolve through
 * discovery unless a test points a client at a fixed address.
 */
@Configuration(proxyBeanMethods = false)
class RemoteClientsConfig {

    /**
     * Only for service-name URLs; its interceptor would try to resolve a literal host as a service.
     * Not a default candidate: the Eureka client itself takes a plain {@code RestClient.Builder}
     * and, given this one, could not reach the registry at 127.0.0.1 and never registered.
     */
    @Bean(defaultCandidate = false)
    @LoadBalanced
    RestClient.Builder loadBalancedRestClientBuilder() {
        return RestClient.builder();
    }

    @Bean
    ProductCatalogClient productCatalogClient(@LoadBalanced RestClient.Builder loadBalanced, OrderProperties properties) {
        OrderProperties.Catalog catalog = properties.catalog();
        return new ProductCatalogClient(client(catalog.loadBalanced() ? loadBalanced.clone() : RestClient.builder(),
                catalog.baseUrl(), catalog.connectTimeout(), catalog.readTimeout()));
    }

    @Bean
    CartClient cartClient(@LoadBalanced RestClient.Builder loadBalanced, OrderProperties properties) {
        OrderProperties.Cart cart = properties.cart();
        return new CartClient(client(cart.loadBalanced() ? loadBalanced.clone() : RestClient.builder(),
                cart.baseUrl(), cart.connectTimeout(), cart.readTimeout()));
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, Duration connect, Duration read) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect).build());
        requests.setReadTimeout(read);
        return builder.baseUrl(baseUrl).requestFactory(requests).build();
    }
}
