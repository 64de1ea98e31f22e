-- Orders placed from a cart, remembered from OrderPlaced until the order is settled: a confirmed
-- order takes exactly its own lines out of the cart (items added after it was placed stay), and
-- the settled row makes any later OrderConfirmed of the same order (whatever its event id) a no-op.
create table cart_order (
    order_id    varchar(64) primary key,
    customer_id varchar(64) not null,
    recorded_at timestamptz not null,
    outcome     varchar(16) check (outcome in ('CONFIRMED', 'CANCELLED')),  -- null while the order is open
    settled_at  timestamptz
);

-- What an open order took, per product; deleted when the order is settled.
create table cart_order_line (
    order_id   varchar(64) not null references cart_order (order_id) on delete cascade,
    product_id varchar(64) not null,
    quantity   integer     not null check (quantity > 0),
    primary key (order_id, product_id)
);
