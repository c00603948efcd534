package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	c := wordClass{bit: 1 << classes, name: name, byFirst: map[string][][]string{}}
	classes++
	for _, p := range phrases {
		ws := strings.Fields(p)
		if ws[0] == "#" {
			c.numeric = append(c.numeric, ws)
		} else {
			c.byFirst[ws[0]] = append(c.byFirst[ws[0]], ws)
			firstBits[ws[0]] |= c.bit
		}
	}
	return c
}

// classes counts the word classes (at most 64); firstBits holds, for each
// word that starts a phrase, the bits of the classes it starts one in: a
// clause looks each word up once.
var (
	classes   uint
	firstBits = map[string]uint64{}
)

// firstTable is firstBits as a wordBits table, built once every class is.
var firstTable wordBits

func init() { firstTable = newWordBits(firstBits) }

// line is a clause's words with their firstBits (nil: looked up). With
// bits, any is the union of bits and num says a word is a number: a
// class none of whose first words is in the line is not searched.
type line struct {
	ws   []string
	bits []uint64
	any  uint64
	num  bool
}

// find returns the first word index at or after from where a phrase of c
// matches, and the length of the longest phrase there; -1 if none.
func (c *wordClass) find(l line, from int) (int, int) {
	ws := l.ws
	if l.bits != nil && l.any&c.bit == 0 && (len(c.numeric) == 0 || !l.num) {
		return -1, 0
	}
	for i := from; i < len(ws); i++ {
		best := 0
		// with bits, a word whose bit is clear starts no phrase of c but
		// perhaps a numeric one
		first := l.bits == nil || l.bits[i]&c.bit != 0
		if !first && (len(c.numeric) == 0 || !digitsOnly(ws[i])) {
			continue
		}
		if first {
			for _, p := range c.byFirst[ws[i]] {
				if len(p) > best && i+len(p) <= len(ws) && phraseAt(ws, i, p) {
					best = len(p)
				}
			}
		}
		if len(c.numeric) > 0 && digitsOnly(ws[i]) {
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
		"grinding to a halt", "closed", "idle")
	// signIn is getting in at all.
	signIn = class("sign in",
		"log in", "login", "log on", "logon", "log into", "sign in", "signin", "sign into", "get in", "get into",
		"access")
	// FUNCTION: the service itself and what a business stops without.
	accessFn = class("access",
		"log in", "login", "log on", "logon", "log into", "sign in", "signin", "sign into", "access", "get in",
		"get into", "reach", "open", "use", "load", "check in", "work", "connect")
	critical = class("critical function",
		"platform", "system", "app", "application", "site", "website", "portal", "service", "tenant", "account",
		"workspace", "schedule", "appointment list", "appointments", "till", "tills", "checkout", "payments",
		"orders", "dispatch", "bookings", "register", "pos", "dashboard", "your software", "the software",
		"the tool", "login page", "log in page", "sign in page", "anything", "any of it",
		// the places a business works in: "all our stores are at a standstill"
		"store", "stores", "shop", "shops", "branch", "branches", "office", "offices", "warehouse", "warehouses",
		"clinic", "clinics", "practice", "practices", "site", "sites", "depot", "depots", "plant", "factory",
		"restaurant", "restaurants", "business", "operations", "production", "sales", "shipping")
	// DATA and its states.
	dataNoun = class("data",
		"data", "record", "records", "contact", "contacts", "file", "files", "attachment", "attachments",
		"document", "documents", "photo", "photos", "result", "results", "value", "values", "order", "orders",
		"invoice", "invoices", "entry", "entries", "field", "fields", "history", "notes", "rows", "row",
		"phone numbers", "numbers", "addresses", "transactions", "database", "customers", "clients", "patients",
		"bookings", "appointments", "emails", "email addresses", "names", "details", "list", "report", "reports",
		"table", "export", "payloads", "payload", "events", "pages", "page", "letters", "accounts")
	// stored data that can be lost (a report or a page showing nothing is a
	// defect, not a loss)
	stored = class("stored data",
		"data", "record", "records", "contact", "contacts", "file", "files", "attachment", "attachments",
		"document", "documents", "photo", "photos", "entries", "history", "notes", "database", "emails",
		"messages", "customer records", "client records", "patient records", "fields", "contact records")
	wiped = class("wiped",
		"gone", "missing", "deleted", "wiped", "erased", "disappeared", "vanished", "lost", "null", "empty",
		"blank", "overwritten", "0 kb", "no longer there", "been removed", "set to null", "have no", "now have no",
		"has no", "now has no", "emptied", "cleared", "purged", "replaced", "instead of their own")
	bulk = class("in bulk",
		"all", "all of the", "every", "#", "thousands", "hundreds", "a few hundred", "half of", "half the",
		"most of", "most", "entire", "whole")
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
		"swapped between", "two other organisations", "two other organizations")
	exposed = class("exposed",
		"exposed", "leaked", "leak", "leaking", "visible to", "viewable by", "publicly", "public link",
		"without any login", "without login", "without logging in", "without a password", "without asking for a password",
		"without any password", "without authentication", "sent to external", "external addresses", "went to external",
		"accessed by", "downloaded by", "exported by", "used to export", "on google", "indexed", "anyone with the link",
		"after termination", "not recognise", "not recognize", "dont recognise",
		"dont recognize", "unfamiliar ip", "unknown ip", "no mfa", "without mfa", "former contractor", "former employee",
		"ex employee", "full export", "exported the full", "opened straight away", "open to anyone", "shared publicly",
		"visible to everyone", "visible to anyone", "anyone can see", "anyone can open", "external agencies",
		"outside our organisation", "outside our organization", "outside the company")
	personal = class("personal data",
		"personal data", "personal details", "names", "name", "date of birth", "dob", "address", "addresses",
		"email addresses", "emails", "medication", "medical", "salaries", "salary", "bank", "bank account",
		"bank details", "payroll", "patient", "patients", "claimant", "claimants", "national insurance", "card",
		"cards", "contact details", "client list", "customer list", "contacts", "contact list", "passport",
		"health", "documents", "letters", "records", "customer data", "client data", "fee", "fees")
	// PAYMENTS.
	payFn = class("payments",
		"payment", "payments", "payout", "payouts", "pay", "paid", "checkout", "transfers", "transfer",
		"settlement", "settlements", "direct debits", "direct debit", "payroll", "wages", "salaries", "card payments",
		"charge", "charges", "funds", "remittance", "remittances")
	payFailed = class("not arriving",
		"not arrived", "havent arrived", "hasnt arrived", "have not arrived", "has not arrived", "not received",
		"havent received", "hasnt received", "have not received", "not been paid", "not paid", "failing", "fail",
		"failed", "fails", "declined", "declining", "rejected", "not going through", "not gone through",
		"havent gone through", "not come through", "not coming through", "never arrived", "not been able",
		"havent been able to", "hasnt been able to", "cant", "cannot", "unable to", "not able to",
		"bouncing", "bounced", "not be able", "wont be able", "the wrong amount", "the wrong amounts",
		"wrong amount", "wrong amounts", "nothing")
	// Frames that cancel a clause.
	supposing = class("supposing",
		"if", "whether", "would", "suppose", "imagine", "hypothetically", "might", "prevent", "avoid", "ensure",
		"make sure", "in case", "what happens", "what if", "test", "demo", "sandbox", "staging", "last year",
		"last month", "last week", "yesterdays", "resolved", "fixed", "restored", "back up", "working again",
		"back to normal", "policy", "policies", "should", "risk", "could lead", "rather than",
		// how things normally go, not what happened
		"normally", "usually", "typically", "as a rule", "by design")
	denial  = class("denied", "no", "not", "nothing", "never", "none", "nor", "without")
	partial = class("partial",
		"only", "some users", "some of", "a few", "one user", "one of our users", "a colleague", "one colleague",
		"intermittent", "intermittently", "sometimes", "occasionally", "except", "single user", "just me",
		"only me", "for me", "everyone else", "some", "# in #", "# out of #", "one in", "now and then")
)

// clause is a run of the writer's words between sentence ends and
// clause breaks ("but", "while").
type clause struct {
	field       string
	offset, end int
	words       []string
	// at and to are each word's byte range in the source
	at, to []int
	// bits are each word's firstBits, looked up once per clause; any is
	// their union and num says a word is a number
	bits []uint64
	any  uint64
	num  bool
	ask  bool
}

// line returns c's words with their firstBits.
func (c *clause) line() line { return line{c.words, c.bits, c.any, c.num} }

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
	z.strs, z.pos, z.bits = z.strs[:0], z.pos[:0], z.bits[:0]
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
			low = utf8.AppendRune(low, unicode.ToLower(r))
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
	if z.keep {
		// appended after the clauses handed out since reset: those stay
		// valid (a grown array leaves them on the old one)
		k := len(z.strs)
		z.strs, z.pos, z.bits = slices.Grow(z.strs, n)[:k+n], slices.Grow(z.pos, 2*n)[:2*k+2*n], slices.Grow(z.bits, n)[:k+n]
		strs, bits = z.strs[k:], z.bits[k:]
		ats, tos = z.pos[2*k:2*k+n:2*k+n], z.pos[2*k+n:]
	} else {
		pos := make([]int, 2*n)
		strs, bits = make([]string, n), make([]uint64, n)
		ats, tos = pos[:n:n], pos[n:]
	}
	for k, w := range words {
		strs[k], ats[k], tos[k] = text[w.lo:w.hi], w.at, w.to
		bits[k] = firstTable.get(low[w.lo:w.hi], textHead(low, int32(w.lo), int32(w.hi)))
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
			bits: bits[from:b.after:b.after]}
		for k, bk := range c.bits {
			c.any |= bk
			// a word is never empty; a number starts with a digit
			c.num = c.num || c.words[k][0] <= '9' && digitsOnly(c.words[k])
		}
		out = append(out, c)
		from = b.after
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
	kind  string // "outage", "data", "mixed", "exposed", "payments"
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
	for _, c := range cs {
		if c.ask {
			continue
		}
		ws := c.words
		l := c.line()
		if i, _ := supposing.find(l, 0); i >= 0 {
			continue
		}
		if f, ok := composeClause(l); ok {
			f.field, f.end = c.field, c.end
			f.off = c.at[f.lo]
			f.match = src(c.field)[f.off:c.to[f.hi]]
			for _, w := range ws {
				f.past = f.past || pastWords[w]
			}
			out = append(out, f)
		}
	}
	return out
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
	for k := max(0, i-2); k < i; k++ {
		if len(denial.byFirst[l.ws[k]]) > 0 {
			return true
		}
	}
	return false
}

// composeClause composes one clause.
func composeClause(l line) (composed, bool) {
	ws := l.ws
	// everyone or no one + critical function + blocked or down
	if p, _ := partial.find(l, 0); p < 0 {
		if s, sn := scopeNone.find(l, 0); s >= 0 {
			if a, an := ability.find(l, s+sn); a >= 0 && a-s-sn <= 8 {
				if f, fn := accessFn.find(l, a+an); f >= 0 && f-a-an <= 2 {
					return found("outage", ws, s, sn, a, an, f, fn), true
				}
			}
		}
		if s, sn := scopeAll.find(l, 0); s >= 0 {
			if u, un := unable.find(l, 0); u >= 0 && !deniedAt(l, u) {
				if f, fn := accessFn.find(l, u+un); f >= 0 && f-u-un <= 2 {
					return found("outage", ws, s, sn, u, un, f, fn), true
				}
			}
			if d, dn := down.find(l, 0); d >= 0 && !deniedAt(l, d) {
				if f, fn := critical.find(l, 0); f >= 0 {
					return found("outage", ws, s, sn, f, fn, d, dn), true
				}
			}
		}
	}
	// records mixed with another party's
	if m, mn := mixed.find(l, 0); m >= 0 && !deniedAt(l, m) {
		if d, dn := dataNoun.find(l, 0); d >= 0 {
			return found("mixed", ws, d, dn, m, mn), true
		}
		if d, dn := personal.find(l, 0); d >= 0 {
			return found("mixed", ws, d, dn, m, mn), true
		}
	}
	// personal or customer data exposed
	if e, en := exposed.find(l, 0); e >= 0 && !deniedAt(l, e) {
		if d, dn := personal.find(l, 0); d >= 0 {
			return found("exposed", ws, d, dn, e, en), true
		}
	}
	// stored data wiped in bulk: a count or "all" just before the data
	if w, wn := wiped.find(l, 0); w >= 0 && !deniedAt(l, w) {
		for b, bn := bulk.find(l, 0); b >= 0; b, bn = bulk.find(l, b+1) {
			d, dn := stored.find(l, b+bn)
			if d >= 0 && d-b-bn <= 3 && bulkCount(ws[b:b+bn]) && !deniedAt(l, b) {
				return found("data", ws, b, bn, d, dn, w, wn), true
			}
		}
	}
	// payments not arriving: the failure next to the payment
	if p, _ := partial.find(l, 0); p < 0 {
		for p, pn := payFn.find(l, 0); p >= 0; p, pn = payFn.find(l, p+1) {
			f, fn := payFailed.find(l, max(0, p-5))
			if f >= 0 && !deniedAt(l, f) && (f >= p+pn && f-p-pn <= 2 || f < p && p-f-fn <= 1) {
				return found("payments", ws, p, pn, f, fn), true
			}
		}
	}
	return composed{}, false
}

// bulkCount says a bulk word counts many: a number of at least 50 or a
// word ("all", "thousands").
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
		if g.field == FieldSubject && (oldSubject || settled) || g.kind == "outage" && !g.access && t.single > 0 ||
			settled && (g.past || g.field == FieldBody && history >= 0 && g.off >= history) {
			continue
		}
		if f == nil || f.kind == "outage" && g.kind != "outage" {
			f = g
		}
	}
	if f == nil {
		return
	}
	for _, e := range st.ev {
		if f.kind == "outage" && e.Level == P1 && e.Weight >= composedWeight && e.Field == f.field && e.Offset >= f.off && e.Offset < f.end {
			return // a rule has read the clause as P1 already
		}
	}
	w := float64(composedWeight)
	t.s[P1] += w
	t.problem = true
	if f.kind != "outage" || f.access {
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
	"reproduced", "home workers", "from home")

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
	return false
}

// sentenceReach bounds how far clausesAround looks for a sentence end.
const sentenceReach = 400

// clausesAround returns the clauses of the sentence of hit h, valid
// until the next call (or scopeFine's).
func (st *state) clausesAround(h *hit) []clause {
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	} else if h.field != FieldBody {
		return nil
	}
	if h.offset > len(src) {
		return nil
	}
	// at most sentenceReach bytes either side: text without sentence
	// ends (HTML, logs) must not make each hit read the whole body
	lo := max(0, h.offset-sentenceReach)
	i := lo + strings.LastIndexAny(src[lo:h.offset], ".!?;\n") + 1
	hi := min(len(src), h.offset+sentenceReach)
	j := strings.IndexAny(src[h.offset:hi], ".!?;\n")
	if j < 0 {
		j = hi - h.offset
	}
	return st.w.comp.scratch(h.field, src[i:h.offset+j])
}

// notWorkaround reports whether a workaround hit stands in a clause of
// attempts or of another party.
func (st *state) notWorkaround(h *hit) bool {
	for _, c := range st.clausesAround(h) {
		if a, _ := attempts.find(c.line(), 0); a >= 0 {
			return true
		}
	}
	return false
}

// isForward reports whether a subject starts with a forward prefix.
func isForward(subject string) bool {
	s := strings.ToLower(strings.TrimSpace(subject))
	return strings.HasPrefix(s, "fw") || strings.HasPrefix(s, "wg:") || strings.HasPrefix(s, "tr:") ||
		strings.HasPrefix(s, "enc:") || strings.HasPrefix(s, "rv:")
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
	"off by", "shifted", "out of order", "wrong order", "not sorted", "garbled", "mangled")

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
		if c.ask {
			continue
		}
		if i, _ := supposing.find(l, 0); i >= 0 {
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
	"previous", "behind us", "back in", "earlier this year", "earlier this month", "in january", "in february",
	"in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october",
	"in november", "in december", "in q1", "in q2", "in q3", "in q4", "post mortem", "postmortem", "rca",
	"wrap up", "retrospective")

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
