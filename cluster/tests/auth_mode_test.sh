#!/usr/bin/env bash
# The keyFile -> x.509 transition guard (role mongo_security, auth_mode.yml)
# run by Debian's ansible on this machine against member configurations in a
# sandbox: one step at a time is accepted (and one step back), a jump is
# refused, a new member (no configuration yet) takes any mode.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ansible_dir="$(dirname "$here")/ansible"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/guard.yml" <<EOF_PLAY
- name: The guard under test
  hosts: localhost
  connection: local
  gather_facts: false
  tasks:
    - name: Check the transition
      ansible.builtin.include_tasks: $ansible_dir/roles/mongo_security/tasks/auth_mode.yml
      vars:
        mongo_security_conf: $work/mongod.conf
EOF_PLAY
guard() { # current-mode-or-none wanted-mode
  rm -f "$work/mongod.conf"
  [[ "$1" == none ]] || printf 'security:\n  authorization: enabled\n  clusterAuthMode: %s\n' "$1" >"$work/mongod.conf"
  ansible-playbook -i localhost, "$work/guard.yml" -e "mongo_cluster_auth_mode=$2" >"$work/out" 2>&1
}
fail() { echo "FAIL: $*"; cat "$work/out"; exit 1; }
for ok in "keyFile keyFile" "keyFile sendKeyFile" "sendKeyFile sendX509" "sendX509 x509" "x509 sendX509" "none x509"; do
  # shellcheck disable=SC2086  # two words on purpose
  guard $ok || fail "refused $ok"
done
for bad in "keyFile x509" "keyFile sendX509" "sendKeyFile x509" "x509 keyFile" "keyFile X509"; do
  # shellcheck disable=SC2086
  if guard $bad; then fail "accepted $bad"; fi
  grep -q 'skips a step\|mongo_cluster_auth_mode in steps' "$work/out" || fail "no reason for $bad"
done
echo "auth mode transition: ok"
