"""The build: raw folder -> cleaned articles -> figures -> processed tables."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tqdm import tqdm

from analysis.clean import Article, clean_article
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

    @property
    def clean(self) -> bool:
        """True when nothing was rejected and nothing raised a warning."""
        return not self.rejected and not self.warnings

    def summary(self) -> str:
        """One line a person or a scheduler can log."""
        return (
            f"built {self.n_articles} articles, {self.n_figures} figures, {self.n_posts} posts; "
            f"{len(self.rejected)} rejected, {len(self.warnings)} warnings -> {self.out_dir}"
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


def build(raw_dir: Path, out_dir: Path, *, progress: bool | None = None) -> BuildResult:
    """Build every processed table of ``out_dir`` from ``raw_dir``."""
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
        return _build_locked(raw_dir, out_dir, progress)
    finally:
        lock.release()


def remove_stale_temporaries(out_dir: Path) -> None:
    """Delete temporary files a killed build left behind (complete tables are untouched)."""
    for leftover in out_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


def _build_locked(raw_dir: Path, out_dir: Path, progress: bool | None) -> BuildResult:
    result = BuildResult(out_dir=out_dir)
    articles, figures, posts, texts = [], [], [], []
    total = len(list_article_files(raw_dir))
    bar = tqdm(total=total, unit="article", desc="build",
               disable=not (show_progress() if progress is None else progress))
    for item in iter_raw(raw_dir):
        if isinstance(item, Note):
            result.warnings.append(("", item.text))
            continue
        if isinstance(item, Rejection):
            result.rejected.append(item)
            if item.file.startswith("articles/"):
                bar.update(1)
            continue
        assert isinstance(item, RawArticle)
        try:
            article = clean_article(item)
            rows = extract_article(article)
        except Exception as exc:  # one article's failure must never stop the others
            result.rejected.append(Rejection(
                item.article_id, f"articles/{item.path.name}",
                f"could not be processed ({type(exc).__name__}: {exc}); please report this",
            ))
            bar.update(1)
            continue
        figures.extend(rows)
        articles.append(article_row(article, len(rows)))
        posts.extend(vars(post) for post in article.posts)
        texts.append({"article_id": article.article_id, "text": article.text})
        result.warnings.extend((item.article_id, w) for w in item.warnings)
        bar.update(1)
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
    return result
