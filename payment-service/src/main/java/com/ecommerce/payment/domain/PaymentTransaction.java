package com.ecommerce.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of a payment's ledger, never changed once written: an attempt before a provider call,
 * its outcome after, every other state change. Only SUCCEEDED charges and refunds move money.
 */
@Entity
@Table(name = "payment_transaction")
public class PaymentTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TransactionType type;
    @Enumerated(EnumType.STRING)
    private TransactionOutcome outcome;
    private BigDecimal amount;
    private String currency;
    @Column(name = "provider_code")
    private String providerCode;
    @Column(name = "provider_message")
    private String providerMessage;
    @Column(name = "provider_reference")
    private String providerReference;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PaymentTransaction() {
    }

    PaymentTransaction(TransactionType type, TransactionOutcome outcome, Money amount, String idempotencyKey,
            ProviderOutcome provider, Instant at) {
        this.type = type;
        this.outcome = outcome;
        this.amount = amount == null ? null : amount.amount();
        this.currency = amount == null ? null : amount.currency();
        this.idempotencyKey = idempotencyKey;
        if (provider != null) {
            this.providerCode = provider.code();
            this.providerMessage = provider.message();
            this.providerReference = provider.reference();
        }
        this.createdAt = at;
    }

    /** Whether this row moved money of {@code kind}. */
    boolean moved(TransactionType kind) {
        return type == kind && outcome == TransactionOutcome.SUCCEEDED && amount != null;
    }

    public Long id() {
        return id;
    }

    public TransactionType type() {
        return type;
    }

    public TransactionOutcome outcome() {
        return outcome;
    }

    /** Null for a void of a payment that never had an amount. */
    public Money amount() {
        return amount == null ? null : new Money(amount, currency);
    }

    public String providerCode() {
        return providerCode;
    }

    public String providerMessage() {
        return providerMessage;
    }

    public String providerReference() {
        return providerReference;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
