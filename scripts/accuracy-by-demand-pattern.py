#!/usr/bin/env python3
"""Splits scripts/forecast --accuracy results into smooth and intermittent series.

usage: accuracy-by-demand-pattern.py series.csv horizon accuracy.csv...
A series is intermittent when its training part (all but the last `horizon` observations) has no
demand or an average demand interval (periods per non-zero period) of 1.32 or more (Syntetos,
Boylan and Croston 2005). Prints one markdown table per group: method, series, mean MASE, mean RMSSE.
The naive and seasonal naive rows are taken from the first accuracy file.
"""
import csv
import math
import statistics
import sys
from collections import defaultdict


def main():
    horizon = int(sys.argv[2])
    values = defaultdict(list)
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            values[row["name"]].append(float(row["value"]))
    intermittent = {}
    for name, y in values.items():
        train = y[:-horizon]
        nonzero = sum(1 for v in train if v != 0)
        intermittent[name] = nonzero == 0 or len(train) / nonzero >= 1.32
    groups = defaultdict(lambda: defaultdict(list))
    for i, path in enumerate(sys.argv[3:]):
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                method = row["method"].split(":")[0]
                if method in ("naive", "snaive") and i > 0:
                    continue
                mase, rmsse = float(row["mase"]), float(row["rmsse"])
                if math.isfinite(mase) and math.isfinite(rmsse):
                    group = "intermittent" if intermittent[row["name"]] else "smooth"
                    groups[group][method].append((mase, rmsse))
    for group in ("smooth", "intermittent"):
        print(f"### {group} series")
        print()
        print("| method | series | MASE | RMSSE |")
        print("|---|---:|---:|---:|")
        for method, xs in groups[group].items():
            print(f"| {method} | {len(xs)} | {statistics.mean(x[0] for x in xs):.3f} | "
                  f"{statistics.mean(x[1] for x in xs):.3f} |")
        print()


if __name__ == "__main__":
    main()
