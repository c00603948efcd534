// Package dovecottest starts a private Dovecot IMAP server on 127.0.0.1 for
// integration tests of the intake poller, so that IMAP (RFC 3501, RFC 9051),
// IDLE (RFC 2177), MOVE (RFC 6851) and UIDPLUS (RFC 4315) are exercised
// against a real server rather than an in-process one.
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
// Only tests import this package.
package dovecottest
