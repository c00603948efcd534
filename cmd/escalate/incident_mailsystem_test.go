package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// incidentCustomers is N of TestMailSystemIncident: 30 in the regular
// suite; ESCALATE_INCIDENT_CUSTOMERS=200 is the load run
// (ESCALATE_INCIDENT_SMTP_CONNECTIONS sets the gateway's smtp.connections).
func incidentCustomers(t *testing.T) int {
	s := os.Getenv("ESCALATE_INCIDENT_CUSTOMERS")
	if s == "" {
		return 30
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 2 {
		t.Fatalf("ESCALATE_INCIDENT_CUSTOMERS=%q: want a number of customers, at least 2", s)
	}
	return n
}

// TestMailSystemIncident runs an outage on a real mail system (Dovecot
// and Postfix, as TestMailSystemAgents): N customers write, an agent
// declares the first ticket an incident and links the others, then sends
// one update; every customer must find exactly one Status Update in
// their own thread. It prints the time from the agent's update to the
// last customer's copy against the raw Postfix→Dovecot rate of N mails
// measured in the same run.
func TestMailSystemIncident(t *testing.T) {
	const (
		agent = "dana@acme.example"
		pass  = "Authentication-Results: mx.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example\r\n"
	)
	n := incidentCustomers(t)
	customers := make([]string, n)
	for i := range customers {
		customers[i] = fmt.Sprintf("c%03d@cust%03d.example", i+1, i+1)
	}
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			s, mx := dovecottest.StartWithPostfix(t, append([]string{supportAddr, agent, "oncall@acme.example"}, customers...)...)
			e := mailSystemEnv(t, d, s, mx, func(text string) string {
				if c := os.Getenv("ESCALATE_INCIDENT_SMTP_CONNECTIONS"); c != "" {
					text = strings.Replace(text, "timeout = \"5s\"\n", "timeout = \"5s\"\nconnections = "+c+"\n", 1)
				}
				return text
			})
			p := e.start(t, nil)
			send := func(from, raw string) {
				t.Helper()
				mx.Send(t, from, []string{supportAddr}, []byte(strings.ReplaceAll(raw, "\n", "\r\n")))
			}

			start := time.Now()
			for i, c := range customers {
				send(c, fmt.Sprintf("From: %s\nTo: support@acme.example\nSubject: Nobody can log in\n"+
					"Message-ID: <m%d@%s>\n\nSince 9:00 nobody at our office can log in.\n", c, i+1, domainOf(c)))
			}
			waitMaildirs(t, s, customers, 1, time.Duration(n)*time.Second+30*time.Second)
			t.Logf("%d customers wrote and were acknowledged in %v", n, time.Since(start).Round(time.Millisecond))

			// The agent declares ESC-1 an incident and links every other
			// ticket, then sends one update.
			// A #link line per 20 tickets: mail lines stay short (RFC
			// 5322 §2.1.1), as a mail client would wrap them.
			var links strings.Builder
			for id := 2; id <= n; id++ {
				if (id-2)%20 == 0 {
					links.WriteString("\n#link")
				}
				links.WriteString(" ESC-" + strconv.Itoa(id))
			}
			send(agent, pass+"From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Nobody can log in\n"+
				"Message-ID: <d1@acme.example>\n\n#incident"+links.String()+"\n")
			for deadline := time.Now().Add(time.Duration(n)*100*time.Millisecond + 30*time.Second); ; time.Sleep(10 * time.Millisecond) {
				tk, err := p.Store.Ticket(t.Context(), int64(n))
				if err == nil && tk.IncidentID != nil && *tk.IncidentID == 1 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("ESC-%d not linked to ESC-1 after the agent's #link", n)
				}
			}
			// The team notices of the outage are delivered before the
			// update, so that it does not queue behind them.
			for deadline := time.Now().Add(time.Duration(n)*100*time.Millisecond + 30*time.Second); outboxPending(t, p) > 0; time.Sleep(10 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("%d mails still pending in the outbox", outboxPending(t, p))
				}
			}
			update := time.Now()
			send(agent, pass+"From: Dana <dana@acme.example>\nTo: support@acme.example\nSubject: Re: [ESC-1] Nobody can log in\n"+
				"Message-ID: <d2@acme.example>\n\nAn expired certificate blocks every log-in; we are replacing it.\n")
			waitMaildirs(t, s, customers, 2, time.Duration(n)*time.Second+30*time.Second)
			fanout := time.Since(update)
			committed, accepted := updateTimes(t, p)

			// Every customer: exactly one Status Update, in their own thread.
			for i, c := range customers {
				msgs := s.Messages(t, c, "INBOX")
				updates := 0
				for _, raw := range msgs {
					r, err := mail.CreateReader(bytes.NewReader(raw))
					if err != nil {
						t.Fatalf("mail of %s: %v", c, err)
					}
					if !strings.Contains(r.Header.Get("Message-Id"), "."+string(escalation.MailStatusUpdate)+".") {
						continue
					}
					updates++
					irt, _ := r.Header.MsgIDList("In-Reply-To")
					subject, _ := r.Header.Subject()
					mine := fmt.Sprintf("m%d@%s", i+1, domainOf(c))
					if len(irt) != 1 || irt[0] != mine || !strings.HasPrefix(subject, "Re: [ESC-") || !strings.HasSuffix(subject, "] Nobody can log in") {
						t.Errorf("%s: update in reply to %v, subject %q; want their own thread <%s>", c, irt, subject, mine)
					}
				}
				if updates != 1 || len(msgs) != 2 {
					t.Errorf("%s holds %d mails, %d status updates; want 2 mails, 1 update", c, len(msgs), updates)
				}
			}

			// The raw rate: the same number of mails, Postfix to Dovecot.
			raw := time.Now()
			for i, c := range customers {
				mx.Send(t, "probe@acme.example", []string{c}, []byte(fmt.Sprintf(
					"From: probe@acme.example\r\nTo: %s\r\nSubject: probe %d\r\nMessage-ID: <probe%d@acme.example>\r\n\r\nprobe\r\n", c, i, i)))
			}
			waitMaildirs(t, s, customers, 3, time.Duration(n)*time.Second+30*time.Second)
			direct := time.Since(raw)
			fmt.Printf("incident %s, N=%d: agent's update to the last customer's copy %v (%.0f mails/s; committed at %v, "+
				"last accepted by Postfix at %v); raw Postfix→Dovecot, %d mails: %v (%.0f mails/s); ratio %.2f\n", d, n,
				fanout.Round(time.Millisecond), float64(n)/fanout.Seconds(), committed.Sub(update).Round(time.Millisecond),
				accepted.Sub(update).Round(time.Millisecond), n, direct.Round(time.Millisecond), float64(n)/direct.Seconds(),
				fanout.Seconds()/direct.Seconds())
		})
	}
}

// outboxPending counts the mails the gateway has yet to deliver.
func outboxPending(t *testing.T, p *Program) int {
	t.Helper()
	all, err := p.Store.Outbox(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range all {
		if m.Status == schema.OutboxPending {
			n++
		}
	}
	return n
}

// updateTimes are when the status updates were committed (their outbox
// rows created) and when Postfix accepted the last of them.
func updateTimes(t *testing.T, p *Program) (committed, accepted time.Time) {
	t.Helper()
	all, err := p.Store.Outbox(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range all {
		if m.Kind != escalation.MailStatusUpdate {
			continue
		}
		committed = m.CreatedAt
		if m.SentAt != nil && m.SentAt.After(accepted) {
			accepted = *m.SentAt
		}
	}
	return committed, accepted
}

func domainOf(addr string) string { _, d, _ := strings.Cut(addr, "@"); return d }

// waitMaildirs waits until every user's INBOX Maildir holds at least n
// mails, reading the directories (cheaper and finer than an IMAP login per
// mailbox), or fails the test after timeout.
func waitMaildirs(t *testing.T, s *dovecottest.Server, users []string, n int, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	pending := append([]string(nil), users...)
	for len(pending) > 0 {
		var still []string
		for _, u := range pending {
			count := 0
			for _, sub := range []string{"new", "cur"} {
				es, _ := os.ReadDir(filepath.Join(s.Dir, "mail", u, sub))
				count += len(es)
			}
			if count < n {
				still = append(still, u)
			}
		}
		pending = still
		if len(pending) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v, %d mailboxes hold fewer than %d mails (first: %s)", timeout, len(pending), n, pending[0])
		}
		time.Sleep(5 * time.Millisecond)
	}
}
