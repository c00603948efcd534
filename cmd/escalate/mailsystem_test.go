package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestMailSystemAgents runs the agents' loop on a real mail system:
// Dovecot holds every mailbox, Postfix carries every mail (the customer's,
// the agent's and the gateway's), and the customer reads the gateway's
// mail from their own Dovecot mailbox. The test plays the receiving MX
// for mail it submits: it stamps the Authentication-Results a trusted
// server would write (dmarc=pass for the agent, fail for a forger).
// It skips without Dovecot and Postfix unless CI=true.
func TestMailSystemAgents(t *testing.T) {
	const (
		customer = "lin@globex.example"
		agent    = "dana@acme.example"
		pass     = "Authentication-Results: mx.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example\r\n"
		fail     = "Authentication-Results: mx.acme.example; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=acme.example\r\n"
	)
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			s, mx := dovecottest.StartWithPostfix(t, supportAddr, customer, agent, "oncall@acme.example")
			e := mailSystemEnv(t, d, s, mx)
			p := e.start(t, nil)
			send := func(envelope, raw string) {
				t.Helper()
				mx.Send(t, envelope, []string{supportAddr}, []byte(strings.ReplaceAll(raw, "\n", "\r\n")))
			}
			inbox := func(user string, n int) *mail.Reader {
				t.Helper()
				msgs := s.WaitMessages(t, user, "INBOX", n, 30*time.Second)
				r, err := mail.CreateReader(bytes.NewReader(msgs[n-1]))
				if err != nil {
					t.Fatalf("mail %d of %s: %v", n, user, err)
				}
				return r
			}
			body := func(r *mail.Reader) string {
				part, err := r.NextPart()
				if err != nil {
					t.Fatal(err)
				}
				b := new(bytes.Buffer)
				b.ReadFrom(part.Body)
				return b.String()
			}

			send(customer, "From: Lin <lin@globex.example>\nTo: support@acme.example\nSubject: Export is slow\n"+
				"Message-ID: <c1@globex.example>\n\nThe CSV export takes a minute.\n")
			ack := inbox(customer, 1)
			ackID, _ := ack.Header.MessageID()

			send(agent, pass+"From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n"+
				"Message-ID: <d1@acme.example>\nIn-Reply-To: <"+ackID+">\n\n#severity P1\nEvery export fails; we are rolling back.\n")
			up := inbox(customer, 2)
			irt, _ := up.Header.MsgIDList("In-Reply-To")
			refs, _ := up.Header.MsgIDList("References")
			if text := body(up); len(irt) != 1 || irt[0] != "c1@globex.example" || len(refs) == 0 || refs[0] != "c1@globex.example" ||
				!strings.Contains(text, "rolling back") || strings.Contains(text, "#severity") {
				t.Errorf("status update in reply to %v, references %v:\n%s", irt, refs, text)
			}

			send("mallory@evil.example", fail+"From: Dana <dana@acme.example>\nTo: support@acme.example\n"+
				"Subject: Re: [ESC-1] Export is slow\nMessage-ID: <forged@evil.example>\nIn-Reply-To: <c1@globex.example>\n\n#resolve\nNothing to see.\n")
			inbox(agent, 1) // the agent's address is told its mail was not accepted

			send(agent, pass+"From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n"+
				"Message-ID: <d2@acme.example>\nIn-Reply-To: <c1@globex.example>\n\n#root-cause a missing index\n#resolve Added the index.\n")
			res := inbox(customer, 3)
			resID, _ := res.Header.MessageID()
			if text := body(res); !strings.Contains(text, "missing index") || !strings.Contains(text, "Added the index") {
				t.Errorf("resolution confirmation:\n%s", text)
			}
			ctx := context.Background()
			if n := countKind(t, p, escalation.MailResolution); n != 1 {
				t.Errorf("%d resolution mails, want 1 (the forged #resolve must not send one)", n)
			}

			send(customer, "From: Lin <lin@globex.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n"+
				"Message-ID: <c2@globex.example>\nIn-Reply-To: <"+resID+">\n\nIt is slow again.\n")
			waitFor(t, "the customer's reply reopens ESC-1", func() bool {
				tk, err := p.Store.Ticket(ctx, 1)
				return err == nil && tk.Status == escalation.Open
			})
		})
	}
}
