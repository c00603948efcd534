package intake

import (
	"strings"
	"testing"
	"time"
)

// TestVisibleTextLinear checks that bodies built to provoke quadratic
// work take about as long per byte as ordinary prose: at most 50 times
// the time of the same amount of prose (a generous bound so that a noisy
// machine does not fail it, but far below the 1000-fold of a quadratic
// scan of these sizes).
func TestVisibleTextLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing comparison")
	}
	const n = 20000
	prose := strings.Repeat("The installer crashed again while copying files to the disk.\n", n)
	base := timeIt(func() { VisibleText(prose) })
	cases := map[string]string{
		"from lines":       "x\n" + strings.Repeat("From: a\n", n),
		"header fields":    "x\n" + strings.Repeat("From: a\nTo: b\n", n/2),
		"headers on quote": "x\n" + strings.Repeat("On 2026 a <a@b.c> wrote:\n", n/2) + strings.Repeat("> q\n", n/2) + "text",
		"header per quote": "x\n" + strings.Repeat("On 2026 a <a@b.c> wrote:\n> q\n", n/2),
		"dates and colons": strings.Repeat("12:30 <a@b.c> 2026 foo bar baz:\n", n),
	}
	for name, in := range cases {
		d := timeIt(func() { VisibleText(in) })
		t.Logf("%s: %d bytes in %v (prose %d bytes in %v)", name, len(in), d, len(prose), base)
		if d > 50*base+100*time.Millisecond {
			t.Errorf("VisibleText(%s) took %v, prose of similar size %v", name, d, base)
		}
	}
}

func timeIt(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
