package reports

import (
	"reflect"
	"strings"
	"testing"
)

func TestGroupedTable(t *testing.T) {
	g := grouped{
		Category: "Week",
		Labels:   []string{"2026-W47", "2026-W48"},
		Series:   []series{{"Opened", []int{5, 7}}, {"Escalated", []int{1, 0}}, {"Breached", []int{0, 2}}},
	}
	got := g.table("Tickets per week")
	want := table{
		Caption: "Tickets per week",
		Header:  []string{"Week", "Opened", "Escalated", "Breached"},
		Rows: [][]cell{
			{textCell("2026-W47"), intCell(5), intCell(1), intCell(0)},
			{textCell("2026-W48"), intCell(7), intCell(0), intCell(2)},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("table = %+v, want %+v", got, want)
	}
	g.Total = true
	if got := g.table("").Rows[1][4]; got != intCell(9) {
		t.Errorf("Total of 2026-W48 = %+v, want 9", got)
	}
}

func TestGroupedBarOption(t *testing.T) {
	g := grouped{Labels: []string{"P1", "P2"}, Series: []series{{"Open", []int{0, 3}}}}
	option, err := chartOption(g.bar())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"animation":false`,
		`"xAxis":[{"data":["P1","P2"]}]`,
		`"name":"Open","type":"bar","data":[{"value":0},{"value":3}]`,
	} {
		if !strings.Contains(string(option), want) {
			t.Errorf("chart option lacks %s:\n%s", want, option)
		}
	}
}
