-- Companies, their users and API tokens, connections between suppliers and customers, invites and the
-- verification codes of the permanent invite link. Types are chosen to mean the same on H2 and PostgreSQL.

create table company (
    id                  uuid primary key,
    name                varchar(200) not null,
    role                varchar(20)  not null,
    time_zone           varchar(60)  not null,
    language            varchar(8)   not null,
    street              varchar(200),
    postal_code         varchar(20),
    city                varchar(100),
    country             varchar(2),
    admin_name          varchar(200),
    admin_email         varchar(254),
    admin_phone         varchar(40),
    finance_name        varchar(200),
    finance_email       varchar(254),
    finance_phone       varchar(40),
    ordering_name       varchar(200),
    ordering_email      varchar(254),
    ordering_phone      varchar(40),
    invite_code         varchar(64)  not null unique,
    terms_version       varchar(40),
    terms_url           varchar(500),
    created_at          timestamp(6) with time zone not null,
    version             bigint       not null
);

-- An interchange identity belongs to one company across the hub: routing depends on it.
create table company_edi_identity (
    company_id          uuid         not null references company (id),
    qualifier           varchar(10)  not null,
    identifier          varchar(35)  not null,
    constraint uk_edi_identity unique (qualifier, identifier)
);

create table user_account (
    id                  uuid primary key,
    company_id          uuid         not null references company (id),
    email               varchar(254) not null unique,
    name                varchar(200) not null,
    password_hash       varchar(200) not null,
    account_manager     boolean      not null,
    language            varchar(8),
    created_at          timestamp(6) with time zone not null,
    version             bigint       not null
);
create index ix_user_account_company on user_account (company_id);

create table user_privilege (
    user_id             uuid         not null references user_account (id) on delete cascade,
    privilege           varchar(20)  not null,
    primary key (user_id, privilege)
);

create table api_token (
    id                  uuid primary key,
    company_id          uuid         not null references company (id),
    name                varchar(100) not null,
    token_hash          varchar(64)  not null unique,
    hint                varchar(12)  not null,
    created_by          varchar(254) not null,
    created_at          timestamp(6) with time zone not null,
    last_used_at        timestamp(6) with time zone,
    revoked_at          timestamp(6) with time zone
);
create index ix_api_token_company on api_token (company_id);

create table api_token_privilege (
    token_id            uuid         not null references api_token (id) on delete cascade,
    privilege           varchar(20)  not null,
    primary key (token_id, privilege)
);

create table connection (
    id                      uuid primary key,
    supplier_id             uuid         not null references company (id),
    customer_id             uuid         not null references company (id),
    status                  varchar(20)  not null,
    origin                  varchar(20)  not null,
    request_message         varchar(2000),
    price_type              varchar(40),
    markup_percent          numeric(9, 4) not null,
    visibility              varchar(20)  not null,
    order_creation_allowed  boolean      not null,
    answer_window_hours     integer      not null,
    shipping_window_days    integer      not null,
    terms_version           varchar(40),
    terms_accepted_at       timestamp(6) with time zone,
    terms_accepted_by       varchar(254),
    created_at              timestamp(6) with time zone not null,
    version                 bigint       not null,
    constraint uk_connection_pair unique (supplier_id, customer_id)
);
create index ix_connection_customer on connection (customer_id);

create table connection_day_of_service (
    connection_id       uuid         not null references connection (id) on delete cascade,
    day_of_week         varchar(10)  not null,
    carrier             varchar(100) not null,
    primary key (connection_id, day_of_week)
);

create table connection_product_rule (
    connection_id       uuid         not null references connection (id) on delete cascade,
    sku                 varchar(64)  not null,
    primary key (connection_id, sku)
);

-- Every transition of a connection: who did it, when and why.
create table connection_transition (
    id                  uuid primary key,
    connection_id       uuid         not null references connection (id) on delete cascade,
    action              varchar(40)  not null,
    from_status         varchar(20),
    to_status           varchar(20)  not null,
    by_company_id       uuid,
    by_name             varchar(254) not null,
    reason              varchar(2000),
    at                  timestamp(6) with time zone not null
);
create index ix_connection_transition on connection_transition (connection_id, at);

create table invite (
    id                  uuid primary key,
    supplier_id         uuid         not null references company (id),
    email               varchar(254) not null,
    message             varchar(2000),
    language            varchar(8)   not null,
    status              varchar(20)  not null,
    error_reason        varchar(2000),
    token_hash          varchar(64)  not null unique,
    sent_count          integer      not null,
    last_sent_at        timestamp(6) with time zone not null,
    last_mail_id        uuid,
    connection_id       uuid,
    created_by          varchar(254) not null,
    created_at          timestamp(6) with time zone not null,
    version             bigint       not null
);
create index ix_invite_supplier on invite (supplier_id, status);

-- One-time codes that prove a prospect owns an email address (permanent invite link flow).
create table prospect_verification (
    id                  uuid primary key,
    supplier_id         uuid         not null references company (id),
    email               varchar(254) not null,
    code_hash           varchar(200) not null,
    expires_at          timestamp(6) with time zone not null,
    attempts_left       integer      not null,
    verified_at         timestamp(6) with time zone,
    used_at             timestamp(6) with time zone,
    created_at          timestamp(6) with time zone not null,
    version             bigint       not null
);

-- Outgoing mail, written in the same transaction as the change it tells about and sent after it commits.
create table outbound_mail (
    id                  uuid primary key,
    recipient           varchar(254) not null,
    language            varchar(8)   not null,
    template            varchar(60)  not null,
    subject             varchar(500) not null,
    html_body           varchar(200000) not null,
    text_body           varchar(200000) not null,
    reference_type      varchar(40),
    reference_id        uuid,
    status              varchar(20)  not null,
    attempts            integer      not null,
    next_attempt_at     timestamp(6) with time zone not null,
    failure_reason      varchar(2000),
    created_at          timestamp(6) with time zone not null,
    sent_at             timestamp(6) with time zone,
    version             bigint       not null
);
create index ix_outbound_mail_due on outbound_mail (status, next_attempt_at);
create index ix_outbound_mail_reference on outbound_mail (reference_type, reference_id);
