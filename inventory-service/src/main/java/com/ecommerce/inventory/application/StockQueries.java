package com.ecommerce.inventory.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.StockHistory;
import com.ecommerce.inventory.domain.StockHistoryEntry;
import com.ecommerce.inventory.domain.StockNotFound;
import com.ecommerce.inventory.domain.StockRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of stock and its history. */
@Service
public class StockQueries {

    private final StockRepository stocks;
    private final StockHistory history;

    StockQueries(StockRepository stocks, StockHistory history) {
        this.stocks = stocks;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public StockView stock(ProductId productId) {
        return stocks.findById(productId.value()).map(StockView::of).orElseThrow(() -> new StockNotFound(productId));
    }

    /** One query for all; unknown products are left out, the request's order is kept. */
    @Transactional(readOnly = true)
    public List<StockView> stocks(Collection<ProductId> productIds) {
        List<String> ids = productIds.stream().map(ProductId::value).distinct().toList();
        Map<String, StockView> found = stocks.findAllById(ids).stream().map(StockView::of)
                .collect(Collectors.toMap(StockView::productId, Function.identity()));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    public List<StockHistoryEntry> history(ProductId productId, int limit) {
        if (!stocks.existsById(productId.value())) {
            throw new StockNotFound(productId);
        }
        return history.latest(productId, limit);
    }
}
