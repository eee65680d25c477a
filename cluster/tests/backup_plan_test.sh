#!/usr/bin/env bash
# Runs the planning part of backup.yml (ansible/backup-plan.yml, with Debian's
# ansible, on this machine) against members whose state the test sets: one
# SECONDARY of every set is chosen (never a primary: locking it would stop the
# set's writes), and a set without a healthy secondary stops the backup.
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
  ansible.builtin.import_playbook: $ansible_dir/backup-plan.yml
- name: Print the plan
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Print it
      ansible.builtin.debug:
        msg: "MEMBERS={{ backup_members }} ID={{ backup_id }}"
EOF_PLAY
plan() { # states-json -> output
  (cd "$ansible_dir" && ansible-playbook -i inventory/sample.yml "$work/plan.yml" -e "@group_vars/all.yml" \
    -e "{\"states\": $1}" 2>&1)
}
fail() { echo "FAIL: $*"; exit 1; }
out="$(plan '{"cfg-3": "PRIMARY", "shard0-2": "PRIMARY", "shard1-1": "PRIMARY"}')" || fail "healthy plan refused: $out"
grep -q 'MEMBERS=cfg-2,shard0-3,shard1-3 ID=20[0-9]\{6\}T[0-9]\{6\}Z' <<<"$out" || fail "wrong members: $(grep -o 'MEMBERS=[^"]*' <<<"$out")"
if out="$(plan '{"cfg-1": "PRIMARY", "shard1-1": "PRIMARY", "shard1-2": "OTHER", "shard1-3": "OTHER"}')"; then
  fail "planned a backup of a set without a secondary"
fi
grep -q 'shard1 has no healthy secondary' <<<"$out" || fail "no reason given: $out"
echo "backup plan: ok"
