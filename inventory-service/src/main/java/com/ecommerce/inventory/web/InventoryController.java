package com.ecommerce.inventory.web;

import java.util.List;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.inventory.application.StockAdministration;
import com.ecommerce.inventory.application.StockQueries;
import com.ecommerce.inventory.domain.ProductId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stock by product (public reads), and the administrators' adjustments and history. */
@RestController
@RequestMapping("/api/v1/inventory/products")
class InventoryController {

    static final int MAX_BATCH = 100;

    private final StockQueries queries;
    private final StockAdministration administration;

    InventoryController(StockQueries queries, StockAdministration administration) {
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping("/{productId}")
    InventoryResponse stock(@PathVariable String productId) {
        return InventoryResponse.of(queries.stock(ProductId.of(productId)));
    }

    /** Batch read: unknown products are left out, the order of the request is kept. */
    @GetMapping
    List<InventoryResponse> stocks(@RequestParam @Size(max = MAX_BATCH) List<String> productIds) {
        return queries.stocks(productIds.stream().map(ProductId::of).toList()).stream()
                .map(InventoryResponse::of).toList();
    }

    @AdminOnly
    @PostMapping("/{productId}/adjust")
    InventoryResponse adjust(@PathVariable String productId, @Valid @RequestBody AdjustRequest request,
            CurrentUser admin) {
        return InventoryResponse.of(administration.adjust(ProductId.of(productId), request.toAdjustment(), admin.id()));
    }

    /** Newest first; {@code limit} bounds the answer. */
    @AdminOnly
    @GetMapping("/{productId}/history")
    List<HistoryResponse> history(@PathVariable String productId,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return queries.history(ProductId.of(productId), limit).stream().map(HistoryResponse::of).toList();
    }
}
