package mailer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"
)

// Queued is an outbox mail claimed for delivery.
type Queued struct {
	ID       int64
	Attempts int // including the current one
	Mail     Mail
	// Reclaimed: an earlier claim's lease ran out with no outcome
	// recorded; the mail may have been accepted already, so this delivery
	// may be a duplicate (counted by Deliverer.Reclaimed).
	Reclaimed bool
	// Also are the other outbox rows this mail carries (a digest of the
	// team's notices): their outcome is the mail's. Each is marked sent
	// only on the mail's 250, all in the same write as ID, with the
	// mail's Message-ID as the one that carried them (Sent.Via).
	Also []int64
}

// ids are the outbox rows q's mail settles: ID and Also.
func (q Queued) ids() []int64 {
	if len(q.Also) == 0 {
		return []int64{q.ID}
	}
	return append([]int64{q.ID}, q.Also...)
}

// sent are the marks of q's mail, accepted at at.
func (q Queued) sent(at time.Time) []Sent {
	if len(q.Also) == 0 {
		return []Sent{{ID: q.ID, At: at}}
	}
	out := make([]Sent, 0, 1+len(q.Also))
	for _, id := range q.ids() {
		out = append(out, Sent{ID: id, At: at, Via: q.Mail.MessageID})
	}
	return out
}

// Queue is the outbox as the deliverer needs it (cmd/escalate adapts the
// schema.Store to it).
type Queue interface {
	Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Queued, error)
	// Renew extends the lease of mails still being delivered.
	Renew(ctx context.Context, ids []int64, until time.Time) error
	// Sent records delivered mails, all or none (marker groups them).
	Sent(ctx context.Context, marks []Sent) error
	// Retry and Failed settle one row; a mail that carries several
	// (Queued.Also) settles each.
	Retry(ctx context.Context, id int64, next time.Time, reason string) error
	Failed(ctx context.Context, id int64, reason string) error
	NextDue(ctx context.Context) (time.Time, bool, error)
}

// Expediter is a Queue that can bring forward the mails waiting for a
// retry. The deliverer calls it when a retried mail goes through: the
// server that refused or could not be reached is back, so the others need
// not wait out their back-off (a 2-minute SMTP outage otherwise costs
// customers another minute or two after it ends).
type Expediter interface {
	Expedite(ctx context.Context, now time.Time) (int, error)
}

// Prober is a Transport that can tell cheaply whether its server takes
// connections again (*Sender connects and reads the greeting). While
// deliveries find the server unreachable, the deliverer probes it every
// ProbeInterval and, when it answers, brings the retries forward
// (Expediter) instead of letting each wait out its back-off.
type Prober interface {
	Probe(ctx context.Context) error
}

// Transport sends mail; *Sender is the SMTP one.
type Transport interface {
	Send(ctx context.Context, mails []Mail) []Result
}

// StreamTransport is a Transport that reports each mail's result as soon
// as the server answered it, so that the mail is marked sent before the
// next one goes out: the window in which a crash duplicates a mail is one
// mail wide, not a batch. done may be called from several goroutines.
type StreamTransport interface {
	Transport
	SendEach(ctx context.Context, mails []Mail, done func(i int, r Result))
}

// Deliverer moves mail from the outbox to the transport with retries.
//
// Exactly once, as far as SMTP allows (README, invariant 2): each mail
// is marked sent once the server accepted it, in the next group of marks
// (marker), while its connection goes on; a mark that fails (the
// database connection was cut) is retried, never the mail; the claim's
// lease is renewed while the batch is out. A mail is sent twice only
// when the process dies or loses the database for longer than the lease
// between the server's 250 and the mark; the second delivery is then
// counted (Reclaimed).
type Deliverer struct {
	Queue     Queue
	Transport Transport
	Now       func() time.Time
	Log       *slog.Logger
	// Lease is how long a claimed mail is ours before another worker may
	// take it; it is renewed every third of it while the mail is being
	// delivered, so it bounds how long a mail whose deliverer died waits.
	// Default 30 seconds.
	Lease time.Duration
	// MaxAttempts before a temporarily failing mail is given up. Default 12.
	MaxAttempts int
	// Batch is how many mails one claim takes. Default 20.
	Batch int
	// Lanes is how many claims are delivered at the same time, each
	// claiming its next batch as soon as it is done with its last: with
	// two, one batch's last mails and the next batch's first go out
	// together, and a transport with several connections never waits for
	// a batch's slowest mail. Default 1.
	Lanes int
	// Unmarked is how many accepted mails may wait for their mark while
	// delivery goes on (marker): more lets more marks share a commit and
	// the connections send on while the database is busy, and widens the
	// window in which a crash duplicates mail. Default 16.
	Unmarked int
	// ProbeInterval is how often an unreachable server is probed (a
	// Prober transport): one connection each time, however many mails
	// wait. Default 2 seconds.
	ProbeInterval time.Duration

	// down: the last batch found the server unreachable and sent nothing;
	// lastProbe is when it was last probed (unix nanoseconds).
	down      atomic.Bool
	lastProbe atomic.Int64
	kick      chan struct{}
	// laneKick wakes a lane of DeliverDue that ran out of mail while
	// another is still sending (Kick signals both).
	laneKick   chan struct{}
	reclaimed  atomic.Int64
	unrecorded atomic.Int64
	// markWait is the pause before the n-th retry of a failed mark.
	markWait func(n int) time.Duration
	marks    *marker
}

// Reclaimed counts deliveries of mail whose earlier attempt ended with no
// recorded outcome: an upper bound on the duplicates this process sent
// (a metric).
func (d *Deliverer) Reclaimed() int64 { return d.reclaimed.Load() }

// Unrecorded counts outcomes that could not be recorded even after
// retries (the database stayed away): each may turn into a Reclaimed
// delivery once its lease runs out.
func (d *Deliverer) Unrecorded() int64 { return d.unrecorded.Load() }

// Kick wakes the deliverer: new mail was queued.
func (d *Deliverer) Kick() {
	d.init()
	for _, c := range []chan struct{}{d.kick, d.laneKick} {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

func (d *Deliverer) init() {
	if d.kick == nil {
		d.kick = make(chan struct{}, 1)
		d.laneKick = make(chan struct{}, 1)
	}
	if d.Lease == 0 {
		d.Lease = 30 * time.Second
	}
	if d.MaxAttempts == 0 {
		d.MaxAttempts = 12
	}
	if d.Batch == 0 {
		d.Batch = 20
	}
	if d.Lanes <= 0 {
		d.Lanes = 1
	}
	if d.Unmarked <= 0 {
		d.Unmarked = 16
	}
	if d.marks == nil {
		d.marks = newMarker()
	}
	if d.ProbeInterval <= 0 {
		d.ProbeInterval = 2 * time.Second
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.markWait == nil {
		d.markWait = markWait
	}
}

// dbTimeout bounds each outbox query, so that a database that accepts
// TCP and then says nothing does not hold the deliverer.
const dbTimeout = 30 * time.Second

// Run delivers until ctx ends, waking on Kick and at the next due time.
func (d *Deliverer) Run(ctx context.Context) error {
	d.init()
	const idle = time.Minute // re-check now and then: another process may queue
	for {
		d.probe(ctx)
		if _, err := d.DeliverDue(ctx); err != nil && ctx.Err() == nil {
			d.Log.Error("outbox delivery", "err", err)
		}
		wait := idle
		qctx, cancel := context.WithTimeout(ctx, dbTimeout)
		if due, ok, err := d.Queue.NextDue(qctx); err == nil && ok {
			wait = min(max(due.Sub(d.Now()), 0), idle)
		}
		cancel()
		if d.probing() {
			wait = min(wait, d.ProbeInterval)
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

// probing reports whether the server is to be probed: the last batch
// found it unreachable and the transport can probe.
func (d *Deliverer) probing() bool {
	_, ok := d.Transport.(Prober)
	return ok && d.down.Load()
}

// probe, while the server is unreachable and at most once per
// ProbeInterval, checks whether it answers again; when it does, the
// mails waiting out their back-off are brought forward (Expediter) and
// the next DeliverDue sends them. A server that stays down gets one
// connection per interval, never one per waiting mail.
func (d *Deliverer) probe(ctx context.Context) {
	d.init()
	now := d.Now()
	if !d.probing() || now.Sub(time.Unix(0, d.lastProbe.Load())) < d.ProbeInterval {
		return
	}
	d.lastProbe.Store(now.UnixNano())
	err := d.Transport.(Prober).Probe(ctx)
	if errors.Is(err, errors.ErrUnsupported) {
		d.down.Store(false) // this transport cannot tell: back-off only
		return
	}
	if err != nil {
		d.Log.Debug("mail server still unreachable", "err", err)
		return
	}
	d.down.Store(false)
	e, ok := d.Queue.(Expediter)
	if !ok {
		return
	}
	n, err := e.Expedite(ctx, now)
	if err != nil {
		d.Log.Warn("bringing retries forward failed", "err", err)
		d.down.Store(true) // probe again, and expedite then
		return
	}
	d.Log.Info("the mail server answers again: retries brought forward", "mails", n)
}

// DeliverDue sends every due mail once and returns how many were sent.
// A mark that could not be recorded does not stop the others; the error
// returned joins such failures.
func (d *Deliverer) DeliverDue(ctx context.Context) (int, error) {
	d.init()
	if d.Lanes == 1 {
		return d.deliverLane(ctx)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		sent int
		errs []error
	)
	g := &laneGroup{busy: d.Lanes, idle: make(chan struct{})}
	for range d.Lanes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n, err := d.deliverLane(ctx)
				mu.Lock()
				sent += n
				errs = append(errs, err)
				mu.Unlock()
				if !g.rest(ctx, d.laneKick) {
					return
				}
			}
		}()
	}
	wg.Wait()
	return sent, errors.Join(errs...)
}

// laneGroup is DeliverDue's lanes. A lane that ran out of mail waits
// for a Kick while another lane is still sending, instead of leaving
// mail committed meanwhile to wait for the busy lane's whole batch: in a
// burst, new acknowledgements go out on the free connections at once.
type laneGroup struct {
	mu   sync.Mutex
	busy int
	idle chan struct{} // closed when no lane is sending
}

// rest reports whether the lane should claim again: a Kick came while
// another lane was still sending. It returns false once every lane has
// run out of mail (a Kick after that wakes Run instead).
func (g *laneGroup) rest(ctx context.Context, kick <-chan struct{}) bool {
	g.mu.Lock()
	if g.busy--; g.busy == 0 {
		close(g.idle)
	}
	g.mu.Unlock()
	select {
	case <-g.idle:
		return false
	case <-ctx.Done():
		return false
	case <-kick:
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.busy == 0 {
		return false
	}
	g.busy++
	return true
}

// deliverLane claims and delivers batches until a claim comes back
// empty (a short claim is not the end: the queue may cap what one claim
// takes of some mail). The lane claims its next batch as soon as the
// server answered every mail of its last, not after their marks are
// written: mail committed meanwhile goes to the connection that is free
// at once, instead of waiting for a group commit of marks. The mails
// whose marks wait stay leased (renewed) until the marks are written,
// so no claim takes them again.
func (d *Deliverer) deliverLane(ctx context.Context) (int, error) {
	sent := 0
	var errs []error
	var marking []*batchMarks
	// collect counts the batches whose marks are written (with wait,
	// every batch once its marks are) and reports whether one brought
	// retries forward: they are due now.
	collect := func(wait bool) (expedited bool) {
		kept := marking[:0]
		for _, m := range marking {
			if !wait && !m.finished() {
				kept = append(kept, m)
				continue
			}
			n, err := m.wait()
			sent += n
			expedited = expedited || m.expedited
			if err != nil {
				errs = append(errs, err)
			}
		}
		clear(marking[len(kept):])
		marking = kept
		return expedited
	}
	for {
		qctx, cancel := context.WithTimeout(ctx, dbTimeout)
		batch, err := d.Queue.Claim(qctx, d.Now(), d.Lease, d.Batch)
		cancel()
		if err != nil || len(batch) == 0 {
			if collect(true) && err == nil {
				continue
			}
			return sent, errors.Join(append(errs, err)...)
		}
		marking = append(marking, d.deliver(ctx, batch))
		collect(false)
	}
}

// batchMarks is a delivered batch whose accepted mails wait for their
// marks: wait returns how many were sent once every outcome is recorded.
type batchMarks struct {
	done      chan struct{}
	sent      int
	err       error
	expedited bool // retries were brought forward (Expediter)
}

func (m *batchMarks) finished() bool {
	select {
	case <-m.done:
		return true
	default:
		return false
	}
}

func (m *batchMarks) wait() (int, error) {
	<-m.done
	return m.sent, m.err
}

// deliver sends one claimed batch, renewing its lease meanwhile, and
// records each result as it comes. It returns once the server answered
// every mail; the returned batchMarks finishes when the accepted mails'
// marks are written too (the lease is renewed until then).
func (d *Deliverer) deliver(ctx context.Context, batch []Queued) *batchMarks {
	mails := make([]Mail, len(batch))
	for i, q := range batch {
		mails[i] = q.Mail
		if q.Reclaimed {
			d.reclaimed.Add(1)
			d.Log.Warn("delivering mail whose earlier attempt has no recorded outcome: may be a duplicate",
				"outbox", q.ID, "message_id", q.Mail.MessageID, "attempt", q.Attempts)
		}
	}
	out := newInFlight(batch)
	stop := d.renew(ctx, out)
	// Results are recorded even when shutdown began meanwhile: a mail
	// the server accepted must not be sent again.
	sctx := context.WithoutCancel(ctx)
	var mu sync.Mutex
	sent := 0
	recovered := false   // a mail that failed before went through now
	unreachable := false // a mail found no connection to the server
	var errs []error
	recorded := func(i int, r Result, err error) {
		out.remove(batch[i])
		mu.Lock()
		defer mu.Unlock()
		unreachable = unreachable || r.Unreachable
		if err != nil {
			errs = append(errs, err)
		} else if r.Err == nil {
			sent++
			recovered = recovered || batch[i].Attempts > 1
		}
	}
	var marking sync.WaitGroup // accepted mails whose mark is not written yet
	accepted := false
	done := func(i int, r Result) {
		if r.Err != nil {
			recorded(i, r, d.settle(sctx, batch[i], r))
			return
		}
		mu.Lock()
		accepted = true
		mu.Unlock()
		marking.Add(1)
		d.marks.add(sctx, d, mark{q: batch[i], at: d.Now(),
			done: func(err error) { recorded(i, r, err); marking.Done() }})
	}
	if st, ok := d.Transport.(StreamTransport); ok {
		st.SendEach(ctx, mails, done)
	} else {
		for i, r := range d.Transport.Send(ctx, mails) {
			done(i, r)
		}
	}
	m := &batchMarks{done: make(chan struct{})}
	finish := func() {
		marking.Wait()
		stop()
		mu.Lock()
		defer mu.Unlock()
		expedited, err := d.afterBatch(sctx, sent, unreachable, recovered)
		m.sent, m.err, m.expedited = sent, errors.Join(append(errs, err)...), expedited
		close(m.done)
	}
	mu.Lock()
	waits := accepted
	mu.Unlock()
	if !waits {
		// Nothing waits for a mark: the outcome (an unreachable server
		// among it) is known before the lane claims again.
		finish()
		return m
	}
	go finish()
	return m
}

// afterBatch tells from a batch's outcomes whether the server is down
// (it is then probed, not tried per mail) and, when a retried mail went
// through, brings the other retries forward (expedited: some are due now).
func (d *Deliverer) afterBatch(ctx context.Context, sent int, unreachable, recovered bool) (expedited bool, err error) {
	switch {
	case sent > 0 || !unreachable:
		d.down.Store(false)
	case !d.down.Swap(true):
		d.lastProbe.Store(d.Now().UnixNano()) // the failed delivery was a probe
		d.Log.Warn("the mail server is unreachable; probing it until it answers", "every", d.ProbeInterval)
	}
	e, ok := d.Queue.(Expediter)
	if !ok || !recovered {
		return false, nil
	}
	n, err := e.Expedite(ctx, d.Now())
	if err != nil || n == 0 {
		return false, err
	}
	d.Log.Info("the mail server is back: retries brought forward", "mails", n)
	d.Kick()
	return true, nil
}

// inFlight is the set of claimed mails whose outcome is not recorded yet.
type inFlight struct {
	mu  sync.Mutex
	ids map[int64]bool
}

func newInFlight(batch []Queued) *inFlight {
	f := &inFlight{ids: make(map[int64]bool, len(batch))}
	for _, q := range batch {
		for _, id := range q.ids() {
			f.ids[id] = true
		}
	}
	return f
}

func (f *inFlight) remove(q Queued) {
	f.mu.Lock()
	for _, id := range q.ids() {
		delete(f.ids, id)
	}
	f.mu.Unlock()
}

func (f *inFlight) list() []int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	ids := make([]int64, 0, len(f.ids))
	for id := range f.ids {
		ids = append(ids, id)
	}
	return ids
}

// renew extends the lease of the mails in flight every Lease/3 until
// stop is called. A failed renewal is only logged: the next tick tries
// again, and the lease still runs for two thirds of its length.
func (d *Deliverer) renew(ctx context.Context, out *inFlight) (stop func()) {
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(d.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-rctx.Done():
				return
			case <-t.C:
			}
			ids := out.list()
			qctx, qcancel := context.WithTimeout(rctx, dbTimeout)
			err := d.Queue.Renew(qctx, ids, d.Now().Add(d.Lease))
			qcancel()
			if err != nil && rctx.Err() == nil {
				d.Log.Warn("outbox lease renewal failed", "mails", len(ids), "err", err)
			}
		}
	}()
	return func() { cancel(); <-finished }
}

// mailLog is the logger of one claimed mail's delivery.
func (d *Deliverer) mailLog(q Queued) *slog.Logger {
	return d.Log.With("outbox", q.ID, "message_id", q.Mail.MessageID, "attempt", q.Attempts)
}

// settle records a mail that was not accepted: retried later or given
// up. (An accepted one goes to the marker.)
func (d *Deliverer) settle(ctx context.Context, q Queued, r Result) error {
	now := d.Now()
	log := d.mailLog(q)
	switch {
	case r.Temporary && q.Attempts < d.MaxAttempts:
		next := now.Add(Backoff(q.Attempts, rand.Float64()))
		log.Warn("mail delivery failed; will retry", "err", r.Err, "next", next)
		return d.record(ctx, log, "retry", func(ctx context.Context) error {
			return eachRow(q, func(id int64) error { return d.Queue.Retry(ctx, id, next, r.Err.Error()) })
		})
	default:
		log.Error("mail delivery failed permanently", "err", r.Err)
		return d.record(ctx, log, "failed", func(ctx context.Context) error {
			return eachRow(q, func(id int64) error { return d.Queue.Failed(ctx, id, r.Err.Error()) })
		})
	}
}

// eachRow settles every outbox row q's mail carries with f; a failure
// stops it, and record tries them all again (settling one twice is
// harmless: a retry time or a failure written again).
func eachRow(q Queued, f func(id int64) error) error {
	for _, id := range q.ids() {
		if err := f(id); err != nil {
			return err
		}
	}
	return nil
}

// markAttempts bounds the tries of one mark: with markWait about 40 s in
// all, longer than the lease, after which another worker may take the
// mail anyway.
const markAttempts = 10

// markWait is 100 ms doubling up to 10 s: a cut connection is usually
// replaced by the pool at the first retry.
func markWait(n int) time.Duration {
	d := 100 * time.Millisecond
	for i := 1; i < n && d < 10*time.Second; i++ {
		d *= 2
	}
	return min(d, 10*time.Second)
}

// record stores a delivery's outcome, retrying the write (never the
// mail) when the database fails.
func (d *Deliverer) record(ctx context.Context, log *slog.Logger, what string, f func(context.Context) error) error {
	var err error
	for n := 1; n <= markAttempts; n++ {
		qctx, cancel := context.WithTimeout(ctx, dbTimeout)
		err = f(qctx)
		cancel()
		if err == nil {
			return nil
		}
		log.Warn("recording the delivery failed; retrying", "outcome", what, "try", n, "err", err)
		t := time.NewTimer(d.markWait(n))
		select {
		case <-ctx.Done():
			t.Stop()
			n = markAttempts
		case <-t.C:
		}
	}
	d.unrecorded.Add(1)
	log.Error("delivery outcome not recorded", "outcome", what, "err", err)
	return fmt.Errorf("mailer: record %s: %w", what, err)
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
