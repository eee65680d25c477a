"""Checks every answer the integration suite received against the OpenAPI
document the server serves: the status is one the operation lists, the media
type is one it documents, and a JSON body matches the schema for that status.

    check_responses.py --serve MOVIEDB_API_BINARY LOG

LOG holds one JSON line per exchange ({method, target, status, content_type,
body}), written by the C++ test client (tests/support/api_client.cpp) when
MOVIEDB_TEST_RESPONSE_LOG names it. Requests to paths or methods the document
does not have (the suite sends some on purpose: 404, 405) are counted, not
checked: the document cannot describe what does not exist.
"""

import argparse
import collections
import json
import re
import sys

from check_openapi import OAS30Validator, Report, Server, inline_refs, load, operations, resolve


def templates(document):
    """(regex, method, path template, operation), most specific paths first."""
    found = []
    for method, path, operation in operations(document):
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$"
        found.append((re.compile(pattern), method, path, operation))
    found.sort(key=lambda entry: entry[2].count("{"))
    return found


def match(found, method, target):
    path = target.split("?", 1)[0]
    for pattern, op_method, template, operation in found:
        if op_method == method and pattern.match(path):
            return template, operation
    return None, None


def media_type(content_type):
    return content_type.split(";", 1)[0].strip().lower()


def check_exchange(document, validators, template, operation, entry):
    """Problems with one answer (empty when it is what the document says)."""
    status = str(entry["status"])
    responses = operation.get("responses") or {}
    response = responses.get(status) or responses.get("default")
    if response is None:
        return [f"status {status} is not documented (documented: {', '.join(sorted(responses))})"]
    response = resolve(document, response)
    content = response.get("content") or {}
    body = entry.get("body", "")
    if not content:
        return [f"status {status} is documented without a body, got {len(body)} bytes"] if body else []
    kind = media_type(entry.get("content_type", ""))
    if kind not in content:
        return [f"media type {kind!r} is not documented for {status} ({', '.join(content)})"]
    schema = content[kind].get("schema")
    if schema is None or kind != "application/json" or entry.get("body_omitted"):
        return []
    try:
        instance = json.loads(body)
    except ValueError as error:
        return [f"the body is not JSON: {error}"]
    key = (template, entry["method"], status)
    if key not in validators:
        validators[key] = OAS30Validator(inline_refs(document, schema),
                                         format_checker=OAS30Validator.FORMAT_CHECKER)
    return [f"{'/'.join(str(p) for p in error.absolute_path) or '(body)'}: {error.message}"
            for error in validators[key].iter_errors(instance)][:5]


def check(document, log_path):
    report = Report()
    found = templates(document)
    validators = {}
    checked = collections.Counter()
    unmatched = collections.Counter()
    problems = collections.defaultdict(list)
    with open(log_path, encoding="utf-8") as log:
        entries = [json.loads(line) for line in log if line.strip()]
    for entry in entries:
        template, operation = match(found, entry["method"], entry["target"])
        if operation is None:
            unmatched[entry["method"] + " " + entry["target"].split("?", 1)[0]] += 1
            continue
        name = f"{entry['method']} {template} → {entry['status']}"
        checked[name] += 1
        for problem in check_exchange(document, validators, template, operation, entry):
            problems[name].append(f"{entry['target'][:120]}: {problem}")
    report.check(f"the log has answers ({len(entries)} exchanges)", [] if entries else ["empty log"])
    for name in sorted(checked):
        report.check(f"{name} ({checked[name]}×)", sorted(set(problems[name])))
    print(f"     ({sum(unmatched.values())} exchanges to {len(unmatched)} paths or methods the document "
          "does not have: not checked)")
    return report.finish()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", required=True, help="a moviedb-api binary, started to fetch its document")
    parser.add_argument("log", help="the exchanges, one JSON line each")
    args = parser.parse_args()
    server = Server(args.serve)
    try:
        document, problems = load(server.url())
    finally:
        server.stop()
    if document is None:
        print("FAIL load the document: " + "; ".join(problems))
        return 1
    return check(document, args.log)


if __name__ == "__main__":
    sys.exit(main())
