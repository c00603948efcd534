package desk

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// Clocks is the loop that makes the protocol's clocks act: it waits on
// the context, a kick and a timer to the next due ticket (tickets.due_at),
// claims each due ticket in its own transaction, asks escalation.Tick for
// a Plan and commits it through the same path as a mail's, so a crash
// between the tick and its commit loses and doubles nothing.
type Clocks struct {
	desk *Desk
	log  *slog.Logger
	kick chan struct{}
	// Idle bounds the wait: another process may change tickets. Default 1
	// minute.
	Idle time.Duration
	// Batch bounds the tickets one pass ticks before it looks at the
	// context again. Default 100.
	Batch int
	// Ticked, when set, is told after each ticket's transaction commits
	// (tests).
	Ticked func(ticketID int64, plan escalation.Plan)

	// crash, when set, runs after the plan is written and before the
	// transaction commits; an error rolls it back (tests kill there).
	crash func(ticketID int64) error
}

// Clocks returns the desk's clock loop.
func (d *Desk) Clocks() *Clocks {
	return &Clocks{desk: d, log: d.log.With("part", "clocks"), kick: make(chan struct{}, 1), Idle: time.Minute, Batch: 100}
}

// Kick wakes the loop: a ticket changed.
func (c *Clocks) Kick() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// Run ticks due tickets until ctx ends. A tick in flight finishes: its
// transaction commits or rolls back as a whole.
func (c *Clocks) Run(ctx context.Context) error {
	for {
		_, err := c.TickDue(ctx)
		if err != nil && ctx.Err() == nil {
			c.log.Error("clock tick", "err", err)
		}
		wait := c.Idle
		if due, ok, derr := c.desk.store.NextTicketDue(ctx); err == nil && derr == nil && ok {
			// After a failure, the idle wait: the failed ticket is still due.
			wait = min(max(due.Sub(c.desk.now()), 0), c.Idle)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-c.kick:
		case <-t.C:
		}
		t.Stop()
	}
}

// TickDue ticks every ticket due now, each in its own transaction, and
// returns how many it ticked.
func (c *Clocks) TickDue(ctx context.Context) (int, error) {
	n := 0
	for n < c.Batch && ctx.Err() == nil {
		ok, err := c.tickOne(ctx)
		if err != nil || !ok {
			return n, err
		}
		n++
	}
	return n, nil
}

// tickOne claims the ticket due earliest, ticks it and commits the plan;
// false when none is due.
func (c *Clocks) tickOne(ctx context.Context) (bool, error) {
	d := c.desk
	now := d.now()
	var plan escalation.Plan
	var id int64
	var queued bool
	err := d.store.InTx(ctx, func(x *schema.Tx) error {
		row, err := x.ClaimDueTicket(ctx, now)
		if err != nil || row == nil {
			return err
		}
		id = row.ID
		t, err := FromRow(row)
		if err != nil {
			return &badTicketError{id: row.ID, err: err}
		}
		plan = escalation.Tick(d.protocol, t, now)
		// Always written: due_at moves on even when nothing happened.
		plan.Changed = true
		if queued, err = d.commit(ctx, x, plan, cause{}, now); err != nil || c.crash == nil {
			return err
		}
		return c.crash(id)
	})
	var bad *badTicketError
	if errors.As(err, &bad) {
		// A ticket that cannot be read must not block the others.
		c.log.Error("ticket unreadable: its clocks stop", "ticket", bad.id, "err", bad.err)
		return true, d.store.InTx(ctx, func(x *schema.Tx) error { return x.StopClocks(ctx, bad.id) })
	}
	if err != nil || id == 0 {
		return false, err
	}
	if len(plan.Events) > 0 {
		c.log.Info("clock ticked", "ticket", d.tag(id), "events", plan.Kinds(), "mails", plan.Sends())
	}
	if c.Ticked != nil {
		c.Ticked(id, plan)
	}
	if queued && d.Kick != nil {
		d.Kick()
	}
	return true, nil
}

// badTicketError is a stored ticket the clocks cannot read.
type badTicketError struct {
	id  int64
	err error
}

func (e *badTicketError) Error() string { return e.err.Error() }
func (e *badTicketError) Unwrap() error { return e.err }

// Tick applies escalation.Tick to one ticket at now in one transaction
// (escalate's tools and tests move a ticket's clocks by hand).
func (d *Desk) Tick(ctx context.Context, id int64, now time.Time) (escalation.Plan, error) {
	var plan escalation.Plan
	err := d.store.InTx(ctx, func(x *schema.Tx) error {
		t, err := d.load(ctx, x, id)
		if err != nil || t == nil {
			if t == nil && err == nil {
				err = schema.ErrNotFound
			}
			return err
		}
		plan = escalation.Tick(d.protocol, t, now)
		plan.Changed = true
		_, err = d.commit(ctx, x, plan, cause{}, now)
		return err
	})
	return plan, err
}

// mailNumber is the n of a planned mail's Message-ID: the plan's own
// (the clocks number by deadline), else the inbound mail's row.
func mailNumber(m escalation.Mail, c cause) (int64, error) {
	switch {
	case m.N != 0:
		return m.N, nil
	case c.row != nil:
		return c.row.ID, nil
	}
	return 0, errors.New("desk: a mail without cause has no number for its Message-ID")
}
