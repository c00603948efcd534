package desk

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// BenchmarkHandle is the desk alone on a burst of new tickets (no IMAP,
// no SMTP): one transaction per mail (Handle) against several mails per
// transaction (HandleBatch: 10; 50, as the poller hands them on SQLite;
// 200, as on PostgreSQL), on each store. One op is one mail.
//
//	go test -run '^$' -bench Handle -benchtime 500x ./escalation/desk/
func BenchmarkHandle(b *testing.B) {
	bodies := []string{"Production is down, nobody can log in.", "Reports are slow today.",
		"How do I export invoices?", "Dark mode would be nice."}
	for _, d := range schematest.Dialects(b) {
		for _, batch := range []int{1, 10, 50, 200} {
			b.Run(fmt.Sprintf("%s/%d-per-tx", d, batch), func(b *testing.B) {
				s := schematest.Open(b, d)
				cfg := testConfig()
				withTeam(&cfg)
				dk, err := New(context.Background(), cfg, s, classify.Default(), escalation.DefaultProtocol(),
					time.Now, slog.New(slog.DiscardHandler))
				if err != nil {
					b.Fatal(err)
				}
				ctx := context.Background()
				var fs []intake.Fetched
				flush := func() {
					var err error
					if len(fs) == 1 {
						err = dk.Handle(ctx, fs[0])
					} else if len(fs) > 1 {
						err = dk.HandleBatch(ctx, fs)
					}
					if err != nil {
						b.Fatal(err)
					}
					fs = fs[:0]
				}
				stmts := s.Statements()
				b.ResetTimer()
				for i := range b.N {
					raw := rawMail(fmt.Sprintf("C%d <c%d@c%d.example>", i, i, i), fmt.Sprintf("Help %d", i),
						bodies[i%len(bodies)], fmt.Sprintf("Message-ID: <m%d@bench.example>", i))
					fs = append(fs, intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: uint32(i + 1), Raw: raw,
						InternalDate: time.Now()})
					if len(fs) == batch {
						flush()
					}
				}
				flush()
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mails/s")
				b.ReportMetric(float64(s.Statements()-stmts)/float64(b.N), "stmts/mail")
			})
		}
	}
}
