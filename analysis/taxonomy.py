"""The metric taxonomy: load ``data/taxonomy.yaml``, validate it, compile its word lists."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.config import TAXONOMY_FILE
from analysis.lexicon import ConfigError, phrase_regex, read_yaml

METRIC_KINDS = ("level", "events")
_CLASS_KEYS = {"unit", "words", "subgroup", "days"}
_SUBGROUP_KEYS = {"words", "metrics"}
_METRIC_KEYS = {"label", "kind", "unit", "classes", "cues", "context", "exclude",
                "exclude_in_sentence", "requires_context", "context_required_for", "weak_cues",
                "not_before", "heading_context", "begins", "ends", "agents", "event_day"}


@dataclass(frozen=True)
class NounClass:
    """What a counted noun names: its unit, its implied subgroup and its length in days."""

    name: str
    unit: str
    subgroup: str = ""
    days: int = 0


@dataclass(frozen=True)
class Metric:
    """One metric of the taxonomy and its word lists (matched through ``phrase_lists``)."""

    id: str
    label: str
    kind: str
    unit: str
    classes: frozenset[str]
    cues: tuple[str, ...]
    context: tuple[str, ...]
    exclude: tuple[str, ...]
    requires_context: bool
    exclude_in_sentence: tuple[str, ...] = ()  # veto only within the figure's sentence
    context_required_for: frozenset[str] = frozenset()  # classes that need context nearby
    weak_cues: tuple[str, ...] = ()  # states ("still alive") that yield to any nearby verb
    not_before: str = ""  # figures dated earlier than this (ISO date) are not this metric
    # the one day of the metric's event (the attack of 7 October 2023): a figure of another
    # metric dated that day, placed by the sentences before and not by its own clause, is
    # this metric's
    event_day: str = ""
    # words that, as a section heading of their own ("ISRAEL"), place the figures below it
    heading_context: tuple[str, ...] = ()
    # levels this event puts people into ("abducted" begins "held"): a part of such a
    # level said to have undergone the event is still counted by the level
    begins: frozenset[str] = frozenset()
    # the level this event takes people out of (a release ends captivity): "all but three
    # of the 28 have been returned" counts three still in that level
    ends: str = ""
    # who does the metric's event ("Israel" frees prisoners): people of no particular kind
    # freed by one of these are this metric's ("Israel freed 39 women and teenagers")
    agents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Subgroup:
    """A subgroup id, the words that signal it, and the metrics it may refine (empty: all)."""

    id: str
    words: re.Pattern[str]
    metrics: frozenset[str]


@dataclass(frozen=True)
class Taxonomy:
    """The whole taxonomy, ready for the extractor."""

    version: int
    classes: dict[str, NounClass]
    phrases: dict[str, str]  # lower-case singular phrase -> class name
    max_phrase_words: int
    metrics: tuple[Metric, ...]
    subgroups: tuple[Subgroup, ...]
    # cue:<metric>, context:<metric>, exclude:<metric> phrase lists, by name
    phrase_lists: tuple[tuple[str, tuple[str, ...]], ...]

    def __hash__(self) -> int:
        return id(self)

    def metric(self, metric_id: str) -> Metric:
        """The metric with this id (KeyError if unknown)."""
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise KeyError(metric_id)

    @property
    def metric_ids(self) -> list[str]:
        """Metric ids in file order."""
        return [m.id for m in self.metrics]


def _flattened(value: list[Any]) -> list[Any]:
    return [w for v in value for w in (_flattened(v) if isinstance(v, list) else [v])]


def _strings(value: Any, where: str, *, allow_empty: bool = False) -> list[str]:
    # A list may hold a shared list by its anchor ("[*other_places, held up]"), which may
    # hold one in turn ("[*elsewhere, israelis]"): flattened.
    if isinstance(value, list) and any(isinstance(v, list) for v in value):
        value = _flattened(value)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of non-empty strings, got {value!r}")
    if not value and not allow_empty:
        raise ConfigError(f"{where}: the list is empty")
    return [v.strip() for v in value]


def _check_keys(entry: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping, got {entry!r}")
    unknown = set(entry) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                          f"allowed: {', '.join(sorted(allowed))}")
    return entry


def parse_taxonomy(data: dict[str, Any], source: str = "taxonomy") -> Taxonomy:
    """Validate a parsed taxonomy mapping and compile it; errors name the bad entry."""
    version = data.get("version")
    if not isinstance(version, int):
        raise ConfigError(f"{source}: 'version' must be an integer")
    raw_classes = data.get("classes")
    raw_metrics = data.get("metrics")
    raw_subgroups = data.get("subgroups") or {}
    for key, value in (("classes", raw_classes), ("metrics", raw_metrics),
                       ("subgroups", raw_subgroups)):
        if not isinstance(value, dict) or (key != "subgroups" and not value):
            raise ConfigError(f"{source}: '{key}' must be a non-empty mapping")

    classes: dict[str, NounClass] = {}
    phrases: dict[str, str] = {}
    for name, entry in raw_classes.items():
        where = f"{source}: classes.{name}"
        entry = _check_keys(entry, _CLASS_KEYS, where)
        unit = entry.get("unit")
        if not isinstance(unit, str) or not unit:
            raise ConfigError(f"{where}: 'unit' must be a non-empty string")
        days = entry.get("days", 0)
        if not isinstance(days, int) or days < 0:
            raise ConfigError(f"{where}: 'days' must be a whole number of days")
        classes[name] = NounClass(name, unit, str(entry.get("subgroup", "")), days)
        for word in _strings(entry.get("words"), f"{where}.words"):
            key = " ".join(word.lower().split())
            if key in phrases and phrases[key] != name:
                raise ConfigError(f"{where}.words: {word!r} is already in class {phrases[key]!r}")
            phrases[key] = name

    metrics: list[Metric] = []
    index_lists: dict[str, list[str]] = {}
    for metric_id, entry in raw_metrics.items():
        where = f"{source}: metrics.{metric_id}"
        entry = _check_keys(entry, _METRIC_KEYS, where)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(metric_id)):
            raise ConfigError(f"{where}: a metric id is lower-case letters, digits and _")
        for key in ("label", "unit"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise ConfigError(f"{where}: '{key}' must be a non-empty string")
        if entry.get("kind") not in METRIC_KINDS:
            raise ConfigError(f"{where}: 'kind' must be one of {', '.join(METRIC_KINDS)}")
        metric_classes = _strings(entry.get("classes"), f"{where}.classes")
        unknown = [c for c in metric_classes if c not in classes]
        if unknown:
            raise ConfigError(f"{where}.classes: unknown class(es) {', '.join(unknown)}")
        context = _strings(entry.get("context", []), f"{where}.context", allow_empty=True)
        exclude = _strings(entry.get("exclude", []), f"{where}.exclude", allow_empty=True)
        near = _strings(entry.get("exclude_in_sentence", []), f"{where}.exclude_in_sentence",
                        allow_empty=True)
        requires = entry.get("requires_context", False)
        if not isinstance(requires, bool):
            raise ConfigError(f"{where}: 'requires_context' must be true or false")
        if requires and not context:
            raise ConfigError(f"{where}: 'requires_context' needs a 'context' list")
        strict_classes = _strings(entry.get("context_required_for", []),
                                  f"{where}.context_required_for", allow_empty=True)
        if any(c not in metric_classes for c in strict_classes):
            raise ConfigError(f"{where}.context_required_for: classes must be among the "
                              "metric's classes")
        not_before = entry.get("not_before", "")
        if not_before and not (isinstance(not_before, str) and
                               re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", not_before)):
            raise ConfigError(f"{where}: 'not_before' must be a date written YYYY-MM-DD in "
                              "quotes")
        event_day = entry.get("event_day", "")
        if event_day and not (isinstance(event_day, str) and
                              re.fullmatch(r"\d{4}-\d{2}-\d{2}", event_day)):
            raise ConfigError(f"{where}: 'event_day' must be a day written YYYY-MM-DD in "
                              "quotes")
        index_lists[f"cue:{metric_id}"] = _strings(entry.get("cues"), f"{where}.cues")
        index_lists[f"weak_cue:{metric_id}"] = _strings(entry.get("weak_cues", []),
                                                        f"{where}.weak_cues", allow_empty=True)
        index_lists[f"context:{metric_id}"] = context
        index_lists[f"heading:{metric_id}"] = _strings(entry.get("heading_context", []),
                                                       f"{where}.heading_context",
                                                       allow_empty=True)
        index_lists[f"agent:{metric_id}"] = _strings(entry.get("agents", []),
                                                     f"{where}.agents", allow_empty=True)
        index_lists[f"exclude:{metric_id}"] = exclude
        index_lists[f"exclude_in_sentence:{metric_id}"] = near
        metrics.append(Metric(
            id=metric_id, label=entry["label"], kind=entry["kind"], unit=entry["unit"],
            classes=frozenset(metric_classes),
            cues=tuple(index_lists[f"cue:{metric_id}"]), context=tuple(context),
            exclude=tuple(exclude), exclude_in_sentence=tuple(near),
            requires_context=requires, context_required_for=frozenset(strict_classes),
            weak_cues=tuple(index_lists[f"weak_cue:{metric_id}"]), not_before=not_before,
            event_day=event_day,
            heading_context=tuple(index_lists[f"heading:{metric_id}"]),
            agents=tuple(index_lists[f"agent:{metric_id}"]),
        ))

    metric_ids = {m.id for m in metrics}
    for metric_id, entry in raw_metrics.items():
        begun = _strings(entry.get("begins", []), f"{source}: metrics.{metric_id}.begins",
                         allow_empty=True)
        unknown = [b for b in begun if b not in metric_ids]
        if unknown:
            raise ConfigError(f"{source}: metrics.{metric_id}.begins: unknown metric(s) "
                              f"{', '.join(unknown)}")
        ended = entry.get("ends", "")
        if ended and (not isinstance(ended, str) or ended not in metric_ids):
            raise ConfigError(f"{source}: metrics.{metric_id}.ends: must name one metric of "
                              f"the file, not {ended!r}")
        if begun or ended:
            at = next(i for i, m in enumerate(metrics) if m.id == metric_id)
            metrics[at] = dataclasses.replace(metrics[at], begins=frozenset(begun), ends=ended)
    subgroups: list[Subgroup] = []
    for subgroup_id, entry in raw_subgroups.items():
        where = f"{source}: subgroups.{subgroup_id}"
        entry = _check_keys(entry, _SUBGROUP_KEYS, where)
        allowed = _strings(entry.get("metrics", []), f"{where}.metrics", allow_empty=True)
        unknown = [m for m in allowed if m not in metric_ids]
        if unknown:
            raise ConfigError(f"{where}.metrics: unknown metric(s) {', '.join(unknown)}")
        subgroups.append(Subgroup(subgroup_id, phrase_regex(_strings(entry.get("words"),
                                                                     f"{where}.words")),
                                  frozenset(allowed)))
    subgroup_ids = {s.id for s in subgroups}
    for name, noun_class in classes.items():
        if noun_class.subgroup and noun_class.subgroup not in subgroup_ids:
            raise ConfigError(f"{source}: classes.{name}: unknown subgroup "
                              f"{noun_class.subgroup!r}")

    return Taxonomy(
        version=version, classes=classes, phrases=phrases,
        max_phrase_words=max(len(p.split()) for p in phrases),
        metrics=tuple(metrics), subgroups=tuple(subgroups),
        phrase_lists=tuple((k, tuple(v)) for k, v in index_lists.items()),
    )


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_FILE) -> Taxonomy:
    """Load and validate the taxonomy file (cached per path)."""
    return parse_taxonomy(read_yaml(Path(path)), source=str(path))
