package com.ecommerce.inventory.application;

import java.time.Instant;

import com.ecommerce.inventory.domain.Adjustment;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationTerms;
import com.ecommerce.inventory.domain.Stock;
import com.ecommerce.inventory.domain.StockMovement;
import com.ecommerce.inventory.domain.StockNotFound;
import com.ecommerce.inventory.domain.StockRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' corrections of stock. The edit is version-checked: if a reservation changed
 * the row since it was read, the flush fails (optimistic locking) and nothing is written.
 */
@Service
public class StockAdministration {

    private final StockRepository stocks;
    private final StockMoves moves;
    private final ReservationTerms terms;

    StockAdministration(StockRepository stocks, StockMoves moves, ReservationTerms terms) {
        this.stocks = stocks;
        this.moves = moves;
        this.terms = terms;
    }

    @Transactional
    public StockView adjust(ProductId productId, Adjustment adjustment, String actor) {
        Instant now = terms.now();
        Stock stock = stocks.findById(productId.value()).orElseThrow(() -> new StockNotFound(productId));
        Levels before = stock.adjust(adjustment, now);
        // Flushed here so a concurrent change surfaces as this call's failure, before history is written.
        stocks.saveAndFlush(stock);
        moves.record(new StockMovement(productId, adjustment.change(), adjustment.quantity(), before,
                stock.levels(), adjustment.reason(), null, actor), now);
        return StockView.of(stock);
    }
}
