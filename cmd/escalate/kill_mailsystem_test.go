package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/schema"
)

// TestMailSystemKilledRepeatedly kills the gateway process (SIGKILL) 20
// times while it works through 1,000 customer mails waiting in Dovecot,
// its acknowledgements and team notices going out through Postfix into
// each recipient's Dovecot mailbox, on PostgreSQL (issue 11: "kill -9 ×20
// during 1,000 mails"). Each kill comes after the process sent 25 more
// mails, 0–100 ms later, so it lands anywhere in the work. Then one
// gateway runs to the end. Every mail gives one ticket, none is
// quarantined, Processed holds one copy of each, every customer holds
// an acknowledgement; a mail reaches a mailbox twice only when a kill
// fell between Postfix's 250 and the mark, and every such mail is counted
// (outbox.reclaimed, the outbox_reclaimed_total of the process that sent
// it again).
func TestMailSystemKilledRepeatedly(t *testing.T) {
	needPostgres(t)
	const n, kills = 1000, 20
	customers := faultCustomers("k", n)
	began := time.Now()
	s, mx := dovecottest.StartWithPostfix(t, append([]string{supportAddr, faultAgent, faultOncall}, customers...)...)
	e := mailSystemEnv(t, schema.Postgres, s, mx)
	raws := make([][]byte, n)
	for i, c := range customers {
		raws[i] = faultMail(i, c)
	}
	s.AppendAll(t, supportAddr, "INBOX", raws...)
	ready := time.Since(began)
	dsn, err := e.cfg.DatabaseDSN(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	store, err := schema.Open(t.Context(), dsn) // migrated, as the first gateway would
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	sent := func() int { return countRows(t, store, `SELECT count(*) FROM outbox WHERE status = 'sent'`) }

	began = time.Now()
	for k := range kills {
		child, logs, _ := startGateway(t, e.cfgPath)
		before := sent()
		for deadline := time.Now().Add(30 * time.Second); sent() < before+n/(2*kills) && time.Now().Before(deadline); {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(time.Duration(rand.IntN(100)) * time.Millisecond)
		child.Process.Kill()
		child.Wait()
		if sent() == before {
			t.Fatalf("kill %d: the gateway sent nothing in 30 s; its log:\n%s", k+1, tail(logs.String(), 40))
		}
	}
	killed := time.Since(began)
	// The last gateway's clock runs a minute ahead, past the outbox leases
	// of the killed processes.
	p, _ := runProgram(t, e.cfg, ProgramOptions{Log: benchLogger(), Now: func() time.Time { return time.Now().Add(time.Minute) }})
	settleMailSystem(t, p.Store, s, mx, n, 3*time.Minute)
	settled := time.Since(began) - killed

	var reclaimed int
	store.DB().Get(&reclaimed, `SELECT count(*) FROM outbox WHERE reclaimed`)
	rows, err := p.Store.Outbox(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	outbox := map[string]schema.OutboxMail{}
	notices := map[int64]string{} // ticket → its notice's Message-ID
	for _, m := range rows {
		outbox[m.MessageID] = m
		if m.Kind == escalation.MailNotice && m.TicketID != nil {
			notices[*m.TicketID] = "<" + m.MessageID + ">"
		}
	}
	delivered, dups := 0, 0
	missing := 0
	for _, u := range append([]string{faultOncall}, customers...) {
		ids := maildirMessageIDs(t, s, u, notices)
		acks := 0
		for id, c := range ids {
			delivered += c
			dups += c - 1
			if strings.Contains(id, "."+string(escalation.MailReceipt)+".") {
				acks++
			}
			// A second copy comes only from a claim that found the
			// earlier one's lease run out with no outcome recorded.
			if m := outbox[strings.Trim(id, "<>")]; c > 1 && (!m.Reclaimed || c > m.Attempts) {
				t.Errorf("%s holds %d copies of %s, whose outbox row says reclaimed %v after %d attempts",
					u, c, id, m.Reclaimed, m.Attempts)
			}
		}
		if u != faultOncall && acks == 0 {
			missing++
		}
	}
	by, total := outboxStatuses(t, p.Store)
	tickets := countRows(t, p.Store, `SELECT count(*) FROM tickets`)
	inbound := countRows(t, p.Store, `SELECT count(*) FROM messages WHERE direction = 'in'`)
	quarantined := countRows(t, p.Store, `SELECT count(*) FROM quarantine`)
	inbox, processed := mailboxCount(t, s, "INBOX"), mailboxCount(t, s, "Processed")
	t.Logf("%d mails waiting in Dovecot (set up in %v); %d kills in %v, the last gateway settled %v later; "+
		"%d outbox mails (%v), %d copies in mailboxes, %d mails delivered twice, %d reclaimed deliveries counted",
		n, ready.Round(time.Millisecond), kills, killed.Round(time.Millisecond), settled.Round(time.Millisecond),
		total, by, delivered, dups, reclaimed)
	t.Logf("%d tickets, %d inbound messages, %d quarantined, INBOX %d, Processed %d, %d customers without an acknowledgement",
		tickets, inbound, quarantined, inbox, processed, missing)
	if dups > reclaimed {
		t.Errorf("%d mails delivered twice but only %d reclaimed deliveries counted", dups, reclaimed)
	}
	if tickets != n || inbound != n || quarantined != 0 || inbox != 0 || processed != n || missing != 0 ||
		by[schema.OutboxSent] != total || delivered-dups != total {
		t.Errorf("want %d tickets and inbound messages, 0 quarantined, INBOX 0, Processed %d, 0 customers without an "+
			"acknowledgement, every outbox mail sent and in its mailbox (%d distinct)", n, n, total)
	}
}

// maildirMessageIDs counts the mails of user's Dovecot INBOX (Maildir
// new and cur) by Message-ID; a digest of notices counts as each notice
// it lists (notices: a ticket's notice's Message-ID).
func maildirMessageIDs(t *testing.T, s *dovecottest.Server, user string, notices map[int64]string) map[string]int {
	t.Helper()
	ids := map[string]int{}
	for _, sub := range []string{"new", "cur"} {
		dir := filepath.Join(s.Dir, "mail", user, sub)
		es, _ := os.ReadDir(dir)
		for _, e := range es {
			raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			m, err := mail.ReadMessage(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("%s/%s: %v", user, e.Name(), err)
			}
			id := m.Header.Get("Message-Id")
			if !strings.Contains(id, ".digest-") {
				ids[id]++
				continue
			}
			body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
			if err != nil {
				t.Fatalf("%s/%s: %v", user, e.Name(), err)
			}
			listed := 0
			for _, line := range strings.Split(string(body), "\n") {
				var n int64
				if _, err := fmt.Sscanf(line, "[ESC-%d]", &n); err == nil && strings.HasPrefix(line, "[ESC-") {
					if notices[n] == "" {
						t.Errorf("digest %s lists ESC-%d, which has no notice", id, n)
					}
					ids[notices[n]]++
					listed++
				}
			}
			if want := strings.Split(strings.Split(id, ".digest-")[1], ".")[0]; fmt.Sprint(listed) != want {
				t.Errorf("digest %s lists %d tickets", id, listed)
			}
		}
	}
	return ids
}
