package intake

import "regexp"

// headerFieldRe is a field of an embedded mail header as mail clients
// write it when quoting, in many languages; fromFieldRe the first field.
var (
	headerFieldRe = regexp.MustCompile(`(?i)^[\s\p{Zs}*>]*(from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|an|betreff|datum|kopie|de|envoyé|envoyé le|à|a|objet|sujet|copie à|message du|expéditeur|destinataire|répondre à|enviado|enviada em|para|asunto|fecha|da|inviato|oggetto|data|risposta|van|verzonden|aan|onderwerp|beantwoorden - aan|från|skickat|till|ämne|fra|sendt|til|emne|dato|od|wysłano|do|temat|от|отправлено|кому|тема|дата|копия|lähettäjä|lähetetty|vastaanottaja|aihe|päivämäärä|kimden|gönderildi|kime|konu|tarih|feladó|elküldve|címzett|tárgy|dátum|发件人|发送时间|收件人|抄送|主题|日期|寄件者|寄件日期|收件者|主旨|差出人|送信日時|宛先|件名|odesláno|odoslané|komu|předmět|predmet|보낸 사람|보낸 날짜|받는 사람|참조|제목|από|στάλθηκε|προς|θέμα|de la|trimis|către|subiect|šalje|poslano|prima|від|надіслано|dari|dikirim|kepada|subjek|изпратено|относно|до)[\s\p{Zs}*]*[:：]`)
	fromFieldRe   = regexp.MustCompile(`(?i)^[\s\p{Zs}*>]*(from|von|de|expéditeur|da|van|från|fra|od|от|lähettäjä|kimden|feladó|发件人|寄件者|差出人|보낸 사람|από|de la|šalje|від|dari)[\s\p{Zs}*]*[:：]`)
)

// markHeaderBlocks finds embedded header blocks: at least two header
// fields in a row with a From field among them, three when nothing
// announces them. A field may wrap onto one more line.
//
// QUIRK: the block need not start with From: Outlook for Mac and mutt
// start with "Date:", Thunderbird's "Original Message" with "Subject:",
// Lotus Notes writes "From:", "To:", "Date:".
func markHeaderBlocks(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kText || !headerFieldRe.MatchString(lines[i]) {
			continue
		}
		end, fields := headerRun(lines, kinds, i)
		if !hasFromField(lines[i:end]) {
			i = max(i, end-1)
			continue
		}
		need := 3
		if announced(kinds, i) {
			need = 2
		}
		if fields >= need {
			for k := i; k < end; k++ {
				kinds[k] = kHeaderBlock
			}
		}
		// A later From in the same run starts a shorter run: skip it.
		i = max(i, end-1)
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

// hasFromField reports whether one of the lines is a From field.
func hasFromField(lines []string) bool {
	for _, l := range lines {
		if fromFieldRe.MatchString(l) {
			return true
		}
	}
	return false
}
