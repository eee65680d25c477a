#!/usr/bin/env bash
# Installs what is missing, then builds. Incremental: a second run with nothing
# changed takes seconds.
#
#   scripts/build.sh          the API, every test target, the Go test server,
#                             the fuzz targets and the WebAssembly client
#   scripts/build.sh serve    only the API and the WebAssembly client (serve.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${MOVIEDB_JOBS:-2}"
scope="${1:-test}"
[[ $scope == serve || $scope == test ]] || { echo "build: serve or test, not $scope" >&2; exit 2; }
# Hash paths relative to the checkout, so a fresh clone elsewhere reuses the
# cache; with -g ccache would also hash the build directory (only the debug
# info's compilation directory then names the clone that filled the cache).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

"$root/scripts/install-deps.sh" "$scope"

# One build tree for both scopes: serving configures it without the tests
# (GoogleTest need not be installed), testing turns them on in the same tree.
native="$root/build/native"
testing=$([[ $scope == test ]] && echo ON || echo OFF)
configured_testing=$(sed -n 's/^BUILD_TESTING:BOOL=//p' "$native/CMakeCache.txt" 2>/dev/null || true)
if [[ ! -f "$native/build.ninja" || ($testing == ON && $configured_testing != ON) ]]; then
  cmake -S "$root" -B "$native" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING="$testing"
fi
if [[ $scope == serve ]]; then
  cmake --build "$native" -j "$jobs" --target moviedb-api
else
  cmake --build "$native" -j "$jobs"
  # The MongoDB stand-in for the `mongo` tests (FerretDB, via the Go module proxy).
  "$root/tests/mongo/build-test-server.sh" "$native/moviedb-test-mongo"
  # The libFuzzer targets (ctest label fuzz), with clang.
  "$root/tests/fuzz/build.sh"
fi

"$root/scripts/build-wasm.sh"
