package com.ecommerce.inventory.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads stock rows and saves administrator adjustments (version-checked). */
public interface StockRepository extends JpaRepository<Stock, String> {
}
