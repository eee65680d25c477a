#!/usr/bin/env bash
# Restore drill (quarterly) and first half of a real restore: checks backup
# BACKUP_ID of ENV with restore-check.sh, then, for every member of the target
# stack TARGET (a separate stack made with provision.sh, e.g.
# moviedb-restore-test), creates a volume from its set's snapshot for the
# set's FIRST member (where init runs), in that member's AZ, tagged
# TARGET-MEMBER-data-restored. The other members stay empty: the restored
# member is initiated with them and they sync from it (a set cannot be
# initiated over several members that hold data). It changes nothing that is
# running: the volume swap and the standalone fix-ups follow by hand (the steps
# it prints, from MongoDB's "restore a sharded cluster" procedure), and the
# time from here to a serving cluster is the RTO to record.
#   restore-drill.sh ENV BACKUP_ID TARGET
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -eq 3 ]] || { sed -n '2,11p' "$0" >&2; exit 2; }
env_name="$1" backup_id="$2" target="$3"
[[ "$target" != "$env_name" ]] || { echo "restore-drill: the target must be another stack than $env_name" >&2; exit 2; }
started="$(date +%s)"
check="$("$here/restore-check.sh" "$env_name" "$backup_id")" || { echo "$check" >&2; exit 1; }
declare -A snapshot_of
while read -r _ member _ snapshot; do
  snapshot_of["${member%-*}"]="$snapshot"
done < <(grep ' <- ' <<<"$check")
# shellcheck disable=SC2016  # JMESPath backticks
members="$(aws ec2 describe-instances --filters "Name=tag:moviedb:env,Values=$target" "Name=instance-state-name,Values=running,stopped" \
  --query 'Reservations[].Instances[].[Tags[?Key==`moviedb:member`]|[0].Value, Placement.AvailabilityZone]' --output text)"
[[ -n "$members" ]] || { echo "restore-drill: no instances of $target (create it with provision.sh first)" >&2; exit 1; }
created=0
while read -r member az; do
  rs="${member%-*}"
  [[ "$rs" == mongos || "$member" != *-1 ]] && continue
  snapshot="${snapshot_of[$rs]:-}"
  [[ -n "$snapshot" ]] || { echo "restore-drill: backup $backup_id has no snapshot for $rs" >&2; exit 1; }
  tags="{Key=Name,Value=$target-$member-data-restored},{Key=moviedb:env,Value=$target},{Key=moviedb:member,Value=$member},{Key=moviedb:backup,Value=$backup_id}"
  volume="$(aws ec2 create-volume --snapshot-id "$snapshot" --availability-zone "$az" --volume-type gp3 --encrypted \
    --tag-specifications "ResourceType=volume,Tags=[$tags]" --query VolumeId --output text)"
  echo "restore-drill: $member ($az) <- $snapshot as $volume"
  created=$((created + 1))
done <<<"$members"
cat <<STEPS
restore-drill: $created volumes created in $(($(date +%s) - started)) s. Next, by hand (README "Backup and restore"):
  1. on each first member of $target (cfg-1, shardN-1): stop mongod, swap its data volume for the
     -restored one at /dev/sdf; on the other members stop mongod and empty /var/lib/mongodb;
  2. start each first member as a standalone (no --replSet/--shardsvr/--configsvr) and fix its identity:
     drop local.system.replset; on cfg-1 point config.shards at $target's shard host names;
     on each shard remove or update the shardIdentity document in admin.system.version;
  3. restart normally and run deploy.sh $target: init initiates every set from its first member
     (the others are empty and sync from it) and mongos;
  4. record the elapsed time from this drill's start as the measured RTO.
STEPS
