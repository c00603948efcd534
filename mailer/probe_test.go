package mailer

import (
	"context"
	"errors"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

// A server that takes connections answers the probe; a closed port does
// not, and a mail sent there is Unreachable (not merely temporary).
func TestSenderProbe(t *testing.T) {
	sink, err := smtpsink.Start()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := NewSender(SMTPConfig{Host: "127.0.0.1", Port: sink.Port(), TLS: TLSNone, Timeout: 5 * time.Second})
	if err := s.Probe(context.Background()); err != nil {
		t.Errorf("Probe of a running server: %v", err)
	}
	sink.Close()
	if err := s.Probe(context.Background()); err == nil {
		t.Error("Probe of a stopped server: no error")
	}
	r := s.Send(context.Background(), []Mail{ackMail("a@x")})[0]
	if r.Err == nil || !r.Temporary || !r.Unreachable {
		t.Errorf("Send to a stopped server = %+v, want temporary and unreachable", r)
	}
	if len(sink.Messages()) != 0 {
		t.Errorf("the probe delivered %d mails", len(sink.Messages()))
	}
}

// outageTransport is a server that is down (connections refused), or
// refusing mail with 451, or up; it counts probes.
type outageTransport struct {
	mu     sync.Mutex
	state  string // "down", "451", "up"
	probes int
}

func (o *outageTransport) Send(_ context.Context, mails []Mail) []Result {
	o.mu.Lock()
	defer o.mu.Unlock()
	res := make([]Result, len(mails))
	for i := range res {
		switch o.state {
		case "down":
			res[i] = Result{Err: &net.OpError{Op: "dial", Err: errors.New("connection refused")}, Temporary: true, Unreachable: true}
		case "451":
			res[i] = Result{Err: errors.New("451 try later"), Temporary: true}
		}
	}
	return res
}

func (o *outageTransport) Probe(context.Context) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.probes++
	if o.state == "down" {
		return errors.New("connection refused")
	}
	return nil
}

func (o *outageTransport) set(s string) { o.mu.Lock(); o.state = s; o.mu.Unlock() }

// In simulated time: while the server is unreachable it is probed once
// per ProbeInterval, however often the deliverer wakes; when it answers,
// the mail waiting out its 30 s back-off goes at once. A server that
// answers and refuses (451) is not probed: its mails keep their back-off.
func TestDelivererProbesAnUnreachableServer(t *testing.T) {
	now := t0
	mq := &memQueue{mails: map[int64]*Queued{1: {ID: 1, Mail: ackMail("a@x")}},
		due: map[int64]time.Time{1: t0}, state: map[int64]string{1: "pending"}}
	q := &expQueue{memQueue: mq}
	tr := &outageTransport{state: "down"}
	d := &Deliverer{Queue: q, Transport: tr, Now: func() time.Time { return now }, ProbeInterval: 2 * time.Second}
	ctx := context.Background()
	if n, _ := d.DeliverDue(ctx); n != 0 || !d.probing() {
		t.Fatalf("server down: %d sent, probing %v; want 0 and probing", n, d.probing())
	}
	backoff := mq.due[1]
	steps := []struct {
		at         time.Duration
		state      string
		wantProbes int
	}{
		{0, "down", 0},                // the failed delivery was the first probe
		{time.Second, "down", 0},      // within the interval
		{2 * time.Second, "down", 1},  // probed, still down
		{3 * time.Second, "down", 1},  // within the interval
		{4 * time.Second, "up", 2},    // answers: retries brought forward
		{5 * time.Second, "up", 2},    // no longer probed
		{10 * time.Second, "down", 2}, // not probed until a delivery finds it down
	}
	for _, s := range steps {
		now = t0.Add(s.at)
		tr.set(s.state)
		d.probe(ctx)
		if tr.probes != s.wantProbes {
			t.Fatalf("at %v (%s): %d probes, want %d", s.at, s.state, tr.probes, s.wantProbes)
		}
		if s.at == 4*time.Second {
			if q.expedited != 1 {
				t.Fatalf("server back: expedited %d times, want 1", q.expedited)
			}
			if n, err := d.DeliverDue(ctx); n != 1 || err != nil {
				t.Fatalf("server back: DeliverDue = %d, %v; want the waiting mail sent", n, err)
			}
			if !now.Before(backoff) || mq.state[1] != "sent" {
				t.Fatalf("mail %s at %v, its back-off ran to %v: want it sent before", mq.state[1], now.Sub(t0), backoff.Sub(t0))
			}
		}
	}

	mq.mails[2], mq.due[2], mq.state[2] = &Queued{ID: 2, Mail: ackMail("b@x")}, now, "pending"
	tr.set("451")
	if n, _ := d.DeliverDue(ctx); n != 0 || d.probing() {
		t.Errorf("server refusing with 451: %d sent, probing %v; want 0 and not probing", n, d.probing())
	}
}
