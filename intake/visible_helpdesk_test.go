package intake

import "testing"

// TestVisibleTextCustomersHelpDesks: the notifications of customers' help
// desks in other languages, without "reply above this line", and with
// nothing typed at all.
func TestVisibleTextCustomersHelpDesks(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		quotedOnly     bool
	}{
		{"Zendesk in German", "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##\n\nIhre Anfrage (31877) wurde aktualisiert.\n\n----------------------------------------------\n\nJürgen Albers (Kesselbau)\n\n4. März 2024, 08:47 MEZ\n\nDer Import läuft jetzt 40 Minuten.\n\nViele Grüße\nJürgen\n\n----------------------------------------------\n\nAcme Support\n\n1. März 2024, 16:05 MEZ\n\nBitte Batchgröße 500.\n",
			"Der Import läuft jetzt 40 Minuten.\n\nViele Grüße\nJürgen", false},
		{"banner, no marker, no rule", "Votre demande (52906) a été mise à jour.\n\nCamille Roux (Aubertin & Fils)\n\n4 mars 2024 à 11:02 UTC+1\n\nBonjour,\n\nLe correctif est bien reçu.\n\nCamille\n\nAcme Support\n\n2 mars 2024 à 09:30 UTC+1\n\nVoici le correctif.\n",
			"Bonjour,\n\nLe correctif est bien reçu.\n\nCamille", false},
		{"a status changed, nothing typed", "—-—-—-—\n\nLukas Brenner changed this request's status from Waiting for vendor to Resolved.\n\nRequest details\nStatus: Resolved\n\nView request · Turn off this request's notifications\n\nThis is shared with Acme Support.\n",
			"", true},
		{"closed, in Italian", "Gentile Acme Support,\n\nil ticket #INC-3310 \"Sincronizzazione\" è stato chiuso.\n\nStato: Chiuso\n\nSe ritieni che il problema non sia stato risolto, rispondi a questa e-mail entro 7 giorni per riaprire il ticket.\n\nCordiali saluti,\nService Desk IT\n",
			"", true},
		{"Kayako's staff reply", "Ticket ID: QPV-318-77402\nSubject: False offline alerts\nStatus: Awaiting Vendor\n\nStaff reply by Ines Carvalho (04 Mar 2024 10:12 AM):\n\nHi Acme,\n\nWe gave the gateway a static address.\n\nInes\n\n-----------------------------------------------------------\nTicket Details\nTicket ID: QPV-318-77402\n",
			"Hi Acme,\n\nWe gave the gateway a static address.\n\nInes", false},
	} {
		v := visibleText(tt.in, false)
		if v.text != tt.want || v.quotedOnly != tt.quotedOnly {
			t.Errorf("%s:\n got %q (quoted only %v)\nwant %q (%v)", tt.name, v.text, v.quotedOnly, tt.want, tt.quotedOnly)
		}
	}
}
