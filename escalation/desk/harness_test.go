package desk

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// harness is a Desk on a real store, fed mail directly (no IMAP) in
// simulated time.
type harness struct {
	*Desk
	t     *testing.T
	store *schema.Store
	now   time.Time
	uid   uint32
}

var clock0 = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

func testConfig() Config {
	return Config{Name: "Acme Support", Address: "support@acme.example", Domain: "acme.example", Secret: []byte("k"),
		Prefix: "ESC", Contact: "Dana Reyes <dana@acme.example>", Signature: "Acme Support",
		Agents: Agents{Addresses: []string{"dana@acme.example", "@ops.acme.example"}, Auth: AuthResults,
			Trusted: []string{"mx.acme.example"}},
		HistoryCutoff: time.Hour, RawLimit: 1 << 20, Own: []string{"support@acme.example"}}
}

func newHarness(t *testing.T, s *schema.Store, edit ...func(*Config)) *harness {
	t.Helper()
	cfg := testConfig()
	for _, e := range edit {
		e(&cfg)
	}
	h := &harness{t: t, store: s, now: clock0}
	var err error
	h.Desk, err = New(context.Background(), cfg, s, classify.Default(), escalation.DefaultProtocol(),
		func() time.Time { return h.now }, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func withTeam(c *Config) { c.Team = []string{"lead@acme.example", "csm@acme.example"} }

// rawMail builds a raw message; headers are "Name: value" lines.
func rawMail(from, subject, body string, headers ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: support@acme.example\r\nSubject: %s\r\nDate: Thu, 26 Nov 2026 09:00:00 +0000\r\n", from, subject)
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n" + strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
	return []byte(b.String())
}

// vouched is the Authentication-Results header of the trusted receiving
// server for a mail signed by acme.example.
const vouched = "Authentication-Results: mx.acme.example; dkim=pass header.d=acme.example; spf=pass smtp.mailfrom=acme.example; dmarc=pass header.from=acme.example"

// feed hands raw to the desk as the next mail of mailbox "support".
func (h *harness) feed(raw []byte) { h.t.Helper(); h.feedTo("support", raw, false) }

func (h *harness) feedTo(mailbox string, raw []byte, initial bool) {
	h.t.Helper()
	h.uid++
	f := intake.Fetched{Mailbox: mailbox, UIDValidity: 1, UID: h.uid, Raw: raw, InternalDate: h.now, Initial: initial}
	if err := h.Handle(context.Background(), f); err != nil {
		h.t.Fatalf("Handle(uid %d): %v", h.uid, err)
	}
}

func (h *harness) count(query string, args ...any) int {
	h.t.Helper()
	var n int
	if err := h.store.DB().Get(&n, h.store.DB().Rebind(query), args...); err != nil {
		h.t.Fatal(err)
	}
	return n
}

func (h *harness) tickets() int { return h.count(`SELECT COUNT(*) FROM tickets`) }
func (h *harness) acks() int    { return h.count(`SELECT COUNT(*) FROM outbox WHERE kind = 'ack'`) }
func (h *harness) sent(kind escalation.MailKind) int {
	return h.count(`SELECT COUNT(*) FROM outbox WHERE kind = ?`, string(kind))
}
func (h *harness) events(kind escalation.EventKind) int {
	return h.count(`SELECT COUNT(*) FROM events WHERE kind = ?`, string(kind))
}
func (h *harness) ticketOf(messageID string) int {
	return h.count(`SELECT COALESCE(MAX(ticket_id), 0) FROM messages WHERE message_id = ?`, messageID)
}

// outbox returns the last queued mail of kind.
func (h *harness) outbox(kind escalation.MailKind) schema.OutboxMail {
	h.t.Helper()
	all, err := h.store.Outbox(context.Background(), 0)
	if err != nil {
		h.t.Fatal(err)
	}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].Kind == kind {
			return all[i]
		}
	}
	h.t.Fatalf("no %s mail in the outbox", kind)
	return schema.OutboxMail{}
}

// ackID is the Message-ID of ticket id's receipt.
func (h *harness) ackID(id int64) string {
	h.t.Helper()
	var mid string
	if err := h.store.DB().Get(&mid, h.store.DB().Rebind(`SELECT message_id FROM outbox WHERE ticket_id = ? AND kind = 'ack'`), id); err != nil {
		h.t.Fatal(err)
	}
	return mid
}

func (h *harness) ticket(id int64) *escalation.Ticket {
	h.t.Helper()
	row, err := h.store.Ticket(context.Background(), id)
	if err != nil {
		h.t.Fatal(err)
	}
	t, err := FromRow(row)
	if err != nil {
		h.t.Fatal(err)
	}
	return t
}
