"""Command line: ``python -m analysis {build,evaluate} ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import __version__
from analysis.config import PROCESSED_DIR, RAW_DIR

DESCRIPTION = """\
Extract the figures reported in news articles (prisoners held and released, hostages,
casualty tolls, truce lengths) with their provenance, into tidy tables.

  raw text (data/raw/articles/*.txt + articles.csv)
    -> cleaned articles and embedded posts
    -> figures with metric, bounds, qualifier, as-of date, attribution, quote, offsets
    -> tables in data/processed/ (CSV and Parquet)
"""

BUILD_HELP = """\
Read every article of RAW/articles/ (and the optional manifest RAW/articles.csv),
clean it, extract its figures, and write to OUT:

  articles.csv   one row per loaded article, with its warnings
  figures.csv    one row per figure (columns of the figures contract)
  posts.csv      social-media posts embedded in the articles
  rejected.csv   files that could not be used, with the reason
  *.parquet      the same tables (and texts.parquet, the cleaned texts)

A broken article is listed in rejected.csv and never stops the others. Tables are
replaced atomically, so an interrupted build leaves the previous ones intact.
Exit status: 0 when the build finished (even with rejected articles), 2 on a usage
error, a missing or empty raw folder, or an unwritable output folder.
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


def _build(args: argparse.Namespace) -> int:
    from analysis.build import BuildError, build

    try:
        result = build(Path(args.raw), Path(args.out), progress=None if args.progress is None
                       else args.progress)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for rejection in result.rejected:
        print(f"rejected {rejection.file}: {rejection.reason}", file=sys.stderr)
    if not args.quiet:
        for article_id, warning in result.warnings:
            print(f"warning {article_id}: {warning}", file=sys.stderr)
    print(result.summary())
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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
