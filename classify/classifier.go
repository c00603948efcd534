package classify

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// defaultRules is the built-in rule set, derived from the Escalation
// Protocol's severity definitions and examples.
//
//go:embed default.rules
var defaultRules string

// DefaultRulesName is the name default rules carry in evidence and errors.
const DefaultRulesName = "default.rules"

// Classifier holds compiled rules. It is immutable after construction and
// safe for concurrent use.
type Classifier struct {
	// rules are the rule lines: the built-in file's lines (Phrase is the
	// line's pattern, alternatives not expanded), then the operator's
	// rules (one per phrase), then idleRule, questionRule, noneRule,
	// compoundRule, stoppedRule and compoundReportRule. A hit's rule
	// indexes them.
	rules []Rule
	// base is the number of built-in lines at the start of rules.
	base int
	m    *matcher
	// overlay holds the phrase keys an operator's file defines or
	// removes: a built-in line's match of such a phrase does not count.
	overlay map[string]bool
	// overlayLines and overlayName are the operator's file, kept for Rules.
	overlayLines []ruleLine
	overlayName  string
	p            params
	// idle is the index in rules of the negated-activity defect, which no
	// phrase matches: it is found after the scan (see negatedActivity).
	idle int
	// stopped is the index of the German stopped-activity fault
	// (stoppedRule), found after the scan with the idle pairs.
	stopped int
	// compoundReport is the index of compoundReportRule.
	compoundReport int
	// question is the index in rules of the yes/no question cue
	// (question.go).
	question int
	// none is the index in rules of the cue of a workaround answered
	// "none" (noWorkaround).
	none int
	// compound is the index in rules of a compound noun of records
	// ("Buchungsdaten", "klantgegevens"), found after the scan
	// (compoundData).
	compound int
	// dataWords are the one-word phrases of data rules ("invoices"): a
	// scope phrase ending in one names data too ("every invoice").
	dataWords map[string]bool
	// critWords are the one-word phrases of critical lines ("salaries"):
	// a scope phrase ending in one names the function ("all the
	// salaries").
	critWords map[string]bool
	// vocab is a learned vocabulary (vocab.go, WithVocabulary); nil, the
	// default: the rules alone.
	vocab *vocab
}

// params are the scoring constants. See decide for how they combine.
type params struct {
	subjectWeight      float64    // a subject match counts this many times a body match
	replySubjectWeight float64    // the same for a reply or forward
	threshold          [5]float64 // score a level needs (index by Severity; P4 needs none)
	benignDamp         [5]float64 // how much of the P4 score is taken off each level
	faultPromote       float64    // weight factor of a fault promoted to P2
	lossPromote        float64    // weight factor of a loss promoted to P1
}

var defaultParams = params{
	subjectWeight:      1.5,
	replySubjectWeight: 0.5,
	threshold:          [5]float64{0, 2.5, 2, 1, 0},
	benignDamp:         [5]float64{0, 0.25, 0.5, 0.75, 0},
	faultPromote:       2,
	lossPromote:        2,
}

var defaultClassifier = sync.OnceValue(func() *Classifier {
	c, err := build(nil, "")
	if err != nil {
		panic(err) // the embedded file is tested; this is a build defect
	}
	return c
})

// Default returns the classifier with the built-in rules.
func Default() *Classifier { return defaultClassifier() }

// NewWithRules returns a classifier with the built-in rules changed by an
// operator's rules file read from r: a line adds a rule or re-weights the
// same phrase, "remove PHRASE" drops one. Errors name the file (name) and
// line. The syntax is described in default.rules.
func NewWithRules(r io.Reader, name string) (*Classifier, error) {
	lines, err := parseRules(r, name)
	if err != nil {
		return nil, err
	}
	return build(lines, name)
}

// defaultPatterns reads the embedded rules once.
var defaultPatterns = sync.OnceValues(func() ([]patternLine, error) {
	return parsePatterns(defaultRules, DefaultRulesName)
})

// defaultLines parses and expands the embedded rules once (for Rules).
var defaultLines = sync.OnceValues(func() ([]ruleLine, error) {
	return parseRules(strings.NewReader(defaultRules), DefaultRulesName)
})

func build(overlay []ruleLine, name string) (*Classifier, error) {
	base, err := defaultPatterns()
	if err != nil {
		return nil, err
	}
	c := &Classifier{m: newMatcher(), p: defaultParams, base: len(base), overlayLines: overlay, overlayName: name,
		dataWords: make(map[string]bool), critWords: make(map[string]bool)}
	c.rules = append(c.rules, base...)
	for i, r := range base {
		if err := c.m.add(int32(i), r.Phrase); err != nil {
			return nil, fmt.Errorf("classify: %s: %w", r.Source, err)
		}
		switch r.Kind {
		case KindData:
			for _, w := range dataWordsOf(r.Phrase) {
				c.dataWords[w] = true
			}
		case KindCritical:
			for _, w := range dataWordsOf(r.Phrase) {
				c.critWords[w] = true
			}
		}
	}
	if err := c.addOverlay(overlay, name); err != nil {
		return nil, err
	}
	if err := c.m.finish(numberList(), cueList(), liveList(), bracketListDE()); err != nil {
		return nil, err
	}
	c.rules = append(c.rules, idleRule, questionRule, noneRule, compoundRule, stoppedRule, compoundReportRule)
	c.idle, c.question, c.none, c.compound, c.stopped, c.compoundReport = len(c.rules)-6, len(c.rules)-5, len(c.rules)-4, len(c.rules)-3, len(c.rules)-2, len(c.rules)-1
	for i, r := range c.rules {
		// the lines that can match a bug word: the others skip that test
		c.rules[i].mayBug = strings.Contains(r.Phrase, "bug") || strings.Contains(r.Phrase, "glitch") ||
			strings.Contains(r.Phrase, "inconsisten")
	}
	return c, nil
}

// dataWordsOf returns the one-word alternatives of a data line's pattern
// ("(data|records|…)").
func dataWordsOf(pattern string) []string {
	segs, err := segments(pattern)
	if err != nil || len(segs) != 1 {
		return nil
	}
	var out []string
	for _, alt := range segs[0] {
		if ws := patternWords(nil, alt); len(ws) == 1 && !ws[0].prefix && !ws[0].any_ {
			out = append(out, ws[0].word)
		}
	}
	return out
}

// addOverlay applies an operator's rules: each phrase it defines becomes a
// rule of its own and hides the built-in definition of the same phrase;
// "remove" hides one. In the file a later definition wins.
func (c *Classifier) addOverlay(lines []ruleLine, name string) error {
	set := newRuleSet()
	c.overlay = make(map[string]bool)
	for _, l := range lines {
		for _, r := range l.rules {
			k := r.key()
			if !l.remove {
				r.operator = true
				set.put(r)
				c.overlay[k] = true
				continue
			}
			if set.remove(k) {
				c.overlay[k] = true
				continue
			}
			has, err := baseHas(k)
			if err != nil {
				return err
			}
			if !has {
				return fmt.Errorf("classify: %s:%d: remove %q: no such rule", name, l.line, k)
			}
			c.overlay[k] = true
		}
	}
	for _, r := range set.rules {
		c.rules = append(c.rules, r)
		pattern := r.Phrase
		switch {
		case r.Any:
			pattern += " *"
		case r.Prefix:
			pattern += "*"
		}
		if err := c.m.add(int32(len(c.rules)-1), pattern); err != nil {
			return fmt.Errorf("classify: %s: %w", r.Source, err)
		}
	}
	return nil
}

// baseHas reports whether the built-in rules define the phrase key. An
// error is a defect of the built-in file (a line that expands too far),
// never the operator's: it is returned as it is rather than read as "no
// such rule".
func baseHas(key string) (bool, error) {
	base, err := defaultLines()
	if err != nil {
		return false, err
	}
	for _, l := range base {
		for _, r := range l.rules {
			if r.key() == key {
				return true, nil
			}
		}
	}
	return false, nil
}

// Rules returns the classifier's rules, one per phrase (alternatives
// expanded), in file order: the built-in rules as the operator's file
// changed them. Classify does not need this list; building it takes a
// while.
func (c *Classifier) Rules() []Rule {
	base, err := defaultLines()
	if err != nil {
		return nil
	}
	set := newRuleSet()
	if err := set.apply(base, DefaultRulesName, false); err != nil {
		return nil
	}
	if err := set.apply(c.overlayLines, c.overlayName, true); err != nil {
		return nil
	}
	return slices.Clone(set.rules)
}

// Field names used in evidence.
const (
	FieldSubject = "subject"
	FieldBody    = "body"
	FieldSender  = "sender"
)

// Classify decides the severity of one mail. It is pure and safe for
// concurrent use.
func (c *Classifier) Classify(in Input) Result {
	w := folderPool.Get().(*folder)
	defer folderPool.Put(w)
	w.arena.reset()
	st := &state{c: c, reply: isReply(in.Subject), arena: &w.arena, hits: w.hits[:0], keys: w.keys[:0], w: w}
	defer func() { w.hits = st.hits[:0] }()
	st.body, st.subject = in.Body, in.Subject
	st.field(w, FieldSender, in.SenderName+" <"+in.Sender+">")
	st.field(w, FieldSubject, in.Subject)
	st.field(w, FieldBody, in.Body)
	res := st.decide()
	if c.vocab != nil {
		res = c.vocab.combine(res, c.vocab.opinionOf(st.keys), st.operator)
	}
	w.keys = st.keys[:0]
	return res
}

// replyPrefixes are the subject prefixes of replies and forwards in the
// common mail clients and languages (RFC 5322 section 3.6.5 names "Re: ").
var replyPrefixes = []string{"re", "aw", "sv", "vs", "antw", "r", "ref", "rif", "fw", "fwd", "wg", "tr", "rv", "enc", "res"}

// isReply reports whether a subject starts with a reply or forward prefix.
func isReply(subject string) bool {
	_, ok := cutReplyPrefix(subject)
	return ok
}

// cutReplyPrefix cuts one reply or forward prefix ("Re:", "AW:", "Fwd[2]:")
// off a subject, reporting whether there was one.
func cutReplyPrefix(subject string) (string, bool) {
	s := strings.TrimSpace(subject)
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 5 {
		return s, false
	}
	p := strings.ToLower(strings.TrimRight(s[:i], "[]0123456789 "))
	if !slices.Contains(replyPrefixes, p) {
		return s, false
	}
	return strings.TrimSpace(s[i+1:]), true
}

// withoutReplyPrefixes is a subject without its reply and forward
// prefixes ("RE: AW: [Bug]: …" is "[Bug]: …").
func withoutReplyPrefixes(subject string) string {
	s, ok := subject, true
	for ok {
		s, ok = cutReplyPrefix(s)
	}
	return s
}

// withVocab returns a copy of c that asks v for a second opinion (nil:
// the rules alone).
func (c *Classifier) withVocab(v *vocab) *Classifier {
	cc := *c
	cc.vocab = v
	return &cc
}
