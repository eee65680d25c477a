#!/usr/bin/env bash
# inventory-from-stack.sh against a fake aws CLI that answers like
# describe-instances: the generated inventory must parse, have the replica-set
# groups in member order, and render with the roles like the sample does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
env_name="zz-inventory-test"
inventory="$cluster/ansible/inventory/$env_name.yml"
trap 'rm -rf "$work" "$inventory"' EXIT

mkdir -p "$work/bin"
# Deliberately unsorted, as the API returns them; API instances have no member tag.
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
printf '%s\t%s\t%s\t%s\n' \
  shardsvr shard1-2 i-2b 10.20.64.30  configsvr cfg-2 i-0b 10.20.64.10  configsvr cfg-1 i-0a 10.20.48.10 \
  configsvr cfg-3 i-0c 10.20.80.10  shardsvr shard0-1 i-1a 10.20.48.20  shardsvr shard0-2 i-1b 10.20.64.20 \
  shardsvr shard0-3 i-1c 10.20.80.20  shardsvr shard1-1 i-2a 10.20.48.30  shardsvr shard1-3 i-2c 10.20.80.30 \
  mongos mongos-2 i-3b 10.20.64.40  mongos mongos-1 i-3a 10.20.48.40  api None i-4a 10.20.48.100  api None i-4b 10.20.64.100
FAKE
chmod +x "$work/bin/aws"
PATH="$work/bin:$PATH" "$cluster/scripts/inventory-from-stack.sh" "$env_name" >/dev/null

cd "$cluster/ansible"
graph="$(ansible-inventory -i "$inventory" --graph)"
expected="$(printf '%s\n' cfg-1 cfg-2 cfg-3 shard0-1 shard0-2 shard0-3 shard1-1 shard1-2 shard1-3 mongos-1 mongos-2 api-4a api-4b)"
actual="$(grep -oE -- '--[a-z0-9-]+$' <<<"$graph" | sed 's/^--//')"
if [[ "$actual" != "$expected" ]]; then
  echo "unexpected hosts/order:"; echo "$graph"; exit 1
fi
mkdir -p "$work/render"
ansible-playbook -i "$inventory" render.yml -e "render_root=$work/render" >"$work/render.log" 2>&1 || { cat "$work/render.log"; exit 1; }
grep -q "configDB: cfgrs/cfg-1.db.$env_name.internal:27019,cfg-2.db.$env_name.internal:27019,cfg-3.db.$env_name.internal:27019" "$work/render/mongos-1.json"
grep -q "MONGO_INIT_RS_MEMBERS='shard1-1.db.$env_name.internal:27018,shard1-2" "$work/render/shard1-1.json"
grep -q "@mongos-1.db.$env_name.internal:27017,mongos-2.db.$env_name.internal:27017/moviedb?" "$work/render/api-4a.json"
echo "inventory-from-stack: ok"
