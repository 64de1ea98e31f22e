-- Accounts. Email is stored normalised (trimmed, lower case), so a plain unique index suffices.
create table app_user (
    id             bigint       primary key,
    email          varchar(254) not null unique,
    name           varchar(100) not null,
    password_hash  varchar(100),
    google_subject varchar(255) unique,
    roles          varchar(100) not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null
);

-- One row per login; revoking it ends every refresh token descending from that login.
create table refresh_token_family (
    id         bigint      primary key,
    user_id    bigint      not null references app_user (id),
    created_at timestamptz not null,
    revoked_at timestamptz
);
create index refresh_token_family_user on refresh_token_family (user_id);

-- Only the SHA-256 of a refresh token is kept: a database leak yields no usable token.
create table refresh_token (
    id         bigint      primary key,
    family_id  bigint      not null references refresh_token_family (id),
    token_hash varchar(64) not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index refresh_token_family_id on refresh_token (family_id);

-- Access-token signing keys shared by every instance; private halves are encrypted.
create table signing_key (
    kid          varchar(64)   primary key,
    public_jwk   varchar(4000) not null,
    private_jwk  bytea         not null,
    created_at   timestamptz   not null,
    activated_at timestamptz   not null,
    retired_at   timestamptz
);

-- One-time codes that end a Google login; hashed like refresh tokens, valid for a minute.
create table login_code (
    code_hash  varchar(64) primary key,
    user_id    bigint      not null references app_user (id),
    expires_at timestamptz not null
);
