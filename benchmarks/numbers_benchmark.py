"""Number detection scored on a public benchmark of news sentences (NewsQuant).

NewsQuant (Almasian et al., "CQE: A Comprehensive Quantity Extractor", EMNLP 2023) is a
set of English news sentences with every quantity annotated. The project does not ship
it and never downloads it: fetch ``data/formatted_test_set/NewsQuant.json`` from the
authors' evaluation repository yourself and pass its path.

Every row the extractor writes counts, whatever its metric. A gold quantity is found when
a row of the same sentence has the same value (a range must match both bounds); each
row matches at most one gold quantity. Prints precision, recall and value F1, and with
``--detail`` the sentences that differ.

    python -m benchmarks.numbers_benchmark PATH/TO/NewsQuant.json [--detail] [--tsv OUT]
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path

from analysis.extract import extract_text

Value = float | tuple[float, float]


@dataclass
class Score:
    """Counts over the benchmark."""

    gold: int = 0
    found: int = 0
    matched: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_value(text: str) -> Value:
    """A gold value: "19.0", or a range "252.0-287.0" (a leading minus is a sign)."""
    head, sep, tail = text[1:].partition("-")
    if sep and "E" not in text.upper():
        return float(text[0] + head), float(tail)
    return float(text)


def row_value(row: dict) -> Value:
    """What the extractor read: a range's two bounds, else its value."""
    if row["qualifier"] == "range" and row["low"] is not None and row["high"] is not None:
        return float(row["low"]), float(row["high"])
    return float(row["value"])


def same(a: Value, b: Value) -> bool:
    """Equal values (relative tolerance 1e-5), ranges bound by bound."""
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(math.isclose(x, y, rel_tol=1e-5) for x, y in zip(a, b, strict=True))
    return math.isclose(a, b, rel_tol=1e-5)  # type: ignore[arg-type]


def score_sentence(gold: list[Value], found: list[Value]) -> tuple[int, list[Value], list[Value]]:
    """Matches, gold values missed and found values left over, for one sentence."""
    left = list(found)
    missed = []
    for g in gold:
        hit = next((f for f in left if same(g, f)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
    return len(gold) - len(missed), missed, left


def load(path: Path) -> list[tuple[str, list[Value]]]:
    """Sentences and their gold values from the benchmark's JSON file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(item["text"], [gold_value(q["value"]) for q in item["quantities"]])
            for item in data]


def main(argv: list[str] | None = None) -> None:
    """Score number detection on the benchmark file."""
    cli = argparse.ArgumentParser(prog="python -m benchmarks.numbers_benchmark",
                                  description=__doc__.splitlines()[0])
    cli.add_argument("path", type=Path, help="NewsQuant.json, fetched from the CQE authors' "
                     "evaluation repository (data/formatted_test_set/NewsQuant.json)")
    cli.add_argument("--detail", action="store_true", help="list the sentences that differ")
    args = cli.parse_args(argv)
    score = Score()
    sentences = load(args.path)
    for text, gold in sentences:
        found = [row_value(r) for r in extract_text(text)]
        matched, missed, extra = score_sentence(gold, found)
        score.gold += len(gold)
        score.found += len(found)
        score.matched += matched
        if args.detail and (missed or extra):
            print(f"missed {missed} extra {extra}: {text}")
    p, r, f = score.prf()
    print(f"{len(sentences)} sentences, {score.gold} gold quantities; {score.found} found, "
          f"{score.matched} matched")
    print(f"precision {p:.3f}  recall {r:.3f}  value F1 {f:.3f}")


if __name__ == "__main__":
    main()
