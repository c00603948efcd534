package reports

import (
	"strconv"
	"time"
)

// area is one page of the report: a question of the protocol and the
// sections that answer it.
type area struct {
	File     string // e.g. "acknowledgement.html"
	Name     string // navigation text and <h1>
	Intro    string // what the page answers, under the heading
	Sections []sectionBuilder
}

// areas are the pages after the index, in navigation order.
var areas = []area{
	{File: "acknowledgement.html", Name: "Acknowledgement",
		Intro:    "Did a person answer each customer within the promised time: 15 minutes for P1, 1 hour for P2, 4 hours for P3, 1 day for P4?",
		Sections: []sectionBuilder{ackAttainment, ackTimes}},
	{File: "updates.html", Name: "Update cadence",
		Intro:    "Did P1 customers hear from us every hour and P2 customers every day until their issue was resolved?",
		Sections: []sectionBuilder{cadenceAttainment, cadenceOverdue, cadenceGaps}},
	{File: "flow.html", Name: "Volume and resolution",
		Intro:    "How many tickets arrive, how fast they are resolved, what is open and old right now, and how often a resolution did not hold.",
		Sections: []sectionBuilder{volumeWeekly, resolveWeekly, backlogByAge, oldestOpen, reopenRate}},
	{File: "escalations.html", Name: "Escalations and breaches",
		Intro:    "How far up the ladder (CSM, Team Lead, VP, CCO, CEO) tickets went, and every promise that was broken.",
		Sections: []sectionBuilder{escalationLevels, escalationWeekly, breachList}},
	{File: "compliance.html", Name: "Protocol compliance",
		Intro:    "After resolution: root causes documented, post-mortems held, accounts watched; and who sends the most urgent tickets.",
		Sections: []sectionBuilder{complianceChecklist, monitoredAccounts, topAccounts, topMailboxes}},
	{File: "incidents.html", Name: "Incidents",
		Intro:    "When an outage made many customers write: how far it reached, how long it lasted, and whether every customer heard from us on time.",
		Sections: []sectionBuilder{incidentList}},
	{File: "classifier.html", Name: "Classifier",
		Intro:    "How often the automatic first call on severity matched the severity agents settled on.",
		Sections: []sectionBuilder{confusionMatrix}},
}

// page is what page.html.tmpl renders: the index or one area.
type page struct {
	File          string
	Title         string // the report's title
	Heading       string // <h1>: the title on the index, the area's name elsewhere
	Intro         string
	Gateway       string
	Period        string // e.g. "16 Nov 2026 – 30 Nov 2026"
	PeriodNote    string // said in words when the period has no tickets
	GeneratedISO  string // RFC 3339, UTC, for <time datetime>
	GeneratedText string // for people, e.g. "26 Nov 2026, 16:50"
	Script        string // path of echarts.min.js relative to the page
	ChartScript   string // path of the page's chart setup (chartScriptPath)
	Style         string // path of the style sheet relative to the page
	Nav           []navLink
	KPIs          []kpi
	Sections      []section
}

// IsIndex reports whether the page is the index.
func (p page) IsIndex() bool { return p.File == IndexName }

// DocTitle is the text of <title>.
func (p page) DocTitle() string {
	if p.IsIndex() {
		return p.Title
	}
	return p.Heading + " · " + p.Title
}

// navLink is one entry of the navigation between pages.
type navLink struct {
	Href, Text string
	Current    bool
}

// kpi is one figure at a glance on the index, linking to its page.
type kpi struct {
	Label, Value, Detail, Href string
}

// periodText writes [from, to) as the dates people expect: the last day
// shown is the day before to.
func periodText(from, to time.Time) string {
	if from.IsZero() || to.IsZero() {
		return "no period"
	}
	last := to.Add(-time.Nanosecond).UTC()
	return from.UTC().Format("2 Jan 2006") + " – " + last.Format("2 Jan 2006")
}

func navFor(current string) []navLink {
	links := []navLink{{Href: IndexName, Text: "Overview", Current: current == IndexName}}
	for _, a := range areas {
		links = append(links, navLink{Href: a.File, Text: a.Name, Current: current == a.File})
	}
	return links
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
