#!/usr/bin/env bash
# Builds the API and the unit, contract and integration suites with
# AddressSanitizer + UndefinedBehaviorSanitizer into build/sanitize and runs
# them (any report fails the run). Not part of test.sh: a second full build
# takes longer than CI should. Extra arguments go to ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build/sanitize"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
"$root/scripts/install-deps.sh"
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [[ ! -f "$out/build.ninja" ]]; then
  cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
fi
cmake --build "$out" -j "${MOVIEDB_JOBS:-2}" --target moviedb-api unit_tests sqlite_contract_tests \
  integration_tests
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$out"
# The MongoDB suites need the Go stand-in, which this build does not make.
exec ctest --output-on-failure -j "${MOVIEDB_TEST_JOBS:-2}" -L "unit|contract|integration" -LE mongo \
  -E "^(integration\.openapi|unit\.client\.|integration\.HostileMemory)" "$@"
