package intake_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/memserver"
)

// selfSigned makes a certificate for 127.0.0.1 valid for the test.
func selfSigned(t *testing.T) tls.Certificate {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "imap.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

func TestPollerOverTLS(t *testing.T) {
	conf := &tls.Config{Certificates: []tls.Certificate{selfSigned(t)}}
	for _, tc := range []struct {
		mode     string
		implicit bool
		verify   bool // leave certificate verification on: must fail
	}{
		{intake.TLSImplicit, true, false},
		{intake.TLSStartTLS, false, false},
		{intake.TLSImplicit, true, true},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			srv, err := memserver.Start("u@example.com", "pw", nil, memserver.Options{TLS: conf, ImplicitTLS: tc.implicit})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			srv.Deliver("INBOX", msg(1), time.Now())
			h := newHandler()
			cfg := intake.MailboxConfig{Addr: srv.Addr, TLS: tc.mode, Username: "u@example.com",
				Secret: func(context.Context) (string, error) { return "pw", nil }, InsecureSkipVerify: !tc.verify}
			logs := &logSink{lines: make(chan string, 10)}
			p := intake.NewPoller(cfg, h, slog.New(slog.NewTextHandler(logs, nil)))
			p.SetRetryDelay(time.Hour)
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			done := make(chan struct{})
			go func() { p.Run(ctx); close(done) }()
			if tc.verify {
				select {
				case line := <-logs.lines:
					if !strings.Contains(line, "certificate") {
						t.Errorf("session failure logged as %q, want a certificate error", line)
					}
				case <-ctx.Done():
					t.Fatal("no session failure with an unverifiable certificate")
				}
				cancel()
				<-done
				if len(h.uids()) != 0 {
					t.Error("mail read over TLS with an unverifiable certificate")
				}
				return
			}
			h.waitN(t, 1)
			cancel()
			<-done
		})
	}
}

// logSink passes each log line to a channel.
type logSink struct{ lines chan string }

func (l *logSink) Write(b []byte) (int, error) {
	select {
	case l.lines <- string(b):
	default:
	}
	return len(b), nil
}

func TestXOAUTH2InitialResponse(t *testing.T) {
	mech, ir, err := intake.XOAUTH2("support@contoso.example", "tok").Start()
	if err != nil || mech != "XOAUTH2" || string(ir) != "user=support@contoso.example\x01auth=Bearer tok\x01\x01" {
		t.Errorf("XOAUTH2 Start = %q, %q, %v", mech, strings.ReplaceAll(string(ir), "\x01", "^A"), err)
	}
}
