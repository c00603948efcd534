package schema_test

// BenchmarkReport times Store.Report over a generated twelve weeks of
// tickets next to the very queries it sends, run alone in the same run,
// and measures the Go memory the report takes. It runs only with -bench:
//
//	ESCALATE_TEST_DATABASE_URL=postgres://… ESCALATE_BENCH_REPORT_TICKETS=100000,1000000 \
//	  go test ./schema -run '^$' -bench Report/postgres -benchtime 2x -v -timeout 60m
//
// Each of the -benchtime runs times the report and the queries alone,
// taking turns at going first; the figures are the best of the runs.
//
// ESCALATE_BENCH_REPORT_TICKETS lists the sizes (default 100000);
// ESCALATE_BENCH_REPORT_SQLITE lists SQLite's, when they should differ.
// docs/performance.md has the figures of one run.

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// benchNow is the moment of the generated history: Monday 30 November
// 2026, noon. The history and the report cover the twelve weeks that
// end with it, as `escalate report` does by default.
var (
	benchNow  = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	benchFrom = schema.WeekStart(benchNow).AddDate(0, 0, -7*11)
)

func BenchmarkReport(b *testing.B) {
	for _, d := range schematest.Dialects(b) {
		for _, n := range benchSizes(b, d) {
			b.Run(fmt.Sprintf("%s/tickets=%d", d, n), func(b *testing.B) { benchReport(b, d, n) })
		}
	}
}

// benchSizes reads the ticket counts to generate for dialect d.
func benchSizes(b *testing.B, d schema.Dialect) []int {
	list := os.Getenv("ESCALATE_BENCH_REPORT_TICKETS")
	if v := os.Getenv("ESCALATE_BENCH_REPORT_SQLITE"); d == schema.SQLite && v != "" {
		list = v
	}
	if list == "" {
		list = "100000"
	}
	var sizes []int
	for f := range strings.SplitSeq(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("ticket count %q: want a positive number", f)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

func benchReport(b *testing.B, d schema.Dialect, n int) {
	ctx := context.Background()
	dsn := schematest.DSN(b, d)
	st, err := schema.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	events := generate(b, st.DB(), d, n)
	b.Logf("%s: generated %d tickets and %d events in %s", d, n, events, time.Since(start).Round(time.Millisecond))

	rec := &recorder{}
	db := openRecording(b, d, dsn, rec)
	defer db.Close()
	store := schema.StoreOn(db, d)
	q := schema.ReportQuery{From: benchFrom, To: benchNow, Now: benchNow, Protocol: escalation.DefaultProtocol()}

	// The first report warms the caches and records the queries.
	rec.on.Store(true)
	start = time.Now()
	rep, err := store.Report(ctx, q)
	rec.on.Store(false)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: first report in %s: %d queries, %d opened, %d breaches, %d update dues of P1",
		d, time.Since(start).Round(time.Millisecond), len(rec.calls), rep.Opened,
		rep.Escalation.BreachTotal[schema.AckClock]+rep.Escalation.BreachTotal[schema.UpdateClock], rep.Cadence.Rows[0].Required)

	var reportT, aloneT []time.Duration
	var mem reportMemory
	alone := func() {
		t0 := time.Now()
		rows := runAlone(ctx, b, db.DB, rec.calls)
		aloneT = append(aloneT, time.Since(t0))
		if len(aloneT) == 1 {
			b.Logf("%s: the queries alone return %d rows", d, rows)
		}
	}
	report := func() {
		var m reportMemory
		m, reportT = measure(func() {
			if _, err := store.Report(ctx, q); err != nil {
				b.Fatal(err)
			}
		}, reportT)
		mem = mem.max(m)
	}
	// Each goes first in turn, so that neither always finds the caches
	// as the other left them.
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			alone()
			report()
		} else {
			report()
			alone()
		}
	}
	b.Logf("%s: report %s; queries alone %s", d, roundAll(reportT), roundAll(aloneT))
	// The best run is the least disturbed by other work on the machine.
	rt, at := slices.Min(reportT), slices.Min(aloneT)
	b.ReportMetric(rt.Seconds(), "report-s")
	b.ReportMetric(at.Seconds(), "queries-s")
	b.ReportMetric(float64(rt)/float64(at), "report/queries")
	b.ReportMetric(float64(mem.peakHeap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(mem.allocated)/(1<<20), "alloc-MB")
	b.ReportMetric(float64(mem.peakRSS)/(1<<20), "peak-RSS-MB")
	b.Logf("%s, %d tickets: best report %s, the same %d queries alone %s (%.2f×); report's peak Go heap %.1f MB above the idle heap, %.0f MB allocated, process peak RSS %.0f MB",
		d, n, rt.Round(time.Millisecond), len(rec.calls), at.Round(time.Millisecond), float64(rt)/float64(at),
		float64(mem.peakHeap)/(1<<20), float64(mem.allocated)/(1<<20), float64(mem.peakRSS)/(1<<20))
	// Each query once more, in the report (from the query to the close
	// of its rows, the report's work on them included) and alone.
	rec.calls = nil
	rec.on.Store(true)
	if _, err := store.Report(ctx, q); err != nil {
		b.Fatal(err)
	}
	rec.on.Store(false)
	b.Logf("%s: %9s %9s %8s  query", d, "in report", "alone", "rows")
	for _, c := range rec.calls {
		t0 := time.Now()
		rows := runAlone(ctx, b, db.DB, []call{c})
		b.Logf("%s: %9s %9s %8d  %s", d, c.took.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond), rows, c.short())
	}
}

func roundAll(ds []time.Duration) []time.Duration {
	out := make([]time.Duration, len(ds))
	for i, d := range ds {
		out[i] = d.Round(time.Millisecond)
	}
	return out
}

// reportMemory is what one report cost in Go memory.
type reportMemory struct {
	peakHeap  uint64 // highest heap (live and not yet collected) above the heap before
	allocated uint64 // bytes allocated in all
	peakRSS   uint64 // the process's peak resident set (VmHWM) during the report
}

func (m reportMemory) max(o reportMemory) reportMemory {
	return reportMemory{max(m.peakHeap, o.peakHeap), max(m.allocated, o.allocated), max(m.peakRSS, o.peakRSS)}
}

// measure runs f once, appending its duration to ts, and samples the heap
// every millisecond meanwhile.
func measure(f func(), ts []time.Duration) (reportMemory, []time.Duration) {
	runtime.GC()
	// Writing 5 resets the peak RSS (VmHWM) to the current RSS (Linux).
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	heap0, alloc0 := sample[0].Value.Uint64(), sample[1].Value.Uint64()
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			if h := s[0].Value.Uint64(); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	t0 := time.Now()
	f()
	ts = append(ts, time.Since(t0))
	close(done)
	wg.Wait()
	metrics.Read(sample)
	m := reportMemory{allocated: sample[1].Value.Uint64() - alloc0, peakRSS: peakRSS()}
	if p := max(peak.Load(), sample[0].Value.Uint64()); p > heap0 {
		m.peakHeap = p - heap0
	}
	return m, ts
}

// peakRSS reads VmHWM from /proc/self/status; 0 where there is none.
func peakRSS() uint64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range bytes.Lines(status) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			kb, _ := strconv.ParseUint(string(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte(" kB"))), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// runAlone sends each query and reads every row without decoding it, and
// returns the rows read: the database's share of the report.
func runAlone(ctx context.Context, b *testing.B, db *sql.DB, calls []call) int {
	total := 0
	for _, c := range calls {
		rows, err := db.QueryContext(ctx, c.query, c.args...)
		if err != nil {
			b.Fatalf("%s: %v", c.short(), err)
		}
		cols, _ := rows.Columns()
		dest := make([]any, len(cols))
		for i := range dest {
			dest[i] = new(sql.RawBytes)
		}
		for rows.Next() {
			if err := rows.Scan(dest...); err != nil {
				b.Fatalf("%s: %v", c.short(), err)
			}
			total++
		}
		if err := rows.Err(); err != nil {
			b.Fatalf("%s: %v", c.short(), err)
		}
		rows.Close()
	}
	return total
}

// call is one query a Store sent, with its arguments as the driver got
// them.
type call struct {
	query string
	args  []any
	took  time.Duration // from the query to the close of its rows
}

// short is the query on one line, cut.
func (c call) short() string {
	s := strings.Join(strings.Fields(c.query), " ")
	if len(s) > 110 {
		s = s[:110] + "…"
	}
	return s
}

// recorder keeps the queries sent while on.
type recorder struct {
	on    atomic.Bool
	mu    sync.Mutex
	calls []call
}

// openRecording opens dsn again through a driver that records queries.
func openRecording(b *testing.B, d schema.Dialect, dsn string, rec *recorder) *sqlx.DB {
	_, driverDSN, err := schema.DriverFor(dsn)
	if err != nil {
		b.Fatal(err)
	}
	probe, err := sql.Open(string(d), driverDSN)
	if err != nil {
		b.Fatal(err)
	}
	drv := probe.Driver()
	probe.Close()
	db := sql.OpenDB(recConnector{drv: drv, dsn: driverDSN, rec: rec})
	if d == schema.SQLite {
		db.SetMaxOpenConns(4) // as schema.Connect does
	}
	return sqlx.NewDb(db, string(d))
}

type recConnector struct {
	drv driver.Driver
	dsn string
	rec *recorder
}

func (c recConnector) Connect(context.Context) (driver.Conn, error) {
	cn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return recConn{Conn: cn, rec: c.rec}, nil
}

func (c recConnector) Driver() driver.Driver { return c.drv }

// recConn passes queries to the driver's connection, recording them.
type recConn struct {
	driver.Conn
	rec *recorder
}

func (c recConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	qc, ok := c.Conn.(driver.QueryerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	if !c.rec.on.Load() {
		return qc.QueryContext(ctx, query, args)
	}
	cl := &call{query: query}
	for _, a := range args {
		cl.args = append(cl.args, a.Value)
	}
	start := time.Now()
	rows, err := qc.QueryContext(ctx, query, args)
	if err != nil {
		return nil, err
	}
	return timedRows{Rows: rows, done: func() {
		cl.took = time.Since(start)
		c.rec.mu.Lock()
		c.rec.calls = append(c.rec.calls, *cl)
		c.rec.mu.Unlock()
	}}, nil
}

// timedRows records its query when closed.
type timedRows struct {
	driver.Rows
	done func()
}

func (r timedRows) Close() error {
	err := r.Rows.Close()
	r.done()
	return err
}

func (c recConn) CheckNamedValue(nv *driver.NamedValue) error {
	if ch, ok := c.Conn.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(nv)
	}
	return driver.ErrSkip
}

// TestReportBenchHistory checks on a small history that the benchmark's
// generator gives every part of the report something to count.
func TestReportBenchHistory(t *testing.T) {
	const n = 3000
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		events := generate(t, s.DB(), s.Dialect(), n)
		r, err := s.Report(context.Background(), schema.ReportQuery{From: benchFrom, To: benchNow, Now: benchNow,
			Protocol: escalation.DefaultProtocol()})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d tickets, %d events", n, events)
		check := func(what string, got int) {
			t.Helper()
			if got <= 0 {
				t.Errorf("%s = %d, want > 0", what, got)
			}
		}
		check("Opened", r.Opened)
		if r.Opened != n {
			t.Errorf("Opened = %d, want %d", r.Opened, n)
		}
		for _, a := range r.Ack {
			check(a.Severity.String()+" acknowledgements met", a.Met)
			check(a.Severity.String()+" acknowledgements late", a.Applicable-a.Met)
			check(a.Severity.String()+" first responses", a.FirstResponse.N)
		}
		for _, c := range r.Cadence.Rows {
			check(c.Severity.String()+" updates required", c.Required)
			check(c.Severity.String()+" updates late", c.Required-c.OnTime)
		}
		check("overdue updates", r.Cadence.OverdueTotal)
		check("update gaps", len(r.Cadence.Gaps))
		check("resolved P1 timed", r.Flow.Resolve[0].N)
		check("weekly volume, first week", r.Flow.Volume[0][3])
		check("backlog over 48 h", r.Flow.Backlog[3][2])
		check("reopened", r.Flow.Reopened)
		check("past the first step", r.Escalation.PastFirst(1))
		check("acknowledgement breaches", r.Escalation.BreachTotal[schema.AckClock])
		check("update breaches", r.Escalation.BreachTotal[schema.UpdateClock])
		check("root causes", r.Compliance.Rows[0].Documented)
		check("post-mortems", r.Compliance.Rows[0].Postmortem)
		check("monitored", r.Compliance.MonitoredTotal)
		check("top accounts", len(r.Compliance.TopAccounts))
		check("P3 classified P4", r.Confusion[4-1][3-1])
	})
}
