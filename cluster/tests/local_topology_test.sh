#!/usr/bin/env bash
# Exercises start-/stop-local-cluster.sh without MongoDB: fake mongod, mongos
# and mongosh on PATH record how they were called, and the fake servers are
# sleep processes whose command lines carry the real arguments. Asserts the
# topology (3 config, 2x3 shard members, 1 mongos), loopback-only binding,
# auth/keyFile/TLS flags, the initialisation order and inputs, that no password
# reaches a command line, and that stop ends exactly the processes start began.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"

work="$(mktemp -d)"
bystander=""
cleanup() {
  [[ -n "$bystander" ]] && kill "$bystander" 2>/dev/null
  [[ -f "$work/c/.moviedb-local-cluster" ]] && "$cluster/local/stop-local-cluster.sh" "$work/c" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/bin"
cat >"$work/bin/fake-server" <<'FAKE'
#!/usr/bin/env bash
name="$(basename "$0")"
echo "$name $*" >>"$FAKE_LOG"
pidfile=""
prev=""
for a in "$@"; do
  [[ "$prev" == --pidfilepath ]] && pidfile="$a"
  prev="$a"
done
(exec -a "fake-$name $*" sleep 300) </dev/null >/dev/null 2>&1 &
echo "$!" >"$pidfile"
FAKE
cat >"$work/bin/mongosh" <<'FAKE'
#!/usr/bin/env bash
script="${*: -1}"
echo "mongosh $(basename "$script") $(env | grep '^MONGO_INIT_' | grep -v PASSWORD | sort | tr '\n' ' ')" >>"$FAKE_LOG"
FAKE
chmod +x "$work/bin/"*
ln -s fake-server "$work/bin/mongod"
ln -s fake-server "$work/bin/mongos"
export FAKE_LOG="$work/log" PATH="$work/bin:$PATH" MOVIEDB_LOCAL_PORT_BASE=39000
: >"$FAKE_LOG"

passed=0
failed=0
check() { # description, command...
  local what="$1"
  shift
  if "$@" >/dev/null 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "  FAIL: $what"
  fi
}
count() { grep -cE -- "$1" "$FAKE_LOG" || true; }
# Running and not a zombie (an orphaned fake server is reaped by whoever adopted it).
running() { [[ -r "/proc/$1/status" ]] && awk '/^State:/ { exit ($2 == "Z") }' "/proc/$1/status"; }

# A process of someone else's that must survive the stop.
sleep 300 >/dev/null 2>&1 &
bystander=$!

"$cluster/local/start-local-cluster.sh" --dir "$work/c" >"$work/start.out" 2>&1 || { cat "$work/start.out"; exit 1; }
dir="$(cd "$work/c" && pwd)"

check "10 processes recorded" test "$(wc -l <"$dir/pids")" -eq 10
check "3 config servers" test "$(count '^mongod --configsvr --replSet cfgrs ')" -eq 3
check "3 members of shard0" test "$(count '^mongod --shardsvr --replSet shard0 ')" -eq 3
check "3 members of shard1" test "$(count '^mongod --shardsvr --replSet shard1 ')" -eq 3
check "1 mongos on the config replica set" test "$(count '^mongos --configdb cfgrs/127.0.0.1:39101,127.0.0.1:39102,127.0.0.1:39103 --port 39017')" -eq 1
check "every server binds 127.0.0.1 only" test "$(count '^mongo[ds] .*--bind_ip 127\.0\.0\.1 ')" -eq 10
check "nothing binds all interfaces" test "$(count '0\.0\.0\.0|bind_ip_all')" -eq 0
check "every server has keyFile and TLS" test "$(count '^mongo[ds] .*--keyFile .*--tlsMode requireTLS ')" -eq 10
check "every mongod has auth" test "$(count '^mongod .*--auth ')" -eq 9
check "keyfile is private" test "$(stat -c %a "$dir/keyfile")" = 400
check "init order: cfgrs, shard0, shard1, sharding" \
  test "$(grep -oE '^mongosh [a-z-]+\.js .*MONGO_INIT_RS_NAME=[a-z0-9]+|^mongosh init-sharding\.js' "$FAKE_LOG" | sed -E 's/.*RS_NAME=//; s/^mongosh //' | tr '\n' ' ')" = "cfgrs shard0 shard1 init-sharding.js "
check "config replica set is configsvr, no shard-local admin" grep -qE 'MONGO_INIT_RS_CONFIGSVR=true MONGO_INIT_RS_LOCAL_ADMIN=false MONGO_INIT_RS_MEMBERS=127.0.0.1:39101,127.0.0.1:39102,127.0.0.1:39103 MONGO_INIT_RS_NAME=cfgrs' "$FAKE_LOG"
check "shard0 members" grep -qE 'MONGO_INIT_RS_MEMBERS=127.0.0.1:39201,127.0.0.1:39202,127.0.0.1:39203 MONGO_INIT_RS_NAME=shard0' "$FAKE_LOG"
check "sharding gets both shards" grep -qF 'MONGO_INIT_SHARDS=shard0/127.0.0.1:39201,127.0.0.1:39202,127.0.0.1:39203;shard1/127.0.0.1:39301,127.0.0.1:39302,127.0.0.1:39303' "$FAKE_LOG"
check "init connects over loopback with TLS" test "$(count '^mongosh .*MONGO_INIT_URI=mongodb://127\.0\.0\.1:[0-9]+/\?(directConnection=true&)?tls=true&tlsCAFile=')" -eq 4
check "cluster.env names the mongos URI" grep -q "^MOVIEDB_LOCAL_MONGOS_URI='mongodb://moviedb-test:.*@127.0.0.1:39017/moviedb?.*readPreference=secondaryPreferred&w=majority" "$dir/cluster.env"
mapfile -t pids <"$dir/pids"
leaked=0
while IFS='=' read -r _ value; do
  [[ -n "$value" ]] && grep -qF -- "$value" "$FAKE_LOG" && leaked=1
  for pid in "${pids[@]}"; do tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$value" && leaked=1; done
done <"$dir/secrets.env"
check "no password on any command line" test "$leaked" -eq 0
alive=0
for pid in "${pids[@]}"; do running "$pid" && alive=$((alive + 1)); done
check "all 10 servers running" test "$alive" -eq 10
check "a second start into the same directory is refused" bash -c "! '$cluster/local/start-local-cluster.sh' --dir '$dir'"

"$cluster/local/stop-local-cluster.sh" "$dir" >"$work/stop.out" 2>&1
alive=0
for pid in "${pids[@]}"; do running "$pid" && alive=$((alive + 1)); done
check "stop ends every server it started" test "$alive" -eq 0
check "stop leaves other processes alone" running "$bystander"
check "stop removes the directory" test ! -e "$dir"
check "stop refuses a directory it did not create" bash -c "! '$cluster/local/stop-local-cluster.sh' '$work'"

echo "local topology: $passed passed, $failed failed"
((failed == 0))
