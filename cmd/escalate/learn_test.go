package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// learnStore writes a config whose SQLite store holds perLevel tickets of
// each severity answered by an agent (their first mails say "alpha" …
// "delta" by level) and returns the config's path.
func learnStore(t *testing.T, perLevel int) string {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "imap.pw"), []byte("x\n"), 0o600)
	t.Setenv("ESC_TEST_SECRET", "s")
	cfg := filepath.Join(dir, "escalate.toml")
	if err := os.WriteFile(cfg, []byte(minimalConfig+"[database]\npath = \"escalate.db\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := schema.Open(ctx, filepath.Join(dir, "escalate.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	words := []string{"alpha", "bravo", "charlie", "delta"}
	err = s.InTx(ctx, func(x *schema.Tx) error {
		for i := range 4 * perLevel {
			sev, at := i%4+1, t0.Add(time.Duration(i)*time.Minute)
			row := &schema.Ticket{Subject: "ticket", CustomerAddr: "c@x.example", Mailbox: "INBOX", Severity: sev,
				AutoSeverity: sev, Status: escalation.Open, Policy: "{}", ThreadRoot: fmt.Sprintf("t%d@x.example", i),
				OpenedAt: at, AckDueAt: at, UpdatedAt: at, FirstResponseAt: &at}
			if err := x.CreateTicket(ctx, row); err != nil {
				return err
			}
			body := fmt.Sprintf("The %s widget misbehaves on report %d.", words[sev-1], i)
			if _, err := x.InsertMessage(ctx, &schema.Message{TicketID: &row.ID, Direction: "in", MessageID: fmt.Sprintf("m%d@x.example", i),
				FromAddr: fmt.Sprintf("c%d@x.example", i%7), Subject: "ticket", Body: body, ReceivedAt: at}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestLearn(t *testing.T) {
	cfg := learnStore(t, 12)
	out := filepath.Join(filepath.Dir(cfg), "vocabulary.tsv")
	_, errs, err := runCLI(t, "learn", "--config", cfg, "--out", out)
	if err != nil || !strings.Contains(errs, "48 tickets (P1 12, P2 12, P3 12, P4 12; 0 changed with #severity)") {
		t.Fatalf("learn: %v\n%s", err, errs)
	}
	// It says how the model would have read these tickets held out by
	// sender: the words "alpha" … "delta" tell the levels apart, which
	// the rules cannot know (they read every one P3); bounded, the model
	// moves the P2s and P4s one step to their level and leaves the P1s.
	if !strings.Contains(errs, "held out by sender (5 folds") || !strings.Contains(errs, "the rules alone:  25.0 %") ||
		!strings.Contains(errs, "with the model:   50.0 %") ||
		!strings.Contains(errs, "the model would have helped on these tickets") {
		t.Errorf("learn: no cross-check, or not the one expected:\n%s", errs)
	}
	voc, err := os.ReadFile(out)
	// A logistic model: its header, the mails, and a word of the P1
	// tickets only weighing for P1 above the others.
	var alpha [4]float64
	if m := regexp.MustCompile(`\nalpha\t(\S+)\t(\S+)\t(\S+)\t(\S+)\n`).FindStringSubmatch(string(voc)); m != nil {
		for i := range alpha {
			alpha[i], _ = strconv.ParseFloat(m[i+1], 64)
		}
	}
	if err != nil || !strings.Contains(string(voc), "\nmodel\tlogistic\t1\nmails\t12\t12\t12\t12\n") || alpha[0] <= max(alpha[1], alpha[2], alpha[3]) {
		t.Fatalf("vocabulary file (%v):\n%.400s", err, voc)
	}
	// The gateway's config loads it; classify tries it.
	c, err := LoadConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.Classify.Vocabulary = "vocabulary.tsv"
	if _, err := loadClassifier(c); err != nil {
		t.Errorf("loadClassifier with the learned vocabulary: %v", err)
	}
	c.Classify.Vocabulary = "missing.tsv"
	if _, err := loadClassifier(c); err == nil || !strings.Contains(err.Error(), "classify.vocabulary") {
		t.Errorf("a missing vocabulary file: %v, want an error naming classify.vocabulary", err)
	}
	mail := filepath.Join(filepath.Dir(cfg), "m.eml")
	os.WriteFile(mail, []byte("From: a@x.example\r\nSubject: question\r\n\r\nThe delta widget misbehaves.\r\n"), 0o600)
	if o, errs, err := runCLI(t, "classify", "--vocabulary", out, mail); err != nil || !strings.Contains(o, "m.eml: P") {
		t.Errorf("classify --vocabulary: %v\n%s%s", err, o, errs)
	}
	// Too few confirmed tickets, or --since past them all: refused, saying why.
	for _, args := range [][]string{
		{"learn", "--config", learnStore(t, 5), "--out", "-"},
		{"learn", "--config", cfg, "--since", "2027-01-01", "--out", "-"},
	} {
		if o, _, err := runCLI(t, args...); err == nil || !strings.Contains(err.Error(), "want at least 40") || o != "" {
			t.Errorf("%v: %v, wrote %d bytes; want a refusal naming the minimum", args, err, len(o))
		}
	}
	if _, _, err := runCLI(t, "learn", "--config", cfg); err == nil {
		t.Error("learn without --out: no usage error")
	}
}

// TestLearnLabelled learns a model from labelled mail files instead of
// the store (escalate learn --labelled): three hold-out sets of the
// classifier, 300 mails in 30 mbox files; a message without its label,
// or with a label that is no severity, is an error naming the file and
// the message.
func TestLearnLabelled(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "model.tsv")
	sets := []string{"../../classify/testdata/holdout44", "../../classify/testdata/holdout45", "../../classify/testdata/holdout46"}
	_, errs, err := runCLI(t, append([]string{"learn", "--labelled", "--out", out}, sets...)...)
	if err != nil || !strings.Contains(errs, "300 labelled mails in 30 files (P1 75, P2 75, P3 75, P4 75)") ||
		!strings.Contains(errs, "held out by sender (5 folds") {
		t.Fatalf("learn --labelled: %v\n%s", err, errs)
	}
	voc, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(voc), "\nmodel\tlogistic\t1\nmails\t75\t75\t75\t75\n") {
		t.Fatalf("model file (%v):\n%.300s", err, voc)
	}

	unlabelled := filepath.Join(dir, "unlabelled.mbox")
	os.WriteFile(unlabelled, []byte("From a@example.com Mon Dec  1 10:00:00 2026\nSubject: one\nX-Expected-Severity: P2\n\nbody\n\nFrom b@example.com Mon Dec  1 10:00:00 2026\nSubject: two\n\nbody\n"), 0o600)
	if _, _, err := runCLI(t, "learn", "--labelled", "--out", out, unlabelled); err == nil || !strings.Contains(err.Error(), "unlabelled.mbox, message 2: no X-Expected-Severity header") {
		t.Errorf("unlabelled message: %v", err)
	}
	wrong := filepath.Join(dir, "wrong.eml")
	os.WriteFile(wrong, []byte("Subject: one\r\nX-Expected-Severity: urgent\r\n\r\nbody\r\n"), 0o600)
	if _, _, err := runCLI(t, "learn", "--labelled", "--out", out, wrong); err == nil || !strings.Contains(err.Error(), "wrong.eml, message 1: X-Expected-Severity") {
		t.Errorf("a label that is no severity: %v", err)
	}
	// a single mbox file, named as a file
	if _, errs, err := runCLI(t, "learn", "--labelled", "--out", out, filepath.Join(sets[0], "01.mbox"), filepath.Join(sets[0], "02.mbox"),
		filepath.Join(sets[0], "03.mbox"), filepath.Join(sets[0], "04.mbox"), filepath.Join(sets[0], "05.mbox")); err != nil || !strings.Contains(errs, "50 labelled mails in 5 files") {
		t.Errorf("mbox files named: %v\n%s", err, errs)
	}
	if _, _, err := runCLI(t, "learn", "--out", out, sets[0]); err == nil || !strings.Contains(err.Error(), "needs --labelled") {
		t.Errorf("paths without --labelled: %v", err)
	}
}
