package schema

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

// Incidents are the incidents opened in the period (incidents.html).
type Incidents struct {
	Rows  []IncidentRow // at most the report's limit, latest first
	Total int
}

// IncidentRow is one incident: its reach, how long it lasted and whether
// its customers heard from us as the protocol promises.
type IncidentRow struct {
	TicketRef
	Status escalation.Status
	// FirstReport and LatestReport are the first and latest opening
	// among the incident and its linked tickets.
	FirstReport, LatestReport time.Time
	ResolvedAt                time.Time // zero while open
	// Duration runs from the first report to the resolution, or to the
	// report's Now while open.
	Duration time.Duration
	Tickets  int // the incident and its linked tickets
	Accounts int // distinct customer mail domains among them
	// FirstUpdate runs from the first report to the incident's first
	// status update; HasUpdate is false while none went out.
	FirstUpdate time.Duration
	HasUpdate   bool
	// Updates counts the status updates relayed on all its tickets
	// (one agent update to 37 customers counts 37).
	Updates int
	// Cadenced counts its tickets with an update cadence (P1, P2); Kept
	// those of them with no missed update.
	Cadenced, Kept int
}

type incidentTicket struct {
	ID              int64             `db:"id"`
	Subject         string            `db:"subject"`
	Customer        string            `db:"customer_addr"`
	Severity        int               `db:"severity"`
	Level           int               `db:"escalation_level"`
	Status          escalation.Status `db:"status"`
	OpenedAt        time.Time         `db:"opened_at"`
	FirstResponseAt *time.Time        `db:"first_response_at"`
	ResolvedAt      *time.Time        `db:"resolved_at"`
}

const incidentTicketColumns = `id, subject, customer_addr, severity, escalation_level, status, opened_at, first_response_at, resolved_at`

// reportIncidents reads the incidents opened in the period, each with
// its linked tickets.
func (s *Store) reportIncidents(ctx context.Context, q ReportQuery, r *Report) error {
	var incs []incidentTicket
	err := s.db.SelectContext(ctx, &incs, s.db.Rebind(`SELECT `+incidentTicketColumns+` FROM tickets
	WHERE incident AND `+inPeriod+` ORDER BY opened_at DESC, id DESC`), periodArgs(q)...)
	if err != nil {
		return fmt.Errorf("incidents: %w", err)
	}
	r.Incidents.Total = len(incs)
	for _, inc := range incs[:min(len(incs), q.Limit)] {
		row, err := s.incidentRow(ctx, q, inc)
		if err != nil {
			return err
		}
		r.Incidents.Rows = append(r.Incidents.Rows, row)
	}
	return nil
}

func (s *Store) incidentRow(ctx context.Context, q ReportQuery, inc incidentTicket) (IncidentRow, error) {
	var ts []incidentTicket
	err := s.db.SelectContext(ctx, &ts, s.db.Rebind(`SELECT `+incidentTicketColumns+` FROM tickets
	WHERE id = ? OR incident_id = ? ORDER BY opened_at, id`), inc.ID, inc.ID)
	if err != nil {
		return IncidentRow{}, fmt.Errorf("incident %d: %w", inc.ID, err)
	}
	row := IncidentRow{TicketRef: TicketRef{ID: inc.ID, Subject: inc.Subject, Customer: inc.Customer,
		Severity: classify.Severity(inc.Severity), Level: inc.Level}, Status: inc.Status, Tickets: len(ts)}
	domains := map[string]bool{}
	for _, t := range ts {
		_, dom, _ := strings.Cut(strings.ToLower(t.Customer), "@")
		domains[dom] = true
		if row.FirstReport.IsZero() || t.OpenedAt.Before(row.FirstReport) {
			row.FirstReport = t.OpenedAt
		}
		if t.OpenedAt.After(row.LatestReport) {
			row.LatestReport = t.OpenedAt
		}
		if q.Protocol.Policy(classify.Severity(t.Severity)).UpdateEvery > 0 {
			row.Cadenced++
		}
	}
	row.Accounts = len(domains)
	end := q.Now
	if inc.ResolvedAt != nil && inc.Status != escalation.Open {
		row.ResolvedAt, end = *inc.ResolvedAt, *inc.ResolvedAt
	}
	row.Duration = end.Sub(row.FirstReport)
	if inc.FirstResponseAt != nil {
		row.FirstUpdate, row.HasUpdate = inc.FirstResponseAt.Sub(row.FirstReport), true
	}
	members := `SELECT id FROM tickets WHERE id = ? OR incident_id = ?`
	if err := s.db.GetContext(ctx, &row.Updates, s.db.Rebind(`SELECT COUNT(*) FROM events
	WHERE kind = ? AND ticket_id IN (`+members+`)`), escalation.EventStatusUpdate, inc.ID, inc.ID); err != nil {
		return row, fmt.Errorf("incident %d updates: %w", inc.ID, err)
	}
	var missed int
	// Breach details are JSON written by encoding/json: sorted keys, no
	// spaces.
	if err := s.db.GetContext(ctx, &missed, s.db.Rebind(`SELECT COUNT(DISTINCT ticket_id) FROM events
	WHERE kind = ? AND detail LIKE ? AND ticket_id IN (`+members+`)`), escalation.EventBreach,
		`%"clock":"`+string(escalation.ClockUpdate)+`"%`, inc.ID, inc.ID); err != nil {
		return row, fmt.Errorf("incident %d breaches: %w", inc.ID, err)
	}
	row.Kept = max(row.Cadenced-missed, 0)
	return row, nil
}
