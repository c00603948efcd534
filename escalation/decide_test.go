package escalation

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

var t0 = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

func proto() Protocol {
	p := DefaultProtocol()
	p.TeamConfigured = true
	return p
}

// customer is a customer's mail of severity s received at t0.
func customer(s classify.Severity) Inbound {
	return Inbound{MessageID: "c1@cust.example", From: "ann@cust.example", ReplyTo: "ann@cust.example",
		FromName: "Ann", Subject: "Portal down", Text: "Nothing loads.", ReceivedAt: t0,
		Class: classify.Result{Severity: s}}
}

// agent is a verified agent's mail on a ticket with the given text.
func agent(text string) Inbound {
	return Inbound{MessageID: "a1@acme.example", From: "dana@acme.example", FromName: "Dana",
		Text: text, Agent: Verified, ReceivedAt: t0}
}

// opened returns the ticket a P-severity customer mail opens at t0.
func opened(t *testing.T, s classify.Severity) *Ticket {
	t.Helper()
	p := Decide(proto(), customer(s), nil, t0)
	if !p.New || p.Ticket == nil {
		t.Fatalf("Decide(new %s mail) opened no ticket: %+v", s, p)
	}
	tk := *p.Ticket
	tk.ID = 7
	return &tk
}

func TestDecideCustomerMail(t *testing.T) {
	open := opened(t, classify.P2)
	resolved := *open
	resolved.Status, resolved.ResolvedAt, resolved.MonitorUntil = Resolved, t0, t0.Add(14*24*time.Hour)
	waiting := *open
	waiting.Waiting, waiting.LastUpdateAt, waiting.FirstResponseAt = true, t0, t0
	tests := []struct {
		name   string
		in     func() Inbound
		t      *Ticket
		at     time.Duration
		new    bool
		parent int64
		events []EventKind
		mails  []MailKind
	}{
		{"new P1 mail", func() Inbound { return customer(classify.P1) }, nil, 0, true, 0,
			[]EventKind{EventOpened, EventReceiptQueued, EventTeamNotified}, []MailKind{MailReceipt, MailNotice}},
		{"new P3 mail: no team notice", func() Inbound { return customer(classify.P3) }, nil, 0, true, 0,
			[]EventKind{EventOpened, EventReceiptQueued}, []MailKind{MailReceipt}},
		{"receipts rate-limited", func() Inbound { in := customer(classify.P1); in.RecentReceipts = 5; return in }, nil, 0, true, 0,
			[]EventKind{EventOpened, EventReceiptSuppressed, EventTeamNotified}, []MailKind{MailNotice}},
		{"follow-up on an open ticket", func() Inbound { return customer(classify.P1) }, open, time.Hour, false, 0,
			[]EventKind{EventCustomerMessage}, nil},
		{"reply inside the monitoring window reopens", func() Inbound { return customer(classify.P4) }, &resolved, 24 * time.Hour, false, 0,
			[]EventKind{EventReopened}, nil},
		{"reply after the window opens a linked ticket", func() Inbound { return customer(classify.P4) }, &resolved, 15 * 24 * time.Hour, true, 7,
			[]EventKind{EventOpened, EventReceiptQueued}, []MailKind{MailReceipt}},
		{"tag of a stranger's ticket opens a new one", func() Inbound { in := customer(classify.P3); in.ByTag = true; return in }, open, time.Hour, true, 0,
			[]EventKind{EventOpened, EventReceiptQueued}, []MailKind{MailReceipt}},
		{"tag of the sender's own ticket follows up", func() Inbound {
			in := customer(classify.P3)
			in.ByTag, in.Participant = true, true
			return in
		}, open, time.Hour, false, 0, []EventKind{EventCustomerMessage}, nil},
		{"auto-reply on a ticket is recorded", func() Inbound { in := customer(classify.P1); in.Automatic = "auto-reply"; return in }, open, time.Hour, false, 0,
			[]EventKind{EventMailRecorded}, nil},
		{"bounce on a ticket", func() Inbound { in := customer(classify.P1); in.Automatic = "bounce"; return in }, open, time.Hour, false, 0,
			[]EventKind{EventBounceReceived}, nil},
		{"automatic mail outside a ticket: nothing", func() Inbound { in := customer(classify.P1); in.Automatic = "list"; return in }, nil, 0, false, 0, nil, nil},
		{"history outside a ticket: nothing", func() Inbound { in := customer(classify.P1); in.History = true; return in }, nil, 0, false, 0, nil, nil},
		{"customer answers while waiting", func() Inbound { return customer(classify.P3) }, &waiting, time.Hour, false, 0,
			[]EventKind{EventCustomerMessage}, nil},
	}
	for _, tt := range tests {
		p := Decide(proto(), tt.in(), tt.t, t0.Add(tt.at))
		if p.New != tt.new || !slices.Equal(p.Kinds(), tt.events) || !slices.Equal(p.Sends(), tt.mails) {
			t.Errorf("%s: Decide = new %v, events %v, mails %v; want new %v, events %v, mails %v",
				tt.name, p.New, p.Kinds(), p.Sends(), tt.new, tt.events, tt.mails)
		}
		if p.New && p.Ticket.ParentID != tt.parent {
			t.Errorf("%s: parent = %d, want %d", tt.name, p.Ticket.ParentID, tt.parent)
		}
		if tt.t != nil && tt.t.Status == Resolved && tt.t.ID == 7 && tt.t.ResolvedAt.IsZero() {
			t.Errorf("%s: Decide modified its input ticket", tt.name)
		}
	}
	held := customer(classify.P1)
	held.RecentReceipts = 5
	if p := Decide(proto(), held, nil, t0); len(p.Mails) != 1 || !p.Mails[0].ReceiptHeld {
		t.Errorf("P1 with its receipt held back: mails %+v, want a team notice saying so", p.Mails)
	}
	if p := Decide(proto(), customer(classify.P1), &waiting, t0.Add(time.Hour)); p.Ticket.Waiting ||
		!p.Ticket.NextUpdateDue.Equal(t0.Add(25*time.Hour)) {
		t.Errorf("customer answer while waiting: waiting %v, next update %v; want false, %v",
			p.Ticket.Waiting, p.Ticket.NextUpdateDue, t0.Add(25*time.Hour))
	}
}

func TestOpenClocksStartAtInternalDate(t *testing.T) {
	in := customer(classify.P1)
	in.ReceivedAt = t0.Add(-3 * time.Minute) // waited in the mailbox while the gateway was down
	p := Decide(proto(), in, nil, t0)
	tk := p.Ticket
	if !tk.OpenedAt.Equal(in.ReceivedAt) || !tk.AckDue.Equal(in.ReceivedAt.Add(15*time.Minute)) {
		t.Errorf("P1 opened %v, ack due %v; want %v, %v", tk.OpenedAt, tk.AckDue, in.ReceivedAt, in.ReceivedAt.Add(15*time.Minute))
	}
	if !tk.NextUpdateDue.IsZero() || !tk.FirstResponseAt.IsZero() {
		t.Errorf("the update clock started before any human response: next update %v", tk.NextUpdateDue)
	}
	if tk.Policy.Severity != classify.P1 || tk.AutoSeverity != classify.P1 {
		t.Errorf("policy snapshot %s, auto severity %s; want P1", tk.Policy.Severity, tk.AutoSeverity)
	}
	if m := p.Mails[0]; m.Kind != MailReceipt || !m.TeamAlerted {
		t.Errorf("P1 receipt = %+v, want TeamAlerted", m)
	}
	pr := DefaultProtocol() // no team configured
	if p := Decide(pr, in, nil, t0); p.Mails[0].TeamAlerted || slices.Contains(p.Sends(), MailNotice) {
		t.Errorf("without a team: mails %v, TeamAlerted %v; want a receipt that does not claim an alert", p.Sends(), p.Mails[0].TeamAlerted)
	}
}

func TestDecideAgentMail(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		events []EventKind
		mails  []MailKind
		check  func(t *testing.T, n Ticket)
	}{
		{"status update", "We found the cause and are rolling back.",
			[]EventKind{EventStatusUpdate}, []MailKind{MailStatusUpdate}, func(t *testing.T, n Ticket) {
				if !n.FirstResponseAt.Equal(t0.Add(10*time.Minute)) || !n.NextUpdateDue.Equal(t0.Add(24*time.Hour+10*time.Minute)) {
					t.Errorf("first response %v, next update %v", n.FirstResponseAt, n.NextUpdateDue)
				}
				if n.Owner != "dana@acme.example" {
					t.Errorf("owner = %q, want the agent who answered", n.Owner)
				}
			}},
		{"internal note", "#internal\nCustomer is on the legacy plan.",
			[]EventKind{EventInternalNote}, nil, func(t *testing.T, n Ticket) {
				if !n.FirstResponseAt.IsZero() {
					t.Error("an internal note counted as the first response")
				}
			}},
		{"empty text relays nothing", "", []EventKind{EventInternalNote}, nil, nil},
		{"severity raised with an update", "#severity P1\nAll users are affected now.",
			[]EventKind{EventSeverityChanged, EventStatusUpdate}, []MailKind{MailStatusUpdate}, func(t *testing.T, n Ticket) {
				if n.Severity != classify.P1 || n.Policy.Severity != classify.P1 || !n.AckDue.Equal(t0.Add(15*time.Minute)) ||
					!n.NextUpdateDue.Equal(t0.Add(70*time.Minute)) {
					t.Errorf("after #severity P1: %s, ack due %v, next update %v", n.Severity, n.AckDue, n.NextUpdateDue)
				}
			}},
		{"severity changed alone tells the customer", "#severity P4",
			[]EventKind{EventSeverityChanged}, []MailKind{MailSeverityChanged}, nil},
		{"severity changed internally tells nobody", "#internal\n#severity P3",
			[]EventKind{EventSeverityChanged}, nil, nil},
		{"resolve with root cause", "#root-cause expired TLS certificate\n#resolve Renewed the certificate.",
			[]EventKind{EventRootCause, EventResolved}, []MailKind{MailResolution}, func(t *testing.T, n Ticket) {
				if n.Status != Resolved || !n.MonitorUntil.Equal(t0.Add(10*time.Minute+14*24*time.Hour)) ||
					n.Resolution != "Renewed the certificate." || !n.NextUpdateDue.IsZero() {
					t.Errorf("resolved: %s until %v, summary %q, next update %v", n.Status, n.MonitorUntil, n.Resolution, n.NextUpdateDue)
				}
			}},
		{"resolve without root cause reminds the owner", "#resolve\nRestarted the workers.",
			[]EventKind{EventResolved}, []MailKind{MailResolution, MailRootCauseReminder}, func(t *testing.T, n Ticket) {
				if n.Resolution != "Restarted the workers." {
					t.Errorf("summary = %q, want the text", n.Resolution)
				}
			}},
		{"assign, call, waiting", "#assign Lee <lee@acme.example>\n#call tomorrow 10:00 UTC\n#waiting\nCould you send the logs?",
			[]EventKind{EventAssigned, EventCallScheduled, EventWaiting, EventStatusUpdate}, []MailKind{MailStatusUpdate}, func(t *testing.T, n Ticket) {
				if n.Owner != "lee@acme.example" || n.Call != "tomorrow 10:00 UTC" || !n.Waiting || !n.NextUpdateDue.IsZero() {
					t.Errorf("owner %q call %q waiting %v next update %v", n.Owner, n.Call, n.Waiting, n.NextUpdateDue)
				}
			}},
		{"postmortem done", "#postmortem done", []EventKind{EventPostmortemDone}, nil, func(t *testing.T, n Ticket) {
			if !n.PostmortemDone {
				t.Error("post-mortem not recorded")
			}
		}},
		{"unknown command applies nothing", "#severity P1\n#frobnicate\nText.",
			[]EventKind{EventCommandRejected}, []MailKind{MailCommandRejected}, func(t *testing.T, n Ticket) {
				if n.Severity != classify.P2 {
					t.Errorf("severity = %s after a rejected mail, want P2", n.Severity)
				}
			}},
		{"malformed severity", "#severity P9", []EventKind{EventCommandRejected}, []MailKind{MailCommandRejected}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := opened(t, classify.P2)
			p := Decide(proto(), agent(tt.text), tk, t0.Add(10*time.Minute))
			if !slices.Equal(p.Kinds(), tt.events) || !slices.Equal(p.Sends(), tt.mails) {
				t.Errorf("Decide(agent %q) = events %v, mails %v; want %v, %v", tt.text, p.Kinds(), p.Sends(), tt.events, tt.mails)
			}
			if p.New || p.Ticket == nil || !p.Attach {
				t.Fatalf("agent mail: new %v ticket %v attach %v", p.New, p.Ticket, p.Attach)
			}
			if tt.check != nil {
				tt.check(t, *p.Ticket)
			}
		})
	}
}

func TestDecideAgentsAreNeverCustomers(t *testing.T) {
	in := agent("[ESC-9] status: rolling back")
	in.Tag = 9
	p := Decide(proto(), in, nil, t0)
	if p.Ticket != nil || !slices.Equal(p.Sends(), []MailKind{MailUnknownTicket}) || p.Mails[0].TagID != 9 {
		t.Errorf("agent mail with an unknown tag: ticket %v, mails %v; want no ticket, one unknown-ticket reply", p.Ticket, p.Sends())
	}
	tk := opened(t, classify.P1)
	in = agent("Working on it.")
	in.ByTag = true // agents need not be participants
	if p := Decide(proto(), in, tk, t0); !slices.Equal(p.Sends(), []MailKind{MailStatusUpdate}) {
		t.Errorf("agent mail found by tag: mails %v, want a status update", p.Sends())
	}
}

func TestDecideUnverifiedAgent(t *testing.T) {
	tk := opened(t, classify.P2)
	in := agent("#resolve\nAll good.")
	in.Agent, in.AgentReason = Unverified, "dkim=fail spf=fail dmarc=fail"
	p := Decide(proto(), in, tk, t0.Add(time.Minute))
	if p.Changed || p.Ticket.Status != Open || !slices.Equal(p.Kinds(), []EventKind{EventAgentUnverified}) ||
		!slices.Equal(p.Sends(), []MailKind{MailUnverified}) {
		t.Errorf("forged agent #resolve: changed %v status %s events %v mails %v; want nothing changed, agent told",
			p.Changed, p.Ticket.Status, p.Kinds(), p.Sends())
	}
	in.RecentUnverified = 1
	if p := Decide(proto(), in, tk, t0.Add(time.Minute)); len(p.Mails) != 0 {
		t.Errorf("second unverified mail within the hour: mails %v, want none", p.Sends())
	}
	if p := Decide(proto(), in, nil, t0); p.New || p.Ticket != nil {
		t.Errorf("unverified agent mail outside a ticket opened one: %+v", p)
	}
}

func TestParseCommands(t *testing.T) {
	tests := []struct {
		text  string
		verbs []Verb
		rest  string
		line  int // of the error; 0 for none
	}{
		{"Plain update.", nil, "Plain update.", 0},
		{"\n#internal\n\n#Severity p1\nText\n#resolve later", []Verb{CmdInternal, CmdSeverity}, "Text\n#resolve later", 0},
		{"#1 priority is the export.", nil, "#1 priority is the export.", 0},
		{"#rootcause disk full", []Verb{CmdRootCause}, "", 0},
		{"#assign not an address", nil, "", 1},
		{"#postmortem started", nil, "", 1},
		{"#waiting now", nil, "", 1},
		{"#call", nil, "", 1},
		{"#internal\n#internal", nil, "", 2},
		{"#resolve\n#reopen", nil, "", 1},
	}
	for _, tt := range tests {
		cmds, rest, err := ParseCommands(tt.text)
		var ce *CommandError
		switch {
		case tt.line != 0:
			if !errors.As(err, &ce) || ce.Line != tt.line || ce.Reason == "" {
				t.Errorf("ParseCommands(%q) error = %v, want one at line %d", tt.text, err, tt.line)
			}
			continue
		case err != nil:
			t.Errorf("ParseCommands(%q) error = %v", tt.text, err)
			continue
		}
		var verbs []Verb
		for _, c := range cmds {
			verbs = append(verbs, c.Verb)
		}
		if !slices.Equal(verbs, tt.verbs) || rest != tt.rest {
			t.Errorf("ParseCommands(%q) = %v, %q; want %v, %q", tt.text, verbs, rest, tt.verbs, tt.rest)
		}
	}
}

func TestMessageIDs(t *testing.T) {
	ids := IDs{Secret: []byte("k1"), Installation: "abc123", Domain: "support.example.com"}
	id := ids.MessageID(42, MailReceipt, 1)
	if id != ids.MessageID(42, MailReceipt, 1) {
		t.Fatal("MessageID is not deterministic")
	}
	rebuilt := ids
	rebuilt.Installation = "zzz999"
	other := ids
	other.Secret = []byte("other")
	for _, tt := range []struct {
		id     string
		ticket int64
		ok     bool
	}{
		{id, 42, true},
		{"<" + id + ">", 42, true},
		{other.MessageID(42, MailReceipt, 1), 0, false},
		{rebuilt.MessageID(42, MailReceipt, 1), 0, false}, // a rebuilt database's mail
		{"esc.abc123.43" + id[len("esc.abc123.42"):], 0, false},
		{"CAF=abc@mail.gmail.com", 0, false},
		{"esc.1.ack.1.abc@x", 0, false},
	} {
		got, ok := ids.Ticket(tt.id)
		if got != tt.ticket || ok != tt.ok {
			t.Errorf("Ticket(%q) = %d, %v; want %d, %v", tt.id, got, ok, tt.ticket, tt.ok)
		}
	}
}

func TestChecklistTracksTheTicket(t *testing.T) {
	tk := opened(t, classify.P1)
	p := Decide(proto(), agent("#call today 15:00\n#root-cause bad deploy\nRolled back."), tk, t0.Add(5*time.Minute))
	items := Checklist(*p.Ticket, map[EventKind]bool{EventTeamNotified: true}, t0.Add(10*time.Minute))
	done := map[string]bool{}
	for _, it := range items {
		done[it.Item] = it.Done
	}
	want := map[string]bool{"Acknowledge within 15 minutes": true, "Notify internal team": true, "Schedule customer call": true,
		"Provide hourly updates": true, "Document root cause": true, "Conduct post-mortem review": false,
		"Escalate to Manager/VP": true} // a P1's first step pages the VP at intake
	for item, d := range want {
		if got, ok := done[item]; !ok || got != d {
			t.Errorf("checklist %q = %v (present %v), want %v", item, got, ok, d)
		}
	}
	if items := Checklist(*p.Ticket, nil, t0.Add(2*time.Hour)); items[5].Item != "Provide hourly updates" || items[5].Done {
		t.Errorf("an overdue hourly update still counts as kept: %+v", items[5])
	}
}
