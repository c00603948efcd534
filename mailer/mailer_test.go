package mailer

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

var t0 = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

func ackMail(id string) Mail {
	return Mail{MessageID: id, Date: t0, FromName: "Acme Support", FromAddr: "support@acme.test",
		To: []string{"Jörg Müller <joerg@example.de>"}, Subject: "[ESC-1] Re: Server fällt aus",
		Body: "Hello,\n\nticket ESC-1.\n", InReplyTo: "orig-2@example.de",
		References: []string{"orig-1@example.de", "orig-2@example.de"},
		Headers:    map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}}
}

func TestRawThreadingHeaders(t *testing.T) {
	raw, err := Raw(ackMail("esc.1.ack.1.x@acme.test"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Message-ID: <esc.1.ack.1.x@acme.test>",
		"In-Reply-To: <orig-2@example.de>",
		"References: <orig-1@example.de> <orig-2@example.de>",
		"Auto-Submitted: auto-replied",
		"Date: Thu, 26 Nov 2026 09:00:00 +0000",
	} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("Raw lacks %q:\n%s", want, raw)
		}
	}
	if bytes.Contains(raw, []byte("go-mail")) {
		t.Errorf("Raw advertises go-mail:\n%s", raw)
	}
	again, _ := Raw(ackMail("esc.1.ack.1.x@acme.test"))
	if !bytes.Equal(raw, again) {
		t.Error("Raw is not deterministic for the same Mail")
	}
}

func TestReferencesCapsAndKeepsRoot(t *testing.T) {
	var refs []string
	for i := 0; i < 30; i++ {
		refs = append(refs, string(rune('a'+i%26))+"@x")
	}
	got := References(refs, "parent@x")
	if len(got) != 20 || got[0] != refs[0] || got[19] != "parent@x" {
		t.Errorf("References(30 refs) = %d ids, first %q last %q", len(got), got[0], got[len(got)-1])
	}
	if got := References(nil, "p@x"); len(got) != 1 || got[0] != "p@x" {
		t.Errorf("References(nil, p@x) = %v", got)
	}
}

func TestSenderResults(t *testing.T) {
	sink, err := smtpsink.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	sink.SetDataHook(func(from string, to []string) error {
		switch {
		case strings.HasPrefix(to[0], "temp"):
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
		case strings.HasPrefix(to[0], "perm"):
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
		}
		return nil
	})
	s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: sink.Port(), TLS: TLSNone})
	if err != nil {
		t.Fatal(err)
	}
	mails := []Mail{ackMail("a@x"), ackMail("b@x"), ackMail("c@x")}
	mails[1].To = []string{"temp@example.de"}
	mails[2].To = []string{"perm@example.de"}
	res := s.Send(context.Background(), mails)
	if res[0].Err != nil || res[1].Err == nil || !res[1].Temporary || res[2].Err == nil || res[2].Temporary {
		t.Errorf("Send results = %+v; want ok, temporary, permanent", res)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Errorf("sink got %d messages, want 1", n)
	}
}

func TestSenderDialFailureIsTemporary(t *testing.T) {
	s, _ := NewSender(SMTPConfig{Host: "127.0.0.1", Port: 1, TLS: TLSNone, Timeout: time.Second})
	res := s.Send(context.Background(), []Mail{ackMail("a@x")})
	if res[0].Err == nil || !res[0].Temporary {
		t.Errorf("Send to a closed port = %+v, want a temporary error", res[0])
	}
	if _, err := NewSender(SMTPConfig{Host: "x", TLS: "sometimes"}); err == nil {
		t.Error("NewSender(tls=sometimes): no error")
	}
}

func TestBackoffSchedule(t *testing.T) {
	for _, tt := range []struct {
		attempt int
		want    time.Duration
	}{{1, 30 * time.Second}, {2, time.Minute}, {3, 2 * time.Minute}, {8, time.Hour}, {30, time.Hour}} {
		if got := Backoff(tt.attempt, 0); got != tt.want {
			t.Errorf("Backoff(%d, 0) = %v, want %v", tt.attempt, got, tt.want)
		}
		if got := Backoff(tt.attempt, 0.999); got >= tt.want || got < tt.want*8/10 {
			t.Errorf("Backoff(%d, 0.999) = %v, want within 20%% below %v", tt.attempt, got, tt.want)
		}
	}
}

// memQueue is an in-memory Queue for the deliverer's own logic; the
// end-to-end tests in cmd/escalate run it on the real schema.Store.
type memQueue struct {
	mu    sync.Mutex
	mails map[int64]*Queued
	due   map[int64]time.Time
	state map[int64]string
}

func (q *memQueue) Claim(_ context.Context, now time.Time, _ time.Duration, limit int) ([]Queued, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []Queued
	for id, m := range q.mails {
		if q.state[id] == "pending" && !q.due[id].After(now) && len(out) < limit {
			m.Attempts++
			q.state[id] = "leased"
			out = append(out, *m)
		}
	}
	return out, nil
}
func (q *memQueue) set(id int64, s string) error {
	q.mu.Lock()
	q.state[id] = s
	q.mu.Unlock()
	return nil
}
func (q *memQueue) Sent(_ context.Context, marks []Sent) error {
	for _, m := range marks {
		q.set(m.ID, "sent")
	}
	return nil
}
func (q *memQueue) Failed(_ context.Context, id int64, _ string) error { return q.set(id, "failed") }
func (q *memQueue) Retry(_ context.Context, id int64, next time.Time, _ string) error {
	q.mu.Lock()
	q.due[id] = next
	q.mu.Unlock()
	return q.set(id, "pending")
}
func (q *memQueue) Renew(context.Context, []int64, time.Time) error  { return nil }
func (q *memQueue) NextDue(context.Context) (time.Time, bool, error) { return time.Time{}, false, nil }

type flaky struct{ fails int }

func (f *flaky) Send(_ context.Context, mails []Mail) []Result {
	res := make([]Result, len(mails))
	if f.fails > 0 {
		f.fails--
		for i := range res {
			res[i] = Result{Err: errors.New("451 busy"), Temporary: true}
		}
	}
	return res
}

func TestDelivererRetriesInSimulatedTime(t *testing.T) {
	now := t0
	q := &memQueue{mails: map[int64]*Queued{1: {ID: 1, Mail: ackMail("a@x")}},
		due: map[int64]time.Time{1: t0}, state: map[int64]string{1: "pending"}}
	d := &Deliverer{Queue: q, Transport: &flaky{fails: 2}, Now: func() time.Time { return now }, MaxAttempts: 5}
	ctx := context.Background()
	for step, want := range []string{"pending", "pending", "sent"} {
		if _, err := d.DeliverDue(ctx); err != nil {
			t.Fatal(err)
		}
		if q.state[1] != want {
			t.Fatalf("after attempt %d: state %s, want %s", step+1, q.state[1], want)
		}
		if n, _ := d.DeliverDue(ctx); n != 0 && want != "sent" {
			t.Fatalf("attempt %d: retried before its backoff", step+1)
		}
		now = now.Add(time.Hour)
	}
}

// expQueue is a memQueue that records Expedite calls.
type expQueue struct {
	*memQueue
	expedited int
}

func (q *expQueue) Expedite(_ context.Context, now time.Time) (int, error) {
	q.expedited++
	q.mu.Lock()
	defer q.mu.Unlock()
	n := 0
	for id, s := range q.state {
		if s == "pending" && q.due[id].After(now) {
			q.due[id] = now
			n++
		}
	}
	return n, nil
}

// When a retried mail goes through, the others waiting out their back-off
// are brought forward; a first attempt that succeeds changes nothing.
func TestDelivererExpeditesRetriesWhenTheServerIsBack(t *testing.T) {
	now := t0
	mq := &memQueue{mails: map[int64]*Queued{1: {ID: 1, Mail: ackMail("a@x")}},
		due: map[int64]time.Time{1: t0}, state: map[int64]string{1: "pending"}}
	q := &expQueue{memQueue: mq}
	d := &Deliverer{Queue: q, Transport: &flaky{fails: 1}, Now: func() time.Time { return now }, MaxAttempts: 5}
	ctx := context.Background()
	if _, err := d.DeliverDue(ctx); err != nil { // 451: retried later
		t.Fatal(err)
	}
	if q.expedited != 0 {
		t.Fatalf("a failed attempt expedited %d times", q.expedited)
	}
	// Another mail waits out its own back-off meanwhile.
	mq.mu.Lock()
	mq.mails[2], mq.due[2], mq.state[2] = &Queued{ID: 2, Mail: ackMail("b@x"), Attempts: 1}, t0.Add(time.Hour), "pending"
	mq.mu.Unlock()
	now = mq.due[1]
	if n, err := d.DeliverDue(ctx); err != nil || n != 2 || q.expedited == 0 || mq.state[2] != "sent" {
		t.Fatalf("after the server came back: %d sent, %v, expedited %d, mail 2 %s; want the retried one sent and "+
			"the other brought forward and sent an hour early in the same pass", n, err, q.expedited, mq.state[2])
	}
}
