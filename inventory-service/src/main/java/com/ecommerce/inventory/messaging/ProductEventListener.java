package com.ecommerce.inventory.messaging;

import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.product.v1.ProductCreated;
import com.ecommerce.inventory.application.StockCatalog;
import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.ProductId;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens a stock row for every product the catalog creates; other catalog events do not concern stock. */
@Component
class ProductEventListener {

    private final Inbox inbox;
    private final StockCatalog catalog;
    private final String consumer;

    ProductEventListener(Inbox inbox, StockCatalog catalog, InventoryProperties properties) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.inventory.topics.products:product.events.v1}",
            groupId = "${ecommerce.inventory.consumer-group:inventory-service}")
    void on(Message event) {
        if (event instanceof ProductCreated created) {
            ProductId productId = ProductId.of(created.getProductId());
            inbox.receive(consumer, event, () -> catalog.open(productId));
        }
    }
}
