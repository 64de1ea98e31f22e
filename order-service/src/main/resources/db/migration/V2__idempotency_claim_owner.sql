-- Which request holds an IN_FLIGHT claim: a retry may take over a claim whose request died, and
-- only the holder may then complete it (or release it), so a first request that was merely slow
-- cannot place a second order for the same key.
alter table idempotency_key add column claim_id uuid;
