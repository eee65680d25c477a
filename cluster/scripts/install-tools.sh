#!/usr/bin/env bash
# Installs the tools the cluster checks need, idempotently.
#   Debian packages: ansible (the production configuration tool), shellcheck,
#   python3-venv, openssl, nodejs (runs the init-script harness).
#   PyPI, pinned, into <repo>/build/cluster-venv: cfn-lint and ansible-lint.
#   npm, pinned, into <repo>/build/cluster-tools: mongosh, so the init scripts
#   are also exercised by the real shell runtime (tests/mongosh_runtime_test.sh).
# A warm run only compares what is there with what is wanted, so it takes
# well under a second; bump a pin below and the next run reinstalls.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))"
venv="$root/build/cluster-venv"

# Pins live here and nowhere else; the stamp file records what was installed.
pip_pins=(cfn-lint==1.58.0 ansible-lint==25.12.2 ansible-core==2.18.12)
mongosh_pin=mongosh@2.12.0
tools="$root/build/cluster-tools"
deb_packages=(ansible shellcheck python3-venv python3-yaml openssl git)

missing=()
for p in "${deb_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Any node >= 18 will do (the project may already bring one); else Debian's.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi

if ((${#missing[@]})); then
  echo "install-tools: apt-get install ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The venv is built from Debian's interpreter, not whatever python3 is first on
# PATH, so it does not break when a pyenv version is switched or removed.
stamp="$venv/.moviedb-pins"
want="${pip_pins[*]}"
if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "install-tools: creating $venv with ${pip_pins[*]}"
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pip_pins[@]}"
  printf '%s' "$want" >"$stamp"
fi
tools_stamp="$tools/.moviedb-pins"
if [[ ! -x "$tools/node_modules/.bin/mongosh" || ! -f "$tools_stamp" || "$(cat "$tools_stamp")" != "$mongosh_pin" ]]; then
  echo "install-tools: installing $mongosh_pin into $tools"
  rm -rf "$tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "$mongosh_pin"
  printf '%s' "$mongosh_pin" >"$tools_stamp"
fi
echo "install-tools: ok (venv $venv, mongosh $tools/node_modules/.bin/mongosh)"
