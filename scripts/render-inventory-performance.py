#!/usr/bin/env python3
"""Renders the Inventory tables of docs/performance.md from ReservationBench's JMH JSON and the
InventoryFootprint output. Figures are copied, never typed; ratios are computed here.

ReservationBench runs in throughput mode (ops/us, summed over threads), so "vs floor" is
ours / floor at the same thread count: 1.00 means as fast as the AtomicLong CAS loop, 0.10 means a
tenth of its throughput.

usage: render-inventory-performance.py RESULT.json FOOTPRINT.txt [--into FILE --marker NAME]
"""
import argparse
import json
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jmh_tables import fmt, iterations, write_between_markers  # noqa: E402


def best_of(metric):
    """The best measurement iteration: the highest throughput."""
    return max(iterations(metric))


def render(results, footprint):
    by = {r["benchmark"].rsplit(".", 1)[-1]: r for r in results}
    floors = {"1t": "floor_1t", "2t": "floor_2t", "8t": "floor_8t"}
    lines = [
        "| benchmark | threads | score ± error | best iteration | unit | alloc B/op | vs floor (mean) | vs floor (best) |",
        "|---|---:|---:|---:|---|---:|---:|---:|",
    ]
    order = ["engine_1t", "cell_1t", "floor_1t", "engine_2t", "floor_2t", "engine_8t", "cell_8t", "floor_8t", "atp10"]
    for name in [n for n in order if n in by]:
        m = by[name]["primaryMetric"]
        alloc = by[name].get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        threads = by[name].get("threads", "?")
        suffix = name.rsplit("_", 1)[-1]
        floor = floors.get(suffix)
        if floor in by and name != floor:
            f = by[floor]["primaryMetric"]
            vs = f"{m['score'] / f['score']:.3f}"
            vs_best = f"{best_of(m) / best_of(f):.3f}"
        else:
            vs, vs_best = "—", "—"
        lines.append(f"| `{name}` | {threads} | {fmt(m['score'])} ± {fmt(m['scoreError'])} | {fmt(best_of(m))} "
                     f"| {m['scoreUnit']} | {fmt(alloc['score']) if alloc else '—'} | {vs} | {vs_best} |")
    if "atp10" in by:
        lines += ["", f"ATP over 10 locations: {1000.0 / by['atp10']['primaryMetric']['score']:.1f} ns per query "
                      f"(best iteration {1000.0 / best_of(by['atp10']['primaryMetric']):.1f} ns)."]
    fp = dict(l.split()[:2] for l in footprint.splitlines() if l.strip())
    lines += ["", f"Footprint (`InventoryFootprint`, 1,000,000 SKUs, one location, one receipt each): "
                  f"{fp.get('bytes_per_sku', '?')} bytes per SKU, {fp.get('heap_for_1m_skus', '?')} MB in all."]
    r0 = results[0]
    lines += ["", f"JMH {r0.get('jmhVersion', '?')}, {r0.get('jvm', '?')} {r0.get('vmVersion', '?')}, "
                  f"{r0.get('forks')} fork(s), {r0.get('warmupIterations')} × {r0.get('warmupTime')} warm-up, "
                  f"{r0.get('measurementIterations')} × {r0.get('measurementTime')} measurement; error is the 99.9% "
                  "confidence interval JMH reports."]
    return "\n".join(lines) + "\n"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("json")
    p.add_argument("footprint")
    p.add_argument("--into")
    p.add_argument("--marker")
    a = p.parse_args()
    table = render(json.load(open(a.json)), open(a.footprint).read())
    if not a.into:
        sys.stdout.write(table)
        return
    write_between_markers(a.into, a.marker, table, "render-inventory-performance")


if __name__ == "__main__":
    main()
