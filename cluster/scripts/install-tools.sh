#!/usr/bin/env bash
# Installs the tools the cluster checks need, idempotently and reproducibly.
#   Debian packages: ansible (the production configuration tool), shellcheck,
#   python3-venv, openssl, nodejs (runs the init-script harness).
#   PyPI, into <repo>/build/cluster-venv: cfn-lint, ansible-lint and every
#   package they pull in, each at the exact version AND hash in
#   cluster/tools/requirements.txt (pip --require-hashes).
#   npm, into <repo>/build/cluster-tools: mongosh with the exact tree of
#   cluster/tools/package-lock.json (npm ci), so the init scripts also run
#   under the real shell runtime (tests/mongosh_runtime_test.sh).
# Installing from top-level names and versions alone re-resolves transitive
# versions on every machine; a fresh machine once got one the registry did not
# serve. Locked files mean every machine installs the same bytes, or fails
# naming the one the registry does not serve; nothing is skipped.
# A warm run compares the lock files' digests with the stamps and returns.
#
# Updating a pin: edit cluster/tools/requirements.in or package.json, then
#   pip-compile --generate-hashes --allow-unsafe --strip-extras \
#     --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
#   (pip-tools in a throwaway venv made from /usr/bin/python3)
#   npm install --package-lock-only
# in cluster/tools, and commit both results.
#
# Overrides (the tests use them): MOVIEDB_CLUSTER_TOOLS_SRC (directory with the
# lock files), MOVIEDB_CLUSTER_VENV, MOVIEDB_CLUSTER_NODE_TOOLS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))"
src="${MOVIEDB_CLUSTER_TOOLS_SRC:-$(dirname "$here")/tools}"
venv="${MOVIEDB_CLUSTER_VENV:-$root/build/cluster-venv}"
tools="${MOVIEDB_CLUSTER_NODE_TOOLS:-$root/build/cluster-tools}"
deb_packages=(ansible shellcheck python3-venv python3-yaml openssl git)
# shellcheck source=cluster/scripts/lib/report-unserved.sh
. "$here/lib/report-unserved.sh"

for f in requirements.txt package.json package-lock.json; do
  [[ -f "$src/$f" ]] || { echo "install-tools: $src/$f is missing" >&2; exit 1; }
done

missing=()
for p in "${deb_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Any node >= 20 will do (mongosh 2.x needs it); else Debian's.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi
if ((${#missing[@]})); then
  echo "install-tools: apt-get install ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

digest() { cat "$@" | sha256sum | cut -d' ' -f1; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# The venv is built from Debian's interpreter, not whatever python3 is first on
# PATH: requirements.txt was resolved for it, and a pyenv switch cannot break it.
want="$(digest "$src/requirements.txt") $(/usr/bin/python3 -c 'import sys; print(sys.version_info[:2])')"
stamp="$venv/.moviedb-lock"
if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "install-tools: creating $venv from $src/requirements.txt"
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  /usr/bin/python3 -m venv "$venv"
  # Wheels only: a source build would fetch unhashed build dependencies.
  if ! "$venv/bin/python" -m pip install --disable-pip-version-check --no-input \
    --require-hashes --only-binary :all: -r "$src/requirements.txt" >"$log" 2>&1; then
    report_unserved pip "$log"
    rm -rf "$venv"
    exit 1
  fi
  printf '%s' "$want" >"$stamp"
fi

want="$(digest "$src/package.json" "$src/package-lock.json")"
stamp="$tools/.moviedb-lock"
if [[ ! -x "$tools/node_modules/.bin/mongosh" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "install-tools: npm ci into $tools from $src/package-lock.json"
  rm -rf "$tools"
  mkdir -p "$tools"
  cp "$src/package.json" "$src/package-lock.json" "$tools/"
  if ! npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    report_unserved npm "$log"
    rm -rf "$tools"
    exit 1
  fi
  printf '%s' "$want" >"$stamp"
fi
echo "install-tools: ok (venv $venv, mongosh $tools/node_modules/.bin/mongosh)"
