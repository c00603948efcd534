package mailer

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

// An SMTP server that accepts TCP and then says nothing (a stopped
// process) fails the delivery as temporary once Timeout has passed; it
// does not hold the deliverer.
func TestSenderGivesUpOnSilentServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, never answered
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: port, TLS: TLSNone, Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res := s.Send(context.Background(), []Mail{ackMail("hung@x")})
	t.Logf("silent server given up after %v (Timeout 300ms)", time.Since(start).Round(time.Millisecond))
	if res[0].Err == nil || !res[0].Temporary {
		t.Errorf("Send to a silent server = %+v, want a temporary error", res[0])
	}
}

// Spread over parallel connections, every mail is delivered once and its
// result reported at its own index.
func TestSenderParallelConnections(t *testing.T) {
	sink, err := smtpsink.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: sink.Port(), TLS: TLSNone, Connections: 4})
	if err != nil {
		t.Fatal(err)
	}
	var mails []Mail
	for i := range 21 {
		mails = append(mails, ackMail(fmt.Sprintf("p%d@x", i)))
	}
	mails[7].To = []string{"not an address"} // fails alone, at its index
	res := s.Send(context.Background(), mails)
	seen := map[string]int{}
	for _, m := range sink.Messages() {
		h := m.Header()
		seen[h.Get("Message-ID")]++
	}
	for i, r := range res {
		id := "<" + mails[i].MessageID + ">"
		if want := i != 7; (r.Err == nil) != want || (want && seen[id] != 1) {
			t.Errorf("mail %d: err %v, delivered %d times; want ok=%v and once", i, r.Err, seen[id], want)
		}
	}
	if len(sink.Messages()) != 20 {
		t.Errorf("sink holds %d mails, want 20", len(sink.Messages()))
	}
}
