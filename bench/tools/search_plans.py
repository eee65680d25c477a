#!/usr/bin/env python3
"""Profiling aid: times the title search SQL on a bench database, single-threaded.

    bench/tools/search_plans.py DB.sqlite3 QUERIES.txt [--count 1000] [--threshold 20000]
                                [--pragma "mmap_size=2147483648"]...

QUERIES.txt holds /api/v1/movies?q=... paths (bench/prepare.py queries). For each
query it runs
  current:  what api/store/sqlite/movie_search.cpp + sqlite_movies.cpp run today for
            GET /movies?q=...: the page (rowid IN (FTS match), ORDER BY imdb_score DESC,
            rowid DESC LIMIT 20) and then count(*) over the same join;
  proposed: count(*) on the FTS table alone (no join with movies when q is the only
            filter), then, when that count exceeds --threshold, the page by walking
            movies_imdb_score in order with a correlated FTS probe (EXISTS ... rowid =
            m.rowid), else the current page query;
and prints latency percentiles, hit counts and the slowest queries of each.
Uses Python's sqlite3 module (its SQLite version is printed), reading only.
"""

import argparse
import re
import sqlite3
import statistics
import time
import urllib.parse

PAGE_IN = ("SELECT * FROM movies m WHERE m.rowid IN (SELECT rowid FROM movies_fts WHERE "
           "movies_fts MATCH ?1) ORDER BY m.imdb_score DESC, m.rowid DESC LIMIT 20 OFFSET 0")
COUNT_JOIN = ("SELECT count(*) FROM movies m WHERE m.rowid IN (SELECT rowid FROM movies_fts "
              "WHERE movies_fts MATCH ?1)")
COUNT_FTS = "SELECT count(*) FROM movies_fts WHERE movies_fts MATCH ?1"
PAGE_ORDERED = ("SELECT * FROM movies m INDEXED BY movies_imdb_score WHERE EXISTS (SELECT 1 "
                "FROM movies_fts f WHERE f.movies_fts MATCH ?1 AND f.rowid = m.rowid) "
                "ORDER BY m.imdb_score DESC, m.rowid DESC LIMIT 20 OFFSET 0")


def fts_expression(q):
    # Like api/store/sqlite/movie_search.cpp fts_expression (ASCII words suffice here).
    words = re.findall(r"[a-z0-9]+", q.lower())
    return " ".join('"%s"' % w for w in words) + "*" if words else None


def summary(name, rows):
    total = sorted(r[0] for r in rows)
    pct = lambda p: 1000 * total[min(len(total) - 1, int(len(total) * p))]
    print("%-9s %d queries: mean %.2f ms, p50 %.2f, p90 %.2f, p99 %.2f, max %.2f ms"
          % (name, len(rows), 1000 * statistics.mean(total), pct(0.5), pct(0.9), pct(0.99),
             1000 * total[-1]))
    for r in sorted(rows)[-3:]:
        print("          slow: %.1f ms, %d hits, q=%r" % (1000 * r[0], r[1], r[2]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("queries")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--threshold", type=int, default=20000)
    parser.add_argument("--pragma", action="append", default=[])
    args = parser.parse_args()
    db = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    for p in args.pragma:
        db.execute("PRAGMA " + p)
    print("SQLite %s, pragmas %s, threshold %d" % (sqlite3.sqlite_version, args.pragma,
                                                  args.threshold))
    queries = []
    with open(args.queries) as f:
        for line in f:
            if "q=" in line:
                queries.append(urllib.parse.unquote(line.strip().split("q=", 1)[1]))
    queries = queries[:args.count]
    current, proposed, page_share = [], [], [0.0, 0.0]
    expressions = [(q, fts_expression(q)) for q in queries]
    expressions = [(q, e) for q, e in expressions if e]
    for q, e in expressions:  # one pass per strategy, the current one first
        t0 = time.perf_counter()
        db.execute(PAGE_IN, (e,)).fetchall()
        t1 = time.perf_counter()
        hits = db.execute(COUNT_JOIN, (e,)).fetchone()[0]
        t2 = time.perf_counter()
        current.append((t2 - t0, hits, q))
        page_share[0] += t1 - t0
        page_share[1] += t2 - t1
    for q, e in expressions:
        t0 = time.perf_counter()
        n = db.execute(COUNT_FTS, (e,)).fetchone()[0]
        db.execute(PAGE_ORDERED if n > args.threshold else PAGE_IN, (e,)).fetchall()
        proposed.append((time.perf_counter() - t0, n, q))
    hits = sorted(r[1] for r in current)
    print("hits per query: p50 %d, p90 %d, p99 %d, max %d"
          % (hits[len(hits) // 2], hits[int(len(hits) * 0.9)], hits[int(len(hits) * 0.99)],
             hits[-1]))
    summary("current", current)
    print("          time in page query %.0f%%, in count %.0f%%"
          % (100 * page_share[0] / sum(page_share), 100 * page_share[1] / sum(page_share)))
    summary("proposed", proposed)


if __name__ == "__main__":
    main()
