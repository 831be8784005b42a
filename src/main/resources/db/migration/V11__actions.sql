-- The last number the hub gave a document it made for a company's action (an order request, an order, an answer,
-- a shipment notice made in the portal or through the API), per company, prefix and year: REQ-2026-00042.
create table action_number (
    company_id          uuid         not null references company (id),
    prefix              varchar(8)   not null,
    number_year         integer      not null,
    last_value          bigint       not null,
    primary key (company_id, prefix, number_year)
);
