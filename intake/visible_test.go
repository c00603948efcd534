package intake

import "testing"

func TestVisibleText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Hello\n\nThe server is down.\n", "Hello\n\nThe server is down."},
		{"crlf", "Hello\r\nworld\r\n", "Hello\nworld"},
		{"gmail", "Fixed.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Ann <ann@example.org> wrote:\n> Is it fixed?\n", "Fixed."},
		{"gmail wrapped", "Fixed.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Ann Example <\nann@example.org> wrote:\n\n> Is it fixed?\n", "Fixed."},
		{"german", "Erledigt.\n\nAm 05.01.2026 um 10:00 schrieb Anna <anna@example.de>:\n> Geht es?\n", "Erledigt."},
		{"german google", "Erledigt.\n\nAnna <anna@example.de> schrieb am Mo., 5. Jan. 2026, 10:00:\n> Geht es?\n", "Erledigt."},
		{"french nbsp", "C'est fait.\n\nLe lun. 5 janv. 2026 à 10:00, Anne <anne@example.fr> a écrit\u00a0:\n> Ça marche ?\n", "C'est fait."},
		{"spanish", "Listo.\n\nEl lun, 5 ene 2026 a las 10:00, Ana (<ana@example.es>) escribió:\n> ¿Funciona?\n", "Listo."},
		{"russian gmail", "Готово.\n\nпн, 5 янв. 2026 г. в 10:00, Анна <anna@example.ru>:\n\nРаботает?\n", "Готово."},
		{"outlook block", "Done.\n\n________________________________\nFrom: Ann <ann@example.org>\nSent: Monday, January 5, 2026 10:00 AM\nTo: Support <support@example.com>\nSubject: Server down\n\nIs it fixed?\n", "Done."},
		{"outlook german block", "Erledigt.\n\nVon: Anna <anna@example.de>\nGesendet: Montag, 5. Januar 2026 10:00\nAn: Support <support@example.com>\nBetreff: Server\n\nGeht es?\n", "Erledigt."},
		{"original message", "Done.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\n\nIs it fixed?", "Done."},
		{"signature", "Done.\n\n-- \nAnn Example\nACME Corp\n", "Done."},
		{"mobile signature", "Done.\n\nSent from my iPhone\n\nOn 5 Jan 2026, at 10:00, Ann <ann@example.org> wrote:\n> Is it fixed?", "Done."},
		{"mobile signature german", "Erledigt.\n\nVon meinem iPhone gesendet\n", "Erledigt."},
		{"outlook mobile", "Done.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n", "Done."},
		{"inline reply", "See below.\n\nOn 5 Jan 2026, Ann <ann@example.org> wrote:\n> Is A fixed?\n\nYes.\n\n> And B?\n\nNo.\n", "See below.\n\n> Is A fixed?\n\nYes.\n\n> And B?\n\nNo."},
		{"reply below quote", "On 5 Jan 2026, Ann <ann@example.org> wrote:\n> Is it fixed?\n\nYes it is.\n", "Yes it is."},
		{"bare forward", "---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\nSubject: Server\nTo: Bob <bob@example.org>\n\nThe server is down.\n", "The server is down."},
		{"forward with comment", "Please look at this.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\n\nThe server is down.\n", "Please look at this."},
		{"only a quote", "> Is it fixed?\n", "> Is it fixed?"},
		{"list footer", "Question?\n\n_______________________________________________\nusers mailing list\nusers@lists.example.org\n", "Question?"},
		// Prose that looks like history must stay.
		{"on in prose", "On the other hand, it works.\nOn average it is fast.", "On the other hand, it works.\nOn average it is fast."},
		{"sent from in prose", "Hello\n\nSent from my desk, is much easier then my mobile phone.", "Hello\n\nSent from my desk, is much easier then my mobile phone."},
		{"sent via in prose", "Hello\n\nSent via the web form on 5 Jan 2026 but nobody answered.", "Hello\n\nSent via the web form on 5 Jan 2026 but nobody answered."},
		{"dash in line", "A fix -- not a signature.\n\nthanks", "A fix -- not a signature.\n\nthanks"},
		{"from in prose", "The data comes From: our database, not From: elsewhere.\nMore text.", "The data comes From: our database, not From: elsewhere.\nMore text."},
		{"markdown rules", "Points:\n----\n1. one\n\n----\n\nEnd.", "Points:\n----\n1. one\n\n----\n\nEnd."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		if got := VisibleText(tt.in); got != tt.want {
			t.Errorf("%s: VisibleText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
