package classify

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// Learner counts a vocabulary (see vocab.go) from mails whose severity a
// person confirmed: for a deployment, its own tickets as its agents left
// them (`escalate learn`); for the tests, the labelled set. What it writes
// is what WithVocabulary reads.
type Learner struct {
	mails [4]int
	tok   map[string]*[4]int
}

// NewLearner returns an empty Learner.
func NewLearner() *Learner { return &Learner{tok: map[string]*[4]int{}} }

// Add counts one mail of severity s; a severity outside P1-P4 is ignored.
func (l *Learner) Add(in Input, s Severity) {
	if s < P1 || s > P4 {
		return
	}
	l.mails[s-1]++
	for _, t := range mailTokens(in) {
		n := l.tok[t]
		if n == nil {
			n = new([4]int)
			l.tok[t] = n
		}
		n[s-1]++
	}
}

// Mails returns how many mails of P1 … P4 were counted.
func (l *Learner) Mails() [4]int { return l.mails }

// mailTokens is the set of tokens of one mail, as Classify sees them.
func mailTokens(in Input) []string {
	w := new(folder)
	toks := tokenTexts(w.fold(in.Subject), true, nil, vocabMaxWords)
	toks = tokenTexts(w.fold(in.Body), false, toks, vocabMaxWords)
	slices.Sort(toks)
	return slices.Compact(toks)
}

// WriteTo writes the counts in the vocabulary format, each line of
// comment first as a "# " line. Only tokens seen in at least two mails are
// kept: a token of one mail says more about that mail than about its
// level. It returns the number of tokens written.
func (l *Learner) WriteTo(w io.Writer, comment string) (tokens int, err error) {
	b := bufio.NewWriter(w)
	for line := range strings.SplitSeq(strings.TrimRight(comment, "\n"), "\n") {
		if comment != "" {
			fmt.Fprintf(b, "# %s\n", line)
		}
	}
	fmt.Fprintf(b, "mails\t%d\t%d\t%d\t%d\n", l.mails[0], l.mails[1], l.mails[2], l.mails[3])
	keys := make([]string, 0, len(l.tok))
	for t, n := range l.tok {
		if n[0]+n[1]+n[2]+n[3] >= 2 && t != "mails" {
			keys = append(keys, t)
		}
	}
	sort.Strings(keys)
	for _, t := range keys {
		n := l.tok[t]
		fmt.Fprintf(b, "%s\t%d\t%d\t%d\t%d\n", t, n[0], n[1], n[2], n[3])
	}
	return len(keys), b.Flush()
}
