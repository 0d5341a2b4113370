"""The public number-detection benchmark's scoring (benchmarks/numbers_benchmark.py)."""

from __future__ import annotations

import json

from benchmarks.numbers_benchmark import gold_value, main, same, score_sentence


def test_gold_values_and_ranges():
    assert gold_value("19.0") == 19.0
    assert gold_value("252.0-287.0") == (252.0, 287.0)
    assert gold_value("-3.5") == -3.5
    assert gold_value("1E-5") == 1e-5


def test_each_found_value_matches_one_gold_value_and_ranges_match_bound_by_bound():
    assert same((1.0, 2.0), (1.0, 2.0)) and not same((1.0, 2.0), 1.0)
    matched, missed, extra = score_sentence([5.0, 5.0, (1.0, 2.0)], [5.0, 2.0])
    assert (matched, missed, extra) == (1, [5.0, (1.0, 2.0)], [2.0])


def test_scores_a_file_of_sentences(tmp_path, capsys):
    path = tmp_path / "bench.json"
    path.write_text(json.dumps([
        {"text": "The club sold 300 tickets at $12 each.",
         "quantities": [{"value": "300"}, {"value": "12.0"}]},
        {"text": "Nothing was counted here.", "quantities": []},
        {"text": "Between 30 and 40 boats left.", "quantities": [{"value": "30-40"}]},
    ]), encoding="utf-8")
    main([str(path)])
    out = capsys.readouterr().out
    assert "3 sentences, 3 gold quantities; 3 found, 3 matched" in out
    assert "value F1 1.000" in out
