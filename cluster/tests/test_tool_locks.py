"""The committed lock files pin everything install-tools.sh installs: every
Python requirement has an exact version and a hash (pip --require-hashes would
refuse otherwise, but only on the next cold install), the top-level pins of
requirements.in are the ones locked, and package-lock.json locks the exact
mongosh of package.json with an integrity hash for every package."""
import json
import re
import sys
import unittest
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def requirements(path):
    """name -> (version, [hashes]) from a pip requirements file."""
    text = path.read_text().replace("\\\n", " ")
    out = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)(.*)$", line)
        if not m:
            raise AssertionError("not an exact pin: " + line)
        out[m.group(1).lower()] = (m.group(2), re.findall(r"--hash=sha256:([0-9a-f]{64})", m.group(3)))
    return out


class LockTest(unittest.TestCase):
    def test_every_python_package_pinned_with_hashes(self):
        locked = requirements(TOOLS / "requirements.txt")
        self.assertGreater(len(locked), 10)  # the tools' transitive closure, not just the three
        for name, (version, hashes) in locked.items():
            self.assertTrue(hashes, name + "==" + version + " has no hash")

    def test_top_level_pins_are_the_locked_ones(self):
        wanted = requirements(TOOLS / "requirements.in")
        locked = requirements(TOOLS / "requirements.txt")
        self.assertEqual(sorted(wanted), ["ansible-core", "ansible-lint", "cfn-lint"])
        for name, (version, _) in wanted.items():
            self.assertEqual(locked[name][0], version, name)

    def test_npm_lock_matches_package_json(self):
        manifest = json.loads((TOOLS / "package.json").read_text())
        lock = json.loads((TOOLS / "package-lock.json").read_text())
        self.assertEqual(manifest["dependencies"], {"mongosh": "2.12.0"})  # exact, no range
        self.assertEqual(lock["packages"][""]["dependencies"], manifest["dependencies"])
        self.assertEqual(lock["packages"]["node_modules/mongosh"]["version"], "2.12.0")
        for path, entry in lock["packages"].items():
            if path and not entry.get("link"):
                self.assertRegex(entry.get("integrity", ""), r"^sha(256|384|512)-", path)


if __name__ == "__main__":
    sys.exit(not unittest.main(exit=False, verbosity=1).result.wasSuccessful())
