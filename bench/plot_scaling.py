#!/usr/bin/env python3
"""Draws the scaling curves (req/s and p99 per endpoint against titles) as one
SVG, and prints the table beside it, from bench/run.sh's JSON lines.

    plot_scaling.py --svg docs/scaling.svg bench/results/scaling/scale-*.jsonl

No plotting library: the chart is a few dozen SVG elements, so the bench needs
nothing beyond Python's standard library.
"""
import argparse
import json
import math

SCENARIOS = [("get_movie", "GET one movie", "#1f77b4"), ("search", "search", "#d62728"),
             ("catalog", "catalog (top 100)", "#2ca02c"), ("reaction", "like/dislike, durable", "#9467bd")]


def load(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    run = {"scenarios": {}}
    for r in rows:
        if r["kind"] == "meta":
            run["titles"] = int(r["movies"])
        elif r["kind"] == "import" and not r.get("failed"):
            run["import_s"], run["import_rss"] = r["seconds"], r["peak_rss_mib"]
        elif r["kind"] == "store":
            run["file_mib"] = r["file_mib"]
        elif r["kind"] == "scenario":
            w = r["wrk"]
            ok = max(0, w["requests"] - w["errors"]["status"]) / w["duration_s"]
            run["scenarios"][r["name"]] = {"rps": ok, "p99": w["p99_ms"], "rss": r["peak_rss_mib"]}
    return run


def table(runs):
    head = "| titles | import (its peak RSS) | store file | peak RSS serving |" + "".join(
        " %s req/s (p99) |" % label for _, label, _ in SCENARIOS)
    lines = [head, "|" + "---:|" * (4 + len(SCENARIOS))]
    for run in runs:
        rss = max(s["rss"] for s in run["scenarios"].values())
        cells = ["{:,}".format(run["titles"]),
                 "%.1f s (%.0f MiB)" % (run.get("import_s", float("nan")), run.get("import_rss", 0)),
                 "%s MiB" % run.get("file_mib", "?"), "%.0f MiB" % rss]
        for name, _, _ in SCENARIOS:
            s = run["scenarios"].get(name)
            cells.append("{:,.0f} ({:.1f} ms)".format(s["rps"], s["p99"]) if s else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def panel(runs, key, title, x0, log_y):
    width, height, left, top, bottom = 400, 260, 60, 30, 40
    xs = [math.log10(r["titles"]) for r in runs]
    values = [s[key] for r in runs for s in r["scenarios"].values()]
    lo_x, hi_x = math.floor(min(xs)), math.ceil(max(xs))
    hi_x = hi_x if hi_x > lo_x else lo_x + 1
    if log_y:
        lo_y, hi_y = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
        ticks = [10 ** e for e in range(lo_y, hi_y + 1)]
        fy = lambda v: (math.log10(v) - lo_y) / max(1, hi_y - lo_y)
    else:
        step = 10 ** math.floor(math.log10(max(values)))
        hi = math.ceil(max(values) / step) * step
        ticks = [i * step for i in range(int(hi / step) + 1)]
        fy = lambda v: v / hi
    px = lambda x: x0 + left + (x - lo_x) / (hi_x - lo_x) * (width - left - 10)
    py = lambda v: top + (1 - fy(v)) * (height - top - bottom)
    out = ['<text x="%d" y="18" font-weight="bold">%s</text>' % (x0 + left, title)]
    for t in ticks:
        out.append('<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="#ddd"/>'
                   % (px(lo_x), px(hi_x), py(t), py(t)))
        out.append('<text x="%.1f" y="%.1f" text-anchor="end" font-size="11">%s</text>'
                   % (px(lo_x) - 4, py(t) + 4, "{:,g}".format(t)))
    for e in range(lo_x, hi_x + 1):
        out.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="11">%s</text>'
                   % (px(e), height - bottom + 16, "{:,}".format(10 ** e)))
    out.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="11">titles</text>'
               % ((px(lo_x) + px(hi_x)) / 2, height - 6))
    for name, _, colour in SCENARIOS:
        points = [(math.log10(r["titles"]), r["scenarios"][name][key])
                  for r in runs if name in r["scenarios"]]
        if not points:
            continue
        path = " ".join("%.1f,%.1f" % (px(x), py(v)) for x, v in points)
        out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (colour, path))
        out.extend('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (px(x), py(v), colour)
                   for x, v in points)
    return out


def svg(runs):
    parts = panel(runs, "rps", "requests/s (2 cores shared with wrk)", 0, True)
    parts += panel(runs, "p99", "p99 latency, ms", 420, True)
    for i, (_, label, colour) in enumerate(SCENARIOS):
        x = 60 + i * 190
        parts.append('<rect x="%d" y="272" width="12" height="12" fill="%s"/>' % (x, colour))
        parts.append('<text x="%d" y="283" font-size="12">%s</text>' % (x + 16, label))
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="840" height="296" '
            'font-family="DejaVu Sans, sans-serif" font-size="13">'
            '<title>moviedb: requests/s and p99 per endpoint against the number of titles</title>'
            '<rect width="840" height="296" fill="white"/>' + "".join(parts) + "</svg>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--svg", required=True)
    parser.add_argument("runs", nargs="+")
    args = parser.parse_args()
    runs = sorted((load(p) for p in args.runs), key=lambda r: r["titles"])
    with open(args.svg, "w") as f:
        f.write(svg(runs))
    print(table(runs))


if __name__ == "__main__":
    main()
