package intake

import (
	"regexp"
	"strings"
)

// VisibleText returns the new text of a reply body: quoted history, forwarded
// and embedded mails, and signatures removed.
//
// It recognises quote headers in many languages (Gmail "On … wrote:",
// "Am … schrieb …:", "Le … a écrit :", "El … escribió:", dates followed by
// "Name <addr>:", also when the client wrapped them over several lines),
// Outlook header blocks ("From:/Sent:/To:/Subject:" and their translations
// such as Von/Gesendet, De/Envoyé, Da/Inviato), "Original Message" and
// forwarded-message markers, "> " quotes at the end (inline replies between
// quotes are kept), RFC 3676 "-- " signatures and mobile lines such as
// "Sent from my iPhone" or "Von meinem iPhone gesendet".
//
// text is a plain-text body; CRLF and CR line ends are read as LF. The result
// has no surrounding blank lines. A forward without a comment keeps the
// forwarded text, and a body that is nothing but a quote keeps the quote, so
// that a message is never shown empty by mistake.
func VisibleText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	kinds := classifyLines(lines)
	cut := firstCut(kinds)
	lines, kinds = lines[:cut], kinds[:cut]
	end := trailingEnd(kinds, true)
	if !hasText(kinds[:end]) {
		end = trailingEnd(kinds, false) // only quotes: keep them
	}
	return strings.TrimSpace(strings.Join(lines[:end], "\n"))
}

// lineKind is what one line of a body is.
type lineKind uint8

const (
	kText        lineKind = iota
	kEmpty                // blank
	kQuote                // "> quoted"
	kDelimiter            // "-----", "_____", "***"
	kSigDash              // "-- " (RFC 3676 section 4.3)
	kMobileSig            // "Sent from my iPhone"
	kQuoteHeader          // "On … wrote:" and its wrapped continuation
	kMarker               // "-----Original Message-----", "Begin forwarded message:"
	kHeaderBlock          // a line of an embedded "From:/Sent:/To:" block
)

// classifyLines gives each line its kind, then finds the constructs that
// span lines: wrapped quote headers and embedded header blocks.
func classifyLines(lines []string) []lineKind {
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		kinds[i] = classifyLine(l)
	}
	markWrappedQuoteHeaders(lines, kinds)
	markHeaderBlocks(lines, kinds)
	return kinds
}

// classifyLine classifies one line on its own.
func classifyLine(l string) lineKind {
	t := strings.TrimSpace(l)
	switch {
	case t == "":
		return kEmpty
	case strings.TrimRight(l, " \t") == "--" || l == "-- ":
		return kSigDash
	case strings.HasPrefix(t, ">"):
		return kQuote
	case delimiterLine.MatchString(t):
		return kDelimiter
	case isMarker(t):
		return kMarker
	case isQuoteHeader(t):
		return kQuoteHeader
	case isMobileSig(t):
		return kMobileSig
	}
	return kText
}

// firstCut is the index of the first line that starts history or a
// signature with some new text above it; len(kinds) when there is none.
func firstCut(kinds []lineKind) int {
	seenText := false
	for i, k := range kinds {
		switch k {
		case kText:
			seenText = true
		case kQuoteHeader, kMarker, kHeaderBlock, kSigDash:
			if seenText {
				return i
			}
		}
	}
	return len(kinds)
}

// trailingEnd is the end of kinds once trailing blank lines, delimiters,
// mobile signatures, leftover markers and (when dropQuotes) quotes are
// removed.
func trailingEnd(kinds []lineKind, dropQuotes bool) int {
	end := len(kinds)
	for end > 0 {
		switch kinds[end-1] {
		case kEmpty, kDelimiter, kMobileSig, kQuoteHeader, kMarker, kSigDash:
			end--
			continue
		case kQuote:
			if dropQuotes {
				end--
				continue
			}
		}
		break
	}
	return end
}

func hasText(kinds []lineKind) bool {
	for _, k := range kinds {
		if k == kText || k == kHeaderBlock {
			return true
		}
	}
	return false
}

// delimiterLine is a line made only of separator characters (ᐧ is the
// invisible mark Gmail's tracking extensions add).
var delimiterLine = regexp.MustCompile(`^[-_=+~#*ᐧ—–•.]{2,}$|^ᐧ$`)

// quoteVerbs are the "wrote" of quote headers in many languages.
const quoteVerbs = `wrote|writes|escribió|escribio|escreveu|a écrit|a ecrit|ha scritto|scrisse|schrieb|schreef|het volgende geschreven|geschreven|skrev|kirjoitti|napisał\(a\)|napisała|napisał|napisal|napsal\(a\)|napsal|пише|написал\(а\)|написала|написал|写道|寫道|yazdı|írta|a scris|kirjutas|rašė`

var quoteHeaderRes = []*regexp.Regexp{
	// "On <date>, <name> wrote:" and its translations: a lead word, then
	// the verb at the end, with a date or address in between.
	regexp.MustCompile(`(?i)^[-\s]*(on|at|am|le|el|il|em|op|den|på|w dniu|dnia|dňa|dne|в|在|quoting|in message)\s.*?(` + quoteVerbs + `)[\s.:：>-]*$`),
	// "<name> <addr> wrote:", "<date> <name> napisał(a):".
	regexp.MustCompile(`(?i)^.*\b(` + quoteVerbs + `)\s*[:：]\s*$`),
	// "<name> schrieb am <date>:", "<name> wrote on <date>:".
	regexp.MustCompile(`(?i)^.*\b(wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev)\s+(on|am|le|el|il|em|op|den)\s.*[:：]\s*$`),
	// Gmail in other languages: "<date> <name> <addr>:", e.g.
	// "ср, 30 апр. 2025 г. в 15:19, John Doe <doe@example.com>:".
	regexp.MustCompile(`(\d{4}|\d{1,2}[:.]\d{2}).*<[^<>\s@]+@[^<>\s]+>\s*[:：]?\s*$`),
	// "Posted by <name> on 01/21/2016".
	regexp.MustCompile(`(?i)^posted by .+ on \d{1,2}/\d{1,2}/\d{2,4}$`),
}

// hasDateOrAddr reports whether a line has a digit or an address, which
// every real quote header has and prose rarely ends with.
func hasDateOrAddr(t string) bool {
	return strings.ContainsAny(t, "0123456789@<")
}

// verbList is quoteVerbs as a list, for the cheap suffix test.
var verbList = strings.Split(strings.NewReplacer(`\(`, "(", `\)`, ")").Replace(quoteVerbs), "|")

// mayBeQuoteHeader is a cheap test that rules out most prose before the
// regular expressions run: a quote header ends with a colon, an address
// or the verb, or is a "Posted by" line.
func mayBeQuoteHeader(t string) bool {
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ">") {
		return true
	}
	l := strings.ToLower(strings.TrimRight(t, " .:：>-"))
	for _, v := range verbList {
		if strings.HasSuffix(l, v) {
			return true
		}
	}
	return strings.HasPrefix(l, "posted by ")
}

// isQuoteHeader reports whether one line is a quote header.
func isQuoteHeader(t string) bool {
	if len(t) > 600 || !hasDateOrAddr(t) || !mayBeQuoteHeader(t) {
		return false
	}
	for _, re := range quoteHeaderRes {
		if re.MatchString(t) {
			return true
		}
	}
	return false
}

// markWrappedQuoteHeaders finds quote headers that the sending client
// wrapped over two or three lines and marks all their lines.
func markWrappedQuoteHeaders(lines []string, kinds []lineKind) {
	for i := range lines {
		if kinds[i] != kText {
			continue
		}
		joined := strings.TrimSpace(lines[i])
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			if kinds[j] == kEmpty || kinds[j] == kQuote {
				break
			}
			joined += " " + strings.TrimSpace(lines[j])
			if isQuoteHeader(joined) {
				for k := i; k <= j; k++ {
					kinds[k] = kQuoteHeader
				}
				break
			}
		}
	}
}

// markerPhrases are "Original Message" and forwarded-message separators in
// many languages, compared after the decoration around them is removed.
var markerPhrases = map[string]bool{
	"original message": true, "reply message": true, "forwarded message": true,
	"forwarded email": true, "begin forwarded message": true, "forwarded by": true,
	"ursprüngliche nachricht": true, "weitergeleitete nachricht": true, "anfang der weitergeleiteten nachricht": true,
	"original-nachricht": true, "originalnachricht": true,
	"message d'origine": true, "message original": true, "message transféré": true,
	"début du message transféré": true, "début du message réexpédié": true,
	"mensaje original": true, "mensaje reenviado": true, "comienzo del mensaje reenviado": true,
	"messaggio originale": true, "messaggio inoltrato": true, "inizio messaggio inoltrato": true,
	"oorspronkelijk bericht": true, "origineel bericht": true, "doorgestuurd bericht": true, "begin doorgestuurd bericht": true,
	"ursprungligt meddelande": true, "originalmeddelande": true, "vidarebefordrat meddelande": true,
	"oprindelig besked": true, "oprindelig meddelelse": true, "videresendt besked": true, "videresendt meddelelse": true,
	"opprinnelig melding": true, "videresendt melding": true,
	"alkuperäinen viesti": true, "välitetty viesti": true,
	"wiadomość oryginalna": true, "oryginalna wiadomość": true, "przekazana wiadomość": true, "wiadomość przekazana dalej": true,
	"mensagem original": true, "mensagem encaminhada": true, "início da mensagem reencaminhada": true,
	"исходное сообщение": true, "пересылаемое сообщение": true, "переслане повідомлення": true, "оригінальне повідомлення": true,
	"původní zpráva": true, "přeposlaná zpráva": true, "eredeti üzenet": true, "továbbított üzenet": true,
	"orijinal mesaj": true, "iletilen mesaj": true,
	"原始邮件": true, "原始郵件": true, "转发邮件": true, "转发的邮件": true, "轉寄郵件": true,
	"元のメッセージ": true, "転送されたメッセージ": true,
}

// isMarker reports whether t is an original or forwarded message
// separator such as "-----Original Message-----".
func isMarker(t string) bool {
	if len(t) > 120 {
		return false
	}
	s := strings.ToLower(strings.Trim(t, " \t>*-_=[]"))
	s = strings.TrimSpace(strings.TrimRight(s, ":： "))
	return markerPhrases[s]
}

// mobileSigRes are the lines mail apps append on phones and tablets.
var mobileSigRes = regexp.MustCompile(`(?i)^[\s(<\[]*(` +
	`sent (from|via|with|by|using|on) .+|` +
	`get outlook for .*|` +
	`\S+ from mobile|from my (iphone|ipad|android|mobile|phone|samsung|galaxy|smartphone|blackberry).*|` +
	`envoyé (de|depuis) (mon|ma|yahoo|l'application|outlook) .*|` +
	`von meinem .+ gesendet.*|gesendet (von|mit) (meinem|der|mobile|iphone|outlook).*|` +
	`diese nachricht wurde von .+ gesendet.*|` +
	`inviato da .+|` +
	`enviado (desde|do|de) (mi|meu|o meu|my|el) .+|enviado desde .+|` +
	`verzonden (met|vanaf|van) .+|verstuurd (vanaf|met) .+|` +
	`sendt fra .+|skickat från .+|från min .+|` +
	`lähetetty .+(puhelimesta|iphonesta|laitteesta|android).*|` +
	`wysłane z .+|отправлено (с|из) .+|` +
	`從我的 .+ 傳送|发自我的.+|` +
	`sent from a phone|sent from mobile( device)?` +
	`)[\s)>\].]*$`)

// markdownLink is "[text](url)" as html2text writes links.
var markdownLink = regexp.MustCompile(`\[([^\]]+)\]\([^)]+\)`)

// isMobileSig reports whether t is a mobile signature line.
func isMobileSig(t string) bool {
	if len(t) > 160 {
		return false
	}
	return mobileSigRes.MatchString(markdownLink.ReplaceAllString(t, "$1"))
}

// headerFieldRe is a field of an embedded mail header as mail clients
// write it when quoting, in many languages; fromFieldRe the first field.
var (
	headerFieldRe = regexp.MustCompile(`(?i)^[\s*>]*(from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|an|betreff|datum|kopie|de|envoyé|envoyé le|à|a|objet|expéditeur|destinataire|répondre à|enviado|enviada em|para|asunto|fecha|da|inviato|oggetto|data|risposta|van|verzonden|aan|onderwerp|beantwoorden - aan|från|skickat|till|ämne|fra|sendt|til|emne|dato|od|wysłano|do|temat|от|отправлено|кому|тема|дата|копия|lähettäjä|lähetetty|vastaanottaja|aihe|päivämäärä|kimden|gönderildi|kime|konu|tarih|feladó|elküldve|címzett|tárgy|dátum|发件人|发送时间|收件人|抄送|主题|日期|寄件者|寄件日期|收件者|主旨|差出人|送信日時|宛先|件名)[\s*]*[:：]`)
	fromFieldRe = regexp.MustCompile(`(?i)^[\s*>]*(from|von|de|expéditeur|da|van|från|fra|od|от|lähettäjä|kimden|feladó|发件人|寄件者|差出人)[\s*]*[:：]`)
)

// markHeaderBlocks finds embedded header blocks: at least two header
// fields in a row starting with a From field, three when nothing announces
// them. A field may wrap onto one more line.
func markHeaderBlocks(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kText || !fromFieldRe.MatchString(lines[i]) {
			continue
		}
		end, fields := headerRun(lines, kinds, i)
		need := 3
		if announced(kinds, i) {
			need = 2
		}
		if fields >= need {
			for k := i; k < end; k++ {
				kinds[k] = kHeaderBlock
			}
			i = end - 1
		}
	}
}

// headerRun returns the end of the run of header fields starting at i
// and how many fields it has.
func headerRun(lines []string, kinds []lineKind, i int) (end, fields int) {
	wrapped := false
	for end = i; end < len(lines); end++ {
		switch {
		case kinds[end] != kText && kinds[end] != kQuoteHeader:
			return end, fields
		case headerFieldRe.MatchString(lines[end]):
			fields++
			wrapped = false
		case !wrapped && end > i:
			wrapped = true // a long From or To value wrapped by the client
		default:
			return end, fields
		}
	}
	return end, fields
}

// announced reports whether the lines above i (blank lines skipped) are a
// separator or marker that introduces an embedded mail.
func announced(kinds []lineKind, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch kinds[j] {
		case kEmpty:
			continue
		case kDelimiter, kMarker, kMobileSig:
			return true
		}
		return false
	}
	return false
}
