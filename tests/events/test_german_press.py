"""Rules found on a machine-translated Berlin analysis (session 37, Scholz in Beijing and the
COSCO stake in the Hamburg port, 2022): sentences invented for detente about real episodes,
in the word order and framing such translations use."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2022, 11, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Xi offered Germany a closer cooperation in a time of changes, and warned against the "
        "confrontation of blocs.",
        "Li Keqiang praised the German companies and warned against a decoupling of the two "
        "economies.",
        "Wang Yi met Baerbock in Bali and warned against unilateralism.",
    ],
)
def test_a_warning_against_an_ill_of_the_world_order_threatens_no_one(coder, text):
    # a bloc confrontation, a decoupling, unilateralism: a course the speaker cautions
    # against, not a threat to the side just offered, praised or met
    threats = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "13"]
    assert not threats, threats


def test_a_warning_to_a_side_against_its_act_stays_a_threat(coder):
    events = coder.code_text("China warned Japan against interfering in Taiwan.", PUB)
    assert [e for e in events if e.cameo_root == "13" and e.target == "JPN"], events


@pytest.mark.parametrize(
    "comment",
    [
        "The most important result of the trip concerns not the economy but the war.",
        "For Berlin this sentence counts as a success.",
        "This means a change of course for the chancellery.",
    ],
)
def test_a_comment_in_the_present_keeps_the_day_told(coder, comment):
    # a judgment of the told act by the author, no act at the time of writing: the
    # paragraph still tells Friday's visit
    text = (
        "On Friday the chancellor Scholz met Xi Jinping in Beijing.\n\n"
        f"{comment} Scholz called on China to use its influence on Russia."
    )
    asked = [e for e in coder.code_text(text, PUB) if e.cameo_root == "02" and e.target == "CHN"]
    assert asked and all(e.date == dt.date(2022, 11, 4) for e in asked), asked


def test_an_act_in_the_present_is_still_of_the_time_of_writing(coder):
    text = (
        "On Friday the chancellor Scholz met Xi Jinping in Beijing.\n\n"
        "Meanwhile Moscow and Beijing demonstrate their rapprochement. Lavrov praised China."
    )
    praised = [e for e in coder.code_text(text, PUB) if e.cameo_root == "05" and e.target == "CHN"]
    assert praised and all(e.date == PUB for e in praised), praised


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("In Beijing Scholz met Xi Jinping.", "DEU", "CHN"),
        (
            "In the Great Hall of the People Scholz met first the state and party chief Xi "
            "Jinping.",
            "DEU",
            "CHN",
        ),
        ("In the Kremlin Putin received the Chinese president.", "RUS", "CHN"),
    ],
)
def test_a_fronted_place_is_no_part_of_the_doer_after_it(coder, text, source, target):
    # the place set first without a comma, the doer's name right after it: the parser ran
    # the two names together and left the verb without a subject
    events = coder.code_text(text, PUB)
    assert [
        e
        for e in events
        if e.is_fact
        and e.cameo_root == "04"
        and e.source_country == source
        and e.target_country == target
    ], events


@pytest.mark.parametrize(
    "text",
    [
        "Xi, according to the state television, offered Germany a closer cooperation.",
        "Xi offered Germany, according to the state television, a closer cooperation in a "
        "time of changes, and warned against the confrontation of blocs.",
        "According to Russian television, Putin praised Germany.",
    ],
)
def test_what_happened_according_to_television_is_reported(coder, text):
    # an unnamed broadcaster is told like "the media": the act is reported, not asserted
    events = [e for e in coder.code_text(text, PUB) if e.target_country == "DEU"]
    assert events and all(e.modality == "reported" for e in events), events


def test_what_a_named_broadcaster_says_stays_its_own(coder):
    events = coder.code_text("According to CCTV, Xi praised Germany.", PUB)
    assert [e for e in events if e.target_country == "DEU" and e.modality == "asserted"], events
