package classify

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// Signals beyond phrases: a performance factor ("10x slower", "30 seconds
// instead of 2") and shouting (capitals, "!!!"). Both read the folded
// tokens, so they cost one more pass over the words, not over the bytes.

// perfFinding is one performance factor found in a field.
type perfFinding struct {
	factor float64
	field  string
	text   string
	offset int
}

// The protocol: "Performance severely degraded (5x+ slower than normal)"
// is P2, "Minor performance degradation" P3.
const (
	perfSevere = 5.0
	perfMinor  = 1.5
)

// shoutFactor is the urgency multiplier of shouting without urgency words.
const shoutFactor = 1.1

var multiplierWords = map[string]bool{
	"x": true, "times": true, "fold": true, "mal": true, "fois": true, "veces": true, "vezes": true,
}

// slowerWords are the comparatives of a percentage ("30% slower"); "30%
// more" is no speed.
var slowerWords = byFirst("slow", "longer", "worse", "langsam", "lent", "lento")

var comparatives = byFirst("slow", "long", "worse", "lang", "lent", "lento", "lenta", "plus", "mais", "mas",
	// "~8x p95", "a 5x latency regression"
	"latenc", "p9", "regress")

var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
	"zehn": 10, "dix": 10, "diez": 10, "dez": 10, "cinq": 5, "cinco": 5, "funf": 5,
	"zwei": 2, "drei": 3, "vier": 4, "sechs": 6, "zwanzig": 20, "dreissig": 30, "funfzig": 50, "hundert": 100,
	// German multiplicatives are one word: "zehnmal so lange wie üblich"
	"zweimal": 2, "dreimal": 3, "viermal": 4, "funfmal": 5, "sechsmal": 6, "achtmal": 8, "zehnmal": 10,
	"zwanzigmal": 20, "funfzigmal": 50, "hundertmal": 100,
	"dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000, "dutzend": 12, "douzaine": 12,
	"docena": 12, "duzia": 12, "few": 3, "couple": 2,
}

var units = map[string]float64{
	"ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "millisekunden": 0.001,
	"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "sekunde": 1, "sekunden": 1,
	"seconde": 1, "secondes": 1, "segundo": 1, "segundos": 1,
	"m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "minuten": 60, "minuto": 60, "minutos": 60,
	"h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "stunde": 3600, "stunden": 3600,
	"heure": 3600, "heures": 3600, "hora": 3600, "horas": 3600,
}

// comparisonCues say that two durations in a sentence are then and now.
var comparisonCues = map[string]bool{
	"instead": true, "rather": true, "compared": true, "vs": true, "versus": true, "used": true,
	"usually": true, "normally": true, "typically": true, "before": true, "previously": true,
	"now": true, "from": true, "statt": true, "anstatt": true, "vorher": true, "normalerweise": true,
	"sonst": true, "lieu": true, "auparavant": true, "avant": true, "normalement": true,
	"habituellement": true, "lugar": true, "vez": true, "antes": true, "normalmente": true,
	"ahora": true, "agora": true, "jetzt": true, "maintenant": true,
	"normal": true, "ublich": true, "gewohnlich": true, "usual": true,
	// "lag bisher bei etwa 1,5 Sekunden; … liegt sie bei 9 bis 11 Sekunden"
	"bisher": true, "bislang": true, "zuvor": true, "fruher": true,
}

// timingContext are word prefixes that make two durations a speed matter.
var timingContext = byFirst("take", "took", "load", "slow", "wait", "respon", "latenc", "render",
	"open", "run", "sync", "process", "dauert", "braucht", "lad", "prend", "charg", "tarda",
	"demora", "carga", "leva", "lent", "lento", "langsam", "timeout", "time", "prenn", "tard", "lad", "dur",
	"lauf", "brauch", "wart", "dauer")

// prefixSet holds word prefixes by their first byte.
type prefixSet [256][]string

func byFirst(words ...string) *prefixSet {
	var s prefixSet
	for _, w := range words {
		s[w[0]] = append(s[w[0]], w)
	}
	return &s
}

// instantWords are a duration of about a second when a speed is compared
// ("takes 40 seconds now; last month it was instant").
var instantWords = map[string]bool{
	"instant": true, "instantly": true, "instantaneous": true, "immediate": true, "immediately": true,
	"sofort": true, "instantane": true, "instantanement": true, "immediatement": true,
	"instantaneo": true, "instantanea": true, "inmediato": true, "inmediata": true, "imediato": true,
	"imediata": true, "instantaneamente": true,
}

// numberList lists the number words the automaton must flag.
func numberList() []string {
	out := []string{"twice"}
	for w := range numberWords {
		out = append(out, w)
	}
	for w := range instantWords {
		out = append(out, w)
	}
	return append(out, "a", "an")
}

// cueList lists the comparison cues the automaton must mark.
func cueList() []string {
	out := make([]string, 0, len(comparisonCues))
	for w := range comparisonCues {
		out = append(out, w)
	}
	return out
}

// perfWindow bounds how far from a number a factor is read, so the work is
// linear in the text whatever its punctuation.
const perfWindow = 24

// dur is a duration found in the text.
type dur struct {
	sec, unit float64
	t0, t1    int
}

// findPerf returns the performance factors stated in a field: "10x
// slower" at a number, and two durations in one sentence compared ("30
// seconds instead of 2", "used to take 2s, now 20s").
func findPerf(f *folded, field, src string) []perfFinding {
	out, _ := perfAndWait(f, field, src, nil)
	return out
}

// perfAndWait appends the performance factors of a field to out (findPerf)
// and returns the longest time one action is said to take (waitAt) in
// the same pass over its numbers.
func perfAndWait(f *folded, field, src string, out []perfFinding) ([]perfFinding, perfFinding) {
	var wait perfFinding
	var prev *dur
	var last dur
	var prevRate rateAt
	for _, n := range f.nums {
		i := int(n)
		hi := sentenceEnd(f, i)
		if r := readRate(f, i, hi); r.ok {
			if prevRate.ok && prevRate.unit == r.unit && r.t0-prevRate.t1 <= 6 && sameSentence(f, prevRate.t1, r.t0) &&
				prevRate.v > r.v && r.v > 0 && (arrowBetween(f, src, prevRate.t1, r.t0) || rateDropBetween(f, prevRate.t1, r.t0)) {
				// "von ca. 120 MB/s auf ca. 15 MB/s gefallen", "2,100
				// msg/s -> 400 msg/s": throughput that fell
				text, off := f.source(src, prevRate.t0, r.t1)
				out = append(out, perfFinding{factor: prevRate.v / r.v, field: field, text: text, offset: off})
			}
			prevRate = r
		}
		if m, t1, ok := multiplier(f, i, hi); ok && m > 1 {
			text, off := f.source(src, i, t1)
			out = append(out, perfFinding{factor: m, field: field, text: text, offset: off})
		}
		if m, t1, ok := percentSlower(f, src, i, hi); ok {
			text, off := f.source(src, i, t1)
			out = append(out, perfFinding{factor: m, field: field, text: text, offset: off})
		}
		d, ok := duration(f, i, hi)
		if w, wok := waitAt(f, src, i, d, ok); wok && w.sec > wait.factor {
			text, off := f.source(src, i, w.t1)
			wait = perfFinding{factor: w.sec, field: field, text: text, offset: off}
		}
		if !ok && prev != nil && i-prev.t1 <= 10 && isNumber(f.wordb(i)) && sameSentence(f, prev.t1, i) && !percentAt(f, src, i) {
			// "30 seconds instead of 2": the unit carries over.
			d, ok = dur{sec: number(f.wordb(i)) * prev.unit, unit: prev.unit, t0: i, t1: i + 1}, true
		}
		if !ok {
			continue
		}
		if prev != nil && d.t0-prev.t1 <= perfWindow && adjacentSentences(f, prev.t1, d.t0) &&
			(comparison(f, max(prev.t0-perfWindow/2, 0), min(d.t1+perfWindow/2, hi)) || arrowBetween(f, src, prev.t1, d.t0)) {
			hiSec, loSec := max(prev.sec, d.sec), min(prev.sec, d.sec)
			if loSec > 0 && hiSec/loSec > 1 {
				text, off := f.source(src, prev.t0, d.t1)
				out = append(out, perfFinding{factor: hiSec / loSec, field: field, text: text, offset: off})
			}
		}
		last = d
		prev = &last
	}
	return out, wait
}

// waitSevere is how long one action may take before the wait itself says
// performance is severely degraded (10 s).
const waitSevere = 10.0

// waitAt reads at token i a duration that a verb of waiting says one
// action takes ("takes 20-30s to open", "taking 40 min"); d is the
// duration read at i, if any.
func waitAt(f *folded, src string, i int, d dur, ok bool) (dur, bool) {
	if !isNumber(f.wordb(i)) {
		return dur{}, false
	}
	if !ok && i+2 < len(f.toks) && isNumber(f.wordb(i+1)) {
		// "20-30s", "15-20 seconds": the range's upper end carries the unit
		d, ok = duration(f, i+1, sentenceEnd(f, i+1))
	}
	if !ok || d.sec < waitSevere || !waitVerbBefore(f, i) {
		return dur{}, false
	}
	return d, true
}

// waitVerbBefore reports whether a verb of taking time comes at most three
// words before token i, in its sentence; a German one up to six, as
// German verb-second puts the subject between the verb and the time
// ("seit Montag braucht die Plantafel 40 bis 60 Sekunden", "dauert das
// Speichern einer Rechnung zwei Minuten").
func waitVerbBefore(f *folded, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if f.mark(j) == sentenceMark {
			return false
		}
		if w := string(f.wordb(j)); w == "me" || w == "us" || w == "him" || w == "her" {
			return false // "took me ten minutes to find it": the writer's time, not the product's
		}
		if j >= i-3 && hasPrefix(f.wordb(j), waitVerbs) || waitVerbsDE[string(f.wordb(j))] {
			return true
		}
	}
	return false
}

// waitVerbsDE are the German verbs of taking time, read further from the
// time than the others.
var waitVerbsDE = map[string]bool{"dauert": true, "dauern": true, "dauerte": true, "dauerten": true,
	"braucht": true, "brauchen": true, "brauchte": true, "brauchten": true, "benotigt": true, "benotigen": true}

// waitVerbs say how long an action takes.
var waitVerbs = byFirst("take", "took", "tarda", "demora", "dauert", "braucht", "prend", "duurt", "impiega", "ci vuole")

// percentAt reports whether the number at token i is a percentage ("25%",
// "25-30%", "25 percent"): "~2 s per page, roughly 25-30% slower" does not
// carry the seconds over to 25.
func percentAt(f *folded, src string, i int) bool {
	for j := i; j < len(f.toks) && j <= i+1; j++ {
		if end := int(f.toks[j].src1); end < len(src) && src[end] == '%' {
			return j == i || isNumber(f.wordb(j))
		}
		if j+1 < len(f.toks) && f.mark(j) == 0 {
			switch string(f.wordb(j + 1)) {
			case "percent", "pct", "prozent", "pourcent", "porciento", "cento":
				return true
			}
		}
	}
	return false
}

// percentSlower reads "30% slower", "25-30% slower", "50 percent longer"
// at token i as a factor (1.3, 1.3, 1.5).
func percentSlower(f *folded, src string, i, to int) (float64, int, bool) {
	if !percentAt(f, src, i) {
		return 0, 0, false
	}
	n := number(f.wordb(i))
	for j := i + 1; j < to && j < i+4; j++ {
		if isNumber(f.wordb(j)) {
			n = max(n, number(f.wordb(j))) // the range's upper end
			continue
		}
		if hasPrefix(f.wordb(j), slowerWords) {
			return 1 + n/100, j + 1, n > 0
		}
	}
	return 0, 0, false
}

// sentenceEnd returns the end of i's sentence, at most perfWindow tokens on.
func sentenceEnd(f *folded, i int) int {
	end := min(i+perfWindow, len(f.toks))
	for j := i; j < end; j++ {
		if f.mark(j) == sentenceMark {
			return j
		}
	}
	return end
}

// adjacentSentences reports whether at most one sentence ends between
// tokens a and b: then and now are often told apart ("It used to take a
// second. Now it takes 20.").
func adjacentSentences(f *folded, a, b int) bool {
	n := 0
	for j := a; j < b && j < len(f.toks); j++ {
		if f.mark(j) == sentenceMark {
			if n++; n > 1 {
				return false
			}
		}
	}
	return true
}

// sameSentence reports whether no sentence ends between tokens a and b.
func sameSentence(f *folded, a, b int) bool {
	for j := a; j < b && j < len(f.toks); j++ {
		if f.mark(j) == sentenceMark {
			return false
		}
	}
	return true
}

// comparison reports whether tokens [from, to) compare then and now ("instead
// of", "used to") about a matter of time ("takes", "load").
func comparison(f *folded, from, to int) bool {
	cue := false
	for i := from; i < to && !cue; i++ {
		cue = f.toks[i].cue
	}
	if !cue {
		return false
	}
	for i := from; i < to; i++ {
		if hasPrefix(f.wordb(i), timingContext) {
			return true
		}
	}
	return false
}

// rateAt is a throughput read at a number: "120 MB/s", "5 msg/s"; ok is
// false when none was read.
type rateAt struct {
	v      float64
	unit   string
	t0, t1 int
	ok     bool
}

// rateUnits are what a throughput counts per second or minute.
var rateUnits = map[string]bool{"mb": true, "gb": true, "kb": true, "mbit": true, "gbit": true, "mbps": true,
	"msg": true, "msgs": true, "messages": true, "req": true, "reqs": true, "requests": true, "rps": true,
	"ops": true, "events": true, "rows": true, "records": true, "docs": true, "nachrichten": true, "tps": true}

// readRate reads a throughput at token i: a number, its unit, then "s",
// "sec" or "min" (the slash is a word break).
func readRate(f *folded, i, to int) rateAt {
	w := f.wordb(i)
	if !isNumber(w) || i+1 >= to || f.mark(i+1) != 0 {
		return rateAt{}
	}
	u := string(f.wordb(i + 1))
	if u == "mbps" || u == "rps" || u == "tps" {
		return rateAt{v: number(w), unit: u, t0: i, t1: i + 2, ok: true}
	}
	if !rateUnits[u] || i+2 >= to || f.mark(i+2) != 0 {
		return rateAt{}
	}
	switch string(f.wordb(i + 2)) {
	case "s", "sec", "second", "min", "sekunde":
		return rateAt{v: number(w), unit: u + "/" + string(f.wordb(i+2)), t0: i, t1: i + 3, ok: true}
	}
	return rateAt{}
}

// rateDropBetween says the words between two rates take the first to the
// second: "von … auf", "from … to", "statt", "instead of".
func rateDropBetween(f *folded, a, b int) bool {
	for j := a; j < b; j++ {
		switch string(f.wordb(j)) {
		case "auf", "to", "statt", "instead", "down":
			return true
		}
	}
	return false
}

// arrowBetween says only an arrow stands between the duration that ends
// at token a and the one that starts at token b: "p50 180 ms -> 1.4 s",
// how a then and a now are written in reports.
func arrowBetween(f *folded, src string, a, b int) bool {
	if a <= 0 || b >= len(f.toks) || b < a {
		return false
	}
	from, to := int(f.toks[a-1].src1), int(f.toks[b].src0)
	if from >= to || to > len(src) {
		return false
	}
	switch strings.Trim(src[from:to], " \t~≈") {
	case "->", "-->", "=>", "→", "⟶", "➜":
		return true
	}
	return false
}

// multiplier reads "10x slower", "10 times slower", "ten times longer",
// "twice as slow", "slower by 10x" at token i.
func multiplier(f *folded, i, to int) (float64, int, bool) {
	w := f.wordb(i)
	var n float64
	next := i + 1
	switch {
	case string(w) == "twice":
		n = 2
	case len(w) > 1 && w[len(w)-1] == 'x' && isNumber(w[:len(w)-1]):
		n = number(w[:len(w)-1])
	case numberWords[string(w)] > 0 && bytes.HasSuffix(w, []byte("mal")):
		n = number(w)
	case isNumber(w) || numberWords[string(w)] > 0:
		n = number(w)
		if next >= to || !multiplierWords[string(f.wordb(next))] {
			return 0, 0, false
		}
		next++
	default:
		return 0, 0, false
	}
	for j := next; j < to && j < next+3; j++ {
		if hasPrefix(f.wordb(j), comparatives) {
			return n, j + 1, true
		}
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if f.mark(j) != 0 {
			break
		}
		if hasPrefix(f.wordb(j), comparatives) {
			return n, next, true
		}
	}
	return 0, 0, false
}

// duration reads "30 seconds", "30s", "2 min", "500ms" at token i.
func duration(f *folded, i, to int) (dur, bool) {
	w := f.wordb(i)
	if instantWords[string(w)] {
		return dur{sec: 1, unit: 1, t0: i, t1: i + 1}, true
	}
	if (string(w) == "a" || string(w) == "an") && i+1 < to {
		// "over a minute", "an hour": one of the unit
		if u, ok := units[string(f.wordb(i+1))]; ok && u >= 1 {
			return dur{sec: u, unit: u, t0: i, t1: i + 2}, true
		}
	}
	if isNumber(w) || numberWords[string(w)] > 0 {
		if i+1 < to {
			if u, ok := units[string(f.wordb(i+1))]; ok {
				return dur{sec: number(w) * u, unit: u, t0: i, t1: i + 2}, true
			}
		}
		if i+2 < to && numberWords[string(w)] > 0 && string(f.wordb(i+1)) == "of" {
			// "a couple of seconds", "a few of minutes"
			if u, ok := units[string(f.wordb(i+2))]; ok {
				return dur{sec: number(w) * u, unit: u, t0: i, t1: i + 3}, true
			}
		}
		return dur{}, false
	}
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.') {
		k++
	}
	if k == 0 || k == len(w) {
		return dur{}, false
	}
	u, ok := units[string(w[k:])]
	if !ok {
		return dur{}, false
	}
	return dur{sec: number(w[:k]) * u, unit: u, t0: i, t1: i + 1}, true
}

// isNumber reports whether w is digits with at most one decimal point.
func isNumber(w []byte) bool {
	if len(w) == 0 || len(w) > 12 || w[0] < '0' || w[0] > '9' {
		return false
	}
	dots := 0
	for _, c := range w {
		switch {
		case c == '.':
			dots++
		case c == ',':
		case c < '0' || c > '9':
			return false
		}
	}
	return (dots <= 1 || germanThousands(w)) && w[len(w)-1] != '.' && w[len(w)-1] != ','
}

func number(w []byte) float64 {
	if n, ok := numberWords[string(w)]; ok {
		return n
	}
	if germanThousands(w) {
		// "1.200 Firmenkontakte": German groups thousands with dots
		n, _ := strconv.ParseFloat(strings.ReplaceAll(string(w), ".", ""), 64)
		return n
	}
	if k := strings.IndexByte(string(w), ','); k > 0 && len(w)-k == 2 && !strings.Contains(string(w), ".") {
		// a decimal comma: "1,5 Sekunden"
		n, _ := strconv.ParseFloat(string(w[:k])+"."+string(w[k+1:]), 64)
		return n
	}
	n, _ := strconv.ParseFloat(strings.ReplaceAll(string(w), ",", ""), 64)
	return n
}

// germanThousands says w groups thousands with dots: "1.200", "12.500",
// "1.234.567" (a first group of one to three digits, not 0, then groups
// of three). "1.5" and "0.125" are decimals.
func germanThousands(w []byte) bool {
	// run counts the digits since the last dot; first is the first
	// group's length
	run, first, dots := 0, 0, 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			run++
		case c == '.' && (dots == 0 && run >= 1 && run <= 3 || dots > 0 && run == 3):
			if dots == 0 {
				first = run
			}
			dots, run = dots+1, 0
		default:
			return false
		}
	}
	return dots > 0 && run == 3 && first > 0 && w[0] != '0'
}

// bulkMin is the count from which "N things" means many are affected
// ("600 complaints", "3,000 customers", "280 orders"); people need fewer
// ("a dozen of our engineers", "40 drivers"): peopleMin.
const (
	bulkMin   = 100
	peopleMin = 10
	// corruptMin is the count of records an import, sync or migration
	// changed, or the writer asks to have restored, from which it is data
	// corruption (P1): "61 of our Portugal employees have Spanish data"
	// after an import is as much the protocol's "corruption affecting
	// customer records" as 3,000 are.
	corruptMin = 20
)

// counted are the things whose count says how many are affected; people
// are the subset that counts from peopleMin.
var counted, people = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`complaints orders records invoices transactions accounts bookings
		sales tickets calls messages emails stores locations shipments payments refunds chargebacks
		entries contacts appointments reservations deliveries listings products items files documents
		photos order record rows real affected branches sites offices devices terminals tills vehicles trucks
		rechnungen bestellungen auftrage termine facturas factures faturas pedidos commandes encomendas
		citas reservas rendez`) {
		counted[w] = true
	}
	for _, w := range germanCounted {
		counted[w] = true
	}
	for _, w := range strings.Fields(`customers users clients members employees patients students people
		guests players drivers donors subscribers parents teachers staff agents customer user client
		member employee patient student engineers technicians nurses doctors workers colleagues reps
		cashiers pickers volunteers riders passengers tenants residents learners attendees families
		children kids drivers couriers agents runners dispatchers pupils athletes participants
		entrants applicants candidates riders cyclists swimmers readers listeners viewers advisers advisors partners merchants sellers buyers
		shoppers visitors callers kunden mitarbeiter mitarbeitende nutzer benutzer patienten schuler
		clientes usuarios utilisateurs collaborateurs salaries employes pacientes empleados alunos
		alumnos eleves funcionarios utilizadores membres miembros membros us
		managers supervisors admins administrators coordinators operators accountants lawyers
		solicitors brokers adjusters assistants secretaries planners schedulers recruiters
		therapists pharmacists dentists physicians clinicians carers caregivers aides instructors
		coaches trainers tutors lecturers inspectors surveyors installers mechanics fitters
		electricians plumbers cleaners chefs cooks waiters servers receptionists clerks tellers
		bookkeepers analysts developers designers editors reporters journalists sellers vendors
		suppliers franchisees dealers contractors freelancers consultants officers adjusters
		handlers crew crews foremen`) {
		counted[w], people[w] = true, true
	}
}

// germanCounted are German things whose count says how many are
// affected; a compound ending in one counts too ("Firmenkontakten",
// compoundOf).
var germanCounted = strings.Fields(`kontakte kontakten datensatze datensatzen dokumente dokumenten
	dateien artikel artikeln buchungen belege belegen befunde befunden akten vorgange vorgangen
	nachrichten adressen rechnungen bestellungen auftrage auftragen termine terminen mitglieder
	mitgliedern mieter mietern kundinnen teilnehmer teilnehmern mitarbeitende mitarbeitenden
	stuck stk`) // "rund 3.100 Stück": pieces of what the sentence names (Stück folds to stuck)

// thresholdWords before a count make it a limit.
var thresholdWords = map[string]bool{"than": true, "over": true, "above": true, "beyond": true,
	"exceeding": true, "exceeds": true, "under": true, "below": true, "max": true, "maximum": true, "limit": true}

// findBulk returns the largest count of affected things: "N things" with N
// at least bulkMin, or peopleMin for people. One word may stand between
// ("40 field engineers") and "of our" or "of the" too ("a dozen of our
// drivers"). It also returns the count; a share ("70% of") counts as
// bulkMin from half on, as 1 below. The largest, not the first: "runs for
// 14 client companies ... that's 412 employees" hits 412 people.
func findBulk(f *folded, field, src string) (best Evidence, bestN float64, found bool) {
	keep := func(e Evidence, n float64) {
		if !found || n > bestN {
			best, bestN, found = e, n, true
		}
	}
	for _, n := range f.nums {
		i := int(n)
		w := f.wordb(i)
		if !isNumber(w) && numberWords[string(w)] == 0 || i > 0 && thresholdWords[string(f.wordb(i-1))] ||
			i > 1 && string(f.wordb(i-2)) == "up" && string(f.wordb(i-1)) == "to" {
			continue // "with more than 5,000 contacts", "up to 500 users" are limits, not damage
		}
		if end, ok := percentOf(f, src, i); ok {
			text, off := f.source(src, i, i+1)
			match, _ := f.source(src, i, end) // "70% of"
			n := 1.0
			if number(w) >= 50 {
				n = bulkMin
			}
			keep(Evidence{Rule: "count", Match: match, Field: field, Offset: off,
				Note: fmt.Sprintf("%s%% of them affected: counts as many users (raises P1/P2, promotes faults to P2)", text)}, n)
			continue
		}
		j, ok := countedNoun(f, i+1)
		if !ok {
			continue
		}
		if k := strings.IndexByte(string(w), '.'); k > 0 && k <= 3 && len(w)-k == 4 {
			// "unos 2.000 clientes": a thousands point, not a decimal
			w = []byte(strings.ReplaceAll(string(w), ".", ""))
		}
		if k := strings.IndexByte(string(w), '.'); k > 0 && len(w)-k == 3 && people[string(f.wordb(j))] {
			// "since Mon 13.04 users report": a date, not 13.04 people
			continue
		}
		min, n := float64(bulkMin), number(w)
		if people[string(f.wordb(j))] {
			min = peopleMin
		}
		if s, ok := scaleWords[string(f.wordb(i+1))]; ok && i+1 < j && f.mark(i+1) == 0 {
			n *= s // "3.1 million rows"
		}
		if n < min {
			continue
		}
		text, off := f.source(src, i, j+1)
		keep(Evidence{Rule: "count", Match: text, Field: field, Offset: off,
			Note: fmt.Sprintf("%s affected: counts as many users (raises P1/P2, promotes faults to P2)", text)}, n)
	}
	return best, bestN, found
}

// scaleWords multiply the number before them ("3.1 million rows"); any
// other word between a number and its noun leaves it as it is.
var scaleWords = map[string]float64{"million": 1e6, "millions": 1e6, "thousand": 1e3, "thousands": 1e3,
	"mil": 1e3, "tausend": 1e3, "millionen": 1e6, "millones": 1e6, "milhoes": 1e6, "milioni": 1e6}

// percentMin is the share from which "N% of" means many are affected.
const percentMin = 30

// ofWords introduce what a share is of.
var ofWords = map[string]bool{"of": true, "de": true, "der": true, "des": true, "do": true, "da": true,
	"dos": true, "das": true, "del": true, "di": true, "dei": true, "delle": true}

// percentOf reads "70% of" (or "70 percent of") at token i and returns
// the token after "of".
func percentOf(f *folded, src string, i int) (int, bool) {
	if n := number(f.wordb(i)); n < percentMin || n > 100 {
		return 0, false
	}
	j := i + 1
	if end := int(f.toks[i].src1); end < len(src) && src[end] == '%' {
		for j < len(f.toks) && f.mark(j) != 0 {
			j++
		}
	} else if j < len(f.toks) && f.mark(j) == 0 {
		switch string(f.wordb(j)) {
		case "percent", "pct", "prozent", "pourcent", "porciento", "cento":
			j++
		default:
			return 0, false
		}
	} else {
		return 0, false
	}
	if j >= len(f.toks) || f.mark(j) != 0 || !ofWords[string(f.wordb(j))] {
		return 0, false
	}
	// "30% of the time" is how often, not how many.
	return j + 1, j+2 >= len(f.toks) || string(f.wordb(j+2)) != "time"
}

// betweenStop are words that cannot stand between a number and what it
// counts ("404 for orders" is a status code, not 404 orders).
var betweenStop = map[string]bool{"for": true, "in": true, "on": true, "at": true, "to": true, "from": true,
	"by": true, "with": true, "per": true, "a": true, "an": true, "the": true, "and": true, "or": true}

// countedNoun finds the counted noun of a number ending at token i: the
// next word, the one after it, or the word after "of our"/"of the".
func countedNoun(f *folded, i int) (int, bool) {
	for j := i; j < i+4 && j < len(f.toks); j++ {
		if f.mark(j) != 0 {
			return 0, false
		}
		w := string(f.wordb(j))
		if counted[w] || compoundOf(w, germanCounted) {
			return j, true
		}
		if w == "time" || w == "times" || w == "cases" {
			return 0, false // "30% of the time": how often, not how many
		}
		if j == i+1 && string(f.wordb(i)) != "of" || j == i && betweenStop[w] {
			return 0, false // one word between at most, unless "of our"; not "404 for orders"
		}
	}
	return 0, false
}

func hasPrefix(w []byte, set *prefixSet) bool {
	if len(w) == 0 {
		return false
	}
	for _, p := range set[w[0]] {
		if len(w) >= len(p) && string(w[:len(p)]) == p {
			return true
		}
	}
	return false
}

// perfSignals turns the strongest performance factor into a signal.
func (st *state) perfSignals(t *tally) {
	var best *perfFinding
	for i := range st.perf {
		if best == nil || st.perf[i].factor > best.factor {
			best = &st.perf[i]
		}
	}
	if best == nil && st.wait.factor >= waitSevere && t.single == 0 && !t.bug && !t.hedged {
		// no then and now, but one action takes far longer than people
		// wait for software ("takes 20-30s to open", "taking 40 min"):
		// severely degraded as a support lead reads it
		w := 2.0
		if st.wait.field == FieldSubject {
			w *= st.subjectWeight()
		}
		t.s[P2] += w
		st.ev = append(st.ev, Evidence{Rule: "long wait", Match: st.wait.text, Field: st.wait.field,
			Level: P2, Weight: round2(w), Offset: st.wait.offset,
			Note: "one action takes this long: performance severely degraded (P2) unless the writer says it is a small slowdown"})
		return
	}
	if best == nil || best.factor < perfMinor {
		return
	}
	lvl, w := P3, 1.0
	switch {
	case best.factor >= perfSevere:
		lvl, w = P2, 2.5
	case best.factor >= 2:
		w = 1.5
	}
	if best.field == FieldSubject {
		w *= st.subjectWeight()
	}
	t.s[lvl] += w
	st.ev = append(st.ev, Evidence{Rule: "performance factor", Match: best.text, Field: best.field,
		Level: lvl, Weight: round2(w), Offset: best.offset,
		Note: fmt.Sprintf("%.3gx slower than normal (protocol: 5x+ is P2, less is P3)", best.factor)})
}

// surveyWords in a subject say the mail answers a satisfaction survey
// ("Re: How likely are you to recommend us?").
var surveyWords = byFirst("recommend", "nps", "survey", "likely", "rating", "satisfaction",
	"feedback", "empfehl", "recommand", "recomend", "umfrage", "enquete", "encuesta", "pesquisa")

// surveySubject reports whether a folded subject names a survey.
func surveySubject(f *folded) bool {
	for i := range f.toks {
		if f.mark(i) == 0 && hasPrefix(f.wordb(i), surveyWords) {
			return true
		}
	}
	return false
}

// detractorScore reads an answer to a 0–10 survey at the start of a body
// ("2.", "3/10", "Score: 4 -"): the protocol's "negative NPS feedback" is a
// score of 0 to 6.
func detractorScore(f *folded, src string) (Evidence, bool) {
	i := 0
	for i < len(f.toks) && i < 4 && f.mark(i) == 0 && !isNumber(f.wordb(i)) {
		switch string(f.wordb(i)) {
		case "score", "rating", "nps", "a", "i", "d", "say", "would", "give", "gave", "rate", "rated", "we",
			"you", "it", "us", "my", "our", "is":
		default:
			return Evidence{}, false
		}
		i++
	}
	for i < len(f.toks) && f.mark(i) != 0 {
		i++
	}
	if i >= len(f.toks) {
		return Evidence{}, false
	}
	w := f.wordb(i)
	if k := strings.IndexByte(string(w), '/'); k > 0 {
		w = w[:k]
	}
	if !isNumber(w) || number(w) > 6 {
		return Evidence{}, false
	}
	if j := i + 1; j < len(f.toks) && f.mark(j) == 0 && string(f.wordb(j)) != "out" {
		return Evidence{}, false // "2 of our stores ..." is a count, not a score
	}
	text, off := f.source(src, i, i+1)
	// A lone number is no evidence term an agent reads: the note says it.
	return Evidence{Rule: "survey score", Field: FieldBody, Level: P2, Weight: 2.5, Offset: off,
		Note: fmt.Sprintf("answered %s on a 0-10 recommend survey: negative NPS feedback (P2)", text)}, true
}

// subjectScore reads a survey score the subject states ("Re: How are we
// doing? (your score: 2)", "NPS 3"): a score of 0 to 6 is negative NPS
// feedback whatever the survey's question says.
func subjectScore(f *folded, src string) (Evidence, bool) {
	for i := 0; i+1 < len(f.toks); i++ {
		switch string(f.wordb(i)) {
		case "score", "rating", "nps", "scored", "rated":
		default:
			continue
		}
		j := i + 1
		for j < len(f.toks) && f.mark(j) != 0 {
			j++ // "score: 2"
		}
		if j >= len(f.toks) {
			break
		}
		w := f.wordb(j)
		if k := strings.IndexByte(string(w), '/'); k > 0 {
			w = w[:k]
		}
		if !isNumber(w) || number(w) > 6 {
			continue
		}
		if k := j + 1; k < len(f.toks) && f.mark(k) == 0 && string(f.wordb(k)) != "out" {
			continue // "rating 2 stores" is a count, not a score
		}
		text, off := f.source(src, i, j+1)
		return Evidence{Rule: "survey score", Match: text, Field: FieldSubject, Level: P2, Weight: 2.5, Offset: off,
			Note: "a score of 0-6 on a recommend survey: negative NPS feedback (P2)"}, true
	}
	return Evidence{}, false
}

// shouting reports capitals in a subject or a run of exclamation marks.
func shouting(f *folded, field string) (Evidence, bool) {
	caps := field == FieldSubject && f.letters >= 6 && f.upper*10 >= f.letters*7
	if !caps && f.bangs < 3 {
		return Evidence{}, false
	}
	return Evidence{Rule: "shouting", Field: field,
		Note: fmt.Sprintf("capitals or exclamation marks: ×%g on levels that already have evidence, never a level on its own", shoutFactor)}, true
}
