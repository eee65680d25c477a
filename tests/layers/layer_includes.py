#!/usr/bin/env python3
"""Proves the API's layers only point down (api/CMakeLists.txt).

For every layer, compiles a one-line file that includes a header of each other
layer, with the exact compile command the build uses for that layer's own
sources (from compile_commands.json): an include of a layer it links must
compile (so the check cannot pass because compiling is broken) and an include
of any other layer must be refused.

Usage: layer_includes.py BUILD_DIR API_SOURCE_DIR
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile

# Each layer and the layers it may include (itself and those it links).
BASE = {"domain", "cache", "json_text"}
SEES = {
    "domain": {"domain"},
    "cache": {"cache"},
    "json_text": {"domain", "json_text"},
    "http": BASE | {"http"},
    "store": BASE | {"store"},
    "auth": BASE | {"store", "auth"},
    "import": BASE | {"store", "import"},
    "services": BASE | {"store", "services"},
    "routes": BASE | {"http", "store", "auth", "import", "services", "routes"},
}
SEES["cli"] = SEES["routes"] | {"cli"}


def a_header(api, layer):
    folder = os.path.join(api, layer)
    return layer + "/" + sorted(f for f in os.listdir(folder) if f.endswith(".hpp"))[0]


def compiles(entry, header, scratch):
    source = os.path.join(scratch, "probe.cpp")
    with open(source, "w", encoding="utf-8") as file:
        file.write(f'#include "{header}"\n')
    command = shlex.split(entry["command"])
    command[command.index("-c") + 1] = source
    command[command.index("-o") + 1] = os.path.join(scratch, "probe.o")
    command = [c for c in command if not c.startswith("-MD") and c not in ("-MF", "-MT")]
    return subprocess.run(command, cwd=entry["directory"], capture_output=True).returncode == 0


def main(build, api):
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as file:
        commands = json.load(file)
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for layer, sees in SEES.items():
            prefix = os.path.join(os.path.realpath(api), layer) + os.sep
            entry = next((c for c in commands if os.path.realpath(c["file"]).startswith(prefix)), None)
            if entry is None:
                continue  # a header-only layer compiles nothing of its own
            wrong = []
            for other in SEES:
                header = a_header(api, other)
                if compiles(entry, header, scratch) != (other in sees):
                    wrong.append(f"{layer} {'cannot' if other in sees else 'can'} include {header}")
            if not wrong:
                print(f"ok   {layer}: sees {', '.join(sorted(sees - {layer})) or 'nothing else'}")
            failures += wrong
    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
