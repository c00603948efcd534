-- +goose Up
-- The pending acknowledgements by due time (schema.Store.ClaimOutbox):
-- a claim takes acknowledgements first, and through outbox_due_idx it
-- read every pending mail due before the first unclaimed one, each
-- row's kind and lease from the table: in a burst the team's notices
-- wait pending while the acknowledgements go, so each claim read past
-- more of them (SQLite: 12 % of the gateway's CPU). Now it reads the
-- pending acknowledgements alone, the ones in flight first.
CREATE INDEX outbox_ack_due_idx ON outbox (due_at, id) WHERE status = 'pending' AND kind = 'ack';

-- +goose Down
DROP INDEX outbox_ack_due_idx;
