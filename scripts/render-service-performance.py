#!/usr/bin/env python3
"""Renders OrderServiceBench or JdbcBench JMH JSON (one or more files) as a markdown table with the
ratios docs/performance.md discusses, printed or written between markers of a file.

usage: scripts/render-service-performance.py orders|jdbc result.json [more.json ...] [--only prefix] [--into docs/performance.md --marker name]
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jmh_tables import fmt, iterations, write_between_markers  # noqa: E402


def load(files):
    results = {}
    meta = None
    for f in files:
        for r in json.load(open(f)):
            results[r["benchmark"].rsplit(".", 1)[-1]] = r
            meta = r
    return results, meta


def row(name, r):
    m = r["primaryMetric"]
    error = m["scoreError"] if isinstance(m["scoreError"], (int, float)) else float("nan")
    its = iterations(m)
    unit = m["scoreUnit"]
    best = min(its) if unit.endswith("/op") else max(its)
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    threads = r.get("threads", 1)
    return (f"| `{name}` | {threads} | {fmt(m['score'])} ± {fmt(error)} | {fmt(best)} | {unit} | "
            f"{fmt(alloc['score']) if alloc else '—'} |")


def render(topic, results, meta):
    lines = ["| benchmark | threads | score ± error | best iteration | unit | alloc B/op |",
             "|---|---:|---:|---:|---|---:|"]
    for name in sorted(results, key=lambda n: (results[n].get("threads", 1), n)):
        lines.append(row(name, results[name]))
    lines.append("")
    t = lambda n: results[n]["primaryMetric"]["score"]  # noqa: E731
    if topic == "orders":
        if "e2e_1t" in results:
            lines.append(f"End to end: {t('e2e_1t'):,.0f} orders/s on one thread"
                         + (f", {t('e2e_2t_tenantPerThread'):,.0f} on two (a tenant each)" if "e2e_2t_tenantPerThread" in results else "")
                         + (f", {t('e2e_2t_oneTenant'):,.0f} on two in one tenant" if "e2e_2t_oneTenant" in results else "")
                         + (f", {t('e2e_withStock_1t'):,.0f} with stock on one thread" if "e2e_withStock_1t" in results else "")
                         + ".")
            lines.append("")
    else:
        for n in ("8", "32", "1"):
            if f"hotOrderan_{n}t" in results and f"hotRaw_{n}t" in results and f"hotForUpdate_{n}t" in results:
                lines.append(f"Hot SKU at {n} client thread(s): Orderan at {t(f'hotOrderan_{n}t') / t(f'hotRaw_{n}t'):.2f} of the "
                             f"bare conditional UPDATE and {t(f'hotOrderan_{n}t') / t(f'hotForUpdate_{n}t'):.2f}× SELECT FOR UPDATE + UPDATE.")
        for n in ("1", "8"):
            if f"lifecycle_{n}t" in results and f"lifecycleFloor_{n}t" in results:
                lines.append(f"Whole orders at {n} client thread(s): {t(f'lifecycle_{n}t'):,.0f} orders/s, "
                             f"{t(f'lifecycle_{n}t') / t(f'lifecycleFloor_{n}t'):.2f} of the hand-written replay "
                             f"({t(f'lifecycleFloor_{n}t'):,.0f}/s).")
        lines.append("")
    settings = {}
    for name, r in results.items():
        key = ("ss" if r["mode"] == "ss" else "timed", r["warmupIterations"], r["warmupTime"], r["measurementIterations"], r["measurementTime"],
               " ".join(r["jvmArgs"]) or "default")
        settings.setdefault(key, []).append(name)
    parts = []
    for (mode, wi, wt, mi, mt, jvm), names in settings.items():
        timed = f"{wi} × {wt} warm-up, {mi} × {mt} measurement" if mode != "ss" else f"{wi} warm-up and {mi} measured single shots"
        who = "" if len(settings) == 1 else " (" + ", ".join(sorted(names)) + ")"
        parts.append(f"{timed}, JVM options {jvm}{who}")
    lines.append(f"JMH {meta['jmhVersion']}, {meta['jvm']} {meta['vmVersion']}, {meta['forks']} fork(s); "
                 + "; ".join(parts) + ". Error is the 99.9% confidence interval JMH reports.")
    return "\n".join(lines) + "\n"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("topic", choices=["orders", "jdbc"])
    p.add_argument("json", nargs="+")
    p.add_argument("--into")
    p.add_argument("--marker")
    p.add_argument("--only", help="render only the benchmarks whose name starts with this")
    a = p.parse_args()
    results, meta = load(a.json)
    if a.only:
        results = {n: r for n, r in results.items() if n.startswith(a.only)}
    table = render(a.topic, results, meta)
    if a.into:
        write_between_markers(a.into, a.marker, table, "render-service-performance")
    else:
        print(table, end="")


if __name__ == "__main__":
    main()
