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
