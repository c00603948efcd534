package intake

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Lease keeps one poller per mailbox among gateway instances sharing a
// database (README, invariant 8). The holder renews it while it reads;
// when the holder dies the lease runs out and a standby takes it.
type Lease interface {
	// Acquire takes the mailbox's lease, or renews it when this instance
	// holds it, until now+ttl; held is false when another instance holds
	// an unexpired lease.
	Acquire(ctx context.Context, mailbox string, now time.Time, ttl time.Duration) (held bool, err error)
	// Release gives the lease up so that a standby need not wait for it to
	// run out.
	Release(ctx context.Context, mailbox string) error
}

// errStandby ends a Run round in which another instance held the lease.
var errStandby = errors.New("intake: another instance holds the mailbox lease")

// leased runs session while this poller holds the mailbox's lease,
// renewing it every LeaseTTL/3. A renewal that fails (the database is
// unreachable) is tried again at the next tick; once the lease may have
// run out, or another instance took it, the session is stopped, so two
// instances never read one mailbox for longer than the clock skew
// between them.
func (p *Poller) leased(ctx context.Context, session func(context.Context) error) error {
	if p.Lease == nil {
		return session(ctx)
	}
	name := p.cfg.Name
	held, err := p.Lease.Acquire(ctx, name, p.Now(), p.LeaseTTL)
	if err != nil {
		return fmt.Errorf("mailbox lease: %w", err)
	}
	if !held {
		return errStandby
	}
	p.log.Info("mailbox lease taken")
	until := p.Now().Add(p.LeaseTTL)
	sctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(p.LeaseTTL / 3)
		defer t.Stop()
		for {
			select {
			case <-sctx.Done():
				return
			case <-t.C:
			}
			now := p.Now()
			held, err := p.Lease.Acquire(sctx, name, now, p.LeaseTTL)
			switch {
			case err == nil && held:
				until = now.Add(p.LeaseTTL)
			case err == nil:
				cancel(errors.New("intake: mailbox lease taken by another instance"))
				return
			case !now.Add(p.LeaseTTL / 3).Before(until):
				cancel(fmt.Errorf("intake: mailbox lease not renewed: %w", err))
				return
			default:
				p.log.Warn("mailbox lease renewal failed; will retry", "err", err)
			}
		}
	}()
	err = session(sctx)
	cancel(nil)
	<-done
	if cause := context.Cause(sctx); ctx.Err() == nil && cause != nil && !errors.Is(cause, context.Canceled) {
		err = cause
	}
	// Released on the way out, shutdown included, so that a standby takes
	// over at once.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer rcancel()
	if rerr := p.Lease.Release(rctx, name); rerr != nil {
		p.log.Warn("mailbox lease release failed", "err", rerr)
	}
	return err
}
