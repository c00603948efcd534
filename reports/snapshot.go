package reports

import "time"

// Snapshot is the data for the metrics pages: plain numbers, already
// aggregated by the caller.
type Snapshot struct {
	// GeneratedAt is when the numbers were read; the page shows it in UTC.
	GeneratedAt time.Time
	// Title heads the page, e.g. "Escalation metrics"; empty means DefaultTitle.
	Title string
	// BySeverity counts tickets per severity, in the order the page shows
	// them (normally P1 to P4).
	BySeverity []SeverityCount
}

// SeverityCount is the number of open and resolved tickets of one severity.
type SeverityCount struct {
	Severity string // e.g. "P1"
	Open     int
	Resolved int
}

// DefaultTitle is the page title used when Snapshot.Title is empty.
const DefaultTitle = "Escalation metrics"
