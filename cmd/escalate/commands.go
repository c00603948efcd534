package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, err := loadConfigFlag("run", args, stderr)
	if err != nil {
		return err
	}
	if len(cfg.Mailbox) == 0 {
		return fmt.Errorf("config %s: no [[mailbox]]: nothing to read", cfgPath)
	}
	p, err := NewProgram(ctx, cfg, ProgramOptions{})
	if err != nil {
		return err
	}
	defer p.Close()
	p.Log.Info("escalate running", "version", version, "mailboxes", len(cfg.Mailbox), "store", p.Store.Dialect())
	err = p.Run(ctx)
	p.Log.Info("escalate stopped")
	return err
}

func cmdMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("migrate", "migrate [--config FILE]", stderr)
	cfgPath := configFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	_, store, err := openStore(ctx, *cfgPath, false)
	if err != nil {
		return err
	}
	defer store.Close()
	applied, err := store.Migrate(ctx)
	if err != nil {
		return err
	}
	cur, latest, err := store.Version(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s store: applied %d migration(s) %v; version %d of %d\n", store.Dialect(), len(applied), applied, cur, latest)
	return nil
}

// openStore opens the store of a config file, migrating unless told not to.
func openStore(ctx context.Context, cfgPath string, migrate bool) (*Config, *schema.Store, error) {
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		return nil, nil, err
	}
	dsn, err := cfg.DatabaseDSN(ctx)
	if err != nil {
		return nil, nil, err
	}
	open := schema.Connect
	if migrate {
		open = schema.Open
	}
	store, err := open(ctx, dsn)
	return cfg, store, err
}

func cmdTickets(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("tickets", "tickets [--config FILE] [--status open|resolved|closed] [--severity P1] [--limit N] [--json] [--quarantine]", stderr)
	cfgPath := configFlag(fs)
	status := fs.String("status", "", "only tickets with this status")
	sev := fs.String("severity", "", "only tickets of this severity (P1…P4)")
	limit := fs.Int("limit", 100, "at most this many rows")
	asJSON := fs.Bool("json", false, "one JSON object per line")
	quarantine := fs.Bool("quarantine", false, "list quarantined mail instead of tickets")
	if err := fs.Parse(args); err != nil {
		return err
	}
	_, store, err := openStore(ctx, *cfgPath, true)
	if err != nil {
		return err
	}
	defer store.Close()
	if *quarantine {
		return printQuarantine(ctx, store, *limit, *asJSON, stdout)
	}
	f := schema.TicketFilter{Status: escalation.Status(*status), Limit: *limit}
	if *sev != "" {
		s, err := classify.ParseSeverity(*sev)
		if err != nil {
			return fmt.Errorf("--severity: %w", err)
		}
		f.Severity = int(s)
	}
	ts, err := store.Tickets(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		for _, t := range ts {
			enc.Encode(t)
		}
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "TICKET\tSEV\tSTATUS\tOPENED (UTC)\tACKED\tCUSTOMER\tSUBJECT")
	for _, t := range ts {
		acked := "-"
		if t.AckedAt != nil {
			acked = t.AckedAt.Sub(t.OpenedAt).Round(time.Second).String()
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, classify.Severity(t.Severity), t.Status,
			t.OpenedAt.UTC().Format("2006-01-02 15:04"), acked, t.CustomerAddr, clip(t.Subject, 60))
	}
	return w.Flush()
}

func printQuarantine(ctx context.Context, store *schema.Store, limit int, asJSON bool, stdout io.Writer) error {
	qs, err := store.QuarantineList(ctx, limit)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		for _, q := range qs {
			enc.Encode(q)
		}
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tMAILBOX\tUIDVALIDITY\tUID\tSIZE\tAT (UTC)\tREASON")
	for _, q := range qs {
		fmt.Fprintf(w, "%d\t%s\t%d\t%d\t%d\t%s\t%s\n", q.ID, q.Mailbox, q.UIDValidity, q.UID, q.RawSize,
			q.At.UTC().Format("2006-01-02 15:04"), q.Reason)
	}
	return w.Flush()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", "report [--config FILE] [--out DIR]", stderr)
	cfgPath := configFlag(fs)
	out := fs.String("out", "", "directory for the pages (default: reports.dir of the config)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, store, err := openStore(ctx, *cfgPath, true)
	if err != nil {
		return err
	}
	defer store.Close()
	dir := *out
	if dir == "" {
		dir = cfg.ReportsDir()
	}
	index, err := writeReports(ctx, store, dir, time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, index)
	return nil
}

func cmdConfigCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, err := loadConfigFlag("config check", args, stderr)
	if err != nil {
		return err
	}
	for i, m := range cfg.Mailbox {
		if _, err := m.Password.Resolve(ctx); err != nil {
			return fmt.Errorf("mailbox[%d] (%s).password: %w", i, m.Name, err)
		}
	}
	if _, err := cfg.Gateway.Secret.Resolve(ctx); err != nil {
		return fmt.Errorf("gateway.secret: %w", err)
	}
	if cfg.SMTP.Password.IsSet() {
		if _, err := cfg.SMTP.Password.Resolve(ctx); err != nil {
			return fmt.Errorf("smtp.password: %w", err)
		}
	}
	if _, err := loadClassifier(cfg); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (%d mailbox(es), smtp %s:%d)\n", cfgPath, len(cfg.Mailbox), cfg.SMTP.Host, cfg.SMTP.Port)
	return nil
}

// loadConfigFlag parses the flags of a command whose only flag is
// --config and loads that file.
func loadConfigFlag(name string, args []string, stderr io.Writer) (*Config, string, error) {
	fs := newFlags(name, name+" [--config FILE]", stderr)
	path := configFlag(fs)
	if err := fs.Parse(args); err != nil {
		return nil, "", err
	}
	cfg, err := LoadConfig(*path)
	return cfg, *path, err
}
