"""Command line: ``python -m analysis {build,evaluate} ...``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from analysis import __version__
from analysis.config import PROCESSED_DIR, RAW_DIR, REPORTS_DIR
from analysis.engines import ENGINES, default_jobs

DESCRIPTION = """\
Extract the figures reported in news articles (prisoners held and released, hostages,
casualty tolls, truce lengths) with their provenance, into tidy tables.

  raw text (data/raw/articles/*.txt + articles.csv)
    -> cleaned articles and embedded posts
    -> figures with metric, bounds, qualifier, as-of date, attribution, quote, offsets
    -> tables in data/processed/ (CSV and Parquet)
    -> reports: notebooks run with papermill, HTML, charts (PNG, SVG) in reports/
"""

BUILD_HELP = """\
Read every article of RAW/articles/ (and the optional manifest RAW/articles.csv),
clean it, extract its figures, and write to OUT:

  articles.csv   one row per loaded article, with its warnings
  figures.csv    one row per figure (columns of the figures contract)
  posts.csv      social-media posts embedded in the articles
  rejected.csv   files that could not be used, with the reason
  *.parquet      the same tables as Parquet folders, one file per part of the corpus
                 (pandas, pyarrow and dask read a folder as one table), and
                 texts.parquet, the cleaned texts the offsets point into
  parts/         the stored parts (about 128 articles each), which the next build
                 reuses: unchanged files are not even read, only new or changed
                 articles are extracted, only the parts they fall in are rewritten

Large corpora: --jobs N extracts with N processes (default: all cores); --engine dask
sends the extraction to a dask.distributed cluster (--scheduler tcp://host:8786, or a
local cluster of N workers). Workers need this package installed, nothing else: they
receive article texts and return rows; this process reads RAW and writes OUT.

A broken article is listed in rejected.csv and never stops the others. Tables are
replaced atomically, so an interrupted build leaves the previous ones intact.
Exit status: 0 when the build finished (even with rejected articles; with --strict, 1
when anything was rejected or warned about), 2 on a usage error, a missing or empty raw
folder, an unwritable output folder, or another build writing to the same folder.

Inputs: UTF-8 (with or without BOM) or UTF-16 with BOM; other encodings, binary files,
empty files, files over 20 MB, links pointing outside the raw folder, subfolders and
non-.txt files are listed in rejected.csv with the reason, never read silently.
"""

EVALUATE_HELP = """\
Score extracted figures against a gold file. Figures match per article on
(metric, subgroup, value), each key counted once; only extracted rows with a metric
count toward precision; gold rows with required=0 are neither rewarded nor penalised.
Prints precision, recall, F1, and the qualifier and as-of accuracy of matched rows.

Gold columns: article_id,metric,subgroup,value,qualifier,as_of,required
A gold row with an empty metric marks an article that has no metric figures, so
that anything extracted from it counts as spurious.
"""


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _build(args: argparse.Namespace) -> int:
    from analysis.build import BuildError, build

    try:
        result = build(Path(args.raw), Path(args.out), progress=None if args.progress is None
                       else args.progress, jobs=args.jobs, incremental=not args.full,
                       engine=args.engine, scheduler=args.scheduler)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for rejection in result.rejected:
        print(f"rejected {rejection.file}: {rejection.reason}", file=sys.stderr)
    if not args.quiet:
        for article_id, warning in result.warnings:
            print(f"warning {article_id or 'raw folder'}: {warning}", file=sys.stderr)
    print(result.summary())
    if args.scheduler and args.engine != "dask":
        print("note: --scheduler is used only with --engine dask", file=sys.stderr)
    if args.strict and not result.clean:
        print(f"strict: failing because of {len(result.rejected)} rejected file(s) and "
              f"{len(result.warnings)} warning(s)", file=sys.stderr)
        return 1
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluate import EvaluationError, evaluate_files, format_report

    try:
        report = evaluate_files(Path(args.gold), Path(args.figures))
    except EvaluationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_report(report, detail=args.detail))
    return 0


RENDER_HELP = """\
Rebuild the tables if data/raw changed, then run every notebook listed in the reports
file with papermill into OUT: for each report the executed notebook and an HTML copy
(code hidden unless --show-code), the charts as PNG and SVG in OUT/charts/, and
OUT/index.html linking them all. One article_figures report is made per article.

A report that fails is listed with its error (in index.html too), the others still
render, the exit status is 1, and the last good copy of the failed report is kept.
Rendering twice on unchanged input changes no file.
"""

CHART_HELP = """\
Export the chart of one metric, as the figures_over_time notebook draws it, without
running a notebook. The source line is built from the outlets and attributions of the
plotted figures.
"""


def _render(args: argparse.Namespace) -> int:
    from analysis.lexicon import ConfigError
    from analysis.render import render

    try:
        result = render(Path(args.out), reports_file=Path(args.reports), raw_dir=Path(args.raw),
                        processed_dir=Path(args.processed), timeout=args.timeout,
                        only=args.only or None, show_code=args.show_code, jobs=args.jobs,
                        per_article=not args.no_article_reports)
    except (ConfigError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"rendered {len(result.rendered)} reports, {len(result.failed)} failed, "
          f"{len(result.charts)} chart files -> {args.out}/index.html")
    return 0 if result.ok else 1


def _chart(args: argparse.Namespace) -> int:
    from analysis.charts import export
    from analysis.series import load_tables
    from analysis.taxonomy import load_taxonomy
    from analysis.views import metric_chart

    if args.metric not in load_taxonomy().metric_ids:
        print(f"error: unknown metric {args.metric!r}; known: "
              f"{', '.join(load_taxonomy().metric_ids)}", file=sys.stderr)
        return 2
    tables = load_tables(Path(args.processed), Path(args.raw))
    fig, points = metric_chart(tables, args.metric, subgroup=args.subgroup, start=args.start,
                               end=args.end, outlets=args.outlet or (), raw_dir=args.raw)
    if fig is None:
        print(f"error: no figures for {args.metric} in this selection", file=sys.stderr)
        return 1
    out = Path(args.out)
    fmt = args.format or out.suffix.lstrip(".") or "png"
    export(fig, out.with_suffix(""), (fmt,))
    print(f"wrote {out.with_suffix('.' + fmt)} ({len(points)} figures)")
    return 0


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = sub.add_parser("build", help="build the processed tables from the raw folder",
                           description=BUILD_HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--raw", default=str(RAW_DIR), metavar="RAW",
                       help=f"raw folder holding articles/ and articles.csv (default: {RAW_DIR})")
    build.add_argument("--out", default=str(PROCESSED_DIR), metavar="OUT",
                       help=f"folder for the tables (default: {PROCESSED_DIR})")
    build.add_argument("--quiet", action="store_true",
                       help="do not list warnings (the summary line still counts them)")
    build.add_argument("--jobs", type=_positive, default=default_jobs(), metavar="N",
                       help="worker processes (default: all cores, here "
                            f"{default_jobs()}); with --engine dask and no --scheduler, the "
                            "workers of the local cluster; the output is the same for any N")
    build.add_argument("--engine", choices=ENGINES, default="local",
                       help="where articles are extracted: 'local' processes (default) or "
                            "'dask', a dask.distributed cluster; the output is the same")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: the scheduler to use, e.g. tcp://host:8786 "
                            "(default: start a LocalCluster of --jobs workers)")
    build.add_argument("--full", action="store_true",
                       help="re-extract every article (default: reuse the articles whose "
                            "text, metadata, corrections and code did not change since the "
                            "last build)")
    build.add_argument("--strict", action="store_true",
                       help="exit 1 when any file is rejected or any warning is raised "
                            "(for schedulers); the tables are still written")
    progress = build.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="always show a progress bar (default: only on a terminal)")
    progress.add_argument("--no-progress", dest="progress", action="store_false",
                          help="never show a progress bar")
    build.set_defaults(func=_build)

    evaluate = sub.add_parser("evaluate", help="score figures against a gold file",
                              description=EVALUATE_HELP,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("--gold", required=True, help="gold CSV file")
    evaluate.add_argument("--figures", required=True, help="figures.csv written by build")
    evaluate.add_argument("--detail", action="store_true",
                          help="also list missed and spurious figures and wrong qualifiers/dates")
    evaluate.set_defaults(func=_evaluate)

    from analysis.render import REPORTS_FILE

    render = sub.add_parser("render", help="run the notebooks into reports/ (HTML, charts)",
                            description=RENDER_HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    render.add_argument("--out", default=str(REPORTS_DIR), help=f"(default: {REPORTS_DIR})")
    render.add_argument("--reports", default=str(REPORTS_FILE),
                        help="reports file listing notebooks and parameters "
                             f"(default: {REPORTS_FILE})")
    render.add_argument("--raw", default=str(RAW_DIR), help=f"(default: {RAW_DIR})")
    render.add_argument("--processed", default=str(PROCESSED_DIR),
                        help=f"(default: {PROCESSED_DIR})")
    render.add_argument("--timeout", type=int, default=None,
                        help="seconds each notebook may run (default: from the reports file)")
    render.add_argument("--only", nargs="+", metavar="NAME", help="render only these reports")
    render.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    render.add_argument("--jobs", type=_positive, default=default_jobs(), metavar="N",
                        help="notebooks run at the same time (default: all cores, here "
                             f"{default_jobs()}); the files do not depend on N")
    render.add_argument("--no-article-reports", action="store_true",
                        help="skip the reports made once per article (for large corpora, "
                             "where the corpus-wide reports are what is read)")
    render.set_defaults(func=_render)

    chart = sub.add_parser("chart", help="export one metric's chart (PNG, SVG or PDF)",
                           description=CHART_HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    chart.add_argument("metric", help="metric id, e.g. palestinian_prisoners_held")
    chart.add_argument("--subgroup", default="", help="subgroup id (default: the whole group)")
    chart.add_argument("--start", default="", help="first as-of date, YYYY-MM-DD")
    chart.add_argument("--end", default="", help="last as-of date, YYYY-MM-DD")
    chart.add_argument("--outlet", action="append", help="keep this outlet (repeatable)")
    chart.add_argument("--format", choices=["png", "svg", "pdf"],
                       help="file format (default: from --out's suffix, else png)")
    chart.add_argument("--out", required=True, help="file to write")
    chart.add_argument("--raw", default=str(RAW_DIR), help=f"(default: {RAW_DIR})")
    chart.add_argument("--processed", default=str(PROCESSED_DIR),
                       help=f"(default: {PROCESSED_DIR})")
    chart.set_defaults(func=_chart)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # "evaluate ... | head": the reader stopped listening; that is not an error.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
