package mailer

import (
	"bufio"
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// scriptedServer is an SMTP server that answers a mail's MAIL, RCPT and
// DATA only once it has read all three (RFC 2920: a pipelining client
// sends them in one group) and records the lines it read. rcpt is its
// reply to RCPT TO.
type scriptedServer struct {
	ln         net.Listener
	pipelining bool
	rcpt       string
	mu         sync.Mutex
	lines      []string
	texts      int // mails whose text ended with "."
}

func startScripted(t *testing.T, pipelining bool, rcpt string) *scriptedServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &scriptedServer{ln: ln, pipelining: pipelining, rcpt: rcpt}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(c)
		}
	}()
	return s
}

func (s *scriptedServer) port() int { return s.ln.Addr().(*net.TCPAddr).Port }

func (s *scriptedServer) record(line string) {
	s.mu.Lock()
	s.lines = append(s.lines, line)
	s.mu.Unlock()
}

func (s *scriptedServer) serve(c net.Conn) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	c.Write([]byte("220 scripted ESMTP\r\n"))
	var group []string // replies held until DATA
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		s.record(line)
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		switch {
		case verb == "EHLO":
			caps := "250-scripted\r\n250 8BITMIME\r\n"
			if s.pipelining {
				caps = "250-scripted\r\n250-8BITMIME\r\n250 PIPELINING\r\n"
			}
			c.Write([]byte(caps))
		case strings.HasPrefix(verb, "MAIL"):
			group = append(group, "250 sender ok")
		case strings.HasPrefix(verb, "RCPT"):
			group = append(group, s.rcpt)
		case verb == "DATA":
			data := "354 go ahead"
			if !strings.HasPrefix(s.rcpt, "2") {
				data = "554 no valid recipients"
			}
			c.Write([]byte(strings.Join(append(group, data), "\r\n") + "\r\n"))
			group = nil
			if data[0] != '3' {
				continue
			}
			for {
				text, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if text == ".\r\n" {
					break
				}
			}
			s.mu.Lock()
			s.texts++
			s.mu.Unlock()
			c.Write([]byte("250 queued\r\n"))
		case verb == "QUIT":
			c.Write([]byte("221 bye\r\n"))
			return
		default:
			c.Write([]byte("250 ok\r\n"))
		}
		if !s.pipelining && len(group) > 0 {
			// Without PIPELINING each command is answered at once.
			c.Write([]byte(strings.Join(group, "\r\n") + "\r\n"))
			group = nil
		}
	}
}

// A server that offers PIPELINING gets a mail's MAIL, RCPT and DATA in
// one group: this one answers none of them before it has all three, so
// a client that waits for each reply before the next command would time
// out. One without PIPELINING gets one command at a time.
func TestSenderPipelinesCommands(t *testing.T) {
	for _, pipelining := range []bool{true, false} {
		srv := startScripted(t, pipelining, "250 recipient ok")
		s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: srv.port(), TLS: TLSNone, Timeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		mails := []Mail{ackMail("a@x"), ackMail("b@x")}
		mails[1].To = []string{"b@x", "c@x"} // two RCPTs in the group
		for i, r := range s.Send(context.Background(), mails) {
			if r.Err != nil {
				t.Errorf("pipelining %v: mail %d: %v", pipelining, i, r.Err)
			}
		}
		s.Close()
		srv.mu.Lock()
		if srv.texts != 2 {
			t.Errorf("pipelining %v: the server took %d mails, want 2; it read %q", pipelining, srv.texts, srv.lines)
		}
		srv.mu.Unlock()
	}
}

// A recipient refused in a pipelined group fails the mail as the reply
// says (5xx permanent, 4xx temporary) and its text is never sent; each
// mail of the batch gets its own answer.
func TestSenderPipelinedRecipientRefused(t *testing.T) {
	for _, tt := range []struct {
		rcpt      string
		temporary bool
	}{{"550 5.1.1 no such user", false}, {"451 4.3.0 try later", true}} {
		srv := startScripted(t, true, tt.rcpt)
		s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: srv.port(), TLS: TLSNone, Timeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		res := s.Send(context.Background(), []Mail{ackMail("a@x"), ackMail("b@x")})
		s.Close()
		for i, r := range res {
			if r.Err == nil || r.Temporary != tt.temporary || !strings.Contains(r.Err.Error(), tt.rcpt[:3]) {
				t.Errorf("RCPT %q: mail %d = %+v, want an error with %s, temporary %v", tt.rcpt, i, r, tt.rcpt[:3], tt.temporary)
			}
		}
		srv.mu.Lock()
		if srv.texts != 0 {
			t.Errorf("RCPT %q: the server got %d texts, want none", tt.rcpt, srv.texts)
		}
		srv.mu.Unlock()
	}
}
