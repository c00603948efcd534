-- +goose Up
-- A team notice's entry in a digest of notices (mailer.NoticeEntry):
-- when the team's notices pile up in a burst, the ones pending to the
-- same recipients go as one mail listing each ticket (cmd/escalate,
-- outboxQueue), written from what the notice itself says. Empty for
-- every other mail.
ALTER TABLE outbox ADD COLUMN digest TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE outbox DROP COLUMN digest;
