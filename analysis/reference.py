"""The official daily series, and how each reported figure compares with it.

``data/raw/reference/techforpalestine/casualties_daily.json`` (optional) holds the Gaza
Ministry of Health's cumulative killed and injured, one row per day. For each article
figure on ``gaza_killed``, ``gaza_injured`` or ``gaza_casualties`` the check finds the
official figure it matches and says how old it was and how far the article rounded it.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.config import RAW_DIR

REFERENCE_FILE = Path("reference") / "techforpalestine" / "casualties_daily.json"
REFERENCE_CREDIT = ("official daily figures: Gaza Ministry of Health, compiled by Tech for "
                    "Palestine (public domain)")
# Which column of the reference each metric (and subgroup) compares with.
COLUMNS = {
    ("gaza_killed", ""): "killed",
    ("gaza_injured", ""): "injured",
    ("gaza_casualties", ""): "casualties",
    ("gaza_killed", "children"): "killed_children",
    ("gaza_killed", "women"): "killed_women",
}
WINDOW_DAYS = 60
PARTIAL_SHARE = 0.5  # below half the running total, a figure is a daily or partial count
APPROXIMATE_TOLERANCE = 0.02  # "about 48,000" agrees with an official figure within 2%


def load_reference(raw_dir: Path = RAW_DIR) -> pd.DataFrame | None:
    """The official daily series (date, killed, injured, casualties, ...), or None when the
    raw folder holds no reference file."""
    path = Path(raw_dir) / REFERENCE_FILE
    if not path.exists():
        return None
    rows = json.loads(path.read_text(encoding="utf-8"))
    df = pd.DataFrame(rows)
    out = pd.DataFrame({
        "date": pd.to_datetime(df["report_date"]),
        "killed": df["ext_killed_cum"],
        "injured": df["ext_injured_cum"],
        "killed_children": df.get("ext_killed_children_cum"),
        "killed_women": df.get("ext_killed_women_cum"),
        # A day with report_period 0 repeats the day before: no new figure was published.
        "reported": df.get("report_period", pd.Series([1] * len(df))).fillna(1) > 0,
    })
    out["casualties"] = out["killed"] + out["injured"]
    return out.sort_values("date").reset_index(drop=True)


def _days(a: pd.Timestamp, b: pd.Timestamp) -> int:
    return int((a - b).days)


def _age(days: int) -> str:
    return "the same day" if days == 0 else f"{days} day{'s' if days != 1 else ''} old"


def check_figure(value: float, qualifier: str, low: float | None, high: float | None,
                 as_of: date, series: pd.DataFrame) -> dict[str, object]:
    """Compare one figure with the official series up to its as-of date."""
    day = pd.Timestamp(as_of)
    window = series[(series["date"] <= day) & (series["date"] >= day - timedelta(WINDOW_DAYS))]
    if window.empty:
        return {"status": "no official figure in the 60 days before the as-of date"}
    on_day = window.iloc[-1]
    reports = window[window["reported"]]
    if value < PARTIAL_SHARE * on_day["value"]:
        # "42 killed in the past 24 hours": a daily or partial count, not the running total.
        return {"status": "not a cumulative total", "official_date": on_day["date"].date(),
                "official_value": on_day["value"],
                "note": f"far below the official total of {on_day['value']:,.0f}: a daily or "
                        "partial count, not compared"}
    if qualifier in ("at_least", "at_most") and (reports["value"] == value).any():
        # "at least 48,446" repeating an official figure exactly: say which one.
        hit = reports[reports["value"] == value].iloc[-1]
        lag = _days(day, hit["date"])
        return {"status": "matches", "official_date": hit["date"].date(),
                "official_value": hit["value"], "deviation": 0.0, "lag_days": lag,
                "note": f"matches the official figure of {hit['date'].date()} ({_age(lag)}); "
                        f"reported as {'a lower' if qualifier == 'at_least' else 'an upper'} "
                        "bound"}
    if qualifier == "at_least":
        passed = reports[reports["value"] >= value]
        consistent = on_day["value"] >= value
        since = passed.iloc[0] if len(passed) else None
        note = (f"a lower bound; the official total was {on_day['value']:,.0f} on "
                f"{on_day['date'].date()}")
        if since is not None:
            note += (f" and first passed {value:,.0f} on {since['date'].date()} "
                     f"({_age(_days(day, since['date']))})")
        return {"status": "consistent" if consistent else "below the bound",
                "official_date": (since if since is not None else on_day)["date"].date(),
                "official_value": on_day["value"], "deviation": value - on_day["value"],
                "lag_days": _days(day, since["date"]) if since is not None else None,
                "note": note}
    if qualifier == "at_most":
        consistent = on_day["value"] <= value
        return {"status": "consistent" if consistent else "above the bound",
                "official_date": on_day["date"].date(), "official_value": on_day["value"],
                "deviation": value - on_day["value"], "lag_days": 0,
                "note": f"an upper bound; the official total was {on_day['value']:,.0f}"}
    if qualifier == "range" and low is not None and high is not None:
        consistent = low <= on_day["value"] <= high
        return {"status": "consistent" if consistent else "outside the range",
                "official_date": on_day["date"].date(), "official_value": on_day["value"],
                "deviation": value - on_day["value"], "lag_days": 0,
                "note": f"a range; the official total was {on_day['value']:,.0f}"}
    pool = reports if len(reports) else window
    nearest = pool.iloc[(pool["value"] - value).abs().argsort(kind="stable")]
    best = nearest.iloc[0]
    exact_hits = pool[pool["value"] == value]
    if len(exact_hits):
        best = exact_hits.iloc[-1]
    deviation = value - best["value"]
    lag = _days(day, best["date"])
    tolerance = APPROXIMATE_TOLERANCE if qualifier == "approximate" else 0.0
    matches = abs(deviation) <= tolerance * best["value"]
    age = _age(lag)
    if deviation == 0:
        note = f"matches the official figure of {best['date'].date()} ({age})"
    else:
        way = "rounded down" if deviation < 0 else "rounded up"
        note = (f"nearest official figure {best['value']:,.0f} of {best['date'].date()} "
                f"({age}), {way} by {abs(deviation):,.0f}")
    return {"status": "matches" if matches else "differs", "official_date": best["date"].date(),
            "official_value": best["value"], "deviation": deviation, "lag_days": lag,
            "note": note}


def compare_with_reference(figures: pd.DataFrame, series: pd.DataFrame | None) -> pd.DataFrame:
    """One row per article figure on a metric the official series covers."""
    columns = ["figure_id", "article_id", "outlet", "attribution", "metric", "subgroup",
               "value", "qualifier", "as_of", "status", "official_date", "official_value",
               "deviation", "lag_days", "note"]
    if series is None:
        return pd.DataFrame(columns=columns)
    out = []
    data_by_column: dict[str, pd.DataFrame] = {}
    checked: dict[tuple[Any, ...], dict[str, Any]] = {}  # the same report is checked once
    for row in figures.itertuples():
        column = COLUMNS.get((row.metric, row.subgroup))
        if column is None:
            continue
        base = {c: getattr(row, c) for c in columns[:9]}
        if len(str(row.as_of)) != 10:
            out.append({**base, "status": "as-of date too coarse to compare"})
            continue
        if column not in data_by_column:
            data_by_column[column] = series[["date", "reported"]].assign(
                value=series[column]).dropna()
        low = None if pd.isna(row.low) else float(row.low)
        high = None if pd.isna(row.high) else float(row.high)
        key = (column, float(row.value), str(row.qualifier), low, high, str(row.as_of))
        if key not in checked:
            checked[key] = check_figure(float(row.value), str(row.qualifier), low, high,
                                        date.fromisoformat(str(row.as_of)),
                                        data_by_column[column])
        out.append({**base, **checked[key]})
    return pd.DataFrame(out, columns=columns)
