package intake

import "testing"

// TestVisibleTextForwardBlocks: forwards whose forwarded mail is set off
// as a block, with the forwarder's comment below it or none, and a
// forward whose comment says notes are below.
func TestVisibleTextForwardBlocks(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"mutt, comment below the block", "----- Forwarded message from Alan <alan@x.example> -----\n\nDate: Tue, 12 Mar 2024 16:04:51 +0000\nFrom: Alan <alan@x.example>\nSubject: 502s\n\nSeeing 502s since 15:30.\n\nAlan\n\n----- End forwarded message -----\n\nAcme folks: still happening as of 17:10 UTC.\n\n-- \nRui\n",
			"Acme folks: still happening as of 17:10 UTC."},
		{"Apple Mail, quoted block, comment below", "> \n> Begin forwarded message:\n> \n> From: Hugo <hugo@x.example>\n> Subject: Map at 0,0\n> \n> The map shows every vessel at 0,0.\n> \n\nAcme support, this is the same problem as ESC-5356.\n\nMaja\n",
			"Acme support, this is the same problem as ESC-5356.\n\nMaja"},
		{"Apple Mail, quoted marker, no comment", "> Begin forwarded message:\n> \n> From: Jonas <jonas@x.example>\n> Subject: Invoices\n> Date: 11 March 2024 at 14:22:05 GMT\n> To: Claire <claire@x.example>\n> \n> Hi Claire,\n> \n> The invoices are not syncing.\n",
			"Hi Claire,\n\nThe invoices are not syncing."},
		{"iOS mark before the body", "\nSent from my iPhone\n\nBegin forwarded message:\n\n> From: Lucy <l@x.example>\n> Date: 27 March 2024 at 08:44:19 GMT\n> To: Mark <m@x.example>\n> Subject: Drawings locked\n> \n> \ufeff> Hi Mark,\n> \n> The drawings are locked.\n",
			"Hi Mark,\n\nThe drawings are locked."},
		{"comment saying notes are below", "Hello Acme Support,\n\nPlease treat this as urgent. Our managers' notes are below.\n\nCarla\n\nFrom: Ben <b@x.example>\nSent: Monday, March 25, 2024 5:40 PM\nTo: Carla <c@x.example>\nSubject: FW: RE: Online booking\n\nCarla,\n\nThis has been going since Saturday.\n\nBen\n",
			"Hello Acme Support,\n\nPlease treat this as urgent. Our managers' notes are below.\n\nCarla"},
	} {
		if got := visibleText(tt.in, true).text; got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
