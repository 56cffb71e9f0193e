"""Gaps found by studying the PLOVER gold-standard records as a second development set
(session 28): wording, pairs and modality, each on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2017, 2, 16)


def _facts(coder, text, day=PUB):
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


def test_a_court_ruling_that_something_was_done_does_not_deny_it(coder):
    # "rule" denies only as "rule out"; a court that "ruled that" finds the act was done
    text = "The supreme court ruled that Kenya had illegally expelled Somali refugees."
    expulsions = [e for e in coder.code_text(text, PUB) if e.cameo_root == "17"]
    assert expulsions and all(e.modality == "asserted" for e in expulsions)
    text = "Moscow ruled out that Russian troops would attack Ukraine."
    attacks = [e for e in coder.code_text(text, PUB) if e.cameo_root == "19"]
    assert attacks and all(e.modality == "negated" for e in attacks)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a named outlet, or an outlet's own statement, is attribution, as "Xinhua said" is
        ("Lebanon arrested a Canadian aid worker, according to the Canadian Press.", "asserted"),
        ("The Sri Lankan army shelled Tamil villages, according to a press release.", "asserted"),
        ("According to Indian newspapers, China sent troops to the border.", "reported"),
        # media reports told in a clause of their own leave the clause before them alone
        ("Chad and Sudan agreed to a truce but media reports said fighting went on.", "asserted"),
        ("Chad and Sudan agreed to a truce, media reports said.", "reported"),
    ],
)
def test_what_media_reports_cover(coder, text, modality):
    events = [e for e in coder.code_text(text, PUB) if e.cameo_root != "01"]
    assert events and events[0].modality == modality


def test_a_pronoun_in_what_a_listener_is_told_is_the_listener(coder):
    # "told Uganda that it must withdraw": a demand on Uganda, not Kenya's own obligation
    for text in (
        "Kenya told Uganda that it must withdraw its troops from the border.",
        "The Kenyan president reminded Uganda that it must withdraw its troops.",
    ):
        assert ("KEN", "UGA", "10") in _facts(coder, text), text
    # a listener of another number leaves the pronoun to the speaker
    assert not [
        e
        for e in coder.code_text("Putin told reporters he must win the vote.", PUB)
        if e.cameo_root == "10"
    ]


def test_a_blows_own_modifier_does_not_name_whom_a_threat_is_aimed_at(coder):
    text = "Ethiopia threatened to launch a new military offensive unless Asmara gave in."
    threats = [e for e in coder.code_text(text, PUB) if e.cameo_root == "13"]
    assert [(e.source_country, e.target_country) for e in threats] == [("ETH", "ERI")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundian police abused detainees in custody.", ("BDI", "BDI", "18")),
        ("Egyptian police mistreated Sudanese refugees.", ("EGY", "SDN", "18")),
        ("The IAEA dispatched inspectors to Iran.", ("IAEA", "IRN", "09")),
        ("The UN deployed an investigation team to Myanmar.", ("UNO", "MMR", "09")),
    ],
)
def test_abuse_and_investigators_sent(coder, text, expected):
    assert expected in _facts(coder, text)


def test_abusing_power_assaults_no_one(coder):
    assert not [
        e for e in coder.code_text("The governor abused his power.", PUB) if e.cameo_root == "18"
    ]


def test_an_accusations_by_phrase_hung_on_its_gerund_is_its_agent(coder):
    # an active gerund takes no agent: "by Chile" accuses; "by arming rebels" is a means
    text = "The Peruvian president has been accused of embezzling funds by Chile."
    assert ("CHL", "PER", "11") in _facts(coder, text)
    text = "Iran was accused of destabilising the region by arming Houthi rebels."
    assert not [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]


@pytest.mark.parametrize(
    "text",
    [
        "Rwandan troops were engaged in attacks on Congolese villages.",
        "Rwandan troops were involved in the killing of Congolese civilians.",
    ],
)
def test_those_engaged_or_involved_in_an_act_do_it(coder, text):
    assert ("RWA", "COD", "19") in _facts(coder, text)


def test_an_act_said_to_be_out_of_the_question_is_rejected(coder):
    text = "American officials said that removing the sanctions on Myanmar is out of the question."
    assert ("USA", "MMR", "12") in _facts(coder, text)
    # a judgement of an act is a rejection only; no one is criticised for a gerund
    text = "Kenyan authorities said that talking to Somalia is unacceptable."
    assert not [e for e in coder.code_text(text, PUB) if e.cameo_root == "11"]


def test_a_participle_used_as_a_noun_matches_its_pattern_object(coder):
    text = "Jordanian troops evacuated the injured from Gaza."
    assert ("JOR", "PSE", "07") in _facts(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # "the US" is the country, not the speaker's "us"
        "Egypt said that the US must withdraw its troops from Syria.",
        # a finding is told as words are
        "The Egyptian president concluded that the United States must withdraw from Syria.",
    ],
)
def test_a_reported_obligation_on_the_us_is_a_demand(coder, text):
    assert ("EGY", "USA", "10") in _facts(coder, text)


def test_a_peacekeeping_force_withdrawn_is_peacekeeping_cut(coder):
    text = "Nigeria withdrew its peacekeeping force from Chad."
    assert [e.cameo for e in coder.code_text(text, PUB) if e.cameo_root == "16"] == ["1661"]


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon complained to the United Nations over two Israeli air raids.",
        "Lebanon complained to the United Nations over air raids by Israel.",
    ],
)
def test_a_complaint_is_against_whoever_did_what_it_is_about(coder, text):
    assert ("LBN", "ISR", "11") in _facts(coder, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iraq imposed a curfew in Basra after the riots.", "IRQ"),
        ("Thailand's army declared martial law across the country.", "THA"),
        ("The Ethiopian government declared a state of emergency.", "ETH"),
        ("Peru lifted the curfew in Lima.", "PER"),
    ],
)
def test_a_curfew_or_state_of_emergency_is_laid_on_the_state_s_own_ground(coder, text, target):
    """A curfew, martial law or a state of emergency covers the state's own country: it is
    coded on that country, though elsewhere a side's own country is never its target."""
    measures = [
        e for e in coder.code_text(text, PUB) if e.cameo in ("1723", "1724", "0813", "0814")
    ]
    assert measures and all(e.target_country == target for e in measures), measures


def test_a_curfew_on_another_side_s_people_stays_theirs(coder):
    text = "Israel imposed a curfew on Palestinian villages near Nablus."
    measures = [e for e in coder.code_text(text, PUB) if e.cameo == "1723"]
    assert measures and all(e.target_country == "PSE" for e in measures), measures
