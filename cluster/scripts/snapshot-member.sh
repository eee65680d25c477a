#!/usr/bin/env bash
# Starts an EBS snapshot of one member's data volume (tag Name=ENV-MEMBER-data,
# as provision/moviedb-cluster.yaml names it) and prints its id. Called by
# ansible/backup.yml while the member is fsync-locked.
#   snapshot-member.sh ENV MEMBER BACKUP_ID
set -euo pipefail
[[ $# -eq 3 ]] || { sed -n '2,5p' "$0" >&2; exit 2; }
env_name="$1" member="$2" backup_id="$3"
volume="$(aws ec2 describe-volumes --filters "Name=tag:Name,Values=$env_name-$member-data" \
  --query 'Volumes[0].VolumeId' --output text)"
[[ "$volume" =~ ^vol- ]] || { echo "snapshot-member: no data volume tagged $env_name-$member-data" >&2; exit 1; }
tags="{Key=moviedb:env,Value=$env_name},{Key=moviedb:member,Value=$member},{Key=moviedb:backup,Value=$backup_id},{Key=Name,Value=$env_name-$member-$backup_id}"
aws ec2 create-snapshot --volume-id "$volume" --description "moviedb $env_name $member backup $backup_id" \
  --tag-specifications "ResourceType=snapshot,Tags=[$tags]" --query SnapshotId --output text
