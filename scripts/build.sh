#!/usr/bin/env bash
# Installs what is missing, then builds the native API + tests and the WASM
# client. Incremental: a second run with nothing changed takes seconds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${MOVIEDB_JOBS:-2}"
# Hash paths relative to the checkout, so a fresh clone elsewhere reuses the
# cache; with -g ccache would also hash the build directory (only the debug
# info's compilation directory then names the clone that filled the cache).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

"$root/scripts/install-deps.sh"

native="$root/build/native"
if [[ ! -f "$native/build.ninja" ]]; then
  cmake -S "$root" -B "$native" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$native" -j "$jobs"
# The MongoDB stand-in for the `mongo` tests (FerretDB, via the Go module proxy).
"$root/tests/mongo/build-test-server.sh" "$native/moviedb-test-mongo"

# The libFuzzer targets (ctest label fuzz), with clang.
"$root/tests/fuzz/build.sh"

"$root/scripts/build-wasm.sh"
