#!/usr/bin/env bash
# ctest label `fuzz`: runs one target (build/fuzz/fuzz_NAME) over its committed
# regression inputs, then fuzzes it for MOVIEDB_FUZZ_SECONDS (default 30) from
# its seed corpus. New inputs go to a scratch corpus, never into the tree; a
# crash leaves its input in build/fuzz/artifacts/ — commit it to
# tests/fuzz/regressions/NAME/ once fixed.
set -euo pipefail
name="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$root/build/fuzz/fuzz_$name"
[[ -x "$target" ]] || { echo "run.sh: $target is not built (tests/fuzz/build.sh)" >&2; exit 1; }
artifacts="$root/build/fuzz/artifacts"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$artifacts"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1
regressions=("$here/regressions/$name"/*)
if [[ -e "${regressions[0]}" ]]; then
  "$target" -rss_limit_mb=1024 "${regressions[@]}"
fi
exec "$target" -max_total_time="${MOVIEDB_FUZZ_SECONDS:-30}" -rss_limit_mb=1024 -max_len=65536 \
  -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
  "$scratch" "$here/corpus/$name"
