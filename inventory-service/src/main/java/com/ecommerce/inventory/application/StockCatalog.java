package com.ecommerce.inventory.application;

import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationTerms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives every product of the catalog its stock row, as soon as the catalog announces it. */
@Service
public class StockCatalog {

    private final StockMoves moves;
    private final ReservationTerms terms;
    private final int initialStock;

    StockCatalog(StockMoves moves, ReservationTerms terms, InventoryProperties properties) {
        this.moves = moves;
        this.terms = terms;
        this.initialStock = properties.initialStock();
    }

    /** @return true if the row was created now, false if the product already had one */
    @Transactional
    public boolean open(ProductId productId) {
        return moves.open(productId, initialStock, terms.now()).isPresent();
    }
}
