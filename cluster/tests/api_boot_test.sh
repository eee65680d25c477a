#!/usr/bin/env bash
# The API tier bootstraps itself: publish-api.sh publishes a release (fake
# AWS CLI backed by a directory), then the launch template's actual user data
# (taken from the template, Fn::Sub applied) boots a sandboxed "instance" with
# fake apt-get, curl (agent download and instance metadata), dpkg and
# systemctl: the agent and the API get installed and started, the API's
# configuration is fetched with only the parameters its role may read, and a
# release or agent whose sha256 differs stops the boot before anything starts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
venv_python="$(git -C "$here" rev-parse --show-toplevel)/build/cluster-venv/bin/python"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; [[ -f "$work/calls" ]] && cat "$work/calls"; exit 1; }

# 1. The template carries exactly provision/api-boot.sh.
"$venv_python" - "$cluster/provision/moviedb-cluster.yaml" "$cluster/provision/api-boot.sh" "$work/boot.sh" <<'PY' || fail "template user data differs from provision/api-boot.sh (run scripts/embed-api-boot.sh)"
import re, sys
from cfnlint.decode import decode
t, _ = decode(sys.argv[1])
embedded = t["Resources"]["ApiLaunchTemplate"]["Properties"]["LaunchTemplateData"]["UserData"]["Fn::Base64"]["Fn::Sub"]
source = open(sys.argv[2]).read()
if embedded != source:
    sys.exit(1)
values = {"AWS::Region": "eu-west-1", "EnvName": "zz-env", "ArtifactBucket": "zz-bucket", "ApiPort": "8080",
          "SsmAgentVersion": "3.3.0.0", "SsmAgentSha256": "AGENT_SHA"}
def sub(m):
    if m.group(1) not in values:
        raise SystemExit("unknown Fn::Sub variable " + m.group(1))
    return values[m.group(1)]
open(sys.argv[3], "w").write(re.sub(r"\$\{([^}!]+)\}", sub, source))
PY
shellcheck --severity=style "$work/boot.sh" || fail "rendered user data fails shellcheck"

# 2. Fakes. The AWS CLI keeps parameters and objects in $work/aws.
mkdir -p "$work/bin" "$work/aws/ssm" "$work/aws/s3" "$work/build/web" "$work/pki"
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
echo "aws $*" >>"$FAKE_LOG"
name=""; value=""; out="text"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in --name) name="${args[$((i + 1))]}" ;; --value) value="${args[$((i + 1))]}" ;; esac
done
case "$1 $2" in
  "cloudformation describe-stacks")
    [[ "$*" == *ArtifactBucketName* ]] && echo zz-bucket || echo zz-api-group ;;
  "ssm put-parameter")
    if [[ "$value" == file://* ]]; then cat "${value#file://}"; else printf '%s' "$value"; fi >"$FAKE_AWS/ssm/$(tr / _ <<<"$name")" ;;
  "ssm get-parameter")
    # the instance role's view: its own credentials, the CA certificate, the release
    case "$name" in /zz-env/mongo/api-password | /zz-env/mongo/monitor-password | /zz-env/pki/ca-cert | /zz-env/api/release) ;;
      *) echo "AccessDeniedException: $name" >&2; exit 254 ;; esac
    cat "$FAKE_AWS/ssm/$(tr / _ <<<"$name")" ;;
  "s3 cp")
    src="${args[-2]}"; dst="${args[-1]}"
    [[ "$src" == s3://* ]] && cp "$FAKE_AWS/s3/$(tr / _ <<<"${src#s3://}")" "$dst" || cp "$src" "$FAKE_AWS/s3/$(tr / _ <<<"${dst#s3://}")" ;;
  "autoscaling start-instance-refresh") ;;
  *) echo "unexpected aws $*" >&2; exit 1 ;;
esac
FAKE
cat >"$work/bin/curl" <<'FAKE'
#!/usr/bin/env bash
echo "curl $*" >>"$FAKE_LOG"
case "$*" in
  *latest/api/token*) echo token ;;
  *meta-data/local-ipv4*) echo 10.20.64.77 ;;
  *amazon-ssm-agent.deb*) out=""; while [[ $# -gt 0 ]]; do [[ "$1" == -o ]] && out="$2"; shift; done; cp "$FAKE_AGENT" "$out" ;;
  *) exit 22 ;;
esac
FAKE
# each records its call; getent and id answer "no such user", so the boot creates it
for cmd in apt-get dpkg systemctl getent groupadd useradd id chown; do
  cat >"$work/bin/$cmd" <<FAKE
#!/usr/bin/env bash
echo "$cmd \$*" >>"\$FAKE_LOG"
[[ "$cmd" != getent && "$cmd" != id ]]
FAKE
done
chmod +x "$work/bin"/*
printf 'agent package' >"$work/agent.deb"
printf '#!/bin/sh\necho moviedb-api\n' >"$work/build/moviedb-api" && chmod +x "$work/build/moviedb-api"
echo '<html></html>' >"$work/build/web/index.html"
printf 'CA CERTIFICATE\n' >"$work/pki/ca.pem" # not-a-secret: a placeholder file
export PATH="$work/bin:$PATH" FAKE_LOG="$work/calls" FAKE_AWS="$work/aws" FAKE_AGENT="$work/agent.deb"
printf '%s' 0123456789abcdef0123456789abcdef01234567 >"$work/aws/ssm/_zz-env_mongo_api-password"
printf '%s' fedcba9876543210fedcba9876543210fedcba98 >"$work/aws/ssm/_zz-env_mongo_monitor-password"
printf 'root secret\n' >"$work/aws/ssm/_zz-env_mongo_admin-password" # not-a-secret: fake store content

# 3. Publish.
MOVIEDB_API_BINARY="$work/build/moviedb-api" MOVIEDB_WEB_ROOT_SRC="$work/build/web" MOVIEDB_PKI_DIR="$work/pki" \
  "$cluster/scripts/publish-api.sh" zz-env >/dev/null || fail "publish-api.sh failed"
grep -q 'start-instance-refresh --auto-scaling-group-name zz-api-group --preferences {"MinHealthyPercentage": 100' "$work/calls" || fail "no instance refresh"
read -r key digest < <(cat "$work/aws/ssm/_zz-env_api_release"; echo)
[[ "$key" == "api/$digest.tar.gz" ]] || fail "release parameter: $key $digest"

boot() { # root -> status
  sed "s/AGENT_SHA/$(sha256sum "$work/agent.deb" | cut -d' ' -f1)/" "$work/boot.sh" >"$work/boot-run.sh"
  MOVIEDB_BOOT_ROOT="$1" bash "$work/boot-run.sh" >"$1.log" 2>&1
}

# 4. Boot.
inst="$work/instance" && mkdir -p "$inst"
boot "$inst" || { cat "$inst.log"; fail "boot failed"; }
[[ -x "$inst/opt/moviedb/bin/moviedb-api" && -f "$inst/opt/moviedb/web/index.html" ]] || fail "release not installed"
unit="$inst/etc/systemd/system/moviedb-api.service"
grep -q 'EnvironmentFile=/etc/moviedb/api.env' "$unit" || fail "unit without the environment file"
grep -q 'ExecStart=/opt/moviedb/bin/moviedb-api serve' "$unit" || fail "unit without the API"
env_file="$inst/etc/moviedb/api.env"
[[ "$(stat -c %a "$env_file")" == 640 ]] || fail "api.env mode $(stat -c %a "$env_file")"
grep -q '^MOVIEDB_LISTEN=10.20.64.77:8080$' "$env_file" || fail "listen address"
grep -q '@mongos-1.db.zz-env.internal:27017,mongos-2.db.zz-env.internal:27017/moviedb?' "$env_file" || fail "store URI lacks the routers"
grep -q '^MOVIEDB_MONITOR_STORE=mongodb://moviedb-monitor:' "$env_file" || fail "monitor URI"
! grep -q 'root secret' "$env_file" || fail "admin password reached the instance"
grep -q 'CA CERTIFICATE' "$inst/etc/moviedb/ca.pem" || fail "CA certificate"
grep -q '^systemctl enable --now amazon-ssm-agent' "$work/calls" || fail "SSM agent not started"
grep -q '^systemctl enable --now moviedb-api' "$work/calls" || fail "API not started"
! grep -q 'ssm get-parameter.*admin-password\|ssm get-parameter.*keyfile' "$work/calls" || fail "asked for cluster secrets"

# 5. A release whose bytes differ from the recorded digest never starts.
for object in "$work"/aws/s3/*; do printf 'tampered' >>"$object"; done
: >"$work/calls"
inst2="$work/tampered" && mkdir -p "$inst2"
if boot "$inst2"; then fail "booted a tampered release"; fi
! grep -q 'enable --now moviedb-api' "$work/calls" || fail "started the API from a tampered release"
# ...nor does an instance whose agent package differs from the pinned sha256
printf 'other agent' >"$work/agent-other.deb"
sed "s/AGENT_SHA/$(sha256sum "$work/agent.deb" | cut -d' ' -f1)/" "$work/boot.sh" >"$work/boot-run.sh"
: >"$work/calls"
if FAKE_AGENT="$work/agent-other.deb" MOVIEDB_BOOT_ROOT="$work/other" bash "$work/boot-run.sh" >/dev/null 2>&1; then fail "installed an unpinned agent"; fi
! grep -q '^dpkg' "$work/calls" || fail "dpkg ran on an unverified agent"
echo "api boot: ok"
