package intake

import "strings"

// A booking channel's, marketplace's or partner portal's messaging relays
// a person's message by mail inside its own chrome: a box at the top that
// says the message came through it and asks to keep a reference
// ("This message was sent through … Messaging." / "Please do not remove
// the reference [REF:…]", between two like rules), and below the message
// the one it answers, under a heading ("Previous message:") and a couple
// of fields ("From: …", "Date: …"). Neither is the person's.

// relayNotice is a line of such a box: that the message was sent through
// the relay, or the request to keep its reference, in the languages of
// the desks' customers: "This message was sent through …", "Este mensaje
// fue enviado a través de …", "Mesej ini dihantar melalui …", "Please do
// not remove the reference …", "No elimine la referencia …".
var relayNotice = mustGate(`(?i)^[\s*_]*(this (message|e-?mail|mail) (was|has been|is) (sent|relayed|delivered|forwarded) (through|via|using|by means of)\b|` +
	`(este|esta) (mensaje|mensagem|correo|e-?mail) (fue|ha sido|fue enviad[oa]|foi) ?(enviad[oa] )?(a través de|através d[eoa]|mediante|por meio d[eoa]|vía|via)\b|` +
	`questo messaggio è stato inviato (tramite|attraverso|mediante|via)\b|ce message a été envoyé (via|par l'intermédiaire d[eu]|au moyen d[eu]|à travers)\b|` +
	`diese nachricht wurde (über|via|mit) .{1,60} (gesendet|versendet|verschickt)|dit bericht is verzonden (via|met|door middel van)\b|` +
	`(mesej|e-?mel) ini (telah )?(dihantar|dikirim) (melalui|menerusi|via)\b|(pesan|surel|email) ini (telah )?dikirim (melalui|lewat|via)\b|` +
	`αυτό το μήνυμα (στάλθηκε|εστάλη) (μέσω|από) |ova (je )?poruka (je )?poslana (putem|preko)\b|tin nhắn này (được|đã được) gửi (qua|thông qua)\b|` +
	`ang mensaheng ito ay ipinadala (sa pamamagitan ng|gamit ang)\b|ข้อความนี้ถูกส่ง(ผ่าน|โดย)|このメッセージは.{1,60}(から|経由で|を通じて)送信されました|` +
	`(please )?(do not|don'?t) (remove|delete|change|edit|alter) (the|this) (reference|ref|code|tag|line)\b|` +
	`(por favor,? )?no (elimine|borre|modifique|quite) (la|esta) (referencia|línea|código)\b|(por favor,? )?não (remova|apague|altere) (a|esta) (referência|linha)\b|` +
	`(si prega di )?non (rimuovere|cancellare|modificare) (il|questo|la) (riferimento|codice|riga)\b|(merci de )?ne (supprimez|modifiez|retirez) pas (la|cette) (référence|ligne)\b|` +
	`(die|diese) referenz (bitte )?nicht (entfernen|löschen|ändern)|(verwijder|wijzig) (de|deze) referentie niet\b|` +
	`jangan (buang|padam|hapus|ubah|tukar) (rujukan|referensi|kod|kode|baris)\b|μην (αφαιρέσετε|διαγράψετε) (την|τον) (αναφορά|κωδικό)|` +
	`(nemojte|ne) (uklanjati|brisati|mijenjati) (referencu|oznaku)|(vui lòng )?không (xóa|xoá|thay đổi) (mã )?tham chiếu)`)

// markRelayBox drops the relay's box at the top of the body: the first
// line with text is a rule, the same rule closes a few lines below it,
// one of them is a relayNotice, and the message follows below the box. A
// box the writer drew around their own words ("URGENT: all bookings
// fail") says nothing of a relay and stays.
func markRelayBox(lines []string, kinds []lineKind) {
	const maxBox = 4
	i := nextFilled(kinds, 0)
	if i >= len(kinds) || kinds[i] != kDelimiter {
		return
	}
	rule := strings.TrimSpace(lines[i])
	relay := false
	for j := i + 1; j < len(kinds) && j <= i+maxBox+1; j++ {
		switch {
		case kinds[j] == kText:
			relay = relay || relayNotice.MatchString(lines[j])
			continue
		case kinds[j] == kDelimiter && strings.TrimSpace(lines[j]) == rule && j > i+1 && relay:
			if k := nextFilled(kinds, j+1); k < len(kinds) && kinds[k] == kText {
				for x := i; x <= j; x++ {
					kinds[x] = kDrop
				}
			}
		}
		return
	}
}

// earlierHeading is the heading a relay puts above the message its
// message answers, alone on its line: "Previous message:", "Mensaje
// anterior:", "Pesan sebelumnya:", "以前のメッセージ:".
var earlierHeading = mustGate(`(?i)^[\s*_]*((previous|earlier|prior|original) (message|e-?mail|mail|reply)|(mensaje|mensagem) (anterior|original)|message (précédent|original)|(vorherige|frühere|ursprüngliche) nachricht|messaggio (precedente|originale)|(vorig|eerder|oorspronkelijk) bericht|` +
	`(pesan|mesej|e-?mel|surel) (sebelumnya|terdahulu|sebelum ini|asal|asli)|προηγούμενο μήνυμα|prethodna poruka|tin nhắn trước( đó)?|(naunang|nakaraang) mensahe|ข้อความก่อนหน้า|(以前|前)のメッセージ|元のメッセージ)[\s*_]*[:：]$`)

// relayHeadingAt reports whether the line p, the last with text above the
// header fields at i, is an earlierHeading: it announces the fields as an
// embedded mail's, as "-----Original Message-----" does.
func relayHeadingAt(lines []string, kinds []lineKind, p int) bool {
	return p >= 0 && kinds[p] == kText && len(lines[p]) < 60 && earlierHeading.MatchString(lines[p])
}

// markNamedCommentQuote takes a portal's comment out of the quotes: a
// line of text naming the comment's writer (authorLine, "New comment by
// Ionuț Popescu (installer, AutoTech Cluj SRL):", "Neuer Kommentar von
// Jonas Weber:"), then, after blank lines at most, the comment quoted
// with "> ". The portal quotes to set the comment apart, as a notice
// that carries a person's words to us (namedComment); the quote is what
// the ticket is about, not history. Its marks are taken off, one level;
// a comment quoted in a reply is under an attribution, quoted itself,
// and stays history.
func markNamedCommentQuote(lines []string, kinds []lineKind) {
	for i := 0; i < len(kinds); i++ {
		if kinds[i] != kText || len(lines[i]) > 200 || !strings.HasSuffix(strings.TrimSpace(lines[i]), ":") || !authorLine.MatchString(lines[i]) {
			continue
		}
		j := i + 1
		for j < len(kinds) && kinds[j] == kEmpty {
			j++
		}
		for ; j < len(kinds) && kinds[j] == kQuote; j++ {
			l := strings.TrimPrefix(strings.TrimLeft(lines[j], " \t"), ">")
			lines[j] = strings.TrimPrefix(l, " ")
			kinds[j] = classifyLine(lines[j])
		}
		i = j - 1
	}
}
