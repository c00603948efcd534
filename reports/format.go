package reports

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// missing is the cell of a value that cannot be computed.
var missing = cell{Text: "—", Numeric: true, Missing: true}

// durationCell shows d for people ("1 h 30 min") and writes it to the CSV
// in minutes.
func durationCell(d time.Duration) cell {
	return cell{Text: humanDuration(d), Numeric: true, CSV: strconv.FormatFloat(d.Minutes(), 'f', 1, 64)}
}

// quantileCell is a percentile, missing when nothing was measured.
func quantileCell(n int, d time.Duration) cell {
	if n == 0 {
		return missing
	}
	return durationCell(d)
}

// rateCell is part ÷ whole as a percentage, missing when whole is 0.
func rateCell(part, whole int) cell {
	if whole == 0 {
		return missing
	}
	p := 100 * float64(part) / float64(whole)
	return cell{Text: strconv.FormatFloat(p, 'f', 1, 64) + "%", Numeric: true, CSV: strconv.FormatFloat(p, 'f', 1, 64)}
}

// rate is part ÷ whole in percent, rounded to one decimal for the
// charts, and whether it exists.
func rate(part, whole int) (float64, bool) {
	if whole == 0 {
		return 0, false
	}
	return math.Round(1000*float64(part)/float64(whole)) / 10, true
}

// rateText is a rate for a KPI tile: "87.5%", or "—" over nothing.
func rateText(part, whole int) string {
	if p, ok := rate(part, whole); ok {
		return strconv.FormatFloat(p, 'f', 1, 64) + "%"
	}
	return "—"
}

// humanDuration writes d the way people read a clock: "45 s", "12 min",
// "3 h 5 min", "6 d 3 h". A negative duration gets a minus sign.
func humanDuration(d time.Duration) string {
	if d < 0 {
		return "−" + humanDuration(-d)
	}
	d = d.Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		h, m := int(d.Hours()), int(d.Minutes())%60
		if m == 0 {
			return fmt.Sprintf("%d h", h)
		}
		return fmt.Sprintf("%d h %d min", h, m)
	default:
		days, h := int(d.Hours())/24, int(d.Hours())%24
		if h == 0 {
			return fmt.Sprintf("%d d", days)
		}
		return fmt.Sprintf("%d d %d h", days, h)
	}
}

// timeCell is a time in UTC, to the minute.
func timeCell(t time.Time) cell {
	if t.IsZero() {
		return missing
	}
	return cell{Text: t.UTC().Format("2006-01-02 15:04"), CSV: t.UTC().Format(time.RFC3339)}
}

// severityLabels are the x axis of the per-severity charts.
var severityLabels = []string{"P1", "P2", "P3", "P4"}

func sevText(s classify.Severity) string { return s.String() }
