#!/usr/bin/env python3
"""Inputs for the wrk scenarios (used by bench/run.sh; standard library only).

    prepare.py queries --count 10000 --out queries.txt [--seed S] [--vega movies.json]
        Search paths /api/v1/movies?q=... of 1-2 words taken from real vega titles
        (consecutive words of a random real title, so common words come up as often
        as they do in titles); in ~30% of them the last word is cut to a 2-4 letter
        prefix, as if the user were still typing.
    prepare.py register --base http://127.0.0.1:PORT --users 64 --out tokens.txt
        Registers bench users (POST /api/v1/auth/register) and writes their bearer
        tokens, one a line. Registration hashes with argon2id (~64 MiB, ~0.1 s each),
        so it runs with little parallelism.
    prepare.py ids --base http://127.0.0.1:PORT --out ids.txt [--max 20000]
        Movie ids read through GET /api/v1/movies pages (any store).
    prepare.py get --base URL --path /api/v1/... [--token T] [--method PUT --body JSON]
        One request; prints the status and the first bytes of the body (smoke check).
"""

import argparse
import concurrent.futures
import json
import os
import random
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_VEGA = os.path.join(HERE, "..", "scripts", "seed", "node_modules", "vega-datasets",
                            "data", "movies.json")


def request(base, path, method="GET", body=None, token=None, timeout=30):
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def cmd_queries(args):
    with open(args.vega, encoding="utf-8") as f:
        films = json.load(f)
    titles = []
    for film in films:
        # The API's search words: letters and digits, case-folded (ASCII suffices
        # for a query sample; titles with other scripts just give fewer words).
        words = re.findall(r"[a-z0-9]+", str(film.get("Title") or "").lower())
        if words:
            titles.append(words)
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="ascii") as out:
        for _ in range(args.count):
            words = rng.choice(titles)
            n = 1 if len(words) == 1 else rng.choice((1, 2))
            start = rng.randrange(len(words) - n + 1)
            picked = words[start:start + n]
            if rng.random() < 0.3 and len(picked[-1]) > 2:
                picked[-1] = picked[-1][:rng.randint(2, min(4, len(picked[-1]) - 1))]
            out.write("/api/v1/movies?q=" + urllib.parse.quote(" ".join(picked)) + "\n")


def cmd_register(args):
    def one(i):
        username = "%s%04d" % (args.prefix, i)
        status, body = request(args.base, "/api/v1/auth/register", "POST",
                               {"username": username, "password": "bench-password-%04d" % i})
        if status == 409:  # already there (a store reused): sign in instead
            status, body = request(args.base, "/api/v1/auth/login", "POST",
                                   {"username": username, "password": "bench-password-%04d" % i})
        if status not in (200, 201):
            raise SystemExit("register %s: HTTP %d %s" % (username, status, body[:200]))
        return json.loads(body)["token"]

    with concurrent.futures.ThreadPoolExecutor(args.parallel) as pool:
        tokens = list(pool.map(one, range(args.users)))
    with open(args.out, "w", encoding="ascii") as out:
        out.write("\n".join(tokens) + "\n")


def cmd_ids(args):
    ids = []
    page = 1
    while len(ids) < args.max:
        status, body = request(args.base, "/api/v1/movies?page_size=100&sort=title&page=%d" % page)
        if status != 200:
            raise SystemExit("GET /api/v1/movies page %d: HTTP %d %s" % (page, status, body[:200]))
        items = json.loads(body)["items"]
        ids.extend(item["id"] for item in items)
        if len(items) < 100:
            break
        page += 1
    if not ids:
        raise SystemExit("the store has no movie")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(ids[:args.max]) + "\n")


def cmd_get(args):
    body = json.loads(args.body) if args.body else None
    status, data = request(args.base, args.path, args.method, body, args.token)
    print(status, data[:args.show].decode("utf-8", "replace").replace("\n", " "))
    sys.exit(0 if 200 <= status < 300 else 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("queries")
    q.add_argument("--count", type=int, default=10000)
    q.add_argument("--seed", type=int, default=7)
    q.add_argument("--vega", default=DEFAULT_VEGA)
    q.add_argument("--out", required=True)
    r = sub.add_parser("register")
    r.add_argument("--base", required=True)
    r.add_argument("--users", type=int, default=64)
    r.add_argument("--parallel", type=int, default=2)
    r.add_argument("--prefix", default="bench_user_")
    r.add_argument("--out", required=True)
    i = sub.add_parser("ids")
    i.add_argument("--base", required=True)
    i.add_argument("--max", type=int, default=20000)
    i.add_argument("--out", required=True)
    g = sub.add_parser("get")
    g.add_argument("--base", required=True)
    g.add_argument("--path", required=True)
    g.add_argument("--method", default="GET")
    g.add_argument("--body")
    g.add_argument("--token")
    g.add_argument("--show", type=int, default=160)
    args = parser.parse_args()
    {"queries": cmd_queries, "register": cmd_register, "ids": cmd_ids, "get": cmd_get}[
        args.command](args)


if __name__ == "__main__":
    main()
