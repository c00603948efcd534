package reports

import (
	"time"

	"github.com/escalate-dev/escalate/schema"
)

// weekLabels are the x axis of the weekly charts: each week's Monday.
func weekLabels(r *schema.Report) []string {
	out := make([]string, len(r.Weeks))
	for i, w := range r.Weeks {
		out[i] = w.Format("2006-01-02")
	}
	return out
}

// volumeWeekly is "Tickets opened per week", stacked by severity.
func volumeWeekly(s Snapshot) (section, error) {
	r := s.report()
	g := grouped{Category: "Week of", Labels: weekLabels(r), Total: true}
	for i, name := range severityLabels {
		sr := series{Name: name}
		for _, week := range r.Flow.Volume {
			sr.Values = append(sr.Values, week[i])
		}
		g.Series = append(g.Series, sr)
	}
	sec := section{ID: "volume-by-week", Heading: "Tickets opened per week",
		Explanation: "How many tickets arrived each week, by severity.",
		Definition:  "Tickets by the week (Monday to Sunday, UTC) of their first mail's arrival, and by their final severity.",
		Table:       g.table("Tickets opened per week and severity"), Empty: "No weeks in the period."}
	if r.Opened == 0 {
		sec.Empty, sec.Table.Rows = "No tickets were opened in this period.", nil
		return sec, nil
	}
	return withChart(sec, g.stacked())
}

// resolveWeekly is "Time to resolve": p50/p90 per severity and week.
func resolveWeekly(s Snapshot) (section, error) {
	r := s.report()
	f := figures{Labels: weekLabels(r), Unit: "hours (p50)"}
	t := table{Caption: "Time from the first mail to resolution, p50 and p90, by week of resolution",
		Header: []string{"Week of"}, Units: []string{""}}
	for _, sev := range severityLabels {
		t.Header = append(t.Header, sev+" resolved", sev+" p50", sev+" p90")
		t.Units = append(t.Units, "", "minutes", "minutes")
		f.Series = append(f.Series, fseries{Name: sev})
	}
	total := 0
	for w, week := range r.Flow.ResolveWeekly {
		row := []cell{textCell(f.Labels[w])}
		for i, q := range week {
			row = append(row, intCell(q.N), quantileCell(q.N, q.P50), quantileCell(q.N, q.P90))
			f.Series[i].add(roundHours(q.P50), q.N > 0)
			total += q.N
		}
		t.Rows = append(t.Rows, row)
	}
	t.Rows = append(t.Rows, resolveTotal(r))
	sec := section{ID: "time-to-resolve", Heading: "Time to resolve",
		Explanation: "How long customers waited for a resolution, week by week: the line is the median (p50) per severity; the table also has p90.",
		Definition: "Over the tickets resolved in the period (resolved_at in it; for a reopened ticket its last resolution), by the week of " +
			"resolution and final severity: resolved − the first mail's arrival. Nearest-rank p50 and p90. The last row is the whole period.",
		Table: t, Empty: "No ticket was resolved in this period."}
	if total == 0 {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, f.line())
}

func resolveTotal(r *schema.Report) []cell {
	row := []cell{textCell("Whole period")}
	for _, q := range r.Flow.Resolve {
		row = append(row, intCell(q.N), quantileCell(q.N, q.P50), quantileCell(q.N, q.P90))
	}
	return row
}

func roundHours(d time.Duration) float64 { return float64(d.Round(6*time.Minute)) / float64(time.Hour) }

// backlogByAge is "Open backlog by age", stacked per severity.
func backlogByAge(s Snapshot) (section, error) {
	r := s.report()
	g := grouped{Category: "Severity", Labels: severityLabels, Total: true,
		Series: []series{{Name: "Under 24 h"}, {Name: "24–48 h"}, {Name: "48 h and more"}}}
	open := 0
	for _, ages := range r.Flow.Backlog {
		for i, n := range ages {
			g.Series[i].Values = append(g.Series[i].Values, n)
			open += n
		}
	}
	sec := section{ID: "backlog-by-age", Heading: "Open backlog by age",
		Explanation: "What is open right now, and how long it has been open.",
		Definition:  "Tickets open when this report was generated (any period), by severity and time since the first mail: under 24 hours, 24 to 48 hours, 48 hours and more.",
		Table:       g.table("Open tickets by severity and age"), Empty: "Nothing is open."}
	if open == 0 {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, g.stacked())
}

// oldestOpen names the oldest open P1 and P2.
func oldestOpen(s Snapshot) (section, error) {
	t := table{Caption: "The oldest open P1 and P2 tickets",
		Header: []string{"Ticket", "Severity", "Level", "Customer", "Subject", "Opened", "Open for"},
		Units:  []string{"", "", "", "", "", "", "minutes"}}
	for _, o := range s.report().Flow.Oldest {
		t.Rows = append(t.Rows, []cell{textCell(s.ticket(o.ID)), textCell(sevText(o.Severity)), intCell(o.Level),
			textCell(o.Customer), textCell(o.Subject), timeCell(o.OpenedAt), durationCell(o.Age)})
	}
	return section{ID: "oldest-open", Heading: "Oldest open P1 and P2",
		Explanation: "The urgent tickets that have waited longest, by name.",
		Definition:  "Among the tickets open now, the one opened first of each severity P1 and P2.",
		Table:       t, Empty: "No P1 or P2 ticket is open."}, nil
}

// reopenRate is "Reopen rate".
func reopenRate(s Snapshot) (section, error) {
	f := s.report().Flow
	t := table{Caption: "Resolutions that did not hold", Header: []string{"Tickets", "Resolved at least once", "Reopened", "Reopen rate"},
		Units: []string{"", "", "", "%"}}
	if f.Resolved > 0 {
		t.Rows = [][]cell{{textCell("Opened in the period"), intCell(f.Resolved), intCell(f.Reopened), rateCell(f.Reopened, f.Resolved)}}
	}
	return section{ID: "reopen-rate", Heading: "Reopen rate",
		Explanation: "How often a customer had to come back because the resolution did not hold.",
		Definition: "Of the tickets opened in the period that were resolved at least once (a resolved event), the share that was reopened " +
			"(a reopened event: the customer replied within the monitoring window, or an agent used #reopen). A reply after the window opens a new, linked ticket and is not counted.",
		Table: t, Empty: "No ticket of this period was resolved yet."}, nil
}
