#!/usr/bin/env python3
"""Profiling aid: what each distinct search costs the server when nothing is kept.

    bench/tools/time_misses.py PORT QUERIES.txt

Sends each distinct path of QUERIES.txt (bench/prepare.py queries) once, one at a
time over one keep-alive connection, to a server on 127.0.0.1:PORT that has not
answered them yet (start it fresh: each answer is kept after the first time).
Prints the mean and percentiles over HTTP, then the time by how many titles each
query matches (the answer's `total`, by its number of digits) and the slowest ten.
"""

import http.client
import json
import statistics
import sys
import time


def main():
    port, queries = int(sys.argv[1]), sys.argv[2]
    with open(queries, encoding="utf-8") as f:
        paths = sorted({line.strip() for line in f if line.strip()})
    connection = http.client.HTTPConnection("127.0.0.1", port)
    timed = []
    for path in paths:
        start = time.perf_counter()
        connection.request("GET", path)
        answer = connection.getresponse()
        body = answer.read()
        ms = (time.perf_counter() - start) * 1000
        page = json.loads(body)
        timed.append((ms, path, page.get("total"), page.get("total_exact", True)))
    timed.sort()
    total = sum(t[0] for t in timed)
    print(f"{len(timed)} queries, {total / 1000:.1f} s, mean {total / len(timed):.2f} ms")
    for p in (50, 90, 99):
        print(f"p{p} {timed[min(len(timed) - 1, len(timed) * p // 100)][0]:.2f} ms")
    by_digits = {}
    for ms, _, matches, _ in timed:
        by_digits.setdefault(len(str(matches)) if matches else 0, []).append(ms)
    for digits, times in sorted(by_digits.items()):
        label = "no match" if digits == 0 else f"{10 ** (digits - 1):,}+ matches"
        print(f"{label:>18}: {len(times):5} queries, mean {statistics.mean(times):6.2f} ms, "
              f"{sum(times) / 1000:5.1f} s in all")
    for ms, path, matches, exact in timed[-10:]:
        print(f"{ms:7.2f} ms  {path}  total {matches}{'' if exact else '+'}")


if __name__ == "__main__":
    main()
