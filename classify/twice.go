package classify

import "strings"

// Money moved twice for many: "Your system charged every one of our
// members twice this morning", "You billed ALL our airlines twice",
// "Lastschrift Januar – jede Familie zweimal eingezogen", "Überweisungen
// doppelt ausgeführt", "Debit orders of 25 January went two times to the
// bank", "Reimbursements of April paid two times". The protocol's payment
// failure and data corruption at once (P1): the business has taken or
// paid money it must give back, from or to many. One person charged twice
// ("I was charged twice for my subscription") is a billing problem, read
// by the money rules; a webhook or a file sent twice moves no money.

// moneyTwice returns the evidence that a told clause of the writer's says
// money was moved twice for many: a word of twice, a word of money moved
// (charged, billed, debited, paid, collected, eingezogen, abgebucht,
// Lastschriften, Überweisungen, debit orders, payments), and a scope of
// many (all, every, each, jede, alle, or payers or payments in the plural),
// not asked, denied or supposed, not the writer's own card or account,
// and not in the subject of a reply.
func (st *state) moneyTwice() (Evidence, bool) {
	_, cs := st.writer()
	for _, c := range cs {
		if c.ask || c.field == FieldSubject && st.reply && !isForward(st.subject) {
			continue
		}
		ws := c.words
		tw := -1
		for i := range ws {
			if twiceAt(ws, i) {
				tw = i
				break
			}
		}
		if tw < 0 || supposedBefore(c.line(), tw) || deniedAt(c.line(), tw) {
			continue
		}
		money, many, own := false, false, false
		for j, w := range ws {
			if (moneyMoved[w] || strings.HasPrefix(w, "lastschrift") || strings.HasPrefix(w, "uberweisung")) && j >= tw-8 && j <= tw+8 {
				money = true // near the twice: "Erzeugung zweimal wiederholt" below "187 Überweisungen" is no payment twice
			}
			if (twiceScope[w] || strings.HasPrefix(w, "lastschriften")) && (j == 0 || !fewWords[ws[j-1]]) {
				many = true // not "two orders refunded twice"
			}
			if twiceOwn[w] || w == "i" && j+1 < len(ws) && (ws[j+1] == "was" || ws[j+1] == "ve" || ws[j+1] == "have" || ws[j+1] == "got" || ws[j+1] == "am") {
				own = true // "I was charged twice", "on my card": not "ich habe gesehen"
			}
		}
		if money && many && !own {
			return Evidence{Rule: "money moved twice for many", Field: c.field, Offset: c.at[tw], Level: P1,
				Note: "money charged, collected or paid twice, for many: a payment failure and corrupted records (P1)"}, true
		}
	}
	return Evidence{}, false
}

// twiceAt reports whether ws[i] says twice: "twice", "doppelt",
// "zweimal", "two times", "double charged".
func twiceAt(ws []string, i int) bool {
	switch ws[i] {
	case "twice", "doppelt", "zweimal":
		return true
	case "two", "2":
		return i+1 < len(ws) && ws[i+1] == "times"
	case "double":
		return i+1 < len(ws) && moneyMoved[ws[i+1]]
	}
	return false
}

var (
	// moneyMoved are words of money taken or paid (folded).
	moneyMoved = map[string]bool{"charged": true, "billed": true, "debited": true, "paid": true, "collected": true,
		"refunded": true, "captured": true, "payments": true, "payouts": true, "reimbursements": true, "debit": true,
		"transfers": true, "eingezogen": true, "abgebucht": true, "belastet": true, "uberwiesen": true, "ausgezahlt": true,
		"gebucht": true, "einzug": true, "zahlungen": true, "captures": true, "donations": true, "erstattet": true}
	// twiceScope are the many a payment twice hits.
	twiceScope = map[string]bool{"every": true, "all": true, "each": true, "jede": true, "jeder": true, "jeden": true, "jedem": true, "jedes": true,
		"alle": true, "allen": true, "samtliche": true, "members": true, "customers": true, "families": true,
		"familien": true, "mitglieder": true, "mitgliedern": true, "kunden": true, "mieter": true, "mietern": true,
		"employees": true, "mitarbeiter": true, "airlines": true, "clients": true, "tenants": true, "patients": true,
		"payments": true, "zahlungen": true, "orders": true, "reimbursements": true, "transactions": true,
		"transaktionen": true, "donations": true, "uberweisungen": true, "payouts": true, "parents": true, "eltern": true}
	// fewWords count a few: "two orders refunded twice" are not many.
	fewWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "a": true,
		"1": true, "2": true, "3": true, "4": true, "5": true, "zwei": true, "drei": true, "vier": true, "funf": true, "ein": true, "eine": true}
	// twiceOwn say it is the writer's own money: one person's billing.
	twiceOwn = map[string]bool{"my": true, "me": true, "mein": true, "meine": true, "meiner": true, "meinem": true, "meinen": true, "mir": true, "mich": true}
)
