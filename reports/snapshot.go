package reports

import (
	"time"

	"github.com/escalate-dev/escalate/schema"
)

// Snapshot is the data for the metrics pages: plain numbers, already
// aggregated by the caller.
type Snapshot struct {
	// GeneratedAt is when the numbers were read; the pages show it in UTC.
	GeneratedAt time.Time
	// Title heads the pages, e.g. "Escalation metrics"; empty means
	// DefaultTitle.
	Title string
	// Gateway is the gateway's name (gateway.name of the config), shown
	// in every page's header.
	Gateway string
	// TicketPrefix names tickets in lists, e.g. "ESC" for ESC-12; empty
	// means "ESC".
	TicketPrefix string
	// BySeverity counts tickets per severity, in the order the page shows
	// them (normally P1 to P4), over all time.
	BySeverity []SeverityCount
	// Report is the period's metrics (schema.Store.Report). Nil writes
	// the area pages with a statement that there is no data.
	Report *schema.Report
}

// SeverityCount is the number of open and resolved tickets of one severity.
type SeverityCount struct {
	Severity string // e.g. "P1"
	Open     int
	Resolved int
}

// DefaultTitle is the page title used when Snapshot.Title is empty.
const DefaultTitle = "Escalation metrics"

// report returns the snapshot's report, or an empty one.
func (s Snapshot) report() *schema.Report {
	if s.Report == nil {
		return &schema.Report{}
	}
	return s.Report
}

// ticket names a ticket the way agents write it: "ESC-12".
func (s Snapshot) ticket(id int64) string {
	prefix := s.TicketPrefix
	if prefix == "" {
		prefix = "ESC"
	}
	return prefix + "-" + itoa(id)
}
