package classify

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
)

// TestDefaultRules checks that the embedded rules build: every line parses
// and no phrase is defined twice with different meanings.
func TestDefaultRules(t *testing.T) {
	c, err := build(nil, "")
	if err != nil {
		t.Fatalf("default rules: %v", err)
	}
	if n := len(c.Rules()); n < 1000 {
		t.Errorf("default rules expand to %d phrases, want at least 1000", n)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want Severity
	}{
		{"outage subject", Input{Subject: "Platform down", Body: "Nobody in the company can log in, we get 500 errors."}, P1},
		{"data loss", Input{Subject: "help", Body: "All our customer records were deleted overnight."}, P1},
		{"security breach", Input{Subject: "Security incident", Body: "We detected unauthorized access to two admin accounts."}, P1},
		{"payments failing", Input{Subject: "Checkout", Body: "All card payments are failing since noon, customers cannot pay."}, P1},
		{"cancellation threat", Input{Subject: "Contract", Body: "We will cancel our contract unless this is fixed by Friday."}, P1},
		{"accent folding", Input{Subject: "PERTE DE DONNÉES", Body: "Toutes les données clients ont été supprimées."}, P1},
		{"german outage", Input{Subject: "Störung", Body: "Die Plattform ist nicht erreichbar, niemand kann sich anmelden."}, P1},
		{"spanish payments", Input{Subject: "Urgente", Body: "Los pagos están siendo rechazados, no podemos cobrar."}, P1},
		{"portuguese breach", Input{Subject: "Incidente", Body: "Houve um vazamento de dados de clientes."}, P1},
		{"core feature broken", Input{Subject: "Reports broken", Body: "The reports are not working since the update; we export raw data meanwhile."}, P2},
		{"performance factor", Input{Subject: "Slow", Body: "The dashboard is 10x slower than last week."}, P2},
		{"durations compared", Input{Subject: "Load times", Body: "Opening an order takes 30 seconds instead of 2."}, P2},
		{"renewal at risk", Input{Subject: "Account review", Body: "Our renewal is at risk because of the open issues."}, P2},
		{"negative NPS", Input{Subject: "Survey", Body: "I gave you a 2 on the NPS survey: the sync keeps failing."}, P2},
		{"many users fault", Input{Subject: "Export", Body: "Multiple users cannot export invoices."}, P2},
		{"minor bug", Input{Subject: "Filter", Body: "The date filter doesn't work on the orders page, sorting works as a workaround."}, P3},
		{"ui confusing", Input{Subject: "Calendar", Body: "The new calendar view is confusing for our staff."}, P3},
		{"enhancement", Input{Subject: "Request", Body: "Could you add a bulk edit for prices? It would save us a day."}, P3},
		{"slightly slower", Input{Subject: "Editor", Body: "The editor is a bit slow since the update."}, P3},
		{"typo", Input{Subject: "Typo", Body: "There is a typo in the invoice footer."}, P4},
		{"question", Input{Subject: "Question", Body: "How do I export the patient list?"}, P4},
		{"docs", Input{Subject: "API", Body: "Could you send us the API documentation?"}, P4},
		{"no signal", Input{Subject: "Hello", Body: "Hi there, hope you are well."}, P4},
		{"shouting question", Input{Subject: "URGENT!!!", Body: "URGENT!!! How do I change my password???"}, P4},
		{"negated outage", Input{Subject: "No outage", Body: "No outage, just a question about SSO."}, P4},
		{"no data lost", Input{Subject: "Migration", Body: "Thanks, no data was lost. You can close the ticket."}, P4},
		{"not urgent", Input{Subject: "Logo", Body: "Not urgent: the logo colour is slightly off."}, P4},
		{"hypothetical breach", Input{Subject: "GDPR", Body: "In the event of a data breach, how quickly would you notify us?"}, P4},
		{"quoted history ignored", Input{Subject: "Thanks", Body: "All good now, thanks!\n> The platform is down for everyone.\n> Data loss confirmed."}, P4},
		{"reply subject is old news", Input{Subject: "Re: Outage", Body: "Everything works again, thanks for the quick fix."}, P4},
		{"full-width shouting", Input{Subject: "ＵＲＧＥＮＴ", Body: "Where can I find the release notes?"}, P4},
		{"everyone, no workaround", Input{Subject: "App", Body: "The app is not working for any of our drivers since 6am."}, P1},
		{"everyone, with workaround", Input{Subject: "Export", Body: "The export is not working for any of our staff; we copy the data by hand meanwhile."}, P2},
		{"data loss in free order", Input{Subject: "Grades", Body: "All the grades entered last week have disappeared from the gradebook."}, P1},
		{"loss without data", Input{Subject: "Toolbar", Body: "The print button disappeared from the toolbar after the update."}, P3},
		{"any word after none of our", Input{Subject: "Pharmacy", Body: "None of our pharmacists can dispense since 8am."}, P1},
		{"one user locked out", Input{Subject: "Login", Body: "I can't log in to my account, it says my password is wrong."}, P3},
		{"urgent problem is at least P2", Input{Subject: "URGENT", Body: "The date filter on the orders page is not working."}, P2},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Classify(tt.in)
			if got.Severity != tt.want {
				t.Errorf("Classify(%q, %q) = %v, want %v%s", tt.in.Subject, tt.in.Body, got.Severity, tt.want, evidenceSummary(got))
			}
			if got.Confidence < 0 || got.Confidence > 1 {
				t.Errorf("Classify(%q).Confidence = %v, want 0..1", tt.in.Subject, got.Confidence)
			}
			if len(got.Evidence) == 0 {
				t.Errorf("Classify(%q) has no evidence", tt.in.Subject)
			}
		})
	}
}

func TestEvidenceExplains(t *testing.T) {
	in := Input{Subject: "Data loss", Body: "No outage here, but all our records were deleted."}
	r := Default().Classify(in)
	var counted, negated bool
	for _, e := range r.Evidence {
		src := in.Body
		if e.Field == FieldSubject {
			src = in.Subject
		}
		if e.Match != "" && (e.Offset+len(e.Match) > len(src) || src[e.Offset:e.Offset+len(e.Match)] != e.Match) {
			t.Errorf("evidence %v: match %q is not at offset %d of %s", e, e.Match, e.Offset, e.Field)
		}
		counted = counted || (e.Level == P1 && e.Weight > 0 && e.Field == FieldSubject)
		negated = negated || (e.Match == "outage" && strings.Contains(e.Note, `negated by "No"`))
	}
	if r.Severity != P1 || !counted || !negated {
		t.Errorf("Classify(%q) = %v with evidence%s; want P1, a counted subject match and the negated outage", in.Body, r.Severity, evidenceSummary(r))
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Don't LOG-IN! Now", "dont log in . now"},
		{"l'accès aux données, s'il vous plaît", "l acces aux donnees , s il vous plait"},
		{"Straße Øresund Œuvre", "strasse oresund oeuvre"},
		{"rated 2/10, took 2.5 s", "rated 2/10 , took 2.5 s"},
		{"see acme.com. Next", "see acme com . next"},
		{"line one\n> quoted line\nline two", "line one line two"},
		{"para one\n\npara two", "para one . para two"},
		{"ＵＲＧＥＮＴ", "urgent"},
	}
	for _, tt := range tests {
		f := new(folder).fold(tt.in)
		var words []string
		for i := range f.toks {
			if m := f.mark(i); m != 0 {
				words = append(words, string(m))
			} else {
				words = append(words, f.word(i))
			}
		}
		if got := strings.Join(words, " "); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPerformanceFactor(t *testing.T) {
	tests := []struct {
		body string
		want float64
	}{
		{"search is 10x slower than before", 10},
		{"it is ten times slower", 10},
		{"twice as slow as last week", 2},
		{"a page takes 30 seconds instead of 2", 15},
		{"it used to take 2s, now it takes 20s", 10},
		{"loading takes 2 minutes compared to 10 seconds before", 12},
		{"we have 2 offices and 30 seconds of music", 0},
	}
	for _, tt := range tests {
		f := new(folder).fold(tt.body)
		Default().m.scan(f, nil, new(scanScratch))
		got := 0.0
		for _, p := range findPerf(f, FieldBody, tt.body) {
			got = max(got, p.factor)
		}
		if got != tt.want {
			t.Errorf("findPerf(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}

func TestOperatorRules(t *testing.T) {
	rules := `# operator overlay
P1 3 reactor meltdown          # a new phrase
P4 2 outage                    # re-weight: this team calls planned work an outage
remove typo
`
	c, err := NewWithRules(strings.NewReader(rules), "ops.rules")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   Input
		want Severity
	}{
		{Input{Subject: "Reactor meltdown", Body: "see subject"}, P1},
		{Input{Subject: "Outage", Body: "outage tonight from 2 to 3"}, P4},
		{Input{Subject: "typo", Body: "typo in the footer"}, P4},
	}
	for _, tt := range tests {
		if got := c.Classify(tt.in); got.Severity != tt.want {
			t.Errorf("with ops.rules, Classify(%q) = %v, want %v%s", tt.in.Subject, got.Severity, tt.want, evidenceSummary(got))
		}
	}
	for _, e := range c.Classify(Input{Body: "reactor meltdown"}).Evidence {
		if e.Rule == "reactor meltdown" && e.Source != "ops.rules:2" {
			t.Errorf("evidence source = %q, want ops.rules:2", e.Source)
		}
	}
	for _, e := range c.Classify(Input{Body: "a typo here"}).Evidence {
		if e.Rule == "typo" {
			t.Errorf("removed rule still matches: %v", e)
		}
	}
}

func TestRuleErrors(t *testing.T) {
	tests := []struct{ rules, want string }{
		{"P1 3 fine\nP5 3 nope", "x.rules:2: unknown kind"},
		{"P1 heavy outage", `x.rules:1: weight "heavy"`},
		{"\n\nP2 1 (a|b", "x.rules:3: unclosed or nested group"},
		{"P2 1 a (b (c|d))", "x.rules:1: unclosed or nested group"},
		{"P3 1 cra*sh", "x.rules:1: phrase"},
		{"P3 1 !!!", "x.rules:1: phrase"},
		{"remove no such phrase here", `x.rules:1: remove "no such phrase here"`},
		{"P1 2", "x.rules:1: want KIND WEIGHT PHRASE"},
	}
	for _, tt := range tests {
		_, err := NewWithRules(strings.NewReader(tt.rules), "x.rules")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("NewWithRules(%q) error = %v, want it to contain %q", tt.rules, err, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	got, err := expand("(cannot|can't) (log |)in")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"cannot log in", "cannot in", "can't log in", "can't in"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("expand = %q, want %q", got, want)
	}
}

func TestResultJSON(t *testing.T) {
	r := Default().Classify(Input{Subject: "Data loss", Body: "All records are gone for all users."})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"severity":"P1"`) || !strings.Contains(string(b), `"level":"P1"`) {
		t.Errorf("json.Marshal(result) = %s, want severity and levels as P1", b)
	}
	var back Result
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Severity != r.Severity || len(back.Evidence) != len(r.Evidence) || back.Evidence[0] != r.Evidence[0] {
		t.Errorf("round trip = %+v, want %+v", back, r)
	}
	var bad Result
	if err := json.Unmarshal([]byte(`{"severity":"P9"}`), &bad); err == nil {
		t.Error(`json.Unmarshal({"severity":"P9"}) succeeded, want an error`)
	}
}

func TestIsReply(t *testing.T) {
	tests := []struct {
		subject string
		want    bool
	}{
		{"Re: outage", true}, {"RE: Re: outage", true}, {"AW: Ausfall", true}, {"Fwd: x", true},
		{"Re[2]: x", true}, {"Outage: help", false}, {"P1: down", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isReply(tt.subject); got != tt.want {
			t.Errorf("isReply(%q) = %v, want %v", tt.subject, got, tt.want)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	for _, s := range []string{"P1", "p2", "3", "P4"} {
		if _, err := ParseSeverity(s); err != nil {
			t.Errorf("ParseSeverity(%q) = %v, want no error", s, err)
		}
	}
	for _, s := range []string{"", "P0", "P5", "high"} {
		if _, err := ParseSeverity(s); err == nil {
			t.Errorf("ParseSeverity(%q) succeeded, want an error", s)
		}
	}
}

// TestConcurrent runs Classify from many goroutines; with -race it checks
// that the classifier is safe for concurrent use.
func TestConcurrent(t *testing.T) {
	c := Default()
	set := loadLabelled(t)
	want := make([]Severity, len(set))
	for i, l := range set {
		want[i] = c.Classify(l.in).Severity
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, l := range set {
				if got := c.Classify(l.in).Severity; got != want[i] {
					errs <- errors.New(l.name + ": concurrent result differs")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestDefaultRulesExpand checks that every line of the built-in file
// expands within maxExpansions. The classifier compiles the file's
// patterns without expanding them, so an over-long line would pass
// unnoticed there and break only Rules and an operator's "remove".
func TestDefaultRulesExpand(t *testing.T) {
	if _, err := defaultLines(); err != nil {
		t.Fatal(err)
	}
	if len(Default().Rules()) == 0 {
		t.Fatal("Rules() of the default classifier is empty")
	}
}
