-- One cart per customer: the unique customer id is what makes get-or-create safe under
-- concurrent first requests (insert ... on conflict do nothing, then select).
create table cart (
    id          bigint      primary key,           -- TSID
    customer_id varchar(64) not null unique,       -- the token's subject
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

-- One line per product and cart (same product adds up); the upper bound of quantity is a
-- setting, so only the lower bound is a constraint here.
create table cart_item (
    id         bigint      primary key,            -- TSID, a 13-character string in JSON
    cart_id    bigint      not null references cart (id) on delete cascade,
    product_id varchar(64) not null,
    quantity   integer     not null check (quantity > 0),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (cart_id, product_id)
);

-- The local copy of the catalog the cart shows, kept current from product events. as_of is
-- the time of the newest change applied, so an older event or snapshot never overwrites a newer one.
create table product (
    id       varchar(64)   primary key,
    name     varchar(300)  not null,
    price    numeric(19,2) not null check (price >= 0),
    currency varchar(3)    not null,
    status   varchar(16)   not null,
    deleted  boolean       not null default false,
    as_of    timestamptz   not null
);
