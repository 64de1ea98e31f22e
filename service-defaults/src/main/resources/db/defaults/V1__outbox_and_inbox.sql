-- Tables of the shared messaging library, versioned in their own history table
-- (flyway_messaging_history) so they never collide with a service's own migrations.

-- Messages recorded in the same transaction as the state change they announce; the relay
-- publishes them to Kafka after commit and deletes them once the broker acknowledged them.
create table outbox_message (
    id           bigint      primary key,          -- TSID: publication order
    topic        text        not null,
    message_key  text        not null,
    message_type text        not null,             -- full Protobuf name, sent as a header
    event_id     text        not null,
    payload      bytea       not null,
    traceparent  text,                             -- W3C trace context of the recording request
    created_at   timestamptz not null
);

-- One row per event a consumer group has applied, written in the same transaction as the
-- effect: a redelivered event finds its row and is skipped.
create table inbox_message (
    consumer     text        not null,
    event_id     text        not null,
    message_type text        not null,
    received_at  timestamptz not null,
    primary key (consumer, event_id)
);

create index inbox_message_received_at on inbox_message (received_at);
