package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// ticketStatuses are the values --status accepts.
var ticketStatuses = func() []string {
	var s []string
	for _, st := range escalation.Statuses {
		s = append(s, string(st))
	}
	return s
}()

// cmdTickets implements `escalate tickets` and `escalate tickets show`.
func cmdTickets(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "show" {
		return cmdTicketsShow(ctx, args[1:], stdout, stderr)
	}
	f := newFlags("tickets", "tickets [--config FILE] [--status open|resolved|closed] [--severity P1..P4] [--limit N] [--json] [--quarantine | --automatic]\n       escalate tickets show [--config FILE] [--json] ESC-12",
		commandHelp["tickets"], stdout, stderr).withConfig()
	status := f.String("status", "", "only tickets with this status: "+strings.Join(ticketStatuses, ", "))
	sev := f.String("severity", "", "only tickets of this severity: P1, P2, P3 or P4")
	limit := f.Int("limit", 100, "at most this many rows (newest first)")
	asJSON := f.Bool("json", false, "one JSON object per line")
	quarantine := f.Bool("quarantine", false, "list quarantined mail instead of tickets")
	automatic := f.Bool("automatic", false, "list the mail read as automatic (out-of-office, bounce, list, report) that opened no ticket,\nnewest first: look here for a customer whose words a form, chat or SMS gateway relayed")
	if _, err := f.parse(args, 0); err != nil {
		return err
	}
	filter, err := ticketFilter(f, *status, *sev, *limit)
	if err != nil {
		return err
	}
	if *quarantine && *automatic {
		return f.usageError("--quarantine and --automatic: give one of them")
	}
	cfgPath, _ := f.configPath()
	cfg, store, err := openStore(ctx, cfgPath, true)
	if err != nil {
		return err
	}
	defer store.Close()
	if *quarantine {
		return printQuarantine(ctx, store, *limit, *asJSON, stdout)
	}
	if *automatic {
		return printSetAside(ctx, store, *limit, *asJSON, stdout)
	}
	ts, err := store.Tickets(ctx, filter)
	if err != nil {
		return err
	}
	now := time.Now()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		for _, t := range ts {
			if err := enc.Encode(newTicketJSON(t, cfg.Gateway.TicketPrefix, now)); err != nil {
				return fmt.Errorf("tickets: write: %w", err)
			}
		}
		return nil
	}
	return printTickets(stdout, ts, cfg.Gateway.TicketPrefix, now)
}

// ticketFilter checks the flag values; a bad one is a usage error that
// lists what is accepted.
func ticketFilter(f *cmdFlags, status, sev string, limit int) (schema.TicketFilter, error) {
	filter := schema.TicketFilter{Status: escalation.Status(status), Limit: limit}
	if status != "" && !slices.Contains(ticketStatuses, status) {
		return filter, f.usageError("--status %q: want one of %s", status, strings.Join(ticketStatuses, ", "))
	}
	if sev != "" {
		s, err := classify.ParseSeverity(sev)
		if err != nil {
			return filter, f.usageError("--severity %q: want one of P1, P2, P3, P4", sev)
		}
		filter.Severity = int(s)
	}
	if limit <= 0 {
		return filter, f.usageError("--limit %d: want a positive number", limit)
	}
	return filter, nil
}

func printTickets(w io.Writer, ts []schema.Ticket, prefix string, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TICKET\tSEV\tSTATUS\tOWNER\tDUE\tOPENED (UTC)\tCUSTOMER\tSUBJECT")
	for _, t := range ts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", tag(prefix, t.ID), classify.Severity(t.Severity), t.Status,
			orDash(termText(t.Assignee, false)), dueOf(t, now).String(), t.OpenedAt.UTC().Format("2006-01-02 15:04"),
			termText(t.CustomerAddr, false), termText(clip(t.Subject, 60), false))
	}
	return tw.Flush()
}

// tag is a ticket's name as customers see it: "ESC-12".
func tag(prefix string, id int64) string { return prefix + "-" + strconv.FormatInt(id, 10) }

// parseTag reads "ESC-12" (any case), "#12" or "12".
func parseTag(prefix, s string) (int64, error) {
	num := strings.TrimPrefix(s, "#")
	if p, n, ok := strings.Cut(s, "-"); ok {
		if !strings.EqualFold(p, prefix) {
			return 0, fmt.Errorf("ticket %q: want %s-N (the prefix is gateway.ticket_prefix) or a number", s, prefix)
		}
		num = n
	}
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("ticket %q: want %s-N or a number", s, prefix)
	}
	return id, nil
}

// due is what a ticket waits for next and when.
type due struct {
	What    string    `json:"what"` // "first response" or "update"
	At      time.Time `json:"at"`
	Overdue bool      `json:"overdue"`
	in      time.Duration
}

// dueOf is the next clock of an open ticket: the first human response
// (which meets the protocol's acknowledgement time) until there is one,
// then the next customer update; nil when nothing is due.
func dueOf(t schema.Ticket, now time.Time) *due {
	if t.Status != escalation.Open {
		return nil
	}
	d := &due{What: "first response", At: t.AckDueAt}
	if t.FirstResponseAt != nil {
		if t.NextUpdateDueAt == nil {
			return nil
		}
		d = &due{What: "update", At: *t.NextUpdateDueAt}
	}
	d.At = d.At.UTC()
	d.in = d.At.Sub(now)
	d.Overdue = d.in < 0
	return d
}

// String reads "response in 14m" or "update overdue 2h05m"; "-" for nil.
func (d *due) String() string {
	if d == nil {
		return "-"
	}
	what := strings.TrimPrefix(d.What, "first ")
	if d.Overdue {
		return what + " overdue " + shortDuration(-d.in)
	}
	return what + " in " + shortDuration(d.in)
}

// shortDuration is a duration to the minute: "3d4h", "2h05m", "14m", "<1m".
func shortDuration(d time.Duration) string {
	m := int64(d / time.Minute)
	switch {
	case m < 1:
		return "<1m"
	case m < 60:
		return fmt.Sprintf("%dm", m)
	case m < 24*60:
		return fmt.Sprintf("%dh%02dm", m/60, m%60)
	}
	return fmt.Sprintf("%dd%dh", m/(24*60), m%(24*60)/60)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// ticketJSON is one line of `escalate tickets --json` and the "ticket" of
// `tickets show --json`. The shape is stable: lowercase keys, every key
// always present (null when unset), times in RFC 3339 UTC.
type ticketJSON struct {
	Tag             string          `json:"tag"`
	ID              int64           `json:"id"`
	Severity        string          `json:"severity"`
	Status          string          `json:"status"`
	Owner           string          `json:"owner"`
	Customer        string          `json:"customer"`
	CustomerName    string          `json:"customer_name"`
	Subject         string          `json:"subject"`
	Mailbox         string          `json:"mailbox"`
	Score           float64         `json:"score"`
	Confidence      float64         `json:"confidence"`
	Evidence        json.RawMessage `json:"evidence"`
	Parent          *string         `json:"parent"`
	Incident        bool            `json:"incident"`  // declared an incident (#incident)
	LinkedTo        *string         `json:"linked_to"` // the incident this ticket is linked to
	EscalationLevel int             `json:"escalation_level"`
	RootCause       string          `json:"root_cause"`
	PostmortemDone  bool            `json:"postmortem_done"`
	AutoSeverity    string          `json:"auto_severity"` // the classifier's first call
	Waiting         bool            `json:"waiting"`       // waiting on the customer
	Resolution      string          `json:"resolution"`
	Call            string          `json:"call"`
	LastUpdateAt    *time.Time      `json:"last_update_at"`
	OpenedAt        time.Time       `json:"opened_at"`
	AckDueAt        time.Time       `json:"ack_due_at"`
	AckedAt         *time.Time      `json:"acked_at"`
	FirstResponseAt *time.Time      `json:"first_response_at"`
	NextUpdateDueAt *time.Time      `json:"next_update_due_at"`
	EscalationDueAt *time.Time      `json:"escalation_due_at"`
	ResolvedAt      *time.Time      `json:"resolved_at"`
	MonitorUntil    *time.Time      `json:"monitor_until"`
	UpdatedAt       time.Time       `json:"updated_at"`
	Due             *due            `json:"due"`
}

func newTicketJSON(t schema.Ticket, prefix string, now time.Time) ticketJSON {
	j := ticketJSON{Tag: tag(prefix, t.ID), ID: t.ID, Severity: classify.Severity(t.Severity).String(),
		AutoSeverity: classify.Severity(cmp.Or(t.AutoSeverity, t.Severity)).String(), Waiting: t.Waiting, Resolution: t.Resolution,
		Call: t.CallAt, LastUpdateAt: utc(t.LastUpdateAt),
		Status: string(t.Status), Owner: t.Assignee, Customer: t.CustomerAddr, CustomerName: t.CustomerName,
		Subject: t.Subject, Mailbox: t.Mailbox, Score: t.Score, Confidence: t.Confidence,
		Evidence: json.RawMessage("[]"), EscalationLevel: t.EscalationLevel, RootCause: t.RootCause,
		PostmortemDone: t.PostmortemDone, OpenedAt: t.OpenedAt.UTC(), AckDueAt: t.AckDueAt.UTC(),
		AckedAt: utc(t.AckedAt), FirstResponseAt: utc(t.FirstResponseAt), NextUpdateDueAt: utc(t.NextUpdateDueAt),
		EscalationDueAt: utc(t.EscalationDueAt), ResolvedAt: utc(t.ResolvedAt), MonitorUntil: utc(t.MonitorUntil),
		UpdatedAt: t.UpdatedAt.UTC(), Due: dueOf(t, now)}
	if ev := strings.TrimSpace(t.Evidence); strings.HasPrefix(ev, "[") && json.Valid([]byte(ev)) {
		j.Evidence = json.RawMessage(ev)
	}
	if t.ParentID != nil {
		p := tag(prefix, *t.ParentID)
		j.Parent = &p
	}
	j.Incident = t.Incident
	if t.IncidentID != nil {
		l := tag(prefix, *t.IncidentID)
		j.LinkedTo = &l
	}
	return j
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func printQuarantine(ctx context.Context, store *schema.Store, limit int, asJSON bool, stdout io.Writer) error {
	qs, err := store.QuarantineList(ctx, limit)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		for _, q := range qs {
			if err := enc.Encode(q); err != nil {
				return fmt.Errorf("tickets: write: %w", err)
			}
		}
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tMAILBOX\tUIDVALIDITY\tUID\tSIZE\tAT (UTC)\tREASON")
	for _, q := range qs {
		fmt.Fprintf(w, "%d\t%s\t%d\t%d\t%d\t%s\t%s\n", q.ID, termText(q.Mailbox, false), q.UIDValidity, q.UID, q.RawSize,
			q.At.UTC().Format("2006-01-02 15:04"), termText(q.Reason, false))
	}
	return w.Flush()
}

// setAsideJSON is one line of `tickets --automatic --json`.
type setAsideJSON struct {
	ID         int64     `json:"id"`
	MessageID  string    `json:"message_id"`
	ReceivedAt time.Time `json:"received_at"`
	Kind       string    `json:"kind"`
	From       string    `json:"from"`
	FromName   string    `json:"from_name,omitempty"`
	Subject    string    `json:"subject"`
	Text       string    `json:"text"`
}

// printSetAside lists the mail read as automatic that opened no ticket
// (schema.SetAside), with the first words of its visible text, so an
// agent can tell a relayed customer from a machine at a glance.
func printSetAside(ctx context.Context, store *schema.Store, limit int, asJSON bool, stdout io.Writer) error {
	ms, err := store.SetAside(ctx, limit)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		for _, m := range ms {
			if err := enc.Encode(setAsideJSON{ID: m.ID, MessageID: m.MessageID, ReceivedAt: m.ReceivedAt.UTC(), Kind: m.AutoKind,
				From: m.FromAddr, FromName: m.FromName, Subject: m.Subject, Text: m.Body}); err != nil {
				return fmt.Errorf("tickets: write: %w", err)
			}
		}
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "RECEIVED (UTC)\tKIND\tFROM\tSUBJECT\tTEXT")
	for _, m := range ms {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", m.ReceivedAt.UTC().Format("2006-01-02 15:04"), m.AutoKind,
			termText(m.FromAddr, false), termText(clip(m.Subject, 50), false), termText(clip(strings.Join(strings.Fields(m.Body), " "), 60), false))
	}
	return w.Flush()
}

// errNoTicket is returned by `tickets show` for a tag with no ticket.
var errNoTicket = errors.New("no such ticket")
