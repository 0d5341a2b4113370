"""Charts: files written, source line from the data, same bytes on a second run."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from analysis.charts import draw_metric, export, notes_line, source_line
from analysis.series import select_figures


def _figures() -> pd.DataFrame:
    rows = [
        ("f1", "a1", "Wire One", "health ministry", 40000, "at_least", "2024-08-15", "", ""),
        ("f2", "a2", "Paper Two", "", 41000, "exact", "2024-09-01", "41000", "41000"),
        ("f3", "a3", "", "UN officials", 42000, "approximate", "2024-10", "", ""),
        ("f4", "a4", "Wire One", "health ministry", 30000, "range", "2024-06-01", "30000",
         "35000"),
    ]
    return pd.DataFrame([{
        "figure_id": fid, "article_id": aid, "metric": "gaza_killed", "subgroup": "",
        "unit": "person", "value": value, "low": low or (value if q == "at_least" else ""),
        "high": high, "qualifier": q, "as_of": as_of, "published": "", "outlet": outlet,
        "attribution": attribution, "quote": f"quote of {fid}", "start": 0, "end": 1,
        "source": "body", "post_id": "", "number_text": str(value), "sentence_start": 0,
    } for fid, aid, outlet, attribution, value, q, as_of, low, high in rows])


@pytest.fixture
def selected():
    return select_figures(_figures(), metrics=["gaza_killed"])


def test_selection_dates_month_only_figures_and_keeps_provenance(selected):
    assert list(selected["as_of"]) == ["2024-06-01", "2024-08-15", "2024-09-01", "2024-10"]
    assert str(selected.loc[selected.as_of == "2024-10", "date"].iloc[0].date()) == "2024-10-01"
    assert {"article_id", "quote", "outlet", "attribution"} <= set(selected.columns)


def test_source_line_is_built_from_the_data(selected):
    line = source_line(selected)
    assert line.startswith("Source: Figures as reported by Paper Two, Wire One")
    assert "1 article whose outlet is not recorded" in line
    assert "attributed in the text to UN officials, health ministry" in line
    assert line.endswith("(4 articles).")


def test_notes_explain_only_the_qualifiers_present(selected):
    notes = notes_line(selected)
    assert "at least" in notes and "range" in notes and "at most" not in notes


def test_export_writes_png_and_svg_with_the_same_bytes_twice(selected, tmp_path):
    first = export(draw_metric(selected, "gaza_killed"), tmp_path / "one" / "chart")
    second = export(draw_metric(selected, "gaza_killed"), tmp_path / "two" / "chart")
    assert [p.suffix for p in first] == [".png", ".svg"]
    for a, b in zip(first, second, strict=True):
        assert a.stat().st_size > 1000
        assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    svg = first[1].read_text()
    assert "People killed in Gaza" in svg  # text kept as text
    assert "Source: Figures as reported by" in svg
    assert "<dc:date>" not in svg


def test_export_refuses_an_unknown_format(selected, tmp_path):
    with pytest.raises(ValueError, match="unknown chart format"):
        export(draw_metric(selected, "gaza_killed"), tmp_path / "c", ("gif",))
