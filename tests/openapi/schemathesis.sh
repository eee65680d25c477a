#!/usr/bin/env bash
# Property-based contract run: Schemathesis generates requests from the served
# OpenAPI document (/openapi.json) and checks every answer against it. Prints a
# short summary; the findings go to build/schemathesis-report.txt (full text)
# and build/schemathesis-report/*.xml (JUnit). Exits 1 on any finding.
#
# Usage: tests/openapi/schemathesis.sh --serve MOVIEDB_API_BINARY
#        tests/openapi/schemathesis.sh URL TOKEN
#   --serve  start this moviedb-api on a free loopback port with a scratch
#            SQLite store, seeded (vega movies.json, or a few titles), with a
#            superadmin and sign-in/registration rate limits raised; stop it
#   URL      a running server's base URL (http://127.0.0.1:8080); it is written
#            to (titles, accounts, interactions): use a scratch server
#   TOKEN    a superadmin's bearer token for that server
#
# Environment: MOVIEDB_SCHEMATHESIS_EXAMPLES (15 per operation and phase),
# MOVIEDB_SCHEMATHESIS_SEED (14), MOVIEDB_SCHEMATHESIS_TIMEOUT (seconds per
# run, 240), MOVIEDB_SCHEMATHESIS_DESTRUCTIVE=1 (URL mode: also the last runs
# below; --serve always does them), MOVIEDB_SCHEMATHESIS_ARGS (more options for
# `schemathesis run`, e.g. --no-shrink), MOVIEDB_SCHEMATHESIS_VENV.
#
# Strings never hold NUL (U+0000): the document says no text may, and the
# server refuses it with 400 (--generation-allow-x00 false).
# Checks: not_a_server_error, status_code_conformance, content_type_conformance,
# response_schema_conformance, response_headers_conformance,
# negative_data_rejection, positive_data_acceptance (every failing case is
# reported: --continue-on-failure); phases examples, coverage,
# fuzzing, stateful (links inferred by Schemathesis); one worker (Python 3.11's
# parser is not thread-safe under Hypothesis: 2 workers crash it).
#
# Three runs, in order, because some operations destroy what the others need:
#   1. main: every operation except the five below;
#   2. last: createUser, updateUser, deleteUser, bulkDeleteMovies; then
#      importMovies alone, without negative_data_rejection (an import answers
#      200 with a report rejecting each invalid record, by design) and
#      positive_data_acceptance (a schema cannot say a file is readable CSV).
#      updateUser/deleteUser are kept out of run 1 because its stateful phase
#      feeds them ids from getMe/listUsers: setting the superadmin's password
#      ends the run's session, and once another superadmin exists it may be
#      demoted or deleted. Here they only see ids from createUser. Bulk delete
#      can empty the catalogue and import replaces titles (and is slow with
#      big generated bodies), which would starve run 1 of data.
#   3. logout, alone, with a second token: it ends the session it is called with.
# After run 1 the token must still work, or 401s would have hidden findings.
#
# Schemathesis (tests/openapi/schemathesis-requirements.txt, from PyPI, hashes
# required) is installed once into build/schemathesis-venv of this checkout;
# later runs reuse it until the requirements change.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))"
requirements="$here/schemathesis-requirements.txt"
venv="${MOVIEDB_SCHEMATHESIS_VENV:-$root/build/schemathesis-venv}"
report_txt="$root/build/schemathesis-report.txt"
report_dir="$root/build/schemathesis-report"
examples="${MOVIEDB_SCHEMATHESIS_EXAMPLES:-15}"
seed="${MOVIEDB_SCHEMATHESIS_SEED:-14}"
budget="${MOVIEDB_SCHEMATHESIS_TIMEOUT:-240}"

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit 2
}
case "$#:${1:-}" in
  2:--serve) mode=serve binary="$2" ;;
  2:-*) usage ;;
  2:*) mode=url base="${1%/}" token="$2" ;;
  *) usage ;;
esac

# shellcheck source=tests/openapi/ensure-venv.sh
. "$here/ensure-venv.sh"
ensure_venv "$venv" "$requirements" schemathesis "Schemathesis"
python="$venv/bin/python"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/moviedb-schemathesis.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# POST /api/v1/auth/login with MOVIEDB_ST_USER/MOVIEDB_ST_PASSWORD; prints the token.
sign_in() {
  MOVIEDB_ST_BASE="$base" "$python" - <<'EOF'
import json, os, sys, urllib.request
body = json.dumps({"username": os.environ["MOVIEDB_ST_USER"],
                   "password": os.environ["MOVIEDB_ST_PASSWORD"]}).encode()
request = urllib.request.Request(os.environ["MOVIEDB_ST_BASE"] + "/api/v1/auth/login", data=body,
                                 headers={"Content-Type": "application/json"}, method="POST")
try:
    with urllib.request.urlopen(request, timeout=30) as answer:
        print(json.load(answer)["token"])
except Exception as error:
    sys.exit(f"schemathesis: signing in failed: {error}")
EOF
}

# GET /api/v1/me with the token: 0 when the session still works.
session_alive() {
  MOVIEDB_ST_BASE="$base" MOVIEDB_ST_TOKEN="$1" "$python" - <<'EOF'
import os, sys, urllib.request
request = urllib.request.Request(os.environ["MOVIEDB_ST_BASE"] + "/api/v1/me",
                                 headers={"Authorization": "Bearer " + os.environ["MOVIEDB_ST_TOKEN"]})
try:
    with urllib.request.urlopen(request, timeout=30) as answer:
        sys.exit(0 if answer.status == 200 else 1)
except Exception:
    sys.exit(1)
EOF
}

if [ "$mode" = serve ]; then
  [ -x "$binary" ] || { echo "schemathesis: $binary is not an executable" >&2; exit 2; }
  dataset="$root/scripts/seed/node_modules/vega-datasets/data/movies.json"
  if ! [ -f "$dataset" ]; then
    # Without the npm seed package: a few real titles in the same format.
    dataset="$scratch/movies.json"
    cat >"$dataset" <<'EOF'
[{"Title": "The Dark Knight", "US Gross": 533345358, "Worldwide Gross": 1022345358, "US DVD Sales": 234119058, "Production Budget": 185000000, "Release Date": "Jul 18 2008", "MPAA Rating": "PG-13", "Running Time min": 152, "Distributor": "Warner Bros.", "Source": "Based on Comic/Graphic Novel", "Major Genre": "Action", "Creative Type": "Super Hero", "Director": "Christopher Nolan", "Rotten Tomatoes Rating": 93, "IMDB Rating": 8.9, "IMDB Votes": 465000},
 {"Title": "Inception", "US Gross": 292576195, "Worldwide Gross": 825466195, "US DVD Sales": null, "Production Budget": 160000000, "Release Date": "Jul 16 2010", "MPAA Rating": "PG-13", "Running Time min": 148, "Distributor": "Warner Bros.", "Source": "Original Screenplay", "Major Genre": "Thriller/Suspense", "Creative Type": "Science Fiction", "Director": "Christopher Nolan", "Rotten Tomatoes Rating": 86, "IMDB Rating": 9.1, "IMDB Votes": 285000},
 {"Title": "Toy Story 3", "US Gross": 415004880, "Worldwide Gross": 1046340665, "US DVD Sales": null, "Production Budget": 200000000, "Release Date": "Jun 18 2010", "MPAA Rating": "G", "Running Time min": 103, "Distributor": "Walt Disney Pictures", "Source": "Original Screenplay", "Major Genre": "Adventure", "Creative Type": "Kids Fiction", "Director": "Lee Unkrich", "Rotten Tomatoes Rating": 99, "IMDB Rating": 8.9, "IMDB Votes": 67380},
 {"Title": "Jaws", "US Gross": 260000000, "Worldwide Gross": 470700000, "US DVD Sales": null, "Production Budget": 12000000, "Release Date": "Jun 20 1975", "MPAA Rating": "PG", "Running Time min": 124, "Distributor": "Universal", "Source": "Based on Book/Short Story", "Major Genre": "Horror", "Creative Type": "Contemporary Fiction", "Director": "Steven Spielberg", "Rotten Tomatoes Rating": 100, "IMDB Rating": 8.3, "IMDB Votes": 138017},
 {"Title": "Amelie", "US Gross": 33201661, "Worldwide Gross": 174201661, "US DVD Sales": null, "Production Budget": 10000000, "Release Date": "Nov 2 2001", "MPAA Rating": "R", "Running Time min": 122, "Distributor": "Miramax", "Source": "Original Screenplay", "Major Genre": "Comedy", "Creative Type": "Contemporary Fiction", "Director": "Jean-Pierre Jeunet", "Rotten Tomatoes Rating": 89, "IMDB Rating": 8.5, "IMDB Votes": 185000}]
EOF
  fi
  export MOVIEDB_ST_USER=st-admin
  MOVIEDB_ST_PASSWORD="St-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
  export MOVIEDB_ST_PASSWORD
  MOVIEDB_ADMIN_PASSWORD="$MOVIEDB_ST_PASSWORD" "$binary" serve --listen 127.0.0.1:0 \
    --store "sqlite:$scratch/moviedb.sqlite3" --web-root "" --access-log false \
    --seed "$dataset" --admin-user "$MOVIEDB_ST_USER" \
    --login-rate-user 1000000 --login-rate-address 1000000 --register-rate-address 1000000 \
    </dev/null >"$scratch/server.out" 2>"$scratch/server.err" &
  server_pid=$!
  base=""
  for _ in $(seq 600); do
    base="$(sed -n 's|.*listening on \(http://[^ ]*\).*|\1|p' "$scratch/server.out" | head -n 1)"
    [ -n "$base" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$base" ]; then
    echo "schemathesis: $binary did not start listening:" >&2
    tail -n 20 "$scratch/server.out" "$scratch/server.err" >&2
    exit 1
  fi
  base="${base%/}"
  token="$(sign_in)"
  logout_token="$(sign_in)"
else
  logout_token="$token"
fi

checks=not_a_server_error,status_code_conformance,content_type_conformance
checks+=,response_schema_conformance,response_headers_conformance
checks+=,negative_data_rejection,positive_data_acceptance
mkdir -p "$report_dir"
rm -f "$report_dir"/*.xml
: >"$report_txt"
status=0
ran=()

# Sends application/x-ndjson bodies (import) as text; Schemathesis has no serializer for it.
export SCHEMATHESIS_HOOKS="$here/schemathesis_hooks.py"
read -r -a extra <<<"${MOVIEDB_SCHEMATHESIS_ARGS:-}"

# run NAME TOKEN FILTER...: one `schemathesis run`, its output appended to the report.
run() {
  local name="$1" bearer="$2"
  shift 2
  local started=$SECONDS code=0
  cd "$scratch" # no schemathesis.toml or other state is picked up from the caller's directory
  echo "schemathesis: run '$name' against $base/openapi.json (seed $seed, $examples examples)"
  timeout --kill-after=10 "$budget" "$venv/bin/schemathesis" \
    --config-file "$here/schemathesis.toml" run "$base/openapi.json" \
    --no-color --workers 1 --seed "$seed" --max-examples "$examples" \
    --generation-database none --generation-allow-x00 false \
    --request-timeout 15 --checks "$checks" --continue-on-failure \
    --header "Authorization: Bearer $bearer" \
    --report junit --report-junit-path "$report_dir/$name.xml" \
    "${extra[@]}" "$@" >"$scratch/$name.log" 2>&1 || code=$?
  {
    echo "################ run '$name' (exit $code, $((SECONDS - started))s) ################"
    cat "$scratch/$name.log"
    echo
  } >>"$report_txt"
  if [ "$code" = 124 ] || [ "$code" = 137 ]; then
    echo "  timed out after ${budget}s (MOVIEDB_SCHEMATHESIS_TIMEOUT)"
  elif grep -q '^=* SUMMARY =*$' "$scratch/$name.log"; then
    sed -n '/^=* SUMMARY =*$/,$p' "$scratch/$name.log" | grep -E '^  (❌|🚫|Selected|Tested)|^=+ .* in [0-9.]+s =+$|^  [0-9]+ generated' |
      sed 's/^/  /'
  else
    tail -n 20 "$scratch/$name.log" | sed 's/^/  /'
  fi
  [ "$code" = 0 ] || status=1
  ran+=("$name")
}

run main "$token" --exclude-operation-id-regex '^(logout|updateUser|deleteUser|bulkDeleteMovies|importMovies)$'
if ! session_alive "$token"; then
  echo "schemathesis: the token stopped working during run 'main': its 401s may hide findings" |
    tee -a "$report_txt"
  status=1
fi
if [ "$mode" = serve ] || [ "${MOVIEDB_SCHEMATHESIS_DESTRUCTIVE:-0}" = 1 ]; then
  run last "$token" --include-operation-id-regex '^(createUser|updateUser|deleteUser|bulkDeleteMovies)$'
  # An import answers 200 with a report that rejects each invalid record (the
  # documented design: one bad row must not sink a file), so invalid records
  # are not "rejected" in negative_data_rejection's sense; and the schema types
  # a file as text or binary, which cannot say whether it is readable CSV or
  # JSON, so "schema-valid" bodies may rightly get 400 (positive_data_acceptance).
  run import "$token" --include-operation-id importMovies \
    --exclude-checks negative_data_rejection,positive_data_acceptance
  run logout "$logout_token" --include-operation-id logout
else
  echo "schemathesis: skipped the destructive runs (MOVIEDB_SCHEMATHESIS_DESTRUCTIVE=1 runs them)"
fi

if [ "$status" = 0 ]; then
  echo "schemathesis: no findings in runs: ${ran[*]}"
else
  echo "schemathesis: FINDINGS: details in $report_txt, JUnit in $report_dir/"
fi
exit "$status"
