package classify

import (
	"testing"
)

// The four hold-out sets (testdata/holdout*, see their READMEs) were
// written by other hands, in voices the labelled set lacks, and each was
// first scored before any rule was changed for it. Since branch sevq all
// four are tuning sets, like labelled and dev: their misses were read
// (TestSets with ESCALATE_MISSES=1) and the rules changed for their
// causes, so these tests are regression guards whose bars are the figures
// reached, rounded down, not measures of mail from strangers; that is
// measured on fresh hold-outs kept outside the repository. The tests print
// totals only. None of them enters the learned vocabulary.

// loadHoldOut reads every mail of testdata/holdout.
func loadHoldOut(t testing.TB) []labelled { return loadDir(t, "testdata/holdout") }

// loadDir reads every mail of the mbox files in dir.
func loadDir(t testing.TB, dir string) []labelled {
	t.Helper()
	var set []labelled
	for _, l := range loadDirWithIDs(t, dir) {
		set = append(set, l.labelled)
	}
	return set
}

// p1Precision is the share of predicted P1s that are P1.
func (c *confusion) p1Precision() float64 { return scoresOf((*[5][5]int)(c)).P1Precision }

// TestHoldOutSet scores the first hold-out set with the rules alone and
// with the learned vocabulary as Classify would combine them, and fails
// when the default classifier falls below the bar it has reached on sevq:
// macro-F1 0.90, P1 precision 1.00 and P1 recall 1.00 (before the first
// branch that scored it: 0.683, 0.583 and 1.000, the recall bought with
// false P1s; before classify2: 0.785, 0.838, 0.886; before sevq: 0.798,
// 0.846, 0.943); after sevq4 macro-F1 0.917, its bar 0.91. The issue's
// bar is macro-F1 0.90, P1 precision 0.85 and P1 recall 1.
func TestHoldOutSet(t *testing.T) {
	set := loadHoldOut(t)
	d := Default()
	variants := []struct {
		name string
		c    *Classifier
	}{
		{"default classifier", d},
		{"rules alone", d.withVocab(nil)},
		{"rules + learned vocabulary", d.withVocab(learnedVocab())},
	}
	for i, v := range variants {
		var m confusion
		for _, l := range set {
			m[l.want][v.c.Classify(l.in).Severity]++
		}
		acc, f1, rec, table := m.report()
		prec := m.p1Precision()
		t.Logf("hold-out, %s: %d mails, accuracy %.3f, macro-F1 %.3f, P1 precision %.3f, P1 recall %.3f\n%s",
			v.name, len(set), acc, f1, prec, rec, table)
		if i == 0 && (f1 < 0.91 || prec < 1 || rec < 1) {
			t.Errorf("hold-out, %s: macro-F1 %.3f, P1 precision %.3f, P1 recall %.3f; want at least 0.91, 1.00, 1.00",
				v.name, f1, prec, rec)
		}
	}
}

// bar is the least a hold-out test accepts: the figures it reached,
// rounded down.
type bar struct{ f1, prec, rec float64 }

// scoreHoldOut classifies every mail of dir with the default classifier,
// logs the totals (never a mail) and fails below min.
func scoreHoldOut(t *testing.T, name, dir string, min bar) {
	set := loadDir(t, dir)
	m := classifyAll(t, Default(), set, false, "") // totals only
	acc, f1, rec, table := m.report()
	prec := m.p1Precision()
	t.Logf("%s: %d mails, accuracy %.3f, macro-F1 %.3f, P1 precision %.3f, P1 recall %.3f\n%s",
		name, len(set), acc, f1, prec, rec, table)
	if f1 < min.f1 || prec < min.prec || rec < min.rec {
		t.Errorf("%s: macro-F1 %.3f, P1 precision %.3f, P1 recall %.3f; want at least %.2f, %.2f, %.2f",
			name, f1, prec, rec, min.f1, min.prec, min.rec)
	}
}

// TestHoldOutSet2 scores the second hold-out set (testdata/holdout2, 60
// mails in other voices, see its README), written and scored before the
// rules of classify2 were changed; its bar is the figures reached on sevq
// (0.901, 1.000, 1.000; before: 0.794, 0.895, 0.850), lowered by sevq7 to
// 0.88 (0.884: "Today: archive one by one" is now read as a chore, P3, in
// a feature request its writer labels P4 as "nice to have"; hold-out 4
// gained the mail it lost).
func TestHoldOutSet2(t *testing.T) {
	scoreHoldOut(t, "hold-out 2", "testdata/holdout2", bar{0.88, 1, 1})
}

// TestHoldOutSet3 scores the third hold-out set (testdata/holdout3, 140
// mails, see its README): written by an engineer who never saw the rules
// or the other sets, from the protocol's definitions only, and scored as a
// hold-out on classify3 (0.672, 0.725, 0.829); tuned on since sevq, its
// bar is the figures reached there (0.900, 1.000, 1.000), rounded down;
// after sevq3 0.921.
func TestHoldOutSet3(t *testing.T) {
	scoreHoldOut(t, "hold-out 3", "testdata/holdout3", bar{0.92, 1, 1})
}

// TestHoldOutSet4 scores the fourth hold-out set (testdata/holdout4, 100
// mails, see its README): written by another engineer who never saw the
// rules or the other sets while classify3 was changed, and scored once
// after it merged (0.763, 0.793, 0.920); tuned on since sevq, its bar is
// the figures reached there (0.858, 1.000, 1.000), rounded down; sevq2
// lowered it to 0.84 (0.849: a question about a breach elsewhere read as a
// minor defect) while the fresh sets 5-8 gained 0.03-0.12 each; after
// sevq3 0.859.
func TestHoldOutSet4(t *testing.T) {
	scoreHoldOut(t, "hold-out 4", "testdata/holdout4", bar{0.85, 1, 1})
}

// TestHoldOutSetFresh scores hold-out sets 5 to 85 (testdata/holdout5 …
// holdout85, 100 mails each, see their READMEs): each written by a writer
// who saw neither the rules nor the other sets, kept outside the
// repository while a branch tuned and scored after it merged, totals
// only. Readings are accuracy / macro-F1 / P1 precision / P1 recall; each
// bar is the last reading, rounded down.
func TestHoldOutSetFresh(t *testing.T) {
	skipUnderRace(t)
	for _, s := range []struct {
		n   string
		min bar
	}{
		// Start 62.0 % / 0.599 / 0.810 / 0.680; after sevq 66.0 % /
		// 0.641 / 0.857 / 0.720; tuned on by sevq2: 77.0 % / 0.758 /
		// 0.926 / 1.000; after sevq3: 81.0 % / 0.804 / 0.926 / 1.000;
		// after sevq4: 82.0 % / 0.814 / 0.962 / 1.000.
		// after sevq6: 84.0 % / 0.835 / 0.962 / 1.000.
		// after sevq7 (phase A): 87.0 % / 0.868 / 0.962 / 1.000.
		// after sevq8 (in sample): 89.0 % / 0.889 / 0.962 / 1.000.
		{"5", bar{0.88, 0.96, 1}},
		// Start 65.0 % / 0.646 / 0.655 / 0.760; after sevq 65.0 % /
		// 0.647 / 0.750 / 0.720; tuned on by sevq2: 78.0 % / 0.774 /
		// 0.893 / 1.000; after sevq3: 82.0 % / 0.817 / 0.893 / 1.000;
		// after sevq4: 83.0 % / 0.827 / 0.893 / 1.000.
		// after sevq6: 86.0 % / 0.859 / 0.926 / 1.000.
		// after sevq7 (phase A): 88.0 % / 0.879 / 0.926 / 1.000.
		// after sevq7: 90.0 % / 0.899 / 0.926 / 1.000.
		{"6", bar{0.89, 0.92, 1}},
		// Start 64.0 % / 0.626 / 0.692 / 0.720; after sevq 64.0 % /
		// 0.629 / 0.680 / 0.680; out of sample at the end of sevq2's
		// phase A (tuned on sets 5 and 6 only) 70.0 % / 0.687 / 0.710 /
		// 0.880; tuned on in phase B: 75.0 % / 0.737 / 0.828 / 0.960;
		// after sevq3: 75.0 % / 0.741 / 0.828 / 0.960; after sevq4:
		// 76.0 % / 0.751 / 0.828 / 0.960.
		// after sevq6: 78.0 % / 0.773 / 0.889 / 0.960.
		// after sevq7 (phase A): 83.0 % / 0.828 / 0.889 / 0.960.
		// after sevq8 (in sample): 84.0 % / 0.839 / 0.923 / 0.960.
		{"7", bar{0.82, 0.92, 0.96}},
		// Start 71.0 % / 0.696 / 0.800 / 0.800; after sevq 70.0 % /
		// 0.691 / 0.792 / 0.760; end of sevq2's phase A 73.0 % / 0.723 /
		// 0.778 / 0.840; tuned on in phase B: 78.0 % / 0.772 / 0.828 /
		// 0.960; after sevq3: 79.0 % / 0.784 / 0.828 / 0.960; after
		// sevq4: 81.0 % / 0.805 / 0.857 / 0.960.
		// after sevq6: 83.0 % / 0.827 / 0.889 / 0.960.
		// after sevq7 (phase A): 85.0 % / 0.849 / 0.889 / 0.960.
		// after sevq7: 86.0 % / 0.859 / 0.889 / 0.960.
		// after sevq8 (in sample): 87.0 % / 0.869 / 0.923 / 0.960.
		// after sevq10 (in sample): 88.0 % / 0.880 / 0.923 / 0.960.
		{"8", bar{0.87, 0.92, 0.96}},
		// Written while sevq2 tuned. Start 68.0 % / 0.673 / 0.783 /
		// 0.720; after sevq 76.0 % / 0.752 / 0.909 / 0.800; after sevq2
		// 78.0 % / 0.777 / 0.909 / 0.800; after sevq3: out of sample at
		// the end of its phase A (tuned on the other sets) 78.0 % / 0.777 /
		// 0.909 / 0.800, tuned on in phase B 90.0 % / 0.898 / 1.000 /
		// 1.000.
		// after sevq6: 92.0 % / 0.920 / 1.000 / 1.000.
		// after sevq7 (phase A): 93.0 % / 0.930 / 1.000 / 1.000.
		// after sevq8 (in sample): 94.0 % / 0.940 / 1.000 / 1.000.
		{"9", bar{0.93, 1, 1}},
		// Written while sevq2 tuned. Start 64.0 % / 0.641 / 0.833 /
		// 0.600; after sevq 67.0 % / 0.670 / 0.833 / 0.600; after sevq2
		// 72.0 % / 0.720 / 0.895 / 0.680; after sevq3: end of phase A
		// 76.0 % / 0.760 / 0.900 / 0.720, tuned on in phase B 86.0 % /
		// 0.861 / 1.000 / 0.920; after sevq5 87.0 % / 0.870 / 1.000 /
		// 0.960.
		// after sevq6: 88.0 % / 0.881 / 1.000 / 0.960.
		// after sevq7 (phase A): 89.0 % / 0.891 / 1.000 / 0.960.
		{"10", bar{0.89, 1, 0.96}},
		// Written while sevq3 tuned. Start 80.0 % / 0.799 / 0.808 / 0.840;
		// after sevq3 81.0 % / 0.810 / 0.808 / 0.840; tuned on by sevq4:
		// 85.0 % / 0.851 / 0.821 / 0.920.
		// after sevq6: 87.0 % / 0.871 / 0.852 / 0.920.
		// after sevq7 (phase A): 88.0 % / 0.881 / 0.852 / 0.920.
		// after sevq8 (in sample): 91.0 % / 0.911 / 0.885 / 0.920.
		// after sevq9 (in sample): 92.0 % / 0.920 / 0.889 / 0.960.
		// after sevq10 (in sample): 93.0 % / 0.930 / 0.893 / 1.000.
		{"11", bar{0.92, 0.89, 1}},
		// Written while sevq3 tuned. Start 76.0 % / 0.750 / 0.815 / 0.880;
		// after sevq3 77.0 % / 0.764 / 0.885 / 0.920; tuned on by sevq4:
		// 84.0 % / 0.839 / 0.920 / 0.920; after sevq5 85.0 % / 0.849 /
		// 0.923 / 0.960.
		// after sevq6: 88.0 % / 0.879 / 0.962 / 1.000.
		// after sevq7 (phase A): 92.0 % / 0.919 / 0.962 / 1.000.
		// after sevq7: 93.0 % / 0.929 / 0.962 / 1.000.
		// after sevq10 (in sample): 94.0 % / 0.940 / 0.962 / 1.000.
		{"12", bar{0.93, 0.96, 1}},
		// Written while sevq3 tuned. Start 75.0 % / 0.744 / 0.806 / 1.000;
		// after sevq3 76.0 % / 0.756 / 0.800 / 0.960; tuned on by sevq4:
		// 89.0 % / 0.890 / 0.889 / 0.960.
		// after sevq6: 89.0 % / 0.890 / 0.889 / 0.960.
		// after sevq7 (phase A): 91.0 % / 0.910 / 0.893 / 1.000.
		{"13", bar{0.90, 0.89, 1}},
		// Written while sevq3 tuned. Start 72.0 % / 0.717 / 0.870 / 0.800;
		// after sevq3 75.0 % / 0.748 / 0.875 / 0.840; tuned on by sevq4:
		// 83.0 % / 0.826 / 0.889 / 0.960.
		// after sevq6: 87.0 % / 0.867 / 0.893 / 1.000.
		// after sevq7 (phase A): 90.0 % / 0.898 / 0.893 / 1.000.
		{"14", bar{0.89, 0.89, 1}},
		// Written while sevq3 tuned. Start 68.0 % / 0.651 / 0.808 / 0.840;
		// after sevq3 73.0 % / 0.707 / 0.815 / 0.880; sevq4: out of sample
		// at the end of its phase A (tuned on sets 11-14) unchanged, 73.0 %
		// / 0.707 / 0.815 / 0.880; tuned on in phase B 78.0 % / 0.757 /
		// 0.857 / 0.960.
		// after sevq6: 79.0 % / 0.770 / 0.857 / 0.960.
		// after sevq7 (phase A): 85.0 % / 0.843 / 0.889 / 0.960.
		// after sevq8 (in sample): 85.0 % / 0.843 / 0.923 / 0.960.
		{"15", bar{0.84, 0.92, 0.96}},
		// Written while sevq3 tuned. Start 72.0 % / 0.719 / 0.950 / 0.760;
		// after sevq3 74.0 % / 0.740 / 0.909 / 0.800; sevq4: end of phase
		// A 76.0 % / 0.761 / 0.909 / 0.800, tuned on in phase B 78.0 % /
		// 0.781 / 0.955 / 0.840.
		// after sevq6: 80.0 % / 0.802 / 1.000 / 0.840.
		// after sevq7 (phase A): 84.0 % / 0.840 / 1.000 / 0.880.
		// after sevq7: 85.0 % / 0.850 / 1.000 / 0.880.
		// after sevq8 (in sample): 86.0 % / 0.860 / 1.000 / 0.880.
		{"16", bar{0.85, 1, 0.87}},
		// Written while sevq4 tuned. Start 77.0 % / 0.770 / 0.833 / 0.800;
		// after sevq3 78.0 % / 0.780 / 0.800 / 0.800; after sevq4 80.0 % / 0.801 / 0.800 / 0.800;
		// tuned on by sevq5 (phase A and B alike): 84.0 % / 0.839 / 0.828 / 0.960.
		// after sevq6: 85.0 % / 0.850 / 0.889 / 0.960.
		// after sevq7 (phase A): 89.0 % / 0.891 / 0.926 / 1.000.
		// after sevq7: 90.0 % / 0.901 / 0.926 / 1.000.
		{"17", bar{0.90, 0.92, 1}},
		// Written while sevq4 tuned. Start 67.0 % / 0.666 / 0.773 / 0.680;
		// after sevq3 69.0 % / 0.684 / 0.783 / 0.720; after sevq4 71.0 % / 0.703 / 0.783 / 0.720;
		// tuned on by sevq5 (phase A and B alike): 77.0 % / 0.760 / 0.828 / 0.960.
		// after sevq6: 80.0 % / 0.795 / 0.923 / 0.960.
		// after sevq7 (phase A): 88.0 % / 0.879 / 0.960 / 0.960.
		// after sevq7: 89.0 % / 0.889 / 0.960 / 0.960.
		// after sevq8 (in sample): 90.0 % / 0.900 / 0.960 / 0.960.
		{"18", bar{0.89, 0.95, 0.96}},
		// Written while sevq4 tuned. Start 74.0 % / 0.730 / 0.786 / 0.880;
		// after sevq3 74.0 % / 0.730 / 0.786 / 0.880; after sevq4 75.0 % / 0.742 / 0.786 / 0.880;
		// sevq5: out of sample at the end of its phase A (tuned on 17, 18
		// and the older sets) unchanged, 75.0 % / 0.742 / 0.786 / 0.880;
		// tuned on in phase B 77.0 % / 0.760 / 0.800 / 0.960.
		// after sevq6: 82.0 % / 0.816 / 0.889 / 0.960.
		// after sevq7 (phase A): 86.0 % / 0.859 / 0.889 / 0.960.
		// after sevq7: 89.0 % / 0.889 / 0.889 / 0.960.
		// after sevq8 (in sample): 92.0 % / 0.920 / 0.889 / 0.960.
		{"19", bar{0.91, 0.88, 0.96}},
		// Written while sevq5 tuned. Start 67.0 % / 0.660 / 0.667 / 0.720;
		// after sevq4 69.0 % / 0.685 / 0.667 / 0.720; after sevq5 69.0 % / 0.685 / 0.667 / 0.720.
		// after sevq6: end of its phase A (held back) 70.0 % / 0.696 / 0.667 / 0.720;
		// tuned on in phase B 73.0 % / 0.725 / 0.714 / 0.800.
		// after sevq7 (phase A): 77.0 % / 0.769 / 0.786 / 0.880.
		// after sevq8 (in sample): 78.0 % / 0.779 / 0.815 / 0.880.
		// after sevq10 (in sample): 81.0 % / 0.807 / 0.852 / 0.920.
		{"20", bar{0.8, 0.85, 0.91}},
		// Written while sevq5 tuned. Start 72.0 % / 0.719 / 0.773 / 0.680;
		// after sevq4 74.0 % / 0.736 / 0.792 / 0.760; after sevq5 74.0 % / 0.736 / 0.792 / 0.760.
		// after sevq6 (phase A and B alike): 74.0 % / 0.736 / 0.792 / 0.760.
		// after sevq7 (phase A): 80.0 % / 0.800 / 0.840 / 0.840.
		// after sevq7: 82.0 % / 0.819 / 0.840 / 0.840.
		// after sevq8 (in sample): 83.0 % / 0.829 / 0.840 / 0.840.
		// after sevq9 (in sample): 84.0 % / 0.839 / 0.846 / 0.880.
		// after sevq10 (in sample): 85.0 % / 0.849 / 0.852 / 0.920.
		{"21", bar{0.84, 0.85, 0.91}},
		// Written while sevq5 tuned. Start 78.0 % / 0.769 / 0.833 / 0.800;
		// after sevq4 78.0 % / 0.774 / 0.833 / 0.800; after sevq5 79.0 % / 0.783 / 0.840 / 0.840.
		// after sevq6: end of its phase A (held back) 79.0 % / 0.783 / 0.840 / 0.840;
		// tuned on in phase B 80.0 % / 0.793 / 0.846 / 0.880.
		// after sevq7 (phase A): 85.0 % / 0.848 / 0.917 / 0.880.
		// after sevq8 (in sample): 87.0 % / 0.869 / 0.917 / 0.880.
		// after sevq9 (in sample): 88.0 % / 0.879 / 0.920 / 0.920.
		// 2026-12-06 evening: 87.0 % / 0.870 / 0.920 / 0.920 (an identifier in
		// a pasted table, "ERR_APPROVAL_…", is one word now, not a fault).
		{"22", bar{0.86, 0.91, 0.92}},
		// Written while sevq6 tuned. Start 75.0 % / 0.741 / 0.767 / 0.920;
		// after sevq6 77.0 % / 0.764 / 0.821 / 0.920.
		// sevq7: end of its phase A (held back) 81.0 % / 0.807 / 0.821 / 0.920.
		// after sevq7 (phase B, tuned on): 84.0 % / 0.838 / 0.852 / 0.920.
		// after sevq8 (in sample): 88.0 % / 0.880 / 0.920 / 0.920.
		// after sevq10 (in sample): 89.0 % / 0.890 / 0.958 / 0.920.
		{"23", bar{0.88, 0.95, 0.92}},
		// Written while sevq6 tuned. Start 83.0 % / 0.825 / 0.806 / 1.000;
		// after sevq6 84.0 % / 0.836 / 0.806 / 1.000.
		// sevq7: end of its phase A (held back) 83.0 % / 0.825 / 0.806 / 1.000.
		// after sevq7 (phase B, tuned on): 84.0 % / 0.836 / 0.806 / 1.000.
		// after sevq8 (in sample): 85.0 % / 0.847 / 0.833 / 1.000.
		// after sevq10 (in sample): 87.0 % / 0.867 / 0.893 / 1.000.
		{"24", bar{0.86, 0.89, 1}},
		// Written while sevq6 tuned. Start 67.0 % / 0.654 / 0.677 / 0.840;
		// after sevq6 67.0 % / 0.654 / 0.700 / 0.840.
		// sevq7: end of its phase A (held back) 68.0 % / 0.667 / 0.700 / 0.840.
		// after sevq7 (phase B, tuned on): 70.0 % / 0.685 / 0.733 / 0.880.
		// after sevq8 (in sample): 75.0 % / 0.747 / 0.733 / 0.880.
		// after sevq9 (in sample): 76.0 % / 0.756 / 0.742 / 0.920.
		// after sevq10 (in sample): 77.0 % / 0.765 / 0.742 / 0.920.
		{"25", bar{0.76, 0.74, 0.92}},
		// Hold-outs 26-28: three writers who read only the protocol,
		// written during sevq7 and kept outside the repository until it
		// merged; scored blind once at the session's start (43ed040) and
		// once after sevq7 (macro-F1 / P1 precision / P1 recall):
		// 26: 0.793 / 0.828 / 0.960 -> 0.805 / 0.857 / 0.960;
		// 27: 0.836 / 0.857 / 0.960 -> 0.826 / 0.828 / 0.960;
		// 28: 0.722 / 0.767 / 0.920 -> 0.761 / 0.767 / 0.920.
		// sevq8 held them back (totals read at its start, middle and
		// end, never a mail): 26: 0.805 / 0.857 / 0.960 -> 0.829 /
		// 0.857 / 0.960; 27: 0.826 / 0.828 / 0.960 -> 0.859 / 0.828 /
		// 0.960; 28: 0.761 / 0.767 / 0.920 -> 0.811 / 0.793 / 0.920.
		// sevq9 tuned on them: 26: 0.839 / 0.889 / 0.960, 28: 0.821 /
		// 0.821 / 0.920 (27 unchanged).
		// after sevq10 (in sample): 89.0 % / 0.889 / 0.960 / 0.960.
		{"26", bar{0.88, 0.95, 0.96}},
		// after sevq10 (in sample): 89.0 % / 0.888 / 0.862 / 1.000.
		{"27", bar{0.88, 0.86, 1}},
		// after sevq10 (in sample): 85.0 % / 0.851 / 0.889 / 0.960.
		{"28", bar{0.85, 0.88, 0.95}},
		// Hold-outs 29-31: three more writers who read only the protocol
		// (non-native English and web forms; replies in threads above
		// quoted history of another severity; public-sector and regulated
		// customers), written outside the repository at the start of
		// sevq8 and scored blind once at its start (8f2aecf) and once after
		// it merged (macro-F1 / P1 precision / P1 recall):
		// 29: 0.729 / 0.714 / 0.800 -> 0.760 / 0.714 / 0.800;
		// 30: 0.646 / 0.724 / 0.840 -> 0.650 / 0.724 / 0.840;
		// 31: 0.762 / 0.700 / 0.840 -> 0.773 / 0.700 / 0.840.
		// sevq9 tuned on them (in sample): 29: 0.801 / 0.767 / 0.920;
		// 30: 0.688 / 0.800 / 0.960; 31: 0.811 / 0.767 / 0.920.
		{"29", bar{0.80, 0.76, 0.92}},
		// after sevq10 (in sample): 73.0 % / 0.721 / 0.800 / 0.960.
		{"30", bar{0.72, 0.79, 0.96}},
		{"31", bar{0.81, 0.76, 0.92}},
		// Hold-outs 32-34: three more writers who read only the protocol
		// (one-liners from phones, text-speak and rants; developers and
		// SREs pasting traces and metrics; executives, finance, legal and
		// account managers writing for others), written outside the
		// repository while sevq9 worked and scored blind once at its start
		// (9c1a335) and once after it (macro-F1 / P1 precision / P1 recall):
		// 32: 0.799 / 0.828 / 0.960 -> 0.799 / 0.828 / 0.960;
		// 33: 0.684 / 0.645 / 0.800 -> 0.695 / 0.667 / 0.800;
		// 34: 0.740 / 0.636 / 0.840 -> 0.751 / 0.656 / 0.840.
		// after sevq10 (in sample): 88.0 % / 0.883 / 1.000 / 0.960.
		{"32", bar{0.88, 1, 0.96}},
		// after sevq10 (in sample): 81.0 % / 0.808 / 0.793 / 0.920.
		{"33", bar{0.8, 0.79, 0.91}},
		// after sevq10 (in sample): 84.0 % / 0.837 / 0.862 / 1.000.
		{"34", bar{0.83, 0.86, 1}},
		// Hold-outs 35-37 (issue-tracker reports and ticket forms, three
		// files in German; non-technical people at small organisations;
		// replies, forwards and chains, several problems in one mail),
		// written outside the repository while sevq10 worked and scored
		// blind once at its start (93b62db) and once after it merged
		// (a3be4aa), accuracy / macro-F1 / P1 precision / P1 recall:
		// 35: 65.0 % / 0.647 / 0.700 / 0.840 -> 69.0 % / 0.685 / 0.733 / 0.880;
		// 36: 77.0 % / 0.767 / 0.733 / 0.880 -> 77.0 % / 0.767 / 0.733 / 0.880;
		// 37: 64.0 % / 0.639 / 0.720 / 0.720 -> 65.0 % / 0.650 / 0.720 / 0.720.
		// after sevq11 (in sample): 78.0 % / 0.773 / 0.893 / 1.000.
		{"35", bar{0.77, 0.89, 1}},
		// after sevq11 (in sample): 84.0 % / 0.839 / 0.923 / 0.960.
		// 2026-12-06: "all the <any word>" no longer names everyone
		// (+10 −3 over 10,873 mails); 36's "All the addresses are right"
		// beside a route order that is wrong was one of the three.
		{"36", bar{0.82, 0.92, 0.96}},
		// after sevq11 (in sample): 70.0 % / 0.699 / 0.840 / 0.840.
		{"37", bar{0.69, 0.84, 0.84}},
		// Hold-outs 38-40 (online merchants; angry and understated
		// writers; IT administrators at mid-size companies), written
		// outside the repository while sevq11 worked and scored blind
		// once at its start (e03ddb7) and once after it merged (e810d38):
		// not one verdict moved. 38: 74.0 % / 0.740 / 0.800 / 0.800;
		// 39: 71.0 % / 0.700 / 0.700 / 0.840; 40: 70.0 % / 0.704 / 0.731
		// / 0.760.
		{"38", bar{0.73, 0.79, 0.79}},
		{"39", bar{0.69, 0.69, 0.83}},
		{"40", bar{0.7, 0.73, 0.75}},
		// Written 2026-12-04 evening outside the repository by three more
		// writers who read only the protocol's definitions (logistics and
		// fleet tracking; schools and e-learning; hotels and restaurants),
		// scored once at 44c6f4b, never tuned on: 41: 69.0 % / 0.675 /
		// 0.714 / 0.800; 42: 69.0 % / 0.692 / 0.600 / 0.720; 43: 69.0 % /
		// 0.689 / 0.621 / 0.720.
		{"41", bar{0.67, 0.71, 0.8}},
		{"42", bar{0.69, 0.6, 0.72}},
		{"43", bar{0.68, 0.62, 0.72}},
		// Written 2026-12-05 outside the repository by three more writers
		// who read only the protocol's definitions (field-service trades;
		// newsrooms and publishers; charities, clubs and theatres), scored
		// once at 7b4f111, never tuned on: 44: 74.0 % / 0.742 / 0.808 /
		// 0.840; 45: 66.0 % / 0.660 / 0.640 / 0.640; 46: 66.0 % / 0.658 /
		// 0.647 / 0.880.
		// After the precaution and records-shown readings (tuned on them,
		// 2026-12-05 evening): 44: 75.0 % / 0.753 / 0.840 / 0.840; 45:
		// 70.0 % / 0.702 / 0.739 / 0.680; 46: 71.0 % / 0.707 / 0.759 /
		// 0.880. The composer reading folded words (2026-12-05) cost 44
		// one mail (a feature request done "one at a time" now read as a
		// chore with a workaround, P2): 74.0 % / 0.743 / 0.840 / 0.840.
		{"44", bar{0.74, 0.84, 0.84}},
		{"45", bar{0.70, 0.73, 0.68}},
		{"46", bar{0.70, 0.75, 0.88}},
		// Written 2026-12-05 outside the repository by three more writers
		// (veterinary and dental clinics; HR and payroll; letting agencies
		// and housing associations), scored once at c30ccdb (rules as at
		// 7b4f111), never tuned on: 47: 74.0 % / 0.739 / 0.688 / 0.880;
		// 48: 67.0 % / 0.676 / 0.762 / 0.640; 49: 66.0 % / 0.653 / 0.621 /
		// 0.720.
		// After the precaution and records-shown readings (tuned on them):
		// 47: 76.0 % / 0.758 / 0.719 / 0.920; 48 unchanged; 49: 71.0 % /
		// 0.705 / 0.731 / 0.760, then (money taken twice from many, a
		// change disowned) 73.0 % / 0.724 / 0.750 / 0.840. 2026-12-06:
		// meter readings became data (+4 −1 over 10,573 mails), and 47's
		// "the readings are lost" of a chart that will not save, which its
		// writer calls P2 beside its paper fallback, now reads P1 (P1
		// precision 0.719 → 0.697).
		{"47", bar{0.74, 0.69, 0.92}},
		{"48", bar{0.67, 0.76, 0.64}},
		{"49", bar{0.72, 0.75, 0.84}},
		// Written from the protocol's definitions by three more writers
		// (fleet telematics and warehouses; schools, colleges and
		// training; a communications API for developers), scored once at
		// 50cd27b, never tuned on: 50: 82.0 % / 0.821 / 0.821 / 0.920; 51:
		// 79.0 % / 0.785 / 0.840 / 0.840; 52: 73.0 % / 0.726 / 0.846 /
		// 0.880 (at 69b2d2e, before that commit's readings: 81.0 % / 0.811
		// / 0.793 / 0.920 on 50, the others the same). One person charged
		// twice read as a billing problem (P2), found on a test case,
		// then took 52 to 74.0 % / 0.738 / 0.880 / 0.880 (a false P1 gone).
		{"50", bar{0.82, 0.82, 0.92}},
		{"51", bar{0.78, 0.84, 0.84}},
		{"52", bar{0.72, 0.84, 0.88}},
		// Three more writers (restaurants and hospitality; law and
		// accounting practices; online shops), written while 50-52's
		// readings were made and scored once at 22efc11, never tuned on:
		// 53: 77.0 % / 0.770 / 0.900 / 0.720; 54: 66.0 % / 0.653 / 0.647
		// / 0.880; 55: 72.0 % / 0.718 / 0.667 / 0.800 (at 69b2d2e, the
		// session's start, 53 read 78.0 % / 0.780 / 0.905 / 0.760: one
		// person charged twice read as a billing problem had cost it
		// "customers charged twice" at "3 tables"; payers named in the
		// plural took it back).
		{"53", bar{0.78, 0.90, 0.76}},
		{"54", bar{0.65, 0.64, 0.88}},
		{"55", bar{0.71, 0.66, 0.80}},
		// Three more writers (clinics and pharmacies; construction
		// projects; B2B marketing automation), written while 53-55's
		// readings were made and scored once at 0c6f660, never tuned on:
		// 56: 78.0 % / 0.780 / 0.875 / 0.840; 57: 75.0 % / 0.751 / 0.818 /
		// 0.720; 58: 78.0 % / 0.778 / 0.727 / 0.960 (at 69b2d2e, the
		// session's start: 77.0 % / 0.771 / 0.870 / 0.800; 74.0 % / 0.741 /
		// 0.773 / 0.680; 58 the same).
		{"56", bar{0.78, 0.87, 0.84}},
		{"57", bar{0.75, 0.81, 0.72}},
		{"58", bar{0.77, 0.72, 0.96}},
		// Three more writers (energy and water suppliers; charities'
		// fundraising and volunteers; tour operators and small hotels),
		// written while 56-58's readings were made and scored once at
		// 10476a6, never tuned on: 59: 75.0 % / 0.751 / 0.724 / 0.840; 60:
		// 78.0 % / 0.779 / 0.840 / 0.840; 61: 74.0 % / 0.742 / 0.760 /
		// 0.760 (at 69b2d2e, the session's start: 75.0 % / 0.751 / 0.741 /
		// 0.800; 77.0 % / 0.769 / 0.833 / 0.800; 73.0 % / 0.731 / 0.760 /
		// 0.760).
		{"59", bar{0.75, 0.72, 0.84}},
		{"60", bar{0.77, 0.84, 0.84}},
		{"61", bar{0.74, 0.76, 0.76}},
		// written from the brief on 2026-12-05 night (HR and payroll;
		// gyms and studios; insurance brokers) and scored once at e0022d6,
		// never tuned on before: 62: 82.0 % / 0.820 / 0.852 / 0.920; 63:
		// 76.0 % / 0.758 / 0.733 / 0.880; 64: 76.0 % / 0.759 / 0.792 /
		// 0.760 (at 6592e68, the session's start: 62 and 64 the same, 63
		// 75.0 % / 0.748 / 0.710 / 0.880). After their round: 62 82.0 % /
		// 0.820 / 0.852 / 0.920; 63 78.0 % / 0.779 / 0.786 / 0.880; 64
		// 77.0 % / 0.769 / 0.800 / 0.800.
		{"62", bar{0.81, 0.85, 0.92}},
		{"63", bar{0.77, 0.78, 0.88}},
		{"64", bar{0.76, 0.79, 0.80}},
		// written from the brief on 2026-12-05 night (corporate e-learning;
		// event ticketing; factories' shop-floor software), scored once at
		// 65f3bc2, never tuned on before: 65: 73.0 % / 0.726 / 0.842 /
		// 0.640; 66: 63.0 % / 0.630 / 0.600 / 0.720; 67: 82.0 % / 0.821 /
		// 0.808 / 0.840 (at 6592e68, the session's start, the same).
		// Thirteen of their twenty missed P1s were not in English; after
		// the composer learned the sets' other languages: 65 75.0 % /
		// 0.747 / 0.857 / 0.720; 66 67.0 % / 0.665 / 0.647 / 0.880; 67
		// 83.0 % / 0.830 / 0.815 / 0.880.
		{"65", bar{0.74, 0.85, 0.72}},
		{"66", bar{0.66, 0.64, 0.88}},
		{"67", bar{0.82, 0.81, 0.88}},
		// written from the brief on 2026-12-05 night with a third of each
		// set in the other languages (town halls' citizen services; freight
		// forwarding and customs; cloud telephony), scored once at
		// 8b874fa, never tuned on before: 68: 76.0 % / 0.759 / 0.741 /
		// 0.800; 69: 78.0 % / 0.782 / 0.808 / 0.840; 70: 72.0 % / 0.718 /
		// 0.800 / 0.640 (at 6592e68, the session's start: 75.0, 76.0 and
		// 72.0 %). After their round: 68 78.0 % / 0.780 / 0.759 / 0.880;
		// 69 79.0 % / 0.792 / 0.815 / 0.880; 70 as scored.
		{"68", bar{0.77, 0.75, 0.88}},
		{"69", bar{0.79, 0.81, 0.88}},
		{"70", bar{0.71, 0.80, 0.64}},
		// written from the brief on 2026-12-05 night with a quarter of each
		// set in the other languages (an SMB CRM; labs' equipment and
		// samples; spend management), scored once at 32cde21, never tuned
		// on before: 71: 69.0 % / 0.686 / 0.690 / 0.800; 72: 73.0 % / 0.729
		// / 0.714 / 0.800; 73: 81.0 % / 0.809 / 0.783 / 0.720 (at 6592e68,
		// the session's start: 69.0, 72.0 and 80.0 %). After their round:
		// 71 71.0 % / 0.705 / 0.710 / 0.880; 72 as scored; 73 82.0 % / 0.820
		// / 0.792 / 0.760.
		{"71", bar{0.70, 0.70, 0.88}},
		{"72", bar{0.72, 0.71, 0.80}},
		{"73", bar{0.81, 0.79, 0.76}},
		// written from the brief on 2026-12-06 with a quarter of each set
		// in the other languages (hotels and restaurants; law firms and
		// notaries; buildings' doors, alarms and sensors), scored once at
		// 4281ede, never tuned on before: 74: 75.0 % / 0.745 / 0.774 /
		// 0.960; 75: 69.0 % / 0.690 / 0.741 / 0.800; 76: 68.0 % / 0.680 /
		// 0.842 / 0.640 (the same at 0115c9c, the session's start). After
		// their round: 74 75.0 % / 0.746 / 0.800 / 0.960; 75 71.0 % / 0.711
		// / 0.800 / 0.800; 76 73.0 % / 0.730 / 0.909 / 0.800.
		{"74", bar{0.74, 0.80, 0.96}},
		{"75", bar{0.71, 0.80, 0.80}},
		{"76", bar{0.72, 0.90, 0.80}},
		// written from the brief on 2026-12-06 after 74-76's round, with a
		// quarter of each set in the other languages (farms and food
		// producers; bus, tram and rail operators; radio and TV stations),
		// scored once at 27cd767, never tuned on before: 77: 62.0 % / 0.619
		// / 0.700 / 0.560; 78: 68.0 % / 0.677 / 0.692 / 0.720; 79: 71.0 % /
		// 0.708 / 0.864 / 0.760 (at 0115c9c, the session's start: 61.0,
		// 68.0 and 71.0 %). After their round: 77 65.0 % / 0.650 / 0.773 /
		// 0.680; 78 75.0 % / 0.749 / 0.833 / 0.800; 79 73.0 % / 0.730 /
		// 0.905 / 0.760.
		{"77", bar{0.64, 0.77, 0.68}},
		// (78's P1 precision 0.833 → 0.808 on 2026-12-06: a monthly import
		// of takings that stops at 70 %, which staff upload by hand, reads
		// P1 since takings (Umsätze) are data, +5 −1 over all sets)
		{"78", bar{0.74, 0.80, 0.80}},
		{"79", bar{0.72, 0.90, 0.76}},
		// written from the brief on 2026-12-06 after 77-79's round, a
		// quarter of each set in the other languages (construction sites;
		// parking and EV charging; car dealers), scored once at a668cea,
		// never tuned on before: 80: 73.0 % / 0.726 / 0.808 / 0.840; 81:
		// 64.0 % / 0.643 / 0.762 / 0.640; 82: 67.0 % / 0.668 / 0.741 / 0.800
		// (at 0115c9c, the session's start: 73.0, 61.0 and 67.0 %). After
		// their round: 80 75.0 % / 0.745 / 0.821 / 0.920; 81 67.0 % / 0.672
		// / 0.792 / 0.760; 82 70.0 % / 0.695 / 0.767 / 0.920.
		{"80", bar{0.74, 0.82, 0.92}},
		{"81", bar{0.67, 0.79, 0.76}},
		{"82", bar{0.69, 0.76, 0.92}},
		// written from the brief on 2026-12-06 after 80-82's round, a
		// quarter of each set in the other languages (cleaning contractors;
		// home-care agencies; food-service wholesalers), scored once at
		// 7a11b52 and not tuned on: 83: 72.0 % / 0.715 / 0.759 / 0.880; 84:
		// 67.0 % / 0.665 / 0.783 / 0.720; 85: 68.0 % / 0.682 / 0.882 / 0.600
		// (at 0115c9c, the session's start: 72.0, 66.0 and 68.0 %).
		{"83", bar{0.71, 0.75, 0.88}},
		{"84", bar{0.66, 0.78, 0.72}},
		{"85", bar{0.68, 0.88, 0.60}},
		// written from the brief on 2026-12-06 after 83-85, a quarter of
		// each set in the other languages (vets and dentists; ground
		// handlers and small airlines; publishers and print shops), scored
		// once at fd28e06, as at the session's start (bd0012b): 86: 71.0 %
		// / 0.710 / 0.864 / 0.760; 87: 61.0 % / 0.607 / 0.600 / 0.600; 88:
		// 69.0 % / 0.688 / 0.667 / 0.560. After their round: 86 73.0 % /
		// 0.730 / 0.875 / 0.840; 87 63.0 % / 0.626 / 0.630 / 0.680; 88
		// 73.0 % / 0.729 / 0.739 / 0.680.
		{"86", bar{0.72, 0.86, 0.84}},
		{"87", bar{0.62, 0.62, 0.68}},
		{"88", bar{0.72, 0.73, 0.68}},
		// written after 86-88's first round, German ten of each set's 25
		// other-language mails (staffing agencies; car rental and leasing;
		// utilities' field operations), scored once at 4b241ce: 89: 76.0 %
		// / 0.758 / 0.727 / 0.640; 90: 67.0 % / 0.666 / 0.840 / 0.840; 91:
		// 66.0 % / 0.662 / 0.652 / 0.600 (at the session's start 76.0, 66.0
		// and 65.0 %). After their round: 89 77.0 % / 0.769 / 0.773 /
		// 0.680; 90 69.0 % / 0.685 / 0.880 / 0.880; 91 69.0 % / 0.693 /
		// 0.692 / 0.720.
		{"89", bar{0.76, 0.77, 0.68}},
		{"90", bar{0.68, 0.88, 0.88}},
		{"91", bar{0.69, 0.69, 0.72}},
		// written from the brief on 2026-12-06 in the style of public
		// support-ticket collections (92 English web forms, 93 German
		// web forms, 94 issue-tracker reports), scored once at a967ef9:
		// 92: 79.0 % / 0.786 / 0.767 / 0.920; 93: 70.0 % / 0.698 / 0.708 /
		// 0.680; 94: 72.0 % / 0.718 / 0.767 / 0.920 (at the session's
		// start 79.0, 67.0 and 72.0 %). Floors after their round.
		{"92", bar{0.79, 0.79, 0.96}},
		{"93", bar{0.76, 0.83, 0.84}},
		{"94", bar{0.71, 0.76, 0.92}},
		// a second writer of German support forms, written after 92-94's
		// round and scored once at d2e0040: 61.0 % / 0.609 / 0.682 /
		// 0.600 (58.0 % / 0.576 / 0.632 / 0.480 at the session's start).
		{"95", bar{0.69, 0.84, 0.84}},
		// a second writer of English support forms, written with 95 and
		// scored once at d2e0040: 73.0 % / 0.732 / 0.667 / 0.720, as at
		// the session's start; no round followed (what a session's rounds
		// carry to English writers of this kind: nothing).
		{"96", bar{0.73, 0.66, 0.72}},
		// two more German writers after 95's round (an SMB cloud platform's
		// customers in plain German; German and English IT staff of an
		// enterprise vendor), scored once at 686b0a2: 97: 56.0 % / 0.554 /
		// 0.593 / 0.640; 98: 71.0 % / 0.705 / 0.704 / 0.760, both as at the
		// session's start (German readings carried to 93 and 95, not to
		// these). After their round: 97 61.0 % / 0.596 / 0.656 / 0.840; 98
		// 73.0 % / 0.726 / 0.724 / 0.840.
		{"97", bar{0.72, 0.66, 0.96}}, // sev16de: 0.724 / 0.667 / 0.960
		{"98", bar{0.72, 0.72, 0.84}},
		// 99-101 (2026-12-06, second session): English web-form tickets,
		// issue-tracker reports, German and English web forms, scored
		// once at the session's start (37bbbf0): 99 78.0 % / 0.777 /
		// 0.733 / 0.880; 100 78.0 % / 0.781 / 0.913 / 0.840; 101 65.0 % /
		// 0.653 / 0.792 / 0.760. After 99's round: 99 85.0 % / 0.848 /
		// 0.885 / 0.920 (100 and 101 unchanged). After 100's round: 100 83.0 % / 0.833 / 1.000 /
		// 0.880 (99 unchanged, 101 unchanged). After 101's round: 101
		// 73.0 % / 0.733 / 0.920 / 0.920 (99 and 100 unchanged).
		{"99", bar{0.84, 0.88, 0.92}},
		{"100", bar{0.83, 1, 0.88}},
		{"101", bar{0.73, 0.92, 0.92}},
		// 102-104, written after 101's round: 102 English web forms (10
		// voices), 104 one deliberately different voice a file. Blind:
		// 102 77.0 % / 0.771 / 0.833 / 0.800 at 0ce6835 (76.0 % / 0.760
		// / 0.833 / 0.800 at the session's start); 104 79.0 % / 0.783 /
		// 0.821 / 0.920 at 0ce6835 and at the start. After 104's round:
		// 104 83.0 % / 0.825 / 0.923 / 0.960 (102 unchanged).
		// 103, German web forms (ten writers), written with 102 and 104:
		// blind 62.0 % / 0.612 / 0.714 / 0.800 at 0ce6835 and at the
		// session's start (101's German round carried nothing to it);
		// after its round 70.0 % / 0.690 / 0.862 / 1.000.
		{"102", bar{0.77, 0.83, 0.80}},
		{"103", bar{0.68, 0.86, 1}},
		{"104", bar{0.82, 0.92, 0.96}},
		// 105-107, written after 103's round: 106 short English web-form
		// tickets, blind 79.0 % / 0.793 / 0.950 / 0.760 at 985f57c, as at
		// the session's start; after its round 85.0 % / 0.852 / 1.000 /
		// 0.960.
		{"106", bar{0.85, 1, 0.96}},
		// 105, short German web-form tickets: blind 61.0 % / 0.616 /
		// 0.833 / 0.600 at cbf1ab7 (58.0 % / 0.584 / 0.714 / 0.600 at the
		// session's start: the German rounds carried three points); after
		// its round 65.0 % / 0.653 / 0.864 / 0.760.
		{"105", bar{0.65, 0.86, 0.76}},
		// 107, issue-tracker reports of an observability stack (hosted and
		// self-hosted), written with 105 and 106: blind 57.0 % / 0.571 /
		// 0.769 / 0.800 at 5c880e9, as at the session's start; after its
		// round 60.0 % / 0.602 / 0.778 / 0.840. 105-107 together blind:
		// 65.7 % / 0.662 / 0.844 / 0.720 (64.7 % at the start).
		{"107", bar{0.60, 0.77, 0.84}},
		// 108-109, the last two of the session: 109 formulaic English web
		// forms, blind 84.0 % / 0.838 / 0.857 / 0.960 at 3eac170, as at
		// the session's start; after its round 88.0 % / 0.881 / 1.000 /
		// 0.960.
		{"109", bar{0.88, 1, 0.96}},
		// 108, German web forms from craftsmen, practices, clubs and
		// shops: blind 60.0 % / 0.596 / 0.542 / 0.520 at 3eac170 (60.0 %
		// / 0.596 / 0.565 / 0.520 at the session's start); after its round
		// 65.0 % / 0.646 / 0.654 / 0.680.
		{"108", bar{0.69, 0.75, 0.84}}, // sev16de: 0.694 / 0.750 / 0.840
		// 110-112, written blind on 2026-12-06 evening and scored at
		// 34a1928 (the session's start): 110 German formulaic web forms
		// (ten products of one vendor, ten voices) 59.0 % / 0.585 / 0.700 /
		// 0.560; 111 English issue-tracker reports 70.0 % / 0.703 / 0.741
		// / 0.800; 112 ten voices, half English, half German 67.0 % /
		// 0.667 / 0.760 / 0.760. After their round: 72.0 % / 0.718 / 0.826
		// / 0.760; 72.0 % / 0.723 / 0.778 / 0.840; 70.0 % / 0.698 / 0.808
		// / 0.840.
		{"110", bar{0.72, 0.90, 0.76}},
		{"111", bar{0.74, 0.80, 0.84}},
		{"112", bar{0.72, 0.84, 0.84}}, // sev16de: 0.729 / 0.840 / 0.840
		// 113-115, written after 110-112's round and scored blind at
		// e4c8ec5 (and at 34a1928, the session's start): 113 German
		// web-form tickets 61.0 % / 0.606 / 0.722 / 0.520 (62.0 % at the
		// start); 114 English web-form tickets 80.0 % / 0.803 / 0.864 /
		// 0.760 (the same); 115 issue reports, English and German 66.0 % /
		// 0.660 / 0.826 / 0.760 (the same). After their round: 67.0 % /
		// 0.667 / 0.792 / 0.760; 80.0 % / 0.802 / 0.864 / 0.760; 68.0 % /
		// 0.681 / 0.864 / 0.760. 113's bar 0.68 → 0.67 when a negated
		// judgement ("nicht betroffen", "nicht begeistert") stopped
		// reading as a defect (+8 −6 over all sets; 113 +1 −2, the two
		// right only by that accident).
		{"113", bar{0.67, 0.80, 0.84}},
		// 114 after 116-118's round: 79.0 % / 0.792 / 0.826 / 0.760 (eight
		// nurses locked out, "everybody else is fine", read P1 once an
		// account locked is a fault of access).
		{"114", bar{0.79, 0.82, 0.76}},
		{"115", bar{0.68, 0.86, 0.76}},
		// 116-118, written after 113-115's round and scored blind at
		// dbca525 and 2e1b398 (at 34a1928, the session's start): 116
		// German web forms in DACH voices 76.0 % / 0.753 / 0.875 / 0.840
		// (72.0 % / 0.714 / 0.864 / 0.760 at the start: German grammar
		// carried, four verdicts, none broken); 117 formulaic English web
		// forms 74.0 % / 0.742 / 0.680 / 0.680 (the same); 118 issue
		// reports, half German 67.0 % / 0.673 / 0.783 / 0.720 (62.0 % at
		// the start, five verdicts, four of them German). After their
		// round: 77.0 % / 0.762 / 0.880 / 0.880; 78.0 % / 0.785 / 0.826 /
		// 0.760; 67.0 % / 0.673 / 0.783 / 0.720.
		{"116", bar{0.79, 0.88, 0.88}}, // sev16de: 0.796 / 0.880 / 0.880
		{"117", bar{0.79, 0.83, 0.80}},
		{"118", bar{0.67, 0.78, 0.72}},
		// 119-121, the session's last trio, written after 116-118's round
		// and scored blind at 28126cb (and at 34a1928): 119 German web
		// forms with regional voices 59.0 % / 0.588 / 0.750 / 0.720 (58.0
		// % at the start: +2 −1); 120 formulaic English web forms 72.0 % /
		// 0.721 / 0.680 / 0.680 (the same); 121 developers' issue reports
		// 76.0 % / 0.759 / 0.808 / 0.840 (the same). No round: their
		// floors are their blind readings.
		{"119", bar{0.58, 0.75, 0.72}},
		{"120", bar{0.72, 0.68, 0.68}},
		{"121", bar{0.75, 0.80, 0.84}},
	} {
		t.Run(s.n, func(t *testing.T) {
			scoreHoldOut(t, "hold-out "+s.n, "testdata/holdout"+s.n, s.min)
		})
	}
}
