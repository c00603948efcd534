package reports

import (
	"math"
	"strconv"

	"github.com/escalate-dev/escalate/escalation"
)

// ackAttainment is "Acknowledgement attainment": the share of tickets a
// person answered within the severity's promise.
func ackAttainment(s Snapshot) (section, error) {
	r := s.report()
	f := figures{Labels: severityLabels, Unit: "%", Max: 100, Series: []fseries{{Name: "Answered in time"}}}
	t := table{Caption: "Acknowledgement attainment by severity, tickets opened in the period",
		Header: []string{"Severity", "Target", "Opened", "Counted", "Met", "Attainment", "Not yet due"},
		Units:  []string{"", "minutes", "", "", "", "%", ""}}
	seen := false
	for _, a := range r.Ack {
		p, ok := rate(a.Met, a.Applicable)
		f.Series[0].add(p, ok)
		seen = seen || a.Opened > 0
		t.Rows = append(t.Rows, []cell{textCell(sevText(a.Severity)), durationCell(a.Target), intCell(a.Opened),
			intCell(a.Applicable), intCell(a.Met), rateCell(a.Met, a.Applicable), intCell(a.Pending)})
	}
	sec := section{ID: "ack-attainment", Heading: "Acknowledgement attainment",
		Explanation: "The share of customers who got a first answer from a person within the promised time. The automatic receipt does not count: it only says the mail arrived.",
		Definition: "Over the tickets opened in the period, by their final severity: Met ÷ Counted. Met: the first human response " +
			"(an agent's update or resolution mail to the customer) came no later than the ticket's deadline (opened + the severity's " +
			"acknowledgement time). Counted: the ticket was answered, or its deadline passed while it was open and unanswered " +
			"(never acknowledged, or acknowledged only by the receipt: both count as missed). Not yet due: still inside the deadline, " +
			"or resolved before it without an answer.",
		Table: t, Empty: "No tickets were opened in this period."}
	if !seen {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, f.bar())
}

// ackTimes is "Time to receipt and to first human response": p50/p90
// against each target.
func ackTimes(s Snapshot) (section, error) {
	r := s.report()
	f := figures{Labels: severityLabels, Unit: "% of target", Series: []fseries{{Name: "p50 first response"}, {Name: "p90 first response"}}}
	t := table{Caption: "Time from the customer's mail to the receipt and to the first human response, p50 and p90",
		Header: []string{"Severity", "Target", "Receipts", "Receipt p50", "Receipt p90", "Answered", "First response p50", "First response p90"},
		Units:  []string{"", "minutes", "", "minutes", "minutes", "", "minutes", "minutes"}}
	seen := false
	for _, a := range r.Ack {
		fr := a.FirstResponse
		known := fr.N > 0 && a.Target > 0
		f.Series[0].add(pctOf(fr.P50, a.Target), known)
		f.Series[1].add(pctOf(fr.P90, a.Target), known)
		seen = seen || a.Receipt.N > 0 || fr.N > 0
		t.Rows = append(t.Rows, []cell{textCell(sevText(a.Severity)), durationCell(a.Target),
			intCell(a.Receipt.N), quantileCell(a.Receipt.N, a.Receipt.P50), quantileCell(a.Receipt.N, a.Receipt.P90),
			intCell(fr.N), quantileCell(fr.N, fr.P50), quantileCell(fr.N, fr.P90)})
	}
	sec := section{ID: "ack-times", Heading: "Time to receipt and to first human response",
		Explanation: "How long customers waited, for the automatic receipt and for a person. The chart shows the first response as a share of the promise: above 100% the promise was broken.",
		Definition: "Over the tickets opened in the period that have the time, by final severity: receipt = the automatic receipt's delivery " +
			"(acked_at) − the mail's arrival (IMAP INTERNALDATE); first response = the first human response the customer saw " +
			"(first_response_at) − arrival. p50 and p90 are nearest-rank percentiles: half, and nine in ten, of the tickets waited no longer. " +
			"Targets are the protocol's: " + targets(s) + ".",
		Table: t, Empty: "No ticket of this period has a receipt or a human response yet."}
	if !seen {
		sec.Table.Rows = nil
		return sec, nil
	}
	// The axis always reaches 100%, the promise, so that a fast team's
	// bars look small rather than fill the chart.
	f.Max = 100
	for _, sr := range f.Series {
		for i, v := range sr.Values {
			if sr.Known[i] && v > f.Max {
				f.Max = math.Ceil(v/50) * 50
			}
		}
	}
	return withChart(sec, f.bar())
}

// targets lists the acknowledgement targets as the protocol writes them.
func targets(s Snapshot) string {
	out := ""
	for i, a := range s.report().Ack {
		if i > 0 {
			out += ", "
		}
		out += sevText(a.Severity) + " " + escalation.HumanDuration(a.Target)
	}
	if out == "" {
		return "none read"
	}
	return out
}

// pctOf is d as a percentage of target, to one decimal.
func pctOf(d, target interface{ Seconds() float64 }) float64 {
	if target.Seconds() == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(100*d.Seconds()/target.Seconds(), 'f', 1, 64), 64)
	return v
}

// withChart adds the chart's options to sec.
func withChart(sec section, c chartable) (section, error) {
	option, err := chartOption(c)
	if err != nil {
		return section{}, err
	}
	sec.Option = option
	return sec, nil
}
