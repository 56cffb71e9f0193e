"""Second verbs and their objects (session 33; sentences written for detente, not the probe
files'): a later act told by a verb joined to the first, whose object is a side. Who does it
(the subject it inherits) and whom it is done to (its own object, or the one a pronoun
object takes up). And one miss of the study file that is no second verb: support told as
money or arms, stopped ("suspended budget support to Niger"), is aid reduced."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2024, 6, 1)


def _facts(coder, text):
    """(source country, target country, CAMEO root) of each asserted event."""
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, PUB)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the pronoun takes up the people the relative clause on the subject tells of
        ("Kenyan police who arrested two British journalists in Nairobi later released them.",
         ("KEN", "GBR", "08")),
        ("Iranian guards who detained two French tourists in Tehran released them on Friday.",
         ("IRN", "FRA", "08")),
    ],
)  # fmt: skip
def test_a_pronoun_object_takes_up_the_object_of_the_subjects_relative_clause(coder, text, fact):
    assert fact in _facts(coder, text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the blaming is the accuser's, not a second thing Russia failed to do
        ("Pashinyan accused Russia of failing to protect his country and blamed Moscow for the "
         "loss of the region.", ("ARM", "RUS", "11")),
        ("Azerbaijan accused Armenia of shelling its positions and retaliated against Armenian "
         "troops.", ("AZE", "ARM", "19")),
        # the sending is done, by the one who spoke, not part of what it said it would do
        ("The Dutch defence ministry said it would keep supporting Kyiv and sent 14 more tanks "
         "to Ukraine.", ("NLD", "UKR", "07")),
    ],
)  # fmt: skip
def test_a_past_verb_joined_to_an_infinitive_is_the_finite_verbs_second_act(coder, text, fact):
    assert fact in _facts(coder, text)


def test_the_side_blamed_by_a_joined_past_verb_is_no_doer(coder):
    text = (
        "Pashinyan accused Russia of failing to protect his country and blamed Moscow for the "
        "loss of the region."
    )
    # Russia is accused, not an accuser of its own capital
    events = coder.code_text(text, PUB)
    assert not any(e.source_country == "RUS" and e.cameo_root == "11" for e in events)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # support told as money or arms is aid; stopping it reduces aid (16), it is not aid
        ("Germany cut financial support to Niger after the coup.", ("DEU", "NER", "16")),
        ("France suspended budget support to Mali and recalled its ambassador from Bamako.",
         ("FRA", "MLI", "16")),
    ],
)  # fmt: skip
def test_support_stopped_is_aid_reduced(coder, text, fact):
    assert fact in _facts(coder, text)
    assert not any(root == "07" for _, _, root in _facts(coder, text))


def test_support_given_stays_aid(coder):
    text = "Germany provided financial support to Niger."
    assert ("DEU", "NER", "07") in _facts(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary blocked new EU sanctions on Russia.",
        "Slovakia vetoed the EU's plan to impose sanctions on Russia.",
    ],
)
def test_sanctions_blocked_or_vetoed_are_not_imposed(coder, text):
    """Blocking or vetoing another's act stops it, as shelving a plan does: no sanctions on
    Russia are told as done."""
    assert not any(t == "RUS" and root == "16" for _, t, root in _facts(coder, text))
