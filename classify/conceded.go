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
	for _, re := range []*regexp.Regexp{concession, concessionEN, concessionOther} {
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
	if re == concessionEN && (!strings.Contains(body, "orks") && !strings.Contains(body, "ORKS") || !hasBut(body)) ||
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

// hasBut reports whether s holds "but" in any case, as every match of
// concessionEN does ('b', 'u' and 't' fold to their ASCII capitals only):
// of the mails with "works" in the corpus more than half have no "but",
// and the expression, case-folded, costs some thousand instructions a
// byte of the body.
func hasBut(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == 'b' && s[i+1]|0x20 == 'u' && s[i+2]|0x20 == 't' {
			return true
		}
	}
	return false
}
