-- A document sent to a JMS queue in the broker transaction of the route stage's own queue message. The database records
-- it DELIVERED, with that message's id, before that transaction commits; should the hub stop in between, the delivery
-- rolls back with the queue message, which the broker hands again, under the same id: the document is sent again.
-- The id, not the broker's redelivered flag: Artemis does not keep that flag across a crash of the broker.
alter table tracked_document add column delivered_by_message varchar(100);
