"""Charts layer: one chart per metric, drawn the same way in notebooks and on the command
line, and exported as PNG and SVG with deterministic bytes.

Each point is a figure as its source states it: its marker says its qualifier (a bound
is drawn open), its colour says who it is attributed to, and the source line under the
chart is built from the data, never typed by hand.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg", force=False)

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from analysis.config import PACKAGE_DATA  # noqa: E402
from analysis.lexicon import read_yaml  # noqa: E402
from analysis.series import metric_kind, metric_label  # noqa: E402

STYLE_FILE = PACKAGE_DATA / "charts.mplstyle"
SETTINGS_FILE = PACKAGE_DATA / "charts.yaml"
FORMATS = ("png", "svg", "pdf")
MARKER_SIZE = 6.8  # points across: the area of the markers the charts have always had
SYMBOL = {"at_least": "≥ ", "at_most": "≤ ", "approximate": "~ ", "exact": "", "range": ""}


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """Chart settings from ``data/charts.yaml``."""
    return read_yaml(SETTINGS_FILE)


def use_style() -> None:
    """Apply the packaged style sheet and the matching seaborn theme."""
    sns.set_theme(style="whitegrid", rc={"axes.grid.axis": "y"})
    plt.style.use(str(STYLE_FILE))


def _join(names: list[str], limit: int = 4) -> str:
    names = [n for n in names if n]
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def source_line(df: pd.DataFrame) -> str:
    """"Source: ..." built from the outlets and attributions of the plotted figures."""
    # Distinct values first: a large chart has many rows and few names.
    outlets = sorted({str(o) for o in df["outlet"].unique() if str(o)})
    attributions = sorted({str(a) for a in df["attribution"].unique() if str(a)})
    unnamed = df.loc[df["outlet"].astype(str) == "", "article_id"].nunique()
    reporters = _join(outlets)
    if unnamed:
        extra = f"{unnamed} article{'s' if unnamed != 1 else ''} whose outlet is not recorded"
        reporters = f"{reporters} and {extra}" if reporters else extra
    parts = [f"Figures as reported by {reporters}"]
    if attributions:
        parts.append(f"attributed in the text to {_join(attributions)}")
    articles = df["article_id"].nunique()
    return f"Source: {'; '.join(parts)} ({articles} article{'s' if articles != 1 else ''})."


def notes_line(df: pd.DataFrame) -> str:
    """What the markers mean, for the qualifiers present in the chart."""
    markers = settings()["markers"]
    present = [q for q in markers if q in set(df["qualifier"].unique())]
    note = "   ".join(markers[q]["note"] for q in present)
    return f"{note}.   Month-only dates are drawn on the 1st of the month."


def _colours(labels: pd.Series) -> dict[str, Any]:
    palette = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    limit = int(settings()["max_sources"])
    counts = labels.value_counts()
    ranked = sorted(counts.index, key=lambda k: (-counts[k], k))
    colours = {label: palette[i % len(palette)] for i, label in enumerate(ranked[:limit])}
    for label in ranked[limit:]:
        colours[label] = settings()["other_colour"]
    return colours


def draw_metric(df: pd.DataFrame, metric: str, subgroup: str = "",
                color_by: str = "source_label",
                reference: pd.DataFrame | None = None) -> Figure:
    """The chart of one metric: value by as-of date, one marker per reported figure.

    ``reference`` (columns ``date`` and ``value``), when given, is drawn as a grey line:
    the official daily series the reported figures can be compared with.
    """
    use_style()
    width, height = settings()["size_inches"]
    fig = Figure(figsize=(width, height))
    ax = fig.add_axes((0.11, 0.33, 0.63, 0.53))
    # Only the columns a chart uses are sorted and copied: not the quotes.
    used = ["date", "figure_id", "value", "low", "high", "qualifier", "as_of", "outlet",
            "attribution", "article_id", "unit", color_by]
    data = df[list(dict.fromkeys(c for c in used if c in df.columns))]
    data = data.sort_values(["date", "figure_id"])
    colours = _colours(data[color_by].astype(str))
    kind = metric_kind(metric)
    markers = settings()["markers"]

    if reference is not None and len(data):
        lo = data["date"].min() - pd.Timedelta(days=14)
        hi = data["date"].max() + pd.Timedelta(days=14)
        shown = reference[(reference["date"] >= lo) & (reference["date"] <= hi)]
        ax.plot(shown["date"], shown["value"], color="#9a9a9a", linewidth=1.4, zorder=1,
                drawstyle="steps-post", label="official daily figure")
    # Figures that would land on the same spot with the same look are drawn once: a large
    # corpus repeats a toll across many articles, and every figure stays in the points table.
    look = data.assign(_colour=data[color_by].astype(str).map(colours))
    drawn = look.drop_duplicates(["date", "value", "low", "high", "qualifier", "_colour"])
    # Past `rasterize_above` points, markers and stems are a picture inside the SVG (a
    # vector file of 100,000 markers is tens of MB and slow to open); text and axes stay
    # vector.
    dense = len(drawn) > int(settings()["rasterize_above"])
    if kind == "events":
        # A stem from zero hides the shorter stems of its colour on the same date: one
        # stem per date and colour, to the largest value, draws the same picture.
        stems = drawn.groupby(["date", "_colour"], sort=True)["value"].max().reset_index()
        ax.vlines(stems["date"], 0, stems["value"], colors=list(stems["_colour"]),
                  linewidth=1, alpha=0.5, zorder=2, rasterized=dense)
    ranges = drawn[(drawn["qualifier"] == "range") & drawn["high"].notna()]
    if len(ranges):
        ax.vlines(ranges["date"], ranges["low"], ranges["high"], colors=list(ranges["_colour"]),
                  linewidth=2.5, alpha=0.6, zorder=2, rasterized=dense)
    # One marker line per qualifier and colour: matplotlib stamps a line's markers far
    # faster than it draws a scatter's one by one. The largest groups go first, so that
    # the sources with fewer points are not buried under them.
    groups = sorted(drawn.groupby(["qualifier", "_colour"], sort=True),
                    key=lambda item: -len(item[1]))
    for (qualifier, colour), group in groups:
        spec = markers.get(qualifier, markers["exact"])
        ax.plot(group["date"], group["value"], linestyle="", marker=spec["marker"],
                markersize=MARKER_SIZE, markeredgewidth=1.4, markeredgecolor=colour,
                markerfacecolor=colour if spec["filled"] else "white", zorder=3,
                rasterized=dense)

    if len(data):
        # The latest figure is labelled; the label sits on the side with room for it.
        latest = data.iloc[-1]
        label = f"{SYMBOL.get(latest['qualifier'], '')}{latest['value']:,.0f}"
        span = (data["date"].max() - data["date"].min()).days or 1
        near_right = (latest["date"] - data["date"].min()).days > 0.8 * span
        ax.annotate(f"latest: {label}\n{latest['as_of']}", (latest["date"], latest["value"]),
                    xytext=(-28 if near_right else 28, 8), textcoords="offset points",
                    fontsize=9, color="#222222", ha="right" if near_right else "left",
                    va="bottom", arrowprops={"arrowstyle": "-", "color": "#888888",
                                             "linewidth": 0.8})
    ax.set_ylim(bottom=0, top=max(1.0, float(data["value"].max() if len(data) else 1)) * 1.18)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel(_unit_label(data))
    ax.set_xlabel("As-of date of the figure")

    handles = [
        plt.Line2D([], [], marker="o", linestyle="", color=c, label=_short(lbl))
        for lbl, c in colours.items() if c != settings()["other_colour"]
    ]
    if any(c == settings()["other_colour"] for c in colours.values()):
        handles.append(plt.Line2D([], [], marker="o", linestyle="",
                                  color=settings()["other_colour"], label="other sources"))
    if reference is not None:
        handles.append(plt.Line2D([], [], color="#9a9a9a", linewidth=1.4,
                                  label="official daily\nfigure (grey line)"))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.76, 0.84),
               title="Attributed to", alignment="left")

    n_outlets = data["outlet"].replace("", pd.NA).dropna().nunique()
    fig.text(0.08, 0.95, metric_label(metric, subgroup), fontsize=14, fontweight="bold",
             ha="left", va="top")
    shape = "levels at a point in time" if kind == "level" else "counts of events"
    fig.text(0.08, 0.905,
             f"Each point is one reported figure ({shape}), as its source states it: "
             f"{len(data)} figures from {n_outlets} outlet{'s' if n_outlets != 1 else ''}.",
             fontsize=9.5, color="#444444", ha="left", va="top")
    fig.text(0.08, 0.165, notes_line(data), fontsize=8, color="#555555", ha="left",
             va="top", wrap=True)
    line = source_line(data)
    if reference is not None:
        from analysis.reference import REFERENCE_CREDIT

        line = f"{line[:-1]}; {REFERENCE_CREDIT}."
    fig.text(0.08, 0.115, line, fontsize=8, color="#777777", ha="left", va="top", wrap=True)
    return fig


def _unit_label(df: pd.DataFrame) -> str:
    units = sorted({str(u) for u in df["unit"].unique() if str(u)})
    return f"{units[0]}s" if len(units) == 1 else "value"


def _short(label: str, width: int = 24, lines: int = 2) -> str:
    """A legend label wrapped to fit beside the chart (at most ``lines`` lines)."""
    wrapped = textwrap.wrap(label, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1] + "…"
    return "\n".join(wrapped)


def export(fig: Figure, stem: Path, formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Write ``fig`` as ``stem.<format>`` for each format, with no date or version stamps,
    so that the same chart always gives the same bytes."""
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown chart format {fmt!r}; use one of {', '.join(FORMATS)}")
        path = stem.with_suffix(f".{fmt}")
        metadata: dict[str, Any] = {"png": {"Software": None}, "svg": {"Date": None},
                                    "pdf": {"CreationDate": None, "Producer": None,
                                            "Creator": None}}[fmt]
        fig.savefig(path, format=fmt, dpi=settings()["png_dpi"], metadata=metadata)
        written.append(path)
    return written


def draw_consensus(table: pd.DataFrame, metric: str, subgroup: str = "") -> Figure | None:
    """The consensus series: the band of reported values per period, the central value,
    and how many outlets stand behind each period (periods carried forward are dotted)."""
    if table.empty:
        return None
    use_style()
    width, height = settings()["size_inches"]
    fig = Figure(figsize=(width, height * 0.8))
    ax = fig.add_axes((0.11, 0.22, 0.83, 0.62))
    when = pd.to_datetime(table["period"].astype(str).str.slice(0, 10))
    reported = ~table["carried_forward"].astype(bool)
    ax.fill_between(when, table["low"], table["high"], step="post", color="#0072B2",
                    alpha=0.18, linewidth=0, label="range of reported values")
    ax.step(when, table["central"], where="post", color="#0072B2", linewidth=1.6,
            label="central value (respects bounds)")
    ax.scatter(when[reported], table["central"][reported], color="#0072B2", s=18, zorder=3)
    for x, y, n in zip(when[reported], table["central"][reported],
                       table["n_outlets"][reported], strict=True):
        if n > 1:
            ax.annotate(f"{n} outlets", (x, y), xytext=(0, 6), textcoords="offset points",
                        fontsize=7.5, ha="center", color="#444444")
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.legend(loc="upper left")
    fig.text(0.08, 0.95, f"{metric_label(metric, subgroup)}: what the sources agree on",
             fontsize=13, fontweight="bold", ha="left", va="top")
    outlets = sorted({o.strip() for cell in table["outlets"] for o in str(cell).split(",")
                      if o.strip()})
    fig.text(0.08, 0.08, f"Source: figures as reported by {_join(outlets) or 'outlets not '}"
             f"{'' if outlets else 'recorded'}; periods without a report repeat the last one "
             "for levels.", fontsize=8, color="#777777", ha="left", va="top", wrap=True)
    return fig
