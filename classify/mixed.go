package classify

// Records of people mixed between them: "Names look shuffled between
// learners in the same batch", "service histories on some accounts are
// mixed together", "client files mixed together", "Diagnosen bei Patienten
// vertauscht", "IBAN in Zahlungsdatei vertauscht". One person's records
// shown or stored under another's are the protocol's "data corruption
// affecting customer records" and a privacy incident at once (P1),
// however tentatively told ("Adressen bei Kunden vertauscht?"). What is
// swapped must be people's or their records: prices, dates or tiles
// swapped are a defect, and what the writer mixed up is their own slip.

// recordsMixed returns the evidence that a clause of the writer's says
// people's records are mixed, shuffled or swapped: a mixing word and, in
// the same clause, people or their records, not denied or supposed, not
// the writer's own doing ("I got two of the names mixed up"), and not in
// the subject of a reply (the thread's old topic).
func (st *state) recordsMixed() (Evidence, bool) {
	_, cs := st.writer()
	for _, c := range cs {
		if c.field == FieldSubject && st.reply && !isForward(st.subject) {
			continue
		}
		if c.ask && c.field != FieldSubject {
			continue // asked in the body: "are the names mixed up?"
		}
		ws := c.words
		for i := range ws {
			if !mixedAt(ws, i) {
				continue
			}
			if supposedBefore(c.line(), i) || deniedAt(c.line(), i) || ownSlip(ws, i) {
				break
			}
			people := false
			for _, x := range ws {
				if mixedPeople[x] {
					people = true
					break
				}
			}
			if !people {
				break
			}
			return Evidence{Rule: "people's records mixed", Field: c.field, Offset: c.at[i], Level: P1,
				Note: "people's records mixed, shuffled or swapped between them: data corruption affecting customer records and a privacy incident (P1)"}, true
		}
	}
	return Evidence{}, false
}

// mixedAt reports whether ws[i] says records are mixed between people:
// "mixed together", "mixed up", "mixed with each other", "shuffled",
// "swapped" (not "swapped to", a replacement), "vertauscht", "vermischt",
// "verwechselt".
func mixedAt(ws []string, i int) bool {
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	switch ws[i] {
	case "mixed":
		return next == "together" || next == "up" || next == "with"
	case "shuffled", "vertauscht", "vermischt", "verwechselt":
		return true
	case "swapped":
		return next != "to" && next != "for" && next != "over" && next != "out"
	}
	return false
}

// ownSlip reports whether the writer mixed them up themselves: "I got two
// of the names mixed up", "we swapped".
func ownSlip(ws []string, i int) bool {
	for k := max(0, i-6); k < i; k++ {
		switch ws[k] {
		case "i", "we", "ich", "wir":
			return true
		}
	}
	return false
}

// mixedPeople are people, or the records that are a person's, in the
// languages of the rules (folded: "schuler", "gaste").
var mixedPeople = map[string]bool{
	"patient": true, "patients": true, "patienten": true, "customer": true, "customers": true, "kunden": true,
	"client": true, "clients": true, "mandanten": true, "learner": true, "learners": true, "student": true,
	"students": true, "pupils": true, "schuler": true, "schulern": true, "kinder": true, "kindern": true,
	"children": true, "families": true, "familien": true, "members": true, "mitglieder": true, "mitgliedern": true,
	"tenants": true, "mieter": true, "mietern": true, "guests": true, "gaste": true, "gasten": true,
	"employees": true, "mitarbeiter": true, "mitarbeitern": true, "accounts": true, "konten": true,
	"names": true, "namen": true, "addresses": true, "adressen": true, "diagnosen": true, "diagnoses": true,
	"history": true, "histories": true, "files": true, "akten": true, "records": true, "datensatze": true,
	"iban": true, "ibans": true, "owners": true, "eigentumer": true, "matters": true,
}
