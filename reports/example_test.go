package reports_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/reports"
)

func ExampleWrite() {
	dir, err := os.MkdirTemp("", "metrics")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	index, err := reports.Write(dir, reports.Snapshot{
		GeneratedAt: time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC),
		Title:       "Escalation metrics",
		BySeverity: []reports.SeverityCount{
			{Severity: "P1", Open: 1, Resolved: 4},
			{Severity: "P2", Open: 3, Resolved: 11},
			{Severity: "P3", Open: 8, Resolved: 30},
			{Severity: "P4", Open: 2, Resolved: 9},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(filepath.Base(index))

	csv, err := os.ReadFile(filepath.Join(dir, "tickets-by-severity.csv"))
	if err != nil {
		log.Fatal(err)
	}
	// The CSV has CRLF line ends (RFC 4180); print it with plain newlines.
	fmt.Print(strings.ReplaceAll(string(csv), "\r\n", "\n"))
	// Output:
	// index.html
	// Severity,Open,Resolved,Total
	// P1,1,4,5
	// P2,3,11,14
	// P3,8,30,38
	// P4,2,9,11
}
