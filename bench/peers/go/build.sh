#!/usr/bin/env bash
# Builds the Go peer (bench/peers/go/README.md) when its sources are newer than
# the binary; otherwise does nothing.
#
#   bench/peers/go/build.sh [--out PATH] [--force]
#
#   --out PATH   the binary (default build/go-peer under the repo root)
#   --force      build even when the binary is up to date
#
# Uses go.mod/go.sum as committed (-mod=readonly: a missing or changed
# dependency is an error, not a silent update). Needs cgo (a C compiler) for
# github.com/mattn/go-sqlite3; the first build compiles SQLite (a minute or two,
# then it is in Go's build cache). Environment: GO (default /usr/local/go/bin/go,
# else go on PATH); builds with nice and -p 1 so it can share the machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/build/go-peer"
force=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

go="${GO:-/usr/local/go/bin/go}"
[[ -x "$go" ]] || go="$(command -v go || true)"
[[ -n "$go" ]] || { echo "build.sh: no Go toolchain (set GO=...)" >&2; exit 1; }

if [[ $force == 0 && -x "$out" ]]; then
  newer="$(find "$here" -maxdepth 1 \( -name '*.go' -o -name go.mod -o -name go.sum -o -name build.sh \) \
    -newer "$out" -print -quit)"
  if [[ -z "$newer" ]]; then
    echo "go-peer up to date: $out"
    exit 0
  fi
fi

mkdir -p "$(dirname "$out")"
cd "$here"
# Into a temporary name first: a failed or interrupted build leaves the old binary.
GOTOOLCHAIN=local CGO_ENABLED=1 nice "$go" build -p 1 -mod=readonly -trimpath \
  -tags sqlite_fts5 -o "$out.tmp" .
mv -f "$out.tmp" "$out"
echo "built $out ($("$go" version | cut -d' ' -f3))"
