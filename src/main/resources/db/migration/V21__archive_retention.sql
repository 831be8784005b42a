-- Retention (tradehub.tracking.retention, ArchivePurge): once finished work is older than the retention, the raw input
-- of its receipt (receipt_raw) and the output of its document go; the rows stay and say when, so the API and the
-- portal can tell a partner that the bytes were purged rather than lost.
alter table receipt add column purged_at timestamp(6) with time zone;
alter table tracked_document add column purged_at timestamp(6) with time zone;

-- The purge walks only what it has not purged yet, oldest first (a partial index would say it better, but H2 has none).
create index ix_receipt_unpurged on receipt (purged_at, received_at);
create index ix_tracked_document_unpurged on tracked_document (purged_at, created_at);
