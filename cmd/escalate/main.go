// Command escalate is the email-driven intake gateway for support teams
// that run the Escalation Protocol: it reads the support mailbox over
// IMAP, opens a ticket per conversation with a P1–P4 severity, acknowledges
// the customer in their own thread, keeps the protocol's clocks, and
// writes static metrics pages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `escalate — email intake gateway for the Escalation Protocol

Usage:
  escalate run      [--config FILE]          read the mailboxes, open tickets, send mail
  escalate demo     [--dir DIR]              the whole loop on in-process servers; needs nothing installed
  escalate migrate  [--config FILE]          apply database migrations and print the version
  escalate tickets  [--config FILE] [...]    list tickets (--quarantine: mail that could not be read)
  escalate report   [--config FILE] [--out DIR]   write the metrics pages now
  escalate classify [--json] [--rules FILE] [FILE.eml…]   severity and evidence of mail
  escalate inspect  [--json] [FILE.eml…]     what intake makes of mail
  escalate config check [--config FILE]      validate a config file
  escalate version

The config file defaults to $ESCALATE_CONFIG, else ./escalate.toml.
Run "escalate COMMAND --help" for a command's flags. See README.md for every config key.
`

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal kills at once
	}()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.Is(err, errUsage):
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "escalate:", err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, rest, stdout, stderr)
	case "demo":
		return cmdDemo(ctx, rest, stdout, stderr)
	case "migrate":
		return cmdMigrate(ctx, rest, stdout, stderr)
	case "tickets":
		return cmdTickets(ctx, rest, stdout, stderr)
	case "report":
		return cmdReport(ctx, rest, stdout, stderr)
	case "classify":
		return cmdClassify(ctx, rest, stdin, stdout, stderr)
	case "inspect":
		return cmdInspect(ctx, rest, stdin, stdout, stderr)
	case "config":
		if len(rest) == 0 || rest[0] != "check" {
			fmt.Fprintln(stderr, "usage: escalate config check [--config FILE]")
			return errUsage
		}
		return cmdConfigCheck(ctx, rest[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "escalate", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "escalate: unknown command %q\n\n%s", cmd, usage)
	return errUsage
}

// newFlags makes a flag set whose --help prints the command's synopsis.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: escalate %s\n\n", synopsis)
		if about := commandHelp[name]; about != "" {
			fmt.Fprintf(stderr, "%s\n", about)
		}
		fs.PrintDefaults()
	}
	return fs
}

// commandHelp explains a command in its --help, between the synopsis and
// the flags.
var commandHelp = map[string]string{
	"run": `Reads every [[mailbox]] of the config (IMAP IDLE, polling where the server
lacks it), opens a ticket for each new customer mail, acknowledges it in the
customer's thread, tells the team of P1/P2 tickets, delivers the outbox over
SMTP with retries and rewrites the metrics pages every reports.interval.
Migrations are applied at start. Mail leaves the mailbox's new state only
after its ticket is committed; a restart resumes from the stored cursors.
SIGINT or SIGTERM stops it cleanly (a second signal exits at once).
Logs go to standard error (log.level, log.format); Prometheus metrics are
served on metrics.listen when set. Exit status 1 on a config or store error.
`,
	"migrate": `Applies the embedded database migrations to the store of the config
(PostgreSQL at database.url, else the SQLite file database.path) and prints
the schema version. run and every other command also migrate at start.
`,
	"tickets": `Lists tickets, newest first: number, severity, status, customer, subject.
With --quarantine, lists the mail that could not be read or handled, with
its reason (the raw bytes are kept in the store for audit).
`,
	"report": `Writes the static metrics pages (index.html with the charts, a table and
CSV) from the store, and prints the path of index.html. run rewrites them
every reports.interval.
`,
	"config check": `Validates the config file, resolves every secret (environment, file or
command), loads the classifier rules, and prints a summary. Errors name the
key. Nothing is connected to.
`,
}

func configFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("ESCALATE_CONFIG")
	if def == "" {
		def = "escalate.toml"
	}
	return fs.String("config", def, "config file (TOML)")
}
