"""Raw layer: read article files and the manifest (contract section 1).

Nothing here writes to the raw folder. Every problem is turned into either a
rejection (the article cannot be used) or a warning (it is used, with a note),
so one bad file never stops the others.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

MANIFEST_NAME = "articles.csv"
MAX_ARTICLE_BYTES = 20_000_000  # a news article is a few KB; this is far beyond any
ARTICLES_DIR = "articles"
MANIFEST_COLUMNS = ("article_id", "published", "outlet", "title", "url", "language")

# ` date 2025-01-20 By Palestine Chronicle Staff` (contract section 1).
HEADER_RE = re.compile(r"^\ufeff?\s?date\s+(?P<date>\S+)(?:\s+By\s+(?P<byline>.+?))?\s*$")
# A byline that names a desk rather than a person: "By Palestine Chronicle Staff".
OUTLET_BYLINE_RE = re.compile(
    r"^(?P<outlet>.+?)\s+(?:Staff|Staff Writers?|Newsroom|News Desk|Desk|Editors?)$"
)
ID_RE = re.compile(r"^[^/\\\x00]+$")


@dataclass
class RawArticle:
    """One article file as read: decoded text and the metadata known for it."""

    article_id: str
    path: Path
    text: str
    published: str = ""
    outlet: str = ""
    title: str = ""
    url: str = ""
    language: str = ""
    byline: str = ""
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


@dataclass
class Rejection:
    """An input that could not be used, with the reason a person can act on."""

    article_id: str
    file: str
    reason: str


@dataclass
class Note:
    """A warning about the raw folder as a whole (not about one article)."""

    text: str


@dataclass
class ManifestResult:
    """Manifest rows by article id, plus problems found while reading it."""

    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the manifest as a whole


KnownHook = Callable[[str, str, "dict[str, str] | None", "list[str]"], Any]


class RawFolderError(ValueError):
    """The raw folder itself is unusable (missing, not a folder, or empty)."""


@lru_cache(maxsize=8192)  # a manifest repeats the same few hundred dates
def parse_iso_date(value: str) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD`` if it is a valid ISO calendar date, else None."""
    value = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def decode_bytes(data: bytes) -> tuple[str | None, str, str]:
    """Decode an article file: (text or None, encoding used, reason when None).

    UTF-8 with or without BOM and UTF-16 with BOM are accepted. Bytes with NUL
    characters outside UTF-16 are binary; invalid UTF-8 is rejected rather than
    guessed, so a wrong guess can never put invented characters in a quote.
    """
    if not data:
        return None, "", "empty file (0 bytes)"
    if data.startswith(codecs.BOM_UTF8):
        encoding, payload = "utf-8-sig", data
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, payload = "utf-16", data
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            return None, "", f"binary file: NUL byte at offset {nul}"
        encoding, payload = "utf-8", data
    try:
        text = payload.decode(encoding)
    except UnicodeDecodeError as exc:
        return None, "", (
            f"not valid {encoding.upper().replace('-SIG', '')}: byte 0x{payload[exc.start]:02x} "
            f"at offset {exc.start} ({exc.reason}); save the file as UTF-8"
        )
    if "\x00" in text:
        return None, "", "binary content: NUL character in the decoded text"
    if not text.strip():
        return None, "", "blank file (only whitespace)"
    return text, encoding, ""


def read_manifest(raw_dir: Path) -> ManifestResult:
    """Read ``<raw>/articles.csv`` if present; problems become warnings or rejections."""
    result = ManifestResult()
    path = raw_dir / MANIFEST_NAME
    if not path.exists():
        return result
    try:
        text = path.read_bytes().decode("utf-8-sig")
        reader = csv.reader(io.StringIO(text, newline=""))
        fieldnames = next(reader, [])
        records = list(reader)
    except (UnicodeDecodeError, csv.Error, OSError) as exc:
        result.rejections.append(
            Rejection("", MANIFEST_NAME, f"manifest unreadable, ignored: {exc}")
        )
        return result
    if "article_id" not in fieldnames:
        result.rejections.append(
            Rejection(
                "",
                MANIFEST_NAME,
                "manifest has no 'article_id' column, ignored "
                f"(columns found: {', '.join(fieldnames) or 'none'})",
            )
        )
        return result

    unknown = [c for c in fieldnames if c and c not in MANIFEST_COLUMNS]
    if unknown:
        result.notes.append(f"{MANIFEST_NAME}: unknown column(s) {', '.join(unknown)} ignored "
                            f"(known: {', '.join(MANIFEST_COLUMNS)})")
    seen: dict[str, tuple[int, dict[str, str]]] = {}
    conflicting: set[str] = set()
    # Column positions once, then plain lists: this runs over manifests of 100,000 rows.
    position = {name: fieldnames.index(name) for name in MANIFEST_COLUMNS if name in fieldnames}
    picks = [(name, position.get(name)) for name in MANIFEST_COLUMNS]
    for line_no, record in enumerate(records, start=2):
        if not record:
            continue  # a blank line
        width = len(record)
        row = {name: (record[i].strip() if i is not None and i < width else "")
               for name, i in picks}
        article_id = row["article_id"]
        if not article_id:
            result.rejections.append(
                Rejection("", MANIFEST_NAME, f"line {line_no}: empty article_id, row ignored")
            )
            continue
        if article_id in seen:
            first_line, first_row = seen[article_id]
            if first_row != row:
                conflicting.add(article_id)
                result.warnings.setdefault(article_id, []).append(
                    f"articles.csv lines {first_line} and {line_no} give different metadata "
                    "for this article_id; neither is used until the manifest is fixed"
                )
            continue
        if not ID_RE.match(article_id):
            result.rejections.append(Rejection(
                article_id, MANIFEST_NAME,
                f"line {line_no}: article_id {article_id!r} holds a path separator; row ignored"))
            continue
        seen[article_id] = (line_no, row)
        if row["published"] and parse_iso_date(row["published"]) is None:
            result.warnings.setdefault(article_id, []).append(
                f"articles.csv line {line_no}: published {row['published']!r} is not an "
                "ISO date (YYYY-MM-DD); ignored"
            )
            row["published"] = ""
        result.rows[article_id] = row
    for article_id in conflicting:
        result.rows.pop(article_id, None)
    return result


def list_article_names(raw_dir: Path) -> list[str]:
    """File names of the articles in ``<raw>/articles``, sorted for deterministic output."""
    folder = raw_dir / ARTICLES_DIR
    if not folder.is_dir():
        return []
    # scandir knows each entry's type without a stat call, and names are plain strings:
    # this runs on every build, over archives of hundreds of thousands of files.
    with os.scandir(folder) as entries:
        return sorted(e.name for e in entries if e.name.endswith(".txt")
                      and not e.name.startswith(".") and not e.is_dir())


def screen_path(path: Path, raw_dir: Path) -> str:
    """Why ``path`` cannot be read as an article, or '' if it can.

    A link is followed only when it stays inside the raw folder, so an article can never
    pull in a file from elsewhere on the machine.
    """
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "broken symbolic link"
        if not target.is_relative_to(raw_dir.resolve()):
            return "symbolic link pointing outside the raw folder; not followed"
    if not path.is_file():
        return "not a regular file"
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        return (f"file is {size / 1e6:.1f} MB, larger than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB "
                "an article may have; split it or raise analysis.raw.MAX_ARTICLE_BYTES")
    if any(sep in path.stem for sep in ("/", "\\")):
        return "file name holds a path separator"
    return ""


def other_entries(raw_dir: Path) -> list[Rejection]:
    """Subfolders and non-.txt files of ``<raw>/articles``, listed so nothing is lost."""
    folder = raw_dir / ARTICLES_DIR
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        others = sorted((e.name, e.is_dir()) for e in entries
                        if not e.name.startswith(".") and (e.is_dir() or
                                                           not e.name.endswith(".txt")))
    found = []
    for name, is_dir in others:
        rel = f"{ARTICLES_DIR}/{name}"
        if is_dir:
            found.append(Rejection("", rel, "subfolder not read: articles must sit directly "
                                            f"in {ARTICLES_DIR}/"))
        else:
            found.append(Rejection("", rel, "not a .txt file; not read"))
    return found


def _any_article(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return any(e.name.endswith(".txt") and not e.name.startswith(".") and not e.is_dir()
                   for e in entries)


def check_raw_folder(raw_dir: Path) -> None:
    """Raise :class:`RawFolderError` with a one-line reason if ``raw_dir`` cannot be built."""
    if not raw_dir.exists():
        raise RawFolderError(f"raw folder {raw_dir} does not exist")
    if not raw_dir.is_dir():
        raise RawFolderError(f"raw folder {raw_dir} is not a folder")
    if not (raw_dir / ARTICLES_DIR).is_dir():
        raise RawFolderError(f"raw folder {raw_dir} has no '{ARTICLES_DIR}/' subfolder")
    if not (raw_dir / MANIFEST_NAME).exists() and not _any_article(raw_dir / ARTICLES_DIR):
        raise RawFolderError(f"raw folder {raw_dir} holds no article (.txt) files")


def split_header(text: str) -> tuple[str, str, str]:
    """Split off the optional header line: (published, byline, rest of the text).

    ``published`` is returned as written; the caller validates it.
    """
    first, sep, rest = text.partition("\n")
    match = HEADER_RE.match(first)
    if not match:
        return "", "", text
    return match.group("date"), (match.group("byline") or "").strip(), rest


def outlet_from_byline(byline: str) -> str:
    """The outlet named by a desk byline ("Palestine Chronicle Staff"), or ''."""
    match = OUTLET_BYLINE_RE.match(byline.strip())
    return match.group("outlet").strip() if match else ""


def load_article(path: Path, manifest_row: dict[str, str] | None) -> RawArticle | Rejection:
    """Read one article file and merge its header line with its manifest row."""
    article_id = path.stem
    rel = f"{ARTICLES_DIR}/{path.name}"
    problem = screen_path(path, path.parent.parent)
    if problem:
        return Rejection(article_id, rel, problem)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(article_id, rel, f"cannot read file: {exc.strerror or exc}")
    text, encoding, reason = decode_bytes(data)
    if text is None:
        return Rejection(article_id, rel, reason)
    text = text.lstrip("\ufeff")

    header_date, byline, body = split_header(text)
    if not body.strip():
        return Rejection(article_id, rel, "no text after the header line")
    article = RawArticle(article_id=article_id, path=path, text=body, byline=byline,
                         encoding=encoding)
    if header_date:
        iso = parse_iso_date(header_date)
        if iso is None:
            article.warnings.append(f"header date {header_date!r} is not an ISO date; ignored")
        else:
            article.published = iso
    article.outlet = outlet_from_byline(byline)

    # The manifest wins over the header line, field by field, where it gives a value.
    for key in ("published", "outlet", "title", "url", "language"):
        value = (manifest_row or {}).get(key, "")
        if value:
            setattr(article, key, value)
    if not article.published:
        article.warnings.append("no publication date in the manifest or the header line")
    elif article.published > date.today().isoformat():
        article.warnings.append(f"publication date {article.published} is in the future")
    return article


def iter_raw(raw_dir: Path, known: KnownHook | None = None, names: list[str] | None = None
             ) -> Iterator[RawArticle | Rejection | Note | Any]:
    """Yield every article of ``raw_dir`` (or its rejection), then manifest problems.

    Manifest warnings are attached to their article; manifest rows naming a file
    that does not exist become rejections. ``known(path, article_id, manifest_row,
    manifest_warnings)`` may return a stand-in for an article it knows to be unchanged,
    which is yielded instead of reading the file (an incremental build uses this to skip
    unchanged files). ``names`` is :func:`list_article_names` when the caller has it.
    """
    manifest = read_manifest(raw_dir)
    yield from manifest.rejections
    yield from other_entries(raw_dir)
    for note in manifest.notes:
        yield Note(note)
    names = list_article_names(raw_dir) if names is None else names
    folder = raw_dir / ARTICLES_DIR
    prefix = os.path.join(str(folder), "")
    present = set()
    for name in names:
        article_id = name[:-4]  # without ".txt"
        present.add(article_id)
        row, warnings = manifest.rows.get(article_id), manifest.warnings.get(article_id, [])
        if known is not None:
            stand_in = known(prefix + name, article_id, row, warnings)
            if stand_in is not None:
                yield stand_in
                continue
        item = load_article(folder / name, row)
        if isinstance(item, RawArticle):
            item.warnings[:0] = warnings
        yield item
    for article_id in sorted(set(manifest.rows) | set(manifest.warnings)):
        if article_id not in present:
            yield Rejection(
                article_id,
                MANIFEST_NAME,
                f"listed in {MANIFEST_NAME} but {ARTICLES_DIR}/{article_id}.txt does not exist",
            )
