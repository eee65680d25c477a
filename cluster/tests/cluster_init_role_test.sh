#!/usr/bin/env bash
# Runs the cluster_init role (install scripts, render inputs, run a step) on
# this machine against a fake mongosh, to check the Ansible side of
# initialisation: the rendered env file reaches mongo-init.sh, passwords arrive
# through the environment only, "changed" follows what the script reports,
# and a failing step fails the play while its output is still shown.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ $(id -u) -ne 0 ]]; then
  echo "cluster_init role test: needs root (the role writes root-owned files); skipped"
  exit 0
fi

mkdir -p "$work/bin" "$work/init"
# group_vars load from beside the playbook, as they do for site.yml.
cp "$here/cluster_init_role.yml" "$work/play.yml"
ln -s "$cluster/ansible/group_vars" "$work/group_vars"
cat >"$work/bin/mongosh" <<'FAKE'
#!/usr/bin/env bash
# Argument order is mongo-init.sh's: options, URI, script.
env | grep '^MONGO_INIT_' | sort >"$FAKE_OUT/env.$MONGO_INIT_STEP_SEEN"
[[ "$*" == *"${MONGO_INIT_URI:-missing}"* ]] || { echo "URI not passed"; exit 3; }
grep -q 'function ensureUser' "${*: -1}" || { echo "lib.js not prepended"; exit 3; }
case "${FAKE_MODE:-}" in
  changed) echo "[mongo-init] shard0: initiated with a,b,c" ;;
  fail) echo "[mongo-init] FAILED: boom"; exit 1 ;;
  *) echo "[mongo-init] shard0: already initiated" ;;
esac
FAKE
chmod +x "$work/bin/mongosh"

run() { # mode step host
  FAKE_MODE="$1" FAKE_OUT="$work" MONGO_INIT_STEP_SEEN="$2" PATH="$work/bin:$PATH" ANSIBLE_NOCOLOR=1 \
    ANSIBLE_ROLES_PATH="$cluster/ansible/roles" ANSIBLE_CONFIG="$cluster/ansible/ansible.cfg" \
    MOVIEDB_MONGO_ADMIN_PASSWORD=fake-admin-value MOVIEDB_MONGO_API_PASSWORD=fake-api-value \
    MOVIEDB_MONGO_MONITOR_PASSWORD=fake-monitor-value \
    /usr/bin/ansible-playbook -i "$cluster/ansible/inventory/sample.yml" --limit "$3" \
    -e "cluster_init_dir=$work/init" -e "cluster_init_step=$2" -e "mongo_repo_root=$cluster/.." \
    "$work/play.yml"
}

fail() { echo "FAIL: $*"; exit 1; }
step_status() { grep -A1 'TASK \[cluster_init : Run step' | tail -n 1 | cut -d: -f1; }

out="$(run unchanged replset shard0-1)" || fail "unchanged run failed: $out"
[[ "$(step_status <<<"$out")" == ok ]] || fail "a step that changed nothing must not report a change: $out"
grep -q "MONGO_INIT_RS_NAME=shard0" "$work/env.replset" || fail "rendered inputs did not reach the script"
grep -q "MONGO_INIT_ADMIN_PASSWORD=fake-admin-value" "$work/env.replset" || fail "password not passed in the environment"
grep -q "fake-admin-value" "$work/init/replset.env" && fail "a password was written to the env file"
[[ "$(stat -c %a "$work/init/replset.env")" == 600 ]] || fail "env file not private"
grep -q "already initiated" <<<"$out" || fail "script output not shown"

out="$(run changed replset shard0-1)" || fail "changed run failed: $out"
[[ "$(step_status <<<"$out")" == changed ]] || fail "a reported initiation must count as a change: $out"

out="$(run unchanged sharding mongos-1)" || fail "sharding run failed: $out"
grep -q "MONGO_INIT_SHARDS=shard0/" "$work/env.sharding" || fail "sharding inputs did not reach the script"
grep -q "MONGO_INIT_API_PASSWORD=fake-api-value" "$work/env.sharding" || fail "API password not passed"

if out="$(run fail replset shard0-1)"; then fail "a failing step must fail the play"; fi
grep -q "FAILED: boom" <<<"$out" || fail "the failing step's output must be shown: $out"
grep -q "fake-admin-value" <<<"$out" && fail "a password was printed"
echo "cluster_init role: ok"
