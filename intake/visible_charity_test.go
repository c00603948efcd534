package intake

import "testing"

// TestJiraFooterAddressingReader: Jira Service Management's German
// footer may address the reader ("Sehen Sie sich die Anfrage an ·
// Deaktivieren Sie die Benachrichtigungen für diese Anfrage") rather
// than name its actions; the comment alone is the writer's, the rule,
// the reply-above line, the author's line and the footer are the tool's
// (stranger83's 18 kept them all before).
func TestJiraFooterAddressingReader(t *testing.T) {
	const head = "—-—-—-—\n\nAntworten Sie oberhalb dieser Zeile.\n\nLukas Brenner hat einen Kommentar hinzugefügt:\n\n"
	const comment = "Hallo zusammen,\n\ndas Formular bleibt in Edge bei Schritt 3 hängen.\n\nViele Grüße\nLukas Brenner"
	for _, footer := range []string{
		"\n\nSehen Sie sich die Anfrage an · Deaktivieren Sie die Benachrichtigungen für diese Anfrage\n\nDiese E-Mail wurde von Jira Service Management gesendet.\n",
		"\n\nDeaktivieren Sie die Benachrichtigungen für diese Anfrage\n",
	} {
		if got := VisibleText(head + comment + footer); got != comment {
			t.Errorf("footer %q: got %q", footer, got)
		}
	}
}

// TestJiraFooterAddressingReaderNotText: the writer's own request to
// look at the ticket, in a sentence, stays with the comment.
func TestJiraFooterAddressingReaderNotText(t *testing.T) {
	const head = "—-—-—-—\n\nAntworten Sie oberhalb dieser Zeile.\n\nLukas Brenner hat einen Kommentar hinzugefügt:\n\n"
	const comment = "Hallo zusammen,\n\nbitte sehen Sie sich die Anfrage an und deaktivieren Sie die Benachrichtigungen für diese Anfrage nicht.\n\nViele Grüße\nLukas Brenner"
	const footer = "\n\nAnfrage anzeigen · Benachrichtigungen für diese Anfrage deaktivieren\n"
	if got := VisibleText(head + comment + footer); got != comment {
		t.Errorf("got %q", got)
	}
}
