-- A user's saved searches over the company's requests or orders. Each is a widget on the user's dashboard,
-- counting what it finds since its reset_at (null: never reset). Names are unique per user.
create table saved_search (
    id                  uuid          not null primary key,
    user_id             uuid          not null references user_account (id) on delete cascade,
    company_id          uuid          not null references company (id),
    name                varchar(80)   not null,
    area                varchar(16)   not null,
    side                varchar(16),
    lifecycle_view      varchar(32),
    status              varchar(32),
    partner_id          uuid,
    document_number     varchar(35),
    received_from       date,
    received_to         date,
    reset_at            timestamp(6) with time zone,
    created_at          timestamp(6) with time zone not null,
    constraint saved_search_name unique (user_id, name)
);

create index saved_search_company on saved_search (company_id, user_id);

-- A widget whose user wants an email once its count rises above zero. widget is a default widget's name or
-- search-<saved search id>; last_count is what the last check counted, so a count that stays up mails once.
create table widget_alert (
    user_id             uuid          not null references user_account (id) on delete cascade,
    widget              varchar(60)   not null,
    language            varchar(8)    not null,
    last_count          bigint        not null,
    primary key (user_id, widget)
);
