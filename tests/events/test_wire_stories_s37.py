"""Wrong events found by the session-37 lead read-through of six wire stories (Turkey expelling
Israel's envoy, September 2011; Seoul's measures after the Cheonan, May 2010; Pakistan's
reply to India's Kashmir move, August 2019; China's air defence zone, November 2013;
Duterte in Beijing, October 2016; the Hainan crew, April 2001), each a general class checked
on sentences written for detente (tests/events/test_readthrough_s37.py holds the rules from
the session's Mexico-Ecuador article)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 8, 7)


def _pairs(coder, text, day=DAY):
    return [(e.source_country, e.target_country, e.cameo) for e in coder.code_text(text, day)]


@pytest.mark.parametrize(
    "text, own, other",
    [
        (
            "Pakistan said on Wednesday it would expel India's high commissioner. The "
            "government said it would downgrade diplomatic ties with India.",
            "PAK",
            "IND",
        ),
        (
            "Moscow protested to the US envoy on Monday. The ministry also summoned the US "
            "ambassador.",
            "RUS",
            "USA",
        ),
    ],
)
def test_role_noun_is_not_the_side_its_sentence_acts_on(coder, text, own, other):
    # the last government named was the other side's (its envoy); "the government" that
    # downgrades ties with India is not India's but the side the story told acting
    second = coder.code_text(text, DAY)
    last = [e for e in second if e.source_start > text.index(". ") + 1]
    assert last and all(e.source_country == own for e in last), _pairs(coder, text)
    assert any(e.target_country == other for e in last), _pairs(coder, text)


def test_role_noun_still_takes_up_the_last_government_named(coder):
    # (control) nothing in its own sentence sets the ministry against Russia
    text = (
        "The United States imposed sanctions on Russia. The Russian foreign ministry summoned "
        "the US ambassador. The ministry said the measures were illegal."
    )
    last = [e for e in coder.code_text(text, DAY) if e.source_start > text.rindex(". ")]
    assert last and all(e.source_country == "RUS" for e in last), _pairs(coder, text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Prime Minister Shinzo Abe demanded that China revoke the zone, calling the move a "
            "dangerous attempt to change the status quo.",
            "JPN",
        ),
        (
            "Russia insisted that Washington withdraw its troops, accusing it of stoking the "
            "conflict.",
            "RUS",
        ),
    ],
)
def test_spoken_participle_after_a_demand_is_the_demanders(coder, text, speaker):
    # the calling closes the sentence after a comma: the demander speaks it, not the side
    # asked to act
    calls = [e for e in coder.code_text(text, DAY) if e.cameo_root == "11"]
    assert calls and all(e.source_country == speaker for e in calls), _pairs(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel's government said it regretted the loss of life in the raid.",
        "Turkey regretted the deaths of the nine activists.",
    ],
)
def test_regret_for_a_loss_is_no_disapproval(coder, text):
    got = coder.code_text(text, DAY)
    assert not [e for e in got if e.cameo_root == "11"], _pairs(coder, text)
    assert any(e.cameo == "018" for e in got), _pairs(coder, text)


def test_regret_for_an_act_stays_disapproval(coder):
    # (control) what is regretted is another side's act
    text = "Moscow regretted Washington's decision to expel its diplomats."
    assert ("RUS", "USA", "110") in _pairs(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli commandos raided a Gaza-bound aid flotilla on Monday.",
        "Israel refused to apologise for the raid on a Gaza-bound aid flotilla.",
    ],
)
def test_a_destination_owns_nothing(coder, text):
    # "a Gaza-bound flotilla" is bound for Gaza, not Gaza's
    assert not [e for e in coder.code_text(text, DAY) if e.target_country == "PSE"], _pairs(
        coder, text
    )


def test_judgement_joined_to_a_stated_clause_shares_its_subject(coder):
    # "… said India's move undermined China's sovereignty and was unacceptable": the move
    # (India's) is judged unacceptable, a criticism by China
    text = (
        "China said on Tuesday that India's move to make Ladakh a separate territory "
        "undermined China's territorial sovereignty and was unacceptable."
    )
    assert any(p[:2] == ("CHN", "IND") and p[2].startswith("11") for p in _pairs(coder, text)), (
        _pairs(coder, text)
    )


def test_a_blanked_dateline_is_no_part_of_a_headline_phrase(coder):
    text = (
        "Pakistan expels Indian envoy, suspends trade over Kashmir move\n\n"
        "ISLAMABAD, Aug 7 - Pakistan said on Wednesday it would expel India's high commissioner."
    )
    names = [e.target_name for e in coder.code_text(text, DAY)]
    assert names and not [n for n in names if "ISLAMABAD" in n or "\n" in n], names


def test_sorry_for_a_death_is_an_apology(coder):
    text = "The United States said it was very sorry for the death of the Chinese pilot."
    assert ("USA", "CHN", "055") in _pairs(coder, text, dt.date(2001, 4, 12))


def test_sorry_felt_for_someone_is_no_apology(coder):
    # (control) pity
    text = "Putin said he felt sorry for Trump."
    assert not [e for e in coder.code_text(text, DAY) if e.cameo == "055"]


def test_past_verb_joined_to_a_modal_is_the_speakers_act(coder):
    # "said Washington must bear … and demanded that …": the demand is made, not a thing
    # that must be
    text = (
        "China's foreign ministry said Washington must bear full responsibility for the "
        "collision and demanded that the United States stop its reconnaissance flights."
    )
    demands = [e for e in coder.code_text(text, DAY) if e.cameo_root == "10"]
    assert demands and all(e.modality == "asserted" for e in demands), _pairs(coder, text)


def test_act_marked_alleged_is_only_reported(coder):
    text = (
        "The UN imposed sanctions on Eritrea in 2009 over its alleged support for Islamist "
        "militants in Somalia."
    )
    support = [e for e in coder.code_text(text, DAY) if e.cameo_root == "05"]
    assert support and all(e.modality != "asserted" for e in support), _pairs(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Guterres said the United Nations would consider lifting sanctions on Eritrea, which "
        "were imposed in 2009 over its support for Islamist militants in Somalia.",
        "Sanctions on Eritrea were imposed in 2009 over its support for Islamist militants in "
        "Somalia.",
    ],
)
def test_reason_of_a_measure_told_as_passive_is_the_targets_act(coder, text):
    # "sanctions on Eritrea, which were imposed over its support …": Eritrea's support, not
    # the UN's
    support = [e for e in coder.code_text(text, DAY) if e.cameo_root == "05"]
    assert support and all(e.source_country == "ERI" for e in support), _pairs(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bush warned that the incident could damage relations.",
        "The ministry warned that a blockade of the bay would harm all countries of the region.",
    ],
)
def test_harm_a_thing_may_do_is_no_threat(coder, text):
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root == "13"], _pairs(coder, text)


def test_harm_someone_may_do_is_still_warned_of(coder):
    # (control) the warning names a side
    text = "Obama warned that Russian troops could harm civilians."
    assert any(
        e.cameo_root == "13" and e.target_country == "RUS" for e in coder.code_text(text, DAY)
    )
