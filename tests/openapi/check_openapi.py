#!/usr/bin/env python3
"""Checks moviedb's OpenAPI document (run by validate_openapi.sh inside its venv).

Usage: check_openapi.py URL|FILE
       check_openapi.py --serve MOVIEDB_API_BINARY

URL is the server's base URL (http://127.0.0.1:8080: fetches /openapi.json and
checks /api/v1/openapi.json serves the same) or the document's own URL; FILE is
a saved document; --serve starts the given moviedb-api on a free loopback port
with a scratch SQLite store, checks it as a base URL and stops it. Each check
prints "ok" or "FAIL" with the reasons; the last line is "N passed, N failed"
and the exit status is 1 when any check failed.
"""
import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TAGS = {"auth", "movies", "interactions", "discovery", "admin", "system"}
ACCESS = {"anyone", "signed-in", "admin", "superadmin"}
BEARER = [{"bearerAuth": []}]
OPTIONAL_BEARER = [{}, {"bearerAuth": []}]
ACCESS_SENTENCE = {
    "anyone": "**Access: anyone",
    "signed-in": "**Access: signed in",
    "admin": "**Access: admin",
    "superadmin": "**Access: superadmin",
}


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, problems):
        """Records one check; `problems` is a list of strings (empty: passed)."""
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for problem in problems[:50]:
                print(f"     - {problem}")
            if len(problems) > 50:
                print(f"     - … and {len(problems) - 50} more")
        else:
            self.passed += 1
            print(f"ok   {name}")

    def run(self, name, function, *args):
        """Records one check computed by `function`; a crash in it is a failure."""
        try:
            problems = function(*args)
        except Exception as error:  # noqa: BLE001 - a broken document may break any check
            message = str(error)
            if len(message) > 300:
                message = message[:300] + " …"
            problems = [f"{type(error).__name__}: {message}"]
        self.check(name, problems)

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def fetch(url):
    """Returns (body, problems) for GET url, which must answer 200 application/json."""
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            content_type = response.headers.get("Content-Type", "")
            body = response.read()
    except (urllib.error.URLError, OSError) as error:
        return None, [f"cannot fetch {url}: {error}"]
    problems = []
    if not content_type.startswith("application/json"):
        problems.append(f"{url} has Content-Type {content_type!r}, not application/json")
    return body, problems


def base_url(source):
    """The server's base URL when `source` names a server rather than a document."""
    if source.startswith(("http://", "https://")) and urllib.parse.urlsplit(source).path in ("", "/"):
        return source.rstrip("/")
    return None


def load(source):
    """Returns (document, problems) for a URL or a file path."""
    if source.startswith(("http://", "https://")):
        base = base_url(source)
        body, problems = fetch(base + "/openapi.json" if base else source)
        if body is None:
            return None, problems
    else:
        try:
            with open(source, "rb") as file:
                body = file.read()
        except OSError as error:
            return None, [f"cannot read {source}: {error}"]
        problems = []
    try:
        document = json.loads(body)
    except ValueError as error:
        return None, problems + [f"not JSON: {error}"]
    if not isinstance(document, dict):
        return None, problems + ["the document is not a JSON object"]
    return document, problems


def operations(document):
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield method.upper(), path, item[method]


def resolve(document, node, seen=()):
    """Follows a local $ref (at the top of `node`) to its target."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen = seen + (ref,)
        target = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target[part]
        node = target
    return node


def check_spec(document):
    version = str(document.get("openapi", ""))
    if version.startswith("3.0"):
        validator = OpenAPIV30SpecValidator(document)
    elif version.startswith("3.1"):
        validator = OpenAPIV31SpecValidator(document)
    else:
        return [f"'openapi' is {version!r}, not 3.0.x or 3.1.x"]
    problems = []
    for error in validator.iter_errors():
        where = "/".join(str(p) for p in getattr(error, "path", []) or [])
        problems.append(f"{where}: {error.message}" if where else str(error.message))
    return problems


def check_front_matter(document):
    problems = []
    info = document.get("info") or {}
    if info.get("title") != "moviedb":
        problems.append(f"info.title is {info.get('title')!r}, not 'moviedb'")
    if not info.get("version"):
        problems.append("info.version is missing")
    if [server.get("url") for server in document.get("servers") or []] != ["/"]:
        problems.append(f"servers is {document.get('servers')!r}, not [{{url: '/'}}]")
    scheme = ((document.get("components") or {}).get("securitySchemes") or {}).get("bearerAuth")
    if not scheme or scheme.get("type") != "http" or scheme.get("scheme") != "bearer":
        problems.append("components.securitySchemes.bearerAuth is not an http bearer scheme")
    for name in ("Error", "Movie", "MovieInput", "MoviePatch", "MovieDetail", "User"):
        if name not in ((document.get("components") or {}).get("schemas") or {}):
            problems.append(f"components.schemas.{name} is missing")
    return problems


def check_conventions(document, method, path, operation):
    """Who may call it, and the responses that follow from that."""
    problems = []
    if not operation.get("operationId"):
        problems.append("no operationId")
    tags = operation.get("tags") or []
    if not tags or not set(tags) <= TAGS:
        problems.append(f"tags {tags} not among {sorted(TAGS)}")
    access = operation.get("x-moviedb-access")
    if access not in ACCESS:
        return problems + [f"x-moviedb-access is {access!r}, not one of {sorted(ACCESS)}"]
    if not (operation.get("description") or "").startswith(ACCESS_SENTENCE[access]):
        problems.append(f"description does not start with {ACCESS_SENTENCE[access]!r}")
    security = operation.get("security", document.get("security"))
    responses = {str(code): response for code, response in (operation.get("responses") or {}).items()}
    if access == "anyone":
        if security not in ([], OPTIONAL_BEARER):
            problems.append(f"security {security} for an operation anyone may call")
        if security == OPTIONAL_BEARER and "401" not in responses:
            problems.append("accepts an optional token but documents no 401")
    else:
        if security != BEARER:
            problems.append(f"security {security} for an operation needing a token")
        if "401" not in responses:
            problems.append("needs a token but documents no 401")
        if access in ("admin", "superadmin") and "403" not in responses:
            problems.append(f"needs the {access} role but documents no 403")
    if not any(code.startswith("2") for code in responses):
        problems.append("no 2xx response")
    has_body = "requestBody" in operation
    if has_body and "413" not in responses:
        problems.append("takes a body but documents no 413")
    for code, response in responses.items():
        response = resolve(document, response)
        if code[0] in "45":
            content = (response.get("content") or {}).get("application/json") or {}
            schema = content.get("schema") or {}
            if schema.get("$ref") != "#/components/schemas/Error":
                problems.append(f"{code} does not use the Error schema")
        if code in ("429", "503") and "Retry-After" not in (response.get("headers") or {}):
            problems.append(f"{code} has no Retry-After header")
    return problems


def check_unused_components(document):
    """A component nothing refers to is dead text, or a reference went missing."""
    text = json.dumps(document)
    problems = []
    for kind, items in (document.get("components") or {}).items():
        if kind == "securitySchemes" or not isinstance(items, dict):
            continue
        for name in items:
            if f'"#/components/{kind}/{name}"' not in text:
                problems.append(f"components.{kind}.{name} is never referenced")
    return problems


def walk_examples(document, node, where, found):
    """Collects (where, schema, example) for every example that sits beside a schema."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            walk_examples(document, item, f"{where}/{index}", found)
        return
    if not isinstance(node, dict):
        return
    if "example" in node:
        if "schema" in node:  # a media type, parameter or header
            found.append((where, node["schema"], node["example"]))
        elif "type" in node or "allOf" in node or "oneOf" in node or "anyOf" in node:
            own = {k: v for k, v in node.items() if k != "example"}
            found.append((where, own, node["example"]))
    for key, value in node.items():
        if key in ("example", "examples"):
            continue
        walk_examples(document, value, f"{where}/{key}", found)


def inline_refs(document, node, depth=0):
    """A copy of `node` with local $refs replaced by their targets (no cycles here)."""
    if depth > 40:
        raise ValueError("$ref nesting too deep (a cycle?)")
    if isinstance(node, list):
        return [inline_refs(document, item, depth + 1) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return inline_refs(document, resolve(document, node), depth + 1)
    return {key: inline_refs(document, value, depth + 1) for key, value in node.items()}


def check_examples(document):
    validator_class = OAS31Validator if str(document.get("openapi", "")).startswith("3.1") else OAS30Validator
    found = []
    walk_examples(document, document, "#", found)
    problems = []
    for where, schema, example in found:
        try:
            schema = inline_refs(document, schema)
        except (KeyError, ValueError) as error:
            problems.append(f"{where}: cannot resolve its schema: {error}")
            continue
        validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
        for error in validator.iter_errors(example):
            problems.append(f"{where}: example does not match its schema: {error.message}")
    if not found:
        problems.append("no examples found (the walk is broken?)")
    return problems


class Server:
    """moviedb-api serve on a free loopback port with a scratch store; stopped on exit."""

    MARKER = "listening on http://"

    def __init__(self, binary):
        self.scratch = tempfile.TemporaryDirectory(prefix="moviedb-openapi-")
        self.log_path = os.path.join(self.scratch.name, "server.log")
        self.log = open(self.log_path, "w", encoding="utf-8")
        command = [binary, "serve", "--listen", "127.0.0.1:0",
                   "--store", "sqlite:" + os.path.join(self.scratch.name, "moviedb.sqlite3"),
                   "--web-root", "", "--access-log", "false"]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.log,
                                        stdin=subprocess.DEVNULL, text=True)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def url(self, timeout=30):
        """The base URL once the server listens, or raises RuntimeError with its output."""
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            seen.append(line.rstrip())
            if self.MARKER in line:
                return "http://" + line.split(self.MARKER, 1)[1].split()[0].rstrip("/")
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            errors = log.read().strip().splitlines()[-10:]
        raise RuntimeError("moviedb-api did not start listening: " + " | ".join(seen + errors))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        self.scratch.cleanup()


def check_both_urls(base, document):
    """The prefixed copy of the document must be the same document."""
    body, problems = fetch(base + "/api/v1/openapi.json")
    if body is None:
        return problems
    try:
        if json.loads(body) != document:
            problems.append(f"{base}/api/v1/openapi.json differs from {base}/openapi.json")
    except ValueError as error:
        problems.append(f"{base}/api/v1/openapi.json is not JSON: {error}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", action="store_true", help="SOURCE is a moviedb-api binary to start")
    parser.add_argument("source", help="server base URL, document URL, file, or (--serve) binary")
    args = parser.parse_args()

    if not args.serve:
        return check(args.source)
    server = Server(args.source)
    try:
        try:
            url = server.url()
        except RuntimeError as error:
            report = Report()
            report.check(f"start {args.source}", [str(error)])
            return report.finish()
        return check(url)
    finally:
        server.stop()


def check(source):
    report = Report()
    document, problems = load(source)
    report.check(f"load the document from {source}", problems)
    if document is None:
        return report.finish()
    base = base_url(source)
    if base:
        report.run("GET /api/v1/openapi.json serves the same document", check_both_urls, base, document)

    report.run("valid OpenAPI (openapi-spec-validator)", check_spec, document)
    report.run("info, servers, bearer scheme and core schemas", check_front_matter, document)

    # The paths come from the server's route table: there is no other list to compare with.
    documented = {(method, path): operation for method, path, operation in operations(document)}
    report.check("the document has operations", [] if documented else ["no paths"])

    ids = {}
    for (method, path), operation in documented.items():
        ids.setdefault(operation.get("operationId"), []).append(f"{method} {path}")
    report.check(
        "operationIds are unique",
        [f"{name!r} is used by {', '.join(users)}" for name, users in ids.items() if len(users) > 1],
    )

    def conventions():
        problems = []
        for (method, path), operation in sorted(documented.items()):
            problems += [f"{method} {path}: {p}" for p in check_conventions(document, method, path, operation)]
        return problems

    report.run("every operation states who may call it and the responses that follow", conventions)
    report.run("every component is referenced", check_unused_components, document)
    report.run("examples match their schemas", check_examples, document)

    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
