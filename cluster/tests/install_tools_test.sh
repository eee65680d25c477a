#!/usr/bin/env bash
# install-tools.sh against registries that do not serve a locked package: it
# must fail and name the package, never skip it or fall back to another
# version. Offline: pip gets an empty or doctored local index, npm a local
# registry that answers 404, each with an empty cache.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

fails_naming() { # what src-dir expected-line -- env...
  local what="$1" src="$2" expected="$3" rc=0 out
  shift 4
  out="$(env MOVIEDB_CLUSTER_TOOLS_SRC="$src" MOVIEDB_CLUSTER_VENV="$work/venv" \
    MOVIEDB_CLUSTER_NODE_TOOLS="$work/node" npm_config_cache="$(mktemp -d -p "$work")" \
    PIP_NO_CACHE_DIR=1 "$@" "$cluster/scripts/install-tools.sh" 2>&1)" || rc=$?
  echo "--- $what (exit $rc)"
  echo "$out"
  ((rc != 0)) || { echo "FAIL $what: install-tools.sh succeeded"; return 1; }
  grep -qF "$expected" <<<"$out" || { echo "FAIL $what: no line '$expected'"; return 1; }
  [[ ! -e "$work/venv/bin/python" || "$what" == npm* ]] || { echo "FAIL $what: a half-built venv was left"; return 1; }
  echo "ok: $what"
}

# A source directory whose npm lock is the real one, so only pip is at fault.
pipsrc="$work/pipsrc" && mkdir -p "$pipsrc" "$work/index"
cp "$cluster/tools/package.json" "$cluster/tools/package-lock.json" "$pipsrc/"

printf 'moviedb-not-served==9.9.9 --hash=sha256:%064d\n' 0 >"$pipsrc/requirements.txt"
fails_naming "pip: version not served" "$pipsrc" \
  "NOT SERVED by pip's registry: moviedb-not-served==9.9.9" -- PIP_NO_INDEX=1 PIP_FIND_LINKS="$work/index"

# Served, but not the bytes that were locked (a re-uploaded or tampered file).
(cd "$work/index" && printf 'not the locked wheel' >moviedb_tampered-1.0-py3-none-any.whl)
printf 'moviedb-tampered==1.0 --hash=sha256:%064d\n' 0 >"$pipsrc/requirements.txt"
fails_naming "pip: bytes differ from the lock" "$pipsrc" \
  "NOT SERVED by pip's registry: moviedb-tampered==1.0 (hash differs from the lock)" -- PIP_NO_INDEX=1 PIP_FIND_LINKS="$work/index"

# npm: a lock naming a package the (local, empty) registry does not have.
# The venv is built from the real requirements only if PyPI is reachable, so
# this case uses the smallest requirement set pip can satisfy offline: none.
npmsrc="$work/npmsrc" && mkdir -p "$npmsrc" "$work/registry"
: >"$npmsrc/requirements.txt"
cat >"$npmsrc/package.json" <<'JSON'
{ "name": "t", "private": true, "dependencies": { "moviedb-not-served": "1.0.0" } }
JSON
cat >"$npmsrc/package-lock.json" <<'JSON'
{ "name": "t", "lockfileVersion": 3, "requires": true, "packages": {
  "": { "name": "t", "dependencies": { "moviedb-not-served": "1.0.0" } },
  "node_modules/moviedb-not-served": { "version": "1.0.0",
    "integrity": "sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==" } } }
JSON
port_file="$work/port"
python3 -c '
import http.server, socketserver, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
with socketserver.TCPServer(("127.0.0.1", 0), H) as s:
    open(sys.argv[1], "w").write(str(s.server_address[1])); s.serve_forever()
' "$port_file" &
server_pid=$!
for _ in $(seq 50); do [[ -s "$port_file" ]] && break; sleep 0.1; done
fails_naming "npm: package not in the registry" "$npmsrc" "NOT SERVED by npm's registry: moviedb-not-served@1.0.0" \
  -- npm_config_registry="http://127.0.0.1:$(cat "$port_file")/" npm_config_fetch_retries=0 PIP_NO_INDEX=1
[[ ! -e "$work/node/node_modules" ]] || { echo "FAIL npm: a half-installed tree was left"; exit 1; }
echo "install-tools failure paths: ok"
