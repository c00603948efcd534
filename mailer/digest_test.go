package mailer

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"
)

// digestQueue is a memQueue holding one mail that carries three outbox
// rows (a digest of notices): 1, and 2 and 3 in Also. It records every
// write of marks.
type digestQueue struct {
	*failingMarks
	mu     sync.Mutex
	writes [][]Sent
}

func newDigestQueue() *digestQueue {
	q := &memQueue{mails: map[int64]*Queued{1: {ID: 1, Also: []int64{2, 3}, Mail: ackMail("digest@x")}},
		due:   map[int64]time.Time{1: t0, 2: t0, 3: t0},
		state: map[int64]string{1: "pending", 2: "pending", 3: "pending"}}
	return &digestQueue{failingMarks: &failingMarks{memQueue: q, failSent: map[int64]int{}}}
}

func (q *digestQueue) Sent(ctx context.Context, marks []Sent) error {
	q.mu.Lock()
	q.writes = append(q.writes, slices.Clone(marks))
	q.mu.Unlock()
	return q.failingMarks.Sent(ctx, marks)
}

func (q *digestQueue) states() []string {
	q.memQueue.mu.Lock()
	defer q.memQueue.mu.Unlock()
	return []string{q.state[1], q.state[2], q.state[3]}
}

// A mail that carries several outbox rows settles them together: a
// temporary failure retries each, the 250 marks each sent in one write
// naming the mail that carried it, and a failed write of marks is
// retried with all of them, never part.
func TestDelivererSettlesEveryRowOfADigest(t *testing.T) {
	now := t0
	q := newDigestQueue()
	q.failSent[2] = 1 // the first write that names row 2 fails
	d := &Deliverer{Queue: q, Transport: &flaky{fails: 1}, Now: func() time.Time { return now }, MaxAttempts: 5,
		markWait: func(int) time.Duration { return 0 }}
	ctx := context.Background()
	if _, err := d.DeliverDue(ctx); err != nil {
		t.Fatal(err)
	}
	if got := q.states(); !slices.Equal(got, []string{"pending", "pending", "pending"}) {
		t.Fatalf("after a temporary failure: %v, want every row pending", got)
	}
	q.memQueue.mu.Lock()
	for id := int64(1); id <= 3; id++ {
		if !q.due[id].After(now) {
			t.Errorf("row %d due %v after the failure, want a retry later", id, q.due[id])
		}
	}
	q.memQueue.mu.Unlock()
	now = now.Add(time.Hour)
	if n, err := d.DeliverDue(ctx); err != nil || n != 1 {
		t.Fatalf("second attempt: %d sent, %v", n, err)
	}
	if got := q.states(); !slices.Equal(got, []string{"sent", "sent", "sent"}) {
		t.Fatalf("after the 250: %v, want every row sent", got)
	}
	if len(q.writes) != 2 {
		t.Fatalf("%d writes of marks, want the group and its retry: %v", len(q.writes), q.writes)
	}
	for _, w := range q.writes {
		var ids []int64
		for _, m := range w {
			ids = append(ids, m.ID)
			if m.Via != "digest@x" {
				t.Errorf("row %d marked with Via %q, want the digest's Message-ID", m.ID, m.Via)
			}
		}
		if !slices.Equal(ids, []int64{1, 2, 3}) {
			t.Errorf("a write of marks named rows %v, want all of the digest's", ids)
		}
	}
}
