package intake

import "testing"

// TestVisibleTextEuropeanMail: the notices, header blocks, separators,
// help-desk chrome and announcements of the Nordic, Baltic, Central and
// Eastern European and Greek mail of replies/stranger25, and the
// layouts of replies/stranger24 (an ordinary fortnight) that still
// missed.
func TestVisibleTextEuropeanMail(t *testing.T) {
	const text = "Tak for svaret, det virker nu.\n\nMed venlig hilsen\nMette"
	checkVisibleForms(t, []formCase{
		{"Danish confidentiality notice", text + "\n\nDenne e-mail kan indeholde fortrolige oplysninger og er kun beregnet til den angivne modtager.\n", text, false, false},
		{"Greek notice opened by its word and a colon", text + "\n\nΕΜΠΙΣΤΕΥΤΙΚΟ: Το παρόν μήνυμα προορίζεται αποκλειστικά για τον παραλήπτη.\n", text, false, false},
		{"Estonian and English notices", text + "\n\nKäesolev e-kiri võib sisaldada konfidentsiaalset teavet.\nThis e-mail may contain confidential information.\n", text, false, false},
		{"Slovenian notice", text + "\n\nTo sporočilo je namenjeno izključno naslovniku in lahko vsebuje zaupne podatke.\n", text, false, false},
		{"a Latvian Outlook forward without a comment", "________________________________\nNo: Jānis Bērziņš <j@x.example>\nNosūtīts: piektdiena, 2024. gada 12. janvāris 17:40\nKam: IT nodaļa <it@x.example>\nTēma: Printeris\n\nSveiki,\n\nprinteris nedrukā.\n\nJānis\n", "Sveiki,\n\nprinteris nedrukā.\n\nJānis", false, true},
		{"Latvian Zimbra separator", text + "\n\n----- Oriģinālā ziņa -----\nNo: \"Acme Support\" <support@acme.example>\nTēma: Re: [ESC-2564] Lēna darbība\n\nHello Guntis,\n", text, false, false},
		{"Zendesk in Swedish", "##- Skriv ditt svar ovanför den här raden -##\n\nDitt ärende (48213) har uppdaterats.\n\n----------------------------------------------\n\nErik Lundqvist (Nordvik IT)\n\n15 jan. 2024 12:04 CET\n\nHej Acme Support,\n\nPorten är öppen.\n\nErik\n\n----------------------------------------------\n\nAcme Support\n\n12 jan. 2024 09:15 CET\n\nHello.\n",
			"Hej Acme Support,\n\nPorten är öppen.\n\nErik", false, false},
		{"a Romanian help desk's notice of a change, nothing typed", "Solicitarea #4411 a fost actualizată.\n\nSubiect: Integrare Acme [ESC-2611]\nStare: Rezolvată\nAgent: Cristina Ionescu\n\nPuteți vedea solicitarea aici: https://x.example/tickets/4411\n\nAcest e-mail a fost generat automat de Service Desk Carpați Retail.\n",
			"", true, false},
		{"answers typed with two blank lines below each", "Bonjour,\n\nréponses ci-dessous.\n\nLe lun. 3 mars 2025 à 16:02, Acme Support <support@acme.example> a écrit :\n\n> 1. Combien ?\n>\n\nEnviron 40.\n\n\n> 2. Depuis quand ?\n>\n\nDepuis jeudi.\n\n\n>\n> Acme Support\n\nAmélie\n",
			"Bonjour,\n\nréponses ci-dessous.\n\nEnviron 40.\n\nDepuis jeudi.\n\nAmélie", false, false},
		{"Zendesk to someone in copy: author and date on one line", "##- Please type your reply above this line -##\n\nYou are registered as a CC on this request (88213). Reply to this email to add a comment to the request.\n\n----------------------------------------------\n\nTom Becker (Northwind IT), Mar 4, 2025, 17:22 GMT+1\n\nHello Acme team,\n\nStill 429s.\n\nTom\n\n----------------------------------------------\n\nLena Fischer, Mar 3, 2025, 09:41 GMT+1\n\nRaised with the vendor.\n\n--------------------------------\nThis email is a service from Northwind IT. Delivered by Zendesk\n",
			"Hello Acme team,\n\nStill 429s.\n\nTom", false, false},
		{"Jira's footer with its links in parentheses", "—-—-—-—\n\nAnna Kowalski commented:\n\nHi Acme,\n\nIt works again.\n\nAnna\n\nView request ( https://itsd.x.example/portal/3/ITSD-5521 ) · Turn off this request's notifications ( https://itsd.x.example/unsubscribe )\n",
			"Hi Acme,\n\nIt works again.\n\nAnna", false, false},
		{"a line of the writer's that opens with the Latvian for 'from' stays", "No pirmdienas sistēma strādā lēni.\nNo: rīta līdz vakaram.\n\nGuntis\n", "No pirmdienas sistēma strādā lēni.\nNo: rīta līdz vakaram.\n\nGuntis", false, false},
	})
}

// TestHTMLAnswersInColourAnnouncedInHungarian: answers typed in red into
// the quoted mail, announced in Hungarian ("Válaszaimat lent, pirossal
// írtam"), are the writer's text; the questions they answer are not.
func TestHTMLAnswersInColourAnnouncedInHungarian(t *testing.T) {
	raw := "From: Kiss Péter <kp@x.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-2607] Számlák\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>Tisztelt Acme Support!</p><p>Válaszaimat lent, pirossal írtam a kérdéseik alá.</p><p>Kiss Péter</p>` +
		`<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>Feladó:</b> Acme Support &lt;support@acme.example&gt;<br><b>Elküldve:</b> 2024. január 15. 14:02<br><b>Címzett:</b> Kiss Péter<br><b>Tárgy:</b> RE: [ESC-2607] Számlák</p></div>` +
		`<p>1. How many invoices are missing?</p><p><span style="color:#C00000">Kb. 230 számla.</span></p><p>2. API or CSV?</p><p><span style="color:#C00000">CSV-vel.</span></p><p>Kind regards,<br>Acme Support</p>`
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Tisztelt Acme Support!\n\nVálaszaimat lent, pirossal írtam a kérdéseik alá.\n\nKiss Péter\n\nKb. 230 számla.\n\nCSV-vel."
	if spacingFree(m.Visible) != spacingFree(want) {
		t.Errorf("visible text:\n%s\nwant:\n%s", m.Visible, want)
	}
}

// TestVisibleTextRegulatedSenders: what replies/stranger32 (banks,
// insurers, hospitals, public bodies and law firms) found missing.
func TestVisibleTextRegulatedSenders(t *testing.T) {
	const text = "Hi Priya,\n\nThe hotfix imported cleanly.\n\nMarcus"
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, March 11, 2024 4:05 PM\nTo: Marcus <m@bank.example>\nSubject: [ESC-4821] Wire import\n\nHi Marcus,\n"
	checkVisible(t, []bodyCase{
		{"a classification label above the text", "Classification: Internal\n\n" + text + history, text},
		{"a German label in the plain text", "Klassifizierung: Intern\n\n" + text + history, text},
		{"a US bank's line below its notice", text + "\n\nThis message, including any attachments, is confidential and intended solely for the use of the addressee(s). If you have received this message in error, please notify the sender.\n\nFirst Harbor Bank, Member FDIC. Equal Housing Lender." + history, text},
		{"an Italian company's register above its notice", text + "\n\nAssicurazioni Adriatica S.p.A. – Sede legale: Piazza Unità d'Italia 7, 34121 Trieste – Capitale sociale Euro 50.000.000 i.v.\n\nIl presente messaggio è destinato esclusivamente al destinatario indicato e può contenere informazioni riservate." + history, text},
		{"an Austrian bank's Firmenbuch above its notice", text + "\n\nDonautal Bank AG, Sitz: Linz, Firmenbuch: FN 999999x, Firmenbuchgericht: Landesgericht Linz.\n\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender." + history, text},
		{"NHS mail's monitoring line below the notice, framed by asterisks", text + "\n\n*****************************************\n\nThis message may contain confidential information. If you are not the intended recipient please inform the sender.\n\nThis email was sent using a secure NHS email service. Messages to and from this service may be monitored for security and compliance purposes.\n\n*****************************************" + history, text},
		{"a county's public records line below the notice", text + "\n\nCONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the intended recipient(s) and may contain confidential information.\n\nPlease note: E-mail sent to or from Marlow County is subject to the public records law and may be disclosed to third parties upon request." + history, text},
		{"a French notice opened by its capitals", text + "\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire visé, veuillez en informer l'expéditeur.\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential." + history, text},
		{"a pointer to the privacy page alone", text + "\n\nInformationen zur Verarbeitung personenbezogener Daten durch den Magistrat der Stadt Hallstein finden Sie unter https://www.hallstein.example/datenschutz" + history, text},
		{"Outlook's link behind an address in a signature is no attribution", "Thank you,\n\nLaura Chen\nBrennan Whitlock LLP\nT 212.555.0176 | lchen@bw.example<mailto:lchen@bw.example>" + history, "Thank you,\n\nLaura Chen\nBrennan Whitlock LLP\nT 212.555.0176 | lchen@bw.example"},
	})
}

// TestColourAnswersAnnouncedByVerb: "Te contesto en rojo" announces the
// answers in red by a verb, not a noun (replies/stranger32).
func TestColourAnswersAnnouncedByVerb(t *testing.T) {
	raw := "From: Raul <r@x.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-5120] Registro\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>Buenos días, Lucía:</p><p>Te contesto en rojo sobre tu correo.</p><p>Raúl</p>` +
		`<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>De:</b> Acme Support &lt;support@acme.example&gt;<br><b>Enviado el:</b> martes, 12 de marzo de 2024 10:02<br><b>Para:</b> Raúl<br><b>Asunto:</b> [ESC-5120] Registro</p></div>` +
		`<p>1. ¿Cuántas oficinas?</p><p><span style="color:red">Doce.</span></p><p>Acme Support</p>`
	checkParsedVisible(t, "te contesto en rojo", raw, "Buenos días, Lucía:\n\nTe contesto en rojo sobre tu correo.\n\nRaúl\n\nDoce.")
}

// TestVisibleTextOrdinaryFortnight: what replies/stranger34 (an ordinary
// fortnight at an SMB desk) found missing: a Dutch notice that opens with
// "De informatie in dit e-mailbericht".
func TestVisibleTextOrdinaryFortnight(t *testing.T) {
	const text = "Hoi Joost,\n\nDank je.\n\nSanne"
	const history = "\n\nVan: Joost <joost@acme.example>\nVerzonden: maandag 10 maart 2025 09:12\nAan: Sanne <sanne@x.example>\nOnderwerp: [ESC-5120] Licenties\n\nHoi Sanne,\n"
	checkVisible(t, []bodyCase{
		{"Dutch", text + "\n\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud te vernietigen." + history, text},
	})
}

// TestVisibleTextOutlookSmallerMarkets: what replies/stranger39 (Outlook
// in the languages of smaller markets) found missing: Catalan.
func TestVisibleTextOutlookSmallerMarkets(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Outlook's Catalan header block", "Bon dia, Jordi,\n\nGràcies.\n\nMontserrat\n\nDe: Acme Support <support@acme.example>\nEnviat el: dimarts, 15 d’octubre de 2024 10:20\nPer a: Montserrat Puig <mpuig@x.example>\nAssumpte: [ESC-7610] Avisos de comanda\n\nBon dia,\n", "Bon dia, Jordi,\n\nGràcies.\n\nMontserrat"},
		{"a Catalan external-sender banner and notice", "ATENCIÓ: Aquest correu electrònic prové de fora de l’organització. No feu clic als enllaços ni obriu els fitxers adjunts tret que reconegueu el remitent.\n\nHola, Montserrat,\n\nHo podeu revisar?\n\nPere\n\nAquest missatge i els seus annexos són confidencials i s’adrecen exclusivament a la persona destinatària.\n", "Hola, Montserrat,\n\nHo podeu revisar?\n\nPere"},
	})
}

// TestVisibleTextBeneluxDACHMonth: what replies/stranger41 (an ordinary
// month at a desk serving Germany, Austria, Switzerland, the Benelux and
// France) found at its first reading: a Belgian footer's VAT and register
// line (BTW … | RPR …) kept as text, and Proton Mail's forward with
// nothing typed, whose forwarded mail it quotes with "> " below its
// header block, read as history only: the forwarded mail is the message.
// Both failed before the change; the last case is a guard.
func TestVisibleTextBeneluxDACHMonth(t *testing.T) {
	const sig = "Met vriendelijke groeten,\n\nWim Peeters\nPeeters Transport NV"
	checkVisibleForms(t, []formCase{
		{"a Belgian VAT and register line above a notice", sig + "\n\nBTW BE 0456.789.123 | RPR Antwerpen, afdeling Hasselt\n\nDit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n\nVan: Acme Support <support@acme.example>\nVerzonden: vrijdag 16 oktober 2026 11:18\nAan: Wim Peeters <w@x.example>\nOnderwerp: [ESC-4903] Facturen\n\nBeste heer Peeters,\n", sig, false, false},
		{"Proton's forward with its mail quoted, nothing typed", "\n\nSent with Proton Mail secure email.\n\n------- Forwarded Message -------\nFrom: Claire Fontaine <claire@x.example>\nDate: On Tuesday, October 20th, 2026 at 10:12\nSubject: Re: Erreur de synchronisation\nTo: Nicolas Garnier <n@x.example>\n\n\n> Bonjour Nicolas,\n> \n> L'API répond 429 depuis vendredi soir.\n> \n> Claire\n> \n> Le lun. 19 oct. 2026 à 18:05, Nicolas Garnier <n@x.example> a écrit :\n> \n> > Bonjour Claire,\n> > Tu peux regarder ?\n",
			"Bonjour Nicolas,\n\nL'API répond 429 depuis vendredi soir.\n\nClaire", false, true},
		// a reply whose client quotes the mail it answers below a header
		// block stays history only
		{"a reply that only quotes", "\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\nOn Tuesday, October 20th, 2026 at 10:12, Acme Support <support@acme.example> wrote:\n\n> Hello,\n> please confirm.\n", "", true, false},
	})
}

// TestVisibleTextItalyCentralEurope: what replies/stranger43 (an ordinary
// month at a desk serving Italy, Ticino and Romandie, Poland, Czechia and
// Romania) found at its first reading: Samsung's footer with "dispositivo"
// or "zařízení" before the device, Yahoo's Romanian footer naming its app,
// a Czech external-sender banner, and Roundcube's Italian forward whose
// header block opens with "Oggetto" and names the sender "Mittente" (the
// forwarded mail was lost). Each failed before the change.
func TestVisibleTextItalyCentralEurope(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{"Samsung's Italian footer above our mail", "\n\n\n\nInviato dal mio dispositivo Galaxy\n\n\n-------- Messaggio originale --------\nDa: Acme Support <support@acme.example>\nData: 24/11/26 11:06 (GMT+01:00)\nA: Elena <e@x.example>\nOggetto: [ESC-4940] Richiesta\n\n##- Please type your reply above this line -##\n\nGentile Elena,\n", "", true, false},
		{"Samsung's Czech footer", "Ano, v pondělí to vyhovuje.\n\n\n\nOdesláno z mého zařízení Galaxy\n", "Ano, v pondělí to vyhovuje.", false, false},
		{"Yahoo's Romanian footer", "Mulțumesc,\nIoana Ionescu\n\nTrimis de pe Yahoo Mail pe Android\n", "Mulțumesc,\nIoana Ionescu", false, false},
		{"a Czech external-sender banner", "UPOZORNĚNÍ: Tento e-mail pochází z externí adresy. Neotevírejte přílohy ani odkazy, pokud odesílatele neznáte.\n\nDobrý den,\n\npotvrzuji, že ceníky jsou v pořádku.\n", "Dobrý den,\n\npotvrzuji, že ceníky jsou v pořádku.", false, false},
		{"Roundcube's Italian forward, nothing typed", "\n\n-------- Messaggio originale --------\nOggetto: Stampa DDT non funziona\nData: 2026-11-19 15:22\nMittente: Luca Esposito <l.esposito@x.example>\nDestinatario: Sara Colombo <sara@x.example>\n\nCiao Sara,\n\nda stamattina il gestionale non stampa più i DDT.\n\nGrazie\nLuca\n",
			"Ciao Sara,\n\nda stamattina il gestionale non stampa più i DDT.\n\nGrazie\nLuca", false, true},
	})
}

// formCase is a body read as a reply (forward false) or as the body of a
// mail whose subject marks a forward, with the text and the quoted-only
// flag expected of it.
type formCase struct {
	name, in, want      string
	quotedOnly, forward bool
}

// checkVisibleForms runs visibleText on each case.
func checkVisibleForms(t *testing.T, cases []formCase) {
	t.Helper()
	for _, tt := range cases {
		v := visibleText(tt.in, tt.forward)
		if got := v.text; got != tt.want || v.quotedOnly != tt.quotedOnly {
			t.Errorf("%s:\n got %q (quoted only %v)\nwant %q (%v)", tt.name, got, v.quotedOnly, tt.want, tt.quotedOnly)
		}
	}
}

// TestVisibleTextCentralAndSouthernEurope: what replies/stranger51
// (Italy, the Low Countries, Poland, Czechia, Turkey, Greece) found
// missing: company register paragraphs and notices in their languages
// below the signature, national web mailers' advertisements for
// themselves, and a reply typed below a mail that Seznam sets between
// quotation marks.
func TestVisibleTextCentralAndSouthernEurope(t *testing.T) {
	const text = "Dobrý den,\n\nexport už funguje.\n\nJan"
	const quote = "\n\nW dniu 3.03.2025 o 10:12, Acme Support pisze:\n> Dzień dobry,\n> proszę o log.\n"
	checkVisibleForms(t, []formCase{
		{"a Belgian register paragraph", text + "\n\nJanssens Bouw NV - maatschappelijke zetel: Brusselsesteenweg 10, 1500 Halle - RPR Brussel - ondernemingsnummer 0456.789.123\n", text, false, false},
		{"a French register paragraph", text + "\n\nDupont SAS - Siège social : 12 rue de la Paix, 75002 Paris - RCS Paris 123 456 789\n", text, false, false},
		{"a Polish register paragraph opened by the seat", text + "\n\nMeblox Sp. z o.o. z siedzibą w Krakowie, ul. Długa 5, 31-147 Kraków, wpisana do KRS pod numerem 0000123456, NIP 6762345678, kapitał zakładowy 50 000 zł." + quote, text, false, false},
		{"a Polish register paragraph naming its court", text + "\n\nKolbud S.A., ul. Polna 3, 00-001 Warszawa, Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, KRS 0000111222, REGON 012345678.\n", text, false, false},
		{"a Czech register paragraph", text + "\n\nFirma Dřevo s.r.o. je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345.\n", text, false, false},
		{"a Slovak register paragraph", text + "\n\nSpoločnosť Drevo s.r.o. je zapísaná v Obchodnom registri Okresného súdu Bratislava I, oddiel Sro, vložka č. 54321/B.\n", text, false, false},
		{"a notice labelled with the Turkish data-protection law", text + "\n\nKVKK Aydınlatma: Bu e-posta ve ekleri gizli bilgiler içerebilir.\n", text, false, false},
		{"a notice labelled with the GDPR", text + "\n\nGDPR Notice: This e-mail is confidential and may contain personal data.\n", text, false, false},
		{"a Turkish notice of unauthorised use and wrong recipients", text + "\n\nBu e-posta yalnızca alıcısına yöneliktir. Yetkisiz kullanımı yasaktır; yanlışlıkla aldıysanız lütfen göndereni bilgilendirip siliniz.\n", text, false, false},
		{"a Polish notice of the addressee and mistakes", text + "\n\nNiniejsza wiadomość jest przeznaczona wyłącznie dla adresata. Jeżeli otrzymali ją Państwo przez pomyłkę, prosimy o jej usunięcie.\n", text, false, false},
		{"a web mailer's advertisement above the history", text + "\n\nPassa a Tiscali Mail Pro: 10 GB e nessuna pubblicità. Scopri di più su https://mail.tiscali.it/pro\n\n----Messaggio originale----\nDa: support@acme.example\nData: 03/03/2025 10.12\nA: <jan@tiscali.it>\nOgg: Export\n\nBuongiorno,\n", text, false, false},
		{"a web mailer's advertisement under a rule", text + "\n\n----------------------------------------------------------------------\nPoczta WP bez reklam - sprawdź https://poczta.wp.pl/premium\n", text, false, false},
		{"nothing typed above the quote but a web mailer's advertisement", "Jetzt die GMX FreeMail App holen: https://www.gmx.net/mail/app/\n\n> Guten Tag,\n> bitte senden Sie das Log.\n", "", true, false},
		{"a signature's line naming the provider the writer works for stays", "Dzień dobry,\n\nfaktury już są.\n\nAnna Nowak\nOrange Polska S.A. | https://www.orange.pl", "Dzień dobry,\n\nfaktury już są.\n\nAnna Nowak\nOrange Polska S.A. | https://www.orange.pl", false, false},
		{"a writer's own link to their mailer, not named in words, stays", "Il link https://mail.libero.it/reset non si apre.\n\nGiuseppe", "Il link https://mail.libero.it/reset non si apre.\n\nGiuseppe", false, false},
		{"a writer's address at a mailer beside another link stays", "Scrivetemi a giuseppe@libero.it, il gestionale è https://gestionale.example/login\n\nGiuseppe", "Scrivetemi a giuseppe@libero.it, il gestionale è https://gestionale.example/login\n\nGiuseppe", false, false},
		{"typed below a mail Seznam sets between quotation marks", "---------- Původní e-mail ----------\nOd: Acme Support <support@acme.example>\nKomu: jan@email.cz\nDatum: 3. 3. 2025 10:12:33\nPředmět: Re: Faktura\n\"Dobrý den,\n\nstav faktury je \"Odesláno\"\n\nAcme Support\"\n\nDěkuji, už to vidím.\n\nJan\n",
			"Děkuji, už to vidím.\n\nJan", false, false},
		{"nothing typed below a mail Seznam sets between quotation marks", "---------- Původní e-mail ----------\nOd: Acme Support <support@acme.example>\nKomu: jan@email.cz\nDatum: 3. 3. 2025 10:12:33\nPředmět: Re: Faktura\n\"Dobrý den,\n\nfaktura je odeslána.\n\nAcme Support\n\"\n\nOdesláno z mobilní aplikace Seznam Email\n",
			"", true, false},
	})
}
