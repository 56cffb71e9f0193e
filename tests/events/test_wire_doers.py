"""Who did it, as an analyst reads wire copy: an attack told with no doer is nobody's (not the
side that reports it), a pronoun after a person we cannot code stays with that person, and
a side that answers a claim about its own leader answers the claim's maker (sentences
written for detente)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 5, 9)


def _events(coder, text, root):
    """(source name, source code, target phrase) of each event of CAMEO ``root``."""
    return [
        (
            e.source_name,
            e.source,
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, PUB)
        if e.cameo_root == root
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An attack on an army checkpoint killed five Egyptian soldiers in Sinai, the ministry "
        "said.",
        "A drone strike killed a senior al Qaeda commander in Yemen, US officials said.",
        "A bombing at a market wounded 14 Iraqi civilians in Baghdad, police said.",
    ],
)
def test_an_attack_told_with_no_doer_is_not_the_reporters(coder, text):
    # the attack is the subject of its own verb of force: no doer is named, and whoever
    # tells of it (often the side that was hit) did not do it
    speakers = ("ministry", "US", "officials", "police")
    found = _events(coder, text, "19")
    assert found
    assert not any(name in speakers for name, _, _ in found)


def test_a_side_that_tells_of_an_attack_with_no_doer_charges_no_one(coder):
    # the UN tells of an attack on its troops: no one is named, so no one is accused
    text = (
        "A mortar attack wounded three UN peacekeepers in Mali on Tuesday, the United Nations said."
    )
    assert _events(coder, text, "19")
    assert not _events(coder, text, "11")


def test_a_side_that_tells_of_an_attack_by_a_named_side_still_charges_it(coder):
    text = (
        "Israeli aircraft struck targets in Gaza overnight, the Palestinian health ministry said."
    )
    assert [(c, t) for _, c, t in _events(coder, text, "11")] == [("PSEGOV", "Israeli aircraft")]


def test_the_speaker_still_owns_a_measure_it_tells_of(coder):
    # (a noun that only takes part in its clause still belongs to the speaker's side)
    text = "Haley said the sanctions against Russia will remain in place."
    assert ("Haley", "USA", "Russia") in _events(coder, text, "16")


@pytest.mark.parametrize(
    ("text", "person", "target"),
    [
        (
            "General Ahmed Saleh, a commander of the rebels, spoke on Monday. He accused the "
            "army of shelling villages.",
            "Ahmed Saleh",
            "the army",
        ),
        (
            "Putin met Erdogan in Sochi on Monday. Ahmed Saleh spoke to reporters later. He "
            "accused Turkey of shelling villages.",
            "Ahmed Saleh",
            "Turkey",
        ),
        (
            "Maria Petrova, an opposition activist, was released on Friday. She accused the "
            "police of beating her.",
            "Maria Petrova",
            "the police",
        ),
    ],
)
def test_a_pronoun_after_a_person_we_cannot_code_keeps_that_person(coder, text, person, target):
    # the event stays, with the person's name as an open source, and never jumps back to an
    # earlier person we can code
    found = _events(coder, text, "11")
    assert [(n, c) for n, c, _ in found] == [(person, "")]
    assert found[0][2].startswith(target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kremlin denied a report that Putin would meet the Pope.", ""),
        ("Hezbollah denied a report that its fighters had crossed into Israel.", ""),
        ("The army denied reports that soldiers had shot protesters in Khartoum.", ""),
        ("The Kremlin denied a report by Reuters that Putin would meet the Pope.", "Reuters"),
        ("Israel denied a report that Iran had sent weapons to Hezbollah.", "Iran"),
        (
            "The Kremlin dismissed a report that Putin and Biden were planning a meeting in "
            "Vienna.",
            "Biden",
        ),
    ],
)
def test_a_denied_claim_about_ones_own_side_is_aimed_at_its_maker(coder, text, target):
    # the claim's own subject is the denier's side: the denial answers whoever made the
    # claim, when named, else no one; another side the claim is about stays the target
    assert [t for _, _, t in _events(coder, text, "01")] == [target]
