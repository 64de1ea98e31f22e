package com.ecommerce.cart.messaging;

import java.math.BigDecimal;
import java.time.Instant;

import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductStatus;
import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.product.v1.ProductCreated;
import com.google.protobuf.Timestamp;

/** Protobuf catalog events to the cart's product copy; a message breaking the schema's rules is unprocessable. */
final class ProductEventMapping {

    private ProductEventMapping() {
    }

    static Product product(ProductCreated event) {
        return new Product(ProductId.of(event.getProductId()), event.getName(), amount(event.getPrice()),
                currency(event.getPrice()), status(event.getStatus()), false);
    }

    static ProductStatus status(com.ecommerce.events.product.v1.ProductStatus status) {
        return switch (status) {
            case DRAFT -> ProductStatus.DRAFT;
            case ACTIVE -> ProductStatus.ACTIVE;
            case SOLD_OUT -> ProductStatus.SOLD_OUT;
            case DISCONTINUED -> ProductStatus.DISCONTINUED;
            case PRODUCT_STATUS_UNSPECIFIED, UNRECOGNIZED -> throw new UnprocessableMessage("Unknown product status");
        };
    }

    static BigDecimal amount(Money money) {
        try {
            return new BigDecimal(money.getAmount());
        } catch (NumberFormatException e) {
            throw new UnprocessableMessage("Not an amount: '" + money.getAmount() + "'", e);
        }
    }

    static String currency(Money money) {
        if (!money.getCurrency().matches("[A-Z]{3}")) {
            throw new UnprocessableMessage("Not a currency: '" + money.getCurrency() + "'");
        }
        return money.getCurrency();
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
