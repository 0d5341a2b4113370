"""The evaluation command: matching rules and the printed report."""

from __future__ import annotations

import pandas as pd

from analysis.cli import main
from analysis.evaluate import evaluate

GOLD = pd.DataFrame([
    {"article_id": "a", "metric": "hostages_held", "subgroup": "", "value": "59",
     "qualifier": "exact", "as_of": "2025-03-07", "required": "1"},
    {"article_id": "a", "metric": "gaza_killed", "subgroup": "", "value": "48000",
     "qualifier": "at_least", "as_of": "2025-03-07", "required": "1"},
    {"article_id": "a", "metric": "hostages_released", "subgroup": "", "value": "8",
     "qualifier": "exact", "as_of": "2025-03-06", "required": "0"},
    {"article_id": "b", "metric": "", "subgroup": "", "value": "", "qualifier": "",
     "as_of": "", "required": "1"},
])


def _fig(article, metric, value, qualifier="exact", as_of="2025-03-07", subgroup=""):
    return {"article_id": article, "metric": metric, "subgroup": subgroup, "value": str(value),
            "qualifier": qualifier, "as_of": as_of}


def test_counts_each_key_once_and_ignores_optional_and_unmetric_rows():
    figures = pd.DataFrame([
        _fig("a", "hostages_held", 59), _fig("a", "hostages_held", 59),  # same key twice
        _fig("a", "gaza_killed", 48000, "exact"),  # right key, wrong qualifier
        _fig("a", "hostages_released", 8),  # optional: neither rewarded nor penalised
        _fig("a", "", 12),  # no metric: never counts
        _fig("b", "gaza_killed", 5),  # covered article with no gold figures: spurious
        _fig("c", "gaza_killed", 7),  # article not in the gold: ignored
    ])
    report = evaluate(GOLD, figures)
    assert (report.true_positive, report.false_positive, report.false_negative) == (2, 1, 0)
    assert report.precision == 2 / 3 and report.recall == 1.0
    assert report.qualifier_accuracy == 0.5 and report.as_of_accuracy == 1.0


def test_cli_prints_scores_and_detail(tmp_path, capsys):
    gold, figures = tmp_path / "gold.csv", tmp_path / "figures.csv"
    GOLD.to_csv(gold, index=False)
    pd.DataFrame([_fig("a", "hostages_held", 59)]).to_csv(figures, index=False)
    assert main(["evaluate", "--gold", str(gold), "--figures", str(figures), "--detail"]) == 0
    out = capsys.readouterr().out
    assert "recall             0.500" in out
    assert "missed    a gaza_killed/ 48000" in out


def test_cli_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["evaluate", "--gold", str(tmp_path / "no.csv"), "--figures", "x.csv"]) == 2
    assert "does not exist" in capsys.readouterr().err
