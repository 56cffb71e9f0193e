"""Rules found on a machine-translated Frankfurt analysis (session 41: the killing of
Zelimkhan Khangoshvili in Berlin and the expulsions of December 2019): sentences invented for
detente about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 12, 14)


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_the_foreign_office_keeps_the_owner_its_story_first_gave_it(coder):
    # the first "Foreign Office" is Germany's (the story names Germany, not Britain); a
    # summit "near London" told later names Britain but does not hand the office over
    text = (
        "On Wednesday Germany expelled two Russian diplomats. The Foreign Office said that "
        "Moscow had not cooperated. Merkel, who attended the NATO summit near London, "
        "defended the step. On Thursday Russia expelled two German diplomats, and the "
        "Foreign Office criticised the Russian decision."
    )
    criticised = _facts(coder.code_text(text, PUB), "11")
    assert ("DEU", "RUS") in criticised, criticised
    assert not [pair for pair in criticised if "GBR" in pair], criticised


def test_the_foreign_office_first_named_with_britain_stays_britains(coder):
    text = (
        "Merkel met Johnson in London on Monday. The Foreign Office summoned the Russian "
        "ambassador. Later the Foreign Office criticised Moscow."
    )
    events = coder.code_text(text, PUB)
    assert ("GBR", "RUS") in _facts(events, "11"), _facts(events, "11")
    assert ("DEU", "RUS") not in _facts(events, "11")


def test_a_body_answering_words_it_names_the_speaker_of_is_not_his_side(coder):
    # the last government figure to act was Putin, but a body rejecting "this account of
    # Putin" answers him: it is the side he spoke against
    text = (
        "On Monday Merkel met Putin in Paris. Putin said that Germany had ignored requests "
        "of Moscow for an extradition. The Federal Government rejected on Tuesday this "
        "account of Putin."
    )
    rejected = _facts(coder.code_text(text, PUB), "12")
    assert ("DEU", "RUS") in rejected, rejected
    assert not [pair for pair in rejected if pair[0] == "RUS"], rejected


def test_a_new_government_answering_its_own_ousted_leader_stays_his_countrys(coder):
    # no other state in the story: the body stays the speaker's country
    text = (
        "Ousted Kyrgyz President Kurmanbek Bakiyev said he remained the legitimate leader. "
        "The interim government rejected the claims of Bakiyev."
    )
    rejected = _facts(coder.code_text(text, PUB), "12")
    assert not [pair for pair in rejected if pair[0] not in ("KGZ", None)], rejected


@pytest.mark.parametrize(
    "text",
    [
        # a translation's verb-last order: the model reads "an attack [that was] survived"
        "The Georgian had in Tbilisi already in 2015 an attack survived and lived since 2016 "
        "in Germany.",
        "The attack survived by the Georgian exile in Tbilisi in 2015 was never solved.",
    ],
)
def test_an_attack_told_as_survived_has_no_doer_in_whoever_survived_it(coder, text):
    events = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "19"]
    assert not [e for e in events if e.source_country == "GEO"], events


def test_an_attack_carried_out_stays_its_doers(coder):
    text = "Chechen separatists carried out an attack on Russian troops in 2015."
    events = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root in ("18", "19")]
    assert [e for e in events if e.target_country == "RUS"], events


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the summit Merkel spoke with Putin.",
        "On the margins of the Paris summit Merkel spoke with Putin about the case.",
    ],
)
def test_a_meeting_after_an_opening_setting_with_no_comma_is_held_with_the_partner(coder, text):
    # no comma after the opening phrase: the model read "the summit [that] Merkel spoke
    # with" and took the summit for the partner
    met = _facts(coder.code_text(text, PUB), "04")
    assert ("DEU", "RUS") in met, met


def test_a_clause_that_leaves_a_gap_stays_a_relative(coder):
    # "the summit Merkel spoke at" is a relative clause: no meeting with anyone
    text = "On the day of the summit Merkel spoke at, Putin met Macron."
    met = _facts(coder.code_text(text, PUB), "04")
    assert ("DEU", "RUS") not in met, met


@pytest.mark.parametrize(
    "text",
    [
        "On the margin of the summit spoke Merkel with Putin also about the case.",
        "On the sidelines of the conference spoke the chancellor Merkel with Putin.",
    ],
)
def test_a_verb_of_talking_second_after_an_opening_setting_has_its_doer_after_it(coder, text):
    # German puts the verb second after the setting, then the doer, then the partner
    met = _facts(coder.code_text(text, PUB), "04")
    assert ("DEU", "RUS") in met, met


@pytest.mark.parametrize(
    "text",
    [
        "The meeting in the Normandy format on Monday in the Élysée palace was actually to "
        "the war in the east of Ukraine dedicated.",
        "The conference in Berlin was actually to the war in Syria dedicated.",
    ],
)
def test_a_war_a_meeting_is_dedicated_to_is_its_matter_not_its_act(coder, text):
    # the verb-last "was … to the war … dedicated": the meeting's place waged no war
    events = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root in ("18", "19")]
    assert not events, events


def test_a_war_gone_to_keeps_its_doer(coder):
    text = "Russian troops went to war against Georgia in August 2008."
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root in ("18", "19", "20")]
    assert not [e for e in events if e.source_country not in ("", "RUS")], events
