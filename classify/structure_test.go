package classify

import "testing"

// TestP2AgainstP3 checks the protocol's line between P2 ("core feature not
// working", "multiple users unable to complete key workflows") and P3 ("non-
// critical feature bug or inconsistency", "request for product enhancement")
// as a support lead draws it from who is hit, what and how, not from a
// phrase: a wrong result that the writer says only some see, or only some
// of the time, is an inconsistency however many are named; what does not
// work in a mail that asks for an enhancement is the reason for the
// request. Each case failed before the reading it names.
func TestP2AgainstP3(t *testing.T) {
	tests := []struct {
		name          string
		want          Severity
		subject, body string
	}{
		// a defect some see (sevq8)
		{"defect, some of the time", P3, "Reminder times",
			"Everyone in the office has noticed it by now. Sometimes the reminder emails show the appointment time in UTC instead of local time."},
		{"defect, a few", P3, "Map pins",
			"All our dispatchers use the map. A few of the pins are showing as the old address instead of the new one."},
		// ... but not when a critical function does not do its job
		{"critical, some customers", P2, "some customers cannot pay",
			"A third of our customers get an error at checkout when they pay by card; the rest are fine."},
	}
	c := Default()
	for _, tt := range tests {
		if got := c.Classify(Input{Subject: tt.subject, Body: tt.body}); got.Severity != tt.want {
			t.Errorf("%s: Classify(%q) = %v, want %v%s", tt.name, tt.subject, got.Severity, tt.want, evidenceSummary(got))
		}
	}
}
