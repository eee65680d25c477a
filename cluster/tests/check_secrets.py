"""Fails if a secret is in the repository: private keys, MongoDB keyfile
contents, AWS access keys, passwords inside connection strings. Scans every
file git would commit (tracked plus untracked-but-not-ignored) across the whole
repository, so a key dropped anywhere is caught before the lead commits.

    check_secrets.py

A line containing the marker "not-a-secret" is skipped (for test fixtures
that must show a credential-shaped string); so are URI passwords shorter than
8 characters, which only ever appear in examples and tests.
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=Path(__file__).parent,
                           capture_output=True, text=True, check=True).stdout.strip())

# Values that only stand in for a secret: templating, shell expansion, examples,
# regular expressions (no letter or digit at all).
PLACEHOLDER = re.compile(r"^([^A-Za-z0-9]+|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|\*+|x+|X+|\.\.\.|"
                         r"(user|pass|passwd|password|pwd|secret|changeme|example)|%s|%\(.*\)s)$", re.I)

CHECKS = [
    ("private key", re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")),
    ("AWS access key id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("AWS secret access key", re.compile(r"(?i)aws_secret_access_key\s*[:=]\s*['\"]?[A-Za-z0-9/+]{40}\b")),
]
URI_CREDENTIALS = re.compile(r"mongodb(?:\+srv)?://([^:@/\s'\"]+):([^@/\s'\"]+)@")
BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]{60,}={0,2}$")


def candidate_files():
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, out.decode().split("\0")):
        path = ROOT / name
        if path.is_file() and not path.is_symlink():
            yield name, path


def scan_text(text):
    """Returns (line number, finding) for every secret-looking thing in text."""
    findings = []
    for label, pattern in CHECKS:
        for m in pattern.finditer(text):
            findings.append((text.count("\n", 0, m.start()) + 1, label))
    for m in URI_CREDENTIALS.finditer(text):
        password = m.group(2)
        if len(password) >= 8 and not PLACEHOLDER.match(password):
            findings.append((text.count("\n", 0, m.start()) + 1, "password in a MongoDB URI"))
    # A keyfile (openssl rand -base64 756) is a run of long base64 lines that
    # is not inside a PEM certificate block.
    run, in_cert = 0, False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("-----BEGIN CERTIFICATE"):
            in_cert = True
        elif stripped.startswith("-----END"):
            in_cert = False
        run = run + 1 if (BASE64_LINE.match(stripped) and not in_cert) else 0
        if run == 6:
            findings.append((number, "keyfile-like base64 block"))
    return findings


def self_test():
    """The scanner must catch each kind, built at run time so this file stays clean."""
    dash = "-" * 5
    samples = {
        "private key": f"{dash}BEGIN RSA PRIVATE KEY{dash}\nabc\n",
        "AWS access key id": "key = AKIA" + "ABCDEFGHIJKLMNOP\n",
        "password in a MongoDB URI": "uri = mongodb://app:" + "s3cr3tValue" + "@host:27017/db\n",
        "keyfile-like base64 block": ("QUJD" * 16 + "\n") * 16,
    }
    clean = [
        "mongodb://app:{{ mongo_api_password | urlencode }}@h/db",
        "mongodb://app:${MOVIEDB_MONGO_API_PASSWORD}@h/db",
        "mongodb://app:<password>@h/db",
        "mongodb://127.0.0.1:27017/?tls=true",
        f"{dash}BEGIN CERTIFICATE{dash}\n" + ("QUJD" * 16 + "\n") * 16 + f"{dash}END CERTIFICATE{dash}\n",
    ]
    ok = True
    for label, text in samples.items():
        if label not in [f for _, f in scan_text(text)]:
            print(f"self-test: missed {label}")
            ok = False
    for text in clean:
        if scan_text(text):
            print(f"self-test: false positive on {text[:40]!r}")
            ok = False
    return ok


def main():
    if not self_test():
        return 1
    bad = 0
    scanned = 0
    for name, path in candidate_files():
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue  # binary
        scanned += 1
        text = data.decode("utf-8", "replace")
        lines = text.splitlines()
        for line, label in scan_text(text):
            if line <= len(lines) and "not-a-secret" in lines[line - 1]:
                continue
            print(f"SECRET? {name}:{line}: {label}")
            bad += 1
    print(f"check_secrets: scanned {scanned} files, {bad} finding(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
