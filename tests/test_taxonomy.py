"""The taxonomy file: contract metric ids, validation with clear messages."""

from __future__ import annotations

import copy

import pytest
import yaml

from analysis.config import TAXONOMY_FILE
from analysis.lexicon import ConfigError
from analysis.taxonomy import load_taxonomy, parse_taxonomy

CONTRACT_METRICS = {
    "palestinian_prisoners_held", "palestinian_prisoners_released", "hostages_held",
    "hostages_released", "hostages_abducted", "gaza_killed", "gaza_injured", "gaza_casualties",
    "israel_killed", "ceasefire_days",
}
CONTRACT_SUBGROUPS = {"children", "women", "deceased", "alive", "soldiers", "life_sentence"}


@pytest.fixture
def data():
    return yaml.safe_load(TAXONOMY_FILE.read_text(encoding="utf-8"))


def test_packaged_taxonomy_has_the_contract_ids():
    taxonomy = load_taxonomy()
    assert set(taxonomy.metric_ids) == CONTRACT_METRICS
    assert {s.id for s in taxonomy.subgroups} == CONTRACT_SUBGROUPS
    assert {m.kind for m in taxonomy.metrics} == {"level", "events"}
    assert taxonomy.metric("palestinian_prisoners_held").kind == "level"
    assert taxonomy.metric("hostages_released").kind == "events"


def test_a_new_metric_needs_only_data(data):
    data = copy.deepcopy(data)
    data["classes"]["truck"] = {"unit": "truck", "words": ["truck", "lorry"]}
    data["metrics"]["aid_trucks"] = {
        "label": "Aid trucks entering", "kind": "events", "unit": "truck",
        "classes": ["truck"], "cues": ["entered", "crossed"],
    }
    taxonomy = parse_taxonomy(data)
    assert "aid_trucks" in taxonomy.metric_ids
    assert taxonomy.phrases["lorry"] == "truck"


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["metrics"]["gaza_killed"].pop("cues"), "metrics.gaza_killed.cues"),
    (lambda d: d["metrics"]["gaza_killed"].update(kind="daily"), "metrics.gaza_killed: 'kind'"),
    (lambda d: d["metrics"]["gaza_killed"].update(classes=["ghost"]), "unknown class(es) ghost"),
    (lambda d: d["metrics"]["gaza_killed"].update(colour="red"), "unknown key(s) colour"),
    (lambda d: d["subgroups"]["alive"].update(metrics=["nope"]), "subgroups.alive.metrics"),
    (lambda d: d["classes"]["person"].update(words=[]), "classes.person.words"),
    (lambda d: d["classes"]["child"].update(subgroup="kids"), "unknown subgroup 'kids'"),
    (lambda d: d.pop("version"), "'version'"),
    (lambda d: d["metrics"]["gaza_killed"].update(exclude_in_sentence="orphaned"),
     "metrics.gaza_killed.exclude_in_sentence"),
    (lambda d: d["metrics"]["hostages_held"].update(weak_cues="alive"),
     "metrics.hostages_held.weak_cues"),
])
def test_bad_entries_are_named(data, edit, message):
    data = copy.deepcopy(data)
    edit(data)
    with pytest.raises(ConfigError) as info:
        parse_taxonomy(data, source="taxonomy.yaml")
    assert message in str(info.value)


def test_context_required_for_must_name_the_metrics_classes(data):
    data = copy.deepcopy(data)
    data["metrics"]["gaza_killed"]["context_required_for"] = ["hostage"]
    with pytest.raises(ConfigError, match="context_required_for"):
        parse_taxonomy(data)


def test_a_bare_yaml_boolean_in_a_word_list_is_refused(tmp_path):
    from analysis.config import LANGUAGE_FILE
    from analysis.lexicon import load_language

    language = yaml.safe_load(LANGUAGE_FILE.read_text(encoding="utf-8"))
    language["extraction"]["noun_phrase_stop"].append(True)  # what a bare `on` becomes
    bad = tmp_path / "language.yaml"
    bad.write_text(yaml.safe_dump(language), encoding="utf-8")
    with pytest.raises(ConfigError, match="noun_phrase_stop"):
        load_language(bad)



def test_not_before_must_be_a_date(data):
    data["metrics"]["israel_killed"]["not_before"] = "soon"
    with pytest.raises(ConfigError, match="not_before"):
        parse_taxonomy(data, "test")
    data["metrics"]["israel_killed"]["not_before"] = "2023-10-07"
    assert parse_taxonomy(data, "test").metric("israel_killed").not_before == "2023-10-07"


def test_a_shared_word_list_can_be_named_inside_another(data):
    # "exclude: [*other_places, held up]" holds a list inside a list: it is flattened.
    data = copy.deepcopy(data)
    data["metrics"]["ceasefire_days"]["exclude"] = [["sudan", "ukraine"], "held up"]
    taxonomy = parse_taxonomy(data)
    assert taxonomy.metric("ceasefire_days").exclude == ("sudan", "ukraine", "held up")
    assert "russia" in load_taxonomy().metric("hostages_released").exclude


@pytest.mark.parametrize(("metric", "key", "bad", "message", "packaged"), [
    ("israel_killed", "heading_context", "israel", "heading_context", ("israel",)),
    ("hostages_abducted", "begins", ["hostages_kept"], "begins: unknown metric",
     frozenset({"hostages_held"})),
    ("palestinian_prisoners_released", "agents", [7], "agents",
     ("israel", "israeli authorities", "the israeli government", "prison service")),
    ("hostages_released", "ends", "hostages_kept", "ends", "hostages_held"),
])
def test_the_keys_that_relate_metrics_are_validated(data, metric, key, bad, message, packaged):
    # a section heading's places, an event that begins or ends a level, who does an event
    data = copy.deepcopy(data)
    data["metrics"][metric][key] = bad
    with pytest.raises(ConfigError, match=message):
        parse_taxonomy(data)
    assert getattr(load_taxonomy().metric(metric), key) == packaged


def test_event_day_must_be_a_day(data):
    data["metrics"]["israel_killed"]["event_day"] = "2023-10"
    with pytest.raises(ConfigError, match="event_day"):
        parse_taxonomy(data, "test")
    data["metrics"]["israel_killed"]["event_day"] = "2023-10-07"
    assert parse_taxonomy(data, "test").metric("israel_killed").event_day == "2023-10-07"


def test_a_shared_list_holding_a_shared_list_is_flattened(data):
    edited = copy.deepcopy(data)
    edited["metrics"]["gaza_injured"]["exclude"] = [["west bank", ["sudan", "haiti"]], "x"]
    taxonomy = parse_taxonomy(edited)
    assert "haiti" in taxonomy.metric("gaza_injured").exclude
