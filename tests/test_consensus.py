"""Consensus series, bounds that agree, events counted once, the official-series check."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.consensus import consensus, disagreements, reporting_delay
from analysis.reference import compare_with_reference, load_reference
from analysis.series import load_tables
from tests.conftest import SEEDS_RAW


def _fig(fid, metric, value, qualifier="exact", as_of="2025-03-01", outlet="A",
         subgroup="", low=None, high=None, published="2025-03-02"):
    return {"figure_id": fid, "article_id": f"art-{fid}", "metric": metric,
            "subgroup": subgroup, "unit": "x", "value": value,
            "low": value if low is None and qualifier in ("exact", "at_least") else low,
            "high": value if high is None and qualifier == "exact" else high,
            "qualifier": qualifier, "as_of": as_of, "published": published, "outlet": outlet,
            "attribution": "", "quote": f"quote {fid}", "start": 0, "end": 1}


def test_a_bound_agrees_with_an_exact_value_and_a_far_value_disagrees():
    figures = pd.DataFrame([
        _fig("a", "palestinian_prisoners_held", 9500, "at_least", outlet="Wire One"),
        _fig("b", "palestinian_prisoners_held", 9600, outlet="Paper Two"),
        _fig("c", "palestinian_prisoners_held", 9000, outlet="Radio Three"),
    ])
    (row,) = consensus(figures, "palestinian_prisoners_held").to_dict("records")
    assert row["central"] == 9600
    assert (row["low"], row["high"], row["n_outlets"]) == (9000, 9600, 3)
    assert row["disagreeing"] == "c"
    table = disagreements(figures, "palestinian_prisoners_held")
    assert list(table["figure_id"]) == ["c"] and list(table["central"]) == [9600]


def test_the_same_exchange_reported_by_three_outlets_counts_once():
    figures = pd.DataFrame([
        _fig(str(i), "hostages_released", 3, outlet=o) for i, o in enumerate("ABC")
    ])
    (row,) = consensus(figures, "hostages_released").to_dict("records")
    assert (row["n_reports"], row["n_outlets"], row["central"]) == (1, 3, 3)


def test_levels_carry_forward_between_reports():
    figures = pd.DataFrame([
        _fig("a", "hostages_held", 59, as_of="2025-03-01"),
        _fig("b", "hostages_held", 58, as_of="2025-03-04"),
    ])
    table = consensus(figures, "hostages_held")
    assert list(table["period"]) == ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04"]
    assert list(table["central"]) == [59, 59, 59, 58]
    assert list(table["carried_forward"]) == [False, True, True, False]


def test_reporting_delay_per_outlet():
    figures = pd.DataFrame([
        _fig("a", "hostages_released", 3, as_of="2025-03-01", published="2025-03-04"),
        _fig("b", "hostages_released", 4, as_of="2025-03-01", published="2025-03-02",
             outlet="B"),
    ])
    delay = reporting_delay(figures, "hostages_released").set_index("outlet")
    assert delay.loc["A", "median_days"] == 3 and delay.loc["B", "median_days"] == 1


def test_official_series_check_on_the_seeds(tmp_path):
    tables = load_tables(tmp_path / "processed", SEEDS_RAW)
    checks = compare_with_reference(tables.figures, load_reference(SEEDS_RAW))
    killed = checks[checks.metric == "gaza_killed"].iloc[0]
    assert killed["value"] == 48446 and str(killed["official_date"]) == "2025-03-06"
    assert killed["lag_days"] == 1 and killed["status"] == "matches"
    casualties = checks[checks.metric == "gaza_casualties"].iloc[0]
    assert casualties["status"] == "consistent"
    assert casualties["official_value"] == 158126  # that day's official total
    assert "lower bound" in casualties["note"]


def test_without_the_reference_everything_else_works(tmp_path):
    assert load_reference(Path(tmp_path)) is None
    assert compare_with_reference(pd.DataFrame(), None).empty


def test_corrections_are_applied_marked_and_stale_ones_reported(tmp_path, make_raw):
    from analysis.build import build

    raw = make_raw({"a.txt": " date 2025-03-07 By X Staff\n"
                             "Israel holds 9,500 Palestinian prisoners. Hamas freed 3 hostages. "
                             "The agency sent 40 trucks."})
    out = tmp_path / "out"
    build(raw, out, progress=False)
    figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    held, freed, trucks = figures.figure_id
    (raw / "corrections.csv").write_text(
        "figure_id,action,metric,subgroup,value,qualifier,as_of,article_id,note\n"
        f"{held},change,,,9600,at_least,,,checked against the prison service\n"
        f"{trucks},reject,,,,,,,not a figure we track\n"
        "a-gone,reject,,,,,,,old id\n"
        "manual-1,add,hostages_held,,59,,2025-03-07,a,missed by the extractor\n")
    before = (raw / "corrections.csv").read_bytes()
    result = build(raw, out, progress=False)
    figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    rows = figures.set_index("figure_id")
    assert trucks not in rows.index
    assert rows.loc[held, ["value", "qualifier", "low", "high"]].tolist() == \
        ["9600", "at_least", "9600", ""]
    assert rows.loc[held, "corrected"] == "checked against the prison service"
    assert rows.loc[freed, "corrected"] == ""
    assert rows.loc["manual-1", "metric"] == "hostages_held"
    assert any("a-gone no longer exists" in w for _, w in result.warnings)
    assert (raw / "corrections.csv").read_bytes() == before  # never rewritten


def test_a_daily_count_beside_a_running_toll_is_set_aside():
    figures = pd.DataFrame([
        _fig("toll", "gaza_killed", 45000, as_of="2025-03-01", outlet="A"),
        _fig("day", "gaza_killed", 42, as_of="2025-03-01", outlet="B"),
    ])
    (row,) = consensus(figures, "gaza_killed").to_dict("records")
    assert (row["central"], row["low"], row["n_partial"], row["n_disagree"]) == (45000, 45000, 1, 0)
