package mailer

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Sent is a delivered mail to record: its outbox row and when the server
// accepted it.
type Sent struct {
	ID int64
	At time.Time
	// Via is the Message-ID of the mail that carried this row when it
	// is not the row's own (Queued.Also: a digest).
	Via string
}

// marker records the deliverer's accepted mails in groups: the marks
// that come in while one write is out go together in the next one, a
// single transaction for many rows (a group commit), so that in a burst
// a commit's flush or a turn of SQLite's write lock serves many mails
// instead of one. A connection goes on sending while its mails' marks
// wait, up to Deliverer.Unmarked marks waiting in all: that many mails,
// besides those on the wire, are in the window in which a crash sends a
// mail twice (README, invariant 2).
type marker struct {
	mu       sync.Mutex
	room     *sync.Cond // a write finished: fewer marks wait
	pending  []mark
	unmarked int // pending and in the write that is out
	writing  bool
}

// mark is one accepted mail waiting for its record; done gets the
// outcome of recording it.
type mark struct {
	q    Queued
	at   time.Time
	done func(error)
}

// log is the logger of k's delivery (mailLog and its recipients), made
// only when something is logged: a burst marks thousands of mails.
func (k mark) log(d *Deliverer) *slog.Logger { return d.mailLog(k.q).With("to", k.q.Mail.To) }

func newMarker() *marker {
	m := &marker{}
	m.room = sync.NewCond(&m.mu)
	return m
}

// add queues k for the next write, waiting while limit marks are
// unwritten already, and starts a writer when none is out.
func (m *marker) add(ctx context.Context, d *Deliverer, k mark) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for m.unmarked >= d.Unmarked {
		m.room.Wait()
	}
	m.pending = append(m.pending, k)
	m.unmarked++
	if !m.writing {
		m.writing = true
		go m.write(ctx, d)
	}
}

// write records the waiting marks a group at a time until none is left.
// A group whose write fails is recorded again mail by mail, each retried
// on its own (record): one mail's failure never holds the others, and
// only the mark is retried, never the mail.
func (m *marker) write(ctx context.Context, d *Deliverer) {
	for {
		m.mu.Lock()
		group := m.pending
		m.pending = nil
		if len(group) == 0 {
			m.writing = false
			m.mu.Unlock()
			return
		}
		m.mu.Unlock()
		marks := make([]Sent, 0, len(group))
		for _, k := range group {
			marks = append(marks, k.q.sent(k.at)...)
		}
		qctx, cancel := context.WithTimeout(ctx, dbTimeout)
		err := d.Queue.Sent(qctx, marks)
		cancel()
		if err != nil {
			d.Log.Warn("recording deliveries failed; recording each alone", "mails", len(group), "err", err)
		}
		for _, k := range group {
			if err != nil {
				// A digest's rows together: all or none.
				k.done(d.record(ctx, k.log(d), "sent", func(ctx context.Context) error { return d.Queue.Sent(ctx, k.q.sent(k.at)) }))
				continue
			}
			if d.Log.Enabled(ctx, slog.LevelInfo) {
				attrs := []slog.Attr{slog.Int64("outbox", k.q.ID), slog.String("message_id", k.q.Mail.MessageID),
					slog.Int("attempt", k.q.Attempts), slog.Any("to", k.q.Mail.To)}
				if len(k.q.Also) > 0 {
					attrs = append(attrs, slog.Int("rows", 1+len(k.q.Also))) // a digest
				}
				d.Log.LogAttrs(ctx, slog.LevelInfo, "mail sent", attrs...)
			}
			k.done(nil)
		}
		m.mu.Lock()
		m.unmarked -= len(group)
		m.room.Broadcast()
		m.mu.Unlock()
	}
}
