"""Rules found on a São Paulo daily's analysis machine-translated from the Portuguese: Brazil
and France over the Amazon fires and the G7 of Biarritz (August 2019, the 2019-08-29
biarritz-fires article of the test bed). Sentences written for detente; each test fails
without its rule."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2019, 8, 29)  # a Thursday


def _facts(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.plover, e.date)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


def test_a_weekday_with_its_day_in_brackets_is_that_day(coder):
    """Brazilian papers write "na quinta-feira (22)": in a piece of Thursday 29 August,
    "On Thursday (22)" is 22 August, not the day of publication; a bare "On Thursday" still
    is."""
    bracketed = "On Thursday (22), the Brazilian president criticised France."
    assert ("BRA", "FRA", "ACCUSE", dt.date(2019, 8, 22)) in _facts(coder, bracketed)
    sunday = "In the Sunday (25) the Brazilian president criticised France."
    assert ("BRA", "FRA", "ACCUSE", dt.date(2019, 8, 25)) in _facts(coder, sunday)
    bare = "On Thursday, the Brazilian president criticised France."
    assert ("BRA", "FRA", "ACCUSE", DAY) in _facts(coder, bare)
    # a coming day keeps its number: "this Wednesday (21)" in a piece of Wednesday 21
    # February 2024 is that day, not 21 August
    ahead = "Blinken is to be received by Lula this Wednesday (21) in the Planalto."
    wednesday = dt.date(2024, 2, 21)
    assert {e.date for e in coder.code_text(ahead, wednesday) if e.cameo[:2] == "04"} == {wednesday}


def test_an_improbable_act_is_no_fact(coder):
    """ "it is improbable that the two presidents will meet" is the writer's doubt, as
    "unlikely" is: no meeting and no intent to meet is told."""
    text = (
        "In our evaluation, it is improbable that Macron and Bolsonaro will meet before the "
        "end of the year."
    )
    assert not [f for f in _facts(coder, text) if {f[0], f[1]} == {"FRA", "BRA"}]


def test_an_act_a_thing_needs_is_not_yet_done(coder):
    """ "the agreement with the Mercosur needs the approval of the European Parliament": the
    approval is wanting, not given (no asserted endorsement); one received was given."""
    needed = "The agreement with the Mercosur needs the approval of the European Parliament."
    assert not [e for e in coder.code_text(needed, DAY) if e.is_fact and e.cameo_root == "05"]
    given = "The agreement with the Mercosur received the approval of the European Parliament."
    assert [e for e in coder.code_text(given, DAY) if e.is_fact and e.cameo_root == "05"]


def test_the_support_a_side_has_of_another_is_the_others(coder):
    """ "Brazil has the full support of the United States": the United States backs Brazil,
    as in "won the backing of"; so with "enjoys"."""
    had = "Trump said that Brazil has the full support of the United States."
    assert ("USA", "BRA", "SUPPORT") in [f[:3] for f in _facts(coder, had)]
    enjoyed = "The government of Maduro enjoys the backing of Russia."
    assert ("RUS", "VEN", "SUPPORT") in [f[:3] for f in _facts(coder, enjoyed)]


def test_a_that_clause_said_to_the_journalists_is_what_is_said(coder):
    """ "said to the journalists that Macron has to withdraw the insults" (Portuguese "disse
    aos jornalistas que") is parsed as a relative clause on "journalists": it is what was
    said, a demand on Macron, as "said that Macron has to …" is."""
    text = "Bolsonaro said to the journalists that Macron first has to withdraw the insults."
    assert ("BRA", "FRA", "REQUEST") in [f[:3] for f in _facts(coder, text)]


def test_ill_words_a_side_is_said_to_have_made_are_rebuked(coder):
    """ "Macron said that Bolsonaro had made extraordinarily disrespectful comments about his
    wife": Macron rebukes Bolsonaro; comments told with no judgement rebuke no one."""
    ill = "Macron said that Bolsonaro had made extraordinarily disrespectful comments."
    assert ("FRA", "BRA", "ACCUSE") in [f[:3] for f in _facts(coder, ill)]
    plain = "Macron said that Bolsonaro had made comments about the fires."
    assert ("FRA", "BRA", "ACCUSE") not in [f[:3] for f in _facts(coder, plain)]


def test_an_audience_with_a_side_is_a_meeting(coder):
    """An audience granted or held with someone is a meeting: "cancelled at the last hour the
    audience that he had with the French minister" turns the meeting down (125), and "had an
    audience with the Pope" met him."""
    cancelled = (
        "Bolsonaro cancelled at the last hour the audience that he had with the French minister."
    )
    assert ("BRA", "FRA", "REJECT") in [f[:3] for f in _facts(coder, cancelled)]
    held = "The Iranian president had an audience with the Pope in Rome."
    assert ("IRN", "VAT", "CONSULT") in [f[:3] for f in _facts(coder, held)]


def test_a_view_held_that_a_side_lied_is_a_charge(coder):
    """ "Macron considered that Bolsonaro lied to him" is a view made known, a charge of
    deceit as "said that Bolsonaro lied" is, and no policy option weighed (014)."""
    text = "Macron considered that Bolsonaro lied to him in Osaka about the climate."
    found = [
        (e.source_country, e.target_country, e.plover, e.cameo) for e in coder.code_text(text, DAY)
    ]
    assert ("FRA", "BRA", "ACCUSE", "112") in found
    assert not [f for f in found if f[3] == "014"]


def test_an_object_set_after_an_aside_is_the_verbs(coder):
    """ "had endorsed, with a comment of laughter, a post which mocked the French president":
    the post, after the aside, is what was endorsed, and its mockery is the endorser's."""
    text = (
        "Bolsonaro had endorsed, with a comment of laughter, a post which mocked the French "
        "president."
    )
    assert ("BRA", "FRA", "ACCUSE") in [f[:3] for f in _facts(coder, text)]


def test_which_after_a_poster_is_about_the_post(coder):
    """ "a post of a supporter which mocked the French president": the post mocked him, and
    it speaks for the one who endorsed it, not for the supporter."""
    text = "Bolsonaro had endorsed a post of a supporter which mocked the French president."
    assert ("BRA", "FRA", "ACCUSE") in [f[:3] for f in _facts(coder, text)]


def test_a_video_shared_speaks_for_the_sharer(coder):
    """ "shared a video which mocked the French president": the sharer mocks him."""
    text = "Bolsonaro shared a video which mocked the French president."
    assert ("BRA", "FRA", "ACCUSE") in [f[:3] for f in _facts(coder, text)]
