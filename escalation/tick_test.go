package escalation

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// at is one moment of a scenario in simulated time: a Tick, or an
// agent's (or the customer's) mail decided then.
type at struct {
	at       time.Duration // after the customer's first mail (t0)
	agent    string        // an agent's mail with this text
	customer bool          // the customer writes
	want     []MailKind    // the plan's mails
	paged    []string      // the roles its escalation notices page, in order
	level    int           // the ladder level after it; 0: not checked
}

// scenario runs moments on a ticket of severity s opened at t0 under pr.
func scenario(t *testing.T, pr Protocol, s classify.Severity, moments []at) *Ticket {
	t.Helper()
	p := Decide(pr, customer(s), nil, t0)
	tk := p.Ticket
	tk.ID = 7
	for _, m := range moments {
		now := t0.Add(m.at)
		what := "Tick"
		switch {
		case m.agent != "":
			what = "agent " + m.agent
			p = Decide(pr, agent(m.agent), tk, now)
		case m.customer:
			what = "customer mail"
			p = Decide(pr, customer(s), tk, now)
		default:
			p = Tick(pr, tk, now)
			if due := NextDue(*p.Ticket); !due.IsZero() && !due.After(now) {
				t.Errorf("%s at %v: NextDue = %v, not after the tick", what, m.at, due)
			}
		}
		var paged []string
		for _, ml := range p.Mails {
			if ml.Kind == MailEscalation {
				paged = append(paged, ml.Roles...)
			}
		}
		if !slices.Equal(p.Sends(), m.want) || !slices.Equal(paged, m.paged) {
			t.Errorf("%s %s at %v: mails %v paging %v; want %v paging %v (events %v)",
				s, what, m.at, p.Sends(), paged, m.want, m.paged, p.Kinds())
		}
		if m.level != 0 && p.Ticket.EscalationLevel != m.level {
			t.Errorf("%s %s at %v: level %d, want %d", s, what, m.at, p.Ticket.EscalationLevel, m.level)
		}
		tk = p.Ticket
	}
	return tk
}

var (
	esc    = []MailKind{MailEscalation}
	remind = []MailKind{MailReminder}
	update = []MailKind{MailStatusUpdate}
)

func TestTickLadderBySeverity(t *testing.T) {
	tests := []struct {
		name    string
		s       classify.Severity
		moments []at
	}{
		{"P1 nobody responds: CCO at 15 min, CEO at the missed hourly update", classify.P1, []at{
			{at: 0, level: 3},
			{at: 11 * time.Minute},
			{at: 12 * time.Minute, want: remind},
			{at: 16 * time.Minute, want: esc, paged: []string{"cco"}, level: 4},
			{at: 16 * time.Minute},
			{at: 60 * time.Minute, want: remind},
			{at: 76 * time.Minute, want: esc, paged: []string{"ceo"}, level: 5},
			{at: 136 * time.Minute}, // breach, nobody left: no repeat by default
		}},
		{"P1 first response in time, then a missed update climbs", classify.P1, []at{
			{at: 10 * time.Minute, agent: "Looking into it.", want: update},
			{at: 16 * time.Minute},
			{at: 56 * time.Minute, want: remind},
			{at: 71 * time.Minute, want: esc, paged: []string{"cco"}, level: 4},
			{at: 80 * time.Minute, agent: "Rolling back.", want: update},
			{at: 139 * time.Minute, want: remind},
			{at: 141 * time.Minute, want: esc, paged: []string{"ceo"}, level: 5},
		}},
		{"P1 updates kept: the ladder stays", classify.P1, []at{
			{at: 10 * time.Minute, agent: "Looking into it.", want: update},
			{at: 65 * time.Minute, agent: "Still on it.", want: update},
			{at: 120 * time.Minute, agent: "Fixed soon.", want: update},
			{at: 150 * time.Minute, level: 3},
		}},
		{"P1 #ack stops the ack step, not the customer's clock", classify.P1, []at{
			{at: 5 * time.Minute, agent: "#ack"},
			{at: 16 * time.Minute},
			{at: 76 * time.Minute, want: esc, paged: []string{"cco"}, level: 4},
		}},
		{"P1 gateway down for hours: each deadline in order", classify.P1, []at{
			{at: 190 * time.Minute, want: []MailKind{MailEscalation, MailEscalation, MailReminder},
				paged: []string{"cco", "ceo"}, level: 5},
		}},
		{"P1 #waiting does not pause the hourly update", classify.P1, []at{
			{at: 10 * time.Minute, agent: "#waiting\nPlease send the logs.", want: update},
			{at: 71 * time.Minute, want: esc, paged: []string{"cco"}},
		}},
		{"P2 ack breach pages the VP, a missed daily update the CCO", classify.P2, []at{
			{at: 0, level: 2},
			{at: 45 * time.Minute, want: remind},
			{at: 61 * time.Minute, want: esc, paged: []string{"vp"}, level: 3},
			{at: 2 * time.Hour, agent: "Found it.", want: update},
			{at: 26*time.Hour + time.Minute, want: esc, paged: []string{"cco"}, level: 4},
		}},
		{"P2 answered in time stays put", classify.P2, []at{
			{at: 30 * time.Minute, agent: "On it.", want: update},
			{at: 2 * time.Hour, level: 2},
			{at: 20 * time.Hour, agent: "Progress.", want: update},
			{at: 39 * time.Hour, want: remind},
			{at: 40 * time.Hour, agent: "Fixed.", want: update},
			{at: 57 * time.Hour},
		}},
		{"P2 #waiting pauses the daily update", classify.P2, []at{
			{at: 30 * time.Minute, agent: "#waiting\nWhich browser?", want: update},
			{at: 72 * time.Hour, level: 2},
			{at: 73 * time.Hour, customer: true},
			{at: 97*time.Hour + time.Minute, want: esc, paged: []string{"vp"}, level: 3},
		}},
		{"P3 the CSM, no paging; ack breach pages the Team Lead", classify.P3, []at{
			{at: 0, level: 1},
			{at: 3 * time.Hour, want: remind},
			{at: 4*time.Hour + time.Minute, want: esc, paged: []string{"team_lead"}, level: 2},
			{at: 10 * 24 * time.Hour}, // updates as needed: no more clocks
		}},
		{"P4 ack breach after a day", classify.P4, []at{
			{at: 18 * time.Hour, want: remind},
			{at: 24*time.Hour + time.Minute, want: esc, paged: []string{"team_lead"}, level: 2},
		}},
		{"P4 answered in time: nothing", classify.P4, []at{
			{at: 2 * time.Hour, agent: "Here is how.", want: update},
			{at: 30 * 24 * time.Hour, level: 1},
		}},
		{"#escalate by hand, then the ladder goes on past who was paged", classify.P2, []at{
			{at: 20 * time.Minute, agent: "#escalate", want: esc, paged: []string{"vp"}, level: 3},
			{at: 21 * time.Minute, agent: "#escalate technical", want: esc, paged: []string{"technical"}, level: 3},
			{at: 61 * time.Minute, want: esc, paged: []string{"cco"}, level: 4},
		}},
		{"severity raised mid-climb: the new first step pages who was not told", classify.P2, []at{
			{at: 61 * time.Minute, want: esc, paged: []string{"vp"}, level: 3},
			{at: 70 * time.Minute, agent: "#severity P1\n#internal\nWorse than we thought."},
			{at: 70 * time.Minute, want: []MailKind{MailEscalation, MailReminder}, paged: []string{"technical"}, level: 3},
			{at: 76 * time.Minute, want: esc, paged: []string{"cco"}, level: 4},
		}},
		{"severity lowered mid-climb: nobody new to page", classify.P1, []at{
			{at: 16 * time.Minute, want: esc, paged: []string{"cco"}, level: 4},
			{at: 20 * time.Minute, agent: "#severity P3\n#internal\nOnly one user."},
			{at: 20 * 24 * time.Hour, level: 4},
		}},
		{"reopen: the update clock and the ladder resume", classify.P2, []at{
			{at: 10 * time.Minute, agent: "Looking.", want: update},
			{at: 2 * time.Hour, agent: "#resolve Fixed the index.", want: []MailKind{MailResolution, MailRootCauseReminder}},
			{at: 2 * time.Hour, want: []MailKind{MailPostmortemDraft}},
			{at: 3 * time.Hour, customer: true},
			{at: 27*time.Hour + time.Minute, want: esc, paged: []string{"vp"}, level: 3},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { scenario(t, proto(), tt.s, tt.moments) })
	}
}

func TestTickRepeatAndDelay(t *testing.T) {
	pr := proto()
	p1 := pr.Policy(classify.P1)
	p1.Repeat = 1
	repeat, err := pr.WithPolicy(p1)
	if err != nil {
		t.Fatal(err)
	}
	scenario(t, repeat, classify.P1, []at{
		{at: 16 * time.Minute, want: esc, paged: []string{"cco"}},
		{at: 76 * time.Minute, want: esc, paged: []string{"ceo"}},
		{at: 136 * time.Minute, want: esc, paged: []string{"ceo"}},
		{at: 196 * time.Minute},
	})

	p1 = pr.Policy(classify.P1)
	p1.Steps = slices.Clone(p1.Steps)
	p1.Steps[1].After = 10 * time.Minute
	delayed, err := pr.WithPolicy(p1)
	if err != nil {
		t.Fatal(err)
	}
	scenario(t, delayed, classify.P1, []at{
		{at: 16 * time.Minute},
		{at: 20 * time.Minute, agent: "#ack"},
		{at: 26 * time.Minute},
	})
	scenario(t, delayed, classify.P1, []at{
		{at: 16 * time.Minute},
		{at: 26 * time.Minute, want: esc, paged: []string{"cco"}},
	})
}

func TestTickBreachEvents(t *testing.T) {
	tk := opened(t, classify.P1)
	p := Tick(proto(), tk, t0.Add(4*time.Hour+time.Minute))
	var clocks []Clock
	for _, e := range p.Events {
		if e.Kind == EventBreach {
			clocks = append(clocks, e.Detail["clock"].(Clock))
		}
	}
	// The first response at 15 min, then updates due at 1h15, 2h15, 3h15.
	want := []Clock{ClockAck, ClockUpdate, ClockUpdate, ClockUpdate}
	if !slices.Equal(clocks, want) {
		t.Errorf("Tick(P1 at 4h01) breaches = %v, want %v", clocks, want)
	}
	if again := Tick(proto(), p.Ticket, t0.Add(4*time.Hour+time.Minute)); len(again.Events) != 0 || again.Changed {
		t.Errorf("a second Tick at the same time = events %v, changed %v; want none", again.Kinds(), again.Changed)
	}
	if !tk.NextUpdateDue.IsZero() || tk.AckBreached {
		t.Errorf("Tick modified its input ticket")
	}
}

func TestTickAfterResolution(t *testing.T) {
	tests := []struct {
		s      classify.Severity
		at     time.Duration // after resolution
		want   []MailKind
		status Status
	}{
		{classify.P1, 0, []MailKind{MailPostmortemDraft}, Resolved},
		{classify.P1, 30 * 24 * time.Hour, []MailKind{MailPostmortemDraft, MailMonitoringEnded}, Closed},
		{classify.P2, 14*24*time.Hour - time.Minute, []MailKind{MailPostmortemDraft}, Resolved},
		{classify.P3, 7 * 24 * time.Hour, []MailKind{MailMonitoringEnded}, Closed},
		{classify.P4, 7 * 24 * time.Hour, nil, Closed}, // no monitoring: closed quietly
	}
	for _, tt := range tests {
		tk := opened(t, tt.s)
		p := Decide(proto(), agent("#root-cause disk\n#resolve Replaced the disk."), tk, t0.Add(time.Hour))
		resolvedAt := t0.Add(time.Hour)
		p = Tick(proto(), p.Ticket, resolvedAt.Add(tt.at))
		if !slices.Equal(p.Sends(), tt.want) || p.Ticket.Status != tt.status {
			t.Errorf("%s resolved, Tick +%v = mails %v, status %s; want %v, %s", tt.s, tt.at, p.Sends(), p.Ticket.Status, tt.want, tt.status)
		}
		if again := Tick(proto(), p.Ticket, resolvedAt.Add(tt.at)); len(again.Mails) != 0 {
			t.Errorf("%s resolved, second Tick sent %v again", tt.s, again.Sends())
		}
	}
}

func TestNextDue(t *testing.T) {
	p1 := opened(t, classify.P1)
	if got, want := NextDue(*p1), t0.Add(15*time.Minute*3/4); !got.Equal(want) {
		t.Errorf("NextDue(new P1) = %v, want the reminder at %v", got, want)
	}
	p := Tick(proto(), p1, t0.Add(12*time.Minute))
	if got, want := NextDue(*p.Ticket), t0.Add(15*time.Minute); !got.Equal(want) {
		t.Errorf("NextDue(reminded P1) = %v, want the deadline %v", got, want)
	}
	closed := *p1
	closed.Status = Closed
	if got := NextDue(closed); !got.IsZero() {
		t.Errorf("NextDue(closed) = %v, want zero", got)
	}
}

func TestLadderCommands(t *testing.T) {
	for _, tt := range []struct {
		text string
		ok   bool
	}{
		{"#ack", true},
		{"#ack now", false},
		{"#escalate", true},
		{"#escalate CEO", true},
		{"#escalate product", true},
		{"#escalate boss", false},
	} {
		_, _, err := ParseCommands(tt.text)
		var cerr *CommandError
		if (err == nil) != tt.ok || (err != nil && !errors.As(err, &cerr)) {
			t.Errorf("ParseCommands(%q) = %v, want ok %v", tt.text, err, tt.ok)
		}
	}
	tk := opened(t, classify.P1)
	p := Decide(proto(), agent("#ack"), tk, t0.Add(5*time.Minute))
	if n := p.Ticket; n.Owner != "dana@acme.example" || !n.AckedAt.Equal(t0.Add(5*time.Minute)) || !n.FirstResponseAt.IsZero() {
		t.Errorf("#ack: owner %q, acked %v, first response %v; want dana, +5m, none", n.Owner, n.AckedAt, n.FirstResponseAt)
	}
	if len(p.Mails) != 0 {
		t.Errorf("#ack sent %v; want nothing (nothing to the customer)", p.Sends())
	}
}

func TestPolicySteps(t *testing.T) {
	pol := proto().Policy(classify.P2)
	pol.Steps = []Step{{Targets: []string{"csm"}}, {Targets: []string{"boss"}}}
	if _, err := proto().WithPolicy(pol); !errors.Is(err, ErrUnknownRole) {
		t.Errorf("WithPolicy(target boss) = %v, want ErrUnknownRole", err)
	}
}
