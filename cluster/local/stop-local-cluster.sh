#!/usr/bin/env bash
# Stops a cluster started by start-local-cluster.sh: exactly the PIDs in
# DIR/pids, and only those whose command line still names DIR (a recycled PID
# belongs to someone else). mongos first, config servers last. Then removes
# DIR unless --keep.
#
#   stop-local-cluster.sh DIR [--keep]
set -euo pipefail

dir="${1:-}"
keep="${2:-}"
if [[ -z "$dir" || ! -f "$dir/.moviedb-local-cluster" ]]; then
  echo "usage: $0 DIR [--keep]   (DIR from start-local-cluster.sh)" >&2
  exit 2
fi
dir="$(cd "$dir" && pwd)"

ours() { # pid
  [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$dir/"
}

mapfile -t pids < <(tac "$dir/pids" 2>/dev/null || true)
live=()
for pid in "${pids[@]}"; do
  [[ "$pid" =~ ^[0-9]+$ ]] || continue
  if ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    live+=("$pid")
  fi
done

# mongod checkpoints on SIGTERM; give it time before insisting.
for _ in $(seq 1 60); do
  still=()
  for pid in "${live[@]}"; do ours "$pid" && still+=("$pid"); done
  live=("${still[@]}")
  ((${#live[@]})) || break
  sleep 1
done
for pid in "${live[@]}"; do
  echo "stop-local-cluster: $pid did not stop in 60s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
done

: >"$dir/pids"
if [[ "$keep" != "--keep" ]]; then
  rm -rf -- "$dir"
fi
echo "stop-local-cluster: stopped"
