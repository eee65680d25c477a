#!/usr/bin/env bash
# Copies provision/api-boot.sh into the API launch template's UserData in
# provision/moviedb-cluster.yaml (CloudFormation takes user data only inline).
# tests/api_boot_test.sh fails when the two differ.
set -euo pipefail
provision="$(cd "$(dirname "${BASH_SOURCE[0]}")/../provision" && pwd)"
python3 - "$provision/moviedb-cluster.yaml" "$provision/api-boot.sh" <<'PY'
import re, sys
template, script = sys.argv[1], sys.argv[2]
text = open(template).read()
body = "".join(("              " + line) if line.strip() else "\n" for line in open(script).read().splitlines(True))
head = "        UserData:\n          Fn::Base64:\n            Fn::Sub: |\n"
start = text.index(head) + len(head)
end = re.compile(r"^(?! {14}|$)", re.M).search(text, start).start()
open(template, "w").write(text[:start] + body + text[end:])
PY
echo "embedded api-boot.sh into moviedb-cluster.yaml"
