#!/usr/bin/env bash
# The cluster CA survives its operator: ansible/pki.yml (Debian's ansible, on
# this machine, members' TLS directories in a sandbox) makes a CA only when no
# member trusts one, and stores it in Parameter Store at once (fake AWS CLI
# backed by a directory); secrets.sh pki-pull gives another machine the same
# CA, and neither side ever replaces a CA with a different one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; cat "$work/calls" 2>/dev/null; exit 1; }
mkdir -p "$work/bin" "$work/store"
cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
echo "aws $*" >>"$FAKE_LOG"
name=""; value=""; query=""
while [[ $# -gt 0 ]]; do
  case "$1" in --name) name="$2"; shift ;; --value) value="$2"; shift ;; --query) query="$2"; shift ;; esac
  shift
done
file="$FAKE_STORE/$(tr / _ <<<"$name")"
if [[ -n "$value" ]]; then cat "${value#file://}" >"$file"; exit 0; fi
[[ -f "$file" ]] || { echo "ParameterNotFound" >&2; exit 254; }
if [[ "$query" == Parameter.Name ]]; then echo "$name"; else cat "$file"; fi
FAKE
chmod +x "$work/bin/aws"
export PATH="$work/bin:$PATH" FAKE_LOG="$work/calls" FAKE_STORE="$work/store"

pki_play() { # extra ansible args...
  (cd "$cluster/ansible" && ansible-playbook -i inventory/sample.yml pki.yml -e ansible_connection=local \
    -e "mongo_tls_dir=$work/members/{{ inventory_hostname }}" -e "mongo_pki_dir=$work/pki" "$@" 2>&1)
}

# A. a new environment: the CA is made and stored at once
out="$(pki_play)" || fail "fresh CA refused: $out"
[[ -s "$work/pki/ca.key" && -s "$work/pki/ca.pem" ]] || fail "no CA made"
grep -q 'put-parameter --name /moviedb-prod/pki/ca-key --type SecureString --key-id alias/moviedb-prod-secrets' "$work/calls" || fail "CA key not stored under the stack's key"
grep -q 'put-parameter --name /moviedb-prod/pki/ca-cert --type String' "$work/calls" || fail "CA certificate not stored"
cmp -s "$work/pki/ca.key" "$work/store/_moviedb-prod_pki_ca-key" || fail "stored key differs"
cp -a "$work/pki" "$work/original"

# B. another operator's machine: deploy.sh pulls the same CA; the play then changes nothing
out="$("$cluster/scripts/secrets.sh" pki-pull moviedb-prod "$work/elsewhere")" || fail "pull failed: $out"
cmp -s "$work/elsewhere/ca.key" "$work/original/ca.key" || fail "pulled CA key differs"
cmp -s "$work/elsewhere/ca.pem" "$work/original/ca.pem" || fail "pulled CA certificate differs"
[[ "$(stat -c %a "$work/elsewhere/ca.key")" == 600 ]] || fail "pulled key is not private"
: >"$work/calls"
out="$(pki_play -e "mongo_pki_dir=$work/elsewhere")" || fail "re-run refused: $out"
cmp -s "$work/elsewhere/ca.key" "$work/original/ca.key" || fail "the play replaced the CA"

# C. a machine without the CA, nothing stored, but a member trusts a CA: refuse
rm -rf "$work/pki" "$work/store"/* && mkdir -p "$work/members/shard0-2" && cp "$work/original/ca.pem" "$work/members/shard0-2/"
: >"$work/calls"
if out="$(pki_play)"; then fail "minted a CA for a running cluster"; fi
grep -q 'already trust a CA' <<<"$out" || fail "no reason given: $out"
[[ ! -e "$work/pki/ca.key" ]] || fail "a CA was made anyway"
! grep -q 'put-parameter' "$work/calls" || fail "something was stored"

# D. a stored CA is never replaced, and E. a different local CA is never overwritten
"$cluster/scripts/secrets.sh" pki-push moviedb-prod "$work/original" >/dev/null
"$cluster/scripts/make-pki.sh" "$work/other" ca >/dev/null
if "$cluster/scripts/secrets.sh" pki-push moviedb-prod "$work/other" 2>/dev/null; then fail "replaced the stored CA"; fi
cmp -s "$work/store/_moviedb-prod_pki_ca-key" "$work/original/ca.key" || fail "stored CA changed"
if "$cluster/scripts/secrets.sh" pki-pull moviedb-prod "$work/other" 2>/dev/null; then fail "overwrote a different local CA"; fi
echo "pki: ok"
