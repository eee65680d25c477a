#!/usr/bin/env bash
# Publishes a build of the API for the auto-scaling group: packs the binary,
# the web client and the systemd unit into one tarball named by its sha256,
# uploads it to the stack's artifact bucket, records "key sha256" in the
# String parameter /<ENV>/api/release (what instances install at boot, see
# provision/api-boot.sh), publishes the CA certificate as /<ENV>/pki/ca-cert,
# and starts an instance refresh that replaces the API instances one at a time
# (never below 100% healthy). Run as the operator role.
#
#   publish-api.sh ENV
#
# Inputs: MOVIEDB_API_BINARY (default build/moviedb-api), MOVIEDB_WEB_ROOT_SRC
# (default build/web), MOVIEDB_PKI_DIR (default ~/.moviedb/pki/ENV) for ca.pem.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
root="$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$cluster")"
[[ $# -eq 1 ]] || { sed -n '2,14p' "$0" >&2; exit 2; }
env_name="$1"
binary="${MOVIEDB_API_BINARY:-$root/build/moviedb-api}"
web="${MOVIEDB_WEB_ROOT_SRC:-$root/build/web}"
pki="${MOVIEDB_PKI_DIR:-$HOME/.moviedb/pki/$env_name}"
[[ -x "$binary" ]] || { echo "publish-api: no API binary at $binary" >&2; exit 1; }
[[ -d "$web" ]] || { echo "publish-api: no web client at $web" >&2; exit 1; }
[[ -s "$pki/ca.pem" ]] || { echo "publish-api: no CA certificate at $pki/ca.pem" >&2; exit 1; }

output() { aws cloudformation describe-stacks --stack-name "$env_name" \
  --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text; }
bucket="$(output ArtifactBucketName)"
group="$(output ApiAutoScalingGroup)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pkg/bin" "$work/pkg/web"
install -m 0755 "$binary" "$work/pkg/bin/moviedb-api"
cp -R "$web/." "$work/pkg/web/"
# The same unit the Ansible role installs, with the role's paths.
sed -e 's|{{ ansible_managed }}|Published by cluster/scripts/publish-api.sh|' \
  -e 's|{{ api_etc_dir }}|/etc/moviedb|g' -e 's|{{ api_prefix }}|/opt/moviedb|g' \
  "$cluster/ansible/roles/api/templates/moviedb-api.service.j2" >"$work/pkg/moviedb-api.service"
if grep -n '{{\|{%' "$work/pkg/moviedb-api.service"; then echo "publish-api: unit template has unrendered parts" >&2; exit 1; fi
tar -czf "$work/release.tar.gz" -C "$work/pkg" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner bin web moviedb-api.service
digest="$(sha256sum "$work/release.tar.gz" | cut -d' ' -f1)"
key="api/$digest.tar.gz"

aws s3 cp --only-show-errors "$work/release.tar.gz" "s3://$bucket/$key"
aws ssm put-parameter --name "/$env_name/pki/ca-cert" --type String --overwrite --value "file://$pki/ca.pem" >/dev/null
aws ssm put-parameter --name "/$env_name/api/release" --type String --overwrite --value "$key $digest" >/dev/null
aws autoscaling start-instance-refresh --auto-scaling-group-name "$group" \
  --preferences '{"MinHealthyPercentage": 100, "InstanceWarmup": 300}' >/dev/null
echo "publish-api: $key published; instances are being replaced one at a time"
