-- The Idempotency-Key a client sent with an action, per company: a retried request with the same key answers with the
-- document the first one made instead of making a second. The fingerprint is a hash of the action and its body, so
-- the key is not reused for another request; hub_id stays null while the first request is still at work.
create table idempotency_key (
    company_id          uuid          not null references company (id),
    idempotency_key     varchar(255)  not null,
    fingerprint         varchar(64)   not null,
    hub_id              uuid,
    document_number     varchar(35),
    verdict             varchar(16),
    reason              varchar(2000),
    claimed_at          timestamp with time zone not null,
    primary key (company_id, idempotency_key)
);

create index idempotency_key_claimed_at on idempotency_key (claimed_at);
