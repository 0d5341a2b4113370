"""What the sources agree on: per metric and period, the range of reported values, a
central value that respects bounds, the outlets behind it, and the reports that disagree.

Each report is an interval: an exact figure a narrow band around it, "at least 9,500" the
ray from 9,500 up, "at most" the ray down, a range its two ends. The central value is the
reported value most intervals contain; a report whose interval misses it disagrees.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.series import metric_kind, select_figures

TOLERANCE = 0.02  # an exact figure agrees with values within 2%
APPROXIMATE = 0.05  # "about" widens the band to 5%
PARTIAL_SHARE = 0.5  # below half the level, a report is a partial or daily count
CONSENSUS_COLUMNS = ["metric", "subgroup", "period", "low", "high", "central", "n_reports",
                     "n_outlets", "outlets", "n_disagree", "disagreeing", "carried_forward",
                     "n_partial"]


def interval(value: float, qualifier: str, low: float | None, high: float | None,
             tolerance: float = TOLERANCE) -> tuple[float, float]:
    """The values a report allows."""
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return -math.inf, value
    if qualifier == "range" and low is not None and high is not None and not math.isnan(high):
        return low, high
    spread = APPROXIMATE if qualifier == "approximate" else tolerance
    return value * (1 - spread), value * (1 + spread)


def intervals(reports: pd.DataFrame, tolerance: float = TOLERANCE) -> tuple[np.ndarray,
                                                                            np.ndarray]:
    """:func:`interval` of every report, as two arrays (low ends, high ends), worked out
    column by column."""
    value = pd.to_numeric(reports["value"], errors="coerce").to_numpy(dtype=float,
                                                                       na_value=np.nan)
    low = pd.to_numeric(reports["low"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    high = pd.to_numeric(reports["high"], errors="coerce").to_numpy(dtype=float,
                                                                     na_value=np.nan)
    qualifier = reports["qualifier"].astype(str).to_numpy()
    spread = np.where(qualifier == "approximate", APPROXIMATE, tolerance)
    lows, highs = value * (1 - spread), value * (1 + spread)
    at_least, at_most = qualifier == "at_least", qualifier == "at_most"
    lows[at_least], highs[at_least] = value[at_least], math.inf
    lows[at_most], highs[at_most] = -math.inf, value[at_most]
    ranged = (qualifier == "range") & ~np.isnan(low) & ~np.isnan(high)
    lows[ranged], highs[ranged] = low[ranged], high[ranged]
    return lows, highs


def central_value(reports: pd.DataFrame, tolerance: float = TOLERANCE) -> float:
    """The reported value that the most reports allow; ties go to the larger value."""
    lows, highs = intervals(reports, tolerance)
    candidates = np.unique(reports["value"].to_numpy(dtype=float))
    if not len(candidates):
        return math.nan
    if np.all(lows <= highs):
        # counts[i]: how many reports allow candidate i: those starting at or below it,
        # less those that also end below it (two binary searches, not a full table).
        counts = (np.searchsorted(np.sort(lows), candidates, side="right")
                  - np.searchsorted(np.sort(highs), candidates, side="left"))
    else:  # a malformed range (low above high): compare every pair
        counts = ((lows[None, :] <= candidates[:, None])
                  & (candidates[:, None] <= highs[None, :])).sum(axis=1)
    best = np.flatnonzero(counts == counts.max())[-1]  # ties: the larger value
    return float(candidates[best])


def consensus(figures: pd.DataFrame, metric: str, subgroup: str = "", freq: str = "D",
              tolerance: float = TOLERANCE) -> pd.DataFrame:
    """The consensus series of one metric: one row per period (``freq``: D, W or M).

    Counts of events reported by several outlets count once: rows with the same metric,
    subgroup, as-of and value are one report with several outlets. Levels carry forward:
    periods between reports repeat the last central value, marked ``carried_forward``; a
    report below half the level (a daily or partial count) is set aside (``n_partial``).
    """
    df = select_figures(figures, metrics=[metric], subgroup=subgroup)
    if df.empty:
        return pd.DataFrame(columns=CONSENSUS_COLUMNS)
    df["period"] = df["date"].dt.to_period(freq)
    level = metric_kind(metric) == "level"
    rows = []
    last_central = 0.0
    for period, group in df.groupby("period", sort=True):
        partial = group.iloc[0:0]
        if level:
            # "42 killed in the past day" beside a running toll of 45,000 is a partial count,
            # not a competing report of the level: it is set aside, and counted.
            floor = PARTIAL_SHARE * max(float(group["value"].max()), last_central)
            partial = group[group["value"] < floor]
            group = group[group["value"] >= floor]
            if group.empty:
                continue  # only partial counts: the level carries forward through here
        unique = group.drop_duplicates(["as_of", "value", "qualifier"])
        central = central_value(unique, tolerance)
        lows, highs = intervals(group, tolerance)
        allowed = (lows <= central) & (central <= highs)
        disagree = list(group["figure_id"].to_numpy()[~allowed])
        outlets = sorted({o for o in group["outlet"] if o})
        last_central = central
        rows.append({
            "metric": metric, "subgroup": subgroup, "period": str(period),
            "low": float(group["value"].min()), "high": float(group["value"].max()),
            "central": central, "n_reports": len(unique), "n_outlets": len(outlets),
            "outlets": ", ".join(outlets), "n_disagree": len(disagree),
            "disagreeing": ", ".join(disagree), "carried_forward": False,
            "n_partial": len(partial),
        })
    out = pd.DataFrame(rows, columns=CONSENSUS_COLUMNS)
    if metric_kind(metric) == "level" and len(out) > 1:
        out = _carry_forward(out, freq)
    return out


def _carry_forward(out: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Fill the periods between reports of a level with its last central value."""
    periods = pd.period_range(out["period"].iloc[0], out["period"].iloc[-1], freq=freq)
    if len(periods) > 5000:
        return out  # too fine a period for so long a span: leave the gaps
    known = out.set_index("period")
    rows = []
    last = None
    for period in periods.astype(str):
        if period in known.index:
            last = known.loc[period].to_dict()
            rows.append({"period": period, **last})
        elif last is not None:
            rows.append({**last, "period": period, "n_reports": 0, "n_outlets": 0,
                         "outlets": "", "n_disagree": 0, "disagreeing": "",
                         "carried_forward": True, "n_partial": 0})
    return pd.DataFrame(rows, columns=CONSENSUS_COLUMNS)


def disagreements(figures: pd.DataFrame, metric: str, subgroup: str = "", freq: str = "D",
                  tolerance: float = TOLERANCE, *,
                  table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The reports that disagree with their period's central value, with their source
    (``table``: the series :func:`consensus` already gave for the same arguments)."""
    if table is None:
        table = consensus(figures, metric, subgroup, freq, tolerance)
    ids = {i.strip() for cell in table["disagreeing"] for i in str(cell).split(",") if i.strip()}
    df = select_figures(figures, metrics=[metric], subgroup=subgroup)
    df = df[df["figure_id"].isin(ids)].copy()
    central = {p: c for p, c in zip(table["period"], table["central"], strict=True)}
    df["central"] = df["date"].dt.to_period(freq).astype(str).map(central)
    return df[["as_of", "value", "qualifier", "central", "outlet", "attribution", "article_id",
               "figure_id", "quote"]].reset_index(drop=True)


def reporting_delay(figures: pd.DataFrame, metric: str) -> pd.DataFrame:
    """How long after the date a figure describes each outlet published it, in days."""
    df = select_figures(figures, metrics=[metric], subgroup=None)
    df = df[(df["published"] != "") & (df["as_of"].str.len() == 10)].copy()
    if df.empty:
        return pd.DataFrame(columns=["outlet", "figures", "median_days", "max_days"])
    df["delay"] = (pd.to_datetime(df["published"]) - df["date"]).dt.days
    df["outlet"] = df["outlet"].replace("", "(outlet not recorded)")
    return (df.groupby("outlet")["delay"].agg(figures="count", median_days="median",
                                              max_days="max").reset_index())
