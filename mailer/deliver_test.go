package mailer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// failingMarks is a memQueue whose Sent fails for chosen mails a number of
// times (the database connection cut under it), and which counts renewals.
type failingMarks struct {
	*memQueue
	mu       sync.Mutex
	failSent map[int64]int
	renewals int
}

func (q *failingMarks) Sent(ctx context.Context, marks []Sent) error {
	q.mu.Lock()
	for _, m := range marks {
		if q.failSent[m.ID] > 0 {
			q.failSent[m.ID]--
			q.mu.Unlock()
			return errors.New("pq: terminating connection due to administrator command")
		}
	}
	q.mu.Unlock()
	return q.memQueue.Sent(ctx, marks)
}

func (q *failingMarks) Renew(context.Context, []int64, time.Time) error {
	q.mu.Lock()
	q.renewals++
	q.mu.Unlock()
	return nil
}

// counting sends every mail and counts how often each Message-ID went
// out; release, when set, holds each send until it is closed.
type counting struct {
	mu      sync.Mutex
	sent    map[string]int
	release chan struct{}
}

func (c *counting) Send(ctx context.Context, mails []Mail) []Result {
	res := make([]Result, len(mails))
	c.SendEach(ctx, mails, func(i int, r Result) { res[i] = r })
	return res
}

func (c *counting) SendEach(_ context.Context, mails []Mail, done func(int, Result)) {
	for i, m := range mails {
		if c.release != nil {
			<-c.release
		}
		c.mu.Lock()
		c.sent[m.MessageID]++
		c.mu.Unlock()
		done(i, Result{})
	}
}

func newFailingMarks(n int) *failingMarks {
	q := &memQueue{mails: map[int64]*Queued{}, due: map[int64]time.Time{}, state: map[int64]string{}}
	for id := int64(1); id <= int64(n); id++ {
		q.mails[id] = &Queued{ID: id, Mail: ackMail(fmt.Sprintf("m%d@x", id))}
		q.due[id], q.state[id] = t0, "pending"
	}
	return &failingMarks{memQueue: q, failSent: map[int64]int{}}
}

// A failed mark is retried (the mark, never the mail), and it does not
// leave the rest of the batch unmarked.
func TestDelivererRetriesTheMarkNotTheMail(t *testing.T) {
	q := newFailingMarks(5)
	q.failSent[2], q.failSent[4] = 2, 1
	tr := &counting{sent: map[string]int{}}
	d := &Deliverer{Queue: q, Transport: tr, Now: func() time.Time { return t0 }, markWait: func(int) time.Duration { return 0 }}
	n, err := d.DeliverDue(context.Background())
	if err != nil || n != 5 {
		t.Fatalf("DeliverDue = %d, %v; want 5 sent", n, err)
	}
	for id := int64(1); id <= 5; id++ {
		if q.state[id] != "sent" {
			t.Errorf("mail %d is %s, want sent", id, q.state[id])
		}
		if c := tr.sent[fmt.Sprintf("m%d@x", id)]; c != 1 {
			t.Errorf("mail %d went out %d times, want 1", id, c)
		}
	}
	if d.Unrecorded() != 0 || d.Reclaimed() != 0 {
		t.Errorf("Unrecorded %d, Reclaimed %d; want 0, 0", d.Unrecorded(), d.Reclaimed())
	}
}

// A mark that keeps failing is given up after markAttempts, counted, and
// the other mails are still marked.
func TestDelivererGivesUpAMarkAndGoesOn(t *testing.T) {
	q := newFailingMarks(3)
	q.failSent[1] = 1000 // keeps failing
	tr := &counting{sent: map[string]int{}}
	d := &Deliverer{Queue: q, Transport: tr, Now: func() time.Time { return t0 }, markWait: func(int) time.Duration { return 0 }}
	n, err := d.DeliverDue(context.Background())
	if err == nil || n != 2 {
		t.Fatalf("DeliverDue = %d, %v; want 2 sent and the unrecorded mark's error", n, err)
	}
	if q.state[2] != "sent" || q.state[3] != "sent" || d.Unrecorded() != 1 {
		t.Errorf("states %v, Unrecorded %d; want 2 and 3 sent, 1 unrecorded", q.state, d.Unrecorded())
	}
}

// The lease of a batch is renewed while its delivery takes longer than
// a third of it; mails claimed again after a lost outcome are counted.
func TestDelivererRenewsLeaseAndCountsReclaims(t *testing.T) {
	q := newFailingMarks(1)
	q.mails[1].Reclaimed = true
	tr := &counting{sent: map[string]int{}, release: make(chan struct{})}
	d := &Deliverer{Queue: q, Transport: tr, Lease: 30 * time.Millisecond}
	done := make(chan error, 1)
	go func() { _, err := d.DeliverDue(context.Background()); done <- err }()
	for {
		q.mu.Lock()
		r := q.renewals
		q.mu.Unlock()
		if r >= 2 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	close(tr.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if d.Reclaimed() != 1 {
		t.Errorf("Reclaimed = %d, want 1", d.Reclaimed())
	}
}

// holdFirst sends every mail at once except m1@x, which it holds until
// release is closed; held says m1@x is in flight.
type holdFirst struct {
	counting
	held chan struct{}
}

func (h *holdFirst) SendEach(ctx context.Context, mails []Mail, done func(int, Result)) {
	for i, m := range mails {
		if m.MessageID == "m1@x" {
			close(h.held)
			<-h.release
		}
		h.mu.Lock()
		h.sent[m.MessageID]++
		h.mu.Unlock()
		done(i, Result{})
	}
}

// claimLog is a failingMarks that tells each Claim.
type claimLog struct {
	*failingMarks
	claims chan int // the number of mails each claim took
}

func (c *claimLog) Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Queued, error) {
	got, err := c.failingMarks.Claim(ctx, now, lease, limit)
	c.claims <- len(got)
	return got, err
}

// With two lanes, mail queued (and kicked) while one lane is still
// sending goes out on the other at once, not after the busy lane's batch.
func TestDelivererFreeLaneTakesNewMail(t *testing.T) {
	fm := newFailingMarks(1)
	q := &claimLog{failingMarks: fm, claims: make(chan int, 10)}
	tr := &holdFirst{counting: counting{sent: map[string]int{}, release: make(chan struct{})}, held: make(chan struct{})}
	d := &Deliverer{Queue: q, Transport: tr, Lanes: 2, Now: func() time.Time { return t0 }}
	done := make(chan int, 1)
	go func() { n, _ := d.DeliverDue(context.Background()); done <- n }()
	<-tr.held
	if a, b := <-q.claims, <-q.claims; a+b != 1 {
		t.Fatalf("the two lanes' first claims took %d and %d mails, want 1 in all", a, b)
	}
	fm.memQueue.mu.Lock()
	fm.mails[2], fm.due[2], fm.state[2] = &Queued{ID: 2, Mail: ackMail("m2@x")}, t0, "pending"
	fm.memQueue.mu.Unlock()
	d.Kick()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		fm.memQueue.mu.Lock()
		st := fm.state[2]
		fm.memQueue.mu.Unlock()
		if st == "sent" {
			break
		}
		if time.Now().After(deadline) {
			close(tr.release)
			t.Fatalf("mail 2 is %s while mail 1 is still being sent: the free lane did not take it", st)
		}
	}
	close(tr.release)
	if n := <-done; n != 2 {
		t.Errorf("DeliverDue sent %d, want 2", n)
	}
}

// heldMarks is a memQueue whose Sent tells each group of marks on writes
// and then waits for release.
type heldMarks struct {
	*memQueue
	writes  chan []int64
	release chan struct{}
}

func (q *heldMarks) Sent(ctx context.Context, marks []Sent) error {
	ids := make([]int64, len(marks))
	for i, m := range marks {
		ids[i] = m.ID
	}
	q.writes <- ids
	<-q.release
	return q.memQueue.Sent(ctx, marks)
}

// telling is counting that tells the index of each mail whose done
// returned.
type telling struct {
	counting
	returned chan int
}

func (c *telling) SendEach(_ context.Context, mails []Mail, done func(int, Result)) {
	for i, m := range mails {
		c.mu.Lock()
		c.sent[m.MessageID]++
		c.mu.Unlock()
		done(i, Result{})
		c.returned <- i
	}
}

// Marks that come in while a write is out go together in the next
// write, and the connection goes on sending meanwhile, but never with
// more than Unmarked mails waiting for their mark.
func TestDelivererGroupsMarks(t *testing.T) {
	fm := newFailingMarks(6)
	q := &heldMarks{memQueue: fm.memQueue, writes: make(chan []int64, 10), release: make(chan struct{})}
	tr := &telling{counting: counting{sent: map[string]int{}}, returned: make(chan int, 10)}
	d := &Deliverer{Queue: q, Transport: tr, Unmarked: 3, Now: func() time.Time { return t0 }}
	done := make(chan int, 1)
	go func() { n, _ := d.DeliverDue(context.Background()); done <- n }()
	first := <-q.writes
	// The connection sends on while the first write is out: the marks
	// of mails 1-3 are in it or wait for the next; mail 4 may be sent,
	// its mark waiting for room, and mail 5 not.
	for range 3 {
		<-tr.returned
	}
	tr.mu.Lock()
	onTheWire := len(tr.sent)
	tr.mu.Unlock()
	close(q.release)
	groups := [][]int64{first}
	n := <-done
	close(q.writes)
	for g := range q.writes {
		groups = append(groups, g)
	}
	if n != 6 || onTheWire > 4 {
		t.Fatalf("sent %d, %d mails sent while the first write was out; want 6, at most 4", n, onTheWire)
	}
	var ids []int64
	for _, g := range groups {
		if len(g) > 3 {
			t.Errorf("a write of %d marks: %v; Unmarked is 3", len(g), groups)
		}
		ids = append(ids, g...)
	}
	slices.Sort(ids)
	if max(len(groups[0]), len(groups[1])) < 2 || !slices.Equal(ids, []int64{1, 2, 3, 4, 5, 6}) {
		t.Errorf("writes %v; want the marks of mails 1-3 in two writes at most, each mail once", groups)
	}
	for id := int64(1); id <= 6; id++ {
		if fm.state[id] != "sent" || tr.sent[fmt.Sprintf("m%d@x", id)] != 1 {
			t.Errorf("mail %d is %s, sent %d times", id, fm.state[id], tr.sent[fmt.Sprintf("m%d@x", id)])
		}
	}
}

// A lane claims and sends its next mail as soon as the server answered
// its last, not after the last one's mark is written: mail committed
// meanwhile does not wait for a group commit of marks. The mail whose
// mark waits is not claimed again.
func TestDelivererSendsOnWhileMarksAreWritten(t *testing.T) {
	fm := newFailingMarks(2)
	q := &heldMarks{memQueue: fm.memQueue, writes: make(chan []int64, 10), release: make(chan struct{})}
	tr := &telling{counting: counting{sent: map[string]int{}}, returned: make(chan int, 10)}
	d := &Deliverer{Queue: q, Transport: tr, Batch: 1, Now: func() time.Time { return t0 }}
	done := make(chan int, 1)
	go func() { n, _ := d.DeliverDue(context.Background()); done <- n }()
	// The first write holds the first mail's mark, and the second's too
	// when that was sent before the write began; otherwise the second
	// mail goes out while the write is held.
	first := <-q.writes
	<-tr.returned
	if len(first) == 1 {
		select {
		case <-tr.returned:
		case <-time.After(10 * time.Second):
			close(q.release)
			t.Fatal("the second mail waited for the first one's mark to be written")
		}
	}
	close(q.release)
	if n := <-done; n != 2 {
		t.Errorf("DeliverDue sent %d, want 2", n)
	}
	for id := int64(1); id <= 2; id++ {
		if fm.state[id] != "sent" || tr.sent[fmt.Sprintf("m%d@x", id)] != 1 {
			t.Errorf("mail %d is %s, sent %d times", id, fm.state[id], tr.sent[fmt.Sprintf("m%d@x", id)])
		}
	}
}
