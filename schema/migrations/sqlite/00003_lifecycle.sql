-- +goose Up
-- The ticket lifecycle (agents by mail): the policy snapshot copied when a
-- ticket opens, the classifier's first call, the owner's working state and
-- the clock of the last update the customer saw.
ALTER TABLE tickets ADD COLUMN policy TEXT NOT NULL DEFAULT '{}';
ALTER TABLE tickets ADD COLUMN auto_severity SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN last_update_at DATETIME;
ALTER TABLE tickets ADD COLUMN resolution TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN call_at TEXT NOT NULL DEFAULT '';
UPDATE tickets SET auto_severity = severity;

-- Exactly one row: this installation's id, created once, part of every
-- Message-ID we write, so a rebuilt database never reuses one.
CREATE TABLE installation (
    one        INTEGER  PRIMARY KEY DEFAULT 1 CHECK (one = 1),
    id         TEXT     NOT NULL,
    created_at DATETIME NOT NULL
);

-- +goose Down
DROP TABLE installation;
ALTER TABLE tickets DROP COLUMN call_at;
ALTER TABLE tickets DROP COLUMN resolution;
ALTER TABLE tickets DROP COLUMN last_update_at;
ALTER TABLE tickets DROP COLUMN waiting;
ALTER TABLE tickets DROP COLUMN auto_severity;
ALTER TABLE tickets DROP COLUMN policy;
