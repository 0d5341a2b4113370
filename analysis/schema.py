"""Schemas of the processed tables (pandera), checked when they are written and read.

A hand-edited or corrupted table fails with a message naming the table, the column, the
rule and the first offending rows, instead of producing a wrong chart later.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError, SchemaErrors

from analysis.taxonomy import load_taxonomy

QUALIFIERS = ["exact", "approximate", "at_least", "at_most", "range"]
AS_OF_PATTERN = r"^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})?$"
DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"


class TableError(ValueError):
    """A processed table breaks its schema; the message names where."""


def _text(**kwargs: object) -> pa.Column:
    return pa.Column(str, nullable=False, coerce=True, **kwargs)  # type: ignore[arg-type]


def figures_schema() -> pa.DataFrameSchema:
    """Rules every row of figures.csv follows (contract section 3)."""
    taxonomy = load_taxonomy()
    metrics = ["", *taxonomy.metric_ids]
    subgroups = ["", *(s.id for s in taxonomy.subgroups)]
    return pa.DataFrameSchema(
        {
            "figure_id": _text(unique=True, checks=pa.Check.str_length(min_value=1)),
            "article_id": _text(checks=pa.Check.str_length(min_value=1)),
            "metric": _text(checks=pa.Check.isin(metrics)),
            "subgroup": _text(checks=pa.Check.isin(subgroups)),
            "unit": _text(),
            "value": pa.Column(float, nullable=False, coerce=True),
            "low": pa.Column(float, nullable=True, coerce=True),
            "high": pa.Column(float, nullable=True, coerce=True),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "as_of": _text(checks=pa.Check.str_matches(AS_OF_PATTERN)),
            "published": _text(checks=pa.Check.str_matches(DATE_PATTERN)),
            "outlet": _text(),
            "attribution": _text(),
            "quote": _text(),
            "start": pa.Column(int, checks=pa.Check.ge(0), coerce=True),
            "end": pa.Column(int, checks=pa.Check.ge(1), coerce=True),
        },
        checks=[pa.Check(lambda df: df["start"] < df["end"], name="start before end")],
        strict=False,
    )


def articles_schema() -> pa.DataFrameSchema:
    """Rules every row of articles.csv follows."""
    return pa.DataFrameSchema(
        {
            "article_id": _text(unique=True, checks=pa.Check.str_length(min_value=1)),
            "published": _text(checks=pa.Check.str_matches(DATE_PATTERN)),
            "n_chars": pa.Column(int, checks=pa.Check.ge(0), coerce=True),
            "n_sentences": pa.Column(int, checks=pa.Check.ge(0), coerce=True),
            "n_posts": pa.Column(int, checks=pa.Check.ge(0), coerce=True),
            "n_figures": pa.Column(int, checks=pa.Check.ge(0), coerce=True),
        },
        strict=False,
    )


SCHEMAS = {"figures": figures_schema, "articles": articles_schema}


def validate(name: str, df: pd.DataFrame, source: str = "") -> None:
    """Check table ``name``; raise :class:`TableError` naming column, rule and rows."""
    schema = SCHEMAS.get(name)
    if schema is None or df.empty:
        return
    try:
        schema().validate(df, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        lines = [
            f"column {row.column!r}, rule {row.check!r}, row {row.index}: {row.failure_case!r}"
            for row in cases.itertuples()
        ]
        where = f" ({source})" if source else ""
        raise TableError(f"{name} table{where} breaks its schema:\n  " + "\n  ".join(lines)
                         + "\nRebuild it with `python -m analysis build`.") from exc
    except SchemaError as exc:  # pragma: no cover - lazy=True reports SchemaErrors
        raise TableError(f"{name} table breaks its schema: {exc}") from exc
