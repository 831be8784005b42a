-- Tracking: every file, message or attachment the hub received (with its raw bytes), the interchanges read from
-- them, every canonical document with its state, and every change of state. Types mean the same on H2 (PostgreSQL
-- mode: bytea is a binary varying of up to 1 GB, text a character varying) and PostgreSQL. Company ids are not
-- foreign keys: tracking keeps its history even when the partner module tidies up.

create table receipt (
    id                  uuid primary key,
    channel             varchar(200) not null,
    channel_kind        varchar(40)  not null,
    partner_key         varchar(200),
    channel_identity    varchar(500),
    -- The company the receipt was identified as coming from; null until the pipeline knows. Only it sees the raw input.
    sender_company_id   uuid,
    file_name           varchar(500) not null,
    size                bigint       not null,
    sha256              varchar(64)  not null,
    received_at         timestamp(6) with time zone not null,
    status              varchar(20)  not null,
    format              varchar(60),
    reason              varchar(2000),
    -- JSON array of positioned problems (segment, line, element, message) when the receipt was refused.
    problems            text,
    version             bigint       not null
);
create index ix_receipt_status on receipt (status, received_at);
create index ix_receipt_sender on receipt (sender_company_id, received_at);

-- The raw bytes, apart from the receipt, so that loading a receipt to change its state never loads its megabytes.
create table receipt_raw (
    receipt_id          uuid primary key references receipt (id),
    bytes               bytea        not null
);

-- A duplicate interchange from the same sender is caught by the database, even across hub instances.
create table interchange (
    id                  uuid primary key,
    receipt_id          uuid         not null references receipt (id),
    sender_company_id   uuid         not null,
    control_reference   varchar(100) not null,
    registered_at       timestamp(6) with time zone not null,
    constraint uk_interchange_sender_reference unique (sender_company_id, control_reference)
);
create index ix_interchange_receipt on interchange (receipt_id);

create table tracked_document (
    id                          uuid primary key,
    receipt_id                  uuid         references receipt (id),
    interchange_id              uuid         references interchange (id),
    replay_of                   uuid         references tracked_document (id),
    type                        varchar(30)  not null,
    document_number             varchar(100) not null,
    sender_company_id           uuid,
    receiver_company_id         uuid,
    answers_id                  uuid         references tracked_document (id),
    acknowledges_interchange_id uuid         references interchange (id),
    acknowledges_document_id    uuid         references tracked_document (id),
    status                      varchar(20)  not null,
    reason                      varchar(2000),
    canonical                   text         not null,
    output                      bytea,
    output_name                 varchar(500),
    output_format               varchar(60),
    outbound_channel            varchar(200),
    -- The control reference of the interchange the output went out in, so the receiver's acknowledgement finds it.
    output_reference            varchar(100),
    -- Failed delivery attempts so far.
    attempts                    integer      not null,
    next_attempt_at             timestamp(6) with time zone,
    created_at                  timestamp(6) with time zone not null,
    updated_at                  timestamp(6) with time zone not null,
    version                     bigint       not null,
    -- One replay per attempt: a second click replays nothing twice. A failed replay is replayed in turn.
    constraint uk_tracked_document_replay_of unique (replay_of)
);
create index ix_tracked_document_sender on tracked_document (sender_company_id, created_at);
create index ix_tracked_document_receiver on tracked_document (receiver_company_id, created_at);
create index ix_tracked_document_status on tracked_document (status, updated_at);
create index ix_tracked_document_receipt on tracked_document (receipt_id);
create index ix_tracked_document_answers on tracked_document (answers_id);
create index ix_tracked_document_ack_interchange on tracked_document (acknowledges_interchange_id);
create index ix_tracked_document_ack_document on tracked_document (acknowledges_document_id);
create index ix_tracked_document_output_reference on tracked_document (receiver_company_id, output_reference);

-- Every change of state of a receipt or a document, in order.
create table tracking_event (
    id                  uuid primary key,
    receipt_id          uuid         references receipt (id),
    document_id         uuid         references tracked_document (id),
    at                  timestamp(6) with time zone not null,
    from_status         varchar(20),
    to_status           varchar(20)  not null,
    reason              varchar(2000)
);
create index ix_tracking_event_receipt on tracking_event (receipt_id, at);
create index ix_tracking_event_document on tracking_event (document_id, at);
