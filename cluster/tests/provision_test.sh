#!/usr/bin/env bash
# provision.sh against a fake aws CLI that records its calls: on creation the
# database image is resolved once and passed as a literal, protection is set
# after the stack exists; on update nothing is re-resolved, the stack policy
# is in place before the update runs, and the image stays the stack's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
echo "$*" >>"$FAKE_AWS_LOG"
case "$1 $2" in
  "cloudformation describe-stacks") [[ -e "$FAKE_STACK" ]] || { echo "Stack does not exist" >&2; exit 254; } ;;
  "cloudformation deploy") touch "$FAKE_STACK" ;;
  "ssm get-parameter") [[ -n "${FAKE_AMI:-}" ]] || { echo "ParameterNotFound" >&2; exit 254; }; echo "$FAKE_AMI" ;;
esac
FAKE
chmod +x "$work/bin/aws"
export PATH="$work/bin:$PATH" FAKE_STACK="$work/stack" FAKE_AWS_LOG="$work/calls"
fail() { echo "FAIL: $*"; cat "$work/calls"; exit 1; }
line_of() { grep -n -- "$1" "$work/calls" | head -1 | cut -d: -f1; }

# create
agent=(SsmAgentVersion=3.3.0.0 "SsmAgentSha256=$(printf '%064d' 0)")
if "$cluster/scripts/provision.sh" zz-env >/dev/null 2>&1; then fail "created without the agent pin"; fi
FAKE_AMI=ami-0123456789abcdef0 "$cluster/scripts/provision.sh" zz-env ApiDesiredSize=3 "${agent[@]}" >/dev/null
grep -q '^ssm get-parameter --name /aws/service/canonical/ubuntu/server/22.04/' "$work/calls" || fail "image not resolved from Canonical's parameter"
grep -q '^cloudformation deploy .*--parameter-overrides EnvName=zz-env ApiDesiredSize=3 SsmAgentVersion=3.3.0.0 SsmAgentSha256=0* DbImageId=ami-0123456789abcdef0$' "$work/calls" || fail "literal DbImageId not passed on create"
grep -q "set-stack-policy --stack-name zz-env --stack-policy-body file://$cluster/provision/stack-policy.json" "$work/calls" || fail "no stack policy"
grep -q 'update-termination-protection --enable-termination-protection --stack-name zz-env' "$work/calls" || fail "no termination protection"
(($(line_of 'cloudformation deploy') < $(line_of set-stack-policy))) || fail "policy on create must follow creation"

# update: a newer image is published; nothing may pick it up
: >"$work/calls"
FAKE_AMI=ami-0fffffffffffffff0 "$cluster/scripts/provision.sh" zz-env ApiDesiredSize=4 >/dev/null
! grep -q '^ssm ' "$work/calls" || fail "image re-resolved on update"
! grep -q 'DbImageId' "$work/calls" || fail "DbImageId overridden on update"
(($(line_of set-stack-policy) < $(line_of 'cloudformation deploy'))) || fail "stack policy must be in place before an update"

# create where the image cannot be resolved: fail, say why, create nothing
rm -f "$work/stack"
: >"$work/calls"
if out="$("$cluster/scripts/provision.sh" zz-env "${agent[@]}" 2>&1)"; then fail "provisioned without an image"; fi
grep -q 'cannot resolve the database image' <<<"$out" || fail "no reason given: $out"
! grep -q 'cloudformation deploy' "$work/calls" || fail "deployed without an image"
echo "provision: ok"
