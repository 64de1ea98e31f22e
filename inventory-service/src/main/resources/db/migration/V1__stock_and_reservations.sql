-- Stock per product. The three counters partition the units ever stocked:
-- stocked = available + reserved + sold. The CHECKs are the last line of defence: a bug that
-- would oversell fails its transaction instead.
create table stock (
    product_id varchar(64) primary key,
    available  integer     not null default 0 check (available >= 0),
    reserved   integer     not null default 0 check (reserved >= 0),
    sold       integer     not null default 0 check (sold >= 0),
    -- Bumped by every change, also by the guarded SQL updates, so an admin edit based on a stale
    -- read fails instead of overwriting a reservation.
    version    bigint      not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- One reservation per order (unique), holding every line of the order. A rejected order keeps
-- its rejection here, so a replayed ReserveStock answers the same outcome.
create table reservation (
    id         bigint      primary key,
    order_id   varchar(64) not null unique,
    status     varchar(16) not null check (status in ('ACTIVE', 'CONFIRMED', 'RELEASED', 'EXPIRED', 'REJECTED')),
    expires_at timestamptz not null,
    -- Why a RELEASED reservation was released, so a later command can be answered with it.
    release_cause varchar(32),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);

-- The sweeper only ever looks at active reservations in expiry order.
create index reservation_active_expiry on reservation (expires_at) where status = 'ACTIVE';

-- Lines of a reservation, one per product (repeated lines of an order are summed first).
-- For a rejected order the rejection reason and the availability seen are kept per line.
create table reservation_line (
    reservation_id bigint      not null references reservation (id) on delete cascade,
    product_id     varchar(64) not null,
    quantity       integer     not null,
    rejection      varchar(32),
    available_seen integer,
    primary key (reservation_id, product_id)
);

-- Every change of a stock row with the counters before and after, written in the same
-- transaction as the change (no phantom history from a rolled-back change).
create table stock_history (
    id               bigint      primary key,
    product_id       varchar(64) not null references stock (product_id),
    change_type      varchar(16) not null,
    quantity         integer     not null,
    available_before integer     not null,
    available_after  integer     not null,
    reserved_before  integer     not null,
    reserved_after   integer     not null,
    sold_before      integer     not null,
    sold_after       integer     not null,
    reason           varchar(200),
    order_id         varchar(64),
    actor            varchar(64),
    created_at       timestamptz not null
);

create index stock_history_product_time on stock_history (product_id, created_at desc, id desc);
