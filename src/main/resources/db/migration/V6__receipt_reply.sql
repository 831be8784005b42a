-- Where an acknowledgement sent back the way a file came goes: the reply queue of a JMS message, the sender of a
-- mail; null for channels that have no way back of their own (HTTP answers the caller, files fall back to the
-- partner's outbound channel). The correlation ties the reply to what it answers: the JMS correlation id or
-- message id, the mail's Message-ID.
alter table receipt add column reply_to varchar(500);
alter table receipt add column reply_correlation varchar(500);
