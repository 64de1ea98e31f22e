-- Orders with the state of their checkout saga in the same row: one lock, one version and one
-- transaction cover a status change and the saga step it implies.
create table orders (
    id                  bigint        primary key,                  -- TSID
    order_number        varchar(32)   not null unique,              -- ORD-yyyyMMdd-XXXXXXXX
    customer_id         varchar(64)   not null,
    status              varchar(16)   not null
        check (status in ('PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    cancellation_reason varchar(32)
        check (cancellation_reason in ('OUT_OF_STOCK', 'PAYMENT_DECLINED', 'CUSTOMER_REQUEST',
                                       'RESERVATION_EXPIRED', 'DEADLINE_EXCEEDED', 'ADMIN')),
    cancellation_detail varchar(500),
    -- The saga step the order is in (or, once cancelled, the step where it stopped).
    saga_step           varchar(32)   not null
        check (saga_step in ('RESERVING_STOCK', 'AUTHORIZING_PAYMENT', 'CONFIRMING_STOCK', 'COMPLETED')),
    -- When the current step gives up waiting for its reply; only meaningful while PENDING.
    step_deadline       timestamptz   not null,
    -- What is known about the money: decides whether a cancellation voids, refunds or does nothing.
    payment_state       varchar(24)   not null,
    payment_method      varchar(24)   not null,
    payment_token       varchar(255)  not null default '',
    total_amount        numeric(19,2) not null check (total_amount >= 0),
    currency            varchar(3)    not null,
    shipping_name       varchar(100)  not null,
    shipping_address    varchar(500)  not null,
    shipping_phone      varchar(20)   not null,
    placed_from_cart    boolean       not null,
    last_message        varchar(100),
    last_message_at     timestamptz,
    placed_at           timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0
);

create index orders_customer_placed on orders (customer_id, placed_at desc, id desc);
create index orders_status_placed on orders (status, placed_at desc, id desc);
-- The deadline sweeper only looks at pending orders in deadline order.
create index orders_pending_deadline on orders (step_deadline) where status = 'PENDING';

-- Lines priced from the catalog at placement; never changed afterwards.
create table order_line (
    order_id     bigint        not null references orders (id) on delete cascade,
    line_no      integer       not null,
    id           bigint        not null unique,                     -- TSID, shown to clients
    product_id   varchar(64)   not null,
    product_name varchar(255)  not null,
    unit_price   numeric(19,2) not null check (unit_price >= 0),
    quantity     integer       not null check (quantity > 0),
    primary key (order_id, line_no)
);

-- Idempotency-Key of POST /orders, per customer. IN_FLIGHT while the first request runs
-- (a concurrent duplicate is refused), COMPLETED with the response to replay.
create table idempotency_key (
    customer_id  varchar(64)  not null,
    idem_key     varchar(255) not null,
    request_hash varchar(64)  not null,                             -- SHA-256 of the canonical request
    state        varchar(16)  not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    order_id     bigint,
    response     text,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    primary key (customer_id, idem_key)
);

create index idempotency_key_expiry on idempotency_key (expires_at);
