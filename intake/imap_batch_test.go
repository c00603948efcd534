package intake_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/memserver"
)

// batchHandler is a memHandler that also commits batches, or refuses
// them (failBatches) as a batch with a bad mail or a database error would.
type batchHandler struct {
	*memHandler
	mu          sync.Mutex
	batches     [][]uint32
	failBatches bool
	size        int // BatchMails; 0: 10
	// seen, when set, is called with each batch before it commits.
	seen func(uids []uint32)
}

func (h *batchHandler) BatchMails() int {
	if h.size == 0 {
		return 10
	}
	return h.size
}

func (h *batchHandler) HandleBatch(_ context.Context, fs []intake.Fetched) error {
	h.mu.Lock()
	var uids []uint32
	for _, f := range fs {
		uids = append(uids, f.UID)
	}
	h.batches = append(h.batches, uids)
	fail, seen := h.failBatches, h.seen
	h.mu.Unlock()
	if seen != nil {
		seen(uids)
	}
	if fail {
		return errors.New("one mail of the batch is bad")
	}
	h.memHandler.mu.Lock()
	h.handled = append(h.handled, fs...)
	h.uv, h.last = fs[len(fs)-1].UIDValidity, fs[len(fs)-1].UID
	h.memHandler.mu.Unlock()
	for range fs {
		h.notify <- struct{}{}
	}
	return nil
}

func (h *batchHandler) batchUIDs() [][]uint32 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.batches)
}

// Mail already waiting together is committed in one batch; a mail that
// arrives alone is handled on its own at once.
func TestPollerBatchesWaitingMail(t *testing.T) {
	srv := startServer(t, nil)
	for i := 1; i <= 3; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h := &batchHandler{memHandler: newHandler()}
	startBatchPoller(t, srv, h)
	h.waitN(t, 3)
	srv.Deliver("INBOX", msg(4), time.Now())
	h.waitN(t, 4)
	if got := h.batchUIDs(); !slices.EqualFunc(got, [][]uint32{{1, 2, 3}}, slices.Equal) {
		t.Errorf("batches %v, want [[1 2 3]] (the lone mail 4 goes through Handle)", got)
	}
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3, 4}) {
		t.Errorf("handled %v, want [1 2 3 4]", got)
	}
	waitStatus(t, srv, "Processed", 4)
}

// A batch holds at most the handler's BatchMails; a last mail left alone
// goes through Handle.
func TestPollerBatchesUpToBatchMails(t *testing.T) {
	srv := startServer(t, nil)
	for i := 1; i <= 7; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h := &batchHandler{memHandler: newHandler(), size: 3}
	startBatchPoller(t, srv, h)
	h.waitN(t, 7)
	if got := h.batchUIDs(); !slices.EqualFunc(got, [][]uint32{{1, 2, 3}, {4, 5, 6}}, slices.Equal) {
		t.Errorf("batches %v, want [[1 2 3] [4 5 6]] (mail 7 alone goes through Handle)", got)
	}
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3, 4, 5, 6, 7}) {
		t.Errorf("handled %v, want [1 2 3 4 5 6 7]", got)
	}
}

// A batch that is not committed is handed again one mail at a time, in
// order, so that one bad mail does not hold back the others.
func TestPollerFallsBackToOneByOne(t *testing.T) {
	srv := startServer(t, nil)
	for i := 1; i <= 3; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h := &batchHandler{memHandler: newHandler(), failBatches: true}
	startBatchPoller(t, srv, h)
	h.waitN(t, 3)
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3}) {
		t.Errorf("handled %v, want [1 2 3] one by one", got)
	}
	if got := h.batchUIDs(); len(got) != 1 {
		t.Errorf("batches tried %v, want one", got)
	}
	waitStatus(t, srv, "Processed", 3)
}

// A backlog's committed mail is marked done (flagged and moved) many
// fetch groups at a time, at the latest when the catch-up ends: a MOVE
// costs Dovecot work in proportion to the mailbox for each command, so
// one of 50 cost it 2.5 times what one of 500 does, a mail.
func TestPollerMarksABacklogDoneTogether(t *testing.T) {
	srv := startServer(t, nil)
	const n = 120 // three fetch groups of up to 50
	for i := 1; i <= n; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	var mu sync.Mutex
	inbox := map[uint32]uint32{} // first UID of a batch → mails in INBOX then
	h := &batchHandler{memHandler: newHandler(), seen: func(uids []uint32) {
		st, err := srv.Status("INBOX")
		if err != nil {
			t.Error(err)
			return
		}
		mu.Lock()
		inbox[uids[0]] = *st.NumMessages
		mu.Unlock()
	}}
	startBatchPoller(t, srv, h)
	h.waitN(t, n)
	waitStatus(t, srv, "Processed", n)
	waitStatus(t, srv, "INBOX", 0)
	mu.Lock()
	defer mu.Unlock()
	if got := inbox[101]; got != n {
		t.Errorf("INBOX held %d mails while the third fetch group was handled, want all %d: the first two groups were moved on their own", got, n)
	}
}

// waitStatus waits until mailbox holds n mails (a bound, not a sleep).
func waitStatus(t *testing.T, srv *memserver.Server, mailbox string, n uint32) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		st, err := srv.Status(mailbox)
		if err == nil && *st.NumMessages == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v, %v; want %d mails", mailbox, st, err, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// startBatchPoller runs a poller for h on srv until the test ends.
func startBatchPoller(t *testing.T, srv *memserver.Server, h *batchHandler) {
	t.Helper()
	cfg := intake.MailboxConfig{Name: "support", Addr: srv.Addr, TLS: intake.TLSNone, Username: "u@example.com",
		Secret: func(context.Context) (string, error) { return "pw", nil }, ProcessedFolder: "Processed",
		PollInterval: 5 * time.Second}
	p := intake.NewPoller(cfg, h, nil)
	p.SetRetryDelay(time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { p.Run(ctx); close(stopped) }()
	t.Cleanup(func() { cancel(); <-stopped })
}

// A backlog is taken in rounds of the handler's batch, the first at most
// 50, the last ones a quarter of what still waits (at least 10); a mail
// waiting alone is taken alone.
func TestRoundMails(t *testing.T) {
	for _, c := range []struct{ waiting, per, round, want int }{
		{1, 200, 0, 1}, {3, 200, 0, 3}, {2000, 200, 0, 50}, {2000, 200, 1, 200},
		{800, 200, 5, 200}, {400, 200, 5, 100}, {30, 200, 5, 10}, {7, 200, 5, 7},
		{2000, 50, 1, 50}, {100, 50, 3, 25}, {2000, 1, 0, 50}, {20, 1, 3, 20},
	} {
		if got := intake.RoundMails(c.waiting, c.per, c.round); got != c.want {
			t.Errorf("roundMails(%d, %d, %d) = %d, want %d", c.waiting, c.per, c.round, got, c.want)
		}
	}
}
