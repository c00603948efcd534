package classify

import (
	"regexp"
	"strings"
)

// A workaround conceded in German: the writer tells what they do instead
// and grants that it works, at a cost ("Wir drucken die HKPs jetzt aus und
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

// concededWorkaround returns the evidence that the writer's own words,
// above any history they quote or forward, concede a workaround.
func (st *state) concededWorkaround() (Evidence, bool) {
	body := st.body
	if i := historyStart(body, 0); i >= 0 {
		body = body[:i]
	}
	if !strings.Contains(body, "geht") && !strings.Contains(body, "unktioniert") && !strings.Contains(body, "lappt") &&
		!strings.Contains(body, "Geht") {
		return Evidence{}, false
	}
	for off := 0; off < len(body); {
		loc := concession.FindStringIndex(body[off:])
		if loc == nil {
			return Evidence{}, false
		}
		at := off + loc[0]
		// the line is the writer's, not a quoted one
		ls := strings.LastIndexByte(body[:at], '\n') + 1
		if !strings.HasPrefix(strings.TrimLeft(body[ls:], " \t"), ">") {
			m := strings.TrimLeft(body[at:off+loc[1]], ".!?:;\n( ,–—-")
			return Evidence{Rule: "a workaround conceded", Match: m, Field: FieldBody, Offset: at, Level: P2,
				Note: "the writer grants that another way works, at a cost (\"Das geht, ist aber doppelte Arbeit\"): a workaround, the protocol's P2, not a complete outage"}, true
		}
		off += loc[1]
	}
	return Evidence{}, false
}
