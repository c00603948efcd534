package intake

import (
	"strings"
	"unicode/utf8"
)

// headerFieldRe is a field of an embedded mail header as mail clients
// write it when quoting, in many languages, or as a bounce or a pasted raw
// mail copies it (RFC 5322 section 3.6, RFC 2045 section 3); fromFieldRe
// the From field, which Mail.ru writes "От кого:" ("Від кого:" in
// Ukrainian), Outlook in Persian "از:" (over "ارسال شده:", "به:",
// "موضوع:"), in Welsh "Oddi wrth:" (over "Anfonwyd:", "At:", "Pwnc:") and
// in Albanian "Nga:" (over "Dërguar:", "Subjekti:", or Gmail's English).
var (
	headerFieldRe = mustGate(`(?i)^[\s\p{Zs}*>]*(mittente|destinatario|destinatari|remitente|remetente|destinatário|absender|empfänger|afzender|ontvanger|from|sent|date|to|cc|bcc|subject|reply-to|message-id|mime-version|content-type|content-transfer-encoding|return-path|in-reply-to|references|von|gesendet|an|betreff|datum|kopie|blindkopie|thema|de|envoyé|envoyé le|à|a|objet|sujet|copie à|message du|expéditeur|destinataire|répondre à|enviado|enviada em|para|asunto|fecha|da|inviato|oggetto|data|risposta|van|verzonden|aan|onderwerp|beantwoorden - aan|från|skickat|till|ämne|fra|sendt|til|emne|dato|od|wysłano|do|temat|от|от кого|від кого|отправлено|кому|тема|дата|копия|lähettäjä|lähetetty|vastaanottaja|aihe|kutoka|kwa|tarehe|mada|päivämäärä|kimden|gönderildi|kime|konu|tarih|feladó|elküldve|címzett|tárgy|dátum|发件人|发送时间|收件人|抄送|主题|日期|寄件者|寄件日期|收件者|主旨|差出人|送信日時|宛先|件名|odesláno|odoslané|komu|předmět|predmet|보낸 사람|보낸 날짜|받는 사람|참조|제목|από|στάλθηκε|προς|θέμα|de la|trimis|către|subiect|šalje|poslano|prima|від|надіслано|dari|daripada|dihantar|tarikh|dikirim|kepada|subjek|изпратено|относно|до|assunto|enviados|enviat|enviat el|assumpte|per a|tema|zadeva|za|מאת|נשלח|אל|נושא|תאריך|من|تاريخ الإرسال|إلى|الموضوع|از|ارسال شده|به|رونوشت|موضوع|تاریخ|từ|đã gửi|đến|chủ đề|saatja|saadetud|adressaat|teema|nosūtīts|kam|tēma|no|nuo|frá|efni|poslato|од|послато|за|išsiųsta|จาก|ส่ง|ถึง|เรื่อง|สำเนา|วันที่|प्रेषक|भेजा गया|प्रति|विषय|दिनांक|प्राप्तकर्ता|oddi wrth|anfonwyd|at|pwnc|dyddiad|nga|dërguar|subjekti)[\s\p{Zs}*]*[:：]`)
	fromFieldRe   = mustGate(`(?i)^[\s\p{Zs}*>]*(from|von|de|expéditeur|mittente|remitente|remetente|absender|afzender|da|van|från|fra|od|от|lähettäjä|kutoka|kimden|feladó|发件人|寄件者|差出人|보낸 사람|από|de la|šalje|від|от кого|від кого|dari|daripada|מאת|من|از|từ|saatja|no|nuo|frá|од|จาก|प्रेषक|oddi wrth|nga)[\s\p{Zs}*]*[:：]`)
)

// markHeaderBlocks finds embedded header blocks: at least two header
// fields in a row with a From field among them when a separator
// announces them; otherwise three, with a Subject field or an address,
// and not a header the writer says they are pasting. A field may wrap
// onto one more line.
//
// QUIRK: the block need not start with From: Outlook for Mac and mutt
// start with "Date:", Thunderbird's "Original Message" with "Subject:",
// Lotus Notes writes "From:", "To:", "Date:".
func markHeaderBlocks(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kText || !isEmbeddedField(lines[i]) {
			continue
		}
		end, fields := headerRun(lines, kinds, i)
		if p := prevFilled(kinds, i-1); fields >= 2 && p >= 0 && kinds[p] == kQuoteHeader && !strings.HasPrefix(strings.TrimSpace(lines[p]), ">") {
			// Yandex's forward: the sender is in the attribution line
			// ("14.04.2025, 16:02, Павел (p@x.example):"), the other
			// fields below it ("Кому: …;", "Тема: …;")
			for k := i; k < end; k++ {
				kinds[k] = kHeaderBlock
			}
			i = max(i, end-1)
			continue
		}
		if !hasFromField(lines[i:end]) && !rawHeader(lines[i:end]) {
			i = max(i, end-1)
			continue
		}
		if p := prevFilled(kinds, i-1); fields >= 2 && relayHeadingAt(lines, kinds, p) {
			// "Previous message:" / "From: …" / "Date: …": a relay's
			// earlier message, announced by its heading.
			kinds[p] = kMarker
		}
		isBlock := fields >= 2 && announced(kinds, i) ||
			fields >= 3 && mailLike(lines[i:end]) && !pastedHeader(lines, kinds, i)
		if isBlock {
			// QQ Mail puts a blank line above the block's last field,
			// "主题: …": it is the block's all the same.
			if end+1 < len(lines) && kinds[end] == kEmpty && kinds[end+1] == kText && isEmbeddedField(lines[end+1]) &&
				(end+2 == len(lines) || kinds[end+2] == kEmpty) {
				end += 2
			}
			for k := i; k < end; k++ {
				if kinds[k] != kEmpty {
					kinds[k] = kHeaderBlock
				}
			}
		}
		// A later From in the same run starts a shorter run: skip it.
		i = max(i, end-1)
	}
}

// headerRun returns the end of the run of header fields starting at i
// and how many fields it has. A field may wrap onto one more line as
// clients write it, or fold over any number of lines that start with
// white space, as a raw header does (RFC 5322 section 2.2.3).
func headerRun(lines []string, kinds []lineKind, i int) (end, fields int) {
	wrapped := false
	for end = i; end < len(lines); end++ {
		l := lines[end]
		switch {
		case kinds[end] != kText && kinds[end] != kQuoteHeader:
			return end, fields
		case isEmbeddedField(l):
			fields++
			wrapped = false
		case end > i && l != "" && (l[0] == ' ' || l[0] == '\t'):
			// a folded line of the field above
		case !wrapped && end > i && wrapsField(lines, end):
			wrapped = true
		default:
			return end, fields
		}
	}
	return end, fields
}

// wrapsField reports whether line i, below a field and not a field
// itself, is that field's value wrapped by the client: the field was long
// (clients break lines near 72 or 76 characters), the line holds an
// address, or another field follows it. A line below a short last field
// is the mail's first (a web mailer's HTML puts "Hallo Ute," right under
// "Betreff: Shop Fehler" without a blank line).
func wrapsField(lines []string, i int) bool {
	const minWrapped, wrapWidth = 40, 60
	if strings.ContainsAny(lines[i], "@<") {
		return true
	}
	// a line the field's next word would still have fitted on was not
	// broken by a client: "Betreff: Fehler beim Drucken der Lieferscheine"
	// above "Hallo Sabine,"
	prev := utf8.RuneCountInString(strings.TrimSpace(lines[i-1]))
	if first, _, _ := strings.Cut(strings.TrimSpace(lines[i]), " "); prev >= minWrapped && prev+1+utf8.RuneCountInString(first) > wrapWidth {
		return true
	}
	return i+1 < len(lines) && isEmbeddedField(lines[i+1])
}

// isEmbeddedField reports whether l is a field of an embedded header, quoted
// or raw. A field name ends within the line's first bytes, so lines
// without a colon there skip the long expressions.
func isEmbeddedField(l string) bool {
	const maxName = 64
	head := l[:min(len(l), maxName)]
	if !strings.ContainsRune(head, ':') && !strings.ContainsRune(head, '：') {
		return false
	}
	return headerFieldRe.MatchString(l) || rawFieldRe.MatchString(l)
}

// rawHeader reports whether a run of fields is a raw header copied by a
// bounce or pasted whole: it holds trace or MIME fields, which clients
// never write into their quote headers.
func rawHeader(lines []string) bool {
	n := 0
	for _, l := range lines {
		if rawFieldRe.MatchString(l) || strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), "message-id") {
			n++
		}
	}
	return n >= 2
}

// rawFieldRe is a field that only a raw header has, as a bounce or a
// pasted mail copies it: trace and MIME fields, list and vendor fields.
var rawFieldRe = mustGate(`(?i)^\s*(received|return-path|delivered-to|x-[a-z0-9-]+|content-[a-z-]+|dkim-signature|arc-[a-z-]+|authentication-results|received-spf|importance|sensitivity|priority|precedence|feedback-id|thread-topic|thread-index|list-[a-z]+|errors-to|sender|user-agent|accept-language|content-language|organization)\s*:`)

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

// hasFromField reports whether one of the lines is a From field.
func hasFromField(lines []string) bool {
	for _, l := range lines {
		if fromFieldRe.MatchString(l) {
			return true
		}
	}
	return false
}

// subjectFieldRe is the Subject field of quoted header blocks in the
// languages of headerFieldRe.
var subjectFieldRe = mustGate(`(?i)^[\s\p{Zs}*>]*(subject|betreff|objet|sujet|asunto|assunto|oggetto|onderwerp|ämne|emne|temat|тема|aihe|konu|tárgy|主题|主旨|件名|předmět|predmet|제목|θέμα|subiect|naslov|subjek|относно|tema|zadeva|נושא|الموضوع|chủ đề|teema|tēma|efni|pwnc)[\s\p{Zs}*]*[:：]`)

// mailLike reports whether a run of fields is a mail's header rather
// than the writer's own "From: 22:00 / To: 23:30 / Date: Tuesday"
// (QUIRK: an agent announcing a maintenance window): it has a Subject
// field or an address.
func mailLike(lines []string) bool {
	for _, l := range lines {
		if subjectFieldRe.MatchString(l) || strings.Contains(l, "@") {
			return true
		}
	}
	return false
}

// pastedIntro is a line by which a writer introduces a header they
// paste to ask about it: "This is the header of the mail that bounced:".
var pastedIntro = mustGate(`(?i)\b(headers?|header lines|kopfzeilen|mail-?header|en-têtes?|encabezados?|cabeçalhos?|intestazioni)\b.*[:：]\s*$`)

// smtpData is the line above a header in a pasted SMTP session: the
// client's DATA or the server's 354 answer to it.
var smtpData = mustGate(`(?i)^(data|354( .*)?)$`)

// pastedHeader reports whether the text line right above i (blank lines
// skipped) introduces a pasted header: it names a header, or it is the
// writer's sentence ending in a colon and the writer's client quotes
// its history below, with an attribution over "> " lines (ownQuoteBelow).
func pastedHeader(lines []string, kinds []lineKind, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch kinds[j] {
		case kEmpty:
			continue
		case kText:
			t := strings.TrimSpace(lines[j])
			return pastedIntro.MatchString(t) || smtpData.MatchString(t) ||
				strings.HasSuffix(t, ":") && !greetingLine(t) && ownQuoteBelow(lines, kinds, i)
		}
		return false
	}
	return false
}

// ownQuoteBelow reports whether below the header fields at i, after text
// of their own, the body's history starts with an attribution over "> "
// quoted lines and nothing else embeds a mail on the way: a client that
// quotes so puts its history below its attribution, so fields above it
// and outside its quote are no mail it embedded but lines the writer
// pasted ("So sieht die Ansicht aus:" / "Von: Poststelle …" / … /
// "Am 10.11.2026 um 16:02 schrieb Acme Support:" / "> …"). Outlook's
// header block over a mail that quoted so itself has no colon line of
// the writer right above it.
func ownQuoteBelow(lines []string, kinds []lineKind, i int) bool {
	const maxLookahead = 400
	end := min(len(kinds), i+maxLookahead)
	j := i
	for j < end && kinds[j] == kText && isEmbeddedField(lines[j]) {
		j++
	}
	text := false
	for ; j < end; j++ {
		switch kinds[j] {
		case kText:
			text = text || !isEmbeddedField(lines[j])
		case kQuoteHeader:
			n := nextFilled(kinds, j+1)
			return text && !strings.HasPrefix(strings.TrimSpace(lines[j]), ">") && n < len(kinds) && kinds[n] == kQuote
		case kEmpty, kSigDash, kMobileSig, kDelimiter:
		default:
			return false
		}
	}
	return false
}
