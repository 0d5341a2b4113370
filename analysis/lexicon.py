"""Load the word lists of ``data/language.yaml`` once, as ready-to-use sets and regexes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from analysis.config import LANGUAGE_FILE


class ConfigError(ValueError):
    """A packaged or user data file is malformed; the message names the entry."""


def read_yaml(path: Path) -> dict[str, Any]:
    """Read a YAML mapping, failing with the file name and the parser's position."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def phrase_regex(phrases: Iterable[str], *, words: bool = True) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase, longest first.

    With ``words`` the phrase must stand as whole words (a phrase made only of
    symbols, such as ``~``, is matched as is).
    """
    parts = []
    for phrase in sorted({p.lower() for p in phrases if p}, key=len, reverse=True):
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        if words and phrase[0].isalnum():
            body = r"(?<![\w-])" + body
        if words and phrase[-1].isalnum():
            body = body + r"(?![\w-])"
        parts.append(body)
    if not parts:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=4)
def load_language(path: Path = LANGUAGE_FILE) -> dict[str, Any]:
    """The parsed language file (cached)."""
    data = read_yaml(path)
    for section in ("cleaning", "sentences", "numbers", "qualifiers", "attribution", "dates",
                    "extraction"):
        if not isinstance(data.get(section), dict):
            raise ConfigError(f"{path}: section '{section}' is missing or not a mapping")
        for name, value in data[section].items():
            # A bare on/off/yes/no in YAML is a boolean, not the word: refuse it by name.
            if isinstance(value, list) and not all(isinstance(v, str) for v in value):
                bad = [v for v in value if not isinstance(v, str)]
                raise ConfigError(f"{path}: {section}.{name} holds {bad!r}, not words; quote "
                                  "words such as \"on\", \"off\", \"no\"")
    return data


# Words, numbers (with their separators) and single punctuation marks.
TOKEN_RE = re.compile(r"\d[\d,.\u066b\u066c]*\d|[^\W_][\w'’-]*|[^\w\s]")


def _norm(token: str) -> str:
    return token.lower().replace("\u2019", "'")


class PhraseIndex:
    """Many named phrase lists matched in one pass over a text's words.

    A phrase matches whole tokens only ("hamas" does not match inside "hamas-run"), and
    every list's matches are returned, so overlapping phrases of different lists are all
    seen. Far faster than one regex alternation per list.
    """

    def __init__(self, lists: dict[str, Iterable[str]]):
        table: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for name, phrases in lists.items():
            for phrase in phrases:
                key = tuple(_norm(t) for t in TOKEN_RE.findall(phrase))
                if key and name not in table[key]:
                    table[key].append(name)
        self.table = {k: tuple(v) for k, v in table.items()}
        self.first = frozenset(k[0] for k in self.table)
        self.max_len = max((len(k) for k in self.table), default=1)

    def find(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Character spans of every phrase found in ``text``, by list name."""
        return self.find_tokens(tokenize(text))

    def find_tokens(self, tokens: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
        """The same as :meth:`find` on tokens from :func:`tokenize`."""
        words = [t[2] for t in tokens]
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        n = len(tokens)
        first, table, max_len = self.first, self.table, self.max_len
        for i, word in enumerate(words):
            if word not in first:
                continue
            for size in range(1, min(max_len, n - i) + 1):
                names = table.get(tuple(words[i : i + size]))
                if names:
                    span = (tokens[i][0], tokens[i + size - 1][1])
                    for name in names:
                        found[name].append(span)
        # "the health ministry's toll": a phrase may end in a possessive.
        for j in [j for j, w in enumerate(words) if w.endswith("'s")]:
            bare = words[j][:-2]
            for i in range(max(0, j - max_len + 1), j + 1):
                if (words[i] if i < j else bare) not in first:
                    continue
                names = table.get((*words[i:j], bare))
                if names and not table.get(tuple(words[i : j + 1])):
                    span = (tokens[i][0], tokens[j][1])
                    for name in names:
                        found[name].append(span)
        return found


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-case token) for every token of ``text``."""
    lowered = text.lower().replace("\u2019", "'")
    if len(lowered) != len(text):  # a few characters change length when lowered
        lowered = "".join(_norm(c)[:1] or c for c in text)
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(lowered)]


def tokens_of(text: str) -> tuple[str, ...]:
    """Lower-case tokens of ``text`` as the phrase index sees them."""
    return tuple(_norm(t) for t in TOKEN_RE.findall(text))
