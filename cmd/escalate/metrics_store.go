package main

import (
	"context"
	"log/slog"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// latencyBounds are the histogram buckets of ticket latencies, in seconds:
// from the seconds a receipt takes to the protocol's P4 day and beyond.
var latencyBounds = []float64{1, 5, 15, 60, 5 * 60, 15 * 60, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600}

// storeCollector computes the store-derived metrics at scrape time from
// the rows (schema's metric queries), so that they hold across restarts
// and for every process sharing the database, and do not depend on how
// the gateway records what it does.
type storeCollector struct {
	store *schema.Store
	now   func() time.Time
	log   *slog.Logger

	tickets, latency, outbox, outboxAge, failures, messages, quarantine, up *prometheus.Desc
	breaches, escalations, levels, lease                                    *prometheus.Desc
}

func newStoreCollector(store *schema.Store, now func() time.Time, log *slog.Logger) *storeCollector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc("escalate_"+name, help, labels, nil)
	}
	return &storeCollector{store: store, now: now, log: log,
		tickets:     d("tickets", "Tickets by severity and status.", "severity", "status"),
		latency:     d("ticket_latency_seconds", "Time from a ticket's first mail (INTERNALDATE) to its receipt (the automatic acknowledgement delivered) and to its first human response.", "stage"),
		outbox:      d("outbox_mails", "Outgoing mail by delivery status; retrying is pending after a failed attempt.", "status"),
		outboxAge:   d("outbox_oldest_pending_age_seconds", "Age of the oldest mail waiting for delivery; 0 when none waits."),
		failures:    d("delivery_failures_total", "Outgoing mail given up (a permanent refusal or too many attempts)."),
		messages:    d("messages_stored_total", "Mail stored, read from the mailboxes (in) or written by the gateway (out).", "direction"),
		quarantine:  d("quarantine_mails", "Mail that could not be read or handled, kept in quarantine."),
		up:          d("store_scrape_ok", "1 when the store answered the metric queries of this scrape."),
		breaches:    d("breaches_total", "Missed deadlines (first response or update), each missed interval counted."),
		escalations: d("escalations_total", "Steps of the escalation ladder that paged someone."),
		levels:      d("tickets_by_escalation_level", "Tickets by the highest ladder level they reached (0: never escalated).", "level"),
		lease:       d("mailbox_lease", "1 for the instance holding a mailbox's lease (the one reading it).", "mailbox", "holder"),
	}
}

// Describe sends the descriptions of every metric.
func (c *storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.tickets, c.latency, c.outbox, c.outboxAge, c.failures, c.messages, c.quarantine, c.up,
		c.breaches, c.escalations, c.levels, c.lease} {
		ch <- d
	}
}

// Collect queries the store; a failed query is logged and reported as
// escalate_store_scrape_ok 0, the other metrics are still sent.
func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ok := 1.0
	for _, f := range []func(context.Context, chan<- prometheus.Metric) error{c.collectTickets, c.collectLatency, c.collectOutbox, c.collectCounts, c.collectLadder} {
		if err := f(ctx, ch); err != nil {
			c.log.Warn("metrics: store query failed", "err", err)
			ok = 0
		}
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, ok)
}

func (c *storeCollector) collectTickets(ctx context.Context, ch chan<- prometheus.Metric) error {
	counts, err := c.store.TicketCounts(ctx)
	if err != nil {
		return err
	}
	for _, t := range counts {
		ch <- prometheus.MustNewConstMetric(c.tickets, prometheus.GaugeValue, float64(t.N),
			classify.Severity(t.Severity).String(), t.Status)
	}
	return nil
}

func (c *storeCollector) collectLatency(ctx context.Context, ch chan<- prometheus.Metric) error {
	for _, l := range []struct {
		stage string
		l     schema.Latency
	}{{"receipt", schema.ReceiptLatency}, {"first_response", schema.FirstResponseLatency}} {
		h, err := c.store.LatencyHistogram(ctx, l.l, latencyBounds)
		if err != nil {
			return err
		}
		buckets := make(map[float64]uint64, len(h.Bounds))
		for i, b := range h.Bounds {
			buckets[b] = h.Buckets[i]
		}
		ch <- prometheus.MustNewConstHistogram(c.latency, h.Count, h.Sum, buckets, l.stage)
	}
	return nil
}

func (c *storeCollector) collectOutbox(ctx context.Context, ch chan<- prometheus.Metric) error {
	st, err := c.store.OutboxStats(ctx)
	if err != nil {
		return err
	}
	for status, n := range map[string]int64{"pending": st.Pending, "retrying": st.Retrying, "sent": st.Sent, "failed": st.Failed} {
		ch <- prometheus.MustNewConstMetric(c.outbox, prometheus.GaugeValue, float64(n), status)
	}
	age := 0.0
	if !st.OldestPending.IsZero() {
		age = max(c.now().Sub(st.OldestPending).Seconds(), 0)
	}
	ch <- prometheus.MustNewConstMetric(c.outboxAge, prometheus.GaugeValue, age)
	ch <- prometheus.MustNewConstMetric(c.failures, prometheus.CounterValue, float64(st.Failed))
	return nil
}

func (c *storeCollector) collectCounts(ctx context.Context, ch chan<- prometheus.Metric) error {
	n, err := c.store.Counts(ctx)
	if err != nil {
		return err
	}
	ch <- prometheus.MustNewConstMetric(c.messages, prometheus.CounterValue, float64(n.MessagesIn), "in")
	ch <- prometheus.MustNewConstMetric(c.messages, prometheus.CounterValue, float64(n.MessagesOut), "out")
	ch <- prometheus.MustNewConstMetric(c.quarantine, prometheus.GaugeValue, float64(n.Quarantined))
	return nil
}

func (c *storeCollector) collectLadder(ctx context.Context, ch chan<- prometheus.Metric) error {
	l, err := c.store.LadderCounts(ctx)
	if err != nil {
		return err
	}
	ch <- prometheus.MustNewConstMetric(c.breaches, prometheus.CounterValue, float64(l.Breaches))
	ch <- prometheus.MustNewConstMetric(c.escalations, prometheus.CounterValue, float64(l.Escalations))
	for level, n := range l.ByLevel {
		ch <- prometheus.MustNewConstMetric(c.levels, prometheus.GaugeValue, float64(n), strconv.Itoa(level))
	}
	leases, err := c.store.LeaseHolders(ctx)
	if err != nil {
		return err
	}
	for _, h := range leases {
		if h.Until.After(c.now()) {
			ch <- prometheus.MustNewConstMetric(c.lease, prometheus.GaugeValue, 1, h.Mailbox, h.Holder)
		}
	}
	return nil
}

// pollerCollector reports each mailbox's connection state and reconnects.
type pollerCollector struct {
	names   []string
	pollers []*intake.Poller
	up      *prometheus.Desc
	reconn  *prometheus.Desc
}

func newPollerCollector(names []string, pollers []*intake.Poller) *pollerCollector {
	return &pollerCollector{names: names, pollers: pollers,
		up:     prometheus.NewDesc("escalate_mailbox_connected", "1 when the mailbox has an IMAP session.", []string{"mailbox"}, nil),
		reconn: prometheus.NewDesc("escalate_imap_reconnects_total", "IMAP sessions that ended or connection attempts that failed, since start.", []string{"mailbox"}, nil),
	}
}

// Describe sends the descriptions of every metric.
func (c *pollerCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.up; ch <- c.reconn }

// Collect reads each poller's health.
func (c *pollerCollector) Collect(ch chan<- prometheus.Metric) {
	for i, p := range c.pollers {
		h := p.Health()
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, float64(btoi(h.Connected)), c.names[i])
		ch <- prometheus.MustNewConstMetric(c.reconn, prometheus.CounterValue, float64(h.Reconnects), c.names[i])
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
