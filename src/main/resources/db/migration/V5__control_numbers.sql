-- The last control number handed out per partner and kind (interchange, group, message):
-- unique and increasing per partner across every hub instance.
create table control_number (
    partner_key         varchar(100) not null,
    kind                varchar(20)  not null,
    last_value          bigint       not null,
    primary key (partner_key, kind)
);
