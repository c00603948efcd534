package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation/desk"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// minLearnTickets is the fewest confirmed tickets a vocabulary is written
// from: fewer teach the habits of a handful of writers, not severities.
const minLearnTickets = 40

// learnFolds is how many parts the tickets are split into, by sender, to
// check the model on writers it did not learn from.
const learnFolds = 5

const learnUsage = `Learns a model for the classifier from this deployment's own tickets,
as its agents left them: every ticket whose severity an agent changed
(#severity) or confirmed by answering it, with the customer's first mail
as the gateway classified it. Writes it to --out (- for standard output);
set [classify] vocabulary to that file, or try it first with
"escalate classify --vocabulary FILE".

The model (a logistic regression over the mails' words and word pairs)
is a second opinion, bounded: it never makes a P1 (a P1 needs evidence
from the rules) and lowers one to P2 only when it gives it under 10%,
moves other levels by one step at most, never overrules an operator's
rules, and never scores greetings, sign-offs, stop words or numbers. It
is off until configured. Learning needs at least 40 confirmed tickets
and at least one of every severity; a few hundred keep it from learning
a few customers' habits. Prints what
it learned from on standard error, and how the rules alone and the rules
with such a model read the same tickets held out by sender (five parts,
each read by a model learned from the other four): use the model only if
it reads them better.
`

// cmdLearn implements `escalate learn`.
func cmdLearn(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("learn", "learn [--config FILE] [--since DATE] --out FILE", learnUsage, stdout, stderr).withConfig()
	out := f.String("out", "", "write the model to `FILE` (- for standard output)")
	since := f.String("since", "", "only tickets opened on or after `DATE` (2006-01-02)")
	if _, err := f.parse(args, 0); err != nil {
		return err
	}
	if *out == "" {
		return f.usageError("--out FILE is required (- for standard output)")
	}
	var from time.Time
	if *since != "" {
		var err error
		if from, err = time.Parse(time.DateOnly, *since); err != nil {
			return f.usageError("--since %q: want a date such as 2026-01-31", *since)
		}
	}
	cfgPath, _ := f.configPath()
	cfg, store, err := openStore(ctx, cfgPath, true)
	if err != nil {
		return err
	}
	defer store.Close()
	l, corrected, err := learnVocabulary(ctx, store, from)
	if err != nil {
		return err
	}
	n := l.Mails()
	total := n[0] + n[1] + n[2] + n[3]
	if total < minLearnTickets || n[0] == 0 || n[1] == 0 || n[2] == 0 || n[3] == 0 {
		return fmt.Errorf("learn: %d confirmed tickets (P1 %d, P2 %d, P3 %d, P4 %d); want at least %d and some of every severity",
			total, n[0], n[1], n[2], n[3], minLearnTickets)
	}
	comment := fmt.Sprintf("Model learned by escalate learn on %s from %d tickets confirmed by agents\n(%d changed with #severity).",
		time.Now().UTC().Format(time.DateOnly), total, corrected)
	tokens, err := writeVocabulary(*out, stdout, l, comment)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "escalate learn: %d tickets (P1 %d, P2 %d, P3 %d, P4 %d; %d changed with #severity), %d tokens → %s\n",
		total, n[0], n[1], n[2], n[3], corrected, tokens, *out)
	rules, err := classifierFor(cfgRules(cfg))
	if err != nil {
		return fmt.Errorf("learn: classify.rules: %w", err)
	}
	alone, with := l.CrossCheck(rules, learnFolds)
	if alone.Mails == 0 {
		fmt.Fprintln(stderr, "escalate learn: every ticket came from one sender; no check on writers the model did not learn from")
		return nil
	}
	fmt.Fprintf(stderr, "escalate learn: held out by sender (%d folds, each read by a model learned from the others):\n  the rules alone:  %v\n  with the model:   %v\n",
		learnFolds, alone, with)
	if with.MacroF1 > alone.MacroF1 && with.P1Recall >= alone.P1Recall {
		fmt.Fprintf(stderr, "escalate learn: the model would have helped on these tickets; set [classify] vocabulary = %q to use it\n", *out)
	} else {
		fmt.Fprintln(stderr, "escalate learn: the model would not have helped on these tickets (lower macro-F1 or P1 recall); leave [classify] vocabulary unset")
	}
	return nil
}

// learnVocabulary counts the confirmed tickets opened since from.
func learnVocabulary(ctx context.Context, store *schema.Store, from time.Time) (*classify.Learner, int, error) {
	l := classify.NewLearner()
	corrected := 0
	err := store.ConfirmedTickets(ctx, from, func(t schema.ConfirmedTicket) error {
		in := classify.Input{Subject: t.Subject, Body: t.Body, Sender: t.FromAddr, SenderName: t.FromName}
		if t.Raw != nil {
			if m, err := intake.Parse(t.Raw, intake.ParseOptions{}); err == nil {
				in = desk.ClassifyInput(m) // exactly what the gateway classified
			}
		}
		l.Add(in, classify.Severity(t.Severity))
		if t.Corrected {
			corrected++
		}
		return nil
	})
	return l, corrected, err
}

// writeVocabulary writes l to path ("-": w), through a temporary file so
// that a running gateway never reads half a vocabulary.
func writeVocabulary(path string, w io.Writer, l *classify.Learner, comment string) (int, error) {
	if path == "-" {
		return l.WriteModel(w, comment)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vocabulary-*")
	if err != nil {
		return 0, fmt.Errorf("learn: %w", err)
	}
	defer os.Remove(tmp.Name())
	tokens, err := l.WriteModel(tmp, comment)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return 0, fmt.Errorf("learn: %w", err)
	}
	return tokens, nil
}
