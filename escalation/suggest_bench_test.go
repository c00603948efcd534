package escalation

import (
	"fmt"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// BenchmarkSuggest decides a new P1 mail while 500 recent P1/P2 tickets
// are open (a burst: every new ticket is compared with each), unlike
// all but a few so that every comparison goes through evidence and
// subject. "fresh" derives each ticket's words and rules again for every
// mail; "kept" keeps them across mails, as the desk does.
func BenchmarkSuggest(b *testing.B) {
	rules := []string{"nobody can log in", "site is down", "data loss", "double charged", "checkout fails", "emails not sent"}
	var recent []Ticket
	for i := range 500 {
		r := rules[i%len(rules)]
		recent = append(recent, Ticket{ID: int64(100 + i), Severity: classify.P1, Status: Open,
			Subject:  fmt.Sprintf("Urgent: %s for account %d since this morning", r, i),
			OpenedAt: t0.Add(-time.Duration(i) * time.Second),
			Evidence: []classify.Evidence{
				{Rule: r, Weight: 4, Source: fmt.Sprintf("default.rules:%d", 100+i%len(rules))},
				{Rule: "everyone", Weight: 1.5, Source: "default.rules:20"},
				{Rule: "log in", Note: "function named", Weight: 0},
				{Rule: "urgent", Weight: 0.5},
			}})
	}
	in := customer(classify.P1)
	in.Subject = "Reports show yesterday's figures twice"
	in.Class.Evidence = []classify.Evidence{{Rule: "figures wrong", Weight: 4, Source: "default.rules:900"},
		{Rule: "reports", Note: "function named", Weight: 0}}
	in.Recent, in.ReceivedAt = recent, t0
	pr := proto()
	for _, kept := range []bool{false, true} {
		name := "fresh"
		if kept {
			name, in.Likeness = "kept", NewLikeness()
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if p := Decide(pr, in, nil, t0); p.Ticket == nil {
					b.Fatal("no ticket")
				}
			}
		})
	}
}
