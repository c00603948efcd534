-- +goose Up
-- The protocol's clocks: the ladder step a ticket waits on and who was
-- paged, an agent's #ack, which deadlines were judged (breach, reminder,
-- post-mortem draft), and due_at, the next time the clock loop must look
-- at the ticket (escalation.NextDue), indexed for the loop's claims.
ALTER TABLE tickets ADD COLUMN escalation_step SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE tickets ADD COLUMN notified TEXT NOT NULL DEFAULT '[]';
ALTER TABLE tickets ADD COLUMN agent_ack_at TIMESTAMPTZ;
ALTER TABLE tickets ADD COLUMN agent_ack_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN ack_breached BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN reminded_due_at TIMESTAMPTZ;
ALTER TABLE tickets ADD COLUMN escalation_clock TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN postmortem_draft_for TIMESTAMPTZ;
ALTER TABLE tickets ADD COLUMN due_at TIMESTAMPTZ;
-- Tickets opened before the clocks are looked at once.
UPDATE tickets SET due_at = opened_at WHERE status IN ('open', 'resolved');
CREATE INDEX tickets_due_idx ON tickets (due_at) WHERE due_at IS NOT NULL;

-- +goose Down
DROP INDEX tickets_due_idx;
ALTER TABLE tickets DROP COLUMN due_at;
ALTER TABLE tickets DROP COLUMN postmortem_draft_for;
ALTER TABLE tickets DROP COLUMN escalation_clock;
ALTER TABLE tickets DROP COLUMN reminded_due_at;
ALTER TABLE tickets DROP COLUMN ack_breached;
ALTER TABLE tickets DROP COLUMN agent_ack_by;
ALTER TABLE tickets DROP COLUMN agent_ack_at;
ALTER TABLE tickets DROP COLUMN notified;
ALTER TABLE tickets DROP COLUMN escalation_step;
