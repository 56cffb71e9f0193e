"""Translated wording of a judgement and of a cut in relations: "judged the decision
unjustified" (French "juger"), visas cut for another country's citizens, a recall "for
consultations" set before the envoy. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 10, 18)


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Bourita judged the French decision unjustified.", ("MAR", "FRA"), "11"),
        ("The Turkish minister judged the Greek proposal constructive.", ("TUR", "GRC"), "05"),
    ],
)
def test_judging_a_thing_something_is_a_judgement(coder, text, pair, root):
    """Translated "juger": "judged the decision unjustified" criticises, as "called" does."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo_root == root
        for e in coder.code_text(text, DAY)
    )


def test_a_court_judging_someone_guilty_is_no_criticism(coder):
    """ "judge" also rules: a predicate that neither praises nor condemns makes no event."""
    text = "A Paris court judged the Algerian businessman guilty."
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root in ("01", "05", "11")]


@pytest.mark.parametrize(
    "text",
    [
        "France cut the number of visas granted to Algerian nationals.",
        "In September Paris reduced visas for Morocco.",
        "France halved the visas it grants to Tunisians.",
    ],
)
def test_visas_cut_for_a_country_reduce_relations(coder, text):
    """Visas cut for another country's citizens reduce relations, as a visa regime imposed
    does (160)."""
    assert any(
        e.source_country == "FRA" and e.cameo == "160" and e.target_country in ("DZA", "MAR", "TUN")
        for e in coder.code_text(text, DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Algeria recalled for consultations its ambassador in Paris.",
        "On Saturday the Algerian presidency announced the recall for consultations of its "
        "ambassador in Paris.",
    ],
)
def test_a_recall_for_consultations_set_before_its_envoy_cuts_ties(coder, text):
    """French order puts the purpose before the one recalled ("recalled for consultations its
    ambassador", "the recall for consultations of its ambassador"): the envoy is still the
    one recalled, and the capital he leaves the target."""
    assert any(
        (e.source_country, e.target_country, e.cameo) == ("DZA", "FRA", "161")
        for e in coder.code_text(text, DAY)
    )
