package classify

import (
	"strings"
	"testing"
	"time"
)

// FuzzClassify checks that any input classifies without panicking, into a
// valid severity and confidence, with evidence that points at the text it
// quotes.
func FuzzClassify(f *testing.F) {
	f.Add("URGENT!!!", "no outage, just a question", "ceo@example.com")
	f.Add("Re: données perdues", "> quoted\nToutes les données ont été supprimées.\n\n10x slower", "")
	f.Add("ＵＲＧＥＮＴ", "it takes 30 seconds instead of 2 . . , ,", "x")
	f.Add("\xff\xfe", "not not not no never \u2019t'x 2/10 1.5.5", "")
	f.Add("", strings.Repeat("crash", 50), "")
	f.Fuzz(func(t *testing.T, subject, body, sender string) {
		in := Input{Subject: subject, Body: body, Sender: sender}
		r := Default().Classify(in)
		if r.Severity < P1 || r.Severity > P4 {
			t.Fatalf("Classify(%q, %q) severity = %d", subject, body, r.Severity)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("Classify(%q, %q) confidence = %v", subject, body, r.Confidence)
		}
		fields := map[string]string{FieldSubject: subject, FieldBody: body}
		for _, e := range r.Evidence {
			src, ok := fields[e.Field]
			if !ok || e.Match == "" {
				continue
			}
			if e.Offset < 0 || e.Offset+len(e.Match) > len(src) || src[e.Offset:e.Offset+len(e.Match)] != e.Match {
				t.Fatalf("evidence %v does not point at %q in %s %q", e, e.Match, e.Field, src)
			}
		}
	})
}

// FuzzRules checks that the rules parser rejects or accepts any file
// without panicking, and that an accepted overlay classifies.
func FuzzRules(f *testing.F) {
	f.Add("P1 3 (a|b|) c*\nremove outage\n# x")
	f.Add("negate 4 (no|not)\nmany 1.5 all users")
	f.Add("P2 1 ((x)")
	f.Fuzz(func(t *testing.T, rules string) {
		c, err := NewWithRules(strings.NewReader(rules), "fuzz.rules")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.rules") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		c.Classify(Input{Subject: "a b c", Body: rules})
	})
}

// TestLinearTime classifies adversarial inputs of growing size and checks
// that the time grows about linearly: 16 times the input may take at most
// 64 times as long (a quadratic matcher would take 256 times).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	c := Default()
	unit := "no not never data loss 10x slower 30 seconds instead of 2 ten times "
	measure := func(n int) time.Duration {
		in := Input{Subject: "x", Body: strings.Repeat(unit, n)}
		best := time.Duration(1 << 62)
		for range 5 { // the best of five: a loaded machine stalls single runs
			start := time.Now()
			c.Classify(in)
			best = min(best, time.Since(start))
		}
		return best
	}
	// A quadratic matcher fails every round (256x); a machine busy with
	// the rest of the suite under -race can stall one round, so three
	// rounds are measured and the test fails only if all exceed.
	var small, large time.Duration
	for range 3 {
		small, large = measure(200), measure(3200)
		if large <= 64*small+50*time.Millisecond {
			return
		}
		t.Logf("Classify on 16x the input took %v vs %v (%.0fx); measuring again", large, small, float64(large)/float64(small))
	}
	t.Errorf("Classify on 16x the input took %v vs %v (%.0fx) in three rounds, want about linear", large, small, float64(large)/float64(small))
}
