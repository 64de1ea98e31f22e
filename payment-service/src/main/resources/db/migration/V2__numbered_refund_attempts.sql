-- Providers answer a repeated idempotency key with its first outcome, so a refused refund asked
-- for again under the same key is refused again forever. Each refund attempt is numbered and
-- attempt n of an order is asked with the key "<order id>:refund:<n>"; retries of an unresolved
-- attempt reuse its number.
alter table payment add column refund_attempts integer not null default 0 check (refund_attempts >= 0);

update payment p set refund_attempts = (
    select count(*) from payment_transaction t
    where t.payment_id = p.id and t.type = 'REFUND' and t.outcome = 'ATTEMPTED');
