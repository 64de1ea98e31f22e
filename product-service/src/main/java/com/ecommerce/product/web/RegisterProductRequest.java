package com.ecommerce.product.web;

import java.math.BigDecimal;
import java.util.List;

import com.ecommerce.product.application.RegisterProduct;
import com.ecommerce.product.domain.Price;
import com.ecommerce.product.domain.ProductStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One product of a registration request (the seed's shape). Price rules (non-negative, sale not
 * above original) are the domain's and answer 422; malformed input (also control characters in
 * text, which the database cannot store) answers 400.
 */
record RegisterProductRequest(
        @NotBlank @Size(max = 200) @PlainText String name,
        @PlainText(multiline = true) String description,
        @NotBlank String categoryId,
        @NotNull @Digits(integer = 8, fraction = 2) BigDecimal originalPrice,
        @NotNull @Digits(integer = 8, fraction = 2) BigDecimal salePrice,
        ProductStatus status,
        @Size(max = 20) List<@Valid @NotNull ImageRequest> images) {

    RegisterProduct toCommand() {
        return new RegisterProduct(name, description, Ids.categoryReference(categoryId),
                new Price(originalPrice, salePrice), status,
                images == null ? List.of() : images.stream().map(ImageRequest::toImage).toList());
    }
}
