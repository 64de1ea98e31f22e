package com.ecommerce.order.web;

import java.util.List;
import java.util.Locale;

import com.ecommerce.order.application.PlaceOrder;
import com.ecommerce.order.domain.Payment;
import com.ecommerce.order.domain.PaymentMethod;
import com.ecommerce.order.domain.ProductId;
import com.ecommerce.order.domain.Shipping;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/orders}: items or {@code fromCart: true}, shipping, optional payment. Unknown
 * fields, such as the {@code price} the seed's clients send, are ignored: prices come from the catalog.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlaceOrderRequest(
        @Size(max = 100) List<@Valid @NotNull Item> items,
        Boolean fromCart,
        @NotBlank @Size(max = 100) String shippingName,
        @NotBlank @Size(max = 500) String shippingAddress,
        @NotBlank @Pattern(regexp = "[0-9+()\\- ]{7,20}", message = "must be 7 to 20 digits, spaces, +, -, ( or )")
        String shippingPhone,
        @Valid PaymentRequest payment) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(@NotBlank @Size(max = 64) String productId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    /** @param method CARD (default), BANK_TRANSFER or EASY_PAY; @param token the provider's token, default the simulator's */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentRequest(
            @Pattern(regexp = "(?i)CARD|BANK_TRANSFER|EASY_PAY", message = "must be CARD, BANK_TRANSFER or EASY_PAY")
            String method,
            @Size(max = 255) String token) {

        Payment toPayment() {
            PaymentMethod chosen = method == null || method.isBlank() ? PaymentMethod.CARD
                    : PaymentMethod.valueOf(method.toUpperCase(Locale.ROOT));
            return new Payment(chosen, token);
        }
    }

    /** Exactly one source of items: a non-empty list, or the cart. */
    @AssertTrue(message = "give a non-empty items list, or fromCart: true without items")
    boolean isItemsOrCart() {
        boolean hasItems = items != null && !items.isEmpty();
        return Boolean.TRUE.equals(fromCart) != hasItems;
    }

    PlaceOrder toCommand(String customerId) {
        boolean cart = Boolean.TRUE.equals(fromCart);
        List<PlaceOrder.Item> lines = cart ? List.of()
                : items.stream().map(i -> new PlaceOrder.Item(ProductId.of(i.productId().strip()), i.quantity())).toList();
        return new PlaceOrder(customerId, lines, cart,
                new Shipping(shippingName.strip(), shippingAddress.strip(), shippingPhone.strip()),
                payment == null ? Payment.defaultCard() : payment.toPayment());
    }
}
