#!/usr/bin/env python3
"""Renders a JMH JSON result (-rf json) as the Markdown tables of docs/performance.md.

Figures are copied from the JSON, never typed by hand. "best iteration" is the fastest measurement
iteration (from rawData): on a machine shared with other work it shows what the code does when it
gets the CPU, next to the mean that JMH reports. Ratios are computed here from the same
JSON: "vs ours" is the contender's time divided by the time of the reference benchmark (ours), so
"12.0x" means twelve times slower than ours and "0.9x" faster than ours.

usage: render-performance.py RESULT.json [--ours NAME] [--reset WALK=RESET ...] [--into FILE --marker NAME]

--reset WALK=RESET names a benchmark that times a reset alone, once per walk of WALK; the script
adds a row per such pair with WALK's time per transition once the reset's share is removed
(WALK - RESET / ops-per-walk).
With --into, the tables replace the text between "<!-- NAME:start -->" and "<!-- NAME:end -->" in
FILE; otherwise they are printed.
"""
import argparse
import json
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jmh_tables import fmt, iterations, write_between_markers  # noqa: E402


def short(name):
    return name.rsplit(".", 1)[-1]




def best_of(metric):
    """The best measurement iteration: the fastest."""
    return min(iterations(metric))


def render(results, ours, resets, ops_per_walk):
    by_name = {short(r["benchmark"]): r for r in results}
    if ours not in by_name:
        sys.exit(f"render-performance: no benchmark named {ours} in the JSON")
    ours_score = by_name[ours]["primaryMetric"]["score"]
    ours_best = best_of(by_name[ours]["primaryMetric"])
    lines = [
        "| benchmark | score ± error | best iteration | unit | alloc B/op | vs ours (mean / mean) "
        "| vs ours (best / best) |",
        "|---|---:|---:|---|---:|---:|---:|",
    ]
    reset_names = set(resets.values())
    # Walks by time, fastest first; the reset-alone benchmarks after them.
    order = sorted(by_name, key=lambda n: (n in reset_names, by_name[n]["primaryMetric"]["score"]))
    for name in order:
        r = by_name[name]
        m = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        alloc_s = fmt(alloc["score"]) if alloc else "—"
        best = best_of(m)
        ratio = "—" if name in reset_names else f"{m['score'] / ours_score:.2f}x"
        best_ratio = "—" if name in reset_names else f"{best / ours_best:.2f}x"
        lines.append(f"| `{name}` | {fmt(m['score'])} ± {fmt(m['scoreError'])} | {fmt(best)} | {m['scoreUnit']} "
                     f"| {alloc_s} | {ratio} | {best_ratio} |")
    resets = {w: z for w, z in resets.items() if w in by_name and z in by_name}
    if resets:
        lines += [
            "",
            "Peers whose walk includes a reset, with the reset's share removed "
            f"(walk − reset / {ops_per_walk}, per transition):",
            "",
            "| benchmark | walk per transition | reset (per walk) | walk without reset, per transition | vs ours |",
            "|---|---:|---:|---:|---:|",
        ]
        for walk, reset in resets.items():
            w = by_name[walk]["primaryMetric"]["score"]
            z = by_name[reset]["primaryMetric"]["score"]
            net = w - z / ops_per_walk
            unit = by_name[walk]["primaryMetric"]["scoreUnit"]
            lines.append(f"| `{walk}` | {fmt(w)} {unit} | {fmt(z)} {unit} | {fmt(net)} {unit} | "
                         f"{net / ours_score:.2f}x |")
    r0 = results[0]
    lines += [
        "",
        f"JMH {r0.get('jmhVersion', '?')}, {r0.get('jvm', '?')} {r0.get('vmVersion', '?')}, "
        f"{r0.get('forks')} fork(s), {r0.get('warmupIterations')} × {r0.get('warmupTime')} warm-up, "
        f"{r0.get('measurementIterations')} × {r0.get('measurementTime')} measurement; "
        "error is the 99.9% confidence interval JMH reports.",
    ]
    return "\n".join(lines) + "\n"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("json")
    p.add_argument("--ours", default="orderan")
    p.add_argument("--reset", action="append", default=[])
    p.add_argument("--ops-per-walk", type=int, default=6)
    p.add_argument("--into")
    p.add_argument("--marker")
    a = p.parse_args()
    results = json.load(open(a.json))
    resets = dict(x.split("=", 1) for x in a.reset)
    table = render(results, a.ours, resets, a.ops_per_walk)
    if not a.into:
        sys.stdout.write(table)
        return
    write_between_markers(a.into, a.marker, table, "render-performance")


if __name__ == "__main__":
    main()
