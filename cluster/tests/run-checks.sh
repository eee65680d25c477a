#!/usr/bin/env bash
# ctest label cluster: every check of cluster/ that runs without AWS or MongoDB.
# Installs its tools first (scripts/install-tools.sh, fast when warm), prints
# PASS/FAIL per check (logs in build/cluster-checks/), and ends with the line
# "N passed, N failed". Exits non-zero if anything failed. Runs from any cwd.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$cluster")"
venv="$root/build/cluster-venv"
logs="$root/build/cluster-checks"

if ! "$cluster/scripts/install-tools.sh"; then
  echo "FAIL install-tools"
  echo "0 passed, 1 failed"
  exit 1
fi
rm -rf "$logs"
mkdir -p "$logs"

# Stand-ins so templates that need a secret can render; they are not secrets
# and the rendered-file test checks they land only where a password belongs.
export MOVIEDB_MONGO_API_PASSWORD=render-only-api-value MOVIEDB_MONGO_MONITOR_PASSWORD=render-only-monitor-value
export MOVIEDB_MONGO_ADMIN_PASSWORD=render-only-admin-value MOVIEDB_MONGO_KEYFILE=render-only-keyfile-value
export MOVIEDB_PKI_DIR="$logs/pki" ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0 PY_COLORS=0 NO_COLOR=1
# Debian's ansible is the one operators run; the venv's is only ansible-lint's.
ansible_playbook=/usr/bin/ansible-playbook

passed=0
failed=0
check() { # name command...
  local name="$1" start rc
  shift
  start=$(date +%s)
  "$@" >"$logs/$name.log" 2>&1
  rc=$?
  if ((rc == 0)); then
    passed=$((passed + 1))
    echo "PASS $name ($(($(date +%s) - start))s)"
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit $rc; log $logs/$name.log)"
    tail -n 30 "$logs/$name.log" | sed 's/^/    /'
  fi
}

in_ansible() { (cd "$cluster/ansible" && "$@"); }
render() { # out-dir [extra ansible args]
  local out="$1"
  shift
  mkdir -p "$out" && in_ansible "$ansible_playbook" -i inventory/sample.yml render.yml -e "render_root=$out" "$@"
}
render_all() {
  render "$logs/render" && render "$logs/render-variant" -e mongo_cluster_auth_mode=x509 -e mongo_major=8.0 --limit cfg-1,mongos-1
}
shellcheck_all() {
  local files=()
  mapfile -t files < <(cd "$root" && find cluster -name '*.sh' -type f -not -path '*/.ansible/*' | sort)
  echo "shellcheck: ${#files[@]} scripts"
  (cd "$root" && shellcheck --severity=style "${files[@]}")
}
live_skip_contract() {
  # Where MongoDB is absent, the live test must say so and exit 77 (ctest skip).
  if command -v mongod >/dev/null 2>&1; then echo "mongod present: contract exercised by cluster.live itself"; return 0; fi
  local out rc
  out="$("$here/run-live.sh" 2>&1)"
  rc=$?
  echo "$out"
  [[ $rc -eq 77 ]] && grep -q '^SKIPPED: mongod/mongos not on PATH' <<<"$out"
}

check tool-locks "$venv/bin/python" "$here/test_tool_locks.py"
check install-tools-failures "$here/install_tools_test.sh"
check cfn-lint "$venv/bin/cfn-lint" "$cluster/provision/moviedb-cluster.yaml"
check template-assertions "$venv/bin/python" "$here/test_template.py"
check stateful-tier "$venv/bin/python" "$here/test_stateful.py"
check provision "$here/provision_test.sh"
check iam "$venv/bin/python" "$here/test_iam.py"
check az-loss "$venv/bin/python" "$here/test_az_loss.py"
check alarms "$venv/bin/python" "$here/test_alarms.py"
check secrets-store "$here/secrets_test.sh"
check api-boot "$here/api_boot_test.sh"
check pki "$here/pki_test.sh"
check ansible-syntax in_ansible "$ansible_playbook" -i inventory/sample.yml --syntax-check site.yml pki.yml rolling.yml rolling-plan.yml backup.yml backup-plan.yml render.yml
check ansible-lint in_ansible env PATH="$venv/bin:$PATH" ansible-lint
check playbook-structure "$venv/bin/python" "$here/test_playbooks.py"
check rolling-plan "$here/rolling_plan_test.sh"
check backup-plan "$here/backup_plan_test.sh"
check auth-mode-transition "$here/auth_mode_test.sh"
check restore-check "$here/restore_check_test.sh"
check render-templates render_all
check rendered-assertions env RENDER_DIR="$logs/render" RENDER_VARIANT_DIR="$logs/render-variant" "$venv/bin/python" "$here/test_rendered.py"
check health-probe env RENDER_DIR="$logs/render" "$here/health_probe_test.sh"
check fakes-strictness node --test "$here/fakes_test.js"
check init-scripts node --test "$here/init_js_test.js"
check init-interrupted node --test "$here/init_interrupt_test.js"
check ops-scripts node --test "$here/ops_js_test.js"
check mongosh-runtime "$here/mongosh_runtime_test.sh"
check cluster-init-role "$here/cluster_init_role_test.sh"
check inventory-from-stack "$here/inventory_test.sh"
check local-topology "$here/local_topology_test.sh"
check live-skip-contract live_skip_contract
check shellcheck shellcheck_all
check no-secrets "$venv/bin/python" "$here/check_secrets.py"

echo "$passed passed, $failed failed"
((failed == 0))
