package dovecottest_test

import (
	"testing"

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
