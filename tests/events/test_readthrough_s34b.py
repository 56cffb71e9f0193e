"""Leftovers of the session-34 read-through (a wire story on the 2018 expulsions after the
Salisbury poisoning, a translated analysis of India and China after the Galwan clash), each a
general class checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

SATURDAY = dt.date(2018, 3, 17)


def _events(coder, text, day=SATURDAY):
    return coder.code_text(text, day)


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        ("Tokyo expressed deep concern and called on Beijing to show restraint.", "concern"),
        ("The Kenyan foreign ministry expressed strong concern.", "concern"),
        ("Berlin voiced serious concern and asked Ankara to free the reporter.", "concern"),
        ("The French government expressed its regret and urged Algiers to reconsider.", "regret"),
    ],
)
def test_a_feeling_voiced_is_no_target(coder, text, feeling):
    # the concern or regret a side voices is a state of mind, never whom it is aimed at
    events = _events(coder, text)
    assert events, text
    assert not any(feeling in e.target_name for e in events), [
        (e.cameo, e.target_name) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli prime minister said his security cabinet would meet on Sunday to weigh "
        "the next steps.",
        "Downing Street said the National Security Council would meet early next week to "
        "consider the next steps.",
        "The Turkish cabinet convened on Monday evening.",
    ],
)
def test_a_states_own_council_sitting_alone_meets_no_one(coder, text):
    # a cabinet or council of one's own government meeting has no counterpart
    events = _events(coder, text)
    assert not any(e.cameo.startswith("04") and e.target_name for e in events), [
        (e.cameo, e.target_name) for e in events
    ]


def test_a_council_meeting_a_partner_still_meets_it(coder):
    codes = {(e.cameo, e.target_country) for e in _events(coder, "Putin met with Erdogan.")}
    assert ("040", "TUR") in codes, codes


def test_the_next_steps_stand_for_no_act_told_before(coder):
    # "the next steps" are still ahead: no step of Moscow's told before is weighed
    text = (
        "Russia expelled 23 British diplomats on Saturday. "
        "Downing Street said the National Security Council would meet early next week to "
        "consider the next steps."
    )
    later = [e for e in _events(coder, text) if e.sentence_id == 1]
    assert not any(e.target_country == "RUS" for e in later), [
        (e.cameo, e.target_name) for e in later
    ]


@pytest.mark.parametrize(
    ("text", "setter"),
    [
        (
            "Theresa May ordered the expulsions after Moscow ignored a deadline to explain "
            "how the nerve agent was used.",
            "GBR",
        ),
        (
            "Washington imposed new sanctions after Tehran ignored an ultimatum to free the "
            "sailors.",
            "USA",
        ),
        ("The European Union froze the aid when Belgrade ignored the deadline.", "EU"),
    ],
)
def test_a_deadline_ignored_is_defied_at_whoever_answers_it(coder, text, setter):
    # the side that acts after a deadline is ignored is the side that set it
    rejections = [e for e in _events(coder, text) if e.cameo.startswith("12")]
    assert rejections and all(e.target_country == setter for e in rejections), [
        (e.cameo, e.target_name) for e in rejections
    ]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Lavrov suggested that Britain itself might have had an interest in staging the "
            "poisoning.",
            "GBR",
        ),
        (
            "The Kremlin said the claims were groundless and suggested that London had staged "
            "the attack.",
            "GBR",
        ),
        ("Damascus said the rebels had orchestrated the chemical attack.", "SYR"),
    ],
)
def test_a_hostile_act_said_to_be_staged_accuses_the_stager(coder, text, accused):
    # a side said to have staged an attack, or to have had an interest in staging it, is
    # accused of it
    codes = {(e.cameo, e.target_country) for e in _events(coder, text)}
    assert ("112", accused) in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Moscow had staged a military parade.",
        "The activist staged a hunger strike in prison, his lawyer said.",
        "The minister said Germany had an interest in stronger trade ties.",
    ],
)
def test_a_show_staged_or_an_interest_in_trade_accuses_no_one(coder, text):
    assert not any(e.cameo.startswith("11") for e in _events(coder, text))


@pytest.mark.parametrize(
    ("text", "sides", "day"),
    [
        (
            "The bloody clash which occurred on the night of 15 June in the Galwan valley has "
            "become the most serious crisis between India and China in decades.",
            {"IND", "CHN"},
            dt.date(2020, 6, 15),
        ),
        (
            "The border clash on 2 May remains the worst incident between Kyrgyzstan and "
            "Tajikistan in years.",
            {"KGZ", "TJK"},
            dt.date(2020, 5, 2),
        ),
    ],
)
def test_a_clash_called_a_crisis_between_two_sides_is_fought_between_them(coder, text, sides, day):
    # the sides named in the predicate noun's "between" phrase fought the clash, both ways,
    # on the clash's own day
    fights = [e for e in _events(coder, text, dt.date(2020, 7, 4)) if e.cameo.startswith("19")]
    pairs = {(e.source_country, e.target_country) for e in fights}
    a, b = sorted(sides)
    assert {(a, b), (b, a)} <= pairs, pairs
    assert all(e.date == day for e in fights), [(e.cameo, e.date) for e in fights]


@pytest.mark.parametrize(
    ("text", "code", "permitted"),
    [
        (
            "Russia also withdrew permission for Britain to reopen its consulate general in "
            "St Petersburg.",
            "161",
            "GBR",
        ),
        ("Turkey revoked permission for US aircraft to use the Incirlik base.", "160", "USA"),
    ],
)
def test_a_permission_withdrawn_from_a_state_cuts_relations(coder, text, code, permitted):
    # a leave once given and taken back cuts relations with whoever it let act (a mission's
    # leave: diplomatic relations)
    codes = {(e.cameo, e.target_country) for e in _events(coder, text)}
    assert (code, permitted) in codes, codes


def test_it_is_no_nationality_of_a_person_named_before(coder):
    # "British" in "British Ambassador Laurie Bristow" only tells the envoy's nationality:
    # the next sentence's "it" is the ministry that summoned him
    text = (
        "The Russian Foreign Ministry summoned British Ambassador Laurie Bristow on Saturday "
        "morning. It also revoked the accreditation of the British military attache."
    )
    later = [e for e in _events(coder, text) if e.sentence_id == 1]
    assert later and all(e.source_country == "RUS" for e in later), [
        (e.source_name, e.cameo, e.target_name) for e in later
    ]
