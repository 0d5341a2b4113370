"""Hostile and broken input: each case handled with a clear line, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from filelock import FileLock

from analysis.build import LOCK_NAME, BuildError, build
from tests.conftest import ROOT


def _rejected(out: Path) -> dict[str, str]:
    df = pd.read_csv(out / "rejected.csv", dtype=str, keep_default_na=False)
    return dict(zip(df.file, df.reason, strict=True))


def test_crlf_nul_and_names_with_spaces_and_other_scripts(tmp_path, make_raw):
    raw = make_raw({
        "windows lines.txt": "Israel freed 39 prisoners.\r\nHamas freed 13 hostages.\r\n",
        "مقال عربي.txt": "Hamas freed 13 hostages on Friday.",
        "nul inside.txt": b"Some text\x00with a NUL byte",
    })
    result = build(raw, tmp_path / "out", progress=False)
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert set(articles.article_id) == {"windows lines", "مقال عربي"}
    assert "NUL" in _rejected(tmp_path / "out")["articles/nul inside.txt"]
    texts = pd.read_parquet(tmp_path / "out" / "texts.parquet").set_index("article_id").text
    assert "\r" not in texts["windows lines"]
    assert result.n_figures >= 3


def test_links_outside_the_raw_folder_are_not_followed(tmp_path, make_raw):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private note: 12345 people.")
    raw = make_raw({"good.txt": "Israel freed 39 prisoners."})
    (raw / "articles" / "escape.txt").symlink_to(secret)
    (raw / "articles" / "inside.txt").symlink_to(raw / "articles" / "good.txt")
    build(raw, tmp_path / "out", progress=False)
    assert "outside the raw folder" in _rejected(tmp_path / "out")["articles/escape.txt"]
    texts = pd.read_parquet(tmp_path / "out" / "texts.parquet")
    assert set(texts.article_id) == {"good", "inside"}
    assert not texts.text.str.contains("Private").any()


def test_subfolders_and_other_files_are_listed(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Text with 3 hostages freed."})
    (raw / "articles" / "2024").mkdir()
    (raw / "articles" / "2024" / "b.txt").write_text("Nested.")
    (raw / "articles" / "notes.docx").write_bytes(b"PK\x03\x04")
    build(raw, tmp_path / "out", progress=False)
    rejected = _rejected(tmp_path / "out")
    assert "subfolder not read" in rejected["articles/2024"]
    assert "not a .txt file" in rejected["articles/notes.docx"]


def test_an_oversized_file_is_rejected_with_its_size(tmp_path, make_raw, monkeypatch):
    import analysis.raw as raw_module

    monkeypatch.setattr(raw_module, "MAX_ARTICLE_BYTES", 1000)
    raw = make_raw({"big.txt": "Forty prisoners were freed. " * 100, "ok.txt": "Short."})
    build(raw, tmp_path / "out", progress=False)
    assert "larger than" in _rejected(tmp_path / "out")["articles/big.txt"]


def test_a_million_character_line_is_processed(tmp_path, make_raw):
    line = ("word " * 200_000) + "and 40 prisoners were freed"
    raw = make_raw({"long.txt": line})
    start = time.perf_counter()
    result = build(raw, tmp_path / "out", progress=False)
    assert result.n_articles == 1 and result.n_figures == 1
    assert time.perf_counter() - start < 60  # a safety net, not a benchmark


def test_manifest_problems_are_reported(tmp_path, make_raw):
    raw = make_raw(
        {"a.txt": "Text.", "b.txt": "Text."},
        manifest="article_id,published,colour\na,2999-01-01,red\nx/../b,2025-01-01,blue\n",
    )
    result = build(raw, tmp_path / "out", progress=False)
    warnings = [w for _, w in result.warnings]
    assert any("unknown column(s) colour" in w for w in warnings)
    assert any("in the future" in w for w in warnings)
    assert "path separator" in _rejected(tmp_path / "out")["articles.csv"]


def test_a_manifest_that_is_not_csv_is_reported(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Text."})
    (raw / "articles.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    build(raw, tmp_path / "out", progress=False)
    assert "manifest" in _rejected(tmp_path / "out")["articles.csv"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "CI": "true"})


def test_strict_mode_fails_on_any_rejection_or_warning(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 prisoners.", "b.txt": b""})
    done = _cli("build", "--strict", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "strict: failing because of 1 rejected file(s)" in done.stderr
    clean = make_raw({"a.txt": " date 2025-01-01 By X Staff\nIsrael freed 39 prisoners."})
    (clean / "articles" / "b.txt").unlink()
    done = _cli("build", "--strict", "--raw", str(clean), "--out", str(tmp_path / "out2"))
    assert done.returncode == 0, done.stderr


def test_a_second_build_on_the_same_folder_is_refused_clearly(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 prisoners."})
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / LOCK_NAME)), pytest.raises(BuildError, match="another build"):
        build(raw, out, progress=False)
    assert build(raw, out, progress=False).n_articles == 1  # free again afterwards


def test_a_build_killed_mid_way_leaves_the_previous_tables_readable(tmp_path):
    from benchmarks.generate import generate

    raw = generate(400, tmp_path / "raw")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    (raw / "articles" / "gen000000.txt").write_text("Israel freed 39 prisoners.\n")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--raw", str(raw),
                             "--out", str(out), "--no-progress"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for name, data in before.items():
        # Each table is either the previous one or a complete new one, never a fragment.
        old_table = pd.read_csv(pd.io.common.BytesIO(data), dtype=str)
        now = pd.read_csv(out / name, dtype=str)
        assert list(now.columns) == list(old_table.columns)
        assert (out / name).read_bytes().endswith(b"\n")
    result = build(raw, out, progress=False)
    assert result.n_articles == 400
    assert not list(out.glob(".*.tmp"))


def test_a_hand_edited_table_fails_with_column_and_row(tmp_path, make_raw):
    from analysis.schema import TableError
    from analysis.tables import read_table

    raw = make_raw({"a.txt": "Israel freed 39 prisoners. Hamas freed 13 hostages."})
    out = tmp_path / "out"
    build(raw, out, progress=False)
    part = next((out / "figures.parquet").glob("*.parquet"))
    figures = pd.read_parquet(part)
    figures.loc[1, "qualifier"] = "roughly"
    figures.to_parquet(part)
    with pytest.raises(TableError) as info:
        read_table(out, "figures")
    message = str(info.value)
    assert "column 'qualifier'" in message and "row 1" in message and "'roughly'" in message


def test_a_damaged_parquet_file_gives_a_clear_error(tmp_path, make_raw):
    from analysis.tables import read_table

    raw = make_raw({"a.txt": "Israel freed 39 prisoners."})
    build(raw, tmp_path / "out", progress=False)
    next((tmp_path / "out" / "articles.parquet").glob("*.parquet")).write_bytes(b"not parquet")
    with pytest.raises(ValueError, match="cannot be read"):
        read_table(tmp_path / "out", "articles")


def test_an_unreadable_file_is_rejected_with_the_reason(tmp_path, make_raw, monkeypatch):
    raw = make_raw({"locked.txt": "Text.", "ok.txt": "Israel freed 39 prisoners."})
    real = Path.read_bytes

    def guarded(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    result = build(raw, tmp_path / "out", progress=False)
    assert result.n_articles == 1
    assert "Permission denied" in _rejected(tmp_path / "out")["articles/locked.txt"]
