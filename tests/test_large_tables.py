"""Reports on large tables: selections read from disk equal the same selections made in
memory, and the faster chart and consensus paths give what the simple ones gave."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import views
from analysis.build import build
from analysis.consensus import central_value, interval, intervals
from analysis.series import Tables, as_of_date, as_of_dates, metrics_with_data, select_figures
from benchmarks.generate import generate


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    raw = generate(60, tmp_path_factory.mktemp("gen") / "raw")
    out = tmp_path_factory.mktemp("out")
    build(raw, out, progress=False, jobs=1)
    return raw, out


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True),
                                  check_dtype=False)


def test_rows_of_one_metric_read_from_disk_equal_those_filtered_in_memory(built):
    _raw, out = built
    whole = Tables(out).figures
    metric = whole.loc[whole["metric"] != "", "metric"].iloc[0]
    lazy = Tables(out)
    rows = lazy.figure_rows(metrics=[metric])
    assert "figures" not in lazy._frames  # read by filter, the whole table never loaded
    assert len(rows) and set(rows["metric"]) == {metric}
    _same(rows, whole[whole["metric"] == metric])
    unclassified = lazy.figure_rows(metrics=[""], columns=["figure_id", "quote"])
    _same(unclassified, whole.loc[whole["metric"] == "", ["figure_id", "quote"]])
    article = whole["article_id"].iloc[-1]
    _same(lazy.figure_rows(article_id=article), whole[whole["article_id"] == article])
    assert lazy.figure_rows(metrics=[]).empty
    assert lazy.count("figures") == len(whole)
    texts = Tables(out).texts.set_index("article_id")["text"]
    assert lazy.text_of(article) == texts[article]
    with pytest.raises(KeyError):
        lazy.text_of("no-such-article")


def test_a_table_edited_by_hand_is_loaded_whole_and_checked(built, tmp_path):
    _raw, out = built
    copy = tmp_path / "copy"
    copy.mkdir()
    whole = pd.read_parquet(out / "figures.parquet")
    whole.to_parquet(copy / "figures.parquet", index=False)  # no build stamp
    tables = Tables(copy)
    metric = whole.loc[whole["metric"] != "", "metric"].iloc[0]
    rows = tables.figure_rows(metrics=[metric])
    assert "figures" in tables._frames  # loaded (and validated) once, then filtered
    _same(rows, whole[whole["metric"] == metric])


def test_the_reports_views_on_disk_selections_match_the_whole_table(built):
    raw, out = built
    whole = Tables(out).figures
    tables = views.load(str(out), str(raw))
    shown = views.check_metrics("all", tables)
    assert shown == metrics_with_data(whole)
    for metric in shown[:3]:
        _fig, points = views.metric_chart(tables, metric)
        expected = select_figures(whole, metrics=[metric])
        assert list(points["figure_id"]) == list(expected["figure_id"])
    assert views.small_multiples(tables, shown) is not None
    per_metric = views.figures_per_metric(tables)
    assert per_metric["figures"].sum() == int((whole["metric"] != "").sum())


def test_dates_of_a_column_match_one_by_one():
    values = pd.Series(["2024-01-02", "2024-05", "", "soon", None, "2023", "2024-13"],
                       index=[9, 8, 7, 6, 5, 4, 3])
    got = as_of_dates(values)
    assert list(got.index) == list(values.index)
    for value, stamp in zip(values, got, strict=True):
        one = as_of_date(value if isinstance(value, str) else "")
        assert (pd.isna(stamp) and one is None) or stamp == pd.Timestamp(one)


def test_intervals_and_central_value_match_the_pairwise_definition():
    rng = np.random.default_rng(3)
    qualifiers = ["exact", "approximate", "at_least", "at_most", "range"]
    reports = pd.DataFrame({"value": rng.integers(90, 110, 300).astype(float),
                            "qualifier": rng.choice(qualifiers, 300)})
    reports["low"] = np.where(reports["qualifier"] == "range", reports["value"] - 5, np.nan)
    reports["high"] = np.where(reports["qualifier"] == "range", reports["value"] + 5, np.nan)
    lows, highs = intervals(reports)
    for i, row in enumerate(reports.itertuples()):
        low = None if math.isnan(row.low) else row.low
        high = None if math.isnan(row.high) else row.high
        assert (lows[i], highs[i]) == interval(row.value, row.qualifier, low, high)
    candidates = np.unique(reports["value"])
    counts = [int(((lows <= c) & (c <= highs)).sum()) for c in candidates]
    best = max(c for c, n in zip(candidates, counts, strict=True) if n == max(counts))
    assert central_value(reports) == best
