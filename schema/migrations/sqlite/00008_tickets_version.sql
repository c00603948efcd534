-- +goose Up
-- A number that moves whenever a ticket is created or deleted, or a
-- column grouping reads (schema.RecentColumns) is written
-- (schema.Tx.TicketsVersion): the desk keeps the recent P1/P2 tickets
-- from one transaction to the next while it has not moved, instead of
-- reading them again for each batch of a burst. SQLite has one writer
-- at a time, so the number a transaction reads is the one its commit
-- leaves. The outbox's acknowledgement marks (acked_at) and the clock's
-- due_at do not move it.
CREATE TABLE tickets_version (n INTEGER NOT NULL);
INSERT INTO tickets_version (n) VALUES (0);

-- +goose StatementBegin
CREATE TRIGGER tickets_version_insert AFTER INSERT ON tickets
BEGIN
	UPDATE tickets_version SET n = n + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tickets_version_delete AFTER DELETE ON tickets
BEGIN
	UPDATE tickets_version SET n = n + 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER tickets_version_update
AFTER UPDATE OF id, subject, customer_addr, severity, status, evidence, opened_at, incident, incident_id ON tickets
BEGIN
	UPDATE tickets_version SET n = n + 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER tickets_version_update;
DROP TRIGGER tickets_version_delete;
DROP TRIGGER tickets_version_insert;
DROP TABLE tickets_version;
