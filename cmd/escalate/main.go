// Command escalate is the email-driven intake gateway for support teams
// that run the Escalation Protocol: it reads the support mailbox over
// IMAP, opens a ticket per conversation with a P1–P4 severity, acknowledges
// the customer in their own thread, keeps the protocol's clocks, and
// writes static metrics pages.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

const usage = `escalate — email intake gateway for the Escalation Protocol

Usage:
  escalate run      [--config FILE]          read the mailboxes, open tickets, send mail
  escalate demo     [--dir DIR] [-v]         the whole loop on in-process servers; needs nothing installed
  escalate migrate  [--config FILE]          apply database migrations and print the version
  escalate tickets  [--config FILE] [...]    list tickets (--quarantine: mail that could not be read)
  escalate tickets show [--json] ESC-12      one ticket: thread, events, clocks, outbox
  escalate report   [--config FILE] [...]    write the metrics pages now (--out DIR, --from/--to DATE)
  escalate classify [--json] [--rules FILE] [FILE.eml…]   severity and evidence of mail
  escalate learn    [--config FILE] --out FILE   a vocabulary from the agents' confirmed tickets
  escalate inspect  [--json] [FILE.eml…]     what intake makes of mail
  escalate config check [--config FILE]      validate a config file
  escalate version                           module version and VCS revision (also --version)

The config file is --config FILE when given, else $ESCALATE_CONFIG, else
./escalate.toml. "escalate COMMAND -h" (or --help, or "escalate COMMAND help")
prints a command's help. Exit status: 0 done, 1 error, 2 usage error.
See README.md for every config key.
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
	if code := exitCode(err); code != 0 {
		if code == 1 {
			fmt.Fprintln(os.Stderr, "escalate:", err)
		}
		os.Exit(code)
	}
}

// exitCode is the exit status for run's error: 0 done (or help shown), 2 a
// usage error (already reported on stderr), 1 any other error.
func exitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	return 1
}

// run runs the command line args. Help printed on request is a nil
// error; a usage error wraps errUsage and was already reported on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	err := dispatch(ctx, args, stdin, stdout, stderr)
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
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
	case "learn":
		return cmdLearn(ctx, rest, stdout, stderr)
	case "inspect":
		return cmdInspect(ctx, rest, stdin, stdout, stderr)
	case "config":
		return cmdConfig(ctx, rest, stdout, stderr)
	case "version", "--version", "-version":
		return cmdVersion(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" && !strings.HasPrefix(rest[0], "-") {
			return dispatch(ctx, []string{rest[0], "--help"}, stdin, stdout, stderr) // help COMMAND
		}
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "escalate: unknown command %q\nRun \"escalate help\" for the commands.\n", cmd)
	return fmt.Errorf("unknown command %q: %w", cmd, errUsage)
}

func cmdVersion(args []string, stdout, stderr io.Writer) error {
	f := newFlags("version", "version", "Prints the module version and the VCS revision the binary was built from.", stdout, stderr)
	if _, err := f.parse(args, 0); err != nil {
		return err
	}
	fmt.Fprintln(stdout, versionString())
	return nil
}

// cmdConfig is "config check", the one config subcommand.
func cmdConfig(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "check" {
		return cmdConfigCheck(ctx, args[1:], stdout, stderr)
	}
	f := newFlags("config", "config check [--config FILE]", commandHelp["config check"], stdout, stderr)
	pos, err := f.parse(args, -1)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return f.usageError("unknown subcommand %q: want a subcommand: check", pos[0])
	}
	return f.usageError("want a subcommand: check")
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
Logs go to standard error (log.level, log.format), starting with one line
naming the version, store, mailboxes, SMTP server and metrics address at
every level. metrics.listen serves Prometheus /metrics and /healthz;
reports.listen serves the pages (loopback unless reports.basic_auth or
reports.allow_public is set).
A part that fails (e.g. the metrics listener) stops the whole process.
Exit status 1 on a config, store or listener error.
`,
	"demo": `Starts an IMAP and an SMTP server in the process and an SQLite store,
delivers a dozen customer mails written from the protocol's severity
examples, and prints each ticket, each acknowledgement and the path of the
metrics page. Needs nothing installed. Without --dir everything lives in a
temporary directory that is removed at the end; with --dir DIR the
database, the pages and a config file stay there, so that
"escalate tickets --config DIR/escalate.toml" works on the demo's data.
`,
	"migrate": `Applies the embedded database migrations to the store of the config
(PostgreSQL at database.url, else the SQLite file database.path) and prints
the schema version. run and every other command also migrate at start.
`,
	"tickets": `Lists tickets, newest first: tag, severity, status, owner, what is due
next (the first human response, then the next customer update) and how
long until it is due or how long it is overdue, customer and subject.
"tickets show ESC-12" prints one ticket: its clocks, the thread (mail in
and out), its events and its outbox. With --quarantine, lists the mail
that could not be read or handled, with its reason (the raw bytes are kept
in the store for audit). With --automatic, lists the mail read as
automatic (out-of-office, bounce, list, report) that opened no ticket and
was answered to no one, with the first words of its text: a customer
whose words a contact form, chat, SMS or review site relayed, taken for
the machine that carried them, is found there. Text from mail is printed
with control characters escaped.

With --json, prints one JSON object per line (see README.md, "escalate
tickets --json").
`,
	"report": `Writes the static metrics pages from the store and prints the path of
index.html: the key figures at a glance, then a page per question of the
protocol (acknowledgement, update cadence, volume and resolution,
escalations and breaches, compliance, classifier). Every chart has its
table and a CSV file; each page prints how its numbers are computed. The
period is --from to --to (UTC dates, both included); by default the last
twelve weeks up to now. run rewrites the pages every reports.interval over
the default period.
`,
	"config check": `Validates the config file, resolves every secret (environment, file or
command), loads the classifier rules, and prints a summary. Errors name the
file and the key. Nothing is connected to.
`,
}
