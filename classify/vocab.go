package classify

import (
	"fmt"
	"io"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The learned vocabulary is an optional second opinion beside the rules,
// read from a file (WithVocabulary) in one of two forms: a logistic
// regression over the words and word pairs of labelled mails (what
// `escalate learn` writes, Learner.WriteModel), or the counts of a naive
// Bayes model (Learner.WriteTo, the older form). It is off by default. A
// vocabulary learned from one team's writers learns their habits
// (greetings, sign-offs, "Customer N" signatures) along with severity:
// the counts learned from our own labelled set turned as many right
// verdicts wrong as wrong ones right on writers they had never seen, and
// raised P3/P4 mail to P1 on words like "dear" and "this" (README,
// "Severity"). A deployment may train one on its own corrected tickets;
// even then it is bounded (combine):
//
//   - it never makes a P1: a P1 pages people, so it needs rule-level
//     evidence an agent can read. The counts never unmake one either; a
//     logistic model lowers a rules' P1 to P2 (the team is still told at
//     once) when it gives it less than modelP1Doubt;
//   - it moves the rules' level by at most one step, toward the level with
//     the best log-probability after the rules' level gets a bonus of
//     ruleBonus (modelRuleBonus for a model) times their confidence;
//   - it does not overrule an operator's own rules, nor the policy "an
//     urgent reported problem is at least P2";
//   - stop words, greetings, sign-offs and numbers are never scored and
//     never shown as evidence.

const (
	// vocabAlpha smooths the counts (a word seen in no mail of a level
	// still has a small chance there).
	vocabAlpha = 0.5
	// vocabMaxWords bounds the words of the body that are looked up: the
	// severity of a mail is in its first paragraphs, and the cost of a
	// long mail stays constant.
	vocabMaxWords = 600
	// ruleBonus weighs the rules' decision against the vocabulary;
	// modelRuleBonus against a logistic model, whose probabilities are
	// better calibrated than naive Bayes's.
	ruleBonus      = 3.0
	modelRuleBonus = 1.0
	// modelP1Doubt: a logistic model that gives a rules' P1 less than this
	// probability lowers it to P2 (held out by writer on the test sets:
	// P1 precision 0.909 -> 0.956, recall 0.957 -> 0.952; docs/severity.md).
	modelP1Doubt = 0.10
)

// WithVocabulary returns a copy of c that asks a learned vocabulary for a
// second opinion, bounded as described in vocab.go: it never makes a P1
// and moves other levels by one step at most. r holds a logistic model
// (Learner.WriteModel, see parseModel) or counts (Learner.WriteTo):
// comment lines (#), a "mails" line with the number of mails of P1 … P4,
// then one line per token (a word, "s:word" for a subject word, or two
// words) with its weights or the number of mails of each level it appears
// in, separated by tabs. name names r in errors and evidence.
func (c *Classifier) WithVocabulary(r io.Reader, name string) (*Classifier, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", name, err)
	}
	v, err := parseVocab(string(b), name)
	if err != nil {
		return nil, err
	}
	return c.withVocab(v), nil
}

// vocab is the learned vocabulary: log-likelihood ratios per level of each
// token, in an open-addressing table keyed by a 64-bit hash of the token.
type vocab struct {
	keys  []uint64
	vals  [][4]float32
	text  []string // the token of each slot, for evidence
	mask  uint64
	prior [4]float64 // log share of each level among the mails; a model's biases
	mails int
	name  string // where it was read from, for evidence
	// logistic says vals are a logistic model's weights (Learner.WriteModel),
	// each present token worth 1/sqrt(n) of a mail with n known tokens,
	// rather than naive Bayes log-likelihood ratios.
	logistic bool
}

// Token keys: a subject word counts as itself and as "s:word"; two words
// in a row (no clause or sentence end between) as "word word".
const (
	subjectPrefix = "s:"
	pairSep       = " "
)

func fnv64b(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

const fnvOffset64 = 14695981039346656037

// tokenKeys appends the keys of the tokens of one folded field to keys:
// its first maxWords words, as themselves and, in the subject, with the
// subject prefix, and each pair of adjacent words. Tokens that say nothing
// about severity are left out (see scored).
func tokenKeys(f *folded, subject bool, keys []uint64, maxWords int) []uint64 {
	subj := fnv64b(fnvOffset64, []byte(subjectPrefix))
	var pair uint64 // hash of "previous word ", 0 after a mark
	prevJunk, prevGreet := false, false
	words := 0
	for i := range f.toks {
		if f.mark(i) != 0 {
			pair = 0
			continue
		}
		if words++; words > maxWords {
			break
		}
		w := f.wordb(i)
		junk, greet := junkWord(w), greetWords[string(w)]
		h := fnv64b(fnvOffset64, w)
		if !junk && !greet {
			keys = append(keys, h)
			if subject {
				keys = append(keys, fnv64b(subj, w))
			}
		}
		if pair != 0 && scored(prevJunk, junk, prevGreet, greet) {
			keys = append(keys, fnv64b(pair, w))
		}
		pair = fnv64b(h, []byte(pairSep))
		prevJunk, prevGreet = junk, greet
	}
	return keys
}

// scored says whether a pair of words is scored: not when either is a
// greeting or sign-off (they are habits of writers, not of severities),
// nor when both are stop words or numbers.
func scored(junk1, junk2, greet1, greet2 bool) bool {
	return !greet1 && !greet2 && !(junk1 && junk2)
}

// tokenTexts is tokenKeys with the token texts, for training and
// evidence; it follows the same steps.
func tokenTexts(f *folded, subject bool, out []string, maxWords int) []string {
	prev := ""
	prevJunk, prevGreet := false, false
	words := 0
	for i := range f.toks {
		if f.mark(i) != 0 {
			prev = ""
			continue
		}
		if words++; words > maxWords {
			break
		}
		w := f.word(i)
		junk, greet := junkWord([]byte(w)), greetWords[w]
		if !junk && !greet {
			out = append(out, w)
			if subject {
				out = append(out, subjectPrefix+w)
			}
		}
		if prev != "" && scored(prevJunk, junk, prevGreet, greet) {
			out = append(out, prev+pairSep+w)
		}
		prev = w
		prevJunk, prevGreet = junk, greet
	}
	return out
}

// parseVocab reads vocabulary.tsv: comment lines (#), a "mails" line with
// the number of mails of each level, then one line per token with the
// number of mails of each level it appears in.
func parseVocab(s, name string) (*vocab, error) {
	if first := firstLine(s); first == modelHeader {
		return parseModel(s, name)
	} else if strings.HasPrefix(first, "model\t") {
		return nil, fmt.Errorf("classify: %s: unknown model %q (this version reads %q)", name, first, modelHeader)
	}
	type row struct {
		tok string
		n   [4]int
	}
	var rows []row
	var n [4]int
	for line, f := range vocabLines(s) {
		if len(f) != 5 {
			return nil, fmt.Errorf("classify: %s:%d: want a token and 4 counts", name, line)
		}
		var r row
		r.tok = f[0]
		for i := range 4 {
			c, err := strconv.Atoi(f[i+1])
			if err != nil || c < 0 {
				return nil, fmt.Errorf("classify: %s:%d: count %q", name, line, f[i+1])
			}
			r.n[i] = c
		}
		if r.tok == "mails" && n == [4]int{} {
			n = r.n
			continue
		}
		rows = append(rows, r)
	}
	total := n[0] + n[1] + n[2] + n[3]
	if total == 0 {
		return nil, fmt.Errorf("classify: %s: no \"mails\" line", name)
	}
	size := 1
	for size < 2*len(rows)+2 {
		size <<= 1
	}
	v := &vocab{keys: make([]uint64, size), vals: make([][4]float32, size), text: make([]string, size),
		mask: uint64(size - 1), mails: total, name: name}
	for l := range 4 {
		v.prior[l] = math.Log(float64(n[l]) / float64(total))
	}
	for _, r := range rows {
		df := r.n[0] + r.n[1] + r.n[2] + r.n[3]
		base := math.Log((float64(df) + vocabAlpha) / (float64(total) + 2*vocabAlpha))
		var w [4]float32
		for l := range 4 {
			w[l] = float32(math.Log((float64(r.n[l])+vocabAlpha)/(float64(n[l])+2*vocabAlpha)) - base)
		}
		v.put(fnv64b(fnvOffset64, []byte(r.tok)), r.tok, w)
	}
	return v, nil
}

// vocabLines yields the number and tab-separated fields of each line of
// a vocabulary or model file that is neither blank nor a comment.
func vocabLines(s string) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		line := 0
		for l := range strings.Lines(s) {
			line++
			l = strings.TrimRight(l, "\r\n")
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if !yield(line, strings.Split(l, "\t")) {
				return
			}
		}
	}
}

// firstLine is the first line of s that is neither blank nor a comment.
func firstLine(s string) string {
	for l := range strings.SplitSeq(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			return strings.TrimRight(l, "\r")
		}
	}
	return ""
}

// parseModel reads a logistic model (Learner.WriteModel): comment lines,
// the header, a "mails" line, a "bias" line, then one line per token with
// its weights for P1 … P4, separated by tabs.
func parseModel(s, name string) (*vocab, error) {
	type row struct {
		tok string
		w   [4]float64
	}
	var rows []row
	var bias [4]float64
	var mails [4]float64
	seen := map[string]bool{}
	for line, f := range vocabLines(s) {
		if len(f) == 3 && strings.Join(f, "\t") == modelHeader {
			continue
		}
		if len(f) != 5 {
			return nil, fmt.Errorf("classify: %s:%d: want a token and 4 weights", name, line)
		}
		var r row
		r.tok = f[0]
		for i := range 4 {
			x, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || (r.tok == "mails" && x < 0) {
				return nil, fmt.Errorf("classify: %s:%d: number %q", name, line, f[i+1])
			}
			r.w[i] = x
		}
		switch {
		case r.tok == "mails" && !seen["mails"]:
			mails = r.w
		case r.tok == "bias" && !seen["bias"]:
			bias = r.w
		default:
			rows = append(rows, r)
		}
		seen[r.tok] = true
	}
	if !seen["mails"] || !seen["bias"] {
		return nil, fmt.Errorf("classify: %s: a model needs a \"mails\" and a \"bias\" line", name)
	}
	toks := make([]string, len(rows))
	weights := make([][4]float64, len(rows))
	for i, r := range rows {
		toks[i], weights[i] = r.tok, r.w
	}
	n := [4]int{int(mails[0]), int(mails[1]), int(mails[2]), int(mails[3])}
	return modelVocab(toks, bias, weights, n, name), nil
}

// modelVocab builds a logistic model's table from its tokens, biases and
// weights; mails counts the mails it was learned from.
func modelVocab(toks []string, bias [4]float64, weights [][4]float64, mails [4]int, name string) *vocab {
	size := 1
	for size < 2*len(toks)+2 {
		size <<= 1
	}
	v := &vocab{keys: make([]uint64, size), vals: make([][4]float32, size), text: make([]string, size),
		mask: uint64(size - 1), mails: mails[0] + mails[1] + mails[2] + mails[3], name: name,
		prior: bias, logistic: true}
	for i, t := range toks {
		w := weights[i]
		v.put(fnv64b(fnvOffset64, []byte(t)), t, [4]float32{float32(w[0]), float32(w[1]), float32(w[2]), float32(w[3])})
	}
	return v
}

func (v *vocab) put(k uint64, tok string, w [4]float32) {
	if k == 0 {
		k = 1 // 0 marks an empty slot
	}
	for i := k & v.mask; ; i = (i + 1) & v.mask {
		if v.keys[i] == 0 || v.keys[i] == k {
			v.keys[i], v.vals[i], v.text[i] = k, w, tok
			return
		}
	}
}

// slot returns the slot of k, or -1.
func (v *vocab) slot(k uint64) int {
	if k == 0 {
		k = 1
	}
	for i := k & v.mask; ; i = (i + 1) & v.mask {
		switch v.keys[i] {
		case k:
			return int(i)
		case 0:
			return -1
		}
	}
}

// opinion is what the vocabulary thinks of one mail.
type opinion struct {
	post  [4]float64 // probability of P1 … P4
	logp  [4]float64 // log-probability of P1 … P4
	slots []int      // the known tokens of the mail, each once
}

// judge scores the tokens (keys, duplicates allowed: each known token
// counts once, marked in sc.stamp) of one mail.
func (v *vocab) judge(keys []uint64, sc *scratch) opinion {
	o := opinion{}
	var sum [4]float64
	for _, k := range keys {
		s := v.slot(k)
		if s < 0 || sc.stamp[s] == sc.gen {
			continue
		}
		sc.stamp[s] = sc.gen
		o.slots = append(o.slots, s)
		for l := range 4 {
			sum[l] += float64(v.vals[s][l])
		}
	}
	scale := 1.0
	if v.logistic && len(o.slots) > 0 {
		scale = 1 / math.Sqrt(float64(len(o.slots)))
	}
	for l := range 4 {
		o.logp[l] = v.prior[l] + scale*sum[l]
	}
	m := slices.Max(o.logp[:])
	var z float64
	for l := range 4 {
		o.post[l] = math.Exp(o.logp[l] - m)
		z += o.post[l]
	}
	for l := range 4 {
		o.post[l] /= z
		o.logp[l] = math.Log(o.post[l])
	}
	return o
}

// strongest returns up to n tokens that speak most for level l over the
// others, with their weight.
func (v *vocab) strongest(o opinion, l Severity, n int) ([]string, []float64) {
	type tw struct {
		tok string
		w   float64
	}
	var best []tw
	for _, s := range o.slots {
		w := float64(v.vals[s][l-1])
		var other float64
		for k := range 4 {
			if Severity(k+1) != l {
				other = math.Max(other, float64(v.vals[s][k]))
			}
		}
		if d := w - other; d > 0 && shownToken(v.text[s]) {
			best = append(best, tw{v.text[s], d})
		}
	}
	slices.SortFunc(best, func(a, b tw) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return strings.Compare(a.tok, b.tok)
	})
	var toks []string
	var ws []float64
	for _, b := range best[:min(n, len(best))] {
		toks, ws = append(toks, b.tok), append(ws, b.w)
	}
	return toks, ws
}

// scratch is the per-call memory of opinionOf, reused through a pool.
type scratch struct {
	stamp []uint32 // per slot: the call that last counted it
	gen   uint32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// opinionOf asks the vocabulary about the token keys of one mail
// (tokenKeys of its subject and body, gathered while the rules fold them).
func (v *vocab) opinionOf(keys []uint64) opinion {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	if len(sc.stamp) != len(v.keys) {
		sc.stamp, sc.gen = make([]uint32, len(v.keys)), 0
	}
	if sc.gen++; sc.gen == 0 {
		clear(sc.stamp)
		sc.gen = 1
	}
	return v.judge(keys, sc)
}

// combine bounds the vocabulary's opinion by the rules' result (see the
// comment at the top of this file) and explains the outcome. operator says
// that a rule of an operator's file counted toward the rules' decision.
func (v *vocab) combine(r Result, o opinion, operator bool) Result {
	ruled := r.Severity
	final := ruled
	note := fmt.Sprintf("learned vocabulary %s (%d labelled mails): P1 %.0f%%, P2 %.0f%%, P3 %.0f%%, P4 %.0f%%",
		v.name, v.mails, 100*o.post[0], 100*o.post[1], 100*o.post[2], 100*o.post[3])
	switch {
	case ruled == P1 && v.logistic && !operator && o.post[0] < modelP1Doubt:
		// The deployment's own model all but rules P1 out: a false P1
		// wakes people at night, and P2 still tells the team at once.
		final = P2
		note += fmt.Sprintf("; a P1 it gives %.0f%% (under %.0f%%) is lowered to P2", 100*o.post[0], 100*modelP1Doubt)
	case ruled == P1:
		note += "; not consulted: a P1 stands on the rules' evidence"
	case operator:
		// An operator's own rules are the team's word on its mail: a
		// learned statistic does not overrule them.
		note += "; not consulted: an operator's rule decided"
	default:
		s := o.logp
		bonus := ruleBonus
		if v.logistic {
			bonus = modelRuleBonus
		}
		s[ruled-1] += bonus * r.Confidence
		best := ruled
		for _, l := range []Severity{ruled - 1, ruled + 1} {
			if l >= P2 && l <= P4 && s[l-1] > s[best-1] {
				best = l
			}
		}
		// The protocol's policies keep a level from being lowered past
		// them; they never raise one the rules read lower for a reason
		// of their own ("urgent" in a reply that closes the ticket).
		final = min(best, max(policyFloor(r), ruled))
	}
	toks, ws := v.strongest(o, final, 3)
	var sum float64
	for _, w := range ws {
		sum += w
	}
	if len(toks) > 0 {
		note += "; most telling for " + final.String() + ": " + quoteAll(toks)
	}
	if final != ruled {
		note += fmt.Sprintf("; the rules alone said %v (confidence %.2f)", ruled, r.Confidence)
		r.Severity = final
		// The rules' confidence was in another level; the vocabulary's
		// probability of this one is the best measure left.
		r.Confidence = math.Round(math.Min(o.post[final-1], 0.99)*100) / 100
	}
	r.Evidence = append(r.Evidence, Evidence{Rule: "learned vocabulary", Match: strings.Join(toks, "; "),
		Field: "mail", Level: final, Weight: math.Round(sum*100) / 100, Note: note, Source: v.name})
	return r
}

// policyFloor is the least severe level the protocol's explicit policies
// in the rules' evidence allow: an urgent reported problem is at least P2
// ("escalate early"); P4 when no policy applies.
func policyFloor(r Result) Severity {
	for _, e := range r.Evidence {
		if e.Rule == "urgent problem" {
			return P2
		}
	}
	return P4
}

func quoteAll(s []string) string {
	q := make([]string, len(s))
	for i, t := range s {
		q[i] = strconv.Quote(t)
	}
	return strings.Join(q, ", ")
}
