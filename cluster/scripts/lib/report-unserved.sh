# shellcheck shell=bash
# report_unserved pip|npm LOG: after a failed locked install, names each
# locked package the registry did not serve (or served with other bytes than
# the lock's hash), one "install-tools: NOT SERVED ..." line each, then the
# end of the log. Sourced by install-tools.sh; always returns 0.
report_unserved() {
  local tool="$1" log="$2" lines
  case "$tool" in
    pip)
      # pip's wording: "No matching distribution found for NAME==VERSION" and,
      # for bytes that differ from the lock, the requirement line under
      # "THESE PACKAGES DO NOT MATCH THE HASHES".
      lines="$(
        sed -n 's/.*No matching distribution found for \(.*\)$/\1 (no such version or no wheel for this platform)/p' "$log"
        awk '/DO NOT MATCH THE HASHES/ {h=1; next} h && /^ +[^ ].*==.* from / {sub(/^ +/, ""); sub(/ from .*/, ""); print $0 " (hash differs from the lock)"}' "$log"
        sed -n 's/.*Hashes are required in --require-hashes mode.*/a dependency missing from requirements.txt (regenerate it)/p' "$log"
        true
      )"
      ;;
    npm)
      # npm's wording: "No matching version found for NAME@VERSION",
      # "'NAME@VERSION' is not in this registry" (npm 11: "The requested resource
      # 'NAME@VERSION' could not be found"), "404 Not Found - GET URL",
      # and EINTEGRITY for bytes that differ from package-lock.json.
      lines="$(
        sed -n -e 's/.*No matching version found for \([^ ]*\)\.$/\1 (no such version)/p' \
          -e "s/.*'\\([^']*\\)' is not in this registry.*/\\1 (not in the registry)/p" \
          -e "s/.*requested resource '\\([^']*\\)' could not be found.*/\\1 (not in the registry)/p" \
          -e 's/.*404 Not Found - GET \([^ ]*\).*/\1 (404)/p' "$log"
        grep -o 'EINTEGRITY.*\|integrity checksum failed.*' "$log" | sed 's/$/ (bytes differ from the lock)/'
        true
      )"
      ;;
  esac
  echo "install-tools: FAILED: $tool could not install the locked set" >&2
  if [[ -n "$lines" ]]; then
    sort -u <<<"$lines" | sed "s/^/install-tools: NOT SERVED by $tool's registry: /" >&2
  else
    echo "install-tools: no package named in the log; its end follows" >&2
  fi
  tail -n 25 "$log" | sed 's/^/    /' >&2
  return 0
}
