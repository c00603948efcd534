package main

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

func TestMetricsCountQuarantine(t *testing.T) {
	g := newGW(t, schematest.Open(t, schema.SQLite))
	g.Handle(context.Background(), intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, FetchErr: errors.New("NO")})
	g.uid = 1
	g.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
	srv := httptest.NewServer(promhttp.HandlerFor(newRegistry(g.Gateway), promhttp.HandlerOpts{}))
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
