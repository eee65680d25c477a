#!/usr/bin/env bash
# Runs a command with MOVIEDB_TEST_STORE naming a MongoDB for it:
#   - MOVIEDB_TEST_MONGODB_URI when set (any real MongoDB, replica set or mongos);
#   - else moviedb-test-mongo started here on a free loopback port over a
#     temporary directory, and stopped (by its PID) when the command ends;
#     MOVIEDB_TEST_MONGO_TOPOLOGY adds its simulator flags (e.g. "--replset rs0
#     --members 3": the store is then a simulated three-member replica set;
#     with "--control 127.0.0.1:0" its control API is MOVIEDB_TEST_MONGO_CONTROL).
# MOVIEDB_TEST_STORE has the form mongodb://HOST:PORT/{db}?…: the test fixture
# replaces {db} with a database name of its own per server it starts.
#
#   tests/mongo/with-test-server.sh build/integration_tests [gtest flags]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${MOVIEDB_TEST_MONGO_BIN:-$here/../../build/moviedb-test-mongo}"

if [[ -n "${MOVIEDB_TEST_MONGODB_URI:-}" ]]; then
  # Put the placeholder where the database goes (keep authSource in the URI
  # when it has credentials).
  export MOVIEDB_TEST_STORE
  MOVIEDB_TEST_STORE="$(printf '%s' "$MOVIEDB_TEST_MONGODB_URI" |
    sed -E 's#^(mongodb(\+srv)?://[^/?]*)(/[^?]*)?#\1/{db}#')"
  exec "$@"
fi

if [[ ! -x "$bin" ]]; then
  echo "with-test-server: no test server at $bin (run tests/mongo/build-test-server.sh $bin)" >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/moviedb-test-mongo-XXXXXX")"
ready="$dir/ready.txt"
# shellcheck disable=SC2086  # a list of flags
"$bin" --listen 127.0.0.1:0 --dir "$dir/data" --log-level error ${MOVIEDB_TEST_MONGO_TOPOLOGY:-} >"$ready" &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

uri="" options=""
for _ in $(seq 150); do
  uri="$(sed -n 's#.* ready \(mongodb://[^/ ]*\)/.*#\1#p' "$ready")"
  options="$(sed -n 's#.* ready mongodb://[^/ ]*/\([^ ]*\) .*#\1#p' "$ready")"
  [[ -n "$uri" ]] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "with-test-server: moviedb-test-mongo exited before it was ready" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ -z "$uri" ]]; then
  echo "with-test-server: moviedb-test-mongo did not become ready" >&2
  exit 1
fi

export MOVIEDB_TEST_STORE="$uri/{db}$options"
# With --control among the flags: the simulator's control API, for tests that
# steer it or seed its sharding catalogue (tests/mongo/server/README.md).
control="$(sed -n 's#.* control \(http://[^ ]*\).*#\1#p' "$ready")"
[[ -z "$control" ]] || export MOVIEDB_TEST_MONGO_CONTROL="$control"
echo "with-test-server: MOVIEDB_TEST_STORE=$MOVIEDB_TEST_STORE (pid $pid)"
"$@"
