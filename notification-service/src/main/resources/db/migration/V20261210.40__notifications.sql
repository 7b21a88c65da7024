-- notification-service: the register of organisations' contacts, the events taken in, the deadlines to remind
-- of, and every message sent (docs/architecture.md, "notification-service").

-- An organisation's contacts are replaced as a whole; the list row carries the version for ETag/If-Match.
create table contact_list (
    organisation_id varchar(64) primary key,
    version         bigint      not null,
    updated_at      timestamptz not null,
    updated_by      varchar(200) not null
);

create table contact (
    organisation_id            varchar(64)  not null references contact_list (organisation_id),
    position                   int          not null,
    name                       varchar(200) not null,
    email                      varchar(254) not null,
    role                       varchar(100) not null,
    receives_statutory_notices boolean      not null,
    primary key (organisation_id, position)
);

-- Events are taken in once through platform's inbox (processed_event, consumer 'notification-service').

-- The notices this service has heard of, from notice-service's and representation-service's events: enough to
-- address a reminder or a decision on a request (hearing decisions name the notice only).
create table notice (
    notice_id       uuid        primary key,
    organisation_id varchar(64) not null,
    reference       varchar(64) not null,
    notice_type     varchar(64) not null,
    given_on        date
);

-- The deadlines of notices given, which the reminder job reads. A later event for the same notice and kind (an
-- extension granted, a variation) moves the date; a withdrawal or cancellation removes the notice's deadlines.
-- Reminders are keyed by the date, so a moved deadline is reminded again.
create table deadline (
    notice_id uuid        not null references notice (notice_id),
    kind      varchar(32) not null,
    due_on    date        not null,
    primary key (notice_id, kind)
);
create index deadline_due_on on deadline (due_on);

-- Every message: to whom, what, why (the event or reminder it answers), and how its delivery went. The unique
-- key (event_id, recipient) is what makes a message never sent twice for one event and recipient.
create table notification (
    id              uuid         primary key,
    event_id        varchar(200) not null,
    recipient       varchar(254) not null,
    organisation_id varchar(64),
    notice_id       uuid,
    template        varchar(64)  not null,
    subject         varchar(300) not null,
    body_text       text         not null,
    body_html       text         not null,
    status          varchar(16)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint notification_once unique (event_id, recipient)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_listed on notification (created_at desc, id desc);
create index notification_listed_by_organisation on notification (organisation_id, created_at desc, id desc);
