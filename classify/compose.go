package classify

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The composer reads each clause of the writer's text as a person does:
// WHO is hit (scope), WHAT is hit (function or data) and HOW (state). A
// few small word classes compose into the protocol's P1 cases instead of
// thousands of phrases:
//
//   - everyone (or no one) + a critical function + blocked or down
//     ("no user in our organisation has been able to access your
//     platform", "none of our 6 branches can log in", "every user gets a
//     503 when they open the portal");
//   - data + wiped, lost or emptied, counted in bulk ("14,212 contact
//     records now have no name", "all attachments open as blank files");
//   - records mixed with another party's ("values belong to a different
//     sample", "orders attached to the wrong customer");
//   - personal or customer data exposed to the wrong party ("payloads
//     for people who are not our customers", "opens without any login",
//     "sent to external addresses");
//   - payments that do not arrive or go through for the business
//     ("payouts have not arrived since 23 November", "our customers
//     haven't been able to pay online").
//
// A clause that asks, supposes or denies ("if the data were lost",
// "nothing was deleted", "could someone see other customers' data?") is
// not composed. Each finding is evidence in words: the class words that
// matched, joined by "+".

// wordClass is a named list of phrases of folded words; "#" stands for a
// number. Phrases are indexed by their first word.
type wordClass struct {
	bit     uint64 // this class's bit in firstBits
	name    string
	byFirst map[string][][]string
	numeric [][]string // phrases that start with "#"
}

func class(name string, phrases ...string) wordClass {
	if classes >= 64 {
		// firstBits holds one bit per class
		panic("classify: more than 64 word classes (" + name + ")")
	}
	c := wordClass{bit: 1 << classes, name: name, byFirst: map[string][][]string{}}
	classes++
	classFirsts = append(classFirsts, c.byFirst)
	for _, p := range phrases {
		ws := strings.Fields(p)
		if !isASCII(p) {
			// the clause's words are folded: "non émis" is "non emis"
			// (the fold tables are built after the classes, in init)
			for i, w := range ws {
				ws[i] = foldRunes(w)
			}
		}
		if ws[0] == "#" {
			c.numeric = append(c.numeric, ws)
		} else {
			c.byFirst[ws[0]] = append(c.byFirst[ws[0]], ws)
			firstBits[ws[0]] |= c.bit
		}
	}
	return c
}

// foldRunes folds a word rune by rune as foldRune does, without the
// tables: for the classes' phrases, made before init.
func foldRunes(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	strip := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)))
	var b strings.Builder
	for _, r := range w {
		if r < utf8.RuneSelf {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		b.WriteString(foldRune(r, strip).s)
	}
	return b.String()
}

// deniedTrouble, between "no" and what flows, make the "no" deny the
// trouble: "no lost orders", "no failed payments".
var deniedTrouble = map[string]bool{"lost": true, "missing": true, "failed": true, "dropped": true,
	"duplicate": true, "duplicated": true, "double": true, "stuck": true, "delayed": true, "wrong": true}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// classes counts the word classes (at most 64); firstBits holds, for each
// word that starts a phrase, the bits of the classes it starts one in: a
// clause looks each word up once.
var (
	classes   uint
	firstBits = map[string]uint64{}
	// classFirsts are the classes' byFirst maps, by class number.
	classFirsts []map[string][][]string
)

// firstTable is firstBits as a wordBits table, built once every class is;
// byFirstID holds, by a word's id in it, the phrases the word starts in
// each class whose bit it has (in the order of the bits).
var (
	firstTable wordBits
	byFirstID  [][][][]string
)

func init() {
	firstTable = newWordBits(firstBits)
	// one backing array for every word's lists: this runs at every start
	n := 0
	for _, bs := range firstTable.bits {
		n += bits.OnesCount64(bs)
	}
	all := make([][][]string, 0, n)
	byFirstID = make([][][][]string, len(firstTable.byID))
	for _, s := range firstTable.slots {
		if s.n == 0 {
			continue
		}
		w, from := firstTable.byID[s.id], len(all)
		for bs := firstTable.bits[s.id]; bs != 0; bs &= bs - 1 {
			all = append(all, classFirsts[bits.TrailingZeros64(bs)][w])
		}
		byFirstID[s.id] = all[from:len(all):len(all)]
	}
}

// startingAt returns c's phrases that start with word i of l: with ids,
// found by the word's id (a word's phrases are stored by class bit,
// lowest first, so c's are at the rank of its bit among the word's), so
// that the word is not hashed again for each class.
func (c *wordClass) startingAt(l line, i int) [][]string {
	if l.ids == nil {
		return c.byFirst[l.ws[i]]
	}
	bs := l.bits[i]
	if bs&c.bit == 0 {
		return nil
	}
	return byFirstID[l.ids[i]][bits.OnesCount64(bs&(c.bit-1))]
}

// line is a clause's words with their firstBits (nil: looked up). With
// bits, any is the union of bits and num says a word is a number: a
// class none of whose first words is in the line is not searched; ids
// are the words' ids in firstTable (-1: none), nil when bits are.
type line struct {
	ws   []string
	bits []uint64
	ids  []int32
	any  uint64
	num  bool
}

// lineOf returns ws as a line with bits, as the composer's clauses are
// built, in bits and ids (their room is reused: appended from 0).
func lineOf(ws []string, bits []uint64, ids []int32) line {
	l := line{ws: ws, bits: bits[:0], ids: ids[:0]}
	for _, w := range ws {
		b, id := wordBitsOf(&firstTable, w, wordHead(w))
		l.bits, l.ids = append(l.bits, b), append(l.ids, id)
		l.any |= b
		l.num = l.num || w[0] <= '9' && digitsOnly(w)
	}
	return l
}

// find returns the first word index at or after from where a phrase of c
// matches, and the length of the longest phrase there; -1 if none.
func (c *wordClass) find(l line, from int) (int, int) {
	ws := l.ws
	if l.bits != nil && l.any&c.bit == 0 && (len(c.numeric) == 0 || !l.num) {
		return -1, 0
	}
	if l.bits != nil && (len(c.numeric) == 0 || !l.num) {
		// no numeric phrase can start: only the words with c's bit are
		// read (a clause that has a first word of c has few)
		bs, bit := l.bits[:len(ws)], c.bit
		for i := from; i < len(bs); i++ {
			if bs[i]&bit == 0 {
				continue
			}
			best := 0
			for _, p := range c.startingAt(l, i) {
				if len(p) > best && i+len(p) <= len(ws) && phraseAt(ws, i+1, p[1:]) {
					best = len(p)
				}
			}
			if best > 0 {
				return i, best
			}
		}
		return -1, 0
	}
	for i := from; i < len(ws); i++ {
		best := 0
		// with bits, a word whose bit is clear starts no phrase of c but
		// perhaps a numeric one
		first := l.bits == nil || l.bits[i]&c.bit != 0
		// (with bits, num says whether any word is a number at all)
		if !first && (len(c.numeric) == 0 || !l.num || !digitsOnly(ws[i])) {
			continue
		}
		if first {
			// a phrase found by its first word has that word: the rest
			// is compared
			for _, p := range c.startingAt(l, i) {
				if len(p) > best && i+len(p) <= len(ws) && phraseAt(ws, i+1, p[1:]) {
					best = len(p)
				}
			}
		}
		if len(c.numeric) > 0 && (l.bits == nil || l.num) && digitsOnly(ws[i]) {
			for _, p := range c.numeric {
				if len(p) > best && i+len(p) <= len(ws) && phraseAt(ws, i, p) {
					best = len(p)
				}
			}
		}
		if best > 0 {
			return i, best
		}
	}
	return -1, 0
}

// near returns the first word index from from to from+gap where a phrase
// of c starts, and its length; -1 if none. Unlike find it looks no
// further: "every" + a group is "every visitor", not "every ... visitor".
func (c wordClass) near(l line, from, gap int) (int, int) {
	for i := from; i <= from+gap && i < len(l.ws); i++ {
		if l.bits != nil && l.bits[i]&c.bit == 0 {
			continue
		}
		best := 0
		for _, p := range c.startingAt(l, i) {
			if len(p) > best && i+len(p) <= len(l.ws) && phraseAt(l.ws, i+1, p[1:]) {
				best = len(p)
			}
		}
		if best > 0 {
			return i, best
		}
	}
	return -1, 0
}

func phraseAt(ws []string, i int, p []string) bool {
	for k, w := range p {
		if w == "#" {
			if !digitsOnly(ws[i+k]) {
				return false
			}
			continue
		}
		if strings.HasSuffix(w, "*") {
			if !strings.HasPrefix(ws[i+k], w[:len(w)-1]) {
				return false
			}
			continue
		}
		if ws[i+k] != w {
			return false
		}
	}
	return true
}

func digitsOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// SCOPE: everyone or no one.
var (
	scopeNone = class("no one",
		"nobody", "no one", "noone", "none of", "no user", "no users", "no staff", "no employee", "no employees",
		"not a single", "not one of", "no customer", "no customers", "no client", "no clients", "neither")
	scopeAll = class("everyone",
		"everyone", "everybody", "all users", "all our users", "all of our", "all our", "all of us", "all the users",
		"all staff", "all employees", "all the staff", "all #", "every user", "every one of", "every single", "every employee",
		"every member", "every store", "every branch", "every site", "every location", "every agent", "every customer",
		"every client", "whole team", "whole company", "whole office", "whole organisation", "whole organization",
		"entire team", "entire company", "entire office", "entire organisation", "entire organization", "whole staff",
		"any of the", "any of our", "across all", "company wide", "companywide", "organisation wide", "organization wide")
	// ABILITY, plain and denied.
	ability = class("able",
		"can", "could", "is able", "are able", "was able", "were able", "has been able", "have been able",
		"had been able", "manage to", "managed to", "is able to", "are able to")
	unable = class("cannot",
		"cannot", "cant", "can not", "could not", "couldnt", "unable", "not able", "havent been able", "hasnt been able",
		"have not been able", "has not been able", "had not been able", "arent able", "isnt able", "impossible to",
		"no longer able", "can no longer", "cant get", "cannot get", "not possible to", "wont let", "doesnt let",
		"does not let", "dont let", "unable to")
	// STATE of a function.
	down = class("down",
		"down", "offline", "unavailable", "unreachable", "inaccessible", "not loading", "wont load", "doesnt load",
		"dont load", "will not load", "does not load", "fails to load", "failed to load", "returns an error",
		"returning an error", "returns errors", "gives an error", "shows an error", "error page", "500", "502", "503",
		"504", "internal server error", "bad gateway", "timed out", "times out", "timing out", "not working",
		"stopped working", "doesnt work", "does not work", "dont work", "isnt working", "arent working",
		"blank page", "white screen", "keeps spinning", "just spins", "not responding", "unusable", "not opening",
		"wont open", "doesnt open", "locked out", "not loading at all", "gets an error", "get an error",
		"at a standstill", "standstill", "stopped", "halted", "paralysed", "paralyzed", "ground to a halt",
		"grinding to a halt", "closed", "idle", "out of service", "out of order", "is impossible", "are impossible",
		"has become impossible", "became impossible",
		// what the writer sees when it is down: symptoms, not verdicts
		"spinning", "spins", "loading forever", "keeps loading", "stuck loading", "stuck on loading", "loading circle",
		"loading screen", "hangs", "is hanging", "keeps hanging", "hanging at", "frozen",
		"restart every", "restarts every", "keep restarting", "keeps restarting", "reboot every", "reboots every",
		"keep rebooting", "keeps rebooting", "freezes", "freezing", "crashes", "crashing", "crashed",
		"white page", "blank screen", "empty page", "showing an error", "shows errors", "showing errors",
		"throws an error", "throwing errors", "fails", "failing", "failed", "errors out", "erroring", "errors",
		"application error", "fatal",
		"an error", "nothing happens", "nothing loads", "goes nowhere", "rejected", "refused")
	// signIn is getting in at all.
	signIn = class("sign in",
		"log in", "login", "log on", "logon", "log into", "sign in", "signin", "sign into", "get in", "get into",
		"access")
	// FUNCTION: the service itself and what a business stops without.
	accessFn = class("access",
		"log in", "login", "log on", "logon", "log into", "sign in", "signin", "sign into", "access", "get in",
		"get into", "reach", "open", "use", "load", "check in", "work", "connect", "clock on", "clock in", "punch in")
	critical = class("critical function",
		"platform", "system", "app", "application", "site", "website", "portal", "service", "tenant", "account",
		"workspace", "schedule", "appointment list", "appointments", "till", "tills", "checkout", "payments",
		"orders", "dispatch", "bookings", "register", "pos", "dashboard", "your software", "the software",
		"the tool", "login page", "log in page", "sign in page", "anything", "any of it",
		// the places a business works in: "all our stores are at a standstill"
		"store", "stores", "shop", "shops", "branch", "branches", "office", "offices", "warehouse", "warehouses",
		"clinic", "clinics", "practice", "practices", "site", "sites", "depot", "depots", "plant", "factory",
		"restaurant", "restaurants", "business", "operations", "production", "sales", "shipping", "hotel", "hotels",
		"building", "buildings", "hospital", "hospitals", "ward", "wards", "venue", "venues", "school", "schools",
		"campus", "campuses")
	// DATA and its states.
	dataNoun = class("data",
		"data", "record", "records", "contact", "contacts", "file", "files", "attachment", "attachments",
		"document", "documents", "photo", "photos", "result", "results", "value", "values", "order", "orders",
		"invoice", "invoices", "entry", "entries", "field", "fields", "history", "notes", "rows", "row",
		"phone numbers", "numbers", "addresses", "transactions", "database", "customers", "clients", "patients",
		"bookings", "appointments", "emails", "email addresses", "names", "details", "list", "report", "reports",
		"table", "export", "payloads", "payload", "events", "pages", "page", "letters", "accounts",
		"dati", "ricette", "donnees", "daten", "gegevens", "datos", "dados", "dossiers", "fiches", "schede")
	// stored data that can be lost (a report or a page showing nothing is a
	// defect, not a loss)
	stored = class("stored data",
		"data", "record", "records", "contact", "contacts", "file", "files", "attachment", "attachments",
		"document", "documents", "photo", "photos", "entries", "history", "notes", "database", "emails",
		"messages", "customer records", "client records", "patient records", "fields", "contact records",
		"drawings", "plans", "revisions", "jobs", "forms", "service records", "sign offs", "timesheets",
		"phone numbers", "mobile numbers", "numbers", "points", "balances", "credits",
		// German
		"bestande", "bestand", "lagerplatze", "datensatze", "akten", "dokumente", "dateien", "termine",
		"auftrage", "buchungen", "belege", "notizen", "kontakte", "rechnungen", "bestellungen")
	wiped = class("wiped",
		"gone", "missing", "deleted", "wiped", "erased", "disappeared", "vanished", "lost", "null", "empty",
		"blank", "overwritten", "overwrote", "overwrites", "0 kb", "no longer there", "been removed", "set to null", "have no", "now have no",
		"has no", "now has no", "become 0", "became 0", "became zero", "reset to 0", "reset to zero", "emptied", "cleared", "purged", "replaced", "instead of their own",
		// German
		"weg", "verschwunden", "geloscht", "leer", "auf 0", "auf null", "uberschrieben", "nicht mehr da", "nicht mehr vorhanden")
	bulk = class("in bulk",
		"all", "all of the", "every", "#", "# #", "thousands", "hundreds", "a few hundred", "half of", "half the",
		"most of", "most", "entire", "whole",
		"alle", "samtliche", "samtlichen", "gesamte", "gesamten", "komplette", "kompletten")
	mixed = class("someone else's",
		"belong to a different", "belongs to a different", "belong to another", "belongs to another",
		"belonging to another", "belonging to a different", "wrong customer", "wrong patient", "wrong person",
		"wrong client", "wrong account", "wrong tenant", "wrong employee", "wrong user", "someone elses",
		"somebody elses", "another customers", "another patients", "another persons", "another users",
		"another clients", "other customers", "other patients", "other clients", "other users", "other companies",
		"other peoples", "different patient", "different customer", "different client", "different sample",
		"different hospital", "different company", "different person", "different organisation",
		"different organization", "different business", "different firm", "different practice", "different tenant",
		"unrelated company", "unrelated customer", "unrelated client", "unrelated tenant", "unrelated organisation",
		"unrelated business", "another organisation", "another organization", "another company",
		"another hospital", "another practice", "mixed up", "not ours", "isnt ours", "arent ours", "not our customers",
		"not our clients", "not our patients", "other insurers", "other tenants", "another tenant",
		"other organisations", "other organizations", "other employees", "other staff", "other members",
		"other students", "other drivers", "other accounts", "other tenants data", "attached to other",
		"assigned to other", "assigned to the wrong", "attached to the wrong", "mixed between", "mixed up between",
		"swapped between", "two other organisations", "two other organizations",
		// in the other languages of the rules
		"non sono nostri", "non sono nostre", "di altri", "di altre", "un altra azienda", "un altro cliente", "un altro studio", "d autres",
		"d un autre", "d une autre", "van andere", "niet van ons", "anderer", "von anderen", "de otros",
		"de otras", "de outros", "de outras", "de otra persona", "de otro cliente", "de otra", "fremde", "nicht zu uns",
		// someone else's in the writer's own list
		"arent mine", "not mine", "never worked for", "never worked with")
	exposed = class("exposed",
		"exposed", "leaked", "leak", "leaking", "visible to", "viewable by", "publicly", "public link",
		"without any login", "without login", "without logging in", "without a password", "without asking for a password",
		"without any password", "without authentication", "without a token", "without any token", "without an api key",
		"without a key", "without auth", "unauthenticated", "without a bearer token", "sent to external", "external addresses", "went to external",
		"accessed by", "downloaded by", "exported by", "used to export", "on google", "indexed", "anyone with the link",
		"after termination", "not recognise", "not recognize", "dont recognise",
		"dont recognize", "unfamiliar ip", "unknown ip", "no mfa", "without mfa", "former contractor", "former employee",
		"publicly readable", "world readable", "allows anonymous", "anonymous access", "anonymous read", "no sign request",
		"whose contract ended", "whose contract has ended", "whose contract had ended", "after her contract ended",
		"after his contract ended", "after their contract ended", "leavers still",
		"ex employee", "full export", "exported the full", "opened straight away", "open to anyone", "shared publicly",
		"visible to everyone", "visible to anyone", "anyone can see", "anyone can open", "external agencies",
		"outside our organisation", "outside our organization", "outside the company",
		// sent to or readable by the wrong people
		"stranger", "strangers", "wrong person", "wrong people", "wrong recipient", "wrong recipients",
		"plain text", "plaintext", "unencrypted", "readable by", "readable to", "unredacted", "isnt one of ours", "not one of ours", "been seen", "who accessed", "who has accessed",
		"sichtbar", "visibles", "visiveis", "visibili",
		// people shown what their role should hide ("store managers, who
		// should only see their own store, can now see every employee")
		"can now see", "can now view", "can see other", "can view other", "could see other", "able to see other",
		"can see each other", "see each others", "should only see", "should only be able to see")
	// openPlace is where anyone can look: "public" + one of them exposes.
	openPlace = class("open place",
		"page", "pages", "portal", "site", "website", "link", "links", "url", "urls", "internet", "web",
		"profile", "profiles", "listing", "listings", "directory", "feed", "search results")
	personal = class("personal data",
		"personal data", "personal details", "names", "name", "date of birth", "dob", "address", "addresses",
		"email addresses", "emails", "medication", "medical", "salaries", "salary", "bank", "bank account",
		"bank details", "payroll", "patient", "patients", "claimant", "claimants", "national insurance", "card",
		"cards", "contact details", "client list", "customer list", "contacts", "contact list", "passport",
		"health", "documents", "letters", "records", "customer data", "client data", "fee", "fees",
		"password", "passwords", "credentials", "api key", "api keys", "tokens", "card numbers", "order history",
		"secrets", "token", "access keys", "private keys",
		"history", "invoices", "statements", "payslips", "phone number", "phone numbers", "contracts", "reports",
		"rechnungen", "bankverbindung", "daten", "telefono", "iban", "direccion", "fichas", "datos", "dados", "dati", "donnees",
		"namen", "adressen", "e mail adressen", "telefonnummern", "kundennummern", "geburtsdatum", "personendaten")
	// PAYMENTS.
	payFn = class("payments",
		"payment", "payments", "payout", "payouts", "pay", "paid", "checkout", "transfers", "transfer",
		"settlement", "settlements", "direct debits", "direct debit", "payroll", "wages", "salaries", "card payments",
		"charge", "charges", "funds", "remittance", "remittances", "any card", "any cards", "card", "cards",
		"donation", "donations", "donate", "deposits", "deposit", "direct debit run", "collection", "collections",
		"betalingen", "betaling", "transacties", "pagamenti", "paiements", "zahlungen", "pagos", "pagamentos", "pagamento", "pago",
		"paiement", "zahlung", "betaling",
		// collections and transfers in the other languages of the rules
		"prelevements", "prelevement", "encaissements", "virements", "lastschriften", "lastschrift",
		"uberweisungen", "cobros", "domiciliaciones", "adeudos", "transferencias", "cobrancas", "boletos",
		"addebiti", "bonifici", "incassi", "incasso", "incasso s", "overboekingen")
	payFailed = class("not arriving",
		"not arrived", "havent arrived", "hasnt arrived", "have not arrived", "has not arrived", "not received",
		"havent received", "hasnt received", "have not received", "not been paid", "not paid", "failing", "fail",
		"failed", "fails", "declined", "declining", "rejected", "not going through", "not gone through",
		"havent gone through", "not come through", "not coming through", "never arrived", "not been able",
		"havent been able to", "hasnt been able to", "cant", "cannot", "unable to", "not able to",
		"bouncing", "bounced", "not be able", "wont be able", "the wrong amount", "the wrong amounts",
		"wrong amount", "wrong amounts", "nothing", "wont take", "will not take", "doesnt take", "does not take",
		"isnt taking", "not taking", "wont accept", "doesnt accept", "not accepting", "refuses", "refusing",
		"geweigerd", "mislukt", "mislukken", "rifiutati", "rifiutate", "refuses", "refusees", "abgelehnt",
		"rechazados", "rechazadas", "recusados", "recusadas",
		// the run that pays did not happen ("the direct debit
		// collection did not run", "the pay run won't export")
		"did not run", "didnt run", "has not run", "hasnt run", "have not run", "havent run", "wont run",
		"wont export", "will not export", "did not go out", "didnt go out",
		// a run that has not gone, been sent, submitted or collected
		// ("our direct debit run for the 1st doesn't seem to have gone",
		// "card donations not collected", "les prélèvements n'ont pas
		// été émis")
		"not gone", "havent gone", "hasnt gone", "have not gone", "has not gone", "seem to have gone",
		"not been submitted", "not submitted", "not been collected", "not collected", "not been processed",
		"not taken place", "to have taken place", "pas ete emis", "pas ete emises", "pas ete envoyes",
		"pas ete preleves", "pas ete effectues", "non emis", "non emises", "non preleves", "non effectues", "nicht eingezogen", "nicht ausgefuhrt", "no se han cobrado",
		"no se han procesado", "nao foram cobrados", "nao foram processados",
		// none of them sent or succeeded ("1,412 merchant settlements for
		// today, none of them have been sent to the bank")
		"none of them have been sent", "none of them has been sent", "none have been sent", "not been sent",
		"havent been sent", "hasnt been sent", "none of them sent", "none sent", "none succeeded",
		"none of them succeeded", "none of them went through", "none went through",
		// none of them, in the other languages of the rules
		"nenhum", "nenhuma", "ningun", "ninguna", "nessun", "nessuna", "kein", "keine", "aucun", "aucune", "geen")
	// payGoes: a payment going through, denied by a "no" before it
	// payTakes: a means of paying takes or accepts payments, under a
	// "none of" before it
	payTakes = class("taking", "taking", "take", "takes", "accepting", "accept", "accepts", "processing",
		"process", "processes")
	payGoes = class("going through",
		"going through", "coming through", "coming in", "getting through", "arriving", "processed", "processing")
	// Frames that cancel a clause.
	supposing = class("supposing",
		"if", "whether", "would", "suppose", "imagine", "hypothetically", "might", "prevent", "avoid", "ensure",
		"make sure", "in case", "what happens", "what if", "test", "demo", "sandbox", "staging", "last year",
		"last month", "last week", "yesterdays", "resolved", "fixed", "restored", "back up", "working again",
		"back to normal", "policy", "policies", "should", "risk", "could lead", "rather than",
		// how things normally go, not what happened
		"normally", "usually", "typically", "as a rule", "by design")
	denial = class("denied", "no", "not", "nothing", "never", "none", "nor", "without",
		"nicht", "nichts", "kein", "keine", "keiner", "nie", "ohne")
	partial = class("partial",
		"only", "some users", "some of", "a few", "one user", "one of our users", "a colleague", "one colleague",
		"intermittent", "intermittently", "sometimes", "occasionally", "except", "single user", "just me",
		"only me", "for me", "everyone else", "some", "# in #", "# out of #", "one in", "now and then")
	// MINE: one person's own view ("my screen", "for me", "a customer")
	mine = class("mine", "i", "me", "my", "mine", "one", "single", "his", "her")
	// ROW DOWN: a state that says the function does nothing, as a list's
	// rows say it
	rowDown = class("down", "down", "offline", "unavailable", "unreachable", "dead", "blank screen", "white screen",
		"frozen")
	// ANY, denied: not a single one of the acts goes
	anyOf  = class("any", "any", "single", "any of the")
	refuse = class("will not",
		"wont", "will not", "dont", "do not", "doesnt", "does not", "didnt", "did not", "isnt", "arent", "cant",
		"cannot", "can not", "couldnt", "could not", "unable to", "not", "no longer", "refuses to", "fails to")
	// REJECTS: a machine turning each one away ("reject every ticket")
	rejects = class("rejects",
		"reject", "rejects", "rejecting", "decline", "declines", "declining", "refuse", "refuses", "refusing",
		"bounce", "bounces", "bouncing", "block", "blocks", "blocking", "deny", "denies", "denying")
	// MACHINES: the things a business's day runs on, each of them a
	// function: all of them down is the function down
	machines = class("machines",
		"terminals", "tills", "scanners", "handhelds", "devices", "printers", "label printers", "lifts", "elevators",
		"doors", "gates", "turnstiles", "barriers", "readers", "card readers", "badge readers", "kiosks",
		"cameras", "tablets", "sensors", "panels", "locks", "buildings", "registers", "pos terminals", "phones",
		"phone lines", "lines", "vans", "vehicles", "terminal", "till", "scanner", "device", "printer", "lift",
		"elevator", "door", "gate", "turnstile", "reader", "kiosk", "camera", "sensor", "panel", "building",
		"register", "vehicle")
	// OPERATES: a thing doing its work ("the badges open the doors")
	operates = class("works",
		"open", "opens", "connect", "connects", "load", "loads", "work", "works", "respond", "responds", "print",
		"prints", "scan", "scans", "sync", "syncs", "unlock", "unlocks", "start", "starts", "boot", "boots",
		"turn on", "come up", "comes up", "come online", "go through", "goes through", "get through", "arrive",
		"arrives", "is getting", "are getting", "is receiving", "are receiving", "get", "gets", "receive", "receives")
	// SEES: what a clause that shows an error ends on
	sees = class("sees", "get", "gets", "getting", "see", "sees", "seeing", "receive", "receives", "comes up",
		"come up")
	// every + a group of people or places ("every visitor", "each store",
	// "all drivers") is everyone, as "everyone" is
	quantAll = class("every", "every", "each", "all", "all the", "each of our", "every one of our", "every single",
		"all of the", "all our", "all of our")
	// the whole of a group ("the whole crew"), never of acts
	wholeOf = class("whole", "whole", "entire")
	// ACTS: what a business's users do many times a day; every one of
	// them failing is the function down ("every card payment is declined",
	// "every request returns 500", "all pick confirmations rejected")
	acts = class("acts",
		"request", "requests", "call", "calls", "api call", "api calls", "payment", "payments", "card payment",
		"card payments", "transaction", "transactions", "order", "orders", "submission", "submissions", "submit",
		"attempt", "attempts", "login", "logins", "log in", "sign in", "page", "pages", "upload", "uploads",
		"scan", "scans", "sync", "syncs", "confirmation", "confirmations", "booking", "bookings", "checkout",
		"checkouts", "sale", "sales", "attachment", "attachments", "download", "downloads", "search", "searches",
		"job", "jobs", "url", "urls", "endpoint", "endpoints", "screen", "screens", "shipment", "shipments",
		"label", "labels", "route", "routes", "delivery", "deliveries", "prescription", "prescriptions", "ticket",
		"tickets", "pass", "passes", "badge", "badges", "work orders", "card", "cards")
	group = class("group",
		"user", "users", "visitor", "visitors", "customer", "customers", "client", "clients", "member", "members",
		"staff", "employee", "employees", "agent", "agents", "driver", "drivers", "cashier", "cashiers",
		"patient", "patients", "student", "students", "teacher", "teachers", "nurse", "nurses", "doctor",
		"doctors", "guest", "guests", "caller", "callers", "shopper", "shoppers", "buyer", "buyers", "colleague",
		"colleagues", "technician", "technicians", "engineer", "engineers", "store", "stores", "shop", "shops",
		"branch", "branches", "site", "sites", "location", "locations", "office", "offices", "clinic", "clinics",
		"warehouse", "warehouses", "depot", "depots", "restaurant", "restaurants", "till", "tills", "device",
		"devices", "terminal", "terminals", "browser", "browsers", "team", "teams", "department", "departments",
		"crew", "crews", "workforce", "pc", "pcs", "computer", "computers", "machine", "machines", "laptop", "laptops",
		"workstation", "workstations", "tablet", "tablets", "phone", "phones", "handheld", "handhelds", "scanner",
		"scanners", "practice", "school", "firm", "company", "organisation", "organization", "business", "hotel",
		"hotels", "venue", "venues")
	// WE: the writer's business as a whole ("we can't ship")
	we = class("we", "we", "were", "weve", "our team", "our staff", "our company", "our business", "the business",
		"the company", "our stores", "our shops", "our branches", "our warehouse", "our clinic", "our office",
		"the warehouse", "the shop", "the store", "the clinic", "the office")
	// BUSINESS: what a business does for a living; not doing it at all is
	// the protocol's "major business impact"
	business = class("business",
		"ship", "ship anything", "dispatch", "deliver", "trade", "sell", "sell anything", "invoice", "bill",
		"take orders", "take any orders", "take payments", "take any payments", "take bookings", "take card payments",
		"take cards", "accept payments", "accept cards", "process orders", "process payments", "process sales",
		"process any", "treat patients", "see patients", "serve customers", "serve anyone", "run payroll",
		"pay our staff", "pay staff", "pay our employees", "cash up", "print labels", "print any labels",
		"book appointments", "make bookings", "check in guests", "check anyone in", "board", "place orders",
		"place an order", "place any orders", "complete orders", "complete sales", "complete a sale", "clock on",
		"clock in", "dispense", "admit patients", "book patients", "issue tickets", "issue invoices", "send invoices")
	// STOPPED: the flow no longer comes ("orders stopped coming in at 14:00")
	stoppedFlow = class("stopped coming",
		"stopped coming", "stopped arriving", "stopped going", "stopped syncing", "stopped printing",
		"stopped appearing", "stopped being", "stopped transferring", "stopped flowing", "not coming in",
		"not coming through", "arent coming through", "arent coming in", "no longer coming", "no longer arriving",
		"havent come", "not going out", "arent going out", "not being created")
	// DONE: what a day's orders normally do ("no bookings can be taken")
	doneFlow = class("gone through",
		"can be taken", "can be made", "can be placed", "can be processed", "can be completed", "can be booked",
		"can be shipped", "can be sent", "have gone through", "has gone through", "went through", "go through",
		"are going through", "have come in", "has come in", "came in", "are coming in", "have been taken",
		"have been placed", "have been processed", "have been shipped", "have completed", "have been completed",
		"got through", "are being processed", "are being taken")
	// NONE of the business's daily flow has come in ("zero bookings since
	// last night", "not a single order today")
	zero   = class("zero", "zero", "no", "not a single", "not one", "not one single", "0", "none of the", "none of our")
	flowed = class("flow",
		"orders", "order", "bookings", "booking", "sales", "sale", "payments", "payment", "transactions",
		"deliveries", "appointments", "reservations", "tickets", "calls", "signups", "sign ups", "shipments",
		"check ins", "checkins", "card payments")
	since = class("since", "since", "today", "all day", "all morning", "this morning", "overnight", "so far")
	// WRONG: figures wrong in bulk ("3,000 clients charged double", "the
	// stock numbers are wrong for every product")
	figures = class("figures",
		"invoice", "invoices", "amount", "amounts", "total", "totals", "balance", "balances", "price", "prices",
		"stock", "stock levels", "stock numbers", "quantities", "numbers", "figures", "charges", "payments",
		"payslips", "salaries", "wages", "results", "values", "bills", "statements", "customer", "customers",
		"client", "clients", "product", "products", "order", "orders", "account", "accounts")
	wrongly = class("wrong",
		"wrong", "incorrect", "corrupted", "corrupt", "scrambled", "garbage", "nonsense", "charged twice",
		"billed twice", "charged double", "double charged", "debited twice", "from last month", "from last year",
		"the wrong", "zeros", "zeroes", "zeroed", "set to zero", "set to 0", "all zero", "blank", "blanked")
)

// clause is a run of the writer's words between sentence ends and
// clause breaks ("but", "while").
type clause struct {
	field       string
	offset, end int
	words       []string
	// at and to are each word's byte range in the source
	at, to []int
	// bits are each word's firstBits and ids its id in firstTable, looked
	// up once per clause; any is their union and num says a word is a
	// number
	bits []uint64
	ids  []int32
	any  uint64
	num  bool
	ask  bool
}

// line returns c's words with their firstBits.
func (c *clause) line() line { return line{c.words, c.bits, c.ids, c.any, c.num} }

// clauseBreak reports whether w ends a clause inside a sentence.
func clauseBreak(w []byte) bool {
	switch string(w) {
	case "but", "however", "although", "though", "while", "whereas", "except", "apart":
		return true
	}
	return false
}

// wordLower maps the ASCII letters and digits to themselves in lower
// case and every other byte to 0: one look-up says whether a byte
// continues a word and what it becomes.
var wordLower = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	t['_'] = '_' // an identifier is one word, as the folder reads it
	return t
}()

// joinFirst marks the first bytes of what can join two parts of a word
// ("can't", "can’t", "14,212").
var joinFirst = [256]bool{'\'': true, 0xE2: true, ',': true, '.': true}

// clauses splits the writer's text of src into clauses of folded words.
// The folded words are substrings of one lowered copy of src.
func clauses(field, src string, out []clause) []clause {
	var z composer
	return z.clauses(field, src, out)
}

// composer holds the scratch space of clauses, kept across calls.
type composer struct {
	// keep says the words of the clauses go to strs, pos and bits,
	// reused after reset, instead of new arrays each call.
	keep bool
	strs []string
	pos  []int
	bits []uint64
	ids  []int32

	low   []byte
	words []cword
	brks  []cbreak
	out   []clause // the clauses scratch hands out
}

// scratch returns the clauses of src in z's arrays, valid until z's next
// use: for a look at the clauses around one hit, without allocating them.
func (z *composer) scratch(field, src string) []clause {
	z.keep = true
	z.reset()
	z.out = z.clauses(field, src, z.out[:0])
	return z.out
}

type cword struct{ lo, hi, at, to int }

type cbreak struct {
	after int // number of words before the break
	ask   bool
}

// reset lets a keeping composer reuse its arrays: the clauses it handed
// out before are no longer read.
func (z *composer) reset() {
	z.strs, z.pos, z.bits, z.ids = z.strs[:0], z.pos[:0], z.bits[:0], z.ids[:0]
}

// clauses is the package function with z's scratch space.
func (z *composer) clauses(field, src string, out []clause) []clause {
	low, words, brks := z.low[:0], z.words[:0], z.brks[:0]
	defer func() { z.low, z.words, z.brks = low[:0], words[:0], brks[:0] }()
	type word = cword
	type brk = cbreak
	wordAt, inWord := 0, false
	endWord := func(off int) {
		if !inWord {
			return
		}
		inWord = false
		w := &words[len(words)-1]
		w.hi, w.to = len(low), off
		if clauseBreak(low[w.lo:w.hi]) {
			words = words[:len(words)-1]
			low = low[:w.lo]
			brks = append(brks, brk{after: len(words)})
		}
	}
	for off := 0; off < len(src); {
		r, size := rune(src[off]), 1
		if wordLower[src[off]] != 0 {
			// a run of ASCII letters and digits at once, lowered into
			// room made for the rest of src: only its last byte can be
			// followed by a join
			if !inWord {
				inWord, wordAt = true, off
				words = append(words, word{lo: len(low), at: wordAt})
			}
			k := len(low)
			low = slices.Grow(low, len(src)-off)[:k+len(src)-off]
			end := off
			for ; end < len(src); end++ {
				c := wordLower[src[end]]
				if c == 0 {
					break
				}
				low[k] = c
				k++
			}
			low = low[:k]
			off = end
			if end+1 < len(src) && joinFirst[src[end]] {
				off = joinAt(src, end, rune(src[end-1]))
			}
			continue
		}
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[off:])
		}
		switch {
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if !inWord {
				inWord, wordAt = true, off
				words = append(words, word{lo: len(low), at: wordAt})
			}
			if r < foldTableSize {
				low = append(low, foldOf(r).s...) // "données" as the rules read it, "donnees"
			} else {
				low = utf8.AppendRune(low, unicode.ToLower(r))
			}
			off = joinAt(src, off+size, r)
			continue
		default:
			endWord(off)
			switch r {
			case '.', '!', ';':
				brks = append(brks, brk{after: len(words)})
			case '\n':
				if off+1 < len(src) && (src[off+1] == '\n' || src[off+1] == '>') {
					brks = append(brks, brk{after: len(words)})
				}
			case '?':
				brks = append(brks, brk{after: len(words), ask: true})
			}
		}
		off += size
	}
	endWord(len(src))
	brks = append(brks, brk{after: len(words)})
	text := string(low)
	n := len(words)
	var strs []string
	var ats, tos []int
	var bits []uint64
	var ids []int32
	if z.keep {
		// appended after the clauses handed out since reset: those stay
		// valid (a grown array leaves them on the old one)
		k := len(z.strs)
		z.strs, z.pos, z.bits = slices.Grow(z.strs, n)[:k+n], slices.Grow(z.pos, 2*n)[:2*k+2*n], slices.Grow(z.bits, n)[:k+n]
		z.ids = slices.Grow(z.ids, n)[:k+n]
		strs, bits, ids = z.strs[k:], z.bits[k:], z.ids[k:]
		ats, tos = z.pos[2*k:2*k+n:2*k+n], z.pos[2*k+n:]
	} else {
		pos := make([]int, 2*n)
		strs, bits, ids = make([]string, n), make([]uint64, n), make([]int32, n)
		ats, tos = pos[:n:n], pos[n:]
	}
	for k, w := range words {
		strs[k], ats[k], tos[k] = text[w.lo:w.hi], w.at, w.to
		bits[k], ids[k] = firstTable.get(low[w.lo:w.hi], textHead(low, int32(w.lo), int32(w.hi)))
	}
	from := 0
	for _, b := range brks {
		if b.after <= from {
			if b.ask && len(out) > 0 && from > 0 && out[len(out)-1].field == field {
				out[len(out)-1].ask = true
			}
			continue
		}
		c := clause{field: field, offset: ats[from], end: tos[b.after-1], ask: b.ask,
			words: strs[from:b.after:b.after], at: ats[from:b.after:b.after], to: tos[from:b.after:b.after],
			bits: bits[from:b.after:b.after], ids: ids[from:b.after:b.after]}
		for k, bk := range c.bits {
			c.any |= bk
			// a word is never empty; a number starts with a digit
			c.num = c.num || c.words[k][0] <= '9' && digitsOnly(c.words[k])
		}
		out = append(out, c)
		from = b.after
	}
	if field == FieldSubject && howToAt(strs) >= 0 {
		// "How to reset another user's password": the subject asks for
		// instructions, whatever it names
		for k := range out {
			if out[k].field == FieldSubject {
				out[k].ask = true
			}
		}
	}
	return out
}

// joinAt returns the offset after the apostrophe of "can't" or the
// separator of "14,212" at off, where r ends a word and the word goes on;
// off otherwise.
func joinAt(src string, off int, r rune) int {
	if off+1 >= len(src) {
		return off
	}
	if !joinFirst[src[off]] {
		return off
	}
	n, nsize := utf8.DecodeRuneInString(src[off:])
	if (n == '\'' || n == '’') && elided(src[:off]) {
		return off // "l'accueil", "n'arrive": two words, as the rules read them
	}
	if (n == '\'' || n == '’') && unicode.IsDigit(r) && swissThousands(src, off, off+nsize) {
		return off + nsize // "3'800": the Swiss thousands, one number
	}
	if n == '\'' || n == '’' || unicode.IsDigit(r) && (n == ',' || n == '.') {
		next, _ := utf8.DecodeRuneInString(src[off+nsize:])
		if n == '\'' || n == '’' {
			if unicode.IsLetter(next) {
				return off + nsize
			}
		} else if unicode.IsDigit(next) {
			return off + nsize
		}
	}
	return off
}

// elided reports whether the word that src ends with is a French elided
// article, pronoun or negation ("l'", "d'", "n'", "qu'", "jusqu'"): the
// apostrophe after it parts two words ("n'arrive" is "n arrive", as the
// French classes write it), where English "can't" and "I'm" join.
func elided(src string) bool {
	i := len(src)
	for i > 0 && (src[i-1]|0x20 >= 'a' && src[i-1]|0x20 <= 'z') {
		i--
	}
	if i > 0 && (src[i-1] >= 0x80 || src[i-1] >= '0' && src[i-1] <= '9') {
		return false // a word that goes on before: "Müller'", "4t'"
	}
	switch strings.ToLower(src[i:]) {
	case "l", "d", "n", "j", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quelqu":
		return true
	}
	return false
}

// writerText returns the part of a body the composer reads: without
// lines quoted by '>' and, in a reply, without the history below it; a
// forward keeps the forwarded mail (it is what the writer reports).
func writerText(subject, body string) string {
	if isReply(subject) {
		if cut := historyStart(body, 0); cut >= 0 && (!isForward(subject) || newsForward(body[:cut])) {
			body = body[:cut]
		}
	}
	if !strings.Contains(body, "\n>") && !strings.HasPrefix(body, ">") {
		return body
	}
	var b strings.Builder
	for line := range strings.Lines(body) {
		if strings.HasPrefix(strings.TrimSpace(line), ">") {
			// blank it, keeping offsets: evidence points into the body
			n := len(strings.TrimRight(line, "\n"))
			b.WriteString(strings.Repeat(" ", n))
			b.WriteString(line[n:])
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}

// news says the writer forwards something to read about, not a report
// ("our IT forwarded this industry newsletter about a breach elsewhere").
var news = class("news",
	"newsletter", "article", "news", "advisory", "blog", "press release", "read about", "heard about",
	"industry", "webinar", "announcement")

// newsForward reports whether the writer's text above a forwarded mail
// calls it news.
func newsForward(top string) bool {
	for _, c := range clauses(FieldBody, top, nil) {
		if i, _ := news.find(c.line(), 0); i >= 0 {
			return true
		}
	}
	return false
}

// composed is one finding of the composer.
type composed struct {
	kind  string // "outage", "business", "corrupt", "data", "mixed", "exposed", "payments"
	words string // the class words, joined by " + "
	match string // the source text from the first class word to the last
	// lo and hi are the first and last class word's index in the clause
	lo, hi int
	field  string
	off    int
	end    int // byte offset where the clause ends
	// past says the clause tells of the past ("when nobody could log in").
	past bool
	// access says an outage is of getting in at all (log in, sign in).
	access bool
	// report says an outage is of a feature that reports on the work
	// (an export, a report, a dashboard), named in its clause or the
	// subject: the protocol's broken core feature (P2), not an outage.
	report bool
}

// lowered says a workaround the writer names lowers the finding to P2:
// a soft one, or payments that some can still make.
func (f *composed) lowered() bool {
	return f.soft() || f.kind == "payments" && !payHard(f)
}

// payHard says a payments finding is one a workaround does not lower:
// no one can pay at all ("none of our 14 locations can close a card
// sale", "every card is declined") or a run that pays or collects for
// many failed (payroll, a pay run, a collection). One way of paying
// failing while another works ("card payment works normally") or one
// payment to check is degraded with a workaround (P2).
func payHard(f *composed) bool {
	for w := range strings.FieldsSeq(f.words + " " + strings.ToLower(f.match)) {
		switch w {
		case "none", "nobody", "every", "all", "any", "payroll", "wages", "salaries", "run", "runs",
			"collection", "collections", "collected":
			return true
		}
	}
	return false
}

// soft says a workaround the writer names lowers the finding to P2: the
// business is hit but goes on another way ("we take orders by phone").
func (f *composed) soft() bool {
	return f.kind == "outage" || f.kind == "business" || f.kind == "corrupt"
}

// compose reads subject and body and returns its findings.
func compose(subject, body string) []composed {
	var z composer
	return z.compose(subject, body)
}

// compose is the package function with z's scratch space.
func (z *composer) compose(subject, body string) []composed {
	text := writerText(subject, body)
	cs := z.clauses(FieldSubject, subject, nil)
	return z.composeIn(subject, text, z.clauses(FieldBody, text, cs))
}

// composeIn composes the clauses cs of subject and the writer's text.
func (z *composer) composeIn(subject, text string, cs []clause) []composed {
	src := func(field string) string {
		if field == FieldSubject {
			return subject
		}
		return text
	}
	var out []composed
	for k, c := range cs {
		if c.ask {
			continue
		}
		ws := c.words
		l := c.line()
		if supposedIn(l) {
			continue
		}
		f, ok := composeClause(l)
		if !ok {
			f, ok = germanClause(l)
		}
		if !ok && k+1 < len(cs) && cs[k+1].field == c.field && !cs[k+1].ask {
			f, ok = seesNext(l, cs[k+1].line())
		}
		if !ok {
			f, ok = exposedNear(cs, k)
		}
		if ok {
			f.field, f.end = c.field, c.end
			f.off = c.at[f.lo]
			f.match = src(c.field)[f.off:c.to[f.hi]]
			for _, w := range ws {
				f.past = f.past || may(pastFilter, w) && pastWords[w]
				f.report = f.report || may(reportFilter, w) && reportWords[w]
			}
			if f.kind != "outage" || f.access {
				f.report = false
			} else if !f.report {
				f.report = z.reportSubject(subject)
			}
			out = append(out, f)
		}
	}
	return out
}

// seesNext composes a clause that ends on what everyone sees ("This is
// what all 300 of our users get right now:") with the error shown in the
// next one.
func seesNext(l, next line) (composed, bool) {
	v, vn := sees.find(l, max(0, len(l.ws)-4))
	if v < 0 || len(l.ws)-v-vn > 3 {
		return composed{}, false
	}
	s, sn := allScope(l)
	if s < 0 || s+sn > v {
		return composed{}, false
	}
	d, dn := down.find(next, 0)
	if d < 0 || deniedAt(next, d) {
		return composed{}, false
	}
	f := found("outage", l.ws, s, sn, v, vn)
	f.words += " + " + phrase(next.ws, d, dn)
	return f, true
}

// exposure finds in l an exposure word not denied, or a gate that is
// missing: "no" or "without" and a sign-in word at most three words on
// ("without asking for any login", "no login needed"), not a phrase a
// writer has to hit word for word.
func exposure(l line) (int, int) {
	if e, en := exposed.find(l, 0); e >= 0 && !deniedAt(l, e) {
		return e, en
	}
	for i, w := range l.ws {
		if w == "public" && !deniedAt(l, i) {
			// a public place, not a public holiday: "on the public
			// records request portal"
			if p, pn := openPlace.near(l, i+1, 3); p >= 0 {
				return i, p + pn - i
			}
		}
		if w != "no" && w != "without" {
			continue
		}
		if g, gn := signIn.near(l, i+1, 3); g >= 0 && l.ws[g] != "access" && l.ws[g] != "get" {
			return i, g + gn - i
		}
	}
	return -1, 0
}

// exposedNear composes an exposure in clause k with the personal data
// named in the clause just before or after it: writers say what is shown
// and that it is open in two sentences ("... shows each volunteer's phone
// number and home address." + "This page is publicly accessible without
// login.").
func exposedNear(cs []clause, k int) (composed, bool) {
	l := cs[k].line()
	e, en := exposure(l)
	if e < 0 {
		return composed{}, false
	}
	for _, j := range [...]int{k - 1, k + 1} {
		if j < 0 || j >= len(cs) || cs[j].field != cs[k].field || cs[j].ask {
			continue
		}
		n := cs[j].line()
		if supposedIn(n) {
			continue
		}
		if d, dn := personal.find(n, 0); d >= 0 && !deniedAt(n, d) {
			f := found("exposed", l.ws, e, en)
			f.words = phrase(n.ws, d, dn) + " + " + f.words
			return f, true
		}
	}
	return composed{}, false
}

// found makes a finding of kind from the class matches at (index,
// length) pairs of ws.
func found(kind string, ws []string, spans ...int) composed {
	f := composed{kind: kind, lo: len(ws)}
	var parts []string
	for k := 0; k+1 < len(spans); k += 2 {
		i, n := spans[k], spans[k+1]
		parts = append(parts, phrase(ws, i, n))
		f.lo, f.hi = min(f.lo, i), max(f.hi, i+n-1)
	}
	f.words = strings.Join(parts, " + ")
	if kind == "outage" {
		for k := 0; k+1 < len(spans); k += 2 {
			if i, _ := signIn.find(line{ws: ws[spans[k] : spans[k]+spans[k+1]]}, 0); i >= 0 {
				f.access = true
			}
		}
	}
	return f
}

// phrase returns the words of ws at i, n.
func phrase(ws []string, i, n int) string { return strings.Join(ws[i:i+n], " ") }

// deniedAt says a denial word stands just before word i ("not lost",
// "no data").
func deniedAt(l line, i int) bool {
	return deniedBefore(l, i, 2, false)
}

// deniedWithin is deniedAt over the n words before i: the work denied
// with its verb ("we can't produce the file by hand", "I did not try to
// change the token by hand") is not done.
func deniedWithin(l line, i, n int) bool {
	return deniedBefore(l, i, n, true)
}

// deniedBefore reports whether a denial word (with verbs, a negated verb
// too) stands in the n words before i.
func deniedBefore(l line, i, n int, verbs bool) bool {
	for k := max(0, i-n); k < i; k++ {
		if len(denial.byFirst[l.ws[k]]) > 0 || verbs && negatedVerbs[l.ws[k]] {
			return true
		}
	}
	return false
}

// negatedVerbs deny the verb they stand with.
var negatedVerbs = map[string]bool{"cant": true, "cannot": true, "couldnt": true, "wont": true, "didnt": true,
	"dont": true, "doesnt": true, "unable": true, "shouldnt": true, "mustnt": true}

// slowedDown reports whether the "down" at i closes a slowing ("this is
// slowing everyone down", "slows us down"): slower, not unavailable.
func slowedDown(l line, i int) bool {
	if l.ws[i] != "down" {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if strings.HasPrefix(l.ws[k], "slow") {
			return true
		}
	}
	return false
}

// noneWorks reads "none of" + the things + a verb of their working, no
// "can" needed: "none of the staff badges open the front doors", "none
// of the handheld scanners connect", "none of the kitchen printers are
// getting orders". People doing something ("none of our staff work on
// Sundays") are not things failing.
func noneWorks(l line, s, sn int) (composed, bool) {
	ws := l.ws
	if !noneWords[ws[s]] {
		return composed{}, false
	}
	v, vn := operates.find(l, s+sn)
	if v < 0 || v-s-sn > 7 || v-s-sn < 1 || people[ws[v-1]] || everything[ws[v-1]] || placeWords[ws[v-1]] {
		return composed{}, false
	}
	if g, _ := sees.near(l, v, vn-1); g >= 0 {
		// getting what flows: "are getting orders"
		if f, fn := flowed.near(l, v+vn, 1); f >= 0 {
			return found("business", ws, s, sn, v, vn, f, fn), true
		}
		return composed{}, false
	}
	return found("outage", ws, s, sn, v, vn), true
}

// chosen says the refusal from r to the acts ending at e is the
// business's own rule or a subset: "we decline all cards from outside the
// EU", "reject every ticket that was already scanned".
func chosen(l line, r, e int) bool {
	if r > 0 && (l.ws[r-1] == "we" || l.ws[r-1] == "i" || l.ws[r-1] == "you") {
		return true
	}
	return e < len(l.ws) && restrictors[l.ws[e]]
}

var restrictors = map[string]bool{"that": true, "which": true, "from": true, "with": true, "without": true,
	"over": true, "under": true, "outside": true, "above": true, "below": true, "except": true, "unless": true,
	"if": true, "when": true, "older": true, "after": true, "before": true}

// scheduled says the "closed" at d is a schedule ("closed on Friday for
// the holiday"), not a function down.
func scheduled(l line, d int) bool {
	return l.ws[d] == "closed" && d+1 < len(l.ws) && scheduleWords[l.ws[d+1]]
}

var scheduleWords = map[string]bool{"on": true, "for": true, "over": true, "until": true, "between": true,
	"during": true, "at": true, "from": true, "every": true, "each": true, "tomorrow": true, "next": true}

// placeWords before a verb make it a noun: "nobody at work can tell me".
var placeWords = map[string]bool{"at": true, "to": true, "for": true, "from": true, "in": true, "of": true,
	"after": true, "before": true, "the": true, "my": true, "our": true}

// everything working is the rest fine: "nessuno dei nostri dati è
// sparito, tutto funziona".
var everything = map[string]bool{"everything": true, "else": true, "tutto": true, "alles": true, "tout": true,
	"todo": true, "tudo": true, "rest": true}

// partOf opens what names a part of the product, not the product: "can
// open any of the quizzes", "can open some reports".
var partOf = map[string]bool{"any": true, "some": true, "certain": true, "specific": true, "their": true,
	"his": true, "her": true, "individual": true, "particular": true}

// lostOffice says the "lost" at w names what was lost by others and is
// kept for them: "lost property", "lost and found", "lost luggage".
func lostOffice(l line, w int) bool {
	if l.ws[w] != "lost" || w+1 >= len(l.ws) {
		return false
	}
	switch l.ws[w+1] {
	case "property", "luggage", "baggage", "items":
		return true
	case "and":
		return w+2 < len(l.ws) && l.ws[w+2] == "found"
	}
	return false
}

// storedCompound says w is a compound noun of stored records, as German,
// Dutch and the Nordic languages write them: "kundedata",
// "vandingsprogrammer", "Sendepläne", "klantgegevens".
func storedCompound(w string) bool { return compoundOf(w, compoundStored) }

// compoundOf says w is a compound ending in one of suffixes, with at
// least three letters before it.
func compoundOf(w string, suffixes []string) bool {
	for _, suf := range suffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var compoundStored = []string{"data", "daten", "gegevens", "programmer", "programme", "programma", "recepter",
	"rezepte", "planer", "plane", "plannen", "ordrer", "ordrar", "bestellungen", "bestellingen", "rechnungen",
	"facturen", "fakturaer", "fakturor", "dokumenter", "dokumente", "documenten", "filer", "dateien", "bestanden",
	"poster", "eintrage", "registraties", "kontakter", "kontakte", "historik", "historie", "journaler",
	"rapporten", "rapporter", "rapporte", "berichte", "fotos", "datenbank", "datenbanken", "buchungen", "belege"}

// digitsOrCount says w is a number, in figures or a word ("three").
func digitsOrCount(w string) bool {
	return digitsOnly(w) || numberWords[w] > 0
}

// composeClause composes one clause.
func composeClause(l line) (composed, bool) {
	ws := l.ws
	p, _ := partial.find(l, 0)
	// everyone or no one + critical function + blocked or down
	if p < 0 {
		if s, sn := scopeNone.find(l, 0); s >= 0 {
			if a, an := ability.find(l, s+sn); a >= 0 && a-s-sn <= 8 {
				if f, fn := accessFn.find(l, a+an); f >= 0 && f-a-an <= 2 {
					// no one can open, reach or use it at all: no way in
					// is left, whatever the writer falls back on
					c := found("outage", ws, s, sn, a, an, f, fn)
					c.access = c.access || f+fn < len(ws) && !partOf[ws[f+fn]]
					return c, true
				}
				// no one can do the day's work ("none of our locations
				// can close a card sale")
				if f, fn := acts.find(l, a+an); f >= 0 && f-a-an <= 3 {
					return found(actKind(l, a+an, f+fn), ws, s, sn, a, an, f, fn), true
				}
			}
			if c, ok := noneWorks(l, s, sn); ok {
				return c, true
			}
		}
		if s, sn := allScope(l); s >= 0 {
			if u, un := unable.find(l, 0); u >= 0 && !deniedAt(l, u) {
				if f, fn := accessFn.find(l, u+un); f >= 0 && f-u-un <= 2 {
					return found("outage", ws, s, sn, u, un, f, fn), true
				}
			}
			if d, dn := down.find(l, 0); d >= 0 && !deniedAt(l, d) && !slowedDown(l, d) && !scheduled(l, d) {
				if f, fn := critical.find(l, 0); f >= 0 {
					return found("outage", ws, s, sn, f, fn, d, dn), true
				}
			}
		}
		// every one of the machines the business works with down ("all
		// lifts show out of service", "every building offline", "all
		// three buildings' panels offline")
		for q, qn := quantAll.find(l, 0); q >= 0; q, qn = quantAll.find(l, q+1) {
			gap := 0
			if q+qn < len(ws) && digitsOrCount(ws[q+qn]) {
				gap = 1
			}
			if m, mn := machines.near(l, q+qn+gap, 0); m >= 0 {
				if d, dn := down.find(l, 0); d >= 0 && !deniedAt(l, d) && !slowedDown(l, d) && !scheduled(l, d) {
					return found("outage", ws, q, qn+gap+mn, d, dn), true
				}
			}
		}
	}
	// a table or list with the function down on row after row ("Leeds |
	// down", "York | down", "Hull | down")
	if d0, _ := rowDown.find(l, 0); d0 >= 0 {
		n, first, last, lastN := 0, -1, 0, 0
		for d, dn := rowDown.find(l, d0); d >= 0; d, dn = rowDown.find(l, d+dn) {
			if deniedAt(l, d) {
				continue
			}
			if n++; first < 0 {
				first = d
			}
			last, lastN = d, dn
		}
		if f, fn := critical.find(l, 0); n >= 3 && f >= 0 {
			return found("outage", ws, f, fn, first, 1, last, lastN), true
		}
	}
	// every one of the acts fails
	if p < 0 {
		// not any of them ("the terminals don't load any work orders",
		// "won't scan any tickets")
		for q, qn := anyOf.find(l, 0); q >= 0; q, qn = anyOf.find(l, q+1) {
			if a, an := acts.near(l, q+qn, 1); a >= 0 {
				if r, rn := refuse.find(l, max(0, q-5)); r >= 0 && r < q {
					if m, _ := mine.find(l, 0); m < 0 {
						return found(actKind(l, r, a+an), ws, r, rn, q, qn, a, an), true
					}
				}
			}
		}
		for q, qn := quantAll.find(l, 0); q >= 0; q, qn = quantAll.find(l, q+1) {
			if a, an := acts.near(l, q+qn, 2); a >= 0 {
				if d, dn := down.find(l, a+an); d >= 0 && !deniedAt(l, d) {
					return found("outage", ws, q, qn, a, an, d, dn), true
				}
				// refused just before: "the gates reject every ticket",
				// "the terminals decline all cards"
				if r, rn := rejects.near(l, max(0, q-1), 0); r >= 0 && r+rn == q && !deniedAt(l, r) && !chosen(l, r, a+an) {
					return found(actKind(l, q, a+an), ws, r, rn, q, qn, a, an), true
				}
			}
		}
	}
	// the business as a whole cannot do what it does for a living: we
	// (or no one named, "Impact: cannot place orders"), not one person
	if p < 0 {
		if u, un := unable.find(l, 0); u >= 0 && !deniedAt(l, u) {
			if b, bn := business.near(l, u+un, 1); b >= 0 {
				if s, sn := we.find(l, max(0, u-4)); s >= 0 && s < u && u-s-sn <= 2 {
					return found("business", ws, s, sn, u, un, b, bn), true
				}
				if m, _ := mine.find(l, 0); m < 0 {
					return found("business", ws, u, un, b, bn), true
				}
			}
		}
		// the daily flow stopped ("orders stopped coming into the system")
		if s, sn := stoppedFlow.find(l, 0); s >= 0 {
			if f, fn := flowed.find(l, max(0, s-6)); f >= 0 && f < s && s-f-fn <= 4 {
				if m, _ := mine.find(l, 0); m < 0 {
					return found("business", ws, f, fn, s, sn), true
				}
			}
		}
		// none of the daily flow since the fault ("zero bookings since 10pm")
		for z, zn := zero.find(l, 0); z >= 0; z, zn = zero.find(l, z+1) {
			if f, fn := flowed.near(l, z+zn, 1); f >= 0 && !(f > z+zn && deniedTrouble[ws[z+zn]]) {
				// ("no lost orders" denies a loss, it names no missing flow)
				if t, tn := since.find(l, 0); t >= 0 {
					return found("business", ws, z, zn, f, fn, t, tn), true
				}
				if d, dn := doneFlow.find(l, f+fn); d >= 0 && d-f-fn <= 3 {
					return found("business", ws, z, zn, f, fn, d, dn), true
				}
			}
		}
		// figures wrong in bulk
		for b, bn := bulk.find(l, 0); b >= 0; b, bn = bulk.find(l, b+1) {
			if d, dn := figures.near(l, b+bn, 2); d >= 0 && bulkCount(ws[b:b+bn]) {
				if w, wn := wrongly.find(l, 0); w >= 0 && (w > d || w < b) && !deniedAt(l, w) && !looksOnly(l) {
					return found("corrupt", ws, b, bn, d, dn, w, wn), true
				}
			}
			// "the numbers are all wrong"
			if d, dn := figures.find(l, max(0, b-3)); d >= 0 && d < b && b-d-dn <= 2 && ws[b] == "all" {
				if w, wn := wrongly.find(l, b+bn); w >= 0 && w-b-bn <= 1 {
					return found("corrupt", ws, d, dn, b, bn, w, wn), true
				}
			}
		}
	}
	// records mixed with another party's
	if m, mn := mixed.find(l, 0); m >= 0 && !deniedAt(l, m) {
		// the records are named apart from the party: "other clients"
		// alone names people, not their records
		if d, dn := outside(dataNoun, l, m, mn); d >= 0 {
			return found("mixed", ws, d, dn, m, mn), true
		}
		if d, dn := outside(personal, l, m, mn); d >= 0 {
			return found("mixed", ws, d, dn, m, mn), true
		}
	}
	// another party's personal data, whoever the party is: "another
	// agency's patient information"
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "another" && strings.HasSuffix(ws[i+1], "s") && !deniedAt(l, i) {
			if d, dn := personal.near(l, i+2, 0); d >= 0 {
				return found("mixed", ws, i, 2, d, dn), true
			}
			// "I'm seeing another charity's volunteers as well as
			// ours": the people of another organisation, shown to the
			// writer, are their records (sevq11)
			if k := slices.IndexFunc(ws[:i], func(w string) bool { return seeingWords[w] }); k >= 0 && peopleShown[ws[i+2]] {
				return found("mixed", ws, k, 1, i, 3), true
			}
		}
	}
	// personal or customer data exposed
	if e, en := exposure(l); e >= 0 {
		if d, dn := personal.find(l, 0); d >= 0 {
			return found("exposed", ws, d, dn, e, en), true
		}
	}
	// stored data wiped in bulk: a count or "all" just before the data
	if w, wn := wiped.find(l, 0); w >= 0 && !deniedAt(l, w) && !lostOffice(l, w) {
		for b, bn := bulk.find(l, 0); b >= 0; b, bn = bulk.find(l, b+1) {
			if !bulkCount(ws[b:b+bn]) || deniedAt(l, b) {
				continue
			}
			// "all revision C and D drawings" (not "all users ... the
			// file"), "the numbers of 12,000 customers", "the points of
			// all members"
			if d, dn := stored.find(l, max(0, b-6)); d > b && d-b-bn <= 5 && !groupIn(ws[b+bn:d]) ||
				d >= 0 && d < b && b-d-dn <= 4 && digitsOnly(ws[b]) ||
				d >= 0 && d+dn+1 == b && ws[d+dn] == "of" {
				return found("data", ws, b, bn, d, dn, w, wn), true
			}
			// the languages that compound their nouns name the records
			// in one word: "alle vandingsprogrammer", "alle Kundendaten"
			for d := b + bn; d < len(ws) && d <= b+bn+3 && d < w; d++ {
				if storedCompound(ws[d]) {
					return found("data", ws, b, bn, d, 1, w, wn), true
				}
			}
		}
	}
	// payments not arriving: the failure next to the payment
	if p < 0 {
		for p, pn := payFn.find(l, 0); p >= 0; p, pn = payFn.find(l, p+1) {
			if notPayment(ws, p) {
				continue // "report card PDFs failing", "what we pay for can't …"
			}
			f, fn := payFailed.find(l, max(0, p-5))
			if f >= 0 && !deniedAt(l, f) && (f >= p+pn && f-p-pn <= 5 || f < p && p-f-fn <= 1) {
				return found("payments", ws, p, pn, f, fn), true
			}
			// none of them goes through: "no donations going through"
			if z, zn := zero.near(l, max(0, p-1), 1); z >= 0 && z+zn == p {
				if g, gn := payGoes.near(l, p+pn, 1); g >= 0 {
					return found("payments", ws, z, zn+pn, g, gn), true
				}
			}
			// none of the means of paying takes a payment: "none of the
			// card readers are taking payment", "none of our terminals
			// accept cards"
			if z, zn := zero.find(l, max(0, p-8)); z >= 0 && z < p && (ws[z] == "none" || z+zn < len(ws) && ws[z] == "no") && !deniedAt(l, z) {
				if g, gn := payTakes.find(l, z+zn); g >= 0 && g < p && p-g-gn <= 1 {
					return found("payments", ws, z, zn, g, gn+pn), true
				}
			}
			// every payment fails, however far the clause puts it:
			// "every card on every terminal in the store has been
			// coming back declined"
			if q, qn := quantAll.near(l, max(0, p-2), 2); q >= 0 && q+qn == p {
				if f, fn := payFailed.find(l, p+pn); f >= 0 && !deniedAt(l, f) {
					return found("payments", ws, q, qn+pn, f, fn), true
				}
			}
		}
	}
	return composed{}, false
}

// outside finds in l a phrase of c that does not overlap the words from
// m to m+mn.
func outside(c wordClass, l line, m, mn int) (int, int) {
	for d, dn := c.find(l, 0); d >= 0; d, dn = c.find(l, d+1) {
		if d+dn <= m || d >= m+mn {
			return d, dn
		}
	}
	return -1, 0
}

// allScope finds everyone in l: a word for it ("everyone", "all our")
// or every (or the whole) + a group ("every visitor", "each store", "the
// whole crew").
func allScope(l line) (int, int) {
	if s, sn := scopeAll.find(l, 0); s >= 0 {
		return s, sn
	}
	for _, c := range []wordClass{quantAll, wholeOf} {
		for q, qn := c.find(l, 0); q >= 0; q, qn = c.find(l, q+1) {
			if g, gn := group.near(l, q+qn, 0); g >= 0 {
				return q, qn + gn
			}
		}
	}
	return -1, 0
}

// actKind is "payments" when the acts from i to j are payments ("close a
// card sale"), else "outage".
func actKind(l line, i, j int) string {
	if p, _ := payFn.find(line{ws: l.ws[i:j]}, 0); p >= 0 {
		return "payments"
	}
	return "outage"
}

// groupIn says ws name a group of people or places.
func groupIn(ws []string) bool {
	i, _ := group.find(line{ws: ws}, 0)
	return i >= 0
}

// bulkCount says a bulk word counts many: a number of at least 50 (or
// thousands written "12,000") or a word ("all", "thousands").
func bulkCount(ws []string) bool {
	if len(ws) == 1 && digitsOnly(ws[0]) {
		n := 0
		for _, r := range ws[0] {
			n = n*10 + int(r-'0')
			if n >= 50 {
				return true
			}
		}
		return false
	}
	if len(ws) == 2 && digitsOnly(ws[0]) {
		return len(ws[1]) == 3 // "12,000": thousands
	}
	return true
}

// composedNotes explain each kind of finding; "promoted to P1" marks a
// stated impact for the settled reading (liveImpact).
var composedNotes = map[string]string{
	"outage":   "composed: everyone (or no one) + a critical function + blocked or down, promoted to P1 unless a workaround is named",
	"data":     "composed: data + wiped or emptied, in bulk, promoted to P1 (data loss)",
	"mixed":    "composed: records + another party's, promoted to P1 (data mixed up across records or organisations)",
	"exposed":  "composed: personal or customer data + exposed to the wrong party, promoted to P1 (security or privacy incident)",
	"payments": "composed: payments + not arriving or failing, promoted to P1 (the business cannot take or pay money)",
	"business": "composed: the business + cannot do what it lives on (ship, sell, treat patients), or none of its orders coming in, promoted to P1 unless a workaround is named",
	"corrupt":  "composed: every one of the figures + wrong, promoted to P1 (data corrupted across the board) unless a workaround is named",
}

// composedWeight is what a composed finding adds to P1: a strong phrase's
// weight.
const composedWeight = 3

// composeP1 adds the composer's first finding to the tally. Data, mixed
// records, exposure and payments are hard P1 (a workaround does not lower
// them); an outage yields to a named workaround or a single user.
func (st *state) composeP1(t *tally) {
	text, cs := st.writer()
	fs := st.w.comp.composeIn(st.subject, text, cs)
	if len(fs) == 0 {
		return
	}
	// the subject of a reply names the old topic; a forward's is the report
	oldSubject := st.reply && !isForward(st.subject)
	if cut := historyStart(st.body, 0); cut >= 0 && isForward(st.subject) && newsForward(st.body[:cut]) {
		oldSubject = true // a forwarded newsletter's subject is its topic
	}
	// a settled mail ("all good now, forwarding for your records") tells
	// of the past: its forwarded history, a forward's subject and clauses
	// in the past tense are context
	settled, history := false, -1
	if e, ok := st.settledBy(); ok {
		settled, history = true, historyStart(st.body, 0)
		if e.Field == FieldBody && history >= 0 && e.Offset > history {
			history = -1 // the settled words are in the history
		}
	}
	var f *composed
	for i := range fs {
		g := &fs[i]
		if g.report || g.field == FieldSubject && (oldSubject || settled) || g.soft() && !g.access && t.single > 0 ||
			settled && (g.past || g.field == FieldBody && history >= 0 && g.off >= history) {
			continue
		}
		if f == nil || f.lowered() && !g.lowered() {
			f = g
		}
	}
	if f == nil {
		return
	}
	for _, e := range st.ev {
		if f.soft() && e.Level == P1 && e.Weight >= composedWeight && e.Field == f.field && e.Offset >= f.off && e.Offset < f.end {
			return // a rule has read the clause as P1 already
		}
	}
	w := float64(composedWeight)
	t.s[P1] += w
	t.ruleP1 = true
	t.problem = true
	if !f.lowered() || f.access {
		// no one can get in at all: what the writer falls back on (paper,
		// phone) is no workaround in the product
		t.hardP1 += w
	}
	st.ev = append(st.ev, Evidence{Rule: "compose: " + f.kind, Match: f.match, Field: f.field, Offset: f.off,
		Level: P1, Weight: w, Note: composedNotes[f.kind] + ": " + f.words})
}

// attempts say a clause reports what was tried, not a way around the
// fault ("we tried with Chrome, Edge and also mobile"), or that the
// thing that works is not the writer's ("our own demo tenant works
// fine"): a workaround phrase in it names none.
var attempts = class("tried",
	"tried", "try", "trying", "tested", "testing", "checked", "same", "either", "also fails", "also failing",
	"our own", "demo", "test tenant", "other tenant", "other tenants", "another tenant", "other customers",
	"reproduced", "home workers", "from home",
	// what is named as hit too ("Betroffen ist sowohl die Anmeldung über
	// SSO als auch die Anmeldung per E-Mail und Passwort")
	"betroffen ist", "betroffen sind", "is affected", "are affected", "affects both", "sowohl")

// fine says a clause tells that things work.
var fine = class("fine",
	"fine", "normal", "normally", "ok", "okay", "working again", "works again", "back up", "back to normal",
	"resolved", "fixed", "no problem", "no problems", "no issues", "unaffected", "not affected")

// scopeFine reports whether the clause of a scope hit says things work
// ("everyone is logging in fine").
func (st *state) scopeFine(h *hit) bool {
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	} else if h.field != FieldBody {
		return false
	}
	from := h.offset + len(h.text)
	if from > len(src) {
		return false
	}
	rest := src[from:min(len(src), from+sentenceReach)]
	if k := strings.IndexAny(rest, ",.;:!?\n-"); k >= 0 {
		rest = rest[:k]
	}
	for _, c := range st.w.comp.scratch(h.field, rest) {
		if a, _ := fine.find(c.line(), 0); a >= 0 && a <= 4 {
			return true
		}
	}
	// the state before the scope: "login works again for everyone here"
	start := max(0, h.offset-sentenceReach)
	before := src[start:h.offset]
	if k := strings.LastIndexAny(before, ",.;:!?\n"); k >= 0 {
		before = before[k+1:]
	}
	if !mayBeFine(before) {
		return false // most clauses name no working state: skip folding them
	}
	for _, c := range st.w.comp.scratch(h.field, before) {
		l := c.line()
		if a, an := fine.find(l, 0); a >= 0 && len(l.ws)-a-an <= 2 {
			return true
		}
	}
	return false
}

// mayBeFine reports whether s has a word that the fine class needs, read
// without folding (ASCII case only): a cheap test before the clause is
// folded.
func mayBeFine(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, k := range fineKeys {
			// an ASCII first letter that is not the key's rules the key
			// out without EqualFold (a non-ASCII one may fold to it: 'K')
			if (w[0] >= utf8.RuneSelf || w[0]|0x20 == k[0]) && strings.EqualFold(w, k) {
				return true
			}
		}
	}
	return false
}

// fineKeys hold a word of each phrase of the fine class.
var fineKeys = []string{"fine", "normal", "normally", "ok", "okay", "again", "back", "resolved", "fixed",
	"problem", "problems", "issues", "unaffected", "affected"}

// sentenceReach bounds how far clausesAround looks for a sentence end.
const sentenceReach = 400

// clausesAround returns the clauses of the sentence of hit h, valid
// until the next call (or scopeFine's).
func (st *state) clausesAround(h *hit) []clause {
	if h.field != FieldSubject && h.field != FieldBody {
		return nil
	}
	return st.w.comp.scratch(h.field, st.sentenceAround(h))
}

// sentenceAround returns the source of h's sentence, at most sentenceReach
// bytes either side: text without sentence ends (HTML, logs) must not make
// each hit read the whole body.
func (st *state) sentenceAround(h *hit) string {
	s, _ := st.sentenceAt(h)
	return s
}

// sentenceAt is sentenceAround and h's offset in the sentence.
func (st *state) sentenceAt(h *hit) (string, int) {
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	} else if h.field != FieldBody {
		return "", 0
	}
	if h.offset > len(src) {
		return "", 0
	}
	lo := max(0, h.offset-sentenceReach)
	i := lo + strings.LastIndexAny(src[lo:h.offset], ".!?;\n") + 1
	hi := min(len(src), h.offset+sentenceReach)
	j := strings.IndexAny(src[h.offset:hi], ".!?;\n")
	if j < 0 {
		j = hi - h.offset
	}
	return src[i : h.offset+j], h.offset - i
}

// notWorkaround reports whether a workaround hit stands in a clause of
// attempts or of another party.
func (st *state) notWorkaround(h *hit) bool {
	if h.field != FieldSubject && h.field != FieldBody {
		return false
	}
	sent, at := st.sentenceAt(h)
	if wayDenied(sent, at, len(h.text)) {
		// "we can't correct 780 records by hand": the writer says the
		// stopgap cannot be taken
		return true
	}
	if askedOfUs(sent) {
		// "please do not run any clean-up jobs in the meantime", "is
		// there a workaround we can use in the meantime?": the writer
		// asks, and has no stopgap of their own
		return true
	}
	if h.key == "temporarily" || h.key == "vorubergehend" {
		// "label service temporarily unavailable", "vorübergehend nicht
		// erreichbar": how long the outage is meant to last, not a stopgap
		for w := range strings.FieldsFuncSeq(sent[min(len(sent), at+len(h.text)):], func(r rune) bool { return !unicode.IsLetter(r) }) {
			if temporaryStates[strings.ToLower(w)] {
				return true
			}
			break
		}
	}
	for _, c := range st.w.comp.scratch(h.field, sent) {
		if a, _ := attempts.find(c.line(), 0); a >= 0 && !(c.words[a] == "same" && worksIn(c.words)) {
			// ("approving the same invoice from the mobile app does work,
			// so everyone approves from their phones": the same thing
			// done another way that works is the workaround)
			return true
		}
		if a, _ := setAside.find(c.line(), 0); a >= 0 && c.at[a] <= at && at < c.end {
			// "Forget the layout question for now": the writer sets
			// their old topic aside, they have no stopgap (sevq11)
			return true
		}
		if a, _ := contained.find(c.line(), 0); a >= 0 && c.at[a] <= at && at < c.end || st.haltedNear(c, h, at) {
			// "I stopped all campaigns for now": the writer switches the
			// function off to stop the harm, the work does not go on;
			// also with the time first ("For the time being we have
			// paused the claim") and with the verb split from its
			// particle or told to others ("switched online ordering off",
			// "asked staff to stop working on those clients")
			return true
		}
	}
	return false
}

// askedOfUs reports whether a sentence asks something of the reader: a
// question, or one that opens with "please".
func askedOfUs(sent string) bool {
	t := strings.TrimSpace(sent)
	if strings.HasSuffix(t, "?") {
		return true
	}
	first, _, _ := strings.Cut(t, " ")
	return strings.EqualFold(strings.TrimRight(first, ",:"), "please")
}

// temporaryStates after "temporarily" say what is unavailable, not what
// the writer does instead.
var temporaryStates = map[string]bool{"unavailable": true, "down": true, "offline": true, "unreachable": true,
	"inaccessible": true, "not": true, "out": true, "nicht": true, "indisponible": true, "no": true}

// worksIn reports whether words say something works ("does work", "works
// fine").
func worksIn(ws []string) bool {
	for i, w := range ws {
		if (w == "works" || w == "work" || w == "working") && (i == 0 || !negWords[ws[i-1]] && !strings.HasSuffix(ws[i-1], "nt")) {
			return true // not "doesn't work", "not working"
		}
	}
	return false
}

// peopleShown are the people of an organisation whose records a screen
// shows; seeingWords say the writer is shown them.
var (
	peopleShown = map[string]bool{"volunteers": true, "members": true, "patients": true, "pupils": true,
		"students": true, "clients": true, "customers": true, "residents": true, "donors": true,
		"employees": true, "staff": true, "contacts": true, "guests": true, "tenants": true}
	seeingWords = map[string]bool{"seeing": true, "see": true, "sees": true, "saw": true, "shows": true,
		"showing": true, "shown": true, "displays": true, "displaying": true, "appear": true, "appearing": true}
)

// setAside says the writer puts their old topic aside for a new one.
var setAside = class("set aside",
	"forget the", "forget my", "forget about", "ignore the", "ignore my", "parking the", "park the", "never mind the",
	"put aside", "set aside", "putting aside", "setting aside")

// contained says the writer switched a function off until it is fixed.
var contained = class("switched off",
	"stopped", "paused", "disabled", "suspended", "turned off", "switched off", "halted", "deactivated",
	// ... or told its customers to stay away from it (sevq11): "I've put
	// a notice on our Instagram asking people not to order for now"
	"not to order", "not to book", "not to buy", "not to pay", "stop ordering", "stop booking")

// isForward reports whether a subject starts with a forward prefix.
func isForward(subject string) bool {
	s := strings.TrimSpace(subject) // folded by prefixFold: no lowered copy per call
	return prefixFold(s, "fw") || prefixFold(s, "wg:") || prefixFold(s, "tr:") ||
		prefixFold(s, "enc:") || prefixFold(s, "rv:")
}

// looks are how a thing looks: a logo in the wrong colour on every
// invoice is cosmetic, not every invoice's figures wrong.
// (Single words, looked up in the clause: the word classes' bits are all
// taken.)
var looks = map[string]bool{"logo": true, "logos": true, "colour": true, "color": true, "colours": true,
	"colors": true, "font": true, "fonts": true, "alignment": true, "misaligned": true, "spacing": true,
	"icon": true, "icons": true, "styling": true, "typo": true, "typos": true, "spelling": true}

// looksOnly says l tells of how something looks (looks).
func looksOnly(l line) bool {
	for _, w := range l.ws {
		if looks[w] {
			return true
		}
	}
	return false
}

// flawed says something works wrongly: a minor defect (P3) when nothing
// else is said of it ("the app keeps forgetting my filter", "push
// notifications come 20 min late", "amounts end up as text").
var flawed = class("works wrongly",
	"wrong", "wrongly", "incorrect", "incorrectly", "late", "instead of", "keeps forgetting", "forgets",
	"keeps forgeting", "forgeting", "forgetting", "not showing", "doesnt show", "dont show", "doesnt work",
	"dont work", "not working", "broken", "cut off", "even though", "end up as", "ends up as", "comes out as",
	"come out as", "confusing", "clumsy", "annoying", "anoying", "bug", "glitch", "error", "fails", "failed",
	"not saved", "doesnt save", "not saving", "not updating", "doesnt update", "out of sync", "duplicated",
	"duplicate", "twice", "bricht ab", "fehlgeschlagen", "funktioniert nicht", "ne fonctionne pas",
	"ne marche pas", "no funciona", "nao funciona", "stuck", "slow", "slower", "freezes", "crashes",
	// cosmetic and small states
	"greyed out", "grayed out", "cropped", "blurry", "pixelated", "misaligned", "overlapping", "truncated",
	"go to spam", "goes to spam", "going to spam", "land in spam", "not applying", "doesnt apply", "dont apply",
	"off by", "shifted", "out of order", "wrong order", "not sorted", "garbled", "mangled",
	// what it does against what it should
	"differently", "different from", "doesnt match", "does not match", "dont match", "do not match", "mismatch",
	"one off", "should be", "should show", "should say", "supposed to", "meant to", "still shows our old",
	"shows our old", "outdated", "weird", "weirdly", "strange", "strangely", "odd", "oddly",
	"two clicks", "twice", "out by", "penny out", "cent out", "come last", "comes last", "come first",
	"us format", "american format", "wrong format", "puts the",
	// what it does on its own that nobody asked for
	"loses", "lost its", "skips", "ignores", "differ", "differs", "minutes after", "hours after", "minutes later",
	"an hour later", "hours later", "like text", "resets", "resets itself", "jumps back", "jump back",
	"rounds", "truncates", "cuts off", "overlaps", "logs me out", "logs us out", "keeps logging", "lags",
	"delayed", "takes ages", "flickers", "no message", "without any message", "silently",
	"disappears", "disappear", "vanishes", "reverts", "revert", "changes back", "switches back", "behind the",
	"hidden behind", "covers the", "covered by", "into spam", "spam folder", "into junk", "junk folder",
	"chops off", "chopped off", "cutting off", "stretched", "squashed", "too close", "in ritardo", "en retard",
	"verspatet", "mit verspatung", "te laat", "con retraso", "atrasado", "atrasadas", "atrasados",
	"reset", "later than", "earlier than", "lower than it should", "higher than it should", "as zero",
	// twice, missing or a day out, in the rules' other languages
	"due volte", "deux fois", "dos veces", "duas vezes", "zweimal", "twee keer", "doppelt", "doppie", "doppi",
	"en double", "duplicado", "duplicados", "duplicadas", "dupliziert", "dubbel", "no salen", "no sale",
	"no aparece", "no aparecen", "n apparait pas", "n apparaissent pas", "non appare", "non compaiono",
	"nao aparece", "nao aparecem", "erscheint nicht", "erscheinen nicht", "verschijnt niet", "verschijnen niet",
	"vind je niet", "niet gevonden", "findet nicht", "ne trouve pas", "no encuentra", "non trova", "nao encontra",
	"un dia de menos", "un giorno in meno", "un jour de moins", "einen tag zu wenig", "one day less",
	"a day short", "one day short", "not just my", "not just our", "not only my", "not only our",
	"doesnt add up", "dont add up", "no cuadra", "no cuadran", "nao bate", "nao batem", "stimmt nicht",
	"stimmen nicht", "closes by itself", "closes on its own", "fecha sozinho", "se cierra solo",
	"se cierra sola", "sturzt ab", "plante", "se bloquea", "trava",
	// what it leaves out that it should weigh
	"doesnt take into account", "does not take into account", "not taken into account", "ignoring",
	"no tiene en cuenta", "no toma en cuenta", "nao considera", "nao leva em conta", "ne prend pas en compte",
	"berucksichtigt nicht", "ignoriert")

// supposedIn says a supposition ("if", "would", "should") stands in l; a
// "should" that a relative pronoun opens tells the rule broken, not a
// supposition ("store managers, who should only see their own store, can
// now see every employee").
func supposedIn(l line) bool {
	for i, n := supposing.find(l, 0); i >= 0; i, n = supposing.find(l, i+n) {
		if l.ws[i] != "should" || i == 0 || !relativeWords[l.ws[i-1]] {
			return true
		}
	}
	return false
}

var relativeWords = map[string]bool{"who": true, "which": true, "that": true}

// stated says a clause states something: it neither asks nor supposes.
func stated(c *clause) bool {
	if c.ask {
		return false
	}
	i, _ := supposing.find(c.line(), 0)
	return i < 0
}

// minorDefect adds P3 weight for the first clause of the writer's text
// that says something works wrongly, when no rule has found a level: a
// problem told plainly is at least a minor bug, not a general question.
func (st *state) minorDefect(t *tally) {
	if t.s[P1]+t.s[P2]+t.s[P3] > 0 || st.hasSettled() {
		return
	}
	text, cs := st.writer()
	for _, c := range cs {
		l := c.line()
		if !stated(&c) {
			continue
		}
		i, n := flawed.find(l, 0)
		if i < 0 || deniedAt(l, i) {
			continue
		}
		src := text
		if c.field == FieldSubject {
			src = st.subject
		}
		t.s[P3]++
		t.problem = true
		st.ev = append(st.ev, Evidence{Rule: "compose: minor defect", Match: src[c.at[i]:c.to[i+n-1]], Field: c.field,
			Offset: c.at[i], Level: P3, Weight: 1, Note: "composed: something works wrongly and nothing more is said of it: a minor bug (P3)"})
		return
	}
}

// must and again say the writer has to do something over and over because of
// the product ("we have to download each one", "still fixing it in Excel
// each time", "change them one by one"): someone hits the problem, so it
// is a P3 however politely it is wrapped, not a nice-to-have.
var (
	must = class("have to",
		"have to", "has to", "had to", "having to", "need to", "needs to", "must", "forced to", "still",
		"we correct", "we fix", "we print", "we retype", "we re enter", "we redo", "we change", "we edit",
		"we delete", "we download", "we copy", "we make", "they have to", "staff have to",
		// the same in the rules' other languages
		"muss", "mussen", "musste", "mussten", "il faut", "nous devons", "on doit", "je dois", "devons",
		"tenemos que", "tengo que", "hay que", "temos que", "tenho que", "dobbiamo", "devo", "bisogna",
		"moeten", "moet", "musimy", "musze")
	again = class("over and over",
		"each time", "every time", "one by one", "one at a time", "each one", "every one", "manually",
		"by hand", "every week", "every day", "every month", "each week", "each day", "each month",
		"each morning", "every morning", "every evening", "again", "twice", "excel", "retype", "re enter",
		"re type", "double check", "download each", "one after the other", "each invoice", "each order",
		"each file", "each line", "manual", "each of them", "all of them",
		"jedes mal", "jedesmal", "neu", "von hand", "chaque fois", "a chaque fois", "a la main", "cada vez",
		"otra vez", "de nuevo", "a mano", "toda vez", "de novo", "novamente", "ogni volta", "di nuovo",
		"elke keer", "opnieuw", "handmatig", "za kazdym razem", "recznie")
)

// burden says people are made to do something because of the product.
var burden = class("made to",
	"we have to", "we had to", "we ve had to", "weve had to", "we are having to", "were having to", "we need to",
	"we must", "staff have to", "staff had to", "they have to", "they had to", "users have to", "customers have to",
	"people have to", "our team has to", "our team have to", "everyone has to", "forced to", "have to go back",
	"you have to open", "you have to scroll", "you have to click", "you have to refresh", "i have to open",
	"i have to scroll", "i have to click", "i have to refresh", "we scroll", "we refresh", "we reload")

// chore adds P3 weight for the first clause of the writer's text where the
// writer has to do something over and over because of the product.
func (st *state) chore(t *tally) {
	if st.hasSettled() {
		return
	}
	text, cs := st.writer()
	for _, c := range cs {
		if c.field != FieldBody || c.ask {
			continue
		}
		if from, last := choreIn(c.line()); from >= 0 && !supposedBefore(c.line(), last) {
			st.addChore(t, text, c, from, last)
			return
		}
	}
}

// choreIn returns the words from and last of l that say the writer has to
// do something over and over, or -1.
func choreIn(l line) (from, last int) {
	// "our coordinator assigns them by hand", "hay que revisarlos a
	// mano", "diese müssen wir einzeln öffnen": work done by hand is the
	// chore, with or without its "have to"
	handWork := func() (int, int) {
		if h, hn := byHand.find(l, 0); h > 0 && !deniedWithin(l, h, 8) && !unfeasibleAfter(l.ws[h+hn:]) {
			return h, h + hn - 1
		}
		return -1, -1
	}
	m, mn := must.find(l, 0)
	if m < 0 || deniedAt(l, m) {
		return handWork()
	}
	a, an := again.find(l, m+mn)
	if a < 0 || a-m-mn > 8 {
		// people made to work around it ("staff have to guess the
		// spelling"), said with who
		if m, mn = burden.find(l, 0); m < 0 || deniedAt(l, m) || m+mn >= len(l.ws) {
			return handWork()
		}
		a, an = m+mn, 1
	}
	return m, a + an - 1
}

// supposedBefore says a supposition ("if", "would", "last year") stands in
// l before word last: "now I add them every year by hand and last year I
// forgot one" states its chore, the supposition after it does not reach
// back.
func supposedBefore(l line, last int) bool {
	i, _ := supposing.find(l, 0)
	return i >= 0 && i <= last
}

// addChore counts the chore said by words from to last of clause c.
func (st *state) addChore(t *tally, text string, c clause, from, last int) {
	t.s[P3] += choreWeight
	t.problem = true
	// "we change the rates by hand": the work done by hand, not a burden
	// such as guessing a spelling
	t.byHand = t.byHand || byHandIn(c.line())
	st.ev = append(st.ev, Evidence{Rule: "compose: chore", Match: text[c.at[from]:c.to[last]], Field: c.field,
		Offset: c.at[from], Level: P3, Weight: choreWeight,
		Note: "composed: the writer has to do something over and over because of it: someone hits the problem (P3), not a nice-to-have"})
}

// notPayment reports whether the payment word at ws[p] names something
// else: a card that is no payment card ("report card", "ID card") or the
// verb of what is paid for ("what we pay for").
func notPayment(ws []string, p int) bool {
	if p+1 < len(ws) && payDocuments[ws[p+1]] {
		// "settlement reports", "payout statements": a document about
		// payments, not a payment (a payroll export is how payroll goes
		// out)
		return true
	}
	switch ws[p] {
	case "card", "cards":
		return p > 0 && nonPayCards[ws[p-1]]
	case "pay", "paid":
		return p+1 < len(ws) && ws[p+1] == "for"
	}
	return false
}

// payDocuments after a payment word name a document about payments.
var payDocuments = map[string]bool{"report": true, "reports": true, "statement": true, "statements": true,
	"summary": true, "summaries": true,
	// mail about payments: "payment reminder emails haven't gone out"
	"reminder": true, "reminders": true, "confirmation": true, "confirmations": true, "receipt": true,
	"receipts": true, "notification": true, "notifications": true, "email": true, "emails": true}

// nonPayCards name cards that pay for nothing.
var nonPayCards = map[string]bool{
	"report": true, "score": true, "business": true, "id": true, "sim": true, "key": true, "library": true,
	"loyalty": true, "membership": true, "member": true, "greeting": true, "birthday": true, "time": true,
	"job": true, "candidate": true, "contact": true, "record": true, "index": true, "student": true, "access": true,
}

// byHandIn reports whether l says work is done by hand (or one by one).
func byHandIn(l line) bool {
	i, _ := byHand.find(l, 0)
	return i >= 0
}

// byHand says work is done by hand, in the languages of the sets; the
// word before it (h > 0) is the work.
var byHand = class("by hand",
	"by hand", "manually", "a mano", "a la main", "von hand", "manuell", "manualmente", "a mao", "handmatig",
	"one by one", "one at a time", "uno por uno", "uno a uno", "un par un", "einzeln", "um por um", "een voor een")

// choreWeight outweighs the courtesy and "tiny thing" around a chore.
const choreWeight = 2

// goesOn says the problem of the thread is still there.
var goesOn = class("still",
	"still the same", "still happening", "still broken", "still not", "still no", "still doesnt", "still dont",
	"still cant", "still cannot", "still failing", "still down", "still an issue", "still a problem",
	"no change", "nothing has changed", "happening again", "broken again", "down again",
	"still waiting", "still doing", "still having", "still seeing", "still getting")

// chaseAsk asks after the thread's problem ("Any news on this?").
var chaseAsk = class("any news", "any news", "any update", "any updates", "any progress", "is there an update")

// chasing reports whether the new text of a reply says the thread's
// problem goes on: the subject then names the live problem and counts in
// full.
func (st *state) chasing() bool {
	if !st.chaseRead {
		st.chaseRead = true
		_, cs := st.writer()
		for _, c := range cs {
			if c.field != FieldBody {
				continue
			}
			l := c.line()
			if i, _ := goesOn.find(l, 0); i >= 0 && !c.ask {
				st.chase = true
				break
			}
			if i, _ := chaseAsk.find(l, 0); i >= 0 && c.ask {
				st.chase = true
				break
			}
		}
	}
	return st.chase
}

// pastTime says a sentence tells of a time that is over: weeks, months
// or years back ("last night" or "this morning" is the incident itself).
var pastTime = class("long ago",
	"last week", "last weeks", "last month", "last months", "last year", "last years", "last quarter", "ago",
	"last winter", "last summer", "last spring", "last autumn", "last fall", "last christmas", "last easter",
	// "der Ausfall am 4.11.", "im März", "am vergangenen Mittwoch"
	"am #", "vom #", "am # #", "vom # #", "am vergangenen", "vom vergangenen", "im januar", "im februar", "im marz", "im april",
	"im juni", "im juli", "im august", "im september", "im oktober", "im november", "im dezember",
	"am montag", "am dienstag", "am mittwoch", "am donnerstag", "am freitag", "am samstag", "am sonntag",
	"nach dem ausfall", "beim ausfall", "beim letzten ausfall", "januar #", "februar #", "marz #", "april #", "mai #",
	"juni #", "juli #", "august #", "september #", "oktober #", "november #", "dezember #",
	"previous", "behind us", "back in", "earlier this year", "earlier this month", "in january", "in february",
	"in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october",
	"in november", "in december", "in q1", "in q2", "in q3", "in q4", "post mortem", "postmortem", "rca",
	"wrap up", "retrospective", "pasado", "pasada", "passado", "passada", "dernier", "derniere", "letzte",
	"letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangenes",
	// a dated event ("the outage on 10 November", "the 10 Nov outage") and its write-up
	"post incident", "incident report", "root cause", "long since",
	"from january", "from february", "from march", "from april", "from may", "from june", "from july",
	"from august", "from september", "from october", "from november", "from december",
	// "the October outage", "in the middle of October"
	"the january outage", "january s outage", "mid january", "middle of january", "the february outage", "february s outage", "mid february", "middle of february", "the march outage", "march s outage", "mid march", "middle of march", "the april outage", "april s outage", "mid april", "middle of april", "the may outage", "may s outage", "mid may", "middle of may", "the june outage", "june s outage", "mid june", "middle of june", "the july outage", "july s outage", "mid july", "middle of july", "the august outage", "august s outage", "mid august", "middle of august", "the september outage", "september s outage", "mid september", "middle of september", "the october outage", "october s outage", "mid october", "middle of october", "the november outage", "november s outage", "mid november", "middle of november", "the december outage", "december s outage", "mid december", "middle of december",
	"# january", "january #", "# february", "february #", "# march", "march #", "# april", "april #", "# may", "# june", "june #", "# july", "july #", "# august", "august #", "# september", "september #", "# october", "october #", "# november", "november #", "# december", "december #", "# jan", "# feb", "# apr", "# jun", "# jul", "# aug", "# sep", "# sept", "# oct", "# nov", "# dec")

// longAgo reports whether the sentence of h tells of a time that is over.
func (st *state) longAgo(h *hit) bool {
	for _, c := range st.clausesAround(h) {
		if i, _ := pastTime.find(c.line(), 0); i >= 0 {
			return true
		}
	}
	return false
}

// writer returns the writer's text of the body (writerText) and the
// clauses of the subject and that text, split once per mail.
func (st *state) writer() (string, []clause) {
	if !st.wread {
		st.wread = true
		st.wtext = writerText(st.subject, st.body)
		z := &st.w.wcomp
		z.keep = true
		z.reset()
		st.wcls = z.clauses(FieldBody, st.wtext, z.clauses(FieldSubject, st.subject, st.w.cls[:0]))
		st.w.cls = st.wcls
	}
	return st.wtext, st.wcls
}

// reportWords name features that report on the work rather than do it.
var reportWords = map[string]bool{
	"report": true, "reports": true, "reporting": true, "export": true, "exports": true, "exporting": true,
	"dashboard": true, "dashboards": true, "analytics": true, "statistics": true, "stats": true,
}

// pastFilter and reportFilter let through the words of pastWords and
// reportWords: composeIn asks of every word of every composed clause.
var pastFilter, reportFilter = filterOf(pastWords), filterOf(reportWords)

// reportSubject reports whether the subject names a reporting feature.
func (z *composer) reportSubject(subject string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(subject), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if reportWords[w] {
			return true
		}
	}
	return false
}
