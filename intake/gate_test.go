package intake

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGatesAgreeWithTheirExpressions reads every mail and text the tests
// hold (and the shared real-world corpus when it is there) the way the
// gateway does, and checks each text a gate turned away against the bare
// expression: had the expression matched it, the gate would have changed
// an answer. It also counts the turned-away texts, so that a gate that
// never rejects anything is seen.
func TestGatesAgreeWithTheirExpressions(t *testing.T) {
	if raceEnabled {
		// a single-goroutine pass over every mail and text the tests
		// hold: the race detector finds nothing there and makes the bare
		// expressions twenty times slower
		t.Skip("a pass over every test mail: run without -race (go test ./intake; .ci/run's step \"corpus passes\")")
	}
	rejected := 0
	gateRejected = func(g *gatedRegexp, s string) {
		rejected++
		if loc := g.Regexp().FindStringIndex(s); loc != nil {
			t.Errorf("gate %q turned away %q, which the expression matches at %q", g.words, truncate(s, 200), s[loc[0]:loc[1]])
		}
	}
	numberRejected = func(l string) {
		rejected++
		if loc := registerField.Regexp().FindStringIndex(l); loc != nil {
			t.Errorf("registerNumber turned away %q, which registerField matches at %q", truncate(l, 200), l[loc[0]:loc[1]])
		}
	}
	defer func() { gateRejected, numberRejected = nil, nil }()
	files := 0
	read := func(path string) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files++
		switch filepath.Ext(path) {
		case ".eml":
			if m, err := Parse(b, ParseOptions{}); err == nil {
				visibleText(m.Text, true) // the forward reading too
			}
		case ".txt", ".want":
			visibleText(string(b), false)
			visibleText(string(b), true)
		}
	}
	for _, root := range []string{"testdata", filepath.Join("..", "..", "shared", "corpus")} {
		if _, err := os.Stat(root); err != nil {
			t.Logf("%s: not here, not read", root)
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			read(path)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d files, %d texts turned away by %d gates", files, rejected, len(gates))
	if rejected == 0 {
		t.Error("no gate turned anything away: the gates are not in use")
	}
}

// TestRegisterNumber checks the test that spares most lines
// registerField's expression, on its own fields and on writers' lines.
func TestRegisterNumber(t *testing.T) {
	for _, l := range []string{
		"Carpați Logistic SRL | CUI RO12345678 | J40/1234/2015 | Capital social 200.000 lei",
		"IČO: 27182818, DIČ: CZ27182818", "J40/1234/2015", "x 1 2 3", "VAT 1,000", "a 1-2/3",
		"Since 08:40 none of our staff can log in; every page returns 500 errors.",
	} {
		if !registerNumber(l) {
			t.Errorf("registerNumber(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"", "Best regards,", "at 08:40", "1a2b3c4d", "12:34:56", "Customer 12", "999"} {
		if registerNumber(l) {
			t.Errorf("registerNumber(%q) = true, want false", l)
		}
		if registerField.Regexp().MatchString(l) {
			t.Errorf("registerField matches %q, which registerNumber turns away", l)
		}
	}
}

// TestGateWords checks the words derived from expressions of the shapes
// intake uses: a word every match must contain, in any case.
func TestGateWords(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string // nil: no gate
	}{
		{`(?i)\bwe('ve| have) (successfully )?received your (request|message)\b`, []string{"received your "}},
		{`(?i)your (e-?mail|message|mail)`, []string{"your e-mail", "your email", "your message", "your mail"}},
		{`(?i)(e-?mail|message|letter) has been`, []string{" has been"}},
		{`(?i)hemos recibido|NOUS AVONS BIEN REÇU`, []string{"hemos recibido", foldCase("nous avons bien reçu")}},
		{`(?i)^\s*auto\s*:`, []string{"auto"}},
		{`(?i)out of (the )?office|absent`, []string{"out of ", "absent"}},
		// The parser factors "prima|pred" into "pr(?:ima|ed)": the words
		// are whole again once a concatenation is multiplied out.
		{`(?i)(^|[^\pL])(prima|pred|need)([^\pL]|$)`, []string{"prima", "pred", "need"}},
		{`(?i)[ck]lient['’]s`, []string{"client's", "client’s", "klient's", "klient’s"}},
		{`(?i)kind regards|regards`, []string{"regards"}}, // a word holding another adds nothing
		// Too many words once multiplied out: the longest literal.
		{`(?i)(a|b|c|d|e|f|g|h|i)(j|k|l|m|n|o|p|q|r)xyzzy`, []string{"xyzzy"}},
		{`^[-_=]{2,}$`, nil},            // no literal at all
		{`(?i)\?|\b(but|still)\b`, nil}, // one branch's word is too short
		{`(?i)a(bc)*d`, nil},            // the literals are too short
		{`(?i)(fooo)+bar`, []string{"fooo"}},
		{`(?i)(foox){2,3}`, []string{"fooxfoox"}},
		{`(?i)x(abc){0,3}`, nil},
	} {
		got := gateWords(c.expr)
		if !slices.Equal(got, c.want) {
			t.Errorf("gateWords(%q) = %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestFoldCase checks the folding the gate compares in: every member of
// a case-folding orbit folds to the same rune, so a word is found in a
// text whatever case either is written in, as (?i) finds it.
func TestFoldCase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Received", "received"},
		{"already folded", "already folded"},
		{"\u212Aelvin", "kelvin"},   // the Kelvin sign is a K under (?i)
		{"mi\u017Fsing", "missing"}, // long s is an s under (?i)
		{"ΑΠΌ", foldCase("από")},    // Greek capitals
		{"ΣΑΣ", foldCase("σας")},    // final sigma and sigma
		{"ÉTÉ", foldCase("été")},    // Latin-1 capitals
		{"ПОДДЕРЖКА", foldCase("поддержка")},
	} {
		if got := foldCase(c.in); got != c.want {
			t.Errorf("foldCase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	g := mustGate(`(?i)\bmissing kelvin\b`)
	gates = gates[:len(gates)-1]
	if !g.MatchString("MI\u017FSING \u212AELVIN") || !g.Regexp().MatchString("MI\u017FSING \u212AELVIN") {
		t.Error("a gated expression lost a match that differs from its word only in case")
	}
	if g.MatchString("nothing to see") {
		t.Error("the gate matched a text without its word")
	}
}

// TestGatesCompile compiles every gated expression and derives its gate,
// which the program does only on first use: a bad expression fails here,
// not in the gateway on the first mail that reaches it.
func TestGatesCompile(t *testing.T) {
	for _, g := range gates {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%.80q: %v", g.expr, r)
				}
			}()
			g.Regexp()
			g.pass("")
		}()
	}
	if len(gates) < 50 {
		t.Errorf("only %d gates registered", len(gates))
	}
}

// TestApostrophes: every expression reads the typographic apostrophe as
// the straight one, as word processors and phones type it.
func TestApostrophes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`don'?t`, `don['’]?t`},
		{`[\p{Ll}'-]+`, `[\p{Ll}'’-]+`},
		{`[^']x\'`, `[^'’]x\'`},
		{`[]']'`, `[]'’]['’]`},
		{`no apostrophe`, `no apostrophe`},
	} {
		if got := apostrophes(tt.in); got != tt.want {
			t.Errorf("apostrophes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	checkVisible(t, []bodyCase{
		{"a first-contact banner typed with ’", "You don’t often get email from ana@x.example.\n\nThe export works again, thanks.", "The export works again, thanks."},
	})
	checkAutoCases(t, []autoCase{
		{"a receipt with ’", "From: Help <help@x.example>\r\nSubject: Re: export\r\nIn-Reply-To: <a@example.com>\r\n",
			"We’ve received your request. Your ticket number is 48213 and we will get back to you shortly.", AutoReply},
	})
}

// TestWordIndexFindsWhatContainsFinds compares the one-pass search of
// many gate words with a search for each word, on texts made of the
// words' pieces (every gate with an index, over its own words cut and
// joined).
func TestWordIndexFindsWhatContainsFinds(t *testing.T) {
	checked := 0
	for _, g := range gates {
		words := gateWords(g.expr)
		if len(words) < minIndexed {
			continue
		}
		x := newWordIndex(words)
		for i, w := range words {
			v := words[(i*7+3)%len(words)]
			for _, text := range []string{w, "x" + w + "y", w[:len(w)-1], w[1:], v[:len(v)/2] + w[len(w)/2:], "  " + w[:len(w)-1] + " " + v[1:]} {
				want := slices.ContainsFunc(words, func(w string) bool { return strings.Contains(text, w) })
				if got := x.in(text); got != want {
					t.Errorf("%.60q: in(%q) = %v, want %v", g.expr, text, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no gate has an index")
	}
}
