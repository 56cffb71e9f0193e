"""Modality in reported speech and analysis (tests/events/modality_bed.py): the probe
families as floors, and the rules one by one. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest
from modality_bed import DATA, score

# A ratchet: raise when the coder improves, never lower. Before the rules of this file
# (facts / exact): study 0.800 / 0.655 of its first 55 rows and held-out 0.818 / 0.600; the
# study file's second round of 33 rows (evidence verbs, claims, open questions, deliberation,
# "may have", "stopped short of", raising passives) was 0.920 / 0.727 of 88 before its rules.
MODALITY_FLOORS = {"modality_study.tsv": (0.94, 0.79), "modality_heldout.tsv": (0.92, 0.78)}


@pytest.mark.parametrize(("name", "floors"), sorted(MODALITY_FLOORS.items()))
def test_modality_families(coder, name, floors):
    facts, exact, total, misses = score(coder, DATA / name)
    assert facts / total >= floors[0] and exact / total >= floors[1], [
        row["sentence"] for row, _ in misses
    ]


def _moods(coder, text, roots, published=dt.date(2020, 5, 4)):
    return [e.modality for e in coder.code_text(text, published) if e.cameo_root in roots]


@pytest.mark.parametrize(
    ("text", "roots", "want"),
    [
        # an act not done so far
        (
            "Egypt has yet to respond to Ethiopia's offer of talks on the dam.",
            ("03", "04"),
            "negated",
        ),
        ("Canada is yet to accept India's invitation to the summit.", ("03", "04"), "negated"),
        # a refusal to comment leaves what was reported a report, not a denial
        (
            "The army declined to comment on reports that its drones struck a camp in Mali.",
            ("18", "19"),
            "reported",
        ),
        (
            "The ministry would not confirm that Indian troops had crossed into Nepal.",
            ("15", "19", "17"),
            "reported",
        ),
        # hearsay told of the doer in the passive
        ("Qatar is said to have sent money to the rebels in Sudan.", ("07",), "reported"),
        ("The envoy is believed to have met Taliban leaders in Doha.", ("04",), "reported"),
        # imagined against what happened
        (
            "Had Kenya withdrawn its police, Haiti's gangs would not have attacked the port.",
            ("18", "19"),
            "hypothetical",
        ),
        # forced, not refused; a forecast, not an intent
        (
            "Russia will have no choice but to widen its offensive in the east, analysts say.",
            ("18", "19"),
            "hypothetical",
        ),
        (
            "Brazil will probably recognise the new government, diplomats predict.",
            ("05", "03"),
            "hypothetical",
        ),
        # unnamed speakers pass on hearsay
        (
            "Turkey bombed a Kurdish depot in Iraq, people familiar with the operation said.",
            ("18", "19"),
            "reported",
        ),
        (
            "Pakistan shelled posts in India, officers speaking on condition of anonymity said.",
            ("18", "19"),
            "reported",
        ),
        # an open question
        (
            "It is still unclear whether Iran will attend the talks in Oman.",
            ("04",),
            "hypothetical",
        ),
        ("Whether Seoul will host Kim this year is not known.", ("04",), "hypothetical"),
        # what evidence shows and what one claims are others' readings, not facts told
        (
            "Drone footage suggests that Eritrean troops looted a town in Tigray.",
            ("17", "18", "19"),
            "reported",
        ),
        (
            "Leaked records show that Chinese ships rammed a Philippine boat.",
            ("17", "18", "19"),
            "reported",
        ),
        (
            "Iranian television claimed that Israeli jets bombed a depot near Damascus.",
            ("18", "19"),
            "reported",
        ),
        # a hostile attempt is an act done, and a rumour of one stays a rumour
        (
            "Sudanese troops tried to seize a border post, officials speaking anonymously said.",
            ("17", "18", "19"),
            "reported",
        ),
    ],
)
def test_reported_speech_moods(coder, text, roots, want):
    got = _moods(coder, text, roots)
    assert got and got[0] == want, got


@pytest.mark.parametrize(
    ("text", "roots"),
    [
        # the rules do not reach plain acts and attributed statements
        ("Turkey bombed a Kurdish depot in Iraq, the defence ministry said.", ("18", "19")),
        ("Egypt responded to Ethiopia's offer of talks on the dam on Monday.", ("03", "04")),
        ("Azerbaijan shelled Armenian villages, the ministry in Yerevan said.", ("18", "19")),
    ],
)
def test_plain_acts_stay_asserted(coder, text, roots):
    got = _moods(coder, text, roots)
    assert "asserted" in got, got


def test_evidence_cited_by_a_side_is_its_charge(coder):
    """What a minister says images show is his accusation (the evidence rule is for
    evidence the sentence itself reports)."""
    text = (
        "Australia's foreign minister said that satellite images showed Chinese ships had "
        "rammed a Vietnamese trawler."
    )
    events = coder.code_text(text, dt.date(2020, 5, 4))
    assert any(e.cameo_root == "11" and e.modality == "asserted" for e in events), events
