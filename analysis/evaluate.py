"""Score extracted figures against hand-made gold figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

GOLD_COLUMNS = ["article_id", "metric", "subgroup", "value", "qualifier", "as_of", "required"]

Key = tuple[str, str, str, float]


class EvaluationError(ValueError):
    """A gold or figures file is missing or lacks a needed column."""


@dataclass
class Report:
    """Precision, recall and F1 on (article, metric, subgroup, value) keys, plus accuracies."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    qualifier_right: int = 0
    as_of_right: int = 0
    missed: list[Key] = field(default_factory=list)
    spurious: list[Key] = field(default_factory=list)
    wrong_qualifier: list[tuple[Key, str, str]] = field(default_factory=list)
    wrong_as_of: list[tuple[Key, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of extracted keys that are in the gold."""
        total = self.true_positive + self.false_positive
        return self.true_positive / total if total else 1.0

    @property
    def recall(self) -> float:
        """Share of required gold keys that were extracted."""
        total = self.true_positive + self.false_negative
        return self.true_positive / total if total else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def qualifier_accuracy(self) -> float:
        """Share of matched keys whose qualifier equals the gold's."""
        return self.qualifier_right / self.true_positive if self.true_positive else 1.0

    @property
    def as_of_accuracy(self) -> float:
        """Share of matched keys whose as-of date equals the gold's."""
        return self.as_of_right / self.true_positive if self.true_positive else 1.0


def _keys(df: pd.DataFrame) -> list[Key]:
    """The matching key of every row: (article, metric, subgroup, value)."""
    values = pd.to_numeric(df["value"], errors="coerce").astype(float).round(6)
    return list(zip(df["article_id"].astype(str), df["metric"].astype(str),
                    df["subgroup"].astype(str), values.tolist(), strict=True))


def _read(path: Path, needed: list[str], what: str) -> pd.DataFrame:
    if not path.exists():
        raise EvaluationError(f"{what} file {path} does not exist")
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise EvaluationError(f"{what} file {path} lacks column(s): {', '.join(missing)}")
    return df


def evaluate(gold: pd.DataFrame, figures: pd.DataFrame) -> Report:
    """Compare figures with gold, article by article, on the articles the gold covers."""
    report = Report()
    articles = set(gold["article_id"])
    figures = figures[figures["article_id"].isin(articles) & (figures["metric"] != "")]
    # Column-wise, keeping two strings per key: gold and figure files of millions of rows
    # (a generated corpus) are evaluated in seconds.
    extracted: dict[Key, tuple[str, str]] = {}
    for key, qualifier, as_of in zip(_keys(figures), figures["qualifier"].astype(str),
                                     figures["as_of"].astype(str), strict=True):
        extracted.setdefault(key, (qualifier, as_of))  # each key counted once
    named = gold[gold["metric"].astype(str).str.strip() != ""]  # a row with no metric only
    # says the article has no metric figures
    flags = named.get("required", pd.Series("1", index=named.index)).astype(str).str.strip()
    is_optional = flags.isin(["0", "false", "False", "no"]).tolist()
    required: dict[Key, tuple[str, str]] = {}
    optional: set[Key] = set()
    for key, qualifier, as_of, skip in zip(_keys(named), named["qualifier"].astype(str),
                                           named["as_of"].astype(str), is_optional,
                                           strict=True):
        if skip:
            optional.add(key)
        else:
            required.setdefault(key, (qualifier, as_of))
    optional -= set(required)
    for key, gold_row in sorted(required.items()):
        if key not in extracted:
            report.false_negative += 1
            report.missed.append(key)
            continue
        report.true_positive += 1
        (got_qualifier, got_as_of), (gold_qualifier, gold_as_of) = extracted[key], gold_row
        if got_qualifier == gold_qualifier:
            report.qualifier_right += 1
        else:
            report.wrong_qualifier.append((key, gold_qualifier, got_qualifier))
        if got_as_of == gold_as_of:
            report.as_of_right += 1
        else:
            report.wrong_as_of.append((key, gold_as_of, got_as_of))
    for key in sorted(extracted):
        if key not in required and key not in optional:
            report.false_positive += 1
            report.spurious.append(key)
    return report


def evaluate_files(gold_path: Path, figures_path: Path) -> Report:
    """Evaluate a figures CSV against a gold CSV (see :data:`GOLD_COLUMNS`)."""
    gold = _read(gold_path, GOLD_COLUMNS[:-1], "gold")
    if "required" not in gold.columns:
        gold["required"] = "1"
    figures = _read(figures_path, ["article_id", "metric", "subgroup", "value", "qualifier",
                                   "as_of"], "figures")
    return evaluate(gold, figures)


def format_report(report: Report, *, detail: bool = False) -> str:
    """The report as text, one measure per line; with ``detail`` the rows behind it."""
    lines = [
        f"precision          {report.precision:.3f}",
        f"recall             {report.recall:.3f}",
        f"f1                 {report.f1:.3f}",
        f"qualifier accuracy {report.qualifier_accuracy:.3f}",
        f"as_of accuracy     {report.as_of_accuracy:.3f}",
        f"matched {report.true_positive}, missed {report.false_negative}, "
        f"spurious {report.false_positive}",
    ]
    if detail:
        fmt = "{0[0]} {0[1]}/{0[2]} {0[3]:g}"
        lines += [f"missed    {fmt.format(k)}" for k in report.missed]
        lines += [f"spurious  {fmt.format(k)}" for k in report.spurious]
        lines += [f"qualifier {fmt.format(k)}: gold {g}, got {x}" for k, g, x in
                  report.wrong_qualifier]
        lines += [f"as_of     {fmt.format(k)}: gold {g}, got {x}" for k, g, x in
                  report.wrong_as_of]
    return "\n".join(lines)
