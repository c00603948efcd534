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

// An incident with three linked tickets (one P4 without a cadence, one
// P2 that missed an update), an open incident nobody updated yet, and a
// ticket linked to nothing.
func TestReportIncidents(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		upd, breach := escalation.EventStatusUpdate, escalation.EventBreach
		var iID, jID int64
		err := s.InTx(ctx, func(x *schema.Tx) error {
			add := func(tk schema.Ticket, events ...ev) (int64, error) {
				if err := x.CreateTicket(ctx, &tk); err != nil {
					return 0, err
				}
				for _, e := range events {
					if err := x.AddEvent(ctx, schema.Event{TicketID: tk.ID, At: e.at, Kind: e.kind, Detail: e.detail}); err != nil {
						return 0, err
					}
				}
				return tk.ID, nil
			}
			i := ticketAt("I log-in outage", "a@one.example", classify.P1, classify.P1, nov(26, 10, 0))
			i.Incident, i.Status, i.FirstResponseAt, i.ResolvedAt = true, escalation.Resolved, tp(nov(26, 10, 20)), tp(nov(26, 12, 0))
			var err error
			if iID, err = add(i, ev{nov(26, 10, 20), upd, ""}, ev{nov(26, 11, 20), upd, ""}); err != nil {
				return err
			}
			for _, m := range []struct {
				customer string
				sev      classify.Severity
				at       time.Time
				events   []ev
			}{
				{"b@two.example", classify.P1, nov(26, 10, 5), []ev{{nov(26, 10, 20), upd, ""}, {nov(26, 11, 20), upd, ""}}},
				{"c@one.example", classify.P2, nov(26, 10, 10), []ev{{nov(26, 10, 20), upd, ""},
					{nov(26, 11, 0), breach, `{"clock":"update","due":"2026-11-26T11:00:00Z"}`}}},
				{"d@three.example", classify.P4, nov(26, 10, 12), nil},
			} {
				tk := ticketAt("Linked", m.customer, m.sev, m.sev, m.at)
				tk.IncidentID, tk.Status = &iID, escalation.Resolved
				if _, err := add(tk, m.events...); err != nil {
					return err
				}
			}
			if _, err := add(ticketAt("K alone", "k@one.example", classify.P1, classify.P1, nov(26, 10, 1)),
				ev{nov(26, 10, 2), upd, ""}, ev{nov(26, 13, 0), breach, `{"clock":"update"}`}); err != nil {
				return err
			}
			j := ticketAt("J payments", "j@four.example", classify.P2, classify.P2, nov(30, 9, 0))
			j.Incident = true
			jID, err = add(j)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Report(ctx, reportQuery())
		if err != nil {
			t.Fatal(err)
		}
		want := schema.Incidents{Total: 2, Rows: []schema.IncidentRow{
			{TicketRef: schema.TicketRef{ID: jID, Subject: "J payments", Customer: "j@four.example", Severity: classify.P2},
				Status: escalation.Open, FirstReport: nov(30, 9, 0), LatestReport: nov(30, 9, 0), Duration: 3 * time.Hour,
				Tickets: 1, Accounts: 1, Cadenced: 1, Kept: 1},
			{TicketRef: schema.TicketRef{ID: iID, Subject: "I log-in outage", Customer: "a@one.example", Severity: classify.P1},
				Status: escalation.Resolved, FirstReport: nov(26, 10, 0), LatestReport: nov(26, 10, 12), ResolvedAt: nov(26, 12, 0),
				Duration: 2 * time.Hour, Tickets: 4, Accounts: 3, FirstUpdate: 20 * time.Minute, HasUpdate: true, Updates: 5,
				Cadenced: 3, Kept: 2},
		}}
		for i := range r.Incidents.Rows {
			row := &r.Incidents.Rows[i]
			row.FirstReport, row.LatestReport, row.ResolvedAt = row.FirstReport.UTC(), row.LatestReport.UTC(), row.ResolvedAt.UTC()
			if row.ResolvedAt.Equal(time.Time{}.UTC()) {
				row.ResolvedAt = time.Time{}
			}
		}
		if !reflect.DeepEqual(r.Incidents, want) {
			t.Errorf("Incidents =\n %+v\nwant\n %+v", r.Incidents, want)
		}
	})
}
