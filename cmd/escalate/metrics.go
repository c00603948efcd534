package main

import (
	"context"
	"errors"
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

// serveMetrics serves /metrics on addr until ctx ends.
func (p *Program) serveMetrics(ctx context.Context, addr string) error {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(newRegistry(p.Desk), promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	p.Log.Info("metrics listening", "addr", ln.Addr().String())
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
