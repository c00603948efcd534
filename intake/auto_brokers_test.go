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
