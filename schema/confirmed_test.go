package schema_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestConfirmedTickets: a ticket counts when an agent changed its severity
// or answered it; the customer's first mail comes with it, raw only when
// it was kept whole; --since bounds by opening time.
func TestConfirmedTickets(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	type ticket struct {
		name      string
		opened    time.Duration
		severity  int
		answered  bool
		corrected bool
		truncated bool
	}
	tickets := []ticket{
		{name: "answered", severity: 2, answered: true},
		{name: "corrected", severity: 1, corrected: true, truncated: true},
		{name: "untouched", severity: 3},
		{name: "late", opened: 48 * time.Hour, severity: 4, answered: true},
	}
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		err := s.InTx(ctx, func(x *schema.Tx) error {
			for _, tk := range tickets {
				at := t0.Add(tk.opened)
				row := &schema.Ticket{Subject: tk.name, CustomerAddr: "c@x.example", Mailbox: "INBOX",
					Severity: tk.severity, AutoSeverity: 3, Status: escalation.Open, Policy: "{}",
					ThreadRoot: tk.name + "@x.example", OpenedAt: at, AckDueAt: at, UpdatedAt: at}
				if tk.answered {
					row.FirstResponseAt = &at
				}
				if err := x.CreateTicket(ctx, row); err != nil {
					return err
				}
				raw := []byte("Subject: " + tk.name + "\r\n\r\nbody\r\n")
				size := int64(len(raw))
				if tk.truncated {
					size += 100
				}
				for j, dir := range []string{"in", "out", "in"} {
					m := &schema.Message{TicketID: &row.ID, Direction: dir, MessageID: tk.name + string(rune('a'+j)) + "@x.example",
						FromAddr: "c@x.example", Subject: tk.name, Body: tk.name + " body " + dir, ReceivedAt: at,
						Raw: raw, RawSize: size}
					if _, err := x.InsertMessage(ctx, m); err != nil {
						return err
					}
				}
				if tk.corrected {
					if err := x.AddEvent(ctx, schema.Event{TicketID: row.ID, At: at, Kind: escalation.EventSeverityChanged, Detail: "{}"}); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		collect := func(since time.Time) []schema.ConfirmedTicket {
			var got []schema.ConfirmedTicket
			if err := s.ConfirmedTickets(ctx, since, func(c schema.ConfirmedTicket) error {
				got = append(got, c)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			return got
		}
		got := collect(time.Time{})
		var names []string
		for _, c := range got {
			names = append(names, c.Subject)
		}
		if !slices.Equal(names, []string{"answered", "corrected", "late"}) {
			t.Fatalf("confirmed tickets %v, want answered, corrected, late", names)
		}
		if c := got[0]; c.Corrected || c.Severity != 2 || c.AutoSeverity != 3 || c.Body != "answered body in" || c.Raw == nil {
			t.Errorf("answered: %+v; want not corrected, P2 (auto P3), the first inbound body, raw kept", c)
		}
		if c := got[1]; !c.Corrected || c.Severity != 1 || c.Raw != nil {
			t.Errorf("corrected: corrected %v, severity %d, raw %q; want corrected, P1, no raw (truncated)", c.Corrected, c.Severity, c.Raw)
		}
		if late := collect(t0.Add(24 * time.Hour)); len(late) != 1 || late[0].Subject != "late" {
			t.Errorf("since a day later: %d tickets, want only the late one", len(late))
		}
	})
}
