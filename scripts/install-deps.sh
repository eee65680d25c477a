#!/usr/bin/env bash
# Installs the system and npm dependencies, for serving only or for the tests too.
# Idempotent: a second run checks and returns in a second or two.
#
#   scripts/install-deps.sh          everything the build and the tests need
#   scripts/install-deps.sh serve    only what building and serving need
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scope="${1:-test}"
[[ $scope == serve || $scope == test ]] || { echo "install-deps: serve or test, not $scope" >&2; exit 2; }

# The API, the WebAssembly client (Emscripten, ImGui via `apt-get source`) and
# the bundled dataset (npm).
packages=(
  build-essential cmake ninja-build ccache pkg-config dpkg-dev
  libboost1.81-dev libboost-json1.81-dev
  libsqlite3-dev libsodium-dev libmongoc-dev libbson-dev libssl-dev zlib1g-dev
  emscripten fonts-dejavu-core nodejs npm curl ca-certificates
)
# The tests: GoogleTest, clang for the fuzzers, Chromium for the e2e suite,
# wrk, and Python venvs for the OpenAPI validators.
if [[ $scope == test ]]; then
  packages+=(libgtest-dev googletest clang-14 libclang-rt-14-dev chromium wrk python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs/npm may come from another source (nodesource bundles npm): accept any working pair.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs/}"); missing=("${missing[@]/npm/}")
fi
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sed '/^$/d')

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

"$here/fetch-imgui.sh"

install_npm() { # dir
  local dir="$1"
  if [[ ! -d "$dir/node_modules" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
install_npm "$root/scripts/seed"
[[ $scope == serve ]] || install_npm "$root/e2e"
