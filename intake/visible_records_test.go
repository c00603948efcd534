package intake

import "testing"

// TestPastedHeaderAboveOwnQuote (replies/stranger73's 44): a header block
// the writer pastes as evidence into her own text, introduced by her
// sentence ending in a colon, above her text's rest and her client's own
// attribution over "> " quoted lines, is her text: history her client
// quotes below its attribution, not above it.
func TestPastedHeaderAboveOwnQuote(t *testing.T) {
	const quote = "\n\nAm 10.11.2026 um 16:02 schrieb Acme Support:\n> Sehr geehrte Frau Schröder,\n>\n> das Update ist eingespielt.\n"
	de := "Guten Tag,\n\nso sieht die Ansicht bei dem abgelegten Dokument aus:\n\nVon: Poststelle <poststelle@kv.example.de>\nAn: widerspruch@kv.example.de\nGesendet: 11.11.2026 14:22\nBetreff: Widerspruch gegen Bescheid\n\nTatsächlich stammt die Mail von einem Bürger.\n\nMit freundlichen Grüßen\nAnja Schröder"
	en := "Hi,\n\nthe archived copy shows these properties:\n\nFrom: Mailroom <mailroom@county.example>\nTo: appeals@county.example\nDate: 11/11/2026 2:22 PM\nSubject: Appeal against decision 4417\n\nThe mail really came from a citizen.\n\nRegards,\nAnn"
	checkVisibleForms(t, []formCase{
		{name: "German properties pasted", in: de + quote, want: de},
		{name: "English properties pasted", in: en + "\n\nOn Tue, Nov 10, 2026 at 4:02 PM Acme Support <support@acme.example> wrote:\n> Dear Ann,\n> the update is installed.\n", want: en},
	})
}

// TestPastedHeaderAboveOwnQuoteNotText: a header block stays history when
// no colon line of the writer introduces it, or when no attribution of
// the writer's client quotes below it: Outlook's reply to a mail that
// quoted with "> " itself, a forward's "see below:" over the forwarded
// mail.
func TestPastedHeaderAboveOwnQuoteNotText(t *testing.T) {
	const block = "From: Acme Support <support@acme.example>\nSent: Tuesday, November 10, 2026 4:02 PM\nTo: Ann <ann@county.example>\nSubject: RE: [ESC-6144] Appeals\n\nDear Ann,\nthe update is installed.\n"
	checkVisibleForms(t, []formCase{
		{name: "Outlook reply over a quoting mail", in: "Thanks, works now.\n\nAnn\n\n" + block + "\nOn Mon, Nov 9, 2026 at 9:00 AM Ann <ann@county.example> wrote:\n> Is it installed?\n", want: "Thanks, works now.\n\nAnn"},
		{name: "a forward's see below", in: "Please see the mail below:\n\n" + block, want: "Please see the mail below:"},
		{name: "Outlook reply with a colon line above", in: "The fields we need are these:\n- Case\n- Date\n\n" + block + "\nOn Mon, Nov 9, 2026 at 9:00 AM Ann <ann@county.example> wrote:\n> Is it installed?\n", want: "The fields we need are these:\n- Case\n- Date"},
	})
}

// TestSignatureLineAboveNotesCard (replies/stranger74's 33): Notes writes
// the answered mail's sender and address alone on a line, the date on the
// next, then "Please respond to" and the fields on lines of their own. A
// signature's last line with a number in it above the blank lines was
// taken, with the sender's line, for an attribution wrapped over them and
// lost: the attribution starts at the sender's line.
func TestSignatureLineAboveNotesCard(t *testing.T) {
	const sig = "Please rerun the report.\n\nRegards,\n\nFrank Delgado\nHartford, CT  06103\nPhone: 860-555-0191"
	checkVisibleForms(t, []formCase{
		{name: "Notes sender card under a phone line", in: sig + "\n\n\n\n\nAcme Support <support@acme.example>\n11/17/2026 03:44 PM\nPlease respond to\nsupport@acme.example\n\n\nTo\nFrank Delgado/RecoveryOps/AtlanticShield@AtlanticShield\ncc\n\nSubject\n[ESC-4228] Recovery report\n\n\nHello Frank,\nthe report is empty.\n", want: sig},
		{name: "Postbox card under a fax line", in: "Geht wieder.\n\nUte Berg\nFax: 0711 4402-1999\n\nAcme Support <support@acme.example>\n17. November 2026 um 15:44\n> Guten Tag,\n> bitte testen.\n", want: "Geht wieder.\n\nUte Berg\nFax: 0711 4402-1999"},
	})
}

// TestOfficialSignatureOnly (replies/stranger73's 30): Outlook's reply
// sent without a word typed, over a public servant's signature: a
// French title of several words in lower case right under the name
// ("Adjointe au chef du bureau de la nationalité"), the hours the office
// receives the public, and the Republic's motto under its logo. Each
// was read as typed before.
func TestOfficialSignatureOnly(t *testing.T) {
	const fr = "De : Acme Support <support@acme.example>\nEnvoyé : jeudi 12 novembre 2026 15:30\nÀ : BERNARD Hélène <helene.bernard@prefecture.example.fr>\nObjet : [ESC-6127] Archivage\n\nBonjour Madame Bernard,\nle versement est terminé.\n"
	const de = "Von: Acme Support <support@acme.example>\nGesendet: Donnerstag, 12. November 2026 15:30\nAn: Keller, Anna <anna.keller@lra.example.de>\nBetreff: [ESC-6128] Archiv\n\nSehr geehrte Frau Keller,\ndie Übernahme ist abgeschlossen.\n"
	const it = "Da: Acme Support <support@acme.example>\nInviato: giovedì 12 novembre 2026 15:30\nA: Marco Rossi <marco.rossi@comune.example.it>\nOggetto: [ESC-6129] Archivio\n\nGentile dott. Rossi,\nil versamento è concluso.\n"
	checkVisibleForms(t, []formCase{
		{name: "French prefecture signature", in: "\n\nHélène BERNARD\nAdjointe au chef du bureau de la nationalité\nDirection de la citoyenneté et de la légalité\n12 rue de la Préfecture - 57000 Metz\nTél. : 03 87 34 88 21\nAccueil du public sur rendez-vous uniquement\n\nLiberté\nÉgalité\nFraternité\n\n" + fr, quotedOnly: true},
		{name: "German office hours", in: "Anna Keller\nLandratsamt Neustadt\nTel. 07161 202-415\nSprechzeiten: Mo-Do 8:30-12:00 Uhr\n\n" + de, quotedOnly: true},
		{name: "Italian title and office hours", in: "Marco Rossi\nResponsabile del servizio protocollo e archivio\nComune di Lugo\nTel. 0545 38 444\nOrari di apertura al pubblico: lun-ven 9-12\n\n" + it, quotedOnly: true},
	})
}

// TestOfficialSignatureOnlyNotText: a line typed under the name, or
// above it, stays the writer's: a sentence, a question, a line below
// the contact lines that is no office's hours.
func TestOfficialSignatureOnlyNotText(t *testing.T) {
	const fr = "De : Acme Support <support@acme.example>\nEnvoyé : jeudi 12 novembre 2026 15:30\nÀ : BERNARD Hélène <helene.bernard@prefecture.example.fr>\nObjet : [ESC-6127] Archivage\n\nBonjour Madame Bernard,\nle versement est terminé.\n"
	for _, tt := range []struct{ name, sig string }{
		{"a sentence under the name", "Hélène BERNARD\nLe bordereau est correct, merci.\nTél. : 03 87 34 88 21"},
		{"a question under the name", "Hélène BERNARD\nEst-ce que le bordereau est complet ?\nTél. : 03 87 34 88 21"},
		{"a line typed under the phone", "Hélène BERNARD\nPréfecture de la région Nord-Est\nTél. : 03 87 34 88 21\nmerci de vérifier encore le bordereau de demain"},
		{"a request below the name with no contact below", "Hélène BERNARD\nmerci de rappeler le service du greffe"},
	} {
		v := visibleText("\n"+tt.sig+"\n\n"+fr, false)
		if v.quotedOnly || v.text != tt.sig {
			t.Errorf("%s: got %q (quoted only %v), want %q", tt.name, v.text, v.quotedOnly, tt.sig)
		}
	}
}

// TestMarkedAnswersSignedBelow (replies/stranger73's 39): answers marked
// with the writer's initials typed into the unquoted mail answered, and
// the writer's own closing and name below that mail's closing and
// signature: the second closing is the writer's, and kept.
func TestMarkedAnswersSignedBelow(t *testing.T) {
	const nl = "Hallo Pieter,\n\nZie mijn antwoorden hieronder, tussen de regels.\n\nVan: Acme Support <support@acme.example>\nVerzonden: woensdag 11 november 2026 17:20\nAan: Smit, Annelies <annelies.smit@minbzk.example.nl>\nOnderwerp: [ESC-6125] Lakken werkt niet\n\nBeste Annelies,\n\n- Welke browser gebruiken de medewerkers?\n[AS] Edge 130.\n\n- Gaat het om alle documenten?\n[AS] Alleen om gescande PDF's.\n\nMet vriendelijke groet,\nPieter de Graaf\nAcme Support\n\n"
	const en = "Hi Sam,\n\nAnswers inline below.\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, November 10, 2026 9:12 AM\nTo: Frank Delgado <fdelgado@shield.example>\nSubject: [ESC-4228] Recovery report\n\nHello Frank,\n\n1. Which month is missing?\nFD: October.\n\n2. Is the ledger closed?\nFD: Yes, since 11/6.\n\nThank you,\nSam Okafor\nAcme Claims Support\n\n"
	checkVisibleForms(t, []formCase{
		{name: "Dutch sign-off below the agent's", in: nl + "Groet,\nAnnelies Smit\nCoördinator Woo-verzoeken\n", want: "Hallo Pieter,\n\nZie mijn antwoorden hieronder, tussen de regels.\n\n[AS] Edge 130.\n\n[AS] Alleen om gescande PDF's.\n\nGroet,\nAnnelies Smit\nCoördinator Woo-verzoeken"},
		{name: "English sign-off below the agent's", in: en + "Regards,\nFrank\n", want: "Hi Sam,\n\nAnswers inline below.\n\nFD: October.\n\nFD: Yes, since 11/6.\n\nRegards,\nFrank"},
	})
}

// TestMarkedAnswersSignedBelowNotText: the mail answered's own closing,
// the last one below the answers, stays dropped; so does an older mail
// below it, closing and all.
func TestMarkedAnswersSignedBelowNotText(t *testing.T) {
	const en = "Hi Sam,\n\nAnswers inline below.\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, November 10, 2026 9:12 AM\nTo: Frank Delgado <fdelgado@shield.example>\nSubject: [ESC-4228] Recovery report\n\nHello Frank,\n\n1. Which month is missing?\nFD: October.\n\n2. Is the ledger closed?\nFD: Yes, since 11/6.\n\nThank you,\nSam Okafor\nAcme Claims Support\n"
	const want = "Hi Sam,\n\nAnswers inline below.\n\nFD: October.\n\nFD: Yes, since 11/6."
	checkVisibleForms(t, []formCase{
		{name: "the answered mail's closing alone", in: en, want: want},
		{name: "an older mail's closing below", in: en + "\nFrom: Frank Delgado <fdelgado@shield.example>\nSent: Monday, November 9, 2026 4:00 PM\nTo: Acme Support <support@acme.example>\nSubject: Recovery report\n\nThe report is empty.\n\nRegards,\nFrank\n", want: want},
	})
}

// TestMarkedAnswersThanksAboveClosing: the answered mail's "Thank you!"
// paragraph above its closing and name is no closing of the writer's.
func TestMarkedAnswersThanksAboveClosing(t *testing.T) {
	const en = "Hi Sam,\n\nAnswers inline below.\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, November 10, 2026 9:12 AM\nTo: Frank Delgado <fdelgado@shield.example>\nSubject: [ESC-4228] Recovery report\n\nHello Frank,\n\n1. Which month is missing?\nFD: October.\n\n2. Is the ledger closed?\nFD: Yes.\n\nThank you!\n\nBest regards,\nSam Okafor\nAcme Claims Support\n"
	checkVisibleForms(t, []formCase{{name: "thanks above the closing", in: en, want: "Hi Sam,\n\nAnswers inline below.\n\nFD: October.\n\nFD: Yes."}})
}

// TestHelpDeskAuthorFields (replies/stranger73's 26, 43, 49): a help desk
// that heads the comment with two fields, its author and its time
// ("Von: Sven Ohlsen" / "Zeit: 12.11.2026 10:32", "Actie door: Jeroen
// van Dijk" / "Datum: 12-11-2026 15:58"), and ServiceNow's dated author
// line without a time zone: the comment is what follows, up to the end
// of its closing and the name below it; the tool's attachment list,
// system entries, links and footer below are not the commenter's.
func TestHelpDeskAuthorFields(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "Zammad in German", in: "Ticket (26110412) \"Zeitüberschreitung\" wurde von \"Sven Ohlsen\" aktualisiert.\n\nAktualisierungen:\n  Status: in Bearbeitung -> warten auf Hersteller\n\nInformation:\n  Von: Sven Ohlsen\n  Zeit: 12.11.2026 10:32\n\n  Guten Tag,\n\n  wir haben die Zeitüberschreitung eingegrenzt.\n\n  Mit freundlichen Grüßen\n  Sven Ohlsen\n  Tel. 04721 700-4410\n\nAnhänge:\n  proxy_504_1211.txt (14 KB)\n\nSie erhalten diese Nachricht, weil Sie als Beteiligter am Ticket 26110412 eingetragen sind.\nTicket ansehen: https://servicedesk.example.de/#ticket/zoom/26110412\n",
			want: "Guten Tag,\n\n  wir haben die Zeitüberschreitung eingegrenzt.\n\n  Mit freundlichen Grüßen\n  Sven Ohlsen\n  Tel. 04721 700-4410"},
		{name: "TOPdesk in Dutch", in: "Gemeente Hoorneveld - Servicedesk\n\nMelding W2611 0347 is bijgewerkt\n\nBeste Acme Support,\n\nEr is een actie toegevoegd aan melding W2611 0347.\n\nActie door: Jeroen van Dijk\nDatum: 12-11-2026 15:58\n\nHoi Lena,\n\nDe import is gelukt.\n\nGroet,\nJeroen van Dijk\nGemeente Hoorneveld\n\nBekijk de volledige melding in het zelfbedieningsportaal:\nhttps://hoorneveld.topdesk.example.nl/tas/public/ssp/content/detail/incident?unid=8f3c\n\nDit is een automatisch gegenereerd bericht van TOPdesk.\n",
			want: "Hoi Lena,\n\nDe import is gelukt.\n\nGroet,\nJeroen van Dijk\nGemeente Hoorneveld"},
		{name: "ServiceNow in French without a time zone", in: "Incident INC0048213 - Commentaire ajouté\n\nUn commentaire a été ajouté à l'incident INC0048213.\n\nNuméro : INC0048213\nAffecté à : Yannick Dubois\n\nCommentaires :\n\n12.11.2026 14:47:09 - Yannick Dubois (Commentaires supplémentaires)\nBonjour,\n\nLe problème semble lié au site distant.\n\nMeilleures salutations,\nYannick Dubois\nDGNSI - Applications métier\n\n12.11.2026 09:03:41 - Système\nL'état est passé de Nouveau à En cours.\n\nCliquez ici pour afficher l'incident : INC0048213\n",
			want: "Bonjour,\n\nLe problème semble lié au site distant.\n\nMeilleures salutations,\nYannick Dubois\nDGNSI - Applications métier"},
	})
}

// TestHelpDeskAuthorFieldsNotText: two such fields in a person's mail,
// an Outlook header block whose first two fields are a name and a time,
// and a comment whose writer goes on below a closing with no name stay
// as they were.
func TestHelpDeskAuthorFieldsNotText(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "a person's two fields", in: "Hallo,\n\nder Fehler trat wieder auf:\n\nBenutzer: Sven Ohlsen\nZeit: 12.11.2026 10:32\n\nBitte prüfen.\n\nMit freundlichen Grüßen\nAnna\n",
			want: "Hallo,\n\nder Fehler trat wieder auf:\n\nBenutzer: Sven Ohlsen\nZeit: 12.11.2026 10:32\n\nBitte prüfen.\n\nMit freundlichen Grüßen\nAnna"},
		{name: "an Outlook header block", in: "Danke, erledigt.\n\nVon: Sven Ohlsen\nGesendet: Donnerstag, 12. November 2026 10:32\nAn: Acme Support <support@acme.example>\nBetreff: AW: [ESC-6101] Timeout\n\nGuten Tag,\nbitte prüfen.\n",
			want: "Danke, erledigt."},
	})
}

// TestNotesGermanSubjectField (replies/stranger73's 18): Notes writes
// the subject of a German memo "Thema:", its blind copy "Blindkopie:";
// the forwarded mail's header ended above it and left it as text.
func TestNotesGermanSubjectField(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "Notes forward in German", in: "----- Weitergeleitet von Klaus Weber/Stadtverwaltung/DE am 12.11.2026 11:02 -----\n\nVon:\tMonika Stein/Stadtverwaltung/DE\nAn:\tKlaus Weber/Stadtverwaltung/DE@Stadtverwaltung\nDatum:\t12.11.2026 10:47\nThema:\tFehler beim Scannen\n\n\nHallo Klaus,\n\nder Scanner meldet Code 409.\n\nMonika\n",
			want: "Hallo Klaus,\n\nder Scanner meldet Code 409.\n\nMonika", forward: true},
	})
}

// TestGovernmentMarkings (replies/stranger73's 03 and 16): Germany's
// "VS - NUR FÜR DEN DIENSTGEBRAUCH" (VS-NfD) and France's and
// Luxembourg's "DIFFUSION RESTREINTE", alone on a line above and below
// the text, are the mail system's markings, as the UK's OFFICIAL is.
func TestGovernmentMarkings(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "VS-NfD above and below", in: "VS - NUR FÜR DEN DIENSTGEBRAUCH\n\nSehr geehrte Damen und Herren,\n\ndie Lösung funktioniert.\n\nMit freundlichen Grüßen\nThomas Reinhold\n\nVS - NUR FÜR DEN DIENSTGEBRAUCH\n",
			want: "Sehr geehrte Damen und Herren,\n\ndie Lösung funktioniert.\n\nMit freundlichen Grüßen\nThomas Reinhold"},
		{name: "VS-NfD short", in: "VS-NfD\n\nHallo,\nbitte prüfen.\n", want: "Hallo,\nbitte prüfen."},
		{name: "Diffusion restreinte", in: "DIFFUSION RESTREINTE\n\nBonjour,\n\nmerci pour la correction.\n\nMarc Wagner\n", want: "Bonjour,\n\nmerci pour la correction.\n\nMarc Wagner"},
	})
}

// TestGovernmentMarkingsNotText: the marking's words in the writer's
// sentence stay.
func TestGovernmentMarkingsNotText(t *testing.T) {
	for _, in := range []string{
		"Die Akte ist als VS - nur für den Dienstgebrauch eingestuft, bitte nicht weiterleiten.",
		"La diffusion restreinte ne s'applique pas à ce dossier.",
	} {
		if v := visibleText(in, false); v.text != in {
			t.Errorf("got %q, want %q", v.text, in)
		}
	}
}

// TestPublicBodyLegalNotices (replies/stranger73's 01, 08, 16 and 31): the
// notices public bodies put under the signature: that the address is not
// open to signed or encrypted documents or to filings that keep a time
// limit (Germany's courts and authorities), how a classified message
// may be passed on, and that personal data in the message are processed
// under the GDPR (Italy's municipalities).
func TestPublicBodyLegalNotices(t *testing.T) {
	// a line typed above the closing: a closing and a signature alone
	// are no text at all (clientSignatureOnly)
	const sig = "Der Bescheid ist versandt.\n\nMit freundlichen Grüßen\n\nPetra Hollmann\nLandratsamt Altmühlgrund\nTelefon: 09141 902-1237"
	checkVisibleForms(t, []formCase{
		{name: "not open to signed documents", in: sig + "\n\nHinweis: Der Landkreis ist über diese E-Mail-Adresse nicht für den Empfang elektronisch signierter oder verschlüsselter Dokumente eröffnet. Informationen zum Datenschutz finden Sie unter www.lra.example.de/datenschutz.\n", want: sig},
		{name: "no filings that keep a time limit", in: sig + "\n\nBitte beachten Sie: Über diese E-Mail-Adresse können keine fristwahrenden Schriftsätze eingereicht werden. Für den elektronischen Rechtsverkehr nutzen Sie bitte das beBPo bzw. EGVP.\n", want: sig},
		{name: "a classified message's handling", in: "Merci.\n\nMarc Wagner\nTél. : (+352) 247-83154\n\nCe message et ses annexes sont classifiés DIFFUSION RESTREINTE. Ils ne peuvent être transmis qu'à des personnes ayant besoin d'en connaître.\n", want: "Merci.\n\nMarc Wagner\nTél. : (+352) 247-83154"},
		{name: "the GDPR in Italian", in: "Grazie.\n\nLucia Bertolini\nTel. 0322 918 204\n\nAi sensi del Regolamento UE 2016/679 (GDPR) si informa che i dati personali contenuti nel presente messaggio sono trattati esclusivamente per le finalità istituzionali dell'Ente.\n", want: "Grazie.\n\nLucia Bertolini\nTel. 0322 918 204"},
	})
}

// TestPublicBodyLegalNoticesNotText: the writer's own last paragraph on the
// same matters stays: a question about signed documents, a request
// under the GDPR.
func TestPublicBodyLegalNoticesNotText(t *testing.T) {
	for _, in := range []string{
		"Hallo,\n\nder Export läuft.\n\nKönnen wir über diese Adresse auch elektronisch signierte Dokumente empfangen, oder ist das nicht vorgesehen?",
		"Buongiorno,\n\nil protocollo funziona.\n\nAi sensi del GDPR vi chiediamo di cancellare i dati di prova entro venerdì.",
	} {
		if v := visibleText(in, false); v.text != in {
			t.Errorf("got %q, want %q", v.text, in)
		}
	}
}

// TestSecuredByLine (replies/stranger74's 45): the line an encryption
// gateway puts above the mail it carried, "This message was secured by
// Zix(R).", is the gateway's, as Egress's "sent securely" line is.
func TestSecuredByLine(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "Zix above the text", in: "This message was secured by Zix(R).\n\nHi Jordan,\n\nthe MCC is wrong.\n\nLaura\n", want: "Hi Jordan,\n\nthe MCC is wrong.\n\nLaura"},
		{name: "an encrypted-by line", in: "This email has been encrypted by Virtru.\n\nHi Jordan,\n\nthe MCC is wrong.\n", want: "Hi Jordan,\n\nthe MCC is wrong."},
	})
}

// TestSecuredByLineNotText: the writer's sentence about a secured or
// encrypted message stays.
func TestSecuredByLineNotText(t *testing.T) {
	for _, in := range []string{
		"This message was encrypted by our gateway, so tell me if you cannot open it.\n\nLaura",
		"The message was secured by Zix and the portal asks for a password I never set.\n\nLaura",
	} {
		if v := visibleText(in, false); v.text != in {
			t.Errorf("got %q, want %q", v.text, in)
		}
	}
}

// TestNoticeGluedToSignature (replies/stranger74's 49): a confidentiality
// notice under a heading in capitals ("AVIS DE CONFIDENTIALITÉ :",
// "CONFIDENTIALITY NOTICE:") that the signature runs into without a blank
// line is the footer all the same.
func TestNoticeGluedToSignature(t *testing.T) {
	const sig = "Merci,\nJulie Lavoie\nAssurances Boréal inc.\n819 555-0176"
	checkVisibleForms(t, []formCase{
		{name: "bilingual notice glued", in: sig + "\nAVIS DE CONFIDENTIALITÉ : Ce courriel et les documents joints sont confidentiels et destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur.\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended only for the addressee.\n", want: sig},
	})
}

// TestNoticeGluedToSignatureNotText: a line of the writer's under her
// text that opens with a capital "CONFIDENTIAL:" and goes on as her own
// sentence stays, as does a heading glued to text that is no notice.
func TestNoticeGluedToSignatureNotText(t *testing.T) {
	for _, in := range []string{
		"Here are the figures for October.\nCONFIDENTIAL: do not forward the figures before Monday, the board has not seen them.",
		"Merci,\nJulie\nNOTE IMPORTANTE : le lot 12 part demain.",
	} {
		if v := visibleText(in, false); v.text != in {
			t.Errorf("got %q, want %q", v.text, in)
		}
	}
}
