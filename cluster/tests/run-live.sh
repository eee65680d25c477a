#!/usr/bin/env bash
# ctest label cluster-live: starts the local sharded topology (2 shards x 3,
# config x 3, mongos; auth + keyFile + TLS) from the binaries on PATH, checks
# that re-running the initialisation changes nothing, runs the API's MongoDB
# suites (ctest -L mongo) through mongos, and stops the topology.
# Exits 77 (ctest SKIP_RETURN_CODE) when the MongoDB binaries are not on PATH.
#
# Environment: MOVIEDB_BUILD_DIR (default <repo>/build), MOVIEDB_LOCAL_PORT_BASE.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$cluster")"
build="${MOVIEDB_BUILD_DIR:-$root/build}"

# mongosh from install-tools.sh will do when the system has none.
if ! command -v mongosh >/dev/null 2>&1 && [[ -x "$root/build/cluster-tools/node_modules/.bin/mongosh" ]]; then
  PATH="$root/build/cluster-tools/node_modules/.bin:$PATH"
fi
missing=()
for bin in mongod mongos mongosh; do command -v "$bin" >/dev/null 2>&1 || missing+=("$bin"); done
if ((${#missing[@]})); then
  echo "SKIPPED: mongod/mongos not on PATH (missing: ${missing[*]}). MongoDB server binaries are not installable on this machine;"
  echo "SKIPPED: install mongodb-org 7.0 (server, mongos, mongosh) to run the API's MongoDB suites against a real sharded cluster."
  exit 77
fi
if [[ ! -f "$build/CTestTestfile.cmake" ]]; then
  echo "run-live: $build is not a configured build directory (set MOVIEDB_BUILD_DIR)" >&2
  exit 1
fi
count="$(ctest --test-dir "$build" -N -L mongo | sed -n 's/^Total Tests: \([0-9]*\).*/\1/p')"
if [[ "${count:-0}" -eq 0 ]]; then
  echo "run-live: no tests labelled 'mongo' in $build: nothing would exercise the cluster" >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/moviedb-cluster.XXXXXX")"
stop() { "$cluster/local/stop-local-cluster.sh" "$dir" || true; }
trap stop EXIT

"$cluster/local/start-local-cluster.sh" --dir "$dir"
set -a
# shellcheck source=/dev/null  # written by start-local-cluster.sh
. "$dir/cluster.env"
# shellcheck source=/dev/null
. "$dir/secrets.env"
set +a

# Idempotence on a real cluster: a second sharding run must add nothing.
again="$(MONGO_INIT_URI="$MOVIEDB_LOCAL_INIT_URI" MONGO_INIT_ADMIN_USER=clusterAdmin MONGO_INIT_API_USER=moviedb-api \
  MONGO_INIT_MONITOR_USER=moviedb-monitor MONGO_INIT_DB=moviedb \
  MONGO_INIT_SHARDS="$MOVIEDB_LOCAL_SHARDS" \
  "$cluster/init/mongo-init.sh" sharding 2>&1 || true)"
echo "$again"
if grep -qE 'added shard|sharded |created user|FAILED' <<<"$again"; then
  echo "run-live: FAILED: re-running init-sharding.js changed the cluster or failed" >&2
  exit 1
fi

echo "run-live: running $count MongoDB test(s) through mongos on 127.0.0.1:$MOVIEDB_LOCAL_MONGOS_PORT"
MOVIEDB_TEST_MONGODB_URI="$MOVIEDB_LOCAL_MONGOS_URI" ctest --test-dir "$build" -L mongo --output-on-failure
