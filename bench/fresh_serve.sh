#!/usr/bin/env bash
# Times README command (a), ./scripts/serve.sh, on a fresh Debian 12: a
# debootstrap'd root holding only what a new machine of this project's kind has
# before a session (gcc, cmake, ninja, git, Node.js and npm, Python, GoogleTest),
# so that serve.sh installs every other package itself. Needs root, debootstrap
# and Debian's mirror; the sandbox's egress CAs in /usr/local/share/ca-certificates
# are copied in, as a new machine has them.
#
#   bench/fresh_serve.sh [DIR]     (default /srv/fresh; DIR/root is made anew)
#
# Prints the seconds from serve.sh's start until the page answers on 127.0.0.1,
# then checks a sign-in and a list of titles, stops the server (by the PID whose
# root is DIR/root) and unmounts. serve.sh's output: DIR/serve.log.
set -euo pipefail
root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/srv/fresh}"
R="$dir/root"
port=18089

cleanup() {
  for p in $(pgrep -f "moviedb-api serve" || true); do
    [[ "$(readlink "/proc/$p/root" 2>/dev/null)" == "$R" ]] && kill "$p"
  done
  for d in sys proc dev; do mountpoint -q "$R/$d" && umount "$R/$d"; done
  return 0
}
trap cleanup EXIT

if [[ -d "$R" ]]; then
  cleanup
  # Never delete through a bind mount into the host's /dev, /proc or /sys.
  for d in dev proc sys; do
    if mountpoint -q "$R/$d"; then echo "fresh_serve: $R/$d is still mounted" >&2; exit 1; fi
  done
  rm -rf --one-file-system "$R"
fi
mkdir -p "$dir"
debootstrap --variant=minbase bookworm "$R" http://deb.debian.org/debian > "$dir/debootstrap.log" 2>&1
for d in dev proc sys; do mount --bind "/$d" "$R/$d"; done
cp /etc/resolv.conf "$R/etc/resolv.conf"
cp /etc/apt/sources.list.d/debian.sources "$R/etc/apt/sources.list.d/" && rm -f "$R/etc/apt/sources.list"
mkdir -p "$R/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$R/usr/local/share/ca-certificates/" 2>/dev/null || true
chroot "$R" /bin/bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends build-essential cmake ninja-build git ca-certificates nodejs npm python3 \
  googletest libgtest-dev > /tmp/preinstalled.log 2>&1 && update-ca-certificates > /dev/null'
git clone -q "$root_dir" "$R/work/moviedb"
echo "fresh_serve: $(git -C "$R/work/moviedb" log --oneline -1)"

start=$(date +%s)
chroot "$R" /bin/bash -c "cd /work/moviedb && MOVIEDB_LISTEN=127.0.0.1:$port \
  MOVIEDB_ADMIN_PASSWORD=fresh-machine-password ./scripts/serve.sh" > "$dir/serve.log" 2>&1 &
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 $! 2>/dev/null || { echo "fresh_serve: serve.sh stopped; see $dir/serve.log" >&2; exit 1; }
  sleep 2
done
echo "fresh_serve: answering after $(($(date +%s) - start)) s"
curl -sf -X POST -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"fresh-machine-password"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | grep -q '"token"'
curl -sf "http://127.0.0.1:$port/api/v1/movies?page_size=1" | grep -q '"items"'
echo "fresh_serve: signed in as admin and listed titles"
