-- +goose Up
-- Incidents: a ticket declared an incident (#incident) and the tickets
-- linked to it (#link), whose updates, resolution and ladder are the
-- incident's (escalation/incident.go).
ALTER TABLE tickets ADD COLUMN incident BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN incident_id BIGINT REFERENCES tickets (id);
CREATE INDEX tickets_incident_idx ON tickets (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX tickets_incidents_open_idx ON tickets (status) WHERE incident;
CREATE INDEX tickets_opened_idx ON tickets (opened_at);

-- +goose Down
DROP INDEX tickets_opened_idx;
DROP INDEX tickets_incidents_open_idx;
DROP INDEX tickets_incident_idx;
ALTER TABLE tickets DROP COLUMN incident_id;
ALTER TABLE tickets DROP COLUMN incident;
