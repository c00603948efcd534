package intake

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/mail"
)

// A relay, a portal or a ticket forwarder sends a person's words under
// the headers of automatic mail (Auto-Submitted, Precedence: bulk,
// List-Unsubscribe, a no-reply sender) and answers none of our mail. The
// rules before read such relays platform by platform, and the next
// platform's were lost again. personSpeaks is the fallback every one of
// them shares: a person speaks in it. A paragraph of it says "I" (or a
// first-person form: "proszę", "vă rog", "부탁드립니다", "たいです",
// "ευχαριστώ") and asks something of us (a question, "please", "por
// favor", "कृपया", "I'd like") in sentences no machine writes ("this is
// an automated message", "do not reply", "unsubscribe"). A machine's notification speaks as a company
// or a system: "we", "your order", and asks with its links.

// selfSpeech is a word a writer speaks of themself with, in the
// languages the sets use, or a first-person verb that asks: English,
// German, French, Spanish, Portuguese, Italian ("io", "ho"), Dutch and
// Afrikaans
// ("ek"), the Scandinavian languages ("jag", "jeg"), Romanian, Polish,
// Czech, Ukrainian and Russian, Turkish ("ben", "bana", "benim"),
// Indonesian and Malay ("saya", "aku", and "sy" as a text message
// shortens it), Vietnamese, Greek, Hebrew, Hindi, Korean, Japanese,
// Chinese and Thai.
var selfSpeech = mustGate(`(?i)(?:^|[^\pL'’])(` + selfWords + `|` + thankSelf + `|i'll|myself|meinen|mich|j'aimerais|mon|mes|mi|mis|io|mio|mia|miei|ho|ek|minha|meus|minhas|îmi|imi|mă|nu pot|am nevoie|ja|proszę|mě|prosím|jag|mig|mitt|jeg|meg|bana|bende|benden|saya|aku|sy|tôi|εγώ|μου|я|мені|мене|мій|моя|моє|мої|меня|мой|אני|שלי|मैं|मेरी|मेरा|मेरे|मुझे|저는|제가|저|제)(?:[^\pL'’]|$)|(たいです|たいのですが|私は|私の|わたし|助かります|부탁드립니다|모르겠습니다|입니다\.|我的|我[想要在是已不没沒]|ผม|ดิฉัน|ฉัน)`)

// thankSelf is the verb "I thank" in the languages whose verb tells the
// singular from the plural a company thanks in: Greek "ευχαριστώ" (a
// notice's "ευχαριστούμε"), Polish "dziękuję" ("dziękujemy"), Czech
// "děkuji", Slovak "ďakujem", Ukrainian "дякую", Russian and Bulgarian
// "благодарю"/"благодаря", Romanian "mulțumesc", Hungarian "köszönöm",
// Turkish "teşekkür ederim", Croatian and Serbian "zahvaljujem". A writer
// who speaks only of "we" (their business) and asks thanks in the
// singular: Greek drops its pronouns, and "Ευχαριστώ πολύ." may be the
// only first person a letter has.
const thankSelf = `ευχαριστώ|dziękuję|děkuji|ďakujem|дякую|благодарю|благодаря|mulțumesc|mulţumesc|multumesc|köszönöm|teşekkür ederim|tesekkur ederim|zahvaljujem`

// askSpeech is a question or a request put to the reader: a question
// mark (the full-width one too, and Greek's, which is the semicolon
// after a Greek word: Greek writes its semicolon as a raised dot), please
// in those languages ("lütfen", "tolong", "mohon", "asseblief",
// "snälla"), "can you" put to us in the plural or the polite form
// ("potete", "pourriez-vous", "könnten Sie", "kunt u", "kan julle",
// "bisa", "μπορείτε"), or what the writer wants of us said as their wish
// ("I'd like this refunded", "je voudrais", "ich möchte", "quisiera",
// "gostaria", "vorrei", "θα ήθελα").
var askSpeech = mustGate(`[?？]|\p{Greek}[;\x{037E}]|(?i)(?:^|[^\pL])(please|pls|plz|bitte|s'il vous plaît|svp|por favor|per favore|alstublieft|graag|vă rog|va rog|vă rugăm|va rugam|proszę|prosím|будь ласка|будь-ласка|пожалуйста|בבקשה|कृपया|lütfen|tolong|mohon|asseblief|asb|snälla|vänligen|venligst|vennligst|παρακαλώ|xin|vui lòng|làm ơn|nhờ|can you|could you|would you|können sie|könnten sie|pouvez-vous|pourriez-vous|pueden|podrían|podrian|potete|potreste|podem|poderiam|kunt u|kunnen jullie|kan ni|kan du|kan julle|kan u|bisa|bisakah|boleh|μπορείτε|θα μπορούσατε|` + wishSpeech + `)(?:[^\pL]|$)|부탁|주실 수|해주세요|お願い|ください|いただけると|请|請|กรุณา|ช่วย`)

// wishSpeech is a writer's wish put as their request, in the first
// person singular: "I'd like", "I would like", "I need", "je voudrais",
// "j'aimerais", "ich möchte", "ich hätte gern", "quisiera", "me
// gustaría", "gostaria", "vorrei", "ik zou graag", "jag vill gärna",
// "jeg vil gjerne", "chciałabym", "θα ήθελα". A company's notice wants
// in the plural ("we'd like to invite you") or not at all.
const wishSpeech = `i'd like|i’d like|i would like|i need|i'd appreciate|i’d appreciate|i would appreciate|je voudrais|je souhaite|j'aimerais|j’aimerais|ich möchte|ich hätte gern|ich hätte gerne|ich brauche|quisiera|me gustaría|me gustaria|necesito|gostaria|preciso|vorrei|ho bisogno|ik zou graag|ik wil graag|jag vill gärna|jag skulle vilja|jeg vil gerne|jeg vil gjerne|jeg ønsker|chciałbym|chciałabym|potřeboval bych|potřebovala bych|chtěl bych|chtěla bych|θα ήθελα|χρειάζομαι`

// machineSpeech is a sentence only a system writes of itself or of its
// reader's account: that it is automatic, that it takes no replies, an
// unsubscribe link, in the languages above.
var machineSpeech = mustGate(`(?i)(?:^|[^\pL])(automated|automatically generated|auto-generated|do not reply|don't reply|unsubscribe|opt out|notification preferences|this is an automatic|nicht antworten|ne pas répondre|no responda|não responda|nie odpowiadaj|neodpovídejte|nu răspundeți|не відповідайте|automatisch|automatiquement|automáticamente|automaticamente|automatikus|otomatis|otomatik|outomaties|jangan balas|yanıtlamayın|cevaplamayın|moenie antwoord|svara inte)(?:[^\pL]|$)|送信専用|발신 ?전용`)

// personSpeaks reports whether a paragraph of a mail's text, of a dozen
// words or more (forty letters in the scripts written without spaces),
// says "I" and asks something of its reader, with no sentence of a
// machine's in it, below a paragraph of the system's own that frames it
// ("You have a new voicemail.", "Un paciente te envió una pregunta
// privada", a ticket's fields): a relay carries someone else's words. A
// sales sequence, a list member's post or an absence rule speaks in its
// first paragraph after the greeting, with no frame above. Quote marks a
// relay sets its sender's words in are read through; a line the
// sender speaks under its own name ("[14:02] Mia: How can I help?", a
// chat bot's) is the system's. The frame may sit in the paragraph
// itself, as the lines it opens with (frameLines: an SMS gateway's
// "Dari : 6281…" and "Isi pesan :" with the text right below). quoted
// reports that the words that speak are set in quote marks whole, as a
// relay quotes the person it carries. A paragraph that opens as a letter
// to us by our name ("Hi Acme folks", "Stimați reprezentanți Acme,",
// "Kính gửi bộ phận hỗ trợ Acme": greetsUs) speaks as a person in the
// plural too: a clerk, an agent or an inspector writes for their school,
// desk or ministry ("we've had 4 of these", "vă rugăm", "chúng tôi"),
// where a system's own notice greets its reader, not us by name. Under a
// frame that names us as its writer ("New comment by Acme Support:") the
// greeting is our own words told back to us.
func personSpeaks(m *Message, own []string) (speaks, quoted bool) {
	framed, above := false, ""
	bot, _, _ := strings.Cut(strings.TrimSpace(m.From.Name), " ")
	for para := range strings.SplitSeq(head(m.Visible), "\n\n") {
		var b strings.Builder
		for l := range strings.SplitSeq(para, "\n") {
			l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), ">"))
			if bot != "" && strings.Contains(l, bot+":") {
				continue
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
		p := strings.TrimSpace(b.String())
		if p == "" {
			continue
		}
		if frame, rest := frameLines(p); frame != "" && rest != "" {
			framed = framed || !selfSpeech.MatchString(frame) && !addressing.MatchString(frame)
			above, p = frame, rest
		}
		self := selfSpeech.MatchString(p)
		if framed && (self || greetsUs(p, own) && !namesUs(above, own)) && (len(strings.Fields(p)) >= 12 || utf8.RuneCountInString(p) >= 40) && askSpeech.MatchString(p) && !machineSpeech.MatchString(p) && !linkRe.MatchString(p) {
			return true, inQuotes(p)
		}
		framed = framed || !self && !addressing.MatchString(p)
		above = p
	}
	return false, false
}

// greetsUs reports whether a paragraph opens as a letter to us: its
// first line, read through the quote mark a relay sets it in, greets
// (addressing) and names us.
func greetsUs(p string, own []string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(p, "\"“„«» "), "\n")
	return addressing.MatchString(first) && namesUs(first, own)
}

// frameLines splits off the lines a paragraph opens with that are a
// system's fields, not sentences: a label and its value ("Sender ID  :
// ACME-SVC", "Waktu : 27-11-2026 15:19:58"), a label that introduces
// what follows ("Isi pesan  :", "Pregunta de Jordi M. (Sabadell),
// 24/11/2026 19:54:") or a banner ("== SMS MASUK (MO) =="). A label is
// short and asks nothing; a writer's own "Quick question: can we …" is
// no field. One line frames only when it introduces what follows (ends
// with a colon): a writer's "Quick question: the sync" above their
// letter is theirs.
func frameLines(p string) (frame, rest string) {
	i := 0
	for i < len(p) {
		j := strings.IndexByte(p[i:], '\n')
		if j < 0 {
			j = len(p) - i
		}
		if !frameLine(p[i : i+j]) {
			break
		}
		i += j + 1
	}
	if i > len(p) {
		i = len(p)
	}
	frame = strings.TrimSpace(p[:i])
	if !strings.Contains(frame, "\n") && !strings.HasSuffix(frame, ":") {
		return "", p
	}
	return frame, strings.TrimSpace(p[i:])
}

// frameLine reports whether a line is a field, a label or a banner (see
// frameLines).
func frameLine(l string) bool {
	l = strings.TrimSpace(l)
	if strings.ContainsAny(l, "?？") || l == "" {
		return false
	}
	if len(l) >= 4 && (strings.HasPrefix(l, "==") && strings.HasSuffix(l, "==") || strings.HasPrefix(l, "--") && strings.HasSuffix(l, "--")) {
		return true
	}
	if strings.HasSuffix(l, ":") {
		return utf8.RuneCountInString(l) <= 60
	}
	label, value, ok := strings.Cut(l, ":")
	if !ok || strings.TrimSpace(value) == "" || strings.ContainsAny(label, ".,;!\"“«") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(label)
	return unicode.IsLetter(r) && len(strings.Fields(label)) <= 3 && utf8.RuneCountInString(label) <= 30
}

// inQuotes reports whether a text is set in quote marks whole: it opens
// with one and its last closes it, a full stop at most after it. A
// preview a social network cuts off ("… já fui cobrada este mês...\"")
// is no message carried whole: its answer is written in the network's
// own inbox.
func inQuotes(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	if !strings.ContainsRune("\"“„«»”", r) {
		return false
	}
	p = strings.TrimRight(p, ".!) ")
	last, n := utf8.DecodeLastRuneInString(p)
	if !strings.ContainsRune("\"”“»«", last) {
		return false
	}
	in := strings.TrimSpace(p[:len(p)-n])
	return !strings.HasSuffix(in, "...") && !strings.HasSuffix(in, "…")
}

// answersAny reports whether a mail answers another: it names one in
// In-Reply-To or References, or its subject is a reply's (not a
// forward's, forwardPrefix).
func answersAny(m *Message) bool {
	return len(m.InReplyTo) > 0 || len(m.References) > 0 || replyPrefix.MatchString(m.Subject) && !forwardPrefix.MatchString(m.Subject)
}

// headerChecks are the rules that call a mail automatic by its headers
// alone (Auto-Submitted, list or bulk fields, a no-reply sender, an
// Exchange suppression), the ones personSpeaks may overrule.
var headerChecks = func() map[uintptr]bool {
	s := map[uintptr]bool{}
	for _, c := range []autoCheck{autoSubmittedCheck, listCheck, noReplyCheck, suppressCheck} {
		s[reflect.ValueOf(c).Pointer()] = true
	}
	return s
}()

// wordChecks are the rules that read a machine by its words (an absence,
// a receipt, a canned answer, a challenge, an unmonitored mailbox): what
// they find is no person speaking, whatever "I" it says.
var wordChecks = []autoCheck{autoReplySubjectCheck, autoReplyBodyCheck, helpdeskAckCheck, receiptCheck, cannedReplyCheck, closedNoticeCheck, challengeCheck, ruleReplyCheck, unmonitoredCheck}

// speaksUnderHeaders reports whether mail the check called automatic by
// its headers alone is a person's: it answers none of ours, is no list's
// post by its structure (List-Id, List-Post), no bounce, no machine by
// its words, and a person speaks in it. Under a List-Unsubscribe the
// words that speak must be set whole in quote marks, as a review site
// quotes the question it carries (stranger61's 11, stranger62's 16): a
// sales sequence, a webinar invitation or a social network's preview of
// a post speaks as a person below a frame of its own, in its own voice
// or in a preview cut off (seven such in the automatic sets).
func speaksUnderHeaders(check autoCheck, kind AutoKind, h mail.Header, m *Message, own []string) bool {
	if kind != List && kind != AutoReply || !headerChecks[reflect.ValueOf(check).Pointer()] {
		return false
	}
	if answersAny(m) || m.ListID != "" || h.Has("List-Post") || looksLikeBounce(m.Subject) {
		return false
	}
	if speaks, quoted := personSpeaks(m, own); !speaks || h.Has("List-Unsubscribe") && !quoted {
		return false
	}
	for _, c := range wordChecks {
		if k, _ := c(h, m, own); k != Human {
			return false
		}
	}
	return true
}
