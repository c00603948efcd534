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
		{"TOPdesk's action and older actions", "Er is een nieuwe actie toegevoegd aan melding I 2403 048.\n\nStatus: Wacht op leverancier\n\nActie:\n04-03-2024 10:12 Jansen, Pieter:\nGoedemorgen,\n\nDe synchronisatie loopt weer.\n\nPieter\n\nEerdere acties:\n\n01-03-2024 16:41 Acme Support:\nBeste Pieter,\n\nDit bericht is automatisch verzonden door TOPdesk.\n",
			"Goedemorgen,\n\nDe synchronisatie loopt weer.\n\nPieter", false},
		{"osTicket's collaborator notice", "Hi Acme Support,\n\nRobert Klein just logged a message to a ticket in which you participate.\n\nHello,\n\nThe agent crashed again.\n\nRobert\n\n----\n\nYou're getting this email because you are a collaborator on ticket #604219.\n",
			"Hello,\n\nThe agent crashed again.\n\nRobert", false},
		{"SysAid's message and earlier ones", "Service Record #48813 has been updated\n\nStatus: Pending - Vendor\n\nMessage from Kwame Mensah (04/03/2024 11:05):\n\nHi Acme Support,\n\nThe update is rolled back.\n\nKwame\n\nPrevious messages:\n\nAcme Support (01/03/2024 16:58):\nHello Kwame,\n\nGreenway IT Help Desk | Powered by SysAid\n",
			"Hi Acme Support,\n\nThe update is rolled back.\n\nKwame", false},
		{"GLPI's follow-up below many fields", "=-=-=-= Pour répondre par courriel, écrivez au-dessus de cette ligne =-=-=-=\n\nURL : https://glpi.x.example/t/5512\n\nTicket : Nouveau suivi\n\nTitre : Lenteurs\nDemandeurs : Acme Support\nOuvert par : Camille Roux\nStatut : En cours\nUrgence : Haute\nCatégorie : Facturation\nRéférence externe : ESC-1462\n\nNombre de suivis : 3\n\n[04-03-2024 10:12] Camille Roux\nBonjour,\n\nL'export reste lent.\n\nCamille\n\n[01-03-2024 17:05] Acme Support\nBonjour Camille,\n\nGénéré automatiquement par GLPI\n",
			"Bonjour,\n\nL'export reste lent.\n\nCamille", false},
		{"Zendesk in Dutch, the ticket's fields above its banner", "##- Typ uw antwoord boven deze regel -##\n\nTicket #27115: Koppeling geeft 502-fouten\nStatus: Open\nPrioriteit: Hoog\n\nEr is een nieuwe reactie toegevoegd aan dit ticket:\n\n----------------------------------------------\n\nSanne de Vries (Brinkhuis)\n\n4 mrt. 2024 10:12 CET\n\nGoedemorgen,\n\nDe koppeling geeft weer fouten.\n\nSanne\n\n----------------------------------------------\n\nDeze e-mail is een service van Brinkhuis.\n",
			"Goedemorgen,\n\nDe koppeling geeft weer fouten.\n\nSanne", false},
		{"Freshservice's public note", "Hi Acme Support,\n\nGrace Okafor has added a public note to ticket #INC-2290 (License server).\n\nNote:\nHello Acme team,\n\nWe opened port 7443.\n\nGrace\n\nTicket status: Pending\nPriority: High\n\nYou can view the ticket here: https://itsm.x.example/t/2290\n\nThis is an automated notification from Lakeshore IT Service Desk.\n",
			"Hello Acme team,\n\nWe opened port 7443.\n\nGrace", false},
		{"ServiceNow in German", "Vorfall INC0031877 – Kommentare hinzugefügt\n\nKommentare:\n\n04.03.2024 09:52:17 MEZ - Martina Keller (Zusätzliche Kommentare)\nHallo Acme-Support,\n\ndie Anmeldung funktioniert jetzt.\n\nMartina Keller\n\n01.03.2024 17:21:44 MEZ - Acme Support (Zusätzliche Kommentare)\nHallo Frau Keller,\n\nRef:MSG0219934_k3Lz9Q\n",
			"Hallo Acme-Support,\n\ndie Anmeldung funktioniert jetzt.\n\nMartina Keller", false},
		{"Zendesk's bare update: fields and links only", "Ticket #5120 \"Acme API returns 504\" was updated.\n\nStatus: Open → Pending\nAssignee: Vendor Management\n\nYou can view the ticket here: https://x.zendesk.example/agent/tickets/5120\n\n--------------------------------\nThis email is a service from Northwind IT Service Desk.\nDelivered by Zendesk\n\n[P3RX8Y-D0W1E]\n",
			"", true},
		{"Jira's 'resolved this as'", "—-—-—-—\n\nLena Fischer resolved this as Done.\n\nView request · Turn off this request's notifications\n\nThis is shared with Acme Support and Lena Fischer.\n",
			"", true},
		{"an update with someone's words is no notice", "Ticket #5120 was updated.\n\nThe export still fails for our finance team.\n\nYou can view the ticket here: https://x.zendesk.example/agent/tickets/5120\n",
			"Ticket #5120 was updated.\n\nThe export still fails for our finance team.\n\nYou can view the ticket here: https://x.zendesk.example/agent/tickets/5120", false},
		{"Zendesk's change as a table in text", "Ticket #48213 \"API returns 504\" was updated by Marta Kowalski.\n\nStatus Pending → Solved Assignee Vendor Management\n\nThis email is a service from Northwind IT Service Desk. Delivered by Zendesk\n[9ZQ4XW-R2KLM]\n",
			"", true},
		{"Freshdesk's token under empty quote lines", "We tried the workaround.\n\nDaniel\n\n> \n> \n\n[#RTB-18842]\n",
			"We tried the workaround.\n\nDaniel", false},
	} {
		v := visibleText(tt.in, false)
		if v.text != tt.want || v.quotedOnly != tt.quotedOnly {
			t.Errorf("%s:\n got %q (quoted only %v)\nwant %q (%v)", tt.name, v.text, v.quotedOnly, tt.want, tt.quotedOnly)
		}
	}
}
