"""Capitals opening a translated clause with its object first are parsed as a stand-in name."""

from __future__ import annotations

from detente.nlp.pipeline import mask_capitals


def _masked(text: str, name: str) -> str:
    chars = list(text)
    start = text.index(name)
    mask_capitals(chars, text, [(start, start + len(name))])
    return "".join(chars)


def test_a_capital_before_its_object_gets_a_stand_in_of_the_same_length():
    assert _masked("Rabat the position of Madrid praised.", "Rabat") == (
        "Paris the position of Madrid praised."
    )
    assert _masked("It ended. Baku on Monday the envoy summoned.", "Baku") == (
        "It ended. Oslo on Monday the envoy summoned."
    )


def test_a_capital_before_its_verb_or_inside_a_clause_is_kept():
    for text, name in [
        ("Rabat said the talks would resume.", "Rabat"),
        ("Talks in Rabat the next day failed.", "Rabat"),
    ]:
        assert _masked(text, name) == text
