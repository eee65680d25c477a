#!/usr/bin/env bash
# A private CA and per-node TLS certificates for MongoDB, created only if absent.
#
#   make-pki.sh DIR ca
#   make-pki.sh DIR node NAME SAN[,SAN...]     e.g. DNS:cfg-1.db.x.internal,IP:10.20.48.10
#
# Writes DIR/ca.pem (public), DIR/ca.key and DIR/NAME.pem (certificate + key,
# the format of net.tls.certificateKeyFile), private files mode 0600.
# Every node certificate carries O=moviedb, OU=cluster and both serverAuth and
# clientAuth: that is what x.509 member authentication (clusterAuthMode x509)
# needs, and it is harmless with keyFile member authentication.
# DIR lives outside the repository (default ~/.moviedb/pki/<env>): the CA key
# signs cluster members and must never be committed.
set -euo pipefail
umask 077

usage() { echo "usage: $0 DIR ca | $0 DIR node NAME SAN[,SAN...]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
dir="$1"
kind="$2"
mkdir -p "$dir"

make_ca() {
  [[ -s "$dir/ca.pem" && -s "$dir/ca.key" ]] && return 0
  openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 3650 \
    -subj "/O=moviedb/OU=ca/CN=moviedb-cluster-ca" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  chmod 0644 "$dir/ca.pem"
  echo "make-pki: created CA in $dir"
}

make_node() {
  local name="$1" sans="$2" work
  [[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "make-pki: bad node name '$name'" >&2; exit 2; }
  [[ -s "$dir/$name.pem" ]] && return 0
  make_ca
  work="$(mktemp -d)"
  # shellcheck disable=SC2064  # expand now: $work is local to this function
  trap "rm -rf '$work'" RETURN
  printf '%s\n' \
    "basicConstraints=CA:FALSE" \
    "keyUsage=digitalSignature,keyEncipherment" \
    "extendedKeyUsage=serverAuth,clientAuth" \
    "subjectAltName=$sans" >"$work/ext"
  openssl req -new -newkey rsa:3072 -nodes -sha256 \
    -subj "/O=moviedb/OU=cluster/CN=$name" \
    -keyout "$work/key" -out "$work/csr" 2>/dev/null
  # A random serial instead of a serial file: Ansible issues certificates for
  # many hosts in parallel.
  openssl x509 -req -in "$work/csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
    -days 825 -sha256 -extfile "$work/ext" -out "$work/crt" 2>/dev/null
  cat "$work/crt" "$work/key" >"$dir/$name.pem"
  echo "make-pki: issued $name ($sans)"
}

case "$kind" in
  ca) make_ca ;;
  node) [[ $# -eq 4 ]] || usage; make_node "$3" "$4" ;;
  *) usage ;;
esac
