package main

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/reports"
	"github.com/escalate-dev/escalate/schema"
)

// reportWeeks is the default period of the pages: the last twelve weeks,
// the current one included.
const reportWeeks = 12

// period is the span a report covers: tickets opened in [From, To).
type period struct{ From, To time.Time }

// defaultPeriod is the twelve weeks (Monday to Sunday, UTC) ending with
// the week of now, cut at now.
func defaultPeriod(now time.Time) period {
	return period{From: schema.WeekStart(now).AddDate(0, 0, -7*(reportWeeks-1)), To: now.UTC()}
}

// parsePeriod reads --from and --to (YYYY-MM-DD, UTC, both days included);
// a missing end takes the default period's.
func parsePeriod(from, to string, now time.Time) (period, error) {
	p := defaultPeriod(now)
	if from != "" {
		d, err := time.Parse(time.DateOnly, from)
		if err != nil {
			return p, fmt.Errorf("--from %q: want a date such as 2026-11-01: %w", from, err)
		}
		p.From = d
	}
	if to != "" {
		d, err := time.Parse(time.DateOnly, to)
		if err != nil {
			return p, fmt.Errorf("--to %q: want a date such as 2026-11-30: %w", to, err)
		}
		p.To = d.AddDate(0, 0, 1)
	}
	if !p.From.Before(p.To) {
		return p, fmt.Errorf("--from %s is not before --to %s", p.From.Format(time.DateOnly), p.To.AddDate(0, 0, -1).Format(time.DateOnly))
	}
	return p, nil
}

// writeReports reads the period's metrics from the store and writes the
// pages into dir; it returns the path of index.html.
func writeReports(ctx context.Context, store *schema.Store, cfg *Config, dir string, p period, now time.Time) (string, error) {
	counts, err := store.CountBySeverity(ctx)
	if err != nil {
		return "", err
	}
	rep, err := store.Report(ctx, schema.ReportQuery{From: p.From, To: p.To, Now: now, Protocol: escalation.DefaultProtocol()})
	if err != nil {
		return "", err
	}
	snap := reports.Snapshot{GeneratedAt: now, Gateway: cfg.Gateway.Name, TicketPrefix: cfg.Gateway.TicketPrefix, Report: rep}
	for _, c := range counts {
		snap.BySeverity = append(snap.BySeverity, reports.SeverityCount{
			Severity: classify.Severity(c.Severity).String(), Open: c.Open, Resolved: c.Resolved})
	}
	return reports.Write(dir, snap)
}
