package main

import (
	"context"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"

	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestDovecotEndToEnd runs the whole gateway against a real Dovecot: a
// customer's mail delivered over LMTP (as Postfix would) while the gateway
// idles becomes a ticket, and its acknowledgement reaches SMTP in the
// customer's thread; the mail then sits in Processed. It skips without
// Dovecot unless CI=true.
func TestDovecotEndToEnd(t *testing.T) {
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			s := dovecottest.Start(t, supportAddr)
			target := imapTarget{name: "dovecot", addr: s.Addr, user: s.User, password: s.Password}
			e := newTargetEnv(t, target, d)
			p := e.start(t, nil)
			s.Deliver(t, supportAddr, []byte(customerMail))

			msgs, err := e.smtp.Wait(wait(t), 1)
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 {
				t.Fatalf("SMTP accepted %d mails, want the acknowledgement only", len(msgs))
			}
			checkAck(t, msgs[0])
			h := msgs[0].Header()
			ackID, _ := h.MessageID()
			if ackID == "" || !strings.HasSuffix(ackID, "@acme.example") {
				t.Errorf("ack Message-ID = %q, want one of ours (@acme.example)", ackID)
			}

			ctx := context.Background()
			tk, err := p.Store.Ticket(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			if tk.Severity != 1 || tk.Status != "open" || tk.CustomerAddr != "priya@northwind.example" ||
				tk.ThreadRoot != "m2@northwind.example" {
				t.Errorf("ticket = %+v, want an open P1 of priya@northwind.example rooted at m2@northwind.example", tk)
			}
			c := s.Login(t, supportAddr, nil)
			waitFor(t, "mail moved to Processed", func() bool {
				in, err1 := c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait()
				done, err2 := c.Status(dovecottest.Processed, &imap.StatusOptions{NumMessages: true}).Wait()
				return err1 == nil && err2 == nil && *in.NumMessages == 0 && *done.NumMessages == 1
			})
		})
	}
}
