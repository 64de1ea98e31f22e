package com.ecommerce.payment.domain;

/**
 * The port to a card payment provider. Every call carries an idempotency key: calling again with
 * the same key returns the first call's outcome and never moves money a second time, which is how
 * an attempt left unresolved by a crash is resolved. Never called inside a database transaction.
 */
public interface PaymentProvider {

    /** The provider's name as stored on payments ("simulated", "stripe"). */
    String name();

    /**
     * Authorises and captures {@code request.amount()}.
     *
     * @return the outcome: captured (with the provider's reference) or declined (with its code)
     * @throws ProviderUnavailable when the outcome is unknown (timeout, 5xx, still processing): ask again
     *         later with the same key and, if it names one, the provider's reference
     */
    ProviderOutcome charge(ChargeRequest request);

    /**
     * Gives captured money back.
     *
     * @throws ProviderUnavailable when the outcome is unknown: ask again later with the same key
     */
    ProviderOutcome refund(RefundRequest request);

    /**
     * A charge of a tokenised card; the token stands for the card, which this service never sees.
     *
     * @param providerReference the provider's id of this very charge when an earlier call with the
     *                          same key learnt it (null otherwise): the adapter may look the charge up
     *                          instead of asking for it again
     */
    record ChargeRequest(String idempotencyKey, OrderId orderId, Money amount, String token, PaymentMethod method,
            String providerReference) {
    }

    /** A full refund of the capture the provider knows as {@code providerReference}. */
    record RefundRequest(String idempotencyKey, OrderId orderId, String providerReference, Money amount,
            String reason) {
    }
}
