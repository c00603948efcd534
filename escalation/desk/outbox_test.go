package desk

import (
	"testing"
	"time"
)

// TestOutboxNoticesAloneAfterQuiet: the first notices of a pile go as
// their own mails when the recipients had no digest in the last
// digestQuiet (the first tickets of an outage come with the customer's
// words); within it a pile goes whole as a digest; recipient lists are
// counted apart.
func TestOutboxNoticesAloneAfterQuiet(t *testing.T) {
	q := NewOutbox(nil, nil)
	t0 := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	for _, step := range []struct {
		to   string
		at   time.Duration
		want int
	}{
		{"oncall@acme.example", 0, noticesAlone},
		{"oncall@acme.example", time.Minute, 0},
		{"leads@acme.example", time.Minute, noticesAlone},
		{"oncall@acme.example", time.Minute + digestQuiet - time.Second, 0},
		{"oncall@acme.example", 2*time.Minute + 2*digestQuiet, noticesAlone},
	} {
		if got := q.alone(step.to, t0.Add(step.at)); got != step.want {
			t.Errorf("a pile to %s at +%v: %d alone, want %d", step.to, step.at, got, step.want)
		}
	}
}
