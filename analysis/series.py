"""Series layer: processed tables -> the figures a chart or a report shows.

Every function here returns rows that still carry their article id, outlet, attribution
and quote, so that each charted point leads back to its source.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.config import PROCESSED_DIR, RAW_DIR
from analysis.tables import TABLES, count_rows, frame, is_build_output, read_table
from analysis.taxonomy import load_taxonomy

QUALIFIER_ORDER = ["exact", "approximate", "at_least", "at_most", "range"]


TABLE_NAMES = ("articles", "figures", "posts", "rejected", "texts")
SELECTIONS_KEPT = 4  # selections of the figures table a Tables keeps in memory


class Tables:
    """The processed tables a notebook works with, each read from disk the first time it
    is used: a report that never shows the cleaned texts never loads them."""

    def __init__(self, processed_dir: Path, **frames: pd.DataFrame) -> None:
        self.processed_dir = Path(processed_dir)
        self._frames = dict(frames)
        self._selections: OrderedDict[tuple[Any, ...], pd.DataFrame] = OrderedDict()

    def _get(self, name: str) -> pd.DataFrame:
        if name not in self._frames:
            self._frames[name] = read_table(self.processed_dir, name)
        return self._frames[name]

    @property
    def articles(self) -> pd.DataFrame:
        """One row per article (articles.parquet)."""
        return self._get("articles")

    @property
    def figures(self) -> pd.DataFrame:
        """One row per figure (figures.parquet)."""
        return self._get("figures")

    @property
    def posts(self) -> pd.DataFrame:
        """Embedded posts (posts.parquet)."""
        return self._get("posts")

    @property
    def rejected(self) -> pd.DataFrame:
        """Files that could not be used (rejected.parquet)."""
        return self._get("rejected")

    @property
    def texts(self) -> pd.DataFrame:
        """Cleaned article texts (texts.parquet)."""
        return self._get("texts")

    def _filtered(self, name: str, filters: list[tuple[str, str, Any]],
                  columns: list[str] | None) -> pd.DataFrame:
        """Rows of table ``name`` that pass every ``(column, "==" or "in", value)`` filter,
        only ``columns``. A table exactly as the build wrote it is read from Parquet with
        the filter applied before its rows become a DataFrame (a report on one metric of
        a large corpus never holds the whole table); any other table is loaded whole,
        and checked, once."""
        if name not in self._frames and is_build_output(self.processed_dir, name):
            return pd.read_parquet(self.processed_dir / f"{name}.parquet", columns=columns,
                                   filters=filters or None)
        df = self._get(name)
        keep = pd.Series(True, index=df.index)
        for column, op, value in filters:
            keep &= df[column].isin(value) if op == "in" else df[column] == value
        df = df[keep]
        return (df[columns] if columns else df).reset_index(drop=True)

    def figure_rows(self, *, metrics: Iterable[str] | None = None,
                    article_id: str | None = None,
                    columns: Iterable[str] | None = None) -> pd.DataFrame:
        """Figures of ``metrics`` (``""`` for figures without a metric) or of one article,
        only ``columns`` (every column when None). The last few selections are kept, since
        a report asks for the same metric several times."""
        filters: list[tuple[str, str, Any]] = []
        if metrics is not None:
            filters.append(("metric", "in", sorted(set(metrics))))
        if article_id is not None:
            filters.append(("article_id", "==", article_id))
        wanted = list(columns) if columns is not None else None
        key = (tuple(map(repr, filters)), tuple(wanted) if wanted else None)
        if key not in self._selections:
            if metrics is not None and not filters[0][2]:  # no metric asked for
                rows = frame([], wanted or TABLES["figures"])
            else:
                rows = self._filtered("figures", filters, wanted)
            self._selections[key] = rows
            while len(self._selections) > SELECTIONS_KEPT:
                self._selections.popitem(last=False)
        self._selections.move_to_end(key)
        return self._selections[key]

    def text_of(self, article_id: str) -> str:
        """The cleaned text of one article (read alone when the texts are not loaded)."""
        rows = self._filtered("texts", [("article_id", "==", article_id)], ["text"])
        if rows.empty:
            raise KeyError(f"article_id {article_id!r} has no text in the texts table")
        return str(rows["text"].iloc[0])

    def count(self, name: str) -> int:
        """The number of rows of a table, without loading it when it is not loaded."""
        if name not in self._frames and is_build_output(self.processed_dir, name):
            return count_rows(self.processed_dir / f"{name}.parquet")
        return len(self._get(name))


def _newest_mtime(folder: Path) -> float:
    newest = 0.0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                newest = max(newest, os.stat(os.path.join(root, name)).st_mtime)
            except OSError:
                continue
    return newest


def tables_are_stale(raw_dir: Path = RAW_DIR, processed_dir: Path = PROCESSED_DIR) -> bool:
    """True when a table is missing or anything in ``raw_dir`` is newer than the tables."""
    needed = [processed_dir / f"{name}.parquet" for name in TABLE_NAMES]
    if not all(p.exists() for p in needed):
        return True
    oldest_table = min(p.stat().st_mtime for p in needed)
    return _newest_mtime(raw_dir) > oldest_table


def load_tables(processed_dir: Path = PROCESSED_DIR, raw_dir: Path | None = RAW_DIR,
                rebuild: bool = True) -> Tables:
    """Read the processed tables, rebuilding them first if ``raw_dir`` changed."""
    processed_dir = Path(processed_dir)
    if rebuild and raw_dir is not None and tables_are_stale(Path(raw_dir), processed_dir):
        from analysis.build import build

        build(Path(raw_dir), processed_dir, progress=False)
    missing = [name for name in TABLE_NAMES
               if not (processed_dir / f"{name}.parquet").exists()
               and not (processed_dir / f"{name}.csv").exists()]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)} table(s) not found in {processed_dir}; "
                                "run `python -m analysis build` first")
    return Tables(processed_dir)


def as_of_date(value: str) -> date | None:
    """A plotting date for an as-of value: ``YYYY-MM-DD`` as is, ``YYYY-MM`` at the start of
    the month, ``YYYY`` at the start of the year; None when empty or unreadable."""
    value = (value or "").strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7:
            return date.fromisoformat(f"{value}-01")
        if len(value) == 4:
            return date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def select_figures(figures: pd.DataFrame, *, metrics: Iterable[str] | None = None,
                   subgroup: str | None = "", start: str | None = None, end: str | None = None,
                   outlets: Iterable[str] | None = None) -> pd.DataFrame:
    """Figures with a metric, filtered, with a ``date`` column for plotting, sorted by date.

    ``subgroup`` "" keeps whole-group figures only, None keeps every subgroup. ``start`` and
    ``end`` are ISO dates compared with the as-of date.
    """
    # One mask, then one copy: each filter on its own would copy every column (quotes
    # included) again.
    keep = ~_flags(figures["metric"].fillna("") == "")
    if metrics:
        keep &= _flags(figures["metric"].isin(list(metrics)))
    if subgroup is not None:
        keep &= _flags(figures["subgroup"] == subgroup)
    if outlets:
        keep &= _flags(figures["outlet"].isin(list(outlets)))
    dates = as_of_dates(figures["as_of"])
    keep &= _flags(dates.notna())
    if start:
        keep &= _flags(dates >= pd.Timestamp(start))
    if end:
        keep &= _flags(dates <= pd.Timestamp(end))
    df = figures[keep].assign(date=dates[keep].to_numpy())
    # Callers that read only some columns (an overview needs no quotes) get those back.
    df = df.assign(**{column: pd.to_numeric(df[column], errors="coerce").astype(float)
                      for column in ("value", "low", "high") if column in df.columns})
    if {"attribution", "outlet"} <= set(df.columns):
        df = df.assign(source_label=source_labels(df))
    order = [c for c in ("date", "metric", "value", "figure_id") if c in df.columns]
    return df.sort_values(order).reset_index(drop=True)


def _flags(mask: pd.Series) -> np.ndarray:
    """A comparison's result as plain booleans (a missing value is False)."""
    return np.asarray(mask.fillna(False), dtype=bool)


def as_of_dates(as_of: pd.Series) -> pd.Series:
    """:func:`as_of_date` of a column, as timestamps (each distinct value parsed once)."""
    codes, distinct = pd.factorize(as_of.fillna(""))
    parsed = pd.to_datetime(pd.Series([as_of_date(str(v)) for v in distinct], dtype=object),
                            errors="coerce").to_numpy(dtype="datetime64[ns]")
    return pd.Series(parsed.take(codes) if len(parsed) else parsed, index=as_of.index,
                     dtype="datetime64[ns]")


def source_labels(df: pd.DataFrame) -> pd.Series:
    """:func:`source_label` of every row, computed column-wise."""
    attribution = df["attribution"].fillna("").astype(str).str.strip()
    outlet = df["outlet"].fillna("").astype(str).str.strip()
    unnamed = ("no source named (" + outlet + ")").where(outlet != "", "no source named")
    return attribution.where(attribution != "", unnamed).astype(str)


def source_label(row: pd.Series) -> str:
    """How a point is labelled: its attribution; when the text names no one, that, with the
    outlet that published it."""
    attribution = str(row.get("attribution", "") or "").strip()
    outlet = str(row.get("outlet", "") or "").strip()
    if attribution:
        return attribution
    return f"no source named ({outlet})" if outlet else "no source named"


def metric_label(metric: str, subgroup: str = "") -> str:
    """The taxonomy's label of a metric, with its subgroup."""
    taxonomy = load_taxonomy()
    try:
        label = taxonomy.metric(metric).label
    except KeyError:
        label = metric
    return f"{label}: {subgroup.replace('_', ' ')}" if subgroup else label


def metric_kind(metric: str) -> str:
    """``level`` (held at a time) or ``events`` (counted as they happen)."""
    try:
        return load_taxonomy().metric(metric).kind
    except KeyError:
        return "level"


def points_table(df: pd.DataFrame) -> pd.DataFrame:
    """The table shown under a chart: every point with its source and quote."""
    columns = ["as_of", "value", "qualifier", "low", "high", "outlet", "attribution",
               "article_id", "figure_id", "quote", "corrected"]
    return df[[c for c in columns if c in df.columns]].reset_index(drop=True)


def metrics_with_data(figures: pd.DataFrame) -> list[str]:
    """Metric ids that have at least one dated figure, in taxonomy order."""
    # Distinct (metric, as-of) pairs first: a large table has few of them.
    pairs = (figures.groupby(["metric", "as_of"], sort=False).size().reset_index()
             [["metric", "as_of"]].astype(str))
    pairs = pairs[pairs["metric"] != ""]
    dated = pairs[as_of_dates(pairs["as_of"]).notna().to_numpy()]
    present = set(dated["metric"].unique())
    return [m for m in load_taxonomy().metric_ids if m in present]
