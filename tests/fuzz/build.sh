#!/usr/bin/env bash
# Builds the fuzz targets into build/fuzz with Debian's clang (incremental).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/build/fuzz"
if [[ ! -f "$out/build.ninja" ]]; then
  CXX=clang++-14 cmake -S "$here" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$out" -j "${MOVIEDB_JOBS:-2}"
