package classify

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// A precaution: the writer says nothing is wrong on their side and asks
// about a threat — another firm's breach in the news, a published
// vulnerability, what to do if an account were hacked, an assurance
// questionnaire. Its security words ("ransomware", "hacked", "breach")
// name what the writer asks about, not what happened to them: the
// protocol's general question (P4), not its "security breach or data
// privacy incident". A word that says a problem is live, or any P1 signal
// that is not a security word (an outage, data lost, payments failing),
// keeps the mail's level.

// securityStems are the beginnings of the words of a security signal.
var securityStems = []string{
	"hack", "compromis", "breach", "ransomware", "malware", "vulnerab", "exploit", "phish", "leak",
	"expos", "attack", "stolen", "theft", "unauthori", "suspicious", "intrusion", "injection", "cve",
	"remote code", "privilege", "unusual", "takeover", "security", "sicherheit", "securite", "seguridad",
	"piratage", "pirate", "gehackt", "datenleck", "fuite", "filtracion", "vazamento", "hackead", "hackerat",
	// the data-protection laws' breach articles ("Art. 33 DSGVO")
	"gdpr", "dsgvo", "rgpd", "datenpanne", "datenschutzverletzung",
}

// securitySignal reports whether a signal's matched words are a security
// word.
func securitySignal(match string) bool { return securitySet.in(match) }

var securitySet, pastOutageSet = newStemSet(securityStems), newStemSet(pastOutageStems)

// stemSet is a list of stems by their first byte: a match is read once,
// each byte looked up, instead of once a stem.
type stemSet [256][]string

func newStemSet(stems []string) *stemSet {
	var s stemSet
	for _, w := range stems {
		s[w[0]] = append(s[w[0]], w)
	}
	return &s
}

// in reports whether a signal's matched words, in lower case, hold one of
// the stems.
func (set *stemSet) in(match string) bool {
	var low [96]byte
	m := lowerASCII(match, low[:0])
	if m == nil {
		m = []byte(foldPhrase(match)) // "sécurité", or long: rare, folded
	}
	for i, c := range m {
		for _, s := range set[c] {
			if bytes.HasPrefix(m[i:], []byte(s)) {
				return true
			}
		}
	}
	return false
}

// lowerASCII appends s in lower case to buf, or returns nil when s holds
// a byte beyond ASCII or does not fit.
func lowerASCII(s string, buf []byte) []byte {
	if len(s) > cap(buf) {
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// ownSideClear finds the writer saying that nothing has happened to them,
// in so many words: "We have no indication of any compromise", "nothing
// has happened", "this is not prompted by any problem with our own
// account", "a routine request: we are not aware of any incident", "it
// was me". Its security words are then what the writer asks about,
// wherever they stand.
var ownSideClear = mustGate(`\b(?:` +
	`no (?:indication|indications|sign|signs|evidence|reason to (?:believe|think)) (?:of|that) (?:any |an |a )?(?:compromise|breach|incident|problem|problems|issue|issues|effect|impact|unusual|suspicious|unauthori[sz]ed|intrusion|attack|misuse|leak|exposure|exploitation)` +
	`|not aware of any (?:compromise|breach|incident|problem|problems|issue|issues|unusual|suspicious|unauthori[sz]ed|attack|misuse|leak)` +
	`|(?:is|was) not (?:prompted by|about|because of|related to) (?:any|an|a) (?:problem|issue|incident|breach|compromise)` +
	`|nothing (?:has|have) (?:happened|gone wrong|been compromised)` +
	// "Nothing happened to me, just want to know", "We weren't
	// affected, we're not their customer"
	`|nothing happened(?: to (?:me|us|our \w+))?` +
	`|(?:we|i) (?:werent|wasnt|were not|was not|have not been|havent been) (?:affected|impacted|hit)` +
	// "Hinweise darauf, dass Kitalino betroffen ist, liegen uns nicht
	// vor", "keine Hinweise auf eine Kompromittierung"
	`|hinweise (?:darauf )?dass (?:\w+ ){1,6}liegen (?:uns )?(?:nicht|keine) vor` +
	`|(?:es gibt |wir haben )?keine hinweise (?:darauf|auf (?:einen|eine|ein))` +
	`|nothings happened` +
	`|no (?:issue|issues|problem|problems|incident) (?:behind|prompted|prompting) (?:this|these|it)` +
	`|(?:it|that) was (?:just )?me` +
	`|no (?:current|ongoing|live|active|present) (?:problem|problems|issue|issues|incident|outage)` +
	// the same in the other languages of the rules: "Es liegt derzeit
	// kein Vorfall vor", "aucun incident n'est en cours"
	`|(?:derzeit |aktuell |momentan )?(?:liegt )?kein(?:en)? (?:vorfall|sicherheitsvorfall|konkreten anlass)` +
	`|aucun incident|ningun incidente|nenhum incidente|geen incident|nessun incidente` +
	// "Il ne s'est rien passé, c'est purement documentaire"
	`|il ne s est rien passe|rien ne s est passe|(?:nous|je) n (?:avons|ai) pas ete (?:touches?|concernes?|affectes?|impactes?)|purement (?:documentaire|preventif|preventive)|a titre preventif|par (?:simple )?precaution` +
	// "Auffälligkeiten haben wir keine festgestellt"
	`|keine (?:auffalligkeiten|unregelmassigkeiten|hinweise auf einen angriff)(?: (?:festgestellt|bemerkt))?|(?:auffalligkeiten|unregelmassigkeiten) haben wir keine (?:festgestellt|bemerkt)` +
	`|(?:purely |merely |simply |just )?(?:a )?precautionary` +
	`|for our (?:risk register|records|due diligence|compliance)` +
	`|(?:supplier|vendor|annual|routine|third party) (?:assurance|security|risk) (?:review|questionnaire|assessment)` +
	`)\b`)

// ownSideFine finds the writer saying that their own side works, in
// words that do not name a security event: "Everything's working fine our
// end", "Nothing looks wrong on our account", "We have experienced no
// difficulty whatsoever". Only security words told of someone else or of
// what might happen (news, a report, another firm, "if") are then what
// the writer asks about.
var ownSideFine = mustGate(`\b(?:` +
	`nothing (?:is|s) wrong|nothings wrong` +
	`|nothing (?:looks|seems|appears) (?:wrong|odd|unusual|suspicious|off)` +
	`|nothing (?:weird|unusual|suspicious|odd)` +
	`|(?:all|everything) (?:is|s|seems|looks) (?:well|fine|normal|ok|okay)` +
	`|everything (?:is |s )?(?:working|running) (?:fine|normally|as normal|ok)` +
	`|everythings (?:working|running|fine|ok|normal)` +
	`|(?:we|i) (?:have|ve) (?:experienced|had|seen|noticed) no (?:difficulty|difficulties|problem|problems|issue|issues|incident|incidents|sign|signs|unusual)` +
	`|bei uns (?:ist|lauft) alles (?:normal|in ordnung|ok|gut)|alles (?:lauft|funktioniert) (?:normal|einwandfrei|problemlos)` +
	`)\b`)

// newsNamed finds the writer naming the news as where a threat was told:
// "in the news", "a news article", "press reports", "I read about",
// "Medienberichte", "in der Zeitung".
var newsNamed = mustGate(`\b(?:` +
	`in the news|on the news|news (?:article|articles|report|reports|item|story|stories)|press (?:report|reports|coverage)` +
	`|media (?:report|reports|coverage)|(?:read|seen|saw) (?:about|an article|a report|in the paper|online)|heard about` +
	`|medienbericht\w*|pressebericht\w*|zeitungsbericht\w*|zeitungsartikel\w*|pressemeldung\w*|in der (?:zeitung|presse)|in den (?:nachrichten|medien)|im (?:radio|fernsehen)|on the radio|on tv|dans (?:la presse|les medias)` +
	`|en las noticias|na imprensa|nas noticias` +
	`)\b`)

// affectedAsked finds the writer asking whether they are affected: "are
// we affected", "does this affect us", "betrifft uns das", "sind wir
// betroffen", "sommes-nous concernés".
var affectedAsked = mustGate(`\b(?:` +
	`(?:are|were) we (?:affected|impacted)|(?:does|did) (?:this|it|that) (?:affect|impact) us|is (?:this|it) affecting us` +
	`|betrifft (?:uns|das uns|es uns|dies uns)|betrifft (?:das|dies) uns|(?:sind|waren) wir (?:davon |da |auch )?betroffen` +
	`|sommes nous concernes|estamos afectados` +
	`)\b`)

// frameWords, in a signal's sentence, tell of someone else's event or of
// one that might happen: "press reports … state that CloudHost has
// suffered a ransomware incident", "an article … about a company … being
// hacked", "if a reporter's account gets hacked".
var frameWords = map[string]bool{
	"news": true, "article": true, "paper": true, "newspaper": true, "press": true, "media": true,
	"reported": true, "reports": true, "reading": true, "read": true, "heard": true, "saw": true,
	"seen": true, "if": true, "would": true, "could": true, "another": true, "other": true,
	"supplier": true, "vendor": true, "provider": true, "company": true, "cve": true,
	"published": true, "publicly": true, "advisory": true, "headlines": true, "whether": true,
	// "in den IT-Nachrichten wird … über eine kritische Sicherheitslücke berichtet"
	"nachrichten": true, "medien": true, "medienberichten": true, "presse": true, "berichtet": true,
	"artikel": true, "falls": true, "anbieter": true, "dienstleister": true,
}

// precaution returns the evidence that a P1 mail is a precaution: the
// writer says nothing has happened to them, every counted P1 signal is a
// security word told of someone else or of what might happen (or any,
// when the writer denies a security event in so many words) or stands in
// a question, and no word says a problem is live.
func (st *state) precaution() (Evidence, bool) {
	// the signals first: most P1 mails state an outage, a loss or a
	// failure, and are not read further
	p1, framedAll, outage, needClear := false, true, false, false
	for _, e := range st.ev {
		if e.Level != P1 || e.Weight <= 0 || e.Field == "mail" {
			continue
		}
		switch {
		case st.inHistory(e):
			// told in the mail the writer forwards or quotes below
			// their own words ("notes from the outage back in March,
			// forwarded for context")
		case securitySignal(e.Match):
			framedAll = framedAll && st.framed(e)
		case st.askedAt(e):
		case outageNoun(e.Match):
			// "the outage back in March": named, not stated; only a
			// writer who says in so many words that nothing is wrong
			// now makes it the past
			outage = true
		case st.framed(e) || lossNoun(e.Match) || e.Field == FieldSubject && subjectAsks(st.subject):
			// Any other P1 word told of another party or of what might
			// happen ("the credential-stuffing attack on organiser
			// accounts of another event platform", "she got 3 fake
			// bookings on another booking platform … she lost the
			// money"), a loss named as a noun ("maximal tolerierbarer
			// Datenverlust (RPO)") or in a subject that asks ("question
			// about fake bookings"): what the writer asks about, but
			// only when they clear their own side in so many words.
			needClear = true
		default:
			return Evidence{}, false
		}
		p1 = true
	}
	if !p1 {
		return Evidence{}, false
	}
	buf, isLive := st.writerWords(true)
	if isLive {
		return Evidence{}, false
	}
	loc := ownSideClear.FindIndex(buf)
	if loc == nil && needClear {
		return Evidence{}, false
	}
	if loc == nil && framedAll && !outage {
		loc = ownSideFine.FindIndex(buf)
	}
	if loc == nil && !outage {
		// "Regarding VPN security vulnerability in news", "Anfrage zu
		// Presseberichten über einen Sicherheitsvorfall": the writer
		// says where the threat was told, and every P1 word is a
		// security word: what the news told, asked about (in the
		// labelled sets 40 of 44 mails that name the news are P4, none
		// P1).
		loc = newsNamed.FindIndex(buf)
	}
	if loc == nil {
		// "Statusseite „Major Outage EU-Central“ – betrifft uns das?",
		// "Hackerangriff im Radio – betrifft uns das?", "Were we
		// affected?": the writer asks whether the threat or the outage
		// reached them (19 of the 20 labelled mails that ask so are P4).
		loc = affectedAsked.FindIndex(buf)
	}
	if loc == nil {
		return Evidence{}, false
	}
	return Evidence{Rule: "a precaution", Match: string(buf[loc[0]:loc[1]]), Field: FieldBody, Level: P4,
		Note: "the writer says nothing has happened to them and asks about a threat (news of another firm, a published flaw, what to do if): a general question (P4)"}, true
}

// framed reports whether a signal's sentence has a frame word.
func (st *state) framed(e Evidence) bool {
	for w := range strings.FieldsFuncSeq(st.sentenceOf(e), notLetter) {
		if frameWords[w] {
			return true
		}
	}
	return false
}

// askedAt reports whether a signal stands in a sentence of the body that
// ends in '?' ("how long until their data is gone from backups too?"). A
// subject that ends in '?' is often a report put tentatively ("Think I'm
// seeing someone else's documents?").
func (st *state) askedAt(e Evidence) bool {
	if e.Field != FieldBody || e.Offset > len(st.body) {
		return false
	}
	rest := st.body[e.Offset:]
	j := strings.IndexAny(rest, ".!?")
	if j < 0 || strings.Contains(rest[:j], "\n\n") {
		return false
	}
	return rest[j] == '?'
}

// liveClause reports whether a clause's words say a problem is live now:
// a live word other than in "thank you again", "sorry to bother you
// again", "I checked again" or an indirect question ("whether … is
// still"), or a live pair ("a new problem") that no
// "not" or "no" denies ("I am not raising a new problem").
func liveClause(ws []string) bool {
	for i, w := range ws {
		if i+1 < len(ws) && livePairs[w][ws[i+1]] {
			if slices.ContainsFunc(ws[max(0, i-3):i], func(w string) bool { return w == "not" || w == "no" || w == "never" }) {
				continue // "I am not raising a new problem"
			}
			return true
		}
		if !liveWords[w] {
			continue
		}
		if i > 0 && (recoveredWords[ws[i-1]] || checkWords[ws[i-1]]) {
			continue
		}
		if i+1 < len(ws) && thanksAfter[ws[i+1]] {
			continue
		}
		if slices.Contains(ws[:i], "whether") {
			continue // "whether CloudHost is still engaged by you": asked, not told
		}
		return true
	}
	return false
}

// A claim for a service credit (or compensation) for an outage is about
// an outage that is over: "I refer to the platform unavailability on 3
// November, during which our users were unable to log in … we therefore
// claim a credit". The protocol has no P1 for it: a customer's
// dissatisfaction requiring attention (P3), or, when the writer says
// things have been fine since, a settled matter (P4, read by the settled
// reading).

// creditClaimed finds a claim for a credit or compensation in the
// writer's words.
var creditClaimed = regexp.MustCompile(`\b(?:` +
	`(?:service|sla|availability|uptime) credits?` +
	`|credit (?:note )?for the (?:outage|downtime|incident|interruption|disruption|unavailability)` +
	`|compensation for the (?:outage|downtime|incident|interruption|disruption|unavailability)` +
	`)\b`)

// pastOutageStems are the nouns of an outage told as an event: "the
// outage", "the downtime", "the interruption of service".
var pastOutageStems = []string{"outage", "downtime", "incident", "unavailab", "interruption", "disruption"}

// lossNounSet holds the nouns of a loss of data named as a thing ("data
// loss", "Datenverlust"): what a question about backups asks about.
var lossNounSet = newStemSet([]string{"data loss", "datenverlust", "perte de donnees", "perdida de datos", "perda de dados", "gegevensverlies"})

// lossNoun reports whether a signal's words are a loss-of-data noun alone
// ("Datenverlust", "data loss"), which names a loss without stating one.
func lossNoun(match string) bool {
	return strings.Count(match, " ") <= 1 && lossNounSet.in(match)
}

// outageNoun reports whether a signal's words are an outage noun alone
// ("outage", "the downtime"), which names an event without stating it.
func outageNoun(match string) bool {
	if strings.Count(match, " ") > 1 {
		return false // "the platform is down for all": a statement
	}
	return pastOutageSet.in(match)
}

// creditClaim returns the evidence that a mail claims a credit for an
// outage that is over: a claim in the writer's words, every counted P1
// signal an outage noun or told in the past ("were unable to log in"),
// and no word that says a problem is live.
func (st *state) creditClaim() (Evidence, bool) {
	// the claim first: most P1 and P2 mails claim nothing, and their
	// signals are not read again
	buf, isLive := st.writerWords(true)
	if isLive || !bytes.Contains(buf, []byte("credit")) && !bytes.Contains(buf, []byte("compensation")) {
		return Evidence{}, false
	}
	loc := creditClaimed.FindIndex(buf)
	if loc == nil {
		return Evidence{}, false
	}
	for _, e := range st.ev {
		if e.Level != P1 || e.Weight <= 0 || e.Field == "mail" {
			continue
		}
		if securitySignal(e.Match) {
			return Evidence{}, false // a breach told beside the claim is not over by being past
		}
		if !outageNoun(e.Match) && !(e.Field == FieldBody && pastSentence(st.body, e.Offset)) {
			return Evidence{}, false
		}
	}
	return Evidence{Rule: "credit claimed for an outage that is over", Match: string(buf[loc[0]:loc[1]]), Field: "mail", Level: P3,
		Note: "the writer claims a credit for an outage told in the past and no word says a problem is live: dissatisfaction requiring attention (P3), not an incident"}, true
}

// settlesAnother reports whether a settled phrase is about another
// problem than the one the mail reports: "This is a different problem
// from the discount issue overnight (that one is fixed now, thank you)".
// The report beside it, before or after, is not settled by it.
func (st *state) settlesAnother(e Evidence) bool {
	prev := ""
	for w := range strings.FieldsFuncSeq(st.sentenceOf(e), notLetter) {
		switch {
		case w == "different" || w == "separate" || w == "unrelated" || w == "another",
			prev == "that" && w == "one", prev == "the" && (w == "other" || w == "previous" || w == "earlier"):
			return true
		}
		prev = w
	}
	return false
}

// sentenceOf returns the sentence of the subject or body that evidence
// stands in, lower case; "" for evidence of the mail or the sender.
func (st *state) sentenceOf(e Evidence) string {
	switch e.Field {
	case FieldSubject:
		return sentenceAround(st.subject, e.Offset)
	case FieldBody:
		return sentenceAround(st.body, e.Offset)
	}
	return ""
}

// writerWords returns the words of the writer's text (with the subject's
// when withSubject), each followed by a space, in scratch space; isLive says
// a clause that does not ask says a problem is live now.
//
// The words with the subject's are joined once a mail (wwRead): three
// readings ask for them.
func (st *state) writerWords(withSubject bool) (buf []byte, isLive bool) {
	if withSubject && st.wwRead {
		return st.wwBuf, st.wwLive
	}
	_, cs := st.writer()
	if withSubject {
		// the scratch space holds the kept words until the next mail
		buf = st.w.precBuf[:0]
		defer func() { st.w.precBuf = buf }()
	}
	for _, c := range cs {
		if !c.ask && c.any&live.bit != 0 && liveClause(c.words) {
			isLive = true
			break
		}
		if c.field != FieldBody && !withSubject {
			continue
		}
		for _, w := range c.words {
			buf = append(append(buf, w...), ' ')
		}
	}
	if withSubject {
		st.wwRead, st.wwBuf, st.wwLive = true, buf, isLive
	}
	return buf, isLive
}

// writerWordsDE reports whether a word of writerWords(true) ends in
// "sondern", "einer" or "eines" (the words joined hold "sondern ",
// "einer " or "eines "), without joining them.
func (st *state) writerWordsDE() bool {
	_, cs := st.writer()
	for _, c := range cs {
		if !c.ask && c.any&live.bit != 0 && liveClause(c.words) {
			return false
		}
		for _, w := range c.words {
			if len(w) < 5 {
				continue
			}
			switch w[len(w)-1] {
			case 'n':
				if strings.HasSuffix(w, "sondern") {
					return true
				}
			case 'r':
				if strings.HasSuffix(w, "einer") {
					return true
				}
			case 's':
				if strings.HasSuffix(w, "eines") {
					return true
				}
			}
		}
	}
	return false
}

// inHistory reports whether evidence of the body stands in the history
// below the writer's words: a forwarded or quoted mail (historyStart).
func (st *state) inHistory(e Evidence) bool {
	if e.Field != FieldBody {
		return false
	}
	if !st.histRead {
		st.histRead, st.hist = true, historyStart(st.body, 0)
	}
	return st.hist >= 0 && e.Offset >= st.hist
}
