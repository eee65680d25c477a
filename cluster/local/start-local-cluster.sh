#!/usr/bin/env bash
# Starts the production topology on loopback from the mongod/mongos/mongosh on
# PATH: a 3-member config replica set, two 3-member shards, one mongos, with
# the production security settings (auth, keyFile, TLS) and initialised by the
# same code Ansible runs (cluster/init/mongo-init.sh).
#
#   start-local-cluster.sh [--dir DIR] [--no-tls]
#
# Ports (base = MOVIEDB_LOCAL_PORT_BASE, default 29000): mongos base+17,
# config base+101..103, shard0 base+201..203, shard1 base+301..303; all bound
# to 127.0.0.1 only. Data, logs, keyfile, certificates and generated passwords
# live in DIR (default: a new temporary directory). DIR/cluster.env then holds
# MOVIEDB_LOCAL_MONGOS_URI (a test user with rights on any database) and
# MOVIEDB_LOCAL_APP_URI (the least-privilege API user on moviedb).
# Stop with stop-local-cluster.sh DIR: it stops exactly the processes listed
# in DIR/pids.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"

dir=""
tls=1
while (($#)); do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --no-tls) tls=0; shift ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "start-local-cluster: unknown argument $1" >&2; exit 2 ;;
  esac
done

for bin in mongod mongos mongosh openssl; do
  command -v "$bin" >/dev/null 2>&1 || { echo "start-local-cluster: $bin is not on PATH" >&2; exit 1; }
done

[[ -n "$dir" ]] || dir="$(mktemp -d "${TMPDIR:-/tmp}/moviedb-cluster.XXXXXX")"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
if [[ -e "$dir/pids" ]]; then
  echo "start-local-cluster: $dir already holds a cluster (stop it first)" >&2
  exit 1
fi
touch "$dir/.moviedb-local-cluster" "$dir/pids"

base="${MOVIEDB_LOCAL_PORT_BASE:-29000}"
mongos_port=$((base + 17))
cfg_ports=($((base + 101)) $((base + 102)) $((base + 103)))
shard0_ports=($((base + 201)) $((base + 202)) $((base + 203)))
shard1_ports=($((base + 301)) $((base + 302)) $((base + 303)))

for port in "$mongos_port" "${cfg_ports[@]}" "${shard0_ports[@]}" "${shard1_ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "start-local-cluster: port $port is already in use (set MOVIEDB_LOCAL_PORT_BASE)" >&2
    exit 1
  fi
done

# Anything that fails from here on leaves nothing running behind.
cleanup_on_error() {
  echo "start-local-cluster: failed; stopping what was started (logs kept in $dir/log)" >&2
  "$here/stop-local-cluster.sh" "$dir" --keep || true
}
trap cleanup_on_error ERR

# Throwaway secrets for a throwaway cluster, generated here and kept in $dir.
(
  umask 077
  openssl rand -base64 756 >"$dir/keyfile"
  {
    echo "MONGO_INIT_ADMIN_PASSWORD=$(openssl rand -hex 24)"
    echo "MONGO_INIT_API_PASSWORD=$(openssl rand -hex 24)"
    echo "MONGO_INIT_MONITOR_PASSWORD=$(openssl rand -hex 24)"
    echo "MONGO_INIT_TEST_PASSWORD=$(openssl rand -hex 24)"
  } >"$dir/secrets.env"
)
chmod 0400 "$dir/keyfile"
set -a
# shellcheck source=/dev/null  # generated just above
. "$dir/secrets.env"
set +a
export MONGO_INIT_ADMIN_USER=clusterAdmin MONGO_INIT_API_USER=moviedb-api MONGO_INIT_MONITOR_USER=moviedb-monitor
export MONGO_INIT_TEST_USER=moviedb-test MONGO_INIT_DB=moviedb

tls_server=()
tls_query=""
if ((tls)); then
  "$cluster/scripts/make-pki.sh" "$dir/pki" node local "DNS:localhost,IP:127.0.0.1" >/dev/null
  tls_server=(--tlsMode requireTLS --tlsCertificateKeyFile "$dir/pki/local.pem" --tlsCAFile "$dir/pki/ca.pem"
    --tlsAllowConnectionsWithoutCertificates --tlsDisabledProtocols "TLS1_0,TLS1_1")
  tls_query="tls=true&tlsCAFile=$dir/pki/ca.pem"
fi
mkdir -p "$dir/log" "$dir/run"

common=(--bind_ip 127.0.0.1 --keyFile "$dir/keyfile" --fork "${tls_server[@]}")

start_mongod() { # name role replset port
  local name="$1" role="$2" rs="$3" port="$4"
  mkdir -p "$dir/db/$name"
  mongod "--$role" --replSet "$rs" --port "$port" --dbpath "$dir/db/$name" \
    --logpath "$dir/log/$name.log" --pidfilepath "$dir/run/$name.pid" \
    --auth --wiredTigerCacheSizeGB 0.25 "${common[@]}" >/dev/null
  cat "$dir/run/$name.pid" >>"$dir/pids"
}

members() { # port...
  local out=() p
  for p in "$@"; do out+=("127.0.0.1:$p"); done
  (IFS=,; echo "${out[*]}")
}

init_replset() { # rs configsvr port...
  local rs="$1" configsvr="$2"
  shift 2
  MONGO_INIT_URI="mongodb://127.0.0.1:$1/?directConnection=true${tls_query:+&$tls_query}" \
    MONGO_INIT_RS_NAME="$rs" MONGO_INIT_RS_MEMBERS="$(members "$@")" MONGO_INIT_RS_CONFIGSVR="$configsvr" \
    MONGO_INIT_RS_LOCAL_ADMIN="$([[ $configsvr == true ]] && echo false || echo true)" \
    "$cluster/init/mongo-init.sh" replset
}

for i in 0 1 2; do start_mongod "cfg-$((i + 1))" configsvr cfgrs "${cfg_ports[$i]}"; done
for i in 0 1 2; do start_mongod "shard0-$((i + 1))" shardsvr shard0 "${shard0_ports[$i]}"; done
for i in 0 1 2; do start_mongod "shard1-$((i + 1))" shardsvr shard1 "${shard1_ports[$i]}"; done

init_replset cfgrs true "${cfg_ports[@]}"
init_replset shard0 false "${shard0_ports[@]}"
init_replset shard1 false "${shard1_ports[@]}"

mongos --configdb "cfgrs/$(members "${cfg_ports[@]}")" --port "$mongos_port" \
  --logpath "$dir/log/mongos.log" --pidfilepath "$dir/run/mongos.pid" "${common[@]}" >/dev/null
cat "$dir/run/mongos.pid" >>"$dir/pids"

shards="shard0/$(members "${shard0_ports[@]}");shard1/$(members "${shard1_ports[@]}")"
MONGO_INIT_URI="mongodb://127.0.0.1:$mongos_port/${tls_query:+?$tls_query}" MONGO_INIT_SHARDS="$shards" \
  "$cluster/init/mongo-init.sh" sharding

options="authSource=admin&readPreference=secondaryPreferred&w=majority${tls_query:+&$tls_query}"
{
  echo "MOVIEDB_LOCAL_CLUSTER_DIR='$dir'"
  echo "MOVIEDB_LOCAL_MONGOS_PORT='$mongos_port'"
  echo "MOVIEDB_LOCAL_MONGOS_URI='mongodb://moviedb-test:$MONGO_INIT_TEST_PASSWORD@127.0.0.1:$mongos_port/moviedb?$options'"
  echo "MOVIEDB_LOCAL_APP_URI='mongodb://moviedb-api:$MONGO_INIT_API_PASSWORD@127.0.0.1:$mongos_port/moviedb?$options'"
  echo "MOVIEDB_LOCAL_INIT_URI='mongodb://127.0.0.1:$mongos_port/${tls_query:+?$tls_query}'"
  echo "MOVIEDB_LOCAL_SHARDS='$shards'"
} >"$dir/cluster.env"
chmod 0600 "$dir/cluster.env"
trap - ERR
echo "start-local-cluster: up in $dir (mongos on 127.0.0.1:$mongos_port; URIs in $dir/cluster.env)"
