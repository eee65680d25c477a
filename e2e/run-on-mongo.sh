#!/usr/bin/env bash
# The user journey once more, with the API on the MongoDB adapter: a stand-in
# server (or MOVIEDB_TEST_MONGODB_URI) from tests/mongo/with-test-server.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
exec "$here/../tests/mongo/with-test-server.sh" bash -c \
  'MOVIEDB_E2E_MONGODB_URI="$MOVIEDB_TEST_STORE" exec node --test --test-concurrency=1 tests/user_journey.test.mjs'
