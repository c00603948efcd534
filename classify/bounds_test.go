package classify

import (
	"fmt"
	"strings"
	"testing"
)

// skewedVocab returns a vocabulary that puts every word and pair of the
// given mails at level l: the strongest opinion a vocabulary can have.
func skewedVocab(t *testing.T, l Severity, mails []labelled) *vocab {
	t.Helper()
	c := newCounts()
	for _, m := range mails {
		m.want = l
		c.add(m)
		c.add(m) // the file keeps tokens of two mails or more
	}
	for _, o := range Severities { // every level needs mails for a prior
		c.mails[o-1] += 1
	}
	v, err := parseVocab(c.file(), "skewed.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// skewedModel is skewedVocab as a logistic model: every token weighs
// strongly for l and against the other levels.
func skewedModel(t *testing.T, l Severity, mails []labelled) *vocab {
	v := *skewedVocab(t, l, mails)
	v.logistic, v.prior = true, [4]float64{}
	v.vals = make([][4]float32, len(v.vals))
	for i := range v.vals {
		for k := range 4 {
			v.vals[i][k] = -8
		}
		v.vals[i][l-1] = 8
	}
	return &v
}

// TestVocabularyNeverMakesP1 fails if a learned vocabulary alone can make
// a P1, unmake one, or move a level by more than one step: with a
// vocabulary that sees P1 (and then P4) in every word, each mail of the
// labelled and hold-out sets must keep the rules' P1s and non-P1s. A
// logistic model may lower a P1 it all but rules out to P2, no further.
func TestVocabularyNeverMakesP1(t *testing.T) {
	mails := append(loadLabelled(t), loadHoldOut(t)...)
	mails = append(mails, labelled{name: "issue", in: Input{Body: "URGENT — please call me back today."}},
		labelled{name: "issue", in: Input{Subject: "Re: [ESC-9] outage", Body: "Close this ticket please."}},
		labelled{name: "issue", in: Input{Subject: "Re: [ESC-9] outage", Body: "Fixed in release 4.2; please confirm."}},
		// the rules read "urgent" on a problem (at least P2), then a
		// reply that says it worked (P4): the policy must not let a
		// model raise it two steps (holdout51)
		labelled{name: "urgent, then settled", in: Input{Subject: "Re: URGENT cant log in!!!",
			Body: "ok thanks that worked 👍\n\nSent from my iPad\n\nOn 17 Nov 2026, at 08:40, Support <support@vendor.example> wrote:\n\n" +
				"> Hi Liam, your account had been locked after several wrong password attempts. I've unlocked it.\n>\n" +
				">> On 17 Nov 2026, at 08:22, Liam <l@school.example> wrote:\n>>\n>> URGENT cant log in!!! says account locked. got year 9 in 5 mins\n"}})
	rules := Default().withVocab(nil)
	for _, l := range []Severity{P1, P4} {
		c := rules.withVocab(skewedVocab(t, l, mails))
		model := rules.withVocab(skewedModel(t, l, mails))
		for _, m := range mails {
			ruled, got := rules.Classify(m.in).Severity, c.Classify(m.in).Severity
			byModel := model.Classify(m.in)
			switch {
			case ruled != P1 && byModel.Severity == P1:
				t.Errorf("%s: model of %v made P1 of %q (rules: %v)", m.name, l, m.in.Subject, ruled)
			case ruled == P1 && l == P1 && byModel.Severity != P1,
				ruled == P1 && l == P4 && (byModel.Severity != P2 || !strings.Contains(fmt.Sprint(byModel.Evidence), "is lowered to P2")):
				t.Errorf("%s: model of %v took the P1 of %q to %v%s", m.name, l, m.in.Subject, byModel.Severity, evidenceSummary(byModel))
			case ruled != P1 && (byModel.Severity-ruled > 1 || ruled-byModel.Severity > 1):
				t.Errorf("%s: model of %v moved %q from %v to %v", m.name, l, m.in.Subject, ruled, byModel.Severity)
			}
			switch {
			case ruled != P1 && got == P1:
				t.Errorf("%s: vocabulary of %v made P1 of %q (rules: %v)", m.name, l, m.in.Subject, ruled)
			case ruled == P1 && got != P1:
				t.Errorf("%s: vocabulary of %v unmade the P1 of %q: %v", m.name, l, m.in.Subject, got)
			case got-ruled > 1 || ruled-got > 1:
				t.Errorf("%s: vocabulary of %v moved %q from %v to %v", m.name, l, m.in.Subject, ruled, got)
			}
		}
	}
}

// TestIssueExamples are the mails the issue tried as a new user would.
func TestIssueExamples(t *testing.T) {
	tests := []struct {
		in   Input
		want Severity
	}{
		{Input{Body: "URGENT — please call me back today."}, P4},
		{Input{Subject: "Close", Body: "Close this ticket please."}, P4},
		{Input{Subject: "Re: [ESC-12] Platform down", Body: "Fixed in release 4.2; please confirm."}, P4},
		{Input{Subject: "log in", Body: "nobody can log in since 9"}, P1},
		{Input{Subject: "invoices", Body: "all our invoices show zero"}, P1},
	}
	for _, tt := range tests {
		for _, v := range []*vocab{nil, learnedVocab()} {
			got := Default().withVocab(v).Classify(tt.in)
			if got.Severity != tt.want {
				t.Errorf("Classify(%q) (vocabulary %v) = %v, want %v%s", tt.in.Body, v != nil, got.Severity, tt.want, evidenceSummary(got))
			}
		}
	}
}

// evidenceTerms returns the terms an agent reads in one piece of
// evidence: the text that matched, or each telling word of a vocabulary.
func evidenceTerms(e Evidence) []string {
	if e.Rule == "learned vocabulary" {
		if e.Match == "" {
			return nil
		}
		return strings.Split(e.Match, "; ")
	}
	if e.Match == "" {
		return nil
	}
	return []string{e.Match}
}

// TestEvidenceWords fails if any evidence term of the labelled and
// hold-out mails, with and without a vocabulary, is a stop word, a
// greeting or sign-off, or a number fragment (such as "07" or "00").
func TestEvidenceWords(t *testing.T) {
	mails := append(loadLabelled(t), loadHoldOut(t)...)
	w := new(folder)
	for _, c := range []*Classifier{Default(), Default().withVocab(learnedVocab())} {
		for _, m := range mails {
			for _, e := range c.Classify(m.in).Evidence {
				for _, term := range evidenceTerms(e) {
					if !plainTerm(strings.Join(foldedWords(w, term), " ")) {
						t.Errorf("%s: evidence term %q (%s) is a stop word, greeting or number", m.name, term, e.Rule)
					}
				}
			}
		}
	}
}

// foldedWords folds s as Classify does and returns its words.
func foldedWords(w *folder, s string) []string {
	f := w.fold(s)
	var out []string
	for i := range f.toks {
		if f.mark(i) == 0 {
			out = append(out, f.word(i))
		}
	}
	return out
}

// TestPlainTerm checks the word lists behind TestEvidenceWords.
func TestPlainTerm(t *testing.T) {
	for _, tt := range []struct {
		term string
		want bool
	}{
		{"can", false}, {"dear", false}, {"regards", false}, {"07", false}, {"00", false},
		{"this", false}, {"4.2", false}, {"kind regards", false}, {"07 00", false},
		{"404", true}, {"is down", true},
		{"outage", true}, {"nobody at the office can", true}, {"log in", true}, {"600 complaints", true},
	} {
		if got := plainTerm(tt.term); got != tt.want {
			t.Errorf("plainTerm(%q) = %v, want %v", tt.term, got, tt.want)
		}
	}
}

// TestOperatorOrigin checks that only an operator's rules keep a
// vocabulary from being consulted, whatever a built-in rule's source: the
// negated-activity rule is built in and named "classify: negated
// activity", not "default.rules:N".
func TestOperatorOrigin(t *testing.T) {
	in := Input{Subject: "Calendar", Body: "The bell never chimes."}
	p4 := skewedVocab(t, P4, []labelled{{in: in}})
	rules := Default().withVocab(nil)
	if got := rules.Classify(in); got.Severity != P3 || !hasSource(got, idleRule.Source) {
		t.Fatalf("rules alone: Classify(%q) = %v, want P3 from %q%s", in.Body, got.Severity, idleRule.Source, evidenceSummary(got))
	}
	if got := rules.withVocab(p4).Classify(in); got.Severity != P4 {
		t.Errorf("built-in rule with a P4 vocabulary: Classify(%q) = %v, want P4 (the vocabulary consulted)%s", in.Body, got.Severity, evidenceSummary(got))
	}
	op, err := NewWithRules(strings.NewReader("P3 1 bell never chimes\n"), "ops.rules")
	if err != nil {
		t.Fatal(err)
	}
	got := op.withVocab(p4).Classify(in)
	if got.Severity != P3 {
		t.Errorf("operator rule with a P4 vocabulary: Classify(%q) = %v, want P3 (the operator decides)%s", in.Body, got.Severity, evidenceSummary(got))
	}
	if !strings.Contains(fmt.Sprint(got.Evidence), "an operator's rule decided") {
		t.Errorf("operator rule: the vocabulary's evidence does not say it was not consulted: %v", got.Evidence)
	}
}

func hasSource(r Result, src string) bool {
	for _, e := range r.Evidence {
		if e.Source == src && e.Weight > 0 {
			return true
		}
	}
	return false
}
