#!/usr/bin/env bash
# Start what the tests use besides files: Debian's PostgreSQL, with a superuser role for the user running the
# tests (so `postgresql:///postgres` works over the local socket). Never fails the test run: where there is no
# PostgreSQL to start, the PostgreSQL tests skip and say why. `.ci/run` installs the package where it is missing.
command -v pg_lsclusters >/dev/null 2>&1 || exit 0
read -r version name _ < <(pg_lsclusters -h | head -n 1)
[ -n "${version:-}" ] || exit 0
pg_ctlcluster "$version" "$name" start >/dev/null 2>&1 || true
if [ "$(id -u)" = 0 ]; then
  user=$(id -un)
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$user'\"" 2>/dev/null | grep -q 1 \
    || su postgres -c "createuser --superuser $user" >/dev/null 2>&1 || true
fi
exit 0
