package classify

import (
	"regexp"
	"strings"
)

// A workaround conceded (in German, and in English below): the writer
// tells what they do instead and grants that it works, at a cost ("Wir drucken die HKPs jetzt aus und
// geben sie den Patienten mit. Geht, ist aber Mehrarbeit", "Das geht, ist
// aber doppelte Arbeit", "wir schreiben die Abholzeiten jetzt auf einen
// Zettel an der Tür. Geht schon, aber …", "Das funktioniert, kostet aber
// pro Angebot 10–15 Minuten"). The protocol's line between P1 and P2 is
// whether the work goes on another way: this one does. The phrase list of
// workarounds names the way ("von Hand", "per E-Mail"); this reads the
// concession that follows any way. In the labelled sets 140 mails hold it
// (104 P2, 36 P3), none P1; 15 of the P2s were read P1 before. The comma
// is part of it: "Google und so geht aber ganz normal" (a P1) concedes
// nothing.

// concession finds "geht", "funktioniert" or "klappt", alone or after
// "das", "es", "dies", with at most an adverb ("zwar", "schon",
// "irgendwie"), then a comma or dash and what it costs ("ist", "kostet",
// "dauert", "aber" …), at the start of a sentence or clause.
var concession = regexp.MustCompile(`(?i)(?:^|[.!?:;\n(]\s*|[,–—-]\s*|\b(?:das|es|dies|so)\s+)` +
	`(?:geht|funktioniert|klappt)(?:\s+(?:zwar|schon|auch|soweit|irgendwie|erstmal|vorerst|halbwegs))?` +
	`\s*[,–—-]\s*(?:ist|kostet|dauert|bedeutet|braucht|macht|aber|jedoch|nur)\b`)

// concessionEN is the same in English: "It works, but it roughly doubles
// the time per quote", "which works but takes time", "Works, but double
// work". Not "it worked but the feed just errors" (what a screen said)
// nor "when it works, but" (a condition).
var concessionEN = regexp.MustCompile(`(?i)(?:^|[.!?:;\n(]\s*|[,–—-]\s*|\b(?:that|this|it|which)\s+)` +
	`works(?:\s+(?:fine|ok|okay|for now|so far|mostly))?\s*[,–—-]?\s*but\b`)

// concessionOther is the same in the other languages of the rules: "Dat
// werkt, maar het is veel extra werk", "ça marche, mais …", "funciona,
// pero …".
var concessionOther = regexp.MustCompile(`(?i)(?:^|[.!?:;\n(]\s*|[,–—-]\s*|(?:^|[\s,.;:(])(?:ça|ca|cela|esto|eso|isso|dat|het)\s+)` +
	`(?:marche|fonctionne|funciona|werkt)(?:\s+(?:bien|bem|wel))?\s*[,–—-]?\s*(?:mais|pero|mas|maar)\b`)

// concededWorkaround returns the evidence that the writer's own words,
// above any history they quote or forward, concede a workaround.
func (st *state) concededWorkaround() (Evidence, bool) {
	body := st.body
	if i := historyStart(body, 0); i >= 0 {
		body = body[:i]
	}
	may := concessionMay(body)
	for k, re := range []*regexp.Regexp{concession, concessionEN, concessionOther} {
		if !may[k] {
			continue
		}
		if e, ok := concededBy(re, body); ok {
			return e, true
		}
	}
	return Evidence{}, false
}

// concededBy finds re in the lines of body that are not quoted.
func concededBy(re *regexp.Regexp, body string) (Evidence, bool) {
	if re == concession && !strings.Contains(body, "geht") && !strings.Contains(body, "unktioniert") &&
		!strings.Contains(body, "lappt") && !strings.Contains(body, "Geht") {
		return Evidence{}, false
	}
	if re == concessionEN && !strings.Contains(body, "orks") && !strings.Contains(body, "ORKS") ||
		re == concessionOther && !strings.Contains(body, "werkt") && !strings.Contains(body, "arche") &&
			!strings.Contains(body, "onctionne") && !strings.Contains(body, "unciona") {
		return Evidence{}, false
	}
	for off := 0; off < len(body); {
		loc := re.FindStringIndex(body[off:])
		if loc == nil {
			return Evidence{}, false
		}
		at := off + loc[0]
		// the line is the writer's, not a quoted one
		ls := strings.LastIndexByte(body[:at], '\n') + 1
		before := strings.ToLower(body[max(ls, at-12):at])
		if !strings.HasPrefix(strings.TrimLeft(body[ls:], " \t"), ">") && !strings.Contains(before, "when") && !strings.Contains(before, "if ") {
			m := strings.TrimLeft(body[at:off+loc[1]], ".!?:;\n( ,–—-")
			return Evidence{Rule: "a workaround conceded", Match: m, Field: FieldBody, Offset: at, Level: P2,
				Note: "the writer grants that another way works, at a cost (\"Das geht, ist aber doppelte Arbeit\"): a workaround, the protocol's P2, not a complete outage"}, true
		}
		off += loc[1]
	}
	return Evidence{}, false
}

// concessionTails are the verbs, adverbs and ends of concession,
// concessionEN and concessionOther (in that order), as the expressions
// spell them, and whether the comma or dash between is required.
var concessionTails = [3]struct {
	verbs, advs, ends []string
	dash              bool
}{
	{[]string{"geht", "funktioniert", "klappt"},
		[]string{"zwar", "schon", "auch", "soweit", "irgendwie", "erstmal", "vorerst", "halbwegs"},
		[]string{"ist", "kostet", "dauert", "bedeutet", "braucht", "macht", "aber", "jedoch", "nur"}, true},
	{[]string{"works"}, []string{"fine", "ok", "okay", "for now", "so far", "mostly"}, []string{"but"}, false},
	{[]string{"marche", "fonctionne", "funciona", "werkt"}, []string{"bien", "bem", "wel"},
		[]string{"mais", "pero", "mas", "maar"}, false},
}

// concessionMay reports for each of concession, concessionEN and
// concessionOther whether it may match body, in one pass over its bytes:
// every match holds a verb followed by the tail concessionTails give
// (whitespace, an adverb, whitespace, a comma or dash, whitespace, an
// end word), and most bodies have no verb, or a verb with something else
// after it ("it works fine now", "the search returns nothing"). Each
// expression is case-folded; the letters of its words fold to ASCII but
// for 'k' (the Kelvin sign) and 's' (the long s), so a body with either
// of those may match anything. The expressions' openings are not
// checked: a false here is certain, a true is for the expression to
// decide.
func concessionMay(body string) (may [3]bool) {
	if strings.Contains(body, "\u212a") || strings.Contains(body, "\u017f") {
		return [3]bool{true, true, true}
	}
	for i := 0; i+1 < len(body); i++ { // a verb has more than one byte
		ks := verbFirst[body[i]]
		if ks == 0 {
			continue // most bytes start no verb
		}
		if ks &= verbSecond[body[i+1]|0x20]; ks == 0 {
			continue // "f", "g", "k", "m" and "w" start many words
		}
		for k := range concessionTails {
			if may[k] || ks&(1<<k) == 0 {
				continue
			}
			t := &concessionTails[k]
			for _, v := range t.verbs {
				if hasPrefixFold(body[i:], v) && tailMay(body[i+len(v):], t.advs, t.ends, t.dash) {
					may[k] = true
					break
				}
			}
		}
	}
	return may
}

// verbFirst has bit k for the bytes a verb of concessionTails[k] starts
// with, in either case.
var verbFirst = func() (f [256]uint8) {
	for k, t := range concessionTails {
		for _, v := range t.verbs {
			f[v[0]] |= 1 << k
			f[v[0]-'a'+'A'] |= 1 << k
		}
	}
	return f
}()

// verbSecond has bit k for the second bytes of the verbs of
// concessionTails[k], as hasPrefixFold compares them (the byte |0x20).
var verbSecond = func() (f [256]uint8) {
	for k, t := range concessionTails {
		for _, v := range t.verbs {
			f[v[1]] |= 1 << k
		}
	}
	return f
}()

// tailMay reports whether s may begin with a concession's tail: an
// optional adverb after whitespace, then endMay.
func tailMay(s string, advs, ends []string, dash bool) bool {
	if endMay(s, ends, dash) {
		return true
	}
	j := skipSpace(s)
	if j == 0 {
		return false
	}
	for _, a := range advs {
		if hasPrefixFold(s[j:], a) && endMay(s[j+len(a):], ends, dash) {
			return true
		}
	}
	return false
}

// endMay reports whether s may begin with whitespace, a comma or dash
// (required if dash), whitespace and one of ends.
func endMay(s string, ends []string, dash bool) bool {
	j := skipSpace(s)
	if n := dashLen(s[j:]); n > 0 {
		j += n
		j += skipSpace(s[j:])
	} else if dash {
		return false
	}
	for _, e := range ends {
		if hasPrefixFold(s[j:], e) {
			return true
		}
	}
	return false
}

// skipSpace is the length of the run of \s ([\t\n\f\r ]) s begins with.
func skipSpace(s string) int {
	j := 0
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
		j++
	}
	return j
}

// dashLen is the length of the comma, hyphen, en or em dash s begins
// with, 0 if none.
func dashLen(s string) int {
	switch {
	case strings.HasPrefix(s, ","), strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "–"), strings.HasPrefix(s, "—"):
		return 3
	}
	return 0
}

// hasPrefixFold reports whether s begins with p (lower-case ASCII letters
// and spaces) in any ASCII case (a NUL byte passes for a space).
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if s[k]|0x20 != p[k] {
			return false
		}
	}
	return true
}
