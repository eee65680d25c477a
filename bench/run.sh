#!/usr/bin/env bash
# Benchmarks of the moviedb API with wrk on loopback. Builds nothing: it runs the
# already built server binary.
#
#   bench/run.sh [--movies real|N] [--duration 10s] [--connections 64] [--threads 2]
#                [--store URI] [--bin PATH] [--users 64] [--warmup 2s] [--wrk-timeout 10s]
#                [--scenarios get_movie,search,catalog,reaction] [--json-out FILE]
#                (also catalog_gzip: Accept-Encoding gzip; catalog_304: If-None-Match)
#                [--mongo-test-server BIN] [--peer-bin PATH] [--keep-tmp]
#                [--ids-sample 20000] [--ids FILE]
#
#   --movies real   the vega-datasets movies.json (3,201 real films; the default)
#   --movies N      N synthetic movies from bench/generate_movies.py (fixed seed),
#                   imported with `moviedb-api import --format ndjson` (timed)
#   --store URI     default sqlite:<tmp>/bench.sqlite3; any other URI is passed through
#                   as is (mongodb://HOST:PORT/DB?... for the MongoDB adapter; use an
#                   empty database). If the import into it fails, the import is not
#                   timed and the server seeds itself from the real dataset instead.
#   --mongo-test-server BIN
#                   start the FerretDB stand-in (e.g. build/dev-mongo/moviedb-test-mongo)
#                   on a free loopback port over <tmp>, and use it as the store
#                   (database moviedb_bench); stopped by its PID at the end
#   --bin PATH      server binary (default build/native/moviedb-api); it is copied to
#                   <tmp> first so that a rebuild during the run cannot swap it
#   --ids-sample N  how many of the titles' ids the scenarios draw from (spread evenly;
#                   default 20000; 0: every id, so most movie pages are not kept)
#   --ids FILE      the ids to draw from (one a line), e.g. a kept store's
#   --peer-bin PATH the Go peer (bench/peers/go/build.sh builds build/go-peer): moviedb-api
#                   imports, registers the users and lists the ids as usual, is stopped,
#                   and the scenarios then run against the peer on the same store file
#                   (SQLite stores only; copied to <tmp> like --bin). Run once without and
#                   once with it to compare; the peer keeps no answers, so catalog_gzip and
#                   catalog_304 measure its plain answer.
#
# Steps: (generate) → import (timed, records/s) → serve on 127.0.0.1:0 with the access
# log off and login and registration rate limits lifted → register users, collect ids, write search
# queries → per scenario a warm-up, then the measured wrk run while VmRSS of the
# server is sampled every 0.2 s → a table: scenario, req/s (2xx answers only), p50, p99,
# target, ratio (measured/target), and how many cores the server, wrk and everything
# else on the machine used during the run (from /proc: other builds skew the numbers).
# Before each run it waits until the server (and the test MongoDB) is idle again, so
# requests that wrk gave up on do not spill into the next scenario.
# Stops only the processes it started (by PID) and removes its temp dir (unless
# --keep-tmp). The environment is passed on: e.g. LD_PRELOAD with
# bench/tools/sqlite_pragmas_preload.c tries SQLite settings without a rebuild.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
vega="$root/scripts/seed/node_modules/vega-datasets/data/movies.json"

movies=real
duration=10s
connections=64
threads=2
store=""
bin="$root/build/native/moviedb-api"
users=64
warmup=2s
wrk_timeout=10s
scenarios="get_movie,search,catalog,reaction"
json_out=""
mongo_test_server=""
peer_bin=""
ids_sample=20000
ids_from=""
keep_tmp=0

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --movies) movies="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --wrk-timeout) wrk_timeout="$2"; shift 2 ;;
    --scenarios) scenarios="$2"; shift 2 ;;
    --json-out) json_out="$2"; shift 2 ;;
    --mongo-test-server) mongo_test_server="$2"; shift 2 ;;
    --peer-bin) peer_bin="$2"; shift 2 ;;
    --ids-sample) ids_sample="$2"; shift 2 ;;
    --ids) ids_from="$2"; shift 2 ;;
    --keep-tmp) keep_tmp=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ "$movies" != real && ! "$movies" =~ ^[0-9]+$ ]]; then
  echo "run.sh: --movies takes 'real' or a count" >&2; exit 2
fi
if [[ -n "$peer_bin" && ( -n "$mongo_test_server" || ( -n "$store" && "$store" != sqlite:* ) ) ]]; then
  echo "run.sh: --peer-bin serves SQLite stores only" >&2; exit 2
fi
for tool in wrk python3 "$bin" ${peer_bin:+"$peer_bin"}; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found" >&2; exit 1; }
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/moviedb-bench-XXXXXX")"
server_pid=""
sampler_pid=""
mongo_pid=""
stop_pid() {  # PID [grace seconds]: TERM, wait, then KILL; only this PID
  local pid="$1" grace="${2:-10}"
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq $((grace * 10))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$sampler_pid" 1
  stop_pid "$server_pid" 15
  stop_pid "$mongo_pid" 10
  if [[ $keep_tmp == 1 ]]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }  # seconds since $1
# VmRSS / VmHWM of a process in MiB
mem_mib() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

results="$tmp/results.jsonl"
: >"$results"
record() { printf '%s\n' "$1" >>"$results"; }

cp "$bin" "$tmp/moviedb-api"
api="$tmp/moviedb-api"
server_name=moviedb-api
if [[ -n "$peer_bin" ]]; then
  cp "$peer_bin" "$tmp/go-peer"
  server_name="go-peer"
  log "peer $peer_bin ($(stat -c '%y' "$peer_bin" | cut -d. -f1), sha256 $(sha256sum "$peer_bin" | cut -c1-12))"
fi
log "binary $bin ($(stat -c '%y' "$bin" | cut -d. -f1), sha256 $(sha256sum "$bin" | cut -c1-12))"
log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); load $(loadavg)"
bin_info="$(stat -c '%y' "$bin" | cut -d. -f1) sha256:$(sha256sum "$bin" | cut -c1-12)"
head_info="$(git -C "$root" log -1 --format='%h %cd' --date=iso 2>/dev/null || echo unknown)"
record "{\"kind\":\"meta\",\"server\":\"$server_name\",\"binary\":\"$bin_info\",\"git_head\":\"$head_info\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"cores\":$(nproc),\"movies\":\"$movies\",\"duration\":\"$duration\",\"connections\":$connections,\"threads\":$threads,\"load_start\":\"$(loadavg)\"}"

# Prints what sed expression $2 captures from $1.out once it is there, while
# process $3 (named $4 in errors; its stderr is $1.err) lives; waits up to $5
# tenths of a second.
await_line() {
  local found
  for _ in $(seq "$5"); do
    found="$(sed -n "$2" "$1.out")"
    [[ -n "$found" ]] && { echo "$found"; return 0; }
    kill -0 "$3" 2>/dev/null || { cat "$1.err" >&2; echo "run.sh: $4 exited" >&2; return 1; }
    sleep 0.1
  done
  echo "run.sh: $4 not ready after $(($5 / 10)) s" >&2
  return 1
}

# --- the store -------------------------------------------------------------
if [[ -n "$mongo_test_server" ]]; then
  "$mongo_test_server" --listen 127.0.0.1:0 --dir "$tmp/mongo" --log-level error \
    >"$tmp/mongo.out" 2>"$tmp/mongo.err" &
  mongo_pid=$!
  mongo_uri="$(await_line "$tmp/mongo" 's#.* ready \(mongodb://[^/ ]*\)/.*#\1#p' "$mongo_pid" \
    "test mongo server" 300)"
  store="$mongo_uri/moviedb_bench"
  log "test MongoDB server (pid $mongo_pid) at $mongo_uri"
fi
[[ -n "$store" ]] || store="sqlite:$tmp/bench.sqlite3"
log "store $store"

# --- data and import -------------------------------------------------------
ids_file="$tmp/ids.txt"
seed_arg=()
if [[ "$movies" == real ]]; then
  data="$vega"; format=vega; expected=3201
else
  data="$tmp/movies.ndjson"; format=ndjson; expected="$movies"
  log "generating $movies movies"
  t0=$(now)
  python3 "$here/generate_movies.py" --count "$movies" --out "$data" \
    --ids-out "$ids_file" --ids-sample "$ids_sample"
  gen_s=$(since "$t0")
  log "generated in ${gen_s} s ($(du -m "$data" | cut -f1) MiB)"
  record "{\"kind\":\"generate\",\"records\":$movies,\"seconds\":$gen_s}"
fi

log "importing $data ($format); load $(loadavg)"
t0=$(now)
if /usr/bin/time -f '%e %M' -o "$tmp/import.time" \
    "$api" import --store "$store" --format "$format" "$data" >"$tmp/import.out" 2>"$tmp/import.err"; then
  import_s=$(since "$t0")
  import_rss=$(awk '{printf "%.1f", $2/1024}' "$tmp/import.time")
  summary="$(grep -h '^import:' "$tmp/import.out" "$tmp/import.err" | tail -1)"
  log "$summary"
  inserted=$(sed -n 's/.* \([0-9]*\) inserted.*/\1/p' <<<"$summary")
  inserted=${inserted:-$expected}
  rate=$(awk -v n="$inserted" -v s="$import_s" 'BEGIN { printf "%.1f", n / s }')
  log "import took ${import_s} s: ${rate} records/s (peak RSS ${import_rss} MiB); load $(loadavg)"
  record "{\"kind\":\"import\",\"records\":$inserted,\"seconds\":$import_s,\"rps\":$rate,\"peak_rss_mib\":$import_rss,\"load_end\":\"$(loadavg)\"}"
  if [[ "$store" == sqlite:* ]]; then
    store_mib=$(du -m "${store#sqlite:}" | cut -f1)
    log "store file: $store_mib MiB"
    record "{\"kind\":\"store\",\"file_mib\":$store_mib}"
  fi
else
  log "import failed (not timed): $(tail -3 "$tmp/import.err" | tr '\n' ' ')"
  record '{"kind":"import","failed":true}'
  seed_arg=(--seed "$vega")
  rm -f "$ids_file"
fi

# --- the server ------------------------------------------------------------
"$api" serve --listen 127.0.0.1:0 --store "$store" --web-root '' --access-log false \
  --login-rate-user 100000 --login-rate-address 100000 --register-rate-address 100000 "${seed_arg[@]}" \
  >"$tmp/server.out" 2>"$tmp/server.err" &
server_pid=$!
base="$(await_line "$tmp/server" 's#^moviedb-api listening on \(http://[^ ]*\)$#\1#p' "$server_pid" \
  server 600)"
case "$base" in http://127.0.0.1:*|http://\[::1\]:*) ;; *) echo "run.sh: not loopback: $base" >&2; exit 1 ;; esac
log "server pid $server_pid at $base; VmRSS $(mem_mib $server_pid VmRSS) MiB after start"
rss_started=$(mem_mib "$server_pid" VmRSS)

python3 "$here/prepare.py" queries --count 10000 --out "$tmp/queries.txt"
[[ -n "$ids_from" ]] && cp "$ids_from" "$ids_file"
[[ -s "$ids_file" ]] || python3 "$here/prepare.py" ids --base "$base" --out "$ids_file" --max "$((ids_sample > 0 ? ids_sample : 1 << 40))"
log "$(wc -l <"$ids_file") movie ids, $(wc -l <"$tmp/queries.txt") search queries"
rss_before_users=$(mem_mib "$server_pid" VmRSS)
hwm_before_users=$(mem_mib "$server_pid" VmHWM)
if [[ ",$scenarios," == *,reaction,* ]]; then
  t0=$(now)
  python3 "$here/prepare.py" register --base "$base" --users "$users" --parallel 2 --out "$tmp/tokens.txt"
  log "registered $users users in $(since "$t0") s (argon2id: VmHWM now $(mem_mib $server_pid VmHWM) MiB)"
fi
# --- or the Go peer, on the same store file (one server at a time) ----------
if [[ -n "$peer_bin" ]]; then
  stop_pid "$server_pid" 15
  "$tmp/go-peer" -listen 127.0.0.1:0 -db "${store#sqlite:}" >"$tmp/server.out" 2>"$tmp/server.err" &
  server_pid=$!
  base="$(await_line "$tmp/server" 's#^go-peer listening on \(http://[^ ]*\)$#\1#p' "$server_pid" \
    go-peer 300)"
  case "$base" in http://127.0.0.1:*|http://\[::1\]:*) ;; *) echo "run.sh: not loopback: $base" >&2; exit 1 ;; esac
  rss_started=$(mem_mib "$server_pid" VmRSS)
  rss_before_users=$rss_started
  hwm_before_users=$(mem_mib "$server_pid" VmHWM)
  log "moviedb-api stopped; go-peer pid $server_pid at $base; VmRSS $rss_started MiB after start"
fi
record "{\"kind\":\"memory\",\"phase\":\"before_load\",\"rss_started_mib\":$rss_started,\"rss_mib\":$rss_before_users,\"hwm_mib\":$hwm_before_users}"

# Smoke checks: every scenario's request answers 2xx before it is measured.
first_id="$(head -1 "$ids_file")"
python3 "$here/prepare.py" get --base "$base" --path "/api/v1/movies/$first_id" >&2
python3 "$here/prepare.py" get --base "$base" --path "$(head -1 "$tmp/queries.txt")" >&2
python3 "$here/prepare.py" get --base "$base" --path /api/v1/catalog >&2
if [[ -s "$tmp/tokens.txt" ]]; then
  python3 "$here/prepare.py" get --base "$base" --method PUT --body '{"reaction":"like"}' \
    --token="$(head -1 "$tmp/tokens.txt")" --path "/api/v1/movies/$first_id/reaction" >&2
fi

# --- scenarios -------------------------------------------------------------
sample_rss() {  # PID OUT: VmRSS (KiB) every 0.2 s until stopped
  while kill -0 "$1" 2>/dev/null; do
    awk '$1 == "VmRSS:" { print $2 }' "/proc/$1/status" 2>/dev/null >>"$2" || true
    sleep 0.2
  done
}

busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
cpu_ticks() { [[ -n "$1" ]] && awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
store_ticks() { cpu_ticks "$mongo_pid"; }  # the test MongoDB server, when this script started one
settle() {  # wait (at most 60 s) until the server is idle: requests that wrk gave up on
  # (timeouts) may still be queued in its worker pool and would steal the next run's CPU
  local waited=0 a b
  while [[ $waited -lt 120 ]]; do
    a=$(( $(cpu_ticks "$server_pid") + $(store_ticks) )); sleep 0.5
    b=$(( $(cpu_ticks "$server_pid") + $(store_ticks) ))
    [[ $((b - a)) -le 5 ]] && break
    waited=$((waited + 1))
  done
  [[ $waited -eq 0 ]] || log "server busy for $((waited / 2)) s more after the last run (queued requests)"
}

run_scenario() {  # NAME SCRIPT ARGS...
  local name="$1" script="$2"; shift 2
  local args=()
  [[ $# -gt 0 ]] && args=(-- "$@")
  settle
  if [[ "$warmup" != 0 && "$warmup" != 0s ]]; then
    wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$base" "${args[@]}" >/dev/null 2>&1 || true
    settle
  fi
  local before; before="$(loadavg)"
  : >"$tmp/rss.$name"
  sample_rss "$server_pid" "$tmp/rss.$name" &
  sampler_pid=$!
  local busy0 server0 t0
  local store0
  busy0=$(busy_ticks); server0=$(cpu_ticks "$server_pid"); store0=$(store_ticks); t0=$(now)
  /usr/bin/time -f '%U %S' -o "$tmp/wrk-cpu.$name" wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$wrk_timeout" --latency -s "$script" "$base" "${args[@]}" \
    >"$tmp/wrk.$name" 2>&1 || true
  local cpu; cpu=$(awk -v b0="$busy0" -v b1="$(busy_ticks)" -v s0="$server0" \
    -v s1="$(cpu_ticks "$server_pid")" -v secs="$(since "$t0")" -v w="$(tail -1 "$tmp/wrk-cpu.$name")" \
    -v m0="$store0" -v m1="$(store_ticks)" \
    'BEGIN { split(w, a, " "); wt = (a[1] + a[2]) * 100; t = secs * 100;
             o = (b1 - b0 - (s1 - s0) - (m1 - m0) - wt) / t; if (o < 0) o = 0;
             printf "{\"server_cores\":%.2f,\"store_cores\":%.2f,\"wrk_cores\":%.2f,\"other_cores\":%.2f}",
                    (s1 - s0) / t, (m1 - m0) / t, wt / t, o }')
  stop_pid "$sampler_pid" 1
  sampler_pid=""
  local after; after="$(loadavg)"
  local line; line="$(sed -n 's/^BENCH //p' "$tmp/wrk.$name" | tail -1)"
  if [[ -z "$line" ]]; then
    log "$name: wrk gave no result:"; cat "$tmp/wrk.$name" >&2
    return 0
  fi
  local peak; peak=$(sort -n "$tmp/rss.$name" | tail -1)
  peak=$(awk -v k="${peak:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
  record "{\"kind\":\"scenario\",\"name\":\"$name\",\"wrk\":$line,\"cpu\":$cpu,\"peak_rss_mib\":$peak,\"load_before\":\"$before\",\"load_after\":\"$after\"}"
  log "$name: $(grep -E 'Requests/sec|Non-2xx|Socket errors' "$tmp/wrk.$name" | tr -s ' ' | tr '\n' ';') peak VmRSS ${peak} MiB; load $before -> $after; cpu $cpu"
}

IFS=, read -r -a scenario_list <<<"$scenarios"
for s in "${scenario_list[@]}"; do
  case "$s" in
    get_movie) run_scenario get_movie "$here/wrk/get_movie.lua" "$ids_file" ;;
    search) run_scenario search "$here/wrk/search.lua" "$tmp/queries.txt" ;;
    catalog) run_scenario catalog "$here/wrk/catalog.lua" ;;
    catalog_gzip) run_scenario catalog_gzip "$here/wrk/catalog_gzip.lua" ;;
    catalog_304) run_scenario catalog_304 "$here/wrk/catalog_304.lua" ;;
    reaction) run_scenario reaction "$here/wrk/reaction.lua" "$tmp/tokens.txt" "$ids_file" ;;
    *) echo "run.sh: unknown scenario $s" >&2; exit 2 ;;
  esac
done
record "{\"kind\":\"memory\",\"phase\":\"end\",\"rss_mib\":$(mem_mib $server_pid VmRSS),\"hwm_mib\":$(mem_mib $server_pid VmHWM),\"load_end\":\"$(loadavg)\"}"

# --- the table -------------------------------------------------------------
python3 - "$results" "$movies" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
at_1m = sys.argv[2] != "real" and int(sys.argv[2]) >= 1_000_000
meta = rows[0]
print()
print("moviedb bench%s: %s movies, %s per scenario, %d connections, %d wrk threads, %d cores; %s"
      % (" (server: the Go peer)" if meta["server"] == "go-peer" else "", meta["movies"],
         meta["duration"], meta["connections"], meta["threads"], meta["cores"], meta["date"]))
fmt = "%-22s %12s %9s %9s %-26s %-13s %s"
print(fmt % ("scenario", "req/s", "p50 ms", "p99 ms", "target", "ratio",
             "load1 before; cores used by server/wrk/others"))
# Issue 16's targets (twice the Go peer, measured in one sitting).
targets = {"get_movie": (50000, 10.0), "search": (5000, 20.0), "catalog": (30000, None),
           "catalog_gzip": (30000, None), "catalog_304": (30000, None),
           "reaction": (8000 if at_1m else 10000, 20.0)}
peak = 0.0
for r in rows:
    if r["kind"] == "generate":
        print(fmt % ("generate (python)", "%.0f" % (r["records"] / r["seconds"]), "", "",
                     "< 30 s", "%.2f (%.1f s)" % (r["seconds"] / 30, r["seconds"]), ""))
    elif r["kind"] == "import":
        if r.get("failed"):
            print(fmt % ("import", "failed", "", "", "", "", ""))
            continue
        target = 60.0 * r["records"] / 1e6
        print(fmt % ("import %d" % r["records"], "%.0f rec/s" % r["rps"], "", "",
                     "<= %.0f s per 1M" % 60, "%.2f (%.1f s)" % (r["seconds"] / target, r["seconds"])
                     if r["records"] >= 100000 else "(%.1f s)" % r["seconds"],
                     r.get("load_end", "").split(" ")[0]))
    elif r["kind"] == "scenario":
        w = r["wrk"]
        rps_t, p99_t = targets[r["name"]]
        errors = sum(w["errors"].values())
        # Only 2xx answers count towards req/s (wrk's own figure includes errors).
        ok_rps = max(0, w["requests"] - w["errors"]["status"]) / w["duration_s"]
        target = ">= %d req/s" % rps_t + (", p99 <= %g ms" % p99_t if p99_t else "")
        ratio = "%.2f" % (ok_rps / rps_t)
        if p99_t:
            ratio += " / %.2f" % (w["p99_ms"] / p99_t)
        name = r["name"] + (" (%d errors)" % errors if errors else "")
        print(fmt % (name, "%.0f" % ok_rps, "%.2f" % w["p50_ms"], "%.2f" % w["p99_ms"],
                     target, ratio, "%s; %.2f/%.2f/%.2f%s" % (
                         r["load_before"].split(" ")[0], r["cpu"]["server_cores"],
                         r["cpu"]["wrk_cores"], r["cpu"]["other_cores"],
                         " (+%.2f test MongoDB)" % r["cpu"]["store_cores"]
                         if r["cpu"].get("store_cores") else "")))
        peak = max(peak, r["peak_rss_mib"])
mem = [r for r in rows if r["kind"] == "memory"]
print(fmt % ("VmRSS peak under load", "%.1f MiB" % peak, "", "", "<= 150 MB" + (" (1M)" if at_1m else ""),
             "%.2f" % (peak * 1.048576 / 150), ""))
for m in mem:
    print("  memory %-12s VmRSS %s MiB, VmHWM %s MiB" % (m["phase"], m["rss_mib"], m["hwm_mib"]))
if meta["server"] == "moviedb-api":
    print("  (VmHWM includes the registration of the bench users: argon2id takes 64 MiB per hash)")
EOF

if [[ -n "$json_out" ]]; then cp "$results" "$json_out"; log "results in $json_out"; fi
log "load at the end $(loadavg)"
