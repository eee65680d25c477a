#!/usr/bin/env bash
# The user journey and the admin workspace once more, with the API on the
# MongoDB adapter: a stand-in server (or MOVIEDB_TEST_MONGODB_URI) from
# tests/mongo/with-test-server.sh. Arguments replace the default test files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
(($#)) || set -- tests/user_journey.test.mjs tests/admin.test.mjs
exec "$here/../tests/mongo/with-test-server.sh" bash -c \
  'MOVIEDB_E2E_MONGODB_URI="$MOVIEDB_TEST_STORE" exec node --test --test-concurrency=1 "$@"' \
  run-on-mongo "$@"
