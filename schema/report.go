package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

// The queries behind the leadership pages (package reports). Each metric is
// computed from the stored clocks of tickets and from their events;
// aggregation happens in SQL (counts, nearest-rank percentiles with window
// functions) or over a streamed cursor, so memory does not grow with the
// number of tickets. The two dialects differ only in the expressions of
// reportSQL.

// ReportQuery says which period a report covers and how it is judged.
type ReportQuery struct {
	// From and To bound the period: tickets opened in [From, To), and
	// resolutions in it for the resolution metrics.
	From, To time.Time
	// Now is when the report is made: the backlog, the updates overdue
	// and the accounts under monitoring are as of Now, and clocks still
	// running are measured to it.
	Now time.Time
	// Protocol gives the update cadence of each severity.
	Protocol escalation.Protocol
	// Limit caps each list (breaches, gaps, overdue updates, monitored
	// tickets); 0 means 50. Totals are counted in full.
	Limit int
}

// Report is everything the leadership pages show, in plain numbers.
type Report struct {
	From, To, Now time.Time
	// Weeks are the Mondays (UTC) of the weeks the period touches,
	// oldest first: the x axis of every weekly chart.
	Weeks []time.Time
	// Opened is the number of tickets opened in the period.
	Opened int

	Ack        []AckRow
	Cadence    Cadence
	Flow       Flow
	Escalation Escalations
	Compliance Compliance
	// Confusion counts tickets opened in the period by the classifier's
	// call (row, AutoSeverity) and their final severity (column):
	// Confusion[auto-1][final-1].
	Confusion [4][4]int
	// Incidents are the incidents opened in the period (report_incidents.go).
	Incidents Incidents
}

// Quantiles are the nearest-rank 50th and 90th percentiles of N durations.
type Quantiles struct {
	N        int
	P50, P90 time.Duration
}

// TicketRef names one ticket in a list.
type TicketRef struct {
	ID       int64
	Subject  string
	Customer string
	Severity classify.Severity
	Level    int // escalation level reached
}

// Report reads every metric of the pages for q.
func (s *Store) Report(ctx context.Context, q ReportQuery) (*Report, error) {
	if !q.From.Before(q.To) {
		return nil, fmt.Errorf("schema: report: empty period %s to %s", q.From.Format(time.RFC3339), q.To.Format(time.RFC3339))
	}
	if q.Limit <= 0 {
		q.Limit = 50
	}
	r := &Report{From: q.From.UTC(), To: q.To.UTC(), Now: q.Now.UTC(), Weeks: Weeks(q.From, q.To)}
	steps := []func(context.Context, ReportQuery, *Report) error{
		s.reportAck, s.reportCadence, s.reportFlow, s.reportEscalations, s.reportCompliance, s.reportConfusion,
		s.reportIncidents,
	}
	for _, step := range steps {
		if err := step(ctx, q, r); err != nil {
			return nil, fmt.Errorf("schema: report: %w", err)
		}
	}
	return r, nil
}

// WeekStart returns the Monday 00:00 UTC of t's week (ISO 8601 weeks).
func WeekStart(t time.Time) time.Time {
	t = t.UTC()
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
}

// Weeks returns the Mondays of the weeks that [from, to) touches.
func Weeks(from, to time.Time) []time.Time {
	var ws []time.Time
	for w := WeekStart(from); w.Before(to); w = w.AddDate(0, 0, 7) {
		ws = append(ws, w)
	}
	return ws
}

// weekLabel is how the week queries spell a week: its Monday.
const weekLabel = "2006-01-02"

// secs, week and domain are the dialect's expressions for the seconds
// from a to b, the Monday (YYYY-MM-DD, UTC) of t's week and the domain of
// an address. SQLite keeps times as UTC text that its date functions
// read; PostgreSQL truncates in UTC explicitly.
func (s *Store) secs(a, b string) string {
	if s.dialect == Postgres {
		return fmt.Sprintf("EXTRACT(EPOCH FROM (%s - %s))::float8", b, a)
	}
	return fmt.Sprintf("((julianday(%s) - julianday(%s)) * 86400.0)", b, a)
}

func (s *Store) week(t string) string {
	if s.dialect == Postgres {
		return fmt.Sprintf("to_char(date_trunc('week', %s AT TIME ZONE 'UTC'), 'YYYY-MM-DD')", t)
	}
	// 'weekday 0' moves to the next Sunday unless it is one; six days
	// back is that week's Monday.
	return fmt.Sprintf("date(%s, 'weekday 0', '-6 days')", t)
}

func (s *Store) domain(addr string) string {
	if s.dialect == Postgres {
		return fmt.Sprintf("lower(split_part(%s, '@', 2))", addr)
	}
	return fmt.Sprintf("lower(substr(%s, instr(%s, '@') + 1))", addr, addr)
}

// groupKey identifies one group of a percentile query.
type groupKey struct {
	Severity classify.Severity
	Week     string // "" when not by week
}

// quantiles computes nearest-rank p50 and p90 per group in SQL. inner is a
// query with the columns sev, wk (text) and x (seconds); its arguments
// follow. Window functions keep the work in the database: only two rows
// per group come back.
func (s *Store) quantiles(ctx context.Context, inner string, args ...any) (map[groupKey]Quantiles, error) {
	query := `SELECT sev, wk, n, rn, x FROM (
	SELECT sev, wk, x, ROW_NUMBER() OVER (PARTITION BY sev, wk ORDER BY x) AS rn,
	COUNT(*) OVER (PARTITION BY sev, wk) AS n FROM (` + inner + `) AS d) AS r
	WHERE rn = (50 * n + 99) / 100 OR rn = (90 * n + 99) / 100`
	rows, err := s.db.QueryxContext(ctx, s.db.Rebind(query), args...)
	if err != nil {
		return nil, fmt.Errorf("percentiles: %w", err)
	}
	defer rows.Close()
	out := map[groupKey]Quantiles{}
	for rows.Next() {
		var (
			k     groupKey
			n, rn int64
			x     float64
		)
		if err := rows.Scan(&k.Severity, &k.Week, &n, &rn, &x); err != nil {
			return nil, fmt.Errorf("percentiles: %w", err)
		}
		q := out[k]
		q.N = int(n)
		d := time.Duration(x * float64(time.Second)).Round(time.Second)
		if rn == (50*n+99)/100 {
			q.P50 = d
		}
		if rn == (90*n+99)/100 {
			q.P90 = d
		}
		out[k] = q
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("percentiles: %w", err)
	}
	return out, nil
}

// severities are the protocol's four, P1 first.
var severities = []classify.Severity{classify.P1, classify.P2, classify.P3, classify.P4}

// inPeriod is the filter on tickets opened in the period; its arguments
// are periodArgs.
const inPeriod = `opened_at >= ? AND opened_at < ?`

func periodArgs(q ReportQuery) []any { return []any{ts(q.From), ts(q.To)} }
