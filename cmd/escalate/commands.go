package main

import (
	"context"
	"fmt"
	"github.com/escalate-dev/escalate/escalation/desk"
	"io"
	"time"

	"github.com/escalate-dev/escalate/schema"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, err := loadConfigFlag("run", args, stdout, stderr)
	if err != nil {
		return err
	}
	if len(cfg.Mailbox) == 0 {
		return fmt.Errorf("config %s: no [[mailbox]]: nothing to read", cfgPath)
	}
	log := newLogger(cfg.Log, stderr)
	names := make([]string, len(cfg.Mailbox))
	for i, m := range cfg.Mailbox {
		names[i] = m.Name
	}
	progress := newBacklogProgress(stderr, false, names, log, time.Now)
	p, err := NewProgram(ctx, cfg, ProgramOptions{Log: log, Committed: progress.committed, Connected: progress.connected})
	if err != nil {
		return err
	}
	defer p.Close()
	p.logStartup(ctx)
	err = p.Run(ctx)
	if err != nil {
		return err // main prints it once
	}
	p.Log.Info("escalate stopped")
	return nil
}

func cmdMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("migrate", "migrate [--config FILE]", commandHelp["migrate"], stdout, stderr).withConfig()
	if _, err := f.parse(args, 0); err != nil {
		return err
	}
	cfgPath, _ := f.configPath()
	_, store, err := openStore(ctx, cfgPath, false)
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

func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("report", "report [--config FILE] [--out DIR] [--from DATE] [--to DATE]", commandHelp["report"], stdout, stderr).withConfig()
	out := f.String("out", "", "`DIR` for the pages (default: reports.dir of the config)")
	from := f.String("from", "", "first `DATE` of the period, YYYY-MM-DD in UTC (default: Monday eleven weeks before this week)")
	to := f.String("to", "", "last `DATE` of the period, included (default: now)")
	if _, err := f.parse(args, 0); err != nil {
		return err
	}
	now := time.Now()
	p, err := parsePeriod(*from, *to, now)
	if err != nil {
		return f.usageError("%v", err)
	}
	cfgPath, _ := f.configPath()
	cfg, store, err := openStore(ctx, cfgPath, true)
	if err != nil {
		return err
	}
	defer store.Close()
	dir := *out
	if dir == "" {
		dir = cfg.ReportsDir()
	}
	index, err := writeReports(ctx, store, cfg, dir, p, now)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, index)
	return nil
}

func cmdConfigCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, cfgPath, err := loadConfigFlag("config check", args, stdout, stderr)
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
	if _, _, err := cfg.reportsAuth(ctx); err != nil {
		return err
	}
	if _, err := loadClassifier(cfg); err != nil {
		return err
	}
	if cfg.Gateway.AgentAuth == desk.FromHeader && len(cfg.Gateway.Agents) > 0 {
		fmt.Fprintf(stderr, "%s: warning: gateway.agent_auth = %q trusts the From line alone: anyone can write as an agent "+
			"and change tickets; use it on test set-ups only and set gateway.trusted_servers in production\n", cfgPath, desk.FromHeader)
	}
	fmt.Fprintf(stdout, "%s: ok (%d mailbox(es), smtp %s:%d)\n", cfgPath, len(cfg.Mailbox), cfg.SMTP.Host, cfg.SMTP.Port)
	return nil
}

// loadConfigFlag parses the flags of a command whose only flag is
// --config and loads that file.
func loadConfigFlag(name string, args []string, stdout, stderr io.Writer) (*Config, string, error) {
	f := newFlags(name, name+" [--config FILE]", commandHelp[name], stdout, stderr).withConfig()
	if _, err := f.parse(args, 0); err != nil {
		return nil, "", err
	}
	path, _ := f.configPath()
	cfg, err := LoadConfig(path)
	return cfg, path, err
}
