package escalation

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"

	"github.com/escalate-dev/escalate/classify"
)

// Verb names an agent command: a line "#verb argument" at the top of an
// agent's mail.
type Verb string

// The commands agents write.
const (
	CmdInternal   Verb = "internal"   // recorded on the ticket, nothing to the customer
	CmdResolve    Verb = "resolve"    // resolve, with an optional summary
	CmdRootCause  Verb = "root-cause" // document the root cause
	CmdSeverity   Verb = "severity"   // P1..P4; clocks recomputed
	CmdAssign     Verb = "assign"     // the owner's address
	CmdWaiting    Verb = "waiting"    // waiting on the customer: the update clock pauses (not for P1)
	CmdReopen     Verb = "reopen"
	CmdPostmortem Verb = "postmortem" // "#postmortem done"
	CmdCall       Verb = "call"       // when the customer call is
	CmdAck        Verb = "ack"        // take ownership: the acknowledgement step stops paging
	CmdEscalate   Verb = "escalate"   // page the next level, or the role named, now
	CmdIncident   Verb = "incident"   // declare this ticket an incident
	CmdLink       Verb = "link"       // join an incident, or (on the incident) link tickets to it
	CmdUnlink     Verb = "unlink"     // leave the incident, or (on the incident) unlink tickets
)

// CommandHelp lists the accepted commands, one line each, as the team
// notice and a rejection show them.
var CommandHelp = []string{
	"#internal              record on the ticket only; nothing goes to the customer",
	"#resolve [summary]     resolve and send the Resolution Confirmation",
	"#root-cause TEXT       document the root cause",
	"#severity P1|P2|P3|P4  change the severity; clocks follow",
	"#assign ADDRESS        make ADDRESS the owner",
	"#waiting               waiting on the customer (pauses the update clock, except for P1)",
	"#reopen                reopen a resolved ticket",
	"#postmortem done       record the post-mortem review as done",
	"#call WHEN             record the customer call (e.g. #call today 15:00 UTC)",
	"#ack                   take ownership; stops the paging (the customer still waits for an update)",
	"#escalate [ROLE]       page the next level now, or ROLE: vp, cco, ceo, technical, product",
	"#incident              declare this ticket an incident: its updates reach every linked customer",
	"#link ESC-12           link this ticket to incident ESC-12 (on the incident: #link ESC-40 ESC-41 …, on several lines if long)",
	"#unlink                leave the incident (on the incident: #unlink ESC-40 …)",
}

// Command is one parsed command line.
type Command struct {
	Verb     Verb
	Arg      string
	Severity classify.Severity // for CmdSeverity
	Line     int               // 1-based line in the agent's text
	IDs      []int64           // the tickets of CmdLink and CmdUnlink
}

// CommandError says which line of an agent's mail was not accepted.
// Nothing of that mail is applied.
type CommandError struct {
	Line   int
	Text   string
	Reason string
}

func (e *CommandError) Error() string {
	return fmt.Sprintf("line %d %q: %s", e.Line, e.Text, e.Reason)
}

// ParseCommands reads the commands on the top lines of an agent's text:
// each on its own line starting with '#' and a letter, blank lines
// allowed between them. The first other line ends them; rest is the text
// from there on. Any unknown, malformed or repeated command is an error,
// and then none applies.
func ParseCommands(text string) (cmds []Command, rest string, err error) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	seen := map[Verb]bool{}
	i := 0
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		if !isCommandLine(line) {
			break
		}
		c, err := parseCommand(line, i+1)
		if err != nil {
			return nil, "", err
		}
		if seen[c.Verb] && (c.Verb == CmdLink || c.Verb == CmdUnlink) {
			// A long list of tags may take several lines (mail clients
			// wrap long ones).
			k := slices.IndexFunc(cmds, func(p Command) bool { return p.Verb == c.Verb })
			for _, id := range c.IDs {
				if !slices.Contains(cmds[k].IDs, id) {
					cmds[k].IDs = append(cmds[k].IDs, id)
				}
			}
			cmds[k].Arg += " " + c.Arg
			continue
		}
		if seen[c.Verb] {
			return nil, "", &CommandError{Line: i + 1, Text: line, Reason: "#" + string(c.Verb) + " is given twice"}
		}
		seen[c.Verb] = true
		cmds = append(cmds, c)
	}
	if seen[CmdLink] && seen[CmdUnlink] {
		return nil, "", &CommandError{Line: 1, Text: "#link, #unlink", Reason: "#link and #unlink in one mail: send them apart"}
	}
	if seen[CmdResolve] && seen[CmdReopen] {
		return nil, "", &CommandError{Line: 1, Text: "#resolve, #reopen", Reason: "#resolve and #reopen contradict each other"}
	}
	return cmds, strings.TrimSpace(strings.Join(lines[i:], "\n")), nil
}

// isCommandLine reports whether line looks like a command: '#' and a
// letter ("#1 priority" and "# heading" are text).
func isCommandLine(line string) bool {
	return len(line) >= 2 && line[0] == '#' &&
		(line[1] >= 'a' && line[1] <= 'z' || line[1] >= 'A' && line[1] <= 'Z')
}

func parseCommand(line string, n int) (Command, error) {
	word, arg, _ := strings.Cut(line[1:], " ")
	arg = strings.TrimSpace(arg)
	c := Command{Verb: Verb(strings.ToLower(strings.TrimRight(word, ":"))), Arg: arg, Line: n}
	bad := func(reason string) (Command, error) {
		return Command{}, &CommandError{Line: n, Text: line, Reason: reason}
	}
	switch c.Verb {
	case "rootcause", "root_cause":
		c.Verb = CmdRootCause
	case "postmortem-done":
		c.Verb, arg, c.Arg = CmdPostmortem, "done", "done"
	}
	switch c.Verb {
	case CmdInternal, CmdWaiting, CmdReopen, CmdAck, CmdIncident:
		if arg != "" {
			return bad("#" + string(c.Verb) + " takes no argument")
		}
	case CmdResolve:
	case CmdRootCause, CmdCall:
		if arg == "" {
			return bad("#" + string(c.Verb) + " needs a text")
		}
	case CmdSeverity:
		s, err := classify.ParseSeverity(arg)
		if err != nil {
			return bad("#severity takes P1, P2, P3 or P4")
		}
		c.Severity = s
	case CmdAssign:
		a, err := mail.ParseAddress(arg)
		if err != nil {
			return bad("#assign takes one mail address")
		}
		c.Arg = strings.ToLower(a.Address)
	case CmdEscalate:
		c.Arg = strings.ToLower(arg)
		if _, err := RoleByKey(c.Arg); arg != "" && err != nil {
			return bad("#escalate takes nothing (the next level) or one of vp, cco, ceo, technical, product")
		}
	case CmdLink, CmdUnlink:
		ids, err := parseTags(arg)
		switch {
		case err != nil:
			return bad("#" + string(c.Verb) + " takes ticket tags (ESC-12 ESC-13): " + err.Error())
		case c.Verb == CmdLink && len(ids) == 0:
			return bad("#link needs a ticket tag (#link ESC-12)")
		}
		c.IDs = ids
	case CmdPostmortem:
		if !strings.EqualFold(arg, "done") {
			return bad("write #postmortem done")
		}
	default:
		return bad("unknown command")
	}
	return c, nil
}
