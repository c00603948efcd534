package schema

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

// Compliance is how the protocol's checklist was kept after resolution.
type Compliance struct {
	// Rows are per severity (P1 first), over the tickets resolved in the
	// period (resolved_at in it): how many have a documented root cause
	// (tickets.root_cause not blank) and a post-mortem marked done.
	Rows []ComplianceRow
	// Monitored are the resolved tickets whose account is still watched at
	// Now (monitor_until after Now, for severities with a monitoring
	// window), latest window end first, at most the query's Limit;
	// MonitoredTotal counts them all and MonitoredAccounts the distinct
	// accounts (customer domains).
	Monitored         []Monitored
	MonitoredTotal    int
	MonitoredAccounts int
	// TopAccounts and TopMailboxes are the customer domains and mailboxes
	// with the most P1 and P2 tickets opened in the period, most first
	// (ten at most).
	TopAccounts, TopMailboxes []Top
}

// ComplianceRow is one severity's checklist after resolution.
type ComplianceRow struct {
	Severity   classify.Severity
	RootCause  escalation.Requirement // what the protocol asks
	PostMortem escalation.Requirement
	Resolved   int
	Documented int // root cause recorded
	Postmortem int // post-mortem done
}

// Monitored is a resolved ticket whose account is being watched.
type Monitored struct {
	TicketRef
	Account      string // the customer's domain
	ResolvedAt   time.Time
	MonitorUntil time.Time
}

// Top is one account or mailbox and its count of P1 and P2 tickets.
type Top struct {
	Name   string
	P1, P2 int
}

func (s *Store) reportCompliance(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Severity   classify.Severity `db:"severity"`
		Resolved   int               `db:"resolved"`
		Documented int               `db:"documented"`
		Postmortem int               `db:"postmortem"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT severity, COUNT(*) AS resolved,
	SUM(CASE WHEN TRIM(root_cause) <> '' THEN 1 ELSE 0 END) AS documented,
	SUM(CASE WHEN postmortem_done THEN 1 ELSE 0 END) AS postmortem
	FROM tickets WHERE resolved_at IS NOT NULL AND resolved_at >= ? AND resolved_at < ? GROUP BY severity`), periodArgs(q)...)
	if err != nil {
		return fmt.Errorf("compliance: %w", err)
	}
	for _, sev := range severities {
		pol := q.Protocol.Policy(sev)
		row := ComplianceRow{Severity: sev, RootCause: pol.RootCause, PostMortem: pol.PostMortem}
		for _, c := range rows {
			if c.Severity == sev {
				row.Resolved, row.Documented, row.Postmortem = c.Resolved, c.Documented, c.Postmortem
			}
		}
		r.Compliance.Rows = append(r.Compliance.Rows, row)
	}
	if err := s.monitored(ctx, q, &r.Compliance); err != nil {
		return err
	}
	if r.Compliance.TopAccounts, err = s.top(ctx, q, s.domain("customer_addr")); err != nil {
		return err
	}
	r.Compliance.TopMailboxes, err = s.top(ctx, q, "mailbox")
	return err
}

// monitoredSeverities are the severities whose policy watches the account.
func monitoredSeverities(p escalation.Protocol) []any {
	var sevs []any
	for _, sev := range severities {
		if p.Policy(sev).MonitorFor > 0 {
			sevs = append(sevs, sev)
		}
	}
	return sevs
}

func (s *Store) monitored(ctx context.Context, q ReportQuery, c *Compliance) error {
	sevs := monitoredSeverities(q.Protocol)
	if len(sevs) == 0 {
		return nil
	}
	where := ` FROM tickets WHERE status = ? AND monitor_until > ? AND severity IN (` + placeholders(len(sevs)) + `)`
	args := append([]any{escalation.Resolved, ts(q.Now)}, sevs...)
	err := s.db.QueryRowxContext(ctx, s.db.Rebind(`SELECT COUNT(*), COUNT(DISTINCT `+s.domain("customer_addr")+`)`+where), args...).
		Scan(&c.MonitoredTotal, &c.MonitoredAccounts)
	if err != nil {
		return fmt.Errorf("monitored accounts: %w", err)
	}
	var rows []struct {
		ID           int64             `db:"id"`
		Subject      string            `db:"subject"`
		Customer     string            `db:"customer_addr"`
		Severity     classify.Severity `db:"severity"`
		Level        int               `db:"escalation_level"`
		ResolvedAt   *time.Time        `db:"resolved_at"`
		MonitorUntil time.Time         `db:"monitor_until"`
	}
	err = s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT id, subject, customer_addr, severity, escalation_level,
	resolved_at, monitor_until`+where+` ORDER BY monitor_until DESC, id LIMIT ?`), append(args, q.Limit)...)
	if err != nil {
		return fmt.Errorf("monitored accounts: %w", err)
	}
	for _, m := range rows {
		mon := Monitored{TicketRef: TicketRef{ID: m.ID, Subject: m.Subject, Customer: m.Customer, Severity: m.Severity,
			Level: m.Level}, Account: accountOf(m.Customer), MonitorUntil: m.MonitorUntil.UTC()}
		if m.ResolvedAt != nil {
			mon.ResolvedAt = m.ResolvedAt.UTC()
		}
		c.Monitored = append(c.Monitored, mon)
	}
	return nil
}

// accountOf is the account of a customer address: its domain, as the
// domain expression of the queries computes it.
func accountOf(addr string) string {
	_, domain, _ := strings.Cut(addr, "@")
	return strings.ToLower(domain)
}

// top counts P1 and P2 tickets of the period by the expression by (a
// column or the domain expression of this package, never input).
func (s *Store) top(ctx context.Context, q ReportQuery, by string) ([]Top, error) {
	var rows []struct {
		Name string `db:"name"`
		P1   int    `db:"p1"`
		P2   int    `db:"p2"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT `+by+` AS name,
	SUM(CASE WHEN severity = ? THEN 1 ELSE 0 END) AS p1,
	SUM(CASE WHEN severity = ? THEN 1 ELSE 0 END) AS p2
	FROM tickets WHERE severity IN (?, ?) AND `+inPeriod+`
	GROUP BY `+by+` ORDER BY COUNT(*) DESC, p1 DESC, name LIMIT 10`),
		append([]any{classify.P1, classify.P2, classify.P1, classify.P2}, periodArgs(q)...)...)
	if err != nil {
		return nil, fmt.Errorf("top %s: %w", by, err)
	}
	out := make([]Top, len(rows))
	for i, r := range rows {
		out[i] = Top(r)
	}
	return out, nil
}

func (s *Store) reportConfusion(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Auto  classify.Severity `db:"auto_severity"`
		Final classify.Severity `db:"severity"`
		N     int               `db:"n"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT auto_severity, severity, COUNT(*) AS n
	FROM tickets WHERE `+inPeriod+` GROUP BY auto_severity, severity`), periodArgs(q)...)
	if err != nil {
		return fmt.Errorf("classifier: %w", err)
	}
	for _, c := range rows {
		if validSeverity(c.Auto) && validSeverity(c.Final) {
			r.Confusion[c.Auto-1][c.Final-1] += c.N
		}
	}
	return nil
}
