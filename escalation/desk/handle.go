package desk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// Cursor implements intake.Handler.
func (d *Desk) Cursor(ctx context.Context, mailbox string) (uint32, uint32, error) {
	c, err := d.store.Cursor(ctx, mailbox)
	return c.UIDValidity, c.LastUID, err
}

// Handle implements intake.Handler: parse, decide and commit one mail.
func (d *Desk) Handle(ctx context.Context, f intake.Fetched) error {
	d.Stats.Received.Add(1)
	log := d.log.With("mailbox", f.Mailbox, "uid", f.UID)
	if f.FetchErr != nil {
		return d.quarantine(ctx, f, f.FetchErr.Error(), log)
	}
	queued, err := d.process(ctx, f, log)
	var bad *badMailError
	if errors.As(err, &bad) {
		return d.quarantine(ctx, f, bad.reason, log)
	}
	if err != nil {
		return d.failed(ctx, f, err, log)
	}
	d.stuck.forget(f)
	if d.Committed != nil {
		d.Committed(f, time.Now())
	}
	if queued && d.Kick != nil {
		d.Kick()
	}
	return nil
}

// badMailError is a mail that cannot be processed at all, now or later:
// it is quarantined so that it never blocks the mail after it.
type badMailError struct{ reason string }

func (e *badMailError) Error() string { return e.reason }

// process parses f and commits its plan. A panic while parsing,
// classifying or deciding one mail is that mail's fault: it becomes a
// badMailError (the transaction rolls back) instead of a crash loop.
func (d *Desk) process(ctx context.Context, f intake.Fetched, log *slog.Logger) (queued bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("panic while processing mail", "panic", r, "stack", string(debug.Stack()))
			err = &badMailError{reason: fmt.Sprintf("internal error (panic): %v", r)}
		}
	}()
	msg, err := d.parse(f)
	if err != nil {
		return false, &badMailError{reason: err.Error()}
	}
	err = d.store.InTx(ctx, func(x *schema.Tx) error {
		var err error
		if queued, err = d.decide(ctx, x, f, msg); err != nil {
			return err
		}
		if d.failCommit != nil {
			if err := d.failCommit(f); err != nil {
				return err
			}
		}
		return x.AdvanceCursor(ctx, schema.Cursor{Mailbox: f.Mailbox, UIDValidity: f.UIDValidity, LastUID: f.UID}, d.now())
	})
	return queued, err
}

// parse is f parsed: as the poller parsed it while reading it, else
// from its bytes; the error is the quarantine reason.
func (d *Desk) parse(f intake.Fetched) (*intake.Message, error) {
	msg, err := f.Message, f.ParseErr
	if msg == nil && err == nil {
		msg, err = intake.Parse(f.Raw, intake.ParseOptions{OwnAddresses: d.cfg.Own})
	}
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if f.Truncated {
		msg.Warnings = append(msg.Warnings, fmt.Sprintf("mail of %d bytes read truncated", f.Size))
	}
	return msg, nil
}

func (d *Desk) quarantine(ctx context.Context, f intake.Fetched, reason string, log *slog.Logger) error {
	err := d.store.InTx(ctx, func(x *schema.Tx) error {
		if err := d.quarantineIn(ctx, x, f, reason); err != nil {
			return err
		}
		return x.AdvanceCursor(ctx, schema.Cursor{Mailbox: f.Mailbox, UIDValidity: f.UIDValidity, LastUID: f.UID}, d.now())
	})
	if err == nil {
		d.Stats.Quarantined.Add(1)
		log.Warn("mail quarantined", "reason", reason, "size", len(f.Raw))
	}
	return err
}

// quarantineIn keeps f in quarantine inside x, its raw bytes up to
// RawLimit with its real size.
func (d *Desk) quarantineIn(ctx context.Context, x *schema.Tx, f intake.Fetched, reason string) error {
	q := schema.Quarantined{Mailbox: f.Mailbox, UIDValidity: int64(f.UIDValidity), UID: int64(f.UID),
		Reason: reason, Raw: d.keptRaw(f), RawSize: rawSize(f), At: d.now()}
	return x.Quarantine(ctx, q)
}

// decide stores msg, asks escalation.Decide and commits the plan, all
// inside x. It reports whether outgoing mail was queued.
func (d *Desk) decide(ctx context.Context, x *schema.Tx, f intake.Fetched, msg *intake.Message) (bool, error) {
	now := d.now()
	row := d.messageRow(f, msg, now)
	inserted, err := x.InsertMessage(ctx, row)
	if err != nil {
		return false, err
	}
	return d.decideStored(ctx, x, f, msg, row, inserted, now, d.newMemo())
}

// decideStored is decide once msg's row is stored (inserted) or found
// already stored (not inserted: a mail read again, nothing to do); m is
// the transaction's memo.
func (d *Desk) decideStored(ctx context.Context, x *schema.Tx, f intake.Fetched, msg *intake.Message, row *schema.Message,
	inserted bool, now time.Time, m *memo) (bool, error) {
	if !inserted {
		d.Stats.Duplicates.Add(1)
		d.logMail(ctx, slog.LevelInfo, f, "mail already stored", slog.String("message_id", msg.MessageID))
		return false, nil
	}
	in, t, err := d.inbound(ctx, x, f, msg, m)
	if err != nil {
		return false, err
	}
	plan := d.Decide(in, t, now)
	if d.log.Enabled(ctx, slog.LevelInfo) {
		d.logMail(ctx, slog.LevelInfo, f, "mail decided", slog.String("message_id", msg.MessageID),
			slog.String("reason", plan.Reason), slog.String("automatic", string(msg.Auto)),
			slog.Any("events", plan.Kinds()), slog.Any("mails", plan.Sends()))
	}
	return d.commit(ctx, x, plan, cause{in: in, row: row, mailbox: f.Mailbox, memo: m}, now)
}

// logMail logs one line about mail f, its mailbox and UID first, as a
// logger made With them would, without making one for every mail of a
// burst.
func (d *Desk) logMail(ctx context.Context, level slog.Level, f intake.Fetched, msg string, attrs ...slog.Attr) {
	if !d.log.Enabled(ctx, level) {
		return
	}
	d.log.LogAttrs(ctx, level, msg, append([]slog.Attr{slog.String("mailbox", f.Mailbox), slog.Any("uid", f.UID)}, attrs...)...)
}

func (d *Desk) messageRow(f intake.Fetched, msg *intake.Message, now time.Time) *schema.Message {
	uv, uid := int64(f.UIDValidity), int64(f.UID)
	mailbox := f.Mailbox
	row := &schema.Message{Direction: "in", MessageID: msg.MessageID,
		InReplyTo: strings.Join(msg.InReplyTo, " "), Refs: strings.Join(msg.References, " "),
		FromAddr: strings.ToLower(msg.From.Addr), FromName: msg.From.Name, ToAddrs: joinAddrs(msg.To),
		Subject: msg.Subject, Body: msg.Visible, AutoKind: string(msg.Auto),
		Warnings: strings.Join(msg.Warnings, "\n"), Mailbox: &mailbox, UIDValidity: &uv, UID: &uid,
		RawSize: rawSize(f), ReceivedAt: now}
	row.Raw = d.keptRaw(f)
	return row
}

func joinAddrs(as []intake.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = strings.ToLower(a.Addr)
	}
	return strings.Join(s, ",")
}

// keptRaw is what is kept of the mail's bytes for audit: up to RawLimit,
// the rest cut (the row's raw_size says how much there was).
func (d *Desk) keptRaw(f intake.Fetched) []byte {
	if int64(len(f.Raw)) > d.cfg.RawLimit {
		return f.Raw[:d.cfg.RawLimit]
	}
	return f.Raw
}

// rawSize is the mail's real size: a mail fetched truncated
// (MaxMessageBytes) has its size from the server (RFC822.SIZE).
func rawSize(f intake.Fetched) int64 {
	return max(f.Size, int64(len(f.Raw)))
}

// maxAttempts is how often one mail may fail to commit, for a reason
// that is not the database's absence (schema.IsTransient), before it is
// quarantined: intake retries a failed mail on the same session, so a
// mail that can never be committed (a bug, a value the database refuses)
// would otherwise hold its mailbox for good. A dropped connection or a
// restarting database never counts.
const maxAttempts = 5

// stuckMail counts consecutive failures of one mailbox position.
type stuckMail struct {
	mu    sync.Mutex
	key   string
	count int
}

func stuckKey(f intake.Fetched) string {
	return fmt.Sprintf("%s/%d/%d", f.Mailbox, f.UIDValidity, f.UID)
}

// fail counts a failure of f and returns the consecutive count.
func (s *stuckMail) fail(f intake.Fetched) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k := stuckKey(f); k != s.key {
		s.key, s.count = k, 0
	}
	s.count++
	return s.count
}

func (s *stuckMail) forget(f intake.Fetched) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.key == stuckKey(f) {
		s.key, s.count = "", 0
	}
}

// failed handles a mail whose transaction failed: returned for a retry,
// or quarantined after maxAttempts consecutive failures.
func (d *Desk) failed(ctx context.Context, f intake.Fetched, err error, log *slog.Logger) error {
	if schema.IsTransient(err) {
		return err // the database, not the mail: retried as long as it takes
	}
	n := d.stuck.fail(f)
	if n < maxAttempts || ctx.Err() != nil {
		return err
	}
	log.Error("mail failed to commit repeatedly: quarantined", "attempts", n, "err", err)
	if qerr := d.quarantine(ctx, f, fmt.Sprintf("could not be committed after %d attempts: %v", n, err), log); qerr != nil {
		return errors.Join(err, qerr)
	}
	d.stuck.forget(f)
	return nil
}
