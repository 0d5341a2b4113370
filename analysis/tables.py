"""Tables layer: the processed tables' columns, and writing them safely.

Every table is written as CSV and Parquet, each first to a temporary file in the
output folder and then renamed over the old one, so a reader (or a crash) never
sees a half-written table. The same rows always give the same bytes.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# Column order of each table. figures.csv follows contract section 3; the columns
# after `end` are this project's additions.
FIGURE_COLUMNS = [
    "figure_id", "article_id", "metric", "subgroup", "unit", "value", "low", "high",
    "qualifier", "as_of", "published", "outlet", "attribution", "quote", "start", "end",
    "source", "post_id", "number_text", "sentence_start", "corrected",
]
ARTICLE_COLUMNS = [
    "article_id", "published", "outlet", "title", "url", "language", "n_chars",
    "n_sentences", "n_posts", "n_figures", "warnings",
]
POST_COLUMNS = ["post_id", "article_id", "author", "handle", "posted", "language", "text", "media"]
REJECTED_COLUMNS = ["article_id", "file", "reason"]
TEXT_COLUMNS = ["article_id", "text"]

INTEGER_COLUMNS = {"n_chars", "n_sentences", "n_posts", "n_figures", "start", "end",
                   "sentence_start"}
NUMERIC_COLUMNS = {"value", "low", "high"} | INTEGER_COLUMNS

TABLES: dict[str, list[str]] = {
    "articles": ARTICLE_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "posts": POST_COLUMNS,
    "rejected": REJECTED_COLUMNS,
}


def frame(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns`` in order; missing values become empty."""
    df = pd.DataFrame(list(rows), columns=columns)
    for column in columns:
        if column in INTEGER_COLUMNS:
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
        elif column in NUMERIC_COLUMNS:
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("Float64")
        else:
            df[column] = df[column].astype("string").fillna("")
    return df


def atomic_write(path: Path, write: Any) -> None:
    """Call ``write(tmp_path)`` then rename the temporary file over ``path``."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _format_number(value: Any) -> str:
    """Whole numbers without a trailing ``.0``; empty for missing values."""
    if value is None or pd.isna(value):
        return ""
    number = float(value)
    if number.is_integer():
        return str(int(number))
    return repr(number)


def _format_numbers(column: pd.Series) -> pd.Series:
    """:func:`_format_number` of a whole column; whole numbers are formatted at once and
    only fractions one by one (they are rare)."""
    values = pd.to_numeric(column, errors="coerce").astype("Float64")
    missing = values.isna().to_numpy()
    numbers = values.to_numpy(dtype=float, na_value=np.nan)
    whole = ~missing & (np.floor(numbers) == numbers) & (np.abs(numbers) < 2**53)
    out = np.full(len(numbers), "", dtype=object)
    out[whole] = numbers[whole].astype(np.int64).astype(str)
    rest = ~missing & ~whole
    out[rest] = [_format_number(v) for v in numbers[rest]]
    return pd.Series(out, index=column.index, dtype=object)


def to_csv_text(df: pd.DataFrame) -> str:
    """The table as deterministic CSV text (numbers without spurious decimals)."""
    out = df.copy()
    for column in out.columns:
        if column in NUMERIC_COLUMNS:
            out[column] = _format_numbers(out[column])
    return out.to_csv(index=False, lineterminator="\n")


def write_table(df: pd.DataFrame, out_dir: Path, name: str, *, csv: bool = True) -> list[Path]:
    """Write ``name.csv`` (unless ``csv`` is False) and ``name.parquet`` atomically, after
    checking the table against its schema."""
    from analysis.schema import validate

    validate(name, df)
    written: list[Path] = []
    if csv:
        text = to_csv_text(df)
        target = out_dir / f"{name}.csv"
        atomic_write(target, lambda p: p.write_text(text, encoding="utf-8", newline=""))
        written.append(target)
    target = out_dir / f"{name}.parquet"
    atomic_write(target, lambda p: df.to_parquet(p, index=False, compression="zstd"))
    written.append(target)
    return written


WRITTEN_NAME = ".written.json"  # the files the last build wrote, as it wrote them


def _stamp(path: Path) -> list[Any]:
    """Size, modification time and inode of a file, or of each file of a folder."""
    if path.is_dir():
        return [[p.name, *_stamp(p)] for p in sorted(path.iterdir())]
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ino]


def record_written(out_dir: Path, paths: Iterable[Path]) -> None:
    """Note the size, time and inode of the tables a build just wrote (and validated), so
    that reading them back can skip a second validation; any later change to a file,
    by hand or by another program, changes its stamp and brings the check back."""
    stamps = {p.name: _stamp(p) for p in paths if p.parent == out_dir and p.exists()}
    target = out_dir / WRITTEN_NAME
    atomic_write(target, lambda tmp: tmp.write_text(json.dumps(stamps, sort_keys=True),
                                                    encoding="utf-8"))


def _written_by_build(path: Path) -> bool:
    try:
        stamps = json.loads((path.parent / WRITTEN_NAME).read_text(encoding="utf-8"))
        return stamps.get(path.name) == _stamp(path)
    except (OSError, ValueError, AttributeError):
        return False


def is_build_output(out_dir: Path, name: str) -> bool:
    """True when ``<name>.parquet`` is exactly as the last build wrote (and checked) it."""
    return _written_by_build(Path(out_dir) / f"{name}.parquet")


def count_rows(parquet: Path) -> int:
    """The number of rows of a Parquet file or folder, from its metadata alone."""
    import pyarrow.dataset as ds

    return int(ds.dataset(parquet, format="parquet").count_rows())


def read_table(out_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a processed table, preferring Parquet; a clear error if it was never built.

    ``columns`` reads only those columns of a Parquet table (much less memory on large
    tables). A table is checked against its schema unless it is exactly as the build
    wrote it (the build checked it then).
    """
    from analysis.schema import validate

    parquet, csv_path = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    if parquet.exists():
        try:
            df = pd.read_parquet(parquet, columns=columns)
        except Exception as exc:  # pyarrow raises several kinds on a damaged file
            raise ValueError(f"{parquet} cannot be read ({exc}); rebuild it with "
                             "`python -m analysis build`") from exc
        if not _written_by_build(parquet):
            whole = df if columns is None else pd.read_parquet(parquet)
            validate(name, whole, str(parquet))
        return df
    if csv_path.exists():
        df = frame(pd.read_csv(csv_path, dtype=str, keep_default_na=False).to_dict("records"),
                   TABLES.get(name, []))
        validate(name, df, str(csv_path))
        return df[columns] if columns else df
    raise FileNotFoundError(
        f"{name} table not found in {out_dir}; run `python -m analysis build` first"
    )
