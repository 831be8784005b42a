-- What the channel itself calls the input: the JMS message id, the file's idempotent key (partner, name, size,
-- modification time), the mail's Message-ID with the attachment's name, the caller's Idempotency-Key on HTTP
-- (prefixed by its company). A channel that hands the same input over again (the broker redelivers a message whose
-- receipt was committed, a hub takes a file whose lease ran out) gets the receipt it already has, never a second one.
-- Null when the channel has no such key (the portal); nulls never clash, on H2 as on PostgreSQL.
alter table receipt add column source_key varchar(1000);
alter table receipt add constraint uk_receipt_channel_source_key unique (channel, source_key);
