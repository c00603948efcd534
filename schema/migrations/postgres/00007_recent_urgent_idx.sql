-- +goose Up
-- The open P1/P2 tickets newest first (schema.Tx.RecentUrgent): a new
-- P1/P2 ticket is compared with the recent ones, in a burst for every
-- mail. Without it the query read and sorted every open P1/P2 ticket,
-- which grows with the backlog.
CREATE INDEX tickets_recent_urgent_idx ON tickets (opened_at, id) WHERE status = 'open' AND severity <= 2;

-- +goose Down
DROP INDEX tickets_recent_urgent_idx;
