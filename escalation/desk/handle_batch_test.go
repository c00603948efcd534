package desk

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// A batch commits what one-by-one handling would: a reply inside the
// batch threads to the ticket its parent opened in the same batch, a mail
// the server could not produce is quarantined, the cursor ends at the
// last mail.
func TestHandleBatchMatchesOneByOne(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		ctx := context.Background()
		fs := []intake.Fetched{
			{Raw: rawMail("Ann <ann@a.example>", "Outage", "Nothing works.", "Message-ID: <a1@a.example>")},
			{Raw: rawMail("Bob <bob@b.example>", "Export", "How do I export?", "Message-ID: <b1@b.example>")},
			{FetchErr: fmt.Errorf("server said NO")},
			{Raw: rawMail("Ann <ann@a.example>", "Re: Outage", "Still down.", "Message-ID: <a2@a.example>", "In-Reply-To: <a1@a.example>")},
		}
		var committed []uint32
		h.Committed = func(f intake.Fetched, _ time.Time) { committed = append(committed, f.UID) }
		for i := range fs {
			fs[i].Mailbox, fs[i].UIDValidity, fs[i].UID, fs[i].InternalDate = "support", 1, uint32(i+1), h.now
		}
		if err := h.HandleBatch(ctx, fs); err != nil {
			t.Fatal(err)
		}
		c, _ := s.Cursor(ctx, "support")
		qs, _ := s.QuarantineList(ctx, 10)
		if h.tickets() != 2 || h.acks() != 2 || h.ticketOf("a2@a.example") != h.ticketOf("a1@a.example") ||
			len(qs) != 1 || qs[0].UID != 3 || c.LastUID != 4 || len(committed) != 4 || h.Stats.Received.Load() != 4 {
			t.Errorf("%d tickets, %d acks, a2 in ticket %d (a1 %d), quarantine %+v, cursor %d, committed %v, received %d; "+
				"want 2, 2, a2 with a1, uid 3, 4, [1 2 3 4], 4", h.tickets(), h.acks(), h.ticketOf("a2@a.example"),
				h.ticketOf("a1@a.example"), qs, c.LastUID, committed, h.Stats.Received.Load())
		}
	})
}

// The desk counts as draining a backlog for a second after it commits
// mail that was waiting together, not after a single mail nor after a
// batch that failed.
func TestDrainingUntil(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		ctx := context.Background()
		one := func(uid uint32, from string) intake.Fetched {
			return intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: uid, InternalDate: h.now,
				Raw: rawMail(from, "Outage", "Down.", fmt.Sprintf("Message-ID: <%d@x.example>", uid))}
		}
		if err := h.Handle(ctx, one(1, "Ann <ann@a.example>")); err != nil {
			t.Fatal(err)
		}
		if h.now.Before(h.DrainingUntil()) {
			t.Errorf("after one mail: draining until %v (now %v), want not draining", h.DrainingUntil(), h.now)
		}
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if err := h.HandleBatch(cancelled, []intake.Fetched{one(2, "Bob <bob@b.example>"), one(3, "Cy <cy@c.example>")}); err == nil {
			t.Fatal("HandleBatch on a cancelled context = nil, want an error")
		}
		if h.now.Before(h.DrainingUntil()) {
			t.Errorf("after a failed batch: draining until %v (now %v), want not draining", h.DrainingUntil(), h.now)
		}
		if err := h.HandleBatch(ctx, []intake.Fetched{one(2, "Bob <bob@b.example>"), one(3, "Cy <cy@c.example>")}); err != nil {
			t.Fatal(err)
		}
		if want := h.now.Add(time.Second); !h.DrainingUntil().Equal(want) {
			t.Errorf("after a batch: draining until %v, want %v", h.DrainingUntil(), want)
		}
	})
}

// A batch that fails commits nothing, not even its first mails, and
// leaves the cursor: the poller then goes one by one.
func TestHandleBatchAllOrNothing(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		fs := []intake.Fetched{
			{Mailbox: "support", UIDValidity: 1, UID: 1, Raw: rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>")},
			{Mailbox: "support", UIDValidity: 1, UID: 2, Raw: rawMail("Bob <bob@b.example>", "Outage", "Down.", "Message-ID: <b1@b.example>")},
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := h.HandleBatch(ctx, fs); err == nil {
			t.Fatal("HandleBatch on a cancelled context = nil, want an error")
		}
		c, _ := s.Cursor(context.Background(), "support")
		if h.tickets() != 0 || c.LastUID != 0 || h.Stats.Received.Load() != 0 {
			t.Errorf("after a failed batch: %d tickets, cursor %d, received %d; want 0, 0, 0", h.tickets(), c.LastUID, h.Stats.Received.Load())
		}
	})
}

// A mail larger than RawLimit, fetched truncated, keeps its first
// RawLimit bytes and its real size, and still opens a ticket.
func TestLargeMailRawKeptToLimit(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		raw := rawMail("Ann <ann@a.example>", "Logs attached", "See the attached logs.\n"+strings.Repeat("x", 2<<20),
			"Message-ID: <big@a.example>")
		f := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, Raw: raw, Size: 50 << 20, Truncated: true, InternalDate: h.now}
		if err := h.Handle(context.Background(), f); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Kept int64 `db:"kept"`
			Size int64 `db:"raw_size"`
		}
		if err := s.DB().Get(&got, `SELECT length(raw) AS kept, raw_size FROM messages WHERE message_id = 'big@a.example'`); err != nil {
			t.Fatal(err)
		}
		if got.Kept != 1<<20 || got.Size != 50<<20 || h.tickets() != 1 {
			t.Errorf("raw kept %d bytes of %d, %d tickets; want %d of %d, 1", got.Kept, got.Size, h.tickets(), 1<<20, 50<<20)
		}
	})
}
