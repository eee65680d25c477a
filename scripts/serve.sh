#!/usr/bin/env bash
# README command (a): install, build, and serve the client and the API on
# http://127.0.0.1:8080 (override with MOVIEDB_LISTEN, MOVIEDB_STORE, …).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

"$root/scripts/build.sh" serve

export MOVIEDB_WEB_ROOT="${MOVIEDB_WEB_ROOT:-$root/web}"
export MOVIEDB_STORE="${MOVIEDB_STORE:-sqlite:$root/data/moviedb.sqlite3}"
# First run only: an empty store gets the bundled dataset and a superadmin
# (password from MOVIEDB_ADMIN_PASSWORD, or generated and printed once).
export MOVIEDB_SEED="${MOVIEDB_SEED:-$root/scripts/seed/node_modules/vega-datasets/data/movies.json}"
export MOVIEDB_ADMIN_USER="${MOVIEDB_ADMIN_USER:-admin}"
exec "$root/build/native/moviedb-api" serve "$@"
