-- +goose Up
-- SQLite's migration 8 keeps a tickets version for the desk's recent
-- P1/P2 tickets (schema.Tx.TicketsVersion). PostgreSQL keeps none:
-- its writers run at once, and one counter row would make every
-- transaction that writes a ticket wait for the others (and deadlock
-- with the row locks of TicketForUpdate). The version numbers of both
-- dialects stay the same.
SELECT 1;

-- +goose Down
SELECT 1;
