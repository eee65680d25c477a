#!/usr/bin/env bash
# The first step of every restore, and the quarterly drill's gate: verifies
# that backup BACKUP_ID of ENV is complete and consistent before anyone
# restores from it: exactly one completed snapshot of a config server and one
# of every shard (the sets named by the member tags), all started within
# MAX_SPREAD seconds (default 60) of each other. Prints member -> snapshot.
#   restore-check.sh ENV BACKUP_ID
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
env_name="$1" backup_id="$2"
max_spread="${MAX_SPREAD:-60}"
# shellcheck disable=SC2016  # JMESPath backticks
rows="$(aws ec2 describe-snapshots --owner-ids self \
  --filters "Name=tag:moviedb:env,Values=$env_name" "Name=tag:moviedb:backup,Values=$backup_id" \
  --query 'Snapshots[].[Tags[?Key==`moviedb:member`]|[0].Value, SnapshotId, State, StartTime]' --output text)"
[[ -n "$rows" ]] || { echo "restore-check: no snapshots for backup $backup_id of $env_name" >&2; exit 1; }
# shellcheck disable=SC2016  # JMESPath backticks
sets="$(aws ec2 describe-instances --filters "Name=tag:moviedb:env,Values=$env_name" \
  --query 'Reservations[].Instances[].Tags[?Key==`moviedb:member`]|[].Value' --output text |
  tr '\t' '\n' | grep -v '^mongos-' | sed 's/-[0-9]*$//' | sort -u)"
ok=1
for rs in $sets; do
  n="$(awk -v rs="$rs" '{ m = $1; sub(/-[0-9]+$/, "", m) } m == rs' <<<"$rows" | wc -l)"
  if [[ "$n" -ne 1 ]]; then echo "restore-check: $rs has $n snapshots in backup $backup_id, want 1" >&2; ok=0; fi
done
while read -r member snapshot state _; do
  [[ "$state" == completed ]] || { echo "restore-check: $snapshot ($member) is $state" >&2; ok=0; }
done <<<"$rows"
spread="$(awk '{ cmd = "date -d " $4 " +%s"; cmd | getline t; close(cmd); if (min == "" || t < min) min = t; if (t > max) max = t } END { print max - min }' <<<"$rows")"
((spread <= max_spread)) || { echo "restore-check: snapshots started ${spread}s apart (more than ${max_spread}s): not one point" >&2; ok=0; }
((ok)) || exit 1
awk '{ print "restore-check: " $1 " <- " $2 }' <<<"$rows"
echo "restore-check: backup $backup_id of $env_name is complete and consistent"
