"""Figures layer: every figure of a cleaned article, with metric, bounds and provenance.

For each number in a sentence the extractor reads, in this order:

1. its bounds and qualifier from the words around it ("more than", "between ... and");
2. what it counts, from the noun phrase after it ("10,400 Palestinian prisoners"), or,
   when it has none, from the figure it refines ("33 hostages, including eight who were
   deceased"), a partitive ("Of the 251 people abducted ..., 58 ...") or a noun before it;
3. its metric, from the taxonomy's cue words nearest to it in the sentence;
4. its as-of date, from the time expressions of its clause or of the sentence's opening;
5. its attribution, from the source phrase nearest to it.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import datetime
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from analysis.attribution import (
    MARKERS,
    AttributionState,
    attribute,
    find_sources,
    marker_lists,
    remember,
)
from analysis.clean import Article, Span, split_sentences
from analysis.dates import (
    EVENT_NAME_RE,
    THAT_YEAR_AFTER_RE,
    YEAR_LABEL_RE,
    DateMention,
    find_dates,
    future_re,
)
from analysis.lexicon import PhraseIndex, load_language, phrase_regex, tokenize, tokens_of
from analysis.numbers import (
    DURATION_WORDS,
    FOOTNOTE_RE,
    TENS,
    UNITS,
    Number,
    find_numbers,
    parse_digits,
    parse_words,
)
from analysis.taxonomy import Metric, NounClass, Subgroup, Taxonomy, load_taxonomy

EXTRACTOR_VERSION = "1"

# A word may stand in quotes, double or single, inside a noun phrase ('9,104 "security"
# inmates', "10,221 'security' inmates").
NP_TOKEN_RE = re.compile(
    r"\s*(?:(?:[\"“‘]|'(?=[^\W\d_]))?(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)[\"”’']?"
    r"|(?P<num>\d[\d,.]*)"
    r"|(?P<punct>\S))")
# Words that open a clause: a figure's clause ends before them.
# "that" opening a relative clause (not a determiner of a time: "the hostages taken that
# day are still being held")
_THAT_RELATIVE = (r"that(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|"
                  r"time)\b)")
# (after a preposition a time still parts the words before from those after, as it did)
CLAUSE_WORDS_RE = re.compile(rf"\b(?:{_THAT_RELATIVE}|(?:(?<=before )|(?<=after )|(?<=since )|"
                             r"(?<=until )|(?<=on ))that|which|who|whom|whose|where|while|"
                             r"whereas|although|but)\b")
# Qualifier words that may stand between a linking phrase and its number ("including about").
_QUAL = (r"(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to|"
         r"an\s+estimated|another|a\s+further)")
LINK_BEFORE_RE = re.compile(
    # ("release 33 of the 94 hostages, starting with three women": the first of the 33)
    r"\b(?:including|among\s+them|among\s+whom|starting\s+with|beginning\s+with|"
    # "Among those on the list are 32 ...": a group named by where it stands
    r"among\s+those(?:\s+(?:on|in|from|at|of)\s+the\s+[^\W\d_]+)?)"
    r"\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:\S+\s+){0,2}"
    r"(?:(?:the\s+)?(?:bodies|remains)\s+of\s+(?:\S+\s+){0,2})?$"
    # "59 remain, of whom Israel believes at least 32 are dead"
    # ("58 are still in Gaza, out of which 34 are believed to be dead")
    r"|,\s*(?:out\s+)?of\s+(?:whom|which|them)\s+(?:\S+\s+){0,4}$"
    # "120 remain in the enclave, a figure that includes upward of 40 thought dead"
    r"|,\s*(?:a|the)\s+(?:figure|number|total|tally|count|toll)\s+(?:that|which)\s+"
    r"(?:also\s+)?(?:includes|included|comprises)\s+(?:\S+\s+){0,2}$", re.I)
ALSO_PAST_RE = re.compile(r"\W*(?:[A-Z][\w'’-]*\s+){1,3}also\s+([a-z]+)\b")
CLAUSE_STOP_RE = re.compile(r"[,;:.]")
COUNT_WORD_END_RE = re.compile(r"\b(?:number|total|tally|count)$", re.I)
OF_AFTER_RE = re.compile(r"\s+of\s+(?!them\b|those\b|these\b|whom\b)", re.I)
OF_THEM_RE = re.compile(r"\s+of\s+(?:them|whom|which)\b", re.I)
_THOSE_VERB = r"(?:those|these)\s+([a-z]+(?:ed|en)|freed|held|hurt)"  # "those freed"
THOSE_VERB_RE = re.compile(rf"\s+of\s+{_THOSE_VERB}\b", re.I)
# "It names 61,709 people": a pronoun subject points back to the sentence before.
PRONOUN_SUBJECT_RE = re.compile(r"^\W*(?:it|they)\s+(?!said\b|says\b|added\b|adds\b|"
                                r"told\b|tells\b)[a-z]+s?\b", re.I)
# "had seen only four", "has met some 12": a perfect whose object is the figure
OBJECT_OF_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:(?:only|also|never|just|since)\s+)?"
                                  r"[a-z]+\s+(?:(?:only|just|some|about|around|at\s+least)\s+)?$",
                                  re.I)
# "So far it has held for 40 days", "By the time of writing, it had ...": the pronoun
# subject after an opening phrase of time points back as one opening the sentence does
PRONOUN_AFTER_OPENER_RE = re.compile(
    r"^\W*(?:so\s+far|by\s+now|by\s+then|by\s+the\s+time\s+of\s+writing|to\s+date|"
    r"since\s+then|until\s+now|in\s+all|in\s+total|altogether|overall)\s*,?\s+(?:it|they)\s+"
    r"(?:has|have|had|is|are|was|were)\b", re.I)
LEVEL_VERBS = frozenset(["stands", "stood", "stand", "rose", "reached", "reaches", "is", "was",
                         "stayed", "stays",  # "the total has stayed above 10,000"
                         "totals", "totalled", "totaled", "climbed", "risen", "grown",
                         # "the toll, which crossed 50,000 on Sunday": a level passed
                         "passed", "passes", "crossed", "crosses", "topped", "tops",
                         "exceeded", "exceeds", "surpassed", "surpasses", "hit", "hits",
                         "hovered", "hovers", "hovering"])
LEVEL_AUXILIARIES = frozenset(["has", "have", "had", "now", "already", "since"])
RELATIVE_OPEN_RE = re.compile(r"(?:which|that|who)\b", re.I)
# "The number held in administrative detention, without charge or trial, has reached":
# an adjunct set off by commas is passed over like a relative clause.
ADJUNCT_OPEN_RE = re.compile(r"\s*(?:without|with|including|excluding|not\s+counting|"
                             r"according\s+to|in\s+total|in\s+all)\b", re.I)
PARTICIPLE_OPEN_RE = re.compile(r"\s*[a-z]+(?:ed|en)\s+by\b")
# "thought to number 24", "Israel put their number at 24": a group's size now.
# ("HaMoked put the number at 9,881 in September and at 10,068 in January": both)
TO_NUMBER_RE = re.compile(rf"\b(?:to\s+number|(?:their|its)\s+number\s+(?:at|is|was|to\s+be|"
                          rf"stands\s+at|stood\s+at)|(?:put|puts|putting)\s+(?:the|its|their)\s+"
                          rf"(?:number|figure|total|count|tally)(?:\s+of\s+[^,;:.\d]{{1,40}}?)?\s+at"
                          rf"(?:\s+[^;:.]{{1,40}}?\s+and\s+at)?)\s+(?:{_QUAL}\s+)?$", re.I)
# "up from 5,000 (prisoners) a year earlier": up to three words of noun, then the step back.
EARLIER_AFTER_RE = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s*,?\s*"
                              r"(?P<n>a|an|one|two|three|four|five|six|\d{1,2})\s+"
                              r"(?P<unit>year|month|week|day)s?\s+(?:earlier|before|previously)\b",
                              re.I)
HOW_MANY_RE = re.compile(r"\bhow\s+many\s+(?P<np>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)"
                         r"[^?]*\?", re.I)
# "Among the identified, it said, were 15,613 children": a group the sentence before
# counted, named by a word of its own.
AMONG_THE_OPENING_RE = re.compile(rf"^\W*among\s+the\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,?"
                                  rf"(?:\s*[^,\d]{{1,25}},)?\s*(?:are|were|is|was)\s+"
                                  rf"(?:{_QUAL}\s+)?$", re.I)
# "Among the hostages believed to be alive are 19 men": the group a sentence opens with.
GROUP_OPENING_RE = re.compile(rf"^\W*(?:among|of)\s+(?:the|those)\s+(?P<np>[^,\d]{{1,60}}?)\s*,?"
                              rf"\s*(?:are|were|is|was)\s+(?:{_QUAL}\s+)?$", re.I)
# "... the number has fallen to 13": a count named before, changed.
COUNT_CHANGED_RE = re.compile(r"\b(?:the|this|that)\s+(?:number|total|count|tally|figure)\s+"
                              r"(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:fallen|dropped|risen|"
                              r"rose|fell|grown|climbed|increased|decreased|gone\s+(?:up|down))"
                              r"\s+to\s+(?:[a-z]+\s+)?$", re.I)
BARE_APPOSITIVE_RE = re.compile(rf"\s*(?:{_QUAL}\s+)?", re.I)
GLOSS_RE = re.compile(r"\(\s*\d[\d,.]*\s*\)")
PART_RELATIVE_BEFORE_RE = re.compile(rf",\s*(?:out\s+)?of\s+(?:whom|which)\s+(?:{_QUAL}\s+)?$",
                                     re.I)
EVENT_NOUNS = frozenset(["death", "fatality", "injury", "casualty"])
COMPARED_BEFORE_RE = re.compile(rf"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|"
                                rf"against|versus)\s+(?:{_QUAL}\s+)?$", re.I)
LINK_WORD_RE = re.compile(r"\b(?:including|among\s+them|among\s+whom|starting\s+with|"
                          r"beginning\s+with)\b", re.I)
RESTATED_RE = re.compile(r"\s*\(\s*")
AS_OF_OPENING_RE = re.compile(r"\W*(?:as\s+(?:of|at)|by)\s+", re.I)
PLUPERFECT_RE = re.compile(r"\s+had\s+(?:also\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b", re.I)
SPAN_OPENING_END_RE = re.compile(r"\s*(?:(?:from|starting|beginning|after)\s+[^,;.]{1,30})?,",
                                 re.I)
ITS_SPAN_OPEN_RE = re.compile(r"^\W*(?:over|during|in|throughout|across)\s+"
                              r"(?:(?:its|their|the)\s+)?(?:first\s+|last\s+|final\s+)?$", re.I)
SAMPLE_AFTER_RE = re.compile(r"\s+(?:interviewed|surveyed|polled|questioned|sampled)\b", re.I)
SHARED_NOUN_GAP_RE = re.compile(rf"\s*,?\s+(?:and|or)\s+(?:{_QUAL}\s+)?", re.I)
ANY_NUMBER_RE = re.compile(rf"\d|\b(?:{'|'.join(UNITS[1:] + TENS)})\b", re.I)
LIST_AND_RE = re.compile(rf"\band\s+(?:{_QUAL}\s+)?$", re.I)
# (and "the 15 hostages whose remains were still in Gaza")
RELATIVE_WHO_RE = re.compile(r"\b(?:(?:who|that)\s+(?:are|were|is|was)|whose\s+(?:remains|"
                             r"bodies|body))\b", re.I)
RELATIVE_RIGHT_AFTER_RE = re.compile(r",?\s+(?:(?:who|that)\s+(?:are|were|is|was)|"
                                     r"whose\s+(?:remains|bodies|body))\b", re.I)
# "released from Israeli custody", "freed from the Ofer jail": from an event's verb to
# the place it took people from
FROM_ORIGIN_GAP_RE = re.compile(r"\s+from\s+(?:(?:the|an?|its|their)\s+)?"
                                r"(?:[\w'’-]+\s+){0,2}", re.I)
# the rest of a qualifier and the number it qualifies ("roughly| 1,400", "more| than 90")
QUALIFIED_NUMBER_AHEAD_RE = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+\d")
POSTNOMINAL_GAP_RE = re.compile(r"\s+(?:(?:from|in|of)\s+[A-Z][\w'’-]*\s+)?")
DURATION_LABEL_RE = re.compile(r"\b(?:length|duration|lasted|lasting|long|days?|weeks?)\b",
                               re.I)
AGENT_PHRASE_RE = re.compile(r"\bby\s+[\w'’-]+(?:\s+(?:and|or)\s+[\w'’-]+)?", re.I)
DAYS_AFTER_RE = re.compile(r"\b(?P<n>a|one|the|two|three)\s+days?\s+after\b", re.I)
# ("105 who came home in November 2023": the verb of the event may stand alone)
RELATIVE_EVENT_RE = re.compile(r"\b(?:who|that|which)\s+(?:(?:were|was|had\s+been|have\s+been|"
                               r"has\s+been)\s+)?", re.I)
NEXT_NOUN_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
# (and "affidavits collected by our lawyers from 96 children released last year")
SAMPLE_BEFORE_RE = re.compile(rf"\b(?:interviews?\s+with|interviewed|surveyed|polled|"
                              rf"(?:survey|poll|sample)\s+of|(?:testimon(?:y|ies)|affidavits?)"
                              rf"\s+(?:[\w'’]+\s+){{0,5}}?(?:of|from))\s+(?:{_QUAL}\s+)?$", re.I)
SAMPLE_OPENING_RE = re.compile(r"^\W*(?:of|among)\s+(?:those|the\s+\w+)\s+(?:interviewed|"
                               r"surveyed|polled|questioned)\b", re.I)
ALL_BUT_RE = re.compile(r"\ball\s+but\s+$", re.I)
BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+)?")
# "released 600 prisoners overnight on Wednesday after Hamas handed over the remains of
# four hostages": the clause the date's event followed is of the same night (so is a
# "with" clause: "took place Saturday, with six hostages returned").
RESULT_AFTER_DATE_RE = re.compile(rf"\s*,\s*(?:killing|leaving|abducting|taking|wounding|"
                                  rf"injuring)\s+(?:{_QUAL}\s+)?", re.I)
# (also "late Monday, hours after the last 20 living hostages returned home")
AFTER_DATE_CLAUSE_RE = re.compile(r"\s*,?\s*(?:(?:hours|minutes|moments|shortly|soon|days)\s+)?"
                                  r"(?:after|when|as|once|with)\s+[^,;:.\d]*", re.I)
OUT_OF_TOTAL_RE = re.compile(rf"\s+out\s+of\s+(?:a|the|an\s+overall)\s+(?:overall\s+)?"
                             rf"(?:total|toll)\s+of\s+(?:{_QUAL}\s+)?", re.I)
NOUN_AFTER_RE = re.compile(r"\s+([^\W\d_]+)")
PREDICATE_LATER_RE = re.compile(r"[^,;:.]{1,60}?(?=\s(?:are|were|is|was)\s)", re.I)
PREDICATE_OPEN_RE = re.compile(r"\s*(?:were|was|are|is|have|has|had|will|would)\b", re.I)
WHOLE_BEFORE_RE = re.compile(r"\b(?:of|among|out\s+of)\s+(?:the\s+)?$", re.I)
THE_WHOLE_BEFORE_RE = re.compile(r"\b(?:of|among|out\s+of)\s+the\s+$", re.I)  # not "groups of"
# "documented the arrest of 310 health workers": arrests, which no metric counts
ARREST_OF_BEFORE_RE = re.compile(rf"\b(?:re-?)?arrests?\s+of\s+(?:{_QUAL}\s+)?$", re.I)
# "according to two soldiers who served there": a figure naming who the source is
SOURCE_FIGURE_RE = re.compile(r"\b(?:according\s+to|told|quoted|cited)\s+(?:the\s+)?$", re.I)
ACCORDING_OPENING_RE = re.compile(r"^\W*according\s+to\s+[^,;:]{1,60},\s*$", re.I)
# "..., and that nearly a million had been displaced": a bare subject opening a clause
CLAUSE_BARE_SUBJECT_RE = re.compile(rf"[,;]\s*(?:and\s+|but\s+|while\s+)?(?:that\s+)?"
                                    rf"(?:{_QUAL}\s+)?(?:an?\s+)?$", re.I)
# A number opening its sentence as the subject ("But 48 remain in Gaza.").
BARE_SUBJECT_RE = re.compile(rf"^\W*(?:\d{{1,2}}[:.]\d{{2}}\W+)?"  # a time stamp: "11:30 — "
                             rf"(?:[A-Z][A-Za-z]{{0,20}}\s*:\s*)?"  # a speaker: "A: 33"
                             rf"(?:(?:but|and|yet|still|now|today|so)\s*,?\s+)?"
                             # "The government says 59 remain": a reported bare subject
                             rf"(?:[\w'’ -]{{1,40}}?\s+(?:says|said|say|reports|reported|"
                             rf"believes|believe|estimates|estimate|confirms|confirmed)"
                             rf"\s+(?:that\s+)?"
                             # ("The army confirms all three are now in Israel")
                             rf"(?:perhaps\s+|maybe\s+|all\s+)?)?"
                             rf"(?:{_QUAL}\s+)?$", re.I)
# A value after a label's colon ("Returned alive: 168").
LABEL_VALUE_RE = re.compile(rf"\w[^:]*:\s*(?:{_QUAL}\s+)?$", re.I)
TO_BEFORE_RE = re.compile(rf"\bto\s+(?:{_QUAL}\s+)?$", re.I)  # ("to more than 580 the number")
COUNTED_WHOLE_BEFORE_RE = re.compile(r"\b(?:number|total|tally|count|toll)\s+of\s+the\s+$", re.I)
# "bringing to fifty-nine the number still held": a count named after its value
COUNT_AFTER_RE = re.compile(r"\s+(?:the|its|their)\s+(?:total\s+|overall\s+)?(?:number|total|"
                            r"tally|count|toll)\b", re.I)
# ("bringing to 35 the number of the 59 remaining hostages it has declared dead": past a
# whole named by number)
NUMBER_OF_AFTER_RE = re.compile(r"\s+(?:the|its|their)\s+(?:total\s+|overall\s+)?(?:number|total|"
                                r"tally|count|toll)\s+of\s+(?:the\s+\d[\d,]*\s+)?"
                                r"(?P<np>(?:[^\W\d_][\w'’-]*\s*){1,3})", re.I)
OPENING_THOSE_RE = re.compile(rf"^\W*(?:of|among)\s+{_THOSE_VERB}\s*,\s*(?:\S+\s+){{0,2}}$",
                              re.I)
NOUN_THEN_VERB_RE = re.compile(r"\s*(?:who\s+(?:were|was|have\s+been|had\s+been)\s+)?(\w+)",
                               re.I)
# ("Of those, at least 95 were ...": a qualifier may stand before the part)
OPENING_TOTAL_RE = re.compile(r"^\W*(?:(?:of|out\s+of)\s+(?:that|this|the)\s+(?:total|number|"
                              r"figure|tally|count)|(?:of|among)\s+(?:those|these|them))\s*,?\s*"
                              rf"(?:{_QUAL}\s+)?$", re.I)
# "40 of those once thought alive had been declared dead": a part of a group named after it
OF_GROUP_AFTER_RE = re.compile(r"\s+of\s+(?:those|these|the)\b", re.I)
# ("15 remain in Gaza; Israel believes eight of those are dead": the figure just named,
# unless a participle makes "those" a group of its own: "eight of those released", "of
# those [who were] once thought alive")
LINK_AFTER_RE = re.compile(r"^\s+of\s+(?:whom|them|which|(?:those|these)(?!\s+(?:once\s+|still\s+|"
                           r"now\s+|later\s+)?(?:\w+(?:ed|en)|thought|held|kept|brought|left|"
                           r"taken)\b))\b", re.I)
RELATIVE_OF_RE = re.compile(r"\s+of\s+(?:whom|which)\b", re.I)
# "There are 49 women and about 350 children among the prisoners.": parts whose whole is
# named at the end of their sentence.
AMONG_AT_END_RE = re.compile(r"[^.;:!?]{0,80}?\bamong\s+(?:them|those|these|the\s+"
                             r"(?P<noun>[^\W\d_]+))\s*[.!]?[\"'”’]?\s*$", re.I)
# "Two of the hostages are children": a definite part of a whole counted before.
OF_THE_NOUN_RE = re.compile(r"\s+of\s+the\s+[^\W\d_]+\s+(?:are|were|is|was|have|has|had|"
                            r"remain|remained|include|included)\b", re.I)
# "Another 250 children are among those held": a part of the figure before.
AMONG_THOSE_AFTER_RE = re.compile(r"[\w\s'’-]{0,40}?\b(?:are|were|is|was)\s+(?:also\s+)?among\s+"
                                  r"(?:those|them)\b", re.I)
SIBLING_RE = re.compile(rf"^[^.;:]{{0,160}}?(?:,\s*and|,|\s+and)\s+(?:{_QUAL}\s+)?$", re.I)
NAMES_OF_RE = re.compile(rf"\b(?:names|list|lists|details|records|files)\s+of\s+"
                         rf"(?:{_QUAL}\s+)?$", re.I)
LIVED_RELATIVE_RE = re.compile(r"\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:lived|live|living|"
                               r"resided)\b", re.I)
PLACE_POSSESSIVE_RE = re.compile(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s?\s+"
                                 rf"(?:(?i:{_QUAL})\s+)?$")
# ("the 117 hostages who have come back alive": what the relative clause says they are)
RELATIVE_AFTER_RE = re.compile(r"\s+(?:(?:who|that)\s+(?:are|were|is|was|have|has|had|came|"
                               r"returned|remain|remained)"
                               r"|(?:of|among)\s+(?:whom|which))\b", re.I)
COMMA_GAP_RE = re.compile(rf",\s*(?:{_QUAL}\s+)?")  # "the 90 prisoners, 69 women and 21 ..."
DASH_MARK_RE = re.compile(r"\s[-–—]\s|[–—]")  # a dash that opens or closes an aside
# "Not one of the 59", "none of the 33": a part of no one
NONE_OF_BEFORE_RE = re.compile(r"\b(?:not\s+(?:a\s+single\s+)?one|none|no\s+one)\s+of\s+"
                               r"(?:the\s+|those\s+|these\s+)?$", re.I)
DIGIT_RE = re.compile(r"\d")
# ", when the October 2025 agreement was signed": a clause of time after the figure's
WHEN_CLAUSE_AFTER_RE = re.compile(r",\s*(?:when|by\s+the\s+time)\s+[^,;:.—–]*", re.I)
# a line opening with a time of day ("08:30 — ...")
TIME_OPENING_RE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}\b")
# the next line opens with a time of day ("\n\n08:30 — ...")
TIMESTAMP_LINE_AFTER_RE = re.compile(r"[ \t]*\n+" + TIME_OPENING_RE.pattern)
# "So that's all twenty", "In all, ...": a sentence summing up the figures before it
SUMMING_OPENING_RE = re.compile(r"\W*(?:so,?\s+)?(?:that['’]s|that\s+is|that\s+makes|"
                                r"in\s+all|in\s+total|altogether)\b", re.I)
# "..., along with five Thai nationals": from one figure's noun to one added to it
ALONG_WITH_GAP_RE = re.compile(rf"[^;.:\d]{{0,80}}?,?\s+(?:along\s+with|together\s+with)\s+"
                               rf"(?:{_QUAL}\s+)?", re.I)
# "at 1,968: 250 prisoners ... and 1,718 detainees": a colon opening the figure's parts
COLON_PARTS_AFTER_RE = re.compile(r"\s*:\s+\S")
OPEN_BREAKDOWN_RE = re.compile(r"\s*\(|\s+[-–—]\s|\s*[–—]")
# "33 hostages were freed (25 alive, eight dead)": a bracket after the figure's verb
VERB_BRACKET_RE = re.compile(rf"\s+(?:[a-z]+\s+){{0,3}}[a-z]+\s*\(\s*(?:{_QUAL}\s+)?", re.I)
BRACKET_LIST_RE = re.compile(rf"\s*(?:\(|\s[-–—]|[–—])\s*(?:{_QUAL}\s+)?$", re.I)
# "A four-day truce in November 2023 freed 50": the date right after a length's noun is
# the truce's, whatever figure follows.
DATE_OF_NOUN_RE = re.compile(r"(?:[\s-]+[^\W\d_]+){0,2}\s+(?:in|of|during)\s+", re.I)
LISTED_AFTER_NOUN_RE = re.compile(rf"\b(?P<noun>[^\W\d_]{{3,}}),?\s+(?:including|among\s+them)"
                                  rf"\s+(?:{_QUAL}\s+)?$", re.I)
# ("in return for the last 20 living hostages held by Hamas")
# "the last", "all the remaining", "some": what may stand between a verb and its figure
_DEFINITE_GAP = (rf"(?:(?:the|all|all\s+the)\s+)?(?:(?:last|final|first|remaining)\s+)?"
                 rf"(?:{_QUAL}\s+)?")
ATTRIBUTIVE_GAP_RE = re.compile(rf"\s+{_DEFINITE_GAP}", re.I)
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|its|their|his|her|all)\s+$", re.I)
COLON_LIST_RE = re.compile(rf"^[^:]*:\s*(?:{_QUAL}\s+)?$", re.I)
EVENT_OF_DATE_RE = re.compile(rf"(?:{EVENT_NAME_RE.pattern})\s+(?:of|on)\s+(?:the\s+)?$", re.I)
ASIDE_OPENED_RE = re.compile(r",[^,.;:!?\n]*$")  # a comma since the clause began
# "held in Gaza since October 7, 2023, were handed over": the comma closing a date, then the
# subject's auxiliary
DATE_CLOSE_VERB_RE = re.compile(r",\s+(?:were|was|are|is|have|has|had|remain|remained)\b")
# The comma that closes a date ("October 7, 2023, killed"), up to the clause after it.
DATE_COMMA_VERB_RE = re.compile(r",\s*")
# ... when the date's clause is the subject itself, "the attack of" before it (not
# "Israel, which says 1,200 were killed in the attack of October 7, 2023, has freed").
SUBJECT_EVENT_RE = re.compile(rf"\s*(?:the|its|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?"
                              rf"(?:{EVENT_NAME_RE.pattern})\s+(?:of|on)\s+(?:the\s+)?", re.I)
# A clause that opens with its verb, its subject before the comma ("killed about 1,200").
VERB_OPENING_RE = re.compile(r"\s*(?:[a-z]+ed|killed|left|took|saw|claimed|brought|"
                             r"had|has|was|were)\b")
PARTICIPLE_DATE_RE = re.compile(r"\b(?:[a-z]+(?:ed|en)|began|begun|started|took\s+effect|"
                                r"took\s+hold)\s+(?:on|in|during)\s+$", re.I)
# Both are matched from a date's end to a figure's start (match() anchors at the start).
ENTRY_LABEL_RE = re.compile(r"\s*[-–—:]\s")
# ("Jan-Mar 2025 (first phase): about 1,800": a bracket may describe the labelled time)
LABEL_DATE_RE = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*\)?\s*:\s*(?:about\s+|some\s+|"
                           r"around\s+)?$", re.I)
LABEL_DATE_ITEMS_RE = re.compile(rf"\s*(?:\([^()]{{0,40}}\))?\s*\)?\s*:[^:;.\n]*(?:;[^:;.\n]*)*;"
                                 rf"\s*(?:{_QUAL}\s+)?$", re.I)
LABEL_REACH = 60  # characters: where a line's label may end
# "the October 7 attack, in which 1,200 were killed": the date names the event the
# clause describes.
# So does one after the event it dates ("freed in November 2023 during a truce that
# lasted a week").
RELATIVE_AFTER_DATE_RE = re.compile(rf"(?:{EVENT_NAME_RE.pattern})?"
                                    r"(?:\s+(?:during|in|under|of)\s+(?:a|an|the)\s+"
                                    r"(?:[\w-]+\s+){0,2}?[\w-]+)?"
                                    r"\s*(?:,\s*(?:(?:in|during|on)\s+which|when|which)|"
                                    # (not "that means": a pronoun, no relative clause)
                                    r",?\s+that(?!\s+(?:means|meant|is|was|would|will|makes|"
                                    r"made)\b))"
                                    r"\b[^,;:.]*$", re.I)
# "on 7 October and 59 remain", "killed on 7 October were 373": the date closes the
# clause or noun phrase before the word.
CONJUNCTION_GAP_RE = re.compile(r"\b(?:and|but|while|whereas|were|was|are|is)\b", re.I)
# "about 350 are children"; "240 Palestinians, 107 of them children"
# ("The six were the last living hostages to be freed": past the article and an ordinal)
_RANKED = r"(?:the\s+(?:last|first|final|only)\s+)"
PREDICATE_NOUN_RE = re.compile(rf"\s*(?:\s(?:are|were|is|was)\s+(?:also\s+)?{_RANKED}?|"
                               r"\sof\s+them\s+|"
                               r"\s*[-–—,(]\s*(?:all|both)\s+)"  # "The first three - all women"
                               r"(?P<noun>[^\W\d_]+)", re.I)
# (not "87 were women and some 350 children": a word before a number opens another figure)
PREDICATE_OTHER_RE = re.compile(r"\s+(?:and|or)\s+(?!(?:[^\W\d_]+\s+)?\d)"
                                rf"(?!(?:{'|'.join(UNITS + TENS)})\b)(?P<noun>[^\W\d_]+)", re.I)
# "The first is the count of hostages in Gaza; this week it stood at 59": "it" is the count.
# (so does "the number": "Before the war, the number hovered around 5,000")
# (and "the ministry's total stood at 69,185": a count its owner gives)
PRONOUN_LEVEL_RE = re.compile(rf"\b(?:it|this|that|the\s+(?:[\w-]+['’]s\s+)?(?:number|figure|"
                              rf"total|count|tally))\s+"
                              rf"(?:(?:{'|'.join(LEVEL_AUXILIARIES)})\s+)*"
                              rf"(?:{'|'.join(sorted(LEVEL_VERBS))})"
                              rf"(?:\s+(?:now|still|already))?(?:\s+(?:at|to|above|below))?"
                              rf"(?:\s+{_QUAL})?\s*$", re.I)
RELATIVE_HEAD_RE = re.compile(rf"(?:which|that)\s+(?:(?:{'|'.join(LEVEL_AUXILIARIES)})\s+)*"
                              rf"(?:{'|'.join(sorted(LEVEL_VERBS))})\b", re.I)
# "an overall toll of 44,664 killed": these heads say that a number counts, not what.
# "Noa Argamani, 26, Almog Meir Jan, 22": a name, a comma, then an age set off.
NAME_COMMA_RE = re.compile(r"\b[A-Z][a-z'’-]+,\s*$")
# "The supporter, 24, was taken ...": one person set off before a small number: an age.
# ("One man, 47, who said ...": "one" and "another" single a person out too, as does a
# name's possessive: "Hapoel's captain, 31, levelled")
ONE_PERSON_COMMA_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|"
                                 r"[Oo]ne|[Aa]nother|[A-Z][A-Za-z-]*['’]s)\s+"
                                 r"(?:[a-z'’-]+\s+){0,2}[a-z'’-]*[^\Ws'’-],\s*$")
# "His sister, 19, was among ...": a kin noun set off before a small number: an age.
KIN_COMMA_RE = re.compile(r"\b(?:sister|brother|mother|father|son|daughter|wife|husband|"
                          r"grandmother|grandfather|grandson|granddaughter|uncle|aunt|cousin|"
                          r"nephew|niece|fianc[ée]e?|partner|widow|widower)s?,\s*$", re.I)
LABEL_DASH_RE = re.compile(r"\s+[-–—]\s+|\s*:\s+")
LABEL_HEAD_RE = re.compile(r"(?:the|a|an)\s+(?:(?P<bound>maximum|minimum|total|overall|"
                           r"estimated|most)\s+)?(?:(?:number|count|total|tally|length)"
                           r"(?:,?\s*in\s+(?P<unit>\w+),?)?\s+of\s+(?:the\s+)?)?", re.I)
# ("1,904: the most Palestinian prisoners Israel could release": a maximum)
LABEL_BOUNDS = {"maximum": "at_most", "minimum": "at_least", "estimated": "approximate",
                "most": "at_most"}
BODY_NOUNS = frozenset(["body", "coffin"])
POSSESSED_COUNT_RE = re.compile(r"\b(?:their|its)\s+(?:total\s+)?(?:number|count|total|tally)\b",
                                re.I)
COUNT_HEADS = frozenset(["toll", "total", "tally", "count", "number", "figure", "sum", "estimate",
                         "peak", "high", "low", "record", "maximum"])
# "crossed the 50,000 mark", "passed the 60,000 figure": a threshold named by its value is
# the value of what the sentence counts, not a count of marks ("figure" after "the" only).
THRESHOLD_HEADS = frozenset(["mark", "milestone", "threshold", "barrier"])
THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)
THRESHOLD_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(THRESHOLD_HEADS | {"figure"})) +
                                r")\b", re.I)
# "His brother Ariel was four.": a name, then a small number that ends the clause.
AGE_COPULA_RE = re.compile(r"\b[A-Z][a-z]+\s+(?:was|is)\s+$"
                           # "when my son was 12"
                           r"|\b(?:my|his|her|their|our|whose)\s+(?:own\s+)?(?:son|daughter|"
                           r"brother|sister|child|grandson|granddaughter)\s+(?:was|is)\s+$"
                           # "the oldest living hostage is 86; the youngest is 22"
                           # "107 were minors, the youngest of them 14"
                           r"|\b(?i:oldest|youngest)\b[^.;:\d]{0,40}?(?:\b(?:is|was)\s+|\s)$")
COUNT_HEAD_RE = re.compile(r"\b(?:number|total|count|tally|toll|figure)\s+of\b", re.I)
APPOSITIVE_HEADS = frozenset(["now", "currently", "today", "still", "already", "then",
                              "at", "standing", "roughly", "about", "around", "over",
                              "nearly", "almost", "some"])
# "numbered 9,500 ..., down from a peak of 10,800": an earlier level of the same count.
FROM_EARLIER_RE = re.compile(r"\b(?:up|down|rising|falling)\s+from\s+(?:(?:an?|the)\s+"
                             r"(?:earlier\s+|previous\s+|initial\s+|first\s+)?(?:peak|high|"
                             r"low|record|total|figure|estimate|count|toll)\s+of\s+)?"
                             rf"(?:{_QUAL}\s+)?$", re.I)
# ("It has been 76 days since the last hostages came home": time gone by, no truce's length)
NOT_A_LENGTH_RE = re.compile(r"\s+(?:after|before|later|earlier|ago|into|on\s+from|since|"
                             r"of\s+(?:the\s+)?(?:fighting|war|conflict|bombing|bombardment|"
                             r"hostilities|strikes|talks|negotiations|delays?)|"
                             r"(?:in|of|behind)\s+(?:captivity|prison|jail|detention|custody|"
                             r"bars|hiding))\b", re.I)
STAY_BEFORE_RE = re.compile(r"\b(?:freed|released|returned|rescued|home)\b[^.;,]{0,30}"
                            r"\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+)?$", re.I)
FRAGMENT_WORDS = 5  # a "sentence" this short, with its figure, has no verb of its own
DEFINITE_BARE_RE = re.compile(r"\b(?:[Tt]he|[Aa]ll|[Aa]ll\s+the|[Tt]hese|[Tt]hose)\s+$")
PART_OF_NAMED_RE = re.compile(r"\s+(?:of|out\s+of)\s+(?:the|these|those)\s+", re.I)
REPEAT_OF_RE = re.compile(r"\b(?:of|out\s+of)\s+(?:these|those|all|the)\s+$", re.I)
DEFINITE_WHOLE_RE = re.compile(r"^\W*(?:of|out\s+of|among)\s+the\s+(?:[a-z]+\s+)?$", re.I)
PARTITIVE_AFTER_THAT_RE = re.compile(rf"\bthat\s+(?:of|out\s+of)\s+"
                                     rf"(?:the|these|those|{_QUAL})?\s*$", re.I)
PARTITIVE_RE = re.compile(rf"^\W*(?:of|out\s+of)\s+(?:the|these|those|{_QUAL})?\s*$", re.I)
# Verbs that change a count ("rose", "fell", "went up", "revised").
_CHANGE_VERBS = (r"(?:rose|risen|rising|rises|increased|increasing|increases|climbed|climbs|"
                 r"jumped|grew|grown|fell|fallen|falls|dropped|decreased|declined|went\s+up|"
                 r"gone\s+up|up|down|revised|raised|lowered)")
CHANGE_VERBS_RE = re.compile(rf"\b{_CHANGE_VERBS}\b[^.;]{{0,30}}\bfrom\s*$", re.I)
# "fell from about 11,000 before the exchange to around 9,100 after it": one count changing
CHANGE_FROM_RE = re.compile(CHANGE_VERBS_RE.pattern.removesuffix(r"from\s*$") +
                            rf"from\s+(?:{_QUAL}\s+)?$", re.I)
PUT_NUMBER_BEFORE_RE = re.compile(rf"\b(?:put|puts|putting|placed|places|placing)\s+"
                                  rf"(?:the|that|this)\s+(?:number|figure|total|count|tally)"
                                  rf"(?:\s+(?:lower|higher|slightly\s+\w+))?\s*,?\s*(?:at|to)"
                                  rf"\s+(?:{_QUAL}\s+|[a-z]+\s+)?$", re.I)  # ("at perhaps 40")
THEIR_NUMBER_BEFORE_RE = re.compile(rf"\btheir\s+(?:number|numbers|total|count|tally)\s+"
                                    rf"(?:[a-z]+\s+){{0,3}}?(?:at|to|of)\s+(?:{_QUAL}\s+)?$",
                                    re.I)
HAD_BEEN_BEFORE_RE = re.compile(r"\b(?:who|that|which)\s+had\s+(?:all\s+)?been\s+$", re.I)
# ("leaving nine", "the return of the remaining five": what is left of a count)
LEAVING_BEFORE_RE = re.compile(r"\b(?:leaving|leaves|left|the\s+remaining|the\s+other)\s+"
                               r"(?:just\s+|only\s+)?$",
                               re.I)
TOPIC_OPENING_RE = re.compile(r"\W*(?:on|as\s+for|regarding|concerning|as\s+to|turning\s+to)"
                              r"\s+(?P<np>[^,;:.\d]{3,60}),", re.I)
RECORDED_AFTER_RE = re.compile(r"\s*(?:or\s+so\s+)?(?:that|which)\s+(?:[\w'’-]+\s+){0,5}?"
                               r"(?:had\s+|has\s+|have\s+)?(?:recorded|counted|reported|"
                               r"registered|listed|documented|tallied)\b", re.I)
TOLL_SUBJECT_RE = re.compile(r"^\W*(?:[\w'’-]+\s+){0,4}?(?:death\s+)?toll\b", re.I)
DATED_EVENT_AFTER_RE = re.compile(r"\s+(?:ceasefire|truce|deal|exchange|agreement|pause|"
                                  r"phase|attack|war|offensive)\b", re.I)
QUALIFIER_HEADS = frozenset(["upwards", "upward", "excess"])  # "upwards of", "in excess of"
NOT_YET_ENDED_RE = re.compile(r"\s+(?:who|that|whose\s+(?:remains|bodies))\s+(?:have|has|had)\s+"
                              r"(?:still\s+)?not\s+(?:yet\s+)?been\s+(?P<verb>returned|released|"
                              r"freed|recovered|repatriated)\b", re.I)
PARTS_INTRO_RE = re.compile(r"^\W*(?:of\s+(?:these|them|those|whom|which|the\s+total)|among\s+"
                            r"(?:them|these|those)|including|they\s+include|these\s+include|"
                            r"broken\s+down)\b", re.I)
PERFECT_AFTER_RE = re.compile(r"\s+(?:(?:more|others|of\s+them)\s+)?(?:have|has)\s+"
                              r"(?:since\s+|now\s+|so\s+far\s+)?been\b", re.I)
# "... killed and 310 detained": a figure opening the second of two joined clauses
AND_FIGURE_BEFORE_RE = re.compile(rf"\b(?:and|or)\s+(?:{_QUAL}\s+)?$", re.I)
COORD_CLAUSE_GAP_RE = re.compile(rf"\s*,?\s*(?:and|but|while|whereas)\s+(?:{_QUAL}\s+)?",
                                 re.I)
CLAUSE_VERB_AFTER_RE = re.compile(r"\s+(?:more\s+|others\s+|of\s+them\s+)?(?:have|has|had|"
                                  r"were|was|are|is|will|would|remain|remained)\b", re.I)
FROM_PAIR_BEFORE_RE = re.compile(rf"\bfrom\s+(?:{_QUAL}\s+)?$", re.I)
PAIR_TO_RE = re.compile(rf"\s+to\s+(?:{_QUAL}\s+)?", re.I)
CHANGE_TO_RE = re.compile(rf"[^.;\d]{{0,40}}\bto\s+(?:{_QUAL}\s+)?", re.I)
# "climbed by 189 to 107,940": the change, then the new count (no range), when the count
# is this many times the change ("dropped by 1 to 1.5 degrees" is a range)
CHANGE_TO_LEVEL_RATIO = 10
CHANGED_BY_RE = re.compile(rf"\b{_CHANGE_VERBS}\s+by\s+(?:some\s+|about\s+|around\s+)?$", re.I)
# "increased by $43.6 billion to $419.2 billion": a change, then the new level, when both
# numbers carry their own unit ("grew by 3 to 4 percent" is a range).
CHANGE_BY_RE = re.compile(r"\bby\s+$", re.I)  # "a fine of $3 billion to $5 billion" is a range
QUALIFIER_SKIP = frozenset({"of", "the", "$", "us$", "€", "£", "₪"})
# A colon inside a time of day ("10:30") parts nothing.
BOUNDARY_RE = re.compile(r"(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|[;()\u2014\u2013]")
SENTENCE_BREAK_COST = 20
INCLUDING_ASIDE_AFTER_RE = re.compile(r"\s*,?\s*(?:including|among\s+them)\b[^,;.]{0,40},",
                                      re.I)
# "the war in Gaza": the war a place phrase names
WAR_BEFORE_RE = re.compile(r"\b(?:war|conflict|fighting)\s+$", re.I)
VERB_PLACE_REACH = 45  # characters from a verb to the place it puts its event in
OBJECT_PLACE_REACH = 60  # characters from a verb's object to that place
SEMICOLON_COST = 12  # on top of the clause boundary's 4
CLAIM_DISTANCE = 10  # how near a cue must be for a figure to claim it from the others
HEADING_WORDS = 4  # a section heading is a short line ("ISRAEL", "The West Bank")
CONTEXT_SENTENCES = 2  # earlier sentences whose cues and context still count
EXCHANGE_MEMORY = 4  # sentences back an exchange's other side may be told
NOUN_SUBGROUPS = ("children", "women", "soldiers")
STATE_SUBGROUPS = ("deceased",)
BODIES_OF_RE = re.compile(rf"\b(?:bodies|remains)\s+of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?"
                          rf"(?:{_QUAL}\s+)?$", re.I)
# ("died at 89": the age of a death)
# ("Now 51, he is one of the 154": a sentence opening with an age; "his mother, who is
# 83, again": an age after "who is")
# ("women and children aged between 2 and 85": a range of ages)
AGE_BEFORE_RE = re.compile(r"(?:\baged(?:\s+(?:between|from))?|\bages?\s+of|"
                           r"\bages?(?:\s+(?:between|from))?|,\s*now|^\W*now|,\s*who\s+(?:is|was)|"
                           r"\b(?:died|dies|dead)\s+at)\s+$", re.I)
BRACKET_PART_BEFORE_RE = re.compile(r"\(\s*$")
POSSESSIVE_BODY_RE = re.compile(r"\s*(?:remains|bodies)\b", re.I)
POSSESSIVE_BODY_AFTER_RE = re.compile(r"\s*(?:[-–—:]\s*)?\s[^\W\d_]+(?:s'|s’)\s+"
                                      r"(?:remains|bodies)\b", re.I)
DIED_AT_RE = re.compile(r"(?:died|dies|dead)\s+at\b", re.I)
# "from a grandmother of 81 to a boy of four": one person, then "of" and a small number
PERSON_OF_AGE_RE = re.compile(r"\b(?:a|an|the|one|another|his|her|their)\s+(?:[a-z-]+\s+)?"
                              r"(?:boy|girl|man|woman|child|baby|toddler|infant|grandmother|"
                              r"grandfather|mother|father|son|daughter|teenager|youth|student|"
                              r"widow|widower|pensioner)\s+of\s+$", re.I)
# "a man who would have turned 40 this week": a birthday (not "turned 40 people away")
TURNED_BEFORE_RE = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.I)
PLURAL_AFTER_RE = re.compile(r"\s+(?!(?:this|is|was|has|as|his|its|thus|always)\b)[a-z]+s\b")
# "Shlomi Ziv, 41 — were abducted": a dash closes an age as a comma does.
# ("aged 60 or older" too)
AGE_AFTER_RE = re.compile(r"\s*(?:[,.;:)\u2014\u2013]|-\s|and\b|when\b|$|years?\s+old\b|"
                          r"to\s+(?:a|an)\s|"  # "from a grandmother of 81 to a boy of four"
                          r"or\s+(?:older|over|above|younger|under|below)\b)", re.I)
# "men over 50", "children under 18": an age limit on people, whatever follows it.
AGE_LIMIT_RE = re.compile(r"\b(?:men|women|people|persons|those|adults|males|females|boys|"
                          r"girls|children|minors|anyone|elderly|citizens|seniors|pensioners|"
                          r"residents)\s+(?:over|under|above|below|"
                          r"older\s+than|younger\s+than|aged)\s+$", re.I)
# "Of these, 12 were under 18 at the time of arrest", "47 of the 1,400 held under the law
# were under the age of 18": an age limit said of a group (of people: "were", "are"; a
# count "is under 50")
# ("under", "below the age of", "younger than": an age limit, the number after it)
_BELOW_AGE = r"(?:under|below|younger\s+than)(?:\s+the\s+age\s+of)?"
BELOW_AGE_RE = re.compile(rf"(?:\d\s+(?:was|is)|\b(?:were|are))\s+{_BELOW_AGE}\s+$", re.I)
# "down to around 9,100", "back at 10,400", "back up to": a level moving, not an event's count
# (and "fell to", "dropped to": an event's count never falls)
LEVEL_MOVE_BEFORE_RE = re.compile(rf"\b(?:(?:down|back(?:\s+(?:up|down))?)\s+(?:at|to)|"
                                  rf"(?:fell|fallen|falls|falling|dropped|drops|declined|"
                                  rf"decreased|shrank|shrunk)\s+to)\s+(?:{_QUAL}\s+)?$", re.I)
# "24 more still to be returned", "12 are yet to be freed": up to the verb of an event not
# yet come
STILL_TO_BE_RE = re.compile(r"\s+(?:more\s+|others\s+)?(?:(?:are|were|is|was|remain|remains|"
                            r"remained|have|has|had)\s+)?(?:still|yet)\s+to\s+be\s+", re.I)
# "-year-old", "-month-old": the rest of an age written as one word with its number
AGED_COMPOUND_RE = re.compile(r"[-\s](?P<unit>year|month|week|day)s?-old\b", re.I)
# "under 18", "below the age of 16": an age limit said of people (at most the age of
# majority, ADULT_AGE, makes them minors)
UNDER_AGE_AT_RE = re.compile(rf"{_BELOW_AGE}\s+(\d{{1,2}})\b", re.I)
ADULT_AGE = 18
# "50 women and children over four days": a span of time, not an age limit ("babies
# under six months" is an age).
LIMIT_SPAN_AFTER_RE = re.compile(r"\s+(?:days?|weeks?|hours?|nights?)\b", re.I)
BODIES_RE = re.compile(r"\b(?:bodies|remains|body|coffins)\b", re.I)
# "confirmed the deaths of at least 34 of them": the count is of the dead.
DEATHS_OF_RE = re.compile(rf"\bdeaths?\s+of\s+(?:{_QUAL}\s+)?$", re.I)
CASUALTY_WORDS = frozenset(["injured", "wounded", "killed", "dead", "hurt"])
TOLL_BEFORE_RE = re.compile(r"\b(?:death\s+)?tolls?\b", re.I)
PART_WHOLE_GAP_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?", re.I)
BRACKET_GLOSS_RE = re.compile(r"\s*\(([^()\d]{1,30})\)")
# (not "all but a handful of them dead")
ALL_STATE_RE = re.compile(r",\s*(?:all|both)\s+(?!but\b)(?:of\s+them\s+)?"
                          r"(?P<state>[^,;.)\d]{1,40})", re.I)
ALL_OF_KIND_RE = re.compile(r",\s*all\s+(?:of\s+them\s+)?(?P<noun>[^\W\d_]+)\s*[,;.)]", re.I)
COORDINATED_SUBJECT_RE = re.compile(rf"[^,;:.\d]{{0,40}}?\band\s+(?:{_QUAL}\s+)?", re.I)
COORDINATED_EVENT_RE = re.compile(r"[^,;:.\d]{0,30}?\band\s+(?:[a-z]+\s+){1,2}$")
APPOSITION_OPEN_RE = re.compile(r"\s*(?:among\s+(?:them|whom)|including|all\s+of\s+them|"
                                r"most\s+of\s+them|some\s+of\s+them|many\s+of\s+them|"
                                r"both|mostly|mainly"
                                # "Two American hostages, a mother and daughter, were freed"
                                r"|an?\s+(?=[a-z]))\b", re.I)
CASUALTY_AFTER_RE = re.compile(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|"
                               r"had|have)\s+(?:\w+\s+)?(?:killed|wounded|injured|murdered|"
                               r"slain|hurt|martyred)\b", re.I)
# "It said", "The ministry added": a source named before goes on speaking.
STATEMENT_GOES_ON_RE = re.compile(
    r"^\W*(?:it|he|she|they|the\s+(?:[\w'’-]+\s+){0,2}(?P<head>ministry|office|army|military|"
    r"agency|group|society|service|spokesman|spokeswoman|spokesperson|forum|commission|"
    r"statement|authorities|officials))\s+(?:also\s+)?(?:said|says|added|adds|reported|noted|"
    r"stated)\b", re.I)
HEADLINE_MAX = 160  # characters: a first line longer than this is no headline
# "Sixty-five thousand of our sons and daughters": the speaker's own people
OUR_KIN_RE = re.compile(r"\s*of\s+(?:our|my)\s", re.I)
# "Totals: 21 hostages and 766 prisoners." on the line after a table
TOTALS_OPENING_RE = re.compile(r"\W*(?:totals?|in\s+all|all\s+told|overall)\b", re.I)
# (or three spaces and more: columns aligned with spaces, "19 Jan      3        90")
TABLE_SEP_RE = re.compile(r"[ \t]*\|[ \t]*|\t+| {3,}")
# (and "18 of the 33 hostages set to come out in the first stage": a reduced one)
WHOLE_RELATIVE_RE = re.compile(rf"\s+(?:{_THAT_RELATIVE}|which|who|whom|it|they|he|she|we|"
                               r"israel|hamas|(?:set|due|expected|scheduled|slated)\s+to|to\s+be)\s",
                               re.I)
# (a bound may stand before the whole: "120 of the roughly 250 hostages")
WHOLE_OF_PART_RE = re.compile(rf"\d\s+of\s+(?:the\s+|those\s+|these\s+)?(?:{_QUAL}\s+)?$", re.I)
ONE_OF_RE = re.compile(r"one\s+of\b", re.IGNORECASE)
AT_THE_TIME_RE = re.compile(r"\bat\s+(?:the|that)\s+(?:time|point)\b(?!\s+of\s+writing)"
                            r"|\bback\s+then\b"
                            # "... collapsed in March. During it, 33 hostages were handed over";
                            # "A year ago this week, ... In that time Hamas released 105"
                            r"|^\W*during\s+(?:it|that\s+time)\b|^\W*in\s+that\s+time\b"
                            # "The rosters in the November 2023 truce were shorter. Over
                            # seven days then, 105 captives left Gaza"
                            r"|(?<!since\s)(?<!until\s)(?<!before\s)(?<!after\s)(?<!from\s)"
                            r"(?<!and\s)\bthen\s*,"
                            # "In November 2023 I watched 105 families ... Then the truce
                            # collapsed after seven days": what followed, that month
                            r"|^\W*then\s+(?:the|it|they|a|an)\b"
                            # (not a possessive: "not involved in that day's attack"; nor a
                            # span's start: "rescued alive since that day")
                            r"|(?<!since\s)(?<!after\s)(?<!from\s)(?<!until\s)"
                            r"\bthat\s+(?:day|morning|afternoon|evening|night)\b(?!['’]s)"
                            r"|\bthe\s+same\s+(?:day|morning|afternoon|evening|night)\b"
                            # "The bodies of four were returned in the evening": of the
                            # day last named
                            r"|\b(?:in|during)\s+the\s+(?:morning|afternoon|evening|night)\b"
                            r"(?!\s+(?:of|hours)\b)|\blater\s+in\s+the\s+day\b"
                            r"|\b(?:at|on|as\s+of)\s+(?:that|the\s+same)\s+date\b"
                            # "Hours later, buses carrying 90 prisoners left Ofer"
                            r"|\b(?:hours|minutes|moments)\s+(?:later|afterwards)\b"
                            r"|\b(?:shortly|soon)\s+(?:after|afterwards)\b(?!\s+\w+\s+\d)"
                            r"|\bby\s+(?:then|that\s+time|that\s+point)\b"
                            # "85 journalists in Gaza during the year" after "in 2025"
                            r"|\b(?:during|in|over|for|through)\s+(?:the|that)\s+"
                            r"(?:same\s+)?(?:year|month)\b(?!\s+(?:before|after|to|since))"
                            # "Hamas's attack on southern Israel that month killed ..."
                            r"|\bthat\s+(?:year|month|summer|winter|spring|autumn)\b"
                            r"(?!\s+(?:before|after|to|since))"
                            # "Israel then released 30 prisoners": the next step of the day
                            r"|(?<!since\s)\bthen\s+[a-z]+(?:ed|en)\b", re.I)
# "Israel's count of hostages ... It fell by 33 during the truce, and now stands at 53";
# "The number of hostages stands at 53": the value a count of people stands at
# (and "The number of hostages is estimated at 101": a level given as an estimate)
_LEVEL_PHRASE = (rf"\b(?:(?:{'|'.join(LEVEL_AUXILIARIES)})\s+)*(?:{'|'.join(sorted(LEVEL_VERBS))})"
                 rf"(?:\s+(?:now|still|already))?(?:\s+(?:estimated|put|thought|believed))?"
                 rf"(?:\s+(?:at|to|above|below))?(?:\s+{_QUAL})?\s*$")
EARLIER_VERSION_RE = re.compile(r"\b(?:earlier|previous|original)\s+(?:version|edition)\s+of\s+"
                                r"(?:this|the)\s+(?:article|story|report|piece|post)\b[^.;:]*$",
                                re.I)
BRACKET_PART_RE = re.compile(r"\((?:including|of\s+(?:them|whom)|among\s+them)\b[^()]*\)", re.I)
# ", a week after four other bodies were retrieved": a clause that long before
DAYS_AFTER_BEFORE_RE = re.compile(rf"\b(?P<n>an?|{'|'.join(UNITS[1:])}|\d{{1,2}})\s+"
                                  r"(?P<unit>days?|weeks?)\s+after\s+[^,;:.\d]*$", re.I)
PARTICIPLE_DATE_BEFORE_RE = re.compile(r"\b(?P<verb>[a-z]+(?:ed|en)|held|taken|seized|slain)\s+"
                                       r"(?:on|in)\s+$", re.I)
# "puts the number believed dead at 41": a count of those in a state
STATE_NUMBER_AT_RE = re.compile(rf"\bthe\s+number\s+(?:believed|thought|presumed|confirmed|"
                                rf"declared|known)\s+(?:to\s+be\s+)?(?P<state>dead|alive|living)\s+"
                                rf"(?:at|to)\s+(?:{_QUAL}\s+)?$", re.I)
# "arrested about 600": the figure as the object of a verb in the past
OBJECT_VERB_BEFORE_RE = re.compile(rf"\b(?P<verb>[a-z]+ed)\s+(?:{_QUAL}\s+)?$", re.I)
# ", yet the total has ...", " - but ...": a clause joined to the one before
CLAUSE_JOIN_RE = re.compile(r"(?:,|\s[-–—])\s+(?:yet|but|while|whereas|although|though)\s", re.I)
ESTIMATED_AFTER_RE = re.compile(r"(?:\s+(?:and|or)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?"
                                r"\s*(?:(?:are|is|were|was)\s+)?estimated\s+(?:to|at)\b", re.I)
IT_SHARED_LEVEL_RE = re.compile(rf"^\W*it\b[^.;:]{{0,120}}?{_LEVEL_PHRASE}", re.I)
COUNT_LEVEL_BEFORE_RE = re.compile(rf"(?:^\W*it|\b(?:number|count|tally|total))\b[^.;:]{{0,120}}?"
                                   rf"{_LEVEL_PHRASE}", re.I)
# "Administrative detainees numbered 3,629": a group's size, said of its subject
NUMBERED_BEFORE_RE = re.compile(rf"\b(?:number|numbers|numbered)\s+(?:{_QUAL}\s+)?$", re.I)
# "..., 35 are dead", "... 20 are believed to be alive": a state said of a part
STATE_PART_RE = re.compile(r"\s+(?:are|were|is|was)\s+(?:\w+\s+){0,4}?(?:dead|alive|deceased|"
                           r"living)\b", re.I)
# "The ministry's own count for that period was 37,877", "The figure usually cited now is
# 1,139" (not "its count of aid trucks was")
COUNT_WAS_RE = re.compile(rf"\b(?:count|tally|toll|figure)(?:\s+(?:for|in|over|at|by)\s+"
                          rf"[^.;:\d]{{1,40}}?|(?:\s+(?!of\b)[a-z]+){{1,3}}?)?\s+(?:was|is|"
                          rf"stood\s+at|stands\s+at)\s+(?:{_QUAL}\s+)?$", re.I)
# ", in which 1,968 were freed": a clause of the event the noun before it names
EVENT_WHICH_BEFORE_RE = re.compile(rf",\s*(?:in|during|under|through)\s+which\s+"
                                   rf"(?:{_QUAL}\s+)?$", re.I)
# (a season is dated by its year, as "the spring of 2024" is)
THAT_UNIT_RE = re.compile(r"\b(year|month|summer|winter|spring|autumn)\b", re.I)
# "... between October 7, 2023, and June 30, 2024. The ministry's count for that period":
# the end of the span named before.
SUBJECT_OPENING_RE = re.compile(r"\s*(?:the|a|an|it|they|he|she|we|its|their|his|her|this|"
                                r"these|those|many|most|some)\s", re.I)
BEFORE_THE_EVENT_RE = re.compile(r"\W*(?:just\s+)?before\s+(?:the|that|this)\s+(?:release|"
                                 r"releases|exchange|swap|handover|truce|ceasefire|deal)\s*,",
                                 re.I)
PERIOD_END_BEFORE_RE = re.compile(r"\b(?:by|as\s+of|until|through|to)\s+(?:the\s+end\s+of\s+)?$",
                                  re.I)
THAT_PERIOD_RE = re.compile(r"\b(?:for|in|over|during)\s+(?:that|the\s+same)\s+period\b", re.I)
# "The November 2023 deal ...: 240 Palestinian women and minors for 105 hostages", "free
# close to 1,900 people for 33": the words naming a trade, and "for" between its two sides
TRADE_WORD_RE = re.compile(r"\b(?:deal|swap|swaps|exchange|exchanges|trade|traded|trading)\b",
                           re.I)
SIDE_FOR_RE = re.compile(rf"(?:\s+(?:and|or)\s+[^\W\d_]+)?\s+for\s+(?:the\s+(?:(?:last|first|"
                         rf"final|remaining)\s+)?)?(?:{_QUAL}\s+)?", re.I)
# "The total rose from about 5,200 ...": a count named at the head of its sentence
# (or a demonstrative one: "That wider population grew from about 5,200", "Their number")
THE_COUNT_OPENING_RE = re.compile(r"^\W*(?:the|that|this|their)\s+(?:(?:wider|overall|broader|"
                                  r"same|whole|entire)\s+)?(?:total|number|figure|count|tally|"
                                  r"population)\s+[a-z]+\s+"
                                  r"(?:from\s+|to\s+|at\s+)?(?:[a-z]+\s+)?$", re.I)
YEAR_IN_RE = re.compile(r"(?:19|20)\d\d")  # a year written inside a date
# "48,239 killed ..., up from 48,222 the day before": a comparison, not a change's start
UP_FROM_RE = re.compile(r"\b(?:up|down)\s+from\b", re.I)
EXCHANGE_PHRASE_RE = re.compile(r"\bin\s+(?:return|exchange)\s+for\b", re.I)
EXCHANGE_FOR_RE = re.compile(rf"\bin\s+(?:return|exchange)\s+for\s+(?:{_QUAL}\s+)?$", re.I)
EXCHANGE_FOR_THE_RE = re.compile(rf"\bin\s+(?:return|exchange)\s+for\s+{_DEFINITE_GAP}$", re.I)
LONG_SPAN_RE = re.compile(r"(?P<unit>day|week|month|year)[- ]?long", re.I)
OWN_VERB_GAP_RE = re.compile(r"\s+(?:(?:have|has|had|were|was|are|is|been|being|be|will|would|"
                             r"also|later|since|then|now|all|reportedly|subsequently)\s+){0,3}",
                             re.I)
DATE_LINE_REST_RE = re.compile(r"[\s,.:–—-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"
                               r"[\s,.:–—-]*", re.I)
# ("Reporting period: 12-18 November 2025": the period's last day)
AS_OF_HEADING_RE = re.compile(r"\b(?:as\s+(?:of|at|on)|updated|correct\s+(?:to|at|on)|"
                              r"reporting\s+period|period\s+covered|covering)\s*:?\s*$", re.I)
FIGURES_NOTE_RE = re.compile(r"\W*(?:all\s+)?(?:the\s+)?(?:figures|data|numbers|statistics|totals)"
                             r"\s+(?:are\s+)?(?:as\s+(?:of|at|on)|correct\s+(?:as\s+(?:of|at)|to)|"
                             r"updated(?:\s+on)?|up\s+to)\s+", re.I)
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1}
SPAN_AFTER_RE = re.compile(r"[\s-]*(?:days?|weeks?|months?|years?|hours?)\b", re.I)
# "..., and four hostages were released before that": another time than the clause before.
# ("more than 330 soldiers have died in the ground offensive since.": since that day)
BEFORE_THAT_RE = re.compile(r"\b(?:before|after|since)\s+(?:that|then)\b|\bsince\s*[.;]", re.I)
RELATIVE_NUMBER_RE = re.compile(rf"\b(?:which|who|whose)\b[^,;.]{{0,60}}?\b(?:numbers?|numbered|"
                                rf"totals?|totall?ed|stands?\s+at|stood\s+at)\s+(?:{_QUAL}\s+)?$",
                                re.I)
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# "The number of Palestinians killed in Gaza since October 7 – 26,751": a count's noun,
# read up to the phrase after it
NUMBER_OF_LEAD_RE = re.compile(r"\b(?:number|total|count|tally|toll)\s+of\s+"
                               r"(?P<np>[^\d,;:–—(]{1,80}?)(?=\s+(?:in|since|on|at|by|from)\b|"
                               r"\s*$)", re.I)
# "has roughly doubled since the war began, to more than 9,600": a change's new value
CHANGE_TO_CLAUSE_RE = re.compile(rf"\W*(?:to|reaching)\s+(?:{_QUAL}\s+)?", re.I)
# "Organisers put the crowd at more than 100,000": what a value is put at
PUT_AT_RE = re.compile(rf"\b(?:put|puts|putting|estimated|estimates|estimate)\s+(?:the|its|"
                       rf"their)\s+(?P<noun>[^\W\d_]+)\s+at\s+(?:{_QUAL}\s+)?$", re.I)
# "while women prisoners number 82": the subject of a verb of counting is what it counts
SUBJECT_NUMBER_RE = re.compile(rf"(?P<np>(?:[^\W\d_][\w'’-]*\s+){{0,2}}[^\W\d_][\w'’-]*)\s+"
                               rf"(?:numbers?|numbered|totals?|totall?ed)\s+(?:{_QUAL}\s+)?$",
                               re.I)
SUBORDINATOR_RE = re.compile(r"\b(?:as|while|when|after|before|because|since|until)\b", re.I)
# "killed in the occupied West Bank": a place the verb puts its event in
IN_PLACE_BEFORE_RE = re.compile(r"\b(?:in|inside|across|throughout)\s+(?:the\s+)?"
                                r"(?:[a-z]+\s+)?$", re.I)
THERE_RE = re.compile(r"\bthere\b(?!\s+(?:are|were|is|was|have|has|had|will|would)\b)", re.I)
PHRASE_FIGURE_RE = re.compile(r"\b(?:under|during|in|over|across|from|for|with|after|before|"
                              r"between|throughout)\s+(?:the|its|their|these|those)\s+$", re.I)
COUNT_APPOSITIVE_RE = re.compile(r"\s*(?:a|the)\s+(?:number|figure|count|total|tally)\b", re.I)
THERE_AFTER_RE = re.compile(r"\s+there\b", re.I)
DOT_THOUSANDS_RE = re.compile(r"[1-9\u0661-\u0669\u06f1-\u06f9]\d{0,2}[.\u066b]\d{3}")
INCLUDED_BEFORE_RE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|"
                                r"of\s+them)\s+(?:\S+\s+){0,2}$", re.I)
CLAUSE_OPENERS = frozenset(["as", "while", "when", "whereas", "because", "but", "after"])
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
POINTING_SUBJECT_RE = re.compile(r"\b(?:it|they|the\s+group|the\s+movement)\s+"
                                 r"(?:[a-z]+\s+){0,3}$", re.I)
OTHERS_AFTER_RE = re.compile(r"\s+(?:others|other\s+[a-z]+|more)\b", re.I)
FINITE_WORDS = frozenset(["have", "has", "had", "are", "is", "were", "was", "remain", "remains",
                          "did", "do", "does", "will", "would", "can", "could", "came", "come",
                          "still", "now", "died", "got", "get"])
WHEN_AFTER_RE = re.compile(r"\s*,\s*when\b", re.I)
NOTE_OPEN_RE = re.compile(r"\W{0,3}\[(\d{1,3})\]\s*")
CLAUSE_BREAK_RE = re.compile(r",\s*(?:and|but|while|whereas)\b|;")
DATING_CLAUSE_OPENING_RE = re.compile(r"\W*(?:when|as|once|by\s+the\s+time)\s+[^,;:]*,",
                                    re.I)
# ("By the time the last 20 living captives walked out this week, more than 40 ...": any
# subject after "by the time")
TIME_CLAUSE_OPEN_RE = re.compile(r"\W*(?:(?:when|once|until|after|before)\s+"
                                 r"(?:he|she|they|it|we|i)\b|by\s+the\s+time\b)[^,;.\n]*,",
                                 re.I)
# "Before the October exchange, the service's figure was around 11,100": a phrase of time
# opening the sentence names an event to date the clause, not what befell its figure.
# ("With Tuesday's handover, the number has fallen to 13": the event the change came with)
TIME_PHRASE_OPEN_RE = re.compile(r"\W*(?:before\s+(?:the|last|this)|with\s+(?:the|this|"
                                 r"[A-Z][a-z]+['’]s))\s+[^,;.\n\d]{0,40},", re.I)
TIME_PHRASE_CLOSE_RE = re.compile(r",\s*(?:even\s+)?(?:after|before|despite)\s+(?:the|all|its|"
                                  r"their)\s+[^,;.\n]*(?=[.;\n]|$)", re.I)
NAMES_NOUN_RE = re.compile(r"\s+of\s+(?:the\s+)?([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)",
                           re.I)
COMPARED_COUNT_RE = re.compile(r"\b(?:a|the|its)\s+(?:much\s+)?(?:higher|lower|larger|smaller|"
                               r"different|separate|revised)\s+(?:total|figure|count|toll|"
                               r"number|tally)\s*,?\s*(?:of\s+)?(?:\S+\s+){0,2}$", re.I)
# "when it stood at about 10,300, mainly because of the releases under the deals": a
# phrase of cause closing the sentence tells why the figure changed, not what it counts.
CAUSE_PHRASE_CLOSE_RE = re.compile(r",\s*(?:(?:mainly|mostly|largely|partly|chiefly|in\s+part)"
                                   r"\s+)?(?:because\s+of|due\s+to|owing\s+to|thanks\s+to|"
                                   r"as\s+a\s+result\s+of)\s+[^,;.\n]*(?=[.;\n]|$)", re.I)
AFTER_CAUSE_RE = re.compile(r"\s+after\s+(?!(?:the|a|an|its|their|his|her)\b)"
                            r"(?:(?!were\b|was\b|is\b|are\b|had\b|has\b|have\b)"
                            r"[^\W\d_][\w'’-]*\s*){1,8}(?=[.;\n]|$)", re.I)
PLACE_CLAUSE_RE = re.compile(r",\s*(?:where|in\s+which|whereas)\s+[^,;.:]*")
ASIDE_RE = re.compile(r",\s*(?:which|who)\b[^,;.:]*,")
WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)\s*$")
PARTICIPLE_ASIDE_RE = re.compile(r",\s*(?:[a-z]+(?:ed|en)|held|kept)\s[^,;.:]*,")
# "Four other people - two citizens ... and the bodies of two soldiers killed that year -
# were already being held there": an aside set off by dashes speaks of its own figures.
DASH_ASIDE_RE = re.compile(r"\s[-–—]\s[^-–—.;:]{3,200}?\s[-–—]\s|—[^—.;:]{3,200}?—")
LIST_LINE_RE = re.compile(r"[:;]|^\s*[-–•*]")
BULLET_RE = re.compile(r"\s*[-–—•*]\s")  # ("— 251: people taken": a newsletter's dash)
LIST_LINE_WORDS = 12
LIST_MEMORY = 6  # how many sentences back a verbless list line may find what it counts
ASIDE_WORD_RE = re.compile(r"\s*(?:meanwhile|however|though|too|also|in\s+turn|by\s+contrast|"
                           r"for\s+its\s+part|in\s+all|overall|so\s+far|for\s+now)\s*", re.I)
NOT_A_RE = re.compile(r"\s+(?:is|are|was|were)\s+not\s+(?:a|an|among|one\s+of)?\b", re.I)
FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
EARLIER_RELATIVE_RE = re.compile(r"\b(?:who|whom|whose)\b[^.;:!?]*")
COUNTED_NOUN_BEFORE_RE = re.compile(r"\d\s+[^\W\d_]+\s+$")
PARTITIVE_QUANTIFIERS = frozenset({"some", "most", "many", "several", "all", "none", "few"})
PLUS_AFTER_RE = re.compile(r"\+(?![\d+])|-plus\b", re.I)
WORD_AFTER_RE = re.compile(r"\+?\s+([a-z]+)\b")
OWN_PERFECT_RE = re.compile(r"\s+(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?"
                            r"(?P<verb>(?!been\b)[a-z]+)\b")
RELATIVE_CLAUSE_AFTER_RE = re.compile(r"\s+(?:who|that|which)\s+\w", re.I)
OWN_PASSIVE_RE = re.compile(r"\s+(?:are|were|is|was|will\s+be|would\s+be|"
                            r"(?:have|has|had)\s+been)\s+"
                            r"(?:(?:still|also|now|expected|likely|due|set|scheduled)\s+)*"
                            r"(?:to\s+be\s+)?(?:being\s+)?(?P<verb>(?!been\b)[a-z]+)"
                            r"(?!\s+(?:to|as|dead|alive)\b)(?![\w-])", re.I)
# ("... in the November 2023 truce. ... all 150 of the Palestinians released in that deal")
_EVENT_NOUNS = r"(?:deal|truce|exchange|ceasefire|swap|agreement|pause)"
_THAT_EVENTS = rf"that\s+{_EVENT_NOUNS}\b"
THE_EVENT_RE = re.compile(r"\b(?:(?:during|in)\s+the\s+(?:raid|operation|strike|strikes|assault|"
                          r"attack|incursion|rescue|bombardment|shelling|bombing)\b|(?:during|in|"
                          rf"under)\s+{_THAT_EVENTS})", re.I)
THAT_EVENT_RE = re.compile(_THAT_EVENTS, re.I)
EVENT_NOUN_RE = re.compile(rf"\b{_EVENT_NOUNS}\b", re.I)  # (for "that ...": the event named)
PERIOD_PHRASE_RE = re.compile(r"(?:before|prior\s+to)\s", re.I)
# (the items after a list's first one, each with its own participle, up to a closing date)
LIST_TO_DATE_RE = re.compile(rf"(?:\s*(?:,|\band\b)\s*(?:{_QUAL}\s+)?[\d.,]+(?:\s+(?:million|"
                             rf"thousand))?\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en))+\s+(?:as\s+of|"
                             rf"as\s+at|by)\s+", re.I)
LENGTH_FROM_BEFORE_RE = re.compile(rf"\b(?:\d+|{'|'.join(UNITS[1:] + TENS)}|first|last)\s+"
                                   r"(?:days?|weeks?|months?)\s+from\s+$", re.I)
PASSIVE_NO_AGENT_AFTER_RE = re.compile(r"\s+(?:have|has|had)\s+(?:also\s+)?been\s+[a-z]+(?:ed|en)"
                                       r"\b(?!\s+by\b)", re.I)
VAGUE_PART_AFTER_RE = re.compile(r",\s*(?:many|most|some|several|all|few|dozens|hundreds|"
                                 r"thousands)\s+of\s+(?:them|whom)\b[^,;.]*", re.I)
DURING_EVENT_OPENING_RE = re.compile(r"\W*(?:during|in|over|throughout)\s+the\s+[^,]{3,60},",
                                     re.I)
# ("brings to 195 the number of bodies returned": the counted noun after the value)
NUMBER_OF_BODIES_AFTER_RE = re.compile(r"\s+the\s+(?:number|total|count|tally)\s+of\s+"
                                       r"(?:[\w-]+\s+){0,2}?(?:bodies|body|coffins)\b", re.I)
# (a passive or a state of the figure's own: "are displaced", "remain homeless")
OWN_FINITE_RE = re.compile(r"\b(?:are|is|were|was|remain|remains|remained)\s+(?:now\s+|still\s+)?"
                           r"[a-z]+(?:ed|en|less)\b", re.I)
THEN_IN_RELATIVE_RE = re.compile(r"\b[a-z]+\s+(?:that|which)\s+(?:[a-z]+\s+){1,3}$", re.I)
SIDE_OPENING_RE = re.compile(r"\W*on\s+the\s+[\w-]+\s+side\b", re.I)
# ("..., with 92,401 people wounded": a figure of its own, its participle its own)
WITH_FIGURE_BEFORE_RE = re.compile(r"\bwith\s+(?:[a-z]+\s+){0,3}$", re.I)
# ("... killed in the assault": an event the sentences before named and placed)
ATTACK_ANAPHOR_RE = re.compile(r"\b(?:in|during)\s+(?:the|that)\s+(?:attacks?|assault|raid|"
                               r"massacre|incursion|onslaught|rampage)\b", re.I)
EARLIER_EVENT_NOUN_RE = re.compile(r"\b(?:attacks?|assault|raid|massacre|incursion|onslaught|"
                                   r"rampage)\b", re.I)
# (a year inside the phrase is no figure: "the number of arrests since October 2023 to")
NUMBER_OF_RE = re.compile(r"\b(?:number|total|count|tally|toll)\s+of\s+"
                          r"(?P<np>(?:[^,;:\d\u0660-\u0669\u06f0-\u06f9]|"
                          r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)|"
                          # (the day of a date: "since October 27, 2023, to 467")
                          r"(?<![\d,.])\d{1,2},?(?=\s+(?:19|20)\d\d\b)|,(?=\s+(?:19|20)\d\d\b)|"
                          r"(?<=(?:19|20)\d\d),|"
                          # (a change in per cent: "rose 12% in the first quarter to 3,405")
                          r"\d(?=[\d.]*\s?(?:%|per\s?cent\b|percent\b))"
                          r"){1,120})$",
                          re.I)
VALUE_OF_RE = re.compile(rf"\b(?P<head>(?!out\b|instead\b)[a-z]+)\s+of\s+(?:{_QUAL}\s+)?$")
# "292 were killed and 1,045 were injured": a cue across "and" belongs to the other figure.
CONJUNCTIONS = frozenset(["and", "but", "while", "whereas"])
COMBINED_CUE_RE = re.compile(r",|\s(?:or|and)\s", re.I)
# A capitalised word between two capitalised words is part of a name ("the Israel Prison
# Service says"), unless the whole line is written in title case.
NAME_NEIGHBOURS_RE = re.compile(r"[A-Z][\w'’.-]*\s+$")
NAME_NEXT_RE = re.compile(r"\s+[A-Z]")
TITLE_WORD_RE = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
COORDINATED_RE = re.compile(r"\s+(?:and|or)\s+([^\W\d_][\w'’-]*)")
MEANWHILE_RE = re.compile(r"^\W*(?:meanwhile|at\s+the\s+same\s+time|simultaneously)\s*,",
                          re.I)
IN_RETURN_RE = re.compile(
    r"^\W*in\s+(?:return|exchange)\b(?!\s+for\b)|^[^,]{0,40},\s*for\s+(?:its|their)\s+part\b",
    re.I)
# "killed on 7 October 2023, and 36 were taken", "lasted one week and saw 105 freed"
# ", and under the October deal": a clause joined after a comma
AND_CLAUSE_RE = re.compile(r",\s*(?:and|but|while)\s", re.I)
# (", while the number of administrative detainees had reached 3,443": a count named by
# its noun may run longer)
NUMBER_COMPOUND_RE = re.compile(r"\d+\s*-\s*[^\W\d_]+")  # "7-day", "42-day"
WHILE_PART_RE = re.compile(rf",\s*while\s+(?:{_QUAL}\s+)?$", re.I)
# Nouns that name people and nothing more (not "health workers", a part of them)
PEOPLE_WORDS = frozenset(["people", "persons", "person", "individuals", "individual"])
# "240 for 105": the two sides of one exchange, the second right after "for"
PAIR_FOR_RE = re.compile(rf"\s+for\s+(?:{_QUAL}\s+)?", re.I)
# ("Israel said 98 remained while some trackers said 94": "while" needs no comma)
COORDINATION_RE = re.compile(r",\s*(?:and|while|as|with|as\s+well\s+as)\s+(?:\S+\s+){0,3}$|"
                             r"\s(?:while|whereas)\s+(?:\S+\s+){0,3}$|"
                             r",\s*(?:and|while)\s+(?:the\s+)?(?:number|count|total|tally)"
                             r"\s+of\s+(?:[^\s\d]+\s+){1,6}$|"
                             r"^[^,;:\d]{0,40}\sand\s+(?:\S+\s+){0,2}$"
                             # "38 were killed in the Oct. 7 attack and about 40 were taken"
                             r"|^[^,;:]{0,60}?\b(?:on|in)\s+(?:the\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b"
                             r"[^,;:\d]{0,20}\sand\s+(?:\S+\s+){0,2}$", re.I)
# ("The six were the last living hostages": past the article, an ordinal and a state)
COPULA_NOUN_RE = re.compile(rf"\s+(?:were|was|are|is)\s+(?:also\s+)?"
                            rf"(?:{_RANKED}(?:(?:living|surviving|remaining)\s+)?)?"
                            r"(?P<noun>[^\W\d_][\w'’-]*)", re.I)
# The verbs of holding people, shared by the patterns of places and states of holding
_HOLDING_VERBS = r"(?:held|detained|kept|jailed|imprisoned)"
PAST_STATE_RE = re.compile(rf"\s+(?:were|was)\s+{_HOLDING_VERBS}\b", re.I)
WHOLE_OPENING_RE = re.compile(rf"(?:^|[^\w\s]\s*)(?:of|out\s+of|among)\s+(?:the\s+)?"
                              rf"(?:{_QUAL}\s+)?\W*$", re.I)
SINCE_RE = re.compile(r"\bsince\b", re.I)
# "Israel resumed its offensive on March 18, ending the truce after 58 days": a clause of
# what the event ended is of the event's day.
ENDING_CLAUSE_RE = re.compile(r",\s*(?:ending|ended)\b[^,;]*$", re.I)
RESULT_CLAUSE_RE = re.compile(r",\s*(?:bringing|raising|taking|pushing|lifting)\b[^,;]*$", re.I)
# ("Between 18 March 2025, when hostilities resumed, and 30 July": past a "when" aside)
SPAN_END_RE = re.compile(r"\s*(?:,\s*(?:when|as|after)\b[^,.;]{0,60})?,?\s*"
                         r"(?:and|to|until|till|through|-|–)\s*", re.I)
# ", in November 2023,"; ", released on Monday," (figures dated by their release)
DASH_ASIDE_CHARS = 60  # the longest aside between dashes read past to the noun before it
# " in ", " on ": all that stands before a date set off as a phrase of its own
RECORD_FROM_RE = re.compile(r"\s*(?:from|dated|of)\s+(?:the\s+)?", re.I)  # ", from May,"
DATE_PHRASE_RE = re.compile(r"\s*(?:in|on|during|at|by)\s+(?:the\s+)?$", re.I)
APPOSITIVE_RE = re.compile(r"^\s*(?:(?:that|while|but|although)\s+)?"
                           r"(?:(?:released|published|issued|updated|compiled)\s+)?"
                           r"(?:in|on|during|at|by)\s", re.I)
# "The list includes 69 women", "They include 400 children": the subject points back.
SPEECH_LEAD_RE = re.compile(r"^[^,;:]{1,60}?\b(?:said|says|say|reported|noted|added|stated)"
                            r"\s+(?:that\s+)?", re.I)
DEFINITE_SUBJECT_RE = re.compile(r"^\W*(?:(?:the|this|that|these|those)\s+(?:\w+\s+){0,2}\w+|"
                                 r"they|these|those|both|this|that|it)\s*$", re.I)
LOCATIVE_OPENER_RE = re.compile(r"^\W*(?:in|inside|across|on\s+the|elsewhere\s+in|meanwhile\s+in|"
                                r"over\s+in|further\s+north\s+in|in\s+neighbouring)\s", re.I)
# "Since the ground operation began, ...": a phrase of time or place opening the sentence
ADVERBIAL_OPENING_RE = re.compile(r"\W*(?:since|during|in|over|throughout|after|across|"
                                  r"inside)\b", re.I)
SPEAKER_LABEL_RE = re.compile(r"\W*[A-Z][\w.'’ -]{0,30}:\s+")  # "A: ", "SPOKESMAN: "
# "The deal, agreed in January, has brought home 33": a verb of the present or perfect
PRESENT_VERB_RE = re.compile(r"\b(?:has|have|is|are|remains?|stands?)\b", re.I)
# ", agreed in January,", ", which took effect on 19 January 2025,": an aside describing
# the subject before it by what happened to it
DESCRIBING_ASIDE_RE = re.compile(r"\s*(?:which|that|agreed|signed|reached|brokered|announced|"
                                 r"declared|struck|concluded)\b", re.I)
# "Remanded: 3,283", "- Administrative detainees: 3,629": a line that is a label and its value
LABEL_LINE_RE = re.compile(rf"\W*[A-Za-z][^:.;]{{0,60}}:\s*(?:{_QUAL}\s+)?", re.I)
# "the remains of the 28 dead are to follow", "... will follow"
FOLLOW_AFTER_RE = re.compile(r"\s+(?:are|is)\s+to\s+follow\b|\s+will\s+follow\b|\s+followed\s*[.;]",
                             re.I)
# "have not been returned", "was never released", "hasn't freed": a cue denied
NEGATED_BEFORE_RE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|been|be|being)\s+){0,2}$",
                               re.I)
# "aged 29, 36 and 46": what parts the ages of a list
AGE_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
# "Aid trucks began entering ...": a plural noun opening the sentence as its subject
THINGS_SUBJECT_RE = re.compile(r"\W*(?:[A-Za-z]+\s+){0,2}?(?P<noun>[a-z]+[^s\W]s)\s+(?:began|"
                               r"were|are|have|had|will|arrived|entered|crossed|reached|came)\b")
# Number words that open a figure of their own ("three", "twenty"; not "one", which
# also stands for a person: "20 hostages, one of them")
NUMBER_WORDS = frozenset([*UNITS[2:], *TENS])
ALSO_RE = re.compile(r"\b(?:was|were)\s+also\b", re.I)  # "Ten Thai nationals were also freed"
# "UKRAINE: Russia and Ukraine each handed over ...": a briefing's label of a place
LABEL_OPENER_RE = re.compile(r"^\W*[A-Z][A-Z.'’ -]{1,30}:\s")
# "in Gaza", "from Israeli prisons": a cue inside a prepositional phrase (two words of the
# phrase may stand between the preposition and the cue).
IN_PHRASE_RE = re.compile(r"\b(?:in|into|of|from|out\s+of)\s+(?:(?!(?:are|were|was|is|has|have|"
                          r"had|be|been|being|will|would)\b)[\w'’-]+\s+){0,2}$", re.I)
PREPOSITION_RE = re.compile(r"(?:in|into|of|from)\s", re.I)
REDUCED_CUE_COST = 8  # "50 women held in Gaza will be released": the verb outweighs "held"
FINITE_OVER_REDUCED_COST = 40  # no distance makes the participle the clause's verb
FINITE_CUE_BEFORE_RE = re.compile(r"\b(?:are|is|were|was|be|been|being|remain|remains|remained)"
                                  r"\s+(?:still\s+|now\s+|being\s+)?$", re.I)
REDUCED_GAP_RE = re.compile(r"^\s+[^\W\d_][\w'’\s-]*$")
AUXILIARY_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|will|would|has|have|had|"
                          r"to|shall|may|might|can|could|must)\b", re.I)
# "28 who died in captivity": from the figure's end to a cue inside its relative clause.
RELATIVE_AFTER_NOUN_RE = re.compile(rf"(?:\s+[\w'’-]+){{0,6}}?\s+"
                                    rf"(?:who|{_THAT_RELATIVE}|which|whom)\s+"
                                    r"(?:[\w'’-]+\s+){0,4}$", re.I)
# (or a time of its own: "the 250 hostages taken that day are still being held")
REDUCED_AFTER_RE = re.compile(r"\s+(?:in|inside|by|at|since|from|during|on|under|"
                              r"(?:that|this|last)\s+(?:day|night|morning|afternoon|evening|"
                              r"week|weekend|month|year)|yesterday|overnight)\b", re.I)
ATTRIBUTE_CUE_COST = 4  # "the remaining 20 ... were freed": the verb outweighs the adjective
# "four hostages rescued on Saturday had been held for 245 days": how long a state lasted
# says what happened to them before, not that it holds.
DURATION_CUE_COST = 8
DURATION_AFTER_RE = re.compile(
    r"\s+for\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
    r"(?:\d[\d,]*|an?|[a-z]+(?:-[a-z]+)?)\s+(?:days?|weeks?|months?|years?)\b", re.I)
UNREALIZED_COST = 8  # "refused to free the 59 hostages it still holds": the state outweighs
WEAK_CUE_COST = 6  # "20 believed to be alive have left Gaza": the verb outweighs the state
FROM_PLACE_RE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(gaza|west\s+bank|jerusalem|israel)\b",
                           re.I)
FINITE_VERB_RE = re.compile(r"\b(?:were|was|are|is|have|has|had|remain|remains|remained|"
                            r"will|would)\b", re.I)
AMONG_BEFORE_RE = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
AMONG_GAP_RE = re.compile(rf"^[\w\s'’-]{{0,60}}?\b(?:were|are|was|is)\s+(?:{_QUAL}\s+)?$", re.I)
# "three prisoners for every hostage", "40 patients a day", "one or two at a time": a
# rate, not a count (but "50 hostages a day after the truce began" is a count and a time).
# ("15 Palestinians for the remains of every deceased hostage")
PER_RE = re.compile(r"\s+(?:for\s+(?:the\s+(?:remains|bodies|body)\s+of\s+)?(?:every|each)|"
                    r"per\b|(?:a|each|every)\s+(?:day|week|month)\b"
                    r"(?!\s+(?:after|before|later|earlier|ago)\b)|at\s+a\s+time\b)", re.I)
# "for each civilian hostage": the noun a rate is counted against.
# ("for each woman or child released": the rate's other side may join two nouns)
PER_PHRASE_RE = re.compile(r"\b(?:for\s+(?:every|each)|per)\s+[\w'’ -]*?"
                           r"(?:\s+(?:and|or)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"
                           r"(?=\s+(?:and|or)\b|[,;:.]|$)", re.I)
FORWARD_CUES = frozenset(["exchange", "in return for"])
SHARE_OF_SUBJECT_RE = re.compile(rf"\W*(?P<np>[^,;:]{{2,40}}?)\s+(?:(?:make|makes|made)\s+up|"
                                 rf"(?:account|accounts|accounted)\s+for)\s+"
                                 rf"(?:(?:another|a\s+further|{_QUAL})\s+)?$", re.I)
# "many of the 1,718 ...": a vague part named before its whole
QUANTIFIER_OF_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(PARTITIVE_QUANTIFIERS | {"half"}))
                                     + r")\s+of\s+(?:the\s+)?$", re.I)
# "how many of the 33 hostages ... are returned alive": the state is the part's, not all
# the whole's (unlike "all of the 33")
SOME_OF_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(
    (PARTITIVE_QUANTIFIERS - {"all"}) | {"half", "how many", "which"})) + r")\s+of\s+(?:the\s+)?$",
    re.I)
LIST_WORD_RE = re.compile(r"\b(?:list|register|roster)\b", re.I)
LIST_OF_BEFORE_RE = re.compile(r"\blists?\s+of\s+(?:the\s+)?(?:identified\s+|named\s+|known\s+)?"
                               r"(?P<np>[^\W\d_]+(?:\s+(?:killed|dead))?)\b", re.I)
# "50,357 names of people killed": nouns that stand for the people they list.
STAND_IN_HEADS = frozenset(["name", "record", "entry", "member"])
CLASSED_AS_RE = re.compile(r"\s*,?\s+(?:who\s+(?:are|were)\s+)?(?:classified|classed|described|"
                           r"designated|listed|registered|defined|categori[sz]ed|labell?ed)"
                           r"\s+as\s+(?P<np>(?:[^\W\d_][\w'’-]*\s*){1,3})", re.I)
# "1,402 people were being held under the Unlawful Combatants Law": held as detainees
# (the verb may be left out: "Addameer counted 3,376 people in administrative detention")
# ("Ten thousand of our people languish in the occupation's prisons")
DETAINED_AS_RE = re.compile(r"\s+(?:(?:who\s+)?(?:(?:are|were|is|was)\s+(?:being\s+)?)?"
                            r"(?:held|detained|jailed|imprisoned|languish|languishing)\s+)?"
                            r"(?:as\s+of\s+\S+\s+)?(?P<np>under\s+"
                            r"(?:the\s+)?unlawful\s+combatants?|in\s+administrative\s+"
                            r"detention|as\s+unlawful\s+combatants?|in\s+military\s+"
                            r"detention|without\s+(?:charge|trial)|in\s+(?:the\s+)?"
                            r"(?:[\w-]+['’]s\s+|israeli\s+)?(?:prisons?|jails?))", re.I)
GENERIC_CLASSES = frozenset(["person", "palestinian", "israeli"])  # "people", "Palestinians"
AS_OF_RE = re.compile(r"\bas\s+of\s+$", re.I)
DATA_DATED_RE = re.compile(r"\b(?:dated|as\s+of|as\s+at|current\s+(?:as\s+)?(?:of|to)|"
                           r"valid\s+(?:as\s+)?(?:of|on))\s+(?:the\s+)?$", re.I)
SPAN_OPENER_RE = re.compile(r"^\W*(?:since|from|after|following|starting)\b", re.I)
INCLUDE_RE = re.compile(
    rf"\b(?:include|includes|included|comprise|comprises|comprised)\s+(?:{_QUAL})?\s*$", re.I)
# "The group, four children and nine women, were taken to hospital": a list set off after
# a short definite subject breaks down what the subject counts.
APPOSED_LIST_RE = re.compile(r"^\W*(?P<subject>(?:the|these|those)(?:\s+[^\W\d_]+){1,3}?)"
                             r"\s*(?:,|\s[\u2014\u2013])\s+"
                             r"(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:,\s+|\s+and\s+)){0,3}$", re.I)
WHOLE_AFTER_OUT_OF_RE = re.compile(r"\s+out\s+of\s+(?:the\s+)?(\d[\d,]*)(?!\d|[.,]\d)")
OUT_OF_WHOLE_RE = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
OUT_OF_BEFORE_RE = re.compile(r"\d\s+out\s+of\s+(?:the\s+)?$")
PROPORTION_BASES = frozenset([2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000])
RATIO_RE = re.compile(r"\s+(?:in|out\s+of|of\s+every)\s+(?:every\s+)?(?:\d|(?:two|three|four|five|"
                      r"six|seven|eight|nine|ten|twenty|hundred|thousand)\b)", re.I)
# "a ratio of close to 100 to one", "a 50-to-1 exchange"
TO_ONE_RE = re.compile(r"(?:-to-|\s+to\s+)(?:one|1)\b(?![,.]?\d)", re.I)
FOR_EVERY_BEFORE_RE = re.compile(r"\bfor\s+(?:every|each)\s+$", re.I)
FOR_ONE_END_RE = re.compile(r"\s+for\s+(?:one|1|each|every\s+one)\s*(?:[.,;:!?)]|$)", re.I)
RATIO_WORD_BEFORE_RE = re.compile(r"\b(?:ratio|rate|odds)\b", re.I)  # (before "N to one")
# "one in ten", "9 out of 10", "two of every three"; not "one of 81 Israelis freed".
RATIO_BEFORE_RE = re.compile(r"\d\s+(?:in|out\s+of|of\s+every)\s+(?:every\s+)?$|\b(?:one|two|"
                             r"three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of|"
                             r"of\s+every)\s+(?:every\s+)?$", re.I)
WHOLE_PHRASE_OPENING_RE = re.compile(r"\W*(?:of|out\s+of|among)\s+(?:the|these|those|all)\s+"
                                     r"[^,;]{1,80},", re.I)
OPENING_PARTITIVE_RE = re.compile(
    r"^\W*(?:of|out\s+of|among)\s+(?:the|these|those|all)\s+(?P<np>[^,\d]{1,80}),", re.I)
# "the hostages it still held", "were still in Gaza when the deal was signed"
# (not the participle of "the 48 hostages still held in Gaza")
STILL_PAST_RE = re.compile(r"\b(?:was|were|had)\s+still\b|\b(?:it|they|he|she|we|who|which)\s+"
                           r"still\s+(?:was|were|had|held)\b", re.I)
# "The other 1,718 were ...", "The remaining 28 are thought to be dead"
OTHER_PART_OPENING_RE = re.compile(r"\W*the\s+(?:other|remaining)\s+", re.I)
# ("Among those held are some 50 women", "Among them were ...")
OF_PRONOUN_OPENING_RE = re.compile(r"^\W*(?:of|among)\s+(?:them|those|these)(?:\s*,|"
                                   r"(?:\s+[a-z]+)?\s+(?:are|were|is|was)\b)", re.I)
QUANTIFIER_OPENING_RE = re.compile(
    r"^\W*(?:most|many|some|all|half|several|none|the\s+majority|the\s+rest|a\s+few)\s+of\s+"
    r"(?:the|these|those)\s+(?P<np>[^,\d]{1,80}),", re.I)

def _inflect_engine() -> Any:
    """inflect's engine, imported without typeguard's run-time instrumentation.

    inflect decorates its functions with ``typeguard.typechecked``, which re-compiles them
    at import time (about 2 s, in every worker process) and checks argument types on
    every call. Those checks are a debugging aid (typeguard skips them under ``python
    -O``); the decorator is swapped for a pass-through while inflect is imported.
    """
    try:
        import typeguard
    except ImportError:  # an inflect that does not use typeguard
        import inflect

        return inflect.engine()
    original = typeguard.typechecked

    def passthrough(target: Any = None, **_options: Any) -> Any:
        return target if target is not None else (lambda function: function)

    typeguard.typechecked = passthrough
    try:
        import inflect
    finally:
        typeguard.typechecked = original
    return inflect.engine()


_INFLECT = _inflect_engine()


@dataclass
class Mention:
    """A number (or a range of two) with what the extractor has read about it."""

    number: Number
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    noun_class: str = ""
    unit: str = ""
    np_words: list[str] = field(default_factory=list)
    np_end: int = 0
    metric: str = ""
    subgroup: str = ""
    parent: Mention | None = None
    as_of: str = ""
    sentence_no: int = 0
    repeat: bool = False
    ratio: bool = False
    age: bool = False  # "his mother, now 81": an age, never a count
    reach: int = 10**9  # where words describing a number with no noun of its own begin
    # "the number of martyrs ... has risen to 44,580": the counted noun read before the
    # number, when it is itself a cue, says what is counted whatever stands nearer.
    noun_at: tuple[int, int] | None = None
    # the figure a verbless list line breaks down, found a few lines back ("- Women: 49")
    listed_under: Mention | None = None
    partitive: bool = False  # "41 of the hostages ...": the noun came after "of the"
    modifier: bool = False  # "a 42-day truce", "week-long": a length describing a noun
    rate_class: str = ""  # what a rate counts ("30 prisoners for each hostage")
    included: bool = False  # a part named after "including" that undergoes its whole's verb
    # a part of a state, counted by the event that began it ("120 hostages remain. Of those,
    # 116 were abducted on 7 October"): the event's date is no date of the state
    began_state: bool = False
    share_of: bool = False  # "Women account for 8,304": a share its subject names


@lru_cache(maxsize=1)
def _qualifier_table() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], int]:
    """Qualifier phrases as token tuples: (before the number, after it, longest length)."""
    q = load_language()["qualifiers"]

    def table(keys: dict[str, str]) -> dict[tuple[str, ...], str]:
        out: dict[tuple[str, ...], str] = {}
        for list_name, qualifier in keys.items():
            for phrase in q[list_name]:
                out.setdefault(tokens_of(phrase), qualifier)
        return out

    before = table({"at_least": "at_least", "at_most": "at_most",
                    "approximate": "approximate"})
    after = table({"at_least_after": "at_least", "approximate_after": "approximate",
                   "at_most_after": "at_most"})
    return before, after, max(len(k) for k in [*before, *after])


@lru_cache(maxsize=1)
def _over_bounds_after() -> frozenset[str]:
    """Words after which "over" before a length of time bounds it ("lasted over a year")."""
    return frozenset(load_language()["qualifiers"]["over_bounds_after"])


@lru_cache(maxsize=1)
def _particle_verbs() -> dict[str, frozenset[str]]:
    """Verbs whose particle looks like a qualifier ("hand over", "turned over")."""
    table = load_language()["qualifiers"].get("particle_verbs") or {}
    return {word: frozenset(verbs) for word, verbs in table.items()}


@lru_cache(maxsize=1)
def _population() -> tuple[re.Pattern[str], frozenset[str]]:
    """"the territory's 2.3 million people", "Gaza's 2.1 million residents": the pattern
    of a place owning the figure right before it, and the nouns naming its people."""
    lang = load_language()["extraction"]
    owners = "|".join(re.escape(w) for w in sorted(lang["population_owners"], key=len,
                                                  reverse=True))
    return (re.compile(rf"\b(?:(?:{owners})['’]s?|its|their)\s+(?:{_QUAL}\s+)?$", re.I),
            frozenset(w.lower() for w in lang["population_nouns"]))


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    """Every word of a qualifier phrase ("more", "than", "about", ...)."""
    before, after, _ = _qualifier_table()
    return frozenset(t for phrase in [*before, *after] for t in phrase)


@lru_cache(maxsize=4)
def _phrase_index(taxonomy: Taxonomy) -> PhraseIndex:
    """The taxonomy's phrase lists and the extractor's word lists, matched in one pass."""
    lang = load_language()
    lists = dict(taxonomy.phrase_lists)
    lists.update(marker_lists())
    lists.update({
        "anaphora": lang["extraction"]["anaphora"],
        "not_a_cue": lang["extraction"]["not_a_cue"],
        "present": lang["dates"]["present_markers"],
    })
    return PhraseIndex(lists)


@lru_cache(maxsize=1)
def _split_cues(taxonomy: Taxonomy) -> list[tuple[str, re.Pattern[str]]]:
    """Per metric, its two-word cues of a verb and a particle with up to six words between
    ("brought 105 home", "handed the 33 over"): the words are checked for a figure."""
    particles = {str(p).lower() for p in load_language()["extraction"]["separable_particles"]}
    found = []
    for metric in taxonomy.metrics:
        pairs = {tuple(c.lower().split()) for c in metric.cues}
        pairs = {p for p in pairs if len(p) == 2 and p[1] in particles}
        if pairs:
            # (a name set off by commas may stand in the gap: "to get one soldier, Gilad
            # Shalit, home")
            alternatives = "|".join(rf"{re.escape(v)}\s+(?P<gap{i}>(?:[\w'’-]+,?\s+){{1,6}}?)"
                                    rf"{re.escape(p)}" for i, (v, p) in enumerate(sorted(pairs)))
            found.append((f"cue:{metric.id}",
                          re.compile(rf"\b(?:{alternatives})\b(?![-’'])", re.I)))
    return found


def _split_cue_hits(text: str, numbers: list[Number],
                    taxonomy: Taxonomy) -> dict[str, list[tuple[int, int]]]:
    """Where a two-word cue holds the figure it tells of between its words, the verb's span."""
    starts = [n.start for n in numbers]
    hits: dict[str, list[tuple[int, int]]] = {}
    for name, pattern in _split_cues(taxonomy):
        for m in pattern.finditer(text):
            gap = next(g for g in m.groupdict() if m.group(g) is not None)
            lo, hi = m.span(gap)
            if "\n" in text[m.start() : hi]:
                continue
            i = bisect.bisect_left(starts, lo)
            if i < len(starts) and starts[i] < hi:
                hits.setdefault(name, []).append((m.start(), lo - 1))
    return hits


@lru_cache(maxsize=32)
def _extraction_words(key: str) -> frozenset[str]:
    """The language file's extraction list ``key``, lower-cased, as a set."""
    return frozenset(str(w).lower() for w in load_language()["extraction"][key])


def _attributive_stops() -> frozenset[str]:
    return _extraction_words("attributive_stops")


@lru_cache(maxsize=1)
def _attribution_verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in load_language()["attribution"]["verbs"])


def _np_stop() -> frozenset[str]:
    """Words that end the noun phrase after a number."""
    return _extraction_words("noun_phrase_stop")


@lru_cache(maxsize=1)
def _document_before() -> re.Pattern[str]:
    """A document noun ending right before a cue ("the list released ...")."""
    words = load_language()["extraction"]["document_nouns"]
    # "the list released", "the list of identified dead, released on Monday"
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")"
                      r"(?:\s+of\s+[^\W\d_][^,.;:]{0,30},)?\s+$", re.I)


def _participles() -> frozenset[str]:
    return _extraction_words("irregular_participles")


@lru_cache(maxsize=1)
def _continuation() -> re.Pattern[str]:
    words = load_language()["extraction"]["continuation"]
    return re.compile(r"(?:" + phrase_regex(words).pattern + r")\s+$", re.I)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """Singular lower-case form of a noun (inflect), guarding its known misreadings."""
    lower = word.lower()
    if len(lower) <= 3 or lower.endswith(("ss", "us", "sis", "'s", "’s")):
        return lower
    result = _INFLECT.singular_noun(lower)
    return result if isinstance(result, str) and result else lower


# --------------------------------------------------------------------------- sentence tools


@dataclass
class TextIndex:
    """One text (an article body or a post) read once: words, clause boundaries, dates,
    numbers and every taxonomy phrase, all in the text's own coordinates."""

    text: str
    token_starts: list[int]
    bounds: list[int]
    punctuation: list[int]
    sentence_starts: list[int]
    dates: list[DateMention]
    numbers: list[Number]
    hits: dict[str, list[tuple[int, int]]]
    number_starts: list[int]
    date_starts: list[int]
    hit_starts: dict[str, list[int]]
    conjunctions: list[int]
    semicolons: list[int] = field(default_factory=list)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    def spans_of(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """Spans of ``pattern`` in the text (found once per text) that start in [lo, hi)."""
        spans = self._spans.get(pattern.pattern)
        if spans is None:
            spans = self._spans[pattern.pattern] = [m.span() for m in pattern.finditer(self.text)]
        first = bisect.bisect_left(spans, (lo, -1))
        last = bisect.bisect_left(spans, (hi, -1))
        return spans[first:last]

    @classmethod
    def build(cls, text: str, sentences: list[Span], published: str,
              taxonomy: Taxonomy) -> TextIndex:
        """Index ``text`` whose sentences are ``sentences``."""
        tokens = tokenize(text)
        dates = find_dates(text, published or None, tokens)
        numbers = find_numbers(text, masks=[(d.start, d.end) for d in dates], tokens=tokens)
        inside = [(d.start, d.end) for d in dates]
        # Commas inside a date (October 7, 2023) are not boundaries; those inside a number
        # (10,400) never match BOUNDARY_RE.
        # "١٠٬٨٠٠ (10,800) at the beginning of July": brackets around a number alone gloss
        # it and part no clause.
        inside += [(m.start(), m.end()) for m in GLOSS_RE.finditer(text)]
        punctuation = [i for i in (m.start() for m in BOUNDARY_RE.finditer(text))
                       if not any(s <= i < e for s, e in inside)]
        # "Three men held in Gaza since October 7, 2023, were handed over": the comma that
        # closes a date inside the subject parts no clause from its verb.
        # (not one closing an aside: "The war, triggered by the attack on October 7, 2023,
        # has killed ...")
        closing = {d.end for d in dates if "," in text[d.start : d.end] and
                   DATE_CLOSE_VERB_RE.match(text, d.end) and
                   not ASIDE_OPENED_RE.search(text, max(0, d.start - 120), d.start)}
        # (a clause word opening a date is none: "a truce that November")
        bounds = sorted([i for i in punctuation if i not in closing] +
                        [m.start() for m in CLAUSE_WORDS_RE.finditer(text)
                         if not any(s <= m.start() < e for s, e in inside)])
        hits = dict(_phrase_index(taxonomy).find_tokens(tokens))
        for name, spans in _split_cue_hits(text, numbers, taxonomy).items():
            hits[name] = [*hits.get(name, ()), *spans]
        # A cue inside a combined cue ("killed" inside "killed or injured") belongs to the
        # combination; a longer phrasing of the same idea ("being held") absorbs nothing.
        long_cues = [(s, e) for name, spans in hits.items() if name.startswith("cue:")
                     for s, e in spans if COMBINED_CUE_RE.search(text[s:e])]
        if long_cues:
            for name in [n for n in hits if n.startswith("cue:")]:
                hits[name] = [(s, e) for s, e in hits[name] if not any(
                    s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2 in long_cues)]
        for name in [n for n in hits if n.startswith("context:")]:
            # "Lebanon's health ministry" vetoes a Gaza toll; the "health ministry" inside
            # it is no Gaza context.
            vetoes = hits.get("exclude" + name[7:], ())
            if vetoes:
                hits[name] = [(s, e) for s, e in hits[name]
                              if not any(s2 <= s and e <= e2 for s2, e2 in vetoes)]
        if "present" in hits:
            # "handed over the 20 hostages it still held": "still" with a past verb tells
            # of that past time, not of today.
            hits["present"] = [(s, e) for s, e in hits["present"]
                               if not STILL_PAST_RE.search(text, max(0, s - 6), e + 6)]
        starts = [span.start for span in sentences]
        blockers = hits.get("not_a_cue", ())
        for name in [n for n in hits if n.startswith("exclude")] if blockers else ():
            # ("Hostages and Missing Families Forum": a name's words rule nothing out)
            hits[name] = [(s, e) for s, e in hits[name]
                          if not any(b0 <= s and e <= b1 for b0, b1 in blockers)]
        document = _document_before()
        for name in [n for n in hits if n.startswith("cue:")]:
            # "the prison service confirms ...": a cue inside an institution's name; "the
            # list released on Monday": what a document undergoes says nothing of people;
            # "their bodies have not been returned": an event denied did not happen.
            hits[name] = [(s, e) for s, e in hits[name]
                          if not any(b0 <= s and e <= b1 for b0, b1 in blockers)
                          and not document.search(text, max(0, s - 50), s)
                          and not NEGATED_BEFORE_RE.search(text, max(0, s - 25), s)]
            if any(text[s].isupper() for s, _ in hits[name]):
                hits[name] = [(s, e) for s, e in hits[name]
                              if not _inside_name(text, s, e, sentences, starts)]
        for spans in hits.values():
            spans.sort()
        return cls(text, [t[0] for t in tokens], bounds, punctuation,
                   starts, dates, numbers, hits,
                   [n.start for n in numbers], [d.start for d in dates],
                   {name: [s for s, _ in spans] for name, spans in hits.items()},
                   [t[0] for t in tokens if t[2] in CONJUNCTIONS],
                   [i for i in punctuation if text[i] == ";"])


def _inside_name(text: str, start: int, end: int, sentences: list[Span],
                 starts: list[int]) -> bool:
    """True for a capitalised cue standing between two capitalised words of a sentence
    not written in title case: "Prison" in "the Israel Prison Service said"."""
    if not text[start].isupper():
        return False
    if not NAME_NEIGHBOURS_RE.search(text, max(0, start - 30), start) or \
            not NAME_NEXT_RE.match(text, end):
        return False
    i = bisect.bisect_right(starts, start) - 1
    sentence = text[sentences[i].start : sentences[i].end] if i >= 0 else text
    words = TITLE_WORD_RE.findall(sentence)
    if not words:
        return False  # "7 HOSTAGES RELEASED TO RED CROSS": a line in capitals names nothing
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised * 2 <= len(words)


@dataclass
class SentenceView:
    """A window [lo, hi) of an indexed text, seen from a sentence starting at ``base``.

    Positions given to and returned by a view are relative to ``base`` (they may be
    negative for the earlier sentences a wide view takes in).
    """

    index: TextIndex
    base: int
    lo: int
    hi: int
    _cache: dict[tuple[str, int | None], list[tuple[int, int]]] = field(
        default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        """The text from ``base`` to the end of the window."""
        return self.index.text[self.base : self.hi]

    @property
    def dates(self) -> list[DateMention]:
        """Dates inside the window, relative to ``base``."""
        starts = self.index.date_starts
        first, last = bisect.bisect_left(starts, self.lo), bisect.bisect_left(starts, self.hi)
        return [DateMention(d.start - self.base, d.end - self.base, d.as_of, d.span_start)
                for d in self.index.dates[first:last]]

    def dated(self) -> bool:
        """Whether any date in the window resolves to a time (no objects built)."""
        starts = self.index.date_starts
        first, last = bisect.bisect_left(starts, self.lo), bisect.bisect_left(starts, self.hi)
        return any(d.as_of for d in self.index.dates[first:last])

    def span_date_spans(self) -> list[tuple[int, int]]:
        """Relative spans of the dates in the window that open a span ("since ...")."""
        starts = self.index.date_starts
        first, last = bisect.bisect_left(starts, self.lo), bisect.bisect_left(starts, self.hi)
        return [(d.start - self.base, d.end - self.base)
                for d in self.index.dates[first:last] if d.span_start]

    def sub(self, start: int, end: int) -> SentenceView:
        """A view of the relative range [start, end) with the same base."""
        return SentenceView(self.index, self.base, self.base + start, self.base + end)

    def widened(self, lo: int) -> SentenceView:
        """The same view reaching back to absolute position ``lo``."""
        return SentenceView(self.index, self.base, min(lo, self.lo), self.hi)

    def hits(self, name: str, cues_from: int | None = None) -> list[tuple[int, int]]:
        """Relative spans of the phrase list ``name`` inside the window (cached)."""
        key = (name, cues_from)
        found = self._cache.get(key)
        if found is None:
            lo = self.lo if cues_from is None else max(self.lo, self.base + cues_from)
            spans, starts = self.index.hits.get(name, ()), self.index.hit_starts.get(name, ())
            first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, self.hi)
            found = [(s - self.base, e - self.base) for s, e in spans[first:last]
                     if e <= self.hi]
            self._cache[key] = found
        return found

    def _count(self, positions: list[int], a: int, b: int) -> int:
        return bisect.bisect_left(positions, b) - bisect.bisect_left(positions, a)

    def segment(self, pos: int) -> int:
        """Index of the clause segment holding relative ``pos`` within the window."""
        return self._count(self.index.bounds, self.lo, self.base + pos + 1)

    def segment_span(self, pos: int) -> tuple[int, int]:
        """Relative span of the clause segment holding ``pos`` (clamped to the window)."""
        bounds, at = self.index.bounds, self.base + pos
        i = bisect.bisect_right(bounds, at)
        start = bounds[i - 1] + 1 if i > 0 and bounds[i - 1] >= self.lo else self.lo
        end = bounds[i] if i < len(bounds) and bounds[i] < self.hi else self.hi
        return start - self.base, end - self.base

    def phrase_start(self, pos: int) -> int:
        """Relative position after the last punctuation boundary before ``pos`` (or the
        window's start)."""
        punct = self.index.punctuation
        i = bisect.bisect_left(punct, self.base + pos)
        start = punct[i - 1] + 1 if i > 0 and punct[i - 1] >= self.lo else self.lo
        return start - self.base

    def phrase_end(self, pos: int) -> int:
        """Relative position of the first punctuation boundary after ``pos`` (or the end)."""
        punct = self.index.punctuation
        i = bisect.bisect_right(punct, self.base + pos)
        end = punct[i] if i < len(punct) and punct[i] < self.hi else self.hi
        return end - self.base

    def distance(self, a: int, b: int) -> int:
        """Words between two relative positions, plus a penalty for each clause boundary
        and each sentence break crossed."""
        lo, hi = sorted((self.base + a, self.base + b))
        words = self._count(self.index.token_starts, lo, hi)
        crossed = self._count(self.index.bounds, lo, hi)
        joined = self._count(self.index.conjunctions, lo, hi)
        sentences = self._count(self.index.sentence_starts, lo + 1, hi + 1)
        # A semicolon parts two statements almost as a full stop does.
        semicolons = self._count(self.index.semicolons, lo, hi) if self.index.semicolons else 0
        return words + 4 * crossed + 2 * joined + SENTENCE_BREAK_COST * sentences + \
            SEMICOLON_COST * semicolons

    def span_distance(self, start: int, end: int, other_start: int, other_end: int) -> int:
        """Distance between two spans: from the nearer edge of each."""
        if other_start >= end:
            return self.distance(end, other_start)
        if other_end <= start:
            return self.distance(other_end, start)
        return 0


# --------------------------------------------------------------------------- reading numbers


def merge_ranges(sentence: str, numbers: list[Number]) -> list[Mention]:
    """Turn numbers into mentions, joining "between 30 and 40", "30-40", "two or three"."""
    mentions: list[Mention] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        mention = Mention(n, n.start, n.end, n.value)
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            gap = sentence[n.end : nxt.start]
            before = sentence[max(0, n.start - 40) : n.start]
            joined = False
            # "up 9.4 per cent to $84", "fell 0.4 per cent to 13176": two measures.
            two_measures = (n.unit_hint and nxt.unit_hint and n.unit_hint != nxt.unit_hint) or \
                (n.unit_hint == "percent" and not nxt.unit_hint)
            if two_measures:
                pass
            elif re.fullmatch(r"\s*and\s*", gap) and re.search(r"\bbetween\s+$", before, re.I):
                joined = True
            elif re.fullmatch(r"\s*(?:-|–|—|to)\s*", gap) and not CHANGE_VERBS_RE.search(before) \
                    and not (n.unit_hint and nxt.unit_hint and CHANGE_BY_RE.search(before)) \
                    and not (gap.strip() == "to" and CHANGED_BY_RE.search(before) and
                             nxt.value >= CHANGE_TO_LEVEL_RATIO * n.value):
                joined = not (gap.strip() in "-–—" and n.is_words)
            elif re.fullmatch(r"\s+or\s+", gap) and n.is_words and nxt.is_words:
                joined = True
            if joined and nxt.value > n.value:
                low = n.value
                if n.scale == 1 and nxt.scale > 1 and low * nxt.scale <= nxt.value:
                    low *= nxt.scale  # "$10 to $15 billion", "two to three million"
                mention = Mention(n, n.start, nxt.end, low, low, nxt.value, "range")
                mention.number = Number(n.start, nxt.end, sentence[n.start : nxt.end], low,
                                        n.is_words, nxt.unit_hint or n.unit_hint, nxt.scale)
                i += 1
        mentions.append(mention)
        i += 1
    return mentions


def read_qualifier(sentence: str, m: Mention) -> None:
    """Set the mention's qualifier and bounds from the words around it."""
    if m.qualifier == "range":
        return
    before_table, after_table, longest = _qualifier_table()
    before = tokens_of(sentence[max(0, m.start - 40) : m.start])
    key = ""
    through_of = False
    # "upwards of 40", then "some of the 40" with "of the" set aside.
    while before and not key:
        # The longest phrase before the number wins: "no more than" over "more than".
        # Once "of the" is read through, the "of" is the partitive's: "short of the 600
        # they need" names a figure, it does not bound one.
        sizes = () if through_of and before[-1] == "of" else \
            range(min(longest, len(before)), 0, -1)
        for size in sizes:
            key = before_table.get(before[-size:], "")
            if key:
                if size == 1 and len(before) > 1 and \
                        before[-2] in _particle_verbs().get(before[-1], ()):
                    key = ""  # "hand over 33": the verb's particle, not "more than"
                elif size == 1 and before[-1] == "over" and len(before) > 1 and \
                        before[-2] not in _over_bounds_after() and \
                        (before[-2][0].isdigit() or before[-2].isalpha()) and \
                        SPAN_AFTER_RE.match(sentence, m.end):
                    # "1,904 Palestinians over six weeks": the span they are freed in;
                    # "lasted over six weeks" bounds it.
                    key = ""
                break
        if before[-1] not in QUALIFIER_SKIP:
            break
        # "some of the 40" reads through "of the"; "over the 42-day phase" does not.
        # ("crossed the 50,000 mark" reads through "the" to the verb that bounds it)
        if before[-1] == "the" and (len(before) < 2 or before[-2] != "of") and \
                not THRESHOLD_AFTER_RE.match(sentence, m.end):
            break
        through_of = through_of or before[-1] == "the"
        before = before[:-1]
    if key and through_of and before and before[-1] in PARTITIVE_QUANTIFIERS:
        key = ""  # "some of the 33 are dead": a part of the 33, which stays exact
    if not key and PLUS_AFTER_RE.match(sentence, m.end):
        key = "at_least"  # "37,000+ killed", "37,000-plus"
    if not key:
        after = tokens_of(sentence[m.end : m.end + 20])
        for size in range(min(longest, len(after)), 0, -1):
            key = after_table.get(tuple(after[:size]), "")
            if key:
                break
    set_qualifier(m, key)


def set_qualifier(m: Mention, key: str) -> None:
    """Set ``m``'s qualifier to ``key`` ('' for exact) and its bounds to match."""
    if key == "at_least":
        m.qualifier, m.low, m.high = "at_least", m.value, None
    elif key == "at_most":
        m.qualifier, m.low, m.high = "at_most", None, m.value
    elif key == "approximate":
        m.qualifier, m.low, m.high = "approximate", None, None
    else:
        m.qualifier, m.low, m.high = "exact", m.value, m.value


def _class_ending_at(lowered: list[str], end: int, taxonomy: Taxonomy) -> str:
    """The class of the longest phrase ending at word ``end`` (exclusive), or ''."""
    head = singular(lowered[end - 1])
    for size in range(min(taxonomy.max_phrase_words, end), 0, -1):
        phrase = " ".join([*lowered[end - size : end - 1], head])
        if phrase in taxonomy.phrases:
            return taxonomy.phrases[phrase]
    return taxonomy.phrases.get(lowered[end - 1], "")


def lookup_class(words: list[str], taxonomy: Taxonomy) -> str:
    """The class of the last class phrase in the noun phrase ``words`` (longest first)."""
    lowered = [w.lower() for w in words]
    for end in range(len(lowered), 0, -1):
        found = _class_ending_at(lowered, end, taxonomy)
        if found:
            return found
    return ""


def _plural_next(sentence: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a plural noun ("truces", not "this" or "today")."""
    nxt = WORD_AFTER_RE.match(sentence, pos)
    word = nxt.group(1).lower() if nxt else ""
    return len(word) > 3 and word.endswith("s") and singular(word) != word and \
        word not in _np_stop()


def read_noun(sentence: str, m: Mention, taxonomy: Taxonomy) -> None:
    """Read the noun phrase after the number: its class, its unit and where it ends."""
    pos = m.end
    ratio = RATIO_RE.match(sentence, pos)
    whole = WHOLE_AFTER_OUT_OF_RE.match(sentence, pos) if ratio else None
    if whole and int(whole.group(1).replace(",", "")) not in PROPORTION_BASES:
        ratio = None  # "15 out of 28": a part of a whole named by number, not "9 out of 10"
    base = RATIO_BEFORE_RE.search(sentence[: m.start])
    if base and OUT_OF_BEFORE_RE.search(sentence, 0, m.start) and \
            m.value not in PROPORTION_BASES:
        base = None  # the 28 of "15 out of 28" is the whole
    to_one = TO_ONE_RE.match(sentence, pos)
    if to_one and "-" not in to_one.group(0) and \
            not RATIO_WORD_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start):
        to_one = None  # ("cut from three to one": a change, unless a ratio is named)
    if to_one is None:
        # "Here it is about fifty for one.": a rate, when nothing follows "one"; "30 more
        # prisoners for every ten hostages": the base of a rate
        to_one = FOR_ONE_END_RE.match(sentence, pos) or \
            FOR_EVERY_BEFORE_RE.search(sentence, max(0, m.start - 12), m.start)
    if ratio or base or to_one:
        m.ratio = True  # "nine in ten", "a ratio of about 100 to one": a proportion
        return
    before = sentence[max(0, m.start - 30) : m.start]
    # "the number of abductees held by Hamas is 111": a count named before the copula
    # makes its value a count, whatever name stands before "is".
    copula = AGE_COPULA_RE.search(before) is not None and \
        COUNT_HEAD_RE.search(sentence, 0, m.start) is None
    # ("put the number of dead at 1,139": a count's value, not the age of a death)
    aged = AGE_BEFORE_RE.search(before)
    # (nor "puts the number believed dead at 41")
    if aged and (m.value >= 120 or (DIED_AT_RE.match(aged.group(0)) and
                                    COUNT_HEAD_RE.search(sentence, 0, m.start)) or
                 STATE_NUMBER_AT_RE.search(sentence, max(0, m.start - 60), m.start)):
        aged = None
    if ((aged or
         ((copula or NAME_COMMA_RE.search(before) or PERSON_OF_AGE_RE.search(before) or
           KIN_COMMA_RE.search(before) or ONE_PERSON_COMMA_RE.search(before)) and
          m.value < 120))
            and AGE_AFTER_RE.match(sentence, pos)) or \
            ((AGE_LIMIT_RE.search(before) or (BELOW_AGE_RE.search(before) and m.value < 100))
             and not LIMIT_SPAN_AFTER_RE.match(sentence, pos)) or \
            (TURNED_BEFORE_RE.search(before) and m.value < 120 and
             not PLURAL_AFTER_RE.match(sentence, pos)):
        m.age, m.unit = True, "year"  # "aged 19,", "his mother, now 81,", "men over 50"
        return
    plus = PLUS_AFTER_RE.match(sentence, pos) or _or_more_after().match(sentence, pos)
    if plus:
        pos = plus.end()  # "37,000+ people", "40 or more people": the noun is after them
    words: list[str] = []
    if not sentence[: m.start].strip(" \t\"'“‘*•-–—~≈"):  # ("— ~9,900: held in ...")
        # "105 - hostages released from Gaza": a figure opening its line, then a dash and
        # the words that say what it counts.
        label = LABEL_DASH_RE.match(sentence, pos)
        if label:
            # "33 - The number of hostages to be released", "42 - The length, in days, of
            # the first stage": what the label's head counts or measures
            head = LABEL_HEAD_RE.match(sentence, label.end())
            pos = (head or label).end()
            if head and head.group("unit"):
                words.append(head.group("unit"))
            bound = LABEL_BOUNDS.get((head.group("bound") or "").lower()) if head else None
            if bound and m.qualifier == "exact":
                set_qualifier(m, bound)  # "1,904 - The maximum number of prisoners"
    spanned = LONG_SPAN_RE.fullmatch(m.number.text)
    if spanned:  # "a week-long truce": one week
        cls = lookup_class([spanned.group("unit")], taxonomy)
        m.noun_class, m.unit = cls, spanned.group("unit").lower()
        m.np_words, m.np_end, m.modifier = [m.unit], m.end, True
        return
    old = AGED_COMPOUND_RE.match(sentence, pos)
    if old:
        # "a three-year-old girl", "a 10-month-old baby": an age, never a count of people
        m.age, m.unit = True, old.group("unit").lower()
        return
    compound = re.match(r"-(?P<w>[^\W\d_]+)", sentence[pos:])
    if compound and compound.group("w").lower() in ("odd", "some"):
        pos += compound.end()  # "7,000-odd people": a qualifier, not a unit
        compound = None
    if compound:  # "42-day", "one-week": the unit is fused to the number
        words.append(compound.group("w"))
        pos += compound.end()
        cls = lookup_class(words, taxonomy)
        m.noun_class, m.unit, m.np_words, m.np_end = cls, singular(words[0]), words, pos
        m.modifier = True
        return
    ended_on_verb = False
    partitive = False
    skipped = 0  # the end of a second number read through ("117 of the 251 had ...")
    ends: list[int] = []  # where each word of the noun phrase ends
    for tok in NP_TOKEN_RE.finditer(sentence, pos):
        word = tok.group("word")
        if partitive and not words and (tok.group("num") or (
                tok.group("word") and parse_words(tok.group("word")) is not None)):
            skipped = tok.end()
            continue  # "12 of the 22 hospitals", "twenty-five of the thirty-three": the
            # noun is after the second number
        if word is None:
            break
        if words and word[0].isupper() and words[-1][0].islower() and \
                words[-1].lower().endswith("s") and lookup_class(words[-1:], taxonomy) == "" \
                and singular(words[-1].lower()) in BODY_NOUNS:
            break  # "12 — Hostages' bodies Israel says are still in Gaza": a name after the
            # head noun opens the clause that describes it
        if words and word[0].isupper() and word.lower().endswith(("'s", "’s")) and \
                words[-1][0].islower() and lookup_class(words, taxonomy):
            break  # "30,000 people Gaza's health ministry counts as killed": so does a
            # possessive name after a noun that says what is counted
        lower = word.lower()
        if lower == "out" and not words and not partitive and \
                re.match(r"\s*out\s+of\s", sentence[tok.start():]):
            continue  # "23 out of the 59 hostages": as "23 of the 59"
        if lower == "of" and not words and not partitive:
            # "three of the hostages": the noun is after "of the".
            # "17 of Gaza's 36 hospitals": a possessive name determines the noun too.
            # "36 of 222 trucks": so does a second number.
            if re.match(r"\s*of\s+(?:(?:the|those|these|its|their|his|her|our|"
                        r"[A-Z][\w-]*['’]s)\s|\d)", sentence[tok.start():]):
                partitive = True
                m.partitive = True
                continue
            pronoun = re.match(r"\s*of\s+(us|you)\b", sentence[tok.start():], re.I)
            if pronoun:  # "a dozen of us": people, counted by the writer
                words.append(pronoun.group(1))
                pos = tok.start() + pronoun.end()
            break
        if partitive and not words and (
                lower in ("the", "those", "these", "its", "their", "his", "her", "our")
                or (word[0].isupper() and lower.endswith(("'s", "’s")))
                # "47 of the roughly 1,400 Gazans": the second number's qualifier
                or (not skipped and lower in _qualifier_words() and
                    QUALIFIED_NUMBER_AHEAD_RE.match(sentence, tok.end()))):
            continue
        if (lower in _np_stop() or lower in _attribution_verbs()) and \
                lower not in taxonomy.phrases and not (
                    # "two earlier truces": a comparative before a plural noun describes it
                    not words and lower in _attributive_stops() and
                    _plural_next(sentence, tok.end())):
            break
        if len(words) >= 4 or (words and not partitive and lower in NUMBER_WORDS):
            break  # ("20 living hostages three days later": another figure begins)
        words.append(word)
        ends.append(tok.end())
        pos = tok.end()
        ended_on_verb = (lower.endswith(("ed", "ing")) or lower in _participles()) and \
            lower not in taxonomy.phrases and lower not in _describing_participles()
        if ended_on_verb and len(words) > 1:
            break
    # A trailing participle is a verb ("58 are held") unless it completes a class phrase
    # ("1,700 people detained").
    if ended_on_verb and not _class_ending_at([w.lower() for w in words], len(words), taxonomy):
        words.pop()
    # "251 hostages abducted": a trailing participle describes the noun before it.
    if len(words) > 1 and (words[-1].lower().endswith("ed") or
                           words[-1].lower() in _participles()) \
            and lookup_class(words[:-1], taxonomy):
        words.pop()
    if words and words[0].lower() == "serving":
        words = []  # "250 serving life sentences": people, described by what they serve
    if len(words) > 1 and m.value != 1 and (words[0].lower().endswith("ed") or
                                            words[0].lower() in _participles()) and \
            singular(words[-1].lower()) == words[-1].lower() and \
            not words[-1].lower().endswith("s") and not lookup_class(words, taxonomy):
        # "at least 40 held citizenship of another country": a participle before a noun
        # that cannot count 40 is the number's verb, and the number is bare.
        words = []
    if ends and len(ends) > len(words):
        pos = ends[len(words) - 1] if words else m.end  # a dropped participle is not noun
    body_after = POSSESSIVE_BODY_RE.match(sentence, pos) \
        if words and words[-1].lower().endswith(("s'", "s’")) else None
    if body_after and ends:
        # "13 hostages' remains still in Gaza": the remains of 13 hostages (the verb
        # "remains" read as the noun it is here)
        words = [*words[:-1], words[-1][:-1]]
        pos = body_after.end()
        ends[len(words) - 1] = pos
    elif len(words) >= 2 and words[-2].lower().endswith(("s'", "s’")) and \
            singular(words[-1].lower()) in BODY_NOUNS and ends:
        # "13 hostages' bodies": the bodies of 13 hostages
        words = [*words[:-2], words[-2][:-1]]
        ends[len(words) - 1] = pos
    owner = next((k for k in range(len(words) - 1, -1, -1)
                  if words[k].lower().endswith(("s'", "s’", "'s", "’s"))), None)
    # (not their bodies: "two hostages' bodies" are two dead hostages)
    if owner is not None and owner + 1 < len(words) and \
            not lookup_class(words[owner + 1 :], taxonomy) and \
            singular(words[-1].lower()) not in BODY_NOUNS:
        # "two Palestinian prisoners' organisations": the owner describes the head, which
        # is what the number counts.
        m.np_words, m.np_end, m.noun_class = words, ends[len(words) - 1], ""
        m.unit = singular(words[-1].lower())
        return
    origin = FROM_PLACE_RE.match(sentence, pos) if words else None
    if origin and lookup_class([*words, "from", origin.group(1)], taxonomy):
        # "1,800 people from Gaza": where they come from says who they are.
        words = [*words, "from", origin.group(1)]
        pos = origin.end()
    listed = NAMES_NOUN_RE.match(sentence, pos) \
        if words and singular(words[-1]) in STAND_IN_HEADS else None
    named = lookup_class(listed.group(1).split(), taxonomy) if listed else ""
    if not listed and words and singular(words[-1]) in STAND_IN_HEADS:
        # "the list of identified dead ... contains 67,869 names": the names on a list of
        # people stand for them.
        listing = LIST_OF_BEFORE_RE.search(sentence, 0, m.start)
        if listing and lookup_class(listing.group("np").split(), taxonomy):
            words = listing.group("np").split()
    if named:
        # "50,357 names of people killed", "373 members of the security forces": the
        # names and the members stand for the people
        words, pos = listed.group(1).split(), listed.end()
    of_place = NAMES_NOUN_RE.match(sentence, pos) if words and not named else None
    if of_place:
        # "1,100 residents of the Strip": a class phrase that runs on past "of"
        after = list(WORD_RE.finditer(sentence, pos, of_place.end()))
        longer = [*words, *(w.group(0) for w in after)]
        lowered = [w.lower() for w in longer]
        for k in range(len(longer), len(words) + 1, -1):
            # (a phrase through "of", not a class word of its own after it: "six weeks of
            # relative calm")
            if _class_ending_at(lowered, k, taxonomy) and \
                    not lookup_class([longer[k - 1]], taxonomy):
                words, pos = longer[:k], after[k - len(words) - 1].end()
                break
    if len(words) == 1 and (singular(words[0].lower()) in THRESHOLD_HEADS or (
            singular(words[0].lower()) == "figure" and
            THE_BEFORE_RE.search(sentence, max(0, m.start - 6), m.start))):
        # (read as a bare figure, past its noun)
        m.np_words, m.np_end, m.noun_class = [], pos, ""
        return
    m.np_words = words
    m.np_end = pos if words else max(m.end, skipped)
    if PER_RE.match(sentence, pos if words else m.end):
        m.ratio = True  # "three prisoners for every hostage": a rate, not a count
    # "two death tolls": a number before a count noun counts the counts, not people.
    m.noun_class = "" if words and singular(words[-1]) in COUNT_HEADS else \
        lookup_class(words, taxonomy)
    cls = taxonomy.classes.get(m.noun_class)
    if cls is not None and cls.subgroup:
        other = COORDINATED_RE.match(sentence, pos)
        other_class = lookup_class([other.group(1)], taxonomy) if other else ""
        if other_class and other_class != m.noun_class:
            # "Palestinian women and minors": the group as a whole, no subgroup.
            m.noun_class = "palestinian" if "palestinian" in (w.lower() for w in words) \
                else "person"
    if words and m.noun_class:
        m.unit = taxonomy.classes[m.noun_class].unit
    elif words and words[-1][0].islower():
        m.unit = singular(words[-1])


# --------------------------------------------------------------------------- metric choice


def _nearest(spans: list[tuple[int, int]], view: SentenceView, start: int, end: int) -> float:
    """Distance from the span [start, end) to the nearest of ``spans``."""
    return min((view.span_distance(start, end, s, e) for s, e in spans), default=float("inf"))


def choose_metric(view: SentenceView, start: int, end: int, noun_class: str,
                  taxonomy: Taxonomy, cues_from: int | None = None,
                  taken: set[tuple[int, int]] | None = None,
                  noun_at: tuple[int, int] | None = None,
                  others: tuple[int, int] | None = None,
                  foreign: set[tuple[int, int]] | None = None,
                  section: tuple[int, int] | None = None,
                  intro: tuple[int, int] | None = None,
                  topic: frozenset[str] = frozenset()) -> str:
    """The metric whose cues stand nearest the span among those accepting ``noun_class``.

    ``section`` is the span of the heading line the sentence stands under ("ISRAEL"):
    when the sentence names no place of any candidate, the heading's place holds. So does
    the place ``intro``, the sentences leading into a bulleted list, gives a metric that
    needs its place named, for the items of the list.

    ``foreign`` cues are the nouns of other figures ("92,000 wounded"): never this one's.

    ``topic`` holds the metrics the sentences just before counted: between metrics whose
    cues and context stand equally near, one of them wins ("How many hostages will come
    out? ... Three women are expected to be freed on the first day").

    ``view`` may reach back over earlier sentences: their context always counts, their
    cues only from the relative position ``cues_from`` on, at the cost of the sentence
    breaks crossed. A metric that requires context must find it in the sentence itself.

    ``taken`` are cues that belong to other figures of the sentence ("49 of the 251
    hostages abducted ... remain": "abducted" is the 251's); they count only when no
    other cue is left. A cue inside the counted noun's own words (``noun_at``, "the number
    of martyrs ... rose to 44,580", "received 77 martyrs") comes before any other. Exclude
    phrases in ``others`` (the
    next figure's clause, from that figure on) describe that figure, not this one.
    """
    if not noun_class:
        return ""
    # "At the hospital, which received most of the casualties, staff treated 70 patients":
    # a clause set off by commas after "which" or "who" speaks of its own noun.
    aside = [(a - view.base, b - view.base) for a, b in
             view.index.spans_of(ASIDE_RE, view.lo, view.hi) if b <= view.hi]
    aside += [(a - view.base, b - view.base) for a, b in
              view.index.spans_of(DASH_ASIDE_RE, view.lo, view.hi) if b <= view.hi]
    # "251 (including 4 held since before the war: 255)": a bracket naming a part speaks of
    # the part
    aside += [(a - view.base, b - view.base) for a, b in
              view.index.spans_of(BRACKET_PART_RE, view.lo, view.hi)
              if b <= view.hi and not a - view.base <= start < b - view.base]
    # "Another 1,718 detainees from Gaza, held without charge, were returned to the Strip":
    # a participle set off after the figure describes it when a verb with a cue follows.
    aside += [(a - view.base, b - view.base) for a, b in
              view.index.spans_of(PARTICIPLE_ASIDE_RE, view.base + end, view.hi)
              if b <= view.hi and any(b - view.base <= s for name in _cue_names()
                                      for s, _ in view.hits(name, 0))]
    # "Its most recent list, released in late March, contains 50,021 names": a participle
    # set off after a noun that counts no one describes that noun (not "The hostages,
    # freed in November, numbered 105").
    aside += [(a - view.base, b - view.base) for a, b in
              view.index.spans_of(PARTICIPLE_ASIDE_RE, view.lo, view.base + start)
              if (head := WORD_BEFORE_RE.search(view.index.text, view.lo, a)) is not None
              and not lookup_class([head.group(1)], taxonomy)]
    aside = [(a, b) for a, b in aside if not a <= start < b]
    # "indicted five reservists over abuse at the facility, where thousands have been
    # held": a clause of place after the figure has its own subject and verb.
    aside += [(a - view.base, b - view.base) for a, b in
              view.index.spans_of(PLACE_CLAUSE_RE, view.base + end, view.hi)]
    # "When he came out, there were still more than 9,000, even after the releases": a
    # clause of time opening the sentence, or a phrase of time closing it, has its own verb.
    # "now stands at 53 after rescues and recoveries of bodies since March": a phrase of
    # cause right after the figure names what changed the count, not what it counts.
    after = AFTER_CAUSE_RE.match(view.index.text, view.base + end, view.hi)
    if after:
        aside.append((after.start() - view.base, after.end() - view.base))
    # "had arrested more than 9,000 Palestinians ..., many of them held without charge": a
    # vague part after the figure has its own state.
    aside += [(a - view.base, b - view.base) for a, b in
              view.index.spans_of(VAGUE_PART_AFTER_RE, view.base + end, view.hi)]
    for found in (TIME_CLAUSE_OPEN_RE.match(view.index.text, view.base, view.hi),
                  TIME_PHRASE_OPEN_RE.match(view.index.text, view.base, view.hi),
                  TIME_PHRASE_CLOSE_RE.search(view.index.text, view.base, view.hi),
                  CAUSE_PHRASE_CLOSE_RE.search(view.index.text, view.base, view.hi)):
        if found and not found.start() <= view.base + start < found.end():
            aside.append((found.start() - view.base, found.end() - view.base))
    # "... a mother and her sons who were abducted on Oct. 7. Three of the bodies had been
    # identified": a relative clause of an earlier sentence speaks of its own noun.
    # (not one of a counted noun, which a later "the number" may count again: "the 15
    # hostages whose remains were still in Gaza ... the number has fallen to 13")
    earlier_relative = [(a - view.base, min(b, view.base) - view.base) for a, b in
                        view.index.spans_of(EARLIER_RELATIVE_RE, view.lo, view.base)
                        if not COUNTED_NOUN_BEFORE_RE.search(view.index.text,
                                                             max(0, a - 30), a)] \
        if cues_from is None and view.lo < view.base else []
    candidates = []
    for order, metric in enumerate(taxonomy.metrics):
        if noun_class not in metric.classes:
            continue
        # "in exchange for 240 prisoners" names what comes after it, never what came before;
        # "the remaining 20 hostages" describes them and says nothing of what happened.
        cues = [c for c in view.hits(f"cue:{metric.id}", cues_from)
                if c[0] < end or view.index.text[view.base + c[0] : view.base + c[1]].lower()
                not in FORWARD_CUES] + view.hits(f"weak_cue:{metric.id}", cues_from)
        if foreign:
            cues = [c for c in cues if c not in foreign]

        if aside:
            cues = [c for c in cues if not any(a <= c[0] < b for a, b in aside)]
        if earlier_relative:
            cues = [c for c in cues if not any(a <= c[0] < b for a, b in earlier_relative)]
        # "if the truce holds": a cue inside the metric's own exclude phrase is none.
        inside = view.hits(f"exclude:{metric.id}")
        if inside and cues:
            cues = [c for c in cues if not any(e0 <= c[0] and c[1] <= e1 for e0, e1 in inside)]
        if cues:
            # (a cue inside one another figure took is taken with it: the "left" of "240
            # ... left Israeli prisons")
            candidates.append((order, metric, cues, [
                c for c in cues if not any(t[0] <= c[0] and c[1] <= t[1] for t in taken or ())]))
    if any(metric.kind == "level" for _, metric, _, _ in candidates):
        # "four hostages who had been held for eight months ... were on their way to
        # hospital": a state a relative clause says was over holds no level now.
        over = {c for _, metric, cues, _ in candidates if metric.kind == "level" for c in cues
                if c[0] >= end and HAD_BEEN_BEFORE_RE.search(
                    view.index.text, max(0, view.base + c[0] - 25), view.base + c[0])}
        if over:
            candidates = [(o, m, [c for c in cues if c not in over],
                           [c for c in own if c not in over])
                          for o, m, cues, own in candidates]
            candidates = [entry for entry in candidates if entry[2]]
    if noun_class in GENERIC_CLASSES:
        agented = _agent_metric(view, start, end, taxonomy)
        # (unless its own clause rules the metric out: "urged Israel to release at least 15
        # Lebanese citizens")
        if agented and not _in_clause(view, start, view.hits(f"exclude:{agented}")):
            return agented
    if len(candidates) > 1:
        # The longer cue wins where two overlap: "left Gaza" (released) over "left" (held).
        spans = {c for _, _, cues, _ in candidates for c in cues}
        longer = {c for c in spans for o in spans
                  if o[0] <= c[0] and c[1] <= o[1] and o[1] - o[0] > c[1] - c[0]}
        if longer:
            candidates = [(o, m, [c for c in cues if c not in longer],
                           [c for c in own if c not in longer])
                          for o, m, cues, own in candidates]
            candidates = [entry for entry in candidates if entry[2]]
    # "the remaining living hostages, thought to number 24": a figure a group is said to
    # number is how many there are, a level, whatever verb governs the group.
    if len(candidates) > 1 and TO_NUMBER_RE.search(view.index.text, max(0, view.base + start - 90),
                                                   view.base + start):
        levels = [entry for entry in candidates if entry[1].kind == "level"]
        level_cues = {c for entry in levels for c in entry[2]}
        # (not where the same word cues both kinds: "put the number of people killed in
        # Israel at 1,139" is a toll whichever it is; its place decides)
        if any(c not in level_cues for entry in candidates if entry[1].kind != "level"
               for c in entry[2]):
            candidates = levels or candidates
    if len(candidates) > 1:
        seg_start, seg_end = view.segment_span(start)
        # "Israel is to release ... 1,700 detainees from Gaza held since the war began": a
        # participle after the counted noun describes them as an adjective does; the verb
        # of an event before the figure, in its clause, says what befell them.
        np_end = max(end, noun_at[1]) if noun_at else end
        postnominal = {c for _, metric, cues, _ in candidates for c in cues
                       if metric.kind == "level" and c[0] >= end and
                       POSTNOMINAL_GAP_RE.fullmatch(view.text, np_end, c[0]) and
                       (view.text[c[0] : c[1]].lower().endswith(("ed", "en")) or
                        view.text[c[0] : c[1]].lower() in _participles())}
        # (the event's verb governs the figure: "release the 20", "release 250 ... and
        # 1,700"; not "The releases leave 79 people held")
        # (not a verb of an event refused or demanded: "refused to release the 48
        # hostages still in Gaza")
        if postnominal and any(seg_start <= c[0] and c[1] <= start and (
                ATTRIBUTIVE_GAP_RE.fullmatch(view.text, c[1], start) or
                (ANY_NUMBER_RE.search(view.text, c[1], start) and
                 LIST_AND_RE.search(view.text, c[1], start))) and
                not _unrealized().search(view.text, max(0, c[0] - 30), c[0])
                               for _, metric, cues, _ in candidates if metric.kind == "events"
                               for c in cues):
            candidates = [(o, m, [c for c in cues if c not in postnominal],
                           [c for c in own if c not in postnominal])
                          for o, m, cues, own in candidates]
            candidates = [entry for entry in candidates if entry[2]]
    if len(candidates) > 1:
        # "Detainees released from Israeli custody this week numbered 33": the state an
        # event's verb takes people from is where they were, not where they are.
        origin = {c for _, metric, cues, _ in candidates if metric.kind == "level"
                  for c in cues
                  if any(e[1] <= c[0] and FROM_ORIGIN_GAP_RE.fullmatch(view.text, e[1], c[0])
                         for _, other, ecues, _ in candidates if other.kind == "events"
                         for e in ecues)}
        if origin:
            candidates = [(o, m, [c for c in cues if c not in origin],
                           [c for c in own if c not in origin])
                          for o, m, cues, own in candidates]
            candidates = [entry for entry in candidates if entry[2]]
    # Cues taken by other figures are set aside only while this one has a cue of its own
    # in the sentence ("the remains of eight others were handed back" shares its verb).
    # A cue in a relative clause after the figure ("the remains of 28 who died in
    # captivity") describes it and leaves the shared verb to it.
    # (A weak cue before the figure, "Under the agreement, ...", is no cue of its own
    # here; one after it, "are still thought to be in Gaza", is its predicate.)
    weak_spans = {c for _, metric, _, _ in candidates
                  for c in view.hits(f"weak_cue:{metric.id}", cues_from) if c[0] < start}
    if any(c[0] >= 0 and c not in weak_spans and not (
            c[0] >= end and RELATIVE_AFTER_NOUN_RE.match(
                view.index.text, view.base + end, view.base + c[0]))
           for *_, own in candidates for c in own):
        candidates = [(o, m, own, own) for o, m, _, own in candidates if own]
    elif taken:
        # "has killed 26 civilians and 22 soldiers ..., and some 60,000 residents remain
        # displaced": a cue another figure took in a later clause is not this one's.
        candidates = [(o, m, [c for c in cues if c in own or
                              not (_later_clause(view, end, c) or
                                   _own_verb_before_other(view, end, c))], own)
                      for o, m, cues, own in candidates]
        candidates = [entry for entry in candidates if entry[2]]
    if len(candidates) > 1:
        # "The remaining 13 living hostages have now been handed over": a cue standing
        # as an adjective of the counted group describes it; a verb of another metric
        # after it in the clause says what befell it.
        attributive = {c for *_, cues, _ in candidates for c in cues
                       if _attribute_cue(view, c, start, loose=True)}
        seg_end = view.segment_span(start)[1]
        if attributive and any(end <= c[0] < seg_end for *_, cues, _ in candidates
                               for c in cues if c not in attributive):
            candidates = [(o, m, [c for c in cues if c not in attributive],
                           [c for c in own if c not in attributive])
                          for o, m, cues, own in candidates]
            candidates = [entry for entry in candidates if entry[2]]
    best: tuple[float, float, int] | None = None
    reached: list[tuple[tuple[float, float, int], str, list[tuple[int, int]]]] = []
    chosen = ""
    chosen_cues: list[tuple[int, int]] = []
    excluded_own = False
    unplaced = False  # a metric the figure's own verb cues needs a place its clause lacks
    # "In Lebanon, strikes have killed 3,500 people ...": a place set at the head of the
    # sentence holds for all of it, however near another place word stands to the figure.
    opening_end = view.phrase_end(0)
    opener = opening_end < start and (LOCATIVE_OPENER_RE.match(view.text) is not None or
                                      LABEL_OPENER_RE.match(view.text) is not None)
    clause_start, clause_end = view.segment_span(start)
    # Cues that can head the clause ("will be released", "are still in Gaza"), not those
    # inside a prepositional phrase ("spent 471 days in captivity").
    text = view.index.text
    cue_starts = [c[0] for _, _, cues, _ in candidates for c in cues
                  if not IN_PHRASE_RE.search(text, max(0, view.base + c[0] - 30),
                                             view.base + c[0])
                  and not PREPOSITION_RE.match(text, view.base + c[0])]
    # (not a state the clause says lasted a time: "four hostages rescued on Saturday had
    # been held for 245 days")
    finite = [c[0] for _, _, cues, _ in candidates for c in cues
              if c[0] in cue_starts and FINITE_CUE_BEFORE_RE.search(
                  text, max(0, view.base + c[0] - 20), view.base + c[0])
              and not DURATION_AFTER_RE.match(text, view.base + c[1])]
    exchanged = EXCHANGE_FOR_RE.search(text, max(0, view.base + start - 40),
                                       view.base + start) is not None
    span_dates = view.span_date_spans()
    headed: set[str] = set()
    unplaced_here = not any(view.hits(f"context:{metric.id}", 0)
                            for _, metric, cues, _ in candidates if cues)
    for heading, needing in ((section, False), (intro, True)):
        if needing and headed:
            break  # (a heading line's place comes before the list's lead-in)
        if heading is not None and unplaced_here:
            headed |= {metric.id for _, metric, _, _ in candidates
                       if (metric.requires_context or not needing) and
                       any(heading[0] <= s and e <= heading[1]
                           for name in (f"context:{metric.id}", f"heading:{metric.id}")
                           for s, e in view.index.hits.get(name, ()))}
    side = opener and SIDE_OPENING_RE.match(view.text) is not None
    for order, metric, cues, _ in candidates:
        if opener and any(0 <= s < opening_end for s, _ in view.hits(f"exclude:{metric.id}")):
            continue
        if side and any(s < 0 for s, _ in view.hits(f"exclude:{metric.id}")) and \
                all(s < opening_end for s, _ in view.hits(f"context:{metric.id}", 0)):
            # "More than 500 people have been killed in Lebanon ... On the Israeli side, 22
            # soldiers and 25 civilians have been killed": the other side of the fighting
            # the sentences before placed, when nothing but the side places it.
            continue
        opened = (opener and any(0 <= s < opening_end
                                 for s, _ in view.hits(f"context:{metric.id}"))) or \
            metric.id in headed
        weak = view.hits(f"weak_cue:{metric.id}", cues_from)
        cue = min(-1 if noun_at is not None and noun_at[0] <= c[0] and c[1] <= noun_at[1] else
                  view.span_distance(start, end, *c) +
                  (ATTRIBUTE_CUE_COST if _attribute_cue(view, c, start) else 0) +
                  (WEAK_CUE_COST if c in weak else 0) +
                  # "Hamas refused to free the 59 hostages it still holds": an event
                  # refused or demanded has not befallen them
                  (UNREALIZED_COST if metric.kind == "events" and _unrealized().search(
                      text, max(0, view.base + c[0] - 30), view.base + c[0]) else 0) +
                  (DURATION_CUE_COST if metric.kind == "level" and
                   DURATION_AFTER_RE.match(text, view.base + c[1]) else 0) +
                  # a participle describing the noun, when the clause's verb comes after it
                  # or an exchange before it says what happens ("in exchange for 105
                  # hostages held in Gaza")
                  (REDUCED_CUE_COST if (any(c[1] <= o < clause_end for o in cue_starts) or
                                        exchanged) and
                   _reduced_relative_cue(view, c, end) else 0) +
                  # (however far the clause's own finite verb stands: "48 people seized in
                  # the Hamas-led attack of October 2023 are held in the Strip")
                  (FINITE_OVER_REDUCED_COST if any(c[1] <= o < clause_end for o in finite)
                   and _reduced_relative_cue(view, c, end) else 0) +
                  # "was to return ... the remains of 28 who died in captivity": a relative
                  # clause after the figure describes it; the verb before it says what
                  # happens to it.
                  # (so does one whose clause's verb comes after it: "1,700 detainees who
                  # had been held without charge were freed")
                  (REDUCED_CUE_COST if c[0] >= end and
                   RELATIVE_AFTER_NOUN_RE.match(text, view.base + end, view.base + c[0]) and
                   any(clause_start <= o < start or c[1] <= o < _stop_after(view, c[1])
                       for o in cue_starts) else 0)
                  for c in cues)
        # A date that opens a span ("since the beginning of the war on 7 October") places
        # nothing: context inside it is none.
        placed = view.hits(f"context:{metric.id}")
        if placed and metric.not_before:
            # "The cumulative total reached 41,909 on 7 October 2024": a day named with
            # another year than the metric's event is no mention of the event
            placed = [h for h in placed if not any(
                h[0] < d.end and d.start < h[1] and
                (year := YEAR_IN_RE.search(view.text, d.start, d.end))
                and year.group(0) != metric.not_before[:4] for d in view.dates)]
        if others is not None:
            # "Forty-seven were killed in their homes and 76 were taken to Gaza": a place the
            # next figure's verb goes to is that figure's, not this one's (a phrase closing
            # both clauses is both: "killed 1,200 people and took 240 hostages in a
            # cross-border raid on Oct. 7").
            placed = [h for h in placed if not (others[0] <= h[0] < others[1] and any(
                0 <= h[0] - e <= 4 for name in _cue_names() for _, e in view.hits(name)))]
        vetoed = view.hits(f"exclude:{metric.id}")
        if placed:
            # "near the Gaza border" names Israel: a place word inside an excluded phrase
            # places nothing.
            placed = [h for h in placed
                      if not any(x0 <= h[0] and h[1] <= x1 for x0, x1 in vetoed)]
        if span_dates and placed:
            placed = [h for h in placed if not any(h[0] < e and s < h[1] for s, e in span_dates)]
        if placed and metric.kind == "level":
            # "2,673 people held under the unlawful combatants law, almost all of them from
            # Gaza": where people come from is no place they are held in.
            placed = [h for h in placed
                      if not FROM_BEFORE_RE.search(text, max(0, view.base + h[0] - 6),
                                                   view.base + h[0])]
        if placed and vetoed and _in_clause(view, start, vetoed):
            # "21 deaths of Gaza detainees in Israeli custody": a place naming where people
            # come from ("Gaza detainees") places no event the clause places elsewhere.
            placed = [h for h in placed if not _origin_modifier(view, h, taxonomy)]
        if placed and any(THERE_AFTER_RE.match(text, view.base + h[1]) for h in placed):
            # "killed in southern Lebanon, ..., bringing the toll in the ground operation
            # there to 47": "there" is the place named before, not the operation's usual one.
            placed = [h for h in placed if not (THERE_AFTER_RE.match(text, view.base + h[1]) and
                                                any(x[1] <= h[0] for x in vetoed))]
        context = 0 if opened else _nearest(placed, view, start, end)
        if metric.requires_context and not view.hits(f"context:{metric.id}", cues_from) and \
                metric.id not in headed:
            continue
        if noun_class in metric.context_required_for:
            seg_start, seg_end = _clause_start(view, start), view.segment_span(start)[1]
            if seg_start > 1 and view.text[:seg_start].rstrip().endswith(":"):
                # "Soldiers killed in the ground operation: 193": the label is the clause.
                seg_start = view.segment_span(view.text[:seg_start].rstrip().rfind(":") - 1)[0]
            if seg_start > 1 and RELATIVE_OF_RE.match(view.text, end):
                # "its troops in Gaza, three of whom were killed": the head's place is the
                # relative clause's too.
                seg_start = view.segment_span(seg_start - 2)[0]
            seg_start = max(seg_start, 0)  # within the figure's own sentence
            # "405 soldiers have fallen in Gaza, and more than 2,300 have been wounded
            # there": "there" is the place the sentence named before.
            there = THERE_RE.search(view.text, max(start, seg_start), seg_end) is not None
            # ("Since the ground operation began, 217 soldiers have been killed": a
            # phrase of time or place opening the sentence places its clauses)
            label = SPEAKER_LABEL_RE.match(view.text)
            opening_at = label.end() if label else 0
            opening = view.phrase_end(opening_at) \
                if ADVERBIAL_OPENING_RE.match(view.text, opening_at) else -1
            opening = opening if opening <= start else -1
            if not any(seg_start <= c < seg_end or (there and 0 <= c < seg_start)
                       or 0 <= c < opening
                       for c, _ in view.hits(f"context:{metric.id}")):
                unplaced = unplaced or any(c[0] >= 0 for c in cues)
                continue
        exclude = min(_nearest([h for h in view.hits(f"exclude:{metric.id}")
                                if (others is None or not others[0] <= h[0] < others[1]) and
                                not _names_war(view, h)],
                               view, start, end),
                      # "17,000 children are unaccompanied": only in the figure's sentence
                      # (and not in another clause with a figure of its own: "listed 18,430
                      # children among the dead, and said 9,500 people were missing")
                      _nearest([h for h in view.hits(f"exclude_in_sentence:{metric.id}", 0)
                                if not _own_figure_clause(view, h, start)], view, start, end))
        # "57 Israelis were killed in the West Bank", "... killed there" after a sentence
        # placing the count there: the place the verb puts the event in, after the
        # figure, outweighs the people's own name.
        # (over an aside naming a part: "24 Israelis, including soldiers, were killed")
        aside_part = INCLUDING_ASIDE_AFTER_RE.match(view.text, clause_end)
        verb_clause_end = view.segment_span(aside_part.end() + 1)[1] if aside_part \
            else clause_end
        after_verb = [h for h in view.hits(f"exclude:{metric.id}")
                      if end <= h[0] < verb_clause_end and
                      IN_PLACE_BEFORE_RE.search(view.text, max(0, h[0] - 25), h[0]) and
                      any(end <= c[0] < h[0] and h[0] - c[1] < VERB_PLACE_REACH and
                          not SUBORDINATOR_RE.search(view.text, c[1], h[0]) and
                          # ("killed in Palestinian attacks in the West Bank"; not "killed
                          # in Israel, and 40 in the West Bank")
                          not any(c[1] <= x[0] < h[0] for x in placed)
                          for c in cues)]
        verb_after = min((c for c in cues if c[0] >= end), default=None)
        # ("have been killed in Palestinian attacks there": or the phrase the verb opens)
        there_after = not after_verb and verb_after is not None and \
            THERE_RE.search(view.text, verb_after[1], min(verb_after[1] + VERB_PLACE_REACH,
                                                          verb_clause_end)) is not None and \
            any(h[0] < 0 for h in view.hits(f"exclude:{metric.id}"))
        # (so does the place after the figure a verb before it takes as its object:
        # "Israeli forces killed at least 12 Palestinians in raids on three cities in the
        # occupied West Bank")
        object_place = not after_verb and any(
            end <= h[0] < verb_clause_end and h[0] - end < OBJECT_PLACE_REACH and
            IN_PLACE_BEFORE_RE.search(view.text, max(0, h[0] - 25), h[0]) and
            any(clause_start <= c[0] and c[1] <= start for c in cues) and
            not SUBORDINATOR_RE.search(view.text, end, h[0]) and
            not any(end <= x[0] < h[0] for x in placed)
            for h in view.hits(f"exclude:{metric.id}"))
        if after_verb or there_after:
            exclude = min(exclude, context)
        if object_place:
            exclude = min(exclude, cue)  # (whatever figure stands inside the phrase)
        if exclude < context or exclude <= cue:
            # (a verb of the figure's own clause ruled out: see ``excluded_own`` below)
            excluded_own = excluded_own or any(clause_start <= c[0] < clause_end
                                               for c in cues)
            continue  # "in the West Bank", "died in custody": not this metric
        if _subject_elsewhere(view, start, end, vetoed, placed):
            continue  # "Russia and Ukraine exchanged 95 prisoners of war each"
        if opened and _in_clause(view, start, view.hits(f"exclude:{metric.id}")):
            continue  # "On the Israeli side, three soldiers were killed in Gaza"
        key = (cue, context, order)
        reached.append((key, metric.id, cues))
        if best is None or key < best:
            best, chosen = key, metric.id
            chosen_cues = cues
    if chosen and best is not None and chosen not in topic:
        # (a tie on the same cue word: "freed" counts hostages and prisoners alike)
        shared = next(((mid, cues) for key, mid, cues in reached
                       if key[:2] == best[:2] and mid in topic and
                       any(c[0] >= 0 and c in cues for c in chosen_cues)), None)
        if shared:
            chosen, chosen_cues = shared
    if chosen and unplaced and all(c[0] < 0 for c in chosen_cues):
        # "attacks on its troops, three of whom have been killed": the figure's own verb
        # ruled its metric out (no place named); a verb of the sentences before says
        # nothing of it.
        return ""
    if chosen and excluded_own and \
            not any(clause_start <= c[0] < clause_end for c in chosen_cues):
        # "A ceasefire ... was largely holding, despite strikes that Lebanon's health
        # ministry said had killed 11 people": the verb of the figure's own clause was
        # ruled out; a cue of another clause says nothing of it.
        return ""
    return chosen


def _names_war(view: SentenceView, hit: tuple[int, int]) -> bool:
    """True when a place phrase only says which war is meant ("before the war in Gaza"):
    it places no figure."""
    at = view.base + hit[0]
    return view.index.text[at : at + 3].lower() == "in " and \
        WAR_BEFORE_RE.search(view.index.text, max(0, at - 12), at) is not None


def _own_figure_clause(view: SentenceView, hit: tuple[int, int], start: int) -> bool:
    """True when ``hit`` stands in another clause than the figure at ``start``, after a
    figure of that clause's own."""
    seg_start, seg_end = view.segment_span(hit[0])
    return not seg_start <= start < seg_end and \
        ANY_NUMBER_RE.search(view.text, seg_start, hit[0]) is not None


def _unplaced_follows_topic(view: SentenceView, m: Mention, discourse: Discourse,
                            taxonomy: Taxonomy) -> str:
    """``m``'s metric, or that of the last figure of the sentences just before when ``m``'s
    was chosen with no place at all and the last figure's metric, one that needs its
    place named, counts the same events ("... revised to around 1,200 [killed in Israel].
    ... later put the number of dead at 1,139": the same toll)."""
    metric = taxonomy.metric(m.metric)
    if metric.requires_context or view.hits(f"context:{metric.id}") or \
            view.hits(f"exclude:{metric.id}") or view.hits(f"heading:{metric.id}"):
        return m.metric
    last = next((o for o in reversed(discourse.recent)
                 if o.metric and discourse.count - o.sentence_no <= 3), None)
    if last is None or last.metric == metric.id:
        return m.metric
    other = taxonomy.metric(last.metric)
    if other.requires_context and other.unit == metric.unit and \
            m.noun_class in other.classes and view.hits(f"cue:{other.id}") and \
            not view.hits(f"exclude:{other.id}") and \
            set(view.hits(f"cue:{other.id}")) == set(view.hits(f"cue:{metric.id}")):
        return other.id
    return m.metric


def _event_named_before(view: SentenceView, m: Mention, taxonomy: Taxonomy) -> str:
    """The metric that needs its place named, for a figure its clause ties to an event
    named before ("... during the 7 October attack on southern Israel. Some 1,200 people
    were killed in the assault": the assault is the attack the sentence before placed),
    or ''. The last event noun of the sentences before is the one pointed back to; its
    clause must place it, and neither clause may rule the metric out."""
    seg_start, seg_end = view.segment_span(m.start)
    if not ATTACK_ANAPHOR_RE.search(view.text, max(m.end, 0), max(seg_end, 0)):
        return ""
    before = view.index.text[view.lo : view.base]
    last = next(reversed(list(EARLIER_EVENT_NOUN_RE.finditer(before))), None)
    if last is None:
        return ""
    event_start, event_end = view.segment_span(last.start() + view.lo - view.base)
    fits = [metric.id for metric in taxonomy.metrics
            if metric.requires_context and m.noun_class in metric.classes and
            any(seg_start <= c[0] < seg_end for c in view.hits(f"cue:{metric.id}")) and
            any(event_start <= h[0] < event_end for h in view.hits(f"context:{metric.id}")) and
            not any(event_start <= h[0] < event_end or seg_start <= h[0] < seg_end
                    for h in view.hits(f"exclude:{metric.id}"))]
    return fits[0] if len(fits) == 1 else ""

def _agent_metric(view: SentenceView, start: int, end: int, taxonomy: Taxonomy) -> str:
    """The metric whose agent does its cue's event to people of no particular kind in the
    figure's clause: "Israel would also free about 1,000 women and children" (the agent
    before the verb before the figure) or "... were freed by Israel" (after), or ''."""
    seg_start, seg_end = view.segment_span(start)
    if seg_start > 1 and BARE_APPOSITIVE_RE.fullmatch(view.text, seg_start, start):
        # "... free all women and children it detained, about 1,000 people in total": an
        # appositive counts what the clause before it did.
        seg_start = max(0, view.segment_span(seg_start - 2)[0])
    for metric in taxonomy.metrics:
        agents = [a for a in view.hits(f"agent:{metric.id}", 0)
                  if seg_start <= a[0] and a[1] <= seg_end]
        if not agents:
            continue
        cues = [c for c in view.hits(f"cue:{metric.id}", 0)
                if seg_start <= c[0] and c[1] <= seg_end]
        if any(a[1] <= c[0] and c[1] <= start for a in agents for c in cues) or \
                any(end <= c[0] and BY_AGENT_RE.fullmatch(view.text, c[1], a[0])
                    for a in agents for c in cues):
            return metric.id
    return ""


def _subject_elsewhere(view: SentenceView, start: int, end: int,
                       excluded: list[tuple[int, int]], placed: list[tuple[int, int]]) -> bool:
    """True when a place the metric excludes opens the figure's clause and the clause
    names none of the metric's own places but the figure's noun ("Russia and Ukraine
    exchanged 95 prisoners")."""
    seg_start, seg_end = view.segment_span(start)
    seg_start = max(seg_start, 0)
    if not any(seg_start <= x[0] < start for x in excluded):
        return False
    return not any(seg_start <= h[0] < seg_end and not end <= h[0] < end + 30 for h in placed)


def _later_clause(view: SentenceView, end: int, cue: tuple[int, int]) -> bool:
    """True when ``cue`` stands in a later clause with a finite verb of its own (", and
    some 60,000 residents remain displaced"; not ", and four people held in Gaza")."""
    if cue[0] <= end:
        return False
    text = view.index.text
    brk = CLAUSE_BREAK_RE.search(text, view.base + end, view.base + cue[0])
    # (after a semicolon the cue may be the clause's own verb: "; thousands left")
    return brk is not None and (
        FINITE_VERB_RE.search(text, brk.end(), view.base + cue[1]) is not None or
        (brk.group(0) == ";" and cue[0] > 0 and
         text[view.base + cue[0] - 1].isspace() and
         bool(text[brk.end() : view.base + cue[0]].strip())))


def _own_verb_before_other(view: SentenceView, end: int, cue: tuple[int, int]) -> bool:
    """True when a verb of the figure's own comes before another figure the ``cue`` after
    them is that figure's ("1.9 million people are displaced and 40,000 killed": the
    displaced are not killed)."""
    if cue[0] <= end:
        return False
    text = view.index.text
    other = ANY_NUMBER_RE.search(text, view.base + end, view.base + cue[0])
    return other is not None and \
        OWN_FINITE_RE.search(text, view.base + end, other.start()) is not None


def _stop_after(view: SentenceView, pos: int) -> int:
    """The relative position of the next comma, semicolon, colon or full stop after
    ``pos`` in the view's sentence (or its end)."""
    stop = CLAUSE_STOP_RE.search(view.text, pos)
    return stop.start() if stop else len(view.text)


def _in_clause(view: SentenceView, pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when one of ``spans`` lies in the clause holding relative ``pos``."""
    seg_start, seg_end = view.segment_span(pos)
    return any(seg_start <= s < seg_end for s, _ in spans)


def _days_after_date(view: SentenceView, m: Mention, published: str) -> str:
    """"Israel handed over 45 bodies on Sunday, a day after Hamas returned the remains of
    three hostages": what the clause after "a day after" tells happened that many days
    before the day the sentence gives (or the publication day)."""
    if "after" not in view.text[: m.start].lower():
        return ""  # (most figures: no regular expression run)
    found = next(reversed(list(DAYS_AFTER_RE.finditer(view.text, 0, m.start))), None)
    if found is None or any(found.end() <= d.start < m.start for d in view.dates):
        return ""
    days = [d.as_of for d in view.dates if d.end <= found.start() and len(d.as_of) == 10
            and not d.span_start]
    base = days[-1] if days else published
    if len(base) != 10:
        return ""
    count = found.group("n").lower()
    n = 1 if count in ("a", "one", "the") else int(parse_words(count) or 0)
    if not n:
        return ""
    return (date.fromisoformat(base) - datetime.timedelta(days=n)).isoformat()


def _relative_event_date(view: SentenceView, m: Mention, mentions: list[Mention]) -> str:
    """"one of 250 Palestinians serving life sentences who were freed on Monday": a
    relative clause after the figure's noun telling its event (a cue of the figure's
    metric) dates the figure by its date."""
    if not m.metric or load_taxonomy().metric(m.metric).kind != "events":
        return ""
    # ("250 prisoners serving life or long sentences who were released on Monday")
    relative = RELATIVE_EVENT_RE.search(view.text, max(m.end, m.np_end),
                                        max(m.end, m.np_end) + 60)
    if relative is None or any(max(m.end, m.np_end) <= o.start < relative.start()
                               for o in mentions):
        return ""
    seg_end = view.segment_span(relative.end())[1]
    cues = [s for s, _ in view.hits(f"cue:{m.metric}") if relative.end() <= s < seg_end]
    if not cues:
        return ""
    # (the clause's own event, its cue before the date: not "who were not involved in the
    # massacre of October 7 will also be released")
    dated = [d for d in view.dates if cues[0] < d.start < seg_end and d.as_of and
             not d.span_start]
    return dated[0].as_of if dated else ""


def _origin_modifier(view: SentenceView, hit: tuple[int, int], taxonomy: Taxonomy) -> bool:
    """True for a place word standing before a noun of people ("Gaza detainees")."""
    word = NEXT_NOUN_RE.match(view.text, hit[1])
    return word is not None and bool(lookup_class([word.group(1)], taxonomy))


def _attribute_cue(view: SentenceView, cue: tuple[int, int], start: int,
                   loose: bool = False) -> bool:
    """True for a cue standing as an adjective right before the number ("the remaining 20";
    ``loose``: after any determiner and before a qualifier too, "all remaining some 20")."""
    if cue[1] > start:
        return False
    if loose:
        return ATTRIBUTIVE_GAP_RE.fullmatch(view.text, cue[1], start) is not None and \
            DETERMINER_BEFORE_RE.search(view.text, max(0, cue[0] - 6), cue[0]) is not None
    text = view.index.text
    gap = text[view.base + cue[1] : view.base + start]
    before = text[max(0, view.base + cue[0] - 4) : view.base + cue[0]]
    return gap.strip() == "" and before.lower().endswith("the ")


def _reduced_relative_cue(view: SentenceView, cue: tuple[int, int], end: int) -> bool:
    """True for a participle right after the figure's noun, followed by a preposition:
    "50 women held in Gaza will be released" (the participle describes the women; the verb
    of the clause says what happens to them)."""
    if cue[0] < end:
        return False
    text = view.index.text
    word = text[view.base + cue[0] : view.base + cue[1]].lower()
    if not (word.endswith("ed") or word in _participles()) or " " in word or \
            word in _intransitive_past():
        return False
    gap = text[view.base + end : view.base + cue[0]]
    return len(gap) <= 40 and REDUCED_GAP_RE.match(gap) is not None and \
        not AUXILIARY_RE.search(gap) and \
        REDUCED_AFTER_RE.match(text, view.base + cue[1]) is not None


def assign_cues(view: SentenceView, figures: list[Mention],
                taxonomy: Taxonomy) -> dict[int, tuple[int, int]]:
    """Each figure that names what it counts takes its nearest cue no nearer figure took.

    Returns, by index in ``figures``, the cue span each one took.
    """
    pairs = []
    for i, m in enumerate(figures):
        # "16 hostages were released on Wednesday, including 10 Israelis": a part named
        # after "including" takes no verb of its whole's.
        links = [found.end() for found in LINK_WORD_RE.finditer(view.text, 0, m.start)]
        for metric in taxonomy.metrics:
            if m.noun_class in metric.classes:
                for cue in view.hits(f"cue:{metric.id}", 0):
                    if links and cue[1] <= links[-1]:
                        continue
                    pairs.append((view.span_distance(m.start, m.end, *cue), i, cue))
    # The longer cue stands where two overlap: "left Gaza" (released), not "left" (held).
    spans = {cue for *_, cue in pairs}
    pairs = [p for p in pairs if not any(o[0] <= p[2][0] and p[2][1] <= o[1] and o != p[2]
                                         for o in spans)]
    assigned: dict[int, tuple[int, int]] = {}
    used: set[tuple[int, int]] = set()
    for distance, i, cue in sorted(pairs):
        if distance > CLAIM_DISTANCE:
            break  # a cue this far away is nobody's in particular
        if i not in assigned and cue not in used:
            assigned[i] = cue
            used.add(cue)
    return assigned


def _predicate_people(view: SentenceView, m: Mention, taxonomy: Taxonomy) -> str:
    """"supporters reply that 1,718 were Gazans never charged": a bare number whose
    copula names a kind of people (not a subgroup, which breaks a whole down) counts them."""
    copula = COPULA_NOUN_RE.match(view.text, m.end)
    # (a noun right after the copula: not "40 were taken hostage")
    if m.np_words or not copula or not lookup_class([copula.group("noun")], taxonomy):
        return ""
    cls = _predicate_class(view, m.end, taxonomy)
    if cls is None or cls.subgroup or cls.name == "person" or cls.days:
        return ""
    return cls.name


@lru_cache(maxsize=1)
def _describing_participles() -> frozenset[str]:
    return frozenset(load_language()["extraction"]["describing_participles"])


@lru_cache(maxsize=1)
def _vague_words() -> frozenset[str]:
    return frozenset(load_language()["numbers"]["vague_quantities"])


def _opens_vaguely(text: str) -> bool:
    """Does ``text`` open with a vague quantity ("Thousands have been arrested")?"""
    first = tokens_of(text)[:1]
    return bool(first) and first[0] in _vague_words()


@lru_cache(maxsize=1)
def _state_class_re() -> re.Pattern[str]:
    places = load_language()["extraction"]["holding_places"]
    return re.compile(rf",?\s+(?:(?:are|were|is|was|remain|remained|being|been|still|now|"
                      rf"{_HOLDING_VERBS})\s+)*(?:in|under|on)\s+(?:an?\s+|the\s+)?(?P<place>"
                      + phrase_regex(places).pattern + ")", re.I)


@lru_cache(maxsize=1)
def _held_count_re() -> re.Pattern[str]:
    places = load_language()["extraction"]["holding_places"]
    return re.compile(rf"\b(?:number|count|total|tally)\s+(?:of\s+people\s+)?{_HOLDING_VERBS}"
                      rf"\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?P<place>"
                      + phrase_regex(places).pattern + ")", re.I)


def _place_class(found: re.Match[str] | None, taxonomy: Taxonomy) -> str:
    """The class of people a matched place of holding holds, or ""."""
    if found is None:
        return ""
    places = load_language()["extraction"]["holding_places"]
    word = next(v for k, v in places.items() if k.lower() == " ".join(
        found.group("place").lower().split()))
    return lookup_class([word], taxonomy)


def _state_class(sentence: str, pos: int, taxonomy: Taxonomy) -> str:
    """The class of people the place of holding after ``pos`` holds ("are held in
    administrative detention": detainees), or the one a count before ``pos``
    names ("the total number held by the prison service ... was 9,200"), or ""."""
    return _place_class(_state_class_re().match(sentence, pos), taxonomy) or \
        _place_class(_held_count_re().search(sentence, 0, pos), taxonomy)


def _predicate_class(view: SentenceView, pos: int, taxonomy: Taxonomy) -> NounClass | None:
    """The class of the noun a predicate right after ``pos`` names ("are children", "of
    them soldiers", ", all women"), or None; two groups together ("150, all women and
    teenagers") are neither."""
    predicate = PREDICATE_NOUN_RE.match(view.text, pos)
    if predicate is None:
        return None
    limit = UNDER_AGE_AT_RE.match(view.text, predicate.start("noun"))
    if limit and int(limit.group(1)) <= ADULT_AGE:
        # "were under the age of 18": minors, whatever the taxonomy calls them
        return taxonomy.classes.get(lookup_class(["minors"], taxonomy))
    # "were women soldiers": the head is the last noun of the phrase
    words, end = [predicate.group("noun")], predicate.end()
    for _ in range(2):
        more = NOUN_AFTER_RE.match(view.text, end)
        if more is None or more.group(1).lower() in _np_stop():
            break
        words.append(more.group(1))
        end = more.end()
    cls = taxonomy.classes.get(lookup_class(words, taxonomy))
    other = PREDICATE_OTHER_RE.match(view.text, end)
    if other and taxonomy.classes.get(lookup_class([other.group("noun")], taxonomy)) \
            is not cls:
        return None
    return cls


FURTHER_BEFORE_RE = re.compile(r"\b(?:and|but|while|with|plus)\s+(?:a\s+further|another|"
                               r"an\s+additional|a\s+additional)\s+$", re.I)


def choose_subgroup(view: SentenceView, m: Mention, taxonomy: Taxonomy,
                    window: tuple[int, int]) -> str:
    """Subgroup from the counted noun ("children") or from words in ``window``."""
    if not m.metric:
        return ""
    cls = taxonomy.classes.get(m.noun_class)
    allowed = [s for s in taxonomy.subgroups if _refines(s, m.metric)]
    if not m.np_words and not m.partitive:
        # "10 women, four of them soldiers": a bare part's predicate says what it is,
        # whatever class it took from its whole.
        named = _predicate_class(view, m.end, taxonomy)
        if named and named.subgroup and any(s.id == named.subgroup for s in allowed):
            return named.subgroup
    if any(s.id == "deceased" for s in allowed) and (
            BODIES_OF_RE.search(view.text, max(0, m.start - 25), m.start) or
            POSSESSIVE_BODY_AFTER_RE.match(view.text, m.end)):
        # "the bodies of two soldiers": what is counted is the dead, whoever they were.
        return "deceased"
    if cls and cls.subgroup and any(s.id == cls.subgroup for s in allowed):
        return cls.subgroup
    modifiers = " ".join(m.np_words[:-1]) if m.np_words else ""
    subject = SUBJECT_NUMBER_RE.search(view.text, view.segment_span(m.start)[0], m.start) \
        if not m.np_words else None
    said = WORD_RE.findall(subject.group("np")) if subject else []
    if said and lookup_class(said[-1:], taxonomy) == m.noun_class:
        modifiers = " ".join(said[:-1])  # "women prisoners number 82"
    for subgroup in allowed:
        if modifiers and subgroup.words.search(modifiers):
            return subgroup.id
    share = _share_subject().search(view.text, view.segment_span(m.start)[0], m.start) \
        if m.partitive else None
    said = WORD_RE.findall(share.group("np")) if share else []
    for word in reversed(said):
        # "Women soldiers made up four of the hostages freed": the subject is the part,
        # and its head noun says it first (soldiers).
        found = next((s.id for s in allowed if s.words.search(word)), "")
        if found:
            return found
    phrase = " ".join(m.np_words)
    for subgroup in allowed:  # "four hostages alive": a word after the noun
        if phrase and subgroup.id not in NOUN_SUBGROUPS and subgroup.words.search(phrase):
            return subgroup.id
    gloss = BRACKET_GLOSS_RE.match(view.text, max(m.end, m.np_end))
    for subgroup in allowed if gloss else []:
        if subgroup.words.search(gloss.group(1)):  # type: ignore[union-attr]
            return subgroup.id  # "Still in Gaza: 1 (body)"
    both = ALL_STATE_RE.search(view.text, max(m.end, m.np_end))
    if both and not ANY_NUMBER_RE.search(view.text, max(m.end, m.np_end), both.start()):
        # "Two of its residents are still held in Gaza, both believed dead": what every one
        # of them is, said at the end of the clause
        for subgroup in allowed:
            if subgroup.id not in NOUN_SUBGROUPS and subgroup.words.search(both.group("state")):
                return subgroup.id
    every = ALL_OF_KIND_RE.match(view.text, max(m.end, m.np_end))
    if every:
        # "Three hostages, all women, have been handed over": what every one of them is.
        cls = taxonomy.classes.get(lookup_class([every.group("noun")], taxonomy))
        if cls and cls.subgroup and any(s.id == cls.subgroup for s in allowed):
            return cls.subgroup
    # "Thirty of those freed were minors": the predicate follows the partitive phrase.
    those = THOSE_VERB_RE.match(view.text, m.end) if m.partitive else None
    # ("Thirty of the 33 are minors": or after a whole that is a number of its own)
    after_whole = those.end() if those else \
        max(m.end, m.np_end) if m.partitive else m.end
    predicate = PREDICATE_NOUN_RE.match(view.text, after_whole) \
        if not m.np_words else \
        PREDICATE_NOUN_RE.match(view.text, m.np_end) if m.partitive else None
    if predicate is None and m.partitive:
        # "Four of the captives released on Thursday were women soldiers": the verb comes
        # after the words describing the whole.
        verb = PREDICATE_LATER_RE.match(view.text, m.np_end)
        predicate = PREDICATE_NOUN_RE.match(view.text, verb.end()) if verb else None
    # "Two of the hostages are children": the noun after the verb says what the two are.
    if predicate:
        # "about 350 are children": the noun after the verb says what the 350 are.
        cls = _predicate_class(view, predicate.start(), taxonomy)
        if cls and cls.subgroup and any(s.id == cls.subgroup for s in allowed):
            return cls.subgroup
    if any(s.id == "deceased" for s in allowed) and (
            BODIES_OF_RE.search(view.text, max(0, m.start - 25), m.start) or
            POSSESSIVE_BODY_AFTER_RE.match(view.text, m.end)):
        # "the remains of 28 others were still there when the last living captive
        # crossed": the words right before the figure say it, whatever follows
        return "deceased"
    if COUNTED_WHOLE_BEFORE_RE.search(view.text, max(0, m.start - 30), m.start):
        # "bringing to 35 the number of the 59 remaining hostages it has declared dead":
        # the words after the whole describe the count, not the whole.
        return ""
    if SOME_OF_BEFORE_RE.search(view.text, max(0, m.start - 25), m.start):
        return ""
    inverted = TO_BEFORE_RE.search(view.text, max(0, m.start - 25), m.start) is not None and \
        COUNT_AFTER_RE.match(view.text, m.end) is not None
    if inverted:
        # "the remains of four hostages ..., bringing to fifty-nine the number still held":
        # the count after the figure says what it is, not the words before it
        window = (m.end, window[1])
    text = view.text[window[0] : window[1]]
    verb = FINITE_VERB_RE.search(view.text, m.end, window[1]) \
        if OF_GROUP_AFTER_RE.match(view.text, m.end) else None
    if verb:
        # "40 of those once thought alive had been declared dead": the words describing
        # the group the part is of say what the group was; the verb's, what the part is.
        said = [(found.start(), subgroup.id) for subgroup in allowed
                if subgroup.id not in NOUN_SUBGROUPS
                for found in [subgroup.words.search(view.text, verb.end(), window[1])] if found]
        if said:
            return min(said)[1]
    # The subgroup word nearest the figure ("147 have come back alive and the bodies of
    # 41 ...": alive); the counted noun's subgroups come from the noun, not from here.
    counted_state = STATE_NUMBER_AT_RE.search(view.text, max(0, m.start - 60), m.start) \
        if not m.np_words else None
    for subgroup in allowed if counted_state else []:
        if subgroup.id not in NOUN_SUBGROUPS and \
                subgroup.words.search(counted_state.group("state")):  # type: ignore[union-attr]
            return subgroup.id  # "puts the number believed dead at 41"
    # (not a whole's, from words before it that describe the count of its part: "the
    # number of hostages thought to be alive among the 59 still held")
    from_figure = max(0, m.end - window[0]) \
        if THE_WHOLE_BEFORE_RE.search(view.text, max(0, m.start - 12), m.start) else 0
    near = [(found.start(), subgroup.id) for subgroup in allowed
            if subgroup.id not in NOUN_SUBGROUPS
            for found in [subgroup.words.search(text, from_figure)] if found]
    if near:
        return min(near)[1]
    # (a bare figure's too, when the clause opens right after it: "Families of the
    # remaining 24, who are believed to be alive, urged ...")
    relative = RELATIVE_WHO_RE.search(view.text, max(m.end, m.np_end),
                                      max(m.end, m.np_end) + 30) \
        if m.np_words or RELATIVE_RIGHT_AFTER_RE.match(view.text, m.end) else None
    if relative is not None and not ANY_NUMBER_RE.search(view.text, max(m.end, m.np_end),
                                                         relative.start()):
        # "the 20 hostages it is holding who are believed to be alive": a relative clause
        # of the counted noun, past a clause with no figure, says what they are.
        clause = view.text[relative.start() : view.segment_span(relative.end())[1]]
        near = [(found.start(), subgroup.id) for subgroup in allowed
                if subgroup.id not in NOUN_SUBGROUPS
                for found in [subgroup.words.search(clause)] if found]
        if near:
            return min(near)[1]
    if not m.np_words:
        # "bringing the army's death toll in the ground offensive to 384": the toll named
        # before a bare figure says whose it is.
        seg_start = max(0, view.segment_span(m.start)[0])
        toll = TOLL_BEFORE_RE.search(view.text, seg_start, m.start)
        named = view.text[seg_start : toll.end()] if toll else ""
        phrase = max(0, view.phrase_start(m.start))
        if phrase > 1 and COUNT_APPOSITIVE_RE.match(view.text, phrase):
            # "the hostages believed to be alive, a number officials have put at about
            # 60": the appositive's figure counts the phrase before its comma.
            named = view.text[max(0, view.phrase_start(phrase - 2)) : phrase]
        for subgroup in allowed:
            if named and subgroup.words.search(named):
                return subgroup.id
    before = view.text[max(0, m.start - 25) : m.start]
    if any(s.id == "deceased" for s in allowed) and (
            BODIES_OF_RE.search(before) or DEATHS_OF_RE.search(before)
            or BODIES_RE.search(view.text[max(0, view.segment_span(m.start)[0]) : m.start])
            or (not m.np_words and not inverted and BODIES_RE.search(view.text[: m.start]))):
        # "the bodies of four hostages"; "the bodies ... identified as those of four
        # hostages"; "the bodies ..., those of four", but not "eight in coffins, and five
        # workers were released" (another clause, with a noun of its own)
        return "deceased"
    return ""


# --------------------------------------------------------------------------- dates


def _date_gap(text: str, m: Mention, d: DateMention) -> int:
    """How far a date stands from a figure, for deciding whose date it is: a date before
    "and" closes the clause before it ("killed 1,200 on 7 October and 59 remain")."""
    if m.end <= d.start:
        # (from the end of the figure's noun: "release 183 Palestinian prisoners on
        # Saturday in exchange for three hostages" is the 183's Saturday)
        return d.start - (m.end if m.partitive else max(m.end, min(m.np_end, d.start)))
    gap = abs(m.start - d.end)
    return gap + 1000 if CONJUNCTION_GAP_RE.search(text[d.end : m.start]) else gap


def choose_as_of(view: SentenceView, m: Mention, published: str, mentions: list[Mention],
                 discourse: Discourse) -> str:
    """The date the figure describes: its clause's date, the sentence's opening date, the
    date of a source's statement, or the publication date."""
    text = view.text  # one copy of the sentence for every look below
    seg = view.segment(m.start)
    if m.np_end > m.end and not text[: m.start].strip(" \t\"'“‘*•-–—~≈") and \
            LABEL_DASH_RE.match(text, m.end):
        # "— 1,200: people killed in southern Israel on Oct. 7, 2023": a figure heading
        # its line is of the clause its label goes on with.
        seg = view.segment(m.np_end - 1)
    change = CHANGE_FROM_RE.search(text, max(0, m.start - 60), m.start)
    if change and not UP_FROM_RE.search(change.group(0)):
        # "Since May 2024, the toll has risen from about 35,000 to more than 67,000": the
        # value a change started from is of the day the span opening the sentence names
        # (not "48,239 killed since October 2023, ..., up from 48,222 the day before").
        opening_end = view.phrase_end(0)
        opened = [d for d in view.dates
                  if d.span_start and d.as_of and d.end <= min(opening_end, m.start)]
        if opened:
            return opened[-1].as_of
    # A date in the clause belongs to the figure nearest to it ("49 of the 251 hostages
    # abducted on October 7 remain": the date is the 251's).
    # Figures that count nothing of the taxonomy ("from two buildings in Nuseirat on
    # Saturday") take no date from the one that does.
    same = [o for o in mentions if o is m or (view.segment(o.start) == seg and o.metric)]
    level = bool(m.metric) and load_taxonomy().metric(m.metric).kind == "level"
    own = [d for d in view.dates if view.segment(d.start) == seg
           and _date_owner(text, same, d, m)
           # "94 of those seized in the October 2023 attack are in Gaza": a date naming
           # an event says when the event was, not when a level was counted; so does one
           # after a participle when the clause says the level holds now ("97 hostages
           # taken on 7 October are still in Gaza").
           and not (level and (EVENT_NAME_RE.match(view.index.text, view.base + d.end) or
                               # ("48 people seized in the attack of October 2023 are
                               # held in the Strip")
                               EVENT_OF_DATE_RE.search(text, max(0, d.start - 30), d.start) or
                               ((PARTICIPLE_DATE_RE.search(text, m.end, d.start) or
                                 # "the truce that began on January 19 has lasted 23 days
                                 # so far"
                                 (d.end <= m.start and PARTICIPLE_DATE_RE.search(
                                     text, max(0, d.start - 30), d.start))) and
                                (_in_present(view, m) or
                                 # (or the part of a level: "it stood at 134, including
                                 # 130 people seized on October 7")
                                 LINK_WORD_RE.search(text, max(0, m.start - 15), m.start))) or
                               # "rallied on Saturday night to free the 50 hostages still
                               # held": a date before the figure is the rally's, and the
                               # noun's own words say the level holds now.
                               # "Relatives of the 101 hostages still in Gaza gathered on
                               # Saturday": so does one after it for a definite group.
                               ((d.end <= m.start or text[max(0, m.start - 4) : m.start]
                                 .lower() == "the ") and any(
                                   max(m.end, m.np_end) <= s <= max(m.end, m.np_end) + 2
                                   for s, _ in view.hits("present")))))]
    shifted = _days_before_date(view, m, published, own)
    if shifted:
        return shifted
    if not own:
        own = _after_bracket_dates(view, m)
    if not own:
        recorded = RECORDED_AFTER_RE.match(text, max(m.end, m.np_end))
        if recorded:
            # "the 46,000 or so that the health ministry had recorded by early January
            # 2025": when the count was recorded is the count's date.
            rec_end = view.segment_span(recorded.end())[1]
            own = [d for d in view.dates if recorded.end() <= d.start < rec_end and d.as_of
                   and not d.span_start]
    for d in [d for d in own if d.span_start]:
        # "between October 7, 2023, and June 30, 2024": the span's end is the clause's too,
        # however the comma parts the clause.
        own += [e for e in view.dates if e.start >= d.end and e not in own and
                SPAN_END_RE.fullmatch(text, d.end, e.start)]
    for d in view.dates:
        # "has risen sharply since October 2023, when it stood at around 170": the clause
        # "when" opens after a date is of that date, even one that opened a span.
        if d.as_of and d.end <= m.start and WHEN_AFTER_RE.match(text, d.end) and \
                not CLAUSE_STOP_RE.search(text, d.end + 1, m.start):
            return d.as_of
    if own:
        seg_start = view.segment_span(m.start)[0]
        # "since the truce began on January 19": the start of a span, not the figure's date.
        if any(d.span_start or SINCE_RE.search(view.text[seg_start : d.start]) for d in own):
            named = [d for d in own if d.as_of and _is_duration(m) and
                     DATE_OF_NOUN_RE.fullmatch(text, max(m.end, m.np_end), d.start)]
            if named:
                # "Since the one-week truce of late November": the date names the truce
                # whose length the figure is, whatever span it opens.
                return named[0].as_of
            # "in the six weeks from January 2025 Israel freed about 1,800": a span a length
            # opens ("from", not "since") dates the length and what it brought by its start
            lengthed = [d for d in own if d.as_of and d.span_start and
                        LENGTH_FROM_BEFORE_RE.search(text, max(0, d.start - 40), d.start) and
                        (_is_duration(m) or (m.metric and
                                             load_taxonomy().metric(m.metric).kind == "events"))]
            if lengthed:
                return lengthed[0].as_of
            # "which on Monday put the number killed since October 7 at 41,909": a date of
            # the clause outside the span is the figure's.
            plain = [d for j, d in enumerate(own) if d.as_of and not d.span_start and
                     not SINCE_RE.search(view.text[max([seg_start, *(o.end for o in own[:j])])
                                                   : d.start])]
            if plain:
                return min(plain, key=lambda d: abs(d.start - m.start)).as_of
            # "the ministry said on Saturday that the toll since October 2023 had passed
            # 61,000": the span's start is no date for it; the statement's day is.
            stated = _statement_date(view, seg)
            return _result_date(view, m) or (stated[0] if stated else published)
        dated = [d for d in own if d.as_of]
        if m.metric and any(c[1] <= m.start for c in view.hits(f"cue:{m.metric}", 0)):
            # "recovered the bodies of three hostages killed on October 7": a participle
            # after the figure describing its people dates what befell them, not the verb
            # before the figure
            dated = [d for d in dated if not _describing_date(view, m, d)]
        joined = [max(a.as_of, b.as_of) for a, b in itertools.pairwise(dated)
                  if DATES_JOINED_RE.fullmatch(text, a.end, b.start)]
        if joined:
            # "23 were freed in the November 2023 truce and the January 2025 ceasefire": a
            # count over two events joined by "and" stands as of the later
            return joined[-1]
        if dated:
            return min(dated, key=lambda d: abs(d.start - m.start)).as_of
    period = THAT_PERIOD_RE.search(text, 0, m.start)
    ended = [d for d in view.dates if period and d.end <= period.start() and d.as_of and
             not d.span_start and PERIOD_END_BEFORE_RE.search(text, max(0, d.start - 16),
                                                              d.start)]
    if ended and not any(d.as_of and view.segment(d.start) == seg for d in view.dates):
        # "64,260 had died by the end of June 2024, some 41 percent more than the
        # ministry's count for the same period, which stood at 37,877": the period the
        # sentence closed before
        return ended[-1].as_of
    when = text.rfind(", when ", 0, m.start)
    if when > 0 and not CLAUSE_STOP_RE.search(text, when + 1, m.start):
        # "violent deaths by the end of June 2024 were probably around 64,000, when the
        # ministry's own tally stood at 37,877": the "when" clause is of the time the
        # clause before it named.
        before = [d for d in view.dates if d.as_of and not d.span_start and d.end <= when]
        if before:
            return before[-1].as_of
    days_after = _days_after_date(view, m, published)
    if days_after:
        return days_after
    if discourse.asked_date and discourse.count - discourse.asked_at == 1 and not view.dated():
        return discourse.asked_date  # the answer to "How many ... did Israel free on Monday?"
    after = _date_after_appositive(view, m, mentions, level) or _subject_date(view, m) or \
        _event_subject_date(view, m, mentions) or _predicate_date(view, m, level) or \
        _relative_event_date(view, m, mentions) or \
        _described_subject_date(view, m)
    if after:
        return after
    for d in view.dates:
        # "as of 30 April 2024, ..." dates every figure of the sentence after it; "52,829
        # killed, according to the ministry, as of May 13" the figure before it too.
        # (and every item of a list it closes: "25,700 ... had been killed, more than
        # 63,000 injured and about 1.7 million displaced as of 24 January 2024")
        if d.as_of and not d.span_start and AS_OF_RE.search(
                view.text[max(0, d.start - 8) : d.start]) and (
                d.start < m.start or not any(m.end <= o.start < d.start for o in mentions) or
                (d.start > m.end and LIST_TO_DATE_RE.fullmatch(
                    view.text, view.phrase_end(m.end), d.start) is not None)):
            return d.as_of
    for d in view.dates:
        # "Round 2 (25 January): 200 released": a date in a label dates what follows it;
        # "the attack of October 7, 2023, in which 1,200 people were killed": so does a
        # date a relative clause describes.
        if d.as_of and not d.span_start and d.end <= m.start and (
                LABEL_DATE_RE.match(text, d.end, m.start) or
                # ("Exchange 2 (Jan 25): 4 hostages; 200 prisoners": every item of its line)
                (d.end <= LABEL_REACH and LABEL_DATE_ITEMS_RE.match(text, d.end, m.start)) or
                RELATIVE_AFTER_DATE_RE.match(text, d.end, m.start) or
                # "took place Saturday, with six hostages returned"
                AFTER_DATE_CLAUSE_RE.fullmatch(text, d.end, m.start) or
                # "attacked Israel on October 7, 2023, killing some 1,200 people": what
                # the dated event did
                RESULT_AFTER_DATE_RE.fullmatch(text, d.end, m.start)):
            return d.as_of
    dated_data = [d for d in view.dates if d.as_of and not d.span_start and d.start > m.end and
                  DATA_DATED_RE.search(view.text, max(0, d.start - 20), d.start) and
                  not any(o is not m and m.end <= o.start < d.start for o in mentions)]
    if dated_data and len({d.as_of for d in view.dates if d.as_of}) == 1:
        # "according to figures the prison service provided ..., dated 1 March 2025": the
        # date the data bear is the figure's.
        return dated_data[0].as_of
    result = _result_date(view, m)
    if result:
        return result
    set_off = _set_off_date(view, m, mentions)
    stated = _statement_date(view, seg)
    goes_on = STATEMENT_GOES_ON_RE.search(text) \
        if stated is None and discourse.stated and discourse.stated_at == discourse.count - 1 \
        else None
    if goes_on and not view.dated() and (
            goes_on.group("head") is None or goes_on.group("head").lower() in discourse.stated_by):
        # "The health ministry said on Thursday ... The ministry said 92,401 had been
        # wounded": the same statement goes on.
        stated = (discourse.stated, -1)
    after = _set_off_date_after(view, m)
    if after:
        # "When the ministry said 37,396 had been killed, in June 2024, my own estimate
        # ...": a date set off right after the figure's clause is the clause's.
        return after
    which = EVENT_WHICH_BEFORE_RE.search(view.text, max(0, m.start - 40), m.start)
    if which and which.start() > 0:
        # "The October 2025 exchange, in which 1,968 were freed, ..., the groups said last
        # week": the clause is of the event its noun dates, whenever it was told.
        noun_start = view.segment_span(which.start() - 1)[0]
        # (even after "After": "After the October 2025 exchange, in which 1,968 were
        # freed": the clause is of the exchange, whatever came after it)
        named = [d for d in view.dates if d.as_of and
                 noun_start <= d.start and d.end <= which.start()]
        if named:
            return named[-1].as_of
    if stated:
        # "A report published on Tuesday says that at the end of June, Israel held 250":
        # a date set off right before the figure is nearer to it than the statement's.
        # So is one set off before the figure when the statement follows it ("By the end
        # of March, Israel held 3,661 ..., the group said on Monday").
        return set_off[0] if set_off and (set_off[1] > stated[1] or stated[1] > m.start) \
            else stated[0]
    seg_start, seg_end = view.segment_span(m.start)
    # "By Thursday, the count of hostages still held had fallen to 87": a date set off
    # before the figure outweighs a word of the present in its clause.
    if set_off:
        return set_off[0]
    clause = DATING_CLAUSE_OPENING_RE.match(text)
    dated = [d for d in view.dates if clause and d.end <= clause.end() <= m.start and
             d.as_of and not d.span_start]
    if dated:
        # "When the October 2025 agreement was signed, 48 hostages were still in Gaza":
        # a clause of time opening the sentence dates it, whatever "still" says.
        return dated[-1].as_of
    closing = WHEN_CLAUSE_AFTER_RE.search(text, m.end)
    if closing and not any(m.end < o.start < closing.start() and o.metric for o in mentions):
        # "Hamas still held 48 hostages, fewer than half of them alive, when the October
        # 2025 agreement was signed": so does one closing the figure's clause.
        within = [d for d in view.dates if closing.start() <= d.start < closing.end() and
                  d.as_of and not d.span_start]
        if within:
            return within[-1].as_of
    if not view.dated() and (OPENING_PARTITIVE_RE.match(text) or OF_PRONOUN_OPENING_RE.match(text)):
        # "... reached 400 at the end of March. Of these children, 63 are held in
        # administrative detention": a part of the whole just counted is of its time
        whole = [o for o in discourse.last_counted() if
                 o.metric == m.metric and o.as_of and o.value >= m.value]
        if whole:
            return whole[-1].as_of
    # (in a timeline's dated entry the present is the entry's: "January 2024 - Israel says
    # 136 hostages remain")
    # (not the whole's own words: "the remains of 15 of the 28 dead hostages still held
    # ... had been handed over" by the end of that month)
    whole_at = next((o.start for o in mentions if o.start > m.start), seg_end) \
        if m.partitive and not future_re().search(text, seg_start, seg_end) else seg_end
    # The verb after a whole is its part's ("120 of the 250 hostages taken that day are
    # still being held"): its present dates the part, not the whole the participle dates.
    whole_of = next((o for o in mentions if o.start > m.start), None) if m.partitive else None
    is_whole = WHOLE_OF_PART_RE.search(text, max(0, m.start - 30), m.start) is not None and \
        any(o.partitive and o.end < m.start for o in mentions)
    verb_after = whole_of or (m if is_whole else None)  # the whole the part's verb follows
    part_verb = FINITE_VERB_RE.search(text, max(verb_after.end, verb_after.np_end), seg_end) \
        if verb_after is not None else None
    verb_at = part_verb.start() if part_verb else seg_end
    present_at = [s for s, _ in view.hits("present") if seg_start <= s < seg_end and
                  not (is_whole and s >= verb_at)]
    if any(s < whole_at or (whole_of is not None and part_verb is not None and s >= verb_at)
           for s in present_at) and not _entry_date(view):
        return published
    semi = view.text.rfind(";", 0, m.start)
    if semi > 0:
        # "In November 2023, 105 were freed ...; in early 2025, 33 more came out, while
        # Israel released about 1,800": a statement after a semicolon has its own opening.
        dated = [d for d in view.dates if semi < d.start < m.start and d.as_of and
                 not d.span_start]
        if dated:
            return dated[0].as_of
    # The sentence's opening phrase, up to its first comma: "In late November 2023, ...",
    # "During the truce that began in January, ...". "Since ..., " opens a span instead.
    opening_end = view.phrase_end(0)
    after_colon = view.phrase_end(opening_end + 1) \
        if view.text[opening_end : opening_end + 2] == ": " else opening_end
    if opening_end < after_colon < m.start and \
            not any(o.start < after_colon for o in mentions):
        # "But the total was one of the largest: in the January 2025 truce, about 1,800
        # ...": a statement after a colon has its own opening.
        opening_end = after_colon
    for d, e in itertools.pairwise(view.dates):
        # "Between 18 March 2025, when hostilities resumed, and 30 July, ...": the opening
        # runs to the span's end.
        if d.span_start and d.end <= opening_end < e.start and \
                SPAN_END_RE.fullmatch(text, d.end, e.start):
            opening_end = view.phrase_end(e.end - 1)
    # (a length inside it is no figure of its own clause: "In the seven days of the
    # November 2023 truce, 105 hostages came out")
    opening_free = not any(o.start < opening_end and o.metric and
                           (o.unit != "day" or not ADVERBIAL_OPENING_RE.match(text))
                           for o in mentions)
    for d, e in itertools.pairwise(view.dates):
        # "From January to March 2025, ..."; "The second truce, from January to March
        # 2025, brought 25 ...": a span set off before the figure's clause dates it by its
        # end, as "between ... and ..." does.
        if d.span_start and e.as_of and not e.span_start and e.end <= m.start and \
                SPAN_END_RE.fullmatch(text, d.end, e.start) and \
                "," in text[e.end : view.segment_span(m.start)[0] + 1] and \
                not any(e.end <= o.start < m.start and o.metric for o in mentions):
            return e.as_of
    for d in view.dates:
        if d.span_start or not d.as_of:
            continue
        opener = d.end <= opening_end < m.start and opening_free
        later = [e for e in view.dates if e.as_of and not e.span_start and
                 opening_end < e.start and e.end <= m.start and
                 AND_CLAUSE_RE.search(view.text, opening_end, e.start)] if opener else []
        if later:
            # "Under the January deal, Israel agreed to free 1,904 ..., and under the
            # October deal about 2,000 for the last 20 living captives": a clause joined
            # later opens with a time of its own.
            return later[-1].as_of
        if opener:
            if SPAN_OPENER_RE.match(view.text) or \
                    SINCE_RE.search(view.text, m.end, view.segment_span(m.start)[1]):
                # ("Had the first phase not been agreed in January, none of the 33 released
                # since then might have come home": a count up to today)
                return published
            if d.as_of < published and future_re().search(
                    text, opening_end, view.segment_span(m.start)[1]):
                # "Under the deal that took effect on 19 January, Israel is expected to
                # release up to 1,904": what is still to come is counted as of today.
                return published
            return d.as_of
    entry = _entry_date(view)
    if entry:
        return entry
    then = AT_THE_TIME_RE.search(view.text)
    if then and any(d.as_of and THAT_YEAR_AFTER_RE.fullmatch(text, d.end, then.end())
                    for d in view.dates):
        then = None  # "in November that year": the date already took its year
    whole = WHOLE_PHRASE_OPENING_RE.match(view.text) if then else None
    if then and whole and then.start() < whole.end() <= m.start:
        then = None  # "Of the 251 abducted that day, 148 have returned": the whole's day
    if then and then.start() > m.end and \
            PERFECT_AFTER_RE.match(view.text, max(m.end, m.np_end)) and \
            THEN_IN_RELATIVE_RE.search(view.text, max(m.end, then.start() - 40), then.start()):
        # "more than 290 soldiers have been killed in the ground invasion that began later
        # that month": the time of the event a relative clause describes; the count is to date
        then = None
    if then:
        # "at the time", "earlier that day" point back to the last date named: in the
        # sentence itself first, then before it.
        # "that day" names a day, not "the January ceasefire".
        day = any(w in then.group(0).lower()
                  for w in ("day", "hours", "minutes", "moments", "shortly", "soon", "morning",
                            "afternoon", "evening", "night"))
        named = [d.as_of for d in view.dates if d.as_of and 0 <= d.end <= then.start()
                 and (len(d.as_of) == 10 or not day)]
        # (a day named by a month only: "the attack of October 2023 ... taken that day")
        earlier = (discourse.last_day or discourse.last_date) if day else discourse.last_date
        if day and m.metric in discourse.day_by_metric:
            # "251 people were taken hostage that day" after "taken on October 7, ...
            # released on October 23": the day named with the same event
            earlier = discourse.day_by_metric[m.metric]
        if day and discourse.span_day and discourse.span_day_at == discourse.count and \
                EVENT_NAME_RE.search(view.text, max(0, then.start() - 60), then.start()):
            # "... since October 7, 2023, the ministry said on Tuesday. About 1,139 were
            # killed in the attack on southern Israel that day": the event that opened
            # the span the sentence before named.
            earlier = discourse.span_day
        if named or earlier:
            found = named[-1] if named else earlier
            # "during the year", "that month": the year or month of the date named before
            unit = THAT_UNIT_RE.search(then.group(0))
            if unit:
                # (in a line a year labels, "during the year" is that year)
                found = published if len(published) == 4 else \
                    found[: 7 if unit.group(1).lower() == "month" else 4]
            return found
    if discourse.starts and not view.dated() and THAT_PERIOD_RE.search(text):
        index = view.index
        first = bisect.bisect_left(index.date_starts, discourse.starts[-1])
        last = bisect.bisect_left(index.date_starts, view.base)
        named = index.dates[first:last]
        for a, b in itertools.pairwise(named):
            if a.span_start and b.as_of and not b.span_start and \
                    SPAN_END_RE.fullmatch(index.text, a.end, b.start):
                return b.as_of
        plain = [d for d in named if d.as_of and not d.span_start]
        if len(plain) == 1 and not any(d.span_start for d in named) and \
                AS_OF_RE.search(index.text[max(0, plain[0].start - 8) : plain[0].start]):
            # "As of June 30, 2024, the ministry had recorded 37,877 deaths. ... traumatic
            # deaths over the same period numbered 64,260": the one date "as of" named before.
            return plain[0].as_of
    semicolon = text.find(";", m.end)
    clause_end = semicolon if semicolon >= 0 else len(text)  # the clause up to a semicolon
    if BEFORE_THE_EVENT_RE.match(text) and discourse.last_date and \
            discourse.last_date_at == discourse.count and \
            not any(d.as_of and d.start < clause_end for d in view.dates):
        # "Israel freed 1,968 Palestinians on October 13. Before the release, rights groups
        # counted about 11,100": just before the event the sentence before dated, that month
        return discourse.last_date[:7]
    event = THE_EVENT_RE.search(text, m.end, seg_end)
    if event is None and THAT_EVENT_RE.match(text, seg_end):
        # "released in that deal": "that" parts a clause, but here it points back
        event = THE_EVENT_RE.search(text, m.end, THAT_EVENT_RE.match(text, seg_end).end())
    # ("... 105 of them in the truce last November. PRESENTER: And the prisoners? Israel let
    # 240 go in that truce": "that" points back over a sentence naming no time)
    reach = 1 if event and THAT_EVENT_RE.search(event.group(0)) else 0
    told_event = _event_told_date(discourse, published) if reach and not view.dated() else ""
    if told_event:
        return told_event
    if event and 0 <= discourse.count - discourse.last_date_at <= reach and \
            not view.dated():
        # "Special forces rescued four hostages on Saturday. ... 274 were killed during the
        # raid": the event the sentence before dated.
        return discourse.last_date
    if m.metric and not view.dated() and ALSO_RE.search(text, *view.segment_span(m.start)) \
            and load_taxonomy().metric(m.metric).kind == "events":
        # "The first 13 hostages were handed over on Friday. Ten Thai nationals were also
        # freed": the same event as the figure of its metric the day the sentence before
        # named (not "the bodies of 37 have also been recovered", a tally to date).
        told = [o for o in discourse.last_counted(1) if o.metric == m.metric and
                len(o.as_of) == 10 and o.as_of != published]
        if told:
            return told[-1].as_of
    meanwhile = MEANWHILE_RE.match(view.text) is not None and bool(m.metric) and \
        load_taxonomy().metric(m.metric).kind == "events"
    if IN_RETURN_RE.match(view.text) or meanwhile:
        # "In return, Israel freed 240 ...": the other side of the exchange just described;
        # "Meanwhile, Israel released 183 prisoners": an event at the time of the one before.
        earlier = [o for o in discourse.recent if o.metric and o.sentence_no == discourse.count - 1
                   and (not meanwhile or load_taxonomy().metric(o.metric).kind == "events")]
        # (the other side is a release: "Hamas will release three hostages on Thursday. ...
        # who were among 31 Thais abducted on October 7, 2023. In return, Israel is set to
        # free 110": the release told before, over the abduction of an aside)
        sides = sorted((o for o in discourse.by_value.values() if o.metric and o.as_of and
                        discourse.count - o.sentence_no <= EXCHANGE_MEMORY and
                        load_taxonomy().metric(o.metric).ends),
                       key=lambda o: (o.sentence_no, o.start)) if not meanwhile else []
        if sides and earlier and not load_taxonomy().metric(earlier[-1].metric).ends:
            return sides[-1].as_of
        if earlier:
            return earlier[-1].as_of
        if not meanwhile and not sides and discourse.last_date and \
                discourse.last_date_at == discourse.count and not view.dated():
            # "... were handed to the Red Cross yesterday. In return Israel let 200
            # prisoners go": the exchange the sentence before dated, though it counted none
            return discourse.last_date
    return published


def _join_end(sentence: str, pos: int) -> int:
    """Where the last clause joined by ", yet", ", but", ", while" ... before ``pos`` starts,
    or -1."""
    return max((j.end() for j in CLAUSE_JOIN_RE.finditer(sentence, 0, pos)), default=-1)


def _event_told_date(discourse: Discourse, published: str) -> str:
    """"She was one of 105 hostages released during the November truce. Her husband was
    killed on October 7 ... many of the 81 Israelis freed in that exchange": the date of
    the latest of the last three sentences that names such an event, or ''."""
    for said in reversed(discourse.previous[-3:]):
        if EVENT_NOUN_RE.search(said):
            dated = [d.as_of for d in find_dates(said, published) if d.as_of and
                     not d.span_start]
            return dated[-1] if dated else ""
    return ""


def _days_before_date(view: SentenceView, m: Mention, published: str,
                      own: list[DateMention]) -> str:
    """"... troops recovered three bodies overnight, a week after four other bodies were
    retrieved": a clause after "a week after" (or "two days after") is that long before
    the day the sentence tells of; '' when the clause names a date of its own."""
    after = DAYS_AFTER_BEFORE_RE.search(view.text, max(0, m.start - 60), m.start)
    if after is None or len(published) != 10 or \
            any(d.as_of and d.start >= after.start() for d in own):
        return ""
    n = 1 if after.group("n").lower() in ("a", "an") else \
        int(after.group("n")) if after.group("n").isdigit() else parse_words(after.group("n"))
    if not n:
        return ""
    told = [d.as_of for d in view.dates if d.as_of and len(d.as_of) == 10 and
            d.end <= after.start() and not d.span_start]
    days = int(n) * (7 if after.group("unit").lower().startswith("week") else 1)
    base = date.fromisoformat(told[-1] if told else published)
    return (base - datetime.timedelta(days=days)).isoformat()


def _describing_date(view: SentenceView, m: Mention, d: DateMention) -> bool:
    """True when ``d`` follows a participle after the figure ("killed on October 7") that
    is no cue of the figure's metric."""
    if d.start < max(m.end, m.np_end):
        return False
    verb = PARTICIPLE_DATE_BEFORE_RE.search(view.text, max(m.end, d.start - 30), d.start)
    return verb is not None and not any(s <= verb.start("verb") < e
                                        for s, e in view.hits(f"cue:{m.metric}"))


def _whole_date(view: SentenceView, mentions: list[Mention], m: Mention,
                taxonomy: Taxonomy) -> str:
    """"Of 24,686 people identified at the end of April, 7,797 were children": a part said
    to be of a kind, whose own clause names no date, takes the date of the whole the clause
    before opened with ("Of the 251 abducted on 7 October, 58 remain" does not: the
    remaining is now)."""
    kind = COPULA_NOUN_RE.match(view.text, m.end)
    # ("3,600 were administrative detainees": the kind may take several words; "2,400 were
    # held as ...": a part said in the past to have been in a state)
    named = kind is not None and (
        lookup_class(WORD_RE.findall(view.text, kind.start("noun"), kind.start("noun") + 40)[:3],
                     taxonomy) or PAST_STATE_RE.match(view.text, m.end) is not None)
    if not named:
        return ""
    seg = view.segment(m.start)
    # "..., 7,797 were children and 4,959 were women": both parts of the same whole.
    i = next(j for j, o in enumerate(mentions) if view.segment(o.start) == seg)
    if i == 0:
        return ""
    # ("..., about 3,600 were administrative detainees, 2,400 were held as ...": the whole
    # stands before the parts listed ahead of this one)
    j = i - 1
    while j > 0 and COPULA_NOUN_RE.match(view.text, mentions[j].end) and \
            view.segment(mentions[j - 1].start) == view.segment(mentions[j].start) - 1:
        j -= 1
    whole = mentions[j]
    if view.segment(whole.start) != seg - 1 - (i - 1 - j) or \
            any(d.as_of and view.segment(d.start) == seg for d in view.dates):
        return ""
    if not WHOLE_OPENING_RE.search(view.text, max(0, view.segment_span(whole.start)[0] - 1),
                                   whole.start):
        return ""
    dated = [d for d in view.dates if d.as_of and not d.span_start and
             view.segment(d.start) == view.segment(whole.start) and d.start > whole.end]
    return dated[-1].as_of if dated else ""


def _subject_date(view: SentenceView, m: Mention) -> str:
    """"the 2014 war, which lasted 51 days, killed 2,251": the clause's subject stands
    before an aside set off by commas; a date in it is the clause's own, and the aside's
    (the 51 days) too."""
    seg_start = view.segment_span(m.start)[0]
    asides = view.index.spans_of(ASIDE_RE, view.base, view.base + m.start)
    aside = next((a for a, b in asides if 0 <= view.base + seg_start - b <= 2 or
                  a < view.base + m.start < b), None)
    if aside is None:
        return ""
    lo, hi = view.segment_span(aside - view.base - 1)
    dated = [d for d in view.dates if lo <= d.start < hi and d.as_of and not d.span_start]
    return dated[-1].as_of if dated else ""


def _event_subject_date(view: SentenceView, m: Mention, mentions: list[Mention]) -> str:
    """"In Israel, the attack of October 7, 2023, killed about 1,200 people": the comma
    after a full date closes the subject, so the clause right after it, which opens with
    its verb, is the dated event's."""
    seg_start = view.segment_span(m.start)[0]
    text = view.text
    for d in view.dates:
        if not d.as_of or d.span_start or d.end > seg_start or \
                not DATE_COMMA_VERB_RE.fullmatch(text, d.end, seg_start) or \
                not SUBJECT_EVENT_RE.fullmatch(text, view.segment_span(d.start)[0], d.start):
            continue
        if any(seg_start <= o.start < m.start and o.metric for o in mentions):
            return ""
        return d.as_of if VERB_OPENING_RE.match(text, seg_start) else ""
    return ""


BRACKET_DATE_RE = re.compile(r"\s*(?:(?:as\s+(?:of|at)|on|at|by|to|until|through)\s+)?@\s*",
                             re.I)


def _after_bracket_dates(view: SentenceView, m: Mention) -> list[DateMention]:
    """"held 10,221 prisoners (including 3,577 administrative detainees) on 1 April 2025":
    a bracket parts no clause; the dates right after it are those of the clause it stands
    in, for the figures before it and inside it."""
    text = view.text
    seg_start, seg_end = view.segment_span(m.start)
    if text[seg_end : seg_end + 1] == "(":
        close = text.find(")", seg_end)
        inside = [d for d in view.dates if seg_end < d.start and d.end <= close and d.as_of
                  and not d.span_start]
        if close > 0 and len(inside) == 1 and BRACKET_DATE_RE.fullmatch(
                text[seg_end + 1 : inside[0].start] + "@" + text[inside[0].end : close]):
            # "40,691 deaths in total (31 August), of which ...": a bracket holding only a
            # date dates the clause before it.
            return inside
    elif text[seg_end : seg_end + 1] == ")" and seg_start > 0 and text[seg_start - 1] == "(":
        close = seg_end
    else:
        return []
    if close < 0 or text[close + 1 : close + 2] != " " or \
            not text[close + 2 : close + 3].islower():
        return []
    hi = view.segment_span(close + 1)[1]
    return [d for d in view.dates if close < d.start < hi and d.as_of and not d.span_start]


def _described_subject_date(view: SentenceView, m: Mention) -> str:
    """"The last truce, agreed in January, had a first phase of six weeks": an aside that
    describes the sentence's subject by its day, right before the figure's clause, dates
    the clause."""
    seg_start = view.segment_span(m.start)[0]
    if seg_start < 2 or view.text[seg_start - 1] != ",":
        return ""
    lo, hi = view.segment_span(seg_start - 2)
    if lo < 2 or view.text[lo - 1] != "," or not DESCRIBING_ASIDE_RE.match(view.text, lo) or \
            view.segment_span(lo - 2)[0] > 0 or \
            PRESENT_VERB_RE.search(view.text, seg_start, m.start):
        return ""  # ("The deal, agreed in January, has brought home 33": up to today)
    dated = [d for d in view.dates if lo <= d.start < hi and d.as_of and not d.span_start]
    return dated[-1].as_of if len(dated) == 1 else ""


def _predicate_date(view: SentenceView, m: Mention, level: bool = False) -> str:
    """"240 prisoners, all women and minors, were freed during the November truce": a
    subject set off by an aside takes the date of the predicate after it."""
    seg_end = view.segment_span(m.start)[1]
    if view.text[max(m.end, m.np_end) : seg_end].strip() or seg_end >= len(view.text):
        return ""  # the figure's own clause goes on
    aside_end = view.segment_span(seg_end + 1)[1]
    if aside_end >= len(view.text) or view.text[aside_end] != ",":
        return ""
    lo, hi = view.segment_span(aside_end + 1)
    if not PREDICATE_OPEN_RE.match(view.text, lo):
        return ""
    dated = _clause_dates(view, lo, hi, level)
    return dated[0].as_of if dated else ""


def _result_date(view: SentenceView, m: Mention) -> str:
    """"Hamas handed over two bodies late on Monday, ..., bringing to 15 the number
    returned": a total an event brought about stands from the event's day."""
    result = RESULT_CLAUSE_RE.search(view.text, 0, m.start) or \
        ENDING_CLAUSE_RE.search(view.text, 0, m.start)
    if result is None:
        return ""
    before = [d for d in view.dates if d.as_of and not d.span_start and
              0 <= d.end <= result.start()]
    return before[-1].as_of if before else ""


DATES_JOINED_RE = re.compile(r"[^,;.\d]{0,30}?\band\s+(?:the\s+|in\s+)?", re.I)
JOINED_PAIR_RE = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,3}\s+and\s+(?:some\s+|about\s+)?")


def _date_owner(text: str, same: list[Mention], d: DateMention, m: Mention) -> bool:
    """Is ``m`` the figure of its clause that date ``d`` belongs to? The nearest one is;
    so is a count whose nearest rival is a length of time ("105 came home during the
    week-long truce of November 2023": the truce's date is the homecoming's too)."""
    after = next((o for o in same if o.start >= d.end), None)
    if after is not None and COORD_CLAUSE_GAP_RE.fullmatch(text, d.end, after.start) and \
            CLAUSE_VERB_AFTER_RE.match(text, max(after.end, after.np_end)):
        # "105 were freed in a truce that November and seven have been rescued alive": a
        # date closing a clause before "and" and a figure with a verb of its own is the
        # clause's, not the next figure's.
        before = [o for o in same if o.end <= d.start and not _is_duration(o)]
        if before:
            return m is before[-1] or (_is_duration(m) and m.end <= d.start)
    # (the other side of an exchange after the date takes it from the clause before: "105
    # were released during a seven-day pause in November in exchange for 240")
    rivals = [o for o in same if o is m or not (
        o.start >= d.end and EXCHANGE_PHRASE_RE.search(text, d.end, o.start))]
    nearest = min(rivals, key=lambda o: _date_gap(text, o, d))
    if nearest is not m and d.end <= nearest.start < m.start and \
            FROM_PAIR_BEFORE_RE.search(text, max(0, nearest.start - 25), nearest.start) and \
            PAIR_TO_RE.fullmatch(text, nearest.end, m.start):
        # "cut the number of people killed on October 7 from 1,400 to 1,200": a date
        # before a change from one value to another is both values'
        return True
    if nearest is not m and m.end <= nearest.start and nearest.end <= d.start and \
            JOINED_PAIR_RE.fullmatch(text, m.end, nearest.start) and not m.partitive:
        # "44,532 Palestinians killed and 105,538 injured between 7 October 2023 and 3
        # December 2024": a date closing a pair joined by "and" is both figures'
        return True
    return nearest is m or (_is_duration(nearest) and not _is_duration(m)) or \
        (_is_duration(m) and DATE_OF_NOUN_RE.fullmatch(text, max(m.end, m.np_end), d.start)
         is not None) or \
        (d.end <= m.start and AFTER_DATE_CLAUSE_RE.fullmatch(text, d.end, m.start) is not None)


def _further_date(view: SentenceView, m: Mention, discourse: Discourse) -> str:
    """"About 1,200 people were killed on 7 October 2023. A further 251 were taken into
    Gaza": a sentence opening with "a further" goes on with the event before it."""
    further = _continuation().search(view.text, 0, m.start)
    # (a date inside a bracket of parts is theirs: "A further 251 were taken hostage (117
    # returned alive as of October 2024)")
    if any(d.as_of and not _in_bracket(view.text, d.start) for d in view.dates):
        return ""
    if further is None or view.text[: further.start()].strip(" \"'“‘*•-\t\n"):
        # only a sentence opening with "A further" (list `continuation`), or one whose
        # subject "also" did something in the past ("Militants also seized 251 hostages")
        also = ALSO_PAST_RE.match(view.text, 0, m.start)
        if also is None or not (also.group(1).lower().endswith("ed") or
                                also.group(1).lower() in _participles()) or \
                not m.metric or load_taxonomy().metric(m.metric).kind != "events":
            return ""  # ("..., 116 of whom remain": a state now is of its own time)
    before = [o for o in discourse.recent if o.metric and o.parent is None and
              o.sentence_no == discourse.count - 1]
    return before[-1].as_of if before else ""


def _in_bracket(text: str, pos: int) -> bool:
    """Does ``pos`` stand inside an open round bracket of ``text``?"""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _complemented_whole(m: Mention, discourse: Discourse) -> Mention | None:
    """The whole that ``m`` completes: the figures of the last sentence with any, and ``m``,
    add up exactly to an earlier figure with a metric ("Of the 183 freed, 18 were serving
    life sentences and 54 long terms. The other 111 ...")."""
    parts = discourse.last_counted()
    for whole in [*reversed(discourse.recent), *discourse.by_value.values()]:
        if not whole.metric or whole.value <= m.value:
            continue
        siblings = [o.value for o in parts if o is not whole and o.value < whole.value]
        if siblings and sum(siblings) + m.value == whole.value:
            return whole
    return None


WHOLE_NAMED_OPENING_RE = re.compile(r"\W*(?:among|of|out\s+of)\s+(?:the|these|those)\b"
                                    r"[^,\d;:.]{0,40},", re.I)


def _breakdown_date(view: SentenceView, m: Mention, taxonomy: Taxonomy,
                    discourse: Discourse) -> str:
    """"Israel held 9,881 at the end of September. ... Some 270 were children": a bare
    number said to be a subgroup breaks down the last figure of its metric and shares its
    date, when its own sentence names none."""
    own = taxonomy.classes.get(m.noun_class) if m.noun_class else None
    if m.metric and own is not None and own.subgroup and not view.dated() and \
            WHOLE_NAMED_OPENING_RE.match(view.text, 0, m.start):
        # "... (24,686 at the same date). ... Among the identified dead, the ministry
        # counted 7,797 children": a whole named again at the head of the sentence.
        # (two sentences of comment may stand between: further back than ``recent``)
        wholes = sorted((o for o in discourse.by_value.values()
                         if o.metric == m.metric and o.parent is None and not o.subgroup and
                         o.value > m.value and 0 < discourse.count - o.sentence_no <= 4),
                        key=lambda o: (o.sentence_no, o.start))
        return wholes[-1].as_of if wholes else ""
    kind = COPULA_NOUN_RE.match(view.text, m.end)
    cls = taxonomy.classes.get(lookup_class([kind.group("noun")], taxonomy)) if kind else None
    if m.np_words or not m.metric or cls is None or not cls.subgroup or \
            view.dated() or \
            not BARE_SUBJECT_RE.match(view.text[: m.start]):
        return ""
    wholes = [o for o in discourse.recent if o.metric == m.metric and o.parent is None
              and o.sentence_no < discourse.count]
    return wholes[-1].as_of if wholes else ""


def _date_after_appositive(view: SentenceView, m: Mention, mentions: list[Mention],
                           level: bool = False) -> str:
    """"Eleven hostages, among them nine children, reached Israel late on Monday": the
    subject's verb, and its date, come after an appositive set off by commas."""
    text = view.text
    seg_start, seg_end = view.segment_span(m.start)
    if text[seg_end : seg_end + 1] != "," or \
            any(t not in _qualifier_words() for t in tokens_of(text[seg_start : m.start])):
        return ""
    app_start, app_end = view.segment_span(seg_end + 1)
    if not APPOSITION_OPEN_RE.match(text, app_start) or text[app_end : app_end + 1] != ",":
        return ""
    next_start, next_end = view.segment_span(app_end + 1)
    if any(next_start <= o.start < next_end for o in mentions):
        return ""
    dated = _clause_dates(view, next_start, next_end, level)
    return dated[0].as_of if dated else ""


def _clause_dates(view: SentenceView, lo: int, hi: int, level: bool) -> list[DateMention]:
    """The plain dates (no span's start) between ``lo`` and ``hi``; for a level, not one
    naming an event ("Two of the remaining hostages ... were soldiers killed in the 2014
    war": the war's year is not when they are held)."""
    return [d for d in view.dates if lo <= d.start < hi and d.as_of and not d.span_start and
            not (level and EVENT_NAME_RE.match(view.text, d.end))]


def _entry_date(view: SentenceView) -> str:
    """The date a paragraph opens with as its label ("November 24 - The truce takes
    effect ...", "12 March: ..."): in a timeline or a live blog it dates the whole entry."""
    text, index = view.index.text, view.index
    start = text.rfind("\n", 0, view.base) + 1
    while start < len(text) and text[start] in " \t-–—•*":  # "- 27 February: ..."
        start += 1
    i = bisect.bisect_left(index.date_starts, start)
    if i < len(index.dates) and index.dates[i].start == start:
        d = index.dates[i]
        if d.as_of and not d.span_start and ENTRY_LABEL_RE.match(text, d.end):
            return d.as_of
        after = index.dates[i + 1] if i + 1 < len(index.dates) else None
        if d.span_start and after is not None and after.as_of and \
                SPAN_END_RE.fullmatch(text, d.end, after.start) and \
                ENTRY_LABEL_RE.match(text, after.end):
            return after.as_of  # "Nov. 24-Dec. 1, 2023 — ...": a span labels by its end
    return ""


def _statement_date(view: SentenceView, seg: int) -> tuple[str, int] | None:
    """The date of a statement in another clause than the figure's ("..., the ministry
    said on Sunday") and where it stands, or None."""
    statement = [*view.hits("attr_verbs"), *view.hits("src_according")]
    for d in view.dates:
        if d.span_start or not d.as_of or view.segment(d.start) == seg:
            continue
        s, e = view.segment_span(d.start)
        if SINCE_RE.search(view.text, max(s, 0), d.start):
            continue  # "recorded since it began keeping figures in the 1990s": a span
        if DIGIT_RE.search(view.text, max(s, 0), d.start):
            # ("Israel, which says about 1,200 people were killed ... on October 7, 2023,
            # has freed 4,000": the date of what the clause counts, not of a statement)
            continue
        if any(s <= v < e for v, _ in statement):
            return d.as_of, d.start
        if s > 1 and view.text[s - 1] == "," and RECORD_FROM_RE.fullmatch(view.text, s, d.start) \
                and not view.text[d.end : e].strip() and \
                any(view.segment(v) == view.segment(s - 2) for v, _ in statement):
            # "The society said in its last count, from early January, that 59 children
            # ...": the date set off after the statement is the statement's.
            return d.as_of, d.start
    return None


def _set_off_date_after(view: SentenceView, m: Mention) -> str:
    """The date of a phrase set off by commas right after the figure's clause and
    holding nothing else (", in June 2024,"), or ""."""
    seg_end = view.segment_span(m.start)[1]
    if seg_end >= len(view.text) or view.text[seg_end : seg_end + 1] != ",":
        return ""
    s, e = view.segment_span(seg_end + 1)
    if s <= m.start:
        return ""
    within = [d for d in view.dates if s <= d.start < e and d.as_of and not d.span_start]
    if len(within) != 1 or not DATE_PHRASE_RE.match(view.text, s, within[0].start) or \
            view.text[within[0].end : e].strip(" ,.;:!?"):
        return ""
    return within[0].as_of


def _set_off_date(view: SentenceView, m: Mention, mentions: list[Mention]
                  ) -> tuple[str, int] | None:
    """", in November 2023," set off before the figure and naming no other figure (the
    nearest such date wins over the sentence's opening one: "19 January: a truce begins;
    by 1 March, 33 were freed"), and where it stands; or None."""
    for d in reversed(view.dates):
        if d.start > m.start or d.span_start or not d.as_of:
            continue
        s, e = view.segment_span(d.start)
        between = [o for o in mentions if d.end <= o.start < m.start and o.metric]
        # A segment opened by a clause word starts inside it ("that at the end of June,
        # Israel was holding 250"): read from the word's first letter.
        s -= 1 if s > 0 and view.text[s - 1].isalpha() else 0
        head = APPOSITIVE_RE.match(view.text[s:e])
        period = PERIOD_PHRASE_RE.match(view.text, d.start) is not None and \
            not view.text[s : d.start].strip()
        if period and any(o.end <= d.start and o.as_of for o in view.dates):
            # "In the third quarter of 2023, before the war, the service held about 5,200":
            # the date named comes before the period phrase that glosses it
            continue
        # ("A year earlier, before the war, the number ... was about 160": a period phrase
        # set off alone)
        head = head or (PERIOD_PHRASE_RE.match(view.text, d.start) if period else None)
        if head and DATED_EVENT_AFTER_RE.match(view.text, d.end) and \
                any(o.end <= d.start and s + head.end() <= o.start for o in view.dates
                    if o is not d):
            # "On 19/01/2025 the January ceasefire took effect": the date the phrase
            # opens with is the set-off one, not a month naming an event inside it
            continue
        if not between and head:
            return d.as_of, d.start
        return None
    return None


# --------------------------------------------------------------------------- the sentence


@dataclass
class Discourse:
    """What the earlier sentences of the same text tell about the current one."""

    previous: list[str] = field(default_factory=list)
    recent: list[Mention] = field(default_factory=list)
    # the figures of the last line that was no bulleted item: the heading of the items
    # below it ("Returned alive: 168" over "- in the November 2023 truce: 105")
    list_head: list[Mention] = field(default_factory=list)
    list_parts: bool = False  # the items below the head are its parts ("... held 10,062:")
    by_value: dict[float, Mention] = field(default_factory=dict)
    any_value: dict[float, Mention] = field(default_factory=dict)  # metric or not
    last_date: str = ""
    last_day: str = ""  # the last date naming a day, for "that day"
    # the last day named in a sentence that cued a metric ("taken on October 7"), by metric
    day_by_metric: dict[str, str] = field(default_factory=dict)
    # "101 hostages held in Gaza[2]": the figure each note mark follows, and the figure the
    # note being read ("[2] Including at least 35 declared dead.") belongs to
    footnotes: dict[str, Mention] = field(default_factory=dict)
    footnote_of: Mention | None = None
    asked: str = ""  # the class a "How many ...?" question asked about
    asked_at: int = -10  # the number of that question's sentence
    asked_metric: str = ""  # the one metric the question's verb cues for that class
    asked_date: str = ""  # the one date the question names ("... free on Monday?")
    # The header row of a table being read: its start in the text and its cells' spans,
    # and the date of the caption right before it.
    table: tuple[int, list[tuple[int, int]]] | None = None
    table_date: str = ""
    table_caption: str = ""  # the sentences right before the header row
    # what each kind of people a table's columns counted was counted by, and the row's
    # sentence number, for a "Totals:" line after the table
    table_metrics: dict[str, str] = field(default_factory=dict)
    table_at: int = -10
    last_date_at: int = -10  # the sentence that named ``last_date``
    # The day of the last statement a source made ("the ministry said on Thursday"), and
    # the sentence it was made in.
    stated: str = ""
    stated_at: int = -10
    question_at: int = -10  # the number of the last sentence that asked a question
    section: tuple[int, int] | None = None  # the span of the heading line ("ISRAEL") above
    # the sentences leading into the bulleted list the sentence is an item of ("The attack
    # on southern Israel ... Below is what is known about the victims:")
    list_intro: tuple[int, int] | None = None
    as_of_opening: str = ""  # the date the sentence before opened with "As of"
    line_year: tuple[str, int] | None = None  # the year labelling a line, and the line's end
    # the kind of people an upper-case label names ("PRISONERS: ..."), and its line's end
    para_class: tuple[str, int, int] = ("", 0, 0)  # (and where the paragraph starts)
    # the last whole figure whose metric counts each class, for list lines further down
    by_class: dict[str, Mention] = field(default_factory=dict)
    section_date: str = ""  # the date a line of its own heads the entries after it with
    section_timed: bool = False  # the section_date heads only lines opening with a time
    span_day: str = ""  # the last day that opened a span ("since October 7, 2023")
    span_day_at: int = -10
    stated_by: str = ""  # the words of the clause that made it
    count: int = 0
    starts: list[int] = field(default_factory=list)
    last_whole: Mention | None = None  # the last figure with a metric that is no part
    dot_thousands: bool = False  # a count of people written "9.500" was read in the text
    # the metric and class a heading line of no figures names ("Chart: Palestinians held
    # by Israel, by category"), for the "Label: value" lines below it
    head_metric: tuple[str, str] | None = None

    def last_counted(self, within: int = 2) -> list[Mention]:
        """The figures of the latest sentence before this one that had any, when it is at
        most ``within`` sentences back ("Of those, 250 ..." after a sentence of comment)."""
        earlier = [o.sentence_no for o in self.recent if o.sentence_no < self.count]
        if not earlier or self.count - max(earlier) > within:
            return []
        return [o for o in self.recent if o.sentence_no == max(earlier)]

    def only_compared(self, m: Mention) -> bool:
        """True when an earlier sentence gave ``m`` only to compare ("up from 10,800")."""
        back = self.count - m.sentence_no
        said = self.previous[-back] if 0 < back <= len(self.previous) else ""
        return COMPARED_BEFORE_RE.search(said, max(0, m.start - 25), m.start) is not None

    def push(self, sentence: str, mentions: list[Mention], dates: list[DateMention],
             start: int | None = None) -> None:
        """Remember ``sentence`` (starting at ``start`` in its text) as the latest one read."""
        self.count += 1
        if start is not None:
            self.starts = [*self.starts[-(CONTEXT_SENTENCES - 1):], start]
        self.previous = [*self.previous[-(CONTEXT_SENTENCES - 1):], sentence]
        self.recent = [*[m for m in self.recent if m.sentence_no >= self.count - CONTEXT_SENTENCES],
                       *mentions]
        for m in mentions:
            if m.value >= 10 and not m.number.unit_hint:
                self.any_value[m.value] = m
            if m.metric and m.parent is None:
                self.by_value[m.value] = m
                self.last_whole = m
                for cls in load_taxonomy().metric(m.metric).classes:
                    self.by_class[cls] = m
            elif m.metric and m.value >= 10:
                # "...: 737 prisoners ... Among the 737 are 290": an item named again
                self.by_value.setdefault(m.value, m)
        named = [d.as_of for d in dates if d.as_of]
        if named:
            self.last_date = named[-1]
            self.last_date_at = self.count
        opening = [d for d in dates if d.as_of and not d.span_start and
                   AS_OF_OPENING_RE.fullmatch(sentence, 0, d.start)]
        # "As of 15 January 2025, over 46,700 ... had been killed": the date the next
        # sentence's "had been" speaks from
        self.as_of_opening = opening[0].as_of if opening else ""
        days = [a for a in named if len(a) == 10]
        if days:
            self.last_day = days[-1]
        spans = [d.as_of for d in dates if d.span_start and len(d.as_of) == 10]
        if spans:
            self.span_day, self.span_day_at = spans[-1], self.count


def link_parent(view: SentenceView, mentions: list[Mention], i: int,
                discourse: Discourse | None = None) -> Mention | None:
    """The earlier figure this one refines: "X, including Y", "Y of whom", "X and Y" siblings.

    "At least 35 of them ..." opening a sentence refines the last figure of the one before.
    """
    if i == 0:
        last = [m for m in (discourse.recent if discourse else [])
                if m.sentence_no == discourse.count - 1 and m.metric]  # type: ignore[union-attr]
        if discourse is not None and discourse.footnote_of is not None:
            last = [discourse.footnote_of]  # "[2] Including at least 35 declared dead."
        # "Ninety-seven of the 251 hostages ... At least 33 of them": the 97, not the 251
        # inside its noun phrase.
        last = [m for m in last if not any(o.partitive and o.start < m.start < o.np_end
                                           for o in last)]
        opening = view.text[: mentions[0].start]
        among = AMONG_THOSE_AFTER_RE.match(view.text, mentions[0].end)
        if last and among:
            # "2 children were among those killed overnight": the figure before whose
            # metric that word cues, if the word cues one.
            said = [name for name in _cue_names()
                    if any(s == among.end() + 1 for s, _ in view.hits(name))]
            fitting = [o for o in last if f"cue:{o.metric}" in said]
            if said and not fitting:
                return None
            return fitting[-1] if fitting else last[-1]
        trailing = AMONG_AT_END_RE.match(view.text, mentions[0].end) if last else None
        classes = load_taxonomy().classes
        if trailing and all(o.noun_class in classes and classes[o.noun_class].subgroup
                            for o in mentions):
            # "There are 49 women and about 350 children among the prisoners": the figure
            # before of the kind the end names (any, for "among them").
            noun = trailing.group("noun")
            named = lookup_class([noun], load_taxonomy()) if noun else ""
            fitting = [o for o in last if o.value >= mentions[0].value and
                       (not named or o.noun_class == named or
                        (o.metric and named in load_taxonomy().metric(o.metric).classes))]
            if fitting:
                return fitting[-1]
        if last and RELATIVE_OF_RE.match(view.text, mentions[0].end) and \
                class_in(opening, load_taxonomy())[0]:
            return None  # "attacks on its troops, three of whom were killed": the noun before
        link = LINK_BEFORE_RE.search(opening)
        # ("His family, including eight grandchildren, ...": a whole named before the link
        # word, and no figure of the sentences before, is what the part belongs to)
        owner = WORD_RE.findall(opening[: link.start()]) if link else []
        if owner and not any(a < link.start() for a, _ in view.hits("anaphora", 0)) and \
                not PRONOUN_SUBJECT_RE.match(" ".join(owner)) and \
                lookup_class(owner[-1:], load_taxonomy()) == "":
            link = None
        owned = {name[4:] for name in _cue_names()
                 for c, _ in view.hits(name, 0) if link and c < link.start()} if owner else set()
        if link and owned and last and not any(o.metric in owned for o in last):
            # "Palestinians injured in Gaza: 119,846. / Israelis killed, including 1,200 on
            # 7 October 2023: ...": a whole its own verb names, of another metric than the
            # figures before, is what the part belongs to.
            link = None
        if last and (LINK_AFTER_RE.match(view.text[mentions[0].end :])
                     or (link and len(opening) < 30)
                     or (AMONG_THE_OPENING_RE.match(opening) and
                         # ("Among the dead were 36 children": the word names what it
                         # counts, and the figures before need not have counted it)
                         not any(s < len(opening) for name in _cue_names()
                                 for s, _ in view.hits(name, 0)))):
            # (the last figure that can hold the part: "110 prisoners ... after Hamas
            # named three hostages. Among those on the list are 32 ...": not the three;
            # nor one the sentence gave only to compare: "10,300, compared with 5,250")
            said = discourse.previous[-1] if discourse and discourse.previous else ""
            wholes = [o for o in last if not COMPARED_BEFORE_RE.search(
                said, max(0, o.start - 25), o.start)] or last
            return next((o for o in reversed(wholes) if o.value >= mentions[0].value), None)
        definite = OPENING_PARTITIVE_RE.match(opening)
        if discourse is not None and definite and \
                opening.lstrip(" \"'“‘*•-").lower().startswith("of") and \
                mentions[0].parent is None and \
                not any(s < view.segment_span(mentions[0].start)[1]
                        for name in _cue_names() for s, _ in view.hits(name, 0)):
            # "... published the names of 60,199 people ... Of the people on it, 18,430 were
            # children": a definite whole counted before, even a sentence with no figure
            # back, the latest one that can hold the part (when no cue of the sentence
            # says what the part underwent: "Of the total, about 44,000 were killed").
            counted = [o for o in discourse.recent if o.sentence_no < discourse.count]
            latest = counted[-1].sentence_no if counted else -1
            # (a whole of the people the opening names: "Of the hostages, those still
            # alive" are none of the prisoners counted before)
            named = class_in(definite.group("np"), load_taxonomy())[0]
            wholes = [o for o in counted if o.sentence_no == latest and o.metric and
                      o.parent is None and discourse.count - latest <= 2 and
                      o.value >= mentions[0].value and _item_of(mentions[0].noun_class, o)
                      and (not named or named in load_taxonomy().metric(o.metric).classes)]
            if wholes:
                return wholes[-1]
        # "... Its toll stood at 45,338. The ministry says 17,492 of the dead are children."
        first = mentions[0]
        alike = [o.parent or o for o in last if first.noun_class == (o.parent or o).noun_class]
        if alike and first.partitive and BARE_SUBJECT_RE.match(opening) and \
                OF_THE_NOUN_RE.match(view.text, first.end):
            # "101 hostages remain ... Two of the hostages are children": a part of the
            # whole the sentences before counted (the one whose metric the whole's words
            # cue, where they cue one: "48,524 killed and 111,955 wounded. ... 17,000 of
            # the dead").
            named = {name[4:] for name in _cue_names()
                     if any(first.end <= s < first.np_end for s, _ in view.hits(name, 0))}
            matching = [o for o in alike if o.metric in named]
            if named and not matching:
                return None  # ("... 160,000 wounded. 18,000 of the dead": no whole of theirs)
            return (matching or alike)[-1]
        return None
    m, prev = mentions[i], mentions[i - 1]
    gap = view.text[prev.end : m.start]
    if "." in gap:
        return None
    if LINK_AFTER_RE.match(view.text[m.end :]):
        if _is_duration(prev) and not _is_duration(m):
            # "33 hostages were returned during the 42 days of the first phase, eight of
            # them in coffins": the people, not the days.
            counts = [o for o in mentions[:i] if not _is_duration(o) and o.noun_class]
            return counts[-1] if counts else None
        return prev  # "101 remain; at least 33 of them have been declared dead"
    if ";" in gap:
        return None
    if FROM_EARLIER_RE.search(gap) and prev.metric:
        return prev.parent if prev.parent is not None else prev
    # (the clause before the colon may run on, "33 prisoners are being released from Ofer
    # and a site in Jerusalem: three women and 30 boys", while no comma parts it)
    # (a length of time is no whole of what follows: "Nov 2023 (7-day pause): 240")
    if COLON_LIST_RE.search(gap) and (len(gap) < 80 or (len(gap) < 160 and "," not in gap)) \
            and prev.metric and _item_of(m.noun_class, prev) and \
            (_is_duration(m) or not _is_duration(prev)):
        # "to free 1,968 prisoners today: 250 serving life sentences and 1,718 ...": the
        # items after the colon break the figure before it down.
        return prev.parent if prev.parent is not None else prev
    if (BRACKET_LIST_RE.match(view.text, max(prev.end, prev.np_end), m.start) or
            VERB_BRACKET_RE.fullmatch(view.text, max(prev.end, prev.np_end), m.start)) and \
            prev.metric and _item_of(m.noun_class, prev):
        # "33 hostages (25 alive, eight dead)": a bracket after a figure breaks it down.
        return prev.parent if prev.parent is not None else prev
    if AMONG_BEFORE_RE.search(view.text[: prev.start]) and AMONG_GAP_RE.match(gap):
        return prev  # "among the 50,846 people killed were 15,613 children"
    if LINK_BEFORE_RE.search(gap) and len(gap) < 120:
        # "49 of the 251 hostages ..., including 27": the 49, not the 251 inside its noun.
        outer = [o for o in mentions[: i - 1] if o.np_end > prev.start]
        head = outer[-1] if outer else prev
        if head is prev and i >= 2 and COMPARED_BEFORE_RE.search(
                view.text, max(0, prev.start - 25), prev.start):
            # "about 9,300 were held, up from about 5,200 before the war, including roughly
            # 3,600 in administrative detention": the figure, not the one it is compared to
            head = mentions[i - 2].parent or mentions[i - 2]
        if _is_duration(head) and not _is_duration(m):
            # "freed 24 on the first day of a four-day truce, including 13 Israelis": the
            # list breaks down the 24, not the truce's length.
            counts = [o for o in mentions[:i] if o.metric and not _is_duration(o)]
            return counts[-1] if counts else None
        return head
    if LINK_AFTER_RE.match(view.text[m.end :]):
        return prev
    if prev.parent is not None and prev.parent.metric and not m.np_words and \
            WHILE_PART_RE.search(gap) and "." not in gap:
        # "Among them were 18 serving life sentences and 54 serving long terms, ...,
        # while 111 were Gazans detained during the war": one more part of the whole.
        return prev.parent
    if SIBLING_RE.match(gap) and i >= 2 and \
            PAIR_FOR_RE.fullmatch(view.text, max(mentions[i - 2].end, mentions[i - 2].np_end),
                                  prev.start) and \
            PAIR_FOR_RE.match(view.text, max(m.end, m.np_end)) and mentions[i - 2].metric:
        # "240 for 105 captives in the first truce, roughly 1,800 for 33 in the second":
        # pairs of an exchange; each item is of the kind of the same place in the first pair.
        first = mentions[i - 2]
        return first.parent if first.parent is not None else first
    if SIBLING_RE.match(gap):
        # "3,500 detainees, and roughly 300 children": a list shares its first item's
        # metric, unless the new item counts something else ("and 1,800 prisoners").
        head = prev.parent if prev.parent is not None else prev
        cls = m.noun_class
        # "9,623 Palestinians. This includes ... and 3,379 administrative detainees": a more
        # specific noun the head's metric counts is an item of a general head.
        compatible = _item_of(cls, head)
        subgroup_item = bool(cls and _taxonomy_class(cls) and
                             _taxonomy_class(cls).subgroup)  # type: ignore[union-attr]
        # A new item with a verb of its own ("and 36 children were taken hostage") starts
        # a clause of its own rather than continuing the list.
        seg_end = view.segment_span(m.start)[1]
        # Only cues of metrics that could count the item do ("33 in the first phase":
        # "phase" is a truce's, not the hostages').
        kind = m.noun_class or head.noun_class
        own_cue = any(m.end <= s < seg_end for metric in load_taxonomy().metrics
                      if not kind or kind in metric.classes
                      for s, _ in view.hits(f"cue:{metric.id}"))
        # "Each pause brought releases: 105 hostages in the first, 33 in the second": the
        # items of a list after a colon share the first item's metric.
        before = view.text[: prev.start]
        colon = before.rfind(":")
        listed = colon >= 0 and prev.metric and not re.search(r"\d", before[colon + 1 :])
        # "77 martyrs, including 3 recovered bodies, and 308 wounded": an item whose own
        # words cue another metric than the head's is not part of the same list.
        # A word that names a subgroup of the head's metric ("eight dead") describes the
        # item instead.
        taxonomy = load_taxonomy()
        # ("and all 20 remaining living hostages in the third": "remaining" describes)
        other_cue = any(m.end <= s < min(seg_end, max(m.np_end, m.end) + 1)
                        and not _names_subgroup(taxonomy, head.metric, view.text[s:e])
                        and view.text[s:e].lower() not in _describing_participles()
                        for metric in taxonomy.metrics
                        if metric.id != head.metric and (not kind or kind in metric.classes)
                        for s, e in view.hits(f"cue:{metric.id}"))
        # (nor one whose own verb cues another: "including 815 civilians, and 251 were
        # taken hostage")
        other_verb = any(m.end <= s < seg_end and view.text[m.end : s].strip() and
                         OWN_VERB_GAP_RE.fullmatch(view.text, m.end, s) and
                         not _names_subgroup(taxonomy, head.metric, view.text[s:e])
                         for metric in taxonomy.metrics
                         if metric.id != head.metric and (not kind or kind in metric.classes)
                         for s, e in view.hits(f"cue:{metric.id}"))
        if compatible and ((prev.parent is not None and not other_cue and not other_verb)
                           or (subgroup_item and not own_cue) or (listed and not own_cue)):
            return head
    return None


def _drop_restatements(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"١٠٬٨٠٠ (10,800)": the same figure written again in brackets, in other digits or
    words, is one figure."""
    kept: list[Mention] = []
    for m in mentions:
        if kept and kept[-1].value == m.value and \
                RESTATED_RE.fullmatch(sentence, kept[-1].end, m.start) and \
                sentence[m.end : m.end + 1] == ")":
            continue
        kept.append(m)
    return kept


def _clause_cued(view: SentenceView, m: Mention) -> bool:
    """Does any cue of any metric stand in the figure's own clause?"""
    seg_start, seg_end = view.segment_span(m.start)
    return any(seg_start <= s < seg_end for name in _cue_names() for s, _ in view.hits(name))


def _cued_in_clause(view: SentenceView, m: Mention, metric: str) -> bool:
    """Does a cue of ``metric`` stand in the figure's own clause?"""
    seg_start, seg_end = view.segment_span(m.start)
    return any(seg_start <= s < seg_end for s, _ in view.hits(f"cue:{metric}"))


def _span_opening(sentence: str, mentions: list[Mention]) -> bool:
    """Does the sentence open with the span it happened in ("Over its seven days, ...",
    "In six weeks, ...")?"""
    first = mentions[0] if mentions else None
    # ("In the six weeks from January 2025, ...": a span's start may follow its length)
    return first is not None and _is_duration(first) and \
        ITS_SPAN_OPEN_RE.match(sentence[: first.start]) is not None and \
        SPAN_OPENING_END_RE.match(sentence, max(first.end, first.np_end)) is not None


def _is_duration(m: Mention) -> bool:
    """Does the figure count days or weeks (the length of something)?"""
    cls = _taxonomy_class(m.noun_class) if m.noun_class else None
    return bool(cls and cls.days)


def _item_of(cls: str, head: Mention) -> bool:
    """Can an item counting ``cls`` break down the figure ``head``? "1,904 Palestinians ...:
    737 prisoners ... and 1,167 Gazans": a more specific noun the head's metric counts is."""
    return _compatible(cls, head.noun_class) or bool(
        head.noun_class in GENERIC_CLASSES and head.metric and
        cls in load_taxonomy().metric(head.metric).classes)


def _compatible(cls: str, head: str) -> bool:
    """Can an item counting ``cls`` be part of a figure counting ``head``?"""
    taxonomy_class = _taxonomy_class(cls) if cls else None
    return not cls or cls == head or cls in GENERIC_CLASSES or \
        bool(taxonomy_class and taxonomy_class.subgroup)


def _state_count_class(view: SentenceView, m: Mention, before: list[Mention],
                       discourse: Discourse) -> str:
    """"... 109 hostages still in Gaza, and a forum puts the number believed dead at 41":
    a count of those in a state, named by no noun, is of the kind last counted."""
    if m.np_words or not STATE_NUMBER_AT_RE.search(view.text, max(0, m.start - 60), m.start):
        return ""
    counted = [o for o in before if o.noun_class and o.parent is None] or \
        [o for o in discourse.last_counted() if o.noun_class and o.parent is None]
    return counted[-1].noun_class if counted else ""


def _whole_class_for_cue(view: SentenceView, m: Mention, discourse: Discourse,
                         taxonomy: Taxonomy) -> str:
    """"... held 9,500 Palestinians. (Two sentences of comment.) The 2023 truce freed
    240": the bare object of a cue counts the kind of the last whole figure a few
    sentences back, when a metric the cue names counts that kind."""
    whole = discourse.last_whole
    cls = taxonomy.classes.get(whole.noun_class) if whole is not None else None
    # (not after a sentence that counted something else: "the bodies of 15 Palestinians
    # ... It has so far handed back 195"; nor a part's kind: "7,797 children ... The
    # remaining 10,000 or so")
    if m.np_words or whole is None or cls is None or cls.subgroup or \
            discourse.count - whole.sentence_no > LIST_MEMORY or \
            discourse.last_counted(1) or not _cue_object(view, m):
        return ""
    cued = [x for x in taxonomy.metrics if whole.noun_class in x.classes and
            any(0 < m.start - e <= 30 and view.text[s:e].lower() not in _describing_participles()
                for s, e in view.hits(f"cue:{x.id}"))]
    return whole.noun_class if cued else ""


def _cue_object(view: SentenceView, m: Mention) -> bool:
    """True when ``m`` stands right after a metric's cue as its object ("freed 105")."""
    return any(0 < m.start - e <= 30 and BARE_APPOSITIVE_RE.fullmatch(view.text, e, m.start)
               for name in _cue_names() for _, e in view.hits(name))


@lru_cache(maxsize=1)
def _cue_names() -> tuple[str, ...]:
    return tuple(f"cue:{m.id}" for m in load_taxonomy().metrics)


def _taxonomy_class(name: str) -> NounClass | None:
    return load_taxonomy().classes.get(name)


def partitive_parent(view: SentenceView, mentions: list[Mention], i: int) -> Mention | None:
    """"Of the 251 people abducted ..., 58 are still held": 58 counts among the 251."""
    for j, prev in enumerate(mentions[:i]):
        if PARTITIVE_RE.match(view.text[: prev.start]) or \
                (j == i - 1 and PARTITIVE_AFTER_THAT_RE.search(view.text, 0, prev.start)):
            return prev  # (or after "that": "The paper notes that of the 28 ..., 23 ...")
    return None


def _level_verb_phrase(words: list[str]) -> bool:
    """"stands at", "has reached", "had now risen to": a verb saying where a count stands."""
    for word in words:
        if word.lower() not in LEVEL_AUXILIARIES:
            return word.lower() in LEVEL_VERBS
    return False


def _head_before_relative(view: SentenceView, seg_start: int) -> tuple[int, int] | None:
    """The span of the noun phrase before a relative clause that ends at ``seg_start``
    ("The toll, which includes people whose bodies ..., stands at"), or None."""
    pos = seg_start - 2
    for _ in range(4):
        if pos < 1:
            return None
        start = view.segment_span(pos)[0]
        # "the figure for those killed, compiled by the institute, is 1,163": a participle
        # phrase set off by commas is passed over like a relative clause.
        participle = PARTICIPLE_OPEN_RE.match(view.text, start) or \
            ADJUNCT_OPEN_RE.match(view.text, start)
        if (RELATIVE_OPEN_RE.match(view.text, max(0, start - 1)) or participle) and start > 1:
            end = start - 1
            previous = view.segment_span(end - 1)[0]
            while not view.text[previous:end].strip(" ,") and previous > 1:
                end = previous - 1
                previous = view.segment_span(end - 1)[0]
            return previous, end
        pos = start - 2
    return None


def class_in(text: str, taxonomy: Taxonomy) -> tuple[str, int]:
    """The last class noun in ``text`` and its position, or ('', -1)."""
    words = list(WORD_RE.finditer(text))
    for w in reversed(words):
        cls = lookup_class([w.group(0)], taxonomy)
        if cls:
            return cls, w.start()
    return "", -1


def _attributive(word: str, following: str, taxonomy: Taxonomy) -> bool:
    """True for a proper adjective before a noun it does not make a class of: "Israeli
    media", "Palestinian officials" name no one counted, unlike "Israeli hostages"."""
    return word[0].isupper() and singular(word.lower()) == word.lower() and \
        following[:1].isalpha() and following.lower() not in _np_stop() and \
        not _class_ending_at([word.lower(), following.lower()], 2, taxonomy)


def _people_named(text: str, taxonomy: Taxonomy) -> str:
    """The last class of people ``text`` names as such: not a length of time, nor a proper
    adjective of another noun ("the Israeli military")."""
    words = list(WORD_RE.finditer(text))
    for j in range(len(words) - 1, -1, -1):
        cls = lookup_class([words[j].group(0)], taxonomy)
        if not cls or taxonomy.classes[cls].days:
            continue
        following = words[j + 1].group(0) if j + 1 < len(words) and \
            text[words[j].end() : words[j + 1].start()].strip() == "" else ""
        if following and _attributive(words[j].group(0), following, taxonomy):
            continue
        return cls
    return ""


def _heading_metric(view: SentenceView, sentence: str, taxonomy: Taxonomy,
                    counting: str = "") -> tuple[str, str] | None:
    """The one metric a heading line cues for a kind of people it names, with that kind
    ("Palestinians held by Israel": held prisoners), or None; a heading naming no kind
    takes the unit of ``counting``, the metric the figures above it counted."""
    classes = [c for c in _classes_in(sentence, taxonomy) if not taxonomy.classes[c].days]
    if not classes:
        # "Releases under ceasefire agreements" in a sheet of prisoner figures: the unit
        # the lines above have been counting, if one metric cued counts it
        unit = taxonomy.metric(counting).unit if counting else ""
        fits = [metric.id for metric in taxonomy.metrics if metric.unit == unit and
                unit in taxonomy.classes and view.hits(f"cue:{metric.id}", 0) and
                not view.hits(f"exclude:{metric.id}", 0)]
        return (fits[0], unit) if len(fits) == 1 else None
    fits = [(metric.id, cls) for metric in taxonomy.metrics if view.hits(f"cue:{metric.id}", 0)
            and not view.hits(f"exclude:{metric.id}", 0)
            for cls in classes[-1:] if cls in metric.classes]
    return fits[0] if len(fits) == 1 else None


def _classes_in(text: str, taxonomy: Taxonomy) -> list[str]:
    """Every class noun in ``text``, the last first."""
    found = (lookup_class([w.group(0)], taxonomy)
             for w in reversed(list(WORD_RE.finditer(text))))
    return [cls for cls in found if cls]


def _clause_start(view: SentenceView, pos: int) -> int:
    """Where the clause holding ``pos`` starts: its segment's start, read back past a comma
    that only closes a date ("the number of troops killed since October 27, 2023, to 467")."""
    seg_start = view.segment_span(pos)[0]
    while seg_start > 1 and view.text[seg_start - 1] == "," and \
            any(d.end == seg_start - 1 for d in view.dates):
        seg_start = max(0, view.segment_span(seg_start - 2)[0])
    return seg_start


def noun_before(view: SentenceView, m: Mention,
                taxonomy: Taxonomy) -> tuple[str, str, bool, str]:
    """What a number with no noun after it counts, read before it in its clause:
    (class, unit, strong, fallback), the fallback a class only a proper adjective names
    ("Israeli officials say 59 ...") for use when nothing else says what the figure counts.

    "the number of soldiers killed ... to 385" counts soldiers; "Killed in Gaza: 53,939"
    and "prisoners (about 1,900 in total)" count what the label or the noun before the
    bracket names; these are ``strong``. "the death toll rose to 45,000" counts people (a
    toll, the nearest class noun); "a population of 2.3 million" counts a population,
    which is outside the taxonomy.
    """
    seg_start = _clause_start(view, m.start)
    listed = LISTED_AFTER_NOUN_RE.search(view.text, max(0, m.start - 60), m.start)
    if listed and not lookup_class([listed.group("noun")], taxonomy) and \
            listed.group("noun").lower() not in _np_stop() and \
            singular(listed.group("noun").lower()) != listed.group("noun").lower():
        # "Several independent studies, including one published in a medical journal":
        # a bare item counts the plural noun the list was drawn from.
        return "", singular(listed.group("noun").lower()), True, ""
    cut: tuple[int, int] | None = None
    if seg_start > 1 and view.text[seg_start - 1] == ",":
        # "The count of Palestinians in Israeli jails, meanwhile, stood at 10,000": a
        # word set off by commas is no boundary of the clause; read past it, as past an
        # adjunct ("the number of arrests in the West Bank, including Jerusalem, has").
        aside_start = view.segment_span(seg_start - 2)[0]
        if aside_start > 1 and view.text[aside_start - 1] == "," and \
                (ASIDE_WORD_RE.fullmatch(view.text, aside_start, seg_start - 1) or
                 (ADJUNCT_OPEN_RE.match(view.text, aside_start) and
                  len(view.text[aside_start : seg_start]) < 40) or
                 # "Administrative detainees, held without charge, numbered 3,629"
                 PARTICIPLE_ASIDE_RE.fullmatch(view.text, aside_start - 1, seg_start)):
            cut = (aside_start - 1, seg_start)
            seg_start = max(0, view.segment_span(aside_start - 2)[0])
    elif seg_start > 1 and view.text[seg_start - 1] in "\u2014\u2013":
        # "The number of Palestinians held in administrative detention — without charge
        # or trial — rose 12% ... to 3,405": an aside between dashes parts nothing either.
        aside_start = view.segment_span(seg_start - 2)[0]
        if aside_start > 1 and view.text[aside_start - 1] in "\u2014\u2013" and \
                seg_start - aside_start < DASH_ASIDE_CHARS:
            cut = (aside_start - 1, seg_start)
            seg_start = max(0, view.segment_span(aside_start - 2)[0])
    between = tokens_of(view.text[seg_start : m.start])
    if seg_start > 0 and view.text[seg_start - 1] in ":(" and \
            all(t in _qualifier_words() for t in between):
        mark = view.text[seg_start - 1]
        label_start = view.segment_span(seg_start - 2)[0]
        label = view.text[label_start : seg_start - 1]
        if mark == ":" and not label.strip(" )"):
            # "Killed (cumulative): 41,118": the label is what stands before the bracket.
            label = re.sub(r"\([^()]*\)?\s*$", "", view.text[max(0, label_start - 80) :
                                                               seg_start - 1])
            label = re.split(r"[,;:.]", label)[-1]
        # ("Nov 2023 (7-day pause): 240": a length written into the label describes it)
        words = WORD_RE.findall(NUMBER_COMPOUND_RE.sub(" ", label))
        # A label's head comes first ("Palestinians in Israeli prisons:"); the noun a
        # bracket explains comes last ("Palestinian prisoners (about 1,900)").
        order = range(len(words)) if mark == ":" else range(len(words) - 1, -1, -1)
        for j in order:
            cls = lookup_class([words[j]], taxonomy)
            if cls and mark == ":" and j + 1 < len(words):
                # "Israeli soldiers killed ...:": the head is the whole class phrase.
                # (not "Soldiers killed ...:", where "killed" names people of no kind)
                longer = _class_ending_at([words[j].lower(), words[j + 1].lower()], 2,
                                          taxonomy)
                cls = longer if longer and longer not in GENERIC_CLASSES else cls
            if cls:
                return cls, taxonomy.classes[cls].unit, True, ""
    before = view.text[seg_start : m.start] if cut is None else \
        view.text[seg_start : cut[0]] + " " * (cut[1] - cut[0]) + view.text[cut[1] : m.start]
    put = PUT_AT_RE.search(before)
    if put and not lookup_class([put.group("noun")], taxonomy) and \
            singular(put.group("noun")) not in COUNT_HEADS:
        # "Organisers put the crowd at more than 100,000": a crowd, not the people counted
        # before it
        return "", singular(put.group("noun")), True, ""
    subject = SUBJECT_NUMBER_RE.search(before)
    # (the noun right before the verb: not one inside a phrase, "detainees in Israeli jails
    # numbered 9,500", which the reading below weighs)
    words = WORD_RE.findall(subject.group("np")) if subject else []
    cls = lookup_class(words[-1:], taxonomy) if words else ""
    if cls and cls not in GENERIC_CLASSES and not taxonomy.classes[cls].days:
        return cls, taxonomy.classes[cls].unit, True, ""
    counted = NUMBER_OF_RE.search(before)
    if counted is None and cut is None and seg_start > 0 and \
            RELATIVE_OPEN_RE.match(view.text, seg_start - 1):  # (segments start inside it)
        # "The number of hostages held in Gaza who are believed to be alive fell to 23":
        # the count's noun stands before the relative clause that parts the segment.
        earlier = view.segment_span(seg_start - 2)[0]
        found = NUMBER_OF_RE.search(view.text, earlier, m.start) if earlier >= 0 else None
        if found and found.start() < seg_start:
            counted, before, seg_start = found, view.text[earlier : m.start], earlier
            counted = NUMBER_OF_RE.search(before)
    if counted is None and cut is None and seg_start > 2 and not before.strip() and \
            view.text[seg_start - 2 : seg_start].strip() in ("–", "—", "-", "("):
        # "The number of Palestinians killed in Gaza since October 7 – 26,751 according to
        # the ministry – already exceeds ...": a figure set off right after a count's noun
        mark = view.text.rfind(view.text[seg_start - 2 : seg_start].strip(), 0, seg_start)
        start0 = max(view.phrase_start(mark - 1), 0)
        counted = NUMBER_OF_LEAD_RE.search(view.text[start0:mark])
        if counted:
            before, seg_start = view.text[start0:mark], start0
    if counted is None and cut is None and seg_start > 1 and \
            CHANGE_TO_CLAUSE_RE.fullmatch(before):
        # "the number of Palestinians held by Israel has roughly doubled since the war
        # began, to more than 9,600": the count the change is of, a clause or two back
        earlier, comma = seg_start, view.text.rfind(",", 0, seg_start)
        for _ in range(3):
            earlier = max(view.segment_span(earlier - 2)[0], 0)
            counted = NUMBER_OF_RE.search(view.text[earlier:comma].rstrip())
            if counted or earlier <= 0:
                break
        if counted:
            before, seg_start = view.text[earlier:comma].rstrip(), earlier
    if counted:
        words_of = list(WORD_RE.finditer(counted.group("np")))
        for k, word in enumerate(words_of):
            cls = lookup_class([word.group(0)], taxonomy)
            if cls in GENERIC_CLASSES and k + 1 < len(words_of) and \
                    lookup_class([words_of[k + 1].group(0)], taxonomy):
                continue  # "the number of Israeli troops killed": the noun, not its adjective
            if cls:
                # "the number of living hostages at 24": the noun's words describe the 24;
                # "the number of captives still held in Gaza fell to 98": so do the words
                # after it, whatever cue stands nearer after the figure.
                m.reach = min(m.reach, seg_start + counted.start("np"))
                at = seg_start + counted.start("np")
                m.noun_at = (at + word.start(), seg_start + counted.end("np"))
                return cls, taxonomy.classes[cls].unit, True, ""
        head = WORD_RE.match(counted.group("np"))
        lower = head.group(0).lower() if head else ""
        at = seg_start + counted.start("np")
        if lower and lower not in _np_stop() and lower not in _qualifier_words() and \
                singular(lower) not in BODY_NOUNS | COUNT_HEADS | {"remains"} and \
                not any(s == at for name in _cue_names() for s, _ in view.hits(name)):
            # "the number of arrests in the West Bank has risen to 16,400": the count of
            # something outside the taxonomy, whatever the sentences before counted.
            return "", singular(lower), True, ""
    head = VALUE_OF_RE.search(before)
    # "a population of 2.3 million" counts a population; "the release of up to 1,904"
    # names what happens to them, not what they are.
    # (not a qualifier's own word: "upwards of 1,700", "in excess of 200")
    if head and not lookup_class([head.group("head")], taxonomy) and \
            head.group("head").lower() not in QUALIFIER_HEADS and \
            singular(head.group("head")) not in COUNT_HEADS | _collective_heads() and \
            not BODIES_OF_RE.search(before) and \
            not any(e == seg_start + head.end("head")
                    for name in _cue_names() for _, e in view.hits(name)):
        return "", singular(head.group("head")), True, ""
    words = WORD_RE.findall(before)
    appositive = False
    relative = seg_start > 0 and RELATIVE_HEAD_RE.match(view.text, seg_start - 1) is not None
    if len(words) <= 5 and relative and not any(lookup_class([w], taxonomy) for w in words):
        # "its running toll, which stood at 44,382": the clause counts the noun before it
        # (back over the empty segment between the comma and "which").
        previous = view.segment_span(seg_start - 2)[0]
        for _ in range(2):
            if view.text[previous : seg_start - 1].strip(" ,") or previous <= 0:
                break
            previous = view.segment_span(previous - 2)[0]
        words = WORD_RE.findall(view.text[previous : m.start])
        m.reach = previous
    elif len(words) <= 3 and words and _level_verb_phrase(words) and seg_start > 1 and \
            view.text[seg_start - 1] == "," and \
            (subject := _head_before_relative(view, seg_start)) is not None:
        # "The ministry's overall toll, which includes ..., stands at 62,004": the verb's
        # subject stands before the relative clause set off by commas.
        words = WORD_RE.findall(view.text[subject[0] : subject[1]])
        m.reach = subject[0]
    elif len(words) <= 6 and seg_start > 0 and (
            (view.text[seg_start - 1] == "," and words and
             (words[0].lower().endswith(("ed", "en", "ing"))
              or words[0].lower() in _participles()
              or words[0].lower() in APPOSITIVE_HEADS)) or
            # "every living hostage still in Gaza — Israel put their number at 24 —":
            # an aside giving "their number" counts the noun before it.
            (view.text[seg_start - 1] in ",(—–" and
             POSSESSED_COUNT_RE.search(" ".join(words)) is not None)) and \
            not any(lookup_class([w], taxonomy) for w in words):
        # "the remaining living hostages, thought to number around 24", "the death toll,
        # now over 53,000,": a short appositive counts the noun before its comma, and that
        # noun's words describe it (whatever the figures before it counted). The noun may
        # stand before a relative clause ("the bodies of hostages whose deaths Israel has
        # confirmed, at least 33"): read back to the punctuation, not the clause word.
        previous = view.phrase_start(seg_start - 2)
        words = WORD_RE.findall(view.text[previous : m.start])
        m.reach = previous
        appositive = True
    generic = attributive = ""
    # (the subject of "numbered" may stand further back: "Detainees released from Israeli
    # custody through the Kerem Shalom crossing this week numbered 33")
    words = words[-16:] if NUMBERED_BEFORE_RE.search(before) else words[-10:]
    for j in range(len(words) - 1, -1, -1):
        word = words[j]
        if word.lower() in CLAUSE_OPENERS and (generic or attributive):
            break  # "raises hostage count to 224 as Gaza toll passes 5,000": another clause
        cls = lookup_class([word], taxonomy)
        if cls and j + 1 < len(words) and _attributive(word, words[j + 1], taxonomy):
            # "Israeli media put the total at ...": the media are not counted; the word
            # says whose side the figure is on only when nothing else says what it counts.
            attributive = attributive or cls
            continue
        # "the same day gave 44,211": a duration word before a number is not what it counts.
        if cls and not taxonomy.classes[cls].days:
            if cls not in GENERIC_CLASSES:
                return cls, taxonomy.classes[cls].unit, appositive, ""
            # "detainees in Israeli jails numbered 9,500": a nationality word is the head
            # only when no more specific noun stands in the clause.
            generic = generic or cls
    if generic:
        return generic, taxonomy.classes[generic].unit, False, ""
    return "", "", False, attributive


def _own_state(view: SentenceView, mentions: list[Mention], i: int, parent: Mention,
               taxonomy: Taxonomy) -> str:
    """The metric a part's own clause cues when it differs from its whole's ("251
    hostages, 116 of whom remain in Gaza"; "48 wounded, and 11 of them died"), or ''."""
    m = mentions[i]
    # ("251 people were taken hostage (117 returned alive ...)": a part opening a bracket
    # after its whole, with a verb of its own)
    bracketed = BRACKET_PART_BEFORE_RE.search(view.text, max(0, m.start - 3), m.start) and \
        parent.end <= m.start and "(" in view.text[parent.end : m.start] and \
        ")" not in view.text[parent.end : m.start]
    if not LINK_AFTER_RE.match(view.text[m.end :]) and not bracketed:
        return ""
    end = min(_stop_after(view, m.end), _next_start(mentions, i))
    # "The first phase is to bring home 33 of them": the verb the part is the object of
    # says its state as much as one after it.
    start = max(view.segment_span(m.start)[0], mentions[i - 1].end if i else 0)
    own = choose_metric(view.sub(start, end), m.start, m.end,
                        m.noun_class or parent.noun_class, taxonomy)
    # The part counts the same kind of thing as the whole (the metrics' unit), in another
    # state or event: "58 hostages held, 34 of whom have been declared dead" stay hostages.
    # An event that began the whole's state is the part's history, not another state:
    # "101 hostages held, 97 of whom were abducted on October 7" are still held.
    return own if own and own != parent.metric and \
        taxonomy.metric(own).unit == taxonomy.metric(parent.metric).unit and \
        parent.metric not in taxonomy.metric(own).begins else ""


def subject_parent(view: SentenceView, wide: SentenceView, m: Mention,
                   taxonomy: Taxonomy, discourse: Discourse | None = None) -> Mention | None:
    """"The prisoners to be released include 250 ...": the subject gives class and metric.

    A subject with no cue of its own ("The prisoners include ...") takes the cues of the
    sentences before it, as a definite noun refers back to them.
    """
    sentence = view.text
    match = INCLUDE_RE.search(sentence[: m.start]) or APPOSED_LIST_RE.match(sentence[: m.start])
    if not match:
        return None
    subject_end = match.end("subject") if match.re is APPOSED_LIST_RE else match.start()
    subject = sentence[:subject_end]
    cls, pos = class_in(subject, taxonomy)
    if cls and taxonomy.classes[cls].days and not _is_duration(m):
        return None  # "Nov 2023 (7-day pause): 240": a length of time holds no one
    if not cls:
        # "The list includes 69 women": a short definite subject refers to the last figure.
        # ("The groups said the total included 270 children": what was said is the clause)
        lead = SPEECH_LEAD_RE.match(subject)
        if discourse is not None and DEFINITE_SUBJECT_RE.match(subject[lead.end() if lead
                                                                       else 0 :]):
            # The main figure (the first) of the latest sentence that had figures.
            named = [o for o in discourse.recent if o.metric and o.parent is None]
            latest = [o for o in named if o.sentence_no == named[-1].sentence_no] if named else []
            if latest and discourse.count - latest[0].sentence_no <= len(discourse.previous):
                # "Of the 251 abducted, 148 have returned. They include ...": the whole a
                # partitive opens with is not the main figure.
                said = discourse.previous[latest[0].sentence_no - discourse.count]
                latest = [o for o in latest if not PARTITIVE_RE.match(said[: o.start])] or latest
            return latest[0] if latest else None
        return None
    window = SentenceView(view.index, view.base, wide.lo, view.base + subject_end)
    metric = choose_metric(window, pos, pos + 1, cls, taxonomy)
    if not metric:
        return None
    unit = taxonomy.classes[cls].unit
    return Mention(Number(pos, pos, "", 0.0), pos, pos, 0.0, noun_class=cls, unit=unit,
                   metric=metric)


def sentence_mentions(index: TextIndex, span: Span, published: str, taxonomy: Taxonomy,
                      discourse: Discourse) -> list[Mention]:
    """Read every figure of the sentence ``span`` of an indexed text; ``published`` anchors
    relative dates and ``discourse`` carries what the sentences before it said."""
    sentence = index.text[span.start : span.end]
    view = SentenceView(index, span.start, span.start, span.end)
    note = NOTE_OPEN_RE.match(sentence) if "[" in sentence else None
    discourse.footnote_of = discourse.footnotes.get(note.group(1)) if note else None
    first = bisect.bisect_left(index.number_starts, span.start)
    last = bisect.bisect_left(index.number_starts, span.end)
    numbers = [Number(n.start - span.start, n.end - span.start, n.text, n.value, n.is_words,
                      n.unit_hint, n.scale)
               for n in index.numbers[first:last]]
    dates = view.dates
    cells = _table_cells(sentence)
    if cells and TABLE_RULE_RE.fullmatch(sentence):
        cells = []  # "|---|---|": a rule under the header row; the header stands
    elif not cells:
        discourse.table = None
    elif not numbers:
        # "Date | Hostages freed | Prisoners freed": a header row names what each column counts.
        discourse.table = (span.start, cells)
        discourse.table_date = discourse.last_date \
            if discourse.last_date_at == discourse.count else ""
        discourse.table_caption = " ".join(discourse.previous[-2:])
    elif discourse.table is not None and len(cells) == len(discourse.table[1]) + 1 and \
            _dated_header(index, discourse.table):
        # "Length    7 days    42 days" under "November 2023    January-March 2025": the
        # header leaves the row labels' column blank and dates the columns.
        base, header = discourse.table
        discourse.table = (base, [(0, 0), *header])
        mentions = _table_row(index, view, sentence, numbers, cells, published, taxonomy,
                              discourse)
        discourse.table = (base, header)
        discourse.push(sentence, mentions, dates, span.start)
        return mentions
    elif discourse.table is not None and len(cells) == len(discourse.table[1]):
        mentions = _table_row(index, view, sentence, numbers, cells, published, taxonomy,
                              discourse)
        discourse.push(sentence, mentions, dates, span.start)
        return mentions
    if sentence.rstrip(" \"'”’").endswith("?"):
        discourse.question_at = discourse.count
    if dates and not numbers and len({d.as_of for d in dates}) == 1 and dates[0].as_of and \
            DATE_LINE_REST_RE.fullmatch("".join(
                sentence[a.end if a else 0 : b.start if b else len(sentence)]
                for a, b in itertools.pairwise([None, *dates, None]))):
        # "Sunday 19 January" on a line of its own heads the entries of a live blog or a
        # timeline: what they do not date otherwise is of that day, and their "today" too.
        discourse.section_date = dates[0].as_of
        _anchor_relative_days(index, span.end, dates[0].as_of)
    elif len(dates) == 1 and dates[0].as_of and \
            (span.start == 0 or index.text[span.start - 1] == "\n") and \
            index.text[span.end : span.end + 1] in ("", "\n") and \
            not sentence.rstrip(" )]").endswith((".", "!", "?")) and \
            AS_OF_HEADING_RE.search(sentence, 0, dates[0].start):
        # "Week 15 in numbers (as of Jan. 19, 2024)": a heading giving the date its figures
        # stand at dates the lines below it.
        discourse.section_date = dates[0].as_of
    elif len(dates) == 1 and len(dates[0].as_of) == 10 and not numbers and \
            not dates[0].span_start and \
            (span.start == 0 or index.text[span.start - 1] == "\n") and \
            not sentence.rstrip(" )]").endswith((".", "!", "?")) and \
            TIMESTAMP_LINE_AFTER_RE.match(index.text, span.end):
        # "How the day unfolded: the exchange of February 22" over lines opening with a
        # time ("08:30 — Two men ... are handed to the Red Cross"): the heading's day is
        # theirs.
        discourse.section_date, discourse.section_timed = dates[0].as_of, True
        _anchor_relative_days(index, span.end, dates[0].as_of)
    if discourse.section_timed and span.start > 0 and index.text[span.start - 1] == "\n" \
            and not TIME_OPENING_RE.match(sentence):
        # ("The six were the last living hostages to be freed": the timeline is over)
        discourse.section_date, discourse.section_timed = "", False
    published = discourse.section_date or published
    kind_label = LABEL_OPENER_RE.match(sentence) \
        if span.start == 0 or index.text[span.start - 1] == "\n" else None
    if kind_label:
        # "PRISONERS: In return, Israel would release ...": a briefing's label naming a
        # kind of people says what the paragraph's figures of no kind count.
        named = lookup_class(WORD_RE.findall(kind_label.group(0).lower()), taxonomy)
        line_end = index.text.find("\n", span.start)
        discourse.para_class = (named, len(index.text) if line_end < 0 else line_end,
                                span.start) \
            if named and named not in GENERIC_CLASSES else ("", 0, 0)
    label = YEAR_LABEL_RE.match(index.text, span.start) \
        if span.start == 0 or index.text[span.start - 1] == "\n" else None
    if label:
        line_end = index.text.find("\n", span.start)
        discourse.line_year = (label.group("year"),
                               len(index.text) if line_end < 0 else line_end)
    if discourse.line_year and span.start < discourse.line_year[1]:
        # "2024: By the end of the year the toll had passed 45,500": what the line does
        # not date otherwise is of the year that labels it.
        published = discourse.line_year[0]
    asked = HOW_MANY_RE.search(sentence)
    if asked or (discourse.question_at == discourse.count and not numbers):
        # "How many people are still being held?": the answer's bare number counts them;
        # "HOST: And prisoners?": any question names what its answer counts; "Let's turn
        # to the prisoner releases. How many have come out?": or the sentence before it.
        # ("How many staff do you have left?" names staff, which no metric counts.)
        nounless = asked is None or \
            asked.group("np").split()[0].lower() in FINITE_WORDS | _participles() or \
            asked.group("np").split()[0].lower().endswith("ed")
        named = [c for text in ([asked.group("np")] if asked else []) +
                 ([sentence, *discourse.previous[-1:]] if nounless else [])
                 for c in _classes_in(text, taxonomy) if not taxonomy.classes[c].days]
        if asked is not None and nounless and named and named[0] == "person":
            # "How many were released in the current exchange so far?" after figures of
            # prisoners: people of no kind are those the article has been counting
            counted = [o.noun_class for o in reversed(discourse.recent)
                       if o.metric and o.noun_class and o.noun_class != "person"]
            named = counted[:1] or named
        discourse.asked, discourse.asked_at = (named[0] if named else ""), discourse.count
        # ("How many Palestinians did Israel free on Monday?": what the answer counts)
        fits = [metric.id for metric in taxonomy.metrics if view.hits(f"cue:{metric.id}", 0)
                and discourse.asked in metric.classes]
        discourse.asked_metric = fits[0] if len(fits) == 1 else ""
        # ("... come home since the ceasefire began in January?": a span's start, no day)
        # (nor one of a relative clause: "freed under the ceasefire that ended in March?")
        days = {d.as_of for d in dates if d.as_of and not d.span_start and not SINCE_RE.search(
            view.text, max(0, view.segment_span(d.start)[0]), d.start) and
            not RELATIVE_OPEN_RE.match(view.text, max(0, view.segment_span(d.start)[0] - 1))}
        discourse.asked_date = days.pop() if len(days) == 1 else ""
    if not numbers:
        if span.start > 0 and index.text[span.start - 1] == "\n" and \
                index.text[span.end : span.end + 1] in ("\n", "") and \
                len(tokens_of(sentence)) <= HEADING_WORDS and \
                not sentence.rstrip().endswith((".", "?", "!")) and \
                not FINITE_VERB_RE.search(sentence):
            # "ISRAEL", "In Gaza": a heading line of its own places the section below it.
            discourse.section = (span.start, span.end)
        if (span.start == 0 or index.text[span.start - 1] == "\n") and \
                index.text[span.end : span.end + 1] in ("\n", "") and \
                not sentence.rstrip().endswith((".", "?", "!")):
            counting = next((o.metric for o in reversed(discourse.recent) if o.metric), "")
            named = _heading_metric(view, sentence, taxonomy, counting)
            if named is not None or not dates:
                # ("Source: HaMoked, figures as of 1 July 2025" keeps the heading above it)
                discourse.head_metric = named
        elif len(tokens_of(sentence)) > HEADING_WORDS * 2:
            discourse.head_metric = None  # prose ends what a heading headed
        _note_days(view, dates, taxonomy, discourse)
        if PARTS_INTRO_RE.match(sentence) and sentence.rstrip().endswith(":"):
            # "Of these:" opening a list keeps the head above it, and makes the items its
            # parts
            discourse.list_parts = True
        elif not BULLET_RE.match(sentence):
            discourse.list_head = []
        discourse.push(sentence, [], dates, span.start)
        return []
    earlier = discourse.starts[-CONTEXT_SENTENCES:] if discourse.starts else []
    wide = view.widened(earlier[0]) if earlier else view
    # "Of the 251 abducted, ..."; "Most of the freed prisoners returned home, while 20 ...".
    opening = OPENING_PARTITIVE_RE.match(sentence) or QUANTIFIER_OPENING_RE.match(sentence)
    opening_class = class_in(opening.group("np"), taxonomy)[0] if opening else ""

    mentions = _drop_restatements(sentence, merge_ranges(sentence, numbers))
    last = discourse.recent[-1] if discourse.recent else None
    if len(mentions) == 1 and last is not None and last.number.scale > 1 and \
            last.sentence_no == discourse.count - 1 and \
            mentions[0].number.scale == 1 and mentions[0].low is None and \
            mentions[0].value * last.number.scale > last.value and \
            len(tokens_of(sentence)) <= FRAGMENT_WORDS:
        # "Forty thousand dead. Then forty-five. Then fifty.": a fragment going on with a
        # count in thousands leaves its scale word out.
        m0 = mentions[0]
        m0.value *= last.number.scale
        m0.number = dataclasses.replace(m0.number, value=m0.value, scale=last.number.scale)
    # A line of a list with no verb and no cue ("Jan 25: 4 hostages; 200 prisoners"): a
    # short line of its own, set out with a colon, a semicolon or a bullet.
    text = index.text
    verbless = (span.start == 0 or text[span.start - 1] == "\n") and \
        (span.end >= len(text) or text[span.end : span.end + 1] == "\n") and \
        LIST_LINE_RE.search(sentence) is not None and \
        len(tokens_of(sentence)) <= LIST_LINE_WORDS and \
        not FINITE_VERB_RE.search(sentence) and \
        not any(view.hits(name) for name in _cue_names())
    bullet = BULLET_RE.match(sentence) is not None
    if not bullet:
        discourse.list_intro = None
    elif discourse.list_intro is None and discourse.previous and discourse.starts and \
            not BULLET_RE.match(discourse.previous[-1]):
        # (the sentences before the first item, back to an earlier item if any)
        lead = None
        for start_at, lead_said in zip(reversed(discourse.starts),
                                       reversed(discourse.previous), strict=False):
            if BULLET_RE.match(lead_said):
                break
            lead = start_at
        discourse.list_intro = (lead, span.start) if lead is not None else None
    # "one of the 59 hostages", "one of the deadliest days": one member of a set is a
    # figure that fits no metric, and it takes no part in reading the others.
    members = [m for m in mentions if m.number.is_words and ONE_OF_RE.match(sentence, m.start)]
    if members:
        mentions = [m for m in mentions if m not in members]
        for m in members:
            m.as_of = published
    for j, m in enumerate(mentions):
        m.sentence_no = discourse.count
        read_qualifier(sentence, m)
        read_noun(sentence, m, taxonomy)
        if m.qualifier == "exact" and m.np_words and \
                ESTIMATED_AFTER_RE.match(sentence, m.np_end):
            # "101 Israelis and foreign nationals estimated to remain captive": the figure
            # is an estimate, said after its noun
            set_qualifier(m, "approximate")
        if j > 0 and mentions[j - 1].age and not m.np_words and \
                AGE_LIST_GAP_RE.fullmatch(sentence, mentions[j - 1].end, m.start):
            # "The three men, aged 29, 36 and 46": the ages listed after the first
            m.age, m.unit, m.noun_class = True, "year", ""
        if m.noun_class in ("", "relative") and m.partitive and m.np_words and \
                m.value >= 100 and OUR_KIN_RE.match(sentence, m.end) and \
                "person" in taxonomy.classes:
            # "Sixty-five thousand of our sons and daughters ... have been killed": a
            # speaker's own people by the thousand, counted as people
            m.noun_class = "person"
        if not m.noun_class and m.np_words and singular(m.np_words[-1]) in STAND_IN_HEADS and \
                discourse.previous and LIST_WORD_RE.search(sentence, 0, m.start):
            # "... lists of the people it has identified by name. Its most recent list ...
            # contains 50,021 names": the list the sentence before described
            listing = LIST_OF_BEFORE_RE.search(discourse.previous[-1])
            listed = listing.group("np").split() if listing else []
            if listed and lookup_class(listed, taxonomy):
                # (a bare figure, as far as cues go: they stand in the sentence before)
                m.np_words, m.noun_class = [], lookup_class(listed, taxonomy)
                m.unit = taxonomy.classes[m.noun_class].unit
        share = SHARE_OF_SUBJECT_RE.fullmatch(sentence, 0, m.start) \
            if not m.noun_class and (not m.np_words or m.partitive) else None
        subject = class_in(share.group("np"), taxonomy)[0] if share else ""
        if subject:
            # "Children under 18 make up 20,179 of the entries", "Women account for another
            # 10,427": the subject says what its share counts.
            m.noun_class, m.unit = subject, taxonomy.classes[subject].unit
            m.share_of = True
        if (m.noun_class or discourse.dot_thousands) and \
                DOT_THOUSANDS_RE.fullmatch(m.number.text):
            # "44.176 Palestinians": no one counts people in fractions; the dot parts
            # thousands, as in the outlet's own language, and does so in the text's other
            # figures too ("more than 9.500 Palestinians ..., including 3.405 in
            # administrative detention").
            discourse.dot_thousands = True
            whole = parse_digits(re.sub(r"[.\u066b]", "", m.number.text))
            m.low, m.high = (whole if b == m.value else b for b in (m.low, m.high))
            m.value = whole
        named_as = CLASSED_AS_RE.match(sentence, m.np_end) \
            if m.noun_class in GENERIC_CLASSES else None
        if named_as:
            # "9,077 people classified as security prisoners": what the people are counted as.
            m.noun_class = class_in(named_as.group("np"), taxonomy)[0] or m.noun_class
        elif m.noun_class in GENERIC_CLASSES and DETAINED_AS_RE.match(sentence, m.np_end):
            # "1,402 people were being held under the Unlawful Combatants Law": detainees
            m.noun_class = lookup_class(["detainee"], taxonomy) or m.noun_class
        if m.partitive and m.noun_class in GENERIC_CLASSES:
            # "... prisoners' society says 7 of the freed men will be deported": the men the
            # event named before freed, whoever they were.
            whole = _named_whole(view, (m.end, m.np_end), discourse, taxonomy, m.value,
                                 any_people=True)
            if whole is not None and whole.noun_class:
                m.noun_class = whole.noun_class
    for j, o in enumerate(mentions):
        if j and len(o.np_words) == 1 and o.np_words[0].lower() in CASUALTY_WORDS:
            # "13,000 children have been killed and at least 25,000 injured": the injured
            # are children too (but not after "5,087 people, including 2,055 children,
            # had been killed, and 15,273 wounded": the part set off is no subject).
            k = j - 1
            while k > 0 and INCLUDED_BEFORE_RE.search(sentence, max(0, mentions[k].start - 30),
                                                      mentions[k].start):
                k -= 1
            prev = mentions[k]
            cls = taxonomy.classes.get(prev.noun_class)
            if cls is not None and cls.subgroup and " and " in sentence[prev.end : o.start] \
                    and not re.search(r"[;.]", sentence[prev.end : o.start]):
                o.noun_class = prev.noun_class
        if not o.noun_class and o.np_words and singular(o.np_words[-1]) in BODY_NOUNS:
            # "the bodies of 37 hostages ..., while 38 bodies were returned": bodies count
            # the dead of what the sentence counted before them.
            earlier = [p for p in mentions[:j] if p.noun_class]
            if earlier:
                o.noun_class = earlier[-1].noun_class
            else:  # "four coffins it said contained the bodies of hostages"
                phrase_end = view.phrase_end(o.np_end)
                o.noun_class = class_in(sentence[o.np_end : phrase_end], taxonomy)[0]
                kind = taxonomy.classes.get(o.noun_class)
                if kind is not None and kind.subgroup and \
                        sentence[phrase_end : phrase_end + 1] == ",":
                    # "... the bodies of a mother, her two young sons and an 83-year-old
                    # man": the first of a list of people is not what all of them are.
                    o.noun_class = "person"
                # (only where the subject points back: "it had handed over eight coffins";
                # "Israel returned 45 bodies to Gaza" is about someone else's dead)
                counted = _elliptic_class([], discourse.recent, taxonomy, others=True) \
                    if not o.noun_class and POINTING_SUBJECT_RE.search(sentence, 0, o.start) \
                    else ""
                if counted and counted not in GENERIC_CLASSES:
                    # "the remains of 28 hostages ... it had handed over eight coffins":
                    # coffins hold the dead of the group counted before (not of "people")
                    o.noun_class = counted
                if not o.noun_class and not sentence[: o.start].strip(" \"'*\u2022-") and \
                        PASSIVE_NO_AGENT_AFTER_RE.match(sentence, o.np_end):
                    # "Of the 251 people abducted, 117 have returned alive. Thirty-seven
                    # bodies have been recovered": bodies the sentence opens with, in a
                    # passive naming no one, are the dead of the people just counted
                    dead_of = [x for x in discourse.recent if x.metric and
                               _allows(taxonomy, "deceased", x.metric) and
                               taxonomy.metric(x.metric).unit in taxonomy.classes]
                    o.noun_class = taxonomy.metric(dead_of[-1].metric).unit if dead_of else ""
                if not o.noun_class:
                    # "the 28 bodies still in Gaza": bodies a state of its own clause
                    # says are held are the dead of the one level metric with dead
                    o.noun_class = _held_bodies_class(view, o, taxonomy)
    # Figures whose own noun names what they count share out the cues between them.
    breakdown = _breakdown_items(sentence, mentions)
    counted = [o for j, o in enumerate(mentions)
               if o.noun_class and not o.number.unit_hint and not o.ratio and not o.age
               and j not in breakdown]
    assigned = assign_cues(view, counted, taxonomy)
    cue_of = {id(counted[i]): cue for i, cue in assigned.items()}
    restated: dict[int, Mention] = {}  # "the number is now about 1,200": the count before
    for i, m in enumerate(mentions):
        if m.number.unit_hint or m.ratio or m.age:
            if m.ratio:
                # "30 prisoners for each hostage": prisoners; "release prisoners at a
                # ratio: 30 for each hostage": what the sentence named before the rates.
                m.rate_class = m.noun_class or ("" if m.np_words else class_in(
                    PER_PHRASE_RE.sub(" ", sentence[: m.start]), taxonomy)[0])
            # (an age is in years unless written "10-month-old")
            age_unit = m.unit if m.unit in ("month", "week", "day") else "year"
            m.unit, m.noun_class = m.number.unit_hint or (age_unit if m.age else ""), ""
            continue
        parent = link_parent(view, mentions, i, discourse) or \
            subject_parent(view, wide, m, taxonomy, discourse)
        if parent is not None and parent.metric and i > 0 and parent in mentions:
            # "69,775 dead and 170,965 injured, including 357 people killed since the
            # ceasefire": a part whose own words cue another metric belongs to the figure
            # of that metric.
            own_end = min(view.phrase_end(max(m.end, m.np_end)), _next_start(mentions, i))
            cued = {x.id for x in taxonomy.metrics
                    if any(m.end <= c < own_end for c, _ in view.hits(f"cue:{x.id}"))}
            if cued and parent.metric not in cued:
                other = [o for o in mentions[:i] if o.metric in cued and o.parent is None and
                         o.value >= m.value]
                parent = other[-1] if other else parent
        if parent is not None and parent.metric and m.noun_class in taxonomy.classes and \
                m.noun_class != "person" and not taxonomy.classes[m.noun_class].days and \
                m.noun_class not in taxonomy.metric(parent.metric).classes:
            # "21 hostages have been freed, ..., and 766 Palestinians have been released":
            # what the parent's metric cannot count is no part of it ("people" may be any).
            parent = None
        state = _own_state(view, mentions, i, parent, taxonomy) \
            if parent is not None and parent.metric else ""
        if state:
            # "seized 251 hostages, 116 of whom remain in Gaza": a part said to be in a
            # state now is counted by that state's metric, as of its own time.
            m.noun_class = m.noun_class or parent.noun_class  # type: ignore[union-attr]
            m.unit = m.unit or parent.unit  # type: ignore[union-attr]
            m.metric = state
            m.subgroup = choose_subgroup(view, m, taxonomy,
                                         (m.start, min(view.phrase_end(m.end),
                                                       _next_start(mentions, i))))
            if not m.subgroup and parent.subgroup == "deceased" and \
                    _allows(taxonomy, "deceased", state) and \
                    _bodies_counted(parent, sentence, discourse):
                m.subgroup = "deceased"  # ("the remains of 28 ... returned 19 of them")
            continue
        if parent is not None and parent.metric:
            m.parent = parent
            m.noun_class = m.noun_class or parent.noun_class
            m.metric = _narrower_by_noun(m, parent.metric, taxonomy)
            m.unit = m.unit or parent.unit
            m.subgroup = choose_subgroup(view, m, taxonomy,
                                         (m.start, min(view.phrase_end(m.end),
                                                       _next_start(mentions, i))))
            continue
        seg_start, seg_end = view.segment_span(m.start)
        # (not the dead of a whole no metric counts: "returned the bodies of 345
        # Palestinians ..., of whom 99 have been identified")
        if parent is not None and not parent.metric and parent.noun_class and \
                not m.np_words and parent in mentions and \
                INCLUDED_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start) and \
                not BODIES_OF_RE.search(sentence, max(0, parent.start - 30), parent.start):
            # "more than 900 soldiers have been killed since the war began, including some
            # 450 in the Gaza ground operation, and about 6,200 have been wounded": the
            # part undergoes the whole's verb, in a place of its own.
            whole_view = view.sub(view.segment_span(parent.start)[0], seg_end)
            m.noun_class, m.unit = parent.noun_class, parent.unit
            m.metric = choose_metric(whole_view, m.start, m.end, m.noun_class, taxonomy)
            if m.metric and whole_view.hits(f"exclude_in_sentence:{m.metric}", 0):
                # ("At least 63 prisoners have died in custody, including 40 from Gaza":
                # what rules the whole's verb out rules it out for the part it undergoes)
                m.metric = ""
                continue
            if m.metric:
                m.parent, m.included = parent, True
                m.subgroup = choose_subgroup(view, m, taxonomy, (m.start, seg_end))
                continue
        if parent is not None and not parent.metric and parent.unit and m.np_words and \
                parent in mentions and parent.noun_class not in taxonomy.classes and \
                not _is_duration(parent) and parent.unit not in DURATION_WORDS and \
                not parent.number.unit_hint:
            m.parent = parent  # (a part of arrests: see the check after the metric is read)
        if parent is not None and not m.np_words and parent.noun_class and \
                (LINK_AFTER_RE.match(sentence[m.end : m.end + 20]) or
                 # ("the bodies of 345 Palestinians ..., of whom 99 have been identified")
                 PART_RELATIVE_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start)) and \
                not any(seg_start <= c < seg_end for metric in taxonomy.metrics
                        for c, _ in view.hits(f"context:{metric.id}")):
            # "at least 98 Palestinians died in Israeli custody, 52 of them in military
            # facilities": a part of a figure no metric counts is counted by none either
            # (unless its own clause places it: "850 soldiers had been killed since
            # October 7, 2023, 405 of them in the ground operation in Gaza").
            m.noun_class, m.unit, m.parent = parent.noun_class, parent.unit, parent
            continue
        partitive = None
        own_noun = ([], "")
        if _is_elliptic_np(sentence, m):
            own_noun = (m.np_words, m.noun_class)
            m.np_words, m.noun_class = [], ""
        named = discourse.any_value.get(m.value) if m.np_words and m.noun_class else None
        if named is not None and not named.metric and named.noun_class == m.noun_class and \
                (PARTITIVE_RE.match(sentence[: m.start]) or
                 not any(view.hits(name) for name in _cue_names())):
            # "some 400 people lived in the kibbutz ... Of the 400 residents, fewer than
            # 100 have come back": the whole named again, with its noun, counts what it
            # counted then, which was no metric's; so does a figure said again in a
            # sentence with no cue ("to mark 500 days since the attack ... 'Five hundred
            # days.'").
            m.metric, m.repeat, m.as_of = "", True, named.as_of
            continue
        if m.noun_class in GENERIC_CLASSES and m.np_words and \
                m.np_words[-1].lower() in PEOPLE_WORDS:
            # "roughly 3,370 people, are held in administrative detention": people of no
            # kind held where one kind is held are of that kind
            m.noun_class = _state_class(sentence, m.np_end, taxonomy) or m.noun_class
        if not m.noun_class and not m.np_words:
            repeat = discourse.by_value.get(m.value)
            partitive = partitive_parent(view, mentions, i)
            if partitive is None and i + 1 < len(mentions) and \
                    PART_OF_NAMED_RE.fullmatch(sentence, m.end, mentions[i + 1].start):
                # "16 of the 33 have now been freed": the 33 named before is the whole.
                partitive = discourse.by_value.get(mentions[i + 1].value)
            if partitive is None and i == 0 and OPENING_TOTAL_RE.match(sentence[: m.start]):
                # "... reached 11,100. Of that total, 3,577 were ...": a part of the last
                # figure of the sentence before.
                last = [o for o in discourse.recent
                        if o.sentence_no == discourse.count - 1 and o.metric]
                # (not a value given only to compare: "rose to 11,056, up from 10,800 in
                # July. Of the total, 3,544 ...")
                last = [o for o in last if not discourse.only_compared(o)] or last
                partitive = last[-1] if last else None
            if partitive is None and i == 0:
                partitive = _antecedent_by_verb(sentence, m, discourse, taxonomy)
            if partitive is None and opening is not None and opening.end() <= m.start:
                partitive = _named_whole(view, opening.span("np"), discourse, taxonomy,
                                         m.value)
            named = discourse.any_value.get(m.value)
            if repeat is None and named is not None and not named.metric and \
                    (PARTITIVE_RE.match(sentence[: m.start]) or
                     # "Twelve of the 55 were under 18": after its part
                     REPEAT_OF_RE.search(sentence, max(0, m.start - 20), m.start)):
                # "some 400 people lived in the kibbutz ... Of the 400 or so residents,
                # fewer than 100 have come back": the whole named again counts what it
                # counted then, which was no metric's.
                m.noun_class, m.metric, m.repeat = named.noun_class, "", True
                m.as_of = named.as_of
                continue
            if repeat is not None and (PARTITIVE_RE.match(sentence[: m.start]) or
                                       REPEAT_OF_RE.search(sentence[max(0, m.start - 20) :
                                                                    m.start]) or
                                       # "the three had been held for 491 days"
                                       DEFINITE_BARE_RE.search(sentence, max(0, m.start - 8),
                                                               m.start) or
                                       # "People talk about 101 as if it were one thing":
                                       # a bare figure counted before, its clause silent
                                       (m.value >= 10 and not _clause_cued(view, m)) or
                                       # "the first 90 Palestinian prisoners followed ...
                                       # In the end 90 were released": a bare figure the
                                       # clause says undergoes what it was counted by
                                       (m.value >= 10 and partitive is None and
                                        repeat.metric and not view.dated() and
                                        _cued_in_clause(view, m, repeat.metric) and
                                        not class_in(sentence[: m.start], taxonomy)[0])):
                # "Of the 1,027, ...": a figure named again is the same figure.
                m.noun_class, m.metric = repeat.noun_class, repeat.metric
                m.subgroup = repeat.subgroup
                seg_start, seg_end = view.segment_span(m.start)
                # ("Not one of the 59 has been freed": an event denied ends nothing)
                denied = NONE_OF_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start)
                ender = next((x for x in taxonomy.metrics if repeat.metric and not denied and
                              x.ends == repeat.metric and
                              any(max(seg_start, m.end) <= c < seg_end
                                  for c, _ in view.hits(f"cue:{x.id}"))), None)
                if ender is not None:
                    # "48 hostages were still in Gaza, of whom 20 were alive. All 20 were
                    # freed on October 13": the same people, and what ended their state.
                    m.metric = ender.id
                    m.subgroup = repeat.subgroup \
                        if _allows(taxonomy, repeat.subgroup, ender.id) else ""
                    continue
                if not m.subgroup and LABEL_VALUE_RE.fullmatch(sentence, 0, m.start):
                    # "Another says 20. ... The second counts only those believed to be
                    # alive: 20": the words the value labels may say which part it is.
                    m.subgroup = choose_subgroup(view, m, taxonomy, (0, m.start))
                m.as_of = repeat.as_of
                m.repeat = True
                continue
            before_class, before_unit, strong, fallback = noun_before(view, m, taxonomy)
            relative = RELATIVE_NUMBER_RE.search(sentence, max(0, m.start - 80), m.start)
            if relative and not before_class:
                # "bodies recovered from the rubble, which the ministry says number more
                # than 200": the figure counts the noun before "which".
                head = sentence[max(0, view.segment_span(max(0, relative.start() - 3))[0])
                                : relative.start()]
                if any(singular(w.lower()) in BODY_NOUNS for w in WORD_RE.findall(head)):
                    before_unit, strong = "body", True
                else:
                    before_class, strong = class_in(head, taxonomy)[0], True
            if before_class in GENERIC_CLASSES and TOLL_BEFORE_RE.search(
                    sentence, view.segment_span(m.start)[0], m.start):
                # "..., as the overall death toll passed 32,900": a toll named in the
                # figure's own clause counts everyone, whatever the figures before it counted.
                strong = True
            if not before_class and OF_THEM_RE.match(sentence, m.end) and \
                    not any(o.noun_class for o in mentions[:i]):
                # "detained thousands of Palestinians ..., and some 1,500 of them remained":
                # "them" are the last people the sentence named (not "this week" in "A
                # year ago this week, the first truce brought 105 of them home").
                people = [c for c in _classes_in(sentence[: m.start], taxonomy)
                          if not taxonomy.classes[c].days]
                before_class, strong = (people[0], True) if people else ("", strong)
                things = THINGS_SUBJECT_RE.match(sentence) if not people else None
                # (a whole no smaller than its part, of things: not "The two exchanges
                # brought the release of about 2,000 of them", nor bodies, the dead)
                counted = [o for o in mentions[:i] if o.np_words and not o.noun_class and
                           o.value >= m.value and
                           singular(o.np_words[0].lower()) not in (*BODY_NOUNS, *DURATION_WORDS)
                           and
                           not (o.age or o.modifier or o.number.unit_hint)] \
                    if not people else []
                if things and not lookup_class([things.group("noun")], taxonomy):
                    # "Aid trucks began entering the Strip, some 630 of them on the first
                    # day": "them" are the things the sentence opened with
                    before_unit, strong = singular(things.group("noun").lower()), True
                elif counted:
                    # "Aid: 600 trucks a day are to enter Gaza, 50 of them carrying fuel":
                    # or the things a figure before it counted (a rate's too)
                    before_unit, strong = singular(counted[-1].np_words[0].lower()), True
            labelled = LABEL_VALUE_RE.search(sentence, 0, m.start)
            # "2,000 prisoners under the two truces, 240 in November and 1,750 ...": a
            # figure inside a phrase of the noun before it is no item of the list.
            # (a part is no greater than its whole: "The two exchanges brought the release
            # of about 2,000 of them" are not of the two)
            listed = [o for o in mentions[:i]
                      if not PHRASE_FIGURE_RE.search(sentence, max(0, o.start - 30), o.start)
                      and not (o.value < m.value and LINK_AFTER_RE.match(sentence[m.end :]))]
            # "48 hostages remain, out of 251 taken": a whole after its part counts only
            # what a cue of its own says, never what the figures before it counted.
            whole_of_part = not m.np_words and any(o.noun_class for o in mentions[:i]) and \
                OUT_OF_WHOLE_RE.search(sentence, 0, m.start) is not None
            own_count = PRONOUN_LEVEL_RE.search(sentence, view.segment_span(m.start)[0],
                                                m.start)
            if own_count and own_count.group(0)[:4].lower() == "the " and not m.np_words:
                # "... freed about 1,800, yet the total has stayed above 10,000": a count
                # the clause names is not what the figures before it counted
                listed = []
            # "lasting 7 and 58 days": numbers joined before one noun share it
            joined = mentions[i + 1] if i + 1 < len(mentions) and not m.np_words and \
                SHARED_NOUN_GAP_RE.fullmatch(sentence, m.end, mentions[i + 1].start) else None
            m.noun_class = (
                (partitive.noun_class if partitive else "")
                or _inverted_count_class(sentence, m, taxonomy)
                or opening_class
                or (joined.noun_class if joined is not None and joined.np_words else "")
                or (before_class if strong else "")
                or _predicate_people(view, m, taxonomy)
                or ("" if (strong and before_unit) or whole_of_part else
                    _elliptic_class(listed, [], taxonomy))  # same sentence
                or ("" if whole_of_part else before_class)
            )
            if joined is not None and joined.np_words and not joined.noun_class and \
                    not m.noun_class and not before_unit:
                before_unit = joined.unit  # "lost 20 or 30 kilos": kilos, both
            if (not m.noun_class or m.noun_class in GENERIC_CLASSES) and labelled and \
                    partitive is None and not m.np_words:
                # "Hostages in Gaza: 59 | Confirmed dead: 35 | Believed alive: 24": a label
                # naming only a subgroup of the line before breaks that line's figure down.
                partitive = _subgroup_label_whole(view, labelled.start(), m.start,
                                                  taxonomy, discourse)
                if partitive is not None:
                    m.noun_class = partitive.noun_class
            if not m.noun_class and whole_of_part and \
                    any(m.end < s <= m.end + 2 for name in _cue_names()
                        for s, _ in view.hits(name)):
                # (the part's people, when a cue of the whole's own says what befell it)
                m.noun_class = next(o.noun_class for o in reversed(mentions[:i])
                                    if o.noun_class)
            if not m.noun_class and not before_unit and labelled:
                # "Still held in Gaza: about 180": a label with no noun whose cue and place
                # fit one metric only says what its value counts.
                m.noun_class = _label_class(view, labelled.start(), m.start, taxonomy)
                head = WORD_RE.search(sentence, labelled.start(), m.start)
                if not m.noun_class and head is not None and \
                        singular(head.group(0)) != head.group(0).lower() and \
                        any(s == head.start() for name in _cue_names()
                            for s, _ in view.hits(name)):
                    # "Ceasefires so far: two": a plural noun heading the label, fitting no
                    # metric as a count, is what its value counts.
                    before_unit = singular(head.group(0))
            if not m.noun_class and not before_unit and not m.np_words and \
                    discourse.para_class[0] and span.start < discourse.para_class[1]:
                m.noun_class = discourse.para_class[0]  # (see ``para_class``)
            if not m.noun_class and not before_unit and labelled and \
                    discourse.head_metric and i == len(mentions) - 1:
                # "Releases under ceasefire agreements / Nov 2023 (7-day pause): 240": a
                # label line under a heading counts the heading's kind, not the last line's.
                m.noun_class = discourse.head_metric[1]
            if not m.noun_class:
                m.noun_class = _state_count_class(view, m, mentions[:i], discourse)
            semi = sentence.rfind(";", 0, m.start)
            vague_first = semi > 0 and not m.np_words and _opens_vaguely(sentence[:semi])
            if not m.noun_class and not before_unit and not whole_of_part and not vague_first:
                # ("Thousands have been arrested; groups put the total at more than 20,000":
                # the total of what the clause before counts vaguely, not a kind named
                # further back)
                # "most of the hostages have come home. But 48 remain"; "Q: And the
                # hostages? A: Thirty-three": a bare subject or a label's value counts the
                # last thing the sentence before named, before any figure further back.
                semi = sentence.rfind(";", 0, m.start)
                if semi > 0 and BARE_SUBJECT_RE.match(sentence[semi + 1 : m.start]):
                    # "No Palestinian prisoners have been released since; 1,778 were freed
                    # during it": the clause before the semicolon named what it counts.
                    bare = True
                    named = class_in(sentence[:semi], taxonomy)[0]
                else:
                    # ("Most of the hostages were freed ... A truce brought 105 home": so
                    # does the bare object of a cue)
                    # (and "The total rose from about 5,200 ..." after a caption naming
                    # the people it counts: "Chart 3: Palestinians held by Israel")
                    bare = bool(BARE_SUBJECT_RE.match(sentence[: m.start]) or labelled or
                                THE_COUNT_OPENING_RE.match(sentence[: m.start]))
                    # (no length of time: "the average had fallen to around 40 a day";
                    # no proper adjective of another noun: "The Israeli military said")
                    named = _people_named(discourse.previous[-1], taxonomy) \
                        if (bare or _cue_object(view, m)) and discourse.previous else ""
                # (a figure of no kind of people, "two ceasefires", lends no class)
                figured = any(o.sentence_no == discourse.count - 1 and
                              (o.noun_class or lookup_class(o.np_words, taxonomy))
                              for o in discourse.recent)
                whole = [o.noun_class for o in discourse.last_counted() if o.noun_class] \
                    if i == 0 and OF_PRONOUN_OPENING_RE.match(sentence) else []
                topic = TOPIC_OPENING_RE.match(sentence, 0, m.start)
                m.noun_class = (
                    # "On Palestinians detained by Israel, the authorities put the number at
                    # more than 9,000": the people the sentence opens by naming.
                    (_people_named(topic.group("np"), taxonomy) if topic else "")
                    # "913 soldiers have fallen ... Of them, 466 fell in the ground
                    # manoeuvre": the part is of the kind its whole was, subgroups too.
                    or (whole[-1] if whole else "")
                    or (named if not figured else "")
                    # the answer to the question just asked
                    or (discourse.asked if discourse.count - discourse.asked_at == 1 else "")
                    # "fewer than 100 trucks ..., well short of the 600": a figure of the
                    # same sentence that counts something else ends the search there.
                    or ("" if _counts_other(listed, taxonomy) else
                        _elliptic_class([], discourse.recent, taxonomy,
                                        others=OTHERS_AFTER_RE.match(sentence, m.end)
                                        is not None))
                    or ("" if discourse.count - discourse.asked_at > 2 else discourse.asked)
                    or (named if bare else "")
                    or _whole_class_for_cue(view, m, discourse, taxonomy)
                )
                # "... in exchange for 240 prisoners. Eight were rescued alive": the verb
                # after a bare number rules out what it cannot be said of.
                m.noun_class = _cue_fit_class(view, m, taxonomy, discourse, m.noun_class)
                m.noun_class = _subgroup_fit_class(view, m, taxonomy, m.noun_class)
                if m.noun_class in GENERIC_CLASSES:
                    # "arrested more than 12,000 people ... the total held in Israeli
                    # prisons now exceeds 10,000": a place that holds one kind names it
                    # over the people of no kind counted before.
                    m.noun_class = _state_class(sentence, m.end, taxonomy) or m.noun_class
            pronoun = (PRONOUN_LEVEL_RE.search(sentence, 0, m.start) or
                       IT_SHARED_LEVEL_RE.match(sentence[: m.start])) \
                if not m.noun_class and not before_unit else None
            if pronoun:
                # "the count of hostages still in Gaza; this week it stood at 59": the
                # count named before, in this sentence or the one before it.
                # (not an agent: "deaths reported by relatives" counts no relatives)
                # (not a proper adjective of another noun: "Israeli officials said the
                # figure could not be trusted. When it passed 40,000, ...")
                named = [c for text in (sentence[: pronoun.start()],
                                        *(discourse.previous[-1:]))
                         if (c := _people_named(AGENT_PHRASE_RE.sub(" ", text), taxonomy))]
                counted = max((o for o in discourse.by_value.values()
                               if discourse.count - o.sentence_no <= LIST_MEMORY and
                               taxonomy.metric(o.metric).kind == "level"),
                              key=lambda o: (o.sentence_no, o.start), default=None) \
                    if pronoun.group(0)[:4].lower() == "the " else None
                # "the number hovered around 5,000": the count the text has been giving,
                # whatever people the sentence before named
                m.noun_class = counted.noun_class if counted is not None else \
                    named[0] if named else ""
            theirs = THEIR_NUMBER_BEFORE_RE.search(sentence, max(0, m.start - 50), m.start) \
                if not m.noun_class and not m.np_words and not before_unit else None
            if theirs:
                # "Detainees from Gaza ... are counted apart: HaMoked put their number at
                # 1,402": the people named before the possessive, in this sentence or the
                # one before it.
                m.noun_class = next(
                    (c for text in (sentence[: theirs.start()], *(discourse.previous[-1:]))
                     if (c := _people_named(AGENT_PHRASE_RE.sub(" ", text), taxonomy))), "")
            the_count = PRONOUN_LEVEL_RE.search(sentence, 0, m.start) \
                if not m.np_words and not before_unit else None
            last = max((o for o in discourse.recent if o.metric and
                        o.sentence_no == discourse.count - 1),
                       key=lambda o: o.start, default=None) \
                if the_count and the_count.group(0)[:4].lower() == "the " else None
            if last is None and not m.np_words and not before_unit and not m.noun_class and \
                    PUT_NUMBER_BEFORE_RE.search(sentence, max(0, m.start - 60), m.start) and \
                    not _people_named(sentence, taxonomy) and not _opens_vaguely(sentence):
                # "Q: And the overall number? A: The government puts the total at 101": the
                # count the last sentences gave (a question may stand between).
                last = max((o for o in discourse.by_value.values() if o.metric and
                            o.noun_class and discourse.count - o.sentence_no <= 4),
                           default=None, key=lambda o: (o.sentence_no, o.start))
            if last is not None and m.noun_class in ("", last.noun_class, "person"):
                # "officials had been saying around 1,400. On Friday a spokesman said the
                # number is now about 1,200": the count the sentence before gave, of
                # whatever kind, when no cue says otherwise
                m.noun_class = m.noun_class or last.noun_class
                restated[i] = last
            if not m.noun_class and not before_unit and not m.np_words:
                # "Of those still held, 11 are soldiers": what the verb says they are.
                said = _predicate_class(view, m.end, taxonomy)
                m.noun_class = said.name \
                    if said is not None and said.name not in GENERIC_CLASSES else ""
            if not m.noun_class and not before_unit and not m.np_words:
                # "HaMoked says 3,400 are held in administrative detention": a place of
                # holding that only one kind of people is held in names that kind
                m.noun_class = _state_class(sentence, m.end, taxonomy)
            if not m.noun_class and not before_unit:
                m.noun_class = fallback
            if not m.noun_class and not before_unit and not m.np_words and i == 0 and \
                    "person" in taxonomy.classes and \
                    TOLL_SUBJECT_RE.search(sentence, 0, m.start):
                # "Israel's own toll from October 7 went through a revision: initially put
                # at about 1,400": the toll the sentence opens with counts people.
                m.noun_class = "person"
            if not m.noun_class and not before_unit and \
                    BODIES_OF_RE.search(sentence, max(0, m.start - 30), m.start):
                # "The bodies of all three were returned": the dead of the people the
                # sentences before spoke of.
                m.noun_class = next((c for text in reversed(discourse.previous[-2:])
                                     for c in _classes_in(text, taxonomy)
                                     if not taxonomy.classes[c].days), "")
            if not m.noun_class and not before_unit and \
                    "person" in taxonomy.classes and CASUALTY_AFTER_RE.match(sentence, m.end):
                # "34,535 were killed in Gaza": only people are killed or wounded.
                m.noun_class = "person"
            if not m.noun_class and own_noun[1] and not before_unit:
                # "A further 97 people were injured" with nothing counted before: the
                # noun's own class
                m.np_words, m.noun_class = own_noun
            if labelled and m.noun_class:
                # "Returned alive: 168": the label's words describe the value.
                m.reach = min(m.reach, view.segment_span(labelled.start())[0])
            if m.noun_class:
                m.unit = taxonomy.classes[m.noun_class].unit
            elif before_unit:
                m.unit = before_unit
        # Cues of earlier sentences count only for a bare number or an anaphoric sentence
        # ("The total also includes ..."); their context always breaks ties.
        # A fragment ("Forty-two days.", the answer to the question before it) leans on
        # the sentences before it as a bare number does.
        # So does "20 of the hostages": the definite noun points back to them.
        # So does "Of the 1,904 prisoners on the list, ...": the definite whole a sentence
        # opens with is one named before.
        # ("the number of arrests ... has risen to 16,400" names what it counts.)
        elliptic = not m.np_words or \
            any(a < m.start and not (COUNT_WORD_END_RE.search(sentence, a, b) and
                                     OF_AFTER_RE.match(sentence, b))
                for a, b in view.hits("anaphora")) or \
            PRONOUN_SUBJECT_RE.match(sentence) is not None or \
            PRONOUN_AFTER_OPENER_RE.match(sentence) is not None or \
            len(tokens_of(sentence)) <= FRAGMENT_WORDS or bool(m.partitive) or \
            DEFINITE_WHOLE_RE.match(sentence, 0, m.start) is not None or \
            discourse.count - discourse.question_at == 1 or \
            verbless  # "Jan 25: 4 hostages; 200 prisoners": a line of a list leans on the last
        if elliptic and not m.np_words and any(
                o.np_words and not o.metric and o.noun_class == m.noun_class and
                not WHOLE_BEFORE_RE.search(sentence, max(0, o.start - 12), o.start)
                for o in mentions[:i]):
            # "cells built for six people hold 12 or more": the noun lent by a figure of
            # the sentence that counts nothing of the taxonomy brings no earlier cues
            # (a whole the parts are of does: "of 24,686 people identified, 7,797 were").
            elliptic = False
        if elliptic and verbless and bullet and discourse.previous and m.noun_class and \
                not taxonomy.classes[m.noun_class].days and \
                BULLET_RE.match(discourse.previous[-1]) and \
                len({o.metric for o in discourse.recent if o.metric}) > 1:
            # "- Nir Oz: 46 killed, and 76 abducted / - Sderot: about 50 residents": the
            # items before counted more than one thing; the nearest cue of the line before
            # says nothing of this one (see the lines leaning on the lines before, below).
            elliptic = False
        if elliptic and not m.np_words and _own_plain_verb(view, m):
            # "Of the 400 residents, fewer than 100 have come back to live here": the
            # figure's own verb is no cue; earlier cues say nothing of it.
            elliptic = False
        if elliptic and (m.np_words or own_noun[0]) and _own_object_plain(view, m):
            # "... handed over on the first day. She had seen only four other hostages":
            # a figure with its noun, the object of a verb of its own that is no cue;
            # earlier cues say nothing of it (a bare "it had passed 10,000" leans on them).
            elliptic = False
        if elliptic and not m.np_words and (BARE_SUBJECT_RE.match(sentence[: m.start]) or
                                            CLAUSE_BARE_SUBJECT_RE.search(sentence, 0, m.start)) \
                and _own_passive_plain(view, m):
            # "... all four were in stable condition. Two are expected to be discharged this
            # week": so does a passive of its own that is no cue.
            elliptic = False
        if elliptic and (verbless or not m.np_words) and _own_participle(view, m):
            # "• 1.9 million people displaced": a list line's own participle, no cue of
            # any metric, says what its figure counts; the lines before say nothing of it.
            elliptic = False
        if elliptic and not m.np_words and _own_verb_ruled_out(view, m, taxonomy):
            # "Seven were taken to hospital": the clause's own verb, ruled out for every
            # metric it could cue, says what the seven underwent; earlier cues say nothing.
            elliptic = False
        taken = {cue for key, cue in cue_of.items() if key != id(m)}
        inner = {c for name in _cue_names() for c in view.hits(name)
                 if m.end <= c[0] < m.np_end and
                 sentence[c[0] : c[1]].lower() in _describing_participles()}
        item_start, item_end = view.segment_span(m.start)
        # (or one before the list the figure is an item of, when the item has no verb:
        # "Each pause brought releases: ..., and all 20 remaining living hostages in the
        # third")
        no_item_verb = bool(inner) and ";" not in sentence[: m.start] and \
            FINITE_VERB_RE.search(sentence, m.np_end, item_end) is None
        semi_after = sentence.find(";", m.end)
        if semi_after > 0 and (SUBJECT_OPENING_RE.match(sentence, semi_after + 1) or
                               _opens_vaguely(sentence[semi_after + 1 : semi_after + 20])):
            # "About 30,000 Thais worked in Israeli agriculture before the war; thousands
            # left afterwards": a clause after a semicolon with a subject of its own says
            # nothing of the figure before it.
            taken |= {c for name in _cue_names() for c in view.hits(name) if c[0] > semi_after}
        outer = {c for name in _cue_names() for c in view.hits(name)
                 if (item_start <= c[0] or no_item_verb) and c[0] >= 0 and c[1] <= m.start
                 and c not in inner} if inner else set()
        if outer:
            # "Hamas releases all 20 remaining living hostages": the verb before the
            # figure says what befell them ("Each pause brought releases: ..., and all 20
            # remaining living hostages in the third": every item of its list);
            # "remaining" only describes them.
            taken = (taken | inner) - outer
        verb = FINITE_VERB_RE.search(sentence, m.np_end, view.phrase_end(m.np_end)) \
            if m.partitive else None
        if verb:
            # "41 of the hostages taken on October 7 were killed": the words between the
            # noun and the verb describe the whole set, not the 41.
            # ("Twenty-three of the abducted Thais were freed": so do the whole's own
            # words, when a cue follows the verb)
            own_words = any(verb.start() <= c[0] < view.phrase_end(verb.start())
                            for name in _cue_names() for c in view.hits(name))
            taken |= {c for name in _cue_names() for c in view.hits(name)
                      if m.np_end <= c[0] < verb.start() or
                      (own_words and m.end <= c[0] and c[1] <= m.np_end)}
        # "the remains of 12 of the 28 dead hostages had been returned": the verb after the
        # whole tells what happened to the part only; the whole is read up to its noun.
        whole = i > 0 and mentions[i - 1].end >= m.start - 26 and \
            WHOLE_OF_PART_RE.search(sentence, max(0, m.start - 30), m.start) is not None
        part = mentions[i - 1] if whole else None
        kind = "" if part is None else part.noun_class \
            if part.noun_class not in GENERIC_CLASSES else \
            taxonomy.metric(part.metric).unit if part.metric else ""
        if m.noun_class in GENERIC_CLASSES and kind in taxonomy.classes and \
                kind not in GENERIC_CLASSES:
            # "has handed over the remains of 26 of the 28 dead": a whole named by a word of
            # no kind is of its part's kind (the hostages whose remains were handed over)
            m.noun_class, m.unit = kind, taxonomy.classes[kind].unit
        part_verb = FINITE_VERB_RE.search(sentence, max(m.end, m.np_end),
                                          view.phrase_end(max(m.end, m.np_end))) \
            if whole else None
        whole_end = max(m.end, m.np_end)
        if whole and WHOLE_RELATIVE_RE.match(sentence, whole_end):
            # "15 of the 28 deceased hostages it was due to return": a relative clause
            # describes the whole; its verb is the whole's.
            part_verb, whole_end = None, view.phrase_end(whole_end)
        listed = NAMES_OF_RE.search(sentence[max(0, m.start - 40) : m.start]) is not None
        if listed:
            # "the list holds the names of 14,000 children": what the verb before holds is
            # the list; only words after the figure can say what it counts.
            cues = [c for name in _cue_names() for c in view.hits(name)]
            taken |= {c for c in cues if c[1] <= m.start}
            listed = not any(c[0] >= m.end for c in cues)
        if listed:
            m.metric = ""
        else:
            # "passed 40,005 on Thursday, with more than 92,000 wounded": the noun of
            # another figure is that figure's alone.
            # (and the participle after it when "with" opens it: "rose to 40,005, with
            # 92,401 people wounded")
            foreign = {c for name in _cue_names() for c in view.hits(name)
                       if any(o.start > m.start and o.np_words and
                              (o.end <= c[0] < o.np_end or
                               (o.np_end <= c[0] <= o.np_end + 1 and
                                WITH_FIGURE_BEFORE_RE.search(sentence, max(0, o.start - 30),
                                                             o.start)))
                              for o in mentions)} if not m.np_words else None
            # "4,000 Gazans had been detained ..., of whom some 1,500 had been released":
            # the verb of the part's relative clause is the part's alone.
            parts = [o for o in mentions[i + 1 :]
                     if PART_RELATIVE_BEFORE_RE.search(sentence, max(0, o.start - 30), o.start)]
            if parts:
                foreign = (foreign or set()) | {
                    c for name in _cue_names() for c in view.hits(name)
                    if any(o.start <= c[0] < view.segment_span(o.start)[1] for o in parts)}
            labelled_para = discourse.para_class[0] and span.start < discourse.para_class[1] \
                and m.noun_class == discourse.para_class[0] and not m.np_words
            # (a paragraph its label heads reads its cues from its own sentences only)
            m.metric = choose_metric(SentenceView(index, wide.base,
                                                  max(wide.lo, discourse.para_class[2]),
                                                  wide.hi)
                                     if labelled_para else wide,
                                     m.start, m.end, m.noun_class, taxonomy,
                                     cues_from=None if elliptic else 0, taken=taken,
                                     noun_at=m.noun_at or _own_noun(m),
                                     others=_next_clause(view, mentions, i), foreign=foreign,
                                     section=discourse.section, intro=discourse.list_intro,
                                     topic=frozenset(o.metric for o in discourse.last_counted()))
            if m.metric and view.hits(f"cue:{m.metric}", 0) and \
                    all(c in taken and any(o is not m and o.end <= c[0] <=
                                           max(o.end, o.np_end) + 1 for o in mentions)
                        for c in view.hits(f"cue:{m.metric}", 0)) and \
                    _own_participle(view, m):
                # "25,700 ... had been killed, more than 63,000 injured and about 1.7
                # million displaced": a figure with a participle of its own that is no cue
                # takes none the other figures took.
                m.metric = ""
            elif m.metric and not m.np_words and \
                    AND_FIGURE_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start) and \
                    not view.hits(f"cue:{m.metric}", m.end) and _own_participle(view, m):
                # "1,047 medical staff have been killed and 310 detained": a figure joined
                # to the one before with a participle of its own that is no cue; the verb
                # before the "and" is the other figure's.
                m.metric = ""
            object_of = OBJECT_VERB_BEFORE_RE.search(sentence, max(0, m.start - 40), m.start) \
                if m.metric else None
            joined_at = _join_end(sentence, m.start) if object_of else -1
            # (not a verb of counting: "..., while the U.N. counted 2,251")
            if object_of and 0 <= joined_at <= object_of.start() and \
                    object_of.group("verb").lower() not in _attribution_verbs() and \
                    not any(s <= object_of.start("verb") < e
                            for name in _cue_names() for s, e in view.hits(name)) and \
                    not any(c[0] >= joined_at for c in view.hits(f"cue:{m.metric}", 0)):
                # "... released 1,135 prisoners, while its forces arrested about 600": the
                # object of a verb of its own clause that is no cue; the clause before
                # the join says nothing of it
                m.metric = ""
            heading_label = LABEL_DASH_RE.match(sentence, m.end) \
                if i == 0 and not sentence[: m.start].strip(" \t\"'“‘*•-–—~≈") else None
            line_before = discourse.last_whole
            if heading_label and PARTS_INTRO_RE.match(sentence[heading_label.end() :]) and \
                    line_before is not None and \
                    line_before.sentence_no == discourse.count - 1:
                # "1,904: the most prisoners Israel could release. / 737: of those, ...": a
                # line's figure said to be of those the line before counted is a part of it
                m.metric, m.noun_class, m.unit, m.parent = (
                    line_before.metric, line_before.noun_class, line_before.unit, line_before)
            if m.metric:
                m.metric = _unplaced_follows_topic(wide, m, discourse, taxonomy)
            elif m.noun_class:
                m.metric = _event_named_before(wide, m, taxonomy)
            not_yet = NOT_YET_ENDED_RE.match(sentence, max(m.end, m.np_end))
            if not_yet:
                # "one of only two deceased hostages whose remains had not been returned":
                # an event denied leaves them in the state it would have ended.
                ended = [x.ends for x in taxonomy.metrics if x.kind == "events" and x.ends
                         and not_yet.group("verb").lower() in _metric_cues(taxonomy, x.id)
                         and m.noun_class in taxonomy.metric(x.ends).classes]
                m.metric = ended[0] if len(set(ended)) == 1 else m.metric
            ends = taxonomy.metric(m.metric).ends if m.metric else ""
            own_cues = view.hits(f"cue:{m.metric}", 0) if ends else []
            if own_cues and m.noun_class in taxonomy.metric(ends).classes and \
                    all(_unrealized().search(sentence, max(0, c[0] - 40), c[0]) for c in own_cues):
                # "The families called for the release of the 59 hostages": an event only
                # asked for leaves them in the state it would end
                m.metric = ends
            if i == 0 and m.metric and not m.np_words and OF_PRONOUN_OPENING_RE.match(sentence):
                # "120 hostages remain in Gaza. Of those, the army has confirmed the deaths
                # of 41": a state of the people counted before (deceased), not a toll.
                # (a metric of another kind of people: "Of those, 101 remain in Gaza" after
                # 250 abducted counts hostages held, not abducted)
                wholes = [o for o in discourse.last_counted(1) if o.metric and
                          taxonomy.metric(o.metric).unit != taxonomy.metric(m.metric).unit
                          and o.value > m.value and
                          any(g.id in STATE_SUBGROUPS and _refines(g, o.metric) and
                              g.words.search(sentence) for g in taxonomy.subgroups)]
                # (the event that put the people counted before in their state: "120
                # hostages remain in Gaza. Of those, 116 were abducted on 7 October": held)
                began = [o for o in discourse.last_counted(1) if o.value > m.value and
                         o.metric in taxonomy.metric(m.metric).begins]
                if wholes:
                    m.metric, m.parent = wholes[-1].metric, wholes[-1]
                elif began:
                    m.metric, m.parent, m.began_state = began[-1].metric, began[-1], True
            opening_end = view.phrase_end(m.end)
            opening_whole = DEFINITE_WHOLE_RE.match(sentence, 0, m.start) is not None and \
                any(o.start > opening_end for o in mentions)
            if opening_whole and m.metric and taxonomy.metric(m.metric).kind == "events":
                # "Of the roughly 400 residents of the kibbutz, 47 were killed": the verbs
                # after the opening phrase tell what happened to the parts, not the whole.
                m.metric = choose_metric(wide.sub(wide.lo - wide.base, opening_end),
                                         m.start, m.end, m.noun_class, taxonomy,
                                         cues_from=None if elliptic else 0, taken=taken,
                                         noun_at=m.noun_at or _own_noun(m),
                                         others=_next_clause(view, mentions, i))
            described = part_verb is not None and any(
                whole_end <= c[0] and c[1] <= part_verb.start()
                for x in taxonomy.metrics if x.kind == "events"
                for c in view.hits(f"cue:{x.id}"))
            if whole and m.metric and (taxonomy.metric(m.metric).kind == "events" or
                                       described):
                # (the whole's own participle says what happened to it: "120 of the 250
                # hostages taken on Oct. 7 are still being held": 250 were abducted)
                # A state said of the part holds for the whole ("20 of the 48 hostages are
                # still alive": 48 are held); an event does not, whether its verb comes
                # after ("12 of the 28 ... had been returned") or before ("handed over the
                # remains of 13 of the 28"): the whole is read from the part to its verb.
                m.metric = choose_metric(view.sub(mentions[i - 1].start, part_verb.start()
                                                  if part_verb else whole_end),
                                         m.start, m.end, m.noun_class, taxonomy,
                                         cues_from=None if elliptic else 0, taken=taken,
                                         noun_at=m.noun_at or _own_noun(m),
                                         others=_next_clause(view, mentions, i))
        if i == 0 and not m.np_words and discourse.asked_metric and \
                discourse.count - discourse.asked_at == 1 and \
                m.noun_class in taxonomy.metric(discourse.asked_metric).classes and \
                not sentence[: m.start].strip(" \"'“‘*•-"):
            # "How many Palestinians did Israel free on Monday? 1,968: 250 serving ... and
            # 1,718 held from Gaza without charge": a bare answer opening its line counts
            # what the question asked, whatever its breakdown's words say
            m.metric = discourse.asked_metric
        if not m.metric and m.noun_class in discourse.table_metrics and \
                discourse.count - discourse.table_at == 1 and TOTALS_OPENING_RE.match(sentence):
            # "Totals: 21 hostages and 766 prisoners." under a table: what its columns
            # counted, added up
            m.metric = discourse.table_metrics[m.noun_class]
        if FOLLOW_AFTER_RE.match(sentence, max(m.end, m.np_end)):
            # "Hamas is to free all 20 living hostages; the remains of the 28 dead are to
            # follow": the same event, for these, after the figure before (whatever
            # "dead" cued)
            before = [o for o in mentions[:i] if o.metric] or \
                [o for o in discourse.last_counted() if o.metric]
            kind = taxonomy.metric(before[-1].metric) if before else None
            if kind is not None and kind.kind == "events" and \
                    (m.noun_class in kind.classes or (
                        BODIES_OF_RE.search(sentence, max(0, m.start - 40), m.start) and
                        _allows(taxonomy, "deceased", kind.id))):
                m.metric, m.noun_class = kind.id, m.noun_class or before[-1].noun_class
        if not m.metric and discourse.head_metric and i == len(mentions) - 1 and \
                LABEL_LINE_RE.fullmatch(sentence, 0, m.start) and \
                m.noun_class in ("", *taxonomy.metric(discourse.head_metric[0]).classes) and \
                not any(view.hits(f"cue:{x.id}", 0) for x in taxonomy.metrics
                        if m.noun_class in x.classes or not m.noun_class) and \
                not view.hits(f"exclude:{discourse.head_metric[0]}", 0):
            # "Remanded: 3,283" under "Chart: Palestinians held by Israel, by category":
            # a label that names no event counts what the heading above it counts.
            m.metric = discourse.head_metric[0]
            m.noun_class = m.noun_class or discourse.head_metric[1]
        if not m.metric and i in restated and m.noun_class in \
                taxonomy.metric(restated[i].metric).classes:
            m.metric = restated[i].metric
        told = discourse.by_value.get(m.value) if m.value >= 100 else None
        if told is not None and told.metric and told.metric != m.metric and \
                m.noun_class in taxonomy.metric(told.metric).classes and \
                view.hits(f"cue:{told.metric}", 0) and \
                not (m.metric and view.hits(f"context:{m.metric}", 0)) and \
                not view.hits(f"exclude:{told.metric}", 0):
            # "It was revised down to about 1,200 [killed in Israel] ... We have corrected
            # the article to say about 1,200 people were killed": the same value, said of
            # the same event with nothing placing it anew, is the figure told before.
            m.metric = told.metric
        counted_level = (COUNT_LEVEL_BEFORE_RE.search(sentence, 0, m.start) or
                         NUMBERED_BEFORE_RE.search(sentence, max(0, m.start - 40), m.start)) \
            if not m.metric and m.noun_class and not m.np_words else None
        joined_at = _join_end(sentence, m.start) \
            if m.metric and m.noun_class and not m.np_words else -1
        clause_from = max(joined_at, view.segment_span(m.start)[0])
        if joined_at >= 0 and \
                not any(c[0] >= clause_from for c in view.hits(f"cue:{m.metric}", 0)):
            # "The deal freed about 1,800 ..., yet the total has stayed above 10,000": a
            # count's level in the figure's own clause, whatever a verb before it cued
            counted_level = COUNT_LEVEL_BEFORE_RE.search(sentence, clause_from, m.start)
        own_clause_level = bool(m.metric) and counted_level is not None
        if (not m.metric or not view.hits(f"cue:{m.metric}", 0)) and \
                m.noun_class and m.np_words and i + 1 < len(mentions) and \
                m.noun_class not in GENERIC_CLASSES and \
                WHOLE_OPENING_RE.fullmatch(sentence, 0, m.start) and \
                sentence[m.np_end : m.np_end + 1] == "," and \
                STATE_PART_RE.match(sentence, mentions[i + 1].end):
            # "Of the 101 hostages, Israel says around 35 are dead": a whole of a kind of
            # people, with no event said of it in its sentence (whatever the sentences
            # before said), whose part is said to be in a state
            counted_level = WHOLE_OPENING_RE.fullmatch(sentence, 0, m.start)
        # (not a count since a day: "the number of detainees since October 2023 has
        # exceeded 12,000" counts arrests)
        if counted_level and not SINCE_RE.search(counted_level.group(0)):
            # "The number of hostages stands at 53": a count of a kind of people, with no
            # event said of them, is the level of the one metric counting that kind
            levels = [x for x in taxonomy.metrics if x.kind == "level" and
                      x.unit == m.noun_class and m.noun_class in x.classes and
                      not _in_clause(view, m.start, view.hits(f"exclude:{x.id}"))]
            if own_clause_level:
                # (the count the text has been giving, when the class fits more than one)
                level_told = max((o for o in discourse.by_value.values() if o.metric and
                                  discourse.count - o.sentence_no <= LIST_MEMORY and
                                  taxonomy.metric(o.metric).kind == "level" and
                                  m.noun_class in taxonomy.metric(o.metric).classes),
                                 key=lambda o: (o.sentence_no, o.start), default=None)
                levels = [taxonomy.metric(level_told.metric)] if level_told is not None else []
            if len(levels) == 1:
                m.metric = levels[0].id
        if not m.metric and m.noun_class in ("", "person") and not m.np_words and \
                not m.number.unit_hint and COUNT_WAS_RE.search(sentence, 0, m.start):
            # "The ministry's own count for that period was 37,877": a count of nothing
            # named is of what the sentences before counted ("The figure usually cited now
            # is 1,139" after the toll of October 7).
            told = discourse.last_whole
            if told is not None and (not m.noun_class or
                                     m.noun_class in taxonomy.metric(told.metric).classes):
                m.metric, m.noun_class = told.metric, told.noun_class
        if m.metric and OF_PRONOUN_OPENING_RE.match(sentence) and \
                any(o.unit == "body" and not o.metric for o in discourse.last_counted()[-1:]):
            # "Israel is holding the bodies of at least 726 Palestinians ... Among them are
            # 86 who died in Israeli prisons and 67 children": parts of bodies are bodies
            m.metric, m.noun_class, m.unit = "", "", "body"
        if m.metric and i > 0 and OF_THEM_RE.match(sentence, m.end) and \
                not mentions[i - 1].metric and mentions[i - 1].noun_class == m.noun_class and \
                not _clause_cued(view, m) and \
                not _in_clause(view, m.start, view.hits(f"context:{m.metric}")):
            # "at least 63 prisoners had been martyred in occupation prisons ..., 40 of them
            # from Gaza": a part of a whole no metric counts is counted by none either
            # (unless its clause places it: "850 soldiers had been killed since October 7,
            # 2023, 405 of them in the ground operation in Gaza")
            m.metric = ""
        if m.metric and m.parent is not None and not m.parent.metric and m.parent.unit and \
                m.parent.noun_class not in taxonomy.classes and not _clause_cued(view, m):
            # "has carried out about 16,400 arrests ..., among them 510 women and about 1,300
            # children": the parts of a count of what no metric counts (arrests) are of it
            m.metric = ""
        if m.metric and NOT_A_RE.match(sentence, max(m.end, m.np_end)):
            m.metric = ""  # "one body is not a hostage"
        if m.metric and i == 0 and not m.np_words and OF_PRONOUN_OPENING_RE.match(sentence) \
                and not _clause_cued(view, m):
            # "At least 60 Palestinians have died in Israeli prisons ... Of those, 48 were
            # from Gaza": a part of a whole no metric counts is counted by none either
            whole = discourse.last_counted()
            if whole and not whole[-1].metric and whole[-1].noun_class and \
                    whole[-1].value >= m.value:
                m.metric = ""
        rest_of = _complemented_whole(m, discourse) \
            if i == 0 and OTHER_PART_OPENING_RE.fullmatch(sentence, 0, m.start) else None
        if rest_of is not None:
            # "Of those, 250 were serving life sentences. The other 1,718 were Gazans held
            # without charge": the rest of a whole just broken down is of the whole's kind,
            # whatever its own clause says of them.
            m.metric, m.noun_class, m.parent = rest_of.metric, rest_of.noun_class, rest_of
        if m.metric and ARREST_OF_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start):
            m.metric = ""  # "documented the arrest of 310 health workers": arrests, counted by none
        if m.metric and SOURCE_FIGURE_RE.search(sentence, max(0, m.start - 30), m.start):
            m.metric = ""  # "according to two soldiers who served there": the source
        if m.metric and m.noun_class == "person" and discourse.previous and \
                taxonomy.metric(m.metric).kind == "level" and \
                not view.hits(f"context:{m.metric}", 0):
            # "At least 36 detainees died at the base ... Today the base holds fewer than 100
            # people": people of no kind, where nothing places the level chosen, are of the
            # kind the sentence before named, when a level of that kind has a cue here
            # (not events: "five Thais released" after a sentence naming prisoners)
            for cls in _classes_in(discourse.previous[-1], taxonomy):
                if cls in GENERIC_CLASSES or taxonomy.classes[cls].days or \
                        cls in taxonomy.metric(m.metric).classes:
                    continue
                other = [x for x in taxonomy.metrics if x.kind == "level" and cls in x.classes
                         and x.id != m.metric and view.hits(f"cue:{x.id}", 0)]
                if len(other) == 1:
                    m.metric, m.noun_class = other[0].id, cls
                break
        if m.metric and m.np_words and singular(m.np_words[-1]) in EVENT_NOUNS and \
                m.np_words[-1].lower() not in _metric_cues(taxonomy, m.metric):
            # "54 deaths in custody, most of them detainees held in military camps": a noun
            # naming an event counts for a metric that word cues, never for another.
            m.metric = ""
        whole_after = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.metric and whole_after is not None and \
                REPEAT_OF_RE.search(sentence, max(m.end, whole_after.start - 20),
                                    whole_after.start) and \
                discourse.any_value.get(whole_after.value) is not None and \
                not discourse.any_value[whole_after.value].metric:
            # "interviews with 55 Palestinians ... Twelve of the 55 were under 18": a part
            # of a figure named before that counted no metric's people counts none either.
            m.metric = ""
        if m.metric and (SAMPLE_AFTER_RE.match(sentence, max(m.end, m.np_end)) or
                         SAMPLE_BEFORE_RE.search(sentence, max(0, m.start - 60), m.start) or
                         # "Of those interviewed, 42 said ...": parts of the sample
                         SAMPLE_OPENING_RE.match(sentence, 0, m.start) or
                         # "In affidavits ... from 96 children released last year, 75
                         # described ...": a bare part of a sample the sentence opened with
                         (i > 0 and not m.np_words and
                          SAMPLE_BEFORE_RE.search(sentence, max(0, mentions[i - 1].start - 60),
                                                  mentions[i - 1].start) and
                          "," in sentence[mentions[i - 1].end : m.start])):
            # "Of 100 released detainees interviewed by the group, 85 said ...": a survey's
            # sample, not a count of releases ("interviews with 55 Palestinians ...").
            m.metric = ""
        if m.metric and m.np_words and \
                m.np_words[-1].lower() in _population()[1] and \
                (_population()[0].search(sentence, max(0, m.start - 40), m.start) or
                 # "a quarter of Nir Oz's 400 residents": a named place's residents
                 (m.np_words[-1].lower() in ("residents", "inhabitants") and
                  PLACE_POSSESSIVE_RE.search(sentence, max(0, m.start - 40), m.start)) or
                 # "Of the roughly 400 people who lived here on October 7": those living
                 # somewhere
                 LIVED_RELATIVE_RE.match(sentence, m.np_end)):
            m.metric = ""  # "displaced most of the territory's 2.3 million people"
        after_noun = WORD_AFTER_RE.match(sentence, m.np_end) \
            if m.metric and m.np_words and \
            QUANTIFIER_OF_BEFORE_RE.search(sentence, max(0, m.start - 25), m.start) else None
        if after_noun:
            # "where many of the 1,718 Gaza detainees released on Monday had been held": the
            # verb after is the vague part's; the whole's own participle says what it is.
            own = [x.id for x in taxonomy.metrics if m.noun_class in x.classes and
                   any(s == after_noun.start(1) for s, _ in view.hits(f"cue:{x.id}"))]
            if len(own) == 1 and m.metric not in own:  # ("half of the 40,000 people killed")
                m.metric = own[0]
        if verbless and not m.metric and m.noun_class and not _own_participle(view, m):
            # "Feb 1: 3 hostages; 183 prisoners" under lines that said what happened: the
            # last figure of the same kind in the lines before says it for this one.
            alike = [o for o in discourse.recent if o.noun_class == m.noun_class and o.metric] \
                or [o for o in discourse.recent  # "- Women: 49 / - Children: 400": the next item
                    if o.sentence_no == discourse.count - 1 and o.metric and
                    o.listed_under is not None and
                    m.noun_class in taxonomy.metric(o.metric).classes]
            earlier = discourse.by_class.get(m.noun_class)
            remembered = not alike and earlier is not None and \
                discourse.count - earlier.sentence_no <= LIST_MEMORY
            if remembered:
                # "The total ... held ... stood at 10,400. ... 2. Categories / - Women: 49":
                # a list under a heading breaks down the last figure whose metric counts
                # its kind, a few lines further back.
                alike = [earlier]
            if len(alike) > 2:
                # "- Kfar Aza: 64 residents / - Nir Oz: 46 killed, and 76 abducted / -
                # Sderot: about 50 residents": what most of the lines before counted (the
                # latest of them on a tie)
                votes = collections.Counter(o.metric for o in alike)
                alike = [max(reversed(alike), key=lambda o: votes[o.metric])]
            if alike and not view.hits(f"exclude:{alike[-1].metric}", 0) and \
                    not view.hits(f"exclude_in_sentence:{alike[-1].metric}", 0):
                m.metric = alike[-1].metric  # (unless the line rules it out: "10,000 missing")
                if remembered and earlier is not None and earlier.value > m.value:
                    m.parent = m.listed_under = earlier  # a part of it, of its date
                elif alike[-1].listed_under is not None and \
                        alike[-1].listed_under.value > m.value:
                    # the next item of the same breakdown
                    m.parent = m.listed_under = alike[-1].listed_under
        if m.share_of and not m.metric:
            # "Children under 18 make up 15,613 of the names. Women account for 8,304": the
            # next share of the breakdown the sentence before began counts what it counted.
            begun = [o for o in discourse.recent if o.share_of and o.metric and
                     o.sentence_no == discourse.count - 1 and
                     m.noun_class in taxonomy.metric(o.metric).classes]
            if begun and not view.hits(f"exclude:{begun[-1].metric}", 0):
                m.metric = begun[-1].metric
        if partitive is not None and not partitive.metric and partitive.noun_class and \
                m.metric and partitive.start < m.start:
            # "Of 100 released detainees interviewed, 85 said ...": a part of a whole that
            # counts nothing of the taxonomy counts nothing either, unless its own clause
            # says what happened to it.
            seg_start, seg_end = view.segment_span(m.start)
            m.metric = choose_metric(view.sub(seg_start, seg_end), m.start, m.end,
                                     m.noun_class, taxonomy)
        if partitive is not None and partitive.metric:
            seg_start, seg_end = view.segment_span(m.start)
            own = choose_metric(view.sub(seg_start, seg_end), m.start, m.end, m.noun_class,
                                taxonomy)
            # "Of the Palestinians released, ... 333 were detainees from Gaza held without
            # charge": a predicate noun says what the part were; its words are no event.
            named = _predicate_class(view, m.end, taxonomy) if not m.np_words else None
            said = named is not None and named.name not in GENERIC_CLASSES
            # ("more than 60 of the 1,027 freed in 2011 were later re-arrested": what
            # vetoes the whole's metric in the part's own clause)
            vetoed = any(seg_start <= s < seg_end
                         for s, _ in view.hits(f"exclude:{partitive.metric}"))
            if (not own or own == partitive.metric or said) and not vetoed:
                # "Of the 1,027, about 280 were serving life sentences"; a part counted
                # the same way as the whole shares the whole's date.
                m.metric, m.parent = partitive.metric, partitive
        if m.noun_class and not m.np_words and \
                _continuation().fullmatch(sentence[: m.start].lstrip(" \"'“‘")):
            # "3,577 were held in administrative detention. A further 2,662 were classified
            # as unlawful combatants": the sentence goes on with what the one before counted
            # (and, as a part of the same whole, shares the whole's date).
            sibling = _last_figure(discourse, m.noun_class, taxonomy)
            if sibling is not None and m.metric in ("", sibling.metric):
                m.metric, m.parent = sibling.metric, m.parent or sibling.parent
        if not m.metric and not m.np_words and \
                COMPARED_COUNT_RE.search(sentence, max(0, m.start - 60), m.start):
            # "The media office gives a higher total, 61,700": another count of what the
            # last count counted.
            compared = max((o for o in discourse.by_value.values()
                            if discourse.count - o.sentence_no <= 4),
                           key=lambda o: (o.sentence_no, o.start), default=None)
            if compared is not None:
                m.metric, m.noun_class = compared.metric, compared.noun_class
                m.unit = m.unit or compared.unit
        if not m.metric and not m.np_words and i == 0 and \
                (BARE_SUBJECT_RE.match(sentence[: m.start]) or
                 ACCORDING_OPENING_RE.match(sentence[: m.start])):
            # "Most of the 95 are women and teenagers. According to the list, 69 are
            # women": a bare part whose predicate names a subgroup breaks down the figure
            # the sentence before counted (or named again).
            whole = _subgroup_whole(view, m, taxonomy, discourse)
            if whole is not None:
                m.metric, m.parent = whole.metric, whole
                m.noun_class = m.noun_class or whole.noun_class
        if not m.metric and i == 0 and _span_opening(sentence, mentions):
            # "The truce of November 2023 set a rate ... Over its seven days, 105 hostages
            # came out": "its" is the event the sentence before named ("Over seven days,"
            # is no "more than seven").
            m.metric = choose_metric(wide, m.start, m.end, m.noun_class, taxonomy)
            set_qualifier(m, "exact")
        if m.metric and m.noun_class and taxonomy.classes[m.noun_class].days and (
                NOT_A_LENGTH_RE.match(sentence, m.np_end) or
                STAY_BEFORE_RE.search(sentence, max(0, m.start - 50), m.start)):
            # "two weeks after that phase expired", "50 days in captivity", "a woman freed
            # after 471 days": an offset or a stay, not how long a truce lasted.
            m.metric = ""
        if not m.metric and not m.noun_class and m.np_words and \
                singular(m.np_words[-1]) in BODY_NOUNS:
            # "Hamas has returned 25 bodies since the ceasefire began": bodies handed over
            # by the agent of a metric that counts the dead are its dead.
            agented = _agent_metric(view, m.start, m.end, taxonomy)
            if agented and _allows(taxonomy, "deceased", agented) and \
                    taxonomy.metric(agented).unit in taxonomy.classes:
                m.metric, m.noun_class = agented, taxonomy.metric(agented).unit
        if m.metric and (BODIES_OF_RE.search(sentence, max(0, m.start - 40), m.start) or
                         (m.np_words and singular(m.np_words[-1]) in BODY_NOUNS) or
                         # (a bare total of a rate of bodies: "the bodies of 15 Palestinians
                         # for each hostage returned, 375 in total")
                         (not m.np_words and any(
                             o.ratio and BODIES_OF_RE.search(sentence, max(0, o.start - 40),
                                                             o.start) for o in mentions[:i])) or
                         # ("300 bodies ..., only 89 of them identified": a part of bodies)
                         # (past a rate: "the bodies of 195 ..., 15 for each Israeli, ...
                         # only 57 of them")
                         (not m.np_words and OF_THEM_RE.match(sentence, m.end) and
                          next((o.unit == "body" or BODIES_OF_RE.search(
                                    sentence, max(0, o.start - 40), o.start) is not None
                                for o in reversed(mentions[:i]) if not o.ratio), False))) \
                and not _allows(taxonomy, "deceased", m.metric):
            # "the bodies of 345 Palestinians were handed back": the dead are not prisoners
            # released; what is counted is bodies.
            m.metric, m.noun_class, m.unit = "", "", "body"
        if m.metric:
            seg_end = view.segment_span(m.start)[1]
            if seg_end < m.np_end:
                # "— 117: hostages who have come back alive": a label's noun, past its colon
                seg_end = view.segment_span(m.np_end - 1)[1]
            if RELATIVE_AFTER_RE.match(view.text, max(m.end, m.np_end)):
                # "The 35 who are believed to be dead": the relative clause describes them.
                seg_end = view.segment_span(seg_end + 1)[1]
            after = AFTER_CAUSE_RE.match(sentence, max(m.end, m.np_end))
            if after:
                seg_end = min(seg_end, after.start())  # (its cause says nothing of what)
            window = (min(m.np_end, m.reach), min(seg_end, _next_start(mentions, i)))
            m.subgroup = choose_subgroup(view, m, taxonomy, window)
            same_count = [o for o in discourse.recent
                          if o.sentence_no == discourse.count - 1 and o.metric == m.metric
                          and o.subgroup in STATE_SUBGROUPS] \
                if not m.subgroup and not m.np_words and \
                COUNT_CHANGED_RE.search(sentence, 0, m.start) else []
            if same_count:
                # "the 15 hostages whose remains were still in Gaza ... the number has
                # fallen to 13": the count named before, changed, is of the same kind.
                m.subgroup = same_count[-1].subgroup
            if not m.subgroup and i not in restated and not m.np_words and \
                    PUT_NUMBER_BEFORE_RE.search(sentence, max(0, m.start - 60), m.start):
                # "... between 50 and 60 living captives. Sources put the number lower, at
                # perhaps 40": the count the sentence before gave, said again
                # (or the one its own sentence gave, not a whole of a part: "no more than 24
                # of the 59 remaining captives were living; some put the figure at under 20")
                said = [o for o in mentions[:i] if o.metric == m.metric and
                        not REPEAT_OF_RE.search(sentence, max(0, o.start - 15), o.start)] or \
                    [o for o in discourse.recent if o.sentence_no == discourse.count - 1
                     and o.metric == m.metric]
                if said:
                    restated[i] = said[-1]
            if not m.subgroup and i in restated and restated[i].metric == m.metric and \
                    restated[i].subgroup and not m.np_words:
                # "between 50 and 60 living captives. ... put the number lower, at perhaps
                # 40": the count said again is of the kind it was.
                m.subgroup = restated[i].subgroup
            if not m.subgroup and not m.np_words and _allows(taxonomy, "deceased", m.metric) and \
                    LEAVING_BEFORE_RE.search(sentence, max(0, m.start - 20), m.start) and \
                    any(o.subgroup == "deceased" and o.value > m.value and
                        _bodies_counted(o, sentence, discourse)
                        # (over a line of names and ages: "Among them was X, 23. The
                        # other five were ...")
                        for o in [*(o for o in discourse.recent if not o.age and
                                    discourse.count - o.sentence_no <= CONTEXT_SENTENCES),
                                  *mentions[:i]]):
                # "Hamas held the remains of 28 hostages. It has returned 19 of them,
                # leaving nine": what is left of the remains counted is dead (not of people
                # said to be dead: "The remaining four were held before the war: two
                # civilians ... and the bodies of two soldiers").
                m.subgroup = "deceased"
            further = mentions[i - 1] if i > 0 and not m.subgroup and not m.np_words and \
                FURTHER_BEFORE_RE.search(sentence, max(0, m.start - 30), m.start) else None
            if further is not None and further.metric == m.metric and \
                    further.subgroup in STATE_SUBGROUPS + ("alive",):
                # "23 were released alive in the November 2023 truce and a further five in
                # January 2025": more of the same kind, the clause's verb left out.
                m.subgroup = further.subgroup
            label = LABEL_VALUE_RE.search(sentence, 0, m.start) \
                if not m.subgroup and m.np_words else None
            if label:
                # "IDF losses in the Gaza ground operation: 346 killed": the label's words
                # say whom the figure counts, as they do for a bare value.
                named = [g.id for g in taxonomy.subgroups if _refines(g, m.metric) and
                         g.words.search(sentence, label.start(), m.start)]
                m.subgroup = named[0] if len(named) == 1 else ""
            group = GROUP_OPENING_RE.match(sentence[: m.start]) if not m.subgroup else None
            if group:
                # "Among the hostages believed to be alive are 19 men": the group the
                # sentence opens with is of a kind the figure is of too.
                named = [g.id for g in taxonomy.subgroups if _refines(g, m.metric) and
                         g.words.search(group.group("np"))]
                m.subgroup = named[0] if len(named) == 1 else ""
            heads = [o for o in discourse.list_head if o.metric == m.metric and
                     o.subgroup and o.value > m.value] if bullet and not m.subgroup else []
            if heads:
                # "Returned alive: 168 / - in the November 2023 truce: 105": a bulleted
                # item under a line that counted is of that line's kind.
                m.subgroup = heads[-1].subgroup
            if not m.subgroup and not m.np_words and discourse.previous and \
                    discourse.count - discourse.question_at == 1 and \
                    not WHOLE_BEFORE_RE.search(sentence, max(0, m.start - 12), m.start):
                # "When did the last living hostages come out? On October 13, when Hamas
                # released the final 20": the question names what the answer's figure is
                # (not the whole an answer's part is of: "half of the 100 still in Gaza").
                asked = [g.id for g in taxonomy.subgroups if _refines(g, m.metric) and
                         g.words.search(discourse.previous[-1])]
                m.subgroup = asked[0] if len(asked) == 1 else ""
    if not bullet:
        discourse.list_head = [m for m in mentions if m.metric]
        discourse.list_parts = sentence.rstrip().endswith(":")
    _other_side(view, mentions, taxonomy)
    _along_with(view, mentions, taxonomy)
    _traded_pair(view, mentions, taxonomy, discourse)
    for m in mentions:
        ended = taxonomy.metric(m.metric).ends if m.metric else ""
        if ended and ALL_BUT_RE.search(sentence, max(0, m.start - 12), m.start):
            # "the remains of all but three of the 28 have been returned": the three are
            # the ones the event has not reached, still in the level it ends.
            m.metric, m.parent = ended, None
            whole = next((w for w in mentions if w.start > m.end and
                          PART_WHOLE_GAP_RE.fullmatch(sentence, m.end, w.start)), None)
            if whole is not None and whole.metric and \
                    taxonomy.metric(whole.metric).unit != taxonomy.metric(ended).unit:
                # "the bodies of all but two of the 28 dead had been returned": the whole
                # counts the same kind of people, however its noun reads.
                whole.metric = ended
                whole.subgroup = choose_subgroup(view, whole, taxonomy,
                                                 (whole.start, view.phrase_end(whole.end)))
        if ended and LEVEL_MOVE_BEFORE_RE.search(sentence, max(0, m.start - 40), m.start):
            # "brought the total down to around 9,100", "the count was back at 10,400": a
            # count of an event only grows, so what falls or comes back is the level the
            # event ends.
            m.metric = ended
            m.subgroup = m.subgroup if _allows(taxonomy, m.subgroup, ended) else ""
        yet = STILL_TO_BE_RE.match(sentence, max(m.end, m.np_end)) if ended else None
        if yet and any(s == yet.end() for s, _ in view.hits(f"cue:{m.metric}")):
            # "with 24 more still to be returned", "12 are yet to be freed": the event has
            # not reached them, so they are still in the level it ends.
            m.metric = ended
    _part_out_of_whole(view, mentions, taxonomy)
    _change_pairs(view, mentions)
    for m in mentions:
        whole = m.parent
        if whole is not None and m.metric == whole.metric and not m.subgroup and \
                whole.subgroup in (*NOUN_SUBGROUPS, *STATE_SUBGROUPS):
            # "more than 350 Palestinian children ... Of those, at least 95 were held
            # without charge": a part of a group of children is children too; so is a
            # part of the dead ("the bodies of three hostages: two Israelis and a Thai").
            m.subgroup = whole.subgroup
    previous: Mention | None = None
    for m in mentions:
        if m.metric and _bodies_of_the_living(sentence, m, taxonomy):
            # "brings to 195 the number of bodies returned to Gaza" after bodies of
            # Palestinians: the dead of a metric that counts no dead are counted by none
            m.metric, m.subgroup = "", ""
        if m.metric and EARLIER_VERSION_RE.search(sentence, 0, m.start):
            # "An earlier version of this article said 250 people were abducted": a figure
            # the text withdraws counts nothing (the row stays, with its quote)
            m.metric, m.subgroup = "", ""
        finish_units(m, taxonomy)
        if m.repeat:
            # "The health ministry's toll, 45,028 as of Monday, ...": a figure named again
            # with the date it stands at takes that date
            stands = AS_OF_OPENING_RE.match(sentence, max(m.end, m.np_end))
            m.as_of = next((d.as_of for d in view.dates if stands and d.as_of and
                            d.start == stands.end() and not d.span_start), m.as_of)
            continue
        own_date = choose_as_of(view, m, published, mentions, discourse)
        if own_date == published and discourse.as_of_opening and \
                not any(d.as_of for d in view.dates) and \
                PLUPERFECT_RE.match(sentence, max(m.end, m.np_end)):
            # "As of 15 January 2025, over 46,700 had been killed. More than 110,000 had
            # been injured.": the same point in time
            own_date = discourse.as_of_opening
        opened = [d for d in view.dates if d.as_of and d.span_start and mentions and
                  d.end <= view.phrase_end(mentions[0].start)] \
            if own_date == published and _span_opening(sentence, mentions) else []
        if opened:
            # "In the six weeks from January 2025, about 1,800 were freed": a span of known
            # length, and what it brought, are dated by its start, as a deal's batches are.
            own_date = opened[0].as_of
        elif own_date == published and m.metric and mentions and \
                taxonomy.metric(m.metric).kind == "events" and \
                DURING_EVENT_OPENING_RE.match(sentence) and \
                next((d.span_start for d in view.dates
                      if d.as_of and d.end <= mentions[0].start), False):
            # "During the first phase of the ceasefire, which ran from mid-January to the
            # beginning of March, 33 hostages were handed over": the event's span, opening
            # the sentence, dates what it brought by its start.
            own_date = next(d.as_of for d in view.dates
                            if d.as_of and d.span_start and d.end <= mentions[0].start)
        elif own_date == published and _span_opening(sentence, mentions) \
                and discourse.last_date_at == discourse.count and \
                not any(d.as_of for d in view.dates):
            # "Over its seven days, 105 hostages came out": within the event the sentence
            # before dated.
            own_date = discourse.last_date
        whole_date = _whole_date(view, mentions, m, taxonomy) or \
            (_breakdown_date(view, m, taxonomy, discourse) or _further_date(view, m, discourse)
             if own_date == published else "")
        if whole_date:
            own_date = whole_date
        heads = [o for o in discourse.list_head if o.metric == m.metric and
                 o.value > m.value and o.as_of != published] \
            if bullet and discourse.list_parts and m.metric and own_date == published and \
            not view.dated() else []
        if heads:
            # "As of July 1, the service held 10,062 ... Of these:\n* 2,893 were serving
            # sentences": an item with no date of its own is of its head's.
            own_date = heads[-1].as_of
        # A figure that refines another shares its date unless its own clause names one;
        # so does one coordinated with a dated figure ("killed on 7 October 2023, and 36
        # were taken hostage").
        other_time = BEFORE_THAT_RE.search(view.text, m.end, view.phrase_end(m.end))
        # (a whole of an earlier sentence lends no date over the statement date of this
        # one: "... held 10,000. The society said in its count, from early January, that
        # 59 children were among those held")
        if m.parent is not None and m.parent.as_of and not other_time and \
                not (m.parent.sentence_no < discourse.count and own_date != published and
                     _statement_date(view, view.segment(m.start)) is not None) and (
                own_date == published or m.began_state or
                not any(d.as_of and view.segment(d.start) == view.segment(m.start)
                        for d in view.dates)):
            own_date = m.parent.as_of
        elif previous is not None and own_date == published and previous.metric and \
                previous.as_of != published and \
                (COORDINATION_RE.search(view.text[previous.end : m.start]) or
                 # "three women on January 19 in return for 90 prisoners": one exchange
                 EXCHANGE_FOR_RE.search(view.text, previous.end, m.start) or
                 # "In 2011 we released 1,027 prisoners for one soldier"
                 PAIR_FOR_RE.fullmatch(view.text, max(previous.end, previous.np_end),
                                       m.start)) and \
                not _in_present(view, m) and not other_time and \
                not PERFECT_AFTER_RE.match(view.text, max(m.end, m.np_end)):
            # (not a count to date: "105 were freed in November and seven have been
            # rescued alive")
            own_date = previous.as_of
        if m.parent is not None and own_date == m.parent.as_of:
            # "250 children, up from about 150 a year earlier": the earlier figure's date.
            own_date = _earlier_date(view.text, m.end, own_date)
        m.as_of = own_date
        day_event = next((x for x in taxonomy.metrics if x.event_day == own_date), None) \
            if m.metric and own_date else None
        # (the same word cueing both metrics in the figure's clause: "killed", not the
        # "abducted" of a figure beside it)
        shared = day_event is not None and day_event.id != m.metric and \
            _in_clause(view, m.start, [c for c in view.hits(f"cue:{day_event.id}", 0)
                                       if c in view.hits(f"cue:{m.metric}", 0)])
        # (a place after the next figure is that figure's: "... were killed that morning
        # and 76 were abducted to Gaza")
        next_at = min((o.start for o in mentions if o.start > m.end), default=len(sentence))
        if shared and day_event is not None and m.noun_class in day_event.classes and \
                not _in_clause(view, m.start, [h for h in view.hits(f"context:{m.metric}")
                                               if h[0] < next_at]) and \
                any(s < 0 for s, _ in wide.hits(f"context:{day_event.id}")):
            # "... lived here in Nir Oz on October 7, 2023 ... Forty-seven residents were
            # killed that morning": deaths of that day, placed in Israel by the sentences
            # before and in Gaza by nothing in their clause, are the attack's
            m.metric = day_event.id
        not_before = taxonomy.metric(m.metric).not_before if m.metric else ""
        if not_before and own_date and own_date < not_before[: len(own_date)]:
            m.metric, m.subgroup = "", ""  # dated before the metric's event began
        if m.metric:
            previous = m
    if "respectively" in sentence:
        _respectively(view, mentions, taxonomy)
    for i, m in enumerate(mentions):
        total = next((o for o in mentions[i + 1 :]
                      if RESULT_CLAUSE_RE.search(view.text, m.end, o.start)), None)
        if m.metric and not m.np_words and total is not None and \
                total.metric != m.metric and (total.metric or total.unit) and \
                NUMBER_OF_RE.search(view.text, m.end, total.start):
            # "the association counted more than 650 in October, bringing the number of
            # arrests there to over 20,500"; "Israel freed 183 on Saturday, bringing the
            # number of prisoners freed to 1,000": a bare figure counts what the total it
            # grew counts (something outside the taxonomy, or people of another metric).
            m.metric, m.noun_class, m.unit = total.metric, total.noun_class, total.unit
            m.subgroup = ""
    for i, m in enumerate(mentions):
        if m.metric and not m.subgroup and m.noun_class in GENERIC_CLASSES and \
                RESULT_CLAUSE_RE.search(view.text, 0, m.start):
            # "two more soldiers were killed, bringing its toll in the ground campaign to
            # 369": the total counts what the event it grew by counted.
            prior = [o for o in mentions[:i] if o.metric == m.metric and o.subgroup and
                     o.parent is None]
            if prior:
                m.subgroup = prior[-1].subgroup
    for a, b in itertools.pairwise(mentions):
        if a.partitive and a.metric and a.metric == b.metric and a.end <= b.start < a.np_end \
                and a.as_of == published and b.as_of != published and not a.repeat and \
                (verb := FINITE_VERB_RE.search(view.text, a.np_end)) is not None and \
                not any(d.as_of and d.start >= verb.start() for d in view.dates):
            # "47 of the 1,400 Gazans held at the end of February were minors": a part of a
            # whole its own noun phrase dates is of that date.
            a.as_of = b.as_of
        # "militants killed 1,200 people and took 240 hostages in a raid on Oct. 7": the
        # date closing two coordinated events is the first one's too.
        if a.metric and b.metric and a.as_of == published and b.as_of != published and \
                not a.repeat and a.parent is None and \
                COORDINATED_EVENT_RE.match(view.text, max(a.end, a.np_end), b.start) and \
                taxonomy.metric(a.metric).kind == "events" and \
                taxonomy.metric(b.metric).kind == "events" and \
                not any(a.end <= d.start < b.start for d in view.dates):
            a.as_of = b.as_of
        elif a.metric == b.metric and a.as_of == published and b.as_of != published and \
                a.np_words and b.np_words and not a.repeat and a.parent is None and \
                b.parent is None and \
                COORDINATED_SUBJECT_RE.fullmatch(view.text, max(a.end, a.np_end), b.start) and \
                any(d.start >= max(b.end, b.np_end) and d.as_of == b.as_of
                    for d in view.dates):
            # "250 prisoners serving long sentences and 1,718 Gaza detainees were freed on
            # Oct. 13": subjects sharing a predicate share its date.
            a.as_of = b.as_of
        between = [d for d in view.dates if a.end <= d.start < b.start and d.as_of and
                   not d.span_start]
        if a.metric and b.metric and len(between) == 1 and \
                not any(d.start >= b.end for d in view.dates) and \
                EXCHANGE_PHRASE_RE.search(view.text, between[0].end, b.start):
            # "95 prisoners due to be released on Sunday in exchange for the first three
            # hostages": the exchange's day is both sides'.
            a.as_of = b.as_of = between[0].as_of
    _parts_adding_up(view, mentions, discourse, taxonomy)
    _whole_of_listed_parts(view, mentions)
    _total_of_parts_before(view, mentions, discourse, taxonomy)
    said = [d for d in view.dates if d.as_of and not d.span_start and
            any(view.segment_span(d.start)[0] <= v < view.segment_span(d.start)[1]
                for v, _ in view.hits("attr_verbs"))]
    if said:
        discourse.stated, discourse.stated_at = said[0].as_of, discourse.count
        seg_start, seg_end = view.segment_span(said[0].start)
        discourse.stated_by = view.text[seg_start:seg_end].lower()
    _note_days(view, dates, taxonomy, discourse)
    if "[" in sentence:
        for mark in FOOTNOTE_RE.finditer(sentence, note.end() if note else 0):
            before = [m for m in mentions if m.end <= mark.start() and m.metric]
            if before:
                discourse.footnotes[mark.group(1)] = before[-1]
    discourse.push(sentence, mentions, dates, span.start)
    if members:
        mentions = sorted(mentions + members, key=lambda m: m.start)
    return mentions


def _respectively(view: SentenceView, mentions: list[Mention], taxonomy: Taxonomy) -> None:
    """"43,391 and 102,347 people had been killed and wounded, respectively": the figures
    of a list take the metrics of the cues listed after them, in order."""
    for mark in RESPECTIVELY_RE.finditer(view.text):
        before = [m for m in mentions if m.end <= mark.start()]
        items: list[Mention] = []
        for m in reversed(before):
            if items and not LIST_GAP_RE.fullmatch(view.text, m.end, items[0].start):
                break
            items.insert(0, m)
        if len(items) < 2:
            continue
        cls = items[-1].noun_class
        # The cue words listed before "respectively", in order ("killed and wounded" is
        # one cue of the two counted together: its words are the list's).
        words = [w.group(0).lower() for w in WORD_RE.finditer(view.text, items[-1].end,
                                                               mark.start())]
        fitting = [metric for metric in taxonomy.metrics if cls in metric.classes]
        listed = [[metric for metric in fitting if word in metric.cues] for word in words]
        listed = [metrics for metrics in listed if metrics]
        if len(listed) != len(items):
            continue
        for m, metrics in zip(items, listed, strict=True):
            # of the metrics a word cues, the one whose places the sentence names
            placed = [metric for metric in metrics if view.hits(f"context:{metric.id}", 0)]
            m.metric = (placed or metrics)[0].id
            m.noun_class = m.noun_class or cls
            m.unit = m.unit or taxonomy.classes[cls].unit


def _note_days(view: SentenceView, dates: list[DateMention], taxonomy: Taxonomy,
               discourse: Discourse) -> None:
    """Remember the one day a sentence names for each metric it cues, for "that day"."""
    days = {d.as_of for d in dates if len(d.as_of) == 10 and not d.span_start}
    if len(days) == 1:
        day = days.pop()
        for metric in taxonomy.metrics:
            if view.hits(f"cue:{metric.id}", 0):
                discourse.day_by_metric[metric.id] = day


TABLE_RULE_RE = re.compile(r"[\s|:=+\-–—]+")


def _table_cells(sentence: str) -> list[tuple[int, int]]:
    """The cells of a table row ("Nov 24 | 24 | 39", tab-separated alike), or []."""
    if "|" not in sentence and "\t" not in sentence and "   " not in sentence.strip():
        return []
    cells, start = [], 0
    for sep in TABLE_SEP_RE.finditer(sentence):
        cells.append((start, sep.start()))
        start = sep.end()
    cells.append((start, len(sentence)))
    return cells if len(cells) >= 2 else []


def _dated_header(index: TextIndex, table: tuple[int, list[tuple[int, int]]]) -> bool:
    """True when every cell of a table's header row names a date."""
    base, header = table
    return all(any(base + a <= d.start < base + b and d.as_of for d in index.dates)
               for a, b in header)


def _table_row(index: TextIndex, view: SentenceView, sentence: str, numbers: list[Number],
               cells: list[tuple[int, int]], published: str, taxonomy: Taxonomy,
               discourse: Discourse) -> list[Mention]:
    """The figures of a table row: each counts what its column's header names, at the date
    the row's label gives ("Nov 24 | 24 | 39" under "Date | Hostages freed | Prisoners
    freed")."""
    assert discourse.table is not None
    base, header = discourse.table
    row_date = next((d.as_of for d in view.dates if d.as_of), "") or discourse.table_date
    label = sentence[cells[0][0] : cells[0][1]]
    mentions = merge_ranges(sentence, numbers)
    for m in mentions:
        m.sentence_no = discourse.count
        read_qualifier(sentence, m)
        column = next((k for k, (a, b) in enumerate(cells) if a <= m.start < max(b, a + 1)), -1)
        m.unit = m.number.unit_hint
        if column < 0 or m.number.unit_hint:
            m.as_of = published
            continue
        start, end = header[column]
        column_date = next((d.as_of for d in index.dates
                            if base + start <= d.start < base + end and d.as_of), "")
        if column_date:
            # (a column headed by a date: the row's label says what is counted)
            start, end, base_at = cells[0][0], cells[0][1], view.base
        else:
            base_at = base
        words = index.text[base_at + start : base_at + end]
        cls = class_in(words, taxonomy)[0]
        column_view = SentenceView(index, base_at, base_at + start, base_at + end)
        metric = choose_metric(column_view, start, end, cls or "person", taxonomy) or \
            _caption_metric(cls, discourse.table_caption, taxonomy)
        if metric:
            m.noun_class = cls or "person"
            m.metric = metric
            discourse.table_metrics[m.noun_class] = metric
            discourse.table_at = discourse.count
            # The column's words name a subgroup, or the row's label does ("Children").
            m.subgroup = next((sub.id for text in (words, label) for sub in taxonomy.subgroups
                               if _refines(sub, metric) and sub.words.search(text)), "")
        elif cls:
            m.noun_class = cls
        if m.noun_class:
            m.unit = taxonomy.classes[m.noun_class].unit
        finish_units(m, taxonomy)
        m.as_of = column_date or row_date or published
    return mentions


def _caption_metric(cls: str, caption: str, taxonomy: Taxonomy) -> str:
    """The one metric counting ``cls`` whose cue words the table's caption uses, or ""
    ("Below, each exchange ..." over a column headed only "Hostages")."""
    if not cls or not caption:
        return ""
    words = set(tokens_of(caption))
    fits = [metric.id for metric in taxonomy.metrics if cls in metric.classes and
            words & _metric_cues(taxonomy, metric.id)]
    return fits[0] if len(fits) == 1 else ""


def _antecedent_by_verb(sentence: str, m: Mention, discourse: Discourse,
                        taxonomy: Taxonomy) -> Mention | None:
    """"110 Palestinians freed by Israel, in return for 3 hostages released ... Thirty of
    those freed were minors": the figure of the sentences before whose noun the same
    participle followed; failing that, the first figure of the last sentence with one
    whose metric that participle is a cue of ("Israel released 183 prisoners, hours after
    Hamas handed over three hostages. Of those freed, 18 ...")."""
    those = THOSE_VERB_RE.match(sentence, m.end) or OPENING_THOSE_RE.match(sentence[: m.start])
    if not those:
        return None
    verb = those.group(1).lower()
    earlier = [o for o in discourse.recent if o.metric and o.parent is None
               and discourse.count - o.sentence_no <= len(discourse.previous)]
    for o in reversed(earlier):
        follows = NOUN_THEN_VERB_RE.match(discourse.previous[o.sentence_no - discourse.count],
                                          o.np_end)
        if follows and follows.group(1).lower() == verb:
            return o
    cued = [o for o in earlier if verb in _metric_cues(taxonomy, o.metric)]
    latest = [o for o in cued if o.sentence_no == cued[-1].sentence_no] if cued else []
    return latest[0] if latest else None


@lru_cache(maxsize=16)
def _metric_cues(taxonomy: Taxonomy, metric_id: str) -> frozenset[str]:
    return frozenset(c.lower() for c in taxonomy.metric(metric_id).cues)


def _named_whole(view: SentenceView, span: tuple[int, int], discourse: Discourse,
                 taxonomy: Taxonomy, part: float, any_people: bool = False) -> Mention | None:
    """"... killed in the attack to about 1,200. ... Of the dead, 859 were civilians": the
    latest figure of the sentences before whose metric has a cue in the opening phrase
    and that is no smaller than the ``part`` counted among it."""
    named = {name[4:] for name in _cue_names()
             if any(span[0] <= s < span[1] for s, _ in view.hits(name))}
    # "Most of the freed prisoners ...": the noun named must be one the figure's metric counts.
    cls = class_in(view.text[span[0] : span[1]], taxonomy)[0]
    # the sentences just before first, then wholes named a few sentences further back
    # ("369 prisoners ... The hostages were paraded ... Of the Palestinians released, ...")
    recent = [o for o in reversed(discourse.recent)
              if o.sentence_no >= discourse.count - CONTEXT_SENTENCES]
    further = sorted((o for o in discourse.by_value.values()
                      if discourse.count - LIST_MEMORY <= o.sentence_no <
                      discourse.count - CONTEXT_SENTENCES),
                     key=lambda o: (o.sentence_no, o.start), reverse=True)
    for o in [*recent, *further]:
        # "183 prisoners were freed after three hostages were handed over. Of those
        # released, 111 were ...": three cannot hold 111.
        if o.metric in named and (not cls or cls in taxonomy.metric(o.metric).classes or
                                  (any_people and cls in GENERIC_CLASSES)) and \
                (o.parent or o).value >= part:
            return o.parent or o  # the whole a refinement belongs to ("down from 1,400")
    return None


def _names_subgroup(taxonomy: Taxonomy, metric_id: str, words: str) -> bool:
    """True when ``words`` name a subgroup that may refine the metric ("dead")."""
    return any(_refines(s, metric_id) and s.words.fullmatch(words) for s in taxonomy.subgroups)


def _narrower_by_noun(m: Mention, whole: str, taxonomy: Taxonomy) -> str:
    """The metric of a part of ``whole`` whose own noun is the one cue of another metric of
    the same unit and places ("a figure of killed or wounded that includes 66,097 dead":
    the dead), else ``whole``."""
    if not m.np_words:
        return whole
    outer = taxonomy.metric(whole)
    noun = m.np_words[-1].lower()
    if noun in _metric_cues(taxonomy, whole):
        return whole
    fits = [x.id for x in taxonomy.metrics if x.id != whole and x.unit == outer.unit and
            x.kind == outer.kind and x.context == outer.context and
            noun in _metric_cues(taxonomy, x.id)]
    return fits[0] if len(fits) == 1 else whole


def _bodies_counted(o: Mention, sentence: str, discourse: Discourse) -> bool:
    """Does figure ``o`` (of this sentence or one before) count remains or bodies ("the
    remains of 28 hostages"), not people said to be dead ("34 of them are dead")?"""
    back = discourse.count - o.sentence_no
    text = sentence if back <= 0 else \
        discourse.previous[-back] if back <= len(discourse.previous) else ""
    return bool(text) and (BODIES_OF_RE.search(text, max(0, o.start - 40), o.start) is not None
                           or bool(o.np_words and singular(o.np_words[-1]) in BODY_NOUNS))


def _bodies_of_the_living(sentence: str, m: Mention, taxonomy: Taxonomy) -> bool:
    """True when ``m`` counts bodies (its noun, "the number of bodies", or "the bodies of")
    for a metric of people held or freed that has no dead among them (prisoners)."""
    metric = taxonomy.metric(m.metric)
    states = {x.id for x in taxonomy.metrics if x.ends} | \
        {x.ends for x in taxonomy.metrics if x.ends}
    if metric.id not in states or _allows(taxonomy, "deceased", metric.id):
        return False
    # (the head of its own noun, or of the noun read before it: "the number of bodies")
    nouns = m.np_words[-1:] + \
        (sentence[m.noun_at[0] : m.noun_at[1]].split()[-1:] if m.noun_at is not None else [])
    return any(singular(w.lower()) in BODY_NOUNS for w in nouns) or \
        BODIES_OF_RE.search(sentence, max(0, m.start - 30), m.start) is not None or \
        NUMBER_OF_BODIES_AFTER_RE.match(sentence, m.end) is not None


def _allows(taxonomy: Taxonomy, subgroup_id: str, metric_id: str) -> bool:
    """True when the subgroup may refine the metric."""
    return any(s.id == subgroup_id and _refines(s, metric_id) for s in taxonomy.subgroups)


def _refines(subgroup: Subgroup, metric_id: str) -> bool:
    """True when the subgroup may refine the metric (a subgroup naming no metrics refines
    all)."""
    return not subgroup.metrics or metric_id in subgroup.metrics


def _inverted_count_class(sentence: str, m: Mention, taxonomy: Taxonomy) -> str:
    """"That brought to 97 the number of hostages released": the class of the noun the
    count names after the number."""
    if not TO_BEFORE_RE.search(sentence, max(0, m.start - 25), m.start):
        return ""
    after = NUMBER_OF_AFTER_RE.match(sentence, m.end)
    if not after:
        return ""
    for word in WORD_RE.finditer(after.group("np")):
        cls = lookup_class([word.group(0)], taxonomy)
        if cls:
            at = after.start("np") + word.start()
            m.np_end, m.noun_at = after.end("np"), (at, at + len(word.group(0)))
            # "the number of hostages rescued alive": the noun's words describe the count.
            m.reach = min(m.reach, after.start("np"))
            return cls
    return ""


def _subgroup_whole(view: SentenceView, m: Mention, taxonomy: Taxonomy,
                    discourse: Discourse) -> Mention | None:
    """The whole a bare figure breaks down when the noun after its verb names a subgroup
    ("69 are women"): the last figure of the sentence before, or the one it named again."""
    cls = _predicate_class(view, m.end, taxonomy)
    if cls is None or not cls.subgroup:
        return None
    last = [o for o in discourse.recent if o.sentence_no == discourse.count - 1]
    if not last:
        return None
    whole = last[-1].parent or last[-1]
    if whole.metric and _allows(taxonomy, cls.subgroup, whole.metric) and \
            whole.value > m.value:
        return whole
    return None


def _last_figure(discourse: Discourse, noun_class: str, taxonomy: Taxonomy) -> Mention | None:
    """The last figure of the sentence before, when it has a metric open to ``noun_class``."""
    last = [o for o in discourse.recent if o.sentence_no == discourse.count - 1 and o.metric]
    if last and noun_class in taxonomy.metric(last[-1].metric).classes:
        return last[-1]
    return None


def _earlier_date(text: str, pos: int, as_of: str) -> str:
    """``as_of`` moved back by "a year earlier", "two months before" standing at ``pos``
    (unchanged when nothing is said, or when the step is finer than the date)."""
    said = EARLIER_AFTER_RE.match(text, pos)
    if not said or not as_of:
        return as_of
    n = said.group("n").lower()
    count = 1.0 if n in ("a", "an") else float(n) if n.isdigit() else parse_words(n)
    unit = said.group("unit").lower()
    precision = {4: "year", 7: "month", 10: "day"}.get(len(as_of))
    if not count or precision is None or \
            (precision != "day" and unit in ("week", "day")) or \
            (precision == "year" and unit == "month"):
        return as_of
    start = date.fromisoformat((as_of + "-01-01")[:10])
    step = {"year": relativedelta(years=int(count)), "month": relativedelta(months=int(count)),
            "week": relativedelta(weeks=int(count)), "day": relativedelta(days=int(count))}
    return (start - step[unit]).isoformat()[: len(as_of)]


def _own_noun(m: Mention) -> tuple[int, int] | None:
    """The span of the figure's own noun phrase ("77 martyrs", "308 wounded"): a cue there
    names what is counted and outweighs a verb beside it ("hospitals received 77
    martyrs")."""
    return (m.end, m.np_end) if m.np_words and not m.partitive else None


PARTS_SUM_MIN = 100  # a total below this is matched by chance too often to say anything


def _parts_adding_up(view: SentenceView, mentions: list[Mention], discourse: Discourse,
                     taxonomy: Taxonomy) -> None:
    """"... the release the same day of 1,968 Palestinian prisoners ... Some 250 were
    serving long or life sentences, while about 1,718 were people detained in Gaza": the
    figures of a sentence that add up to an event counted just before break it down, and
    a level no cue of their own clause names gives way to the event's metric."""
    counts = [m for m in mentions if m.noun_class and not m.ratio and not m.age and
              not m.number.unit_hint and m.parent is None]
    if len(counts) < 2:
        return
    total = sum(m.value for m in counts)
    if total < PARTS_SUM_MIN:
        return  # (small numbers add up by chance: "two civilians ... and two soldiers")
    whole = next((o for o in reversed(discourse.recent) if o.metric and o.value == total and
                  0 < discourse.count - o.sentence_no <= CONTEXT_SENTENCES), None)
    if whole is None or taxonomy.metric(whole.metric).kind != "events":
        return
    for m in counts:
        if m.metric == whole.metric or m.noun_class not in taxonomy.metric(whole.metric).classes:
            continue
        seg_start, seg_end = view.segment_span(m.start)
        if m.metric and (taxonomy.metric(m.metric).kind != "level" or any(
                seg_start <= s < seg_end for s, _ in view.hits(f"cue:{m.metric}"))):
            continue  # ("251 abducted ... 148 have returned and 103 remain": its own verb)
        m.metric, m.parent, m.as_of = whole.metric, whole, whole.as_of


def _total_of_parts_before(view: SentenceView, mentions: list[Mention], discourse: Discourse,
                           taxonomy: Taxonomy) -> None:
    """A sentence that sums up ("So that's all twenty ...", "In all, ...") with a figure
    equal to the figures of one metric in the sentence before counts what they counted:
    "seven hostages were handed over ..., and another thirteen ... So that's all twenty of
    the living hostages Israel believed were still being held"."""
    if not mentions or not SUMMING_OPENING_RE.match(view.text):
        return
    m = mentions[0]
    metric = _summing_metric([o for o in discourse.last_counted(1) if o.metric and
                              o.parent is None], m.value)
    if metric and m.metric != metric and m.noun_class in taxonomy.metric(metric).classes:
        m.metric = metric
        m.subgroup = m.subgroup if _allows(taxonomy, m.subgroup, metric) else ""


def _summing_metric(parts: list[Mention], value: float) -> str:
    """The one metric of two or more ``parts`` that add up to ``value`` exactly, or ""."""
    metrics = {o.metric for o in parts}
    if len(parts) < 2 or len(metrics) != 1 or "" in metrics or \
            sum(o.value for o in parts) != value:
        return ""
    return metrics.pop()


def _whole_of_listed_parts(view: SentenceView, mentions: list[Mention]) -> None:
    """A figure with no noun of its own, followed by a colon and parts of one metric that
    add up to it exactly, counts what they count: "put the number released that day at
    1,968: 250 prisoners serving long sentences and 1,718 detainees from Gaza"."""
    for i, m in enumerate(mentions):
        if m.np_words or not COLON_PARTS_AFTER_RE.match(view.text, m.end):
            continue
        parts = mentions[i + 1 :]
        k = next((k for k in range(2, len(parts) + 1)
                  if sum(o.value for o in parts[:k]) == m.value), 0)
        metric = _summing_metric(parts[:k], m.value) if k else ""
        if metric and m.metric != metric:
            m.metric, m.subgroup = metric, ""
            m.noun_class, m.unit = parts[0].noun_class, parts[0].unit


def _breakdown_items(sentence: str, mentions: list[Mention]) -> set[int]:
    """Indexes of figures inside a bracket or dashes opened right after another figure's
    noun ("39 prisoners - 24 women and 15 teenage boys - have been freed"): they break it
    down and claim no cue of their own."""
    items: set[int] = set()
    for i, m in enumerate(mentions):
        opened = OPEN_BREAKDOWN_RE.match(sentence, max(m.end, m.np_end))
        if not opened and i + 2 < len(mentions) and m.np_words and \
                COMMA_GAP_RE.fullmatch(sentence, max(m.end, m.np_end), mentions[i + 1].start):
            # "the 90 prisoners, 69 women and 21 teenage boys, left Ofer": parts set off by
            # commas that add up to the figure before them
            for k in range(i + 2, min(i + 5, len(mentions))):
                if sum(o.value for o in mentions[i + 1 : k + 1]) == m.value:
                    items |= set(range(i + 1, k + 1))
                    break
        if not opened or i + 1 >= len(mentions):
            continue
        mark = opened.group(0).strip()[:1]
        dashes = DASH_MARK_RE.findall(sentence, mentions[0].start, opened.start())
        if mark != "(" and len(dashes) % 2:
            continue  # the dash that closes an aside ("... 24 foreign nationals - and 240")
        close = sentence.find(")" if mark == "(" else mark, opened.end())
        close = close if close >= 0 else len(sentence)
        items |= {j for j in range(i + 1, len(mentions)) if mentions[j].start < close}
    return items


def _next_clause(view: SentenceView, mentions: list[Mention], i: int) -> tuple[int, int] | None:
    """The next figure's clause, from that figure on ("..., and that 1,400 others detained
    in Gaza had been released"), or None."""
    nxt = _next_start(mentions, i)
    if nxt >= 10**9 or nxt < 0:
        return None
    return nxt, view.segment_span(nxt)[1]


def _next_start(mentions: list[Mention], i: int) -> int:
    """Where the figure after the ``i``-th begins (words beyond it describe that one).

    A figure inside the ``i``-th's own noun phrase ("20 of the 50 hostages are alive") is
    passed over; inside an earlier figure's, the words after its noun are that figure's.
    """
    m = mentions[i]
    if any(o.partitive and o.start < m.start < o.np_end for o in mentions[:i]):
        return m.np_end
    return next((o.start for o in mentions[i + 1 :] if o.start >= m.np_end), 10**9)


def _in_present(view: SentenceView, m: Mention) -> bool:
    """True when the figure's clause, or a relative clause right after its noun ("the 59
    who are still in Gaza"), says it holds now ("still", "remain", "today")."""
    if _in_clause(view, m.start, view.hits("present")):
        return True
    relative = RELATIVE_CLAUSE_AFTER_RE.match(view.text, max(m.end, m.np_end))
    return relative is not None and _in_clause(view, relative.end(), view.hits("present"))


def _intransitive_past() -> frozenset[str]:
    return _extraction_words("intransitive_past")


@lru_cache(maxsize=1)
def _unrealized() -> re.Pattern[str]:
    words = load_language()["extraction"]["unrealized_frames"]
    # (a determiner or a possessive may stand between: "pleading for their release")
    return re.compile(r"\b(?:" + phrase_regex(words).pattern +
                      r")\s+(?:(?:the|their|his|her|its|all)\s+)?$", re.I)


@lru_cache(maxsize=1)
def _share_subject() -> re.Pattern[str]:
    """The words before a figure that end with its subject and a verb of share
    ("Women soldiers made up (about) four of ...")."""
    words = load_language()["extraction"]["share_verbs"]
    return re.compile(r"(?P<np>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s+(?:"
                      + phrase_regex(words).pattern + rf")\s+(?:{_QUAL}\s+)?$", re.I)


@lru_cache(maxsize=1)
def _or_more_after() -> re.Pattern[str]:
    """A qualifier of words after a number and before its noun ("40 or more people")."""
    qualifiers = load_language()["qualifiers"]
    words = [p for key in ("at_least_after", "approximate_after", "at_most_after")
             for p in qualifiers[key] if " " in p]
    return re.compile(r"\s+(?:" + phrase_regex(words).pattern + r")", re.I)


def _collective_heads() -> frozenset[str]:
    return _extraction_words("collective_heads")


def _elliptic_heads() -> frozenset[str]:
    return _extraction_words("elliptic_heads")


def _is_elliptic_np(sentence: str, m: Mention) -> bool:
    """"eight others", "a further 1,584 people": the noun stands for the last thing counted."""
    if m.np_words and m.np_words[-1].lower() in _elliptic_heads():
        return True
    generic = m.np_words and singular(m.np_words[-1]) in ("person", "individual")
    return bool(generic and _continuation().search(sentence[max(0, m.start - 25) : m.start]))


def _elliptic_class(before: list[Mention], recent: list[Mention], taxonomy: Taxonomy,
                    others: bool = False) -> str:
    """A bare number ("and 103,740 have been wounded") counts what the last figure counted.

    Within the sentence the last figure's class is taken as it is ("36 children were
    killed, while 40 were taken"); from earlier sentences, subgroup classes (children,
    women) are passed over for the group they belong to. A last figure that counted
    something outside the taxonomy (trucks) ends the search, unless ``others`` says the
    number counts more of a kind named before ("20 hostages ... from two locations. But
    the remains of 28 others"; "eight coffins": the dead of what was counted).
    """
    candidates = [(m, True) for m in reversed(before) if m.parent is None] + \
        [(m, False) for m in reversed(recent)]
    for m, same_sentence in candidates:
        if m.ratio and m.rate_class and (same_sentence or not any(
                o.sentence_no == m.sentence_no and o.start < m.start and not o.ratio
                for o in recent)):
            # "30 prisoners for each hostage and 50 for each soldier. Officials put the
            # total at 990 to 1,650": a total of rates counts what they count (unless the
            # rates' sentence gave its total: "345 bodies, 15 for each hostage"; one the
            # rate's own sentence gives is its: "15 Palestinians for each hostage returned,
            # 375 in total").
            return m.rate_class
        if m.ratio or m.age or m.number.unit_hint or m.modifier or \
                (not m.noun_class and m.unit in DURATION_WORDS) or \
                m.number.text.lower() == "one":
            continue  # "renewable six-month periods" counts no one; "one banner" one thing
        cls = taxonomy.classes.get(m.noun_class)
        if cls is None:
            if others or m.unit in STAND_IN_HEADS or m.unit in _collective_heads():
                # ("two of the 250 names were swapped": names of those counted; "They fall
                # into three groups. 3,368 have been sentenced": groups of those counted)
                continue
            return ""
        metric = taxonomy.metric(m.metric) if m.metric else None
        if metric is not None and m.noun_class in metric.context_required_for and \
                not cls.subgroup and metric.unit in taxonomy.classes:
            # "Hamas still holds 101 of our brothers and sisters ... 105 came home": kin
            # counted by a metric lend that metric's own class.
            return metric.unit
        if metric is not None and not same_sentence and m.noun_class == "person" and \
                metric.unit in taxonomy.classes:
            # "it was holding 9,204 people it classifies as security prisoners ...
            # Before the October exchange, the service's figure was around 11,100": people
            # a metric counted were of its kind.
            return metric.unit
        if same_sentence or (not cls.days and not cls.subgroup):
            return m.noun_class
        if not cls.days and m.parent is None and not any(
                o.sentence_no == m.sentence_no and o is not m and o.noun_class and
                not (o.included and o.parent is m) for o in recent):
            # "646 soldiers have been killed on all fronts. Some 3,900 have been wounded":
            # a group its sentence counted on its own, as no part of a larger one (its own
            # parts aside: "..., including 466 in Gaza")
            return m.noun_class
    return ""


def _anchor_relative_days(index: TextIndex, after: int, day: str) -> None:
    """Date "today", "tonight" and "yesterday" after position ``after`` from ``day``."""
    if len(day) != 10:
        return
    anchor = datetime.date.fromisoformat(day)
    for j, d in enumerate(index.dates):
        shift = RELATIVE_DAYS.get(index.text[d.start : d.end].lower()) \
            if d.start >= after else None
        if shift is not None:
            index.dates[j] = DateMention(d.start, d.end,
                                         (anchor + datetime.timedelta(days=shift)).isoformat(),
                                         d.span_start)


def _along_with(view: SentenceView, mentions: list[Mention], taxonomy: Taxonomy) -> None:
    """A figure added "along with" one before it undergoes what that one did: "Sixteen
    living hostages have now been freed ..., along with five Thai nationals"."""
    for a, b in itertools.pairwise(mentions):
        if a.metric and b.metric != a.metric and b.noun_class and not b.parent and \
                b.noun_class in taxonomy.metric(a.metric).classes and \
                ALONG_WITH_GAP_RE.fullmatch(view.text, max(a.end, a.np_end), b.start):
            b.metric, b.subgroup = a.metric, ""


def _other_side(view: SentenceView, mentions: list[Mention], taxonomy: Taxonomy) -> None:
    """"the release of three women in return for 90 prisoners": the two sides of an
    exchange are counted by different metrics; a figure whose noun fits several takes the
    one other metric the sentence cues."""
    for a, b in itertools.pairwise(mentions):
        if a.metric and b.metric and a.metric != b.metric and a.parent is None and \
                taxonomy.metric(a.metric).kind == "events" and \
                taxonomy.metric(b.metric).kind == "level" and \
                EXCHANGE_FOR_THE_RE.search(view.text, a.end, b.start) and \
                not _in_present(view, b):
            # "free about 1,968 Palestinians in return for the last 20 living hostages held
            # by Hamas": what is given in return comes out of the state it is held in
            # (not a level the clause says holds now: "for the 101 hostages still in Gaza")
            ended = [x.id for x in taxonomy.metrics if x.kind == "events" and
                     x.ends == b.metric and b.noun_class in x.classes]
            if len(ended) == 1:
                b.metric = ended[0]
                b.subgroup = b.subgroup if _allows(taxonomy, b.subgroup, b.metric) else ""
            continue
        # (or "for" right after the first side's noun: "free close to 1,900 people for 33")
        if not a.metric or a.metric != b.metric or a.parent is not None or \
                not (EXCHANGE_FOR_RE.search(view.text, a.end, b.start) or
                     SIDE_FOR_RE.fullmatch(view.text, max(a.end, a.np_end), b.start)):
            continue
        if not b.np_words:
            # "free close to 1,900 people for 33": a bare figure after "for" is the other
            # side, of the one other metric the sentence cues
            others = [metric for metric in taxonomy.metrics
                      if metric.id != a.metric and metric.kind == "events" and
                      b.noun_class in metric.classes and view.hits(f"cue:{metric.id}", 0)]
            if len(others) == 1:
                b.metric = others[0].id
            continue
        # "95 people ... in return for three hostages": people given for hostages are
        # the other side's, whatever noun the other metric usually needs.
        others = [metric for metric in taxonomy.metrics
                  if metric.id != b.metric and metric.kind == "events" and
                  (a.noun_class in metric.classes or
                   (a.noun_class in GENERIC_CLASSES and b.noun_class not in GENERIC_CLASSES
                    and b.noun_class not in metric.classes) or
                   # ("about 2,000 for the last 20 living captives": a bare first side, of
                   # the metric that counts the other side of an exchange)
                   (not a.np_words and b.noun_class not in metric.classes and
                    "exchange" in metric.cues)) and
                  view.hits(f"cue:{metric.id}", 0)]
        if len(others) == 1:
            a.metric = others[0].id


def _traded_pair(view: SentenceView, mentions: list[Mention], taxonomy: Taxonomy,
                 discourse: Discourse) -> None:
    """"The November 2023 deal ...: 240 Palestinian women and minors for 105 hostages": two
    figures of different kinds of people traded one for the other, where the sentence or
    the one before names a deal or a swap, are each side's release."""
    text = " ".join([*discourse.previous[-1:], view.text])
    if not TRADE_WORD_RE.search(text):
        return
    for a, b in itertools.pairwise(mentions):
        if a.metric or b.metric or not a.np_words or not b.np_words or \
                a.noun_class == b.noun_class or \
                not SIDE_FOR_RE.fullmatch(view.text, max(a.end, a.np_end), b.start):
            continue
        sides = [[x for x in taxonomy.metrics if x.kind == "events" and o.noun_class in x.classes
                  and "exchange" in x.cues and o.noun_class != "person"]
                 for o in (a, b)]
        if all(len(side) == 1 for side in sides) and sides[0][0] is not sides[1][0]:
            a.metric, b.metric = sides[0][0].id, sides[1][0].id


def _change_pairs(view: SentenceView, mentions: list[Mention]) -> None:
    """"the number held fell from about 11,000 before the exchange to around 9,100 after
    it": the later value is the same count as the earlier one, whatever stands between."""
    for a, b in itertools.pairwise(mentions):
        if a.metric and b.metric != a.metric and b.parent is None and \
                CHANGE_FROM_RE.search(view.text, max(0, a.start - 60), a.start) and \
                CHANGE_TO_RE.fullmatch(view.text, a.end, b.start) and \
                (not b.noun_class or b.noun_class == a.noun_class or not b.np_words):
            b.metric, b.noun_class, b.unit = a.metric, a.noun_class, a.unit
            b.subgroup = a.subgroup


def _part_out_of_whole(view: SentenceView, mentions: list[Mention],
                       taxonomy: Taxonomy) -> None:
    """"50,021 out of a total of 50,277 killed": a part named before its whole, with no
    metric of its own, is counted as the whole is."""
    for a, b in itertools.pairwise(mentions):
        if a.metric or not b.metric or a.ratio or a.age or a.value >= b.value or \
                not OUT_OF_TOTAL_RE.fullmatch(view.text, max(a.end, a.np_end), b.start):
            continue
        if a.noun_class and a.noun_class not in taxonomy.metric(b.metric).classes:
            continue
        a.metric, a.parent = b.metric, b
        a.noun_class, a.unit = a.noun_class or b.noun_class, a.unit or b.unit


def _own_plain_verb(view: SentenceView, m: Mention) -> bool:
    """True when a perfect of the figure's own follows it ("100 have come back") and its
    verb is no cue of any metric."""
    verb = OWN_PERFECT_RE.match(view.text, m.end)
    if verb is None:
        return False
    at = verb.start("verb")
    return not any(s == at for name in _cue_names() for s, _ in view.hits(name)) and \
        not any(s == at for s, _ in view.hits("present"))


def _own_object_plain(view: SentenceView, m: Mention) -> bool:
    """True when the figure is the object of a perfect right before it ("she had seen only
    four other hostages") whose verb is no cue, in a clause with no cue at all."""
    seg_start, seg_end = view.segment_span(m.start)
    verb = OBJECT_OF_PERFECT_RE.search(view.text, max(seg_start, m.start - 40), m.start)
    if verb is None:
        return False
    return not any(seg_start <= s < seg_end for name in _cue_names()
                   for s, _ in view.hits(name))


def _own_passive_plain(view: SentenceView, m: Mention) -> bool:
    """True when a passive of the figure's own follows it ("Two are expected to be
    discharged this week") and its verb is no cue of any metric nor a frame for what they
    are thought to be ("are believed to be alive")."""
    verb = OWN_PASSIVE_RE.match(view.text, m.end)
    if verb is None:
        return False
    word = verb.group("verb").lower()
    if not (word.endswith(("ed", "en")) or word in _participles()):
        return False  # ("were flown home": an irregular participle is one too)
    if lookup_class([word], load_taxonomy()):
        return False  # "7,797 were children": a noun, whatever its ending
    at = verb.start("verb")
    return not any(s == at for name in _cue_names() for s, _ in view.hits(name)) and \
        not any(s == at for s, _ in view.hits("present"))


def _own_participle(view: SentenceView, m: Mention) -> bool:
    """True when a participle right after the figure or its noun ("1.9 million people
    displaced") is no cue of any metric."""
    word = WORD_AFTER_RE.match(view.text, max(m.end, m.np_end))
    verb, at = (word.group(1).lower(), word.start(1)) if word else ("", -1)
    if not m.np_words and not (verb.endswith(("ed", "en")) or verb in _participles()):
        # "People displaced at least once: about 1.9 million": the participle after the
        # head of the figure's label
        colon = view.text.rfind(":", 0, m.start)
        if colon > 0 and all(t in _qualifier_words()
                             for t in tokens_of(view.text[colon + 1 : m.start])):
            line_start = view.text.rfind("\n", 0, colon) + 1
            words = list(WORD_RE.finditer(view.text, line_start, colon))
            # (not one that names what they are: "Detainees classified as ...: 2,454")
            head = bool(words) and bool(lookup_class([words[0].group(0)], load_taxonomy()))
            verb, at = (words[1].group(0).lower(), words[1].start()) \
                if len(words) > 1 and head and \
                (len(words) < 3 or words[2].group(0).lower() != "as") else \
                (words[0].group(0).lower(), words[0].start()) if words and not head else ("", -1)
            # ("Displaced in Gaza: 1.9m": a label that opens with its participle)
    if not (verb.endswith(("ed", "en")) or verb in _participles()) or \
            (verb in _np_stop() and verb not in _participles()):
        return False  # (not "between", "when", "then")
    return not any(s == at for name in _cue_names() for s, _ in view.hits(name))


def _own_verb_ruled_out(view: SentenceView, m: Mention, taxonomy: Taxonomy) -> bool:
    """True when the figure's clause, after it, holds cues and every one of them stands
    inside a phrase its metric excludes ("were taken to hospital")."""
    seg_end = view.segment_span(m.start)[1]
    cued = False
    for metric in taxonomy.metrics:
        excluded = view.hits(f"exclude:{metric.id}")
        for s, e in view.hits(f"cue:{metric.id}"):
            if m.end <= s < seg_end:
                cued = True
                if not any(x0 <= s and e <= x1 or x0 >= e and x0 - e <= 2
                           for x0, x1 in excluded):
                    return False
    return cued


def _cue_fit_class(view: SentenceView, m: Mention, taxonomy: Taxonomy,
                   discourse: Discourse, found: str) -> str:
    """``found``, the class an earlier figure lends a bare number, unless the cues of the
    number's own clause fit no metric of it: then the latest class they fit named in the
    sentence before ("the freed Palestinians arrived. ... 18 of those freed") or counted
    by an earlier figure, or the class of the one metric they fit."""
    seg_start, seg_end = view.segment_span(m.start)
    text = view.index.text
    those = THOSE_VERB_RE.match(view.text, m.end)  # "18 of those freed": the participle

    def in_clause(name: str, heads: bool = False) -> bool:
        # only the number's own verb ("Eight were rescued"): not a cue inside a phrase
        # further on ("in the first phase", "classified as combatants seized in Gaza")
        return any(m.end <= s < seg_end and not (heads and not OWN_VERB_GAP_RE.fullmatch(
            text, view.base + m.end, view.base + s)) for s, _ in view.hits(name))

    fits = [metric for metric in taxonomy.metrics
            if in_clause(f"cue:{metric.id}", heads=not those)
            and not in_clause(f"exclude:{metric.id}")
            and (not metric.requires_context or view.hits(f"context:{metric.id}", 0))]
    if not fits or any(found in metric.classes for metric in fits) or \
            (not found and not those):
        return found  # with nothing lent, only "18 of those freed" asks for a class
    named = _classes_in(discourse.previous[-1], taxonomy) if discourse.previous else []
    for name in [*named, *(o.noun_class for o in reversed(discourse.recent))]:
        cls = taxonomy.classes.get(name)
        if cls is not None and not cls.days and not cls.subgroup and \
                any(name in metric.classes for metric in fits):
            return name
    return _metric_class(fits[0]) if len(fits) == 1 else found


SERVING_AFTER_RE = re.compile(r"\s+(?:serving|sentenced)\b", re.I)


def _held_bodies_class(view: SentenceView, m: Mention, taxonomy: Taxonomy) -> str:
    """The class of the one level metric with a "deceased" subgroup whose state cue
    follows bodies in their own clause ("the 28 bodies still in Gaza"), or ''."""
    seg_end = view.segment_span(m.start)[1]
    fits = [metric for metric in taxonomy.metrics if metric.kind == "level" and
            any(s.id == "deceased" and _refines(s, metric.id) and s.metrics
                for s in taxonomy.subgroups) and
            any(max(m.end, m.np_end) <= c < seg_end for c, _ in view.hits(f"cue:{metric.id}"))]
    return _metric_class(fits[0]) if len(fits) == 1 else ""


def _subgroup_fit_class(view: SentenceView, m: Mention, taxonomy: Taxonomy,
                        found: str) -> str:
    """``found``, unless it is people of no kind and the bare number's own clause names a
    subgroup only metrics counting a kind of people have ("Around 150 had been serving
    life terms": prisoners); then the class of the first of them."""
    seg_end = view.segment_span(m.start)[1]
    # (with nothing lent, the words must follow the figure: "two hundred and fifty serving
    # life sentences")
    right_after = SERVING_AFTER_RE.match(view.text, m.end) is not None
    for subgroup in taxonomy.subgroups:
        metrics = [taxonomy.metric(mid) for mid in sorted(subgroup.metrics)]
        # (only a subgroup of metrics that count no people of any kind: "were found dead"
        # says nothing of whom)
        if (found == "person" or (not found and right_after)) and metrics and \
                not any("person" in metric.classes for metric in metrics) and \
                subgroup.words.search(view.text, m.end, seg_end) and \
                not any(found in metric.classes for metric in metrics):
            return _metric_class(metrics[0])
    return found


def _subgroup_label_whole(view: SentenceView, start: int, end: int, taxonomy: Taxonomy,
                          discourse: Discourse) -> Mention | None:
    """The figure of the line before that a label naming only one of its subgroups
    ("Confirmed dead: 35" under "Hostages in Gaza: 59") breaks down, or None."""
    label = view.text[start:end]
    last = [o for o in discourse.recent if o.sentence_no == discourse.count - 1 and o.metric]
    if not last:
        return None
    whole = last[-1].parent or last[-1]
    named = [s for s in taxonomy.subgroups if _refines(s, whole.metric) and
             s.id not in NOUN_SUBGROUPS and s.words.search(label)]
    if not named:
        return None
    rest = label
    for g in named:
        rest = g.words.sub(" ", rest)
    if class_in(rest, taxonomy)[0]:
        return None  # "Palestinians killed in Gaza: 24,927" names its own kind
    own_places = {h for h in view.hits(f"context:{whole.metric}")}
    if any(start <= s and e <= end and (s, e) not in own_places
           for metric in taxonomy.metrics if metric.id != whole.metric
           for s, e in view.hits(f"context:{metric.id}")):
        return None  # "Killed in Israel on Oct 7: about 1,200" names its own place
    # "Returned alive: 147" says what happened to them: another count, not a breakdown
    # (a cue that is itself the subgroup's word, "dead", says nothing more).
    for metric in taxonomy.metrics:
        if metric.id == whole.metric:
            continue
        for s, e in view.hits(f"cue:{metric.id}"):
            if start <= s and e <= end and \
                    not any(g.words.fullmatch(view.text[s:e]) for g in named):
                return None
    return whole


def _label_class(view: SentenceView, start: int, end: int, taxonomy: Taxonomy) -> str:
    """The class counted by the one metric whose cue stands in the label ``[start, end)``
    with nothing there ruling it out (its context there too, when several fit)."""
    def inside(name: str) -> bool:
        return any(start <= s and e <= end for s, e in view.hits(name))

    # ("Ceasefires so far: two" counts truces; a length needs a label saying so:
    # "Length of the truce: 42 days", "Truce duration: 7")
    # (not a length written into the label: "Nov 2023 (7-day pause): 240")
    timed = DURATION_LABEL_RE.search(NUMBER_COMPOUND_RE.sub(" ", view.text[start:end])) \
        is not None
    fits = [metric for metric in taxonomy.metrics
            if inside(f"cue:{metric.id}") and not inside(f"exclude:{metric.id}")
            and not inside(f"exclude_in_sentence:{metric.id}")
            and (timed or not all(taxonomy.classes[c].days for c in metric.classes
                                  if c in taxonomy.classes))]
    if len(fits) > 1:
        fits = [metric for metric in fits if inside(f"context:{metric.id}")]
    return _metric_class(fits[0]) if len(fits) == 1 else ""


def _metric_class(metric: Metric) -> str:
    """The class named like the metric's unit ("hostage"), else the first it accepts."""
    return metric.unit if metric.unit in metric.classes else min(metric.classes)


def _counts_other(before: list[Mention], taxonomy: Taxonomy) -> bool:
    """True when the last figure before, in the same sentence, counts a thing outside the
    taxonomy (trucks, litres; a span of time such as "13 months of war" is passed over)."""
    for m in reversed(before):
        if m.ratio and m.np_words and not m.noun_class and not m.rate_class:
            return True  # "600 trucks a day, from 100 to 150 a day before": a rate of things
        if m.parent is not None or m.ratio or m.age or m.number.unit_hint or \
                m.unit in DURATION_WORDS:
            continue
        return bool(m.unit) and m.noun_class not in taxonomy.classes
    return False


def finish_units(m: Mention, taxonomy: Taxonomy) -> None:
    """Apply the metric's unit; durations in weeks become days for a metric counted in days."""
    if not m.metric:
        return
    metric: Metric = taxonomy.metric(m.metric)
    cls = taxonomy.classes.get(m.noun_class)
    if metric.unit == "day" and cls and cls.days > 1:
        factor = cls.days
        m.value *= factor
        m.low = None if m.low is None else m.low * factor
        m.high = None if m.high is None else m.high * factor
    m.unit = metric.unit


# --------------------------------------------------------------------------- the article


def figure_id(article_id: str, quote: str, number_text: str, occurrence: int) -> str:
    """Stable id: the same sentence and number give the same id on every run."""
    digest = hashlib.sha1(f"{quote}\x00{number_text}\x00{occurrence}".encode()).hexdigest()
    return f"{article_id}-{digest[:10]}"


def _figures_note_date(index: TextIndex, sentences: list[Span]) -> str:
    """The date a note of its own gives every figure of the text ("Figures as of 5 March
    2025."), or ''."""
    for span in sentences:
        note = FIGURES_NOTE_RE.match(index.text, span.start, span.end)
        if note is None:
            continue
        first = bisect.bisect_left(index.date_starts, note.end())
        dated = index.dates[first : first + 1]
        if dated and dated[0].start == note.end() and dated[0].as_of and \
                not index.text[dated[0].end : span.end].strip(" .)"):
            return dated[0].as_of
    return ""


def _rows_for_text(text: str, sentences: list[Span], *, article: Article, published: str,
                   state: AttributionState, source: str, post_id: str = "",
                   default_attribution: str = "") -> list[dict[str, Any]]:
    taxonomy = load_taxonomy()
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    discourse = Discourse()
    index = TextIndex.build(text, sentences, published, taxonomy)
    discourse.section_date = _figures_note_date(index, sentences)
    markers = _markers_by_sentence(index, sentences)
    for number, span in enumerate(sentences):
        sentence = text[span.start : span.end]
        mentions = sentence_mentions(index, span, published, taxonomy, discourse)
        sources = find_sources(sentence, markers.get(number, {}))
        for m in mentions:
            attribution = attribute(sources, m.start, state) or default_attribution
            key = (sentence, m.number.text)
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            rows.append({
                "figure_id": figure_id(article.article_id + (f"-{post_id}" if post_id else ""),
                                       sentence, m.number.text, occurrence),
                "article_id": article.article_id,
                "metric": m.metric,
                "subgroup": m.subgroup,
                "unit": m.unit,
                "value": m.value,
                "low": m.low,
                "high": m.high,
                "qualifier": m.qualifier,
                "as_of": m.as_of,
                "published": article.raw.published,
                "outlet": article.raw.outlet,
                "attribution": attribution,
                "quote": sentence,
                "start": span.start + m.start,
                "end": span.start + m.end,
                "source": source,
                "post_id": post_id,
                "number_text": m.number.text,
                "sentence_start": span.start,
            })
        remember(sources, state)
    return rows


def _markers_by_sentence(index: TextIndex, sentences: list[Span]
                         ) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """The attribution markers of each sentence, relative to its start, found in one sweep."""
    starts = index.sentence_starts
    out: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for name in MARKERS:
        for s, e in index.hits.get(name, ()):
            i = bisect.bisect_right(starts, s) - 1
            if i < 0 or e > sentences[i].end:
                continue
            base = sentences[i].start
            out.setdefault(i, {}).setdefault(name, []).append((s - base, e - base))
    return out


def _date_headline_figures(rows: list[dict[str, Any]], published: str) -> None:
    """A headline's figure is the story's: "Israel frees 90 prisoners" above "Israel released
    90 prisoners early on Monday" takes Monday, the date the body gives the same figure,
    and the subgroup the body names when the headline names none."""
    if not rows:
        return
    headline = [r for r in rows if r["sentence_start"] == 0 and
                not r["quote"].rstrip(" \"'”’").endswith((".", "!", "?")) and
                len(r["quote"]) <= HEADLINE_MAX]
    for row in headline:
        if not row["metric"]:
            continue
        # (the body's first telling of it: "Three hostages freed" over "three hostages on
        # Thursday ... The next exchange, on Saturday, is due to free three more")
        same = next((r for r in rows if r["sentence_start"] > 0 and r["metric"] == row["metric"]
                     and r["value"] == row["value"]), None)
        if same is None:
            continue
        if not row["subgroup"] and same["subgroup"]:
            # "ground operation toll reaches 300" over "raise to 300 the number of soldiers
            # killed in the ground operation": the body says whom the headline counts.
            row["subgroup"] = same["subgroup"]
        if row["as_of"] == published and same["as_of"] != published:
            row["as_of"] = same["as_of"]


def extract_article(article: Article) -> list[dict[str, Any]]:
    """All figures of an article: body first, then each embedded post."""
    state = AttributionState()
    rows = _rows_for_text(article.text, article.sentences, article=article,
                          published=article.raw.published, state=state, source="body")
    _date_headline_figures(rows, article.raw.published)
    for post in article.posts:
        post_sentences = split_sentences(post.text, 0, len(post.text))
        rows += _rows_for_text(
            post.text, post_sentences, article=article, published=post.posted,
            state=AttributionState(), source="post", post_id=post.post_id,
            default_attribution=f"{post.author} (@{post.handle})",
        )
    return rows


def extract_text(text: str, published: str = "") -> list[dict[str, Any]]:
    """Figures of a bare text (for tests, notebooks and benchmarks)."""
    from analysis.clean import clean_article
    from analysis.raw import RawArticle

    raw = RawArticle(article_id="text", path=None, text=text, published=published)  # type: ignore[arg-type]
    return extract_article(clean_article(raw))

