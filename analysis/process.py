"""One article's work: raw article -> cleaned article -> its rows in every table.

This is what every engine runs (see :mod:`analysis.engines`), and with the modules it
imports, what the cache key of an article depends on (:func:`code_fingerprint`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from analysis.clean import Article, clean_article
from analysis.config import PACKAGE_DIR
from analysis.parts import PARTS_FORMAT
from analysis.raw import RawArticle, Rejection
from analysis.tables import INTEGER_COLUMNS, NUMERIC_COLUMNS, TABLES

# The modules and data files an article's rows depend on, given the loaded article. A
# change to any of them re-extracts every article; a change elsewhere (the build, the
# engines, the charts, the report list) does not. How rows become stored tables
# (analysis.tables) enters through the column lists and the parts format version
# (analysis.parts.PARTS_FORMAT). The loader (analysis.raw) is not here: what it reads
# is part of each article's key; see :func:`loader_fingerprint`.
EXTRACTION_FILES = (
    "attribution.py", "clean.py", "config.py", "corrections.py", "dates.py", "extract.py",
    "lexicon.py", "numbers.py", "process.py", "taxonomy.py", "data/language.yaml",
    "data/taxonomy.yaml",
)


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


def extract_article(article: Article) -> list[dict[str, Any]]:
    """The figure rows of a cleaned article (see :func:`analysis.extract.extract_article`).

    Imported on first use: a build that finds nothing new to extract never pays for
    loading the extractor's word lists and models.
    """
    from analysis.extract import extract_article as extract

    return extract(article)


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


def code_fingerprint() -> str:
    """A hash of everything extraction depends on besides the article: the files of
    :data:`EXTRACTION_FILES`."""
    digest = hashlib.sha256()
    for path in (PACKAGE_DIR / name for name in EXTRACTION_FILES):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(repr([TABLES, sorted(NUMERIC_COLUMNS), sorted(INTEGER_COLUMNS),
                        PARTS_FORMAT]).encode())
    return digest.hexdigest()


def loader_fingerprint() -> str:
    """A hash of the loader: a file unchanged on disk is read again when it changed."""
    return hashlib.sha256((PACKAGE_DIR / "raw.py").read_bytes()).hexdigest()


def article_key(raw: RawArticle, fingerprint: str) -> str:
    """The cache key of an article: its text, its metadata and the code fingerprint."""
    digest = hashlib.sha256(fingerprint.encode())
    for value in (raw.article_id, raw.text, raw.published, raw.outlet, raw.title, raw.url,
                  raw.language, raw.byline, "\x1f".join(raw.warnings)):
        digest.update(value.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def process_batch(raws: list[RawArticle]) -> list[Processed]:
    """:func:`process_article` on each article: the unit of work every engine runs."""
    return [process_article(raw) for raw in raws]
