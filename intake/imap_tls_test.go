package intake_test

import (
	"context"
	"crypto/x509"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/memserver"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

func TestPollerOverTLS(t *testing.T) {
	conf, privateCA, err := smtpsink.SelfSigned()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		mode     string
		implicit bool
		verify   bool // leave certificate verification on: must fail without roots
		roots    *x509.CertPool
	}{
		{"implicit", intake.TLSImplicit, true, false, nil},
		{"starttls", intake.TLSStartTLS, false, false, nil},
		{"unverifiable", intake.TLSImplicit, true, true, nil},
		{"private CA implicit", intake.TLSImplicit, true, true, privateCA},
		{"private CA starttls", intake.TLSStartTLS, false, true, privateCA},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, err := memserver.Start("u@example.com", "pw", nil, memserver.Options{TLS: conf, ImplicitTLS: tc.implicit})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			srv.Deliver("INBOX", msg(1), time.Now())
			h := newHandler()
			cfg := intake.MailboxConfig{Addr: srv.Addr, TLS: tc.mode, Username: "u@example.com",
				Secret: func(context.Context) (string, error) { return "pw", nil }, InsecureSkipVerify: !tc.verify,
				RootCAs: tc.roots}
			logs := &logSink{lines: make(chan string, 10)}
			p := intake.NewPoller(cfg, h, slog.New(slog.NewTextHandler(logs, nil)))
			p.SetRetryDelay(time.Hour)
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			done := make(chan struct{})
			go func() { p.Run(ctx); close(done) }()
			if tc.verify && tc.roots == nil {
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
