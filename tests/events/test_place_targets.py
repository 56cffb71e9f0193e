"""Places as targets: an act done to people or things in a place names the place with them,
and a place phrase right after the people something is given to says where they are
(sentences written for detente)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 5, 15)


def _targets(coder, text, root):
    """(target country, target phrase) of each event of CAMEO ``root``."""
    return [
        (
            e.target_country,
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root
    ]


@pytest.mark.parametrize(
    ("text", "root", "country", "place"),
    [
        (
            "The World Food Programme handed out flour to families in camps in southern "
            "Somalia on Wednesday.",
            "07",
            "SOM",
            "southern Somalia",
        ),
        (
            "Oman sent medicine to children in Yemen's Hodeidah province.",
            "07",
            "YEM",
            "Hodeidah",
        ),
    ],
)
def test_the_target_phrase_reaches_the_place_down_a_chain_of_places(
    coder, text, root, country, place
):
    """The people or things acted on are named with the place that gave them their
    country, through a chain of place phrases ("families in camps in southern Somalia")."""
    found = _targets(coder, text, root)
    assert any(c == country and place in span for c, span in found), found


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("Saudi Arabia sent food to families in Yemen.", "YEM", "Yemen"),
        ("Germany sent tents to survivors in Turkey.", "TUR", "Turkey"),
        (
            "Canada provided two million dollars in emergency funding to flood victims in "
            "Libya's east.",
            "LBY",
            "Libya",
        ),
    ],
)
def test_a_place_after_the_recipients_is_where_they_are(coder, text, country, place):
    """The parser hangs "in <place>" on the verb; the people given to, named by no country of
    their own, are in that place."""
    found = _targets(coder, text, "07")
    assert any(c == country and place in span for c, span in found), found


def test_recipients_named_as_someone_s_own_keep_their_country(coder):
    """ "to Syrian refugees in Lebanon": the refugees are Syrian; the place is only where
    they are."""
    text = "Qatar donated medicine to Syrian refugees in Lebanon."
    found = _targets(coder, text, "07")
    assert found and all(c == "SYR" for c, _ in found), found


def test_a_place_after_the_recipients_is_hung_on_them(coder):
    doc = coder.nlp("Saudi Arabia sent food to families in Yemen.")
    place = next(t for t in doc if t.lower_ == "in")
    assert place.head.lower_ == "families", [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_time_after_the_recipients_stays_on_the_verb(coder):
    doc = coder.nlp("Germany sent troops to Mali in 2013.")
    when = next(t for t in doc if t.lower_ == "in")
    assert when.head.lower_ == "sent", [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has deployed nuclear weapons in Belarus.",
        "The United States deployed nuclear warheads in Turkey during the Cold War.",
    ],
)
def test_weapons_deployed_in_a_country_are_a_show_of_force_there(coder, text):
    found = _targets(coder, text, "15")
    assert found and found[0][0] in ("BLR", "TUR"), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fishermen in Senegal have been protesting for weeks.", "Senegal"),
        ("Hundreds of nurses in Nairobi protested on Tuesday.", "Nairobi"),
    ],
)
def test_a_crowd_with_no_one_to_protest_at_protests_where_it_is(coder, text, place):
    """ "Fishermen in Senegal have been protesting": the crowd's own place is where (and at
    what country) it protests; the target phrase is the place, not the crowd."""
    found = _targets(coder, text, "14")
    assert any(span == place for _, span in found), found
