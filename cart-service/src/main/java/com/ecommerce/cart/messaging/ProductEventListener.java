package com.ecommerce.cart.messaging;

import static com.ecommerce.cart.messaging.ProductEventMapping.amount;
import static com.ecommerce.cart.messaging.ProductEventMapping.currency;
import static com.ecommerce.cart.messaging.ProductEventMapping.instant;

import com.ecommerce.cart.application.CatalogCopy;
import com.ecommerce.cart.config.CartProperties;
import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductStatus;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.product.v1.ProductCreated;
import com.ecommerce.events.product.v1.ProductDeleted;
import com.ecommerce.events.product.v1.ProductRevised;
import com.ecommerce.events.product.v1.ProductPriceChanged;
import com.ecommerce.events.product.v1.ProductStatusChanged;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the cart's copy of the catalog current; events are keyed by product id, so one product's arrive in order. */
@Component
class ProductEventListener {

    private final Inbox inbox;
    private final CatalogCopy catalog;
    private final String consumer;

    ProductEventListener(Inbox inbox, CatalogCopy catalog, CartProperties properties) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.cart.topics.products:product.events.v1}",
            groupId = "${ecommerce.cart.consumer-group:cart-service}")
    void on(Message event) {
        switch (event) {
            case ProductCreated e -> {
                Product product = ProductEventMapping.product(e);
                inbox.receive(consumer, e, () -> catalog.created(product, instant(e.getOccurredAt())));
            }
            case ProductPriceChanged e -> {
                ProductId id = ProductId.of(e.getProductId());
                var price = amount(e.getPrice());
                String currency = currency(e.getPrice());
                inbox.receive(consumer, e, () -> catalog.priceChanged(id, price, currency, instant(e.getOccurredAt())));
            }
            case ProductStatusChanged e -> {
                ProductId id = ProductId.of(e.getProductId());
                ProductStatus status = ProductEventMapping.status(e.getStatus());
                inbox.receive(consumer, e, () -> catalog.statusChanged(id, status, instant(e.getOccurredAt())));
            }
            case ProductRevised e -> {
                ProductId id = ProductId.of(e.getProductId());
                inbox.receive(consumer, e, () -> catalog.renamed(id, e.getName(), instant(e.getOccurredAt())));
            }
            case ProductDeleted e -> {
                ProductId id = ProductId.of(e.getProductId());
                inbox.receive(consumer, e, () -> catalog.deleted(id, instant(e.getOccurredAt())));
            }
            default -> {
                // Other catalog events (future ones included) do not concern carts.
            }
        }
    }
}
