package intake

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A signature typed without the "-- " delimiter stays in the visible text
// (it is the writer's: an agent's update reaches the customer with its
// sign-off and name), but it says nothing about the mail. A job title
// ("Manager, Critical Incident Response Team"), a department ("Outage
// Coordination"), a company ("Breach Response Ltd") or an address under
// the writer's name would otherwise be read as the mail's own words when
// its severity is judged. SplitSignature finds where those lines start.

// signOffCore are the closing phrases of the languages intake reads,
// thanks among them.
const signOffCore = `(with |many |kind(est)? |best |warm(est)? |good )?regards|(best|warm(est)?|good|all the best|kind) wishes|all the best|best|` +
	`(many |thanks and |thanks & )?thanks( (again|so much|a lot|in advance|for (your|the) (help|time|support|patience|quick (reply|response))))?|` +
	`thank you( (again|so much|very much|in advance|for (your|the) (help|time|support|patience|quick (reply|response))))?|` +
	`thx|tks|ty|tia|cheers|(yours )?sincerely( yours)?|yours (faithfully|truly)|respectfully|cordially|br|b\.r\.|brgds|rgds|kr|` +
	`take care|talk soon|speak soon|have a (nice|good|great) (day|weekend|evening)|looking forward to (hearing from you|your (reply|response|answer))|` +
	`mit (freundlichen|besten|herzlichen|lieben) gr(ü|ue|u)(ß|ss|s)en|(freundliche|viele|beste|herzliche|liebe|schöne|sonnige) gr(ü|ue|u)(ß|ss|s)e|gr(ü|ue|u)(ß|ss|s)e|gru(ß|ss)|mfg|vg|lg|(besten |vielen )?dank( im voraus)?|danke( schön| sehr)?|hochachtungsvoll|` +
	`(bien )?cordialement|bien à vous|(meilleures |sincères |bien )?salutations( distinguées)?|merci( beaucoup| d'avance| par avance)?|bonne (journée|soirée)|amicalement|à bientôt|` +
	`(un )?saludos?( cordiales)?|atentamente|(muchas )?gracias|un abrazo|cordialmente|` +
	`atenciosamente|abraços?|obrigad[oa]|(melhores )?cumprimentos|att\.?|grat[oa]|` +
	`(cordiali |distinti )?saluti|grazie( mille)?|buona giornata|` +
	`(met )?vriendelijke groet(en)?|groet(en|jes)?|mvg|bedankt|dank (je|u)( wel)?|` +
	`med vänlig(a)? hälsning(ar)?|vänliga hälsningar|hälsningar|mvh|med venlig hilsen|venlig hilsen|hilsen|ystävällisin terveisin|terveisin|` +
	`pozdrawiam|z poważaniem|dziękuję|s pozdravem|děkuji|с уважением|спасибо|saygılarımla|saygılarımızla|iyi çalışmalar|teşekkürler|` +
	`з повагою|cu stimă|cu respect|üdvözlettel|tisztelettel|srdačan pozdrav|s poštovanjem|` +
	`με εκτίμηση|με τιμή|(με )?(φιλικούς |θερμούς )?χαιρετισμούς|φιλικά|` +
	`مع (خالص|أطيب|أجمل|وافر|فائق) (التحيات|التحية|الاحترام|التقدير)|مع (التحية|تحياتي)|تحياتي|وتفضلوا بقبول (فائق|وافر) الاحترام|בברכה|` +
	`با (احترام|سپاس|تشکر)( فراوان)?|ارادتمند(ید| شما)?|` +
	`よろしくお願い(いた)?します|谢谢|此致敬礼|` +
	// the formal closings of more languages, goodbye and nothing else
	// (a closing that thanks is typed text, and its words are above)
	`lugupidamisega|parimate soovidega|tervitustega|ar cieņu|pagarbiai|su pagarba|geriausi linkėjimai|` +
	`lep pozdrav|lepo pozdravljeni|s spoštovanjem|lijep pozdrav|srdačno|sa poštovanjem|с поштовањем|срдачан поздрав|` +
	`s pozdravom|s úctou|s priateľským pozdravom|s přátelským pozdravem|se srdečným pozdravem|baráti üdvözlettel|` +
	`toate cele bune|с уважение|с най-добри пожелания|со почит|з найкращими побажаннями|с наилучшими пожеланиями|всего доброго|з павагай|` +
	`პატივისცემით|საუკეთესო სურვილებით|հարգանքով|hörmətlə|құрметпен|hurmat bilan|me respekt|me nderime|gjithë të mirat|` +
	`(vriendelike |beste |hartlike )?groete|(met )?hartelijke groet(en)?|(med )?vennlig(e)? hilsen?|bedste hilsner|venlige hilsner|beste hilsen|` +
	`(með |bestu )?kveðj(a|u|ur)|parhain terveisin|bästa hälsningar|le meas|cofion|yn gywir|salutacions|atentament|un saúdo|saúdos|` +
	`com os melhores cumprimentos|(reciba )?un cordial saludo|distinti saluti|un (caro )?saluto|selamlar|saygılar|בכבוד רב|والسلام|सादर|` +
	`hormat (saya|kami)|salam hangat|wassalam|trân trọng|thân ái|kính thư|ขอแสดงความนับถือ|ด้วยความเคารพ|lubos na gumagalang|kila la heri|` +
	`祝好|顺颂商祺|顺祝商祺|敬上|敬具`

// signOff is a line that closes a mail: the closing phrases of the
// languages intake reads, then at most a short name on the same line
// ("Thanks, Maria", "Cheers - Tom", "Saludos, Ana").
var signOff = mustGate(`(?i)^[\s>*_-]*(` + signOffCore +
	`)[\s,.!:;،–—-]*(\p{Lu}[\p{L}.'-]*([ ,]+\p{Lu}[\p{L}.'-]*){0,3})?[\s.!]*$`)

// goodbyeClosing is a line that is a closing of the languages intake
// reads (signOffCore) and nothing else: no name after it, and no word
// glued to it that the name's place in signOff would take ("Attached."
// is no "Att." with a name).
var goodbyeClosing = mustGate(`(?i)^[\s>*_-]*(` + signOffCore + `)[\s,.!:;،–—-]*$`)

// maxSignatureLines bounds the lines a signature holds below its sign-off
// or name: name, title, department, company, an address over two or
// three lines, phones, links.
const maxSignatureLines = 12

// SplitSignature splits a mail's visible text into the writer's words and
// the signature under them, as a reader tells them apart: the lines from
// the name under the last sign-off ("Kind regards," / "Maria Lopez",
// "Thanks, Maria" / "Head of IT", "Mit freundlichen Grüßen" / "Jan
// Becker"), or from a line that is the sender's own name (sender is the
// From display name, "" if unknown), when every line from there to the
// end reads as a signature does (short, no sentence, no "P.S."). The
// sign-off line stays with the words. words+signature is text; signature
// is "" when the text ends in none. Severity is read from words; the
// visible text sent on keeps both.
func SplitSignature(text, sender string) (words, signature string) {
	// A signature is in the last lines: read those, not the whole body.
	const tailLines = 3 * maxSignatureLines
	from := len(text)
	for n := 0; n <= tailLines && from > 0; n++ {
		from = strings.LastIndexByte(text[:from], '\n')
		if from < 0 {
			from = 0
		}
	}
	if from > 0 {
		from++ // the line after the newline
	}
	words, signature = splitSignature(text[from:], sender, strings.TrimSpace(text[:from]) != "")
	return text[:from] + words, signature
}

// splitSignature is SplitSignature on the last lines of a text; above
// says words stand above them.
func splitSignature(text, sender string, above bool) (words, signature string) {
	lines := strings.SplitAfter(text, "\n")
	names := nameWords(sender)
	cut, next := -1, -1 // the first line of the signature; the line below the one looked at
	for i, below := len(lines)-1, 0; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if signOff.MatchString(l) {
			if next >= 0 && nameLike(strings.TrimSpace(lines[next])) {
				cut = next
			}
			break
		}
		if below == maxSignatureLines || proseLine(l) {
			break
		}
		below++
		if isNameLine(l, names) {
			cut = i // the sender's name closes the mail; look on for a sign-off above it
		}
		next = i
	}
	if cut < 0 || cut == 0 && !above {
		return text, ""
	}
	n := 0
	for _, l := range lines[:cut] {
		n += len(l)
	}
	if !above && strings.TrimSpace(text[:n]) == "" {
		return text, ""
	}
	return text[:n], text[n:]
}

// proseLine reports whether a line reads as the writer's text rather
// than a signature's: a postscript, a sentence (ends in "." after three
// or more words, "!" or "?"), words in lower case as a sentence has them
// rather than a title ("nobody can log in", not "Head of Customer
// Operations" or "Responsable du service client"), or a line longer than
// a signature's. Ten words make a sentence, counted without the groups
// of digits a phone number is written in ("Tel: +971 2 555 0116 | Mob:
// +971 50 555 0139" is a signature's line).
func proseLine(l string) bool {
	if overlong(l) {
		return true
	}
	low := strings.ToLower(l)
	if strings.HasPrefix(low, "p.s") || strings.HasPrefix(low, "ps:") || strings.HasPrefix(low, "ps ") || strings.HasPrefix(low, "pps") {
		return true
	}
	words := strings.Fields(l)
	if letterWords(words) >= 10 || lowerWords(words) >= 3 {
		return true
	}
	switch l[len(l)-1] {
	case '!', '?':
		return true
	case '.':
		last := strings.ToLower(words[len(words)-1])
		return len(words) >= 3 && !companyAbbrev[strings.TrimRight(last, ".")] && !strings.Contains(strings.TrimSuffix(last, "."), ".")
	}
	return false
}

// nameLike reports whether the line under a sign-off can open a
// signature: a name or a title, up to five words, at most one of them in
// lower case ("Maria Lopez", "Ana de la Cruz", "J. Smith", "Head of IT",
// "Acme support team"), not a sentence.
func nameLike(l string) bool {
	words := strings.Fields(l)
	return len(words) <= 5 && lowerWords(words) <= 1 && !proseLine(l)
}

// lowerWords counts the words of a line that begin in lower case and are
// neither the small words of names and titles ("of", "de", "van", "und")
// nor addresses, numbers or links.
func lowerWords(words []string) int {
	n := 0
	for _, w := range words {
		if lowerWord(w) {
			n++
		}
	}
	return n
}

// lowerWordsIn is lowerWords of the words of line l, counted without a
// copy of them.
func lowerWordsIn(l string) int {
	n := 0
	for w := range strings.FieldsSeq(l) {
		if lowerWord(w) {
			n++
		}
	}
	return n
}

// lowerWord reports whether w is a word lowerWords counts.
func lowerWord(w string) bool {
	if strings.ContainsAny(w, "@/:0123456789") || strings.Contains(strings.Trim(w, "."), ".") {
		return false
	}
	w = strings.Trim(w, ",;()|&–—-")
	if w == "" || nameParticles[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return smallLetter(r)
}

// smallLetter reports whether r is a small letter of a script that
// writes capitals: Georgian's Mkhedruli letters are small letters to
// Unicode, but its running text has no capitals, and a name or a title
// in it reads as one in Arabic or Hebrew does.
func smallLetter(r rune) bool {
	return unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r)
}

// letterWords counts the words of a line that hold a letter.
func letterWords(words []string) int {
	n := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// nameParticles are the lower-case words of names, titles and addresses.
var nameParticles = map[string]bool{"of": true, "and": true, "for": true, "the": true, "at": true, "in": true, "to": true, "on": true, "&": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "et": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "y": true, "e": true,
	"van": true, "der": true, "den": true, "von": true, "und": true, "für": true, "zu": true, "di": true, "bin": true, "al": true, "el": true, "i": true, "och": true, "og": true, "en": true, "het": true}

// companyAbbrev are the words a company's or person's name ends in with a
// full stop ("Acme Widgets Ltd.", "Jr."), which do not end a sentence.
var companyAbbrev = map[string]bool{"inc": true, "ltd": true, "co": true, "corp": true, "llc": true, "plc": true, "gmbh": true, "ag": true,
	"sa": true, "s.a": true, "bv": true, "b.v": true, "nv": true, "srl": true, "spa": true, "jr": true, "sr": true, "dr": true, "ev": true, "e.v": true, "kg": true}

// nameWords are the folded words of a sender's display name, read either
// way round ("Lopez, Maria").
func nameWords(sender string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(sender, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		if len([]rune(w)) > 1 {
			words[strings.ToLower(w)] = true
		}
	}
	return words
}

// isNameLine reports whether a line is the sender's name or part of it
// ("Maria", "Maria Lopez", "– Maria", "/ML" is not).
func isNameLine(l string, names map[string]bool) bool {
	n := nameWordsIn(l, names)
	return n > 0 && n <= 4
}

// nameWordsIn is how many words line l has when every one of them is a
// word of the sender's name, else 0.
func nameWordsIn(l string, names map[string]bool) int {
	if len(names) == 0 {
		return 0
	}
	n := 0
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		w = strings.Trim(w, "-'")
		if w == "" {
			continue
		}
		if !names[strings.ToLower(w)] {
			return 0
		}
		n++
	}
	return n
}

// signatureOnly reports whether text, the visible text of a reply from
// sender over its history (past: the lines below text), is nothing but
// the signature the sender's client put there: by its lines
// (clientSignatureOnly) or by the thread (signatureEchoed).
func signatureOnly(text, sender string, past []string) bool {
	return clientSignatureOnly(text, sender) || signatureEchoed(text, sender, past)
}

// clientSignatureOnly reports whether text, the visible text of a reply
// from sender, is nothing but the signature the sender's client put into
// it by itself. Outlook, Apple Mail and most desktop clients insert the
// signature above the mail answered as Reply is pressed, so a reply sent
// without a word typed is that signature alone: "Sarah Bennett" /
// "Finance Assistant" / "Harrow & Vale Ltd" / "T: +44 1632 960 150". It
// opens with the sender's whole name (wholeName: two words or more of the
// From display name, nothing else, or a Chinese or Korean name written as
// one word, "王建宏") and goes on with lines a signature holds, at least
// one: a title or a company (few words in lower case), a phone, an
// address or a link; no sentence and no sign-off but a bare closing
// above the name (bareClosing), which the signature may hold. The name
// may carry a title of address ("Mr Tom Price", "Frau Dr. Anna
// Keller": withoutHonorific) or a signing prefix ("i. A. Jens
// Hartmann"); a shared mailbox's signature may open with its
// organisation instead (organisationHead); a company's register
// paragraph may close it under a blank line (withoutRegisterParagraph).
// A message typed,
// however short, has a line that is not one of these ("Thanks, John",
// "Approved.", "yes please"), or stands above the name ("John Smith" /
// "Head of IT" under "OK"), or is a first name alone ("John").
func clientSignatureOnly(text, sender string) bool {
	names := nameWords(sender)
	if len(names) == 0 && !goodbyeLine(firstTextLine(text)) {
		return false // the common case of a body alone: no name to go by
	}
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if framedSignature(lines, names) {
		return true
	}
	closed := false
	if len(lines) > 2 && (goodbyeLine(lines[0]) || len(names) > 0 && closingLine(lines[0]) && !strings.Contains(strings.TrimSpace(text), "\n\n")) {
		// The closing Outlook's signature holds above the name: "Kind
		// regards," / "Mr Tom Price" / "Network Manager" / …, known by
		// its words (goodbyeLine: "Με εκτίμηση,", "Saygılarımla,", set
		// apart from the name by a blank line or not) or, in one block
		// with the name, by its shape: "С уважением," / "Сергей Лебедев"
		// / … as "Me respekt," / "Arben Hoxha" / …. A closing of unknown
		// words set apart from the name by a blank line was typed above
		// it ("Ναι," / "Evet,").
		closed = goodbyeLine(lines[0])
		lines = lines[1:]
	}
	if len(lines) < 2 || len(lines) > maxSignatureLines+1+maxRegisterLines {
		return false
	}
	// The name may share its line with the title: "Minh Tran | FOI Case
	// Officer".
	name, title, titled := strings.Cut(lines[0], "|")
	name = withoutHonorific(strings.TrimSpace(name))
	named := len(names) > 0 && (wholeName(name, names) || titledName(name, names) || transcribedName(name, len(names), sender, lines[1:]) || organisationHead(lines, names) || mailboxSigned(lines, names))
	if !named && !(closed && closedName(name, lines[1:])) || titled && !signatureLine(strings.TrimSpace(title)) {
		return false
	}
	// Under a closing with nothing typed above it, a line that speaks to
	// the reader is typed, whatever its shape, and the lines are the
	// signature's over a contact when none does, whatever their shape.
	// With nothing typed above the closing, the writer typed nothing
	// there: what would make the rest typed is a line that speaks to the
	// reader (speaksToReader), not one that fails to look like a
	// signature's line. A register line, a street address in a form no
	// rule knows or a title of many words says nothing to anyone
	// ("Registered office: 3 Dock Road, … | Company No. …", "Sąd Rejonowy
	// Gdańsk-Północ …, KRS 0000512345").
	below := lines[1:]
	if !(closed && anySpeaks(below)) && (closed && anyContact(below) || len(lines) <= maxSignatureLines+1 && signatureBelowName(below)) {
		return true
	}
	// The company's register paragraph may close the signature under a
	// blank line; read only once the head is a signature's, as it is
	// seldom.
	t := withoutRegisterParagraph(text)
	if t == text {
		t = withoutPleaParagraph(text)
	}
	return t != text && clientSignatureOnly(t, sender)
}

// cardAlone reports whether text is a person's card and nothing else:
// a name on its first line (closedName: a person's name's shape, in a
// script with capitals or without, a title of address aside) over a
// title or a company and a contact, every line a signature's
// (signatureBelowName) and none speaking to the reader. Whoever's name
// it is, nothing in it was said to anyone: a client's signature sent
// alone, told without a name in From or a closing to go by.
func cardAlone(text string) bool {
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if inner, ok := unboxed(lines); ok {
		// A card drawn in a box ("***…" / "გიორგი ლომიძე" / … / "***…")
		// is read inside it.
		lines = inner
	}
	if len(lines) < 3 || len(lines) > maxSignatureLines+1 {
		return false
	}
	below := lines[1:]
	return closedName(withoutHonorific(withoutTranscription(lines[0])), below) && signatureBelowName(below) && !anySpeaks(below)
}

// anyContact reports whether one of lines is a contact: a phone, an
// address, a link (contactLine), as every signature holds one.
func anyContact(lines []string) bool {
	for _, l := range lines {
		if contactLine(l) {
			return true
		}
	}
	return false
}

// anySpeaks reports whether one of lines speaks to the reader
// (speaksToReader).
func anySpeaks(lines []string) bool {
	for _, l := range lines {
		if speaksToReader(l) {
			return true
		}
	}
	return false
}

// personWord is a word of the first or the second person a sentence
// addressed to the reader holds beyond selfSpeech's "I": "we", "our",
// "us", "you", "your", and the polite and plural forms, in the
// languages the sets use.
var personWord = mustGate(`(?i)(?:^|[^\pL'’])(we|our|us|you|your|wir|uns|unser|unsere|sie|ihnen|ihr|ihre|du|dich|dir|dein|nous|notre|nos|vous|votre|vos|tu|nosotros|nuestro|nuestra|usted|ustedes|vosotros|noi|nostro|nostra|voi|vostro|vostra|lei|wij|ons|onze|jullie|uw|jij|nós|nosso|nossa|você|vocês|vi|vam|vás|vám|wy|wam|państwo|pan|pani|biz|bizim|siz|sizin|size|ön|önök|mi|ми|ви|вы|вам|вас|мы|нам|нас|εμείς|σας|אנחנו|אתם|לכם|نحن|أنتم|لكم|chúng tôi|bạn|anh|chị|我们|我們|您|你)(?:[^\pL'’]|$)`)

// speaksToReader reports whether a line under a signature's name speaks
// to the reader as typed words do in any language: it asks, exclaims,
// thanks, closes again or gives a command (saysSomething: sayingLine
// but for its length alone, which a register line reaches), asks something of us
// (askSpeech: "please", "can you"), or is a sentence (three words in
// lower case or more, or one that ends a sentence) in the first or the
// second person (selfSpeech, personWord: "I will send the file
// tomorrow", "let us know if you need the scan"). A signature's
// personal line ("I work part-time", signaturePersonal) is the
// signature's.
func speaksToReader(l string) bool {
	if signaturePersonal.MatchString(l) {
		return false
	}
	if saysSomething(l) || askSpeech.MatchString(l) {
		return true
	}
	sentence := lowerWordsIn(l) >= 3 || strings.HasSuffix(l, ".") && lowerWordsIn(l) >= 2
	return sentence && (selfSpeech.MatchString(l) || personWord.MatchString(l))
}

// goodbyeLine reports whether l is a closing that says nothing but
// goodbye, as a signature holds it above the name: a bareClosingLine, or
// a closing of any language intake reads with no thanks and nothing
// after it (goodbyeClosing: "Με εκτίμηση,", "Saygılarımla,", "مع خالص
// التحيات،"). "Ναι," / "Evet," / "Genehmigt," have a closing's shape but
// say yes or approve, and are no goodbye.
func goodbyeLine(l string) bool {
	return l != "" && (bareClosingLine(l) || goodbyeClosing.MatchString(l) && !thanksWord.MatchString(l))
}

// firstTextLine is the first line of text that is not blank, trimmed.
func firstTextLine(text string) string {
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// closedName reports whether name, the line under a closing that says
// nothing but goodbye (goodbyeLine), opens a signature whatever the
// sender's name is, or when it is not known (a body alone, a mailbox's
// name): it has a person's name's shape once its title of address is
// dropped (personNameShape: "drs. Wouter Brinkman", "Av. Selin
// Aydoğan"), and the lines below it (below) hold a contact (a phone, an
// address, a link). The lines below are read as any signature's
// (signatureBelowName), so a line that says something there is typed.
// A word typed under the closing ("Akkoord", "موافق") is no name. A
// title abbreviated by its shape may stand before the name ("Arh.
// Cristina Vasilescu": abbreviatedTitle), and a name in a script
// without capitals has its own shape (caselessNameShape).
func closedName(name string, below []string) bool {
	if first, rest, ok := strings.Cut(name, " "); ok && (abbreviatedTitle(first) || caselessTitle(first)) {
		name = strings.TrimSpace(rest)
	}
	return (personNameShape(name) || caselessNameShape(name)) && anyContact(below)
}

// caselessTitle reports whether w is a title abbreviated before a name
// in a script without capitals, which abbreviatedTitle cannot tell by a
// capital: a letter of that script closed by a full stop, or two such,
// as Arabic, Persian and Urdu signatures write "د." (doctor), "م."
// (engineer), "أ." (ustadh), "أ.د." (professor doctor), each letter
// with its marks, as the Indic scripts write a syllable: Bengali's
// "ডা." and Hindi's "डॉ." (doctor) are a letter and its vowel sign; or a word
// abbreviated by the marks of the Hebrew script (markedAbbreviation:
// "עו"ד", advocate; "ד״ר", doctor; "פרופ'", professor). A word of two
// letters and a stop ("تم.", done) is a word typed.
func caselessTitle(w string) bool {
	if markedAbbreviation(w) {
		return true
	}
	body, ok := strings.CutSuffix(w, ".")
	if !ok {
		return false
	}
	parts := strings.Split(body, ".")
	if len(parts) > 2 {
		return false
	}
	for _, p := range parts {
		rs := []rune(p)
		if len(rs) == 0 || !unicode.IsLetter(rs[0]) || unicode.IsUpper(rs[0]) || unicode.IsLower(rs[0]) {
			return false
		}
		for _, r := range rs[1:] {
			if !unicode.IsMark(r) {
				return false // a letter and its marks: "ডা." is ড and its vowel sign
			}
		}
	}
	return true
}

// maxMarkedLetters bounds a word abbreviated by the Hebrew script's
// marks: "עו"ד", "רו"ח", "פרופ'".
const maxMarkedLetters = 5

// markedAbbreviation reports whether w is a word of letters without
// capitals abbreviated as the Hebrew script marks it, in Hebrew, Yiddish
// and Ladino alike: the gershayim (״, typed as '"' on most keyboards)
// before the last letter of an acronym ("עו"ד", advocate; "ד״ר",
// doctor; "רו"ח", accountant), or the geresh (׳, typed as "'") closing a
// word cut short ("פרופ'", professor; "גב'", Mrs). Two to
// maxMarkedLetters letters, every one of a script without capitals; a
// word in quotation marks ("כן"), a mark with nothing after it or two
// letters after it is no abbreviation.
func markedAbbreviation(w string) bool {
	rs := []rune(w)
	caseless := func(rs []rune) bool {
		for _, r := range rs {
			if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
				return false
			}
		}
		return len(rs) > 0
	}
	if len(rs) < 3 || len(rs) > maxMarkedLetters+1 {
		return false
	}
	if last := rs[len(rs)-1]; last == '\'' || last == '\u05f3' || last == '’' {
		return caseless(rs[:len(rs)-1]) // a geresh: "פרופ'", "גב'"
	}
	g := len(rs) - 2 // a gershayim before the last letter: "עו"ד"
	return (rs[g] == '"' || rs[g] == '\u05f4') && caseless(rs[:g]) && caseless(rs[g+1:])
}

// framedSignature reports whether lines, the lines of a reply's text,
// are a signature drawn in a box and nothing else, as Japanese and
// Chinese signatures are: the same rule above and below
// ("━━━━━━━━━━" / "株式会社 北陸ベアリング製作所" / "生産技術部" /
// "山田 直樹 (Naoki Yamada)" / "〒939-0000 …" / "TEL 0766-55-2210" / the
// same rule), the company and department above the name as often as
// below it. Inside the box every line reads as a signature's and says
// nothing (sayingLine), one is the sender's whole name (with its
// transcription in brackets after it, withoutTranscription) and one a
// contact. Words typed stand outside the box, above it, and a box with
// a sentence or a question in it is not a signature's.
func framedSignature(lines []string, names map[string]bool) bool {
	inner, ok := unboxed(lines)
	if !ok || len(inner) < 2 || len(inner) > maxSignatureLines {
		return false
	}
	named, contact := false, false
	for _, l := range inner {
		if sayingLine(l) || !signatureLine(l) {
			return false
		}
		named = named || wholeName(withoutTranscription(withoutHonorific(l)), names) || titledName(withoutTranscription(l), names)
		contact = contact || contactLine(l)
	}
	return named && contact
}

// unboxed is lines, a block drawn in a box, without the box: the rule
// above and the rule below (no letter or digit, three runes at least;
// the same line twice, or both drawn with box-drawing characters, whose
// corners differ: "┌───┐" over "└───┘") and the bars that close each
// line at its ends ("│ 林志明 Lin Chih-Ming │", "║ …", "| …", "* … *"
// under a rule of asterisks). ok is false when lines are no such box.
func unboxed(lines []string) (inner []string, ok bool) {
	n := len(lines)
	if n < 3 || !ruleLine(lines[0]) || !ruleLine(lines[n-1]) ||
		lines[0] != lines[n-1] && !(boxDrawn(lines[0]) && boxDrawn(lines[n-1])) {
		return nil, false
	}
	bar := func(r rune) bool {
		return unicode.Is(boxDrawing, r) || r == '|' || strings.ContainsRune(lines[0], r) || isSpaceRune(r)
	}
	for _, l := range lines[1 : n-1] {
		if l = strings.TrimFunc(l, bar); l != "" {
			inner = append(inner, l)
		}
	}
	return inner, true
}

// boxDrawing is Unicode's Box Drawing block (U+2500–U+257F).
var boxDrawing = &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0x2500, Hi: 0x257f, Stride: 1}}}

// ruleLine reports whether l is a rule: three runes or more and no
// letter or digit.
func ruleLine(l string) bool {
	const minRule = 3
	return utf8.RuneCountInString(l) >= minRule && strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// boxDrawn reports whether the rule l is drawn with box-drawing
// characters alone.
func boxDrawn(l string) bool {
	return strings.IndexFunc(l, func(r rune) bool { return !unicode.Is(boxDrawing, r) }) < 0
}

// maxTitleRunes bounds a title written beside a name in a script
// without capitals: "代表取締役社長", "営業部長", "팀장".
const maxTitleRunes = 8

// titledName reports whether l, a line of a signature drawn in a box,
// is the sender's whole name with the title the writer holds written
// beside it, as Japanese, Chinese and Korean signatures write it, before
// the name or after it and set apart by a space, the ideographic one
// among them: "店長　山田 太郎" (store manager), "営業部 部長 佐藤 花子",
// "김민수 과장", "王建宏 经理". A title is a word of Han or Hangul
// letters alone, two to eight, at most two of them; the other words are
// the sender's whole name (wholeName). A word in kana or Latin letters
// beside the name is no title.
func titledName(l string, names map[string]bool) bool {
	const maxTitles = 2
	var name []string
	titles := 0
	for _, w := range strings.Fields(l) {
		if names[strings.ToLower(w)] {
			name = append(name, w)
			continue
		}
		if !cjkTitle(w) {
			return false
		}
		titles++
	}
	return titles > 0 && titles <= maxTitles && len(name) > 0 && wholeName(strings.Join(name, " "), names)
}

// cjkTitle reports whether w is a word of Han or Hangul letters alone,
// two to maxTitleRunes, as a title beside a name is written.
func cjkTitle(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.In(r, unicode.Han, unicode.Hangul) {
			return false
		}
		n++
	}
	return n >= 2 && n <= maxTitleRunes
}

// withoutTranscription is name line l without the transcription of the
// name in brackets after it: "山田 直樹 (Naoki Yamada)" → "山田 直樹",
// "王建宏（Wang Jianhong）" → "王建宏".
func withoutTranscription(l string) string {
	for _, open := range []string{" (", "（", "("} {
		if name, rest, ok := strings.Cut(l, open); ok && (strings.HasSuffix(rest, ")") || strings.HasSuffix(rest, "）")) {
			return strings.TrimSpace(name)
		}
	}
	return withoutLatinName(l)
}

// withoutLatinName is name line l without the name's Latin letters
// written after it unbracketed, as Chinese, Japanese and Korean
// signatures write it: "林志明 Lin Chih-Ming" → "林志明", "김민수 Minsu
// Kim" → "김민수". The words before are of the scripts without capitals
// that such a name is written in, the one to three words after of Latin
// letters, each opening with a capital; anything else is l.
func withoutLatinName(l string) string {
	const maxLatin = 3
	words := strings.Fields(l)
	k := 0
	for k < len(words) && caselessCJK(words[k]) {
		k++
	}
	if k == 0 || len(words)-k < 1 || len(words)-k > maxLatin {
		return l
	}
	for _, w := range words[k:] {
		if !capitalLatinWord.MatchString(w) {
			return l
		}
	}
	return strings.Join(words[:k], " ")
}

// caselessCJK reports whether w is written in Han, Hangul or kana
// alone.
func caselessCJK(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool {
		return !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
	}) < 0
}

// capitalLatinWord is a word of Latin letters opening with a capital,
// hyphenated or not: "Lin", "Chih-Ming".
var capitalLatinWord = mustGate(`^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*$`)

// withoutPleaParagraph is text without the plea to think before printing
// that a company's signature closes with under a blank line (printPlea,
// thinkPlea: "Antes de imprimir este email pense bem se tem mesmo de o
// fazer."): the client prints it with the signature. Read only once the
// head is a signature's, so a writer's sentence about printing above no
// signature is never taken.
func withoutPleaParagraph(text string) string {
	above, last, ok := splitLastParagraph(text)
	if !ok {
		return text
	}
	if p := strings.Join(strings.Fields(last), " "); !printPlea(p) && !thinkPlea(p) {
		return text
	}
	return above
}

// splitLastParagraph splits text at the blank line above its last paragraph;
// ok is false when it has none, or nothing above it.
func splitLastParagraph(text string) (above, last string, ok bool) {
	t := strings.TrimRight(text, " \t\r\n")
	i := strings.LastIndex(t, "\n\n")
	if j := strings.LastIndex(t, "\n\r\n"); j > i {
		i = j
	}
	if i < 0 || strings.TrimSpace(t[:i]) == "" {
		return text, "", false
	}
	return t[:i], t[i:], true
}

// mailboxSigned reports whether lines, a shared mailbox's signature sent
// alone, open with the name of the person who answers from it over the
// mailbox's own lines: "Inês Carvalho" / "Receção | Front Office" /
// "Quinta do Vale Douro Wine Hotel" / … from "Rececao Quinta do Vale".
// The head has a person's name's shape (personNameShape) and shares no
// word with the From name, and every word of the From name stands in
// the lines below it, read without the accents the display name often
// drops ("Rececao" for "Receção"): the mailbox is named after the
// department and the house it signs with. A line typed above such a
// block is no name, or leaves the From name's words unseen.
func mailboxSigned(lines []string, names map[string]bool) bool {
	if len(lines) < 3 || !personNameShape(lines[0]) {
		return false
	}
	if len(nameWordsSeen(lines[0], names)) > 0 {
		return houseSigned(lines, names)
	}
	bare := map[string]bool{}
	for w := range names {
		if !nameParticles[w] {
			bare[withoutAccents(w)] = true
		}
	}
	if len(bare) < 2 {
		return false // one word names too little to tell the mailbox
	}
	seen := map[string]bool{}
	for _, l := range lines[1:] {
		for w := range nameWordsSeen(withoutAccents(strings.ToLower(l)), bare) {
			seen[w] = true
		}
	}
	return len(seen) == len(bare)
}

// houseSigned reports whether lines, a signature sent alone from a
// mailbox named after a house that bears its owner's family name, open
// with the owner's name over the house's own line: "Γιώργος Αντωνίου" /
// "Φαρμακοποιός, MSc" / "Φαρμακείο Αντωνίου – Πάτρα" / … from
// "Φαρμακείο Αντωνίου", as "Hans Keller" / … / "Apotheke Keller AG"
// from "Apotheke Keller" or "María Pérez" / … / "Farmacia Pérez" from
// "Farmacia Pérez". The head shares a word with the From name but is
// not all of it (wholeName), and one line below it holds the words it
// shares with the From name and another of the From name's: the house's
// name, as the mailbox is called.
func houseSigned(lines []string, names map[string]bool) bool {
	shared := nameWordsSeen(lines[0], names)
	if wholeName(lines[0], names) {
		return false
	}
	for _, l := range lines[1:] {
		// every word of the head's, and one more of the sender's
		if seen := nameWordsSeen(l, names); len(seen) > len(shared) && allSeen(shared, seen) {
			return true
		}
	}
	return false
}

// allSeen reports whether every word of words is in seen.
func allSeen(words, seen map[string]bool) bool {
	for w := range words {
		if !seen[w] {
			return false
		}
	}
	return true
}

// personNameShape reports whether l has a person's name's shape: two to
// four words of letters, each opening with a capital and going on in
// lower case ("Inês Carvalho", "Jean-Luc Martin"), a family name's
// second capital after its prefix aside ("Eilidh MacLeod", "Ryan
// McDonald", "Ana DeSouza": one, between small letters), saying nothing.
func personNameShape(l string) bool {
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > 4 || sayingLine(l) {
		return false
	}
	for _, w := range words {
		rs := []rune(w)
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
			return false
		}
		inner := false
		for i, r := range rs[1:] {
			if unicode.IsUpper(r) && !inner && i > 0 && i+2 < len(rs) && unicode.IsLower(rs[i]) && unicode.IsLower(rs[i+2]) {
				// a family name's second capital after its prefix:
				// "MacLeod", "McDonald", "DeSouza"
				inner = true
				continue
			}
			if !unicode.IsLower(r) && r != '-' && r != '\'' && !unicode.IsMark(r) {
				return false
			}
		}
	}
	return true
}

// abbreviatedTitle reports whether w is a title or a degree abbreviated
// before a name by its shape, a capital and one to three small letters
// closed by a full stop, as signatures in every language write their
// own ("Arh." Romanian arhitect, "Inž.", "Mag.", "Ing."), whether or
// not honorifics lists it.
func abbreviatedTitle(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || len(rs) > 5 || rs[len(rs)-1] != '.' || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1 : len(rs)-1] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// caselessNameShape reports whether l has a person's name's shape in a
// script without capitals (Arabic, Persian, Hebrew, Georgian, the
// Indic and East Asian scripts): two to four words of its letters, a
// title of profession among them ("مهندس امیرحسین کریمی"), no digit,
// saying nothing.
func caselessNameShape(l string) bool {
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > 4 || sayingLine(l) {
		return false
	}
	for _, w := range words {
		n := 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r) && !unicode.IsUpper(r) && !smallLetter(r):
				n++
			case unicode.IsMark(r) || r == '\u200c' || r == '\u200d':
			default:
				return false
			}
		}
		if n < 2 {
			return false
		}
	}
	return true
}

// withoutAccents is s without its combining marks, as a display name
// typed on a keyboard without them writes it ("Receção" → "Receçao"
// → "Rececao").
func withoutAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// maxRegisterLines bounds the lines of a company's register paragraph
// under a signature: its seat and register, its board, its tax number.
const maxRegisterLines = 4

// organisationHead reports whether lines, a shared mailbox's signature
// sent alone, open with the organisation or department that answers
// from it rather than a person's name: a name of two words or more that
// says nothing and reads as a signature's line (signatureLine), ending
// in its legal form ("Cooperativa Agrícola San Isidro de Úbeda, S. Coop.
// And.", "Harbour Foods Ltd.": legalFormLine) or sharing a word with the
// From display name; and every word of that name (names) stands in the
// signature's lines, as the mailbox is named after the department and
// the organisation it signs with ("Administración San Isidro" over
// "Departamento de Administración"). A line typed above such a block
// shares no word with the From name, or too few.
func organisationHead(lines []string, names map[string]bool) bool {
	head := lines[0]
	// The head is the organisation by its legal form, or by two words
	// of the From name or more with the others (the department's) below
	// it: a person's name with a word typed before it ("Done. John
	// Smith", "Díky, Petr Novák") holds them all, a word typed with a
	// first name ("OK John") one.
	inHead := len(nameWordsSeen(head, names))
	if inHead < 2 && !legalFormLine(head) || !strings.Contains(strings.TrimSpace(head), " ") || sayingLine(head) || !signatureLine(head) {
		return false // the common case, a typed line: no copy made
	}
	key := 0
	for w := range names {
		if !nameParticles[w] {
			key++
		}
	}
	if !legalFormLine(head) && (inHead >= key || lowerWordsIn(head) != 0) {
		return false
	}
	seen := map[string]bool{}
	for _, l := range lines {
		for w := range nameWordsSeen(l, names) {
			seen[w] = true
		}
	}
	return len(seen) == key
}

// nameWordsSeen are the words of line l, folded and the small words of
// names aside, that are words of the sender's name.
func nameWordsSeen(l string, names map[string]bool) map[string]bool {
	var seen map[string]bool
	for w := range strings.FieldsFuncSeq(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		if w = strings.ToLower(strings.Trim(w, "-'")); names[w] && !nameParticles[w] {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[w] = true
		}
	}
	return seen
}

// withoutRegisterParagraph is text without the company's register
// paragraph a German or Austrian signature closes with, set under a blank
// line below the contacts: its board ("Vorstand: Dr. Karin Lenz (Vors.),
// Markus Ehrlich | Aufsichtsratsvorsitzender: Peter Wolff"), its seat and
// register ("Sitz: Mannheim | Registergericht: Amtsgericht Mannheim HRB
// 701234"), every line of it registerParagraphLine. It is the signature's,
// printed by the client with it, and longer than a signature's line. A
// line typed under the signature ("Vorstand: bitte bis Freitag
// freigeben") says something in lower case and stays.
func withoutRegisterParagraph(text string) string {
	above, last, ok := splitLastParagraph(text)
	if !ok {
		return text
	}
	n := 0
	for l := range strings.SplitSeq(last, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if n++; n > maxRegisterLines || !registerParagraphLine(l) {
				return text
			}
		}
	}
	return above
}

// registerParagraphLine reports whether l is a line of a company's
// register paragraph: its board (registerOpener), two register fields
// (registerLine), or its board (registerOpener) or what a register says
// (footerSays) in a line of names and numbers, with no word in lower
// case but the small words of names; and it says nothing (sayingLine).
func registerParagraphLine(l string) bool {
	if (registerOpener.MatchString(l) || footerSays.MatchString(l)) && lowerWordsIn(l) == 0 {
		return !sayingLine(l)
	}
	return strings.ContainsAny(l, "0123456789") && registerLine(l) && !sayingLine(l) || registerSentences(l)
}

// registerSentences reports whether l, a line of the paragraph under a
// signature, is a register written in sentences, as a foundation's or
// an association's is: its legal form and supervisor, its board, its tax
// number, each closed by a full stop ("Rechtsfähige Stiftung
// bürgerlichen Rechts, Stiftungsaufsicht: Regierung von Unterfranken.
// Vorstand: Dr. … , Markus Greiner. Steuernummer 257/000/00830."). It
// says what a register says (footerSays), holds a number and asks
// nothing; each of its sentences (cut where a word ends one,
// sentenceEnd, or a number with its full stop) is a field, a label with
// its colon, or ends in its number; and one word at most is in lower
// case, in a label before its colon (the adjective of a legal form). A
// writer's sentences have their verbs or small words in lower case ("Der
// Vorstand hat zugestimmt: 3 Stimmen.", "Vorstand: bitte freigeben …",
// "Bitte bis 27.11.") or go on after their number ("Bitte
// Spendenquittung 2026 bis Freitag.").
func registerSentences(l string) bool {
	if strings.ContainsAny(l, "?!？！؟") || !strings.ContainsAny(l, "0123456789") || !footerSays.MatchString(l) {
		return false
	}
	lower, colon, labelled, last := 0, false, false, ""
	for w := range strings.FieldsSeq(l) {
		last = w
		bare := strings.Trim(w, ",;:()|&–—-")
		if r, _ := utf8.DecodeRuneInString(bare); unicode.IsLower(r) && !nameParticles[bare] && !strings.ContainsAny(w, "@/0123456789") {
			if lower++; lower > 1 || colon {
				return false
			}
			labelled = true // the label must end in its colon
		}
		colon = colon || strings.Contains(w, ":")
		number := strings.ContainsAny(w, "0123456789")
		if sentenceEnd(w) || number && strings.HasSuffix(w, ".") {
			if !colon && (!number || labelled) {
				return false // a sentence with no field and no number at its end
			}
			colon, labelled, last = false, false, ""
		}
	}
	return last == "" || colon || !labelled && strings.ContainsAny(last, "0123456789")
}

// signatureBelowName reports whether the lines under a signature's name
// are a signature's, read by where they stand rather than by a list of
// their shapes: a line that says something (sayingLine: a sentence, a
// question, thanks, a command) is typed wherever it stands; a contact
// or a title or company with few words in lower case is a signature's
// (signatureLine); and above the signature's last contact (a phone, an
// address, a link), between it and the name, the lines are the title,
// the department, the company and the address, however many of their
// words are in lower case and whatever the language writes in capitals
// ("Adjointe au chef du bureau de la nationalité", "Responsabile del
// servizio protocollo e archivio", "kierownik działu zaopatrzenia"):
// titleLine. A line in lower case under the name with no contact below
// it ("bien reçu") is typed.
func signatureBelowName(lines []string) bool {
	last := -1
	for i, l := range lines {
		if contactLine(l) {
			last = i
		}
	}
	for i, l := range lines {
		if sayingLine(l) && !signaturePersonal.MatchString(l) || !signatureLine(l) && (i >= last || !titleLine(l, i == 0)) {
			return false
		}
	}
	return true
}

// contactLine reports whether a signature's line is a contact: a phone,
// an address with its number (in the digits of any script: "تلفن:
// ۸۸۷۱۲۰۴۵-۰۲۱"), a mail address or a link, not a sentence.
func contactLine(l string) bool {
	return (strings.ContainsAny(l, "@0123456789") || strings.ContainsFunc(l, otherDigit) || strings.Contains(l, "www.") || strings.Contains(l, "://")) && signatureLine(l)
}

// maxTitleWords bounds the words of a title, a department or a
// company's name on a line of a signature.
const maxTitleWords = 9

// titleLine reports whether l, a line between a signature's name and its
// contacts, can be a title, a department, a company or an address
// whatever the case of its words: it says nothing (sayingLine), is no
// longer than a title and opens with a capital, or, right under the name
// (first), is a title of three words at most in the languages that write
// titles in lower case ("ügyvezető igazgató").
func titleLine(l string, first bool) bool {
	words := strings.Fields(l)
	if sayingLine(l) || strings.ContainsAny(l[len(l)-1:], ".:;,") || letterWords(words) > maxTitleWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsUpper(r) || !unicode.IsLower(r) || first && len(words) <= 3
}

// sayingLine reports whether a line of a signature alone says something,
// as a line typed does in any language: it asks or exclaims (a question
// or exclamation mark in it), ends a sentence in a script that has its
// own full stop or comma ("。", "，"), thanks or closes (signOff), is a
// command ("#status resolved"), a postscript, longer than a signature's
// line, or has a word that ends a sentence (sentenceEnd: "Erledigt.
// Rechnung folgt", "Approved.").
func sayingLine(l string) bool {
	return overlong(l) || saysSomething(l)
}

// overlong reports whether l is longer than a signature's line
// (maxSignatureLineBytes) and no list of qualifications
// (qualificationLine), which a script of three bytes a letter
// lengthens past it: "বিডিএস (ঢাকা), এফসিপিএস (কনজারভেটিভ
// ডেন্টিস্ট্রি)" is 129 bytes.
func overlong(l string) bool {
	return len(l) > maxSignatureLineBytes && !qualificationLine(l)
}

// qualificationLine reports whether l is a signature's list of degrees
// by its shape, in any script: two or more degrees parted by commas,
// each a word (letters, marks and dots: "MBBS", "M.Sc.", "বিডিএস")
// with, at most, the place or the field it was taken in between
// brackets, four words at most ("MD (Paediatrics)", "FCPS (Conservative
// Dentistry)"). A sentence has words besides between its commas.
func qualificationLine(l string) bool {
	return qualificationList.MatchString(l)
}

// qualificationList is qualificationLine's shape.
var qualificationList = mustGate(`^\s*` + qualification + `(\s*,\s*` + qualification + `)+\s*$`)

// qualification is one degree of a qualificationList.
const qualification = `[\pL\pM\x{200C}\x{200D}.&']+(\s*\([^()\s]+(\s+[^()\s]+){0,3}\))?`

// saysSomething is sayingLine but for a line's length: it asks or
// exclaims, ends a sentence, thanks or closes, is a command or a
// postscript.
func saysSomething(l string) bool {
	if strings.HasPrefix(l, "#") || signOff.MatchString(l) || strings.ContainsAny(l, "?!？！؟。，") {
		return true
	}
	low := strings.ToLower(l)
	if strings.HasPrefix(low, "p.s") || strings.HasPrefix(low, "ps:") || strings.HasPrefix(low, "pps") {
		return true
	}
	words := strings.Fields(l)
	for i, w := range words {
		if sentenceEnd(w) && (i == len(words)-1 || !georgianWord(w)) {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether word w ends a sentence with its full stop
// rather than abbreviating: letters alone before it, four or more in
// lower case ("done.", "umsetzen.") or six or more ("Erledigt.",
// "Approved."). An abbreviation is short or holds a mark of its own:
// "Tel.", "Kft.", "Ltda.", "Dipl.-Ing.", "o.o.".
func sentenceEnd(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	if !ok || strings.IndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	n := utf8.RuneCountInString(stem)
	return n >= 6 || n >= 4 && strings.IndexFunc(stem, unicode.IsUpper) < 0
}

// georgianWord reports whether w is written in Georgian, which has no
// capitals to tell an abbreviation inside a line ("გამზ. 45", avenue)
// from a short word ending a sentence: only the line's last word ends one.
func georgianWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Georgian, r)
}

// transcribedName reports whether l, the first line of a reply's text,
// is the sender's name written in the script of the writer's language
// while their address book writes it in another: "Νίκος Παπαδόπουλος"
// over "Nikos Papadopoulos <…>", "রহিম উদ্দিন" over "Rahim Uddin".
// Such a line cannot be matched word for word, so it is read by its
// shape: as many words as the display name has (n, two to four), every
// letter in one script that is not the display name's, no digit or
// punctuation, each word opening with a capital where the script has
// them; and the lines below it (below) are a signature's, two at least,
// with a contact among them (a phone number of seven digits or more, an
// address or a link: "Τηλ.: +30 210 555 0101") and a title or company
// that is not one. A typed line over a phone number alone
// ("Καλέστε με" / "+30 …") is not that.
func transcribedName(l string, n int, sender string, below []string) bool {
	words := strings.Fields(l)
	if n < 2 || n > 4 || len(words) != n || len(below) < 2 {
		return false
	}
	script := ""
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(first) {
			return false
		}
		for _, r := range w {
			switch {
			case unicode.IsMark(r) || r == '-' || r == '\'' || r == '\u200d' || r == '\u200c':
			case !unicode.IsLetter(r):
				return false
			case script == "":
				script = scriptOf(r)
			case scriptOf(r) != script:
				return false
			}
		}
	}
	if script == "" || strings.ContainsFunc(sender, func(r rune) bool { return unicode.IsLetter(r) && scriptOf(r) == script }) {
		return false
	}
	contact, other := false, false
	for _, b := range below {
		digits := 0
		for _, r := range b {
			if '0' <= r && r <= '9' {
				digits++
			}
		}
		if digits >= 7 || strings.Contains(b, "@") || strings.Contains(b, "www.") || strings.Contains(b, "://") {
			contact = true
		} else {
			other = true
		}
	}
	return contact && other
}

// scriptOf is the name of the script letter r is written in ("Latin",
// "Greek", "Lao"), "" for none.
func scriptOf(r rune) string {
	if r < utf8.RuneSelf || unicode.Is(unicode.Latin, r) {
		return "Latin"
	}
	for name, table := range unicode.Scripts {
		if unicode.Is(table, r) {
			return name
		}
	}
	return ""
}

// bareClosing is a closing alone on its line that says nothing but
// goodbye, as an Outlook signature holds it above the name: "Kind
// regards,", "Best wishes", "Yours sincerely", "Mit freundlichen Grüßen",
// "Cordialement", "Saludos cordiales", "Met vriendelijke groet",
// "Pozdrawiam". Thanks ("Thanks,", "Danke", "Merci") are a message and
// are not among them, nor a closing with a name ("Regards, Tom").
var bareClosing = mustGate(`(?i)^((with |many |kind(est)? |best |warm(est)? )?regards|(best|warm(est)?|kind) wishes|all the best|(yours )?sincerely( yours)?|yours (faithfully|truly)|respectfully|cordially|` +
	`mit (freundlichen|besten|herzlichen|lieben) gr(ü|ue)(ß|ss)en|(freundliche|viele|beste|herzliche|liebe) gr(ü|ue)(ß|ss)e|(bien )?cordialement|bien à vous|(meilleures |sincères )?salutations( distinguées)?|` +
	`(un )?saludos?( cordiales)?|atentamente|cordialmente|atenciosamente|(melhores )?cumprimentos|(cordiali |distinti )?saluti|(met )?vriendelijke groet(en)?|` +
	`med vänlig(a)? hälsning(ar)?|vänliga hälsningar|med venlig hilsen|venlig hilsen|pozdrawiam|z poważaniem|s pozdravem|с уважением)[\s,.!]*$`)

// bareClosingLine reports whether l is a bareClosing, or one in two
// languages with a slash or a bar between ("Mit freundlichen Grüßen /
// Best regards", "Cordialement | Kind regards"), as a company writing to
// customers abroad sets it in its signature.
func bareClosingLine(l string) bool {
	if bareClosing.MatchString(l) {
		return true
	}
	for _, sep := range []string{" / ", " | "} {
		a, b, ok := strings.Cut(l, sep)
		if !ok {
			continue
		}
		// Both halves must be closings intake knows (bareClosing, or a
		// closing of the languages it reads: goodbyeHalf). A half of a
		// closing's shape alone is no closing: "Hoidan asian huomenna /
		// Best regards" is a writer's line beside one, and taking it for
		// the signature's closing would empty the reply.
		if bareClosing.MatchString(a) && (bareClosing.MatchString(b) || goodbyeHalf(b)) || goodbyeHalf(a) && bareClosing.MatchString(b) {
			return true
		}
	}
	return false
}

// goodbyeHalf reports whether h, one half of a closing in two languages
// whose other half is a bareClosing, is a closing of the languages
// intake reads (signOff) that says nothing but goodbye: no thanks
// (thanksWord), no name after it, letters alone ("Ystävällisin
// terveisin / Best regards", "Med vennlig hilsen | Kind regards").
// "Kiitos / Best regards" thanks, and "Terveisin Mikko / Best regards"
// signs: neither is the signature's closing alone.
func goodbyeHalf(h string) bool {
	const maxWords = 4
	body := strings.TrimRight(strings.TrimSpace(h), ",.!،")
	f := strings.Fields(body)
	if len(f) == 0 || len(f) > maxWords || thanksWord.MatchString(body) ||
		!lettersAndSpaces(body) {
		return false
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false // a name signed: "Terveisin Mikko"
		}
	}
	return signOff.MatchString(body)
}

// withoutHonorific is the name l as a signature writes it, reduced to
// the words of the name the address book holds: without the titles of
// address and degrees before it, up to two ("Mr Tom Price", "Frau Dr.
// Anna Keller", "Sra. Lucía Gómez", "Ing. Petr Novák"; "Dipl.-Ing.
// Klaus Wendt", "Dott.ssa Giulia Rossi": a title abbreviated with a full
// stop inside it is known by that),
// without the letters after it, up to three ("Declan Farrell CEng
// MIEI", "Maria Keller, MBA", "Tom Price, Ph.D.": postNominal), and
// without a middle initial ("John A. Smith").
func withoutHonorific(l string) string {
	l = withoutSigningPrefix(l)
	if name, after, ok := strings.Cut(l, ","); ok && abbreviatedDegrees(after) {
		l = strings.TrimSpace(name) // "Tina Novak, dr. vet. med."
	}
	for range 2 {
		first, rest, ok := strings.Cut(l, " ")
		low := strings.ToLower(strings.TrimSuffix(first, "."))
		if !ok || !honorifics[low] && !(strings.Contains(low, ".") && unicode.IsUpper([]rune(first)[0])) && !((smallTitle(first) || caselessTitle(first)) && strings.Contains(strings.TrimSpace(rest), " ")) {
			break
		}
		l = strings.TrimSpace(rest)
	}
	if strings.Count(l, " ") < 2 {
		return l // two words at most: nothing after the name to drop
	}
	before, _, commaed := strings.Cut(l, ",")
	named := len(strings.Fields(before))
	words := strings.Fields(strings.Replace(l, ",", " ", 1))
	for n := 0; n < 3 && len(words) > 2; n++ {
		// a list of them is set apart by commas: "Claire Dubois,
		// PharmD, FPH", "Ana Ruiz, MD, PhD"; after a comma a degree
		// may be written as its words' heads ("PharmD", "MPharm",
		// "PsyD", "EdD": camelDegree)
		w := strings.TrimSuffix(words[len(words)-1], ",")
		if !postNominal(w) && !(commaed && len(words) > named && camelDegree(w)) {
			break
		}
		words = words[:len(words)-1]
	}
	if len(words) > 0 {
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], ",")
	}
	if len(words) < 3 {
		return strings.Join(words, " ")
	}
	kept := words[:1]
	for _, w := range words[1 : len(words)-1] {
		if r := []rune(strings.TrimSuffix(w, ".")); len(r) != 1 || !unicode.IsUpper(r[0]) {
			kept = append(kept, w) // not an initial
		}
	}
	return strings.Join(append(kept, words[len(words)-1]), " ")
}

// smallTitle reports whether w is a title or a degree that a signature
// abbreviates before a name in small letters, as Bulgarian, Russian,
// Serbian, Ukrainian, Italian, Polish and Central European signatures
// write their own whether or not honorifics lists it: three to five
// small letters closed by a full stop ("инж.", "проф.", "доц.",
// "dipl.", "dott.", "arch."), or a contraction of a word to its first
// and last letters joined by a hyphen ("д-р", doctor; "г-н", "г-жа").
// Only a name of two words or more may follow it (withoutHonorific):
// "ok. Jens" keeps its "ok.", two letters.
func smallTitle(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || len(rs) > 6 {
		return false
	}
	if h := slices.Index(rs, '-'); h > 0 {
		// a contraction: "д-р", "г-жа"
		return h == 1 && len(rs) <= 4 && len(rs)-h-1 >= 1 && allSmall(rs[:h]) && allSmall(rs[h+1:])
	}
	return rs[len(rs)-1] == '.' && len(rs) >= 4 && allSmall(rs[:len(rs)-1])
}

// allSmall reports whether rs are letters in small letters, every one.
func allSmall(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return len(rs) > 0
}

// withoutSigningPrefix is the name l without the prefix that says its
// writer signs on another's behalf or by their authority: German "i. A.",
// "i.V.", "ppa.", English "p.p.", Spanish "p/o", Polish "za". By its
// shape it is a word of single letters, the first in lower case, each
// closed by a full stop or joined by a slash ("i.", "p.p.", "p/o",
// "i.A."), with one capital initial after a lone letter ("i. A."); a
// prefix written as a word is listed (signingWords). "ok. Jens" keeps
// its "ok.": two letters before the stop.
func withoutSigningPrefix(l string) string {
	w, rest, ok := strings.Cut(l, " ")
	if !ok || len(w) > 4 || !signingWords[strings.ToLower(strings.TrimSuffix(w, "."))] && !(singleLetters(w) && unicode.IsLower([]rune(w)[0])) {
		return l // the common case: no prefix
	}
	rest = strings.TrimSpace(rest)
	if next, name, ok := strings.Cut(rest, " "); ok && len(w) == 2 && len(next) == 2 && next[1] == '.' && unicode.IsUpper(rune(next[0])) && strings.Contains(strings.TrimSpace(name), " ") {
		return strings.TrimSpace(name) // "i. A." before the name
	}
	if !strings.Contains(rest, " ") {
		return l // a prefix and one word: no name of two after it
	}
	return rest
}

// singleLetters reports whether w is letters one at a time, each closed
// by a full stop or joined to the next by a slash: "i.", "p.p.", "i.A.",
// "p/o".
func singleLetters(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsLetter(r[0]) {
		return false
	}
	for i := 0; i < len(r); i += 2 {
		if !unicode.IsLetter(r[i]) || i+1 < len(r) && r[i+1] != '.' && r[i+1] != '/' {
			return false
		}
	}
	return r[len(r)-1] == '.' || strings.ContainsRune(w, '/') && len(r)%2 == 1
}

// signingWords are the signing prefixes written as a word, folded and
// without a full stop: German "ppa." (per procura), Polish "za".
var signingWords = map[string]bool{"ppa": true, "pp": true, "za": true}

// postNominal reports whether w is letters a signature writes after a
// name, a degree or a membership: two capitals or more and no more
// small letters than capitals ("CEng", "MIEI", "MBA", "PhD"), or
// abbreviated with full stops ("Ph.D.", "M.Sc."), or a generation
// ("Jr.").
func postNominal(w string) bool {
	if head, body, ok := strings.Cut(w, "("); ok && head != "" && strings.HasSuffix(body, ")") && lettersAndSpaces(strings.TrimSuffix(body, ")")) {
		w = head // a degree and the college that awards it: "RCS(Ed)", "FRCS(Glasg)"
	}
	up, low, dot := 0, 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case r == '.':
			dot++
		default:
			return false
		}
	}
	return up >= 2 && low <= up || dot >= 2 && up >= 1 || companyAbbrev[strings.ToLower(strings.TrimSuffix(w, "."))] && (w == "Jr." || w == "Sr." || w == "Jr" || w == "Sr")
}

// camelDegree reports whether w is a degree written as the heads of its
// words run together, each opening with a capital, as English, French
// and Scandinavian signatures write them after a comma: "PharmD"
// (Doctor of Pharmacy), "MPharm", "BPharm", "PsyD", "EdD", "DrPH",
// "MPhil". It has three to seven letters, a capital first and another
// inside; "McBride" before a comma is a name (withoutHonorific reads it
// only after one).
func camelDegree(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || len(rs) > 7 || !unicode.IsUpper(rs[0]) {
		return false
	}
	inner := false
	for _, r := range rs[1:] {
		if !unicode.IsLetter(r) {
			return false
		}
		inner = inner || unicode.IsUpper(r)
	}
	return inner
}

// abbreviatedDegrees reports whether s, what follows a comma after a
// name, is a degree written in abbreviations, each with its full stop,
// as Central European and Nordic signatures write them in small letters:
// "dr. vet. med.", "dipl. ing.", "univ. dipl. oec." (capitals are
// postNominal's).
func abbreviatedDegrees(s string) bool {
	const maxWords, maxLetters = 4, 5
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords {
		return false
	}
	for _, w := range words {
		body, ok := strings.CutSuffix(w, ".")
		if !ok || body == "" || utf8.RuneCountInString(body) > maxLetters || !lettersAndSpaces(body) {
			return false
		}
	}
	return true
}

// honorifics are the titles of address and the degrees a signature puts
// before a name, folded and without their full stop.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "professor": true,
	"herr": true, "frau": true, "m": true, "mme": true, "mlle": true, "sr": true, "sra": true, "srta": true, "dhr": true, "mevr": true, "pan": true, "pani": true,
	"av": true, "ing": true, "mgr": true, "bc": true, "mag": true, "dott": true, "avv": true, "arch": true, "geom": true, "lic": true, "eng": true, "dra": true, "drs": true, "ir": true, "mudr": true, "judr": true, "phdr": true, "rndr": true, "doc": true}

// closingLine reports whether l reads as a closing by its shape: one to
// three words without digits ending in a comma, "Kind regards,", "Me
// vlerësim,", "Hörmətlə,". Above the sender's whole name and a
// signature's lines it opens a signature saved with its closing. A
// thanks (thanksWord) is a message, however short: "Thanks," / "John
// Smith" / "Head of IT" was typed.
func closingLine(l string) bool {
	const maxWords = 3
	body, ok := strings.CutSuffix(l, ",")
	if !ok {
		return false
	}
	f := strings.Fields(body)
	return len(f) >= 1 && len(f) <= maxWords &&
		lettersAndSpaces(body) &&
		!thanksWord.MatchString(body)
}

// lettersAndSpaces reports whether s holds letters (with their marks) and
// spaces only: a closing's shape, no digit, mark or symbol in it.
func lettersAndSpaces(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsSpace(r) }) < 0
}

// thanksWord is a word of thanks, in the languages of the closings: a
// line holding one says something.
var thanksWord = mustGate(`(?i)thank|\b(thx|tks|ty|tia|cheers|merci|gracias|grazie|obrigad[oa]|danke?|bedankt|tack|tak|takk|kiitos|hvala|faleminderit|aciu|paldies|rahmat|sag ?ol)\b|ačiū|aitäh|teşekkür|təşəkkür|sağ ?ol|рахмат|рахмет|баярлалаа|dzięk|děkuj|díky|спасиб|дякую|благодар|köszön|mulțumesc|multumesc|ευχαριστ|شكر|תודה|谢谢|ありがとう|감사|cảm ơn|terima kasih|მადლობ|շնորհակալ|سپاس|تشکر|ممنون|متشکر`)

// wholeName reports whether line l is the sender's whole name: two words
// or more of it ("Sarah Bennett"), or, in the scripts that write a name
// without a space between family and given name (Chinese, Korean, often
// Japanese), one word of two letters or more that is a whole word of the
// name ("王建宏" of "王建宏 <…>"), not a part of it ("建宏").
func wholeName(l string, names map[string]bool) bool {
	const maxOrgNameWords = 7
	f := strings.Fields(l)
	switch {
	case len(f) >= 2:
		// A shared mailbox's name may be a practice's or an office's,
		// longer than a person's: "Clinique Vétérinaire de la Garonne"
		// from "Accueil Clinique Vétérinaire de la Garonne".
		n := nameWordsIn(l, names)
		return n > 0 && n <= maxOrgNameWords
	case len(f) == 1 && names[strings.ToLower(f[0])]:
		n := 0
		for _, r := range f[0] {
			if !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
				return false
			}
			n++
		}
		return n >= 2
	}
	return false
}

// signaturePersonal is a line public bodies and health services ask
// their staff to keep in their signature, about themself rather than the
// mail: their pronouns, the days or hours they work with the reassurance
// that no answer is expected outside the reader's own, and how they read
// ("I'm dyslexic – if anything isn't clear, please ask"), and the
// languages they welcome mail in, as bodies in bilingual countries ask
// ("Rwy'n croesawu gohebiaeth yn Gymraeg neu Saesneg. / I welcome
// correspondence in Welsh or English.", "Fáiltítear roimh chomhfhreagras
// i nGaeilge", "Correspondence in Welsh is welcomed": correspondenceWelcome).
// It is as much the signature's as the phone below the name, typed once,
// not for this mail.
var signaturePersonal = mustGate(`(?i)^[\s*_(]*(pronouns?\s*:|(she|he|they|ze)/(her|him|them|hir)\b|i work (flexibl[ey]|part[- ]time|compressed|(mon|tue|wed|thu|fri)[a-z]* (to|-|–) )|my (usual )?working (days|hours|pattern) (are|is|may)|i(’|')?m dyslexic|i am dyslexic|` + correspondenceWelcome + `)`)

// correspondenceWelcome is the standing line that welcomes mail in a
// language: a verb of welcoming (after a subject of up to three words:
// "I", "Rwy'n", "Nous") right before the word for correspondence and the
// preposition that names the language, or that word and its language
// before the welcome. "I welcome your correspondence about the invoice"
// names no language and is the writer's.
const correspondenceWelcome = `([\pL'’]+\s+){0,3}(welcomes?|croesawu|croesewir|fáiltím|fáiltítear|fáiltímid|accueillons|accueille|begrüßen|begrüße|acogemos|acojo)\s+(roimh\s+)?(correspondence|gohebiaeth|c?h?omhfhreagras|la correspondance|correspondance|korrespondenz|correspondencia)\s+(in|yn|i|en|auf)\s|` +
	`(correspondence|gohebiaeth|comhfhreagras|la correspondance|korrespondenz|la correspondencia)\s+(in|yn|i|en|auf)\s+\pL+(\s+(or|and|neu|a|nó|agus|ou|et|oder|und|o|y)\s+\pL+)?\s+(is|are|yn|est|ist|es)?\s*(welcome|croeso|bienvenue|willkommen|bienvenida)`

// legalFormLine reports whether l is a company's name that ends in its
// legal form's abbreviation with a full stop, "Nagy Építő Kft.",
// "Duna Logisztika Zrt.", "Livraria do Bolhão, Lda.", "Souza Comércio
// Ltda.": every word opens with a capital but the small words of names,
// and the last is short (five letters at most); its full stop is the
// abbreviation's, not a sentence's. "I asked Bob to call Ann." has words
// in lower case.
func legalFormLine(l string) bool {
	const maxForm = 5
	if !strings.HasSuffix(l, ".") || strings.HasSuffix(l, "..") {
		return false
	}
	words := strings.Fields(l)
	if len(words) < 2 {
		return false
	}
	last := strings.TrimSuffix(words[len(words)-1], ".")
	first, _ := utf8.DecodeRuneInString(last)
	if n := utf8.RuneCountInString(last); n < 2 || n > maxForm || !unicode.IsUpper(first) || strings.IndexFunc(last, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",&–-")
		if w == "" || nameParticles[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// postalLine is an address whose house number is written as an ordinal,
// as Hungarian addresses write it: the postcode and town first, the
// street, and the number with its full stop last ("1117 Budapest,
// Október huszonharmadika u. 18.", "1051 Budapest, Nádor utca 12."). It
// is no sentence: "Room 1117 at 18." opens with a word.
var postalLine = mustGate(`^\d{4,5} \p{Lu}[\pL-]+,? [^!?]{2,60} \d{1,4}(/[\dA-Za-z]{1,3})?\.$`)

// officeHours opens the line of a public office's or a desk's signature
// that says when it receives the public or answers the phone, in the
// languages of the offices that print it: "Accueil du public sur
// rendez-vous uniquement", "Sprechzeiten: Mo-Do 8:30-12:00",
// "Parteienverkehr: …", "Orari di apertura al pubblico: …", "Bereikbaar
// op maandag t/m donderdag", "Horario de atención: …". It is typed once
// into the signature, not for the mail.
var officeHours = mustGate(`(?i)^[\s*_(]*(office hours|opening (hours|times)|business hours|hours of operation|öffnungszeiten|sprechzeiten|servicezeiten|geschäftszeiten|bürozeiten|parteienverkehr|publikumsverkehr|telefonische erreichbarkeit|erreichbarkeit|accueil (du public|téléphonique|physique)|horaires? (d['’]ouverture|d['’]accueil|de permanence)|permanences? (téléphonique|d['’]accueil)|orari (di apertura|d['’]ufficio|di ricevimento|al pubblico|sportello)|orario (di apertura|di ricevimento|d['’]ufficio)|ricevimento (del|al) pubblico|openingstijden|bereikbaar (op|van|tussen|ma|di|wo|do|vr)|werkdagen|horario de (atención|oficina)|horário de (atendimento|funcionamento))\b`)

// signatureLine reports whether a line below the name reads as a
// signature's: no sentence, no sign-off, no agent's command ("#status
// resolved"), and either a contact ("T: +44 1632 960 150",
// "www.acme.example", "ann@acme.example") or a title or company with at
// most one word in lower case ("Head of Customer Operations", "Acme
// Widgets Ltd"), two when it opens with a capital as a French, Spanish
// or Italian title does ("Directrice générale des services",
// "Responsable du service informatique"; "bien reçu" is typed), a
// company's name ending in its legal form ("Nagy Építő Kft.":
// legalFormLine) or an address ending in an ordinal house number
// (postalLine), or a signaturePersonal line.
func signatureLine(l string) bool {
	if signaturePersonal.MatchString(l) || officeHours.MatchString(l) && len(strings.Fields(l)) <= 12 && !strings.HasSuffix(l, "?") {
		return true
	}
	if signOff.MatchString(l) || strings.HasPrefix(l, "#") {
		return false
	}
	if legalFormLine(l) || l != "" && l[0] >= '0' && l[0] <= '9' && postalLine.MatchString(l) {
		return true
	}
	if proseLine(l) {
		return false
	}
	if strings.ContainsAny(l, "@0123456789") || strings.Contains(l, "www.") || strings.Contains(l, "://") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(l)
	lower := lowerWordsIn(l)
	return lower <= 1 || lower == 2 && unicode.IsUpper(first)
}

// maxEchoedSignatureLines bounds the lines of a signature sent alone that
// signatureEchoed compares: a long one, closing, name, title, company,
// an address over three lines, phones, links and a line of hours.
const maxEchoedSignatureLines = 20

// maxSignatureLineBytes is the longest line a signature holds (proseLine
// reads a longer one as the writer's).
const maxSignatureLineBytes = 120

// signatureEchoed reports whether text, the visible text of a reply from
// sender above its history (past: the lines below that text), is the
// signature the sender's client put there by itself, as the thread
// shows it: in a company's threads the history holds an earlier mail of
// the same sender closed by the same signature, so when every line of
// the text stands, in order and as one block, among the lines of the
// history (quote markers, spacing and blank lines aside), nothing was
// typed, whatever the signature's lines say and in whatever language.
// The text must open as a signature does (echoSignature).
func signatureEchoed(text, sender string, past []string) bool {
	return echoedIn(echoSignature(text, sender), past)
}

// echoSignature is the lines of text as signatureEchoed compares them
// when text opens as a signature sent alone does, nil when it does not:
// two lines or more, the sender's name on the first, or on the second
// under a closing that says nothing but goodbye (echoHead), and no line
// that asks. A message typed above the signature ("OK", "Thanks, John",
// "Approved.", "Ja, bitte so umsetzen.") is not a closing, so it does
// not pass even when the sender wrote the same words in an earlier mail
// of the thread.
func echoSignature(text, sender string) []string {
	if sender == "" || len(text) > maxEchoedSignatureLines*maxSignatureLineBytes || strings.Count(text, "\n") > 2*maxEchoedSignatureLines {
		return nil
	}
	var head [2]string // the first two lines, read before the rest is
	n := 0
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			head[n] = l
			if n++; n == len(head) {
				break
			}
		}
	}
	if n < len(head) || !mayName(head[0], sender) && !mayName(head[1], sender) {
		return nil // the common case, a typed reply: no map of the name made
	}
	names := nameWords(sender)
	if len(names) == 0 || echoHead(head[:], names) < 0 {
		return nil
	}
	sig := echoLines(strings.Split(text, "\n"))
	if n := echoHead(sig, names); n < 0 || len(sig) < n+2 || len(sig) > maxEchoedSignatureLines {
		return nil // a signature holds a line under the name
	}
	for _, l := range sig {
		if strings.HasSuffix(l, "?") || strings.HasSuffix(l, "？") {
			return nil
		}
	}
	return sig
}

// echoedIn reports whether the lines sig stand, in order and as one
// block, among the lines past (echoLines).
func echoedIn(sig, past []string) bool {
	if sig == nil {
		return false
	}
	hist := echoLines(past)
	for i := 0; i+len(sig) <= len(hist); i++ {
		if slices.Equal(hist[i:i+len(sig)], sig) {
			return true
		}
	}
	return false
}

// echoHead is the index of the line that names the sender in a
// signature's first lines when they open as a signature sent alone does,
// -1 when they do not: the sender's name (a line of the name's words
// alone, with a title of address before it or a job title after a bar:
// "Mr Tom Price", "Minh Tran | FOI Case Officer") first, or second under
// a closing that says nothing but goodbye (bareClosingLine, or
// closingLine of two words or more: "Kind regards,", "С уважением,").
func echoHead(sig []string, names map[string]bool) int {
	named := func(l string) bool {
		name, _, _ := strings.Cut(l, "|")
		return nameWordsIn(withoutHonorific(strings.TrimSpace(name)), names) > 0
	}
	switch {
	case named(sig[0]):
		return 0
	case len(sig) > 1 && (bareClosingLine(sig[0]) || closingLine(sig[0]) && len(strings.Fields(sig[0])) >= 2) && named(sig[1]):
		return 1
	}
	return -1
}

// mayName reports whether line l can open with sender's name, told by
// its first word alone without a copy: a word of the name, a title of
// address, or an abbreviation ("Ing.", "Dipl.-Ing.").
func mayName(l, sender string) bool {
	first, _, _ := strings.Cut(l, " ")
	first = strings.TrimRight(first, ".,")
	if first == "" || honorifics[strings.ToLower(first)] || strings.Contains(first, ".") {
		return true
	}
	for w := range strings.FieldsFuncSeq(sender, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		if strings.EqualFold(w, first) {
			return true
		}
	}
	return false
}

// echoLines are the lines of a text as signatureEchoed compares them:
// without quote markers, their spaces (no-break spaces among them)
// collapsed, links unwrapped as the visible text has them, blank lines
// left out.
func echoLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimLeft(l, "> \t\u00a0")
		l = strings.Join(strings.FieldsFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' }), " ")
		if l != "" {
			out = append(out, unwrapLinks(l))
		}
	}
	return out
}
