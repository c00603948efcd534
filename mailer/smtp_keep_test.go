package mailer

import (
	"context"
	"fmt"
	"io"
	"net"
	"sync"
	"testing"

	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

// countingProxy forwards TCP connections to a server, counting them, and
// can cut them all (a server that dropped its idle clients).
type countingProxy struct {
	ln    net.Listener
	mu    sync.Mutex
	n     int
	conns []net.Conn
}

func startProxy(t *testing.T, to string) *countingProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &countingProxy{ln: ln}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", to)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.n++
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { io.Copy(s, c); s.Close() }()
			go func() { io.Copy(c, s); c.Close() }()
		}
	}()
	return p
}

func (p *countingProxy) port() int { return p.ln.Addr().(*net.TCPAddr).Port }

func (p *countingProxy) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

func (p *countingProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// Batches reuse the connections of earlier batches; when the server has
// dropped them meanwhile, every mail is still delivered exactly once
// over new ones.
func TestSenderKeepsConnections(t *testing.T) {
	sink, err := smtpsink.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	proxy := startProxy(t, fmt.Sprintf("127.0.0.1:%d", sink.Port()))
	s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: proxy.port(), TLS: TLSNone, Connections: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := 0
	batch := func() {
		t.Helper()
		var mails []Mail
		for range 6 {
			n++
			mails = append(mails, ackMail(fmt.Sprintf("k%d@x", n)))
		}
		for i, r := range s.Send(context.Background(), mails) {
			if r.Err != nil {
				t.Fatalf("mail %d: %v", i, r.Err)
			}
		}
	}
	batch()
	batch()
	if c := proxy.count(); c > 2 {
		t.Errorf("two batches opened %d connections, want at most 2 (Connections)", c)
	}
	proxy.cut()
	batch()
	seen := map[string]int{}
	for _, m := range sink.Messages() {
		h := m.Header()
		seen[h.Get("Message-ID")]++
	}
	if len(sink.Messages()) != 18 || len(seen) != 18 {
		t.Errorf("sink holds %d mails, %d distinct; want 18 and 18 (none lost or doubled)", len(sink.Messages()), len(seen))
	}
}
