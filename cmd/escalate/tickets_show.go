package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/escalation/desk"
	"github.com/escalate-dev/escalate/schema"
)

// ticketShowJSON is the output of `escalate tickets show --json`.
type ticketShowJSON struct {
	Ticket   ticketJSON    `json:"ticket"`
	Messages []messageJSON `json:"messages"`
	Events   []eventJSON   `json:"events"`
	Outbox   []outboxJSON  `json:"outbox"`
	// Checklist is the protocol's checklist for the ticket's severity,
	// each item done or not.
	Checklist []escalation.ChecklistItem `json:"checklist"`
	// Clocks are the protocol's clocks as of now: first response,
	// updates, the ladder, monitoring.
	Clocks []clockJSON `json:"clocks"`
	// Ladder lists the breaches and escalations in order: which clock was
	// missed and by how much, who was paged when.
	Ladder []ladderJSON `json:"ladder"`
}

// clockJSON is one protocol clock of a ticket.
type clockJSON struct {
	Name  string     `json:"name"`
	Due   *time.Time `json:"due"`
	State string     `json:"state"`
}

// ladderJSON is one breach or escalation of a ticket.
type ladderJSON struct {
	At     time.Time `json:"at"`
	Kind   string    `json:"kind"` // "breach", "escalated", "acked"
	Clock  string    `json:"clock,omitempty"`
	LateBy string    `json:"late_by,omitempty"`
	Level  int       `json:"level,omitempty"`
	Roles  []string  `json:"roles,omitempty"`
	Reason string    `json:"reason,omitempty"`
	Actor  string    `json:"actor,omitempty"`
}

// messageJSON is a mail of the ticket's thread, in or out.
type messageJSON struct {
	Direction  string    `json:"direction"` // "in" or "out"
	MessageID  string    `json:"message_id"`
	From       string    `json:"from"`
	FromName   string    `json:"from_name"`
	To         []string  `json:"to"`
	Subject    string    `json:"subject"`
	Text       string    `json:"text"` // the new visible text
	Automatic  string    `json:"automatic"`
	ReceivedAt time.Time `json:"received_at"`
}

// eventJSON is a state change of the ticket; detail is the stored object.
type eventJSON struct {
	At     time.Time       `json:"at"`
	Kind   string          `json:"kind"`
	Actor  string          `json:"actor"`
	Detail json.RawMessage `json:"detail"`
}

// outboxJSON is a mail the ticket caused and its delivery.
type outboxJSON struct {
	Kind      string     `json:"kind"`
	MessageID string     `json:"message_id"`
	To        []string   `json:"to"`
	Subject   string     `json:"subject"`
	Status    string     `json:"status"`
	Attempts  int        `json:"attempts"`
	LastError string     `json:"last_error"`
	CreatedAt time.Time  `json:"created_at"`
	DueAt     time.Time  `json:"due_at"`
	SentAt    *time.Time `json:"sent_at"`
}

func cmdTicketsShow(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("tickets show", "tickets show [--config FILE] [--json] ESC-12", commandHelp["tickets"], stdout, stderr).withConfig()
	asJSON := f.Bool("json", false, "one JSON object: ticket, messages, events, outbox")
	pos, err := f.parse(args, 1)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return f.usageError("want a ticket, e.g. ESC-12")
	}
	cfgPath, _ := f.configPath()
	cfg, store, err := openStore(ctx, cfgPath, true)
	if err != nil {
		return err
	}
	defer store.Close()
	prefix := cfg.Gateway.TicketPrefix
	id, err := parseTag(prefix, pos[0])
	if err != nil {
		return f.usageError("%v", err)
	}
	show, err := loadTicketShow(ctx, store, id, prefix, time.Now())
	if err != nil {
		return err
	}
	if *asJSON {
		b, err := json.Marshal(show)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}
	return printTicketShow(stdout, show)
}

func loadTicketShow(ctx context.Context, store *schema.Store, id int64, prefix string, now time.Time) (*ticketShowJSON, error) {
	t, err := store.Ticket(ctx, id)
	if errors.Is(err, schema.ErrNotFound) {
		return nil, fmt.Errorf("%s: %w", tag(prefix, id), errNoTicket)
	}
	if err != nil {
		return nil, err
	}
	msgs, err := store.Messages(ctx, id)
	if err != nil {
		return nil, err
	}
	events, err := store.Events(ctx, id)
	if err != nil {
		return nil, err
	}
	out, err := store.Outbox(ctx, id)
	if err != nil {
		return nil, err
	}
	s := &ticketShowJSON{Ticket: newTicketJSON(*t, prefix, now),
		Messages: []messageJSON{}, Events: []eventJSON{}, Outbox: []outboxJSON{}}
	domain, err := desk.FromRow(t)
	if err != nil {
		return nil, err
	}
	happened := map[escalation.EventKind]bool{}
	for _, e := range events {
		happened[e.Kind] = true
	}
	s.Checklist = escalation.Checklist(*domain, happened, now)
	s.Clocks = []clockJSON{}
	for _, c := range domain.Clocks(now) {
		cj := clockJSON{Name: c.Name, State: c.State}
		if !c.Due.IsZero() {
			due := c.Due.UTC()
			cj.Due = &due
		}
		s.Clocks = append(s.Clocks, cj)
	}
	s.Ladder = []ladderJSON{}
	for _, e := range events {
		switch e.Kind {
		case escalation.EventBreach, escalation.EventEscalated, escalation.EventAcked:
		default:
			continue
		}
		var d struct {
			Clock  string   `json:"clock"`
			LateBy string   `json:"late_by"`
			Level  int      `json:"level"`
			Roles  []string `json:"roles"`
			Reason string   `json:"reason"`
		}
		if err := json.Unmarshal([]byte(e.Detail), &d); err != nil {
			return nil, fmt.Errorf("%s: event %d: %w", tag(prefix, id), e.ID, err)
		}
		s.Ladder = append(s.Ladder, ladderJSON{At: e.At.UTC(), Kind: string(e.Kind), Clock: d.Clock, LateBy: d.LateBy,
			Level: d.Level, Roles: d.Roles, Reason: d.Reason, Actor: e.Actor})
	}
	for _, m := range msgs {
		s.Messages = append(s.Messages, messageJSON{Direction: m.Direction, MessageID: m.MessageID,
			From: m.FromAddr, FromName: m.FromName, To: splitList(m.ToAddrs), Subject: m.Subject, Text: m.Body,
			Automatic: m.AutoKind, ReceivedAt: m.ReceivedAt.UTC()})
	}
	for _, e := range events {
		detail := json.RawMessage("{}")
		if json.Valid([]byte(e.Detail)) {
			detail = json.RawMessage(e.Detail)
		}
		s.Events = append(s.Events, eventJSON{At: e.At.UTC(), Kind: string(e.Kind), Actor: e.Actor, Detail: detail})
	}
	for _, o := range out {
		s.Outbox = append(s.Outbox, outboxJSON{Kind: string(o.Kind), MessageID: o.MessageID, To: splitList(o.ToAddrs),
			Subject: o.Subject, Status: o.Status, Attempts: o.Attempts, LastError: o.LastError,
			CreatedAt: o.CreatedAt.UTC(), DueAt: o.DueAt.UTC(), SentAt: utc(o.SentAt)})
	}
	return s, nil
}

func splitList(s string) []string {
	out := []string{}
	for _, a := range strings.Split(s, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// printTicketShow prints a ticket for a person; every text from mail goes
// through termText.
func printTicketShow(w io.Writer, s *ticketShowJSON) error {
	t := s.Ticket
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	one := func(v string) string { return termText(v, false) }
	line("%s  %s  %s  %s", t.Tag, t.Severity, t.Status, one(t.Subject))
	line("customer:   %s", one(formatPerson(t.CustomerName, t.Customer)))
	line("owner:      %s", orDash(one(t.Owner)))
	line("mailbox:    %s", one(t.Mailbox))
	if t.Parent != nil {
		line("follows:    %s", *t.Parent)
	}
	if t.Incident {
		line("incident:   declared; linked tickets get its updates")
	}
	if t.LinkedTo != nil {
		line("linked to:  incident %s", *t.LinkedTo)
	}
	line("due:        %s", t.Due.String())
	line("\nclocks (UTC):")
	for _, c := range []struct {
		name string
		at   *time.Time
	}{{"opened", &t.OpenedAt}, {"response due", &t.AckDueAt}, {"receipt sent", t.AckedAt},
		{"first response", t.FirstResponseAt}, {"next update due", t.NextUpdateDueAt},
		{"escalation due", t.EscalationDueAt}, {"resolved", t.ResolvedAt}, {"monitor until", t.MonitorUntil}} {
		line("  %-16s %s", c.name, clockText(c.at))
	}
	if t.RootCause != "" {
		line("root cause: %s", one(t.RootCause))
	}
	line("\nprotocol clocks:")
	for _, c := range s.Clocks {
		due := "-"
		if c.Due != nil {
			due = c.Due.Format("2006-01-02 15:04")
		}
		line("  %-16s %-16s %s", c.Name, due, one(c.State))
	}
	if len(s.Ladder) > 0 {
		line("\nbreaches and escalations (%d):", len(s.Ladder))
		for i := 0; i < len(s.Ladder); i++ {
			l := s.Ladder[i]
			switch l.Kind {
			case string(escalation.EventBreach):
				// Each missed interval is its own breach; a run of them
				// (a ticket left alone for days) reads as one line.
				n := 1
				for i+n < len(s.Ladder) && s.Ladder[i+n].Kind == l.Kind && s.Ladder[i+n].Clock == l.Clock {
					n++
				}
				if n == 1 {
					line("  %s  missed the %s deadline (%s late)", l.At.Format("2006-01-02 15:04"), l.Clock, roundedLate(l.LateBy))
				} else {
					line("  %s  missed the %s deadline %d times (the first %s late)", l.At.Format("2006-01-02 15:04"),
						l.Clock, n, roundedLate(l.LateBy))
				}
				i += n - 1
			case string(escalation.EventEscalated):
				line("  %s  paged %s (level %d): %s", l.At.Format("2006-01-02 15:04"), strings.Join(l.Roles, ", "), l.Level, one(l.Reason))
			default:
				line("  %s  %s by %s", l.At.Format("2006-01-02 15:04"), l.Kind, one(l.Actor))
			}
		}
	}
	line("\nchecklist (%s):", t.Severity)
	for _, c := range s.Checklist {
		line("  %s", one(c.String()))
	}
	line("\nthread (%d):", len(s.Messages))
	for _, m := range s.Messages {
		arrow := "<-"
		if m.Direction == "out" {
			arrow = "->"
		}
		auto := ""
		if m.Automatic != "" {
			auto = " [" + one(m.Automatic) + "]"
		}
		line("  %s %s %s%s  %s", arrow, m.ReceivedAt.Format("2006-01-02 15:04"), one(formatPerson(m.FromName, m.From)), auto, one(m.Subject))
		if m.Text != "" {
			body := strings.TrimRight(m.Text, "\n")
			line("     %s", termText(strings.ReplaceAll(body, "\n", "\n     "), true))
		}
	}
	line("\nevents (%d):", len(s.Events))
	for _, e := range s.Events {
		line("  %s  %-20s %s %s", e.At.Format("2006-01-02 15:04:05"), one(e.Kind), one(e.Actor), one(string(e.Detail)))
	}
	line("\noutbox (%d):", len(s.Outbox))
	for _, o := range s.Outbox {
		state := o.Status
		if o.SentAt != nil {
			state += " " + o.SentAt.Format("2006-01-02 15:04")
		}
		if o.LastError != "" {
			state += fmt.Sprintf(" after %d attempt(s): %s", o.Attempts, one(o.LastError))
		}
		line("  %-12s to %s  %s  (%s)", one(o.Kind), one(strings.Join(o.To, ",")), one(o.Subject), state)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func formatPerson(name, addr string) string {
	if name == "" {
		return addr
	}
	return name + " <" + addr + ">"
}

func clockText(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}

// roundedLate renders a stored Go duration to the minute ("16m0s" →
// "16m"); anything else is shown as stored.
func roundedLate(d string) string {
	v, err := time.ParseDuration(d)
	if err != nil {
		return d
	}
	return strings.TrimSuffix(v.Round(time.Minute).String(), "0s")
}
