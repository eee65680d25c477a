#!/usr/bin/env bash
# The user journey and the admin workspace once more, with the API on the
# MongoDB adapter: a stand-in server (or MOVIEDB_TEST_MONGODB_URI) from
# tests/mongo/with-test-server.sh. Arguments replace the default test files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
(($#)) || set -- tests/user_journey.test.mjs tests/admin.test.mjs
# The stand-in (FerretDB 1.24 on SQLite) answers a title search by decoding
# every title (3.7 s for the 3,201 vega titles on an idle 2-core machine, more
# beside the browser), which outlasts the client's 15 s request deadline.
# Unless MOVIEDB_SEED_FILE names a file, the store is seeded with the first
# 1,000 real titles (on a real MongoDB too, so both runs see the same data).
if [[ -z "${MOVIEDB_SEED_FILE:-}" ]]; then
  seed_dir="$(mktemp -d)"
  trap 'rm -rf "$seed_dir"' EXIT
  export MOVIEDB_SEED_FILE="$seed_dir/movies-1000.json"
  node -e 'const fs = require("fs"); const [from, to] = process.argv.slice(1);
    fs.writeFileSync(to, JSON.stringify(JSON.parse(fs.readFileSync(from, "utf8")).slice(0, 1000)));' \
    "$here/../scripts/seed/node_modules/vega-datasets/data/movies.json" "$MOVIEDB_SEED_FILE"
fi
# On the simulated three-member replica set (tests/mongo/server/README.md):
# the journeys read from secondaries and write to the primary as in production.
export MOVIEDB_TEST_MONGO_TOPOLOGY="${MOVIEDB_TEST_MONGO_TOPOLOGY---replset rs0 --members 3}"
"$here/../tests/mongo/with-test-server.sh" bash -c \
  'MOVIEDB_E2E_MONGODB_URI="$MOVIEDB_TEST_STORE" exec node --test --test-concurrency=1 "$@"' \
  run-on-mongo "$@"
