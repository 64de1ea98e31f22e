package com.ecommerce.inventory.domain;

/**
 * ACTIVE holds units; CONFIRMED sold them; RELEASED and EXPIRED gave them back; REJECTED never held
 * any (kept so a replayed request gets the same answer).
 */
public enum ReservationStatus {
    ACTIVE, CONFIRMED, RELEASED, EXPIRED, REJECTED
}
