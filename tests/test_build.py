"""The build command: tables, determinism, atomic writes, errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.build import BuildError, build
from analysis.tables import ARTICLE_COLUMNS, FIGURE_COLUMNS
from tests.conftest import ROOT, SEEDS_RAW

CONTRACT_FIGURE_COLUMNS = [
    "figure_id", "article_id", "metric", "subgroup", "unit", "value", "low", "high",
    "qualifier", "as_of", "published", "outlet", "attribution", "quote", "start", "end",
]


def _digests(folder: Path) -> dict[str, str]:
    """Every table file (Parquet folders and stored parts included), dotfiles aside."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}  # dotfiles: bookkeeping


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    build(SEEDS_RAW, out, progress=False)
    return out


def test_seed_build_articles_dates_posts(seed_build):
    articles = pd.read_csv(seed_build / "articles.csv", dtype=str, keep_default_na=False)
    assert list(articles.columns) == ARTICLE_COLUMNS
    dates = dict(zip(articles.article_id, articles.published, strict=True))
    assert dates == {"000_28b8d979f64f396b": "2025-01-20", "004_7d45e1d25f74cf1b": "2025-03-07"}
    assert articles.set_index("article_id").loc["000_28b8d979f64f396b", "outlet"] == \
        "Palestine Chronicle"
    posts = pd.read_csv(seed_build / "posts.csv", dtype=str, keep_default_na=False)
    assert len(posts) == 4
    assert set(posts.posted) <= {"2025-01-19", "2025-01-20"}
    rejected = pd.read_csv(seed_build / "rejected.csv", dtype=str)
    assert len(rejected) == 0


def test_figures_table_has_contract_columns_and_parquet_copies(seed_build):
    figures = pd.read_csv(seed_build / "figures.csv", dtype=str, keep_default_na=False)
    assert list(figures.columns)[: len(CONTRACT_FIGURE_COLUMNS)] == CONTRACT_FIGURE_COLUMNS
    assert list(figures.columns) == FIGURE_COLUMNS
    assert figures.figure_id.is_unique
    for name in ("articles", "figures", "posts", "rejected", "texts"):
        assert (seed_build / f"{name}.parquet").exists()
    parquet = pd.read_parquet(seed_build / "figures.parquet")
    assert len(parquet) == len(figures)


def test_figure_offsets_point_at_the_number(seed_build):
    figures = pd.read_parquet(seed_build / "figures.parquet")
    texts = pd.read_parquet(seed_build / "texts.parquet").set_index("article_id").text
    body = figures[figures.source == "body"]
    assert len(body) > 10
    for row in body.itertuples():
        assert texts[row.article_id][int(row.start) : int(row.end)] == row.number_text
        assert row.quote in texts[row.article_id]


def test_build_twice_gives_identical_files(seed_build, tmp_path):
    build(SEEDS_RAW, tmp_path, progress=False)
    assert _digests(tmp_path) == _digests(seed_build)


def test_build_leaves_no_temporary_files(seed_build):
    hidden = sorted(p.name for p in seed_build.rglob(".*"))
    assert hidden == [".build.lock", ".written.json"]


def test_raw_folder_is_never_written(tmp_path, make_raw):
    raw = make_raw({"a.txt": "More than 10 prisoners were freed."})
    before = {p: p.stat().st_mtime_ns for p in raw.rglob("*")}
    build(raw, tmp_path / "out", progress=False)
    assert {p: p.stat().st_mtime_ns for p in raw.rglob("*")} == before


def test_a_broken_article_does_not_stop_the_others(tmp_path, make_raw):
    raw = make_raw({"bad.txt": b"\x00\x01", "good.txt": "Israel freed 39 Palestinian prisoners."})
    result = build(raw, tmp_path / "out", progress=False)
    assert result.n_articles == 1 and len(result.rejected) == 1
    rejected = pd.read_csv(tmp_path / "out" / "rejected.csv")
    assert rejected.article_id.tolist() == ["bad"]


def test_missing_raw_folder_is_a_build_error(tmp_path):
    with pytest.raises(BuildError, match="does not exist"):
        build(tmp_path / "nope", tmp_path / "out")


def test_empty_raw_folder_is_a_build_error(tmp_path):
    (tmp_path / "raw" / "articles").mkdir(parents=True)
    with pytest.raises(BuildError, match="no article"):
        build(tmp_path / "raw", tmp_path / "out")


def test_unwritable_output_is_a_build_error(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Text."})
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(BuildError, match="cannot create output folder"):
        build(raw, blocker / "out")


def test_output_inside_raw_is_refused(make_raw):
    raw = make_raw({"a.txt": "Text."})
    with pytest.raises(BuildError, match="read-only"):
        build(raw, raw / "processed")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "CI": "true"})


def test_cli_build_reports_summary_and_exit_status(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 Palestinian prisoners.", "b.txt": b""})
    done = _cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert "built 1 articles" in done.stdout and "1 rejected" in done.stdout
    assert "rejected articles/b.txt: empty file" in done.stderr
    assert "%|" not in done.stderr  # no progress bar outside a terminal


def test_cli_build_missing_raw_exits_non_zero_with_one_line(tmp_path):
    done = _cli("build", "--raw", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "does not exist" in done.stderr


@pytest.mark.parametrize("command", [[], ["build"], ["evaluate"]])
def test_every_command_explains_itself(command):
    done = _cli(*command, "--help")
    assert done.returncode == 0
    assert "usage:" in done.stdout and len(done.stdout.splitlines()) > 5


def test_an_internal_error_rejects_only_that_article(tmp_path, make_raw, monkeypatch):
    import analysis.process as process_module

    real = process_module.extract_article

    def flaky(article):
        if article.article_id == "boom":
            raise RuntimeError("simulated failure")
        return real(article)

    monkeypatch.setattr(process_module, "extract_article", flaky)
    raw = make_raw({"boom.txt": "Israel freed 3 prisoners.", "ok.txt": "Hamas freed 2 hostages."})
    result = build(raw, tmp_path / "out", progress=False)
    assert result.n_articles == 1
    assert [r.article_id for r in result.rejected] == ["boom"]
    assert "simulated failure" in result.rejected[0].reason


def test_two_jobs_give_the_same_files_as_one(tmp_path):
    from benchmarks.generate import generate

    raw = generate(60, tmp_path / "raw")
    build(raw, tmp_path / "one", progress=False, jobs=1)
    build(raw, tmp_path / "two", progress=False, jobs=2)
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")


def test_an_incremental_build_reuses_unchanged_articles_only(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 prisoners.", "b.txt": "Hamas freed 13 hostages."})
    out = tmp_path / "out"
    first = build(raw, out, progress=False)
    assert first.reused == 0
    files = _digests(out)
    again = build(raw, out, progress=False)
    assert again.reused == 2
    assert _digests(out) == files  # the same bytes as a build from scratch
    (raw / "articles" / "b.txt").write_text("Hamas freed 14 hostages.")
    changed = build(raw, out, progress=False)
    assert changed.reused == 1
    figures = pd.read_csv(out / "figures.csv", dtype=str)
    assert "14" in set(figures.value)
    full = build(raw, tmp_path / "full", progress=False, incremental=False)
    assert full.reused == 0
    for name in ("articles.csv", "figures.csv", "posts.csv"):
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes()


def test_a_code_or_taxonomy_change_invalidates_the_cache(tmp_path, make_raw, monkeypatch):
    import analysis.build as build_module

    raw = make_raw({"a.txt": "Israel freed 39 prisoners."})
    build(raw, tmp_path / "out", progress=False)
    monkeypatch.setattr(build_module, "code_fingerprint", lambda: "another version")
    assert build(raw, tmp_path / "out", progress=False).reused == 0
