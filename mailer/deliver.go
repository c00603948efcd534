package mailer

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"time"
)

// Queued is an outbox mail claimed for delivery.
type Queued struct {
	ID       int64
	Attempts int // including the current one
	Mail     Mail
}

// Queue is the outbox as the deliverer needs it (cmd/escalate adapts the
// schema.Store to it).
type Queue interface {
	Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Queued, error)
	Sent(ctx context.Context, id int64, at time.Time) error
	Retry(ctx context.Context, id int64, next time.Time, reason string) error
	Failed(ctx context.Context, id int64, reason string) error
	NextDue(ctx context.Context) (time.Time, bool, error)
}

// Transport sends mail; *Sender is the SMTP one.
type Transport interface {
	Send(ctx context.Context, mails []Mail) []Result
}

// Deliverer moves mail from the outbox to the transport with retries.
type Deliverer struct {
	Queue     Queue
	Transport Transport
	Now       func() time.Time
	Log       *slog.Logger
	// Lease is how long a claimed mail is ours before another worker may
	// take it (longer than the SMTP timeout). Default 5 minutes.
	Lease time.Duration
	// MaxAttempts before a temporarily failing mail is given up. Default 12.
	MaxAttempts int
	// Batch is how many mails one connection carries. Default 20.
	Batch int

	kick chan struct{}
}

// Kick wakes the deliverer: new mail was queued.
func (d *Deliverer) Kick() {
	d.init()
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

func (d *Deliverer) init() {
	if d.kick == nil {
		d.kick = make(chan struct{}, 1)
	}
	if d.Lease == 0 {
		d.Lease = 5 * time.Minute
	}
	if d.MaxAttempts == 0 {
		d.MaxAttempts = 12
	}
	if d.Batch == 0 {
		d.Batch = 20
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
}

// Run delivers until ctx ends, waking on Kick and at the next due time.
func (d *Deliverer) Run(ctx context.Context) error {
	d.init()
	const idle = time.Minute // re-check now and then: another process may queue
	for {
		if _, err := d.DeliverDue(ctx); err != nil && ctx.Err() == nil {
			d.Log.Error("outbox delivery", "err", err)
		}
		wait := idle
		if due, ok, err := d.Queue.NextDue(ctx); err == nil && ok {
			wait = min(max(due.Sub(d.Now()), 0), idle)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-d.kick:
		case <-t.C:
		}
		t.Stop()
	}
}

// DeliverDue sends every due mail once and returns how many were sent.
func (d *Deliverer) DeliverDue(ctx context.Context) (int, error) {
	d.init()
	sent := 0
	for {
		now := d.Now()
		batch, err := d.Queue.Claim(ctx, now, d.Lease, d.Batch)
		if err != nil || len(batch) == 0 {
			return sent, err
		}
		mails := make([]Mail, len(batch))
		for i, q := range batch {
			mails[i] = q.Mail
		}
		// Results are recorded even when shutdown began meanwhile: a mail
		// the server accepted must not be sent again.
		sctx := context.WithoutCancel(ctx)
		for i, r := range d.Transport.Send(ctx, mails) {
			if err := d.settle(sctx, batch[i], r); err != nil {
				return sent, err
			}
			if r.Err == nil {
				sent++
			}
		}
		if len(batch) < d.Batch {
			return sent, nil
		}
	}
}

func (d *Deliverer) settle(ctx context.Context, q Queued, r Result) error {
	now := d.Now()
	log := d.Log.With("outbox", q.ID, "message_id", q.Mail.MessageID, "attempt", q.Attempts)
	switch {
	case r.Err == nil:
		log.Info("mail sent", "to", q.Mail.To)
		return d.Queue.Sent(ctx, q.ID, now)
	case r.Temporary && q.Attempts < d.MaxAttempts:
		next := now.Add(Backoff(q.Attempts, rand.Float64()))
		log.Warn("mail delivery failed; will retry", "err", r.Err, "next", next)
		return d.Queue.Retry(ctx, q.ID, next, r.Err.Error())
	default:
		log.Error("mail delivery failed permanently", "err", r.Err)
		return d.Queue.Failed(ctx, q.ID, r.Err.Error())
	}
}

// Backoff is the wait after the given failed attempt: 30 s doubling per
// attempt (30 s, 1 m, 2 m, 4 m … capped at 1 h), less up to 20 % jitter
// (u in [0,1)) so that a failed batch does not come back all at once.
func Backoff(attempt int, u float64) time.Duration {
	d := 30 * time.Second
	for i := 1; i < attempt && d < time.Hour; i++ {
		d *= 2
	}
	d = min(d, time.Hour)
	return d - time.Duration(float64(d)*0.2*u)
}
