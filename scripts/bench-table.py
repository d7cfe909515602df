#!/usr/bin/env python3
"""Turns a JMH JSON result of ReportBenchmarks into the ratio table of BENCHMARKS.md.

Usage: scripts/bench-table.py result.json
Each library benchmark is divided by its floor of the same run; the ± of a ratio is the sum of the
two scores' relative 99.9% errors, applied to the ratio. "best" divides the fastest measurement
iteration of each (the least disturbed by other processes on a shared machine). For a run in
sample mode (-bm sample) the scores are the median calls (no ±) and "best" the fastest calls.
"""
import json
import sys

PAIRS = [
    ("validate", "validateFloor", "validate 淮安市 2024 (every identity)"),
    ("validateWithoutOverview", "validateFloor", "validate, section 一 emptied (no I10)"),
    ("readJsonAndValidate", "readJsonFloor", "JSON read + validate"),
    ("renderHtml", "renderHtmlFloor", "render HTML"),
    ("readHtml", "readHtmlFloor", "readHtml pingtan-2023.html"),
    ("readText", "readTextFloor", "readText"),
]

rows = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    key = (name, r.get("params", {}).get("file", ""))
    p = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("·gc.alloc.rate.norm", r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm"))
    if r["mode"] == "sample":
        # Sample mode: the median call and the fastest call, which a busy machine disturbs least.
        pct = p["scorePercentiles"]
        rows[key] = (pct["50.0"], 0.0, alloc["score"] if alloc else float("nan"), pct["0.0"])
    else:
        best = min(x for fork in p["rawData"] for x in fork)
        rows[key] = (p["score"], p["scoreError"], alloc["score"] if alloc else float("nan"), best)

print("| operation | library µs/op | floor µs/op | ratio | best ratio | library B/op | floor B/op |")
print("|---|---:|---:|---:|---:|---:|---:|")
for lib, floor, label in PAIRS:
    for (name, param), (s, e, a, b) in sorted(rows.items()):
        if name != lib:
            continue
        fs, fe, fa, fb = rows[(floor, param)]
        ratio = s / fs
        err = ratio * ((e / s if s else 0) + (fe / fs if fs else 0))
        what = label + (" " + param if param else "")
        print(f"| {what} | {s:,.2f} ± {e:,.2f} | {fs:,.3f} ± {fe:,.3f} | {ratio:,.1f} ± {err:,.1f} | {b / fb:,.1f} | {a:,.0f} | {fa:,.0f} |")
v = rows.get(("validate", ""))
w = rows.get(("validateWithoutOverview", ""))
if v and w:
    print()
    print(f"I10 (validate − validate without section 一): {v[0] - w[0]:,.2f} ± {v[1] + w[1]:,.2f} µs"
          f" (best iterations: {v[3] - w[3]:,.2f} µs), {v[2] - w[2]:,.0f} B")
