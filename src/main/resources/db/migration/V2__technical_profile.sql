-- How each company exchanges files with the hub: its key for routes/ and mappings/partners/, the format the hub
-- writes to it, the channels it may send through, where its documents go and what it gets back for what it sends.

create table technical_profile (
    company_id                  uuid         primary key references company (id),
    partner_key                 varchar(60)  not null,
    format                      varchar(20)  not null,
    csv_layout                  varchar(100),
    syntax_id                   varchar(4),
    test_mode                   boolean      not null,
    outbound_channel            varchar(100),
    acknowledgement             varchar(20)  not null,
    acknowledgement_delivery    varchar(20),
    updated_at                  timestamp(6) with time zone not null,
    updated_by                  varchar(254) not null,
    version                     bigint       not null,
    -- Route templates and mapping folders name a company by its key: two companies cannot share one.
    constraint uk_technical_profile_key unique (partner_key)
);

-- A route may serve several companies (one mailbox, one queue) only when the channel identity tells them apart;
-- the service checks that, since a null identity is never equal to another in a unique constraint.
create table technical_profile_inbound_channel (
    company_id                  uuid         not null references technical_profile (company_id) on delete cascade,
    route_id                    varchar(100) not null,
    channel_identity            varchar(254),
    constraint uk_inbound_channel unique (company_id, route_id)
);
create index ix_inbound_channel_route on technical_profile_inbound_channel (route_id);
