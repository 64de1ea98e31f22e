package com.ecommerce.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The payment of one order and its ledger. A provider call is bracketed by two transitions: the
 * attempt is recorded first ({@link #attempt}, {@link #requestRefund}), the outcome afterwards
 * ({@link #settleCharge}, {@link #settleRefund}), so a crash in between leaves a visible,
 * resolvable PENDING or REFUNDING payment. A repeated transition is a no-op, an illegal one an
 * exception, and every change appends a ledger row.
 */
@Entity
@Table(name = "payment")
public class Payment {

    /** What a transition did. */
    public enum Outcome {
        /** The payment changed now. */
        APPLIED,
        /** It already was where the transition leads (a repeated message or a lost race): nothing changed. */
        ALREADY_DONE
    }

    @Id
    private Long id;
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "customer_id")
    private String customerId;
    private BigDecimal amount;
    private String currency;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    @Column(name = "payment_token")
    private String paymentToken;
    private String provider;
    @Column(name = "provider_reference")
    private String providerReference;
    @Column(name = "refund_reference")
    private String refundReference;
    // Numbers the refund attempts, so a refused refund can be asked for again under a key of its own.
    @Column(name = "refund_attempts")
    private int refundAttempts;
    @Column(name = "failure_code")
    private String failureCode;
    @Column(name = "failure_message")
    private String failureMessage;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private Long version;
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<PaymentTransaction> transactions = new ArrayList<>();

    protected Payment() {
    }

    private Payment(long id, OrderId orderId, PaymentStatus status, Instant now) {
        this.id = id;
        this.orderId = orderId.value();
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records that a charge is about to be asked of {@code provider}; the outcome follows in {@link #settleCharge}. */
    public static Payment attempt(long id, ChargeAttempt attempt, String provider, Instant now) {
        if (!attempt.amount().isPositive()) {
            throw new InvalidMoney("a payment charges a positive amount, not " + attempt.amount());
        }
        Payment payment = new Payment(id, attempt.orderId(), PaymentStatus.PENDING, now);
        payment.customerId = attempt.customerId();
        payment.amount = attempt.amount().amount();
        payment.currency = attempt.amount().currency();
        payment.method = attempt.method();
        payment.paymentToken = attempt.token();
        payment.provider = provider;
        payment.append(TransactionType.CHARGE, TransactionOutcome.ATTEMPTED, payment.chargeKey(), null, now);
        return payment;
    }

    /** A void that arrived before any authorisation: keeps a later AuthorizePayment from charging. */
    public static Payment voidedBeforeAttempt(long id, OrderId orderId, String reason, Instant now) {
        Payment payment = new Payment(id, orderId, PaymentStatus.VOIDED, now);
        payment.failureCode = "payment_voided";
        payment.failureMessage = reason;
        payment.append(TransactionType.VOID, TransactionOutcome.SUCCEEDED, null, null, now);
        return payment;
    }

    /** Records the provider's answer to the charge: CAPTURED or FAILED. Only a PENDING payment changes. */
    public Outcome settleCharge(ProviderOutcome outcome, Instant now) {
        if (status != PaymentStatus.PENDING) {
            return Outcome.ALREADY_DONE;
        }
        TransactionOutcome result = outcome.succeeded() ? TransactionOutcome.SUCCEEDED : TransactionOutcome.FAILED;
        append(TransactionType.CHARGE, result, chargeKey(), outcome, now);
        if (outcome.succeeded()) {
            providerReference = outcome.reference();
            return transition(PaymentStatus.CAPTURED, now);
        }
        failureCode = outcome.code();
        failureMessage = outcome.message();
        return transition(PaymentStatus.FAILED, now);
    }

    /**
     * Keeps the provider's id of a charge whose outcome is not known yet (the provider is still
     * processing it), so the next resolution can look the charge up instead of asking for it again.
     */
    public Outcome noteChargeReference(String reference, Instant now) {
        if (status != PaymentStatus.PENDING || reference == null || reference.equals(providerReference)) {
            return Outcome.ALREADY_DONE;
        }
        providerReference = reference;
        updatedAt = now;
        return Outcome.APPLIED;
    }

    /**
     * Records that a full refund is about to be asked of the provider. Each request from CAPTURED is
     * a new attempt with a new idempotency key: providers answer a repeated key with its first
     * outcome, so a refund refused once could otherwise never be retried.
     */
    public Outcome requestRefund(String reason, Instant now) {
        return switch (status) {
            case CAPTURED -> {
                failureMessage = reason;
                refundAttempts++;
                append(TransactionType.REFUND, TransactionOutcome.ATTEMPTED, refundKey(), null, now);
                yield transition(PaymentStatus.REFUNDING, now);
            }
            case REFUNDING, REFUNDED -> Outcome.ALREADY_DONE;
            case PENDING, FAILED, VOIDED -> throw new PaymentNotRefundable(status);
        };
    }

    /** Records the provider's answer to the refund: REFUNDED, or back to CAPTURED if refused. */
    public Outcome settleRefund(ProviderOutcome outcome, Instant now) {
        if (status != PaymentStatus.REFUNDING) {
            return Outcome.ALREADY_DONE;
        }
        TransactionOutcome result = outcome.succeeded() ? TransactionOutcome.SUCCEEDED : TransactionOutcome.FAILED;
        append(TransactionType.REFUND, result, refundKey(), outcome, now);
        if (outcome.succeeded()) {
            refundReference = outcome.reference();
            return transition(PaymentStatus.REFUNDED, now);
        }
        return transition(PaymentStatus.CAPTURED, now);
    }

    /** Cancels a payment that moved no money. Money that moved is refunded instead, not voided. */
    public Outcome voidPayment(String reason, Instant now) {
        return switch (status) {
            case FAILED -> {
                append(TransactionType.VOID, TransactionOutcome.SUCCEEDED, null, null, now);
                failureMessage = reason;
                yield transition(PaymentStatus.VOIDED, now);
            }
            case VOIDED -> Outcome.ALREADY_DONE;
            case PENDING -> throw new PaymentOutcomeUnknown(orderId());
            case CAPTURED, REFUNDING, REFUNDED -> throw new PaymentNotRefundable(status);
        };
    }

    private Outcome transition(PaymentStatus target, Instant now) {
        status = target;
        updatedAt = now;
        return Outcome.APPLIED;
    }

    private void append(TransactionType type, TransactionOutcome outcome, String key, ProviderOutcome answer,
            Instant now) {
        transactions.add(new PaymentTransaction(type, outcome, amount(), key, answer, now));
        updatedAt = now;
    }

    /** The provider idempotency key of the charge: the order id, so a retried charge is the same charge. */
    public String chargeKey() {
        return orderId;
    }

    /**
     * The provider idempotency key of the current refund attempt: every retry of an unresolved
     * attempt reuses it, a new attempt after a refusal gets the next number.
     */
    public String refundKey() {
        return orderId + ":refund:" + refundAttempts;
    }

    public long id() {
        return id;
    }

    public OrderId orderId() {
        return OrderId.of(orderId);
    }

    public String customerId() {
        return customerId;
    }

    /** Null only for a payment voided before any authorisation. */
    public Money amount() {
        return amount == null ? null : new Money(amount, currency);
    }

    public PaymentStatus status() {
        return status;
    }

    public PaymentDetails details() {
        return new PaymentDetails(method, paymentToken, provider, providerReference, refundReference, failureCode,
                failureMessage, createdAt, updatedAt);
    }

    public Ledger ledger() {
        return new Ledger(List.copyOf(transactions), currency);
    }
}
