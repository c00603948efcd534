package desk

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// HandleBatch implements intake.BatchHandler: it parses, decides and
// commits every mail of fs in one transaction, with the cursor advanced
// to the last one, so that a burst costs one commit per batch instead of
// one per mail. It is all or nothing: any error (a database error, a
// panic while deciding one mail) rolls the whole batch back and is
// returned, and the poller then hands the same mails to Handle one by
// one, where a bad mail is quarantined on its own. A mail that does not
// parse is quarantined inside the batch.
//
// The poller batches only mail that was already waiting together, so a
// single new mail still takes the one-mail path with no delay.
func (d *Desk) HandleBatch(ctx context.Context, fs []intake.Fetched) error {
	items := make([]batchItem, len(fs))
	for i, f := range fs {
		items[i] = d.parseItem(f)
	}
	var quarantined int
	var m *memo
	err := d.store.InTx(ctx, func(x *schema.Tx) error {
		quarantined = 0
		m = d.newBatchMemo()
		if err := m.start(ctx, x); err != nil {
			return err
		}
		if err := d.storeBatch(ctx, x, items); err != nil {
			return fmt.Errorf("desk: batch of %d: %w", len(items), err)
		}
		for i := range items {
			it := &items[i]
			if it.bad != "" {
				if err := d.quarantineIn(ctx, x, it.f, it.bad); err != nil {
					return err
				}
				quarantined++
				continue
			}
			var err error
			if it.queued, err = d.decideSafely(ctx, x, it, m); err != nil {
				return fmt.Errorf("desk: batch of %d, uid %d: %w", len(items), it.f.UID, err)
			}
		}
		last := fs[len(fs)-1]
		if err := x.AdvanceCursor(ctx, schema.Cursor{Mailbox: last.Mailbox, UIDValidity: last.UIDValidity, LastUID: last.UID}, d.now()); err != nil {
			return err
		}
		return m.keep(ctx, x)
	})
	if err != nil {
		return err
	}
	m.committed()
	d.Stats.Received.Add(int64(len(fs)))
	if len(fs) > 1 {
		d.lastBatch.Store(d.now().UnixNano())
	}
	d.Stats.Quarantined.Add(int64(quarantined))
	at := time.Now()
	queued := false
	for _, it := range items {
		if it.bad != "" {
			d.log.Warn("mail quarantined", "mailbox", it.f.Mailbox, "uid", it.f.UID, "reason", it.bad, "size", len(it.f.Raw))
		}
		if d.Committed != nil {
			d.Committed(it.f, at)
		}
		queued = queued || it.queued
	}
	if queued && d.Kick != nil {
		d.Kick()
	}
	return nil
}

// storeBatch stores the rows of the batch's mails in one statement, as
// decide would one by one, before any of them is decided, reads the
// recent mail to their senders in another, and on PostgreSQL reserves
// the IDs of the tickets they are likely to open in a third.
func (d *Desk) storeBatch(ctx context.Context, x *schema.Tx, items []batchItem) error {
	var rows []*schema.Message
	var of []*batchItem
	for i := range items {
		it := &items[i]
		if it.bad != "" {
			continue
		}
		it.now = d.now()
		it.row = d.messageRow(it.f, it.msg, it.now)
		rows, of = append(rows, it.row), append(of, it)
	}
	if len(rows) == 0 {
		return nil
	}
	inserted, err := x.InsertMessages(ctx, rows)
	if err != nil {
		return err
	}
	// The senders' recent mail, for the rate limits inbound reads; the
	// IDs of the tickets the mails look like opening.
	var addrs []string
	opening := 0
	for i, it := range of {
		it.inserted = inserted[i]
		if it.inserted {
			addrs = append(addrs, it.msg.From.Addr, customerAddr(it.msg))
			if d.looksNew(it.f, it.msg) {
				opening++
			}
		}
	}
	if err := x.ReserveTicketIDs(ctx, opening); err != nil {
		return err
	}
	return x.ReadOutboxTo(ctx, addrs, []escalation.MailKind{escalation.MailReceipt, escalation.MailUnverified},
		d.now().Add(-time.Hour))
}

// looksNew says whether msg looks like opening a ticket, as inbound and
// Decide will tell: a customer's own mail, in no thread, with no tag.
// A guess too many leaves a gap in the ticket numbers; one too few costs
// a round trip. A mail that makes it panic is no guess (deciding it will
// tell, and the batch goes one by one).
func (d *Desk) looksNew(f intake.Fetched, msg *intake.Message) (opens bool) {
	defer func() {
		if recover() != nil {
			opens = false
		}
	}()
	if msg.Auto != "" || len(msg.ThreadIDs()) > 0 {
		return false
	}
	if _, tagged := d.tags.Ticket(msg.Subject); tagged {
		return false
	}
	if f.Initial && !f.InternalDate.After(d.startedAt.Add(-d.cfg.HistoryCutoff)) {
		return false // history
	}
	agent, _ := d.cfg.Agents.check(msg)
	return agent == escalation.NotAgent
}

// BatchMails implements intake.BatchHandler: the most mails one
// transaction takes, when that many are waiting (the poller batches only
// mail already in the mailbox; a mail that arrives alone is committed
// alone, at once). What a transaction costs besides its mails (its
// commit, the cursor, the recent P1/P2 tickets and open incidents read
// once, each table's rows sent as one statement) is repaid by more
// mails: in BenchmarkHandle the desk's CPU a mail read 1.50–1.59 ms at
// 10 a transaction against 1.08–1.34 at 50 on SQLite, and 0.97–1.09 at
// 50 against 0.84–0.87 at 200 on PostgreSQL (2026-12-07, load 11–19).
// On SQLite a batch holds the database's one write lock while it
// decides, and the outbox's marks wait for it (acknowledgements already
// sent, waiting for their record): fifty, where 200 read no cheaper.
// PostgreSQL's writers do not wait for each other: 200.
func (d *Desk) BatchMails() int {
	if d.store.Dialect() == schema.Postgres {
		return 200
	}
	return 50
}

// batchItem is one mail of a batch: what parsing made of it, or why it
// is quarantined; its stored row.
type batchItem struct {
	f        intake.Fetched
	msg      *intake.Message
	bad      string // quarantine reason
	row      *schema.Message
	inserted bool
	now      time.Time
	queued   bool
}

// parseItem parses f outside the transaction; a mail the server could
// not produce, that does not parse or whose parsing panics is marked
// for quarantine, as Handle would.
func (d *Desk) parseItem(f intake.Fetched) (it batchItem) {
	it.f = f
	if f.FetchErr != nil {
		it.bad = f.FetchErr.Error()
		return it
	}
	defer func() {
		if r := recover(); r != nil {
			d.log.Error("panic while parsing mail", "mailbox", f.Mailbox, "uid", f.UID, "panic", r, "stack", string(debug.Stack()))
			it.msg, it.bad = nil, fmt.Sprintf("internal error (panic): %v", r)
		}
	}()
	msg, err := d.parse(f)
	if err != nil {
		it.bad = err.Error()
		return it
	}
	it.msg = msg
	return it
}

// decideSafely is decide with a panic turned into an error: the batch
// rolls back and the one-by-one path quarantines the mail.
func (d *Desk) decideSafely(ctx context.Context, x *schema.Tx, it *batchItem, m *memo) (queued bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic while deciding: %v", r)
		}
	}()
	return d.decideStored(ctx, x, it.f, it.msg, it.row, it.inserted, it.now, m)
}
