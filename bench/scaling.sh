#!/usr/bin/env bash
# The cost curve of each endpoint against the number of titles, on the embedded
# store: for each size, bench/run.sh generates the titles, imports them (timed),
# and measures every scenario; then plot_scaling.py draws docs/scaling.svg and
# prints the table docs/scaling.md quotes.
#
#   bench/scaling.sh [--sizes 10000,100000,1000000,5000000] [--out bench/results/scaling]
#                    [--duration 10s] [--plot-only]
#
# Movie pages are drawn from up to a million ids spread evenly over all titles,
# so almost every page is read from the store, not from the kept answers. Takes
# about 25 minutes for the default sizes on a 2-core machine (5M: 2.3 GB of
# generated JSON and a 5.5 GB store under the temp dir, removed afterwards).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
sizes=10000,100000,1000000,5000000
out="$here/results/scaling"
duration=10s
plot_only=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --plot-only) plot_only=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scaling.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
if [[ $plot_only == 0 ]]; then
  IFS=, read -r -a list <<<"$sizes"
  for n in "${list[@]}"; do
    sample=$((n < 1000000 ? n : 1000000))
    echo "scaling: $n titles ($(date -u +%H:%M:%S))"
    "$here/run.sh" --movies "$n" --ids-sample "$sample" --duration "$duration" \
      --json-out "$out/scale-$n.jsonl" >"$out/scale-$n.log" 2>&1
  done
fi
python3 "$here/plot_scaling.py" --svg "$root/docs/scaling.svg" "$out"/scale-*.jsonl
