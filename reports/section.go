package reports

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
)

// A section is one chart of the page together with the same numbers as a
// table; the CSV file is written from the table, so chart, table and CSV
// cannot disagree about the figures.
type section struct {
	ID          string // element id and CSV base name, e.g. "tickets-by-severity"; unique across pages
	Heading     string // the section's <h2>
	Explanation string // one or two sentences under the heading
	// Definition says exactly how the numbers are computed, printed on
	// the page so that nobody has to guess.
	Definition string
	// Option is the ECharts option object, from chartOption; empty for
	// a section that is only a table (a list of tickets), and for one
	// whose data is empty: a chart of zeros says nothing.
	Option template.JS
	Table  table
	// Empty is said in words instead of the rows when the table has none.
	Empty string
	// Note follows the table, e.g. that a list shows the worst 50 of 120.
	Note string
}

// CSVName is the file name of the section's CSV, relative to the page.
func (s section) CSVName() string { return s.ID + ".csv" }

// sectionBuilder turns a snapshot into one section of the page.
type sectionBuilder func(Snapshot) (section, error)

// sectionBuilders lists the page's sections in the order they are shown.
var sectionBuilders = []sectionBuilder{
	ticketsBySeverity,
}

// EmptyText is what a table without rows says, unless its section says
// something more precise.
func (s section) EmptyText() string {
	if s.Empty == "" {
		return "No tickets."
	}
	return s.Empty
}

// table is the data behind a chart, shown as an HTML table and written as CSV.
type table struct {
	Caption string
	Header  []string
	// Units, when set, has one entry per column: the CSV header names it
	// ("p50 (minutes)"), since the CSV holds bare numbers where the page
	// shows "1 h 30 min" or "87.5%".
	Units []string
	Rows  [][]cell
}

// csvHeader is the header line of the CSV.
func (t table) csvHeader() []string {
	h := make([]string, len(t.Header))
	for i, name := range t.Header {
		h[i] = name
		if i < len(t.Units) && t.Units[i] != "" {
			h[i] += " (" + t.Units[i] + ")"
		}
	}
	return h
}

// cell is one value of a table. Numeric cells are right-aligned in HTML and
// written to CSV as they are; text cells may come from customers and are
// neutralised for spreadsheets (see csvText).
type cell struct {
	Text    string
	Numeric bool
	// CSV is the value written to the CSV file when it differs from
	// Text (minutes for a duration shown as "1 h 30 min").
	CSV string
	// Missing marks a value that cannot be computed (a rate over no
	// tickets): "—" on the page, an empty CSV field.
	Missing bool
}

func textCell(s string) cell { return cell{Text: s} }
func intCell(n int) cell     { return cell{Text: strconv.Itoa(n), Numeric: true} }

// chartable is what every go-echarts chart type provides.
type chartable interface {
	Validate()
	JSON() map[string]any
}

// chartOption fills the chart's defaults as go-echarts' own renderer would,
// then marshals the options with HTML escaping on, so that no string in them
// can close the <script> element it is placed in.
func chartOption(c chartable) (template.JS, error) {
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return "", fmt.Errorf("marshal chart options: %w", err)
	}
	return template.JS(b), nil
}

// writeCSV writes the table as RFC 4180 CSV: a header line, then one line per
// row, CRLF line ends.
func writeCSV(w io.Writer, t table) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.csvHeader()); err != nil {
		return err
	}
	for _, row := range t.Rows {
		if err := cw.Write(csvRecord(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRecord(row []cell) []string {
	rec := make([]string, len(row))
	for i, c := range row {
		switch {
		case c.Missing:
		case c.CSV != "":
			rec[i] = c.CSV // a number we formatted, never customer text
		case c.Numeric:
			rec[i] = c.Text
		default:
			rec[i] = csvText(c.Text)
		}
	}
	return rec
}

// csvText keeps a spreadsheet from evaluating a text cell as a formula: a cell
// starting with = + - @ tab or CR gets a leading apostrophe (OWASP, "CSV
// Injection"). Numbers are not text cells, so "-3" stays a number.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
