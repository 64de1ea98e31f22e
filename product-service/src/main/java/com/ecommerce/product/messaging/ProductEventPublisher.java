package com.ecommerce.product.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.events.Topics;
import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.product.v1.ProductCreated;
import com.ecommerce.events.product.v1.ProductDeleted;
import com.ecommerce.events.product.v1.ProductPriceChanged;
import com.ecommerce.events.product.v1.ProductRevised;
import com.ecommerce.events.product.v1.ProductStatus;
import com.ecommerce.events.product.v1.ProductStatusChanged;
import com.ecommerce.product.config.CatalogProperties;
import com.ecommerce.product.domain.ProductEvent;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import org.springframework.stereotype.Component;

/**
 * Records product events on {@code product.events.v1}, keyed by product id, in the caller's
 * transaction: they reach Kafka only if the change commits.
 */
@Component
public class ProductEventPublisher {

    private final Outbox outbox;
    private final String currency;
    private final Clock clock;

    ProductEventPublisher(Outbox outbox, CatalogProperties properties, Clock clock) {
        this.outbox = outbox;
        this.currency = properties.currency();
        this.clock = clock;
    }

    public void publish(List<ProductEvent> events) {
        for (ProductEvent event : events) {
            outbox.record(Topics.PRODUCT_EVENTS, IdGenerator.encode(event.productId()), toMessage(event));
        }
    }

    Message toMessage(ProductEvent event) {
        String eventId = UUID.randomUUID().toString();
        Timestamp now = timestamp(clock.instant());
        String productId = IdGenerator.encode(event.productId());
        return switch (event) {
            case ProductEvent.Created e -> ProductCreated.newBuilder().setEventId(eventId).setOccurredAt(now)
                    .setProductId(productId).setName(e.name()).setCategoryId(IdGenerator.encode(e.categoryId()))
                    .setPrice(money(e.price().sale())).setOriginalPrice(money(e.price().original()))
                    .setStatus(status(e.status())).build();
            case ProductEvent.PriceChanged e -> ProductPriceChanged.newBuilder().setEventId(eventId)
                    .setOccurredAt(now).setProductId(productId).setPrice(money(e.price().sale()))
                    .setOriginalPrice(money(e.price().original())).build();
            case ProductEvent.StatusChanged e -> ProductStatusChanged.newBuilder().setEventId(eventId)
                    .setOccurredAt(now).setProductId(productId).setStatus(status(e.status()))
                    .setPreviousStatus(status(e.previousStatus())).build();
            case ProductEvent.Deleted e -> ProductDeleted.newBuilder().setEventId(eventId).setOccurredAt(now)
                    .setProductId(productId).build();
            case ProductEvent.Revised e -> ProductRevised.newBuilder().setEventId(eventId).setOccurredAt(now)
                    .setProductId(productId).setName(e.name()).setCategoryId(IdGenerator.encode(e.categoryId())).build();
        };
    }

    private Money money(java.math.BigDecimal amount) {
        return Money.newBuilder().setAmount(amount.toPlainString()).setCurrency(currency).build();
    }

    private static ProductStatus status(com.ecommerce.product.domain.ProductStatus status) {
        return ProductStatus.valueOf(status.name());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
