"""Parse repairs every text gets (detente.nlp.pipeline.repair_parse): sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2020, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Medical supplies were sent to Lebanon by Cyprus.",
        "Military supplies were flown to Armenia by Iran.",
    ],
)
def test_a_plural_subject_read_as_a_verb_is_the_subject(coder, text):
    """ "Medical supplies were sent": "supplies" is the noun the passive is about, not a
    verb whose complement is "were sent"."""
    doc = coder.nlp(text)
    supplies = next(t for t in doc if t.lower_ == "supplies")
    assert supplies.dep_ == "nsubjpass" and supplies.head.tag_ == "VBN", [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    assert any(e.cameo_root == "07" for e in coder.code_text(text, DAY))


def test_a_verb_in_s_with_its_own_subject_stays_a_verb(coder):
    """ "Kenya supplies maize to Uganda": a verb with a named subject and no auxiliary after
    it is left alone."""
    doc = coder.nlp("Kenya supplies maize to Uganda.")
    assert next(t for t in doc if t.lower_ == "supplies").pos_ == "VERB"


def test_data_keeps_its_lemma(coder):
    """The lemmatizer's "datum" matches no pattern; news means data."""
    doc = coder.nlp("Kenya shared data with Tanzania.")
    assert next(t for t in doc if t.lower_ == "data").lemma_ == "data"
