#!/usr/bin/env bash
# Runs a playbook against an environment with its secrets from SSM.
#
#   deploy.sh ENV [PLAYBOOK] [ansible-playbook options...]
#   deploy.sh moviedb-prod                      # site.yml: build or converge everything
#   deploy.sh moviedb-prod rolling.yml          # rolling restart
#   deploy.sh moviedb-prod backup.yml           # consistent snapshots of every set
#   deploy.sh moviedb-prod site.yml --limit api # converge API instances in place (normally publish-api.sh)
#
# Inventory: MOVIEDB_INVENTORY, else cluster/ansible/inventory/ENV.yml (written
# by inventory-from-stack.sh). Certificates: MOVIEDB_PKI_DIR, else
# ~/.moviedb/pki/ENV: a working copy of the environment's CA, pulled from
# /ENV/pki in Parameter Store before every run (ansible/pki.yml stores a new CA
# there the moment it is made, and refuses to make one for a running cluster).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ansible_dir="$(dirname "$here")/ansible"

[[ $# -ge 1 ]] || { sed -n '2,14p' "$0" >&2; exit 2; }
env_name="$1"
shift
playbook="site.yml"
if [[ $# -gt 0 && "$1" == *.yml ]]; then
  playbook="$1"
  shift
fi
inventory="${MOVIEDB_INVENTORY:-$ansible_dir/inventory/$env_name.yml}"
[[ -f "$inventory" ]] || { echo "deploy: no inventory $inventory (run inventory-from-stack.sh $env_name)" >&2; exit 1; }

export MOVIEDB_PKI_DIR="${MOVIEDB_PKI_DIR:-$HOME/.moviedb/pki/$env_name}"
# The environment's CA comes from Parameter Store, whoever deploys and from
# wherever; a different CA on this machine stops the run here.
"$here/secrets.sh" pki-pull "$env_name" "$MOVIEDB_PKI_DIR"
cd "$ansible_dir"
exec "$here/secrets.sh" exec "$env_name" -- \
  ansible-playbook -i "$inventory" -e "moviedb_env=$env_name" "$playbook" "$@"
