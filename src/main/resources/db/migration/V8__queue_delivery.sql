-- A document sent to a JMS queue in the broker transaction of the route stage's own queue message. The database records
-- it DELIVERED before that transaction commits; should the hub stop in between, the delivery rolls back with the queue
-- message, which the broker hands again, and this says the document must then be sent again.
alter table tracked_document add column delivered_with_queue_message boolean not null default false;
