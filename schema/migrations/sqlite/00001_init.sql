-- +goose Up
-- Tickets: one row per escalation case. Every timer is a *_due_at column so
-- that a restart recomputes nothing from memory (README, invariant 5).
CREATE TABLE tickets (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    subject             TEXT        NOT NULL,
    customer_addr       TEXT        NOT NULL,
    customer_name       TEXT        NOT NULL DEFAULT '',
    mailbox             TEXT        NOT NULL,
    severity            SMALLINT    NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status              TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'closed')),
    score               REAL NOT NULL DEFAULT 0,
    confidence          REAL NOT NULL DEFAULT 0,
    evidence            TEXT        NOT NULL DEFAULT '[]',
    thread_root         TEXT        NOT NULL,
    parent_id           BIGINT      REFERENCES tickets (id),
    assignee            TEXT        NOT NULL DEFAULT '',
    root_cause          TEXT        NOT NULL DEFAULT '',
    postmortem_done     INTEGER     NOT NULL DEFAULT 0,
    escalation_level    SMALLINT    NOT NULL DEFAULT 0,
    opened_at           DATETIME NOT NULL,
    ack_due_at          DATETIME NOT NULL,
    acked_at            DATETIME,
    first_response_at   DATETIME,
    next_update_due_at  DATETIME,
    escalation_due_at   DATETIME,
    resolved_at         DATETIME,
    monitor_until       DATETIME,
    updated_at          DATETIME NOT NULL
);
CREATE INDEX tickets_status_idx ON tickets (status, severity);
CREATE INDEX tickets_next_update_idx ON tickets (next_update_due_at) WHERE status = 'open';
CREATE INDEX tickets_escalation_idx ON tickets (escalation_due_at) WHERE status = 'open';

-- Everyone who wrote or was written to on a ticket: the subject-tag rule
-- threads a mail by tag only when its sender is already a participant.
CREATE TABLE participants (
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    addr      TEXT   NOT NULL,
    role      TEXT   NOT NULL,
    PRIMARY KEY (ticket_id, addr)
);

-- Messages, inbound and outbound. Re-reading a mailbox is harmless: the
-- mailbox position and the Message-ID are both unique.
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id     BIGINT      REFERENCES tickets (id),
    direction     TEXT        NOT NULL CHECK (direction IN ('in', 'out')),
    message_id    TEXT        NOT NULL UNIQUE,
    in_reply_to   TEXT        NOT NULL DEFAULT '',
    refs          TEXT        NOT NULL DEFAULT '',
    from_addr     TEXT        NOT NULL DEFAULT '',
    from_name     TEXT        NOT NULL DEFAULT '',
    to_addrs      TEXT        NOT NULL DEFAULT '',
    subject       TEXT        NOT NULL DEFAULT '',
    body          TEXT        NOT NULL DEFAULT '',
    auto_kind     TEXT        NOT NULL DEFAULT '',
    warnings      TEXT        NOT NULL DEFAULT '',
    mailbox       TEXT,
    uidvalidity   BIGINT,
    uid           BIGINT,
    raw           BLOB,
    raw_size      BIGINT      NOT NULL DEFAULT 0,
    received_at   DATETIME NOT NULL,
    UNIQUE (mailbox, uidvalidity, uid)
);
CREATE INDEX messages_ticket_idx ON messages (ticket_id);

-- Events: every state change with its time; the source of all metrics.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id BIGINT      NOT NULL REFERENCES tickets (id),
    at        DATETIME NOT NULL,
    kind      TEXT        NOT NULL,
    actor     TEXT        NOT NULL DEFAULT '',
    detail    TEXT        NOT NULL DEFAULT '{}'
);
CREATE INDEX events_ticket_idx ON events (ticket_id, at);
CREATE INDEX events_kind_idx ON events (kind, at);

-- Outbox: mail decided in the same transaction as its cause, delivered
-- later with retries. message_id is deterministic, so a retry is the same mail.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id    BIGINT      REFERENCES tickets (id),
    kind         TEXT        NOT NULL,
    message_id   TEXT        NOT NULL UNIQUE,
    from_addr    TEXT        NOT NULL,
    from_name    TEXT        NOT NULL DEFAULT '',
    to_addrs     TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    in_reply_to  TEXT        NOT NULL DEFAULT '',
    refs         TEXT        NOT NULL DEFAULT '',
    headers      TEXT        NOT NULL DEFAULT '{}',
    status       TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts     INTEGER     NOT NULL DEFAULT 0,
    last_error   TEXT        NOT NULL DEFAULT '',
    created_at   DATETIME NOT NULL,
    due_at       DATETIME NOT NULL,
    lease_until  DATETIME,
    sent_at      DATETIME
);
CREATE INDEX outbox_due_idx ON outbox (due_at) WHERE status = 'pending';

-- Where each mailbox was read up to (RFC 9051 §2.3.1.1: UIDs are only
-- meaningful together with UIDVALIDITY).
CREATE TABLE mailbox_cursors (
    mailbox     TEXT        PRIMARY KEY,
    uidvalidity BIGINT      NOT NULL,
    last_uid    BIGINT      NOT NULL,
    updated_at  DATETIME NOT NULL
);

-- Mail that could not be read or parsed, kept with its reason and bytes.
CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox     TEXT        NOT NULL,
    uidvalidity BIGINT      NOT NULL,
    uid         BIGINT      NOT NULL,
    reason      TEXT        NOT NULL,
    raw         BLOB,
    raw_size    BIGINT      NOT NULL DEFAULT 0,
    at          DATETIME NOT NULL,
    UNIQUE (mailbox, uidvalidity, uid)
);

-- +goose Down
DROP TABLE quarantine;
DROP TABLE mailbox_cursors;
DROP TABLE outbox;
DROP TABLE events;
DROP TABLE messages;
DROP TABLE participants;
DROP TABLE tickets;
