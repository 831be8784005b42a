-- The suppliers' catalogs: products and the quantity tiers of their price lists. A price list is the name
-- a connection's price_type carries; its prices are in the product's currency.

create table catalog_product (
    id                  uuid primary key,
    supplier_id         uuid          not null references company (id),
    sku                 varchar(64)   not null,
    gtin                varchar(14),
    -- The GTIN as 14 digits: lines match a GTIN-13 to the same product's GTIN-14.
    gtin_key            varchar(14),
    description         varchar(500)  not null,
    unit                varchar(3)    not null,
    base_price          numeric(19,4) not null,
    currency            varchar(3)    not null,
    active              boolean       not null,
    version             bigint        not null,
    constraint uk_catalog_product_sku unique (supplier_id, sku),
    constraint uk_catalog_product_gtin unique (supplier_id, gtin_key)
);

create table catalog_tier_price (
    id                  uuid primary key,
    supplier_id         uuid          not null references company (id),
    product_id          uuid          not null references catalog_product (id) on delete cascade,
    price_type          varchar(40)   not null,
    from_quantity       numeric(19,4) not null,
    unit_price          numeric(19,4) not null,
    constraint uk_catalog_tier_price unique (product_id, price_type, from_quantity)
);
create index ix_catalog_tier_price_list on catalog_tier_price (supplier_id, price_type);
