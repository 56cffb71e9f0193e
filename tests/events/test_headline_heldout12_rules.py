"""Rules found on the June-August 2017 headline set (tests/data/headlines_heldout12.tsv),
each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 8, 1)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


def _roots(coder, text: str) -> set[str]:
    return {root for _, _, root in _facts(coder, text)}


# Someone in a job that a headline's verb "fires" is let go, even when the parser hangs the
# job on the verb as an apposition; rockets and shots fired are still fire.
FIRED_FROM_JOBS = [
    ("google fires the engineer who wrote a memo on women in tech", False),
    ("acme fires the analyst who leaked the figures", False),
    ("The army fired rockets at Israeli towns.", True),
]


@pytest.mark.parametrize(("text", "force"), FIRED_FROM_JOBS)
def test_someone_fired_from_a_job_is_not_shot(coder, text, force):
    assert bool(_roots(coder, text) & {"18", "19", "20"}) is force


# A flight is a visit only when it reaches somewhere: a missile's flight time or a leader's
# hours in the air visit no one; "flew to Cairo" and "flew in" still do.
FLIGHTS = [
    ("north korea says it has tested a new missile ; it flew for 39 minutes.", False),
    ("The missile flew over Hokkaido before it fell into the sea.", False),
    ("Kerry flew to Cairo on Monday.", True),
    ("Pompeo flew into Baghdad on Tuesday.", True),
]


@pytest.mark.parametrize(("text", "visit"), FLIGHTS)
def test_a_flight_with_nowhere_reached_is_no_visit(coder, text, visit):
    assert ("04" in _roots(coder, text)) is visit


def test_a_leader_who_flies_in_still_visits(coder):
    events = coder.code_text("Putin flew in on Monday.", DAY)
    assert any(e.cameo == "042" for e in events)


# A court that agrees to hear or take up a case sets its docket; it cooperates with no one.
# A state that agrees to hear a proposal or to review a deal still says it will cooperate.
CASES_TAKEN_UP = [
    ("the supreme court agrees to hear a case on partisan maps in wisconsin", False),
    ("The Supreme Court agreed to take up the appeal of the travel ban.", False),
    ("Israel agreed to review the Egyptian proposal for a truce.", True),
]


@pytest.mark.parametrize(("text", "agrees"), CASES_TAKEN_UP)
def test_a_court_taking_a_case_cooperates_with_no_one(coder, text, agrees):
    assert ("03" in _roots(coder, text)) is agrees


# A state that orders another to close its embassy or consulate, or to cut its diplomatic
# staff, cuts relations with it (161), as ordering its envoy out does.
DIPLOMATIC_CUTS = [
    ("the u.s. orders russia to close its consulate in san francisco", ("USA", "RUS", "16")),
    ("Britain ordered Iran to close its embassy in London.", ("GBR", "IRN", "16")),
    ("russia orders the u.s. to cut its diplomatic staff", ("RUS", "USA", "16")),
    ("China ordered Lithuania to reduce its embassy staff in Beijing.", ("CHN", "LTU", "16")),
]


@pytest.mark.parametrize(("text", "wanted"), DIPLOMATIC_CUTS)
def test_a_diplomatic_presence_ordered_cut_reduces_relations(coder, text, wanted):
    assert wanted in _facts(coder, text)


def test_a_plant_ordered_closed_is_no_diplomatic_cut(coder):
    roots = _roots(coder, "The government ordered the company to close its plant in Ohio.")
    assert "16" not in roots


# One who is disappointed in a side disapproves of it (110), as one disappointed with it does.
DISAPPOINTED_IN = [
    ("trump says he is very disappointed in china for doing nothing about north korea", "CHN"),
    ("Erdogan said Turkey was deeply disappointed in the European Union.", "EU"),
]


@pytest.mark.parametrize(("text", "target"), DISAPPOINTED_IN)
def test_disappointed_in_a_side_disapproves_of_it(coder, text, target):
    assert any(t == target and root == "11" for _, t, root in _facts(coder, text))


# "calling it seriously flawed" names what the thing is called: no phone call is made, even
# when the parser reads "it seriously flawed" as a clause of its own.
CALLED_FLAWED = [
    "trump signs the russia sanctions bill, calling it seriously flawed",
    "Trump signed the bill on Wednesday, calling it seriously flawed.",
]


@pytest.mark.parametrize("text", CALLED_FLAWED)
def test_calling_a_thing_something_is_no_phone_call(coder, text):
    assert "04" not in _roots(coder, text)


# A sanctions bill signed enacts the sanctions on the side it names (163); a letter signed
# sanctions no one.
SIGNED_SANCTIONS = [
    ("trump signs the russia sanctions bill, calling it seriously flawed", ("USA", "RUS", "16")),
    ("Trump signed a sanctions bill on North Korea.", ("USA", "PRK", "16")),
]


@pytest.mark.parametrize(("text", "wanted"), SIGNED_SANCTIONS)
def test_a_sanctions_bill_signed_sanctions(coder, text, wanted):
    assert wanted in _facts(coder, text)


def test_a_letter_signed_sanctions_no_one(coder):
    assert "16" not in _roots(coder, "The senators signed a letter to Putin on Russia.")


# Envoys a side says must leave are expelled (161), as envoys ordered out are; troops said to
# have to leave are only asked to (100).
ENVOYS_SENT_AWAY = [
    ("putin says 755 american diplomats and staff must leave russia", ("RUS", "USA", "16")),
    ("Malaysia said the North Korean ambassador must leave within 48 hours.", ("MYS", "PRK", "16")),
]


@pytest.mark.parametrize(("text", "wanted"), ENVOYS_SENT_AWAY)
def test_envoys_who_must_leave_are_expelled(coder, text, wanted):
    assert wanted in _facts(coder, text)


def test_troops_who_must_leave_are_asked_to(coder):
    roots = _roots(coder, "Putin said American troops must leave Syria.")
    assert "10" in roots and "16" not in roots


# A headline's speaker may be told with the place spoken in before the colon that stands for
# "said"; a topic in a place before a colon names no speaker.
SPOKEN_IN_A_PLACE = [
    (
        "tillerson in kiev: russia must take the first step to end the violence",
        ("USA", "RUS", "10"),
    ),
    ("merkel in beijing: china must open its markets", ("DEU", "CHN", "10")),
]


@pytest.mark.parametrize(("text", "wanted"), SPOKEN_IN_A_PLACE)
def test_a_speaker_in_a_place_before_a_colon_says(coder, text, wanted):
    assert wanted in _facts(coder, text)


def test_a_topic_in_a_place_before_a_colon_says_nothing(coder):
    assert not _facts(coder, "Sanctions in Iran: What to Know")


# A side that backs a measure against another (sanctions, an embargo) backs the measure and
# its imposer, never the side it is aimed at.
MEASURES_BACKED = [
    ("Germany backs new sanctions on Russia.", "RUS", None),
    ("the house votes 419 to 3 for new sanctions on russia, iran and north korea", "RUS", None),
    ("Britain welcomed the new EU sanctions on Belarus.", "BLR", "EU"),
    ("Trump praised the Saudi embargo on Qatar.", "QAT", "SAU"),
]


@pytest.mark.parametrize(("text", "aimed_at", "imposer"), MEASURES_BACKED)
def test_a_measure_backed_supports_no_one_it_is_aimed_at(coder, text, aimed_at, imposer):
    supported = {t for _, t, root in _facts(coder, text) if root == "05"}
    assert aimed_at not in supported
    assert imposer is None or imposer in supported


def test_a_bid_backed_still_supports_its_side(coder):
    assert ("DEU", "UKR", "05") in _facts(coder, "Germany backs Ukraine's bid to join the EU.")


def test_the_measures_backed_back_their_imposer(coder):
    text = (
        "In January ECOWAS imposed sanctions on Mali. France and the European Union backed the"
        " sanctions."
    )
    assert ("FRA", "ECOWAS", "05") in _facts(coder, text)
