#!/usr/bin/env bash
# Fetches Dear ImGui's sources from Debian's source archive (never committed).
# trixie's 1.90.1 queues input events (1.87+), which the e2e tests rely on.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${MOVIEDB_IMGUI_DIR:-$root/build/third_party/imgui}"
want="1.90.1"

if [[ -f "$dest/imgui.h" ]] && grep -Eq "IMGUI_VERSION +\"$want\"" "$dest/imgui.h"; then
  exit 0
fi

list=/etc/apt/sources.list.d/moviedb-imgui-src.sources
if [[ ! -f $list ]]; then
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd tee "$list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  $sudo_cmd apt-get update -qq || true
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source -qq "imgui/trixie" >/dev/null 2>&1)
src="$(find "$work" -maxdepth 1 -type d -name 'imgui-*' | head -n1)"
[[ -n "$src" && -f "$src/imgui.h" ]] || { echo "fetch-imgui: apt-get source imgui failed" >&2; exit 1; }
grep -Eq "IMGUI_VERSION +\"$want\"" "$src/imgui.h" || echo "fetch-imgui: warning: expected $want, got $(grep -o 'IMGUI_VERSION "[^"]*"' "$src/imgui.h")" >&2
rm -rf "$dest"; mkdir -p "$(dirname "$dest")"
mv "$src" "$dest"
echo "fetch-imgui: $(grep -o 'IMGUI_VERSION "[^"]*"' "$dest/imgui.h") in $dest"
