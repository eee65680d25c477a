#!/usr/bin/env bash
# Creates or updates the CloudFormation stack ENV without ever replacing a
# stateful resource:
#   - the database image is resolved ONCE, when the stack is created, from
#     Canonical's SSM parameter, and passed as the literal DbImageId; updates
#     keep the stack's value (aws cloudformation deploy reuses the existing
#     value of every parameter not overridden), so a newly published image
#     changes nothing;
#   - the stack policy (provision/stack-policy.json) is set before every update
#     and right after creation: no Update:Replace/Update:Delete of instances,
#     volumes, their attachments, the private zone or KMS keys, no Update:Modify
#     of instances (that would stop every member of a tier at once);
#   - termination protection is enabled on the stack.
# https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/protect-stack-resources.html
# https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html
#
#   provision.sh ENV [Key=Value ...]    # extra parameter overrides, e.g. ApiDesiredSize=4
#   (creation also needs SsmAgentVersion=... SsmAgentSha256=...)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
provision="$(dirname "$here")/provision"
[[ $# -ge 1 ]] || { sed -n '2,18p' "$0" >&2; exit 2; }
env_name="$1"
shift
ami_parameter="${MOVIEDB_DB_AMI_PARAMETER:-/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id}"
policy="file://$provision/stack-policy.json"
overrides=("EnvName=$env_name" "$@")

set_protection() {
  aws cloudformation set-stack-policy --stack-name "$env_name" --stack-policy-body "$policy"
  aws cloudformation update-termination-protection --enable-termination-protection --stack-name "$env_name" >/dev/null
}

if aws cloudformation describe-stacks --stack-name "$env_name" >/dev/null 2>&1; then
  exists=1
  set_protection
else
  exists=0
  for required in SsmAgentVersion SsmAgentSha256; do
    printf '%s\n' "$@" | grep -q "^$required=" ||
      { echo "provision: creating $env_name needs $required=... (the SSM agent API instances install at boot; see README)" >&2; exit 2; }
  done
  if ! printf '%s\n' "$@" | grep -q '^DbImageId='; then
    ami="$(aws ssm get-parameter --name "$ami_parameter" --query Parameter.Value --output text)" ||
      { echo "provision: cannot resolve the database image from $ami_parameter" >&2; exit 1; }
    [[ "$ami" =~ ^ami-[0-9a-f]+$ ]] || { echo "provision: $ami_parameter gave '$ami', not an AMI id" >&2; exit 1; }
    echo "provision: database image $ami (from $ami_parameter, pinned in the stack from now on)"
    overrides+=("DbImageId=$ami")
  fi
fi

aws cloudformation deploy --stack-name "$env_name" --template-file "$provision/moviedb-cluster.yaml" \
  --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset --parameter-overrides "${overrides[@]}"
((exists)) || set_protection
echo "provision: $env_name is up; stack policy and termination protection in place"
