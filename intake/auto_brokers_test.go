package intake

import "testing"

// What auto/stranger68 (a SaaS for insurance brokers and agencies) taught,
// in other languages and hosts than its own mails.

// brokersGroup is a member's post to a group at a public group host,
// replies going to the group (auto/stranger68's 17, a Latvian broker's
// question to "acme-partneri-baltija" at googlegroups.com).
func brokersGroup(list, from string) string {
	return "From: " + from + "\r\nTo: " + list + "@groups.example\r\nReply-To: " + list + "@groups.example\r\nX-Original-Sender: x@y.example\r\n" +
		"Precedence: list\r\nList-ID: <" + list + ".groups.example>\r\nList-Post: <mailto:" + list + "@groups.example>\r\n" +
		"List-Unsubscribe: <mailto:" + list + "+unsubscribe@groups.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
}

// TestDetectAutoGroupGreetingBalticSlavic checks that a post that opens by
// greeting us by name in the Baltic and South Slavic languages ("Labdien,
// Acme komanda!", auto/stranger68's 17) is a person's mail to us, as "Hi
// Acme team," already was.
func TestDetectAutoGroupGreetingBalticSlavic(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a Lithuanian broker", brokersGroup("partneriai", "Rasa Petrauskienė <rasa@draudimas.example>") + "Subject: [partneriai] Komisinių ataskaita\r\n",
			"Laba diena, Example komanda,\n\nkomisinių ataskaitoje už spalį trūksta dviejų polisų. Ar galite patikrinti?\n\nRasa", Human},
		{"a Croatian agent", brokersGroup("partneri-hr", "Ivana Kovač <ivana@osiguranje.example>") + "Subject: [partneri-hr] Obnova polica\r\n",
			"Poštovani Example tim,\n\npodsjetnici za obnovu šalju se 45 dana ranije umjesto 30. Gdje se to mijenja?\n\nIvana", Human},
		{"a Slovenian broker", brokersGroup("posredniki", "Maja Novak <maja@zavarovanje.example>") + "Subject: [posredniki] Opomniki\r\n",
			"Pozdravljeni, ekipa Example!\n\nopomniki za obnovo gredo strankam 45 dni prej namesto 30. Kje to spremenim?\n\nMaja", Human},
		{"an Estonian agent", brokersGroup("partnerid", "Kati Tamm <kati@kindlustus.example>") + "Subject: [partnerid] Meeldetuletused\r\n",
			"Tere, Example tugi!\n\nuuendamise meeldetuletused saadetakse 45 päeva ette, mitte 30. Kus seda muuta saab?\n\nKati", Human},
	})
}

// TestDetectAutoGroupGreetingBalticSlavicNotText checks that posts to such
// a group that greet its members in those languages, naming us only later
// as a thing they speak of, stay list mail.
func TestDetectAutoGroupGreetingBalticSlavicNotText(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a Lithuanian post to all", brokersGroup("partneriai", "Rasa Petrauskienė <rasa@draudimas.example>") + "Subject: [partneriai] Ataskaitos\r\n",
			"Sveiki visi,\n\nar kas nors žino, kaip Example eksportuoja komisinių ataskaitą?\n\nRasa", List},
		{"a Latvian post to colleagues", brokersGroup("brokeri-lv", "Ilze Kalniņa <ilze@apdrosinasana.example>") + "Subject: [brokeri-lv] Atgādinājumi\r\n",
			"Labdien, kolēģi!\n\nvai arī jums Example sūta atgādinājumus 45 dienas iepriekš?\n\nIlze", List},
		{"a Serbian post to colleagues", brokersGroup("brokeri-rs", "Marko Ilić <marko@osiguranje.example>") + "Subject: [brokeri-rs] Fakture\r\n",
			"Poštovane kolege,\n\nda li i vama Example šalje fakture bez PIB-a?\n\nMarko", List},
	})
}

// TestDetectAutoComputerGeneratedFooter checks that a bank's notice whose
// footer says it is computer- or system-generated and asks not to be
// answered (auto/stranger68's 60, Maybank's "Ini adalah e-mel yang dijana
// secara automatik. Sila jangan balas e-mel ini. / This is a
// computer-generated e-mail. Please do not reply to this e-mail.") is
// read as automatic, from banks in other countries and languages.
func TestDetectAutoComputerGeneratedFooter(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"an Indian bank's credit alert", "From: HDFC Bank InstaAlerts <alerts@bank.example>\r\nSubject: Account credited - NEFT\r\n" + utf8,
			"Dear Customer,\n\nRs. 48,500.00 has been credited to your account **4821 by NEFT (ref N3312094412) on 27-11-26.\n\nThis is a system generated email. Please do not reply to this email.", List},
		{"an Indonesian bank's transfer notice", "From: BCA <notifikasi@bank.example>\r\nSubject: Notifikasi Transfer Masuk\r\n" + utf8,
			"Bapak/Ibu,\n\nAnda menerima transfer sebesar Rp 12.500.000 dari PT Asuransi Sentosa.\n\nEmail ini dibuat secara otomatis oleh sistem. Mohon tidak membalas email ini.", List},
		{"a Malaysian insurer's payment notice", "From: Takaful Ikhlas <makluman@takaful.example>\r\nSubject: Makluman Bayaran Diterima\r\n" + utf8,
			"Tuan/Puan,\n\nBayaran RM 350.00 untuk polisi TK-88213 telah diterima.\n\nE-mel ini dihantar secara automatik. Sila jangan balas e-mel ini.", List},
	})
}

// TestDetectAutoComputerGeneratedFooterNotText checks that a person who
// quotes or speaks of such a footer, asking about the notice it ends,
// stays a person.
func TestDetectAutoComputerGeneratedFooterNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Nigerian broker asking about a bank alert", "From: Chidi Okeke <chidi.okeke@yahoo.example>\r\nSubject: Payout alert shows the wrong amount\r\n" + utf8,
			"Hello,\n\nMy bank sent this for your October payout:\nThis is a computer-generated e-mail. Please do not reply to this e-mail.\nBut the amount is N120,000 short. Can you check the commission statement?\n\nChidi", Human},
		{"a Malaysian agent speaking of an automatic e-mail", "From: Nurul Huda <nurul@agensi.example>\r\nSubject: Notifikasi bayaran\r\n" + utf8,
			"Salam,\n\nSaya terima e-mel ini dijana secara automatik daripada sistem Example, sila jangan balas katanya, tetapi jumlah komisen salah. Boleh semak?\n\nNurul", Human},
	})
}

// TestDetectAutoSignedCentralEurope checks that a signing service's notice
// that every party signed, in Croatian (auto/stranger68's 41, DocuSign's
// "Dovršeno: …" over "Svi su potpisnici dovršili dokument …" sent in the
// agent's name with her Reply-To) and the neighbouring languages, is read
// as automatic.
func TestDetectAutoSignedCentralEurope(t *testing.T) {
	const hdr = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"DocuSign in Czech", "From: Jana Dvořáková přes DocuSign <dse@eumail.docusign.net>\r\nReply-To: Jana Dvořáková <jana@pojistovna.example>\r\nSubject: Dokončeno: Smlouva o zpracování údajů\r\n" + hdr,
			"Všichni podepisující dokončili dokument \"Smlouva o zpracování údajů\".\n\nZobrazit dokument: https://eu.docusign.net/Member/EmailStart.aspx?a=1\n\nJana Dvořáková\njana@pojistovna.example", List},
		{"DocuSign in Serbian", "From: Marko Ilić preko DocuSign <dse@eumail.docusign.net>\r\nReply-To: Marko Ilić <marko@osiguranje.example>\r\nSubject: Završeno: Ugovor o saradnji\r\n" + hdr,
			"Svi potpisnici su potpisali dokument \"Ugovor o saradnji\".\n\nPogledajte dokument: https://eu.docusign.net/Member/EmailStart.aspx?a=2", List},
		{"a Slovenian platform's notice by its headline", "From: Maja Novak prek Podpisnik <obvestila@podpisnik.example>\r\nReply-To: Maja Novak <maja@zavarovanje.example>\r\nSubject: Pogodba o obdelavi podatkov\r\n" + hdr,
			"Vsi podpisniki so podpisali dokument \"Pogodba o obdelavi podatkov\".\n\nOgled dokumenta: https://podpisnik.example/d/3", List},
	})
}

// TestDetectAutoSignedCentralEuropeNotText checks that a person who heads
// a subject with the word for "completed", or tells us every signer has
// signed and asks what next, stays a person.
func TestDetectAutoSignedCentralEuropeNotText(t *testing.T) {
	const hdr = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Croatian agent reporting a finished migration", "From: Ivana Kovač <ivana@osiguranje.example>\r\nSubject: Završeno: migracija polica\r\n" + hdr,
			"Pozdrav,\n\nmigraciju smo završili, ali 14 polica nema datum obnove. Možete li provjeriti?\n\nIvana", Human},
		{"a Czech broker whose signers all signed", "From: Petr Novák <petr@makler.example>\r\nSubject: Smlouva podepsána, co dál?\r\n" + hdr,
			"Dobrý den,\n\nvšichni podepisující dokončili dokument, ale v Acme stále svítí \"čeká na podpis\". Proč?\n\nPetr Novák", Human},
	})
}

// TestDetectAutoAwayThisWeek checks that a rule's short absence text
// under a subject that is only the words for an absence, away "this week"
// with no date of return (auto/stranger68's 10, an Outlook rule's "Away
// from the office" over "I'm out at a client site in Letterkenny this
// week and checking mail in the evenings only", no header, no reference),
// is read as an auto-reply in other languages and clients.
func TestDetectAutoAwayThisWeek(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a UK broker's Outlook rule", "From: Sam Price <sam@pricebrokers.example>\r\nSubject: Away from my desk\r\nX-Mailer: Microsoft Outlook 16.0\r\n" + utf8,
			"Hello,\n\nI'm working from a client's office for the rest of the week with limited access to email.\nFor renewals please call 0161 496 0000.\n\nSam", AutoReply},
		{"a German cPanel autoresponder", "From: Jana Roth <jana@makler.example>\r\nSubject: Abwesend\r\n" + utf8,
			"Guten Tag,\n\nich bin diese Woche auf Dienstreise und lese meine E-Mails nur abends.\n\nJana Roth", AutoReply},
		{"a French webmail's responder", "From: Claire Martin <claire@courtage.example>\r\nSubject: Absence\r\n" + utf8,
			"Bonjour,\n\nje suis absente cette semaine et je consulte mes messages le soir.\n\nClaire Martin", AutoReply},
	})
}

// TestDetectAutoAwayThisWeekNotText checks that a person who tells us she
// is away this week and asks or argues, or heads a subject of her own
// with those words, stays a person.
func TestDetectAutoAwayThisWeekNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"an Irish broker away who still has a problem", "From: Aoife Ryan <aoife@ryanbrokers.example>\r\nSubject: Away from the office\r\n" + utf8,
			"Hi,\n\nI'm out at a client site this week but the renewal export still fails. Can someone ring Ciaran?\n\nAoife", Human},
		{"a German broker whose subject says more", "From: Jana Roth <jana@makler.example>\r\nSubject: Abwesend diese Woche – wer übernimmt meine Verlängerungen\r\n" + utf8,
			"Hallo,\n\nich bin diese Woche auf Dienstreise. Bitte geben Sie Ticket 48333 an Herrn Beck.\n\nJana Roth", Human},
	})
}
