#!/usr/bin/env bash
# Runs one initialisation step with mongosh. Ansible (role cluster_init) and the
# local topology (cluster/local/start-local-cluster.sh) both call this, so the
# production cluster and the loopback one are initialised by the same code.
#
#   mongo-init.sh replset [ENV_FILE]   # on a replica set's first member, over 127.0.0.1
#   mongo-init.sh sharding [ENV_FILE]  # on the mongos host, over 127.0.0.1
#   mongo-init.sh step-down|wait-member|member-state [ENV_FILE]   # operations on a member (rolling.yml, drills)
#   mongo-init.sh balancer [ENV_FILE]  # MONGO_INIT_BALANCER=stop|start, through mongos (upgrades, backups)
#   mongo-init.sh fsync [ENV_FILE]     # MONGO_INIT_FSYNC=lock|unlock, on a secondary (backups)
#
# ENV_FILE (optional) holds the non-secret inputs as NAME='value' lines (Ansible
# renders one per step); passwords come only from the environment.
# Environment: MONGO_INIT_URI (connection string without credentials, e.g.
# mongodb://127.0.0.1:27018/?directConnection=true&tls=true&tlsCAFile=/etc/mongodb/tls/ca.pem)
# plus the MONGO_INIT_* inputs documented at the top of each .js file.
# MONGOSH overrides the mongosh binary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "${1:-}" in
  replset) step=init-replset.js ;;
  sharding) step=init-sharding.js ;;
  step-down) step="step-down.js" ;;
  wait-member) step="wait-member.js" ;;
  member-state) step="member-state.js" ;;
  balancer) step="balancer.js" ;;
  fsync) step="fsync.js" ;;
  *)
    echo "usage: $0 replset|sharding|step-down|wait-member|member-state|balancer|fsync [ENV_FILE]   (inputs in MONGO_INIT_* environment variables)" >&2
    exit 2
    ;;
esac
if [[ -n "${2:-}" ]]; then
  set -a
  # shellcheck source=/dev/null  # rendered per host by Ansible
  . "$2"
  set +a
fi
: "${MONGO_INIT_URI:?MONGO_INIT_URI must name the node to initialise}"

# One file, so the helpers and the step share a scope whatever mongosh version
# loads it.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat "$here/lib.js" "$here/$step" >"$work/$step"

"${MONGOSH:-mongosh}" --quiet --norc "$MONGO_INIT_URI" "$work/$step"
