-- Catalog schema. Ids are TSIDs supplied by the application (time-ordered, strings in JSON).

-- Trigram matching for typo-tolerant keyword search. pg_trgm is a trusted extension, so the
-- database owner (the service's role) may create it without superuser rights.
create extension if not exists pg_trgm;

create table categories (
    id            bigint       primary key,
    name          varchar(100) not null,
    slug          varchar(200) not null,
    parent_id     bigint       references categories (id),
    display_order int          not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    deleted_at    timestamptz,
    version       bigint       not null default 0
);

-- A slug stays unique among live categories only, so a deleted category frees its slug.
create unique index categories_slug_live on categories (slug) where deleted_at is null;
create index categories_parent on categories (parent_id) where deleted_at is null;

create table products (
    id             bigint        primary key,
    name           varchar(200)  not null,
    description    text,
    category_id    bigint        not null references categories (id),
    original_price numeric(10,2) not null check (original_price >= 0),
    sale_price     numeric(10,2) not null check (sale_price >= 0 and sale_price <= original_price),
    status         varchar(20)   not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    deleted_at     timestamptz,
    version        bigint        not null default 0,
    -- Name weighs more than description in the ranking. 'simple' does no stemming, which suits
    -- product names in any language (brands, model numbers, Korean).
    search_vector  tsvector generated always as (
        setweight(to_tsvector('simple', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(description, '')), 'B')) stored,
    constraint products_status check (status in ('DRAFT', 'ACTIVE', 'SOLD_OUT', 'DISCONTINUED'))
);

-- Partial indexes: every catalog read filters out deleted products.
create index products_live_created on products (created_at desc, id desc) where deleted_at is null;
create index products_live_category on products (category_id, status) where deleted_at is null;
create index products_live_price on products (sale_price) where deleted_at is null;
create index products_search_vector on products using gin (search_vector) where deleted_at is null;
create index products_name_trgm on products using gin (name gin_trgm_ops) where deleted_at is null;

-- Images are values of their product: replaced as a whole, never addressed on their own.
create table product_images (
    product_id    bigint       not null references products (id) on delete cascade,
    position      int          not null,
    image_url     varchar(500) not null,
    display_order int          not null,
    thumbnail     boolean      not null,
    primary key (product_id, position)
);
