package desk

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// mailsTo returns every queued mail of kind to addr.
func (h *harness) mailsTo(kind escalation.MailKind, addr string) []schema.OutboxMail {
	h.t.Helper()
	all, err := h.store.Outbox(context.Background(), 0)
	if err != nil {
		h.t.Fatal(err)
	}
	var out []schema.OutboxMail
	for _, o := range all {
		if o.Kind == kind && o.ToAddrs == addr {
			out = append(out, o)
		}
	}
	return out
}

// An outage run by mail on a real store: customers write, the team
// notice suggests grouping, an agent declares the incident and links the
// tickets, one update reaches every linked customer in their own thread,
// the ladder climbs once, #resolve resolves all, and a customer's reply
// afterwards lands on their own ticket.
func TestIncidentByMail(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withTeam)
		ctx := context.Background()
		cust := func(i int) string { return fmt.Sprintf("u%d@cust%d.example", i, i) }
		write := func(i int) {
			h.t.Helper()
			h.feed(rawMail(cust(i), "Nobody can log in", "Since 9:00 nobody at our office can log in.",
				fmt.Sprintf("Message-ID: <c%d@cust.example>", i)))
		}
		agent := func(n int, subject, text string) {
			h.t.Helper()
			h.feed(rawMail("Dana <dana@acme.example>", subject, text, fmt.Sprintf("Message-ID: <d%d@acme.example>", n), vouched))
		}
		for i := 1; i <= 5; i++ {
			write(i)
			h.now = h.now.Add(time.Minute)
		}
		if tk := h.ticket(5); tk.Severity.String() != "P1" {
			t.Fatalf("the log-in outage opened as %s; the test needs P1", tk.Severity)
		}
		notice := h.outbox(escalation.MailNotice)
		if want := "Looks like ESC-1: 5 tickets in 4 minutes about nobody can log in. Reply #link ESC-1"; !strings.Contains(notice.Body, want) {
			t.Errorf("the fifth notice does not suggest grouping (%q):\n%s", want, notice.Body)
		}

		agent(1, "Re: [ESC-1] Nobody can log in", "#incident\n#link ESC-2 ESC-3 ESC-4")
		if tk := h.ticket(1); !tk.Incident || h.ticket(3).IncidentID != 1 || h.ticket(5).IncidentID != 0 ||
			h.sent(escalation.MailStatusUpdate) != 0 {
			t.Fatalf("after #incident #link: ESC-1 incident %v, ESC-3 linked to %d, ESC-5 to %d, %d updates",
				tk.Incident, h.ticket(3).IncidentID, h.ticket(5).IncidentID, h.sent(escalation.MailStatusUpdate))
		}
		agent(2, "Re: [ESC-5] Nobody can log in", "#link ESC-1")

		// A customer who writes now hears of the incident.
		write(6)
		ack := h.outbox(escalation.MailReceipt)
		if ack.ToAddrs != cust(6) || !strings.Contains(ack.Body, "aware of an ongoing incident") || !strings.Contains(ack.Body, "ESC-6") {
			t.Errorf("receipt during the incident to %s:\n%s", ack.ToAddrs, ack.Body)
		}
		if n := h.outbox(escalation.MailNotice); !strings.Contains(n.Body, "Looks like incident ESC-1: 6 tickets") {
			t.Errorf("notice during the incident:\n%s", n.Body)
		}

		// One update reaches the five customers, each in their own thread.
		h.now = h.now.Add(4 * time.Minute)
		agent(3, "Re: [ESC-1] Nobody can log in", "We found an expired certificate and are replacing it.")
		for i := 1; i <= 6; i++ {
			ups := h.mailsTo(escalation.MailStatusUpdate, cust(i))
			if i == 6 {
				if len(ups) != 0 {
					t.Errorf("the unlinked ESC-6 got %d updates", len(ups))
				}
				continue
			}
			if len(ups) != 1 {
				t.Errorf("customer %d got %d status updates, want 1", i, len(ups))
				continue
			}
			up, mine := ups[0], fmt.Sprintf("c%d@cust.example", i)
			if up.InReplyTo != mine || !strings.Contains(up.Refs, mine) || up.Subject != fmt.Sprintf("Re: [ESC-%d] Nobody can log in", i) ||
				!strings.Contains(up.Body, "expired certificate") || *up.TicketID != int64(i) {
				t.Errorf("customer %d's update in reply to %q, refs %q, subject %q, ticket %d:\n%s", i, up.InReplyTo, up.Refs,
					up.Subject, *up.TicketID, up.Body)
			}
			if tk := h.ticket(int64(i)); !tk.FirstResponseAt.Equal(h.now) || !tk.NextUpdateDue.Equal(h.now.Add(time.Hour)) {
				t.Errorf("ESC-%d: first response %v, next update %v; want the incident's update at %v", i, tk.FirstResponseAt,
					tk.NextUpdateDue, h.now)
			}
		}

		// Nobody updates again: the ladder climbs once, for the incident.
		clocks := h.Clocks()
		before := h.sent(escalation.MailEscalation)
		for _, at := range []time.Duration{30 * time.Minute, 75 * time.Minute} {
			h.now = clock0.Add(at)
			if _, err := clocks.TickDue(ctx); err != nil {
				t.Fatal(err)
			}
		}
		var escalations []schema.OutboxMail
		all, _ := h.store.Outbox(ctx, 0)
		for _, o := range all {
			if o.Kind == escalation.MailEscalation {
				escalations = append(escalations, o)
			}
		}
		if got := len(escalations) - before; got != 2 {
			// ESC-1's missed update pages the CCO; ESC-6 (alone) missed its
			// first response and pages on its own.
			t.Errorf("%d escalation notices after the missed update, want 2 (the incident's and ESC-6's)", got)
		}
		var incidentNotice string
		for _, o := range escalations {
			if *o.TicketID >= 2 && *o.TicketID <= 5 {
				t.Errorf("linked ESC-%d paged on its own: %s", *o.TicketID, o.Subject)
			}
			if *o.TicketID == 1 {
				incidentNotice = o.Body
			}
		}
		if !strings.Contains(incidentNotice, "Tickets:        5") || !strings.Contains(incidentNotice, "Accounts:       5") ||
			!strings.Contains(incidentNotice, "First report:   2026-11-26 09:00 UTC") ||
			!strings.Contains(incidentNotice, "Latest report:  2026-11-26 09:04 UTC") {
			t.Errorf("the incident's escalation notice does not name its reach:\n%s", incidentNotice)
		}

		// #resolve on the incident resolves all five.
		agent(4, "Re: [ESC-1] Nobody can log in", "#root-cause an expired certificate\n#resolve Logins work again.")
		for i := 1; i <= 5; i++ {
			tk := h.ticket(int64(i))
			res := h.mailsTo(escalation.MailResolution, cust(i))
			if tk.Status != escalation.Resolved || tk.RootCause != "an expired certificate" || len(res) != 1 ||
				res[0].InReplyTo != fmt.Sprintf("c%d@cust.example", i) {
				t.Errorf("ESC-%d after #resolve: %s, root cause %q, %d confirmations", i, tk.Status, tk.RootCause, len(res))
			}
		}
		if tk := h.ticket(6); tk.Status != escalation.Open {
			t.Errorf("the unlinked ESC-6 is %s", tk.Status)
		}

		// Customer 3 writes after: their own ticket reopens, alone.
		h.now = h.now.Add(2 * time.Hour)
		res := h.mailsTo(escalation.MailResolution, cust(3))[0]
		h.feed(rawMail(cust(3), "Re: [ESC-3] Nobody can log in", "It fails again for me.",
			"Message-ID: <c3b@cust.example>", "In-Reply-To: <"+res.MessageID+">"))
		if h.ticketOf("c3b@cust.example") != 3 || h.ticket(3).Status != escalation.Open || h.ticket(3).IncidentID != 0 ||
			h.ticket(1).Status != escalation.Resolved || h.ticket(2).Status != escalation.Resolved {
			t.Errorf("reply after the incident: on ESC-%d, ESC-3 %s linked to %d, ESC-1 %s, ESC-2 %s", h.ticketOf("c3b@cust.example"),
				h.ticket(3).Status, h.ticket(3).IncidentID, h.ticket(1).Status, h.ticket(2).Status)
		}
	})
}

// Auto-linking (an operator's option) links a customer's ticket that
// matches an open incident, and the notice says how to undo it.
func TestIncidentAutoLink(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withTeam, func(c *Config) { c.People.Contacts = map[string][]string{"vp": {"vp@acme.example"}} })
		h.protocol.AutoLink = true
		h.feed(rawMail("a@one.example", "Nobody can log in", "Nobody at our office can log in.", "Message-ID: <a@one.example>"))
		h.feed(rawMail("dana@acme.example", "Re: [ESC-1] Nobody can log in", "#incident", "Message-ID: <d1@acme.example>", vouched))
		h.now = h.now.Add(time.Minute)
		h.feed(rawMail("b@two.example", "Nobody can log in", "Nobody at our office can log in.", "Message-ID: <b@two.example>"))
		if tk := h.ticket(2); tk.IncidentID != 1 || h.events(escalation.EventLinked) != 1 {
			t.Errorf("auto-link: ESC-2 linked to %d, %d linked events", tk.IncidentID, h.events(escalation.EventLinked))
		}
		if n := h.outbox(escalation.MailNotice); !strings.Contains(n.Body, "Linked to incident ESC-1") || !strings.Contains(n.Body, "#unlink") ||
			strings.Contains(n.ToAddrs, "vp@") || !strings.Contains(n.ToAddrs, "lead@acme.example") {
			t.Errorf("auto-linked notice to %s:\n%s", n.ToAddrs, n.Body)
		}
		if vp := h.mailsTo(escalation.MailNotice, "lead@acme.example,csm@acme.example,vp@acme.example"); len(vp) != 1 {
			t.Errorf("%d notices to the team and the VP, want ESC-1's only", len(vp))
		}
	})
}
