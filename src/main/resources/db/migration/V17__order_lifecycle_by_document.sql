-- Picking lists and packing slips find an order's lifecycle by the hub id of its document, as the API names orders.
create index ix_order_lifecycle_document on order_lifecycle (order_document_id);
