-- +goose Up
-- reclaimed: the row was claimed while an earlier claim's lease had run out
-- without a recorded outcome (its deliverer died or lost the database
-- between the SMTP server's 250 and the mark): this delivery may be a
-- duplicate, and is counted as one.
ALTER TABLE outbox ADD COLUMN reclaimed BOOLEAN NOT NULL DEFAULT FALSE;

-- One poller per mailbox among gateway instances (README, invariant 8):
-- the holder renews until; a standby takes the row once until has passed.
CREATE TABLE mailbox_leases (
    mailbox  TEXT        PRIMARY KEY,
    holder   TEXT        NOT NULL,
    until    TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE mailbox_leases;
ALTER TABLE outbox DROP COLUMN reclaimed;
