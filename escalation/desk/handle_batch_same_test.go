package desk

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// A batch leaves the database exactly as one-by-one handling of the same
// mails does, row for row: what a batch reads once (the open incidents,
// the recent P1/P2 tickets, the senders' recent receipts) and the writes
// it defers to the end are kept true by its own writes. The burst has
// like P1 reports (each one's team notice counts the earlier ones), a
// sender past the receipt limit, a duplicate, a reply inside the batch
// (a ticket changed mid-batch) and a mail the server could not produce.
func TestHandleBatchSameRowsAsOneByOne(t *testing.T) {
	var fs []intake.Fetched
	add := func(raw []byte, err error) {
		fs = append(fs, intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: uint32(len(fs) + 1), Raw: raw, FetchErr: err})
	}
	outage := func(who string, n int) []byte {
		return rawMail(fmt.Sprintf("%s <%s@%s.example>", who, who, who), "Outage: nobody can log in",
			"Production is down, nobody can log in since 9:00.", fmt.Sprintf("Message-ID: <%s%d@x.example>", who, n))
	}
	add(outage("ann", 1), nil)
	add(outage("bob", 1), nil)
	add(rawMail("Cy <cy@c.example>", "Export", "How do I export invoices?", "Message-ID: <c1@x.example>"), nil)
	for i := range 7 { // past the receipts a sender gets an hour
		add(rawMail("Eve <eve@e.example>", fmt.Sprintf("Question %d", i), "Where is the invoice list?",
			fmt.Sprintf("Message-ID: <e%d@x.example>", i)), nil)
	}
	add(outage("ann", 1), nil) // the same Message-ID again
	add(nil, fmt.Errorf("server said NO"))
	add(rawMail("Ann <ann@ann.example>", "Re: Outage: nobody can log in", "Still down, please hurry.",
		"Message-ID: <ann2@x.example>", "In-Reply-To: <ann1@x.example>"), nil)
	add(outage("dan", 1), nil)
	add(outage("fay", 1), nil)

	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			ctx := context.Background()
			one, batch := newHarness(t, schematest.Open(t, d), withTeam), newHarness(t, schematest.Open(t, d), withTeam)
			chunks := newHarness(t, schematest.Open(t, d), withTeam)
			for _, f := range fs {
				f.InternalDate = one.now
				if err := one.Handle(ctx, f); err != nil {
					t.Fatal(err)
				}
			}
			in := make([]intake.Fetched, len(fs))
			for i, f := range fs {
				f.InternalDate = batch.now
				in[i] = f
			}
			if err := batch.HandleBatch(ctx, in); err != nil {
				t.Fatal(err)
			}
			// In batches of three: the recent tickets a batch leaves are
			// the next one's (memo.go, keptRecent).
			for i := 0; i < len(in); i += 3 {
				if err := chunks.HandleBatch(ctx, in[i:min(i+3, len(in))]); err != nil {
					t.Fatal(err)
				}
			}
			want := dump(t, one.store)
			for how, got := range map[string]map[string][]string{"a batch": dump(t, batch.store), "batches of 3": dump(t, chunks.store)} {
				sameRows(t, how, got, want)
			}
			grouped := 0
			for _, o := range want["outbox"] {
				if strings.Contains(o, "Looks like ESC-1: ") {
					grouped++
				}
			}
			eve := one.count(`SELECT COUNT(*) FROM outbox WHERE kind = 'ack' AND to_addrs = 'eve@e.example'`)
			if grouped != 3 || eve != 5 || one.Stats.Duplicates.Load() != 1 || one.Stats.Quarantined.Load() != 1 {
				t.Errorf("one by one: %d notices grouped with ESC-1, %d receipts to eve, %d duplicates, %d quarantined; "+
					"want 3, 5, 1, 1: the burst is not the one meant", grouped, eve, one.Stats.Duplicates.Load(), one.Stats.Quarantined.Load())
			}
			for _, s := range []struct {
				name     string
				one, got int64
			}{{"received", one.Stats.Received.Load(), batch.Stats.Received.Load()},
				{"duplicates", one.Stats.Duplicates.Load(), batch.Stats.Duplicates.Load()},
				{"quarantined", one.Stats.Quarantined.Load(), batch.Stats.Quarantined.Load()},
				{"opened", one.Stats.Opened.Load(), batch.Stats.Opened.Load()},
				{"acks queued", one.Stats.AcksQueued.Load(), batch.Stats.AcksQueued.Load()}} {
				if s.one != s.got {
					t.Errorf("stats %s: batch %d, one by one %d", s.name, s.got, s.one)
				}
			}
		})
	}
}

// sameRows reports the first row of each table where got, after how,
// differs from want, one by one.
func sameRows(t *testing.T, how string, got, want map[string][]string) {
	t.Helper()
	for table := range want {
		if reflect.DeepEqual(got[table], want[table]) {
			continue
		}
		for i := range max(len(got[table]), len(want[table])) {
			var g, w string
			if i < len(got[table]) {
				g = got[table][i]
			}
			if i < len(want[table]) {
				w = want[table][i]
			}
			if g != w {
				t.Errorf("%s row %d after %s:\n%s\nwant (one by one):\n%s", table, i, how, g, w)
				break
			}
		}
	}
}

var ownID = regexp.MustCompile(`esc\.[a-z0-9]+\.([0-9]+)\.([a-z]+)\.([0-9]+)\.[a-z0-9]+@`)

// dump reads every row a decision writes, in an order that does not
// depend on when a row was written but on what it is.
func dump(t *testing.T, s *schema.Store) map[string][]string {
	t.Helper()
	queries := map[string]string{
		"tickets": `SELECT id, subject, customer_addr, severity, status, incident, incident_id, evidence, policy,
			ack_due_at, due_at FROM tickets ORDER BY id`,
		"outbox": `SELECT ticket_id, kind, message_id, to_addrs, subject, body, in_reply_to, refs, headers, status
			FROM outbox ORDER BY id`,
		"events":       `SELECT ticket_id, kind, actor, detail FROM events ORDER BY id`,
		"participants": `SELECT ticket_id, addr, role FROM participants ORDER BY ticket_id, addr`,
		"messages": `SELECT message_id, direction, ticket_id, in_reply_to, refs, from_addr, to_addrs, subject, body, uid
			FROM messages ORDER BY message_id`,
		"quarantine": `SELECT uid, reason FROM quarantine ORDER BY uid`,
	}
	out := map[string][]string{}
	for table, q := range queries {
		rows, err := s.DB().Queryx(q)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		for rows.Next() {
			vals, err := rows.SliceScan()
			if err != nil {
				t.Fatalf("%s: %v", table, err)
			}
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					vals[i] = string(b)
				}
			}
			// Our Message-IDs carry the store's random installation and
			// their signature, and number the mail they answer by its row (a
			// batch stores its mails first): the rest of them must agree.
			row := ownID.ReplaceAllString(fmt.Sprint(vals...), "esc.INST.$1.$2.N.SIG@")
			out[table] = append(out[table], row)
		}
		rows.Close()
	}
	return out
}

// A batch takes the recent P1/P2 tickets the last one left only while
// no other transaction changed a ticket: once the first two outage
// tickets are resolved outside the desk, the next like report is not
// grouped with them.
func TestHandleBatchSeesTicketsChangedBetween(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		h := newHarness(t, s, withTeam)
		uid := uint32(0)
		batch := func(who ...string) {
			t.Helper()
			var fs []intake.Fetched
			for _, w := range who {
				uid++
				raw := rawMail(fmt.Sprintf("%s <%s@%s.example>", w, w, w), "Outage: nobody can log in",
					"Production is down, nobody can log in since 9:00.", fmt.Sprintf("Message-ID: <%s@x.example>", w))
				fs = append(fs, intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: uid, Raw: raw, InternalDate: h.now})
			}
			if err := h.HandleBatch(ctx, fs); err != nil {
				t.Fatal(err)
			}
		}
		batch("ann", "bob")
		batch("cy") // the recent tickets as the first batch left them
		if n := h.outbox(escalation.MailNotice); !strings.Contains(n.Body, "Looks like ESC-1: ") {
			t.Fatalf("cy's notice does not group with ESC-1:\n%s", n.Body)
		}
		err := s.InTx(ctx, func(x *schema.Tx) error {
			for _, id := range []int64{1, 2} {
				tk, err := x.Ticket(ctx, id)
				if err != nil {
					return err
				}
				tk.Status = escalation.Resolved
				if err := x.UpdateTicket(ctx, tk); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		batch("dan")
		if n := h.outbox(escalation.MailNotice); !strings.Contains(n.Body, "Looks like ESC-3: 2 tickets ") {
			t.Errorf("dan's notice, after ESC-1 and ESC-2 were resolved:\n%s\nwant it grouped with ESC-3 alone", n.Body)
		}
	})
}
