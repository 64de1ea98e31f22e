package com.ecommerce.product.web;

import java.util.List;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.product.application.ProductManagement;
import com.ecommerce.product.domain.ProductStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin changes to products; every change publishes its product event through the outbox. */
@RestController
@RequestMapping("/api/v1/products")
@AdminOnly
class ProductAdminController {

    private final ProductManagement management;

    ProductAdminController(ProductManagement management) {
        this.management = management;
    }

    /** Registers a JSON array of products (as the seed) all or nothing; answers them in order. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<ProductResponse> register(
            @RequestBody @Size(min = 1, max = 100) List<@Valid @NotNull RegisterProductRequest> products) {
        return ProductResponse.of(management.register(products.stream().map(RegisterProductRequest::toCommand).toList()));
    }

    @PutMapping("/{id}")
    ProductResponse replace(@PathVariable String id, @RequestBody @Valid UpdateProductRequest update) {
        return ProductResponse.of(management.revise(Ids.productPath(id), update.toCommand()));
    }

    @PatchMapping("/{id}")
    ProductResponse update(@PathVariable String id, @RequestBody @Valid UpdateProductRequest update) {
        return ProductResponse.of(management.revise(Ids.productPath(id), update.toCommand()));
    }

    @PostMapping("/{id}/status")
    ProductResponse changeStatus(@PathVariable String id, @RequestBody @Valid StatusRequest request) {
        return ProductResponse.of(management.changeStatus(Ids.productPath(id), request.status()));
    }

    @PostMapping("/{id}/activate")
    ProductResponse activate(@PathVariable String id) {
        return ProductResponse.of(management.changeStatus(Ids.productPath(id), ProductStatus.ACTIVE));
    }

    @PostMapping("/{id}/sold-out")
    ProductResponse markSoldOut(@PathVariable String id) {
        return ProductResponse.of(management.changeStatus(Ids.productPath(id), ProductStatus.SOLD_OUT));
    }

    @PostMapping("/{id}/discontinue")
    ProductResponse discontinue(@PathVariable String id) {
        return ProductResponse.of(management.changeStatus(Ids.productPath(id), ProductStatus.DISCONTINUED));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        management.delete(Ids.productPath(id));
    }
}
