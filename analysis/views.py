"""What the notebooks show: tables and HTML built from the processed tables.

Notebooks stay thin: they set parameters, call these functions and display the result.
Every string that comes from an article is HTML-escaped before it reaches HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis.charts import draw_consensus, draw_metric, export, settings, use_style
from analysis.config import PROCESSED_DIR, RAW_DIR

# Re-exported so the notebooks reach everything through `views`.
from analysis.consensus import consensus, disagreements, reporting_delay  # noqa: F401
from analysis.reference import COLUMNS, compare_with_reference, load_reference
from analysis.series import (
    Tables,
    load_tables,
    metric_label,
    metrics_with_data,
    points_table,
    select_figures,
)
from analysis.taxonomy import load_taxonomy

OVERVIEW_COLUMNS = ["metric", "subgroup", "outlet", "as_of", "value"]


class ParameterError(ValueError):
    """A notebook parameter is of the wrong type or names something that does not exist."""


def load(processed_dir: str = "", raw_dir: str = "") -> Tables:
    """The processed tables for a notebook ("" means the project's default folders)."""
    return load_tables(Path(processed_dir or PROCESSED_DIR), Path(raw_dir or RAW_DIR))


def check_metrics(metrics: str | Iterable[str], tables: Tables) -> list[str]:
    """Metric ids to show: "all" means every metric with data; unknown ids are an error."""
    if isinstance(metrics, str):
        if metrics != "all":
            raise ParameterError(f"metrics must be a list of metric ids or 'all', got {metrics!r}")
        return metrics_with_data(tables.figure_rows(columns=["metric", "as_of"]))
    metrics = list(metrics)
    known = set(load_taxonomy().metric_ids)
    unknown = [m for m in metrics if not isinstance(m, str) or m not in known]
    if unknown:
        raise ParameterError(f"unknown metric(s) {unknown}; known: {', '.join(sorted(known))}")
    return metrics


def check_article(article_id: str, tables: Tables) -> str:
    """The article id if the tables hold it, else a clear error."""
    if not isinstance(article_id, str) or article_id not in set(tables.articles["article_id"]):
        raise ParameterError(f"article_id {article_id!r} is not in the articles table")
    return article_id


def official_series(metric: str, subgroup: str = "", raw_dir: str = "") -> pd.DataFrame | None:
    """The official daily series for a metric (date, value), or None when there is none."""
    column = COLUMNS.get((metric, subgroup))
    reference = load_reference(Path(raw_dir or RAW_DIR)) if column else None
    if reference is None:
        return None
    return reference[["date"]].assign(value=reference[column]).dropna()


def consensus_chart(tables: Tables, metric: str, subgroup: str = "", period: str = "M",
                    tolerance: float = 0.02, *,
                    summary: pd.DataFrame | None = None) -> Figure | None:
    """The consensus series of a metric, drawn as a band and a central line (``summary``:
    the series :func:`consensus` already gave, so as not to work it out again)."""
    if summary is None:
        summary = consensus(tables.figure_rows(metrics=[metric]), metric, subgroup, period,
                            tolerance)
    return draw_consensus(summary, metric, subgroup)


def official_check(tables: Tables, metric: str, subgroup: str = "",
                   raw_dir: str = "") -> pd.DataFrame:
    """Each figure of the metric beside the official figure it matches (lag, deviation)."""
    figures = tables.figure_rows(metrics=[metric])
    figures = figures[figures["subgroup"] == subgroup]
    return compare_with_reference(figures, load_reference(Path(raw_dir or RAW_DIR)))


def metric_chart(tables: Tables, metric: str, *, subgroup: str = "", start: str = "",
                 end: str = "", outlets: Iterable[str] = (), color_by: str = "source_label",
                 export_dir: str = "", raw_dir: str = "") -> tuple[Figure | None, pd.DataFrame]:
    """The chart of one metric and the table of its points; exported when ``export_dir``."""
    df = select_figures(tables.figure_rows(metrics=[metric]), metrics=[metric],
                        subgroup=subgroup or "",
                        start=start or None, end=end or None, outlets=list(outlets) or None)
    if df.empty:
        return None, points_table(df)
    fig = draw_metric(df, metric, subgroup, color_by=color_by,
                      reference=official_series(metric, subgroup or "", raw_dir))
    if export_dir:
        name = metric + (f"__{subgroup}" if subgroup else "")
        export(fig, Path(export_dir) / name)
    return fig, points_table(df)


def small_multiples(tables: Tables, metrics: list[str], *, start: str = "", end: str = "",
                    outlets: Iterable[str] = ()) -> Figure | None:
    """An overview: one small panel per metric, same markers as the full charts."""
    use_style()
    # Aggregated before plotting: only the columns a dot needs, and one row per distinct
    # metric, as-of and value of the whole-group figures (a large corpus repeats the same
    # figure across many articles), before any date is parsed.
    rows = tables.figure_rows(metrics=metrics, columns=OVERVIEW_COLUMNS)
    rows = rows[rows["subgroup"] == ""]
    if outlets:
        rows = rows[rows["outlet"].isin(list(outlets))]
    distinct = (rows.groupby(["metric", "subgroup", "as_of", "value"], sort=False,
                             dropna=False).size().reset_index())
    selected = select_figures(distinct, metrics=metrics, start=start or None,
                              end=end or None)
    by_metric = dict(tuple(selected.groupby("metric", sort=False)))
    panels = [(m, by_metric[m]) for m in metrics if m in by_metric]
    if not panels:
        return None
    cols = 2 if len(panels) > 1 else 1
    rows = (len(panels) + cols - 1) // cols
    fig = Figure(figsize=(9, 2.6 * rows + 0.6))
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, (metric, df) in zip(axes.flat, panels, strict=False):
        points = df.drop_duplicates(["date", "value"])  # one dot per spot, however many reports
        ax.plot(points["date"], points["value"], linestyle="", marker="o", markersize=3.7,
                color="#0072B2", rasterized=len(points) > int(settings()["rasterize_above"]))
        ax.set_title(metric_label(metric), fontsize=10, loc="left")
        ax.yaxis.set_major_formatter("{x:,.0f}")
        ax.tick_params(axis="x", labelrotation=30, labelsize=8)
        ax.set_ylim(bottom=0)
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    fig.suptitle("All metrics at a glance (values as reported, by as-of date)", x=0.02,
                 ha="left", fontsize=12, fontweight="bold")
    fig.tight_layout()
    return fig


def highlighted_text(tables: Tables, article_id: str) -> str:
    """The article's cleaned text as HTML, each figure marked and titled with its metric."""
    text = tables.text_of(article_id)
    figures = tables.figure_rows(article_id=article_id)
    figures = figures[figures["source"] == "body"]
    spans = sorted((int(r.start), int(r.end), str(r.metric), str(r.qualifier), str(r.figure_id))
                   for r in figures.itertuples())
    out, pos = [], 0
    for start, end, metric, qualifier, figure_id in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        colour = "#ffe08a" if metric else "#e3e3e3"
        title = html.escape(f"{metric or 'no metric'} · {qualifier} · {figure_id}", quote=True)
        out.append(f'<mark style="background:{colour}" title="{title}">'
                   f"{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n\n", "</p><p>")
    return f'<div style="max-width:46em;line-height:1.5"><p>{body}</p></div>'


def article_summary(tables: Tables, article_id: str) -> pd.DataFrame:
    """The article's metadata as a one-column table."""
    row = tables.articles.set_index("article_id").loc[article_id]
    return row.to_frame(name=article_id)


def article_figures(tables: Tables, article_id: str) -> pd.DataFrame:
    """Every figure of one article, body and posts, in text order."""
    df = tables.figure_rows(article_id=article_id)
    columns = ["figure_id", "source", "metric", "subgroup", "value", "unit", "qualifier",
               "low", "high", "as_of", "attribution", "number_text", "quote", "corrected"]
    return df[[c for c in columns if c in df.columns]].reset_index(drop=True)


def article_posts(tables: Tables, article_id: str) -> pd.DataFrame:
    """The posts embedded in one article."""
    return tables.posts[tables.posts["article_id"] == article_id].reset_index(drop=True)


def articles_by_outlet(tables: Tables) -> pd.DataFrame:
    """Articles per outlet and month of publication."""
    df = tables.articles.copy()
    df["outlet"] = df["outlet"].replace("", "(outlet unknown)")
    df["month"] = df["published"].str.slice(0, 7).replace("", "(undated)")
    return df.pivot_table(index="outlet", columns="month", values="article_id",
                          aggfunc="count", fill_value=0)


def figures_per_metric(tables: Tables) -> pd.DataFrame:
    """Figures per metric and subgroup, with the number of articles and outlets."""
    df = tables.figure_rows(columns=["metric", "subgroup", "figure_id", "article_id",
                                     "outlet", "as_of"])
    df = df[df["metric"] != ""]
    grouped = df.groupby(["metric", "subgroup"]).agg(
        figures=("figure_id", "count"), articles=("article_id", "nunique"),
        outlets=("outlet", "nunique"), first_as_of=("as_of", "min"), last_as_of=("as_of", "max"))
    return grouped.reset_index()


def review_list(tables: Tables, limit: int = 200) -> pd.DataFrame:
    """Figures with no metric: what a person should look at to improve the taxonomy."""
    columns = ["article_id", "figure_id", "number_text", "unit", "quote"]
    return tables.figure_rows(metrics=[""], columns=columns).head(limit).reset_index(drop=True)


def problems(tables: Tables) -> pd.DataFrame:
    """Rejected files and article warnings in one table."""
    rejected = tables.rejected.assign(kind="rejected").rename(columns={"reason": "detail"})
    warned = tables.articles[tables.articles["warnings"] != ""]
    warnings = pd.DataFrame({"article_id": warned["article_id"], "file": "",
                             "detail": warned["warnings"], "kind": "warning"})
    return pd.concat([rejected[["kind", "article_id", "file", "detail"]],
                      warnings[["kind", "article_id", "file", "detail"]]], ignore_index=True)
