"""Large corpora: parts, incremental builds, the dask engine (speed is measured in benchmarks/)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.build import build
from analysis.parts import PART_MAX, PARTS_DIR, cut_parts
from benchmarks.generate import generate
from tests.conftest import ROOT


def _digests(folder: Path) -> dict[str, str]:
    """Every table file (Parquet folders and stored parts included), dotfiles aside."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}  # dotfiles: bookkeeping


def _parts(out: Path) -> set[str]:
    return {p.name for p in (out / PARTS_DIR).iterdir() if p.is_dir()}


def test_parts_are_cut_by_id_so_an_insertion_changes_one_part():
    ids = [f"article-{i:05d}" for i in range(20000)]
    before = list(cut_parts(ids, str))
    assert len(before) > 5 and max(len(p) for p in before) <= PART_MAX
    assert [i for part in before for i in part] == ids  # order kept, nothing lost
    after = list(cut_parts(sorted([*ids, "article-02500b"]), str))
    changed = [p for p in after if p not in before]
    assert len(changed) <= 2 and any("article-02500b" in p for p in changed)
    assert len([p for p in before if p not in after]) <= 1


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    """Parts of about 32 articles, so that a small corpus has several."""
    monkeypatch.setattr("analysis.parts.PART_TARGET", 32)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return generate(320, tmp_path_factory.mktemp("gen") / "raw")


def test_adding_articles_extracts_only_them_and_keeps_other_parts(tmp_path, corpus):
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    out = tmp_path / "out"
    first = build(raw, out, progress=False)
    assert first.reused == 0 and first.n_articles == 320
    parts_before = _parts(out)
    assert len(parts_before) >= 2  # the test needs more than one part to mean anything
    articles = raw / "articles"
    for i, source in enumerate(sorted(articles.iterdir())[:3]):
        shutil.copy(source, articles / f"gen000150_added{i}.txt")
    again = build(raw, out, progress=False)
    assert again.n_articles == 323
    assert again.reused == 320  # only the three new articles were extracted
    assert len(_parts(out) - parts_before) == 1  # they all fall in one part
    full = build(raw, tmp_path / "full", progress=False, incremental=False)
    assert full.reused == 0
    assert _digests(out) == _digests(tmp_path / "full")


def test_published_parquet_files_of_unchanged_parts_are_kept_not_copied(tmp_path, corpus):
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    out = tmp_path / "out"
    build(raw, out, progress=False)
    folder = out / "figures.parquet"
    before = {p.name.split("-", 2)[2]: p.stat().st_ino for p in folder.iterdir()}
    edited = sorted(folder.iterdir())[0]
    pristine = edited.read_bytes()
    edited.write_bytes(b"changed by hand")  # a published file edited in place
    articles = raw / "articles"
    shutil.copy(sorted(articles.iterdir())[-1], articles / "gen999999_added.txt")
    build(raw, out, progress=False)
    after = {p.name.split("-", 2)[2]: p for p in folder.iterdir()}
    kept = [k for k in before if k in after and after[k].stat().st_ino == before[k]]
    assert len(kept) == len(before) - 2  # all but the edited one and the changed part
    restored = after[edited.name.split("-", 2)[2]]
    assert restored.stat().st_ino != before[edited.name.split("-", 2)[2]]
    assert restored.read_bytes() == pristine  # the stored part, not the edit
    full = build(raw, tmp_path / "full", progress=False, incremental=False)
    assert full.reused == 0
    assert _digests(out) == _digests(tmp_path / "full")


def test_a_changed_correction_reextracts_only_its_article(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 prisoners.", "b.txt": "Hamas freed 13 hostages."})
    out = tmp_path / "out"
    build(raw, out, progress=False)
    figure = pd.read_csv(out / "figures.csv", dtype=str).set_index("article_id").loc["b"]
    (raw / "corrections.csv").write_text(
        f"figure_id,action,value\n{figure.figure_id},change,14\n")
    result = build(raw, out, progress=False)
    assert result.reused == 1
    values = pd.read_csv(out / "figures.csv", dtype=str).set_index("article_id").value
    assert values.to_dict() == {"a": "39", "b": "14"}
    (raw / "corrections.csv").write_text(f"figure_id,action\n{figure.figure_id},reject\n")
    result = build(raw, out, progress=False)
    assert result.reused == 1
    assert pd.read_csv(out / "figures.csv", dtype=str).article_id.tolist() == ["a"]


def test_a_part_deleted_by_hand_is_rebuilt(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 prisoners."})
    out = tmp_path / "out"
    build(raw, out, progress=False)
    expected = _digests(out)
    for part in (out / PARTS_DIR).iterdir():
        if part.is_dir():
            shutil.rmtree(part)
    assert build(raw, out, progress=False).reused == 0
    assert _digests(out) == expected


def test_the_dask_engine_writes_the_same_tables_as_the_local_one(tmp_path, corpus):
    local = build(corpus, tmp_path / "local", progress=False, jobs=1)
    dask = build(corpus, tmp_path / "dask", progress=False, jobs=2, engine="dask")
    assert dask.n_figures == local.n_figures > 0
    assert _digests(tmp_path / "dask") == _digests(tmp_path / "local")
    assert _parts(tmp_path / "dask") == _parts(tmp_path / "local")


def test_the_parts_read_as_one_partitioned_dataset(tmp_path, corpus):
    out = tmp_path / "out"
    build(corpus, out, progress=False)
    import dask.dataframe as dd

    lazy = dd.read_parquet(str(out / PARTS_DIR / "*" / "figures.parquet"))
    assert lazy.npartitions == len(_parts(out))
    assert len(lazy) == len(pd.read_parquet(out / "figures.parquet"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_bad_engine_options_are_usage_errors(tmp_path, make_raw):
    raw = make_raw({"a.txt": "Israel freed 39 prisoners."})
    zero = _cli("build", "--raw", str(raw), "--out", str(tmp_path / "o"), "--jobs", "0")
    assert zero.returncode == 2 and "at least 1" in zero.stderr
    engine = _cli("build", "--raw", str(raw), "--out", str(tmp_path / "o"), "--engine", "spark")
    assert engine.returncode == 2 and "invalid choice" in engine.stderr


def test_unchanged_files_are_not_read_again(tmp_path, make_raw, monkeypatch):
    import analysis.raw as raw_module

    raw = make_raw({"a.txt": "Israel freed 39 prisoners.", "b.txt": "Hamas freed 13 hostages."},
                   manifest="article_id,published\na,2025-01-19\nb,2025-01-20\n")
    out = tmp_path / "out"
    build(raw, out, progress=False)
    expected = _digests(out)
    read: list[str] = []
    real = raw_module.load_article

    def counting(path, row):
        read.append(path.stem)
        return real(path, row)

    monkeypatch.setattr(raw_module, "load_article", counting)
    assert build(raw, out, progress=False).reused == 2
    assert read == [] and _digests(out) == expected
    (raw / "articles" / "b.txt").write_text("Hamas freed 14 hostages.")
    assert build(raw, out, progress=False).reused == 1
    assert read == ["b"]
    (raw / "articles.csv").write_text("article_id,published\na,2025-01-21\nb,2025-01-20\n")
    build(raw, out, progress=False)
    assert read == ["b", "a"]  # a manifest change counts as a change of the article
    assert pd.read_csv(out / "articles.csv", dtype=str).published.tolist() == \
        ["2025-01-21", "2025-01-20"]


def test_benchmark_rows_go_under_the_last_row_of_their_table_not_under_its_notes():
    from benchmarks.run import add_row
    section = "| when | rate |\n|---|---|\n| a | 1 |\n\nA note on the first run.\n"
    assert add_row(section, "| b | 2 |\n") == (
        "| when | rate |\n|---|---|\n| a | 1 |\n| b | 2 |\n\nA note on the first run.\n\n")


def test_benchmark_cells_say_when_quantulum3_was_not_timed():
    from benchmarks.run import quantulum_cells
    assert quantulum_cells(float("nan"), float("nan")) == ("\u2013", "\u2013")
    assert quantulum_cells(12.44, 3.6) == ("12.4", "4x")
