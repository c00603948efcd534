package classify

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Kind is what a rule does when its phrase matches.
type Kind string

// Rule kinds. A rules file line starts with one of them.
const (
	// KindP1 … KindP4 are signals: the weight counts toward that level.
	KindP1 Kind = "P1"
	KindP2 Kind = "P2"
	KindP3 Kind = "P3"
	KindP4 Kind = "P4"
	// KindFault is a P3 signal (something is broken) that counts toward P2
	// instead when a core feature is named in the same sentence or many
	// users are affected ("Core feature not working", "Multiple users
	// unable to complete key workflows").
	KindFault Kind = "fault"
	// KindDefect is a P3 signal for something wrong but not broken ("wrong
	// total", "duplicate", "sometimes fails"); it counts toward P2 only when
	// many users are affected.
	KindDefect Kind = "defect"
	// KindCore names a core feature (reports, dashboards, integrations …).
	KindCore Kind = "core"
	// KindCritical names what the business stops without (payroll,
	// payments, checkout, tills, sign-in, the system itself): a fault in
	// its sentence counts toward P2, and toward P1 when many are affected
	// and no workaround is named; a loss of it is P1 ("the system's gone").
	KindCritical Kind = "critical"
	// KindOther names someone else as the owner ("another customer",
	// "other patients", "someone else's"): with data named in the same
	// sentence or the subject it is a privacy incident or a mix-up of
	// records (P1); without, it counts for nothing.
	KindOther Kind = "other"
	// KindRenewal names the customer's renewal ("renewal", "renewing"):
	// with any problem or complaint counted in the mail it is the
	// protocol's "renewal at risk due to unresolved issues" (P2, Weight).
	KindRenewal Kind = "renewal"
	// KindAble is an ability verb ("can", "consegue", "riesce"): a fault
	// when a negation or a none-quantifier ("none of our cashiers",
	// "nenhum dos nossos") comes just before it in the clause.
	KindAble Kind = "able"
	// KindLoss is a P3 signal that something vanished ("disappeared",
	// "were deleted"); it counts toward P1 instead when data is named in
	// the same sentence or the subject (KindData: "records", "grades").
	KindLoss Kind = "loss"
	KindData Kind = "data"
	// KindNegate suppresses the signals that start within Weight words
	// after it in the same clause ("no data was lost").
	KindNegate Kind = "negate"
	// KindHypothetical suppresses like KindNegate, for conditionals and
	// questions about what could happen ("in case of a data breach").
	KindHypothetical Kind = "hypothetical"
	// KindBreak ends the scope of a negation ("no outage but …").
	KindBreak Kind = "break"
	// KindMany says many users or the whole organisation are affected;
	// KindSingle that one user is.
	KindMany   Kind = "many"
	KindSingle Kind = "single"
	// KindExec says an executive is involved; KindTitle is an executive
	// title, looked for only in the sender's name and address.
	KindExec  Kind = "exec"
	KindTitle Kind = "title"
	// KindIntensifier is urgency wording ("urgent", "asap"): it raises the
	// weight of real signals by Weight but never makes a level on its own.
	KindIntensifier Kind = "intensifier"
	// KindNeutral matches and does nothing: it keeps a longer phrase from
	// being read as a shorter rule ("not only", "no longer").
	KindNeutral Kind = "neutral"
)

var kinds = map[Kind]Severity{
	KindP1: P1, KindP2: P2, KindP3: P3, KindP4: P4, KindFault: P3, KindDefect: P3,
	KindLoss: P3, KindData: 0,
	KindCore: 0, KindCritical: 0, KindAble: P3, KindOther: P1, KindRenewal: 0, KindNegate: 0, KindHypothetical: 0, KindBreak: 0,
	KindMany: 0, KindSingle: 0, KindExec: 0, KindTitle: 0,
	KindIntensifier: 0, KindNeutral: 0,
}

// Rule is one phrase of a rules file after expansion of its alternatives.
type Rule struct {
	Kind   Kind
	Weight float64
	// Phrase is folded: lower case, no accents, words separated by one
	// space. Prefix means the last word may continue ("crash*").
	Phrase string
	Prefix bool
	// Any means the phrase ends in any one word ("every *").
	Any bool
	// Tag is an optional category after the kind ("P1:access"). Access
	// signals (cannot log in, site down) are the ones a single affected
	// user lowers: one user locked out is rarely a complete outage, while
	// one user's lost data or hacked account still is P1.
	Tag    string
	Source string // "file:line"
	level  Severity
	// operator says the rule comes from an operator's rules file, not
	// from the built-in rules: the team's own word on its mail.
	operator bool
	// mayBug says the pattern has a word of bugWords in it.
	mayBug bool
}

// Tags with a meaning to the scoring.
const (
	// TagAccess marks P1 signals about reaching the service at all.
	TagAccess = "access"
	// TagHedge marks P4 phrases that hedge about urgency ("not urgent"):
	// they lower P1 and P2 but not P3.
	TagHedge = "hedge"
	// TagPartial marks single-user phrases that say the rest are fine;
	// they lower access signals even when many users are named.
	TagPartial = "partial"
	// TagAll marks many-users phrases that say everyone (or no one):
	// with them a fault counts toward P1 unless a workaround is named.
	TagAll = "all"
	// TagWorkaround marks phrases that name a workaround, the protocol's
	// line between P1 and P2.
	TagWorkaround = "workaround"
	// TagCorrupt marks defects that make values wrong or scrambled
	// ("wrong", "swapped"): with data named nearby, everyone or a counted
	// many affected and no workaround they are data corruption (P1).
	TagCorrupt = "corrupt"
	// TagUsability marks UI/UX signals that hinder work ("confusing",
	// "hard to tell apart"); with one, TagCosmetic evidence (colours,
	// icons, fonts) is not counted as benign: the protocol's P3 "UI/UX
	// issues affecting usability" rather than P4 "cosmetic".
	TagUsability = "usability"
	TagCosmetic  = "cosmetic"
	// TagPlain marks the writer's own word that the problem is only
	// cosmetic ("purely cosmetic"): the protocol's P4, unless a P1 fact
	// is stated beside it.
	TagPlain = "plain"
	// TagThreat marks P2 threats to leave ("we will not renew"); with an
	// executive involved they count toward P1.
	TagThreat = "threat"
	// TagCancel marks P1 threats to cancel ("we will cancel our
	// contract"). A threat is made on a condition ("if I don't hear
	// from you today we cancel"): a hypothetical cue does not cancel it,
	// or a TagThreat line, outside a question ("what happens if we
	// cancel?").
	TagCancel = "cancel"
	// TagRequest marks P3 enhancement requests; hedges lower them, as a
	// request that can wait is a low-priority suggestion (P4).
	TagRequest = "request"
	// TagRest marks hypothetical cues that reach to the end of the field:
	// the start of a legal disclaimer or an auto-reply, whose words
	// ("confidential", "breach", "urgent") are boilerplate.
	TagRest = "rest"
	// TagAfter marks negations that follow what they deny, as German
	// puts them ("ein unbefugter Zugriff ist nicht erfolgt",
	// "Datenverluste sind bislang nicht bekannt"): they reach Weight
	// words back, within the clause.
	TagAfter = "after"
	// TagSettled marks P4 phrases that say the mail reports no live
	// problem: it closes a ticket, confirms or thanks for a fix, announces
	// planned work, forwards an old note for reference, advertises, or
	// asks to be taken off a list. Without a word that says a problem is
	// live ("again", "still"), such a mail is P4 whatever alarm words it
	// mentions.
	TagSettled = "settled"
	// TagNone marks many-users phrases that say no one ("none of our
	// staff"): all-scope, and they turn a following ability verb into a
	// fault.
	TagNone = "none"
	// TagAlarm marks alarm nouns that name an event without stating its
	// state or whom it hits ("outage", "data breach", "emergency"): in a
	// mail that asks (a question, a request, a suggestion, feedback) and
	// states no fault, loss or P1/P2 fact of its own, they are the topic
	// asked about, not a report, and are not counted.
	TagAlarm = "alarm"
	// TagSecurity marks weak P1 security signals ("a former employee"):
	// a workaround does not lower them.
	TagSecurity = "security"
	// TagReport marks core features that report on the work rather than
	// do it (reports, exports, dashboards, search): one that fails for
	// everyone is the protocol's "core feature not working" (P2), not a
	// critical function down.
	TagReport = "report"
	// TagOnly marks "only" and its translations: a fault or defect in its
	// sentence is narrowed to a part of a feature that works.
	TagOnly = "only"
	// TagSupport marks dissatisfaction with support itself (days to a
	// first reply, response times): a mail that says its issues are all
	// sorted still complains, the protocol's P3.
	TagSupport = "support"
	// TagCost marks what a workaround costs ("takes me most of a day"):
	// the significant impact of P2, or, in a mail that asks for an
	// enhancement, the reason it asks (P3).
	TagCost = "cost"
	// TagMoney marks money wrongly taken from or paid to people ("charged
	// twice"): with many affected, the harm is done, and a workaround
	// (refunding one by one) does not lower it to P2.
	TagMoney = "money"
)

// Level is the severity a signal rule points to; 0 for other kinds.
func (r Rule) Level() Severity { return r.level }

// key identifies a rule: a phrase means one thing, so a later definition
// of the same phrase replaces the earlier one.
func (r Rule) key() string {
	if r.Any {
		return r.Phrase + " *"
	}
	if r.Prefix {
		return r.Phrase + "*"
	}
	return r.Phrase
}

// ruleLine is one parsed line: rules to add (or re-weight), or to remove.
type ruleLine struct {
	remove bool
	rules  []Rule
	line   int
}

// maxExpansions bounds the phrases one line may expand to.
const maxExpansions = 20000

// Rules file syntax, one rule per line; '#' starts a comment:
//
//	KIND WEIGHT PHRASE     add a rule, or re-weight the same phrase
//	remove PHRASE          remove a rule (any kind)
//
// A PHRASE is words; "(a|b|)" offers alternatives (an empty one makes the
// group optional) and a trailing "*" lets the last word continue. Phrases
// are matched on case- and accent-folded whole words.
func parseRules(r io.Reader, name string) ([]ruleLine, error) {
	var out []ruleLine
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		l, err := parseLine(sc.Text(), fmt.Sprintf("%s:%d", name, n))
		if err != nil {
			return nil, fmt.Errorf("classify: %s:%d: %w", name, n, err)
		}
		if l != nil {
			l.line = n
			out = append(out, *l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("classify: read %s: %w", name, err)
	}
	return out, nil
}

func parseLine(text, source string) (*ruleLine, error) {
	proto, phrase, remove, err := parseHeader(text, source)
	if err != nil || phrase == "" {
		return nil, err
	}
	rules, err := expandRules(proto, phrase)
	return &ruleLine{remove: remove, rules: rules}, err
}

// parseHeader reads one line of a rules file: the rule it defines, with
// its phrase pattern (alternatives not expanded) apart, or a remove. An
// empty phrase means a blank or comment line.
func parseHeader(text, source string) (proto Rule, phrase string, remove bool, err error) {
	if i := strings.IndexByte(text, '#'); i >= 0 {
		text = text[:i]
	}
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return Rule{}, "", false, nil
	}
	if fields[0] == "remove" {
		if len(fields) < 2 {
			return Rule{}, "", false, errors.New("remove needs a phrase")
		}
		return Rule{Source: source}, strings.Join(fields[1:], " "), true, nil
	}
	kindField, tag, _ := strings.Cut(fields[0], ":")
	kind := Kind(kindField)
	if k := Kind(strings.ToUpper(kindField)); strings.HasPrefix(string(k), "P") {
		kind = k
	}
	if _, ok := kinds[kind]; !ok {
		return Rule{}, "", false, fmt.Errorf("unknown kind %q (want P1-P4, fault, defect, core, loss, data, negate, hypothetical, break, many, single, exec, title, intensifier, neutral or remove)", fields[0])
	}
	if len(fields) < 3 {
		return Rule{}, "", false, fmt.Errorf("want KIND WEIGHT PHRASE, got %q", strings.TrimSpace(text))
	}
	w, err := strconv.ParseFloat(fields[1], 64)
	if err != nil || w < 0 || w > 100 {
		return Rule{}, "", false, fmt.Errorf("weight %q is not a number between 0 and 100", fields[1])
	}
	return Rule{Kind: kind, Weight: w, Tag: tag, Source: source, level: kinds[kind]}, strings.Join(fields[2:], " "), false, nil
}

// patternLine is one line of the built-in rules: the rule it defines, with
// its phrase pattern (alternatives not expanded) in Phrase.
type patternLine = Rule

// parsePatterns reads the built-in rules file without expanding its
// alternatives: the matcher compiles them as they are.
func parsePatterns(text, name string) ([]patternLine, error) {
	var out []patternLine
	for n, line := range strings.Split(text, "\n") {
		proto, phrase, remove, err := parseHeader(line, fmt.Sprintf("%s:%d", name, n+1))
		if err != nil {
			return nil, fmt.Errorf("classify: %s:%d: %w", name, n+1, err)
		}
		if remove {
			return nil, fmt.Errorf("classify: %s:%d: remove is for an operator's file", name, n+1)
		}
		if phrase != "" {
			proto.Phrase = phrase
			out = append(out, proto)
		}
	}
	return out, nil
}

// expandRules expands the alternatives of phrase into folded rules.
func expandRules(proto Rule, phrase string) ([]Rule, error) {
	alts, err := expand(phrase)
	if err != nil {
		return nil, err
	}
	out := make([]Rule, 0, len(alts))
	seen := make(map[string]bool, len(alts))
	for _, a := range alts {
		r := proto
		a = strings.TrimSpace(a)
		if a == "*" || strings.HasSuffix(a, " *") {
			r.Any = true
			a = strings.TrimSuffix(a, "*")
		} else if strings.HasSuffix(a, "*") {
			r.Prefix = true
			a = strings.TrimSuffix(a, "*")
		}
		if strings.ContainsRune(a, '*') {
			return nil, fmt.Errorf("phrase %q: '*' is allowed only at the end", a)
		}
		r.Phrase = foldPhrase(a)
		if r.Phrase == "" {
			return nil, fmt.Errorf("phrase %q has no words", a)
		}
		if !seen[r.key()] {
			seen[r.key()] = true
			out = append(out, r)
		}
	}
	return out, nil
}

// expand turns "a (b|c) d" into "a b d", "a c d". Groups do not nest.
func expand(p string) ([]string, error) {
	outs := []string{""}
	for len(p) > 0 {
		i := strings.IndexAny(p, "()|")
		if i < 0 {
			outs = appendAll(outs, []string{p})
			break
		}
		if p[i] != '(' {
			return nil, fmt.Errorf("unexpected %q outside a group", p[i])
		}
		outs = appendAll(outs, []string{p[:i]})
		j := strings.IndexAny(p[i+1:], "()")
		if j < 0 || p[i+1+j] != ')' {
			return nil, errors.New("unclosed or nested group")
		}
		outs = appendAll(outs, strings.Split(p[i+1:i+1+j], "|"))
		if len(outs) > maxExpansions {
			return nil, fmt.Errorf("more than %d alternatives", maxExpansions)
		}
		p = p[i+1+j+1:]
	}
	return outs, nil
}

func appendAll(prefixes, suffixes []string) []string {
	out := make([]string, 0, len(prefixes)*len(suffixes))
	for _, p := range prefixes {
		for _, s := range suffixes {
			out = append(out, p+s)
		}
	}
	return out
}

// ruleSet is an ordered set of rules keyed by phrase.
type ruleSet struct {
	rules []Rule
	index map[string]int
}

func newRuleSet() *ruleSet { return &ruleSet{index: make(map[string]int)} }

// apply adds, re-weights or removes. In the built-in file a phrase that an
// earlier line already defines keeps that definition: the file goes from
// the protocol's specific examples to broader phrasings, and a broad line
// must not re-weight a curated one. In an operator's file the later
// definition wins, which is how a rule is re-weighted.
func (s *ruleSet) apply(lines []ruleLine, name string, overlay bool) error {
	defined := make(map[string]bool)
	for _, l := range lines {
		for _, r := range l.rules {
			if l.remove {
				if !s.remove(r.key()) {
					return fmt.Errorf("classify: %s:%d: remove %q: no such rule", name, l.line, r.key())
				}
				continue
			}
			if defined[r.key()] && !overlay {
				continue
			}
			defined[r.key()] = true
			r.operator = overlay
			s.put(r)
		}
	}
	return nil
}

func (s *ruleSet) put(r Rule) {
	if i, ok := s.index[r.key()]; ok {
		s.rules[i] = r
		return
	}
	s.index[r.key()] = len(s.rules)
	s.rules = append(s.rules, r)
}

func (s *ruleSet) remove(key string) bool {
	i, ok := s.index[key]
	if !ok {
		return false
	}
	delete(s.index, key)
	s.rules = append(s.rules[:i], s.rules[i+1:]...)
	for k, j := range s.index {
		if j > i {
			s.index[k] = j - 1
		}
	}
	return true
}
