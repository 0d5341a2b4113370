"""The build: raw folder -> cleaned articles -> figures -> processed tables."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from filelock import FileLock, Timeout
from tqdm import tqdm

from analysis.clean import Article, clean_article
from analysis.config import PACKAGE_DIR
from analysis.corrections import apply_corrections, read_corrections
from analysis.extract import extract_article
from analysis.raw import (
    Note,
    RawArticle,
    Rejection,
    check_raw_folder,
    iter_raw,
    list_article_files,
)
from analysis.tables import (
    ARTICLE_COLUMNS,
    FIGURE_COLUMNS,
    POST_COLUMNS,
    REJECTED_COLUMNS,
    TEXT_COLUMNS,
    frame,
    write_table,
)

LOCK_NAME = ".build.lock"
CACHE_NAME = "extract_cache.parquet"
JOB_BATCH = 512  # articles read ahead and handed to the workers at a time


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


def article_row(article: Article, n_figures: int) -> dict[str, Any]:
    """The articles-table row of a cleaned article."""
    raw = article.raw
    return {
        "article_id": raw.article_id,
        "published": raw.published,
        "outlet": raw.outlet,
        "title": raw.title,
        "url": raw.url,
        "language": article.language,
        "n_chars": len(article.text),
        "n_sentences": len(article.sentences),
        "n_posts": len(article.posts),
        "n_figures": n_figures,
        "warnings": "; ".join(raw.warnings),
    }


def check_out_dir(out_dir: Path) -> None:
    """Create ``out_dir`` if needed and make sure it can be written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"cannot create output folder {out_dir}: {exc.strerror or exc}") from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise BuildError(f"output folder {out_dir} is not writable")


def build(raw_dir: Path, out_dir: Path, *, progress: bool | None = None,
          jobs: int = 1, incremental: bool = True) -> BuildResult:
    """Build every processed table of ``out_dir`` from ``raw_dir`` with ``jobs`` processes
    (the output does not depend on ``jobs``). With ``incremental``, articles unchanged since
    the last build (same text, metadata and code) are taken from ``extract_cache.parquet``."""
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
        return _build_locked(raw_dir, out_dir, progress, jobs, incremental)
    finally:
        lock.release()


def remove_stale_temporaries(out_dir: Path) -> None:
    """Delete temporary files a killed build left behind (complete tables are untouched)."""
    for leftover in out_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


@dataclass
class Processed:
    """What one article gave: its row, figures, posts and cleaned text, or a rejection."""

    article_id: str
    article: dict[str, Any] | None = None
    figures: list[dict[str, Any]] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""
    warnings: list[str] = field(default_factory=list)
    rejection: Rejection | None = None


def process_article(raw: RawArticle) -> Processed:
    """Clean one article and extract its figures; an internal error becomes a rejection."""
    try:
        article = clean_article(raw)
        rows = extract_article(article)
    except Exception as exc:  # one article's failure must never stop the others
        return Processed(raw.article_id, rejection=Rejection(
            raw.article_id, f"articles/{raw.path.name}",
            f"could not be processed ({type(exc).__name__}: {exc}); please report this"))
    return Processed(raw.article_id, article_row(article, len(rows)), rows,
                     [vars(post) for post in article.posts], article.text, list(raw.warnings))


def _batches(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _processed(raws: list[RawArticle], pool: ProcessPoolExecutor | None,
               jobs: int) -> Iterator[Processed]:
    if pool is None:
        return map(process_article, raws)
    # A few chunks per worker: even load without a round trip per article.
    return pool.map(process_article, raws, chunksize=max(1, len(raws) // (4 * jobs)))


def code_fingerprint() -> str:
    """A hash of everything extraction depends on besides the article: the package's
    code and data files. Any change to them re-extracts every article."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".yaml") and path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(raw: RawArticle, fingerprint: str) -> str:
    """The cache key of an article: its text, its metadata and the code fingerprint."""
    digest = hashlib.sha256(fingerprint.encode())
    for value in (raw.article_id, raw.text, raw.published, raw.outlet, raw.title, raw.url,
                  raw.language, raw.byline, "\x1f".join(raw.warnings)):
        digest.update(value.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _load_cache(out_dir: Path) -> dict[str, str]:
    path = out_dir / CACHE_NAME
    if not path.exists():
        return {}
    try:
        table = pd.read_parquet(path)
        return dict(zip(table["key"], table["payload"], strict=True))
    except Exception:  # a damaged cache only costs time: start afresh
        return {}


def _from_cache(payload: str) -> Processed:
    data = json.loads(payload)
    return Processed(**data)


def _build_locked(raw_dir: Path, out_dir: Path, progress: bool | None,
                  jobs: int = 1, incremental: bool = True) -> BuildResult:
    result = BuildResult(out_dir=out_dir)
    articles, figures, posts, texts = [], [], [], []
    total = len(list_article_files(raw_dir))
    bar = tqdm(total=total, unit="article", desc="build",
               disable=not (show_progress() if progress is None else progress))
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
    cache = _load_cache(out_dir) if incremental else {}
    fingerprint = code_fingerprint()
    new_cache: dict[str, str] = {}
    try:
        # Articles go to the workers in batches, in file order, so memory stays bounded by
        # the batch and the output is the same whatever the number of jobs. An article
        # whose text, metadata and code are unchanged is taken from the cache.
        for batch in _batches(iter_raw(raw_dir), JOB_BATCH):
            raws: list[RawArticle] = []
            order: list[tuple[str, RawArticle]] = []
            for item in batch:
                if isinstance(item, Note):
                    result.warnings.append(("", item.text))
                elif isinstance(item, Rejection):
                    result.rejected.append(item)
                    if item.file.startswith("articles/"):
                        bar.update(1)
                else:
                    key = article_key(item, fingerprint)
                    order.append((key, item))
                    if key not in cache:
                        raws.append(item)
            fresh = iter(_processed(raws, pool, jobs))
            for key, _raw in order:
                if key in cache:
                    done = _from_cache(cache[key])
                    result.reused += 1
                else:
                    done = next(fresh)
                    if done.rejection is None:
                        cache[key] = json.dumps(asdict(done), ensure_ascii=False)
                if done.rejection is None:
                    new_cache[key] = cache[key]
                bar.update(1)
                if done.rejection is not None:
                    result.rejected.append(done.rejection)
                    continue
                figures.extend(done.figures)
                articles.append(done.article)
                posts.extend(done.posts)
                texts.append({"article_id": done.article_id, "text": done.text})
                result.warnings.extend((done.article_id, w) for w in done.warnings)
    finally:
        if pool is not None:
            pool.shutdown()
    bar.close()

    corrections = read_corrections(raw_dir)
    if corrections.rows:
        figures = apply_corrections(figures, corrections,
                                    {a["article_id"]: a for a in articles})
    result.warnings.extend(("", problem) for problem in corrections.problems)
    result.n_articles, result.n_figures, result.n_posts = len(articles), len(figures), len(posts)
    rejected_rows = [vars(r) for r in result.rejected]
    result.files += write_table(frame(articles, ARTICLE_COLUMNS), out_dir, "articles")
    result.files += write_table(frame(figures, FIGURE_COLUMNS), out_dir, "figures")
    result.files += write_table(frame(posts, POST_COLUMNS), out_dir, "posts")
    result.files += write_table(frame(rejected_rows, REJECTED_COLUMNS), out_dir, "rejected")
    result.files += write_table(frame(texts, TEXT_COLUMNS), out_dir, "texts", csv=False)
    if incremental:
        keys = sorted(new_cache)
        cache_table = pd.DataFrame({"key": keys, "payload": [new_cache[k] for k in keys]})
        write_table(cache_table, out_dir, CACHE_NAME.removesuffix(".parquet"), csv=False)
    return result
