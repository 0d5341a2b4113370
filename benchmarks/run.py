"""Benchmarks (``make bench``): extraction speed beside quantulum3, build throughput, F1 at scale.

Results are printed and appended as a table row to ``benchmarks/RESULTS.md`` with the
machine they ran on. Not part of ``make test``: timings belong here, not in tests.

    python -m benchmarks.run [--articles 1000] [--quantulum-articles 40]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import resource
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from analysis.build import build
from analysis.clean import clean_article, detect_language
from analysis.evaluate import evaluate
from analysis.extract import extract_article
from analysis.raw import RawArticle, iter_raw
from benchmarks.generate import generate

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SCALE_MARKER = "## Scale"


def machine() -> str:
    """A one-line description of the machine the benchmark ran on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def time_extraction(raw_dir: Path) -> tuple[float, int, int, list[str]]:
    """Seconds to clean and extract every article, article count, bytes, cleaned texts."""
    raws = [r for r in iter_raw(raw_dir) if isinstance(r, RawArticle)]
    size = sum(len(r.text.encode("utf-8")) for r in raws)
    detect_language("warm up the language model once, as quantulum3 is warmed up")
    start = time.perf_counter()
    texts = []
    for raw in raws:
        article = clean_article(raw)
        extract_article(article)
        texts.append(article.text)
    return time.perf_counter() - start, len(raws), size, texts


def time_quantulum(texts: list[str]) -> float | None:
    """Seconds quantulum3 takes to parse ``texts``, or None when it is not installed."""
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up with 3 people")
        start = time.perf_counter()
        for text in texts:
            parser.parse(text)
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    """Run the benchmarks and record them."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--articles", type=int, default=1000,
                     help="generated articles to extract and build (default 1000)")
    cli.add_argument("--quantulum-articles", type=int, default=40,
                     help="of those, how many quantulum3 parses (it is slow; default 40)")
    args = cli.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        raw = generate(args.articles, Path(tmp) / "raw")
        seconds, n, size, texts = time_extraction(raw)
        ours_rate = n / seconds
        q_texts = texts[: args.quantulum_articles]
        ours_q = time_extraction_subset(raw, len(q_texts))
        q_seconds = time_quantulum(q_texts)
        q_rate = len(q_texts) / q_seconds if q_seconds else float("nan")

        out = Path(tmp) / "processed"
        start = time.perf_counter()
        build(raw, out, progress=False)
        build_seconds = time.perf_counter() - start
        start = time.perf_counter()
        build(raw, Path(tmp) / "processed2", progress=False, jobs=2)
        build2_seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report = evaluate(pd.read_csv(raw / "gold.csv", dtype=str, keep_default_na=False),
                          pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False))

    ratio = (len(q_texts) / ours_q) / q_rate if q_seconds else float("nan")
    q_cells = quantulum_cells(q_rate, ratio)
    lines = [
        f"extraction: {ours_rate:,.0f} articles/s, {size / seconds / 1e6:.2f} MB/s "
        f"({n} articles, {size / n / 1000:.1f} KB each)",
        f"quantulum3: {q_rate:,.1f} articles/s on the first {len(q_texts)} articles; "
        f"ours is {ratio:,.0f}x faster on the same texts" if q_seconds else
        "quantulum3: not installed, so not compared (install it with "
        "`pip install -e '.[bench]'`, as `make bench` does)",
        f"build (1 job): {n / build_seconds:,.0f} articles/s; (2 jobs): "
        f"{n / build2_seconds:,.0f} articles/s; peak memory {peak_mb:,.0f} MB",
        f"F1 on the generated corpus: {report.f1:.3f} (qualifier {report.qualifier_accuracy:.3f}, "
        f"as-of {report.as_of_accuracy:.3f})",
    ]
    print("\n".join(lines))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    row = (f"| {stamp} | {machine()} | {n} | {ours_rate:,.0f} | {size / seconds / 1e6:.2f} | "
           f"{q_cells[0]} | {q_cells[1]} | {n / build_seconds:,.0f} | "
           f"{n / build2_seconds:,.0f} | {peak_mb:,.0f} | {report.f1:.3f} |\n")
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    # This table comes first; the scale benchmark's table (benchmarks/scale.py) follows it.
    head, marker, tail = text.partition(SCALE_MARKER)
    RESULTS.write_text(add_row(head, row) + (marker + tail if marker else ""), encoding="utf-8")


def quantulum_cells(rate: float, ratio: float) -> tuple[str, str]:
    """The table's quantulum3 and speed-up cells; a dash for each when quantulum3 was not
    timed (not installed), never "nan"."""
    if math.isnan(rate) or math.isnan(ratio):
        return "\u2013", "\u2013"
    return f"{rate:,.1f}", f"{ratio:,.0f}x"


def add_row(section: str, row: str) -> str:
    """``section`` with ``row`` after the last row of its table, so notes written under
    the table stay under it."""
    lines = section.rstrip("\n").split("\n")
    last = max((i for i, line in enumerate(lines) if line.startswith("|")), default=len(lines) - 1)
    lines.insert(last + 1, row.rstrip("\n"))
    return "\n".join(lines) + "\n\n"


def time_extraction_subset(raw_dir: Path, count: int) -> float:
    """Seconds our cleaning and extraction take on the first ``count`` articles."""
    raws = [r for r in iter_raw(raw_dir) if isinstance(r, RawArticle)][:count]
    start = time.perf_counter()
    for raw in raws:
        extract_article(clean_article(raw))
    return time.perf_counter() - start


HEADER = """# Benchmark results

Each row is one run of `make bench` (`python -m benchmarks.run`) on a generated corpus
(`benchmarks/generate.py`, seed 7). Extraction = cleaning plus figure extraction in one
process; quantulum3 parses the same cleaned texts; build = the whole `build` command
(loading, cleaning, extraction, writing CSV and Parquet) with one and with two jobs.

| when | machine | articles | extraction articles/s | extraction MB/s | quantulum3 articles/s \
| speed-up | build articles/s (1 job) | build articles/s (2 jobs) | peak MB | F1 |
|---|---|---|---|---|---|---|---|---|---|---|
"""


if __name__ == "__main__":
    main()
