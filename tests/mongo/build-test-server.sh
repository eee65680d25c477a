#!/usr/bin/env bash
# Builds moviedb-test-mongo: FerretDB 1.24 (SQLite handler) embedded in a small
# Go program, the MongoDB wire-protocol server the `mongo` tests run against.
# Uses the local Go toolchain (GOTOOLCHAIN=local: nothing else is downloaded)
# and the Go module proxy for the modules pinned in server/go.sum.
#
#   tests/mongo/build-test-server.sh [OUTPUT]     (default: build/moviedb-test-mongo)
#
# Idempotent and fast when up to date: it rebuilds only when OUTPUT is older
# than the Go sources. Set GO to pick a go binary, GO_BUILD_FLAGS to pass more
# flags (e.g. "-p 1" on a busy machine).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/server"
out="${1:-$here/../../build/moviedb-test-mongo}"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

if [[ -x "$out" ]]; then
  stale=0
  for f in "$src/main.go" "$src/go.mod" "$src/go.sum" "$0"; do
    [[ "$f" -nt "$out" ]] && stale=1
  done
  if [[ $stale == 0 ]]; then
    echo "moviedb-test-mongo: up to date ($out)"
    exit 0
  fi
fi

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

echo "moviedb-test-mongo: building with $("$go_bin" version) (first build takes a few minutes)"
cd "$src"
# shellcheck disable=SC2086  # GO_BUILD_FLAGS is a list of flags
GOTOOLCHAIN=local GOFLAGS=-mod=mod "$go_bin" build -trimpath ${GO_BUILD_FLAGS:-} -o "$out.tmp" .
mv -f "$out.tmp" "$out"
echo "moviedb-test-mongo: built $out"
