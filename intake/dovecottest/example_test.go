package dovecottest_test

import (
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/escalate-dev/escalate/intake/dovecottest"
)

// A test starts its own Dovecot, delivers a customer's mail over LMTP and
// reads it back over IMAP, as the intake poller would.
func Example() {
	test := func(t *testing.T) {
		srv := dovecottest.Start(t, "support@example.com")
		srv.Deliver(t, "support@example.com", []byte("From: alice@customer.example\r\n"+
			"Subject: Production down\r\n\r\nPlease help.\r\n"))

		c := srv.Login(t, srv.User, nil) // or imapclient.DialInsecure(srv.Addr, …) + Login(srv.User, srv.Password)
		st, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			t.Fatal(err)
		}
		if *st.NumMessages != 1 {
			t.Errorf("INBOX has %d messages, want 1", *st.NumMessages)
		}
	}
	_ = test
}

// A test puts Postfix in front of Dovecot, sends as an agent to a customer
// over SMTP and reads the customer's mailbox over IMAP.
func ExampleServer_StartPostfix() {
	test := func(t *testing.T) {
		srv := dovecottest.Start(t, "support@acme.example", "alice@customer.example")
		mta := srv.StartPostfix(t) // mta.Addr is the SMTP address for the gateway's [smtp] host and port
		mta.Send(t, "dana@acme.example", []string{"alice@customer.example"}, []byte(
			"From: Dana <dana@acme.example>\r\nSubject: [ESC-1] status\r\n\r\nWe are on it.\r\n"))
		got := srv.WaitMessages(t, "alice@customer.example", "INBOX", 1, 10*time.Second)
		if len(got) != 1 {
			t.Errorf("customer has %d messages, want 1", len(got))
		}
		mta.Stop(t) // an outage: SMTP is refused until
		mta.Start(t)
	}
	_ = test
}
