"""A deterministic generator of realistic test corpora with their gold figures.

Articles are 2-6 KB of news-like prose from many outlets, dated over three years, with
embedded posts and every metric and phrasing the extractor handles. All sentences are
this project's own templates. The same seed always gives the same corpus.

    python -m benchmarks.generate --n 1000 --out benchmarks/corpus/1k
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

OUTLETS = [f"{a} {b}" for a in ("Northern", "Coastal", "Evening", "Daily", "Harbour", "Valley",
                                "Capital", "Morning", "Weekly", "Global")
           for b in ("Herald", "Wire", "Observer", "Post", "Ledger")]
SOURCES = ["the health ministry in Gaza", "the Israeli military", "a prisoners' rights group",
           "the Israel Prison Service", "UN officials", "the Red Cross", "mediators"]
QUALIFIERS = [("", "exact"), ("more than ", "at_least"), ("at least ", "at_least"),
              ("about ", "approximate"), ("around ", "approximate"), ("nearly ", "at_most"),
              ("up to ", "at_most")]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 12: "twelve", 20: "twenty", 33: "thirty-three"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FILLER = [
    "Negotiators met again to discuss the next stage of the agreement.",
    "Residents described long queues for bread and water in the south of the territory.",
    "The talks were mediated by Egypt, Qatar and the United States.",
    "Officials on both sides gave few details about the timetable.",
    "Families gathered outside the hospital waiting for news of their relatives.",
    "Aid agencies warned that shelters were overcrowded and short of supplies.",
    "The government did not respond to a request for comment.",
    "Witnesses said the convoy moved slowly through damaged streets.",
    "Diplomats said the coming days would test whether the arrangement could hold.",
    "Local journalists reported heavy damage to roads and water networks.",
    "The statement called on all parties to respect the terms of the deal.",
    "Analysts said the political pressure on both governments was growing.",
    "Relatives held photographs and waved flags as the buses arrived.",
    "Doctors said they were working with very limited equipment and fuel.",
    "The army said it was reviewing the incident.",
    "Humanitarian groups asked for more crossings to be opened.",
]


@dataclass
class Gold:
    """One gold figure of a generated article."""

    metric: str
    subgroup: str
    value: float
    qualifier: str
    as_of: str


def _num(rng: random.Random, low: int, high: int) -> tuple[str, int]:
    value = rng.randint(low, high)
    return f"{value:,}", value


def _qual(rng: random.Random) -> tuple[str, str]:
    return rng.choice(QUALIFIERS)


def _metric_sentence(rng: random.Random, published: date) -> tuple[str, list[Gold]]:
    pub = published.isoformat()
    kind = rng.randrange(12)
    q, qual = _qual(rng)
    src = rng.choice(SOURCES)
    if kind == 0:
        text, v = _num(rng, 5000, 11000)
        return (f"Israel is holding {q}{text} Palestinian prisoners in its jails, {src} said.",
                [Gold("palestinian_prisoners_held", "", v, qual, pub)])
    if kind == 1:
        text, v = _num(rng, 20, 400)
        ctext, c = _num(rng, 2, 19)
        return (f"Israel released {text} Palestinian detainees, including {ctext} children, "
                f"under the deal.",
                [Gold("palestinian_prisoners_released", "", v, "exact", pub),
                 Gold("palestinian_prisoners_released", "children", c, "exact", pub)])
    if kind == 2:
        text, v = _num(rng, 20, 130)
        return (f"Hamas is still holding {q}{text} hostages in Gaza, according to {src}.",
                [Gold("hostages_held", "", v, qual, pub)])
    if kind == 3:
        v = rng.choice(list(WORDS))
        day = WEEKDAYS[rng.randrange(7)]
        back = (published.weekday() - WEEKDAYS.index(day)) % 7
        as_of = (published - timedelta(days=back)).isoformat()
        return (f"On {day}, {WORDS[v]} hostages were freed and handed to the Red Cross.",
                [Gold("hostages_released", "", v, "exact", as_of)])
    if kind == 4:
        text, v = _num(rng, 10000, 70000)
        return (f"The war has killed {q}{text} people in Gaza, according to {src}.",
                [Gold("gaza_killed", "", v, qual, pub)])
    if kind == 5:
        text, v = _num(rng, 20000, 170000)
        return (f"{(q or 'some ').capitalize()}{text} people have been wounded in Gaza, "
                f"the ministry said.",
                [Gold("gaza_injured", "", v, qual if q else "approximate", pub)])
    if kind == 6:
        text, v = _num(rng, 50000, 200000)
        return (f"More than {text} Palestinians have been killed or injured in Gaza.",
                [Gold("gaza_casualties", "", v, "at_least", pub)])
    if kind == 7:
        text, v = _num(rng, 240, 255)
        return (f"Militants abducted {text} people during the attack on Israel on "
                f"October 7, 2023.", [Gold("hostages_abducted", "", v, "exact", "2023-10-07")])
    if kind == 8:
        text, v = _num(rng, 1100, 1250)
        return (f"About {text} people were killed in Israel during the Hamas attack.",
                [Gold("israel_killed", "", v, "approximate", pub)])
    if kind == 9:
        v = rng.choice([4, 6, 7, 42, 60])
        words = {4: "four", 6: "six", 7: "seven", 42: "42", 60: "60"}[v]
        return (f"The first phase of the truce is set to last {words} days.",
                [Gold("ceasefire_days", "", v, "exact", pub)])
    if kind == 10:
        # A month between the start of the war and the month before publication.
        months = (published.year - 2023) * 12 + published.month - 10
        k = rng.randrange(max(months, 1))
        year, month = 2023 + (9 + k) // 12, (9 + k) % 12
        text, v = _num(rng, 30, 110)
        return (f"In {MONTHS[month]} {year}, {text} hostages had been released during an "
                f"earlier pause.", [Gold("hostages_released", "", v, "exact",
                                         f"{year}-{month + 1:02d}")])
    a_text, a = _num(rng, 3, 40)
    b_text, b = _num(rng, 90, 2000)
    return (f"The agreement provides for the release of {a_text} hostages in exchange for "
            f"{q}{b_text} Palestinian prisoners.",
            [Gold("hostages_released", "", a, "exact", pub),
             Gold("palestinian_prisoners_released", "", b, qual, pub)])


def _other_sentence(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"Aid groups said {rng.randint(20, 600)} trucks entered the territory."
    if kind == 1:
        return f"Food prices have risen by {rng.randint(10, 300)} percent since last year."
    if kind == 2:
        return f"Donors pledged ${rng.randint(2, 90)} million for emergency repairs."
    return f"About {rng.randint(2, 19)} of the {rng.randint(20, 36)} hospitals are working."


def _post(rng: random.Random, published: date) -> tuple[str, Gold]:
    posted = published - timedelta(days=rng.randint(0, 1))
    n = rng.randint(2, 90)
    code = "".join(rng.choice("abcdefghijkLMNOPQ0123456789") for _ in range(10))
    text = (f"Buses carrying {n} freed prisoners reached the city centre tonight "
            f"pic.twitter.com/{code} \u2014 Local Reporter (@reporter{rng.randint(1, 99)}) "
            f"{MONTHS[posted.month - 1]} {posted.day}, {posted.year}")
    return text, Gold("palestinian_prisoners_released", "", n, "exact", posted.isoformat())


def generate_article(rng: random.Random, article_id: str) -> tuple[dict, str, list[Gold]]:
    """One article: its manifest row, its text and its gold figures."""
    published = date(2023, 10, 15) + timedelta(days=rng.randrange(3 * 365))
    target = rng.randint(2000, 6000)
    paragraphs: list[str] = []
    gold: list[Gold] = []
    size = 0
    while size < target:
        if rng.random() < 0.08:
            paragraph, post_gold = _post(rng, published)
            paragraphs.append(paragraph)
            gold.append(post_gold)
            size += len(paragraph) + 2
            continue
        sentences = []
        for _ in range(rng.randint(2, 4)):
            roll = rng.random()
            if roll < 0.35:
                text, rows = _metric_sentence(rng, published)
                sentences.append(text)
                gold.extend(rows)
            elif roll < 0.45:
                sentences.append(_other_sentence(rng))
            else:
                sentences.append(rng.choice(FILLER))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    row = {"article_id": article_id, "published": published.isoformat(),
           "outlet": rng.choice(OUTLETS), "title": "", "url": "", "language": "en"}
    return row, "\n\n".join(paragraphs) + "\n", gold


def generate(n: int, out: Path, seed: int = 7) -> Path:
    """Write ``n`` articles, ``articles.csv`` and ``gold.csv`` under ``out``; return ``out``."""
    rng = random.Random(seed)
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    with open(out / "articles.csv", "w", newline="", encoding="utf-8") as manifest, \
            open(out / "gold.csv", "w", newline="", encoding="utf-8") as gold_file:
        rows = csv.DictWriter(manifest, ["article_id", "published", "outlet", "title", "url",
                                         "language"], lineterminator="\n")
        golds = csv.writer(gold_file, lineterminator="\n")
        rows.writeheader()
        golds.writerow(["article_id", "metric", "subgroup", "value", "qualifier", "as_of",
                        "required"])
        for i in range(n):
            article_id = f"gen{i:06d}"
            row, text, gold = generate_article(rng, article_id)
            (articles / f"{article_id}.txt").write_text(text, encoding="utf-8")
            rows.writerow(row)
            if not gold:
                golds.writerow([article_id, "", "", "", "", "", "1"])
            for g in gold:
                golds.writerow([article_id, g.metric, g.subgroup, f"{g.value:g}", g.qualifier,
                                g.as_of, "1"])
    return out


def main(argv: list[str] | None = None) -> None:
    """Command line of the generator."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--out", type=Path, required=True, help="raw folder to write")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    generate(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles to {args.out}")


if __name__ == "__main__":
    main()
