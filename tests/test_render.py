"""Rendering reports with papermill: files, index, determinism, failures kept apart."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.lexicon import ConfigError
from analysis.render import load_specs, render
from tests.conftest import ROOT, SEEDS_RAW


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    root = tmp_path_factory.mktemp("render")
    raw = root / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    out = root / "reports"
    result = render(out, raw_dir=raw, processed_dir=root / "processed", log=lambda m: None)
    return root, out, result


def test_render_writes_every_report_chart_and_index(rendered):
    _, out, result = rendered
    assert result.ok, result.failed
    names = {"figures_over_time", "corpus_overview", "article_000_28b8d979f64f396b",
             "article_004_7d45e1d25f74cf1b", "sources_gaza_killed",
             "sources_palestinian_prisoners_held"}
    assert names <= set(result.rendered)
    assert all(n in names or n.startswith("sources_") for n in result.rendered)
    for name in names:
        assert (out / f"{name}.html").exists() and (out / f"{name}.ipynb").exists()
    pngs = {p.stem for p in (out / "charts").glob("*.png")}
    svgs = {p.stem for p in (out / "charts").glob("*.svg")}
    assert pngs == svgs and "palestinian_prisoners_held" in pngs and "gaza_killed" in pngs
    index = (out / "index.html").read_text()
    assert all(f'href="{n}.html"' in index for n in names)
    assert 'src="charts/gaza_killed.png"' in index
    html = (out / "figures_over_time.html").read_text()
    assert "def " not in html and "views.load" not in html  # code hidden


def test_render_twice_changes_no_file(rendered):
    root, out, _ = rendered
    before = _digests(out)
    result = render(out, raw_dir=root / "raw", processed_dir=root / "processed",
                    log=lambda m: None, only=["corpus_overview", "figures_over_time"], jobs=2)
    assert result.ok and result.rendered == ["figures_over_time", "corpus_overview"]
    assert _digests(out) == before  # two notebooks at a time write the same files


def test_article_reports_can_be_skipped(rendered, tmp_path):
    root, _, _ = rendered
    result = render(tmp_path / "reports", raw_dir=root / "raw",
                    processed_dir=root / "processed", log=lambda m: None,
                    only=["corpus_overview", "article_000_28b8d979f64f396b"], per_article=False)
    assert result.rendered == ["corpus_overview"]
    assert not list((tmp_path / "reports").glob("article_*"))
    assert "article_" not in (tmp_path / "reports" / "index.html").read_text()


def test_a_failing_report_keeps_the_last_good_copy(rendered, tmp_path):
    root, out, _ = rendered
    good = (out / "figures_over_time.html").read_bytes()
    reports = tmp_path / "reports.yaml"
    reports.write_text(
        "reports:\n"
        "  - {name: figures_over_time, notebook: figures_over_time.ipynb,\n"
        "     parameters: {metrics: [no_such_metric]}}\n"
        "  - {name: corpus_overview, notebook: corpus_overview.ipynb}\n"
    )
    result = render(out, reports_file=reports, raw_dir=root / "raw",
                    processed_dir=root / "processed", log=lambda m: None)
    assert list(result.failed) == ["figures_over_time"]
    assert "no_such_metric" in result.failed["figures_over_time"]
    assert result.rendered == ["corpus_overview"]
    assert (out / "figures_over_time.html").read_bytes() == good
    assert "failed" in (out / "index.html").read_text()


@pytest.mark.parametrize(("yaml_text", "message"), [
    ("reports:\n  - {name: x, notebook: figures_over_time.ipynb, parameters: {colour: red}}\n",
     "has no parameter 'colour'"),
    ("reports:\n  - {name: x, notebook: figures_over_time.ipynb, parameters: {start: 5}}\n",
     "must be like ''"),
    ("reports:\n  - {name: x, notebook: figures_over_time.ipynb,\n"
     "     parameters: {start: {__import__: os}}}\n", "not a string, number"),
    ("reports:\n  - {name: x, notebook: missing.ipynb}\n", "does not exist"),
])
def test_bad_report_parameters_are_refused_before_papermill(tmp_path, yaml_text, message):
    reports = tmp_path / "reports.yaml"
    reports.write_text(yaml_text)
    with pytest.raises(ConfigError, match=message):
        load_specs(reports, ["a"], ROOT / "notebooks")


def test_cli_render_with_a_broken_parameter_fails_cleanly(tmp_path):
    reports = tmp_path / "reports.yaml"
    reports.write_text("reports:\n  - {name: x, notebook: figures_over_time.ipynb,"
                       " parameters: {start: 5}}\n")
    shutil.copytree(SEEDS_RAW, tmp_path / "raw")
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "render", "--reports", str(reports), "--raw",
         str(tmp_path / "raw"), "--processed", str(tmp_path / "processed"), "--out",
         str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert "error:" in done.stderr and "start" in done.stderr
    assert not (tmp_path / "out" / "x.html").exists()


def test_cli_chart_exports_one_file(tmp_path):
    shutil.copytree(SEEDS_RAW, tmp_path / "raw")
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "chart", "palestinian_prisoners_held", "--format",
         "svg", "--out", str(tmp_path / "held.svg"), "--raw", str(tmp_path / "raw"),
         "--processed", str(tmp_path / "processed")], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    svg = (tmp_path / "held.svg").read_text()
    assert "Palestinian prisoners held by Israel" in svg and "Palestine Chronicle" in svg
