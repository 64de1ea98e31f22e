package com.ecommerce.product.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; also used directly for query parameters that are not bean-validated. */
class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText constraint) {
        multiline = constraint.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isPlain(value, multiline);
    }

    /** True for null (other constraints decide whether a value is required) and for text free of control characters. */
    static boolean isPlain(String value, boolean multiline) {
        return value == null
                || value.codePoints().noneMatch(c -> Character.isISOControl(c) && !(multiline && lineBreakOrTab(c)));
    }

    private static boolean lineBreakOrTab(int c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
