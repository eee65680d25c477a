#!/usr/bin/env bash
# secrets.sh against a fake aws CLI: every SecureString is written with the
# stack's customer-managed key (whose policy names the operator and, for its
# own two parameters, the API role), never the default aws/ssm key that any
# role with ssm:GetParameter can use; values never appear on a command line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/store"
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
echo "$*" >>"$FAKE_AWS_LOG"
name=""; value=""
while [[ $# -gt 0 ]]; do
  case "$1" in --name) name="$2"; shift ;; --value) value="$2"; shift ;; esac
  shift
done
file="$FAKE_STORE/$(tr / _ <<<"$name")"
if [[ -n "$value" ]]; then cat "${value#file://}" >"$file"; exit 0; fi
[[ -f "$file" ]] || { echo "ParameterNotFound" >&2; exit 254; }
cat "$file"
FAKE
chmod +x "$work/bin/aws"
export PATH="$work/bin:$PATH" FAKE_AWS_LOG="$work/calls" FAKE_STORE="$work/store"
fail() { echo "FAIL: $*"; cat "$work/calls"; exit 1; }

"$cluster/scripts/secrets.sh" init zz-env >/dev/null
puts="$(grep -c '^ssm put-parameter' "$work/calls")"
[[ "$puts" -eq 4 ]] || fail "expected 4 parameters, wrote $puts"
while read -r line; do
  grep -q -- '--type SecureString --key-id alias/zz-env-secrets --value file://' <<<"$line" || fail "not under the stack's key: $line"
done < <(grep '^ssm put-parameter' "$work/calls")
for f in "$work"/store/*; do
  v="$(cat "$f")"
  ! grep -qF -- "${v#- }" "$work/calls" || fail "a secret value reached a command line"
done
# a second init keeps every value
before="$(cat "$work"/store/*)"
"$cluster/scripts/secrets.sh" init zz-env >/dev/null
[[ "$(cat "$work"/store/*)" == "$before" ]] || fail "init overwrote a secret"
echo "secrets: ok"
