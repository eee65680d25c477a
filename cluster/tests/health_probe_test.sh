#!/usr/bin/env bash
# The rendered health probe (role mongo_health) of a shard member and of a
# router, run with fake mongosh, df, openssl, instance metadata and AWS CLI:
# it publishes MemberHealthy 1 for a SECONDARY (with its replication lag, data
# disk use and certificate days left) and for a router, and 0 when mongod does
# not answer, without any database credential. Needs RENDER_DIR (run-checks.sh).
set -euo pipefail
: "${RENDER_DIR:?run via cluster/tests/run-checks.sh}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; cat "$work/calls" 2>/dev/null; exit 1; }
probe_of() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["/usr/local/sbin/moviedb-health"])' "$RENDER_DIR/$1.json" >"$work/$1"; }
probe_of shard0-2
probe_of mongos-1
mkdir -p "$work/bin"
cat >"$work/bin/mongosh" <<'FAKE'
#!/usr/bin/env bash
[[ "$*" != *--username* && "$*" != *-p\ * ]] || { echo "credentials passed" >&2; exit 3; }
[[ -n "$FAKE_HELLO" ]] || exit 1
echo "$FAKE_HELLO"
FAKE
cat >"$work/bin/df" <<'FAKE'
#!/usr/bin/env bash
printf 'Use%%\n 42%%\n'
FAKE
cat >"$work/bin/openssl" <<'FAKE'
#!/usr/bin/env bash
echo "notAfter=$(date -u -d '+90 days' '+%b %e %H:%M:%S %Y GMT')"
FAKE
cat >"$work/bin/curl" <<'FAKE'
#!/usr/bin/env bash
case "$*" in *api/token*) echo token ;; *placement/region*) echo eu-west-1 ;; *) exit 22 ;; esac
FAKE
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
printf '%s\n' "$*" >>"$FAKE_LOG"
FAKE
chmod +x "$work/bin"/*
export PATH="$work/bin:$PATH" FAKE_LOG="$work/calls"

FAKE_HELLO="0 1 0 $(($(date +%s) - 5))" bash "$work/shard0-2" || fail "probe failed"
call="$(cat "$work/calls")"
grep -q -- '--region eu-west-1 --namespace moviedb/moviedb-prod' <<<"$call" || fail "namespace/region"
grep -q 'MetricName=MemberHealthy,Dimensions=\[{Name=Member,Value=shard0-2}\],Value=1' <<<"$call" || fail "healthy secondary"
grep -Eq 'MetricName=ReplicationLagSeconds,Value=[5-7],' <<<"$call" || fail "lag"
grep -q 'MetricName=DataDiskUsedPercent,Value=42,' <<<"$call" || fail "disk"
grep -Eq 'MetricName=CertificateDaysLeft,Value=(89|90),' <<<"$call" || fail "certificate"

: >"$work/calls"
FAKE_HELLO="" bash "$work/shard0-2" || fail "probe failed when mongod is down"
grep -q 'MetricName=MemberHealthy,Dimensions=\[{Name=Member,Value=shard0-2}\],Value=0' "$work/calls" || fail "down member reported healthy"
! grep -q ReplicationLagSeconds "$work/calls" || fail "lag reported for a down member"

: >"$work/calls"
FAKE_HELLO="0 0 1 0" bash "$work/mongos-1" || fail "router probe failed"
grep -q 'Value=mongos-1}\],Value=1' "$work/calls" || fail "healthy router"
! grep -q DataDiskUsedPercent "$work/calls" || fail "a router has no data volume"
echo "health probe: ok"
