package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
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

With --labelled, it learns instead from labelled mail named as arguments
(mbox files, .eml files, or directories of them), each message carrying
its severity in an X-Expected-Severity header (P1 to P4): a desk's past
tickets exported before the gateway ran, relabelled from the protocol.
No store or config is read then; --rules FILE applies an operator's rules
to the check.
`

// cmdLearn implements `escalate learn`.
func cmdLearn(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("learn", "learn [--config FILE] [--since DATE] --out FILE\n       escalate learn --labelled [--rules FILE] --out FILE PATH ...", learnUsage, stdout, stderr).withConfig()
	out := f.String("out", "", "write the model to `FILE` (- for standard output)")
	since := f.String("since", "", "only tickets opened on or after `DATE` (2006-01-02)")
	labelled := f.Bool("labelled", false, "learn from the labelled mail named as arguments (mbox, .eml, directories) instead of the store")
	rulesPath := f.String("rules", "", "with --labelled: the operator's rules `FILE` for the check")
	paths, err := f.parse(args, -1)
	if err != nil {
		return err
	}
	if len(paths) > 0 && !*labelled {
		return f.usageError("unexpected argument %q (mail to learn from needs --labelled)", paths[0])
	}
	if *out == "" {
		return f.usageError("--out FILE is required (- for standard output)")
	}
	if *labelled {
		if len(paths) == 0 {
			return f.usageError("--labelled needs the mail to learn from: mbox files, .eml files or directories")
		}
		return learnFromLabelled(paths, *out, *rulesPath, stdout, stderr)
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
	crossCheck(l, rules, *out, stderr)
	return nil
}

// crossCheck prints how the rules alone and the rules with a model like
// l's read l's mails held out by sender, and whether to use the model.
func crossCheck(l *classify.Learner, rules *classify.Classifier, out string, stderr io.Writer) {
	alone, with := l.CrossCheck(rules, learnFolds)
	if alone.Mails == 0 {
		fmt.Fprintln(stderr, "escalate learn: every ticket came from one sender; no check on writers the model did not learn from")
		return
	}
	fmt.Fprintf(stderr, "escalate learn: held out by sender (%d folds, each read by a model learned from the others):\n  the rules alone:  %v\n  with the model:   %v\n",
		learnFolds, alone, with)
	if with.MacroF1 > alone.MacroF1 && with.P1Recall >= alone.P1Recall {
		fmt.Fprintf(stderr, "escalate learn: the model would have helped on these tickets; set [classify] vocabulary = %q to use it\n", out)
	} else {
		fmt.Fprintln(stderr, "escalate learn: the model would not have helped on these tickets (lower macro-F1 or P1 recall); leave [classify] vocabulary unset")
	}
}

// learnFromLabelled learns a model from labelled mail files and writes
// it to out, with the check crossCheck prints.
func learnFromLabelled(paths []string, out, rulesPath string, stdout, stderr io.Writer) error {
	files, err := labelledFiles(paths)
	if err != nil {
		return err
	}
	l := classify.NewLearner()
	for _, file := range files {
		if err := learnFile(l, file); err != nil {
			return err
		}
	}
	n := l.Mails()
	total := n[0] + n[1] + n[2] + n[3]
	if total < minLearnTickets || n[0] == 0 || n[1] == 0 || n[2] == 0 || n[3] == 0 {
		return fmt.Errorf("learn: %d labelled mails in %d files (P1 %d, P2 %d, P3 %d, P4 %d); want at least %d and some of every severity",
			total, len(files), n[0], n[1], n[2], n[3], minLearnTickets)
	}
	comment := fmt.Sprintf("Model learned by escalate learn --labelled on %s from %d labelled mails in %d files.",
		time.Now().UTC().Format(time.DateOnly), total, len(files))
	tokens, err := writeVocabulary(out, stdout, l, comment)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "escalate learn: %d labelled mails in %d files (P1 %d, P2 %d, P3 %d, P4 %d), %d tokens → %s\n",
		total, len(files), n[0], n[1], n[2], n[3], tokens, out)
	rules, err := classifierFor(rulesPath)
	if err != nil {
		return fmt.Errorf("learn: --rules: %w", err)
	}
	crossCheck(l, rules, out, stderr)
	return nil
}

// labelledFiles lists the mail files named: files as given, and the
// .mbox and .eml files under a directory, in name order.
func labelledFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("learn: %w", err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := strings.ToLower(filepath.Ext(path)); !d.IsDir() && (ext == ".mbox" || ext == ".eml") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("learn: %w", err)
		}
	}
	return files, nil
}

// learnFile adds the messages of one mbox or .eml file to l, each with
// the severity its X-Expected-Severity header gives; an error names the
// file and the message.
func learnFile(l *classify.Learner, file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("learn: %w", err)
	}
	msgs := [][]byte{data}
	if !strings.EqualFold(filepath.Ext(file), ".eml") {
		if msgs, err = intake.SplitMbox(data); err != nil {
			return fmt.Errorf("learn: %s: %w", file, err)
		}
	}
	for i, raw := range msgs {
		name := fmt.Sprintf("%s, message %d", file, i+1)
		h, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			return fmt.Errorf("learn: %s: %w", name, err)
		}
		v := h.Header.Get("X-Expected-Severity")
		if v == "" {
			return fmt.Errorf("learn: %s: no X-Expected-Severity header (P1 to P4)", name)
		}
		sev, err := classify.ParseSeverity(v)
		if err != nil {
			return fmt.Errorf("learn: %s: X-Expected-Severity: %w", name, err)
		}
		m, err := intake.Parse(raw, intake.ParseOptions{})
		if err != nil {
			return fmt.Errorf("learn: %s: %w", name, err)
		}
		l.Add(desk.ClassifyInput(m), sev)
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
