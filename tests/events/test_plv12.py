"""Rules from the plv12 study family (ACCUSE, REJECT, COERCE and ASSAULT in long real-news
sentences, second round): each a general class, checked on sentences written for detente, not
on the study file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name) for e in events]


@pytest.mark.parametrize(
    ("text", "taker", "foe"),
    [
        (
            "Ukrainian troops retook the village of Robotyne from Russian forces in August.",
            "Ukrainian",
            "Russian",
        ),
        (
            "Iraqi forces retook the city of Tikrit from Islamic State in 2015.",
            "Iraqi",
            "Islamic State",
        ),
    ],
)
def test_a_verb_with_its_prefix_written_solid_is_read_as_the_verb(coder, text, taker, foe):
    # the model lemmatizes "retook" as itself; read as "retake", the lines for ground
    # taken back from a foe apply
    events = [e for e in _events(coder, text) if e.cameo_root == "19"]
    assert any(taker in e.source_name and foe in e.target_name for e in events), _pairs(
        _events(coder, text)
    )


def test_the_prefixed_lemma_leaves_known_verbs_alone(coder):
    from detente.nlp.pipeline import load_pipeline

    doc = load_pipeline()("The envoys reached a deal and the rebels reoccupied the town.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["reach", "reoccupy"]


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        (
            "The opposition said on Monday that the ruling party had rigged the general election.",
            "opposition",
            "ruling party",
        ),
        (
            "U.S. intelligence agencies said Russia interfered in the 2016 presidential election.",
            "U.S.",
            "Russia",
        ),
        (
            "Lawmakers said the defence minister had lied to parliament about the deal.",
            "Lawmakers",
            "minister",
        ),
    ],
)
def test_deceit_told_of_a_named_side_accuses_it(coder, text, speaker, accused):
    events = [e for e in _events(coder, text) if e.cameo == "112"]
    assert any(speaker in e.source_name and accused in e.target_name for e in events), _pairs(
        _events(coder, text)
    )


def test_deceit_told_of_no_one_accuses_no_one(coder):
    text = "Observers said the vote had been rigged in several districts."
    assert not [e for e in _events(coder, text) if e.cameo == "112"], _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "suspect"),
    [
        (
            "Police in Lima named the former interior minister as a suspect in the killings.",
            "minister",
        ),
        (
            "British police identified two Russian officers as the suspects in the poisoning.",
            "Russian",
        ),
        ("Washington singled out Tehran as the culprit behind the tanker attacks.", "Tehran"),
    ],
)
def test_a_side_named_as_a_suspect_is_accused(coder, text, suspect):
    events = [e for e in _events(coder, text) if e.cameo == "112"]
    assert any(suspect in e.target_name for e in events), _pairs(_events(coder, text))


def test_a_side_named_to_a_post_is_not_accused(coder):
    text = "The president named the former interior minister as his new envoy to Brazil."
    assert not [e for e in _events(coder, text) if e.cameo == "112"], _pairs(_events(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jihadist fighters wiped out an entire army patrol near the border with Niger on Sunday.",
        "The rebels wiped out a garrison of forty soldiers in the hills.",
    ],
)
def test_a_unit_wiped_out_is_an_attack(coder, text):
    assert [e for e in _events(coder, text) if e.cameo_root == "19"], _pairs(_events(coder, text))


def test_savings_wiped_out_are_no_attack(coder):
    text = "The currency crisis wiped out the savings of millions of Lebanese."
    assert not [e for e in _events(coder, text) if e.cameo_root in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("The interior ministry removed the elected mayor of Van from office on Monday.", "mayor"),
        ("The army ousted the president from power in a coup in 2021.", "president"),
        ("The judicial council suspended three judges from their posts.", "judges"),
    ],
)
def test_the_one_put_out_of_a_post_is_the_target_not_the_post(coder, text, removed):
    events = [e for e in _events(coder, text) if e.cameo_root == "17"]
    assert events and all(removed in e.target_name for e in events), _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        ("ADDIS ABABA - ", "Talks between Sudan and South Sudan on oil fees broke down on Friday."),
        ("BAGHDAD - ", "Protesters stormed the U.S. embassy compound on Tuesday."),
    ],
)
def test_a_plural_noun_opening_the_text_after_a_dateline_is_a_noun(coder, dateline, text):
    # after the blanked dateline the model read "Talks", "Protesters" as names (lemma
    # "Talks"): no nominal talks, protesters taken for someone named; a dateline changes nothing
    assert _pairs(_events(coder, dateline + text)) == _pairs(_events(coder, text))
    assert _events(coder, text)


def test_a_name_opening_the_text_after_a_dateline_stays_a_name():
    from detente.nlp.pipeline import load_pipeline

    doc = load_pipeline()("KYIV - Zelenskiy met Scholz.".replace("KYIV -", "      "))
    assert doc[1].lemma_ == "Zelenskiy"


@pytest.mark.parametrize(
    "text",
    [
        "The junta forced the country's last independent radio station to close in 2022.",
        "Authorities forced the rights group to disband after a court ruling.",
    ],
)
def test_an_outlet_or_group_forced_to_close_is_coerced(coder, text):
    events = [e for e in _events(coder, text) if e.cameo_root == "17"]
    assert events, _pairs(_events(coder, text))


def test_a_force_that_makes_people_flee_is_no_coercion_by_this_rule(coder):
    text = "The fighting forced thousands of villagers to flee."
    assert not [e for e in _events(coder, text) if e.cameo == "170"], _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Parliament threw out the president's budget plan on Tuesday.", "president"),
        ("The Supreme Court threw out the election results in Malawi's south.", "election"),
    ],
)
def test_a_plan_or_result_thrown_out_is_rejected(coder, text, owner):
    events = [e for e in _events(coder, text) if e.cameo_root == "12"]
    assert any(owner in e.target_name for e in events), _pairs(_events(coder, text))
