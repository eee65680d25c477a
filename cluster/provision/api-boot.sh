#!/bin/bash
# shellcheck disable=SC2154  # the capitalised names are Fn::Sub variables, filled by CloudFormation
# User data of every API instance (embedded in moviedb-cluster.yaml's
# ApiLaunchTemplate by scripts/embed-api-boot.sh; dollar-brace names are
# CloudFormation Fn::Sub variables, so the script uses none of its own). A scale-out or a
# replaced instance serves without a human:
#   1. installs the API's runtime libraries and the SSM agent (pinned version,
#      sha256 checked: the Debian image has no agent, and operators reach
#      instances only through Session Manager);
#   2. fetches the published release (s3://<bucket>/<key>, sha256 checked; key
#      and digest in the String parameter /<env>/api/release, written by
#      scripts/publish-api.sh) and unpacks it into /opt/moviedb;
#   3. fetches its own configuration: its two database passwords and the CA
#      certificate (the only parameters its role may read) into
#      /etc/moviedb/api.env (root:moviedb 0640) and /etc/moviedb/ca.pem;
#   4. starts moviedb-api; the auto-scaling group registers the instance with
#      the load balancer, whose health check (/healthz) then admits it.
# MOVIEDB_BOOT_ROOT prefixes every path written (tests only; empty on EC2).
set -euo pipefail
root="$(printenv MOVIEDB_BOOT_ROOT || true)"
mkdir -p "$root/var/log"
exec > >(tee -a "$root/var/log/moviedb-boot.log") 2>&1

region="${AWS::Region}"
env_name="${EnvName}"
bucket="${ArtifactBucket}"
agent_url="https://s3.${AWS::Region}.amazonaws.com/amazon-ssm-${AWS::Region}/${SsmAgentVersion}/debian_amd64/amazon-ssm-agent.deb"
agent_sha256="${SsmAgentSha256}"
routers="mongos-1.db.${EnvName}.internal:27017,mongos-2.db.${EnvName}.internal:27017"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends awscli curl ca-certificates \
  libboost-json1.81.0 libmongoc-1.0-0 libbson-1.0-0 libsodium23 libsqlite3-0

curl -fsSL --retry 5 -o "$work/agent.deb" "$agent_url"
echo "$agent_sha256  $work/agent.deb" | sha256sum -c -
dpkg -i "$work/agent.deb"
systemctl enable --now amazon-ssm-agent

param() { # name [--with-decryption]
  local name="$1"
  shift
  aws ssm get-parameter --region "$region" --name "/$env_name/$name" "$@" --query Parameter.Value --output text
}
read -r key digest <<<"$(param api/release)"
aws s3 cp --region "$region" --only-show-errors "s3://$bucket/$key" "$work/release.tar.gz"
echo "$digest  $work/release.tar.gz" | sha256sum -c -

getent group moviedb >/dev/null || groupadd --system moviedb
id moviedb >/dev/null 2>&1 || useradd --system --gid moviedb --home-dir /opt/moviedb --no-create-home --shell /usr/sbin/nologin moviedb
mkdir -p "$root/opt/moviedb" "$root/etc/moviedb" "$root/etc/systemd/system"
tar -xzf "$work/release.tar.gz" -C "$root/opt/moviedb" --no-same-owner bin web moviedb-api.service
chmod 0755 "$root/opt/moviedb/bin/moviedb-api"
install -m 0644 "$root/opt/moviedb/moviedb-api.service" "$root/etc/systemd/system/moviedb-api.service"

param pki/ca-cert >"$work/ca.pem"
install -m 0644 "$work/ca.pem" "$root/etc/moviedb/ca.pem"
api_password="$(param mongo/api-password --with-decryption)"
monitor_password="$(param mongo/monitor-password --with-decryption)"
# secrets.sh makes hex passwords: nothing to URL-encode, and anything else is refused
[[ "$api_password" =~ ^[0-9a-f]{32,}$ && "$monitor_password" =~ ^[0-9a-f]{32,}$ ]] || { echo "unexpected password format" >&2; exit 1; }
token="$(curl -fsS -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token)"
address="$(curl -fsS -H "X-aws-ec2-metadata-token: $token" http://169.254.169.254/latest/meta-data/local-ipv4)"
options="authSource=admin&tls=true&tlsCAFile=/etc/moviedb/ca.pem&readPreference=secondaryPreferred&w=majority&retryWrites=true"
(
  umask 027
  {
    echo "# written at boot by the instance's user data (cluster/provision/api-boot.sh)"
    echo "MOVIEDB_LISTEN=$address:${ApiPort}"
    echo "MOVIEDB_WEB_ROOT=/opt/moviedb/web"
    echo "MOVIEDB_STORE=mongodb://moviedb-api:$api_password@$routers/moviedb?$options&appname=moviedb-api"
    echo "MOVIEDB_MONITOR_STORE=mongodb://moviedb-monitor:$monitor_password@$routers/admin?$options&appname=moviedb-api-monitor"
  } >"$root/etc/moviedb/api.env"
)
chown root:moviedb "$root/etc/moviedb/api.env" "$root/etc/moviedb"
chmod 0750 "$root/etc/moviedb"

systemctl daemon-reload
systemctl enable --now moviedb-api
echo "moviedb-boot: release $key serving on $address:${ApiPort}"
