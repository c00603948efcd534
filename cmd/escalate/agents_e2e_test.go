package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// mailTo returns the first mail the sink accepted for rcpt whose subject
// holds want, waiting for it.
func mailTo(t *testing.T, e *env, rcpt, want string) smtpsink.Message {
	t.Helper()
	ctx := wait(t)
	for {
		// Wait for one more than were looked at: a mail that came
		// between the look and the wait would otherwise be waited past.
		seen := e.smtp.Messages()
		for _, m := range seen {
			h := m.Header()
			subject, _ := h.Subject()
			if strings.Join(m.To, ",") == rcpt && strings.Contains(subject+"\n"+string(m.Raw), want) {
				return m
			}
		}
		if _, err := e.smtp.Wait(ctx, len(seen)+1); err != nil {
			t.Fatalf("no mail to %s with %q: %v", rcpt, want, err)
		}
	}
}

// The agents' loop on the in-process servers: customer mail → receipt →
// an agent's reply with text and #severity → the customer's Status Update
// in their own thread → #resolve with #root-cause → Resolution
// Confirmation → the customer's reply reopens. A forged agent mail in the
// thread changes nothing.
func TestEndToEndAgents(t *testing.T) {
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d, "oncall@acme.example")
			p := e.start(t, nil)
			deliver := func(raw string) {
				t.Helper()
				if _, err := e.imap.Deliver("INBOX", []byte(strings.ReplaceAll(raw, "\n", "\r\n")), time.Now()); err != nil {
					t.Fatal(err)
				}
			}
			deliver("From: Lin <lin@globex.example>\nTo: support@acme.example\nSubject: Export is slow\n" +
				"Message-ID: <c1@globex.example>\n\nThe CSV export takes a minute.\n")
			ack := mailTo(t, e, "lin@globex.example", "[ESC-1]")
			ah := ack.Header()
			ackID := strings.Trim(ah.Get("Message-Id"), "<>")

			const vouched = "Authentication-Results: mx.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example\n"
			deliver(vouched + "From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n" +
				"Message-ID: <d1@acme.example>\nIn-Reply-To: <" + ackID + ">\n\n#severity P1\n" +
				"Every export fails for all users; we are rolling back.\n\nOn Thu, Acme Support wrote:\n> thank you for contacting us\n")
			up := mailTo(t, e, "lin@globex.example", "rolling back")
			h := up.Header()
			if h.Get("In-Reply-To") != "<c1@globex.example>" || !strings.Contains(h.Get("References"), "<c1@globex.example>") ||
				strings.Contains(string(up.Raw), "thank you for contacting") || strings.Contains(string(up.Raw), "#severity") {
				t.Errorf("status update not in the customer's thread or relays the wrong text:\n%s", up.Raw)
			}

			deliver("From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n" +
				"Message-ID: <forged@evil.example>\nIn-Reply-To: <c1@globex.example>\n\n#resolve\nNothing to see.\n")
			mailTo(t, e, "dana@acme.example", "not accepted")

			deliver(vouched + "From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n" +
				"Message-ID: <d2@acme.example>\nIn-Reply-To: <c1@globex.example>\n\n#root-cause a missing index\n#resolve Added the index.\n")
			res := mailTo(t, e, "lin@globex.example", "missing index")
			rh := res.Header()
			resID := strings.Trim(rh.Get("Message-Id"), "<>")
			ctx := context.Background()
			tk, err := p.Store.Ticket(ctx, 1)
			if err != nil || tk.Status != escalation.Resolved || tk.Severity != 1 || tk.RootCause != "a missing index" {
				t.Fatalf("after #resolve: %+v, %v", tk, err)
			}
			if n := countKind(t, p, escalation.MailResolution); n != 1 {
				t.Errorf("%d resolution mails, want 1 (the forged #resolve must not send one)", n)
			}

			deliver("From: Lin <lin@globex.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Export is slow\n" +
				"Message-ID: <c2@globex.example>\nIn-Reply-To: <" + resID + ">\n\nIt is slow again.\n")
			waitFor(t, "the customer's reply reopens ESC-1", func() bool {
				tk, err := p.Store.Ticket(ctx, 1)
				return err == nil && tk.Status == escalation.Open
			})
			if n := countKind(t, p, escalation.MailReceipt); n != 1 {
				t.Errorf("%d receipts, want 1", n)
			}
		})
	}
}

func countKind(t *testing.T, p *Program, kind escalation.MailKind) int {
	t.Helper()
	all, err := p.Store.Outbox(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range all {
		if m.Kind == kind {
			n++
		}
	}
	return n
}
