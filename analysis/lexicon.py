"""Load the word lists of ``data/language.yaml`` once, as ready-to-use sets and regexes."""

from __future__ import annotations

import re
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
    for section in ("cleaning", "sentences", "numbers", "qualifiers", "attribution", "dates"):
        if not isinstance(data.get(section), dict):
            raise ConfigError(f"{path}: section '{section}' is missing or not a mapping")
    return data
