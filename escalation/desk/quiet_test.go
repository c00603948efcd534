package desk

import (
	"context"
	"log/slog"
	"testing"
	"time"
	_ "time/tzdata" // the zones, whatever the machine has

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestQuietHours: with business hours, a P3 handled on Saturday night
// answers its customer at once, while the owner's root-cause reminder
// waits for Monday 9:00 in the office's zone, and so does the CSM's
// check-in when the monitoring window ends on the next Saturday night.
// With quiet hours off everything goes at once.
func TestQuietHours(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err) // time/tzdata is linked in: never missing
	}
	cal := &escalation.Calendar{Zone: "Europe/Berlin", Location: berlin, Start: 9 * time.Hour, End: 17 * time.Hour,
		Days: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}}
	saturdayNight := time.Date(2026, 11, 28, 2, 0, 0, 0, berlin)
	held := map[escalation.MailKind]time.Time{
		escalation.MailRootCauseReminder: time.Date(2026, 11, 30, 9, 0, 0, 0, berlin),
		escalation.MailMonitoringEnded:   time.Date(2026, 12, 7, 9, 0, 0, 0, berlin),
	}
	for _, quiet := range []bool{true, false} {
		schematest.Each(t, func(t *testing.T, s *schema.Store) {
			pr := escalation.DefaultProtocol()
			for _, sev := range []classify.Severity{classify.P3, classify.P4} {
				pol := pr.Policy(sev)
				pol.Calendar, pol.QuietHours = cal, quiet
				if pr, err = pr.WithPolicy(pol); err != nil {
					t.Fatal(err)
				}
			}
			h := newHarness(t, s, withPeople)
			h.now = saturdayNight
			h.Desk, err = New(context.Background(), h.cfg, s, classify.Default(), pr,
				func() time.Time { return h.now }, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			h.feed(rawMail("Ann <ann@initech.example>", "CSV import", "Where is the CSV import documented?",
				"Message-ID: <q1@initech.example>"))
			h.now = saturdayNight.Add(10 * time.Minute)
			h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] CSV import",
				"#severity P3\n#resolve It is in the admin guide, chapter 4.",
				"Message-ID: <d1@acme.example>", "In-Reply-To: <"+h.ackID(1)+">", vouched))
			h.now = saturdayNight.Add(7*24*time.Hour + time.Hour)
			h.tickDue(h.Clocks())
			all, err := h.store.Outbox(context.Background(), 0)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[escalation.MailKind]bool{}
			for _, o := range all {
				want, ok := held[o.Kind]
				seen[o.Kind] = true
				if !ok || !quiet {
					want = o.CreatedAt
				}
				if !o.DueAt.Equal(want) {
					t.Errorf("quiet hours %v: %s to %s written %s, due %s; want %s", quiet, o.Kind, o.ToAddrs,
						o.CreatedAt.In(berlin).Format(time.RFC1123), o.DueAt.In(berlin).Format(time.RFC1123),
						want.In(berlin).Format(time.RFC1123))
				}
			}
			for _, k := range []escalation.MailKind{escalation.MailReceipt, escalation.MailResolution,
				escalation.MailRootCauseReminder, escalation.MailMonitoringEnded} {
				if !seen[k] {
					t.Errorf("quiet hours %v: no %s mail queued", quiet, k)
				}
			}
		})
	}
}
