"""A sentence of saying: what the speaker does in saying it, when, and what no one does
(sentences written for detente)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 2, 4)  # a Monday


def _facts(coder, text):
    return [e for e in coder.code_text(text, PUB) if e.is_fact]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would leave the pact next month and restart enrichment, accusing Europe "
        "of failing to keep the deal.",
        "The United States said it would withdraw from the treaty in six months, accusing "
        "Moscow of violating it for years.",
    ],
)
def test_a_closing_participle_of_speaking_is_done_in_the_saying(coder, text):
    """ "said it would quit …, accusing X": the accusing is made now, not planned."""
    assert any(e.plover == "ACCUSE" for e in _facts(coder, text))


def test_the_time_of_saying_dates_what_is_done_in_saying(coder):
    """ "said on Friday it would …, accusing Moscow": Friday is when it said and accused."""
    text = (
        "The United States said on Friday it would withdraw from the treaty in six months, "
        "accusing Moscow of violating it."
    )
    accusing = [e for e in _facts(coder, text) if e.plover == "ACCUSE"]
    assert accusing and all(e.date == dt.date(2019, 2, 1) for e in accusing)


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed a cruise missile banned by the 1987 treaty.",
        "We can no longer be restricted by the treaty, the minister said.",
        "Such arms sales are prohibited by the convention.",
    ],
)
def test_a_pact_or_law_is_no_doer(coder, text):
    """ "a missile banned by the treaty": the pact binds its parties; it does nothing."""
    doers = [text[e.source_start : e.source_end] for e in coder.code_text(text, PUB)]
    assert not any(w in d for d in doers for w in ("treaty", "convention")), doers


def test_a_charge_in_quotation_marks_is_the_speakers_word(coder):
    """'"Russia violates the treaty," Pompeo said': Pompeo accuses; that Russia violates
    it is his claim, not a fact the report asserts."""
    text = '"Moscow is violating the treaty every day," the secretary of state Pompeo said.'
    events = coder.code_text(text, PUB)
    assert any(e.plover == "ACCUSE" and e.is_fact for e in events)
    assert not any(e.source == "RUS" and e.is_fact for e in events)


def test_a_wire_attribution_after_an_act_still_tells_it(coder):
    """ "… shelled Armenian positions, Yerevan said" (no quotation marks): the wire tells the
    shelling, besides the charge."""
    text = "Azerbaijani forces shelled Armenian positions overnight, Yerevan said."
    facts = {e.plover for e in _facts(coder, text)}
    assert {"ASSAULT", "ACCUSE"} <= facts


def test_a_closing_participle_of_speaking_at_a_paragraph_end(coder):
    """The paragraph's line break after the full stop does not hide that the participle
    closes the sentence."""
    text = (
        "US to quit arms pact\n\nThe United States said on Friday it would withdraw from the "
        "treaty in six months and begin work on new missiles, accusing Moscow of violating "
        "it.\n\nRussia denied the charge."
    )
    accusing = [e for e in coder.code_text(text, PUB) if e.plover == "ACCUSE" and e.source == "USA"]
    assert accusing and all(e.is_fact and e.date == dt.date(2019, 2, 1) for e in accusing)


def test_a_forces_own_spokesman_tells_its_act(coder):
    """ "Army spokesman X said troops killed eight insurgents": the army's word on its own
    act, told as done (a charge against another side stays only reported)."""
    text = (
        "Nigerian troops free 20 hostages from Boko Haram camp\n\nMAIDUGURI, Nigeria (Wire) - "
        "Nigerian soldiers rescued 20 women and children held by Boko Haram militants in a "
        "raid on a camp in Borno state on Tuesday, the army said.\n\nArmy spokesman Onyema "
        "Nwachukwu said troops killed eight insurgents during the operation and recovered "
        "weapons. Two soldiers were wounded.\n\nA court in Abuja on Monday sentenced a "
        "former governor to 12 years in prison for fraud.\n\nNigeria's President Muhammadu "
        "Buhari thanked Chad and Cameroon for their help in the fight against the militants, "
        "his office said in a statement."
    )
    kills = [e for e in coder.code_text(text, dt.date(2019, 7, 10)) if e.plover == "ASSAULT"]
    assert kills and all(e.is_fact for e in kills)
    charge = (
        "The official representative of the defence ministry Igor Konashenkov stated that "
        "the Israeli pilots used the Russian aircraft as a cover."
    )
    assert not any(e.source == "ISR" and e.is_fact for e in coder.code_text(charge, PUB))


def _source_phrases(coder, text, plover):
    return [
        text[e.source_start : e.source_end]
        for e in _facts(coder, text)
        if e.plover == plover and e.source_start is not None
    ]


@pytest.mark.parametrize(
    ("text", "plover", "speaker"),
    [
        (
            "Iran's foreign minister Abbas Araqchi said Tehran stood fully behind Lebanon.",
            "SUPPORT",
            "Araqchi",
        ),
        (
            "The Chinese defence minister told reporters that Beijing would hold joint drills "
            "with Cambodia next month.",
            "AGREE",
            "minister",
        ),
    ],
)
def test_an_official_speaks_for_the_state_named_in_what_he_says(coder, text, plover, speaker):
    """ "Araqchi said Tehran stood behind Lebanon": as "Putin said his country would …", the
    speaker's own state named in what he says is his voice; the act is the speaker's."""
    found = _source_phrases(coder, text, plover)
    assert found and all(speaker in s for s in found), found


def test_a_state_named_before_a_closing_attribution_acts_itself(coder):
    """ "Iran fired missiles at Israel, Iran's foreign minister said": the wire's attribution
    names who tells it; the state named in the clause is the doer."""
    text = "Iran fired ballistic missiles at Israel on Tuesday, Iran's foreign minister said."
    found = _source_phrases(coder, text, "ASSAULT")
    assert found and all(s == "Iran" for s in found), found


def test_state_media_do_not_speak_for_two_states_they_name(coder):
    """ "Saudi state media reported that Riyadh and Tehran had agreed …": the media pass the
    news on, and two states named together act themselves."""
    text = (
        "Saudi state media reported that Riyadh and Tehran had agreed to restore diplomatic "
        "relations after talks in Beijing."
    )
    found = _source_phrases(coder, text, "AGREE")
    assert found and all("media" not in s for s in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Erdogan said that the order to kill Khashoggi came from the highest levels of the "
            "Saudi government.",
            ("TUR", "SAU"),
        ),
        ("Kyiv said the order to shoot down the airliner came from Moscow.", ("UKR", "RUS")),
    ],
)
def test_saying_whence_the_order_for_a_killing_came_accuses_its_source(coder, text, pair):
    """ "the order to kill X came from Y": Y ordered the killing, and saying so is an
    accusation (112) against Y, as "the killing was ordered by Y" is."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo_root == "11" and e.is_fact
        for e in coder.code_text(text, PUB)
    )
