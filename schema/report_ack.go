package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// AckRow is the acknowledgement attainment of one severity over the
// tickets opened in the period.
//
// The protocol's acknowledgement is the first human response the customer
// sees (tickets.first_response_at), never the automatic receipt
// (tickets.acked_at). A ticket counts once its outcome is known: it was
// answered, or its deadline (tickets.ack_due_at, from its final severity)
// passed while it was open and unanswered. A ticket resolved before its
// deadline without a response, or still inside its deadline, is Pending.
type AckRow struct {
	Severity   classify.Severity
	Target     time.Duration // the severity's acknowledgement time
	Opened     int
	Applicable int // answered, or deadline passed unanswered
	Met        int // answered no later than the deadline
	Pending    int // Opened - Applicable
	// Receipt is the time from opening to the automatic receipt, over
	// tickets that got one; FirstResponse the time to the first human
	// response, over tickets that got one.
	Receipt, FirstResponse Quantiles
}

func (s *Store) reportAck(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Severity   classify.Severity `db:"severity"`
		Opened     int               `db:"opened"`
		Applicable int               `db:"applicable"`
		Met        int               `db:"met"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT severity, COUNT(*) AS opened,
	SUM(CASE WHEN first_response_at IS NOT NULL OR ack_due_at < COALESCE(resolved_at, ?) THEN 1 ELSE 0 END) AS applicable,
	SUM(CASE WHEN first_response_at IS NOT NULL AND first_response_at <= ack_due_at THEN 1 ELSE 0 END) AS met
	FROM tickets WHERE `+inPeriod+` GROUP BY severity`), append([]any{ts(q.Now)}, periodArgs(q)...)...)
	if err != nil {
		return fmt.Errorf("acknowledgement: %w", err)
	}
	receipt, err := s.latency(ctx, q, "acked_at")
	if err != nil {
		return err
	}
	first, err := s.latency(ctx, q, "first_response_at")
	if err != nil {
		return err
	}
	for _, sev := range severities {
		row := AckRow{Severity: sev, Target: q.Protocol.Policy(sev).AckWithin,
			Receipt: receipt[groupKey{Severity: sev}], FirstResponse: first[groupKey{Severity: sev}]}
		for _, c := range rows {
			if c.Severity == sev {
				row.Opened, row.Applicable, row.Met = c.Opened, c.Applicable, c.Met
			}
		}
		row.Pending = row.Opened - row.Applicable
		r.Opened += row.Opened
		r.Ack = append(r.Ack, row)
	}
	return nil
}

// latency is p50/p90 per severity of the time from opening to end (a
// column name from this package, never input).
func (s *Store) latency(ctx context.Context, q ReportQuery, end string) (map[groupKey]Quantiles, error) {
	inner := `SELECT severity AS sev, '' AS wk, ` + s.secs("opened_at", end) + ` AS x
	FROM tickets WHERE ` + end + ` IS NOT NULL AND ` + inPeriod
	qs, err := s.quantiles(ctx, inner, periodArgs(q)...)
	if err != nil {
		return nil, fmt.Errorf("time to %s: %w", end, err)
	}
	return qs, nil
}
