"""YIELD and AID in long wire sentences (the yield_aid4 round): sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 6, 1)


def _facts(coder, text):
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the recipient hung on the thing given, past a side its own words name
        (
            "The Metropolitan Museum of Art handed back more than a dozen Khmer-era "
            "sculptures to Cambodia in 2024, pieces that U.S. prosecutors said had been "
            "looted and sold by a late British dealer.",
            ("Cambodia", "0842"),
        ),
        # the recipient hung on the way the thing went
        (
            "The Egyptian Red Crescent sent 20 trucks loaded with water, food and medicine "
            "across the Rafah crossing into Gaza on Oct. 21.",
            ("Gaza", "070"),
        ),
    ],
)
def test_whom_a_thing_is_given_is_the_target(coder, text, want):
    """ "handed back statues to Cambodia", "sent trucks across the bridge into the West
    Bank": the recipient, though the parser hangs it on the thing given or on its way."""
    got = [(e.target_name, e.cameo) for e in coder.code_text(text, DAY) if e.is_fact]
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a requirement lifted is a restriction eased
        (
            "Britain lifted the testing requirement for travellers from China on Monday.",
            ("GBR", "081"),
        ),
        # letting people board, fly or exit lets them leave
        ("Russia let three Americans board a plane in Moscow on Thursday.", ("RUS", "0833")),
        # police arriving to serve in a mission are sent as protection
        (
            "The first 200 Kenyan police officers arrived in Haiti on Tuesday to join a "
            "U.N.-backed security mission.",
            ("KEN", "074"),
        ),
        # a handover of arms is arms given; a dispatch of relief is aid sent
        ("The handover of 14 Leopard tanks to Ukraine by Poland was completed.", ("POL", "072")),
        (
            "The emir of Qatar ordered the dispatch of rescue teams and relief supplies to "
            "quake-hit Turkey on Monday.",
            ("QAT", "073"),
        ),
    ],
)
def test_yield_and_aid_wordings(coder, text, want):
    assert any((source, code) == want for source, _, code in _facts(coder, text)), _facts(
        coder, text
    )


def test_the_of_phrase_after_a_term_of_custody_hangs_on_the_release(coder):
    """ "ordered the release on bail of the activist": the activist is released, not bail of
    him; "from the custody of the police" keeps its own "of"."""
    doc = coder.nlp("A court in Cairo ordered the release on bail of the blogger Alaa Seif.")
    of = next(t for t in doc if t.lower_ == "of")
    assert of.head.lower_ == "release", [(t.text, t.dep_, t.head.text) for t in doc]
    doc = coder.nlp("The court ordered the release from the custody of the police of two men.")
    first = next(t for t in doc if t.lower_ == "of")
    assert first.head.lower_ == "custody", [(t.text, t.dep_, t.head.text) for t in doc]


def test_aid_that_reaches_a_place_is_aid_given(coder):
    """ "Aid from Kuwait reached Sudan": aid given (070), as aid that arrives is; troops or
    envoys who reach a place pay no visit by the word."""
    assert ("KWT", "SDN", "070") in _facts(coder, "Aid from Kuwait reached Sudan on Wednesday.")
    assert ("IND", "NPL", "070") in _facts(
        coder, "Medicine donated by India reached hospitals in Nepal on Monday."
    )
    assert not any(
        code.startswith("04")
        for _, _, code in _facts(coder, "Russian troops reached the outskirts of Kharkiv.")
    )
    # rescuers who reach a site carry out a rescue, told by its own words
    text = "Rescuers from Austria skied through the night to reach the buried hotel in Italy."
    assert not any(code.startswith("07") for _, _, code in _facts(coder, text)), _facts(coder, text)


def test_services_run_for_people_in_need_are_aid(coder):
    """ "runs schools and clinics for Palestinian refugees": aid given (073); running a
    country is none."""
    text = "UNRWA runs schools and clinics for Palestinian refugees in Lebanon."
    assert any(code == "073" for _, _, code in _facts(coder, text)), _facts(coder, text)
    assert not _facts(coder, "Putin runs the country with an iron fist.")
