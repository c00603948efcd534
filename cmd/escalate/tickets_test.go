package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/schema"
)

// hostileSubject retitles an xterm (OSC 0 … BEL) and paints red (SGR).
const hostileSubject = "\x1b]0;pwned\x07Printer \x1b[31mon fire\x1b[0m \u202egnp.exe"

// ticketsFixture writes a config and a store with two tickets: ESC-1, a
// P2 owned by Dana whose first response is overdue, with a thread, events
// and an outbox row; ESC-2, a P4 whose first response is due in 20 hours.
func ticketsFixture(t *testing.T) (cfgPath string) {
	t.Helper()
	dir := t.TempDir()
	cfgPath = filepath.Join(dir, "escalate.toml")
	cfg := strings.Replace(minimalConfig, `secret = { env = "ESC_TEST_SECRET" }`, `secret = "s"`, 1)
	cfg = strings.Replace(cfg, `password = { file = "imap.pw" }`, `password = "p"`, 1)
	if err := os.WriteFile(cfgPath, []byte(cfg+"[database]\npath = \"t.db\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store, err := schema.Open(ctx, filepath.Join(dir, "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := time.Now()
	err = store.InTx(ctx, func(x *schema.Tx) error {
		t1 := &schema.Ticket{Subject: hostileSubject, CustomerAddr: "eve@customer.example", CustomerName: "Eve\x1b[2J",
			Mailbox: "support", Severity: 2, Score: 3.5, Confidence: 0.8, Evidence: `[{"rule":"on fire","match":"on fire","field":"subject","weight":2,"offset":20}]`,
			ThreadRoot: "a1@customer.example", Assignee: "dana@acme.example", OpenedAt: now.Add(-3 * time.Hour), AckDueAt: now.Add(-2 * time.Hour)}
		if err := x.CreateTicket(ctx, t1); err != nil {
			return err
		}
		t2 := &schema.Ticket{Subject: "Question about invoices", CustomerAddr: "bob@customer.example", Mailbox: "support",
			Severity: 4, ThreadRoot: "b1@customer.example", OpenedAt: now.Add(-4 * time.Hour), AckDueAt: now.Add(20 * time.Hour)}
		if err := x.CreateTicket(ctx, t2); err != nil {
			return err
		}
		if _, err := x.InsertMessage(ctx, &schema.Message{TicketID: &t1.ID, Direction: "in", MessageID: "a1@customer.example",
			FromAddr: "eve@customer.example", Subject: hostileSubject, Body: "line one\n\x1b[31mred\x1b[0m line two",
			ReceivedAt: t1.OpenedAt}); err != nil {
			return err
		}
		if err := x.AddEvent(ctx, schema.Event{TicketID: t1.ID, At: t1.OpenedAt, Kind: "opened", Actor: "eve@customer.example"}); err != nil {
			return err
		}
		_, err := x.Enqueue(ctx, &schema.OutboxMail{TicketID: &t1.ID, Kind: "ack", MessageID: "esc.1.ack@acme.example",
			FromAddr: "support@acme.example", ToAddrs: "eve@customer.example", Subject: "Re: [ESC-1] " + hostileSubject,
			Body: "We received your mail.", CreatedAt: t1.OpenedAt})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfgPath
}

func TestTicketsTable(t *testing.T) {
	cfg := ticketsFixture(t)
	out, errs, err := runCLI(t, "tickets", "--config", cfg)
	if err != nil {
		t.Fatalf("tickets: %v\n%s", err, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || strings.Join(strings.Fields(lines[0]), " ") != "TICKET SEV STATUS OWNER DUE OPENED (UTC) CUSTOMER SUBJECT" {
		t.Fatalf("tickets printed:\n%s", out)
	}
	for _, want := range []string{"ESC-2", "P4", "-", "response in 19h59m"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("row of ESC-2 lacks %q: %s", want, lines[1])
		}
	}
	for _, want := range []string{"ESC-1", "P2", "open", "dana@acme.example", "response overdue 2h00m", `\x1b]0;pwned\x07Printer \x1b[31mon fire`, `\u202e`} {
		if !strings.Contains(lines[2], want) {
			t.Errorf("row of ESC-1 lacks %q: %s", want, lines[2])
		}
	}
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("tickets printed a raw control character: %q", out)
	}
	out, _, err = runCLI(t, "tickets", "--config", cfg, "--severity", "p4", "--status", "open")
	if err != nil || !strings.Contains(out, "ESC-2") || strings.Contains(out, "ESC-1") {
		t.Errorf("tickets --severity p4: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "tickets", "--config", cfg, "--status", "resolved")
	if err != nil || strings.Count(out, "\n") != 1 {
		t.Errorf("tickets --status resolved: %v, want the header alone:\n%s", err, out)
	}
}

// TestTicketsJSONShape pins the documented shape of tickets --json.
func TestTicketsJSONShape(t *testing.T) {
	cfg := ticketsFixture(t)
	out, _, err := runCLI(t, "tickets", "--config", cfg, "--json", "--severity", "P2")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	n := 0
	for sc.Scan() {
		n++
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v", n, err)
		}
	}
	if n != 1 {
		t.Fatalf("--json printed %d lines, want 1:\n%s", n, out)
	}
	keys := []string{"tag", "id", "severity", "status", "owner", "customer", "customer_name", "subject", "mailbox",
		"score", "confidence", "evidence", "parent", "incident", "linked_to", "escalation_level", "root_cause", "postmortem_done",
		"auto_severity", "waiting", "resolution", "call", "last_update_at", "opened_at",
		"ack_due_at", "acked_at", "first_response_at", "next_update_due_at", "escalation_due_at", "resolved_at",
		"monitor_until", "updated_at", "due"}
	for _, k := range keys {
		if _, ok := got[k]; !ok {
			t.Errorf("--json lacks key %q", k)
		}
	}
	if len(got) != len(keys) {
		t.Errorf("--json has %d keys, want the %d documented: %v", len(got), len(keys), got)
	}
	if got["tag"] != "ESC-1" || got["severity"] != "P2" || got["owner"] != "dana@acme.example" || got["subject"] != hostileSubject {
		t.Errorf("--json = %v", got)
	}
	if ev, ok := got["evidence"].([]any); !ok || len(ev) != 1 {
		t.Errorf("evidence = %#v, want an array of one", got["evidence"])
	}
	if s, _ := got["opened_at"].(string); !strings.HasSuffix(s, "Z") {
		t.Errorf("opened_at = %q, want RFC 3339 UTC", s)
	} else if _, err := time.Parse(time.RFC3339, s); err != nil {
		t.Errorf("opened_at: %v", err)
	}
	if got["acked_at"] != nil {
		t.Errorf("acked_at = %v, want null", got["acked_at"])
	}
	due, _ := got["due"].(map[string]any)
	if due["what"] != "first response" || due["overdue"] != true {
		t.Errorf("due = %v, want the first response, overdue", got["due"])
	}
	if strings.Contains(out, "\x1b") {
		t.Error("--json printed a raw ESC; JSON escapes it")
	}
}

func TestTicketsShow(t *testing.T) {
	cfg := ticketsFixture(t)
	out, errs, err := runCLI(t, "tickets", "show", "esc-1", "--config", cfg)
	if err != nil {
		t.Fatalf("tickets show: %v\n%s", err, errs)
	}
	for _, want := range []string{"ESC-1  P2  open", "owner:      dana@acme.example", "response due", "thread (1):",
		"<- ", "     line one\n     ", `\x1b[31mred`, "events (1):", "opened", "outbox (1):", "ack", "to eve@customer.example", "pending",
		`Eve\x1b[2J`} {
		if !strings.Contains(out, want) {
			t.Errorf("tickets show lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("tickets show printed a raw control character: %q", out)
	}
	out, _, err = runCLI(t, "tickets", "show", "--json", "--config", cfg, "ESC-1")
	var show ticketShowJSON
	if err != nil || json.Unmarshal([]byte(out), &show) != nil {
		t.Fatalf("tickets show --json: %v\n%s", err, out)
	}
	if show.Ticket.Tag != "ESC-1" || len(show.Messages) != 1 || len(show.Events) != 1 || len(show.Outbox) != 1 ||
		show.Messages[0].Direction != "in" || show.Outbox[0].Status != "pending" {
		t.Errorf("tickets show --json = %+v", show)
	}
	if _, _, err := runCLI(t, "tickets", "show", "--config", cfg, "ESC-99"); !errors.Is(err, errNoTicket) || exitCode(err) != 1 {
		t.Errorf("tickets show ESC-99: %v, want errNoTicket (exit 1)", err)
	}
	if _, errs, err := runCLI(t, "tickets", "show", "--config", cfg, "ABC-1"); exitCode(err) != 2 || !strings.Contains(errs, "want ESC-N") {
		t.Errorf("tickets show ABC-1: %v %q, want a usage error naming ESC-N", err, errs)
	}
}

func TestDueAndDurations(t *testing.T) {
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	at := func(d time.Duration) *time.Time { v := now.Add(d); return &v }
	for _, tt := range []struct {
		t    schema.Ticket
		want string
	}{
		{schema.Ticket{Status: "open", AckDueAt: now.Add(14*time.Minute + 30*time.Second)}, "response in 14m"},
		{schema.Ticket{Status: "open", AckDueAt: now.Add(-125 * time.Minute)}, "response overdue 2h05m"},
		{schema.Ticket{Status: "open", AckDueAt: now.Add(-time.Hour), FirstResponseAt: at(-time.Hour)}, "-"},
		{schema.Ticket{Status: "open", FirstResponseAt: at(-time.Hour), NextUpdateDueAt: at(30 * time.Second)}, "update in <1m"},
		{schema.Ticket{Status: "open", FirstResponseAt: at(-time.Hour), NextUpdateDueAt: at(-50 * time.Hour)}, "update overdue 2d2h"},
		{schema.Ticket{Status: "resolved", AckDueAt: now.Add(-time.Hour)}, "-"},
	} {
		if got := dueOf(tt.t, now).String(); got != tt.want {
			t.Errorf("dueOf(%+v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestTermText(t *testing.T) {
	for _, tt := range []struct {
		in        string
		multiline bool
		want      string
	}{
		{"plain Ünïcödé 日本", false, "plain Ünïcödé 日本"},
		{"\x1b]0;title\x07", false, `\x1b]0;title\x07`},
		{"a\nb\tc", false, `a\x0ab\x09c`},
		{"a\nb\tc", true, "a\nb\tc"},
		{"\x9b31m C1", false, `\x9b31m C1`}, // invalid UTF-8 byte
		{"\u009b31m", false, `\u009b31m`},   // C1 CSI as a rune
		{"abc\u202etxt.exe", false, `abc\u202etxt.exe`},
		{"del\x7f", true, `del\x7f`},
		{"\r\n", true, "\\x0d\n"},
	} {
		if got := termText(tt.in, tt.multiline); got != tt.want {
			t.Errorf("termText(%q, %v) = %q, want %q", tt.in, tt.multiline, got, tt.want)
		}
	}
}
