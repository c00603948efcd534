#!/usr/bin/env bash
# Installs Postfix 3.7 from the Debian package for the integration tests of
# intake/dovecottest (StartPostfix), without a system Postfix: debconf's
# "No configuration" leaves /etc/postfix without main.cf, so the system
# instance never starts on :25. The tests run their own private Postfix with
# its own main.cf/master.cf under a temporary directory. Idempotent: a second
# run only checks.
set -euo pipefail

fail() { echo "postfix.sh: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "must run as root (apt-get install)"

if ! dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q 'install ok installed'; then
	# A policy-rc.d that exits 101 keeps the postinst from starting anything.
	# Keep an existing one; remove only our own.
	policy=/usr/sbin/policy-rc.d
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy"
		chmod 0755 "$policy"
		trap 'rm -f "$policy"' EXIT
	fi
	echo "postfix.sh: installing postfix"
	export DEBIAN_FRONTEND=noninteractive
	echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
	apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update failed"
	apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
		-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
		postfix </dev/null >/tmp/postfix-install.log 2>&1 ||
		{ tail -n 30 /tmp/postfix-install.log >&2; fail "apt-get install postfix failed"; }
fi

command -v postfix >/dev/null || fail "postfix binary not found after install"
for u in postfix; do
	id "$u" >/dev/null 2>&1 || fail "system user $u missing (the postfix package creates it)"
done
getent group postdrop >/dev/null || fail "system group postdrop missing (the postfix package creates it)"

# "No configuration" must not have left a system instance configured or running.
if [ -e /etc/postfix/main.cf ]; then
	echo "postfix.sh: note: /etc/postfix/main.cf exists (configured before this script); the tests do not use it"
fi
if [ -s /var/spool/postfix/pid/master.pid ] && kill -0 "$(tr -d ' ' </var/spool/postfix/pid/master.pid)" 2>/dev/null; then
	echo "postfix.sh: note: a system Postfix is running; the tests use their own instances and ports"
fi

echo "postfix.sh: postfix $(postconf -d -h mail_version 2>/dev/null) ready"
