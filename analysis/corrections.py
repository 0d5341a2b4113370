"""Corrections a person makes to the extractor's output, kept in ``data/raw/corrections.csv``.

Each row names a ``figure_id`` (stable across runs) and an ``action``:

- ``reject``: the figure is dropped from figures.csv;
- ``change``: the non-empty fields among metric, subgroup, value, qualifier, as_of replace
  the extracted ones (an empty metric or subgroup is written ``-``);
- ``add``: a figure the extractor missed; ``article_id`` and ``value`` are required, and
  ``figure_id`` is the id the new row gets.

Every corrected row is marked in the ``corrected`` column with the note. A correction whose
figure no longer exists is reported, never applied to something else. The file is read,
never written, by the code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORRECTIONS_NAME = "corrections.csv"
ACTIONS = ("reject", "change", "add")
FIELDS = ("metric", "subgroup", "value", "qualifier", "as_of")
EMPTY = "-"  # written in a field to set it to empty


@dataclass
class Corrections:
    """The corrections of a raw folder, and what applying them found."""

    rows: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    applied: int = 0


def read_corrections(raw_dir: Path) -> Corrections:
    """Read ``<raw>/corrections.csv`` (absent: no corrections); bad rows become problems."""
    path = Path(raw_dir) / CORRECTIONS_NAME
    result = Corrections()
    if not path.exists():
        return result
    try:
        reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
        records = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        result.problems.append(f"{CORRECTIONS_NAME} unreadable, ignored: {exc}")
        return result
    for line, record in enumerate(records, start=2):
        row = {k: (v or "").strip() for k, v in record.items() if k}
        action = row.get("action", "")
        if action not in ACTIONS or not row.get("figure_id"):
            result.problems.append(f"{CORRECTIONS_NAME} line {line}: needs a figure_id and an "
                                   f"action ({', '.join(ACTIONS)}); ignored")
            continue
        if action == "add" and not (row.get("article_id") and row.get("value")):
            result.problems.append(f"{CORRECTIONS_NAME} line {line}: 'add' needs article_id "
                                   "and value; ignored")
            continue
        if row.get("value"):
            try:
                float(row["value"])
            except ValueError:
                result.problems.append(f"{CORRECTIONS_NAME} line {line}: value "
                                       f"{row['value']!r} is not a number; ignored")
                continue
        row["line"] = str(line)
        result.rows.append(row)
    return result


def apply_corrections(figures: list[dict[str, Any]], corrections: Corrections,
                      articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures with the corrections applied; stale corrections are added to the problems."""
    by_id = {f["figure_id"]: f for f in figures}
    rejected: set[str] = set()
    added: list[dict[str, Any]] = []
    for row in corrections.rows:
        note = row.get("note") or f"corrected ({row['action']})"
        figure_id, action = row["figure_id"], row["action"]
        if action == "add":
            article = articles.get(row["article_id"])
            if article is None:
                corrections.problems.append(f"{CORRECTIONS_NAME} line {row['line']}: article "
                                            f"{row['article_id']!r} is not in the build")
                continue
            value = float(row["value"])
            added.append({
                "figure_id": figure_id, "article_id": row["article_id"],
                "metric": _field(row, "metric"), "subgroup": _field(row, "subgroup"),
                "unit": row.get("unit", ""), "value": value, "low": value, "high": value,
                "qualifier": row.get("qualifier") or "exact",
                "as_of": row.get("as_of") or article.get("published", ""),
                "published": article.get("published", ""), "outlet": article.get("outlet", ""),
                "attribution": row.get("attribution", ""), "quote": row.get("quote", ""),
                "start": 0, "end": 1, "source": "correction", "post_id": "",
                "number_text": row["value"], "sentence_start": 0, "corrected": note,
            })
            corrections.applied += 1
            continue
        figure = by_id.get(figure_id)
        if figure is None:
            corrections.problems.append(f"{CORRECTIONS_NAME} line {row['line']}: figure "
                                        f"{figure_id} no longer exists; correction not applied")
            continue
        if action == "reject":
            rejected.add(figure_id)
        else:
            for name in FIELDS:
                if row.get(name):
                    figure[name] = float(row[name]) if name == "value" else _field(row, name)
            if row.get("value") or row.get("qualifier"):
                _bounds(figure)
            figure["corrected"] = note
        corrections.applied += 1
    return [f for f in figures if f["figure_id"] not in rejected] + added


def _field(row: dict[str, str], name: str) -> str:
    value = row.get(name, "")
    return "" if value == EMPTY else value


def _bounds(figure: dict[str, Any]) -> None:
    """Bounds that follow the (corrected) qualifier and value."""
    value, qualifier = figure["value"], figure["qualifier"]
    if qualifier == "exact":
        figure["low"], figure["high"] = value, value
    elif qualifier == "at_least":
        figure["low"], figure["high"] = value, None
    elif qualifier == "at_most":
        figure["low"], figure["high"] = None, value
    elif qualifier == "approximate":
        figure["low"], figure["high"] = None, None
