package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/escalate-dev/escalate/escalation"
)

// simClock is the demo's clock: the wall clock plus an offset the demo
// moves, so the protocol's hours and days pass in a second.
type simClock struct {
	mu     sync.Mutex
	offset time.Duration
}

func (c *simClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

func (c *simClock) advance(d time.Duration) {
	c.mu.Lock()
	c.offset += d
	c.mu.Unlock()
}

// clockStep is one moment of the demo's simulated timeline: the clock
// moves to at (from the start of the phase), an agent may write, and the
// clocks tick.
type clockStep struct {
	at   time.Duration
	what string
	// step, when set, is an agent's mail written at that moment.
	step *demoStep
}

var demoClockSteps = []clockStep{
	{5 * time.Minute, "an agent answers the P2 search slowdown (ESC-6) in time: its ladder stays put",
		&demoStep{from: dana, ticket: 6, replyTo: replyToReceipt, mails: 1,
			body: "We reproduced the slowdown: a search index is rebuilding. Results should be back to 2 seconds within the hour."}},
	{12 * time.Minute, "75% of the P1s' 15 minutes: reminders", nil},
	{16 * time.Minute, "15 minutes without a human answer on a P1: the ladder climbs", nil},
	{76 * time.Minute, "a missed hourly update on a P1: the ladder climbs further", nil},
	{90 * time.Minute, "an agent resolves ESC-1 with its root cause: the Resolution Confirmation and the post-mortem draft",
		&demoStep{from: dana, ticket: 1, replyTo: replyToNotice, mails: 1,
			body: "#root-cause a failed database node behind the log-in service; the standby took over late\n" +
				"#resolve Everyone can log in again since 10:35; we moved the log-in service to the healthy node."}},
	{31 * 24 * time.Hour, "31 days later: ESC-1's monitoring window has ended", nil},
}

// runClocks plays the clock phase: it moves the simulated clock, lets the
// clocks tick and prints a timeline of every mail they send.
func (d *demo) runClocks(ctx context.Context, p *Program, clock *simClock, stdout io.Writer) error {
	fmt.Fprintf(stdout, "\nthe clocks, in simulated time (the demo moves the clock; nothing waits):\n")
	shown := map[escalation.MailKind]bool{}
	var at time.Duration
	for i, s := range demoClockSteps {
		clock.advance(s.at - at)
		at = s.at
		fmt.Fprintf(stdout, "\n+%s  %s\n", span(at), s.what)
		before := len(d.smtp.Messages())
		if s.step != nil {
			printIndented(stdout, "      | ", s.step.body)
			if _, err := d.imap.Deliver("INBOX", d.stepMail(100+i, *s.step), clock.Now()); err != nil {
				return err
			}
			if _, err := d.smtp.Wait(ctx, before+s.step.mails); err != nil {
				return fmt.Errorf("demo clocks, step %d: %w", i+1, err)
			}
		}
		if err := d.settle(ctx, p); err != nil {
			return fmt.Errorf("demo clocks, step %d: %w", i+1, err)
		}
		// The first mail of each clock kind in full; updates and
		// resolutions were shown with the agents.
		printSent(stdout, d.smtp.Messages()[before:], func(kind escalation.MailKind) bool {
			first := !shown[kind] && kind != escalation.MailStatusUpdate && kind != escalation.MailResolution
			shown[kind] = true
			return first
		})
	}
	return nil
}

// settle ticks every due clock and waits until the outbox is delivered.
func (d *demo) settle(ctx context.Context, p *Program) error {
	for {
		n, err := p.Clocks.TickDue(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	p.Deliverer.Kick()
	return waitUntil(ctx, func() bool {
		pending, err := p.Store.Outbox(ctx, 0)
		if err != nil {
			return false
		}
		for _, m := range pending {
			if m.Status == "pending" {
				return false
			}
		}
		return true
	})
}

// span renders an offset as the timeline shows it: "16m", "1h16m", "31d".
func span(d time.Duration) string {
	switch {
	case d >= 24*time.Hour:
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	case d >= time.Hour:
		return strings.TrimSuffix(d.Truncate(time.Minute).String(), "0s")
	}
	return fmt.Sprintf("%dm", d/time.Minute)
}
