package classify

import "testing"

// TestDevSet scores testdata/dev, mails written on branch classify2 to
// tune the composition of impact, function and state and the reading of
// questions: unlike the hold-out sets its misses are listed, because it
// is tuned on. It fails on a P1 taken for P3 or P4, and below the
// accuracy, P1 precision and P1 recall reached.
func TestDevSet(t *testing.T) {
	set := loadDir(t, "testdata/dev")
	m := classifyAll(t, Default(), set, true, "")
	acc, f1, rec, table := m.report()
	prec := m.p1Precision()
	t.Logf("dev set: %d mails, accuracy %.3f, macro-F1 %.3f, P1 precision %.3f, P1 recall %.3f\n%s", len(set), acc, f1, prec, rec, table)
	if rec < devBar.rec || prec < devBar.prec || acc < devBar.acc {
		t.Errorf("dev set: accuracy %.3f, P1 precision %.3f, P1 recall %.3f; want at least %.2f, %.2f, %.2f",
			acc, prec, rec, devBar.acc, devBar.prec, devBar.rec)
	}
	if n := m[P1][P3] + m[P1][P4]; n > 0 {
		t.Errorf("dev set: %d P1 mails classified P3 or P4, want 0", n)
	}
}

// devBar is what TestDevSet requires: the figures reached, rounded down
// (on sevq, 410 mails: accuracy 0.971, P1 precision 0.993, P1 recall
// 1.000; the false P1 is a subject "everything broken!!!" over a
// complaint about a moved toolbar button; on sevq3, 443 mails with the 33
// of probes13.mbox, written and scored before its changes at 27 of 33:
// 0.980, 0.994, 1.000).
var devBar = struct{ acc, prec, rec float64 }{0.97, 0.99, 1}
