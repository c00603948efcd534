package intake_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/escalate-dev/escalate/intake/dovecottest"
)

// BenchmarkDovecotMarkDone measures what marking a backlog done costs
// Dovecot's imap process, a mail: 2,000 mails in INBOX, read (FETCH
// BODY.PEEK[]), flagged (STORE) and moved to Processed (MOVE) in UID
// sets of 10, 50 and 500, as the poller does after a batch commits.
func BenchmarkDovecotMarkDone(b *testing.B) {
	const n = 2000
	for _, size := range []int{10, 50, 500} {
		b.Run(fmt.Sprintf("sets-of-%d", size), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				s := dovecottest.Start(b, dovecotUser)
				raws := make([][]byte, n)
				for i := range raws {
					raws[i] = []byte(fmt.Sprintf("From: c%d@customer.example\r\nTo: %s\r\nSubject: down %d\r\n"+
						"Message-ID: <m%d@customer.example>\r\n\r\nThe site is down for everyone.\r\n", i, dovecotUser, i, i))
				}
				s.AppendAll(b, dovecotUser, "INBOX", raws...)
				c := s.Login(b, dovecotUser, nil)
				if _, err := c.Select("INBOX", nil).Wait(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				var line []string
				for _, step := range []struct {
					name string
					f    func(imap.UIDSet) error
				}{
					{"FETCH", func(set imap.UIDSet) error {
						_, err := c.Fetch(set, &imap.FetchOptions{UID: true,
							BodySection: []*imap.FetchItemBodySection{{Peek: true}}}).Collect()
						return err
					}},
					{"STORE", func(set imap.UIDSet) error {
						return c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true,
							Flags: []imap.Flag{"$Escalated"}}, nil).Close()
					}},
					{"MOVE", func(set imap.UIDSet) error { _, err := c.Move(set, dovecottest.Processed).Wait(); return err }},
				} {
					cpu0 := imapCPU(s.ProcessGroup())
					for first := 1; first <= n; first += size {
						var set imap.UIDSet
						set.AddRange(imap.UID(first), imap.UID(min(first+size-1, n)))
						if err := step.f(set); err != nil {
							b.Fatalf("%s %v: %v", step.name, set, err)
						}
					}
					perMail := float64((imapCPU(s.ProcessGroup()) - cpu0).Microseconds()) / 1000 / n
					b.ReportMetric(perMail, step.name+"-cpu-ms/mail")
					line = append(line, fmt.Sprintf("%s %.3f", step.name, perMail))
				}
				fmt.Printf("%d mails in sets of %d, Dovecot's imap CPU ms a mail: %s\n", n, size, strings.Join(line, ", "))
			}
		})
	}
}

// imapCPU is the user and system time of the processes named imap in
// process group pgrp (Dovecot's master's).
func imapCPU(pgrp int) time.Duration {
	var ticks int64
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		s := string(b)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open || s[open+1:end] != "imap" {
			continue
		}
		f := strings.Fields(s[end+1:]) // state ppid pgrp … utime stime
		if len(f) < 13 || f[2] != strconv.Itoa(pgrp) {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		k, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + k
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}
