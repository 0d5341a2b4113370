"""Who a sentence says its figures come from: "according to X", "X said", "said X", ...

Returns short phrases as the text words them ("Hamas-run territory's health
ministry"), and resolves "he said" to the source last named in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.dates import MONTH_NAMES
from analysis.lexicon import load_language, phrase_regex

# What ends a source phrase: punctuation, quotes, or a clause word after it.
_STOP_RE = re.compile(
    r"\s+(?:in|on|at|during|to|with|after|before|when|while|as|who|which|that|and\s+that|"
    r"because|since|if|than|late|early|last|this|on)\s+|\s+(?:on|late|early|later|earlier|also|"
    r"again|previously|now|today|yesterday|then|separately)$"
)
PROPER_NAME_RE = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on|to)\s+)*"
                            r"[A-Z][\w'’-]*){0,9}")
NAME_TO_RE = re.compile(r"\s+to\s+")
# (and the participle of a reduced clause: "A peer-reviewed study published on Thursday")
_TRAIL_RE = re.compile(r"\s+(?:have|has|had|will|would|could|can|may|might|must|should|"
                       r"does|do|did|published|released|issued|working|speaking|writing|"
                       r"is|are|was|were|also|again|previously|now|then|separately|"
                       r"later|earlier|repeatedly|already|not|never|yet|still)$", re.I)
# (and a live page's time stamp: "22:45 An Israeli official says")
_LEAD_RE = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|and|but|while|as|so|meanwhile|"
                      r"however|the|a|an|"
                      r"when|where|if|because|although|though|once|after|before|including|incl\.?|e\.g\.|i\.e\.)\s+",
                      re.I)
_BOUNDARY = ",;:()\u201c\u201d\"\u2018\u2019\u2014\u2013"


@dataclass(frozen=True)
class Source:
    """A source phrase and where its cue stands in the sentence."""

    text: str
    position: int


@dataclass
class AttributionState:
    """What an article has named so far, for resolving "he said" and "the ministry said"."""

    last_named: str = ""
    named: list[str] = field(default_factory=list)  # every source named, in order


# A full stop ends a source, except one closing an initial or a short title ("U.N.
# estimates", "Dr. Ahmed"): the name goes on.
_ABBREVIATION_DOT = r"(?:(?<=\b[A-Z])|(?<=\b(?:Dr|Mr|Ms|St))|(?<=\bMrs))\."
ABBREVIATION_END_RE = re.compile(rf"{_ABBREVIATION_DOT}$")
SRC_AFTER_RE = re.compile(rf"\s+(?P<src>(?:[^,.;:()\u201c\u201d\"]|{_ABBREVIATION_DOT})+)")
DATA_FROM_RE = re.compile(r"\s+(?:from|by|released\s+by|published\s+by|compiled\s+by|"
                          rf"issued\s+by)\s+(?P<src>(?:[^,.;:()]|{_ABBREVIATION_DOT})+)", re.I)
_OWNER_WORD = (r"(?<![\w'’])(?!(?:that|which|who|said|says|say|on|in|at|and|or|of|to|from|"
               r"by|for|with|the|a|an|its|their|his|her)\b)[\w-]+")
OWNER_BEFORE_RE = re.compile(rf"(?P<src>(?:{_OWNER_WORD}\s+){{0,3}}{_OWNER_WORD})['’]s\s+"
                             r"(?:(?:latest|new|own|official|updated|daily|preliminary|final|"
                             r"most\s+recent)\s+)*$", re.I)
# (an adverb may stand between: "the others are either confirmed or presumed dead")
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:either\s+|neither\s+|"
                               r"both\s+|not\s+|now\s+|also\s+)?$", re.I)
# ("The strike came a day after the health ministry said": the subject follows "after")
CLAUSE_OPENER_RE = re.compile(r"\b(?:that|which|who|whom|after|before|when|while|because|"
                              r"since|until|once|although|though)\s+", re.I)
AGENT_RE = re.compile(rf"[^,.;]{{0,40}}?\bby\s+(?P<src>(?:[^,.;:()]|{_ABBREVIATION_DOT})+)", re.I)
# (or a common noun after its article: "..., said the ministry", "said the charity's
# emergency coordinator")
INVERTED_RE = re.compile(rf"\s+(?P<src>(?:the\s+)?[A-Z](?:[^,.;:()]|{_ABBREVIATION_DOT})*|"
                         r"(?:the|a|an)\s+[a-z][^,.;:()\u201c\u201d\"]*)")
INVERTED_BEFORE_RE = re.compile(r"(?:^|[,\u201d\u2019\"])\s*$")
INVERTED_VERBS = frozenset(["said", "says", "told", "added", "wrote", "stated", "reported"])
AGENT_VERBS = ["declared", "confirmed", "reported", "announced", "provided", "compiled",
               "published", "issued", "recorded", "documented", "counted", "verified"]
DATA_NOUNS = ["figures", "data", "statistics", "tally", "tallies", "count", "numbers",
              "estimate", "estimates", "toll", "tolls"]
TOLL_NOUNS = ("toll", "tolls")  # (whose only by a body's name: see ``_counting_bodies``)
# The phrase lists the extractor's one-pass index looks for on our behalf.
MARKERS = ("attr_verbs", "src_according", "src_agent", "src_data", "src_phrases")


@lru_cache(maxsize=1)
def marker_lists() -> dict[str, list[str]]:
    """Phrase lists whose positions :func:`find_sources` needs, by marker name."""
    lang = load_language()["attribution"]
    return {
        "attr_verbs": [v for v in lang["verbs"] if v != "according"],
        "src_according": ["according to"],
        "src_agent": AGENT_VERBS,
        "src_data": DATA_NOUNS,
        "src_phrases": list(lang["phrases"]),
    }


@lru_cache(maxsize=1)
def _finding_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in load_language()["attribution"]["finding_verbs"])


@lru_cache(maxsize=1)
def _counting_bodies() -> frozenset[str]:
    return frozenset(w.lower() for w in load_language()["attribution"]["counting_bodies"])


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_language()["attribution"]["count_nouns"])


@lru_cache(maxsize=1)
def _self_reference() -> re.Pattern[str]:
    return phrase_regex(load_language()["attribution"]["self_references"])


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(p.lower() for p in load_language()["attribution"]["pronouns"])


# ("reports that" after a verb or a determiner is the noun: "had received reports that")
NOUN_OF_VERB_BEFORE_RE = re.compile(r"\b(?:[a-z]+ed|the|of|new|many|some|several|had|has|have)"
                                    r"\s+$", re.I)
_PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "have", "has",
                          "had", "will", "would", "could", "can", "may", "might", "must",
                          "should", "do", "does", "did"})
_BARE_WORDS = frozenset({"if", "unless", "once", "when",  # "If confirmed, ...": no one
                         "a", "an", "the", "some", "this", "these", "those", "incl", "incl.",
                         "including",
                         # "listed 18,430 children ..., and said": a verb sharing the
                         # subject named before the list, not a source called "and"
                         "and", "but", "or", "then", "so", "yet"})


# Month names open a time, never a source ("may" left out: a name as often as a month).
_MONTH_WORDS = frozenset(MONTH_NAMES) - {"may"}
_TIME_PARTS = frozenset({"start", "beginning", "end", "middle", "close"})
# "prison service data from the start of October 2025": the source ends before its time
TIME_FROM_RE = re.compile(r"\s+(?:from|of|as\s+of|dated)\s+(?:(?:the\s+)?(?:"
                          + "|".join(sorted(_TIME_PARTS)) + r")\s+of\s+|(?:early|mid|late)[-\s]+)?"
                          r"(?:" + "|".join(MONTH_NAMES) + r"|\d{4})\b", re.I)


def tidy_source(text: str) -> str:
    """Trim a raw source phrase to the words that name the source."""
    text = " ".join(text.split()).strip(" '\"\u2018\u2019\u201c\u201d-\u2013\u2014*\u2022")
    cut = _STOP_RE.search(text)
    while cut and NAME_TO_RE.fullmatch(cut.group(0)) and cut.start() > 0 and \
            text[: cut.start()].split()[-1][:1].isupper() and \
            text[cut.end() : cut.end() + 1].isupper():
        cut = _STOP_RE.search(text, cut.end())  # "the Committee to Protect Journalists"
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    bare = text.split()[1:] if text[:4].lower() == "the " else text.split()
    if len(bare) == 1 and bare[0].islower() and bare[0].endswith("ly"):
        return ""  # "initially put at about 1,400": an adverb is no source
    if bare and bare[0].lower() in ("early", "mid", "late") and len(bare) > 1:
        bare = bare[1:]  # ("by early January 2025": the part of a month is time too)
    elif bare and bare[0].lower()[:4] in ("mid-", "mid–"):
        bare = [bare[0][4:], *bare[1:]]
    if bare and (bare[0].lower() in _MONTH_WORDS or
                 (bare[0].lower() in _TIME_PARTS and bare[1:2] == ["of"])):
        # "figures from January to March show ...", "data from the start of October
        # 2025": a time, not a source
        return ""
    when = TIME_FROM_RE.search(text)
    if when and when.start() > 0:
        text = text[: when.start()]
    words = text.split()
    verb = next((i for i, w in enumerate(words) if i and w.lower() in _finding_verbs()), None)
    if verb is not None:
        text = " ".join(words[:verb])  # "the prison service show 59 ...": the service
    previous = None
    while previous != text:
        previous = text
        text = _LEAD_RE.sub("", text)
        # "Israeli officials have (also) said": the verb's auxiliaries are not the source.
        text = _TRAIL_RE.sub("", text)
    words = text.split()
    if len(words) > 9 or (words and words[-1].lower() in ("who", "which", "that", "whom")):
        return ""  # "To those who say ...": a relative clause, not a source
    if all(w.lower() in _BARE_WORDS for w in words):
        return ""  # "an estimated 59": the verb is an adjective, with no one before it
    if all(w.lower() in _AUXILIARIES for w in words):
        return ""  # "hostages who have been declared dead": no one, only the verb's helpers
    if words and words[0].lower() in ("what", "how", "why", "whether"):
        return ""  # "What the World Court said in its order": a question's clause, no source
    if words and words[0].lower() in ("bringing", "raising", "taking", "pushing", "lifting",
                                      "leaving", "putting", "making"):
        return ""  # ", bringing to 35 the number ... it has declared dead": a result clause
    if words and words[0].lower() in ("that", "which", "who", "whom", "whose", "with", "to",
                                      "for", "of", "in", "on", "at", "from"):
        # "... that includes at least 35 whom Israel has declared", "with their families
        # told nothing": a clause or a phrase, not a source
        return ""
    text = text.strip(" ,")
    # (the full stop of an initial stays: "the U.N.")
    return text if ABBREVIATION_END_RE.search(text) else text.rstrip(" ,.")


# "The Prisoners' Club, which tracks detainees, said": the subject stands before the aside.
# ("The report, based on figures from rights groups, also says": an adverb may follow)
ASIDE_BEFORE_VERB_RE = re.compile(r"(?P<subject>[^,;:()]+),\s*(?:which|who|based|citing|quoting|"
                                  r"drawing|using)\b[^,;:()]*,\s*(?:(?:also|further|again|"
                                  r"now|separately)\s+)?$")
ADVERBS_ONLY_RE = re.compile(r"\s*(?:(?:also|further|again|now|separately)\s*)?")


def _subject_before(sentence: str, verb_start: int) -> str:
    """The words before an attribution verb back to the previous clause boundary or
    clause word ("Officials said on Monday that the ministry's figures put": the figures)."""
    i = verb_start
    while i > 0 and (sentence[i - 1] not in _BOUNDARY or
                     # (the colon of a clock time parts nothing: "22:45 An official says")
                     sentence[i - 1] == ":" and sentence[i - 2 : i - 1].isdigit() and
                     sentence[i : i + 1].isdigit()):
        i -= 1
    if ADVERBS_ONLY_RE.fullmatch(sentence, i, verb_start):
        aside = ASIDE_BEFORE_VERB_RE.search(sentence, 0, verb_start)
        if aside:
            return aside.group("subject")
    openers = [o.end() for o in CLAUSE_OPENER_RE.finditer(sentence, i, verb_start)]
    if PASSIVE_BEFORE_RE.search(sentence, max(openers[-1] if openers else i, 0), verb_start):
        return ""  # "when the deal was announced": what is announced says nothing
    subject = sentence[openers[-1] if openers else i : verb_start]
    # "8 June - Israel says": a hyphen set off by spaces parts as a dash does
    return subject.rsplit(" - ", 1)[-1]


# "..., rights groups estimate.", "..., the agency estimates.": a verb that doubles as a noun
# closing the sentence after a subject of up to four words is an attribution (not after a
# phrase: "according to one estimate", "each gave its own count")
TRAILING_VERB_RE = re.compile(r",\s*(?P<src>(?:the\s+)?(?!(?:according|by|each|one|its|their|his|"
                              r"her|a|an|and|or|but|with|in|on|of|to|for)\b)"
                              r"[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3})\s+"
                              r"(?P<verb>estimate|estimates|report|reports|believe|believes)"
                              r"\s*[.!]?[\"'”’]?\s*$")


# Words before a count noun that say which count it is, not whose ("the latest figures")
_COUNT_DETERMINERS = frozenset(("the", "these", "those", "this", "that", "its", "their",
                                "his", "her", "our", "new", "latest", "recent", "such",
                                "other", "earlier", "final", "early", "preliminary"))


def find_sources(sentence: str, markers: dict[str, list[tuple[int, int]]]) -> list[Source]:
    """Every source ``sentence`` names, with the position of its cue.

    ``markers`` gives, for each name of :data:`MARKERS`, the spans where that list's
    phrases stand in the sentence (the extractor finds them in one pass over the text).
    """
    found: list[Source] = []

    def add(pattern: re.Pattern[str], at: int, cue: int) -> None:
        m = pattern.match(sentence, at)
        if m:
            src = tidy_source(m.group("src"))
            if src:
                found.append(Source(src, cue))

    for s, e in markers.get("src_according", ()):
        add(SRC_AFTER_RE, e, s)
    for s, e in markers.get("src_data", ()):
        toll = sentence[s:e].lower() in TOLL_NOUNS
        if not toll:  # ("the death toll from the strikes": what caused it)
            add(DATA_FROM_RE, e, s)
        owner = OWNER_BEFORE_RE.search(sentence, max(0, s - 60), s)
        if owner:  # "the ministry's latest figures": whose figures they are
            src = tidy_source(owner.group("src"))
            if src and (not toll or src.split()[-1].lower() in _counting_bodies()):
                found.append(Source(src, s))
    for s, e in markers.get("src_agent", ()):
        add(AGENT_RE, e, s)
    for s, e in markers.get("src_phrases", ()):
        # as written ("UN figures"), but for the capital a sentence opens with
        phrase = sentence[s:e]
        opening = not sentence[:s].strip(" \t\"'“‘*•-–—")
        found.append(Source(phrase[0].lower() + phrase[1:]
                            if opening and phrase.split()[0][1:].islower() else phrase, s))
    trailing = TRAILING_VERB_RE.search(sentence)
    if trailing:
        src = tidy_source(trailing.group("src"))
        if src and not any(w.lower() in _count_nouns() for w in src.split()):
            found.append(Source(src, trailing.start("verb")))
    for s, e in markers.get("attr_verbs", ()):
        if " " in sentence[s:e] and NOUN_OF_VERB_BEFORE_RE.search(sentence, max(0, s - 20), s):
            continue  # "she had received reports that ...": the noun, not the verb
        if sentence[s:e].lower() in INVERTED_VERBS and INVERTED_BEFORE_RE.search(sentence[:s]):
            inverted = INVERTED_RE.match(sentence, e)
            # "..., said Qadura Fares", but not "..., said Israel was holding": a clause
            # with its own verb is what was said, not who said it.
            if inverted and not any(w.lower() in _AUXILIARIES
                                    for w in inverted.group("src").split()):
                add(INVERTED_RE, e, s)
        subject = _subject_before(sentence, s)
        if PASSIVE_BEFORE_RE.search(subject):
            continue  # "the others are either confirmed or presumed dead": a passive, no one
        src = tidy_source(subject)
        if not src or src[0].isdigit() and len(src.split()) == 1:
            continue
        if _self_reference().search(subject):
            continue  # "An earlier version of this article said": a correction, no source
        last = src.split()[-1]
        if len(src.split()) > 1 and last.lower() in _PERSONAL_PRONOUNS:
            # "Hamas handed over four coffins it said ...": "it" is the subject (not "A
            # Palestinian health official said": a noun phrase names its source)
            src = last
        # "X is holding 10,400 prisoners ... said" is not a subject: sources are short.
        # (A proper name may be longer: "Office of the High Commissioner for Human Rights".)
        if (len(src.split()) > 7 and not PROPER_NAME_RE.fullmatch(src)) or \
                re.search(r"\d{2,}", src):
            continue
        if " " in sentence[s:e] and sentence[s:e].lower().split()[0] in _finding_verbs():
            # "Israeli figures show that at least 23 ...": whose figures they are says it
            # (not "The data shows that", "HaMoked's latest count puts": see the owner)
            words = src.split()
            if len(words) > 1 and words[0].lower() not in _COUNT_DETERMINERS and \
                    words[-1].lower() in _count_nouns() and \
                    not any(w.endswith(("'s", "’s")) for w in words):
                found.append(Source(src, s))
            continue
        if any(w.lower() in _count_nouns() for j, w in enumerate(src.split())
               if j == 0 or not w[0].isupper()):  # ("High Commissioner" is a name)
            # "the highest figure recorded in decades", "the highest number the group has
            # recorded": the verb describes the count; its subject is no source
            continue
        found.append(Source(src, s))
    return found


def attribute(sources: list[Source], position: int, state: AttributionState) -> str:
    """The source nearest ``position``, with pronouns resolved; '' if none."""
    if not sources:
        return ""
    best = min(sources, key=lambda s: (abs(s.position - position), s.position))
    if best.text.lower() in _pronouns():
        # "The Office ... said 70 percent ...; some 34,000 have been killed, it said": a
        # source the sentence named before the pronoun is the one it stands for.
        named = [s for s in sources if s.position < best.position and
                 s.text.lower() not in _pronouns()]
        if named:
            text = max(named, key=lambda s: s.position).text
            # "the ministry", named again, is the one named in full before
            last = state.last_named
            return last if last and text.lower() in last.lower() else text
    return resolve(best.text, state)


def resolve(text: str, state: AttributionState) -> str:
    """Replace a pronoun source ("he", "officials") with the last named source, and a
    short common noun ("the ministry", "the group") with the last source named in full
    that ends with it ("Gaza's health ministry"), if any."""
    if text.lower() in _pronouns():
        return state.last_named or text
    words = text.split()
    if 0 < len(words) <= 2 and text == text.lower():
        fuller = [n for n in state.named if len(n) > len(text) and len(n.split()) <= 5
                  and n.lower().endswith(" " + text.lower())]
        if fuller:
            return fuller[-1]
    return text


def remember(sources: list[Source], state: AttributionState) -> None:
    """Note the last non-pronoun source of a sentence for later pronouns."""
    for source in sorted(sources, key=lambda s: s.position):
        if source.text.lower() not in _pronouns():
            state.last_named = source.text
            state.named.append(source.text)
