package intake

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sisimaiWant maps sisimai's expected_kind labels to the AutoKinds that
// count as right. A DSN is a Bounce even when it reports delivery.
var sisimaiWant = map[string][]AutoKind{
	"bounce":                  {Bounce},
	"delivered-DSN":           {Bounce},
	"feedback-report(ARF)":    {Report},
	"auto-reply":              {AutoReply},
	"auto-reply (unverified)": {AutoReply},
	"not-a-bounce":            {Human},
}

// sisimaiAutomaticAnyway are samples sisimai files under "not a bounce"
// that are nevertheless automatic mail the gateway must never answer:
// rb-issue-368-bug.eml is a postmaster's bounce notice with
// Auto-Submitted: auto-replied and a null Return-Path, which sisimai
// does not parse as a bounce (its issue 368), but RFC 3834 section 2
// forbids answering.
var sisimaiAutomaticAnyway = map[string]AutoKind{
	"maildir/not/rb-issue-368-bug.eml": Bounce,
}

// TestAutoSisimai checks automatic-mail detection against sisimai's set
// of real bounces, vacation replies, ARF reports and non-bounces.
func TestAutoSisimai(t *testing.T) {
	dir := needCorpus(t, "sisimai-set-of-emails")
	expected := readSisimaiExpected(t, dir)
	names := make([]string, 0, len(expected))
	for name := range expected {
		names = append(names, name)
	}
	sort.Strings(names)
	type tally struct{ n, automatic, rightKind int }
	perKind := map[string]*tally{}
	for _, name := range names {
		label := expected[name]
		want, ok := sisimaiWant[label]
		if k, anyway := sisimaiAutomaticAnyway[name]; anyway {
			want = []AutoKind{k}
		} else if !ok {
			t.Fatalf("%s: unknown expected_kind %q", name, label)
		}
		m := parseFile(t, filepath.Join(dir, name))
		tl := perKind[label]
		if tl == nil {
			tl = &tally{}
			perKind[label] = tl
		}
		tl.n++
		if (m.Auto != Human) == (want[0] != Human) {
			tl.automatic++
		} else {
			t.Errorf("Parse(%s).Auto = %q (%s), want %q (%s)", name, m.Auto, m.AutoReason, want[0], label)
			continue
		}
		if containsKind(want, m.Auto) {
			tl.rightKind++
		} else {
			t.Logf("%s: kind %q (%s), expected %q for %s", name, m.Auto, m.AutoReason, want[0], label)
		}
	}
	total, rightAuto, rightKind := 0, 0, 0
	for _, label := range sortedKeys(perKind) {
		tl := perKind[label]
		t.Logf("%-24s %3d files: automatic-or-not right %3d, kind right %3d", label, tl.n, tl.automatic, tl.rightKind)
		total, rightAuto, rightKind = total+tl.n, rightAuto+tl.automatic, rightKind+tl.rightKind
	}
	t.Logf("sisimai overall: %d/%d recognised right (%.1f%%), kind right %d/%d (%.1f%%)",
		rightAuto, total, pct(rightAuto, total), rightKind, total, pct(rightKind, total))
}

func readSisimaiExpected(t *testing.T, dir string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]struct {
		Kind string `json:"expected_kind"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("expected.json: %v", err)
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		out[k] = v.Kind
	}
	return out
}

func parseFile(t *testing.T, path string) *Message {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(raw, ParseOptions{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return m
}

func containsKind(list []AutoKind, k AutoKind) bool {
	for _, x := range list {
		if x == k {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

var _ = strings.TrimSpace
