package classify

import (
	"bufio"
	"fmt"
	"io"
	"math"
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
	docs  []learnedMail // for WriteModel
}

// learnedMail is one mail counted: its tokens, severity and input.
type learnedMail struct {
	toks  []string
	level Severity
	in    Input
}

// NewLearner returns an empty Learner.
func NewLearner() *Learner { return &Learner{tok: map[string]*[4]int{}} }

// Add counts one mail of severity s; a severity outside P1-P4 is ignored.
func (l *Learner) Add(in Input, s Severity) {
	if s < P1 || s > P4 {
		return
	}
	l.mails[s-1]++
	toks := mailTokens(in)
	l.docs = append(l.docs, learnedMail{toks, s, in})
	for _, t := range toks {
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

// Logistic model. WriteModel fits a multinomial logistic regression to the
// mails counted: for each token (as the vocabulary reads them: words,
// subject words, pairs; stop words, greetings and numbers never) one
// weight per level, and a bias per level. A mail's tokens are read as a
// set, each present token worth 1/sqrt(n) for a mail with n known tokens,
// so a long mail does not shout louder than a short one. Held out by
// writer on the test sets, it reads P2–P4 far better than the counts'
// naive Bayes (docs/severity.md, "A learned second opinion"); it is
// bounded exactly like the counts (vocab.go: combine).
const (
	// modelMinMails is the fewest mails a token must appear in to be
	// weighed: a token of one or two mails says more about them than about
	// a level.
	modelMinMails = 3
	// modelL2 is the strength of the L2 penalty a mail (sklearn's C = 4):
	// larger keeps weights nearer 0 and the model nearer the priors.
	modelL2 = 0.25
	// modelEpochs and modelRate drive the full-batch Adam optimiser; the
	// objective is convex, so the fit depends only on the mails.
	modelEpochs = 300
	modelRate   = 0.05
	// modelMinWeight drops tokens whose weights all stay below it.
	modelMinWeight = 1e-3
)

// modelHeader opens a logistic model file; counts files have none.
const modelHeader = "model\tlogistic\t1"

// WriteModel fits the logistic model to the mails counted and writes it:
// each line of comment as a "# " line, the model header, the "mails" line,
// a "bias" line, then one line per token with its weights for P1 … P4,
// separated by tabs. It returns the number of tokens written.
func (l *Learner) WriteModel(w io.Writer, comment string) (tokens int, err error) {
	toks, bias, weights := fit(l.docs)
	b := bufio.NewWriter(w)
	for line := range strings.SplitSeq(strings.TrimRight(comment, "\n"), "\n") {
		if comment != "" {
			fmt.Fprintf(b, "# %s\n", line)
		}
	}
	fmt.Fprintf(b, "%s\nmails\t%d\t%d\t%d\t%d\n", modelHeader, l.mails[0], l.mails[1], l.mails[2], l.mails[3])
	fmt.Fprintf(b, "bias\t%.4g\t%.4g\t%.4g\t%.4g\n", bias[0], bias[1], bias[2], bias[3])
	for i, t := range toks {
		wt := weights[i]
		if max(math.Abs(wt[0]), math.Abs(wt[1]), math.Abs(wt[2]), math.Abs(wt[3])) < modelMinWeight {
			continue
		}
		fmt.Fprintf(b, "%s\t%.4g\t%.4g\t%.4g\t%.4g\n", t, wt[0], wt[1], wt[2], wt[3])
		tokens++
	}
	return tokens, b.Flush()
}

// fit fits the model to docs and returns its tokens (sorted), biases and
// weights.
func fit(docs []learnedMail) (toks []string, bias [4]float64, weights [][4]float64) {
	df := map[string]int{}
	for _, d := range docs {
		for _, t := range d.toks { // each mail's tokens are a set (mailTokens)
			df[t]++
		}
	}
	for t, n := range df {
		if n >= modelMinMails && t != "mails" && t != "bias" {
			toks = append(toks, t) // "mails" and "bias" name the file's own lines
		}
	}
	sort.Strings(toks)
	index := make(map[string]int32, len(toks))
	for i, t := range toks {
		index[t] = int32(i)
	}
	type mail struct {
		feat  []int32
		scale float64
		level int
	}
	mails := make([]mail, 0, len(docs))
	for _, d := range docs {
		m := mail{level: int(d.level) - 1}
		for _, t := range d.toks {
			if i, ok := index[t]; ok {
				m.feat = append(m.feat, i)
			}
		}
		if len(m.feat) > 0 {
			m.scale = 1 / math.Sqrt(float64(len(m.feat)))
		}
		mails = append(mails, m)
	}
	n := float64(len(mails))
	if n == 0 {
		return toks, bias, make([][4]float64, len(toks))
	}
	// Parameters: the weights of each token, then the biases; Adam's
	// moments beside them.
	p := make([][4]float64, len(toks)+1)
	grad := make([][4]float64, len(p))
	m1 := make([][4]float64, len(p))
	m2 := make([][4]float64, len(p))
	const b1, b2, eps = 0.9, 0.999, 1e-8
	bi := len(toks)
	for epoch := 1; epoch <= modelEpochs; epoch++ {
		for i := range grad {
			grad[i] = [4]float64{}
		}
		for _, m := range mails {
			z := p[bi]
			for _, f := range m.feat {
				for k := range 4 {
					z[k] += p[f][k] * m.scale
				}
			}
			mx := max(z[0], z[1], z[2], z[3])
			var sum float64
			for k := range 4 {
				z[k] = math.Exp(z[k] - mx)
				sum += z[k]
			}
			for k := range 4 {
				g := z[k] / sum
				if k == m.level {
					g--
				}
				g /= n
				grad[bi][k] += g
				for _, f := range m.feat {
					grad[f][k] += g * m.scale
				}
			}
		}
		for i := range bi {
			for k := range 4 {
				grad[i][k] += modelL2 * p[i][k] / n
			}
		}
		c1, c2 := 1-math.Pow(b1, float64(epoch)), 1-math.Pow(b2, float64(epoch))
		for i := range p {
			for k := range 4 {
				g := grad[i][k]
				m1[i][k] = b1*m1[i][k] + (1-b1)*g
				m2[i][k] = b2*m2[i][k] + (1-b2)*g*g
				p[i][k] -= modelRate * (m1[i][k] / c1) / (math.Sqrt(m2[i][k]/c2) + eps)
			}
		}
	}
	return toks, p[bi], p[:bi]
}

// Scores are a classifier's figures on labelled mails.
type Scores struct {
	Mails       int
	Accuracy    float64
	MacroF1     float64
	P1Precision float64
	P1Recall    float64
	// level holds each level's precision, recall and F1.
	level [4]struct{ precision, recall, f1 float64 }
}

// String renders the scores as the README does.
func (s Scores) String() string {
	return fmt.Sprintf("%.1f %% / macro-F1 %.3f / P1 precision %.3f / P1 recall %.3f", 100*s.Accuracy, s.MacroF1, s.P1Precision, s.P1Recall)
}

// scoresOf computes Scores from a confusion matrix m[want][got].
func scoresOf(m *[5][5]int) Scores {
	var s Scores
	right := 0
	for w := P1; w <= P4; w++ {
		for g := P1; g <= P4; g++ {
			s.Mails += m[w][g]
			if w == g {
				right += m[w][g]
			}
		}
	}
	frac := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	s.Accuracy = frac(right, s.Mails)
	for l := P1; l <= P4; l++ {
		tp, predicted, actual := m[l][l], 0, 0
		for o := P1; o <= P4; o++ {
			predicted += m[o][l]
			actual += m[l][o]
		}
		p, r := frac(tp, predicted), frac(tp, actual)
		lv := &s.level[l-1]
		lv.precision, lv.recall = p, r
		if p+r > 0 {
			lv.f1 = 2 * p * r / (p + r)
		}
		s.MacroF1 += lv.f1 / 4
		if l == P1 {
			s.P1Precision, s.P1Recall = p, r
		}
	}
	return s
}

// CrossCheck tells whether a model learned from the mails counted would
// have helped c on them: the mails are split into folds by sender (all
// of one sender's mails in one fold, so each fold is read by a model
// that never saw its writers), each fold is classified by c alone and by
// c with a model learned from the other folds, and the figures of both
// are returned. With fewer than two senders it returns zero Scores.
func (l *Learner) CrossCheck(c *Classifier, folds int) (rules, withModel Scores) {
	senders := map[string]int{}
	for _, d := range l.docs {
		if _, ok := senders[d.in.Sender]; !ok {
			senders[d.in.Sender] = len(senders)
		}
	}
	if len(senders) < 2 || folds < 2 {
		return Scores{}, Scores{}
	}
	folds = min(folds, len(senders))
	fold := func(d learnedMail) int { return senders[d.in.Sender] % folds }
	var mr, mm [5][5]int
	for f := range folds {
		var train []learnedMail
		var n [4]int
		for _, d := range l.docs {
			if fold(d) != f {
				train = append(train, d)
				n[d.level-1]++
			}
		}
		toks, bias, weights := fit(train)
		v := modelVocab(toks, bias, weights, n, "cross-check")
		cm := c.withVocab(v)
		for _, d := range l.docs {
			if fold(d) == f {
				mr[d.level][c.Classify(d.in).Severity]++
				mm[d.level][cm.Classify(d.in).Severity]++
			}
		}
	}
	return scoresOf(&mr), scoresOf(&mm)
}
