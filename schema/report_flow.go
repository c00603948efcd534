package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

// Flow is the volume, speed and backlog of tickets.
type Flow struct {
	// Volume counts tickets opened per week (index of Report.Weeks) and
	// severity: Volume[week][sev-1].
	Volume [][4]int
	// Resolve is the time from opening to resolution (tickets.resolved_at,
	// the latest resolution of a reopened ticket) of the tickets resolved
	// in the period, per severity (index sev-1), overall and per week of
	// resolution (index of Report.Weeks).
	Resolve       [4]Quantiles
	ResolveWeekly [][4]Quantiles
	// Backlog counts the open tickets at Now by severity and age since
	// opening: Backlog[sev-1] = {under 24 h, 24–48 h, 48 h and more}.
	Backlog [4][3]int
	// Oldest are the oldest open P1 and P2 tickets at Now, one each at most.
	Oldest []OpenTicket
	// Reopen: of the tickets opened in the period that were ever resolved
	// (a resolved event), how many were reopened (a reopened event).
	Resolved, Reopened int
}

// OpenTicket is an open ticket and when it was opened.
type OpenTicket struct {
	TicketRef
	OpenedAt time.Time
	Age      time.Duration
}

func (s *Store) reportFlow(ctx context.Context, q ReportQuery, r *Report) error {
	for _, step := range []func(context.Context, ReportQuery, *Report) error{
		s.volume, s.resolveTimes, s.backlog, s.oldestOpen, s.reopens,
	} {
		if err := step(ctx, q, r); err != nil {
			return err
		}
	}
	return nil
}

// weekIndex maps the week labels of SQL to indexes of r.Weeks.
func weekIndex(r *Report) map[string]int {
	m := make(map[string]int, len(r.Weeks))
	for i, w := range r.Weeks {
		m[w.Format(weekLabel)] = i
	}
	return m
}

func (s *Store) volume(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Severity classify.Severity `db:"severity"`
		Week     string            `db:"wk"`
		N        int               `db:"n"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT severity, `+s.week("opened_at")+` AS wk, COUNT(*) AS n
	FROM tickets WHERE `+inPeriod+` GROUP BY severity, wk`), periodArgs(q)...)
	if err != nil {
		return fmt.Errorf("volume: %w", err)
	}
	r.Flow.Volume = make([][4]int, len(r.Weeks))
	idx := weekIndex(r)
	for _, row := range rows {
		if i, ok := idx[row.Week]; ok && validSeverity(row.Severity) {
			r.Flow.Volume[i][row.Severity-1] += row.N
		}
	}
	return nil
}

func validSeverity(s classify.Severity) bool { return s >= classify.P1 && s <= classify.P4 }

func (s *Store) resolveTimes(ctx context.Context, q ReportQuery, r *Report) error {
	from := `FROM tickets WHERE resolved_at IS NOT NULL AND resolved_at >= ? AND resolved_at < ?`
	x := s.secs("opened_at", "resolved_at")
	all, err := s.quantiles(ctx, `SELECT severity AS sev, '' AS wk, `+x+` AS x `+from, periodArgs(q)...)
	if err != nil {
		return fmt.Errorf("time to resolve: %w", err)
	}
	weekly, err := s.quantiles(ctx, `SELECT severity AS sev, `+s.week("resolved_at")+` AS wk, `+x+` AS x `+from, periodArgs(q)...)
	if err != nil {
		return fmt.Errorf("time to resolve by week: %w", err)
	}
	r.Flow.ResolveWeekly = make([][4]Quantiles, len(r.Weeks))
	idx := weekIndex(r)
	for k, v := range weekly {
		if i, ok := idx[k.Week]; ok && validSeverity(k.Severity) {
			r.Flow.ResolveWeekly[i][k.Severity-1] = v
		}
	}
	for _, sev := range severities {
		r.Flow.Resolve[sev-1] = all[groupKey{Severity: sev}]
	}
	return nil
}

func (s *Store) backlog(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Severity classify.Severity `db:"severity"`
		Day      int               `db:"d1"`
		TwoDays  int               `db:"d2"`
		Older    int               `db:"d3"`
	}
	day, twoDays := ts(q.Now.Add(-24*time.Hour)), ts(q.Now.Add(-48*time.Hour))
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT severity,
	SUM(CASE WHEN opened_at > ? THEN 1 ELSE 0 END) AS d1,
	SUM(CASE WHEN opened_at <= ? AND opened_at > ? THEN 1 ELSE 0 END) AS d2,
	SUM(CASE WHEN opened_at <= ? THEN 1 ELSE 0 END) AS d3
	FROM tickets WHERE status = ? GROUP BY severity`), day, day, twoDays, twoDays, escalation.Open)
	if err != nil {
		return fmt.Errorf("backlog: %w", err)
	}
	for _, row := range rows {
		if validSeverity(row.Severity) {
			r.Flow.Backlog[row.Severity-1] = [3]int{row.Day, row.TwoDays, row.Older}
		}
	}
	return nil
}

func (s *Store) oldestOpen(ctx context.Context, q ReportQuery, r *Report) error {
	for _, sev := range []classify.Severity{classify.P1, classify.P2} {
		var rows []struct {
			ID       int64     `db:"id"`
			Subject  string    `db:"subject"`
			Customer string    `db:"customer_addr"`
			Level    int       `db:"escalation_level"`
			OpenedAt time.Time `db:"opened_at"`
		}
		err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT id, subject, customer_addr, escalation_level, opened_at
		FROM tickets WHERE status = ? AND severity = ? ORDER BY opened_at, id LIMIT 1`), escalation.Open, sev)
		if err != nil {
			return fmt.Errorf("oldest open %s: %w", sev, err)
		}
		for _, t := range rows {
			r.Flow.Oldest = append(r.Flow.Oldest, OpenTicket{TicketRef: TicketRef{ID: t.ID, Subject: t.Subject,
				Customer: t.Customer, Severity: sev, Level: t.Level}, OpenedAt: t.OpenedAt.UTC(), Age: q.Now.Sub(t.OpenedAt)})
		}
	}
	return nil
}

func (s *Store) reopens(ctx context.Context, q ReportQuery, r *Report) error {
	has := `EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.kind = ?)`
	err := s.db.QueryRowxContext(ctx, s.db.Rebind(`SELECT COUNT(*), COALESCE(SUM(CASE WHEN `+has+` THEN 1 ELSE 0 END), 0)
	FROM tickets t WHERE `+has+` AND t.`+inPeriod), append([]any{escalation.EventReopened, escalation.EventResolved}, periodArgs(q)...)...).
		Scan(&r.Flow.Resolved, &r.Flow.Reopened)
	if err != nil {
		return fmt.Errorf("reopen rate: %w", err)
	}
	return nil
}
