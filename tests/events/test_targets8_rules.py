"""Who-to-whom rules found on the targets8 probe family (sentences written for detente):
the one a verb asks by its own preposition, the owner of a thing struck named by "its"/
"their", background told in the perfect before the news, "with" + a clause of its own, and
the one charged with an act in a gerund."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.evaluate.plv import main_event

PUB = dt.date(2024, 3, 14)


def _pairs(coder, text, root):
    """(source phrase, target phrase) of each event of CAMEO ``root``, any modality."""
    return [
        (
            text[e.source_start : e.source_end] if e.source_start is not None else "",
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, PUB)
        if e.cameo_root == root
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sweden called on Israel to end its attacks on Gaza's hospitals.", "Israel"),
        ("The pope appealed to the rebels to stop their attacks on Goma.", "rebels"),
        ("Norway called on Moscow to end its strikes on Ukraine's energy grid.", "Moscow"),
    ],
)
def test_the_one_asked_by_the_verb_s_own_preposition(coder, text, target):
    """ "called on X to end its attacks on Y": X is asked; Y, attacked, is inside the act
    asked for."""
    found = _pairs(coder, text, "02")
    assert found and all(target in t for _, t in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The Kurdistan Regional Government said Iran's Revolutionary Guards fired "
            "missiles at its territory near Erbil.",
            "IRQ",
        ),
        ("Al Jazeera said Israeli troops stormed its bureau in Ramallah.", "QAT"),
        (
            "Palestinian farmers in Turmus Ayya said Israeli settlers set fire to their "
            "olive groves.",
            "PSE",
        ),
    ],
)
def test_a_thing_struck_is_owned_by_whom_its_pronoun_stands_for(coder, text, target):
    """ "X said Y struck its territory": a side does not strike its own, so "its" stands for
    the speaker above, who is struck."""
    found = [e for e in coder.code_text(text, PUB) if e.cameo_root in ("17", "18", "19", "20")]
    assert found and all(e.target_country == target for e in found), found


def test_a_possessive_for_someone_else_keeps_its_reading(coder):
    text = "Israel struck Hezbollah, which had fired rockets at its northern towns."
    assert ("Hezbollah", "towns") in _pairs(coder, text, "19") or any(
        s == "Hezbollah" and "Israel" not in t for s, t in _pairs(coder, text, "19")
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Pirates have seized several ships off Somalia since January, and on Monday "
            "Indian commandos stormed a hijacked bulk carrier.",
            "Indian",
        ),
        (
            "Mali had already expelled the French envoy, and on Friday the junta ordered "
            "French troops out of the country.",
            "junta",
        ),
    ],
)
def test_background_in_the_perfect_is_told_beside_the_news(coder, text, source):
    """A perfect clause of time up to now ("have seized … since January", "had already
    expelled") sets the scene; the clause joined after it in the past tells the news."""
    events = coder.code_text(text, PUB)
    main = main_event(events)
    assert main is not None and main.source_start is not None, events
    assert source in text[main.source_start : main.source_end], events


def test_a_perfect_clause_of_its_own_is_not_background(coder):
    text = "Russia has attacked Ukraine's power grid, and Kyiv said it would respond."
    main = main_event(coder.code_text(text, PUB))
    assert main is not None and main.cameo_root == "19"


def test_with_and_a_clause_of_its_own_names_no_partner(coder):
    """ "signed a deal, with Z hailing it": Z watches; no party to the deal."""
    text = "Egypt and Sudan signed a water deal in Cairo, with Ethiopia's prime minister watching."
    found = _pairs(coder, text, "05")
    assert found and all("Ethiopia" not in t for _, t in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Manila accused the Chinese coast guard of ramming Philippine navy boats.",
            "Chinese coast guard",
            "Philippine navy",
        ),
        ("Kyiv accused Moscow of shelling a hospital in Kherson.", "Moscow", "Kherson"),
    ],
)
def test_the_one_charged_does_the_act_in_the_gerund(coder, text, source, target):
    """ "accused X of ramming Y": X is said to have rammed Y (reported, not asserted)."""
    found = [
        (text[e.source_start : e.source_end], text[e.target_start : e.target_end])
        for e in coder.code_text(text, PUB)
        if e.cameo_root in ("18", "19")
        and e.source_start is not None
        and e.target_start is not None
    ]
    assert any(source in s and target in t for s, t in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian forces pressed their assault on the town of Avdiivka.", "Avdiivka"),
        ("Israeli troops pressed their offensive against Hamas in Rafah.", "Hamas"),
    ],
)
def test_an_attack_pressed_on_is_the_attack_not_a_request(coder, text, target):
    """ "pressed their assault on X": the attack goes on; no one is asked anything."""
    assert not _pairs(coder, text, "02"), _pairs(coder, text, "02")
    assert any(target in t for _, t in _pairs(coder, text, "19")), _pairs(coder, text, "19")
