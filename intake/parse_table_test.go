package intake

import "testing"

// TestTableRows: a table of several columns reads a row a line: an
// agent's status table keeps its rows apart with " | " between cells, a
// signature set in columns reads its columns one after the other, a
// label cell is followed by its value, and a table nested in a cell is
// read the same way. html2text ran all of each table's cells together on
// one line ("Item Qty Status Printer 3 broken…").
func TestTableRows(t *testing.T) {
	html := func(body string) string {
		return "From: a@example.org\r\nTo: support@example.com\r\nSubject: Re: [ESC-1] x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>" + body + "</body></html>"
	}
	for _, tt := range []struct{ name, raw, want string }{
		{"a status table",
			html(`<p>Here is where we are:</p><table><tr><th>Site</th><th>Printers</th><th>State</th></tr><tr><td>Leeds</td><td>3</td><td>offline</td></tr><tr><td>York</td><td>1</td><td>back up</td></tr></table><p>Kerry</p>`),
			"Here is where we are:\n\nSite | Printers | State\nLeeds | 3 | offline\nYork | 1 | back up\n\nKerry"},
		{"a signature in three columns",
			html(`<p>That worked, thanks.</p><table><tr><td><img src="cid:logo" alt=""></td><td><b>Pieter de Vries</b><br>Hoofd ICT</td><td>T: 020 000 0000<br>M: 06 0000 0000</td></tr></table>`),
			"That worked, thanks.\n\nPieter de Vries\nHoofd ICT\nT: 020 000 0000\nM: 06 0000 0000"},
		{"label cells in a wide row",
			html(`<p>Los datos del pedido:</p><table><tr><td>Pedido:</td><td>88213</td><td>Estado:</td><td>rechazado</td></tr></table>`),
			"Los datos del pedido:\n\nPedido: 88213 | Estado: rechazado"},
		{"a table nested in a cell",
			html(`<p>Results below.</p><table><tr><td><table><tr><td>Test</td><td>Before</td><td>After</td></tr><tr><td>Login</td><td>fail</td><td>pass</td></tr></table></td></tr></table>`),
			"Results below.\n\nTest | Before | After\nLogin | fail | pass"},
		{"pairs stay as html2text reads them",
			html(`<p>Updated.</p><table><tr><td>Status</td><td>Open</td></tr><tr><td>Owner</td><td>Dana</td></tr></table>`),
			"Updated.\n\nStatus Open Owner Dana"},
	} {
		checkParsedVisible(t, tt.name, tt.raw, tt.want)
	}
}
