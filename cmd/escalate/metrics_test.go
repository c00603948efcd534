package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/escalation/desk"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

func TestMetricsCountQuarantine(t *testing.T) {
	cfg, err := ParseConfig([]byte("[gateway]\naddress = \"support@acme.example\"\nsecret = \"k\"\n[smtp]\nhost = \"127.0.0.1\"\n"), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d, err := desk.New(ctx, cfg.deskConfig("k"), schematest.Open(t, schema.SQLite), classify.Default(),
		escalation.DefaultProtocol(), time.Now, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	d.Handle(ctx, intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, FetchErr: errors.New("NO")})
	raw := "From: Ann <ann@a.example>\r\nSubject: Outage\r\nMessage-ID: <a1@a.example>\r\n\r\nDown.\r\n"
	if err := d.Handle(ctx, intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 2, Raw: []byte(raw), InternalDate: time.Now()}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(promhttp.HandlerFor(newRegistry(d), promhttp.HandlerOpts{}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"escalate_mail_quarantined_total 1", "escalate_mail_received_total 2", "escalate_tickets_opened_total 1"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestMetricsFromTheStore runs the gateway on one customer mail and reads
// /metrics: the store-derived figures and each mailbox's connection.
func TestMetricsFromTheStore(t *testing.T) {
	e := newEnv(t, schema.SQLite)
	p := e.start(t, time.Now)
	if _, err := e.imap.Deliver("INBOX", []byte(customerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the receipt to be delivered", func() bool {
		tk, err := p.Store.Ticket(context.Background(), 1)
		return err == nil && tk.AckedAt != nil
	})
	srv := httptest.NewServer(p.metricsHandler())
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`escalate_tickets{severity="P1",status="open"} 1`,
		`escalate_ticket_latency_seconds_count{stage="receipt"} 1`,
		`escalate_ticket_latency_seconds_bucket{stage="receipt",le="+Inf"} 1`,
		`escalate_ticket_latency_seconds_count{stage="first_response"} 0`,
		`escalate_outbox_mails{status="sent"} 1`,
		`escalate_outbox_mails{status="pending"} 0`,
		`escalate_outbox_oldest_pending_age_seconds 0`,
		`escalate_delivery_failures_total 0`,
		`escalate_messages_stored_total{direction="in"} 1`,
		`escalate_quarantine_mails 0`,
		`escalate_mailbox_connected{mailbox="support"} 1`,
		`escalate_imap_reconnects_total{mailbox="support"} 0`,
		`escalate_store_scrape_ok 1`,
		`escalate_mail_received_total 1`,
		`escalate_breaches_total 0`,
		`escalate_escalations_total 0`,
		`escalate_tickets_by_escalation_level{level="3"} 1`, // a P1 pages up to the VP at intake
		`escalate_mailbox_lease{holder="`,
		`escalate_outbox_reclaimed_total 0`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("/metrics:\n%s", body)
	}
}
