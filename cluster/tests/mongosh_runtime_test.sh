#!/usr/bin/env bash
# Runs the init scripts under the real mongosh (--nodb) instead of node, to
# catch what only mongosh's runtime would reject (its async rewriting of
# scripts, print/sleep/quit/process.env, exit codes). The one change to the
# scripts: their single way into the server, db.getSiblingDB(, is pointed at
# the fakes of init_fakes.js. The behaviour itself is covered by init_js_test.js.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$cluster")"
mongosh="$(command -v mongosh || echo "$root/build/cluster-tools/node_modules/.bin/mongosh")"
[[ -x "$mongosh" ]] || { echo "mongosh not found (run cluster/scripts/install-tools.sh)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # step fake-class -> script path
  local out="$work/$1.js"
  {
    echo "const { FakeNet, $2 } = require('$here/init_fakes.js');"
    echo "const __net = new FakeNet();"
    # the member is the first one of MONGO_INIT_RS_MEMBERS (replSetInitiate must name it)
    echo "const __fake = __net.add('$([[ $2 == FakeMongos ]] && echo mongos:27017 || echo a:27018)', new $2()).connect();"
    cat "$cluster/init/lib.js" "$cluster/init/$1.js" |
      sed -e 's/\bdb\.getSiblingDB(/__fake.getSiblingDB(/g' -e 's/\bconnect(uri)/__net.connect(uri)/g'
  } >"$out"
  # Every server access must go through those calls, or the fakes miss it.
  if grep -nE '(^|[^_A-Za-z.])db\.' "$out"; then echo "unexpected use of db in $1.js"; exit 1; fi
  if grep -nE '(^|[^_A-Za-z.])(connect|Mongo)\(' "$out"; then echo "unexpected connection in $1.js"; exit 1; fi
  echo "$out"
}

run() { # expected-rc script -> output
  local rc=0 out
  out="$(timeout 120 "$mongosh" --nodb --quiet --norc "$2" 2>&1)" || rc=$?
  echo "$out"
  [[ $rc -eq $1 ]] || { echo "expected exit $1, got $rc"; return 1; }
}

export MONGO_INIT_URI='mongodb://127.0.0.1:27018/?directConnection=true'
export MONGO_INIT_ADMIN_USER=clusterAdmin MONGO_INIT_ADMIN_PASSWORD=runtime-test-admin
export MONGO_INIT_API_USER=moviedb-api MONGO_INIT_API_PASSWORD=runtime-test-api
export MONGO_INIT_MONITOR_USER=moviedb-monitor MONGO_INIT_MONITOR_PASSWORD=runtime-test-monitor

out="$(MONGO_INIT_RS_NAME=shard0 MONGO_INIT_RS_MEMBERS=a:27018,b:27018,c:27018 run 0 "$(build init-replset FakeMember)")"
echo "$out"
grep -q 'initiated with a:27018, b:27018, c:27018' <<<"$out"
grep -q 'created user clusterAdmin root@admin (localhost exception, now closed)' <<<"$out"

out="$(MONGO_INIT_SHARDS='shard0/a:27018;shard1/d:27018' run 0 "$(build init-sharding FakeMongos)")"
echo "$out"
grep -q 'added shard shard1' <<<"$out"
grep -q 'sharded moviedb.user_interactions on {"user_id":1,"movie_id":1} (unique)' <<<"$out"
grep -q 'created user moviedb-api readWrite@moviedb' <<<"$out"

# A failure is exit status 1 with a FAILED line (what Ansible and the local script rely on).
out="$(MONGO_INIT_SHARDS='' run 1 "$(build init-sharding FakeMongos)")"
grep -q 'FAILED: MONGO_INIT_SHARDS is not set' <<<"$out"
# The operation scripts load and run under mongosh too.
for step in step-down wait-member; do
  out="$(MONGO_INIT_ADMIN_USER='' run 1 "$(build "$step" FakeMember)")"
  grep -q 'FAILED: MONGO_INIT_ADMIN_USER is not set' <<<"$out"
done
out="$(run 0 "$(build member-state FakeMember)")"
grep -q 'member-state=OTHER set=-' <<<"$out"
out="$(MONGO_INIT_BALANCER=stop run 1 "$(build balancer FakeMongos)")"
grep -q 'FAILED: cannot authenticate as clusterAdmin' <<<"$out"
if grep -q 'runtime-test-' <<<"$out"; then echo "a password was printed"; exit 1; fi
echo "mongosh runtime: ok"
