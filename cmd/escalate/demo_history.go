package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

// historyTicket is what the simulated team knows about one ticket.
type historyTicket struct {
	id         int64
	sev        classify.Severity
	tmpl       demoMail
	customer   string
	replyTo    string    // the Message-ID agents answer (the receipt, else the customer's mail)
	firstAt    time.Time // when an agent answers first
	nextUpdate time.Time
	resolveAt  time.Time
	reopenAt   time.Time // after a resolution: when the customer writes back
	responded  bool
	done       bool
}

// historyStats counts what the simulated weeks did.
type historyStats struct {
	customerMails, agentMails, tickets, reopened int
}

// runHistory drives days of simulated mail through the whole gateway:
// customers write (more on weekdays and office hours), agents answer,
// update and resolve with delays drawn around the protocol's deadlines
// (most in time, some late), some customers reopen, and the clocks tick
// every simulated hour. The simulated clock starts days ago and ends now.
func (d *demo) runHistory(ctx context.Context, p *Program, clock *simClock, days int, stdout io.Writer) error {
	began := time.Now()
	rng := rand.New(rand.NewPCG(2026, 12))
	proto := escalation.DefaultProtocol()
	var open []*historyTicket
	var st historyStats
	seq := 0
	fmt.Fprintf(stdout, "simulating %d days of support mail (customers, agents and clocks; the clock moves, nothing waits)\n", days)
	for hour := 0; hour < days*24; hour++ {
		now := clock.Now()
		var raws []string
		var fresh []*historyTicket
		for range poisson(rng, arrivalRate(now)) {
			seq++
			t := &historyTicket{tmpl: demoMails[rng.IntN(len(demoMails))]}
			local, domain, _ := strings.Cut(t.tmpl.From, "@")
			t.customer = fmt.Sprintf("%s.%d@%s", local, seq, domain)
			t.replyTo = fmt.Sprintf("hist-%d.%d@%s", seq, now.Unix(), domain)
			raws = append(raws, fmt.Sprintf("From: %s <%s>\r\nTo: support@acme.example\r\nSubject: %s\r\nDate: %s\r\n"+
				"Message-ID: <%s>\r\n\r\nHello,\r\n\r\n%s\r\n\r\n%s\r\n", t.tmpl.FromName, t.customer, t.tmpl.Subject,
				now.Format(time.RFC1123Z), t.replyTo, strings.ReplaceAll(t.tmpl.Body, "\n", "\r\n"), t.tmpl.FromName))
			fresh = append(fresh, t)
		}
		st.customerMails += len(raws)
		if err := d.deliverAll(ctx, p, raws, now); err != nil {
			return err
		}
		for _, t := range fresh {
			if err := d.learn(ctx, p, t, proto, now, rng); err != nil {
				return err
			}
			st.tickets++
			open = append(open, t)
		}
		// The team acts when each action falls due, not on the hour: the
		// clock moves to every due action inside this hour in turn.
		end := now.Add(time.Hour)
		for {
			at, ok := nextAction(open, end)
			if !ok {
				break
			}
			clock.advance(max(at.Sub(clock.Now()), 0))
			now = clock.Now()
			raws = raws[:0]
			for _, t := range open {
				if raw, ok := historyAction(t, proto, now, rng, &st); ok {
					raws = append(raws, raw)
				}
			}
			st.agentMails += len(raws)
			if err := d.deliverAll(ctx, p, raws, now); err != nil {
				return err
			}
			if err := d.settle(ctx, p); err != nil {
				return err
			}
		}
		clock.advance(max(end.Sub(clock.Now()), 0))
		open = stillOpen(open)
		if err := d.settle(ctx, p); err != nil {
			return err
		}
		if (hour+1)%(7*24) == 0 || hour+1 == days*24 {
			fmt.Fprintf(stdout, "  day %3d: %d tickets, %d customer mails, %d agent mails, %d reopened\n",
				(hour+1)/24, st.tickets, st.customerMails, st.agentMails, st.reopened)
		}
	}
	fmt.Fprintf(stdout, "simulated %d days in %v\n", days, time.Since(began).Round(time.Millisecond))
	return nil
}

// arrivalRate is the mean number of customer mails in the hour starting at
// t: busy office hours on weekdays, a trickle at night and on weekends.
func arrivalRate(t time.Time) float64 {
	switch {
	case t.Weekday() == time.Saturday || t.Weekday() == time.Sunday:
		return 0.05
	case t.Hour() >= 8 && t.Hour() < 18:
		return 0.45
	}
	return 0.08
}

// poisson draws from a Poisson distribution of mean m (Knuth).
func poisson(rng *rand.Rand, m float64) int {
	l, k, p := math.Exp(-m), 0, 1.0
	for {
		p *= rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// deliverAll puts raws in the mailbox and waits until the gateway stored
// them.
func (d *demo) deliverAll(ctx context.Context, p *Program, raws []string, at time.Time) error {
	if len(raws) == 0 {
		return nil
	}
	before, err := p.Store.Counts(ctx)
	if err != nil {
		return err
	}
	for _, r := range raws {
		if _, err := d.imap.Deliver("INBOX", []byte(r), at); err != nil {
			return err
		}
	}
	return waitUntil(ctx, func() bool {
		c, err := p.Store.Counts(ctx)
		return err == nil && c.MessagesIn >= before.MessagesIn+int64(len(raws))
	})
}

// learn finds the ticket a customer's mail opened and plans the team's
// answers around its deadlines: most in time, some late.
func (d *demo) learn(ctx context.Context, p *Program, t *historyTicket, proto escalation.Protocol, now time.Time, rng *rand.Rand) error {
	id, ok, err := p.Store.TicketOfMessage(ctx, t.replyTo)
	if err != nil || !ok {
		return fmt.Errorf("demo history: the mail %s opened no ticket (%v)", t.replyTo, err)
	}
	tk, err := p.Store.Ticket(ctx, id)
	if err != nil {
		return err
	}
	t.id, t.sev = id, classify.Severity(tk.Severity)
	if out, err := p.Store.Outbox(ctx, id); err == nil {
		for _, m := range out {
			if m.Kind == escalation.MailReceipt {
				t.replyTo = m.MessageID
			}
		}
	}
	pol := proto.Policy(t.sev)
	// 80% answered inside the acknowledgement time, the rest up to 2.5x late.
	f := 0.2 + 0.7*rng.Float64()
	if rng.Float64() < 0.2 {
		f = 1.05 + 1.5*rng.Float64()
	}
	t.firstAt = now.Add(time.Duration(f * float64(pol.AckWithin)))
	resolve := map[classify.Severity]time.Duration{classify.P1: 6 * time.Hour, classify.P2: 36 * time.Hour,
		classify.P3: 4 * 24 * time.Hour, classify.P4: 6 * 24 * time.Hour}[t.sev]
	t.resolveAt = t.firstAt.Add(time.Duration((0.3 + 1.4*rng.Float64()) * float64(resolve)))
	return nil
}

// historyAction is the agent's (or the customer's) next mail on t at now,
// if one is due.
func historyAction(t *historyTicket, proto escalation.Protocol, now time.Time, rng *rand.Rand, st *historyStats) (string, bool) {
	pol := proto.Policy(t.sev)
	from, body := "Dana Reyes <dana@acme.example>", ""
	switch {
	case t.done:
		return "", false
	case !t.reopenAt.IsZero():
		if now.Before(t.reopenAt) {
			return "", false // resolved, the customer has not written yet
		}
		// The customer writes back inside the monitoring window: reopened.
		from, body = t.tmpl.FromName+" <"+t.customer+">", "It happened again this morning, please have another look."
		t.reopenAt, t.resolveAt = time.Time{}, now.Add(12*time.Hour)
		st.reopened++
	case !t.responded && !now.Before(t.firstAt):
		t.responded = true
		body = "Thanks for reporting this. We can reproduce it and are working on it; next update soon."
	case t.responded && !now.Before(t.resolveAt):
		body = "#resolve Fixed and verified with the customer's data."
		if rng.Float64() < 0.85 {
			body = "#root-cause a configuration change in the last release\n" + body
		}
		t.done = true
		if rng.Float64() < 0.07 {
			t.done, t.reopenAt = false, now.Add(26*time.Hour)
		}
	case t.responded && pol.UpdateEvery > 0 && !now.Before(t.nextUpdate):
		body = "Update: the fix is being tested; we will write again at the next update."
	default:
		return "", false
	}
	if pol.UpdateEvery > 0 {
		// 90% of updates on time, the rest up to half a cadence late.
		f := 0.6 + 0.35*rng.Float64()
		if rng.Float64() < 0.1 {
			f = 1.05 + 0.5*rng.Float64()
		}
		t.nextUpdate = now.Add(time.Duration(f * float64(pol.UpdateEvery)))
	}
	return fmt.Sprintf("From: %s\r\nTo: support@acme.example\r\nSubject: Re: [ESC-%d] %s\r\nDate: %s\r\n"+
		"Message-ID: <hist-a%d.%d@acme.example>\r\nIn-Reply-To: <%s>\r\n\r\n%s\r\n", from, t.id, t.tmpl.Subject,
		now.Format(time.RFC1123Z), t.id, now.UnixNano(), t.replyTo, strings.ReplaceAll(body, "\n", "\r\n")), true
}

// nextAction is the earliest time before end at which the team or a
// customer acts on one of ts.
func nextAction(ts []*historyTicket, end time.Time) (time.Time, bool) {
	next, ok := end, false
	for _, t := range ts {
		if t.done {
			continue
		}
		var at time.Time
		switch {
		case !t.reopenAt.IsZero():
			at = t.reopenAt
		case !t.responded:
			at = t.firstAt
		case !t.nextUpdate.IsZero() && t.nextUpdate.Before(t.resolveAt):
			at = t.nextUpdate
		default:
			at = t.resolveAt
		}
		if at.Before(next) {
			next, ok = at, true
		}
	}
	return next, ok
}

func stillOpen(ts []*historyTicket) []*historyTicket {
	out := ts[:0]
	for _, t := range ts {
		if !t.done {
			out = append(out, t)
		}
	}
	return out
}
