package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/escalate-dev/escalate/intake"
)

// The command-line conventions every subcommand follows:
//   - -h, --help, or "help" as the first argument print the command's help
//     on standard output and exit 0;
//   - a usage error (unknown flag, bad value, unexpected argument) prints
//     one line and a hint on standard error and exits 2;
//   - any other error is printed once by main and exits 1.

// errUsage marks a usage error that was already reported on stderr: main
// exits 2 without printing it again.
var errUsage = errors.New("usage")

// errHelp marks a help text that was printed on request: exit 0.
var errHelp = errors.New("help requested")

// cmdFlags is a subcommand's flag set with the conventions above.
type cmdFlags struct {
	*flag.FlagSet
	name     string // "config check"
	synopsis string // what follows "escalate "
	about    string
	stdout   io.Writer
	stderr   io.Writer
	config   *string // --config, when the command has it
}

// newFlags makes the flag set of the command name; synopsis is its usage
// line without "escalate ", about the paragraphs between it and the flags.
func newFlags(name, synopsis, about string, stdout, stderr io.Writer) *cmdFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse reports errors itself, once
	fs.Usage = func() {}
	return &cmdFlags{FlagSet: fs, name: name, synopsis: synopsis, about: about, stdout: stdout, stderr: stderr}
}

// withConfig adds --config.
func (f *cmdFlags) withConfig() *cmdFlags {
	f.config = f.String("config", "", "config `FILE` (TOML). Precedence: this flag, else $ESCALATE_CONFIG, else ./escalate.toml")
	return f
}

// configPath is the config file to read: --config when given, else
// $ESCALATE_CONFIG when set, else ./escalate.toml; explicit reports
// whether the flag or the variable named it.
func (f *cmdFlags) configPath() (path string, explicit bool) {
	if f.config != nil && *f.config != "" {
		return *f.config, true
	}
	if env := os.Getenv("ESCALATE_CONFIG"); env != "" {
		return env, true
	}
	return "escalate.toml", false
}

// parse parses args, flags and positional arguments in any order ("--"
// ends the flags), and returns the positional ones. More than maxArgs
// positional arguments (maxArgs < 0: any number) is a usage error.
func (f *cmdFlags) parse(args []string, maxArgs int) ([]string, error) {
	if len(args) > 0 && args[0] == "help" {
		return nil, f.help()
	}
	var pos []string
	for {
		err := f.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			return nil, f.help()
		}
		if err != nil {
			return nil, f.usageError("%v", err)
		}
		rest := f.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	if maxArgs >= 0 && len(pos) > maxArgs {
		return nil, f.usageError("unexpected argument %q", pos[maxArgs])
	}
	return pos, nil
}

// help prints the command's help on stdout.
func (f *cmdFlags) help() error {
	fmt.Fprintf(f.stdout, "usage: escalate %s\n\n", f.synopsis)
	if f.about != "" {
		fmt.Fprintf(f.stdout, "%s\n", strings.TrimRight(f.about, "\n"))
	}
	n := 0
	f.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(f.stdout, "\nFlags (-flag and --flag are the same):")
		f.SetOutput(f.stdout)
		f.PrintDefaults()
		f.SetOutput(io.Discard)
	}
	return errHelp
}

// usageError reports a usage error once on stderr with a hint.
func (f *cmdFlags) usageError(format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintf(f.stderr, "escalate %s: %s\nRun \"escalate %s -h\" for help.\n", f.name, msg, f.name)
	return fmt.Errorf("%s: %s: %w", f.name, msg, errUsage)
}

// versionString is the module version and VCS revision recorded by the Go
// toolchain in the binary (debug.ReadBuildInfo); -ldflags "-X
// main.version=…" overrides the version.
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return formatVersion(version, info)
}

// formatVersion formats the version line from v (main.version) and the
// build info (nil when the binary has none).
func formatVersion(v string, info *debug.BuildInfo) string {
	rev, when, modified, goVersion := "", "", false, ""
	if info != nil {
		goVersion = info.GoVersion
		if v == "dev" && info.Main.Version != "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "escalate %s", v)
	switch {
	case rev == "":
		b.WriteString(", revision unknown (not stamped: built by go run or go test, with -buildvcs=false, or outside a git checkout)")
	default:
		fmt.Fprintf(&b, ", revision %s", rev)
		if when != "" {
			fmt.Fprintf(&b, " (%s)", when)
		}
		if modified {
			b.WriteString(", with uncommitted changes")
		}
	}
	if goVersion != "" {
		fmt.Fprintf(&b, ", %s", goVersion)
	}
	return b.String()
}

// termText makes text that came from a mail safe to print on a terminal.
// Control characters (C0 and DEL, C1), Unicode line separators and
// bidirectional overrides, and invalid UTF-8 are written as Go-style
// escapes (\x1b, \u202e), so a subject carrying ESC]0;…BEL or colour codes
// prints as text and cannot retitle the window, recolour or reorder the
// screen. With multiline, newline and tab stay (bodies); without, they are
// escaped too (table cells, one-line fields). Every place the CLI prints
// customer text goes through it.
func termText(s string, multiline bool) string {
	if !needsEscape(s, multiline) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case multiline && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string, multiline bool) bool {
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 && !(multiline && (r == '\n' || r == '\t')) || r == 0x7f || unsafeRune(r) {
			return true
		}
	}
	return false
}

// unsafeRune reports C1 controls (a terminal may read 0x9b as CSI), line
// and paragraph separators, and the bidirectional embeddings, overrides
// and isolates that reorder what follows them.
func unsafeRune(r rune) bool {
	return r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x2029 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// mailFileError says what is wrong with a file given to classify or
// inspect (cmd), in words that say what to do.
func mailFileError(err error, cmd string) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, intake.ErrNoHeader):
		return "not a mail file: no header lines; " + cmd + " reads RFC 5322 messages (.eml)"
	}
	return err.Error()
}

// given reports whether the named flag was on the command line.
func (f *cmdFlags) given(name string) bool {
	set := false
	f.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	return set
}
