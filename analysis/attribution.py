"""Who a sentence says its figures come from: "according to X", "X said", "said X", ...

Returns short phrases as the text words them ("Hamas-run territory's health
ministry"), and resolves "he said" to the source last named in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.lexicon import load_language, phrase_regex

# What ends a source phrase: punctuation, quotes, or a clause word after it.
_STOP_RE = re.compile(
    r"\s+(?:in|on|at|during|to|with|after|before|when|while|as|who|which|that|and\s+that|"
    r"because|since|if|than|late|early|last|this|on)\s+|\s+(?:on|late|early|later|earlier|also|"
    r"again|previously|now|today|yesterday|then|separately)$"
)
_LEAD_RE = re.compile(r"^(?:and|but|while|as|so|meanwhile|however|the|a|an)\s+", re.I)
_BOUNDARY = ",;:()\u201c\u201d\"\u2018\u2019\u2014\u2013"
_DETERMINERS = ("the ", "a ", "an ")


@dataclass(frozen=True)
class Source:
    """A source phrase and where its cue stands in the sentence."""

    text: str
    position: int


@dataclass
class AttributionState:
    """What an article has named so far, for resolving "he said"."""

    last_named: str = ""
    pronouns: frozenset[str] = field(default_factory=frozenset)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str] | frozenset[str]]:
    lang = load_language()["attribution"]
    verbs = [v for v in lang["verbs"] if v != "according"]
    verb_alt = phrase_regex(verbs).pattern
    return {
        "according": re.compile(r"\baccording\s+to\s+(?P<src>[^,.;:()\u201c\u201d\"]+)", re.I),
        "verb": re.compile(rf"(?:{verb_alt})(?=[\s,.;:]|$)", re.I),
        "inverted": re.compile(
            r"(?:^|[,\u201d\u2019\"]\s*)(?:said|says|told|added|wrote|stated|reported)\s+"
            r"(?P<src>(?:the\s+)?[A-Z][^,.;:()]*)"
        ),
        "agent": re.compile(
            r"\b(?:declared|confirmed|reported|announced|provided|compiled|published|issued|"
            r"recorded|documented|counted|verified)\b[^,.;]{0,40}?\bby\s+(?P<src>[^,.;:()]+)",
            re.I,
        ),
        "data_from": re.compile(
            r"\b(?:figures|data|statistics|tally|tallies|count|numbers|estimates?)\s+"
            r"(?:from|by|released\s+by|published\s+by|compiled\s+by|issued\s+by)\s+"
            r"(?P<src>[^,.;:()]+)",
            re.I,
        ),
        "phrases": phrase_regex(lang["phrases"]),
        # A cheap first look: no verb, "according", "by" or source phrase, no source.
        "hint": re.compile(phrase_regex([*lang["verbs"], *lang["phrases"], "by", "figures",
                                         "data", "statistics", "tally"]).pattern, re.I),
        "pronouns": frozenset(p.lower() for p in lang["pronouns"]),
    }


def tidy_source(text: str) -> str:
    """Trim a raw source phrase to the words that name the source."""
    text = " ".join(text.split()).strip(" '\"\u2018\u2019\u201c\u201d")
    cut = _STOP_RE.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    previous = None
    while previous != text:
        previous = text
        text = _LEAD_RE.sub("", text)
    words = text.split()
    if len(words) > 9:
        return ""
    return text.strip(" ,.")


def _subject_before(sentence: str, verb_start: int) -> str:
    """The words before an attribution verb back to the previous clause boundary."""
    i = verb_start
    while i > 0 and sentence[i - 1] not in _BOUNDARY:
        i -= 1
    return sentence[i:verb_start]


@lru_cache(maxsize=4096)
def find_sources(sentence: str) -> tuple[Source, ...]:
    """Every source the sentence names, with the position of its cue (cached per sentence)."""
    if not _patterns()["hint"].search(sentence):  # type: ignore[union-attr]
        return ()
    p = _patterns()
    found: list[Source] = []
    for key in ("according", "data_from", "agent", "inverted"):
        for m in p[key].finditer(sentence):  # type: ignore[union-attr]
            src = tidy_source(m.group("src"))
            if src:
                found.append(Source(src, m.start()))
    for m in p["phrases"].finditer(sentence):  # type: ignore[union-attr]
        found.append(Source(m.group(0).lower(), m.start()))
    for m in p["verb"].finditer(sentence):  # type: ignore[union-attr]
        subject = _subject_before(sentence, m.start())
        src = tidy_source(subject)
        if not src or src[0].isdigit() and len(src.split()) == 1:
            continue
        # "X is holding 10,400 prisoners ... said" is not a subject: sources are short.
        if len(src.split()) > 7 or re.search(r"\d{2,}", src):
            continue
        found.append(Source(src, m.start()))
    return tuple(found)


def attribute(sentence: str, position: int, state: AttributionState) -> str:
    """The source nearest ``position`` in ``sentence``, with pronouns resolved; '' if none."""
    sources = find_sources(sentence)
    if not sources:
        return ""
    best = min(sources, key=lambda s: (abs(s.position - position), s.position))
    return resolve(best.text, state)


def resolve(text: str, state: AttributionState) -> str:
    """Replace a pronoun source ("he", "officials") with the last named source, if any."""
    if text.lower() in _patterns()["pronouns"]:  # type: ignore[operator]
        return state.last_named or text
    return text


def remember(sentence: str, state: AttributionState) -> None:
    """Note the last non-pronoun source named in ``sentence`` for later pronouns."""
    pronouns = _patterns()["pronouns"]
    for source in sorted(find_sources(sentence), key=lambda s: s.position):
        if source.text.lower() not in pronouns:  # type: ignore[operator]
            state.last_named = source.text
