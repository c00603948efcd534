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
	rules []Rule
	ac    *wordAC
	p     params
	// idle is the index in rules of the negated-activity defect, which no
	// phrase matches: it is found after the scan (see negatedActivity).
	idle int
	// dataWords are the one-word phrases of data rules ("invoices"): a
	// scope phrase ending in one names data too ("every invoice").
	dataWords map[string]bool
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

// defaultLines parses the embedded rules once.
var defaultLines = sync.OnceValues(func() ([]ruleLine, error) {
	return parseRules(strings.NewReader(defaultRules), DefaultRulesName)
})

func build(overlay []ruleLine, name string) (*Classifier, error) {
	base, err := defaultLines()
	if err != nil {
		return nil, err
	}
	set := newRuleSet()
	if err := set.apply(base, DefaultRulesName, false); err != nil {
		return nil, err
	}
	if err := set.apply(overlay, name, true); err != nil {
		return nil, err
	}
	if len(set.rules) == 0 {
		return nil, fmt.Errorf("classify: %s: no rules left", name)
	}
	phrases := make([][]string, len(set.rules))
	prefix := make([]bool, len(set.rules))
	for i, r := range set.rules {
		phrases[i], prefix[i] = strings.Fields(r.Phrase), r.Prefix || r.Any
		if r.Any {
			phrases[i] = append(phrases[i], "") // "" as a prefix: any word
		}
	}
	ac := newWordAC(phrases, prefix, numberList(), cueList())
	rules := append(set.rules, idleRule)
	data := make(map[string]bool)
	for _, r := range rules {
		if r.Kind == KindData && !r.Prefix && !r.Any && !strings.Contains(r.Phrase, " ") {
			data[r.Phrase] = true
		}
	}
	return &Classifier{rules: rules, ac: ac, p: defaultParams, idle: len(rules) - 1, dataWords: data}, nil
}

// Rules returns a copy of the classifier's rules, in file order.
func (c *Classifier) Rules() []Rule { return slices.Clone(c.rules) }

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
	st := &state{c: c, reply: isReply(in.Subject), arena: &w.arena, hits: w.hits[:0], keys: w.keys[:0]}
	defer func() { w.hits = st.hits[:0] }()
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
	s := strings.TrimSpace(subject)
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 5 {
		return false
	}
	p := strings.ToLower(strings.TrimRight(s[:i], "[]0123456789 "))
	return slices.Contains(replyPrefixes, p)
}

// withVocab returns a copy of c that asks v for a second opinion (nil:
// the rules alone).
func (c *Classifier) withVocab(v *vocab) *Classifier {
	cc := *c
	cc.vocab = v
	return &cc
}
