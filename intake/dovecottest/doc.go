// Package dovecottest starts a private Dovecot IMAP server, and optionally a
// private Postfix in front of it, on 127.0.0.1 for integration tests of the
// intake poller and of the gateway's outgoing mail, so that IMAP (RFC 3501,
// RFC 9051), IDLE (RFC 2177), MOVE (RFC 6851), UIDPLUS (RFC 4315) and SMTP
// (RFC 5321) are exercised against real servers rather than in-process ones.
//
// Each Server has its own configuration, base_dir, state, log and Maildir
// under one temporary directory and its own free IMAP port, so tests may start
// several in parallel and no system path is touched. Mail is delivered the
// way an MTA would, over LMTP (RFC 2033), so IDLE sees a real delivery.
//
// The Dovecot binaries come from the Debian packages dovecot-core,
// dovecot-imapd and dovecot-lmtpd (.ci/dovecot.sh installs them and creates
// the system user vmail that owns the Maildirs when tests run as root). When
// dovecot is not on PATH, Start skips the test, or fails it when the
// environment variable CI is "true".
//
// What tests can rely on (Dovecot 2.3.19.1): after login it advertises
// IMAP4rev1, IDLE, MOVE, UIDPLUS, CONDSTORE, QRESYNC, ENABLE, SPECIAL-USE,
// LITERAL+ and more, but not IMAP4rev2; the greeting lists only IMAP4rev1,
// IDLE, ENABLE, ID, LITERAL+, SASL-IR, LOGIN-REFERRALS and AUTH=PLAIN/LOGIN,
// so check capabilities after login. Dovecot announces a delivery to an IDLE
// session about 0.5 s after it (a compiled-in delay): wait with a bound of
// several seconds, never a sleep.
//
// StartPostfix (or StartWithPostfix) puts a private Postfix 3.7 in front of
// a Server: its own main.cf and master.cf, queue and data directories under
// the Server's directory, smtpd on a free port of 127.0.0.1, the domains of
// the Server's users as virtual mailbox domains delivered over LMTP into that
// Dovecot. A test sends as any address with Postfix.Send (SMTP, RFC 5321),
// reads the result with Server.WaitMessages, and simulates an MTA outage with
// Postfix.Stop and Postfix.Start. Mail to anyone else is refused at RCPT.
// The binaries come from the Debian package postfix (.ci/postfix.sh installs
// it without configuring or starting a system instance); the master must run
// as root. When postfix is missing StartPostfix skips, or fails under CI.
// Postfix starts in about 0.4 s; a mail sent to it is visible over IMAP
// about 0.1 s later (more when the machine is busy).
//
// Only tests import this package.
package dovecottest
