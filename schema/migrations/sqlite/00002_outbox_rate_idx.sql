-- +goose Up
-- The per-sender rate limit on automatic mail (Tx.CountOutboxTo) counts
-- recent outbox rows to one address; without this index it scanned the whole
-- outbox on every new ticket.
CREATE INDEX outbox_rate_idx ON outbox (to_addrs, kind, created_at);

-- +goose Down
DROP INDEX outbox_rate_idx;
