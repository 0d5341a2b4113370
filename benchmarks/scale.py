"""Scale benchmarks (part of ``make bench``): whole builds on generated corpora of several
sizes, with one job, two jobs and the dask engine; peak memory of the build and its
workers; an incremental rebuild after adding 10 articles; rendering the corpus-wide reports
from the tables. Each build runs as its own ``python -m analysis build`` process, as a
scheduler would run it.

    python -m benchmarks.scale [--sizes 1000 10000 100000] [--modes 1 2 dask]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from analysis.evaluate import evaluate
from benchmarks.generate import generate
from benchmarks.run import RESULTS, SCALE_MARKER, machine

ROOT = Path(__file__).resolve().parent.parent


def _tree_pss_mb(pid: int) -> float:
    """Memory of ``pid`` and all its descendants, in MB: the sum of their proportional set
    sizes (Linux /proc), so that pages the forked workers share with the build process
    are counted once, not once per process as a sum of resident sizes would."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current and child not in tree:
                tree.add(child)
                frontier.append(child)
    total_kb = 0
    for member in tree:
        try:
            with open(f"/proc/{member}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total_kb += int(line.split()[1])
                        break
        except OSError:
            continue
    return total_kb / 1000


@dataclass
class Run:
    """One timed command: wall seconds and the peak memory of its process tree."""

    seconds: float
    peak_mb: float
    output: str


def timed(args: list[str]) -> Run:
    """Run ``python -m analysis ARGS``, sampling its memory five times a second."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_pss_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"analysis {' '.join(args)} failed:\n{output[-2000:]}")
    return Run(seconds, peak[0], output)


def corpus_bytes(raw: Path) -> int:
    """Total size of the article files."""
    return sum(p.stat().st_size for p in (raw / "articles").iterdir())


def add_articles(raw: Path, count: int = 10) -> list[Path]:
    """Copy ``count`` articles under new ids (spread over the corpus); return the copies."""
    files = sorted((raw / "articles").iterdir())
    step = max(1, len(files) // count)
    added = []
    for i, source in enumerate(files[::step][:count]):
        target = source.with_name(f"{source.stem}_added{i}.txt")
        shutil.copy(source, target)
        added.append(target)
    return added


def bench_size(n: int, modes: list[str], work: Path, render: bool) -> list[dict]:
    """Every measurement for a corpus of ``n`` articles."""
    raw = work / f"raw_{n}"
    if not raw.exists():
        generate(n, raw)
    size = corpus_bytes(raw)
    rows = []
    for mode in modes:
        out = work / f"out_{n}_{mode}"
        shutil.rmtree(out, ignore_errors=True)
        args = ["build", "--raw", str(raw), "--out", str(out), "--no-progress", "--quiet"]
        args += ["--engine", "dask", "--jobs", "2"] if mode == "dask" else ["--jobs", mode]
        run = timed(args)
        row = {"articles": n, "mode": "dask (2 workers)" if mode == "dask" else
               f"{mode} job{'s' if mode != '1' else ''}", "seconds": run.seconds,
               "articles_per_s": n / run.seconds, "mb_per_s": size / run.seconds / 1e6,
               "peak_mb": run.peak_mb, "incremental_s": None, "render_s": None, "f1": None}
        print(f"{n:>7} articles, {row['mode']}: {run.seconds:,.1f} s, "
              f"{row['articles_per_s']:,.0f} articles/s, peak {run.peak_mb:,.0f} MB", flush=True)
        if mode == modes[-1] or mode == "2":
            gold = pd.read_csv(raw / "gold.csv", dtype=str, keep_default_na=False)
            figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False,
                                  usecols=["article_id", "metric", "subgroup", "value",
                                           "qualifier", "as_of"])
            row["f1"] = evaluate(gold, figures).f1
        if mode == "2":
            added = add_articles(raw)
            try:
                again = timed(args)
                row["incremental_s"] = again.seconds
                print(f"        +10 articles rebuilt in {again.seconds:,.1f} s", flush=True)
            finally:
                for path in added:
                    path.unlink()
            if render:
                reports = work / f"reports_{n}"
                shutil.rmtree(reports, ignore_errors=True)
                shown = timed(["render", "--raw", str(raw), "--processed", str(out), "--out",
                               str(reports), "--no-article-reports", "--jobs", "2"])
                row["render_s"] = shown.seconds
                print(f"        corpus-wide reports rendered in {shown.seconds:,.1f} s "
                      f"({shown.output.strip().splitlines()[-1]})", flush=True)
        rows.append(row)
        if mode != "2":
            shutil.rmtree(out, ignore_errors=True)  # keep the disk free: 100k is large
    return rows


SCALE_HEADER = """
## Scale (`python -m benchmarks.scale`)

Whole `build` commands on generated corpora (seed 7, about 4 KB and 31 figures per
article), each a fresh process with an empty output folder. Peak memory is the build and
all its workers together (sum of proportional set sizes, so pages shared by forked
workers count once), sampled five times a second. Incremental: the 2-job build run
again after adding 10 articles. Render: `render --no-article-reports --jobs 2` (every
corpus-wide report) from the 2-job tables.

| when | machine | articles | mode | seconds | articles/s | MB/s | peak MB \
| +10 articles s | render s | F1 |
|---|---|---|---|---|---|---|---|---|---|---|
"""


def record(rows: list[dict]) -> None:
    """Add the rows at the end of the scale table of RESULTS.md (notes written under the
    table stay under it)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if SCALE_MARKER not in text:
        text += SCALE_HEADER
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")

    def fmt(value: float | None, spec: str) -> str:
        return "–" if value is None else format(value, spec)

    new = "".join(
        f"| {stamp} | {machine()} | {row['articles']:,} | {row['mode']} | "
        f"{row['seconds']:,.1f} | {row['articles_per_s']:,.0f} | "
        f"{row['mb_per_s']:.2f} | {row['peak_mb']:,.0f} | "
        f"{fmt(row['incremental_s'], ',.1f')} | {fmt(row['render_s'], ',.1f')} | "
        f"{fmt(row['f1'], '.3f')} |\n" for row in rows)
    head, tail = text.split(SCALE_MARKER, 1)
    lines = tail.splitlines(keepends=True)
    # The table is the first run of lines starting with "|" after the marker.
    first = next((i for i, line in enumerate(lines) if line.startswith("|")), len(lines))
    end = next((i for i in range(first, len(lines)) if not lines[i].startswith("|")),
               len(lines))
    if end == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines.insert(end, new)
    RESULTS.write_text(head + SCALE_MARKER + "".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Run the scale benchmarks and record them."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000],
                     help="corpus sizes in articles (default: 1000 10000 100000)")
    cli.add_argument("--modes", nargs="+", default=["1", "2", "dask"],
                     help="'1' and '2' jobs of the local engine, 'dask' a local cluster of "
                          "2 workers (default: all three)")
    cli.add_argument("--work", type=Path, default=None,
                     help="folder for the corpora and tables (default: a temporary folder; "
                          "the 100k corpus and its tables take about 2 GB)")
    cli.add_argument("--no-render", action="store_true", help="skip the render timing")
    args = cli.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        for n in args.sizes:
            rows += bench_size(n, args.modes, work, render=not args.no_render)
            record(rows[-len(args.modes):])


if __name__ == "__main__":
    main()
