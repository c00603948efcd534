package schema_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// nov is a time in November 2026 (UTC); day 31 is 1 December.
func nov(day, hour, minute int) time.Time {
	return time.Date(2026, 11, day, hour, minute, 0, 0, time.UTC)
}

// reportNow is Monday 30 November 2026, noon: the report's "now".
var reportNow = nov(30, 12, 0)

// ev is one event of a fixture ticket.
type ev struct {
	at     time.Time
	kind   escalation.EventKind
	detail string
}

// fixtureTicket is one ticket of the report's fixed history, with its
// events. The letters name the edge each ticket covers.
type fixtureTicket struct {
	t      schema.Ticket
	events []ev
}

func tp(t time.Time) *time.Time { return &t }

func ticketAt(subject, customer string, auto, sev classify.Severity, opened time.Time) schema.Ticket {
	return schema.Ticket{Subject: subject, CustomerAddr: customer, Mailbox: "support", Severity: int(sev),
		AutoSeverity: int(auto), ThreadRoot: subject + "@example.com", OpenedAt: opened,
		AckDueAt: opened.Add(escalation.DefaultProtocol().Policy(sev).AckWithin), Status: escalation.Open}
}

// reportHistory is the fixed history the report test reads; the expected
// numbers in TestReport follow from it by hand.
func reportHistory() []fixtureTicket {
	u, r, rInternal := escalation.EventStatusUpdate, escalation.EventResolved, `{"internal":true}`
	var h []fixtureTicket
	// A: P1 answered in 10 min, one late update (12:30, due 12:00),
	// resolved with a mail; root cause, post-mortem; escalated to level 2.
	a := ticketAt("A outage", "ann@northwind.example", classify.P1, classify.P1, nov(23, 10, 0))
	a.AckedAt, a.FirstResponseAt, a.Status = tp(nov(23, 10, 0).Add(5*time.Second)), tp(nov(23, 10, 10)), escalation.Resolved
	a.ResolvedAt, a.MonitorUntil, a.RootCause, a.PostmortemDone, a.EscalationLevel = tp(nov(23, 13, 0)), tp(time.Date(2026, 12, 23, 13, 0, 0, 0, time.UTC)), "disk", true, 2
	h = append(h, fixtureTicket{a, []ev{{nov(23, 10, 10), u, ""}, {nov(23, 11, 0), u, ""},
		{nov(23, 12, 1), escalation.EventEscalated, `{"level":4}`}, {nov(23, 12, 30), u, ""}, {nov(23, 13, 0), r, ""}}})
	// B: P1 never acknowledged (no receipt, no response), open, level 3,
	// in another mailbox.
	b := ticketAt("B breach", "bob@northwind.example", classify.P1, classify.P1, nov(30, 9, 0))
	b.Mailbox, b.EscalationLevel = "vip", 3
	h = append(h, fixtureTicket{b, []ev{{nov(30, 9, 16), escalation.EventEscalated, `{"level":4}`}}})
	// C: P2 acknowledged only by the receipt, open, level 1.
	c := ticketAt("C slow", "cy@contoso.example", classify.P2, classify.P2, nov(24, 8, 0))
	c.AckedAt, c.EscalationLevel = tp(nov(24, 8, 0).Add(30*time.Second)), 1
	h = append(h, fixtureTicket{c, nil})
	// D: P2 answered with #waiting (no update owed) until the customer
	// replied on the 27th; updated on the 28th; owed since the 29th 08:00.
	d := ticketAt("D reports", "dee@contoso.example", classify.P2, classify.P2, nov(25, 9, 0))
	d.AckedAt, d.FirstResponseAt, d.LastUpdateAt, d.NextUpdateDueAt = tp(nov(25, 9, 0).Add(20*time.Second)), tp(nov(25, 9, 30)), tp(nov(28, 8, 0)), tp(nov(29, 8, 0))
	h = append(h, fixtureTicket{d, []ev{{nov(25, 9, 30), escalation.EventWaiting, ""}, {nov(25, 9, 30), u, ""},
		{nov(27, 9, 0), escalation.EventCustomerMessage, ""}, {nov(28, 8, 0), u, ""}}})
	// E: classified P3, raised to P1 five minutes in; an update 8 min late;
	// resolved internally, reopened by the customer, updated, resolved.
	e := ticketAt("E login", "eve@northwind.example", classify.P3, classify.P1, nov(26, 10, 0))
	e.AckedAt, e.FirstResponseAt, e.Status = tp(nov(26, 10, 0).Add(10*time.Second)), tp(nov(26, 10, 12)), escalation.Resolved
	e.ResolvedAt, e.MonitorUntil = tp(nov(27, 10, 0)), tp(time.Date(2026, 12, 27, 10, 0, 0, 0, time.UTC))
	h = append(h, fixtureTicket{e, []ev{{nov(26, 10, 5), escalation.EventSeverityChanged, `{"from":"P3","to":"P1"}`},
		{nov(26, 10, 12), u, ""}, {nov(26, 11, 20), u, ""}, {nov(26, 11, 30), r, rInternal},
		{nov(27, 9, 0), escalation.EventReopened, `{"by":"customer"}`}, {nov(27, 9, 30), u, ""}, {nov(27, 10, 0), r, ""}}})
	// F: P4 resolved during its acknowledgement breach, without a response.
	f := ticketAt("F typo", "fay@fabrikam.example", classify.P4, classify.P4, nov(20, 9, 0))
	f.Status, f.ResolvedAt, f.MonitorUntil = escalation.Resolved, tp(nov(22, 9, 0)), tp(nov(29, 9, 0))
	h = append(h, fixtureTicket{f, []ev{{nov(22, 9, 0), r, rInternal}}})
	// G: classified P2, lowered to P3 before its answer; root cause.
	g := ticketAt("G config", "gus@fabrikam.example", classify.P2, classify.P3, nov(24, 12, 0))
	g.FirstResponseAt, g.Status, g.ResolvedAt, g.MonitorUntil, g.RootCause = tp(nov(24, 12, 30)), escalation.Resolved, tp(nov(24, 13, 0)), tp(time.Date(2026, 12, 1, 13, 0, 0, 0, time.UTC)), "config"
	h = append(h, fixtureTicket{g, []ev{{nov(24, 12, 10), escalation.EventSeverityChanged, `{"from":"P2","to":"P3"}`},
		{nov(24, 12, 30), u, ""}, {nov(24, 13, 0), r, ""}}})
	// H: P2 opened before the period, open, update overdue.
	hh := ticketAt("H old", "hal@contoso.example", classify.P2, classify.P2, nov(10, 9, 0))
	hh.FirstResponseAt, hh.NextUpdateDueAt = tp(nov(10, 9, 10)), tp(nov(29, 12, 0))
	h = append(h, fixtureTicket{hh, nil})
	// I: P3 still inside its four hours.
	h = append(h, fixtureTicket{ticketAt("I question", "ivy@fabrikam.example", classify.P3, classify.P3, nov(30, 11, 0)), nil})
	// J: P4 unanswered for 36 hours.
	h = append(h, fixtureTicket{ticketAt("J docs", "jo@fabrikam.example", classify.P4, classify.P4, nov(29, 0, 0)), nil})
	return h
}

func storeHistory(t *testing.T, s *schema.Store, h []fixtureTicket) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	ids := map[string]int64{}
	err := s.InTx(ctx, func(x *schema.Tx) error {
		for _, ft := range h {
			tk := ft.t
			if err := x.CreateTicket(ctx, &tk); err != nil {
				return err
			}
			ids[tk.Subject[:1]] = tk.ID
			if err := x.AddEvent(ctx, schema.Event{TicketID: tk.ID, At: tk.OpenedAt, Kind: escalation.EventOpened}); err != nil {
				return err
			}
			for _, e := range ft.events {
				if err := x.AddEvent(ctx, schema.Event{TicketID: tk.ID, At: e.at, Kind: e.kind, Detail: e.detail}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func reportQuery() schema.ReportQuery {
	return schema.ReportQuery{From: nov(16, 0, 0), To: nov(31, 0, 0), Now: reportNow, Protocol: escalation.DefaultProtocol()}
}

func TestReport(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ids := storeHistory(t, s, reportHistory())
		r, err := s.Report(context.Background(), reportQuery())
		if err != nil {
			t.Fatalf("Report: %v", err)
		}
		check := func(name string, got, want any) {
			t.Helper()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s =\n %+v\nwant\n %+v", name, got, want)
			}
		}
		q := func(n int, p50, p90 time.Duration) schema.Quantiles {
			return schema.Quantiles{N: n, P50: p50, P90: p90}
		}
		ref := func(letter string, sev classify.Severity, level int) schema.TicketRef {
			for _, ft := range reportHistory() {
				if ft.t.Subject[:1] == letter {
					return schema.TicketRef{ID: ids[letter], Subject: ft.t.Subject, Customer: ft.t.CustomerAddr, Severity: sev, Level: level}
				}
			}
			t.Fatalf("no ticket %s", letter)
			return schema.TicketRef{}
		}
		check("Weeks", r.Weeks, []time.Time{nov(16, 0, 0), nov(23, 0, 0), nov(30, 0, 0)})
		check("Opened", r.Opened, 9)
		check("Ack", r.Ack, []schema.AckRow{
			{Severity: 1, Target: 15 * time.Minute, Opened: 3, Applicable: 3, Met: 2,
				Receipt: q(2, 5*time.Second, 10*time.Second), FirstResponse: q(2, 10*time.Minute, 12*time.Minute)},
			{Severity: 2, Target: time.Hour, Opened: 2, Applicable: 2, Met: 1,
				Receipt: q(2, 20*time.Second, 30*time.Second), FirstResponse: q(1, 30*time.Minute, 30*time.Minute)},
			{Severity: 3, Target: 4 * time.Hour, Opened: 2, Applicable: 1, Met: 1, Pending: 1,
				FirstResponse: q(1, 30*time.Minute, 30*time.Minute)},
			{Severity: 4, Target: 24 * time.Hour, Opened: 2, Applicable: 2},
		})
		check("Cadence.Rows", r.Cadence.Rows, []schema.CadenceRow{
			{Severity: 1, Every: time.Hour, Tickets: 2, Required: 6, OnTime: 4},
			{Severity: 2, Every: 24 * time.Hour, Tickets: 1, Required: 2, OnTime: 1, Overdue: 2},
		})
		check("Cadence.Gaps", r.Cadence.Gaps, []schema.UpdateGap{
			{TicketRef: ref("D", 2, 0), Every: 24 * time.Hour, Largest: 52 * time.Hour, Updates: 2},
			{TicketRef: ref("A", 1, 2), Every: time.Hour, Largest: 90 * time.Minute, Updates: 4},
			{TicketRef: ref("E", 1, 0), Every: time.Hour, Largest: 68 * time.Minute, Updates: 4},
		})
		check("Cadence.Overdue", r.Cadence.Overdue, []schema.Overdue{
			{TicketRef: ref("D", 2, 0), DueAt: nov(29, 8, 0), Late: 28 * time.Hour},
			{TicketRef: ref("H", 2, 0), DueAt: nov(29, 12, 0), Late: 24 * time.Hour},
		})
		check("Cadence.OverdueTotal", r.Cadence.OverdueTotal, 2)

		check("Flow.Volume", r.Flow.Volume, [][4]int{{0, 0, 0, 1}, {2, 2, 1, 1}, {1, 0, 1, 0}})
		check("Flow.Resolve", r.Flow.Resolve, [4]schema.Quantiles{q(2, 3*time.Hour, 24*time.Hour), {}, q(1, time.Hour, time.Hour), q(1, 48*time.Hour, 48*time.Hour)})
		check("Flow.ResolveWeekly", r.Flow.ResolveWeekly, [][4]schema.Quantiles{
			{{}, {}, {}, q(1, 48*time.Hour, 48*time.Hour)},
			{q(2, 3*time.Hour, 24*time.Hour), {}, q(1, time.Hour, time.Hour), {}},
			{},
		})
		check("Flow.Backlog", r.Flow.Backlog, [4][3]int{{1, 0, 0}, {0, 0, 3}, {1, 0, 0}, {0, 1, 0}})
		check("Flow.Oldest", r.Flow.Oldest, []schema.OpenTicket{
			{TicketRef: ref("B", 1, 3), OpenedAt: nov(30, 9, 0), Age: 3 * time.Hour},
			{TicketRef: ref("H", 2, 0), OpenedAt: nov(10, 9, 0), Age: 20*24*time.Hour + 3*time.Hour},
		})
		check("Flow reopen", [2]int{r.Flow.Resolved, r.Flow.Reopened}, [2]int{4, 1})

		check("Escalation.Levels", r.Escalation.Levels, [4][6]int{{1, 0, 1, 1}, {1, 1}, {2}, {2}})
		check("Escalation.PastFirst(P1)", r.Escalation.PastFirst(classify.P1), 2)
		check("Escalation.Weekly", r.Escalation.Weekly, []schema.EscalationWeek{{Opened: 1}, {Opened: 6, PastFirst: 1}, {Opened: 2, PastFirst: 1}})
		check("Escalation.BreachTotal", r.Escalation.BreachTotal, map[schema.Clock]int{schema.AckClock: 4, schema.UpdateClock: 3})
		check("Escalation.Breaches", r.Escalation.Breaches, []schema.Breach{
			{TicketRef: ref("C", 2, 1), Clock: schema.AckClock, DueAt: nov(24, 9, 0), Late: 6*24*time.Hour + 3*time.Hour, Running: true},
			{TicketRef: ref("D", 2, 0), Clock: schema.UpdateClock, DueAt: nov(29, 8, 0), Late: 28 * time.Hour, Running: true},
			{TicketRef: ref("F", 4, 0), Clock: schema.AckClock, DueAt: nov(21, 9, 0), Late: 24 * time.Hour},
			{TicketRef: ref("J", 4, 0), Clock: schema.AckClock, DueAt: nov(30, 0, 0), Late: 12 * time.Hour, Running: true},
			{TicketRef: ref("B", 1, 3), Clock: schema.AckClock, DueAt: nov(30, 9, 15), Late: 2*time.Hour + 45*time.Minute, Running: true},
			{TicketRef: ref("A", 1, 2), Clock: schema.UpdateClock, DueAt: nov(23, 12, 0), Late: 30 * time.Minute},
			{TicketRef: ref("E", 1, 0), Clock: schema.UpdateClock, DueAt: nov(26, 11, 12), Late: 8 * time.Minute},
		})

		check("Compliance.Rows", r.Compliance.Rows, []schema.ComplianceRow{
			{Severity: 1, RootCause: escalation.Required, PostMortem: escalation.Required, Resolved: 2, Documented: 1, Postmortem: 1},
			{Severity: 2, RootCause: escalation.Required, PostMortem: escalation.Required},
			{Severity: 3, RootCause: escalation.Required, PostMortem: escalation.IfNeeded, Resolved: 1, Documented: 1},
			{Severity: 4, RootCause: escalation.IfApplicable, PostMortem: escalation.NotRequired, Resolved: 1},
		})
		check("Compliance.Monitored", r.Compliance.Monitored, []schema.Monitored{
			{TicketRef: ref("E", 1, 0), Account: "northwind.example", ResolvedAt: nov(27, 10, 0), MonitorUntil: time.Date(2026, 12, 27, 10, 0, 0, 0, time.UTC)},
			{TicketRef: ref("A", 1, 2), Account: "northwind.example", ResolvedAt: nov(23, 13, 0), MonitorUntil: time.Date(2026, 12, 23, 13, 0, 0, 0, time.UTC)},
			{TicketRef: ref("G", 3, 0), Account: "fabrikam.example", ResolvedAt: nov(24, 13, 0), MonitorUntil: time.Date(2026, 12, 1, 13, 0, 0, 0, time.UTC)},
		})
		check("Compliance monitored totals", [2]int{r.Compliance.MonitoredTotal, r.Compliance.MonitoredAccounts}, [2]int{3, 2})
		check("Compliance.TopAccounts", r.Compliance.TopAccounts, []schema.Top{{"northwind.example", 3, 0}, {"contoso.example", 0, 2}})
		check("Compliance.TopMailboxes", r.Compliance.TopMailboxes, []schema.Top{{"support", 2, 2}, {"vip", 1, 0}})
		check("Confusion", r.Confusion, [4][4]int{{2, 0, 0, 0}, {0, 2, 1, 0}, {1, 0, 1, 0}, {0, 0, 0, 2}})
	})
}

func TestReportEmpty(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		r, err := s.Report(context.Background(), reportQuery())
		if err != nil {
			t.Fatalf("Report on an empty store: %v", err)
		}
		if r.Opened != 0 || len(r.Ack) != 4 || len(r.Cadence.Rows) != 2 || len(r.Flow.Volume) != 3 ||
			len(r.Escalation.Breaches) != 0 || r.Compliance.MonitoredTotal != 0 || r.Confusion != ([4][4]int{}) {
			t.Errorf("Report on an empty store = %+v", r)
		}
	})
}

func TestReportLimitsLists(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		storeHistory(t, s, reportHistory())
		q := reportQuery()
		q.Limit = 2
		r, err := s.Report(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Escalation.Breaches) != 2 || r.Escalation.Breaches[0].Subject != "C slow" ||
			r.Escalation.BreachTotal[schema.AckClock]+r.Escalation.BreachTotal[schema.UpdateClock] != 7 {
			t.Errorf("limit 2: breaches %+v, totals %v; want the 2 worst of 7", r.Escalation.Breaches, r.Escalation.BreachTotal)
		}
		if len(r.Cadence.Gaps) != 2 || len(r.Compliance.Monitored) != 2 || r.Compliance.MonitoredTotal != 3 {
			t.Errorf("limit 2: %d gaps, %d of %d monitored", len(r.Cadence.Gaps), len(r.Compliance.Monitored), r.Compliance.MonitoredTotal)
		}
	})
}

func TestReportRejectsEmptyPeriod(t *testing.T) {
	s := schematest.Open(t, schema.SQLite)
	q := reportQuery()
	q.To = q.From
	if _, err := s.Report(context.Background(), q); err == nil {
		t.Error("Report over an empty period: no error")
	}
}

func TestWeekStart(t *testing.T) {
	tests := []struct{ in, want time.Time }{
		{nov(30, 12, 0), nov(30, 0, 0)},  // Monday
		{nov(29, 23, 59), nov(23, 0, 0)}, // Sunday
		{time.Date(2026, 12, 1, 0, 30, 0, 0, time.FixedZone("CET", 3600)), nov(30, 0, 0)}, // 23:30 UTC Monday
	}
	for _, tt := range tests {
		if got := schema.WeekStart(tt.in); !got.Equal(tt.want) {
			t.Errorf("WeekStart(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
