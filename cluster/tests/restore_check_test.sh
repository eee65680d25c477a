#!/usr/bin/env bash
# snapshot-member.sh and restore-check.sh against a fake AWS CLI: a snapshot
# is taken of the member's tagged data volume and tagged with the backup id;
# a backup passes the check only with exactly one completed snapshot of the
# config servers and of every shard, started together.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; cat "$work/calls" 2>/dev/null; exit 1; }
mkdir -p "$work/bin"
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
echo "aws $*" >>"$FAKE_LOG"
case "$1 $2" in
  "ec2 describe-volumes") [[ "$*" == *"Values=zz-env-shard0-3-data"* ]] && echo vol-0abc || echo None ;;
  "ec2 create-snapshot") echo snap-0123 ;;
  "ec2 describe-snapshots") cat "$FAKE_SNAPSHOTS" ;;
  "ec2 describe-instances")
    if [[ "$*" == *Placement* ]]; then
      [[ "$*" == *"Values=zz-restore"* ]] || exit 0
      printf 'cfg-1\teu-west-1c\ncfg-2\teu-west-1a\nshard0-1\teu-west-1a\nshard0-2\teu-west-1b\nshard1-1\teu-west-1b\nmongos-1\teu-west-1a\n'
    else
      printf 'cfg-1\tcfg-2\tcfg-3\tshard0-1\tshard0-2\tshard0-3\tshard1-1\tshard1-2\tshard1-3\tmongos-1\tmongos-2\n'
    fi ;;
  "ec2 create-volume") echo "vol-from-$4" ;;
  *) exit 1 ;;
esac
FAKE
chmod +x "$work/bin/aws"
export PATH="$work/bin:$PATH" FAKE_LOG="$work/calls" FAKE_SNAPSHOTS="$work/snapshots"

[[ "$("$cluster/scripts/snapshot-member.sh" zz-env shard0-3 20261204T0600Z)" == snap-0123 ]] || fail "no snapshot id"
grep -q 'create-snapshot --volume-id vol-0abc .*Key=moviedb:backup,Value=20261204T0600Z' "$work/calls" || fail "snapshot not tagged with the backup"
if "$cluster/scripts/snapshot-member.sh" zz-env shard9-1 x 2>/dev/null; then fail "snapshot of a missing volume"; fi

check() { printf '%s\n' "$@" >"$work/snapshots"; "$cluster/scripts/restore-check.sh" zz-env 20261204T0600Z 2>&1; }
good=("cfg-2 snap-1 completed 2026-12-04T06:00:01Z" "shard0-3 snap-2 completed 2026-12-04T06:00:02Z" "shard1-3 snap-3 completed 2026-12-04T06:00:03Z")
out="$(check "${good[@]}")" || fail "complete backup refused: $out"
grep -q 'complete and consistent' <<<"$out" || fail "$out"
if out="$(check "${good[@]:0:2}")"; then fail "backup without shard1 accepted"; fi
grep -q 'shard1 has 0 snapshots' <<<"$out" || fail "$out"
if out="$(check "${good[@]}" "shard1-2 snap-4 completed 2026-12-04T06:00:03Z")"; then fail "two snapshots of one set accepted"; fi
if out="$(check "${good[@]:0:2}" "shard1-3 snap-3 pending 2026-12-04T06:00:03Z")"; then fail "pending snapshot accepted"; fi
if out="$(check "${good[@]:0:2}" "shard1-3 snap-3 completed 2026-12-04T07:00:03Z")"; then fail "snapshots an hour apart accepted"; fi
grep -q 'not one point' <<<"$out" || fail "$out"
# the drill: one restored volume per set, for its first member only, in that member's AZ
check "${good[@]}" >/dev/null
: >"$work/calls"
out="$("$cluster/scripts/restore-drill.sh" zz-env 20261204T0600Z zz-restore)" || fail "drill failed: $out"
[[ "$(grep -c 'ec2 create-volume' "$work/calls")" -eq 3 ]] || fail "expected 3 volumes"
grep -q 'create-volume --snapshot-id snap-1 --availability-zone eu-west-1c .*--encrypted .*Value=zz-restore-cfg-1-data-restored' "$work/calls" || fail "cfg-1 volume"
grep -q 'create-volume --snapshot-id snap-2 --availability-zone eu-west-1a .*Value=zz-restore-shard0-1-data-restored' "$work/calls" || fail "shard0-1 volume"
grep -q 'create-volume --snapshot-id snap-3 --availability-zone eu-west-1b .*Value=zz-restore-shard1-1-data-restored' "$work/calls" || fail "shard1-1 volume"
if "$cluster/scripts/restore-drill.sh" zz-env 20261204T0600Z zz-env 2>/dev/null; then fail "restored over the source stack"; fi
check "${good[@]:0:2}" >/dev/null || true
if "$cluster/scripts/restore-drill.sh" zz-env 20261204T0600Z zz-restore >/dev/null 2>&1; then fail "drilled an incomplete backup"; fi
echo "restore check: ok"
