package com.ecommerce.product.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text without control characters. PostgreSQL cannot store a NUL byte at all (the statement fails
 * with a data error) and no shop text needs the others, so such input is refused as invalid (400)
 * before it reaches the database. A multi-line text keeps its line breaks and tabs.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface PlainText {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Allows line feed, carriage return and tab, as a description needs. */
    boolean multiline() default false;
}
