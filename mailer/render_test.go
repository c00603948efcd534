package mailer

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// mailCase is one mail kind with a realistic fixture; its rendering is the
// golden file testdata/golden/<kind>.txt.
type mailCase struct {
	kind   string
	data   any // the kind's XxxData
	render func(any) (subject, body string)
}

// of adapts a typed renderer to mailCase.render.
func of[T any](f func(T) (string, string)) func(any) (string, string) {
	return func(d any) (string, string) { return f(d.(T)) }
}

var (
	checkP1 = []ChecklistItem{{"Acknowledge within 15 minutes", true}, {"Notify internal team", true},
		{"Escalate to Manager/VP", true}, {"Assemble response team", false}, {"Schedule customer call", false},
		{"Provide hourly updates", false}, {"Document root cause", false}, {"Conduct post-mortem review", false},
		{"Monitor account health for 30 days after resolution", false}}
	evidenceP1 = []string{`P1 +3.00 subject "platform down" (rule "platform down" default.rules:12)`,
		`P1 +2.00 body "500 errors" (rule "500 error" default.rules:15)`}
	commands = []string{
		"#internal            keep this reply on the ticket; nothing to the customer",
		"#resolve [summary]   resolve and send the Resolution Confirmation",
		"#root-cause TEXT     record the root cause",
		"#severity P1..P4     change the severity; the customer is told of a new response time",
		"#assign ADDRESS      make ADDRESS the owner",
		"#waiting             waiting on the customer",
		"#reopen              reopen a resolved ticket",
		"#postmortem done     the post-mortem review took place",
		"#call WHEN           the customer call is scheduled",
	}
	customerText = "Since 08:40 none of our staff can log in; every page returns 500 errors.\n" +
		"The whole platform is down for the entire organization."
)

func cases() []mailCase {
	return []mailCase{
		{"ack", AckData{Tag: "ESC-12", Subject: "Platform down - nobody can log in", CustomerName: "Priya Natarajan",
			Severity: "P1", SeverityName: "Critical", AckWithin: "15 minutes", UpdateCadence: "hourly",
			NextUpdate: "2026-12-02 15:00 UTC", OfferCall: true, TeamAlerted: true,
			Contact: "Dana Reyes <dana@acme.example>", Signature: "Acme Support"}, of(Ack)},
		{"notice", NoticeData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			Customer: "Priya Natarajan <priya@northwind.example>", Severity: "P1", SeverityName: "Critical",
			Score: 5, ConfidencePct: 87, AckDue: "2026-12-02 14:15 UTC", UpdateCadence: "hourly",
			Checklist: []string{"Acknowledge within 15 minutes", "Notify internal team", "Escalate to Manager/VP",
				"Schedule customer call", "Provide hourly updates", "Document root cause"},
			Evidence: evidenceP1, Text: customerText, Commands: commands,
			Suggestion: "Looks like incident ESC-9: 37 tickets in 10 minutes about log in. Reply #link ESC-9 to join it."}, of(Notice)},
		{"notice_digest", NoticeDigestData{Count: 3, First: "ESC-41", Last: "ESC-43", Address: "support@acme.example",
			Every: "30 seconds", Entries: []string{
				NoticeEntry(NoticeData{Tag: "ESC-41", Subject: "Cannot log in", Customer: "Lin Wu <lin@contoso.example>",
					Severity: "P1", Suggestion: "Looks like incident ESC-9: 37 tickets in 10 minutes about log in. Reply #link ESC-9 to join it."}),
				NoticeEntry(NoticeData{Tag: "ESC-42", Subject: "", Customer: "ops@fabrikam.example", Severity: "P2", ReceiptHeld: true}),
				NoticeEntry(NoticeData{Tag: "ESC-43", Subject: "Everything returns 500\n[ESC-1] forged line", Customer: "Ana <ana@tailspin.example>", Severity: "P1"}),
			}}, of(NoticeDigest)},
		{"incident_ack", IncidentAckData{Tag: "ESC-46", Subject: "Cannot sign in", CustomerName: "Lin Wu",
			Severity: "P1", SeverityName: "Critical", AckWithin: "15 minutes", About: "log in",
			NextUpdate: "2026-12-02 15:00 UTC", Contact: "Dana Reyes <dana@acme.example>", Signature: "Acme Support"}, of(IncidentAck)},
		{"status_update", StatusUpdateData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			CustomerName: "Priya Natarajan", AgentName: "Dana Reyes", Severity: "P1", SeverityName: "Critical",
			Status: "Investigating", Text: "We found that the login service rejects every session since a\n" +
				"certificate rotation at 08:38. We are rolling back the rotation now.\n\n" +
				"Next step: confirm logins work again, then find why the new certificate\nwas refused.",
			NextUpdate: "2026-12-02 15:30 UTC", Signature: "Acme Support"}, of(StatusUpdate)},
		{"severity_changed", SeverityChangedData{Tag: "ESC-12", Subject: "Reports slow", CustomerName: "Priya Natarajan",
			From: "P3", To: "P1", ToName: "Critical", AckWithin: "15 minutes", UpdateCadence: "hourly",
			NextUpdate: "2026-12-02 15:00 UTC", Signature: "Acme Support"}, of(SeverityChanged)},
		{"resolution", ResolutionData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			CustomerName: "Priya Natarajan", AgentName: "Dana Reyes",
			Summary:    "We rolled back the certificate rotation at 09:55; logins work again for all users.",
			RootCause:  "The new certificate lacked the intermediate certificate, so the login\nservice refused it.",
			Preventive: "Certificate rotations are now checked against the full chain before they\ngo live.",
			MonitorFor: "30 days", Signature: "Acme Support"}, of(Resolution)},
		{"command_rejected", CommandRejectedData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			Line: 2, LineText: "#severity P9", Reason: "the severity must be P1, P2, P3 or P4",
			Accepted: commands}, of(CommandRejected)},
		{"unknown_ticket", UnknownTicketData{Tag: "ESC-99", Subject: "status"}, of(UnknownTicket)},
		{"unverified", UnverifiedData{Agent: "dana@acme.example", Subject: "Re: [ESC-12] Platform down",
			MessageID: "CAB7x1@mail.example.net", Reason: "dkim=fail spf=fail (mx.acme.example)",
			TrustedServers: []string{"mx.acme.example"}}, of(Unverified)},
		{"root_cause_reminder", RootCauseReminderData{Tag: "ESC-12", Subject: "Reports slow", Severity: "P2"},
			of(RootCauseReminder)},
		{"escalation_notice", EscalationNoticeData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			Customer: "Priya Natarajan <priya@northwind.example>", Severity: "P1", SeverityName: "Critical",
			Level: 4, Role: "Chief Customer Officer",
			Reason:   "no human response 31 minutes after the mail arrived (due within 15 minutes)",
			Evidence: evidenceP1, Checklist: checkP1[:6],
			NotifiedBefore: []string{"Level 1 Customer Success Manager: Dana Reyes <dana@acme.example>, 14:00 UTC",
				"Level 2 CS Team Lead: Lee Park <lee@acme.example>, 14:00 UTC",
				"Level 3 VP of Customer Success: Sam Ortiz <sam@acme.example>, 14:00 UTC"},
			Text:     customerText,
			Incident: &IncidentReach{Tickets: 37, Accounts: 21, FirstReport: "2026-12-02 14:00 UTC", LatestReport: "2026-12-02 14:10 UTC"}},
			of(EscalationNotice)},
		{"reminder", ReminderData{Tag: "ESC-12", Subject: "Platform down - nobody can log in", Severity: "P1",
			Clock: "update", DueIn: "15 minutes", DueAt: "2026-12-02 16:00 UTC"}, of(Reminder)},
		{"postmortem_draft", PostmortemDraftData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			Severity: "P1", Opened: "2026-12-02 14:00 UTC", Resolved: "2026-12-02 16:10 UTC",
			Timeline: []TimelineEntry{{"2026-12-02 14:00 UTC", "mail received (P1)"},
				{"2026-12-02 14:00 UTC", "receipt sent; team notified"},
				{"2026-12-02 14:11 UTC", "first human response (Dana Reyes)"},
				{"2026-12-02 15:20 UTC", "update missed by 9 minutes; escalated to level 4 (Chief Customer Officer)"},
				{"2026-12-02 15:24 UTC", "status update (Dana Reyes)"},
				{"2026-12-02 16:10 UTC", "resolved; root cause recorded"}},
			Checklist: checkP1,
			RootCause: "The new certificate lacked the intermediate certificate.",
			Summary:   "Nobody at Northwind could log in for 75 minutes after a certificate rotation."},
			of(PostmortemDraft)},
		{"monitoring_ended", MonitoringEndedData{Tag: "ESC-12", Subject: "Platform down - nobody can log in",
			Account: "Northwind", Customer: "Priya Natarajan <priya@northwind.example>", Window: "30 days",
			ResolvedAt: "2026-12-02 16:10 UTC"}, of(MonitoringEnded)},
	}
}

// mailFile is how a golden file holds a mail: its subject, a blank line,
// its body.
func mailFile(subject, body string) []byte {
	return []byte("Subject: " + subject + "\n\n" + body)
}

func TestGolden(t *testing.T) {
	for _, c := range cases() {
		t.Run(c.kind, func(t *testing.T) {
			got := mailFile(c.render(c.data))
			golden := filepath.Join("testdata", "golden", c.kind+".txt")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s (run go test -update to accept):\n%s", c.kind, golden, firstDiff(string(got), string(want)))
			}
			for i, line := range strings.Split(string(got), "\n") {
				if strings.TrimRight(line, " ") != line {
					t.Errorf("%s line %d has trailing spaces: %q", c.kind, i+1, line)
				}
			}
		})
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(no line differs)"
}

// TestEveryKindIsCovered ties the renderers, the template files, the test
// cases and the golden files together: a renderer or a template without a
// golden file, or a golden file of no kind, fails.
func TestEveryKindIsCovered(t *testing.T) {
	var caseKinds, caseTypes []string
	for _, c := range cases() {
		caseKinds = append(caseKinds, c.kind)
		caseTypes = append(caseTypes, reflect.TypeOf(c.data).Name())
	}
	var tmplKinds []string
	for k := range kinds() {
		tmplKinds = append(tmplKinds, k)
	}
	golden, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var goldenKinds []string
	for _, g := range golden {
		goldenKinds = append(goldenKinds, strings.TrimSuffix(filepath.Base(g), ".txt"))
	}
	slices.Sort(caseKinds)
	slices.Sort(tmplKinds)
	if !slices.Equal(caseKinds, tmplKinds) {
		t.Errorf("test cases %v, templates %v: every template needs a case", caseKinds, tmplKinds)
	}
	if !*update && !slices.Equal(caseKinds, goldenKinds) {
		t.Errorf("test cases %v, golden files %v", caseKinds, goldenKinds)
	}
	for _, r := range renderers(t) {
		if !slices.Contains(caseTypes, r.data) {
			t.Errorf("renderer %s(%s) has no test case, so no golden file", r.name, r.data)
		}
	}
}

type renderer struct{ name, data string }

// renderers lists the package's exported functions shaped like a renderer:
// func X(d XData) (subject, body string).
func renderers(t *testing.T) []renderer {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []renderer
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Type.Results == nil ||
				len(fn.Type.Params.List) != 1 || len(fn.Type.Results.List) != 1 ||
				len(fn.Type.Results.List[0].Names) != 2 || fn.Type.Results.List[0].Names[0].Name != "subject" {
				continue
			}
			if id, ok := fn.Type.Params.List[0].Type.(*ast.Ident); ok {
				out = append(out, renderer{fn.Name.Name, id.Name})
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("found no renderer in the package's source")
	}
	return out
}

// poison returns a copy of d with every string field, in slices and nested
// structs too, ending in control characters, bidi overrides and a line
// break followed by a marker: "PROSE" in fields tagged prose, "ONELINE"
// elsewhere.
func poison(d any) any {
	v := reflect.New(reflect.TypeOf(d)).Elem()
	v.Set(reflect.ValueOf(d))
	poisonValue(v, false)
	return v.Interface()
}

func poisonValue(v reflect.Value, prose bool) {
	switch v.Kind() {
	case reflect.String:
		marker := "ONELINE"
		if prose {
			marker = "PROSE"
		}
		v.SetString(v.String() + "\x1b]0;owned\x07\u202e\x9b31m\r\n" + marker + "\x00\u2028" + marker)
	case reflect.Slice:
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		for i := range v.Len() {
			poisonValue(v.Index(i), prose)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			poisonValue(v.Field(i), v.Type().Field(i).Tag.Get("mail") == "prose")
		}
	}
}

func TestControlCharactersRemoved(t *testing.T) {
	for _, c := range cases() {
		t.Run(c.kind, func(t *testing.T) {
			d := poison(c.data)
			subject, body := c.render(d)
			if !reflect.DeepEqual(d, poison(c.data)) {
				t.Errorf("rendering changed the caller's data")
			}
			if !strings.Contains(subject+body, "ONELINE") {
				t.Fatalf("no poisoned field printed; the test checks nothing:\n%s", body)
			}
			for _, r := range subject {
				if unicode.IsControl(r) {
					t.Errorf("subject holds %U: %q", r, subject)
				}
			}
			for _, r := range body {
				if r != '\n' && r != '\t' && unicode.IsControl(r) || r == '\u202e' || r == '\u2028' {
					t.Errorf("body holds %U:\n%q", r, body)
					break
				}
			}
			hasProse := false
			for _, line := range strings.Split(body, "\n") {
				s := strings.TrimSpace(line)
				if strings.HasPrefix(s, "ONELINE") {
					t.Errorf("a one-line field started a line of its own: %q", line)
				}
				hasProse = hasProse || strings.HasPrefix(s, "PROSE")
			}
			if strings.Contains(body, "PROSE") && !hasProse {
				t.Errorf("prose lost its line breaks:\n%s", body)
			}
		})
	}
}

// TestZeroData renders every kind with empty data: no template error, no
// "<no value>", no run of blank lines.
func TestZeroData(t *testing.T) {
	for _, c := range cases() {
		subject, body := c.render(reflect.Zero(reflect.TypeOf(c.data)).Interface())
		if subject == "" || !strings.HasSuffix(body, "\n") || strings.HasSuffix(body, "\n\n") {
			t.Errorf("%s of empty data: subject %q, body ends %q", c.kind, subject, body[max(0, len(body)-20):])
		}
		for _, bad := range []string{"<no value>", "\n\n\n"} {
			if strings.Contains(subject+body, bad) {
				t.Errorf("%s of empty data holds %q:\n%s", c.kind, bad, body)
			}
		}
	}
}

func TestSubjects(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  func() (string, string)
		want string
	}{
		{"ack", func() (string, string) { return Ack(AckData{Tag: "ESC-12", Subject: "Login fails"}) }, "Re: [ESC-12] Login fails"},
		{"ack without subject", func() (string, string) { return Ack(AckData{Tag: "ESC-12"}) }, "Re: [ESC-12] your request"},
		{"ack of a folded subject", func() (string, string) { return Ack(AckData{Tag: "ESC-7", Subject: "Login\r\n\tBcc: evil@x"}) },
			"Re: [ESC-7] Login Bcc: evil@x"},
		{"status update", func() (string, string) { return StatusUpdate(StatusUpdateData{Tag: "ESC-12", Subject: "Login fails"}) },
			"Re: [ESC-12] Login fails"},
		{"severity changed", func() (string, string) {
			return SeverityChanged(SeverityChangedData{Tag: "ESC-12", Subject: "Login fails"})
		}, "Re: [ESC-12] Login fails"},
		{"resolution", func() (string, string) { return Resolution(ResolutionData{Tag: "ESC-12"}) }, "Re: [ESC-12] your request"},
		{"reminder", func() (string, string) {
			return Reminder(ReminderData{Tag: "ESC-12", Subject: "Login fails", Severity: "P1", Clock: "update", DueIn: "15 minutes"})
		}, "[ESC-12] P1 update due in 15 minutes: Login fails"},
		{"unknown ticket without a tag (a reply to a digest)", func() (string, string) {
			return UnknownTicket(UnknownTicketData{Subject: "Re: 57 new tickets, ESC-4 to ESC-60"})
		}, "no ticket named: Re: 57 new tickets, ESC-4 to ESC-60"},
		{"first response reminder", func() (string, string) {
			return Reminder(ReminderData{Tag: "ESC-3", Subject: "Typo", Severity: "P4", Clock: "first response", DueIn: "6 hours"})
		}, "[ESC-3] P4 first response due in 6 hours: Typo"},
	} {
		if got, _ := tt.got(); got != tt.want {
			t.Errorf("%s: subject = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, c := range cases() {
		subject, _ := c.render(c.data)
		tag := reflect.ValueOf(c.data).FieldByName("Tag")
		if tag.IsValid() && !strings.HasPrefix(subject, "["+tag.String()+"] ") && !strings.HasPrefix(subject, "Re: ["+tag.String()+"] ") {
			t.Errorf("%s: subject %q does not lead with the tag", c.kind, subject)
		}
	}
}

// TestOptionalLines checks what the fixtures' golden files cannot show:
// a line that must be absent when its field is empty or false.
func TestOptionalLines(t *testing.T) {
	ack := cases()[0].data.(AckData)
	bare := ack
	bare.NextUpdate, bare.OfferCall, bare.TeamAlerted, bare.Contact = "", false, false, ""
	res := ResolutionData{Tag: "ESC-12", Summary: "Fixed."}
	sev := SeverityChangedData{Tag: "ESC-12", From: "P1", To: "P3"}
	for _, tt := range []struct {
		name  string
		body  string
		has   []string
		lacks []string
	}{
		{name: "ack, all set", body: body(Ack(ack)),
			has: []string{"within 15 minutes", "Next update:     by 2026-12-02 15:00 UTC", "alerted", "phone number", "Dana Reyes <dana@acme.example>"}},
		{name: "ack, none set", body: body(Ack(bare)),
			lacks: []string{"Next update", "alerted", "call", "Your contact"}},
		{name: "resolution without root cause or monitoring", body: body(Resolution(res)),
			has: []string{"Fixed.", "confirm"}, lacks: []string{"Root cause", "prevent", "eye on your account"}},
		{name: "severity lowered", body: body(SeverityChanged(sev)), has: []string{"lowered the severity"}},
		{name: "severity raised", body: body(SeverityChanged(SeverityChangedData{From: "P3", To: "P2"})), has: []string{"raised the severity"}},
		{name: "status update without agent or status", body: body(StatusUpdate(StatusUpdateData{Tag: "ESC-1", Text: "Done."})),
			has: []string{"update on ticket ESC-1.", "Done."}, lacks: []string{"Current status", "Next update"}},
		{name: "notice without suggestion", body: body(Notice(NoticeData{Tag: "ESC-1"})), lacks: []string{"Looks like", "#link"}},
		{name: "escalation of a plain ticket", body: body(EscalationNotice(EscalationNoticeData{Tag: "ESC-1"})),
			lacks: []string{"incident", "First report"}},
		{name: "incident receipt without next update", body: body(IncidentAck(IncidentAckData{Tag: "ESC-1", About: "log in"})),
			has: []string{"ongoing incident (log in);"}, lacks: []string{"Next update"}},
		{name: "notice, receipt held back", body: body(Notice(NoticeData{Tag: "ESC-1", ReceiptHeld: true})),
			has: []string{"NO automatic receipt", "answer by hand"}},
		{name: "notice, receipt sent", body: body(Notice(NoticeData{Tag: "ESC-1"})), lacks: []string{"automatic receipt"}},
		{name: "escalation to a side role", body: body(EscalationNotice(EscalationNoticeData{Tag: "ESC-1", Role: "Engineering Lead / CTO"})),
			has: []string{"escalated to you: Engineering Lead / CTO."}, lacks: []string{"level"}},
	} {
		for _, want := range tt.has {
			if !strings.Contains(tt.body, want) {
				t.Errorf("%s: body lacks %q:\n%s", tt.name, want, tt.body)
			}
		}
		for _, bad := range tt.lacks {
			if strings.Contains(tt.body, bad) {
				t.Errorf("%s: body holds %q:\n%s", tt.name, bad, tt.body)
			}
		}
	}
}

func body(_, b string) string { return b }
