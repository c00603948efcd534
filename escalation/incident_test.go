package escalation

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// loginEvidence is what the classifier finds in "nobody can log in".
var loginEvidence = []classify.Evidence{
	{Rule: "nobody can log in", Match: "Nobody can log in", Field: "subject", Weight: 4.5, Source: "default.rules:125"},
	{Rule: "many users", Field: "mail", Weight: 1.95},
}

// outage is an open P1 ticket of customer cust opened at t0+at, with the
// log-in evidence.
func outage(t *testing.T, id int64, cust string, at time.Duration) *Ticket {
	t.Helper()
	in := customer(classify.P1)
	in.From, in.ReplyTo, in.MessageID, in.ReceivedAt = cust, cust, cust, t0.Add(at)
	in.Subject, in.Class.Evidence = "Nobody can log in", loginEvidence
	p := Decide(proto(), in, nil, t0.Add(at))
	tk := *p.Ticket
	tk.ID = id
	return &tk
}

// incident returns ticket 1, declared an incident, and tickets 2..n+1
// linked to it, all P1 opened at t0, none answered.
func incident(t *testing.T, n int) (*Ticket, map[int64]*Ticket) {
	t.Helper()
	inc := outage(t, 1, "c1@one.example", 0)
	inc.Incident = true
	rel := map[int64]*Ticket{}
	for i := int64(2); i <= int64(n)+1; i++ {
		m := outage(t, i, "c@"+strings.Repeat("x", int(i))+".example", time.Minute)
		m.IncidentID = 1
		rel[i] = m
	}
	return inc, rel
}

// onIncident is an agent's mail on the incident with rel loaded.
func onIncident(text string, rel map[int64]*Ticket) Inbound {
	in := agent(text)
	in.Related = rel
	return in
}

// changed returns the plan's change of ticket id, or nil.
func changed(p Plan, id int64) *TicketChange {
	for i := range p.Linked {
		if p.Linked[i].Ticket.ID == id {
			return &p.Linked[i]
		}
	}
	return nil
}

func kinds(es []Event) []EventKind {
	var ks []EventKind
	for _, e := range es {
		ks = append(ks, e.Kind)
	}
	return ks
}

func sends(ms []Mail) []MailKind {
	var ks []MailKind
	for _, m := range ms {
		ks = append(ks, m.Kind)
	}
	return ks
}

func TestIncidentDeclareLinkUnlink(t *testing.T) {
	now := t0.Add(5 * time.Minute)
	t.Run("declare", func(t *testing.T) {
		tk := outage(t, 1, "c1@one.example", 0)
		p := Decide(proto(), agent("#incident"), tk, now)
		if !p.Ticket.Incident || !slices.Equal(p.Kinds(), []EventKind{EventIncidentDeclared}) || len(p.Mails) != 0 || tk.Incident {
			t.Errorf("#incident: incident %v, events %v, mails %v (input changed: %v)", p.Ticket.Incident, p.Kinds(), p.Sends(), tk.Incident)
		}
	})
	t.Run("a ticket joins a ticket, which becomes the incident", func(t *testing.T) {
		first, tk := outage(t, 12, "a@a.example", 0), outage(t, 13, "b@b.example", time.Minute)
		in := agent("#link ESC-12")
		in.Related = map[int64]*Ticket{12: first}
		p := Decide(proto(), in, tk, now)
		c := changed(p, 12)
		if p.Ticket.IncidentID != 12 || c == nil || !c.Ticket.Incident ||
			!slices.Equal(kinds(c.Events), []EventKind{EventIncidentDeclared, EventLinked}) ||
			!slices.Equal(p.Kinds(), []EventKind{EventLinked}) || first.Incident {
			t.Fatalf("#link ESC-12 on ESC-13: linked to %d, events %v, change %+v", p.Ticket.IncidentID, p.Kinds(), c)
		}
	})
	t.Run("the incident links several", func(t *testing.T) {
		inc := outage(t, 1, "c1@one.example", 0)
		rel := map[int64]*Ticket{40: outage(t, 40, "a@a.example", 0), 41: outage(t, 41, "b@b.example", 0)}
		p := Decide(proto(), onIncident("#incident\n#link ESC-40,\n#link [ESC-41] ESC-40", rel), inc, now)
		if !p.Ticket.Incident || len(p.Linked) != 2 || p.Linked[0].Ticket.IncidentID != 1 || p.Linked[1].Ticket.IncidentID != 1 {
			t.Fatalf("#incident #link ESC-40 ESC-41: incident %v, linked %+v", p.Ticket.Incident, p.Linked)
		}
		if got := p.Kinds(); !slices.Equal(got, []EventKind{EventIncidentDeclared, EventLinked, EventLinked}) {
			t.Errorf("incident events %v", got)
		}
		if len(p.Mails) != 0 {
			t.Errorf("linking alone sent %v", p.Sends())
		}
	})
	t.Run("a linked ticket leaves", func(t *testing.T) {
		inc, rel := incident(t, 1)
		in := agent("#unlink")
		in.Related = map[int64]*Ticket{1: inc}
		p := Decide(proto(), in, rel[2], now)
		if p.Ticket.IncidentID != 0 || !slices.Equal(p.Kinds(), []EventKind{EventUnlinked}) ||
			changed(p, 1) == nil || !slices.Equal(kinds(changed(p, 1).Events), []EventKind{EventUnlinked}) {
			t.Errorf("#unlink on ESC-2: incident %d, events %v, incident's %+v", p.Ticket.IncidentID, p.Kinds(), changed(p, 1))
		}
	})
	t.Run("the incident unlinks one", func(t *testing.T) {
		inc, rel := incident(t, 2)
		p := Decide(proto(), onIncident("#unlink ESC-3", rel), inc, now)
		if c := changed(p, 3); c == nil || c.Ticket.IncidentID != 0 || changed(p, 2) != nil {
			t.Errorf("#unlink ESC-3: changes %+v", p.Linked)
		}
	})
}

func TestIncidentCommandsRejected(t *testing.T) {
	inc, rel := incident(t, 1)
	lone := outage(t, 9, "z@z.example", 0)
	resolved := outage(t, 10, "r@r.example", 0)
	resolved.Status = Resolved
	all := map[int64]*Ticket{1: inc, 2: rel[2], 9: lone, 10: resolved}
	for _, tt := range []struct {
		name, text string
		on         *Ticket
		reason     string
	}{
		{"link to nothing", "#link ESC-99", lone, "ESC-99 does not exist"},
		{"link to itself", "#link ESC-9", lone, "itself"},
		{"several tags on a plain ticket", "#link ESC-1 ESC-2", lone, "declare it with #incident"},
		{"join a linked ticket", "#link ESC-2", lone, "is linked to incident ESC-1: #link ESC-1"},
		{"join a resolved ticket", "#link ESC-10", lone, "ESC-10 is resolved"},
		{"an incident into an incident", "#incident\n#link ESC-1", lone, "is an incident itself"},
		{"declare a linked ticket", "#incident", rel[2], "send #unlink first"},
		{"unlink a plain ticket", "#unlink", lone, "linked to no incident"},
		{"unlink without tags on the incident", "#unlink", inc, "name the tickets"},
		{"unlink a stranger", "#unlink ESC-9", inc, "ESC-9 is not linked"},
		{"bad tag", "#link ESC-x", lone, "no ticket tag"},
		{"link and unlink", "#link ESC-1\n#unlink", lone, "send them apart"},
	} {
		in := agent(tt.text + "\nWe are on it.")
		in.Related = all
		p := Decide(proto(), in, tt.on, t0.Add(5*time.Minute))
		if !slices.Equal(p.Sends(), []MailKind{MailCommandRejected}) || len(p.Linked) != 0 || p.Changed ||
			!strings.Contains(p.Mails[0].Reason, tt.reason) {
			reason := ""
			if len(p.Mails) > 0 {
				reason = p.Mails[0].Reason
			}
			t.Errorf("%s: %q = mails %v, %d linked, reason %q; want a rejection naming %q", tt.name, tt.text, p.Sends(),
				len(p.Linked), reason, tt.reason)
		}
	}
	var cerr *CommandError
	if _, _, err := ParseCommands("#link"); !errors.As(err, &cerr) {
		t.Errorf("ParseCommands(#link) = %v, want a CommandError", err)
	}
}

// An agent's update on the incident reaches every linked customer on
// their own ticket and is the update on each linked ticket's clock.
func TestIncidentUpdateFansOut(t *testing.T) {
	inc, rel := incident(t, 3)
	closed := outage(t, 5, "gone@x.example", 0)
	closed.IncidentID, closed.Status = 1, Resolved
	rel[5] = closed
	now := t0.Add(10 * time.Minute)
	p := Decide(proto(), onIncident("We found the cause and are rolling back.", rel), inc, now)
	if !slices.Equal(p.Sends(), update) {
		t.Errorf("incident's own mails %v, want %v", p.Sends(), update)
	}
	if len(p.Linked) != 3 {
		t.Fatalf("%d linked changes, want 3 (the resolved one untouched): %+v", len(p.Linked), p.Linked)
	}
	for _, c := range p.Linked {
		tk := c.Ticket
		if !slices.Equal(sends(c.Mails), update) || c.Mails[0].To != ToCustomer || c.Mails[0].Text != "We found the cause and are rolling back." {
			t.Errorf("ESC-%d: mails %+v, want one status update to its customer", tk.ID, c.Mails)
		}
		if !tk.FirstResponseAt.Equal(now) || !tk.LastUpdateAt.Equal(now) || !tk.NextUpdateDue.Equal(now.Add(time.Hour)) {
			t.Errorf("ESC-%d: first response %v, next update %v; want %v, %v", tk.ID, tk.FirstResponseAt, tk.NextUpdateDue, now, now.Add(time.Hour))
		}
		if !slices.Equal(kinds(c.Events), []EventKind{EventStatusUpdate}) || c.Events[0].Detail["incident"] != int64(1) {
			t.Errorf("ESC-%d: events %+v", tk.ID, c.Events)
		}
		if rel[tk.ID].FirstResponseAt.Equal(now) {
			t.Errorf("Decide changed its input ticket ESC-%d", tk.ID)
		}
	}
	// Their clocks are satisfied: no breach of the first response at 15
	// minutes, and the next update is due when the incident's is.
	for _, c := range p.Linked {
		tp := Tick(proto(), c.Ticket, t0.Add(20*time.Minute))
		if slices.Contains(tp.Kinds(), EventBreach) || len(tp.Mails) != 0 {
			t.Errorf("ESC-%d at 20 min after the incident's update: events %v, mails %v", c.Ticket.ID, tp.Kinds(), tp.Sends())
		}
	}
	if p := Decide(proto(), onIncident("#internal\nRollback at 50%.", rel), inc, now); len(p.Linked) != 0 {
		t.Errorf("an #internal note on the incident changed %d linked tickets", len(p.Linked))
	}
	// Linking and updating in one mail reaches the newly linked too.
	newcomer := outage(t, 6, "new@n.example", 2*time.Minute)
	rel[6] = newcomer
	p = Decide(proto(), onIncident("#link ESC-6\nStill rolling back.", rel), inc, now)
	if c := changed(p, 6); c == nil || c.Ticket.IncidentID != 1 || !slices.Equal(sends(c.Mails), update) {
		t.Errorf("#link ESC-6 with text: change %+v", c)
	}
}

// #resolve on the incident resolves every open linked ticket, each with
// its own confirmation and monitoring window; the post-mortem is the
// incident's.
func TestIncidentResolvesAll(t *testing.T) {
	inc, rel := incident(t, 2)
	p3 := outage(t, 4, "slow@x.example", 0)
	p3.applyPolicy(proto().Policy(classify.P3))
	p3.IncidentID = 1
	rel[4] = p3
	now := t0.Add(2 * time.Hour)
	p := Decide(proto(), onIncident("#root-cause expired certificate\n#resolve Logins work again.", rel), inc, now)
	if p.Ticket.Status != Resolved || !slices.Equal(p.Sends(), []MailKind{MailResolution}) {
		t.Errorf("incident: %s, mails %v", p.Ticket.Status, p.Sends())
	}
	if len(p.Linked) != 3 {
		t.Fatalf("%d linked resolved, want 3", len(p.Linked))
	}
	for _, c := range p.Linked {
		tk := c.Ticket
		want := now.Add(tk.Policy.ReopenWithin)
		if tk.Status != Resolved || !tk.MonitorUntil.Equal(want) || tk.RootCause != "expired certificate" ||
			!slices.Equal(sends(c.Mails), []MailKind{MailResolution}) || !strings.Contains(c.Mails[0].Text, "Logins work again") {
			t.Errorf("ESC-%d: %s, monitor until %v (want %v), root cause %q, mails %v", tk.ID, tk.Status, tk.MonitorUntil, want,
				tk.RootCause, sends(c.Mails))
		}
		if tp := Tick(proto(), tk, now.Add(time.Minute)); slices.Contains(tp.Sends(), MailPostmortemDraft) {
			t.Errorf("ESC-%d: a linked ticket sent its own post-mortem draft", tk.ID)
		}
	}
	if p.Linked[2].Ticket.MonitorUntil.Equal(p.Linked[0].Ticket.MonitorUntil) {
		t.Errorf("the P3 took the P1's monitoring window")
	}
	if tp := Tick(proto(), p.Ticket, now.Add(time.Minute)); !slices.Contains(tp.Sends(), MailPostmortemDraft) {
		t.Errorf("the incident sent no post-mortem draft: %v", tp.Sends())
	}

	// A linked customer replies after the incident closed: inside their
	// window it reopens their own ticket, now on its own; after it, a new
	// ticket follows theirs.
	linked := p.Linked[0].Ticket
	reply := customer(classify.P3)
	reply.From, reply.ReplyTo = linked.Customer, linked.Customer
	rp := Decide(proto(), reply, linked, now.Add(24*time.Hour))
	if rp.Ticket.ID != linked.ID || rp.Ticket.Status != Open || rp.Ticket.IncidentID != 0 ||
		!slices.Equal(rp.Kinds(), []EventKind{EventReopened, EventUnlinked}) || len(rp.Linked) != 0 {
		t.Errorf("reply inside the window: ticket %d %s, incident %d, events %v", rp.Ticket.ID, rp.Ticket.Status,
			rp.Ticket.IncidentID, rp.Kinds())
	}
	ap := Decide(proto(), agent("#reopen\nLooking into it again."), linked, now.Add(time.Hour))
	if ap.Ticket.Status != Open || ap.Ticket.IncidentID != 0 || !slices.Contains(ap.Kinds(), EventUnlinked) {
		t.Errorf("#reopen on a linked ticket: %s, incident %d, events %v; want open on its own", ap.Ticket.Status,
			ap.Ticket.IncidentID, ap.Kinds())
	}
	rp = Decide(proto(), reply, linked, now.Add(31*24*time.Hour))
	if !rp.New || rp.Ticket.ParentID != linked.ID || rp.Ticket.IncidentID != 0 {
		t.Errorf("reply after the window: new %v, parent %d, incident %d", rp.New, rp.Ticket.ParentID, rp.Ticket.IncidentID)
	}
}

// The ladder climbs once per incident: nobody answers anyone, and only
// the incident pages the CCO, then the CEO.
func TestIncidentLadderClimbsOnce(t *testing.T) {
	inc, rel := incident(t, 3)
	all := []*Ticket{inc, rel[2], rel[3], rel[4]}
	for _, step := range []struct {
		at    time.Duration
		paged []string
	}{
		{12 * time.Minute, nil},
		{17 * time.Minute, []string{"cco"}},
		{76 * time.Minute, []string{"ceo"}},
	} {
		var paged []string
		var reminders, breaches int
		for i, tk := range all {
			p := Tick(proto(), tk, t0.Add(step.at))
			for _, m := range p.Mails {
				switch m.Kind {
				case MailEscalation:
					paged = append(paged, m.Roles...)
				case MailReminder:
					reminders++
				}
			}
			for _, e := range p.Events {
				if e.Kind == EventBreach {
					breaches++
				}
			}
			all[i] = p.Ticket
		}
		if !slices.Equal(paged, step.paged) {
			t.Errorf("at %v: paged %v, want %v once for the incident", step.at, paged, step.paged)
		}
		if reminders > 1 {
			t.Errorf("at %v: %d reminders, want the incident's only", step.at, reminders)
		}
		if step.paged != nil && breaches != 4 {
			t.Errorf("at %v: %d breaches recorded, want 4 (every customer's clock is real)", step.at, breaches)
		}
	}
	if NextDue(*all[1]).IsZero() {
		t.Errorf("a linked ticket has no clock left: its breaches would never be recorded")
	}
}

func TestIncidentSuggestions(t *testing.T) {
	now := t0.Add(10 * time.Minute)
	login := func(id int64, at time.Duration) Ticket { return *outage(t, id, "u@u.example", at) }
	var recent []Ticket
	for i := int64(12); i < 48; i++ {
		recent = append(recent, login(i, time.Duration(i-12)*10*time.Second))
	}
	payments := login(50, 0)
	payments.Subject, payments.Evidence = "Customers double-charged", []classify.Evidence{
		{Rule: "double charged", Match: "double-charged", Weight: 4.5, Source: "default.rules:563"}}
	declared := login(12, 0)
	declared.Incident, declared.NextUpdateDue = true, t0.Add(time.Hour)
	info := IncidentInfo{Ticket: declared, Linked: 35, First: t0, Latest: t0.Add(9 * time.Minute)}
	sameSubject := login(60, 0)
	sameSubject.Subject, sameSubject.Evidence = "Login page broken since 9:00", nil

	// A chain: the new ticket is like the first report but not like the
	// second, which is like the first.
	first, second := login(70, 0), login(71, time.Minute)
	first.Evidence = []classify.Evidence{{Rule: "nobody can log in", Weight: 4.5, Source: "default.rules:125"}}
	second.Evidence = []classify.Evidence{{Rule: "cannot log in", Weight: 3, Source: "default.rules:128"},
		{Rule: "none of our staff can log in", Weight: 3, Source: "default.rules:125"}}
	chainNew := []classify.Evidence{{Rule: "log-in broken", Weight: 4, Source: "default.rules:140"},
		{Rule: "nobody in our team can log in", Weight: 2, Source: "default.rules:125"}}
	cases := []struct {
		name      string
		sev       classify.Severity
		subject   string
		evidence  []classify.Evidence
		incidents []IncidentInfo
		recent    []Ticket
		autoLink  bool
		want      string // the notice's line; "" none
		receipt   bool   // the receipt names the incident
		linked    int64
	}{
		{"37 like tickets in 10 minutes", classify.P1, "Nobody can log in", loginEvidence, nil, recent, false,
			"Looks like ESC-12: 37 tickets in 10 minutes about nobody can log in. Reply #link ESC-12 to group them under it.", false, 0},
		{"another phrase of the same rule line", classify.P1, "Cannot log in", []classify.Evidence{
			{Rule: "cannot log in", Match: "Cannot log in", Weight: 3, Source: "default.rules:128"},
			{Rule: "none of our staff can log in", Match: "None of our staff can log in", Weight: 3, Source: "default.rules:125"}},
			nil, recent, false,
			"Looks like ESC-12: 37 tickets in 10 minutes about nobody can log in. Reply #link ESC-12 to group them under it.", false, 0},
		{"a chain of likeness counts the group", classify.P1, "Log-in broken", chainNew, nil, []Ticket{first, second}, false,
			"Looks like ESC-70: 3 tickets in 10 minutes about nobody can log in. Reply #link ESC-70 to group them under it.", false, 0},
		{"another outage is not suggested", classify.P1, "Customers double-charged", payments.Evidence, nil, recent, false, "", false, 0},
		{"near-identical subjects", classify.P2, "login page broken since 9:00!", nil, nil, []Ticket{sameSubject}, false,
			`Looks like ESC-60: 2 tickets in 10 minutes about "Login page broken since 9:00". Reply #link ESC-60 to group them under it.`, false, 0},
		{"like tickets outside the window", classify.P1, "Nobody can log in", loginEvidence, nil, recent[:1], false, "", false, 0},
		{"a P3 is never grouped", classify.P3, "Nobody can log in", loginEvidence, nil, recent, false, "", false, 0},
		{"the declared incident", classify.P1, "Nobody can log in", loginEvidence, []IncidentInfo{info}, recent, false,
			"Looks like incident ESC-12: 37 tickets in 10 minutes about nobody can log in. Reply #link ESC-12 to join it.", true, 0},
		{"an open incident, other evidence", classify.P1, "Customers double-charged", payments.Evidence, []IncidentInfo{info}, nil, false,
			`Incident ESC-12 is open: 36 tickets in 10 minutes about "Nobody can log in". If this ticket is part of it, reply #link ESC-12.`, true, 0},
		{"auto-link on", classify.P1, "Nobody can log in", loginEvidence, []IncidentInfo{info}, nil, true,
			"Linked to incident ESC-12: 37 tickets in 10 minutes about nobody can log in. Reply #unlink if it is not part of it.", true, 12},
		{"auto-link never joins a mere group", classify.P1, "Nobody can log in", loginEvidence, nil, recent, true,
			"Looks like ESC-12: 37 tickets in 10 minutes about nobody can log in. Reply #link ESC-12 to group them under it.", false, 0},
	}
	// Each case runs with no Likeness, then twice with one shared by all
	// cases (the second time from what it kept): the same results.
	shared := NewLikeness()
	for pass, like := range []*Likeness{nil, shared, shared} {
		for _, tt := range cases {
			pr := proto()
			pr.AutoLink = tt.autoLink
			in := customer(tt.sev)
			in.Subject, in.Class.Evidence, in.Incidents, in.Recent, in.ReceivedAt = tt.subject, tt.evidence, tt.incidents, tt.recent, now
			in.Likeness = like
			outside := tt.name == "like tickets outside the window"
			tt.name = fmt.Sprintf("%s (pass %d)", tt.name, pass)
			if outside {
				now := now.Add(time.Hour)
				in.ReceivedAt = now
				if p := Decide(pr, in, nil, now); p.Mails[len(p.Mails)-1].Suggestion != nil {
					t.Errorf("%s: suggested %q", tt.name, p.Mails[len(p.Mails)-1].Suggestion.Text)
				}
				continue
			}
			p := Decide(pr, in, nil, now)
			var notice, receipt *Mail
			for i := range p.Mails {
				switch p.Mails[i].Kind {
				case MailNotice:
					notice = &p.Mails[i]
				case MailReceipt:
					receipt = &p.Mails[i]
				}
			}
			got := ""
			if notice != nil && notice.Suggestion != nil {
				got = notice.Suggestion.Text
			}
			if got != tt.want {
				t.Errorf("%s: notice says %q\nwant %q", tt.name, got, tt.want)
			}
			if (receipt != nil && receipt.Suggestion != nil) != tt.receipt {
				t.Errorf("%s: receipt names the incident: %v, want %v", tt.name, receipt != nil && receipt.Suggestion != nil, tt.receipt)
			}
			if tt.receipt && !receipt.Suggestion.NextUpdate.Equal(t0.Add(time.Hour)) {
				t.Errorf("%s: receipt's next update %v, want the incident's %v", tt.name, receipt.Suggestion.NextUpdate, t0.Add(time.Hour))
			}
			if notice != nil && notice.TeamOnly != (tt.linked != 0) {
				t.Errorf("%s: the notice goes to the team only: %v; want it only when linked at intake", tt.name, notice.TeamOnly)
			}
			if p.Ticket.IncidentID != tt.linked || slices.Contains(p.Kinds(), EventLinked) != (tt.linked != 0) {
				t.Errorf("%s: linked to %d (events %v), want %d", tt.name, p.Ticket.IncidentID, p.Kinds(), tt.linked)
			}
		}
	}
}

// A Likeness keeps a stored ticket's traits by its ID only while its
// subject and evidence are the ones they were derived from: the same
// ticket read again after an agent's #severity or a reworded subject is
// compared as it now is.
func TestLikenessFollowsAChangedTicket(t *testing.T) {
	now := t0.Add(10 * time.Minute)
	like := NewLikeness()
	suggested := func(recent Ticket) bool {
		in := customer(classify.P1)
		in.Subject, in.Class.Evidence, in.Recent, in.ReceivedAt, in.Likeness = "Nobody can log in", loginEvidence, []Ticket{recent}, now, like
		for _, m := range Decide(proto(), in, nil, now).Mails {
			if m.Kind == MailNotice && m.Suggestion != nil {
				return true
			}
		}
		return false
	}
	login := *outage(t, 5, "u@u.example", time.Minute)
	if !suggested(login) {
		t.Fatal("a login outage is not grouped with another")
	}
	payments := login
	payments.Subject, payments.Evidence = "Customers double-charged", []classify.Evidence{
		{Rule: "double charged", Match: "double-charged", Weight: 4.5, Source: "default.rules:563"}}
	if suggested(payments) {
		t.Error("ticket 5, now about payments, is still grouped with a login outage")
	}
	payments.Evidence = login.Evidence // the login evidence again, under the payments subject
	if !suggested(payments) {
		t.Error("ticket 5 with its login evidence back is not grouped with a login outage")
	}
}
