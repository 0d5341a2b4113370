"""Time expressions in a sentence, resolved against the publication date.

"in late November 2023" -> ``2023-11``; "on Sunday" -> the Sunday on or before
publication; "last week", "yesterday", "three days ago" likewise. A date after
"since" or "from" starts a span and leaves a figure at the publication date.
Calendar arithmetic uses python-dateutil.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import SU, relativedelta
from dateutil.relativedelta import weekday as rd_weekday

from analysis.lexicon import load_language, phrase_regex, tokenize
from analysis.numbers import parse_words

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"]
MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept?", "oct", "nov",
              "dec"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (r"(?P<month>" + "|".join(MONTH_NAMES) + "|"
          + "|".join(a + r"\.?" for a in MONTH_ABBR) + r")(?![\w])")
_PART = (r"(?:(?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|"
         r"beginning\s+of)[\s-]+)?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_SP = r"[^\S\n\t](?:[^\S\n\t]?(?=\S))"  # one or two spaces within a cell of a line
_RANGE_JOINER = r"\s*(?:-|–|to|and|until|through)\s*"
_DAY_RANGE_START = r"(?:[0-3]?\d(?:st|nd|rd|th)?" + _RANGE_JOINER + r"(?=[0-3]?\d))?"
# After a month and day, "and" is left out: "on December 7 and 14 more were freed".
# (not the start of a number: "since October 7 – 26,751 according to the ministry")
_DAY_RANGE_END = (r"(?:\s*(?:-|–|to|until|through)\s*(?P<day_end>[0-3]?\d)(?:st|nd|rd|th)?"
                  r"(?!\d|[,.]\d))?")

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<iso>\d{4}-\d{2}-\d{2})(?!\d)")),
    # "30/04/2024", "4/30/2024": day first unless the first number cannot be a month.
    ("numeric", re.compile(r"(?<![\d/.])(?P<d1>\d{1,2})[/.](?P<d2>\d{1,2})[/.]"
                           r"(?P<year>(?:19|20)\d{2})(?![\d/])")),
    # "Between July 23 and 30": "and" joins the days only after "between"
    ("mdy", re.compile(r"(?<=[Bb]etween )" + _MONTH + _SP + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                       r"\s+and\s+(?P<day_end>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?" + _SP + _YEAR
                       + r")?", re.I)),
    # A range of days ("7 to 14 December", "December 7-14") is one date: its last day.
    # The parts of a date stand on one line: "19 January\n\n08:30 ..." is no 8 January.
    ("mdy", re.compile(_PART + _MONTH + _SP + _DAY + _DAY_RANGE_END + r"(?:,?" + _SP + _YEAR
                       + r")?", re.I)),
    # "24 Nov - 1 Dec 2023": a range across months is one date, its last day.
    ("dmy", re.compile(r"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?" + _SP + _MONTH.replace("?P<month>", "?:")
                       + r"\s*(?:-|–|to|until|through)\s*" + _DAY + _SP + _MONTH
                       + r"(?:,?" + _SP + _YEAR + r")?", re.I)),
    ("dmy", re.compile(r"(?<!\d)" + _DAY_RANGE_START + _DAY + _SP + r"(?:of\s+)?" + _MONTH
                       + r"(?:,?" + _SP + _YEAR + r")?", re.I)),
    ("my", re.compile(_PART + _MONTH + r",?" + _SP + _YEAR, re.I)),
    # "in January this year", "March last year": a month whose year is named relative to
    # publication
    ("myrel", re.compile(_PART + _MONTH + r",?" + _SP + r"(?P<yrel>this|last|next)" + _SP
                         + r"year(?![\w])", re.I)),
    # ("a truce that November": the month of the year named before, see ``_that_year``)
    ("m", re.compile(r"(?:(?P<prep>in|since|by|during|until|through|of|from|last|this|early|mid"
                     r"|late|end\s+of|the|its|their|that)[\s-]+)" + _MONTH + r"(?!\s+\d)",
                     re.I)),
    # "the first quarter of 2025", "Q3 2024": a quarter is dated by its last month
    ("q", re.compile(r"(?:(?P<prep>in|since|by|during|until|through|from|end\s+of|the\s+end\s+of)"
                     r"\s+)?(?:(?:the\s+)?(?P<q>first|second|third|fourth|last|final)\s+quarter"
                     r"\s+of\s+|\b[Qq](?P<qn>[1-4])[\s-]?)" + _YEAR, re.I)),
    # ("mid-2024", "early-2025": the part joined to the year by a hyphen)
    # ("summer 2024": a season is dated by its year)
    ("y", re.compile(r"(?:(?P<prep>in|since|by|during|until|through|of|from|early|mid|late"
                     r"|end\s+of|the\s+end\s+of|the|summer|winter|spring|autumn)\s+"
                     r"|(?:early|mid|late)-)" + _YEAR,
                     re.I)),
    ("weekday", re.compile(r"(?:(?P<rel>last|this|on|early|late)\s+)?(?P<weekday>"
                           + "|".join(WEEKDAYS) + r")(?![\w])", re.I)),
    # (before "relative": "two years ago this week" is one time, that week's month)
    ("ago", re.compile(r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>days?|weeks?|months?|years?)"
                       r"\s+ago(?:\s+(?P<this>this\s+(?:week|month)|today|to\s+the\s+day))?"
                       r"(?![\w])", re.I)),
    ("relative", re.compile(
        r"(?P<rel>yesterday|today|tonight|this\s+week|last\s+weekend|this\s+weekend"
        r"|last\s+week|last\s+month|this\s+month|earlier\s+this\s+month|last\s+year"
        r"|this\s+year|earlier\s+this\s+year|(?:the\s+)?(?:start|beginning|end)\s+of\s+the\s+month"
        r"|(?:early|late)\s+this\s+month)(?![\w])", re.I)),
]


@dataclass
class DateMention:
    """A time expression: its span, the date it resolves to ('' if unknown), and its role."""

    start: int
    end: int
    as_of: str
    span_start: bool = False


# "since the beginning of the aggression on 7 October 2023": the date the span opened on.
# ("since the ceasefire of 10 October": a truce named by its day; "since the attack of
# 7 October, in which ..." names the day of what the clause tells)
SINCE_EVENT_ON_RE = re.compile(r"\b(?:since|from)\s+the\s+(?:beginning|start|outbreak|onset|"
                               r"resumption)\s+of"
                               r"\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:on|in)\s+$|"
                               r"\bsince\s+the\s+(?:ceasefire|truce|deal|agreement)\s+of\s+$",
                               re.I)
# "killed after the truce began on October 10", "Since the truce began on January 19, 25
# ... have been handed over": a toll counted from an event's first day
# ("hours after the truce began on Sunday" is a time instead).
AFTER_EVENT_BEGAN_RE = re.compile(r"(?<!hours\s)(?<!days\s)(?<!shortly\s)(?<!soon\s)"
                                  r"(?<!day\s)(?<!just\s)\b(?:after|since)\s+(?:the\s+)?"
                                  r"(?:[\w-]+\s+){1,3}"
                                  r"(?:began|started|took\s+(?:hold|effect)|came\s+into\s+"
                                  r"(?:force|effect)|went\s+into\s+effect)\s+(?:on|in)\s+$"
                                  # "since Israel resumed its offensive on March 18"
                                  r"|\bsince\s+(?:[\w-]+\s+){1,3}(?:resumed|renewed|launched|began|"
                                  r"started)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:on|in)\s+$",
                                  re.I)
PART_OF_RE = re.compile(r"(?:the\s+)?(?:beginning|start|end|middle)\s+$", re.I)


@lru_cache(maxsize=1)
def _span_start_re() -> re.Pattern[str]:
    words = load_language()["dates"]["span_starts"]
    return re.compile(r"(?:" + phrase_regex(words).pattern + r")\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _record_from_re() -> re.Pattern[str]:
    """A record or count said to be "from" a date ("its last count, from early January"):
    the date the record was made, not the start of a span."""
    lang = load_language()
    words = [*lang["extraction"]["document_nouns"], *lang["attribution"]["count_nouns"]]
    return re.compile(r"(?:" + phrase_regex(words).pattern + r"),?\s+from\s+[\w\s-]*$", re.I)


@lru_cache(maxsize=1)
def _timetable_re() -> re.Pattern[str]:
    """A timetable's present right before a weekday ("begins on Sunday")."""
    return re.compile(r"(?:" + phrase_regex(load_language()["dates"]["timetable_verbs"]).pattern
                      + r")\s+$", re.I)


@lru_cache(maxsize=1)
def future_re() -> re.Pattern[str]:
    """Words that put what follows them in the future ("will", "due to", "expected to")."""
    return phrase_regex(load_language()["dates"]["future_markers"])


@lru_cache(maxsize=1)
def _named_dates() -> dict[str, str]:
    return {k.lower(): str(v) for k, v in load_language()["dates"]["named_dates"].items()}


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in MONTH_NAMES].index(key) + 1


def _recent_month(month: int, published: date) -> date:
    """The most recent first-of-``month`` on or before the publication month."""
    year = published.year if month <= published.month else published.year - 1
    return date(year, month, 1)


def _recent_day(month: int, day: int, published: date) -> date | None:
    """The date ``month``/``day`` in the year that puts it on or before publication."""
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= published + timedelta(days=1):
            return candidate
    return None


def _resolve(kind: str, m: re.Match[str], published: date | None, future: bool = False) -> str:
    g = m.groupdict()
    if kind == "iso":
        try:
            return date.fromisoformat(g["iso"]).isoformat()
        except ValueError:
            return ""
    if kind == "numeric":
        first, second = int(g["d1"]), int(g["d2"])
        day, month = (second, first) if second > 12 >= first else (first, second)
        try:
            return date(int(g["year"]), month, day).isoformat()
        except ValueError:
            return ""
    if kind in ("mdy", "dmy"):
        month, day = _month_number(g["month"]), int(g.get("day_end") or g["day"])
        if not 1 <= day <= 31:
            return ""
        if g.get("year"):
            try:
                return date(int(g["year"]), month, day).isoformat()
            except ValueError:
                return ""
        named = _named_days().get((month, day)) if not g.get("day_end") else None
        if named:
            return named  # ("the 7th of October": the day the language file names)
        found = _recent_day(month, day, published) if published else None
        return found.isoformat() if found else ""
    if kind == "q":
        quarter = int(g["qn"]) if g.get("qn") else QUARTERS[g["q"].lower()]
        return f"{int(g['year']):04d}-{3 * quarter:02d}"
    if kind == "my":
        return f"{int(g['year']):04d}-{_month_number(g['month']):02d}"
    if kind == "myrel":
        if not published:
            return ""
        shift = {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
        return f"{published.year + shift:04d}-{_month_number(g['month']):02d}"
    if kind == "m":
        if not published:
            return ""
        month = _month_number(g["month"])
        first = _recent_month(month, published)
        if future and (first.year, first.month) < (published.year, published.month):
            # "the exchange on the last Saturday of February was to involve 602", read
            # in January: the February to come
            first = first + relativedelta(years=1)
        prep = " ".join((g.get("prep") or "").lower().split())
        if first.year == published.year and month == published.month and (
                prep == "last" or
                # "in late November" read on 1 November: the November before
                (prep in ("late", "end of", "the end of") and published.day < 20) or
                (prep == "mid" and published.day < 10)):
            first = first - relativedelta(years=1)
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "y":
        # "by the end of 2024": the year's last month, not the whole year
        prep = " ".join((g.get("prep") or "").lower().split())
        return f"{g['year']}-12" if prep in ("end of", "the end of") else g["year"]
    if not published:
        return ""
    if kind == "weekday":
        target = WEEKDAYS.index(g["weekday"].lower())
        rel = (g.get("rel") or "").lower()
        if future and rel != "last":
            # "due to be released on Sunday": that Sunday, on or after publication ("was to
            # be released last Saturday" is the one before)
            return (published + relativedelta(weekday=rd_weekday(target)(+1))).isoformat()
        # The most recent such weekday on or before publication ("last": strictly before).
        start = published - timedelta(days=1) if rel == "last" else published
        found = start + relativedelta(weekday=rd_weekday(target)(-1))
        return found.isoformat()
    if kind == "relative":
        rel = " ".join(g["rel"].lower().split())
        if rel in ("today", "tonight", "this week", "this weekend"):
            return published.isoformat()
        if rel == "yesterday":
            return (published - timedelta(days=1)).isoformat()
        if rel == "last week":
            return (published - timedelta(days=7)).isoformat()
        if rel == "last weekend":
            sunday = (published - timedelta(days=1)) + relativedelta(weekday=SU(-1))
            return (sunday - timedelta(days=1)).isoformat()
        if rel in ("this month", "earlier this month") or rel.endswith(("of the month",
                                                                         "this month")):
            return f"{published.year:04d}-{published.month:02d}"
        if rel == "last month":
            prev = published - relativedelta(months=1)
            return f"{prev.year:04d}-{prev.month:02d}"
        if rel == "last year":
            return str(published.year - 1)
        if rel in ("this year", "earlier this year"):
            return str(published.year)
    if kind == "ago":
        n_text = g["n"]
        # "a year ago", "an hour ago": the article stands for one
        n = int(n_text) if n_text.isdigit() else \
            1 if n_text.lower() in ("a", "an") else parse_words(n_text)
        if n is None:
            return ""
        unit = g["unit"].lower().rstrip("s")
        delta = {"day": relativedelta(days=int(n)), "week": relativedelta(weeks=int(n)),
                 "month": relativedelta(months=int(n)), "year": relativedelta(years=int(n))}[unit]
        found = published - delta
        this = (g.get("this") or "").lower()
        if this in ("today", "to the day"):
            return found.isoformat()  # "two years ago today": that very day
        if this and unit in ("year", "month"):
            return f"{found.year:04d}-{found.month:02d}"  # "two years ago this week"
        if unit == "year":
            return str(found.year)
        if unit == "month":
            return f"{found.year:04d}-{found.month:02d}"
        return found.isoformat()
    return ""


# Where a time expression can be: a capitalised month or weekday, a relative word, "ago",
# or a year. Each kind of anchor runs only the patterns that can start near it.
_MONTH_TOKENS = frozenset([*MONTH_NAMES, *(a.rstrip("?") for a in MONTH_ABBR), "sept"])
_WEEKDAY_TOKENS = frozenset(WEEKDAYS)
_RELATIVE_TOKENS = frozenset(["yesterday", "today", "tonight", "week", "weekend", "month", "year"])
_KINDS = {"month": ("mdy", "dmy", "my", "myrel", "m"), "weekday": ("weekday",),
          "relative": ("relative",), "ago": ("ago",), "year": ("iso", "numeric", "q", "y")}
WINDOW_BEFORE, WINDOW_AFTER = 40, 30


_ANCHORS = {**{t: "month" for t in _MONTH_TOKENS}, **{t: "weekday" for t in _WEEKDAY_TOKENS},
            **{t: "relative" for t in _RELATIVE_TOKENS}, "ago": "ago"}


NUMERIC_DATE_TOKEN_RE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")


def _anchor_kind(text: str, start: int, token: str) -> str:
    kind = _ANCHORS.get(token)
    if kind is None and token.endswith(("'s", "’s")):
        kind = _ANCHORS.get(token[:-2])  # "last month's exchange"
    if kind is None and "-" in token:
        # "mid-February", "early-March": the month after the hyphen ("mid-2024": the year)
        head, _, tail = token.rpartition("-")
        kind, start, token = _ANCHORS.get(tail), start + len(head) + 1, tail
    if kind in ("month", "weekday"):
        return kind if text[start].isupper() else ""
    if kind:
        return kind
    if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
        return "year"
    if NUMERIC_DATE_TOKEN_RE.fullmatch(token):
        return "year"  # "25.11.2024": one token, a day, a month and a year
    return ""


def _windows(text: str, tokens: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    """Merged character windows around the anchors of ``text``, by pattern kind."""
    raw: dict[str, list[tuple[int, int]]] = {}
    for start, end, token in tokens:
        anchor = _anchor_kind(text, start, token)
        if not anchor:
            continue
        window = (max(0, start - WINDOW_BEFORE), min(len(text), end + WINDOW_AFTER))
        for kind in _KINDS[anchor]:
            spans = raw.setdefault(kind, [])
            if spans and window[0] <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], window[1]))
            else:
                spans.append(window)
    return raw


def find_dates(text: str, published: str | date | None,
               tokens: list[tuple[int, int, str]] | None = None) -> list[DateMention]:
    """Every time expression in ``text``, non-overlapping, longest first, in order.

    ``tokens`` (from :func:`analysis.lexicon.tokenize`) saves reading the text twice.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published) if published else None
    windows = _windows(text, tokens if tokens is not None else tokenize(text))
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    # Day-and-month dates by start: (month, day) when the text gives no year, else None.
    yearless: dict[int, tuple[int, int] | None] = {}
    for kind, pattern in PATTERNS:
        for lo, hi in windows.get(kind, ()):
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                if kind == "weekday" and not m.group("weekday")[0].isupper():
                    continue
                if kind == "weekday" and EVERY_RE.search(text, max(0, start - 8), start):
                    continue  # "every Saturday": a rhythm, not a day
                if kind in ("mdy", "dmy", "my", "myrel", "m") and not m.group("month")[0].isupper():
                    continue  # "may", "march", "sat": verbs and words, not months
                # (far enough back for "was set to release more than 600 Palestinian
                # prisoners on Saturday")
                before = re.split(r"[.!?]\s", text[max(0, start - 70) : start])[-1]
                future = (kind == "weekday" and bool(_future_before(before) or
                                                     _timetable_re().search(before))) or \
                    (kind == "m" and _month_to_come(before, text[end : end + 60]))
                as_of = _resolve(kind, m, published, future)
                # "since October 2023": the start of a span, not the figure's date.
                prefix = text[max(0, start - 25) : start]
                prep = (m.groupdict().get("prep") or "").lower()
                if prep == "of":
                    # "as of the beginning of September" is a point in time; "from the
                    # beginning of September" starts a span: look before "the beginning".
                    prefix = PART_OF_RE.sub("", prefix)
                span_start = prep in ("since", "from") or bool(_span_start_re().search(prefix)) \
                    or bool(SINCE_EVENT_ON_RE.search(text, max(0, start - 70), start)) \
                    or bool(AFTER_EVENT_BEGAN_RE.search(text, max(0, start - 70), start))
                if span_start and (
                        (kind == "dmy" and m.start("day") > start) or
                        (kind == "mdy" and m.group("day_end"))) and (
                        prefix.rstrip().lower().endswith(("between", "from"))):
                    # "Between 23 and 30 July", "from 24 November to 1 December 2023": the
                    # span itself, dated by its end
                    span_start = False
                if span_start and _record_from_re().search(text, max(0, start - 40), end) \
                        and not SPAN_GOES_ON_RE.match(text, end):
                    span_start = False  # "the count from early January": when it was made
                if span_start and FROM_THE_RE.search(prefix) and EVENT_NAME_RE.match(text, end):
                    span_start = False  # "the toll from the October 7 attacks": its cause
                if EXTENDED_UNTIL_RE.search(before):
                    # "Truce extended by two days to Thursday morning": the end a span is
                    # stretched to dates no figure.
                    as_of = ""
                taken.append((start, end))
                found.append(DateMention(start, end, as_of, span_start))
                if kind in ("mdy", "dmy") and as_of:
                    groups = m.groupdict()
                    day = int(groups.get("day_end") or groups["day"])
                    yearless[start] = (_month_number(groups["month"]), day) \
                        if not groups.get("year") and as_of != _named_as_of(m) else None
    named = _named_phrases()
    for m in named.finditer(text) if named else ():
        # "after the seventh of October": a named day written in words (over "of
        # October", the month a pattern read inside it)
        as_of = _named_dates()[" ".join(m.group(0).lower().split())]
        end = m.end()
        # "after the seventh of October 2023": the year a month pattern read with the
        # named day's month is the named day's own
        year = NAMED_YEAR_AFTER_RE.match(text, end)
        if year and year.group(1) == as_of[:4]:
            end = year.end()
        if any(s < end and m.start() < e and not (m.start() <= s and e <= end)
               for s, e in taken):
            continue
        found = [d for d in found if not (m.start() <= d.start and d.end <= end)]
        taken = [(s, e) for s, e in taken if not (m.start() <= s and e <= end)]
        prefix = text[max(0, m.start() - 25) : m.start()]
        taken.append((m.start(), end))
        found.append(DateMention(m.start(), end, as_of,
                                 bool(_span_start_re().search(prefix))))
    periods = _period_dates()
    if periods[1] and any(hint in text.lower() for hint in ("before", "prior", "eve", "pre-")):
        for m in periods[1].finditer(text):
            # "Before October 7, 2023, Israel held 5,200": the period wins over the day
            # inside it
            if any(s < m.end() and m.start() < e and not (m.start() <= s and e <= m.end())
                   for s, e in taken):
                continue  # a date reaching out of the phrase is no part of it
            found = [d for d in found if not (m.start() <= d.start and d.end <= m.end())]
            as_of, start = periods[0][" ".join(m.group(0).lower().split())], m.start()
            ahead = PERIOD_AHEAD_RE.search(text, max(0, start - 30), start)
            if ahead and len(as_of) == 7:
                # "1,310 a month before the war began": that many months before its month
                step = _MONTH_COUNTS.get(ahead.group("n").lower()) or int(ahead.group("n"))
                step *= 12 if ahead.group("unit").lower().startswith("year") else 1
                as_of, start = _add_months(as_of, -step), ahead.start()
            found.append(DateMention(start, m.end(), as_of, False))
    found.sort(key=lambda d: d.start)
    found = _ordinal_days(text, found)
    if "day" in text:
        found = _shifted_days(text, found)
    if "later" in text or "earlier" in text:
        found = _shifted_months(text, found)
    for j in range(len(found) - 1):
        a, b = found[j], found[j + 1]
        if not a.span_start and a.as_of and b.as_of and len(a.as_of) == len(b.as_of) and \
                SPAN_JOINER_RE.fullmatch(text, a.end, b.start):
            # "the Jan-Mar 2025 deal", "from 19 January to 1 March": the first date opens
            # the span, the second closes it.
            found[j] = DateMention(a.start, a.end, a.as_of, True)
        key = yearless.get(a.start)
        if key is not None and len(b.as_of) == 10 and YEAR_IN_RE.search(text, b.start, b.end) \
                and SPAN_JOINER_RE.fullmatch(text, a.end, b.start):
            # "Nov. 24-Dec. 1, 2023": the year the span's end names is its start's too (the
            # year before, for a start later in the calendar).
            end_key = (int(b.as_of[5:7]), int(b.as_of[8:10]))
            year = int(b.as_of[:4]) - (1 if key > end_key else 0)
            with contextlib.suppress(ValueError):
                found[j] = DateMention(a.start, a.end, date(year, *key).isoformat(), True)
    found = _end_of_that_year(text, _that_year(text, _year_labels(text, _year_headings(
        text, _anchor_yearless(text, found, yearless), yearless)), yearless))
    return _start_of_the_year(text, found, published)


# "from 1,319 in September 2023 to 3,661 in March 2024, before easing to about 3,400 by the
# end of the year": the last month of the year the sentence named last.
END_OF_THAT_YEAR_RE = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|that)\s+(?:same\s+)?year\b",
                                 re.I)


# "When the year opened, the count stood at just under 22,000": the year's January.
START_OF_YEAR_RE = re.compile(r"\b(?P<by>by\s+)?the\s+(?:start|beginning|opening)\s+of\s+"
                              r"(?P<which>the|this|that)\s+year\b|\b(?:when|as)\s+the\s+"
                              r"year\s+(?:began|opened|started)\b", re.I)


def _year_named_before(text: str, found: list[DateMention], pos: int) -> str:
    """The year of the last date before ``pos`` in its sentence that writes one, or ""."""
    named = [d for d in found if d.end <= pos and d.as_of and
             YEAR_IN_RE.search(text, d.start, d.end) and
             not SENTENCE_END_RE.search(text, d.end, pos)]
    return named[-1].as_of[:4] if named else ""


def _start_of_the_year(text: str, found: list[DateMention],
                       published: date | None) -> list[DateMention]:
    """"At the start of the year", "when the year opened": January of the year a date
    before it in its sentence names, else of the year of publication ("that year" needs
    a year named; "by the start of the year" with none may be a year still to come)."""
    if "year" not in text:
        return found
    out = list(found)
    for m in START_OF_YEAR_RE.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        year = _year_named_before(text, out, m.start())
        if not year and published is not None and not m.group("by") and \
                (m.group("which") or "").lower() != "that":
            year = str(published.year)
        if not year:
            continue
        out.append(DateMention(m.start(), m.end(), year + "-01", False))
    out.sort(key=lambda d: d.start)
    return out


def _end_of_that_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """"The end of the year" after a date of its sentence that names a year is that year's
    December (with none before it, it names no date: it may be a year still to come)."""
    if "end of th" not in text:
        return found
    out = list(found)
    for end in END_OF_THAT_YEAR_RE.finditer(text):
        if any(d.start < end.end() and end.start() < d.end for d in out):
            continue
        year = _year_named_before(text, out, end.start())
        if year:
            out.append(DateMention(end.start(), end.end(), year + "-12", False))
    out.sort(key=lambda d: d.start)
    return out


# "... abducted on 7 October 2023. During a truce in November that year, ...": the month
# is of the year the text named last.
# ("the November truce of that year": a noun or two may name the month's event first)
THAT_YEAR_AFTER_RE = re.compile(r"(?:\s+(?:of\s+)?|(?:\s+[a-z]+){1,2}\s+of\s+)that\s+"
                                r"(?:same\s+)?year\b", re.I)


def _that_year(text: str, found: list[DateMention],
               yearless: dict[int, tuple[int, int] | None]) -> list[DateMention]:
    """Days and months named without a year and followed by "that year" (or months after
    "that": "a truce that November") are of the year the last date before them names."""
    if "that" not in text:
        return found
    out = list(found)
    for j, d in enumerate(out):
        if not d.as_of or YEAR_IN_RE.search(text, d.start, d.end) or \
                not (THAT_YEAR_AFTER_RE.match(text, d.end) or
                     text[d.start : d.start + 5].lower() == "that "):
            continue
        named = [e for e in out[:j] if e.as_of and YEAR_IN_RE.search(text, e.start, e.end)]
        if not named:
            if text[d.start : d.start + 5].lower() == "that ":
                # "By the end of that October" with no year named: no date it can tell
                out[j] = DateMention(d.start, d.end, "", d.span_start)
            continue
        year, key = named[-1].as_of[:4], yearless.get(d.start)
        if key is not None:
            with contextlib.suppress(ValueError):  # (29 February of a year without it)
                out[j] = DateMention(d.start, d.end, date(int(year), *key).isoformat(),
                                     d.span_start)
        elif len(d.as_of) == 7:
            out[j] = DateMention(d.start, d.end, year + d.as_of[4:], d.span_start)
    return out


# "2023: In the first three months, ..." - a year opening a line labels what the line says.
YEAR_LABEL_RE = re.compile(r"(?m)^[ \t*•-]*(?P<year>(?:19|20)\d\d)\s*[:\u2013\u2014]\s+")
YEAR_IN_RE = re.compile(r"\b(?:19|20)\d\d\b")


# "2023" on a line of its own heads the entries of a timeline below it.
YEAR_HEADING_RE = re.compile(r"(?m)^[ \t#*]*(?P<year>(?:19|20)\d\d)[ \t*]*$")


def _year_headings(text: str, found: list[DateMention],
                   yearless: dict[int, tuple[int, int] | None]) -> list[DateMention]:
    """Days and months named without a year under a year heading ("2023" alone on its line,
    then "- Nov 24: ...") are of that year, up to the next such heading."""
    headings = [(h.end(), h.group("year")) for h in YEAR_HEADING_RE.finditer(text)]
    if not headings:
        return found
    out = []
    for d in found:
        above = [year for end, year in headings if end <= d.start]
        key = yearless.get(d.start)
        if above and key is not None:
            # (29 February of a year without it stays as it was read)
            with contextlib.suppress(ValueError):
                d = DateMention(d.start, d.end, date(int(above[-1]), *key).isoformat(),
                                d.span_start)
        elif above and len(d.as_of) == 7 and d.as_of[:4] != above[-1] and \
                not YEAR_IN_RE.search(text, d.start, d.end):
            d = DateMention(d.start, d.end, above[-1] + d.as_of[4:], d.span_start)
        out.append(d)
    return out


def _year_labels(text: str, found: list[DateMention]) -> list[DateMention]:
    """The months a line labelled by a year ("2023: ... at the end of November ...") names
    without a year are of that year (the extractor dates the line's figures by the label)."""
    if ":" not in text and "\u2013" not in text and "\u2014" not in text:
        return found
    out = list(found)
    for label in YEAR_LABEL_RE.finditer(text):
        year = label.group("year")
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        for j, d in enumerate(out):
            if label.end() <= d.start < line_end and len(d.as_of) == 7 and \
                    d.as_of[:4] != year and not YEAR_IN_RE.search(text, d.start, d.end):
                out[j] = DateMention(d.start, d.end, year + d.as_of[4:], d.span_start)
    out.sort(key=lambda d: d.start)
    return out


SHIFT_RE = re.compile(r"\b(?:(?P<before>the\s+previous\s+day|the\s+day\s+before|a\s+day\s+"
                      r"earlier|the\s+preceding\s+day)|(?P<after>the\s+following\s+day|"
                      r"the\s+next\s+day|a\s+day\s+later)|(?P<n>two|three|four|five|six|seven|"
                      r"[2-7])\s+days\s+(?P<way>later|earlier))\b", re.I)
_SHIFT_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "Oct 2025: Ceasefire takes effect on the 10th": a day of the month named just before
ORDINAL_DAY_RE = re.compile(r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                            r"(?!\s+(?:day|of|anniversary|week|month|floor|time|century|"
                            r"round|attempt))", re.I)


def _ordinal_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """"Oct 2025: Ceasefire takes effect on the 10th": an ordinal day takes the month (and
    year) of the last date named before it in the same paragraph."""
    added = []
    for m in ORDINAL_DAY_RE.finditer(text):
        named = [d for d in found if d.end <= m.start() and d.as_of and len(d.as_of) >= 7
                 and "\n" not in text[d.end : m.start()] and m.start() - d.end < 200]
        if not named:
            continue
        try:
            day = date(int(named[-1].as_of[:4]), int(named[-1].as_of[5:7]), int(m.group("day")))
        except ValueError:
            continue
        added.append(DateMention(m.start(), m.end(), day.isoformat(), False))
    return sorted(found + added, key=lambda d: d.start) if added else found


def _shifted_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """"filed on 29 December 2023, ... as of the previous day": a day counted from the
    last day named before it (within a few lines), else no date."""
    shifted = []
    for m in SHIFT_RE.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        named = [d for d in found if d.end <= m.start() and len(d.as_of) == 10 and
                 not d.span_start and m.start() - d.end < 300]
        if not named:
            continue
        n = m.group("n")
        step = (_SHIFT_COUNTS.get(n.lower()) or int(n)) if n else 1
        earlier = m.group("before") or (n and m.group("way").lower() == "earlier")
        day = date.fromisoformat(named[-1].as_of) + timedelta(days=-step if earlier else step)
        shifted.append(DateMention(m.start(), m.end(), day.isoformat(), False))
    return sorted(found + shifted, key=lambda d: d.start) if shifted else found


# "from 1,320 in September 2023 to 3,376 a year later": months and years counted from the
# last month (or year) named before
_MONTHS_COUNTED = (r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   r"twelve|eighteen|[1-9]|1[0-9])\s+(?P<unit>year|years|month|months)\s+")
SHIFT_MONTHS_RE = re.compile(_MONTHS_COUNTED + r"(?P<way>later|earlier)\b", re.I)
# "a month before the war", "two years before October 7": a time counted back from a period
PERIOD_AHEAD_RE = re.compile(_MONTHS_COUNTED + "$", re.I)
_MONTH_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12, "eighteen": 18}


def _add_months(month: str, step: int) -> str:
    """The month ("2023-10") ``step`` months after ``month`` (before, for a negative step)."""
    months = int(month[:4]) * 12 + int(month[5:7]) - 1 + step
    return f"{months // 12}-{months % 12 + 1:02d}"


def _shifted_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """"about 1,320 in September 2023 to 3,376 a year later": a month (or year) counted
    from the last one named before it in the same paragraph, at that date's precision
    (a year from a year; months only from a month)."""
    shifted = []
    for m in SHIFT_MONTHS_RE.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        named = [d for d in found if d.end <= m.start() and len(d.as_of) >= 4 and
                 not d.span_start and "\n" not in text[d.end : m.start()] and
                 m.start() - d.end < 300]
        if not named:
            continue
        n = m.group("n")
        step = _MONTH_COUNTS.get(n.lower()) or int(n)
        if m.group("unit").lower().startswith("year"):
            step *= 12
        if m.group("way").lower() == "earlier":
            step = -step
        base = named[-1].as_of
        if len(base) == 4:
            if step % 12:
                continue  # months from a year name no month
            shifted.append(DateMention(m.start(), m.end(), str(int(base) + step // 12), False))
            continue
        shifted.append(DateMention(m.start(), m.end(), _add_months(base, step), False))
    return sorted(found + shifted, key=lambda d: d.start) if shifted else found


WAS_TO_RE = re.compile(r"\b(?:was|were)\s+(?:due\s+)?to\b", re.I)
# The verb right after a date opening its clause: "on the last Saturday of February, was to"
TO_COME_AFTER_RE = re.compile(r"\s*,?\s*(?:(?:was|were|is|are)\s+(?:due\s+|set\s+)?to|will)\b",
                              re.I)


PLUPERFECT_END_RE = re.compile(r"\bhad\s+been\s+$", re.I)


def _future_before(before: str) -> bool:
    """Does a word of things to come stand in ``before``, and not as a plan that had been
    ("Israel had been due to free them Saturday": a plan of the past)?"""
    found = list(future_re().finditer(before))
    return bool(found) and not PLUPERFECT_END_RE.search(before, 0, found[-1].start())


def _month_to_come(before: str, after: str) -> bool:
    """Whether a month named without a year is one to come: a future word before it, or
    a verb of things to come right after it."""
    return bool(future_re().search(before) or WAS_TO_RE.search(before) or
                TO_COME_AFTER_RE.match(after))


EXTENDED_UNTIL_RE = re.compile(r"\b(?:extend|extends|extended|extending|prolong|prolonged)\b"
                               r"[^.;:]{0,40}?\b(?:to|until|till|through)\s+$", re.I)
SPAN_JOINER_RE = re.compile(r"\s*(?:-|–|—|to|through|until|till)\s*", re.I)


EVERY_RE = re.compile(r"\b(?:every|each)\s+$", re.I)
# "from January to March", "from January until ...": the span goes on after its start.
SPAN_GOES_ON_RE = re.compile(r"\s*(?:to|until|till|through|and|[-–—])(?:\s|$)", re.I)
FROM_THE_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# A noun after a date that makes the date name an event ("the October 7 attacks").
# ("soldiers killed in the 2014 war": a war named by its year is an event too)
EVENT_NAME_RE = re.compile(r"\s*(?:attack|attacks|assault|raid|raids|massacre|offensive|"
                            r"incursion|invasion|onslaught|war)\b", re.I)


@lru_cache(maxsize=1)
def _period_dates() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The language file's ``period_dates`` and one pattern for all of them."""
    periods = {" ".join(k.lower().split()): str(v)
               for k, v in load_language()["dates"].get("period_dates", {}).items()}
    return periods, (phrase_regex(periods) if periods else None)


@lru_cache(maxsize=1)
def _named_days() -> dict[tuple[int, int], str]:
    """The named dates written with a day number, by (month, day): "October 7", "7 Oct."
    and "the 7th of October" all name the same day."""
    days: dict[tuple[int, int], str] = {}
    for key, as_of in _named_dates().items():
        for m in NAMED_KEY_RE.finditer(key):
            month = m.group("m1") or m.group("m2")
            day = m.group("d1") or m.group("d2")
            days[(_month_number(month), int(day))] = as_of
    return days


NAMED_YEAR_AFTER_RE = re.compile(r",?\s+((?:19|20)\d\d)\b")


@lru_cache(maxsize=1)
def _named_phrases() -> re.Pattern[str] | None:
    """The named dates written in words ("the seventh of October"), as one pattern."""
    words = [k for k in _named_dates() if not any(c.isdigit() for c in k)]
    return phrase_regex(words) if words else None


def _named_as_of(m: re.Match[str]) -> str:
    groups = m.groupdict()
    if not groups.get("month") or not groups.get("day"):
        return ""
    day = int(groups.get("day_end") or groups["day"])
    return _named_days().get((_month_number(groups["month"]), day), "")


# a key of the named dates: "october 7", "oct. 7", "7 october"
NAMED_KEY_RE = re.compile(r"^(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})"
                          r"|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+))(?:st|nd|rd|th)?\.?$")
YEAR_WRITTEN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
HEADING_LINE_WORDS = 8  # the longest line read as a heading that dates the lines below
YEAR_ANCHOR_CHARS = 300  # how far back a full date lends its year to "1 December"
NEXT_SENTENCE_DAYS = 60  # how soon after it a day must fall to borrow it from a sentence back
SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def _heading_line(text: str, pos: int) -> bool:
    """True when ``pos`` stands in a short line of its own that ends with no stop (a
    heading)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return bool(line) and len(line.split()) <= HEADING_LINE_WORDS and \
        not line.endswith((".", "!", "?", ":"))


def _anchor_yearless(text: str, found: list[DateMention],
                     yearless: dict[int, tuple[int, int] | None]) -> list[DateMention]:
    """A day and month without a year after a full date in the same sentence take the
    first such day on or after it ("24 November 2023: a truce begins ... it ends on
    1 December" is 2023-12-01), not the last one before publication."""
    anchor: DateMention | None = None
    out = []
    for d in found:
        key = yearless.get(d.start)
        # (in the next sentence of the same paragraph too, for a day soon after: "The pause
        # began on November 24, 2023. ... it ended after seven days on December 1")
        gap = text[anchor.end : d.start] if anchor is not None else "\n"
        # (or below a heading line that names the month and year: "The November 2023
        # truce\nIt began on November 24")
        same_paragraph = len(gap) <= YEAR_ANCHOR_CHARS and (
            "\n" not in gap or (anchor is not None and _heading_line(text, anchor.start)
                                and YEAR_WRITTEN_RE.search(text, anchor.start, anchor.end)
                                and "\n" not in gap.split("\n", 1)[1].lstrip("\n")))
        same_sentence = same_paragraph and not SENTENCE_END_RE.search(gap)
        if key is not None and anchor is not None and same_paragraph:
            base = date.fromisoformat(anchor.as_of if len(anchor.as_of) == 10
                                      else anchor.as_of + "-01")
            for year in (base.year, base.year + 1):
                try:
                    candidate = date(year, *key)
                except ValueError:
                    break
                if candidate >= base:
                    if same_sentence or (candidate - base).days <= NEXT_SENTENCE_DAYS:
                        d = DateMention(d.start, d.end, candidate.isoformat(), d.span_start)
                    break
        elif key is None and len(d.as_of) == 10 and d.start in yearless:
            anchor = d  # a full date: the anchor for the yearless ones after it
        elif len(d.as_of) == 7 and not d.span_start and \
                YEAR_WRITTEN_RE.search(text, d.start, d.end):
            # (a month written with its year too: "The first truce, in November 2023, ...
            # collapsing on 1 December")
            anchor = d
        out.append(d)
    return out
