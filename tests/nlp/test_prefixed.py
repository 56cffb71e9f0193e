"""Verbs with a hyphenated prefix ("re-imposed", "de-escalated") are read as one verb."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.nlp import load_pipeline

DAY = dt.date(2019, 5, 1)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Washington re-imposed sanctions on Iran.", "re-imposed", "reimpose"),
        ("Ankara de-escalated tensions with Athens.", "de-escalated", "deescalate"),
        ("Israel re-opened the crossing.", "re-opened", "reopen"),
        ("The two sides agreed to co-operate on security.", "co-operate", "cooperate"),
    ],
)
def test_prefixed_verb_is_one_verb_with_the_stems_lemma(text, word, lemma):
    doc = load_pipeline()(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ == "VERB" and tok.lemma_ == lemma
    assert doc.text == text


def test_other_hyphenated_words_are_still_cut():
    doc = load_pipeline()("The Russia-Ukraine talks and Bashar al-Assad.")
    assert "Russia-Ukraine" not in [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Washington re-imposed sanctions on Iran.", ("USA", "IRN", "163")),
        ("Russia de-escalated its operations near Kyiv.", ("RUS", "UKR", "087")),
    ],
)
def test_prefixed_verbs_are_coded(coder, text, fact):
    facts = [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]
    assert fact in facts and not any(c.startswith("19") for _, _, c in facts), facts


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The U.S.-led coalition shelled the town.", "U.S."),
        ("A U.N.-brokered truce took hold in the port.", "U.N."),
        ("U.S.-backed fighters took the hill.", "U.S."),
    ],
)
def test_hyphen_after_a_dotted_abbreviation_is_cut(text, first):
    words = [t.text for t in load_pipeline()(text)]
    assert words[words.index(first) + 1] == "-", words


def test_a_coalition_led_by_a_dotted_abbreviation_is_its_leaders(coder):
    facts = [
        (e.source_country, e.target_country, e.cameo[:2])
        for e in coder.code_text("The U.S.-led coalition bombed Iraqi army positions.", DAY)
    ]
    assert ("USA", "IRQ", "19") in facts, facts
