-- The lifecycles of order requests and orders (DESIGN §3). Each row points to the tracked documents of its thread, so
-- a request can be followed to its answer and order, and an order to its shipment notices. Deadlines are stored as
-- instants; what is waiting, expiring or delayed is computed from them and the clock, never stored. Company ids are
-- not foreign keys, as in tracking.

create table request_lifecycle (
    id                      uuid primary key,
    connection_id           uuid         not null,
    supplier_id             uuid         not null,
    customer_id             uuid         not null,
    -- The customer's number of the request, which answers and orders name it by.
    request_number          varchar(100) not null,
    request_document_id     uuid         not null references tracked_document (id),
    -- The supplier's number of its answer, which an order names (RFF+PR, REF*PR).
    answer_number           varchar(100),
    answer_document_id      uuid         references tracked_document (id),
    order_document_id       uuid         references tracked_document (id),
    status                  varchar(20)  not null,
    received_at             timestamp(6) with time zone not null,
    answer_by               timestamp(6) with time zone not null,
    answered_at             timestamp(6) with time zone,
    -- The deadline the supplier was last told is near, so each deadline is told once.
    expiry_notice_for       timestamp(6) with time zone,
    updated_at              timestamp(6) with time zone not null,
    version                 bigint       not null,
    constraint uk_request_lifecycle_number unique (connection_id, request_number)
);
create index ix_request_lifecycle_supplier on request_lifecycle (supplier_id, status, answer_by);
create index ix_request_lifecycle_customer on request_lifecycle (customer_id, status, answer_by);
create index ix_request_lifecycle_due on request_lifecycle (status, answer_by);

create table order_lifecycle (
    id                      uuid primary key,
    connection_id           uuid         not null,
    supplier_id             uuid         not null,
    customer_id             uuid         not null,
    order_number            varchar(100) not null,
    order_document_id       uuid         not null references tracked_document (id),
    -- The request the order converts, when the hub saw one.
    request_id              uuid         references request_lifecycle (id),
    status                  varchar(20)  not null,
    received_at             timestamp(6) with time zone not null,
    ship_by                 timestamp(6) with time zone not null,
    -- When the last ordered quantity was shipped.
    shipped_at              timestamp(6) with time zone,
    updated_at              timestamp(6) with time zone not null,
    version                 bigint       not null,
    constraint uk_order_lifecycle_number unique (connection_id, order_number)
);
create index ix_order_lifecycle_supplier on order_lifecycle (supplier_id, status, ship_by);
create index ix_order_lifecycle_customer on order_lifecycle (customer_id, status, ship_by);

-- Per ordered line, what was ordered and what has been shipped of it so far.
create table order_lifecycle_line (
    order_id                uuid           not null references order_lifecycle (id) on delete cascade,
    line_number             integer        not null,
    sku                     varchar(100),
    gtin                    varchar(100),
    unit                    varchar(20)    not null,
    ordered                 numeric(19, 4) not null,
    shipped                 numeric(19, 4) not null,
    primary key (order_id, line_number)
);

-- The shipment notices that shipped against an order.
create table order_lifecycle_shipment (
    order_id                uuid         not null references order_lifecycle (id) on delete cascade,
    shipment_document_id    uuid         not null references tracked_document (id),
    primary key (order_id, shipment_document_id)
);
