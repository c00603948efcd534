package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// ackRateLimit is how many acknowledgements one sender gets per hour: a
// loop with an auto-responder that slipped past detection stays short.
const ackRateLimit = 5

// Gateway turns fetched mail into tickets, events and outbox rows, one
// transaction per mail. It implements intake.Handler.
type Gateway struct {
	cfg        *Config
	store      *schema.Store
	classifier *classify.Classifier
	protocol   escalation.Protocol
	secret     []byte
	now        func() time.Time
	log        *slog.Logger
	startedAt  time.Time
	agents     map[string]bool
	own        []string
	// kick is told after a commit that queued mail.
	kick func()
	// committed, when set, is told after each mail's transaction commits
	// (benchmarks and tests measure with it).
	committed func(f intake.Fetched, at time.Time)

	Stats Stats
}

// Stats counts what the gateway did since start.
type Stats struct {
	Received, Duplicates, Quarantined, Opened, AcksQueued atomic.Int64
}

// NewGateway wires a gateway; now is the injected clock.
func NewGateway(ctx context.Context, cfg *Config, store *schema.Store, cl *classify.Classifier, now func() time.Time, log *slog.Logger) (*Gateway, error) {
	secret, err := cfg.Gateway.Secret.Resolve(ctx)
	if err != nil || secret == "" {
		return nil, fmt.Errorf("gateway.secret: %v", errOrEmpty(err))
	}
	g := &Gateway{cfg: cfg, store: store, classifier: cl, protocol: escalation.DefaultProtocol(),
		secret: []byte(secret), now: now, log: log, startedAt: now(), agents: map[string]bool{}, kick: func() {}}
	// One prefix per process: the config's, for tags written and read.
	intake.TagPrefix = cfg.Gateway.TicketPrefix
	for _, a := range cfg.Gateway.Agents {
		g.agents[addrOnly(a)] = true
	}
	g.own = append(g.own, addrOnly(cfg.Gateway.Address))
	for _, m := range cfg.Mailbox {
		if strings.Contains(m.Username, "@") {
			g.own = append(g.own, strings.ToLower(m.Username))
		}
	}
	return g, nil
}

func errOrEmpty(err error) string {
	if err != nil {
		return err.Error()
	}
	return "resolves to an empty value"
}

// Cursor implements intake.Handler.
func (g *Gateway) Cursor(ctx context.Context, mailbox string) (uint32, uint32, error) {
	c, err := g.store.Cursor(ctx, mailbox)
	return c.UIDValidity, c.LastUID, err
}

// Handle implements intake.Handler: parse, decide and commit one mail.
func (g *Gateway) Handle(ctx context.Context, f intake.Fetched) error {
	g.Stats.Received.Add(1)
	log := g.log.With("mailbox", f.Mailbox, "uid", f.UID)
	if f.FetchErr != nil {
		return g.quarantine(ctx, f, f.FetchErr.Error(), log)
	}
	queued, err := g.process(ctx, f, log)
	var bad *badMailError
	if errors.As(err, &bad) {
		return g.quarantine(ctx, f, bad.reason, log)
	}
	if err != nil {
		return err
	}
	if g.committed != nil {
		g.committed(f, time.Now())
	}
	if queued {
		g.kick()
	}
	return nil
}

// badMailError is a mail that cannot be processed at all, now or later:
// it is quarantined so that it never blocks the mail after it.
type badMailError struct{ reason string }

func (e *badMailError) Error() string { return e.reason }

// process parses f and commits its decision. A panic while parsing or
// classifying one mail is that mail's fault: it becomes a badMailError
// (the transaction rolls back) instead of a crash loop.
func (g *Gateway) process(ctx context.Context, f intake.Fetched, log *slog.Logger) (queued bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("panic while processing mail", "panic", r, "stack", string(debug.Stack()))
			err = &badMailError{reason: fmt.Sprintf("internal error (panic): %v", r)}
		}
	}()
	msg, err := intake.Parse(f.Raw, intake.ParseOptions{OwnAddresses: g.own})
	if err != nil {
		return false, &badMailError{reason: "parse: " + err.Error()}
	}
	if f.Truncated {
		msg.Warnings = append(msg.Warnings, fmt.Sprintf("mail of %d bytes read truncated", f.Size))
	}
	err = g.store.InTx(ctx, func(x *schema.Tx) error {
		var err error
		queued, err = g.decide(ctx, x, f, msg, log)
		if err != nil {
			return err
		}
		return x.AdvanceCursor(ctx, schema.Cursor{Mailbox: f.Mailbox, UIDValidity: f.UIDValidity, LastUID: f.UID}, g.now())
	})
	return queued, err
}

func (g *Gateway) quarantine(ctx context.Context, f intake.Fetched, reason string, log *slog.Logger) error {
	raw := f.Raw
	if int64(len(raw)) > g.cfg.Gateway.RawLimit {
		raw = raw[:g.cfg.Gateway.RawLimit]
	}
	err := g.store.InTx(ctx, func(x *schema.Tx) error {
		q := schema.Quarantined{Mailbox: f.Mailbox, UIDValidity: int64(f.UIDValidity), UID: int64(f.UID),
			Reason: reason, Raw: raw, RawSize: int64(len(f.Raw)), At: g.now()}
		if err := x.Quarantine(ctx, q); err != nil {
			return err
		}
		return x.AdvanceCursor(ctx, schema.Cursor{Mailbox: f.Mailbox, UIDValidity: f.UIDValidity, LastUID: f.UID}, g.now())
	})
	if err == nil {
		g.Stats.Quarantined.Add(1)
		log.Warn("mail quarantined", "reason", reason, "size", len(f.Raw))
	}
	return err
}

// decide stores msg and applies the protocol's decision inside x. It
// reports whether outgoing mail was queued.
func (g *Gateway) decide(ctx context.Context, x *schema.Tx, f intake.Fetched, msg *intake.Message, log *slog.Logger) (bool, error) {
	now := g.now()
	row := g.messageRow(f, msg, now)
	inserted, err := x.InsertMessage(ctx, row)
	if err != nil || !inserted {
		if err == nil {
			g.Stats.Duplicates.Add(1)
			log.Info("mail already stored", "message_id", msg.MessageID)
		}
		return false, err
	}
	ticket, err := g.thread(ctx, x, msg)
	if err != nil {
		return false, err
	}
	in := escalation.Inbound{
		Sender:    msg.From.Addr,
		Automatic: msg.Auto != intake.Human,
		FromAgent: g.agents[strings.ToLower(msg.From.Addr)],
		History:   f.Initial && f.InternalDate.Before(g.startedAt.Add(-g.cfg.Gateway.HistoryCutoff.Duration)),
	}
	if ticket != nil {
		in.Ticket = &escalation.TicketState{ID: ticket.ID, Severity: classify.Severity(ticket.Severity),
			Status: ticket.Status, MonitorUntil: deref(ticket.MonitorUntil)}
	}
	d := escalation.Route(in, now)
	log.Info("mail routed", "message_id", msg.MessageID, "action", d.Action.String(), "reason", d.Reason, "automatic", string(msg.Auto))
	switch d.Action {
	case escalation.Open:
		return g.open(ctx, x, row, msg, d, now)
	case escalation.Reopen:
		if err := x.Reopen(ctx, ticket.ID, now); err != nil {
			return false, err
		}
	}
	if ticket == nil {
		return false, nil // automatic or history mail outside any ticket: stored only
	}
	if err := x.SetMessageTicket(ctx, row.ID, ticket.ID); err != nil {
		return false, err
	}
	kind := map[escalation.Action]string{escalation.Record: "mail_recorded", escalation.FollowUp: "customer_message",
		escalation.Reopen: "reopened", escalation.AgentUpdate: "agent_message"}[d.Action]
	if d.Action == escalation.Record && msg.Auto == intake.Bounce {
		// Our mail on this ticket could not be delivered: the customer
		// may not have heard from us.
		kind = "bounce_received"
		log.Warn("mail of a ticket bounced", "ticket", ticket.ID, "reason", msg.AutoReason)
	}
	return false, x.AddEvent(ctx, schema.Event{TicketID: ticket.ID, At: now, Kind: kind, Actor: msg.From.Addr,
		Detail: jsonObject(map[string]any{"message_id": msg.MessageID, "reason": d.Reason, "automatic": string(msg.Auto)})})
}

// thread finds the ticket of msg, in layers (strongest first): our own
// signed Message-IDs in In-Reply-To/References; any stored Message-ID of
// the thread; the subject tag, only when the sender is on that ticket.
func (g *Gateway) thread(ctx context.Context, x *schema.Tx, msg *intake.Message) (*schema.Ticket, error) {
	ids := msg.ThreadIDs()
	for _, id := range ids {
		if t, ok := escalation.TicketOfMessageID(g.secret, id); ok {
			return g.ticketIfExists(ctx, x, t)
		}
	}
	if t, ok, err := x.TicketByMessageIDs(ctx, ids); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return x.Ticket(ctx, t)
	}
	if t, ok := intake.SubjectTag(msg.Subject); ok {
		on, err := x.IsParticipant(ctx, t, msg.From.Addr)
		if err != nil || !on {
			return nil, err
		}
		return g.ticketIfExists(ctx, x, t)
	}
	return nil, nil
}

func (g *Gateway) ticketIfExists(ctx context.Context, x *schema.Tx, id int64) (*schema.Ticket, error) {
	t, err := x.Ticket(ctx, id)
	if err != nil && strings.Contains(err.Error(), schema.ErrNotFound.Error()) {
		return nil, nil
	}
	return t, err
}

func (g *Gateway) messageRow(f intake.Fetched, msg *intake.Message, now time.Time) *schema.Message {
	uv, uid := int64(f.UIDValidity), int64(f.UID)
	mailbox := f.Mailbox
	row := &schema.Message{Direction: "in", MessageID: msg.MessageID,
		InReplyTo: strings.Join(msg.InReplyTo, " "), Refs: strings.Join(msg.References, " "),
		FromAddr: strings.ToLower(msg.From.Addr), FromName: msg.From.Name, ToAddrs: joinAddrs(msg.To),
		Subject: msg.Subject, Body: msg.Visible, AutoKind: string(msg.Auto),
		Warnings: strings.Join(msg.Warnings, "\n"), Mailbox: &mailbox, UIDValidity: &uv, UID: &uid,
		RawSize: int64(len(f.Raw)), ReceivedAt: now}
	if int64(len(f.Raw)) <= g.cfg.Gateway.RawLimit {
		row.Raw = f.Raw
	}
	return row
}

// open opens a ticket for msg, acknowledges the customer and tells the
// team, all inside x.
func (g *Gateway) open(ctx context.Context, x *schema.Tx, row *schema.Message, msg *intake.Message, d escalation.Decision, now time.Time) (bool, error) {
	res := g.classifier.Classify(inputOf(msg))
	pol := g.protocol.Policy(res.Severity)
	clocks := g.protocol.OpenClocks(res.Severity, now)
	evidence, _ := json.Marshal(res.Evidence)
	customer := customerAddr(msg)
	t := &schema.Ticket{Subject: intake.NormalizeSubject(msg.Subject), CustomerAddr: customer,
		CustomerName: msg.From.Name, Mailbox: deref(row.Mailbox), Severity: int(res.Severity),
		Score: res.Score, Confidence: res.Confidence, Evidence: string(evidence), ThreadRoot: msg.MessageID,
		OpenedAt: now, AckDueAt: clocks.AckDue, NextUpdateDueAt: optTime(clocks.NextUpdateDue)}
	if d.ParentID != 0 {
		t.ParentID = &d.ParentID
	}
	if err := x.CreateTicket(ctx, t); err != nil {
		return false, err
	}
	g.Stats.Opened.Add(1)
	if err := x.SetMessageTicket(ctx, row.ID, t.ID); err != nil {
		return false, err
	}
	if err := x.AddParticipant(ctx, t.ID, customer, "customer"); err != nil {
		return false, err
	}
	err := x.AddEvent(ctx, schema.Event{TicketID: t.ID, At: now, Kind: "opened", Actor: customer,
		Detail: jsonObject(map[string]any{"severity": res.Severity.String(), "score": res.Score,
			"confidence": res.Confidence, "reason": d.Reason, "parent": d.ParentID, "message_id": msg.MessageID})})
	if err != nil {
		return false, err
	}
	queued := false
	if d.Acknowledge {
		ok, err := g.queueAck(ctx, x, t, msg, pol, now)
		if err != nil {
			return false, err
		}
		queued = queued || ok
	}
	if pol.NotifyTeam == escalation.Required && len(g.cfg.Gateway.Team) > 0 {
		if err := g.queueNotice(ctx, x, t, msg, res, pol, now); err != nil {
			return false, err
		}
		queued = true
	}
	return queued, nil
}

func (g *Gateway) queueAck(ctx context.Context, x *schema.Tx, t *schema.Ticket, msg *intake.Message, pol escalation.Policy, now time.Time) (bool, error) {
	n, err := x.CountOutboxTo(ctx, t.CustomerAddr, "ack", now.Add(-time.Hour))
	if err != nil {
		return false, err
	}
	if n >= ackRateLimit {
		return false, x.AddEvent(ctx, schema.Event{TicketID: t.ID, At: now, Kind: "ack_suppressed",
			Detail: jsonObject(map[string]any{"reason": fmt.Sprintf("rate limit: %d acknowledgements to this sender in the last hour", n)})})
	}
	sev := classify.Severity(t.Severity)
	cadence := pol.UpdateCadenceTxt
	if pol.UpdateEvery > 0 {
		cadence += " until resolved"
	}
	subject, body := mailer.Ack(mailer.AckData{Tag: g.tag(t.ID), Subject: t.Subject,
		CustomerName: msg.From.Name, Severity: sev.String(), SeverityName: escalation.SeverityName(sev),
		AckWithin: escalation.HumanDuration(pol.AckWithin), UpdateCadence: cadence, Contact: g.cfg.Gateway.Contact,
		OfferCall:   pol.CustomerCall == escalation.Required,
		TeamAlerted: pol.NotifyTeam == escalation.Required && len(g.cfg.Gateway.Team) > 0, Signature: g.cfg.Gateway.Signature})
	m := &schema.OutboxMail{TicketID: &t.ID, Kind: "ack", ToAddrs: t.CustomerAddr, Subject: subject, Body: body,
		InReplyTo: msg.MessageID, Refs: strings.Join(mailer.References(msg.References, msg.MessageID), " "),
		Headers: jsonObject(map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
			intake.LoopHeader: g.cfg.Gateway.Domain}), CreatedAt: now}
	if err := g.enqueue(ctx, x, m, 1); err != nil {
		return false, err
	}
	g.Stats.AcksQueued.Add(1)
	return true, x.AddEvent(ctx, schema.Event{TicketID: t.ID, At: now, Kind: "ack_queued",
		Detail: jsonObject(map[string]any{"message_id": m.MessageID, "due": t.AckDueAt})})
}

func (g *Gateway) queueNotice(ctx context.Context, x *schema.Tx, t *schema.Ticket, msg *intake.Message, res classify.Result, pol escalation.Policy, now time.Time) error {
	sev := classify.Severity(t.Severity)
	var ev []string
	for _, e := range res.Evidence {
		ev = append(ev, e.String())
	}
	subject, body := mailer.Notice(mailer.NoticeData{Tag: g.tag(t.ID), Subject: t.Subject,
		Customer: formatAddr(msg.From), Severity: sev.String(), SeverityName: escalation.SeverityName(sev),
		Score: res.Score, ConfidencePct: res.Confidence * 100, AckDue: t.AckDueAt.UTC().Format("2006-01-02 15:04 MST"),
		UpdateCadence: pol.UpdateCadenceTxt, Checklist: pol.Checklist(), Evidence: ev, Text: newText(msg)})
	var to []string
	for _, a := range g.cfg.Gateway.Team {
		to = append(to, addrOnly(a))
	}
	m := &schema.OutboxMail{TicketID: &t.ID, Kind: "notice", ToAddrs: strings.Join(to, ","), Subject: subject,
		Body: body, Refs: msg.MessageID, Headers: jsonObject(map[string]string{intake.LoopHeader: g.cfg.Gateway.Domain}),
		CreatedAt: now}
	if err := g.enqueue(ctx, x, m, 1); err != nil {
		return err
	}
	return x.AddEvent(ctx, schema.Event{TicketID: t.ID, At: now, Kind: "team_notified",
		Detail: jsonObject(map[string]any{"to": to, "message_id": m.MessageID})})
}

// enqueue fills the sender and the deterministic Message-ID of the n-th
// mail of its kind and queues it.
func (g *Gateway) enqueue(ctx context.Context, x *schema.Tx, m *schema.OutboxMail, n int) error {
	m.FromAddr, m.FromName = addrOnly(g.cfg.Gateway.Address), g.cfg.Gateway.Name
	m.MessageID = escalation.MessageID(g.secret, g.cfg.Gateway.Domain, *m.TicketID, m.Kind, n)
	queued, err := x.Enqueue(ctx, m)
	if err != nil || !queued {
		return err
	}
	// The thread's record holds our mail too, so a reply threads by it
	// even if the Message-ID secret is rotated.
	_, err = x.InsertMessage(ctx, &schema.Message{TicketID: m.TicketID, Direction: "out", MessageID: m.MessageID,
		InReplyTo: m.InReplyTo, Refs: m.Refs, FromAddr: m.FromAddr, FromName: m.FromName, ToAddrs: m.ToAddrs,
		Subject: m.Subject, Body: m.Body, ReceivedAt: m.CreatedAt})
	return err
}

func (g *Gateway) tag(id int64) string { return fmt.Sprintf("%s-%d", g.cfg.Gateway.TicketPrefix, id) }

// newText is what a new ticket is judged on: the visible text and, for a
// forward with a comment ("see below"), the forwarded mail's text.
func newText(m *intake.Message) string {
	switch {
	case m.Visible == "":
		return m.Text // nothing visible was found new: judge what there is
	case m.Forwarded == "":
		return m.Visible
	}
	return m.Visible + "\n\n" + m.Forwarded
}

// customerAddr is where the customer wants answers: Reply-To when given.
func customerAddr(m *intake.Message) string {
	if len(m.ReplyTo) > 0 && m.ReplyTo[0].Addr != "" {
		return strings.ToLower(m.ReplyTo[0].Addr)
	}
	return strings.ToLower(m.From.Addr)
}

// addrOnly returns the bare lower-case address of "Name <addr>" or "addr".
func addrOnly(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(s))
}

func joinAddrs(as []intake.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = strings.ToLower(a.Addr)
	}
	return strings.Join(s, ",")
}

func jsonObject(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "{}"
	}
	return string(b)
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
