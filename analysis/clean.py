"""Article layer: clean raw text, lift out embedded posts, split with offsets.

The cleaned text is what figures are extracted from and what their ``start``/``end``
offsets point into. Cleaning only removes page furniture and embedded posts and
normalises Unicode and whitespace: the wording of the article is never changed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from analysis.lexicon import load_language
from analysis.raw import RawArticle

# Characters that carry no wording: zero-width spaces and joiners, bidi marks, soft hyphen.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
# No-break and thin spaces between digits are thousands separators: keep them there.
ODD_SPACE_RE = re.compile(r"(?<!\d)[\u00a0\u2007\u2009\u202f]|[\u00a0\u2007\u2009\u202f](?!\d)")
ENTITY_RE = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
SPACE_RUN_RE = re.compile(r"[ \t\f\v\u2000-\u2006\u2008\u200a\u3000]+")
# Dot leaders between a label and its value ("Hostages still in Gaza ........ 136") are
# layout: the label's colon says the same and ends no sentence.
LEADER_RE = re.compile(r"(?<=\w)[ \t]*(?:(?:\.[ \t]?){4,}|(?:\u2026[ \t]?){2,})[ \t]*(?=\S)")
FIGURE_LINE_RE = re.compile(r"(?:\d{1,2}[.)]\s+|[-•*]\s*)?[~≈>+]?\s*\d[\d,.\u066b\u066c ]*"
                            r"(?:%|\+|k|m|bn|million|billion|thousand)?\+?", re.I)
BULLET_LINE_RE = re.compile(r"[-•*–]\s|\d{1,2}[.)]\s")
MARKDOWN_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
HEADING_MARK_RE = re.compile(r"^#{1,6}\s+")
KEY_VALUE_RE = re.compile(r"[^:|]{2,60}:\s*\D{0,20}\d[\d,.\u066b\u066c]*\+?\s*")
NEXT_WORD_RE = re.compile(r"\s+([A-Z][a-z]*)\b")
SENTENCE_END = ".!?\u2026\u061f"
MAX_SENTENCE = 2000  # characters; longer runs are cut at spaces
# "Killed: 44,466 | Injured: 105,358": a bar before another "label: value" cell parts two
# statements (the bars of a table row, "Nov 24 | 24 | 39", part none).
LABEL_CELL_BAR_RE = re.compile(r"[ \t]*\|[ \t]*(?=[^\W\d_][^|:\n]{0,60}:\s+\S)")
# A sentence ends at . ! ? (and closing quotes) before a capital, digit or Arabic letter.
BOUNDARY_RE = re.compile(
    r"[.!?\u2026\u061f]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u0600-\u06ff])"
)

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# "— Author (@handle) January 20, 2025" closing an embedded post.
SIGNATURE_RE = re.compile(
    r"(?:^|\s)(?:[\u2014\u2013]|--?)\s*(?P<author>[^\n()\u2014\u2013]{1,100}?)\s*"
    r"\(@(?P<handle>\w{1,30})\)\s*"
    rf"(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\s*$"
)


@dataclass
class Post:
    """A social-media post embedded in an article, lifted out of the body text."""

    post_id: str
    article_id: str
    author: str
    handle: str
    posted: str
    language: str
    text: str
    media: str = ""


@dataclass
class Span:
    """A stretch of the cleaned text: [start, end)."""

    start: int
    end: int


@dataclass
class Article:
    """A cleaned article: body text, its paragraphs and sentences, and its posts."""

    raw: RawArticle
    text: str
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    language: str = ""

    @property
    def article_id(self) -> str:
        """The article's id (its file name without ``.txt``)."""
        return self.raw.article_id


ALIGNED_ROW_MAX = 120  # characters: a longer line with wide gaps is prose, not a table row


def normalise_line(line: str) -> str:
    """NFC, HTML entities a scraper left ("&amp;", "&#8217;") decoded, invisible characters
    removed, spaces folded; the words stay as written."""
    if "&" in line and ENTITY_RE.search(line):
        line = html.unescape(line)
    line = unicodedata.normalize("NFC", line)
    line = INVISIBLE_RE.sub("", line)
    line = ODD_SPACE_RE.sub(" ", line)
    if "**" in line or "__" in line or line.startswith("#"):
        # Markdown left in scraped text: "**59** hostages", "## How many ...?"
        line = MARKDOWN_RE.sub(lambda m: m.group(1) or m.group(2),
                               HEADING_MARK_RE.sub("", line))
    if "...." in line or ". . . ." in line or "\u2026\u2026" in line or "\u2026 \u2026" in line:
        line = LEADER_RE.sub(": ", line)
    # In a table copied as text (tabs between cells, no sentence ending) a run holding a
    # tab stays one tab; in prose it is a space like any other.
    cells = "\t" in line and (line.count("\t") >= 2 or not line.rstrip().endswith((".", "!", "?")))
    # So does a run of three spaces and more in a short line with no sentence ending: the
    # columns of a table aligned with spaces ("19 Jan      3        90").
    aligned = not cells and "   " in line.strip() and len(line) <= ALIGNED_ROW_MAX and \
        not line.rstrip().endswith((".", "!", "?", ",", ";", ":"))
    return SPACE_RUN_RE.sub(lambda m: "\t" if (cells and "\t" in m.group(0)) or
                            (aligned and len(m.group(0)) >= 3) else " ", line).strip()


@lru_cache(maxsize=1)
def _link_prefix() -> re.Pattern[str]:
    words = sorted(load_language()["cleaning"]["link_prefixes"], key=len, reverse=True)
    return re.compile(r"\W*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:|]\s",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    lang = load_language()
    boiler = frozenset(s.lower() for s in lang["cleaning"]["boilerplate_lines"])
    hosts = "|".join(re.escape(h) for h in lang["cleaning"]["media_link_hosts"])
    media = re.compile(rf"(?:https?://)?(?:www\.)?(?:{hosts})/\S*", re.IGNORECASE)
    abbreviations = frozenset(a.lower() for a in lang["sentences"]["abbreviations"])
    return boiler, media, abbreviations


@lru_cache(maxsize=1)
def _unfinished_ends() -> frozenset[str]:
    return frozenset(w.lower() for w in load_language()["cleaning"]["unfinished_line_ends"])


def split_blocks(text: str) -> list[str]:
    """Paragraphs: blocks between blank lines; a hard-wrapped line is joined to the next.

    A line that ends a sentence (or has no lower-case continuation) stays its own
    paragraph, so files with one paragraph per line keep their structure.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current = ""
        for raw_line in (cell for raw in block.split("\n") for cell in _key_values(raw)):
            line = normalise_line(raw_line)
            if not line:
                continue
            wrapped = current and current[-1] not in SENTENCE_END + "\"'\u201d\u2019:"
            # "1,778" on a line of its own above "Palestinian prisoners released": a
            # figure and its label, set out as a graphic sets them.
            if wrapped and (line[0].islower() or current.endswith(",") or
                            current.rsplit(None, 1)[-1].lower() in _unfinished_ends()):
                current = f"{current} {line}"
            elif wrapped and FIGURE_LINE_RE.fullmatch(current) and not BULLET_LINE_RE.match(line):
                # ... and a label that opens as a sentence ("1. 33" above "The number of
                # hostages to be released"): the label set off by a dash, as a list has it
                # (not a list's first item: "2023" heading "- Nov 24: ...")
                current = f"{current} - {line}"
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def _key_values(line: str) -> list[str]:
    """A line of "label: value" cells parted by bars ("Killed in Gaza: 43,846 | Injured:
    103,740"), as a sidebar sets them, becomes one line per cell; any other line stays."""
    if line.count("|") < 2:
        return [line]
    cells = [c.strip() for c in line.split("|")]
    pairs = sum(1 for c in cells if KEY_VALUE_RE.fullmatch(c))
    return [c for c in cells if c] if pairs >= 2 else [line]


def is_boilerplate(paragraph: str) -> bool:
    """True for a lone caption or page-furniture line such as ``Image description``, or a
    link to another story ("Read more: ...")."""
    boiler, _, _ = _patterns()
    return paragraph.strip().rstrip(".:").lower() in boiler or \
        _link_prefix().match(paragraph) is not None


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid's bundled model, no download)."""
    import py3langid

    sample = text[:600].strip()  # enough for a reliable guess, and cheap
    if not sample:
        return ""
    lang, _score = py3langid.classify(sample)
    return str(lang)


def _post_from(paragraph: str, previous: str | None) -> tuple[dict[str, str], bool] | None:
    """Parse a paragraph ending with a post signature.

    Returns the post's fields and whether the text came from the previous paragraph
    (a post whose text and signature were on separate lines).
    """
    match = SIGNATURE_RE.search(paragraph)
    if not match:
        return None
    _, media_re, _ = _patterns()
    head = paragraph[: match.start()]
    media = " ".join(m.group(0) for m in media_re.finditer(head))
    body = media_re.sub("", head).strip()
    used_previous = False
    if not body and previous is not None:
        media = media or " ".join(m.group(0) for m in media_re.finditer(previous))
        body = media_re.sub("", previous).strip()
        used_previous = True
    posted = datetime.strptime(re.sub(r"\s+", " ", match.group("date")), "%B %d, %Y")
    fields = {
        "author": match.group("author").strip(),
        "handle": match.group("handle"),
        "posted": posted.date().isoformat(),
        "text": body,
        "media": media,
    }
    return fields, used_previous


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph) as spans into ``text``."""
    _, _, abbreviations = _patterns()
    spans: list[Span] = []
    sent_start = start
    for match in BOUNDARY_RE.finditer(text, start, end):
        cut = match.end()
        if match.group(0)[0] == ".":
            word = re.search(r"([\w.]+)\.$", text[sent_start : match.start() + 1])
            token = word.group(1).lower() if word else ""
            # "Mr.", "U.N.", "Jan." and single initials ("J. Smith") do not end a sentence.
            if (token in abbreviations and not _closes(token, text, cut, end)) or \
                    (len(token) == 1 and token.isalpha()):
                continue
        spans.append(Span(sent_start, cut))
        sent_start = cut
        while sent_start < end and text[sent_start].isspace():
            sent_start += 1
    if sent_start < end:
        spans.append(Span(sent_start, end))
    return [piece for span in spans for cell in _label_cells(text, span)
            for piece in _cap(text, cell)]


def _label_cells(text: str, span: Span) -> list[Span]:
    """Cut a line of "label: value" cells parted by bars into one span per cell."""
    if "|" not in text[span.start : span.end]:
        return [span]
    cells, start = [], span.start
    for bar in LABEL_CELL_BAR_RE.finditer(text, span.start, span.end):
        if ": " in text[start : bar.start()]:
            cells.append(Span(start, bar.start()))
            start = bar.end()
    cells.append(Span(start, span.end))
    return cells


@lru_cache(maxsize=1)
def _closers() -> tuple[frozenset[str], frozenset[str]]:
    sentences = load_language()["sentences"]
    return (frozenset(a.lower() for a in sentences["closing_abbreviations"]),
            frozenset(w.capitalize() for w in sentences["sentence_openers"]))


def _closes(token: str, text: str, at: int, end: int) -> bool:
    """True when the abbreviation ``token``, whose full stop ends before ``at``, also ends
    its sentence: one that may ("U.N.") before a capitalised word that opens sentences
    ("according to the U.N. The ministry said"; not "the U.N. Security Council")."""
    closing, openers = _closers()
    if token not in closing:
        return False
    word = NEXT_WORD_RE.match(text, at, end)
    return word is not None and word.group(1) in openers


def _cap(text: str, span: Span) -> list[Span]:
    """Cut a run-on "sentence" (a scraped table, a million-character line) at spaces into
    pieces of at most MAX_SENTENCE characters, so no step ever works on a huge string."""
    if span.end - span.start <= MAX_SENTENCE:
        return [span]
    pieces, start = [], span.start
    while span.end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append(Span(start, cut))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        pieces.append(Span(start, span.end))
    return pieces


def clean_article(raw: RawArticle) -> Article:
    """Turn a raw article into cleaned text with paragraphs, sentences and posts."""
    kept: list[str] = []
    posts: list[Post] = []
    for paragraph in split_blocks(raw.text):
        if is_boilerplate(paragraph):
            continue
        previous = kept[-1] if kept else None
        parsed = _post_from(paragraph, previous)
        if parsed is None:
            kept.append(paragraph)
            continue
        fields, used_previous = parsed
        if used_previous:
            kept.pop()
        posts.append(
            Post(
                post_id=f"{raw.article_id}-p{len(posts) + 1}",
                article_id=raw.article_id,
                language=detect_language(fields["text"]),
                **fields,
            )
        )

    text = "\n\n".join(kept)
    article = Article(raw=raw, text=text, posts=posts)
    offset = 0
    for paragraph in kept:
        span = Span(offset, offset + len(paragraph))
        article.paragraphs.append(span)
        article.sentences.extend(split_sentences(text, span.start, span.end))
        offset = span.end + 2
    article.language = raw.language or detect_language(text)
    return article
