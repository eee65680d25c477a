#!/usr/bin/env bash
# The cluster's secrets live in SSM Parameter Store (SecureString) under
# /<ENV>/mongo/, are generated here, and reach Ansible only as environment
# variables of one run. Nothing is written to the repository or to disk
# outside a private temporary file that is removed at once.
#
#   secrets.sh init ENV                    create missing parameters (never overwrites)
#   secrets.sh exec ENV -- COMMAND...      run COMMAND with MOVIEDB_MONGO_* set from SSM
#                                          (variables already set in the environment win)
#   secrets.sh rotate-keyfile ENV begin    keyfile := [old key, new key]  (then site.yml + rolling.yml)
#   secrets.sh rotate-keyfile ENV finish   keyfile := [new key]           (then site.yml + rolling.yml)
#   secrets.sh rotate-password ENV api|monitor   new password (then site.yml resets it in MongoDB)
#   secrets.sh pki-push ENV DIR            store DIR/ca.key (SecureString) and DIR/ca.pem (String)
#                                          as /<ENV>/pki/ca-key, ca-cert; never replaces a stored CA
#   secrets.sh pki-pull ENV DIR            write the stored CA into DIR (ca.key 0600, ca.pem);
#                                          refuses if DIR holds a different CA
#
# Needs the aws CLI with the stack's operator role (OperatorRole): only it may
# read/write /<ENV>/* and use the key alias/<ENV>-secrets that encrypts every
# SecureString here (instance roles cannot decrypt it; see the README's
# "What each role can read").
set -euo pipefail

usage() { sed -n '2,19p' "$0" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
cmd="$1"
env_name="$2"
shift 2
[[ "$env_name" =~ ^[a-z][a-z0-9-]{2,30}$ ]] || { echo "secrets: bad environment name '$env_name'" >&2; exit 2; }
prefix="/$env_name/mongo"

# parameter name -> environment variable
names=(keyfile admin-password api-password monitor-password)
vars=(MOVIEDB_MONGO_KEYFILE MOVIEDB_MONGO_ADMIN_PASSWORD MOVIEDB_MONGO_API_PASSWORD MOVIEDB_MONGO_MONITOR_PASSWORD)

get() { aws ssm get-parameter --name "$prefix/$1" --with-decryption --query Parameter.Value --output text; }
exists() { aws ssm get-parameter --name "$prefix/$1" --query Parameter.Name --output text >/dev/null 2>&1; }

# The value goes through a 0600 file, never argv, so ps cannot show it.
put() { # name value [--overwrite]
  local tmp
  tmp="$(umask 077 && mktemp)"
  printf '%s' "$2" >"$tmp"
  aws ssm put-parameter --name "$prefix/$1" --type SecureString --key-id "alias/$env_name-secrets" \
    --value "file://$tmp" ${3:+"$3"} >/dev/null
  rm -f "$tmp"
}

# The CA lives in Parameter Store too, so it survives the machine of whoever
# created it, and every operator signs with the same CA.
pki_get() { aws ssm get-parameter --name "/$env_name/pki/$1" ${2:+"$2"} --query Parameter.Value --output text; }
pki_exists() { aws ssm get-parameter --name "/$env_name/pki/$1" --query Parameter.Name --output text >/dev/null 2>&1; }

# One line of base64 (1008 characters, under mongod's 1024 per key) so that
# keys can be listed side by side in the YAML keyfile format during rotation.
new_key() { openssl rand -base64 756 | tr -d '\n'; }
new_password() { openssl rand -hex 24; }

case "$cmd" in
  init)
    for name in "${names[@]}"; do
      if exists "$name"; then
        echo "secrets: $prefix/$name exists (kept)"
        continue
      fi
      if [[ "$name" == keyfile ]]; then value="- $(new_key)"; else value="$(new_password)"; fi
      put "$name" "$value"
      echo "secrets: created $prefix/$name"
    done
    ;;
  exec)
    [[ "${1:-}" == "--" ]] && shift
    [[ $# -gt 0 ]] || usage
    for i in "${!names[@]}"; do
      if [[ -z "${!vars[$i]:-}" ]]; then
        value="$(get "${names[$i]}")"
        export "${vars[$i]}=$value"
      fi
    done
    exec "$@"
    ;;
  rotate-keyfile)
    current="$(get keyfile)"
    case "${1:-}" in
      begin)
        # mongod accepts every key in the list, so members restarted with
        # [old, new] still talk to members that only know old.
        put keyfile "$(printf '%s\n- %s' "$(grep -m1 '^- ' <<<"$current")" "$(new_key)")" --overwrite
        echo "secrets: keyfile now holds [old, new]; run deploy.sh $env_name site.yml, then rolling.yml"
        ;;
      finish)
        last="$(grep '^- ' <<<"$current" | tail -n 1)"
        [[ "$(grep -c '^- ' <<<"$current")" -ge 2 ]] || { echo "secrets: no rotation in progress" >&2; exit 1; }
        put keyfile "$last" --overwrite
        echo "secrets: keyfile now holds [new]; run deploy.sh $env_name site.yml, then rolling.yml"
        ;;
      *) usage ;;
    esac
    ;;
  rotate-password)
    case "${1:-}" in
      api | monitor) put "$1-password" "$(new_password)" --overwrite ;;
      *) usage ;;
    esac
    echo "secrets: new $1 password stored; run deploy.sh $env_name site.yml (updates the user, then the API's environment)"
    ;;
  pki-push)
    dir="${1:?DIR}"
    [[ -s "$dir/ca.key" && -s "$dir/ca.pem" ]] || { echo "secrets: no CA in $dir" >&2; exit 1; }
    if pki_exists ca-cert; then
      [[ "$(pki_get ca-cert)" == "$(cat "$dir/ca.pem")" ]] ||
        { echo "secrets: /$env_name/pki holds a different CA; refusing to replace it (pki-pull it instead)" >&2; exit 1; }
      echo "secrets: /$env_name/pki already holds this CA"
      exit 0
    fi
    aws ssm put-parameter --name "/$env_name/pki/ca-key" --type SecureString --key-id "alias/$env_name-secrets" \
      --value "file://$dir/ca.key" >/dev/null
    aws ssm put-parameter --name "/$env_name/pki/ca-cert" --type String --value "file://$dir/ca.pem" >/dev/null
    echo "secrets: stored the CA of $dir as /$env_name/pki/ca-key and ca-cert"
    ;;
  pki-pull)
    dir="${1:?DIR}"
    pki_exists ca-cert || { echo "secrets: /$env_name/pki holds no CA yet"; exit 0; }
    cert="$(pki_get ca-cert)"
    if [[ -s "$dir/ca.pem" ]]; then
      [[ "$(cat "$dir/ca.pem")" == "$cert" ]] ||
        { echo "secrets: $dir/ca.pem is not the CA of $env_name (/$env_name/pki/ca-cert); move it away" >&2; exit 1; }
    fi
    (
      umask 077
      mkdir -p "$dir"
      pki_get ca-key --with-decryption >"$dir/ca.key.new"
      mv "$dir/ca.key.new" "$dir/ca.key"
    )
    printf '%s\n' "$cert" >"$dir/ca.pem"
    chmod 0644 "$dir/ca.pem"
    echo "secrets: $dir now holds the CA of $env_name"
    ;;
  *) usage ;;
esac
