"""Extraction quality on the seeds and on the team's own test articles (issue 3 bars)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.build import build
from analysis.evaluate import evaluate
from tests.conftest import CORPUS_RAW, ROOT, SEEDS_RAW


def _score(raw, gold_path, tmp_path):
    build(raw, tmp_path, progress=False)
    figures = pd.read_csv(tmp_path / "figures.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(gold_path, dtype=str, keep_default_na=False)
    return evaluate(gold, figures)


def test_seeds_f1_is_perfect(tmp_path):
    report = _score(SEEDS_RAW, ROOT / "tests" / "gold" / "seeds.csv", tmp_path)
    assert report.f1 == 1.0, (report.missed, report.spurious)
    assert report.qualifier_accuracy >= 0.95
    assert report.as_of_accuracy >= 0.95


def test_team_corpus_meets_the_bar(tmp_path):
    report = _score(CORPUS_RAW, CORPUS_RAW / "gold.csv", tmp_path)
    assert report.f1 >= 0.95, (report.missed, report.spurious)
    assert report.qualifier_accuracy >= 0.95, report.wrong_qualifier
    assert report.as_of_accuracy >= 0.95, report.wrong_as_of


@pytest.mark.parametrize("metric", [
    "palestinian_prisoners_held", "palestinian_prisoners_released", "hostages_held",
    "hostages_released", "hostages_abducted", "gaza_killed", "gaza_injured", "gaza_casualties",
    "israel_killed", "ceasefire_days",
])
def test_gold_covers_every_metric(metric):
    gold = pd.concat([pd.read_csv(ROOT / "tests" / "gold" / "seeds.csv", dtype=str),
                      pd.read_csv(CORPUS_RAW / "gold.csv", dtype=str)])
    assert (gold.metric == metric).sum() >= 2
