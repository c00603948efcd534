package classify

import (
	"slices"
	"strings"
	"unicode"
)

// A person whose access the writer removed, or who left, has acted since:
// "Aoife, one of our bartenders, left us at the end of October … 31 voids
// under her PIN", "Eine Therapeutin, die mit Ende Dezember bei uns
// aufgehört hat, hat sich laut Anmeldeprotokoll am Samstag eingeloggt",
// "Rafael worked with us until December and I removed his user … 27/01
// 22:51 – login – rafael…". The writer tells it over two sentences, the
// person gone in one and what the log shows in the other; accessKept
// reads it in one clause ("former employees … can still log in"). The
// protocol's "security breach or unauthorized access" (P1), however
// calmly it is told ("A doubt, maybe is nothing").

// goneActed returns the evidence that a told clause says someone has left
// or had their access removed and another told clause says a log-in was
// made (by a log's line, or "logged in", "eingeloggt", "successful
// logins").
func (st *state) goneActed() (Evidence, bool) {
	gone, acted := false, false
	var ev Evidence
	for text, c := range st.toldAll {
		if c.field == FieldSubject && st.reply && !isForward(st.subject) {
			continue // the subject of a reply names the old topic
		}
		ws := c.words
		if !gone {
			if i := goneAt(ws); i >= 0 && !supposedBefore(c.line(), i) && !deniedAt(c.line(), i) {
				gone = true
			}
		}
		if !acted {
			if i := actAt(ws); i >= 0 && !supposedBefore(c.line(), i) && !deniedAt(c.line(), i) {
				acted = true
				ev = Evidence{Rule: "someone gone has acted", Match: text[c.at[i]:c.to[i]], Field: c.field, Offset: c.at[i], Level: P1,
					Note: "someone who left or whose access was removed has logged in or exported since: unauthorized access (P1)"}
			}
		}
		if gone && acted {
			return ev, true
		}
	}
	return Evidence{}, false
}

// goneAt returns the index of the word that says someone has left or had
// their access removed, or -1: "left us", "left the company", "worked with
// us until", "aufgehört", "ausgeschieden", a former or ex employee, "removed
// his user", "deactivated her account", „deaktiviert“ beside a user.
func goneAt(ws []string) int {
	account := -1
	for i, w := range ws {
		if may(goneFilter, w) && goneAccounts[w] && i > 0 && goneOwners[ws[i-1]] {
			account = i // "his user", "ihr Benutzer": a person's, not "support access"
		}
	}
	for i, w := range ws {
		next := func(k int) string {
			if i+k < len(ws) {
				return ws[i+k]
			}
			return ""
		}
		switch {
		case w == "left" && (next(1) == "us" || (next(1) == "the" || next(1) == "our") && goneBodies[next(2)]):
			return i
		case w == "worked" && (next(1) == "with" || next(1) == "for") && next(2) == "us" && next(3) == "until":
			return i
		case w == "aufgehort" || strings.HasPrefix(w, "ausgeschieden"):
			return i
		case (w == "former" || w == "ex" || w == "retired" || strings.HasPrefix(w, "ehemalig")) && gonePeople(next(1)):
			return i
		case account >= 0 && goneRemoved[w] && (account > i && account <= i+3 || account < i && i-account <= 6):
			// "removed his user", "deactivated her account"; "Ihr
			// Benutzer ist … auf „deaktiviert“ gestellt"
			return i
		}
	}
	return -1
}

// actAt returns the index of the word of a log-in told as done: "logged
// in", "signed in", "eingeloggt", "successful logins", or a log's line
// ("27/01 22:51 – login – …"), or what was done under someone's PIN or
// login ("31 voids … under Aoife's PIN"). An export alone is no act of the person
// gone ("provisioning logs exported from Entra ID").
func actAt(ws []string) int {
	for i, w := range ws {
		prevNum := i > 0 && ws[i-1] != "" && unicode.IsDigit(rune(ws[i-1][0]))
		switch {
		case (w == "logged" || w == "signed") && i+1 < len(ws) && (ws[i+1] == "in" || ws[i+1] == "on" || ws[i+1] == "into"):
			return i
		case w == "eingeloggt":
			return i
		case (w == "login" || w == "logins") && i > 0 && (ws[i-1] == "successful" || ws[i-1] == "unknown" || ws[i-1] == "unrecognized" || ws[i-1] == "unrecognised"):
			return i
		case (w == "login" || w == "anmeldung") && prevNum:
			return i
		case w == "under" && slices.ContainsFunc(ws[i+1:min(i+4, len(ws))], func(x string) bool { return x == "pin" || x == "login" || x == "credentials" }):
			// "31 voids … on the main bar terminal under Aoife's PIN"
			return i
		}
	}
	return -1
}

var (
	// goneAccounts are what a removal takes from a person.
	goneAccounts = map[string]bool{"user": true, "account": true, "login": true, "access": true, "pin": true,
		"benutzer": true, "zugang": true, "konto": true, "benutzerkonto": true}
	// goneOwners say whose account it is: a person's.
	goneOwners = map[string]bool{"his": true, "her": true, "their": true, "ihr": true, "ihren": true, "sein": true, "seinen": true}
	// goneRemoved take access away.
	goneRemoved = map[string]bool{"removed": true, "deactivated": true, "disabled": true, "deleted": true, "offboarded": true,
		"deaktiviert": true, "gesperrt": true, "entfernt": true, "geloscht": true}
	// goneBodies are what a person leaves.
	goneBodies = map[string]bool{"company": true, "firm": true, "practice": true, "team": true, "school": true, "club": true,
		"business": true, "organisation": true, "organization": true, "agency": true, "office": true}
)

// goneFilter lets through the words of goneAccounts.
var goneFilter = filterOf(goneAccounts)

// gonePeople reports whether w names a person who worked for the writer
// ("former employee", "ex staff", "ehemalige Mitarbeiterin").
func gonePeople(w string) bool {
	for _, p := range []string{"employee", "staff", "colleague", "member", "user", "worker", "contractor", "manager",
		"teacher", "nurse", "therapist", "driver", "agent", "bartender", "mitarbeiter", "kolleg", "therapeut", "angestellt"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
