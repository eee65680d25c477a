#!/usr/bin/env bash
# Runs the planning part of rolling.yml (ansible/rolling-plan.yml, with
# Debian's ansible, on this machine) against members whose replication state
# is set by the test: the order must be config servers, then each shard, one
# set at a time, secondaries before the primary; an unhealthy set or a single
# router must stop the run before anything restarts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ansible_dir="$(dirname "$here")/ansible"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/plan.yml" <<EOF_PLAY
- name: Pretend each member reported its state
  hosts: configsvr:shardsvr
  connection: local
  gather_facts: false
  tasks:
    - name: Set the state
      ansible.builtin.set_fact:
        rolling_member_state: "{{ states[inventory_hostname] | default('SECONDARY') }}"
- name: The plan under test
  ansible.builtin.import_playbook: $ansible_dir/rolling-plan.yml
- name: Print the plan
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Print it
      ansible.builtin.debug:
        msg: "ORDER={{ rolling_order }}"
EOF_PLAY
plan() { # inventory states-json [extra args] -> output; status of ansible-playbook
  local inventory="$1" states="$2"
  shift 2
  (cd "$ansible_dir" && ansible-playbook -i "$inventory" "$work/plan.yml" -e "@group_vars/all.yml" \
    -e "{\"states\": $states}" "$@" 2>&1)
}
fail() { echo "FAIL: $*"; exit 1; }
sample=inventory/sample.yml
primaries='{"cfg-1": "PRIMARY", "shard0-2": "PRIMARY", "shard1-3": "PRIMARY"}'
out="$(plan "$sample" "$primaries")" || fail "healthy plan refused: $out"
order="$(grep -o 'ORDER=[^"]*' <<<"$out")"
expected="ORDER=cfg-2,cfg-3,cfg-1,shard0-1,shard0-3,shard0-2,shard1-1,shard1-2,shard1-3"
[[ "$order" == "$expected" ]] || fail "got $order, want $expected"

# one router: restarting it is an outage, allowed only when the operator says so
python3 -c 'import sys, yaml
inv = yaml.safe_load(open(sys.argv[1]))
hosts = inv["all"]["children"]["mongos"]["hosts"]
for extra in list(hosts)[1:]:
    del hosts[extra]
yaml.safe_dump(inv, open(sys.argv[2], "w"))' "$ansible_dir/$sample" "$work/one-router.yml"
if out="$(plan "$work/one-router.yml" "$primaries")"; then fail "restarting the only router was planned"; fi
grep -q 'only one mongos' <<<"$out" || fail "no reason given: $out"
out="$(plan "$work/one-router.yml" "$primaries" -e rolling_allow_router_outage=true)" || fail "planned outage refused: $out"

for bad in '{"cfg-1": "PRIMARY", "shard0-2": "PRIMARY", "shard1-3": "PRIMARY", "shard0-1": "OTHER"}' \
  '{"cfg-1": "PRIMARY", "shard0-2": "PRIMARY"}' \
  '{"cfg-1": "PRIMARY", "cfg-2": "PRIMARY", "shard0-2": "PRIMARY", "shard1-3": "PRIMARY"}'; do
  if out="$(plan "$sample" "$bad")"; then fail "unhealthy set planned: $bad"; fi
  grep -q 'is not healthy' <<<"$out" || fail "no reason given for $bad: $out"
done
echo "rolling plan: ok"
