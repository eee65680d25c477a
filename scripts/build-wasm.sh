#!/usr/bin/env bash
# Builds the WebAssembly client (wasm-client/) into build/wasm with Emscripten,
# Ninja and ccache, then copies moviedb-client.js/.wasm and the UI font into
# web/ (with .gz siblings the API's static server prefers). Idempotent; when
# nothing changed it only re-checks timestamps.
#
#   scripts/build-wasm.sh                                # MinSizeRel in build/wasm
#   MOVIEDB_WASM_BUILD_TYPE=Debug scripts/build-wasm.sh  # in build/wasm-debug
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_type="${MOVIEDB_WASM_BUILD_TYPE:-MinSizeRel}"
build="$root/build/wasm"
[[ $build_type == MinSizeRel ]] || build="$root/build/wasm-${build_type,,}"
web="$root/web"
imgui="${MOVIEDB_IMGUI_DIR:-$root/build/third_party/imgui}"
toolchain=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

for tool in em++ cmake ninja; do
  command -v "$tool" >/dev/null || { echo "build-wasm: $tool not found (run scripts/install-deps.sh)" >&2; exit 1; }
done
[[ -f $toolchain ]] || { echo "build-wasm: $toolchain missing (Debian package emscripten)" >&2; exit 1; }

if ! grep -qs 'IMGUI_VERSION *"1.90.1"' "$imgui/imgui.h"; then
  MOVIEDB_IMGUI_DIR="$imgui" "$root/scripts/fetch-imgui.sh"
fi

if [[ ! -f $build/build.ninja ]] || ! grep -qs "^CMAKE_BUILD_TYPE:STRING=$build_type\$" "$build/CMakeCache.txt" \
   || ! grep -qs "^IMGUI_DIR:PATH=$imgui\$" "$build/CMakeCache.txt"; then
  cmake -S "$root/wasm-client" -B "$build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DIMGUI_DIR="$imgui" >/dev/null
fi
# An em++ (clang plus Emscripten's Python driver) can take over a GiB: run as
# many at once as there are cores and 1.5 GiB of available memory each.
mem_jobs=$(awk '/^MemAvailable:/ { print int($2 / 1572864) }' /proc/meminfo)
jobs=$(nproc)
((mem_jobs < jobs)) && jobs=$mem_jobs
((jobs < 1)) && jobs=1
cmake --build "$build" -j "${MOVIEDB_WASM_JOBS:-$jobs}"

# Copy only what changed (keeps mtimes, so the server's caches and ETags stay put).
publish() {
  local from="$1" to="$2"
  if [[ ! -f $to ]] || ! cmp -s "$from" "$to"; then
    mkdir -p "$(dirname "$to")"
    cp "$from" "$to"
  fi
  if [[ ! -f $to.gz || $to -nt $to.gz ]]; then
    gzip -9 -n -c "$to" >"$to.gz.tmp" && touch -r "$to" "$to.gz.tmp" && mv "$to.gz.tmp" "$to.gz"
  fi
}
publish "$build/moviedb-client.js" "$web/moviedb-client.js"
publish "$build/moviedb-client.wasm" "$web/moviedb-client.wasm"
publish "$build/fonts/DejaVuSans.ttf" "$web/fonts/DejaVuSans.ttf"

size() { stat -c %s "$1"; }
echo "build-wasm: web/moviedb-client.js $(size "$web/moviedb-client.js") B," \
     "web/moviedb-client.wasm $(size "$web/moviedb-client.wasm") B" \
     "(gzip $(size "$web/moviedb-client.js.gz") + $(size "$web/moviedb-client.wasm.gz") B)"
