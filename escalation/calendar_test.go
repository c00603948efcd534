package escalation

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones, whatever the machine has

	"github.com/escalate-dev/escalate/classify"
)

// officeHours: Monday to Friday, 9:00-17:00 in Berlin, Christmas off.
func officeHours(t *testing.T) *Calendar {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err) // time/tzdata is linked in: never missing
	}
	return &Calendar{Zone: "Europe/Berlin", Location: loc, Start: 9 * time.Hour, End: 17 * time.Hour,
		Days:     []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		Holidays: []string{"2026-12-25"}}
}

// localTime parses "2006-01-02 15:04" times in loc.
func localTime(t *testing.T, loc *time.Location) func(string) time.Time {
	return func(s string) time.Time {
		t.Helper()
		v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func TestCalendarAdd(t *testing.T) {
	c := officeHours(t)
	berlin := localTime(t, c.Location)
	tests := []struct {
		from string
		d    time.Duration
		want string
	}{
		{"2026-11-25 10:00", 4 * time.Hour, "2026-11-25 14:00"},  // Wednesday, inside the hours
		{"2026-11-25 07:30", time.Hour, "2026-11-25 10:00"},      // before opening
		{"2026-11-25 16:00", 4 * time.Hour, "2026-11-26 12:00"},  // over the night
		{"2026-11-27 16:00", 4 * time.Hour, "2026-11-30 12:00"},  // Friday: over the weekend
		{"2026-11-28 11:00", time.Hour, "2026-11-30 10:00"},      // Saturday
		{"2026-12-24 16:00", 4 * time.Hour, "2026-12-28 12:00"},  // Christmas and the weekend
		{"2026-11-25 10:00", 24 * time.Hour, "2026-11-30 10:00"}, // 7 h Wed, 8 h Thu, 8 h Fri, 1 h Mon
		{"2026-11-25 10:00", 0, "2026-11-25 10:00"},
	}
	for _, tt := range tests {
		if got := c.Add(berlin(tt.from), tt.d); !got.Equal(berlin(tt.want)) {
			t.Errorf("Add(%s, %v) = %s, want %s", tt.from, tt.d, got.In(c.Location).Format("2006-01-02 15:04 Mon"), tt.want)
		}
	}
	var none *Calendar
	if got := none.Add(berlin("2026-11-28 11:00"), time.Hour); !got.Equal(berlin("2026-11-28 12:00")) {
		t.Errorf("nil calendar Add = %v, want every hour counted", got)
	}
}

func TestTickBusinessHours(t *testing.T) {
	cal := officeHours(t)
	pr := proto()
	for _, s := range []classify.Severity{classify.P3, classify.P4} {
		pol := pr.Policy(s)
		pol.Calendar = cal
		var err error
		if pr, err = pr.WithPolicy(pol); err != nil {
			t.Fatal(err)
		}
	}
	p1 := pr.Policy(classify.P1)
	p1.Calendar = cal
	if _, err := pr.WithPolicy(p1); err == nil {
		t.Error("WithPolicy(P1 with business hours) = nil error; P1 runs 24/7")
	}
	// t0 is Thursday 26 November 2026, 10:00 in Berlin (9:00 UTC). A P3
	// answered within 8 business hours is due Friday 10:00 (t0+24h).
	p3 := pr.Policy(classify.P3)
	p3.AckWithin = 8 * time.Hour
	pr, err := pr.WithPolicy(p3)
	if err != nil {
		t.Fatal(err)
	}
	scenario(t, pr, classify.P3, []at{
		{at: 6 * time.Hour, want: remind}, // 75 %: 6 business hours, Thursday 16:00
		{at: 8*time.Hour + time.Minute},   // 24/7 this would breach
		{at: 24*time.Hour - time.Minute},
		{at: 24*time.Hour + time.Minute, want: esc, paged: []string{"team_lead"}},
	})
	// A P4's day is 24 business hours: Thu 7, Fri 8, Mon 8, Tue 1 -> Tuesday 10:00.
	scenario(t, pr, classify.P4, []at{
		{at: 24*time.Hour + time.Minute},
		{at: 4*24*time.Hour + 2*time.Hour, want: remind}, // 18 business hours: Monday 12:00
		{at: 5*24*time.Hour - time.Minute},
		{at: 5*24*time.Hour + time.Minute, want: esc, paged: []string{"team_lead"}},
	})
}

func TestCalendarOpen(t *testing.T) {
	c := officeHours(t)
	berlin := localTime(t, c.Location)
	for _, tt := range []struct{ at, want string }{
		{"2026-11-25 10:00", "2026-11-25 10:00"}, // Wednesday, open
		{"2026-11-25 07:30", "2026-11-25 09:00"}, // before opening
		{"2026-11-25 17:00", "2026-11-26 09:00"}, // at closing
		{"2026-11-27 23:00", "2026-11-30 09:00"}, // Friday night
		{"2026-12-24 18:00", "2026-12-28 09:00"}, // Christmas and the weekend
	} {
		if got := c.Open(berlin(tt.at)); !got.Equal(berlin(tt.want)) {
			t.Errorf("Open(%s) = %s, want %s", tt.at, got.In(c.Location).Format("2006-01-02 15:04 Mon"), tt.want)
		}
	}
	var none *Calendar
	if at := berlin("2026-11-28 03:00"); !none.Open(at).Equal(at) {
		t.Error("a nil calendar is not always open")
	}
}

func TestHoldUntil(t *testing.T) {
	c := officeHours(t)
	night := time.Date(2026, 11, 28, 3, 0, 0, 0, c.Location) // Saturday
	monday := time.Date(2026, 11, 30, 9, 0, 0, 0, c.Location)
	quiet := Policy{Severity: classify.P3, Calendar: c, QuietHours: true}
	for _, tt := range []struct {
		name string
		pol  Policy
		to   Recipient
		want time.Time
	}{
		{"the customer is answered at once", quiet, ToCustomer, night},
		{"an agent's own command is answered at once", quiet, ToSender, night},
		{"the team waits", quiet, ToTeam, monday},
		{"the owner waits", quiet, ToOwner, monday},
		{"the roles wait", quiet, ToRoles, monday},
		{"quiet hours off", Policy{Severity: classify.P3, Calendar: c}, ToRoles, night},
		{"no business hours", Policy{Severity: classify.P3, QuietHours: true}, ToRoles, night},
	} {
		tk := &Ticket{Policy: tt.pol}
		if got := tk.HoldUntil(Mail{To: tt.to}, night); !got.Equal(tt.want) {
			t.Errorf("%s: HoldUntil = %v, want %v", tt.name, got, tt.want)
		}
	}
}
