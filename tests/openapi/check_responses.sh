#!/usr/bin/env bash
# Checks every answer logged by the integration suite against the served
# OpenAPI document (check_responses.py; ctest contract.responses, which runs
# after the integration tests that write the log).
#
# Usage: tests/openapi/check_responses.sh MOVIEDB_API_BINARY LOG
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))"
venv="${MOVIEDB_OPENAPI_VENV:-$root/build/openapi-venv}"
(($# == 2)) || { sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# shellcheck source=tests/openapi/ensure-venv.sh
. "$here/ensure-venv.sh"
ensure_venv "$venv" "$here/requirements.txt" python "openapi-schema-validator"

exec "$venv/bin/python" "$here/check_responses.py" --serve "$1" "$2"
