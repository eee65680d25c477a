#!/usr/bin/env bash
# README command (b): install, build, and run every test through ctest
# (labels: unit, integration, e2e, mongo, cluster, cluster-live).
# Extra arguments go to ctest, e.g. `scripts/test.sh -L unit`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Before anything installs: no script may resolve package versions at install time.
"$root/scripts/check-pinned-installs.sh"
"$root/scripts/build.sh"

cd "$root/build/native"
exec ctest --output-on-failure -j "${MOVIEDB_TEST_JOBS:-2}" "$@"
