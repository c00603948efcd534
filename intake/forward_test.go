package intake

import "testing"

func TestForwardedText(t *testing.T) {
	for _, tt := range []struct{ name, subject, text, want string }{
		{"gmail forward with comment", "Fwd: Server",
			"Please look at this, urgent.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\nSubject: Server\nTo: Bob <bob@example.org>\n\nThe server is down for all our users.\n\nAnn\n",
			"The server is down for all our users.\n\nAnn"},
		{"apple forward", "Fwd: Server",
			"FYI\n\nBegin forwarded message:\n\n> From: Ann <ann@example.org>\n> Subject: Server\n> Date: 5 January 2026\n> To: Bob <bob@example.org>\n>\n> Checkout fails for every customer.\n",
			"Checkout fails for every customer."},
		{"outlook FW with header block", "FW: Invoices",
			"See below.\n\nFrom: Ann <ann@example.org>\nSent: Monday, January 5, 2026 9:00 AM\nTo: Bob <bob@example.org>\nSubject: Invoices\n\nAll invoices went out with the wrong amounts.\n",
			"All invoices went out with the wrong amounts."},
		{"german WG", "WG: Ausfall",
			"Bitte ansehen.\n\nVon: Ann <ann@example.org>\nGesendet: Montag, 5. Januar 2026 09:00\nAn: Bob <bob@example.org>\nBetreff: Ausfall\n\nDas System ist komplett ausgefallen.\n",
			"Das System ist komplett ausgefallen."},
		{"forward of a reply keeps only the forwarded new text", "Fwd: Re: Server",
			"Look.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\n\nStill down.\n\nOn Sun, 4 Jan 2026, Bob wrote:\n> Is it down?\n",
			"Still down."},
		{"bare forward: VisibleText already has it", "Fwd: Server",
			"---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\n\nThe server is down.\n", ""},
		{"outlook reply is not a forward", "RE: Server",
			"Thanks.\n\nFrom: Ann <ann@example.org>\nSent: Monday, January 5, 2026 9:00 AM\nTo: Bob <bob@example.org>\nSubject: Server\n\nIs it fixed?\n", ""},
		{"gmail reply is not a forward", "Re: Server",
			"Thanks.\n\nOn Mon, 5 Jan 2026 at 09:00, Ann <ann@example.org> wrote:\n> Is it fixed?\n", ""},
		{"original message on a reply is not a forward", "Re: Server",
			"Thanks.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\n\nIs it fixed?\n", ""},
		{"original message on a FW subject is", "FW: Server",
			"FYI.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\n\nThe API returns 500 for everyone.\n", "The API returns 500 for everyone."},
		{"plain mail", "Server", "The server is down.\n", ""},
	} {
		if got := ForwardedText(tt.subject, tt.text); got != tt.want {
			t.Errorf("%s: ForwardedText = %q, want %q", tt.name, got, tt.want)
		}
	}
}
