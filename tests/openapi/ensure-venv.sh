# Sourced by the scripts in tests/openapi: one venv per hashed requirements
# file, installed once and again only when the file changes.
#
#   ensure_venv VENV REQUIREMENTS PROGRAM WHAT
#
# PROGRAM (e.g. python, schemathesis) must exist in VENV/bin for the venv to
# count as installed; WHAT names it in the one line printed while installing.
# A lock keeps parallel runs (ctest -j) from installing over each other.
ensure_venv() {
  local venv="$1" requirements="$2" program="$3" what="$4"
  local stamp="$venv/.moviedb-requirements.txt"
  if [ -x "$venv/bin/$program" ] && cmp -s "$requirements" "$stamp"; then
    return 0
  fi
  mkdir -p "$(dirname "$venv")"
  exec 9>"$venv.lock"
  flock 9
  if ! [ -x "$venv/bin/$program" ] || ! cmp -s "$requirements" "$stamp"; then
    echo "installing $what into $venv" >&2
    python3 -m venv --clear "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes \
      -r "$requirements"
    cp "$requirements" "$stamp"
  fi
  exec 9>&-
}
