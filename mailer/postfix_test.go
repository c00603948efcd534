package mailer

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake/dovecottest"
)

// TestSenderThroughPostfix delivers the gateway's mail through a real
// Postfix into the customer's Dovecot mailbox: the threading headers arrive
// intact, a recipient Postfix refuses is a permanent failure (5xx), and
// Postfix being down is a temporary one (RFC 5321 §4.2.1).
func TestSenderThroughPostfix(t *testing.T) {
	t.Parallel()
	const customer = "alice@customer.example"
	mbox, mta := dovecottest.StartWithPostfix(t, "support@acme.example", customer)
	s, err := NewSender(SMTPConfig{Host: mta.Host(), Port: mta.Port(), TLS: TLSNone, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ack := Mail{
		MessageID: "esc.1.ack.test@acme.example", Date: time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC),
		FromName: "Acme Support", FromAddr: "support@acme.example", To: []string{customer},
		Subject: "Re: [ESC-1] Checkout down", Body: "We are on it.\n",
		InReplyTo: "orig-1@customer.example", References: []string{"orig-1@customer.example"},
	}
	stranger := ack
	stranger.MessageID, stranger.To = "esc.1.ack.stranger@acme.example", []string{"nobody@customer.example"}

	res := s.Send(context.Background(), []Mail{ack, stranger})
	if res[0].Err != nil {
		t.Errorf("Send to %s: %v", customer, res[0].Err)
	}
	if res[1].Err == nil || res[1].Temporary {
		t.Errorf("Send to an unknown user = %+v, want a permanent error", res[1])
	}
	got := mbox.WaitMessages(t, customer, "INBOX", 1, 15*time.Second)
	for _, want := range []string{
		"Message-ID: <esc.1.ack.test@acme.example>",
		"In-Reply-To: <orig-1@customer.example>",
		"References: <orig-1@customer.example>",
		"Return-Path: <support@acme.example>",
	} {
		if !bytes.Contains(got[0], []byte(want)) {
			t.Errorf("delivered ack lacks %q:\n%s", want, got[0])
		}
	}

	mta.Stop(t)
	down := s.Send(context.Background(), []Mail{ack})
	if down[0].Err == nil || !down[0].Temporary {
		t.Errorf("Send with Postfix down = %+v, want a temporary error", down[0])
	}
	mta.Start(t)
	if again := s.Send(context.Background(), []Mail{ack}); again[0].Err != nil {
		t.Errorf("Send after Postfix is back: %v", again[0].Err)
	}
	if got := mbox.WaitMessages(t, customer, "INBOX", 2, 15*time.Second); !strings.Contains(string(got[1]), "We are on it.") {
		t.Errorf("second delivery = %q, want the ack's text", got[1])
	}
}
