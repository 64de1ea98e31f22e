package com.ecommerce.inventory.application;

import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.Stock;

/** A product's stock as readers see it. */
public record StockView(String productId, Levels levels, long version) {

    static StockView of(Stock stock) {
        return new StockView(stock.productId().value(), stock.levels(), stock.version());
    }
}
