#!/usr/bin/env bash
# Fails when a tracked script installs packages in a way that resolves
# versions at install time: `npm install`/`npm i`/`npx` (use `npm ci` with a
# committed package-lock.json), `pip install` without `--require-hashes`
# (use a requirements file with hashes), `go get`/`go install …@latest`,
# `yarn add`/`pnpm add`. A fresh machine once failed because one such install
# resolved a version the registry did not serve yet. Cheap: run by test.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mapfile -t files < <(git ls-files -- '*.sh' '*.bash' '*.mjs' '*.js' '*.cjs' '*.py' '*.yml' \
  '*.yaml' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.j2' '.ci/*' | grep -v '/node_modules/')

# Joins backslash-continued lines, drops comments, prints file:line:text.
logical_lines() {
  awk '
    FNR == 1 { buffer = ""; start = 0 }
    {
      line = $0
      sub(/^[ \t]*#.*/, "", line)
      sub(/^[ \t]*\/\/.*/, "", line)
      if (buffer == "") start = FNR
      if (line ~ /\\$/) { buffer = buffer substr(line, 1, length(line) - 1) " "; next }
      print FILENAME ":" start ":" buffer line
      buffer = ""
    }' "$@"
}

violations=$(logical_lines "${files[@]}" | grep -E \
  -e '(^|[^a-z])npm (install|i|add)( |$|")' \
  -e '(^|[^a-z])npx ' \
  -e '(^|[^a-z])(yarn|pnpm) (add|install)' \
  -e '(^|[^a-z])go (get|install) [^ ]*@latest' \
  -e '(^|[^a-z])pip3? install' | grep -vE 'pip3? install[^|;&]*--require-hashes' |
  grep -v '^scripts/check-pinned-installs.sh:' || true)

if [[ -n "$violations" ]]; then
  echo "check-pinned-installs: installs that resolve versions at install time:" >&2
  echo "$violations" | sed 's/^/  /' >&2
  echo "use 'npm ci' with a committed lockfile, or 'pip install --require-hashes -r FILE'" >&2
  exit 1
fi
echo "check-pinned-installs: ${#files[@]} files, every install pinned"
