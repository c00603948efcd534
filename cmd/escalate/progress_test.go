package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
)

// TestBacklogProgressLogsWithoutTerminal: log lines every 500 mails until
// every mailbox caught up, one summary, then nothing more.
func TestBacklogProgressLogsWithoutTerminal(t *testing.T) {
	var logs, out bytes.Buffer
	clock := &fakeClock{t: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)}
	b := newBacklogProgress(&out, false, []string{"a", "b"}, slog.New(slog.NewTextHandler(&logs, nil)), clock.Now)
	for range 1200 {
		clock.Add(10 * time.Millisecond)
		b.committed(intake.Fetched{}, clock.Now())
	}
	b.connected("a")
	b.connected("a") // a reconnect: still waiting for b
	b.committed(intake.Fetched{}, clock.Now())
	b.connected("b")
	b.committed(intake.Fetched{}, clock.Now()) // new mail: not counted
	b.connected("b")
	l := logs.String()
	for _, want := range []string{"committed=500 elapsed=5s", "committed=1000 elapsed=10s", "read the mail that was waiting\" committed=1201 elapsed=12s"} {
		if !strings.Contains(l, want) {
			t.Errorf("log lacks %q:\n%s", want, l)
		}
	}
	if n := strings.Count(l, "\n"); n != 3 {
		t.Errorf("%d log lines, want 3:\n%s", n, l)
	}
	if out.Len() != 0 {
		t.Errorf("drew on a writer that is not a terminal: %q", out.String())
	}
}

// TestBacklogProgressDraws: on a terminal the count is drawn, not logged.
func TestBacklogProgressDraws(t *testing.T) {
	var logs, out bytes.Buffer
	clock := &fakeClock{t: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)}
	b := newBacklogProgress(&out, true, []string{"a"}, slog.New(slog.NewTextHandler(&logs, nil)), clock.Now)
	for range 600 {
		b.committed(intake.Fetched{}, clock.Now())
	}
	b.connected("a")
	if !strings.Contains(out.String(), "reading the mail waiting in the mailboxes: 1 committed") {
		t.Errorf("drawn %q", out.String())
	}
	if strings.Contains(logs.String(), "committed=500") || !strings.Contains(logs.String(), "committed=600") {
		t.Errorf("log with a bar: %s", logs.String())
	}
}
