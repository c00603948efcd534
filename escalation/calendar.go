package escalation

import (
	"slices"
	"time"
)

// Calendar is when the team works. The clocks of a policy with a
// calendar (by default P3 and P4 once business hours are configured)
// count only business time; P1 and P2 always run 24/7.
type Calendar struct {
	// Zone is the IANA time zone of the hours and the holidays; the desk
	// resolves it into Location (this package does no I/O).
	Zone     string         `json:"zone"`
	Location *time.Location `json:"-"`
	// Days are the working days.
	Days []time.Weekday `json:"days"`
	// Start and End are the opening hours, as times after midnight.
	Start time.Duration `json:"start"`
	End   time.Duration `json:"end"`
	// Holidays are dates ("2006-01-02") without business hours.
	Holidays []string `json:"holidays,omitempty"`
}

// maxCalendarDays bounds the search for business time (a calendar with no
// working day would never find any).
const maxCalendarDays = 3660

// Add returns the time d of business time after t; a nil calendar counts
// every hour. On a day whose clocks change, the hours are taken from
// midnight as a duration, so they shift by the change.
func (c *Calendar) Add(t time.Time, d time.Duration) time.Time {
	if !c.limits() || d <= 0 {
		return t.Add(d)
	}
	loc := c.loc()
	cur := t.In(loc)
	for range maxCalendarDays {
		y, m, day := cur.Date()
		midnight := time.Date(y, m, day, 0, 0, 0, 0, loc)
		open, close := midnight.Add(c.Start), midnight.Add(c.End)
		if c.works(midnight) && cur.Before(close) {
			cur = later(cur, open)
			if left := close.Sub(cur); d <= left {
				return cur.Add(d).In(t.Location())
			}
			d -= close.Sub(cur)
		}
		cur = time.Date(y, m, day+1, 0, 0, 0, 0, loc)
	}
	return cur.In(t.Location())
}

// Open returns the first business moment at or after t: t itself inside
// business hours, else the next opening. A nil calendar is always open.
func (c *Calendar) Open(t time.Time) time.Time {
	if !c.limits() {
		return t
	}
	loc := c.loc()
	cur := t.In(loc)
	for range maxCalendarDays {
		y, m, day := cur.Date()
		midnight := time.Date(y, m, day, 0, 0, 0, 0, loc)
		if c.works(midnight) && cur.Before(midnight.Add(c.End)) {
			return later(cur, midnight.Add(c.Start)).In(t.Location())
		}
		cur = time.Date(y, m, day+1, 0, 0, 0, 0, loc)
	}
	return cur.In(t.Location())
}

// limits says the calendar closes at some time: a nil calendar, or one
// without working days or hours, is always open.
func (c *Calendar) limits() bool { return c != nil && c.End > c.Start && len(c.Days) > 0 }

func (c *Calendar) loc() *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}

func (c *Calendar) works(day time.Time) bool {
	return slices.Contains(c.Days, day.Weekday()) && !slices.Contains(c.Holidays, day.Format(time.DateOnly))
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
