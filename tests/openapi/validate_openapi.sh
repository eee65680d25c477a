#!/usr/bin/env bash
# Validates moviedb's OpenAPI document (generated from the server's route
# table): openapi-spec-validator, the access conventions, and every example
# against its schema. Prints "N passed, N failed"; exits 1 on failure.
#
# Usage: tests/openapi/validate_openapi.sh URL|FILE
#        tests/openapi/validate_openapi.sh --serve MOVIEDB_API_BINARY
#   URL       a running server (http://127.0.0.1:8080: fetches /openapi.json and
#             checks /api/v1/openapi.json is the same) or the document's URL
#   FILE      a saved document
#   --serve   start this moviedb-api on a free loopback port with a scratch
#             store, check it as a running server, stop it (for ctest)
#
# The validator (tests/openapi/requirements.txt, from PyPI) is installed once
# into build/openapi-venv of this checkout (MOVIEDB_OPENAPI_VENV overrides);
# later runs reuse it until requirements.txt changes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))"
venv="${MOVIEDB_OPENAPI_VENV:-$root/build/openapi-venv}"

usage() {
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
case "$#:${1:-}" in
  1:-h | 1:--help | 1:--serve) usage ;;
  1:*) args=("$1") ;;
  2:--serve) args=(--serve "$2") ;;
  *) usage ;;
esac

# shellcheck source=tests/openapi/ensure-venv.sh
. "$here/ensure-venv.sh"
ensure_venv "$venv" "$here/requirements.txt" python "openapi-spec-validator"

exec "$venv/bin/python" "$here/check_openapi.py" "${args[@]}"
