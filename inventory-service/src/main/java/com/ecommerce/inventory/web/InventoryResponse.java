package com.ecommerce.inventory.web;

import com.ecommerce.inventory.application.StockView;

/**
 * A product's stock, in the seed's field names so its clients keep working.
 *
 * @param totalQuantity units on hand: available plus reserved (sold units have left)
 * @param version       the row's version; it changes with every stock movement
 */
record InventoryResponse(String productId, int availableQuantity, int reservedQuantity, int soldQuantity,
        int totalQuantity, boolean inStock, long version) {

    static InventoryResponse of(StockView view) {
        var levels = view.levels();
        return new InventoryResponse(view.productId(), levels.available(), levels.reserved(), levels.sold(),
                levels.onHand(), levels.available() > 0, view.version());
    }
}
