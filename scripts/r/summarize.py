#!/usr/bin/env python3
"""Prints the comparison tables of scripts/check-forecast-vs-r from the accuracy CSVs.

usage: summarize.py groups.csv r-accuracy.csv ours-<method>.csv...
Each ours-*.csv is the --accuracy output of scripts/forecast (name,method,model,mase,rmsse,smape);
r-accuracy.csv is written by forecast-reference.R (name,method,model,mase,rmsse,smape,ms).
"""
import csv
import math
import statistics
import sys
from collections import defaultdict


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def mean(xs):
    xs = [x for x in xs if x is not None and math.isfinite(x)]
    return statistics.mean(xs) if xs else float("nan")


def main():
    groups = {r["name"]: r["group"] for r in read(sys.argv[1])}
    r_rows = read(sys.argv[2])
    ours = {}
    for path in sys.argv[3:]:
        for row in read(path):
            method = row["method"].split(":")[0]
            ours[(row["name"], method if method not in ("naive", "snaive") else method)] = row
    rres = {(r["name"], r["method"]): r for r in r_rows}
    names = sorted({r["name"] for r in r_rows}, key=lambda n: (groups.get(n, ""), n))

    print("## ETS model chosen and holdout MASE, series by series (R datasets)")
    print()
    print("| series | R ets() model | R MASE | our ETS model | our MASE |")
    print("|---|---|---:|---|---:|")
    for n in names:
        if groups.get(n) != "r-datasets":
            continue
        a, b = rres.get((n, "ets")), ours.get((n, "ets"))
        if a and b:
            print(f"| {n} | {a['model']} | {float(a['mase']):.3f} | {b['model']} | {float(b['mase']):.3f} |")
    print()

    methods_ours = sorted({k[1] for k in ours if k[1] not in ("naive", "snaive")})
    for group in ("r-datasets", "retail"):
        gnames = [n for n in names if groups.get(n) == group]
        print(f"## Holdout accuracy, group {group} ({len(gnames)} series): mean over series")
        print()
        print("| method | series | MASE | RMSSE | sMAPE % |")
        print("|---|---:|---:|---:|---:|")
        table = []
        for m in methods_ours:
            rows = [ours[(n, m)] for n in gnames if (n, m) in ours]
            table.append((f"ours: {m}", rows))
        for m in ("ets", "theta", "croston"):
            rows = [rres[(n, m)] for n in gnames if (n, m) in rres]
            if rows:
                table.append((f"R forecast: {m}()" if m != "theta" else "R forecast: thetaf()", rows))
        for m in ("naive", "snaive"):
            rows = [rres[(n, m)] for n in gnames if (n, m) in rres]
            table.append((f"baseline: {m}", rows))
        for label, rows in table:
            print(f"| {label} | {len(rows)} | {mean([float(r['mase']) for r in rows]):.3f} | "
                  f"{mean([float(r['rmsse']) for r in rows]):.3f} | {mean([float(r['smape']) for r in rows]):.2f} |")
        both = [(float(rres[(n, 'ets')]['mase']), float(ours[(n, 'ets')]['mase'])) for n in gnames
                if (n, "ets") in rres and (n, "ets") in ours]
        if both:
            le = sum(1 for r, o in both if o <= r + 1e-9)
            same = sum(1 for n in gnames if (n, "ets") in rres and (n, "ets") in ours
                       and rres[(n, "ets")]["model"] == ours[(n, "ets")]["model"])
            print()
            print(f"Our ETS vs R's ets(): same model on {same}/{len(both)} series; our holdout MASE lower or equal on "
                  f"{le}/{len(both)}; mean MASE {mean([o for _, o in both]):.3f} vs {mean([r for r, _ in both]):.3f}.")
        ms = [float(rres[(n, 'ets')]['ms']) for n in gnames if (n, "ets") in rres and rres[(n, 'ets')]['ms'] not in ("", "NA")]
        if ms:
            print(f"R ets() fitting time on this machine: mean {mean(ms):.0f} ms per series (median {statistics.median(ms):.0f} ms).")
        print()


def timings(paths):
    import os
    import re
    rows = []
    for path in paths:
        log = path[:-4] + ".log"
        if not os.path.exists(log):
            continue
        for line in open(log):
            m = re.match(r"forecast: (\d+) series forecast with (\S+) in (\d+) ms on (\d+) threads", line)
            if m:
                n, method, ms, threads = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
                rows.append((method, n, ms, threads))
    if rows:
        print("## Our run times (whole batch, including the JVM's warm-up)")
        print()
        print("| method | series | threads | total ms | ms per series |")
        print("|---|---:|---:|---:|---:|")
        for method, n, ms, threads in rows:
            print(f"| {method} | {n} | {threads} | {ms} | {ms / n:.1f} |")
        print()


if __name__ == "__main__":
    main()
    timings(sys.argv[3:])
