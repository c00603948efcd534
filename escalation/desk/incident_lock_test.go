package desk

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// Two agents write at once on PostgreSQL, through two gateways: one on
// an incident (its update goes to the linked ticket, whose row it locks
// second) and one on the linked ticket (which loads its incident second).
// The first holds its incident until the second has locked its ticket or
// waits for a lock; taken in opposite orders, the two rows would
// deadlock and PostgreSQL would abort one. Both lock the incident first,
// so the second waits and both mails commit.
func TestIncidentAgentsAtOnceDoNotDeadlock(t *testing.T) {
	if os.Getenv(schematest.EnvURL) == "" {
		schematest.Dialects(t) // fails under CI=true
		t.Skip("PostgreSQL only")
	}
	ctx := context.Background()
	dsn := schematest.DSN(t, schema.Postgres)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	app := "lockorder-" + q.Get("search_path")
	q.Set("application_name", app)
	u.RawQuery = q.Encode()
	open := func(dsn string) *schema.Store {
		s, err := schema.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	first, second := newHarness(t, open(dsn), withTeam), newHarness(t, open(u.String()), withTeam)
	for i := 1; i <= 2; i++ {
		first.feed(rawMail(fmt.Sprintf("u%d@cust%d.example", i, i), "Nobody can log in", "Since 9:00 nobody here can log in.",
			fmt.Sprintf("Message-ID: <c%d@cust.example>", i)))
	}
	agent := func(n int, ticket int64, text string) intake.Fetched {
		return intake.Fetched{Mailbox: fmt.Sprintf("agents%d", n), UIDValidity: 1, UID: 1, InternalDate: first.now,
			Raw: rawMail("Dana <dana@acme.example>", fmt.Sprintf("Re: [ESC-%d] Nobody can log in", ticket), text,
				fmt.Sprintf("Message-ID: <d%d@acme.example>", n), vouched)}
	}
	if err := first.Handle(ctx, agent(0, 1, "#incident\n#link ESC-2")); err != nil || first.ticket(2).IncidentID != 1 {
		t.Fatalf("linking ESC-2 to the incident ESC-1: %v", err)
	}

	holding, release := make(chan struct{}), make(chan struct{})
	first.loaded = func(id int64) {
		if id == 1 {
			close(holding)
			<-release
		}
	}
	locked := make(chan int64, 4)
	second.loaded = func(id int64) { locked <- id }
	errs := make(chan error, 2)
	go func() {
		errs <- first.Handle(ctx, agent(1, 1, "We found an expired certificate and are replacing it."))
	}()
	<-holding
	go func() { errs <- second.Handle(ctx, agent(2, 2, "Thanks, we are on it.")) }()
	waiting, stop := make(chan struct{}), make(chan struct{})
	go func() {
		// Until the second transaction waits for a lock (or has one).
		for {
			var n int
			err := first.store.DB().GetContext(ctx, &n, `SELECT COUNT(*) FROM pg_stat_activity
			WHERE application_name = $1 AND wait_event_type = 'Lock'`, app)
			if err == nil && n > 0 {
				close(waiting)
				return
			}
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	select {
	case <-locked: // ESC-2 locked while the incident is held: the order the deadlock needs
	case <-waiting:
	}
	close(stop)
	close(release)
	for range 2 {
		if err := <-errs; err != nil {
			t.Errorf("an agent's mail: %v", err)
		}
	}
	ups := first.mailsTo(escalation.MailStatusUpdate, "u2@cust2.example")
	if len(ups) != 2 || !strings.Contains(ups[0].Body+ups[1].Body, "expired certificate") || !strings.Contains(ups[0].Body+ups[1].Body, "on it") {
		t.Errorf("the linked customer got %d status updates, want the incident's and the agent's reply", len(ups))
	}
	if n := first.count(`SELECT COUNT(*) FROM messages WHERE direction = 'in' AND ticket_id = 2`); n != 2 {
		t.Errorf("ESC-2 has %d incoming mails, want 2 (the customer's and the agent's)", n)
	}
}
