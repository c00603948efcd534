package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/escalate-dev/escalate/escalation/desk"
)

// newRegistry exposes the gateway's counters to Prometheus.
func newRegistry(g *desk.Desk) *prometheus.Registry {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	counter := func(name, help string, v *atomic.Int64) {
		r.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "escalate", Name: name, Help: help},
			func() float64 { return float64(v.Load()) }))
	}
	counter("mail_received_total", "Mail fetched from the mailboxes.", &g.Stats.Received)
	counter("mail_duplicates_total", "Mail already stored (same Message-ID or mailbox position).", &g.Stats.Duplicates)
	counter("mail_quarantined_total", "Mail that could not be fetched or parsed, kept in quarantine.", &g.Stats.Quarantined)
	counter("tickets_opened_total", "Tickets opened.", &g.Stats.Opened)
	counter("acks_queued_total", "Acknowledgements queued for delivery.", &g.Stats.AcksQueued)
	return r
}

// serveMetrics serves /metrics (the gateway's counters, the store-derived
// metrics, each mailbox's connection) and /healthz on ln until ctx ends.
func (p *Program) serveMetrics(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: p.metricsHandler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("metrics: serve %s: %w", ln.Addr(), err)
	}
	return nil
}

// metricsHandler serves /metrics and /healthz.
func (p *Program) metricsHandler() http.Handler {
	r := newRegistry(p.Desk)
	deliverer := func(name, help string, v func() int64) {
		r.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "escalate", Name: name, Help: help},
			func() float64 { return float64(v()) }))
	}
	deliverer("outbox_reclaimed_total", "Mails claimed again after an earlier delivery's lease ran out with no outcome "+
		"recorded: an upper bound on duplicates from the window between the SMTP server's 250 and our commit.", p.Deliverer.Reclaimed)
	deliverer("outbox_unrecorded_total", "Delivery outcomes that could not be recorded even after retries.", p.Deliverer.Unrecorded)
	r.MustRegister(newStoreCollector(p.Store, p.Now, p.Log))
	names := make([]string, len(p.Config.Mailbox))
	for i, m := range p.Config.Mailbox {
		names[i] = m.Name
	}
	r.MustRegister(newPollerCollector(names, p.Pollers))
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(r, promhttp.HandlerOpts{}))
	mux.Handle("/healthz", p.Health)
	return mux
}
