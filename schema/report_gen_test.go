package schema_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/escalate-dev/escalate/schema"
)

// generate fills an empty store with n tickets opened evenly over the
// twelve weeks from benchFrom to benchNow, and their events, in one
// INSERT … SELECT per table, so that every query of the report has work:
//
//   - severity P1 5 %, P2 15 %, P3 40 %, P4 40 %; 8 % classified one
//     level off (a severity_changed event);
//   - a receipt within a minute (98 %); a first human response (95 %) at
//     0–1.4 times the acknowledgement target, so about 30 % late;
//   - resolved (98 % of those whose resolution falls before now) 1–8 h
//     (P1), 2 h–3 days (P2), 4 h–6 days (P3) or 1–10 days (P4) after the
//     response; root cause for 70 %, post-mortem for half the P1s, the
//     account watched 30/14/7 days after;
//   - P1 and P2 updates every hour or day after the response, 0–30 % late
//     each, up to 8 and 3; one P2 in 20 waits on the customer; one
//     resolved ticket in 50 was resolved internally and reopened first;
//     one ticket in three gets a follow-up from the customer;
//   - escalation levels 0–5 for P1/P2, 0–1 for the others.
//
// It returns the number of events.
func generate(tb testing.TB, db *sqlx.DB, d schema.Dialect, n int) int {
	tb.Helper()
	g := gen{d: d}
	span := int64(benchNow.Sub(benchFrom) / time.Second)
	tickets := strings.NewReplacer("SPAN", fmt.Sprint(span), "N_TICKETS", fmt.Sprint(n), "NOW", g.lit(benchNow),
		"TFROM", g.lit(benchFrom), "SERIES", g.series(n)).Replace(g.times(ticketsSQL))
	if _, err := db.Exec(tickets); err != nil {
		tb.Fatalf("generate tickets: %v", err)
	}
	events := strings.NewReplacer("NOW", g.lit(benchNow), "UPDATES", g.series(8)).Replace(g.times(eventsSQL))
	res, err := db.Exec(events)
	if err != nil {
		tb.Fatalf("generate events: %v", err)
	}
	// As autovacuum would have done by the time a report runs.
	settle := `ANALYZE`
	if d == schema.Postgres {
		settle = `VACUUM ANALYZE tickets, events`
	}
	if _, err := db.Exec(settle); err != nil {
		tb.Fatalf("%s: %v", settle, err)
	}
	m, _ := res.RowsAffected()
	return int(m)
}

// gen spells the generator's SQL in a dialect.
type gen struct{ d schema.Dialect }

// series is a FROM item of the numbers 1 to n in column g.
func (g gen) series(n int) string {
	if g.d == schema.Postgres {
		return fmt.Sprintf("generate_series(1::bigint, %d) AS s(g)", n)
	}
	return fmt.Sprintf("(WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM c WHERE g < %d) SELECT g FROM c) AS s", n)
}

// lit is the instant t as an SQL literal, in the form the store writes.
func (g gen) lit(t time.Time) string {
	if g.d == schema.Postgres {
		return "timestamptz '" + t.Format("2006-01-02 15:04:05Z07:00") + "'"
	}
	return "'" + t.Format("2006-01-02 15:04:05.000-07:00") + "'"
}

// times replaces each AT(t, secs) in query (no nested parentheses in t)
// by the dialect's instant secs seconds after t. SQLite keeps instants as
// text: strftime writes them in the store's form, milliseconds and all.
func (g gen) times(query string) string {
	var out strings.Builder
	for {
		i := strings.Index(query, "AT(")
		if i < 0 {
			return out.String() + query
		}
		out.WriteString(query[:i])
		rest := query[i+3:]
		comma := strings.Index(rest, ", ")
		end := matchParen(rest)
		t, secs := rest[:comma], rest[comma+2:end]
		if g.d == schema.Postgres {
			fmt.Fprintf(&out, "(%s + (%s) * interval '1 second')", t, secs)
		} else {
			fmt.Fprintf(&out, "strftime('%%Y-%%m-%%d %%H:%%M:%%f+00:00', julianday(%s) + (%s) / 86400.0)", t, secs)
		}
		query = rest[end+1:]
	}
}

// matchParen returns the index of the parenthesis closing an opening one
// just before s.
func matchParen(s string) int {
	depth := 1
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	panic("generator SQL: unbalanced parentheses in " + s)
}

// ticketsSQL generates the tickets. Layer a draws the severity and six
// pseudo-random numbers 0–999 per ticket (a multiplicative hash of its
// number by its own odd constant), b the durations in seconds, c what happened.
const ticketsSQL = `INSERT INTO tickets (subject, customer_addr, mailbox, severity, auto_severity, thread_root,
	status, escalation_level, root_cause, postmortem_done, opened_at, ack_due_at, acked_at, first_response_at,
	next_update_due_at, resolved_at, monitor_until, updated_at)
SELECT 'Ticket ' || g, 'user' || (g % 9973) || '@account' || (g % 997) || '.example',
	CASE WHEN h1 < 100 THEN 'vip' ELSE 'support' END, sev,
	CASE WHEN h2 < 80 THEN sev % 4 + 1 ELSE sev END, g || '@bench.example',
	CASE WHEN done = 1 THEN 'resolved' ELSE 'open' END,
	CASE WHEN sev <= 2 THEN h3 % 6 ELSE h3 % 2 END,
	CASE WHEN done = 1 AND h4 < 700 THEN 'cause ' || (g % 50) ELSE '' END,
	(done = 1 AND sev = 1 AND h4 < 500),
	AT(TFROM, off), AT(TFROM, off + ack),
	CASE WHEN h5 < 980 THEN AT(TFROM, off + 5 + h5 % 60) END,
	CASE WHEN answered = 1 THEN AT(TFROM, off + fr) END,
	CASE WHEN done = 0 AND answered = 1 AND sev <= 2 THEN AT(TFROM, off + fr + every * (1 + h6 % 3)) END,
	CASE WHEN done = 1 THEN AT(TFROM, off + fr + rt) END,
	CASE WHEN done = 1 AND sev <= 3 THEN AT(TFROM, off + fr + rt + mon) END,
	NOW
FROM (SELECT b.*, CASE WHEN h4 < 950 THEN 1 ELSE 0 END AS answered,
		CASE WHEN h6 < 980 AND off + fr + rt < SPAN THEN 1 ELSE 0 END AS done
	FROM (SELECT a.*,
			CASE sev WHEN 1 THEN 900 WHEN 2 THEN 3600 WHEN 3 THEN 14400 ELSE 86400 END AS ack,
			CASE sev WHEN 1 THEN 900 WHEN 2 THEN 3600 WHEN 3 THEN 14400 ELSE 86400 END * h5 / 700 AS fr,
			CASE sev WHEN 1 THEN 3600 + h3 * 25 WHEN 2 THEN 7200 + h3 * 252 WHEN 3 THEN 14400 + h3 * 504
				ELSE 86400 + h3 * 778 END AS rt,
			CASE sev WHEN 1 THEN 3600 ELSE 86400 END AS every,
			CASE sev WHEN 1 THEN 2592000 WHEN 2 THEN 1209600 ELSE 604800 END AS mon
		FROM (SELECT g, (g - 1) * SPAN / N_TICKETS AS off,
				CASE WHEN h0 < 50 THEN 1 WHEN h0 < 200 THEN 2 WHEN h0 < 600 THEN 3 ELSE 4 END AS sev,
				h1, h2, h3, h4, h5, h6
			FROM (SELECT g, ((g * 2654435761) % 4294967296) / 4294968 AS h0,
					((g * 2246822519) % 4294967296) / 4294968 AS h1,
					((g * 3266489917) % 4294967296) / 4294968 AS h2,
					((g * 668265263) % 4294967296) / 4294968 AS h3,
					((g * 374761393) % 4294967296) / 4294968 AS h4,
					((g * 3432918353) % 4294967296) / 4294968 AS h5,
					((g * 461845907) % 4294967296) / 4294968 AS h6
				FROM SERIES) AS h) AS a) AS b) AS c`

// eventsSQL generates the events of the tickets.
const eventsSQL = `INSERT INTO events (ticket_id, at, kind, detail)
SELECT id, opened_at, 'opened', '{}' FROM tickets
UNION ALL SELECT id, AT(opened_at, 300), 'severity_changed',
	'{"from":"P' || auto_severity || '","to":"P' || severity || '"}' FROM tickets WHERE auto_severity <> severity
UNION ALL SELECT t.id, AT(t.first_response_at, (s.g - 1) * e.every + (t.id * 7 + s.g) % 30 * e.every / 100), 'status_update', '{}'
	FROM tickets t JOIN (SELECT 1 AS sev, 3600 AS every, 8 AS most UNION ALL SELECT 2, 86400, 3) AS e ON e.sev = t.severity
	JOIN UPDATES ON s.g <= e.most
	WHERE t.first_response_at IS NOT NULL
	AND AT(t.first_response_at, (s.g - 1) * e.every + (t.id * 7 + s.g) % 30 * e.every / 100) < COALESCE(t.resolved_at, NOW)
UNION ALL SELECT id, AT(resolved_at, -7200), 'resolved', '{"internal":true}' FROM tickets WHERE resolved_at IS NOT NULL AND id % 50 = 0
UNION ALL SELECT id, AT(resolved_at, -3600), 'reopened', '{"by":"customer"}' FROM tickets WHERE resolved_at IS NOT NULL AND id % 50 = 0
UNION ALL SELECT id, resolved_at, 'resolved', '{}' FROM tickets WHERE resolved_at IS NOT NULL
UNION ALL SELECT id, first_response_at, 'waiting', '{}' FROM tickets WHERE severity = 2 AND first_response_at IS NOT NULL AND id % 20 = 0
UNION ALL SELECT id, AT(opened_at, 72000), 'customer_message', '{}' FROM tickets WHERE id % 3 = 0
UNION ALL SELECT id, AT(ack_due_at, 60), 'escalated', '{"level":4}' FROM tickets WHERE escalation_level >= 4`
