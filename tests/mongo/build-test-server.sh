#!/usr/bin/env bash
# Builds moviedb-test-mongo: FerretDB 1.24 (SQLite handler) embedded in a small
# Go program, the MongoDB wire-protocol server the `mongo` tests run against.
# Uses the local Go toolchain (GOTOOLCHAIN=local: nothing else is downloaded)
# and the Go module proxy for the modules pinned in server/go.sum.
#
#   tests/mongo/build-test-server.sh [OUTPUT]     (default: build/moviedb-test-mongo)
#   tests/mongo/build-test-server.sh --test [OUTPUT] [go test flags...]
#
# --test builds OUTPUT if it is stale, then runs the topology simulator's Go
# tests (server/simtest, which start OUTPUT; see server/README.md) with the
# same Go toolchain: the ctest entry mongo.simulator.
#
# Idempotent and fast when up to date: it rebuilds only when OUTPUT is older
# than the Go sources (every server/*.go, go.mod, go.sum, this script). Set GO
# to pick a go binary, GO_BUILD_FLAGS to pass more flags (e.g. "-p 1" on a busy
# machine).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/server"
run_tests=0
if [[ "${1:-}" == --test ]]; then
  run_tests=1
  shift
fi
out="${1:-$here/../../build/moviedb-test-mongo}"
[[ $# -gt 0 ]] && shift
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

# find_go sets go_bin: $GO, else go on PATH, else /usr/local/go/bin/go. Only
# a build or a test run needs one.
find_go() {
  go_bin="${GO:-}"
  if [[ -z "$go_bin" ]]; then
    if command -v go >/dev/null 2>&1; then
      go_bin="$(command -v go)"
    elif [[ -x /usr/local/go/bin/go ]]; then
      go_bin=/usr/local/go/bin/go
    else
      echo "moviedb-test-mongo: no Go toolchain found (install golang-go or set GO=/path/to/go)" >&2
      exit 1
    fi
  fi
}

# simulator_tests runs server/simtest against OUTPUT (only after a build or
# an up-to-date check, so the binary matches the sources).
simulator_tests() {
  find_go
  cd "$src"
  export GOTOOLCHAIN=local GOFLAGS=-mod=mod MOVIEDB_TEST_MONGO_BIN="$out"
  # shellcheck disable=SC2086  # GO_BUILD_FLAGS is a list of flags
  exec "$go_bin" test ${GO_BUILD_FLAGS:-} -count=1 -timeout 300s "$@" ./simtest/
}

if [[ -x "$out" ]]; then
  stale=0
  for f in "$src"/*.go "$src/go.mod" "$src/go.sum" "$0"; do
    [[ "$f" -nt "$out" ]] && stale=1
  done
  if [[ $stale == 0 ]]; then
    echo "moviedb-test-mongo: up to date ($out)"
    [[ $run_tests == 1 ]] && simulator_tests "$@"
    exit 0
  fi
fi

find_go
echo "moviedb-test-mongo: building with $("$go_bin" version) (first build takes a few minutes)"
cd "$src"
export GOTOOLCHAIN=local GOFLAGS=-mod=mod

# FerretDB 1.24's SQLite backend creates the _id index on
#   _ferretdb_sjson->"_id"
# but looks documents up by _id with
#   _ferretdb_sjson->'$._id'
# and SQLite matches index expressions by their text: every lookup by _id
# scanned the whole table, so importing N titles cost O(N²) (1,500 vega titles:
# 82 s of the stand-in's CPU in such scans). The build makes the lookup use
# the index's own expression (both mean the same JSON member) in a copy of the
# module next to OUTPUT, which a copy of go.mod points at: the module cache
# (which Go's -overlay may not replace) and the repository stay as they are.
"$go_bin" mod download github.com/FerretDB/FerretDB
ferret_dir="$("$go_bin" list -m -f '{{.Dir}}' github.com/FerretDB/FerretDB)"
patched="$(dirname "$out")/moviedb-test-mongo.ferretdb"
rm -rf "$patched"
cp -r "$ferret_dir" "$patched"
chmod -R u+w "$patched"
metadata="$patched/internal/backends/sqlite/metadata/metadata.go"
sed -i 's|IDColumn = DefaultColumn + "->'"'"'\$\._id'"'"'"|IDColumn = DefaultColumn + `->"_id"`|' "$metadata"
if ! grep -qF 'IDColumn = DefaultColumn + `->"_id"`' "$metadata"; then
  echo "moviedb-test-mongo: FerretDB's metadata.go no longer has the _id expression this build fixes" >&2
  exit 1
fi
cp "$src/go.mod" "$patched.go.mod"
cp "$src/go.sum" "$patched.go.sum"
"$go_bin" mod edit -modfile="$patched.go.mod" -replace "github.com/FerretDB/FerretDB=$patched"

# shellcheck disable=SC2086  # GO_BUILD_FLAGS is a list of flags
"$go_bin" build -trimpath -modfile="$patched.go.mod" ${GO_BUILD_FLAGS:-} -o "$out.tmp" .
mv -f "$out.tmp" "$out"
echo "moviedb-test-mongo: built $out"
[[ $run_tests == 1 ]] && simulator_tests "$@"
exit 0
