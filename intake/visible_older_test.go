package intake

import "testing"

// TestVisibleTextOlderClients: the layouts of Lotus Notes 5–9, Pine, Horde
// IMP, SquirrelMail and the webmails of the 2000s, and the text a writer
// pastes that looks like a header.
func TestVisibleTextOlderClients(t *testing.T) {
	pad := func(s string) string { // a memo table row, as wide as Notes writes it
		for len(s) < 75 {
			s += " "
		}
		return s
	}
	table := pad("") + "\n" + pad("             Acme Support") + "\n" + pad("             <support@acme.example>                                   To") + "\n" +
		pad("                                       Mike Jones/IT/Globex@Globex") + "\n" + pad("             03/14/2006 10:23                                         cc") + "\n" +
		pad("                                                                 Subject") + "\n" + pad("                                       [ESC-1211] CSV import stops") + "\n" + pad("") + "\n"
	for _, tt := range []struct{ name, in, want string }{
		{"Notes memo table", "Thanks Tom, that worked.\n\nMike\n\n\n" + table + "\n\nHello Mike,\n\nSplit the file.\n", "Thanks Tom, that worked.\n\nMike"},
		{"Notes 5 sender and date", "The totals row is still missing.\n\nAnita\n\n\"Acme Support\" <support@acme.example> on 02/07/2005 04:51:32 PM\n\nPlease respond to support@acme.example\n\nTo:    Anita Desai/FIN/Meridian@Meridian\ncc:\n\nSubject:    [ESC-0934] Totals\n\nHello Anita,\n",
			"The totals row is still missing.\n\nAnita"},
		{"Notes summary line, long", "Works again, thanks!\n\nAndrea\n\nAcme Support ---10.11.2010 17:05:12---Sehr geehrte Frau Keßler, mit Fixpack 4.1.2 wird der Seitenumbruch bei Lieferscheinen mit mehr als 20 Positionen\n\nVon: Acme Support\n",
			"Works again, thanks!\n\nAndrea"},
		{"Pine quotes by indenting", "On Tue, 3 Apr 2007, Acme Support wrote:\n\n    Hello Colin,\n\n    Version 2.8 is out.\n    Upgrade in place.\n\nTom,\n\nUpgraded both collectors.\n\nColin\n",
			"Tom,\n\nUpgraded both collectors.\n\nColin"},
		{"one indented line under an attribution stays", "On 8 May 2017 17:34, \"Andy\" <a@x.example> wrote:\n\n    nil && 2.0 + 12.0\n\nIt should be:\n\n    2.0 && 2.0 + 12.0\n",
			"nil && 2.0 + 12.0\n\nIt should be:\n\n    2.0 && 2.0 + 12.0"},
		{"SquirrelMail", "<quote who=\"Acme Support\">\n> Hello Paul,\n> Please update.\n</quote>\n\nUpdated, it works.\n\nPaul\n", "Updated, it works.\n\nPaul"},
		{"IMP tagline", "Could you check the file?\n\nBest,\nKarin\n\n\n\n----------------------------------------------------------------\nThis message was sent using IMP, the Internet Messaging Program.\n",
			"Could you check the file?\n\nBest,\nKarin"},
		{"AOL tagline over an empty reply", "\n \n\n________________________________________________________________________\nAOL now offers free email to everyone.  Find out more about what's free from AOL at AOL.example.\n\n-----Original Message-----\nFrom: Acme Support <support@acme.example>\nSent: Thu, 22 Mar 2007 3:41 PM\nSubject: [ESC-1986] Resolved\n\nHello,\n",
			""},
		{"a header pasted in an SMTP session", "The log:\n\nDATA\n354 End data with <CR><LF>.<CR><LF>\nFrom: monitoring@vogel.example\nTo: support@acme.example\nSubject: Test\n\nTest\n.\n451 4.7.1 Try again later\n\nThomas\n",
			"The log:\n\nDATA\n354 End data with <CR><LF>.<CR><LF>\nFrom: monitoring@vogel.example\nTo: support@acme.example\nSubject: Test\n\nTest\n.\n451 4.7.1 Try again later\n\nThomas"},
		{"German banner", "ACHTUNG: Diese E-Mail wurde von außerhalb der Organisation gesendet. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge.\n\nSehr geehrter Herr Brandt,\n\nbitte bestätigen Sie den Termin.\n",
			"Sehr geehrter Herr Brandt,\n\nbitte bestätigen Sie den Termin."},
	} {
		if got := VisibleText(tt.in); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
