package intake

import (
	"strings"
)

// Lotus Notes (HCL Notes) writes the header of the mail it quotes or
// forwards in plain text in two older layouts that carry no "From:"
// field. Notes 6–8 renders its memo table: the sender, the date and
// "Please respond to" in a left column, the labels "To", "cc", "Subject"
// right-aligned in the middle, their values wrapped in the cells to the
// right of them:
//
//	             Acme Support
//	             <support@acme.exa
//	             mple>                                              To
//	                                       Mike Jones/IT/Globex@Globex
//	             03/14/2006 10:23                                   cc
//	                                                           Subject
//	                                       [ESC-1211] CSV import stops
//
// Notes 5 writes a line of the sender and the date above "Please respond
// to" and the fields:
//
//	"Acme Support" <support@acme.example> on 02/07/2005 04:51:32 PM
//
//	Please respond to support@acme.example
//
//	To:    Anita Desai/FIN/Meridian@Meridian

// notesLabel is a label of the memo table at the end of its line, after
// a wide gap; notesSubject the subject's label.
var (
	notesLabel   = mustGate(`(?i)\S\s{3,}(to|cc|bcc|subject|an|kopie|blindkopie|thema|betreff|à|a|copie|objet|para|asunto|oggetto|aan|onderwerp)\s*$|^\s{20,}(to|cc|bcc|subject|an|kopie|blindkopie|thema|betreff|copie|objet|para|asunto|oggetto|aan|onderwerp)\s*$`)
	notesSubject = mustGate(`(?i)\s(subject|thema|betreff|objet|asunto|oggetto|onderwerp)\s*$`)
)

// notesAttribution is Notes 5's line of the sender and the date;
// notesRespond the "Please respond to" below it or in the memo table.
var (
	notesAttribution = mustGate(`^.{1,100}\s(on|am|le|el|il|op)\s\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s+\d{1,2}[:.]\d{2}([:.]\d{2})?(\s?[AaPp]\.?[Mm]\.?)?$`)
	notesRespond     = mustGate(`(?i)^\s*(please respond to|bitte antworten an|veuillez répondre à|responder a|rispondere a|antwoord aan)(?:\b|[^\pL\pN_]|$)`)
)

// markNotesHeaders marks both layouts as an embedded header block.
func markNotesHeaders(lines []string, kinds []lineKind) {
	const window = 12 // the lines a memo table spans from its first label to its last
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kText && kinds[i] != kEmpty {
			continue
		}
		if t := strings.TrimSpace(lines[i]); strings.Contains(t, ":") && notesAttribution.MatchString(t) && respondFollows(lines, i) {
			kinds[i] = kQuoteHeader
			continue
		}
		if end := notesSenderTo(lines, i); end > i {
			for k := i; k <= end; k++ {
				kinds[k] = kHeaderBlock
			}
			i = end
			continue
		}
		if len(lines[i]) < 40 || !strings.Contains(lines[i], "   ") || !notesLabel.MatchString(lines[i]) {
			continue
		}
		labels, subject, last := 0, false, i
		for j := i; j < len(lines) && j < i+window; j++ {
			if len(lines[j]) >= 40 && strings.Contains(lines[j], "   ") && notesLabel.MatchString(lines[j]) {
				labels++
				last = j
				subject = subject || notesSubject.MatchString(lines[j])
			}
		}
		if labels < 2 || !subject {
			continue
		}
		start := i
		for start > 0 && i-start < 6 && paddedCell(lines[start-1]) && (kinds[start-1] == kText || kinds[start-1] == kEmpty) {
			start--
		}
		end := last + 1
		for end < len(lines) && end-last < 8 && paddedCell(lines[end]) {
			end++
		}
		for k := start; k < end; k++ {
			kinds[k] = kHeaderBlock
		}
		i = end - 1
	}
}

// paddedCell reports whether a line is a cell row of the memo table: as
// wide as the table, opening with spaces or made of them.
func paddedCell(l string) bool {
	return len(l) >= 40 && (strings.TrimSpace(l) == "" || strings.HasPrefix(l, "     "))
}

// respondFollows reports whether "Please respond to" or a "To:" field
// follows the line at i within a few lines, as under Notes 5's sender
// and date.
func respondFollows(lines []string, i int) bool {
	for j, n := i+1, 0; j < len(lines) && n < 3; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		n++
		if notesRespond.MatchString(t) || isEmbeddedField(t) {
			return true
		}
	}
	return false
}

// notesDate is the date and time alone on its line under Notes 8's and
// 9's sender ("2026/11/05 15:30", "11/05/2026 03:30 PM").
var notesDate = mustGate(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+\d{1,2}[:.]\d{2}([:.]\d{2})?(\s?[AaPp]\.?[Mm]\.?)?$`)

// notesSenderTo is the index of the last line of the header Notes 8 and
// 9 write in plain text when the memo table is narrow, starting at i:
// the sender with their address and the recipients' field on one line,
// the date and time alone under it, then the subject's field, a copy's
// field between them in any language the fields are read in:
//
//	"Acme Support" <support@acme.example> To: Naoki Yamada/HOKURIKU-BRG@HOKURIKU-BRG
//	2026/11/05 15:30
//	Subject: [ACME-48281] …
//
// i when the lines at i are not that. A writer's line naming an address
// and a field ("Mail <a@b.example> to: the team") has no date alone
// under it and no subject's field.
func notesSenderTo(lines []string, i int) int {
	const maxBelow = 4 // the date, a cc field, the subject, blank lines
	l := strings.TrimSpace(lines[i])
	gt := strings.Index(l, "> ")
	if gt < 0 || !strings.Contains(l[:gt], "@") || !strings.Contains(l[:gt], "<") {
		return i
	}
	rest := strings.TrimSpace(l[gt+1:])
	if !isEmbeddedField(rest) || fromFieldRe.MatchString(rest) || subjectFieldRe.MatchString(rest) {
		return i
	}
	dated := false
	for j, n := i+1, 0; j < len(lines) && n < maxBelow; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		n++
		switch {
		case !dated && notesDate.MatchString(t):
			dated = true
		case dated && subjectFieldRe.MatchString(t):
			return j
		case !isEmbeddedField(t):
			return i
		}
	}
	return i
}
