"""Parts: the corpus cut into stable slices that are built, stored and reused on their own.

A build never holds the whole corpus. Articles, in file order, are cut into parts of
about :data:`PART_TARGET`; each part's tables are written to ``<out>/parts/<key>/``
(Parquet, plus CSV text without a header) and the final tables are assembled by streaming
the parts in order.

Where a part ends depends only on the article ids (content-defined cutting): an article
whose id hashes to 0 modulo :data:`PART_TARGET` closes its part. Adding or removing an
article therefore changes only the part it falls in, so an incremental build re-extracts
the new articles, rewrites one part per change and copies the rest. The folder
``<out>/parts/`` is also a partitioned Parquet dataset (``parts/*/figures.parquet``) that
dask or pyarrow can read in parallel.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.tables import to_csv_text

PARTS_DIR = "parts"
INDEX_NAME = "index.json"
ARTICLE_INDEX = "articles_index.parquet"  # article key -> part
FILE_INDEX = "files_index.parquet"  # article id -> file signature, key, warnings
INDEX_VERSION = 4  # of the index files
PARTS_FORMAT = 1  # of the stored tables: a new format re-extracts every article
PART_TARGET = 128  # articles per part on average
PART_MAX = 512  # a run of ids with no natural cut is cut here, bounding memory
PART_TABLES = ("articles", "figures", "posts", "texts")
CSV_TABLES = ("articles", "figures", "posts")  # texts.csv is never written


def closes_part(article_id: str) -> bool:
    """True when ``article_id`` is the last article of its part (about 1 in PART_TARGET)."""
    digest = hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "big") % PART_TARGET == 0


def cut_parts(items: Iterable[Any], article_id: Any) -> Iterator[list[Any]]:
    """Group ``items`` (in order) into parts; ``article_id(item)`` gives an item's id."""
    part: list[Any] = []
    for item in items:
        part.append(item)
        if closes_part(article_id(item)) or len(part) >= PART_MAX:
            yield part
            part = []
    if part:
        yield part


def part_key(article_keys: Iterable[str]) -> str:
    """The key of a part: a hash of its articles' keys, in order."""
    digest = hashlib.sha256()
    for key in article_keys:
        digest.update(key.encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


@dataclass
class PartIndex:
    """What the last build stored: its parts in order, each part's notes, which part holds
    each article key, and what each article file looked like."""

    parts: list[str] = field(default_factory=list)
    notes: dict[str, dict[str, Any]] = field(default_factory=dict)  # only non-empty notes
    articles: dict[str, str] = field(default_factory=dict)
    # article id -> (file signature, article key without corrections, load warnings as
    # JSON): lets the next build skip reading a file whose signature did not change.
    files: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> PartIndex:
        """The index of the last build in ``out_dir``; empty when there is none or it is
        damaged (a damaged index only costs time: everything is extracted again)."""
        import pyarrow.parquet as pq

        folder = out_dir / PARTS_DIR
        try:
            data = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
            if data.get("version") != INDEX_VERSION:
                return cls()
            keys = pq.read_table(folder / ARTICLE_INDEX).to_pydict()
            files = pq.read_table(folder / FILE_INDEX).to_pydict()
            index = cls(list(data["parts"]), dict(data["notes"]),
                        dict(zip(keys["key"], keys["part"], strict=True)),
                        dict(zip(files["article_id"],
                                 zip(files["signature"], files["base_key"], files["warnings"],
                                     strict=True), strict=True)))
        except (OSError, ValueError, KeyError, TypeError):  # pyarrow errors are ValueErrors
            return cls()
        # Only parts still on disk can be reused.
        alive = {key for key in index.parts if (folder / key).is_dir()}
        index.articles = {a: p for a, p in index.articles.items() if p in alive}
        return index

    def save(self, out_dir: Path) -> None:
        """Write the index: ``index.json`` (parts and notes) and two Parquet tables (one
        row per article), each atomically; the JSON last, as the mark of a complete index."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        folder = out_dir / PARTS_DIR
        keys = sorted(self.articles)
        ids = sorted(self.files)
        tables = {
            ARTICLE_INDEX: pa.table({"key": keys, "part": [self.articles[k] for k in keys]}),
            FILE_INDEX: pa.table({
                "article_id": ids,
                "signature": [self.files[a][0] for a in ids],
                "base_key": [self.files[a][1] for a in ids],
                "warnings": [self.files[a][2] for a in ids],
            }),
        }
        for name, table in tables.items():
            _replace(folder / name, lambda tmp, table=table: pq.write_table(table, tmp))
        text = json.dumps({"version": INDEX_VERSION, "parts": self.parts,
                           "notes": self.notes}, sort_keys=True, separators=(",", ":"))
        _replace(folder / INDEX_NAME, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _replace(path: Path, write: Any) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class PartTables:
    """The tables of one part, and its notes: correction problems by article and the
    articles that could not be processed."""

    frames: dict[str, pd.DataFrame]
    notes: dict[str, Any] = field(default_factory=dict)


def part_dir(out_dir: Path, key: str) -> Path:
    """Where the part ``key`` is stored."""
    return out_dir / PARTS_DIR / key


def write_part(out_dir: Path, key: str, tables: PartTables, *, replace: bool = False) -> None:
    """Store a part: every table as Parquet, the CSV tables as header-less CSV text, and
    the notes. Written to a temporary folder and renamed, so a part is complete or absent.
    The caller checks the rows against their schemas."""
    final = part_dir(out_dir, key)
    if final.is_dir() and not replace:
        return
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", suffix=".tmp", dir=final.parent))
    try:
        for name in PART_TABLES:
            df = tables.frames[name]
            df.to_parquet(tmp / f"{name}.parquet", index=False, compression="zstd")
            if name in CSV_TABLES:
                (tmp / f"{name}.csv").write_text(_csv_body(df), encoding="utf-8", newline="")
        (tmp / "notes.json").write_text(json.dumps(tables.notes, sort_keys=True),
                                        encoding="utf-8")
        if final.is_dir():
            shutil.rmtree(final)
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def read_part(out_dir: Path, key: str) -> PartTables:
    """Load a stored part."""
    folder = part_dir(out_dir, key)
    frames = {name: pd.read_parquet(folder / f"{name}.parquet") for name in PART_TABLES}
    notes = json.loads((folder / "notes.json").read_text(encoding="utf-8"))
    return PartTables(frames, notes)


def _csv_body(df: pd.DataFrame) -> str:
    """The CSV text of ``df`` without its header line."""
    text = to_csv_text(df)
    return text.split("\n", 1)[1]


def csv_header(columns: list[str]) -> str:
    """The header line the CSV tables start with."""
    return to_csv_text(pd.DataFrame(columns=columns))


def remove_unused_parts(out_dir: Path, keep: Iterable[str]) -> None:
    """Delete stored parts the current build no longer uses, and leftover temporaries."""
    keep = set(keep)
    folder = out_dir / PARTS_DIR
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.is_dir() and entry.name not in keep:
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.endswith(".tmp"):
            entry.unlink(missing_ok=True)


def assemble(out_dir: Path, keys: list[str], name: str, columns: list[str], *,
             csv: bool) -> list[Path]:
    """Publish table ``name`` from the parts ``keys``, in order: ``<out>/<name>.csv``
    streamed part by part (byte for byte what one write of all the rows would give), and
    ``<out>/<name>.parquet``, a folder of one Parquet file per part, copied from the
    stored parts without decoding them (any Parquet reader takes the folder as one
    table). Each is replaced atomically."""
    from analysis.tables import atomic_write, frame

    written: list[Path] = []
    if csv:
        def write_csv(tmp: Path) -> None:
            # Bytes, not text (the parts are UTF-8 already), copied by the kernel where it
            # can: the figures of 100,000 articles are several hundred MB.
            with open(tmp, "wb") as handle:
                handle.write(csv_header(columns).encode("utf-8"))
                handle.flush()
                for key in keys:
                    with open(part_dir(out_dir, key) / f"{name}.csv", "rb") as part:
                        _copy(part, handle)
        atomic_write(out_dir / f"{name}.csv", write_csv)
        written.append(out_dir / f"{name}.csv")

    target = out_dir / f"{name}.parquet"
    published = _published_files(out_dir, target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=out_dir))
    try:
        if not keys:  # an empty table still has its columns
            frame([], columns).to_parquet(staging / "part-00000000.parquet", index=False)
        for i, key in enumerate(keys):
            new = staging / f"part-{i:08d}-{key}.parquet"
            if key in published:
                # Published by the last build and untouched since: the new folder shares
                # it (a link, one system call; the old folder goes away below).
                os.link(published[key], new)
            else:
                # A copy, not a hard link: editing the published table must never alter
                # the stored part the next build reuses.
                shutil.copyfile(part_dir(out_dir, key) / f"{name}.parquet", new)
        swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    written.append(target)
    return written


def _published_files(out_dir: Path, target: Path) -> dict[str, Path]:
    """The files of the published Parquet folder ``target`` that are still exactly as the
    last build wrote them (size, time and inode as it recorded them), by part key."""
    from analysis.tables import WRITTEN_NAME

    try:
        stamps = json.loads((out_dir / WRITTEN_NAME).read_text(encoding="utf-8"))
        entries = stamps.get(target.name) or []
        found = {}
        for file_name, *stamp in entries:
            parts = str(file_name).removesuffix(".parquet").split("-", 2)
            if len(parts) != 3:
                continue
            info = (target / file_name).lstat()
            if [info.st_size, info.st_mtime_ns, info.st_ino] == stamp and info.st_nlink == 1:
                found[parts[2]] = target / file_name
        return found
    except (OSError, ValueError, TypeError, AttributeError):
        return {}  # no record, or an unexpected one: copy everything


def _copy(source: Any, target: Any) -> None:
    """Append the open file ``source`` to the open file ``target`` (both binary, ``target``
    flushed): in the kernel with sendfile where it works, else through Python."""
    size = os.fstat(source.fileno()).st_size
    sent = 0
    try:
        while sent < size:
            done = os.sendfile(target.fileno(), source.fileno(), sent, size - sent)
            if done == 0:
                break
            sent += done
    except (AttributeError, OSError):  # no sendfile for these files
        if sent:
            raise
    if sent < size:
        source.seek(sent)
        shutil.copyfileobj(source, target, 1 << 20)
        target.flush()  # before the next part goes in by sendfile


OLD_MARK = ".old-"


def swap_in(new: Path, target: Path) -> None:
    """Put the folder ``new`` in place of ``target`` (a file or folder, or nothing).

    Two renames: the old copy is moved aside, the new one moved in, then the old one is
    deleted. A crash between the renames leaves the old copy aside, and
    :func:`restore_swapped` puts it back at the start of the next build.
    """
    aside = None
    if target.exists() or target.is_symlink():
        aside = target.with_name(f".{target.name}{OLD_MARK}{os.getpid()}.tmp")
        os.rename(target, aside)
    os.rename(new, target)
    if aside is not None:
        if aside.is_dir():
            shutil.rmtree(aside, ignore_errors=True)
        else:
            aside.unlink(missing_ok=True)


def restore_swapped(out_dir: Path) -> None:
    """Undo a swap a crash interrupted: put back a table moved aside and never replaced."""
    for aside in out_dir.glob(f".*{OLD_MARK}*.tmp"):
        original = out_dir / aside.name[1:].split(OLD_MARK, 1)[0]
        if not original.exists():
            os.rename(aside, original)


def read_notes(out_dir: Path, key: str) -> dict[str, Any]:
    """The notes of a stored part (problems and rejections), without its tables."""
    return json.loads((part_dir(out_dir, key) / "notes.json").read_text(encoding="utf-8"))
