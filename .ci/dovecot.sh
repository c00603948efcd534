#!/usr/bin/env bash
# Installs Dovecot (IMAP + LMTP) from Debian packages for the integration tests of
# intake/dovecottest, without leaving a system Dovecot running, and creates the
# system user "vmail" that owns the test Maildirs. Idempotent: a second run only
# checks. The tests start their own private Dovecot instances; nothing here
# configures /etc/dovecot.
set -euo pipefail

fail() { echo "dovecot.sh: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "must run as root (apt-get install, useradd)"

packages=(dovecot-core dovecot-imapd dovecot-lmtpd)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
	# A policy-rc.d that exits 101 keeps the packages' postinst from starting a
	# system Dovecot on :143/:993. Keep an existing one; remove only our own.
	policy=/usr/sbin/policy-rc.d
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy"
		chmod 0755 "$policy"
		trap 'rm -f "$policy"' EXIT
	fi
	echo "dovecot.sh: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update failed"
	apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
		-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
		"${missing[@]}" </dev/null >/tmp/dovecot-install.log 2>&1 ||
		{ tail -n 30 /tmp/dovecot-install.log >&2; fail "apt-get install ${missing[*]} failed"; }
	# Without systemd, invoke-rc.d may still have started the system instance.
	# Stop it by its own pid file; our install started it.
	if [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
		echo "dovecot.sh: stopping the system Dovecot started by the package"
		doveadm stop </dev/null >/dev/null 2>&1 || kill "$(cat /run/dovecot/master.pid)" || true
	fi
fi

command -v dovecot >/dev/null || fail "dovecot binary not found after install"
for u in dovecot dovenull; do
	id "$u" >/dev/null 2>&1 || fail "system user $u missing (the dovecot-core package creates it)"
done

# Owner of the test Maildirs. Dovecot refuses to access mail as root
# (first_valid_uid), so the harness sets mail_uid/mail_gid to vmail.
if ! id vmail >/dev/null 2>&1; then
	getent group vmail >/dev/null || groupadd --system vmail || fail "groupadd vmail failed"
	useradd --system --gid vmail --home-dir /nonexistent --no-create-home \
		--shell /usr/sbin/nologin vmail || fail "useradd vmail failed"
fi

echo "dovecot.sh: $(dovecot --version) ready, vmail uid=$(id -u vmail) gid=$(id -g vmail)"
