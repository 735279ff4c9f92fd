"""Helpers shared by the render-*.py scripts that turn JMH JSON into docs/performance.md tables."""
import re
import sys


def fmt(x):
    """A figure with as many digits as it deserves; n/a for NaN (JMH gives no error with < 2 iterations)."""
    if x != x:
        return "n/a"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def iterations(metric):
    """Every measurement iteration's score (the primary score when JMH kept no raw data)."""
    return [x for fork in metric.get("rawData", [[metric["score"]]]) for x in fork]


def write_between_markers(path, marker, table, tool):
    """Replaces the text between <!-- marker:start --> and <!-- marker:end --> in path with table."""
    if not marker:
        sys.exit(f"{tool}: --into needs --marker")
    text = open(path).read()
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if not pattern.search(text):
        sys.exit(f"{tool}: markers {start} … {end} not found in {path}")
    open(path, "w").write(pattern.sub(lambda _: start + "\n" + table + end, text))
