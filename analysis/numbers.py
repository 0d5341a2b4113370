"""Numbers in running text: find them, read their value, and tell figures from non-figures.

Digits (``10,400``, ``1.5 million``, ``٤٨٤٤٦``), number words read by text2num
(``thirty-three``), ``a dozen``, percentages and money. Years, dates, times of
day, ordinals and numbers inside names or identifiers are not figures (contract
section 3); the caller passes the date spans it found so they are skipped.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from analysis.lexicon import load_language, phrase_regex, tokenize

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ("hundred", "thousand", "million", "billion", "trillion")
DURATION_WORDS = ("day", "week", "month", "year", "hour", "minute")
CURRENCIES = {"$": "dollar", "us$": "dollar", "$us": "dollar", "usd": "dollar", "eur": "euro",
              "gbp": "pound", "aud": "australian dollar", "cad": "canadian dollar",
              "nzd": "new zealand dollar", "jpy": "yen", "cny": "yuan", "inr": "rupee",
              "ils": "shekel", "chf": "swiss franc", "rm": "ringgit", "€": "euro", "£": "pound",
              "₪": "shekel", "nis": "shekel", "a$": "australian dollar",
              "au$": "australian dollar", "$a": "australian dollar",
              "nz$": "new zealand dollar", "c$": "canadian dollar",
              "hk$": "hong kong dollar", "s$": "singapore dollar", "¥": "yen",
              # ASCII transliterations (unidecode) that scraped text carries for £ and ¥
              "ps": "pound", "y=": "yen"}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_WORD_ATOM = (
    rf"(?:(?:{_TENS_ALT})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?"
    rf"|{_UNIT_ALT}|hundred|thousand|million|billion|trillion)"
)
# A run of number words: "thirty-three", "one hundred and five", "two million".
WORDS_RE = re.compile(
    rf"(?<![\w-])(?:(?:half\s+)?an?\s+dozen|(?:half\s+)?(?:an?\s+)(?:hundred|thousand|million|"
    rf"billion)"
    rf"(?:\s+(?:thousand|million|billion))?"  # "a hundred thousand"
    rf"(?:\s+and\s+{_WORD_ATOM})?(?![\w])"  # "a hundred and one"
    # "thirty-seven thousand, two hundred and thirty-two": a comma may follow a scale word.
    rf"|{_WORD_ATOM}(?:(?:\s+and\s+|\s+|-|(?:(?<=thousand)|(?<=million)|(?<=billion)),\s+)"
    rf"(?:{_WORD_ATOM}|dozen)(?![\w]))*(?:\s+dozen)?)(?![\w])",
    re.IGNORECASE,
)
# Digits: grouped thousands, plain runs with decimals, Arabic-Indic and Persian digits.
# "On Jan 25 200 prisoners were freed": a day after a month is no group of thousands.
_MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
_NOT_AFTER_MONTH = "".join(f"(?<!{w} )(?<!{w}. )" for w in _MONTH_WORDS)
DIGITS_RE = re.compile(
    # Only a digit, a currency mark, a sign or a capital can open one: test that first, as
    # the engine tries the pattern at every character.
    r"(?=[\d\u0660-\u0669\u06f0-\u06f9$€£¥₪+\-−.A-Zm])"
    # ("c.24,000": circa written against its number)
    r"(?:(?<=\bc\.)|(?<=\bca\.)|(?<![\w@#/=:.,\u0660-\u0669\u06f0-\u06f9]))"
    # "COVID-19", "F-16": a number hyphened to a word is a name's, but "sub-300", "now-18"
    r"(?:(?<=\bsub-)|(?<=\bnow-)|(?<=\bover-)|(?<=\bunder-)|(?<![A-Za-z]-))"
    r"(?P<cur>(?:US\$|\$US|(?:AU?|NZ|C|HK|S)\$|\$A(?=\d)|\$|€|£|¥|₪|NIS\s?"
    # "PS2.7m", "Y=100 million": £ and ¥ as ASCII transliteration writes them ("PS5" without
    # a scale or separator stays a product's name)
    r"|PS(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:bn|m|k)(?![\w]))|Y=(?=\d)"
    r"|(?:USD|EUR|GBP|AUD|CAD|NZD|JPY|CNY|INR|ILS|CHF|RM)(?=\s?\d))\s?)?"
    r"(?P<sign>[-−+](?=\.?\d)|minus[\s-](?=\d))?"  # "-1.3%", "$-50.8bn", "+0.2%", "minus 5"
    r"(?P<num>\d{1,3}(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?(?![\d])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])"  # "1,10,000": lakh grouping (South Asian outlets)
    r"|\d{1,3}(?:[\u00a0\u202f\u2009\u2007]\d{3})+(?![\d])"
    # "45’000" (Swiss), "1.234.567" (dots between groups), "45 000" (spaces, French)
    r"|\d{1,3}(?:[’']\d{3})+(?![\d'’])"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    rf"|(?<!\d\s){_NOT_AFTER_MONTH}\d{{1,3}}(?: \d{{3}})+(?![\d.,])"
    r"|\d+(?:[.\u066b]\d+)?"
    r"|(?<![^\s(~])\.\d+(?![.\d]))"  # ".001 per cent", "a .500 record"
    # a scale letter is no abbreviation's first letter ("80 m.p.h.")
    r"(?P<scale>\s?(?:(?:hundred\s+)?(?:million|billion|trillion|thousand)|hundred|lakhs?|crores?"
    r"|bn|mn|tn|mil|m|k|(?<=\d)[MBKb])"
    r"(?![\w])(?!\.\w))?"
    r"(?P<pct>\s?(?:%|percent(?![\w])|per\s?cent(?![\w]))|pc(?![\w]))?"
)
# Scientific notation: "1.99×10−30", "6.02 x 10^23", "3×10^8" (the exponent needs its sign
# or a caret: "2 x 10 metres" is a size).
SCIENTIFIC_RE = re.compile(
    r"(?<![\w.,])(?P<mantissa>\d+(?:\.\d+)?)\s?[×x]\s?10"
    r"(?:\^|\*\*)?(?:(?<=[\^*])\s?(?P<exp>[-−+]?\d{1,3})|(?P<signed>[-−+]\d{1,3}))(?![\d.,]\d)")
# "a threefold rise", "a 10-fold increase": a multiple.
FOLD_RE = re.compile(rf"(?<![\w-])(?P<n>{'|'.join(UNITS[2:])}|{'|'.join(TENS)}|hundred|thousand"
                     r"|\d+(?:\.\d+)?)-?fold(?![\w])", re.IGNORECASE)
SPAN_LONG_RE = re.compile(r"(?<![\w-])(?:day|week|month|year)[- ]?long(?![\w-])", re.I)
ONE_TO_RE = re.compile(r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)", re.I)
# Words one of which any fraction holds (a plain substring test is far cheaper than a scan).
FRACTION_HINTS = ("half", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth",
                  "one in ", "1 in ", "out of ", "/", "⁄", " in two", " in three", " in four",
                  " in five", " in six", " in seven", " in eight", " in nine", " in ten")
CURRENCY_WORDS = frozenset({"dollar", "euro", "pound", "shekel", "yen", "yuan", "rupee"})
SEASON_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d-$")
YEAR_PAIR_RE = re.compile(r"\s*(?:and|to|until|till|-|–)\s*(1[89]\d\d|20\d\d)(?![\d,.]\d)")
RANGE_END_RE = re.compile(r"\s*(?:[-–—]|to)\s*(\d[\d,]*)(?![\d.])")
NAME_CAPS_RE = re.compile(r"[a-z]+[A-Z]")  # iPhone, eBay
# "32m2", "3923sq m", "2.14degF": squares and cubes, and units written apart after "sq".
ATTACHED_RE = re.compile(r"sq\s?(?:m|ft|km|mi)(?![\w])|[A-Za-z]+[23]?(?:/[A-Za-z]+)?(?![\w])")
# "80km/h", "10 m/s": a slash inside a unit, not a link or a path.
UNIT_SLASH_RE = re.compile(r"(?<![\w/])\d*(?:[.,]\d+)?\s?[A-Za-z]{1,3}/[A-Za-z]{1,2}[.,;:)]?$")
ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)(?![\w])", re.IGNORECASE)
LINK_MARK_RE = re.compile(r"[/@#]|www\.")
ISO_DATE_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Times of day: "14:30", "9am", "at 10.30" (a dotted time needs its "at" or an am/pm: "US
# $58.24" and "58.06 points" are figures); elapsed times too, "27:30" or "1:02:15" in a
# programme's running order.
TIME_RE = re.compile(
    # Each branch opens on a digit (the lookahead) so the engine skips other text quickly.
    r"(?=\d)(?:(?<![$€£₪\d.,])\b\d{1,3}:[0-5]\d(?::[0-5]\d)?\b"
    r"|(?<=\bat\s)(?:[01]?\d|2[0-3])\.[0-5]\d\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|at|and|or|local|gmt|bst|utc|today|yesterday|tonight|"
    r"this|last|when|the)\b)"
    r"|\b\d{1,2}(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?![\w]))",
    re.IGNORECASE)
FOOTNOTE_RE = re.compile(r"\[(\d{1,3})\]")  # a note's mark: "10,221[2]"
NEXT_WORD_RE = re.compile(r"\s*(?:-\s*)?([^\W\d_][\w'’.-]*)")
THE_NUMBER_RE = re.compile(r"\b(?:the|a)\s+number\s+$", re.I)
PREV_WORD_RE = re.compile(r"([^\W\d_][\w'’]*)\.?\s*$")


@dataclass
class Number:
    """A number found in the text: where it stands, what it says and its value."""

    start: int
    end: int
    text: str
    value: float
    is_words: bool = False
    unit_hint: str = ""  # percent or a currency, from the number's own symbols
    scale: float = 1.0  # the scale word that ends it ("15 billion": 1e9), for ranges


def _arabic_to_ascii(text: str) -> str:
    out = []
    for ch in text:
        if "\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9":
            out.append(str(unicodedata.digit(ch)))
        elif ch == "\u066b":
            out.append(".")
        elif ch == "\u066c":
            out.append(",")
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, object]:
    lang = load_language()["numbers"]
    return {
        "scales": {k.lower(): v for k, v in lang["scale_words"].items()},
        "dozen": lang["dozen_words"],
        "identifier": frozenset(w.lower() for w in lang["identifier_words"]),
        "time_after": phrase_regex(lang["time_words"]),
        "day_part": phrase_regex(lang["day_parts"]),
        "clock_before": frozenset(w.lower() for w in lang["clock_prepositions"]),
        "attached": {(k if len(k) == 1 else k.lower()): v
                     for k, v in lang["attached_units"].items()},
        "name_followers": frozenset(w.lower() for w in lang["name_followers"]),
        "identifier_lower": frozenset(lang["identifier_words_lower_case"]),
        "label_identifier": frozenset(w.lower() for w in lang["label_identifier_words"]),
        "stage": frozenset(w.lower() for w in lang["stage_words"]),
        "one_after": frozenset(w.lower() for w in lang["one_pronoun_after"]),
        "one_before": frozenset(w.lower() for w in lang["one_idiom_before"]),
    }


def parse_digits(num: str, scale: str = "") -> float:
    """Value of a digit string with separators and an optional scale word."""
    clean = _arabic_to_ascii(num)
    clean = re.sub(r"[,\u00a0\u202f\u2009\u2007’' ]", "", clean)
    if clean.count(".") > 1:
        clean = clean.replace(".", "")  # "1.234.567": dots between groups
    # Decimal, so that "1.1 lakh" is 110000 and not 110000.00000000001
    value = Decimal(clean)
    for word in scale.lower().split():  # "4 hundred million": each word multiplies
        value *= Decimal(_lexicon()["scales"][word])  # type: ignore[index]
    return float(value)


def parse_words(words: str) -> float | None:
    """Value of a run of number words ("thirty-three", "a dozen"), or None."""
    text = " ".join(words.lower().replace("-", " ").replace(",", " ").split())
    dozen = _lexicon()["dozen"]
    if text.endswith("dozen"):
        head = text[: -len("dozen")].strip()
        if head in ("a", "an", ""):
            return float(dozen["dozen"])  # type: ignore[index]
        if head == "half a":
            return dozen["dozen"] / 2  # type: ignore[index,operator]
        inner = parse_words(head)
        return None if inner is None else inner * dozen["dozen"]  # type: ignore[index,operator]
    if text.startswith(("half a ", "half an ")):
        whole = parse_words(text[len("half "):])  # "half a million": 500,000
        return None if whole is None else whole / 2
    if text.startswith(("a ", "an ")):
        text = "one " + text.split(" ", 1)[1]
    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def is_year(num_text: str, value: float, after: str) -> bool:
    """A bare four-digit number from 1800 to 2100 reads as a year unless a count noun follows."""
    if not re.fullmatch(r"\d{4}", num_text) or not 1000 <= value <= 2100:
        return False
    if value < 1800:
        # "between 1600 and 1900": an earlier year paired with a later one
        pair = YEAR_PAIR_RE.match(after)
        return bool(pair) and value < int(pair.group(1)) and \
            is_year(pair.group(1), float(pair.group(1)), after[pair.end():])
    upper = RANGE_END_RE.match(after)
    if upper and float(upper.group(1).replace(",", "")) > 2100:
        return False  # "2000 - 2500 calories": a range that ends past any year
    nxt = NEXT_WORD_RE.match(after)
    # "2000 people" counts; "in 2023 Israel", "the 2014 war" and "2023." are years.
    if not nxt or not nxt.group(1)[0].islower():
        return True
    word = nxt.group(1).lower()
    return not (_counted_word(word) or (word.endswith("s") and not word.endswith("ss")))


class _Masks:
    """Spans that hold no figure (dates, URLs, times), queried by position."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self._index()

    def _index(self) -> None:
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []  # furthest end among the spans up to each one
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def extend(self, spans: list[tuple[int, int]]) -> None:
        """Add spans (and re-index once)."""
        self.spans = sorted(self.spans + spans)
        self._index()

    def hit(self, start: int, end: int) -> bool:
        """True if [start, end) overlaps a masked span."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


A_DURATION_RE = re.compile(r"\b(?:lasted|lasting|lasts|last|for|of|by)\s+(?P<a>an?)\s+"
                           r"(?:day|week|month)\b(?![\s-]+(?:after|before|later|earlier|ago)\b)",
                           re.I)
QUALIFIED_BEFORE_RE = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|over|more\s+than|"
                                 r"at\s+least|up\s+to|approximately|close\s+to)\s+$", re.I)
# A number opening a line as a list item ("1. Hamas released ...", "2) Israel freed ...").
LIST_MARK_RE = re.compile(r"(?:^|\n)[ \t]*$")
NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES, "dozen", "a", "an", "half"])


_FRACTION_NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                  "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FRACTION_DENS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                  "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
                  "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
# Shares of a whole: "a third of", "two-thirds of", "half the", "one in five", "1 in 3".
FRACTION_RE = re.compile(
    r"(?<![\w-])(?:"
    rf"(?P<num>{'|'.join(_FRACTION_NUMS)})[\s-]+(?P<den>{'|'.join(_FRACTION_DENS)})"
    r"(?=\s+of\b)"
    r"|(?<!\ba\s)(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\blatter\s)(?<!\bother\s)"
    r"(?P<half>half)(?=\s+(?:of|the|its|their|his|her|all|our|these|those)\b)"
    r"|(?P<top>\d{1,2})[/⁄](?P<bottom>\d{1,3})(?=\s+of\b)"  # "1/16 of a pint"
    # "nine in ten" (words only: "killed 2 in 3 strikes" is no share)
    r"|(?P<one>one|1|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?![\w,.]?\d)"
    r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|attacks?|strikes?|raids?)\b))",
    re.IGNORECASE)


def _fractions(text: str) -> list[Number]:
    """Shares written as fractions ("two-thirds of", "one in five"), valued 0 to 1."""
    found = []
    for m in FRACTION_RE.finditer(text):
        if m.group("den"):
            value = _FRACTION_NUMS[m.group("num").lower()] / _FRACTION_DENS[m.group("den").lower()]
        elif m.group("half"):
            value = 0.5
        elif m.group("top"):
            if int(m.group("bottom")) == 0:
                continue
            value = int(m.group("top")) / int(m.group("bottom"))
        else:
            whole = m.group("whole").lower()
            part = _FRACTION_NUMS.get(m.group("one").lower(), 1)
            total = int(whole) if whole.isdigit() else _FRACTION_NUMS[whole]
            if part >= total:
                continue
            value = part / total
        found.append(Number(m.start(), m.end(), m.group(0), value, True, "fraction"))
    return found


def _scientific(text: str, blocked: _Masks) -> list[Number]:
    """Numbers in scientific notation ("2.998×10−8"), as one value each."""
    found = []
    for m in SCIENTIFIC_RE.finditer(text):
        if blocked.hit(m.start(), m.end()):
            continue
        exponent = int((m.group("exp") or m.group("signed")).replace("−", "-"))
        value = float(m.group("mantissa")) * 10.0 ** exponent
        found.append(Number(m.start(), m.end(), m.group(0), value))
    return found


def _folds(text: str, blocked: _Masks) -> list[Number]:
    """Multiples written with "-fold" ("threefold", "a 10-fold rise"), unit ``times``."""
    found = []
    for m in FOLD_RE.finditer(text):
        if blocked.hit(m.start(), m.end()):
            continue
        n = m.group("n")
        value = parse_digits(n) if n[0].isdigit() else parse_words(n)
        if value is not None:
            found.append(Number(m.start(), m.end(), m.group(0), value, not n[0].isdigit(),
                                "times"))
    return found


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Whitespace-delimited stretches holding a URL, a path, a handle or a hashtag.

    Numbers there are parts of names ("pic.twitter.com/ab12", "@user77", "#tag2",
    "24/7"), never figures.
    """
    spans: list[tuple[int, int]] = []
    for m in LINK_MARK_RE.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        start = m.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = m.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        if m.group(0) == "/" and UNIT_SLASH_RE.match(text[start:end]):
            continue
        spans.append((start, end))
    return spans


def find_numbers(text: str, masks: list[tuple[int, int]] | None = None,
                 tokens: list[tuple[int, int, str]] | None = None) -> list[Number]:
    """Every figure-like number in ``text``, in order, outside the ``masks`` spans.

    ``tokens`` (from :func:`analysis.lexicon.tokenize`) saves reading the text twice.
    """
    lex = _lexicon()
    if tokens is None:
        tokens = tokenize(text)
    spans = list(masks or [])
    spans += _link_spans(text)
    spans += [m.span() for m in ISO_DATE_RE.finditer(text)]
    spans += [m.span() for m in TIME_RE.finditer(text)]
    if "[" in text:
        spans += [m.span() for m in FOOTNOTE_RE.finditer(text)]  # "10,221[2]": a note's mark
    # Fractions first: "1/16 of" would otherwise read as a path.
    found: list[Number] = []
    lowered = text.lower()
    if any(w in lowered for w in FRACTION_HINTS):
        dates = _Masks(list(masks or []))
        found = [f for f in _fractions(text) if not dates.hit(f.start, f.end)]
    if "10" in text and ("×" in text or "^" in text or " x " in text or "*" in text):
        found += _scientific(text, _Masks(list(spans)))
    if "fold" in lowered:
        found += _folds(text, _Masks(list(spans)))
    if "long" in lowered:
        found += [Number(m.start(), m.end(), m.group(0), 1.0, True)
                  for m in SPAN_LONG_RE.finditer(text)]  # "a week-long truce": one week
    blocked = _Masks(spans + [(f.start, f.end) for f in found])

    for m in DIGITS_RE.finditer(text):
        start, end = m.span()
        num = m.group("num")
        if blocked.hit(m.start("num"), m.end("num")):
            continue
        after = text[end : end + 40]
        if not m.group("scale") and not m.group("pct") and ORDINAL_AFTER_RE.match(after):
            continue  # 19th, 1st
        if re.match(r"[.)] ", after) and LIST_MARK_RE.search(text, max(0, start - 8), start):
            continue  # "1. Hamas released ...": a list item's mark
        attached = ""
        if after[:1].isalpha() and not m.group("scale"):
            letters = ATTACHED_RE.match(after)
            word = letters.group(0) if letters else ""
            attached = lex["attached"].get(  # type: ignore[attr-defined]
                word if len(word) == 1 else word.lower(), "")
            if not attached or m.group("pct"):
                continue  # 5G, 19a: part of a code
            end += letters.end()  # type: ignore[union-attr]
        if len(num) == 2 and SEASON_RE.search(text, max(0, start - 5), start):
            continue  # "the 2014-15 season": the end of a span of years
        if m.group("scale") == "b" and not m.group("cur"):
            continue  # "5b": a code; "$4.2b" is billions
        scale = parse_digits("1", m.group("scale") or "")
        value = parse_digits(num, m.group("scale") or "")
        if m.group("sign"):
            if LIST_MARK_RE.search(text, max(0, start - 8), start):
                start = m.start("num")  # "- 5 hostages" or "-5" opening a line: a bullet
            elif m.group("sign")[0] in "-−m":
                value = -value
        if not m.group("cur") and not m.group("pct") and not m.group("scale") and not attached:
            if is_year(num, value, after):
                continue
            if lex["time_after"].match(after.lstrip()) or \
                    _clock_time(text, start, value, after, lex):  # type: ignore[union-attr]
                continue
            if _in_name(text, start, end, num, lex):
                continue  # Resolution 2334, Route 60, iPhone 11 Pro, the Big 12.
        unit = attached
        if m.group("pct"):
            unit = "percent"
        elif m.group("cur"):
            unit = CURRENCIES.get(m.group("cur").strip().lower(), "")
        found.append(Number(start, end, text[start:end], value, False, unit, scale))

    blocked.extend([(n.start, n.end) for n in found])
    # Number words are rare: try the pattern only where a token could start one.
    reached = 0
    for tok_start, _, word in tokens:
        if tok_start < reached or (word not in NUMBER_WORDS and (
                "-" not in word or word.split("-", 1)[0] not in NUMBER_WORDS)):
            continue
        m = WORDS_RE.match(text, tok_start)
        if not m:
            continue
        reached = m.end()
        start, end = m.span()
        if blocked.hit(start, end):
            continue
        words = m.group(0)
        after = text[end : end + 40]
        low = words.lower()
        prev = PREV_WORD_RE.search(text, max(0, start - 20), start)
        if prev and prev.end(1) >= start - 1 and (
                prev.group(1).lower() in lex["stage"] or
                (prev.group(1).lower() in lex["identifier_lower"] | lex["identifier"] and
                 STAGE_NAME_END_RE.match(after))):
            continue  # "Phase two", "phase two talks", "in round three of": a stage's name
        if low in SCALES:
            continue  # "several thousand", "a few hundred": a scale word alone is vague
        if low in ("one", "a hundred", "a thousand", "a million", "a billion") and not (
            after.startswith("-")
        ):
            # "a thousand" is a figure before a counted noun or after a qualifier ("roughly a
            # thousand"); "one" before what it counts ("one man", "one of the hostages").
            nxt = NEXT_WORD_RE.match(after)
            if low == "one":
                if not _one_counts(text, start, after, lex):
                    continue
            elif not QUALIFIED_BEFORE_RE.search(text, max(0, start - 20), start) and (
                    not nxt or not _counted_word(nxt.group(1))):
                continue
        if after.startswith("-") and not re.match(
            r"-(?:" + "|".join(DURATION_WORDS) + r")s?(?![\w])", after, re.IGNORECASE
        ):
            continue  # two-state, one-sided, two-thirds
        if re.match(r"\s*(?:percent|per\s?cent|%)", after):
            pct = re.match(r"\s*(?:percent|per\s?cent|%)", after)
            assert pct
            end += pct.end()
        value = parse_words(words)
        if value is None:
            continue
        if _clock_time(text, start, value, after, lex) or \
                lex["time_after"].match(after.lstrip()):  # type: ignore[union-attr]
            continue  # "at three in the morning", "at four o'clock": a time of day
        unit = "percent" if end > m.end() else ""
        scale = float(lex["scales"].get(low.replace("-", " ").split()[-1], 1))  # type: ignore[attr-defined]
        found.append(Number(start, end, text[start:end], value, True, unit, scale))

    # "lasted a week", "for a day": "a" counts one of a duration after a verb of lasting.
    for m in A_DURATION_RE.finditer(text):
        start, end = m.span("a")
        if not blocked.hit(start, end):
            found.append(Number(start, end, m.group("a"), 1.0, True, ""))

    found.sort(key=lambda n: n.start)
    if "-" in text:
        found = _without_scores(text, found)
    return found


def _clock_time(text: str, start: int, value: float, after: str,
                lex: dict[str, object]) -> bool:
    """Is the number at ``start`` an hour of the clock: at most twelve, after a
    preposition of time and before a part of the day ("at three in the morning")?"""
    if not (1 <= value <= 12 and value == int(value)):
        return False
    prev = PREV_WORD_RE.search(text, max(0, start - 12), start)
    return bool(prev and prev.end(1) >= start - 1 and
                prev.group(1).lower() in lex["clock_before"] and  # type: ignore[operator]
                lex["day_part"].match(after.lstrip()))  # type: ignore[union-attr]


def _without_scores(text: str, found: list[Number]) -> list[Number]:
    """Drop scores and tallies ("beat them 2-1", "tied at 89-89", "a 14-0 vote"): two short
    whole numbers joined by a bare hyphen, the second no larger than the first, are no
    range and no figure."""
    drop: set[int] = set()
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if text[a.end : b.start] == "-" and a.text.isdigit() and b.text.isdigit() and \
                len(a.text) <= 3 and len(b.text) <= 3 and b.value <= a.value:
            drop.update((i, i + 1))
    return [n for i, n in enumerate(found) if i not in drop] if drop else found


# What may follow a stage named by a number word ("Phase two", "round three of the talks")
# ("a category one hurricane" goes on with a noun: the benchmark's figure, left alone).
STAGE_NAME_END_RE = re.compile(r"\s*(?:$|\n|[,.;:)!?]|of\b)")
# "one official said", "one mother told reporters": "one" introduces who speaks.
ONE_SPEAKER_RE = re.compile(r"[A-Za-z'’-]+\s+(?:said|says|told|tells|added|adds|recalled|"
                            r"explained|wrote|writes|asked|asks)\b")


def _one_counts(text: str, start: int, after: str, lex: dict[str, object]) -> bool:
    """True if "one" at ``start`` (``after`` is the text after it) counts what follows
    it, not a pronoun ("the one who", "no one") or an idiom ("one another", "one day")."""
    nxt = NEXT_WORD_RE.match(after)
    if nxt is None or nxt.start(1) > 3:
        return False  # "one." or "one, two": nothing counted follows
    prev = PREV_WORD_RE.search(text, max(0, start - 30), start)
    if prev and prev.end(1) >= start - 2 and prev.group(1).lower() in lex["one_after"]:  # type: ignore[operator]
        return False
    if ONE_SPEAKER_RE.match(after, nxt.start(1)):
        return False  # "one mother told reporters": a speaker, not a count
    word = nxt.group(1).rstrip(".").lower()
    if word in ("to", "or") and ONE_TO_RE.match(after, nxt.end(1)):
        return True  # "one to two years", "one or two"
    return word not in lex["one_before"] and not word.endswith("'s")  # type: ignore[operator]


ID_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:[(:\u2013\u2014]|-\s|$)", re.M)


def _in_name(text: str, start: int, end: int, num: str, lex: dict[str, object]) -> bool:
    """True if the digits at ``start:end`` are part of a name ("Resolution 2334", "Route 60",
    "iPhone 11 Pro", "the Big 12", "S&P 500"), not a figure.

    A short plain number right after a capitalised word inside the sentence is a name's
    number when a capitalised word, the end of the clause or a function word follows;
    "Hamas Frees 24 Hostages" and "In Rafah 15 died" keep their figures.
    """
    prev = PREV_WORD_RE.search(text, max(0, start - 30), start)
    if prev and "\n" in text[prev.end(1) : start]:
        return False  # a word that ends the line before names nothing on this one
    if prev and prev.group(1) in lex["identifier_lower"] and num.isdigit():
        return True  # "a category 4 hurricane", "the phase 2 talks" (not "phase 48,346")
    if prev and prev.group(1).lower() in lex["identifier_lower"] and num.isdigit() and \
            ID_LABEL_AFTER_RE.match(text, end):  # type: ignore[operator]
        return True  # "Day 2 (Saturday): ...", "Phase 3: ...": a label's number
    if prev and prev.group(1)[0].isupper() and num.isdigit() and \
            prev.group(1).lower() in lex["label_identifier"] and \
            ID_LABEL_AFTER_RE.match(text, end):  # type: ignore[operator]
        return True  # "Exchange 1 (Jan 19): 3 hostages": the numbered event heading a line
    if num.isdigit() and THE_NUMBER_RE.search(text, max(0, start - 20), start):
        # "shirts bearing the number 735" names a number (not the verb: "thought to number
        # 24", "who Israel says number 59")
        return True
    if not prev or not (prev.group(1)[0].isupper() or NAME_CAPS_RE.match(prev.group(1))):
        return False
    word = prev.group(1)
    if word.lower() in lex["identifier"]:  # type: ignore[operator]
        return True
    if NAME_CAPS_RE.match(word) and len(num) <= 4 and num.isdigit():
        return True  # "the base iPhone 11 has": a model's number
    if len(num) > 4 or not num.isdigit():
        return False
    # The capitalised word must not open the sentence ("Some 250 were ...").
    lead = text[max(0, prev.start() - 3) : prev.start()].rstrip(" \t\"'“‘(")
    if not lead or lead[-1] in ".!?:\n" or text[:prev.start()].strip() == "":
        return False
    if len(word) == 1:
        return True  # "S&P 500", "Phase B 2"
    nxt = NEXT_WORD_RE.match(text, end)
    if nxt is None or nxt.start(1) > end + 1 or not nxt.group(1)[0].isalpha():
        tail = text[end : end + 2].lstrip()
        return tail == "" or tail[0] in ".,;:)!?'’"  # "the Big 12.", "iPhone 14's"
    follower = nxt.group(1).rstrip(".")
    if follower[0].isupper():
        return follower.lower() not in lex["name_followers"] and not _counted_word(follower)
    return follower in lex["name_followers"]  # type: ignore[operator]


def _counted_word(word: str) -> bool:
    """True if ``word`` looks like a counted noun or adjective, not a pronoun use of "one"."""
    from analysis.taxonomy import load_taxonomy

    word = word.lower().rstrip(".")
    if word in {"of", "another", "the", "and", "or", "who", "that", "which", "is", "was"}:
        return False
    taxonomy = load_taxonomy()
    singular = word[:-1] if word.endswith("s") else word
    return (word in taxonomy.phrases or singular in taxonomy.phrases
            or word in {"more", "additional", "other", "further", "palestinian", "israeli"}
            or singular in CURRENCY_WORDS
            or any(word.startswith(d) for d in DURATION_WORDS))
