package com.ecommerce.inventory.domain;

/**
 * An administrator's correction of the available units (goods received, damaged, counted).
 *
 * @param reason free text kept in the history; may be null
 */
public record Adjustment(Type type, int quantity, String reason) {

    public enum Type { INCREASE, DECREASE }

    public Adjustment {
        if (type == null) {
            throw new IllegalArgumentException("an adjustment type is required");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("an adjustment moves at least one unit");
        }
    }

    public StockChange change() {
        return type == Type.INCREASE ? StockChange.INCREASE : StockChange.DECREASE;
    }
}
