package mailer

import (
	"context"
	"crypto/x509"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

// The sender speaks STARTTLS and implicit TLS, verifies the certificate
// against the system roots or a configured private CA, and refuses to send
// to a server it cannot verify.
func TestSenderTLS(t *testing.T) {
	conf, ca, err := smtpsink.SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		mode     string
		implicit bool
		roots    *x509.CertPool
		insecure bool
		wantOK   bool
	}{
		{"starttls private CA", TLSStartTLS, false, ca, false, true},
		{"implicit private CA", TLSImplicit, true, ca, false, true},
		{"starttls insecure", TLSStartTLS, false, nil, true, true},
		{"starttls unverifiable", TLSStartTLS, false, nil, false, false},
		{"implicit unverifiable", TLSImplicit, true, nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sink, err := smtpsink.StartTLS(conf, tc.implicit)
			if err != nil {
				t.Fatal(err)
			}
			defer sink.Close()
			s, err := NewSender(SMTPConfig{Host: "127.0.0.1", Port: sink.Port(), TLS: tc.mode,
				Timeout: 5 * time.Second, RootCAs: tc.roots, InsecureSkipVerify: tc.insecure})
			if err != nil {
				t.Fatal(err)
			}
			res := s.Send(context.Background(), []Mail{ackMail("esc.1.ack.1.x@acme.test")})
			got := len(sink.Messages())
			if tc.wantOK {
				if res[0].Err != nil || got != 1 {
					t.Errorf("Send = %v, sink holds %d; want delivered", res[0].Err, got)
				}
				return
			}
			if res[0].Err == nil || got != 0 || !strings.Contains(res[0].Err.Error(), "certificate") {
				t.Errorf("Send = %v, sink holds %d; want a certificate error and nothing delivered", res[0].Err, got)
			}
		})
	}
}
