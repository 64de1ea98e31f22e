package com.ecommerce.payment.provider;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.random.RandomGenerator;

import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.PaymentProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** One provider adapter, chosen by {@code ecommerce.payments.provider} (simulated unless set to stripe). */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    private static final String SELECTOR = "ecommerce.payments.provider";

    @Bean
    @ConditionalOnProperty(name = SELECTOR, havingValue = SimulatedPaymentProvider.NAME, matchIfMissing = true)
    PaymentProvider simulatedPaymentProvider(JdbcClient jdbc, PaymentProperties properties, Clock clock) {
        return new SimulatedPaymentProvider(jdbc, properties.simulated(), clock, RandomGenerator.getDefault());
    }

    @Bean
    @ConditionalOnProperty(name = SELECTOR, havingValue = StripePaymentProvider.NAME)
    PaymentProvider stripePaymentProvider(PaymentProperties properties, JsonMapper json) {
        return new StripePaymentProvider(stripeClient(properties.stripe()), json);
    }

    @Bean
    StripeSignature stripeSignature(PaymentProperties properties, Clock clock) {
        return new StripeSignature(properties.stripe().webhookSecret(), properties.stripe().webhookTolerance(), clock);
    }

    static RestClient stripeClient(PaymentProperties.Stripe stripe) {
        if (stripe.apiKey().isBlank()) {
            throw new IllegalStateException("ecommerce.payments.stripe.api-key (env STRIPE_API_KEY) is required "
                    + "when ecommerce.payments.provider=stripe");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(stripe.timeout()).build());
        requests.setReadTimeout(stripe.timeout());
        return RestClient.builder().baseUrl(stripe.baseUrl()).requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + stripe.apiKey()).build();
    }
}
