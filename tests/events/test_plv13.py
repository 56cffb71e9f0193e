"""Rules from the plv13 study family (YIELD, AID, THREATEN and PROTEST in long real-news
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
    ("text", "who", "whom"),
    [
        (
            "North Korea threatened in August 2015 to attack the South Korean loudspeakers "
            "blaring propaganda across the border.",
            "North Korea",
            "South Korea",
        ),
        (
            "The Houthis vowed on Sunday to strike Saudi oil facilities again.",
            "Houthis",
            "Saudi",
        ),
        (
            "Serbia's president threatened last week to send troops into northern Kosovo.",
            "Serbia",
            "Kosovo",
        ),
    ],
)
def test_a_time_phrase_before_the_to_clause_keeps_the_threat(coder, text, who, whom):
    # the parser reads the "to" clause after "in July 2018" as a purpose; it is what is
    # threatened, as with no time phrase between
    events = [e for e in _events(coder, text) if e.cameo_root == "13"]
    assert any(who in e.source_name and whom in e.target_name for e in events), _pairs(
        _events(coder, text)
    )


def test_a_trip_made_in_time_to_do_something_is_no_will(coder):
    from detente.nlp.pipeline import load_pipeline

    doc = load_pipeline()("The minister travelled in June to meet his counterpart.")
    assert [t.dep_ for t in doc if t.lemma_ == "meet"] == ["advcl"]


@pytest.mark.parametrize(
    ("text", "giver", "armed"),
    [
        ("Iran has armed Yemen's Houthi fighters with drones.", "Iran", "Yemen"),
        ("Pakistan has armed Afghanistan's Taliban with rifles.", "Pakistan", "Taliban"),
    ],
)
def test_a_subject_hung_on_the_auxiliary_is_the_verbs(coder, text, giver, armed):
    # the parser made the subject that of "has", before a possessed object
    events = [e for e in _events(coder, text) if e.cameo_root == "07"]
    assert any(giver in e.source_name and armed in e.target_name for e in events), _pairs(
        _events(coder, text)
    )


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [
        (
            "The Taliban's threat to attack Pakistan unless it stopped air strikes alarmed "
            "Islamabad.",
            "Taliban",
            "Pakistan",
        ),
        (
            "A threat by Hamas to kill the hostages if Israel bombed Gaza drew condemnation.",
            "Hamas",
            "hostages",
        ),
    ],
)
def test_a_threat_noun_keeps_its_condition(coder, text, who, whom):
    # the "unless" or "if" clause is the threat's own, not a guess at the act
    events = [e for e in _events(coder, text) if e.cameo_root == "13"]
    assert any(who in e.source_name and whom in e.target_name for e in events), _pairs(
        _events(coder, text)
    )


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        (
            "Workers staged sit-ins at the factory gates for a month in 2019 against the "
            "management that had cut their wages.",
            "management",
        ),
        (
            "Supporters of the ousted leader held sit-ins at Independence Square for weeks in "
            "2014 against the army that had deposed him.",
            "army",
        ),
    ],
)
def test_the_side_a_sit_in_is_against_comes_before_its_place(coder, text, aim):
    events = [e for e in _events(coder, text) if e.cameo_root == "14"]
    assert events and aim in events[0].target_name, _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Western diplomats walked out of the Human Rights Council during a speech by "
            "Russian Foreign Minister Sergei Lavrov in March 2022.",
            "Lavrov",
        ),
        (
            "Dozens of delegates walked out of the hall during Netanyahu's address to the "
            "General Assembly.",
            "Netanyahu",
        ),
    ],
)
def test_a_walkout_during_a_speech_is_aimed_at_the_speaker(coder, text, speaker):
    events = [e for e in _events(coder, text) if e.cameo_root == "14"]
    assert any(speaker in e.target_name for e in events), _pairs(_events(coder, text))


def test_a_walkout_during_a_debate_names_no_speaker(coder):
    text = "Opposition lawmakers walked out of parliament during the budget debate."
    events = [e for e in _events(coder, text) if e.cameo_root == "14"]
    assert all("debate" not in e.target_name for e in events), _pairs(_events(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rail workers stopped work across France on Tuesday, in a row with the government over "
        "pension reform.",
        "Teachers staged a national strike in March, walking out of schools across Scotland "
        "in a pay dispute with the government.",
    ],
)
def test_a_strike_in_a_dispute_is_aimed_at_the_other_side(coder, text):
    events = [e for e in _events(coder, text) if e.cameo_root == "14"]
    assert any("government" in e.target_name for e in events), _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "code", "whom"),
    [
        (
            "Sudan's army chief relinquished the chairmanship of the sovereign council in 2019.",
            "0831",
            "",
        ),
        ("British troops handed their base in Basra to Iraqi forces in 2007.", "0874", "Iraqi"),
        (
            "The Smithsonian transferred ownership of 29 Benin Bronzes to Nigeria in 2022.",
            "0842",
            "Nigeria",
        ),
    ],
)
def test_offices_bases_and_ownership_given_up(coder, text, code, whom):
    events = [e for e in _events(coder, text) if e.cameo == code]
    assert any(whom in e.target_name for e in events), _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "code", "who", "where"),
    [
        (
            "The arrival of Nigerian peacekeepers in Liberia in 1990 ended the siege of Monrovia.",
            "074",
            "Nigeria",
            "Liberia",
        ),
        (
            "The arrival of American troops in Poland in 2017 angered Moscow.",
            "150",
            "America",
            "Poland",
        ),
    ],
)
def test_the_arrival_of_forces_is_their_deployment(coder, text, code, who, where):
    # the "of" phrase names who comes; peacekeepers keep the peace, troops are deployed
    events = [e for e in _events(coder, text) if e.cameo == code]
    assert any(who in e.source_name and where in e.target_name for e in events), _pairs(
        _events(coder, text)
    )


def test_the_arrival_of_a_delegation_is_no_deployment(coder):
    text = "The arrival of the Chinese delegation in Washington was delayed."
    events = [e for e in _events(coder, text) if e.cameo_root in ("07", "15")]
    assert not events, _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Australia sent a navy ship with medical supplies and water to Fiji after the cyclone.",
            "Fiji",
        ),
        (
            "France dispatched a helicopter carrier with drinking water to the Comoros in 2019.",
            "Comoros",
        ),
    ],
)
def test_a_craft_sent_with_relief_is_aid(coder, text, place):
    events = [e for e in _events(coder, text) if e.cameo_root == "07"]
    assert any(place in e.target_name for e in events), _pairs(_events(coder, text))


def test_warships_sent_with_marines_stay_a_show_of_force(coder):
    text = "China sent warships with marines to the South China Sea."
    assert not [e for e in _events(coder, text) if e.cameo_root == "07"]
