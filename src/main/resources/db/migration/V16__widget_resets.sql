-- When a user last reset a dashboard widget: its counter counts only what arrived after. One row per user
-- and widget; no row means the widget was never reset.
create table widget_reset (
    user_id             uuid          not null references user_account (id) on delete cascade,
    widget              varchar(40)   not null,
    reset_at            timestamp(6) with time zone not null,
    primary key (user_id, widget)
);
