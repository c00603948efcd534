package intake

import "testing"

// TestForeignHeaderBlock: Outlook's header block in a language whose
// field names headerFieldRe does not list (Georgian, Azerbaijani, Basque,
// Irish, Kazakh, Albanian, Amharic here) is known by its shape alone: a
// paragraph of three or more "Name: value" lines, one of them an
// address, one a date or time, and one the answered mail's subject (a
// reply prefix, a ticket tag, or the subject of the mail itself). Each
// reply's history was shown as its text before.
func TestForeignHeaderBlock(t *testing.T) {
	const quoted = "\n\nDear customer,\n\nThank you for contacting Acme Support. Your ticket number is ESC-2231.\n\nAcme Support\n"
	for _, tt := range []struct{ name, subject, body, want string }{
		{"Georgian, underscore rule", "RE: [ESC-2231] Printer queue stuck",
			"The queue is moving again, thank you.\n\nNino\n\n________________________________\nგამგზავნი: Acme Support <support@acme.example>\nგაგზავნილია: 3 მარტი 2026 10:12\nმიმღები: Nino Beridze <nino@school.example>\nთემა: [ESC-2231] Printer queue stuck" + quoted,
			"The queue is moving again, thank you.\n\nNino"},
		{"Azerbaijani, no rule", "RE: [ESC-2232] Grades not saving",
			"Still the same after the update.\n\nKimdən: Acme Support <support@acme.example>\nGöndərildi: Çərşənbə axşamı, 3 mart 2026 09:41\nKimə: Leyla Mammadova\nMövzu: [ESC-2232] Grades not saving" + quoted,
			"Still the same after the update."},
		{"Basque, address in brackets", "Re: [ESC-2233] Timetable export",
			"Bai, atzo konpondu zen. Eskerrik asko!\n\nNork: Acme Support [mailto:support@acme.example]\nNoiz: 2026(e)ko martxoaren 4(a), asteazkena 16:05\nNori: Ane Etxeberria\nGaia: RE: [ESC-2233] Timetable export" + quoted,
			"Bai, atzo konpondu zen. Eskerrik asko!"},
		{"Irish, Cc wrapped onto a second line", "RE: [ESC-2234] Parent portal",
			"Go raibh maith agat, tá sé ag obair anois.\n\nÓ: Acme Support <support@acme.example>\nSeolta: 04 Márta 2026 11:20\nChuig: Siobhán Ní Bhriain <sniBhriain@scoil.example>; Pádraig Ó Súilleabháin\n<posuilleabhain@scoil.example>\nÁbhar: RE: [ESC-2234] Parent portal" + quoted,
			"Go raibh maith agat, tá sé ag obair anois."},
		{"Kazakh, a forward known by the mail's own subject", "FW: Сабақ кестесі жүктелмейді",
			"Осыны қарап беріңізші.\n\nКімнен: Айгүл Сейітова <aigul@mektep.example>\nЖіберілді: 5 наурыз 2026 ж. 08:15\nКімге: IT бөлімі <it@mektep.example>\nТақырып: Сабақ кестесі жүктелмейді\n\nСәлеметсіз бе, кесте жүктелмейді.\n",
			"Осыны қарап беріңізші."},
		{"Albanian", "Re: [ESC-2236] Login",
			"Faleminderit, funksionon.\n\nNga: Acme Support <support@acme.example>\nDërguar: e enjte, 5 mars 2026 14:02\nPër: Arta Hoxha\nSubjekti: [ESC-2236] Login" + quoted,
			"Faleminderit, funksionon."},
	} {
		checkParsedVisible(t, tt.name, plainMail(tt.subject, tt.body), tt.want)
	}
}

// TestForeignHeaderBlockNotText: the writer's own lines of "Name: value"
// stay text: a contact card with an address and no date, an agenda with
// times and no address, a form with all three kinds of value but no
// subject of a mail among them, and a block inside a paragraph.
func TestForeignHeaderBlockNotText(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"contact card", "Please update our contact:\n\nNombre: Ana Souza\nEmpresa: Loja Azul\nCorreo: ana@lojaazul.example\nTeléfono: +55 11 0000-0000"},
		{"agenda", "Nächste Woche:\n\nBeginn: 09:00\nPause: 10:30\nEnde: 12:00"},
		{"form with no subject", "The form we sent:\n\nName: Tom Reed\nEmail: tom@reed.example\nDate of birth: 12/03/1990\nClass: 7B"},
		{"inside a paragraph", "We checked these again this morning\nLehrer: anna@schule.example\nZeit: 08:15 2026\nBetreffzeile: RE: Noten"},
	} {
		checkParsedVisible(t, tt.name, plainMail("Question", tt.body), tt.body)
	}
}
