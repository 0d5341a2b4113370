"""The build: raw folder -> cleaned articles -> figures -> processed tables."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from filelock import FileLock, Timeout
from tqdm import tqdm

from analysis.corrections import (
    CORRECTIONS_NAME,
    Corrections,
    apply_corrections,
    read_corrections,
)
from analysis.engines import EngineError, open_engine, run_batches
from analysis.parts import (
    CSV_TABLES,
    PART_TABLES,
    PartIndex,
    PartTables,
    assemble,
    cut_parts,
    part_dir,
    part_key,
    read_notes,
    read_part,
    remove_unused_parts,
    restore_swapped,
    write_part,
)
from analysis.process import (
    Processed,
    article_key,
    code_fingerprint,
    loader_fingerprint,
    process_batch,
)
from analysis.raw import (
    Note,
    RawArticle,
    Rejection,
    check_raw_folder,
    iter_raw,
    list_article_names,
)
from analysis.schema import validate
from analysis.tables import (
    ARTICLE_COLUMNS,
    FIGURE_COLUMNS,
    POST_COLUMNS,
    REJECTED_COLUMNS,
    TEXT_COLUMNS,
    frame,
    record_written,
    write_table,
)

LOCK_NAME = ".build.lock"
JOB_BATCH = 512  # articles that need extraction, gathered before the engine is called
SMALL_BATCH = 24  # fewer than this are extracted in the build process itself


class BuildError(RuntimeError):
    """The build cannot run at all (bad raw folder, unwritable output)."""


@dataclass
class BuildResult:
    """What a build wrote and what it noticed."""

    out_dir: Path
    n_articles: int = 0
    n_figures: int = 0
    n_posts: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    reused: int = 0  # articles taken from the cache of the last build

    @property
    def clean(self) -> bool:
        """True when nothing was rejected and nothing raised a warning."""
        return not self.rejected and not self.warnings

    def summary(self) -> str:
        """One line a person or a scheduler can log."""
        return (
            f"built {self.n_articles} articles, {self.n_figures} figures, {self.n_posts} posts; "
            f"{len(self.rejected)} rejected, {len(self.warnings)} warnings "
            f"({self.reused} unchanged articles reused) -> {self.out_dir}"
        )


def show_progress() -> bool:
    """A progress bar only on an interactive terminal, never in CI or a pipe."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def check_out_dir(out_dir: Path) -> None:
    """Create ``out_dir`` if needed and make sure it can be written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"cannot create output folder {out_dir}: {exc.strerror or exc}") from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise BuildError(f"output folder {out_dir} is not writable")


def build(raw_dir: Path, out_dir: Path, *, progress: bool | None = None,
          jobs: int = 1, incremental: bool = True, engine: str = "local",
          scheduler: str | None = None) -> BuildResult:
    """Build every processed table of ``out_dir`` from ``raw_dir``.

    ``engine`` "local" extracts with ``jobs`` processes; "dask" on the dask.distributed
    cluster at ``scheduler`` (a local cluster of ``jobs`` workers when None). The tables do
    not depend on the engine or the number of jobs. With ``incremental``, articles unchanged
    since the last build (same text, metadata, corrections and code) are taken from the
    parts the last build stored in ``<out>/parts/`` instead of being extracted again."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    try:
        check_raw_folder(raw_dir)
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    if out_dir.resolve() == raw_dir.resolve() or raw_dir.resolve() in out_dir.resolve().parents:
        raise BuildError(f"output folder {out_dir} is inside the raw folder, which is read-only")
    check_out_dir(out_dir)

    lock = FileLock(str(out_dir / LOCK_NAME))
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise BuildError(f"another build is writing to {out_dir} (lock file {lock.lock_file}); "
                         "wait for it to finish") from exc
    try:
        remove_stale_temporaries(out_dir)
        return _build_locked(raw_dir, out_dir, progress, jobs, incremental, engine, scheduler)
    finally:
        lock.release()


def remove_stale_temporaries(out_dir: Path) -> None:
    """Delete temporary files a killed build left behind (complete tables are untouched),
    after putting back any table it had moved aside."""
    restore_swapped(out_dir)
    for leftover in out_dir.glob(".*.tmp"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def corrections_key(rows: list[dict[str, str]]) -> str:
    """A stable text of an article's correction rows, part of its cache key."""
    return json.dumps(rows, sort_keys=True, ensure_ascii=False)


def corrections_by_article(corrections: Corrections,
                           article_ids: set[str]) -> tuple[dict[str, list[dict[str, str]]],
                                                           list[dict[str, str]]]:
    """Correction rows grouped by the article they touch, and the rows that touch none.

    A figure id is ``<article_id>-<hash>`` and article ids may hold dashes, so the
    article is the longest prefix ending before a dash that names an article.
    """
    grouped: dict[str, list[dict[str, str]]] = {}
    orphans: list[dict[str, str]] = []
    for row in corrections.rows:
        target = row.get("article_id", "") if row["action"] == "add" else ""
        if not target:
            figure_id = row["figure_id"]
            cuts = [i for i, ch in enumerate(figure_id) if ch == "-"]
            target = next((figure_id[:i] for i in reversed(cuts)
                           if figure_id[:i] in article_ids), "")
        if target in article_ids:
            grouped.setdefault(target, []).append(row)
        else:
            orphans.append(row)
    return grouped, orphans


NO_WARNINGS = "[]"  # most articles have none: no JSON to write or read for them


def _load_warnings(text: str) -> list[str]:
    return [] if text == NO_WARNINGS else json.loads(text)


@dataclass
class _Known:
    """An article file unchanged since the last build (same size, time, inode, manifest
    row, code and day): it is not read again; its rows come from the stored parts."""

    article_id: str
    base_key: str
    warnings: list[str]


@dataclass
class _Pending:
    """A part waiting for its fresh articles to come back from the engine."""

    key: str
    raws: list[RawArticle | _Known]
    keys: list[str]
    fresh: list[RawArticle]


class _Builder:
    """One build: cuts the loaded articles into parts, extracts what is new, stores the
    parts and assembles the tables from them."""

    def __init__(self, raw_dir: Path, out_dir: Path, result: BuildResult, bar: tqdm,
                 incremental: bool, names: list[str]) -> None:
        self.out_dir, self.result, self.bar, self.incremental = out_dir, result, bar, incremental
        self.fingerprint = code_fingerprint()
        self.corrections = read_corrections(raw_dir)
        result.warnings.extend(("", problem) for problem in self.corrections.problems)
        ids = {name[:-4] for name in names}  # without ".txt"
        self.by_article, orphans = corrections_by_article(self.corrections, ids)
        for row in orphans:
            result.warnings.append(("", _orphan_problem(row)))
        self.old = PartIndex.load(out_dir) if incremental else PartIndex()
        self.old_parts = set(self.old.parts)
        self.index = PartIndex()
        self.built: set[str] = set()
        self.base_keys: dict[str, str] = {}
        # A file's signature holds the code, the loader and the day (a date in the future
        # stops being one).
        self.signature_seed = hashlib.blake2b(
            f"{self.fingerprint}|{loader_fingerprint()}|{date.today().isoformat()}".encode(),
            digest_size=16).hexdigest()
        self.signatures: dict[str, str] = {}

    def key_of(self, raw: RawArticle | _Known) -> str:
        """Cache key of an article: text, metadata, code and its corrections."""
        if isinstance(raw, _Known):
            key = raw.base_key
        else:
            key = self.base_keys.setdefault(raw.article_id, article_key(raw, self.fingerprint))
        rows = self.by_article.get(raw.article_id)
        if rows:
            key = hashlib.sha256((key + corrections_key(rows)).encode()).hexdigest()
        return key

    def signature(self, path: str, row: dict[str, str] | None, warnings: list[str]) -> str:
        """What must not change for a file to be taken as unchanged without reading it;
        "" for anything but a regular file (links are always read and checked)."""
        try:
            info = os.lstat(path)
        except OSError:
            return ""
        if not stat.S_ISREG(info.st_mode):
            return ""
        if row is None and not warnings:
            context = self.signature_seed
        else:
            digest = hashlib.blake2b(self.signature_seed.encode(), digest_size=16)
            digest.update(repr((row, warnings)).encode("utf-8", "surrogatepass"))
            context = digest.hexdigest()
        return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}:{context}"

    def known(self, path: str, article_id: str, row: dict[str, str] | None,
              warnings: list[str]) -> _Known | None:
        """A stand-in for an article file that has not changed since the last build."""
        signature = self.signature(path, row, warnings)
        self.signatures[article_id] = signature
        if not self.incremental:
            return None
        entry = self.old.files.get(article_id)
        if not signature or entry is None or entry[0] != signature:
            return None
        stand_in = _Known(article_id, entry[1], _load_warnings(entry[2]))
        if self.key_of(stand_in) not in self.old.articles:
            return None  # e.g. its corrections changed: read and extract it again
        self.base_keys[article_id] = stand_in.base_key
        return stand_in

    def loaded(self, items: Iterator[Any]) -> Iterator[RawArticle | _Known]:
        """The loaded articles of ``items``; rejections and notes go to the result."""
        for item in items:
            if isinstance(item, Note):
                self.result.warnings.append(("", item.text))
            elif isinstance(item, Rejection):
                self.result.rejected.append(item)
                if item.file.startswith("articles/"):
                    self.bar.update(1)
            else:
                yield item

    def plan(self, raws: list[RawArticle | _Known]) -> _Pending | None:
        """Take a whole stored part as it is (None), or say which articles need work."""
        keys = [self.key_of(raw) for raw in raws]
        key = part_key(keys)
        self.index.parts.append(key)  # parts keep file order, whenever they are finished
        for raw in raws:
            self.result.warnings.extend((raw.article_id, w) for w in raw.warnings)
        if self.incremental and part_dir(self.out_dir, key).is_dir():
            notes: dict[str, Any] | None = self.old.notes.get(key, {})
            if key not in self.old_parts:  # a part the index does not know: its own notes
                try:
                    notes = read_notes(self.out_dir, key)
                except (OSError, ValueError):
                    notes = None  # a damaged part is built again
            if notes is not None:
                self._record(key, raws, keys, notes)
                self.result.reused += len(raws) - len(notes.get("rejected", []))
                self.bar.update(len(raws))
                return None
        fresh = [raw for raw, k in zip(raws, keys, strict=True)
                 if isinstance(raw, RawArticle) and k not in self.old.articles]
        return _Pending(key, raws, keys, fresh)

    def fresh_rows(self, pending: _Pending, done: dict[str, Processed]
                   ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
        """The rows of a part's freshly extracted articles, corrections applied, and the
        part's notes (correction problems, articles that could not be processed)."""
        notes: dict[str, Any] = {"problems": {}, "rejected": []}
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in PART_TABLES}
        for raw in pending.raws:
            processed = done.get(raw.article_id)
            if processed is None:
                continue
            if processed.rejection is not None:
                notes["rejected"].append(vars(processed.rejection))
                continue
            figures = processed.figures
            if raw.article_id in self.by_article:
                own = Corrections(rows=self.by_article[raw.article_id])
                figures = apply_corrections(figures, own, {raw.article_id: processed.article})
                if own.problems:
                    notes["problems"][raw.article_id] = own.problems
            rows["figures"].extend(figures)
            rows["articles"].append(processed.article)
            rows["posts"].extend(processed.posts)
            rows["texts"].append({"article_id": processed.article_id, "text": processed.text})
        return rows, notes

    def store(self, pending: _Pending, fresh: dict[str, pd.DataFrame],
              notes: dict[str, Any]) -> None:
        """Store a part from the rows of its reused articles and its ``fresh`` rows."""
        tables: dict[str, list[pd.DataFrame]] = {name: [fresh[name]] for name in PART_TABLES}
        reused: dict[str, set[str]] = {}
        fresh_ids = {raw.article_id for raw in pending.fresh}
        for raw, key in zip(pending.raws, pending.keys, strict=True):
            if raw.article_id not in fresh_ids:
                reused.setdefault(self.old.articles[key], set()).add(raw.article_id)
        for old_key, ids in sorted(reused.items()):
            old = read_part(self.out_dir, old_key)
            for name in PART_TABLES:
                df = old.frames[name]
                tables[name].append(df[df["article_id"].isin(ids)])
            old_problems = old.notes.get("problems", {})
            notes["problems"].update({a: old_problems[a] for a in ids if a in old_problems})
            self.result.reused += len(ids)
        order = {raw.article_id: i for i, raw in enumerate(pending.raws)}
        frames = {name: _in_article_order(pd.concat(parts, ignore_index=True), order)
                  for name, parts in tables.items()}
        write_part(self.out_dir, pending.key, PartTables(frames, notes),
                   replace=not self.incremental)
        self._record(pending.key, pending.raws, pending.keys, notes)

    def _record(self, key: str, raws: list[RawArticle | _Known], keys: list[str],
                notes: dict[str, Any]) -> None:
        """Note a finished part's articles in the new index and its problems in the result."""
        if notes.get("rejected") or notes.get("problems"):
            self.index.notes[key] = notes
        rejected = {row["article_id"] for row in notes.get("rejected", [])}
        self.result.rejected.extend(Rejection(**row) for row in notes.get("rejected", []))
        for _article, problems in sorted(notes.get("problems", {}).items()):
            self.result.warnings.extend(("", problem) for problem in problems)
        for raw, article_key_ in zip(raws, keys, strict=True):
            if raw.article_id not in rejected:
                self.index.articles[article_key_] = key
                self.built.add(raw.article_id)
                signature = self.signatures.get(raw.article_id)
                if signature:
                    self.index.files[raw.article_id] = (
                        signature, self.base_keys[raw.article_id],
                        json.dumps(raw.warnings, ensure_ascii=False) if raw.warnings
                        else NO_WARNINGS)

    def assemble(self) -> None:
        """Write the final tables from the parts, the index, and drop unused parts."""
        for article_id, rows in sorted(self.by_article.items()):
            if article_id not in self.built:
                self.result.warnings.extend(("", _orphan_problem(row)) for row in rows)
        keys, out, result = self.index.parts, self.out_dir, self.result
        for name in PART_TABLES:
            result.files += assemble(out, keys, name, TABLE_COLUMNS[name],
                                     csv=name in CSV_TABLES)
        rejected_rows = [vars(r) for r in result.rejected]
        result.files += write_table(frame(rejected_rows, REJECTED_COLUMNS), out, "rejected")
        counts = {name: _rows(out / f"{name}.parquet") for name in ("articles", "figures",
                                                                    "posts")}
        result.n_articles, result.n_figures = counts["articles"], counts["figures"]
        result.n_posts = counts["posts"]
        record_written(out, result.files)
        self.index.save(out)
        remove_unused_parts(out, keys)
        (out / LEGACY_CACHE).unlink(missing_ok=True)


TABLE_COLUMNS = {"articles": ARTICLE_COLUMNS, "figures": FIGURE_COLUMNS,
                 "posts": POST_COLUMNS, "texts": TEXT_COLUMNS}
LEGACY_CACHE = "extract_cache.parquet"  # the cache of earlier versions, now parts/


def _in_article_order(df: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    """Rows sorted by their article's position, keeping each article's own row order."""
    if df.empty:
        return df.reset_index(drop=True)
    position = df["article_id"].map(order).to_numpy()
    return df.iloc[position.argsort(kind="stable")].reset_index(drop=True)


def _rows(path: Path) -> int:
    """Rows of a Parquet table (a file or a folder of files), from the metadata alone."""
    import pyarrow.parquet as pq

    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    return sum(pq.read_metadata(f).num_rows for f in files)


def _orphan_problem(row: dict[str, str]) -> str:
    if row["action"] == "add":
        return (f"{CORRECTIONS_NAME} line {row['line']}: article "
                f"{row.get('article_id', '')!r} is not in the build")
    return (f"{CORRECTIONS_NAME} line {row['line']}: figure {row['figure_id']} no longer "
            "exists; correction not applied")


def _build_locked(raw_dir: Path, out_dir: Path, progress: bool | None, jobs: int = 1,
                  incremental: bool = True, engine: str = "local",
                  scheduler: str | None = None) -> BuildResult:
    result = BuildResult(out_dir=out_dir)
    names = list_article_names(raw_dir)
    bar = tqdm(total=len(names), unit="article", desc="build",
               disable=not (show_progress() if progress is None else progress))
    builder = _Builder(raw_dir, out_dir, result, bar, incremental, names)
    try:
        with open_engine(engine, jobs, scheduler) as executor:
            # Parts wait in a window until enough of their articles need extraction to
            # keep every worker busy; memory stays bounded by the window.
            window: list[_Pending] = []
            items = iter_raw(raw_dir, builder.known, names)
            for part in cut_parts(builder.loaded(items), _article_id):
                pending = builder.plan(part)
                if pending is None:
                    continue
                window.append(pending)
                if sum(len(p.fresh) for p in window) >= JOB_BATCH:
                    _drain(builder, window, executor, jobs)
                    window = []
            _drain(builder, window, executor, jobs)
    except EngineError as exc:
        raise BuildError(str(exc)) from exc
    finally:
        bar.close()
    builder.assemble()
    return result


def _article_id(raw: RawArticle | _Known) -> str:
    return raw.article_id


def _drain(builder: _Builder, window: list[_Pending], executor: Executor | None,
           jobs: int) -> None:
    """Extract the fresh articles of every part in ``window``, then store the parts."""
    if not window:
        return
    fresh = [raw for pending in window for raw in pending.fresh]
    done: dict[str, Processed] = {}
    # A handful of articles (an incremental build) is quicker here than on the workers.
    here = len(fresh) < SMALL_BATCH
    for processed in run_batches(None if here else executor, process_batch, fresh, jobs):
        done[processed.article_id] = processed
        builder.bar.update(1)
    prepared = [builder.fresh_rows(pending, {raw.article_id: done[raw.article_id]
                                             for raw in pending.fresh}) for pending in window]
    # One schema check per table for the whole window (each check has a fixed cost); rows
    # reused from stored parts were checked when they were first written.
    part_of = {raw.article_id: i for i, pending in enumerate(window) for raw in pending.fresh}
    split: dict[str, list[pd.DataFrame]] = {}
    for name, columns in TABLE_COLUMNS.items():
        table = frame([row for rows, _ in prepared for row in rows[name]], columns)
        validate(name, table)
        position = table["article_id"].map(part_of).to_numpy()
        split[name] = [table[position == i].reset_index(drop=True) for i in range(len(window))]
    for i, (pending, (_, notes)) in enumerate(zip(window, prepared, strict=True)):
        builder.bar.update(len(pending.raws) - len(pending.fresh))
        builder.store(pending, {name: split[name][i] for name in TABLE_COLUMNS}, notes)
