"""Wrong events left by the session-31 read-throughs of real-looking articles, each a general
class checked on sentences written for detente (session 32)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2024, 5, 5)  # a Sunday


def _codes(coder, text, day=PUB):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry warned that Lebanon faced a deep economic crisis.",
        "The IMF warned that Egypt's economy could collapse within months.",
        "Moscow warned that the situation in northern Syria was deteriorating.",
        "Tehran warned that the whole region was on the brink of a wider war.",
    ],
)
def test_a_warning_about_a_condition_threatens_no_one(coder, text):
    # what the warning foretells is a state of affairs, no act of the warner's: a statement
    assert not [c for c in _codes(coder, text) if c[2].startswith("13")], _codes(coder, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran warned Israel that it would pay a heavy price.", ("IRN", "ISR")),
        ("Russia warned that Ukraine would face grave consequences.", ("RUS", "UKR")),
        ("Beijing warned that it could cut off trade with Lithuania.", ("CHN", "LTU")),
        (
            "Moscow warned that Kyiv would face a harsh response if it struck Crimea.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_a_warning_of_what_a_side_will_suffer_or_do_still_threatens(coder, text, pair):
    codes = _codes(coder, text)
    assert any(c[:2] == pair and c[2].startswith("13") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "invited"),
    [
        ("Biden invited the Pacific island leaders to the White House.", "leaders"),
        ("Putin invited the African leaders to St Petersburg.", "leaders"),
        ("Erdogan invited the two sides to talks in Istanbul.", "sides"),
    ],
)
def test_a_venue_is_not_whom_one_invites(coder, text, invited):
    # "invited the leaders to the White House": the leaders are invited, the place is where
    invites = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("036")]
    assert invites and all(invited in e.target_name for e in invites), invites


def test_an_allegations_date_is_the_acts_not_the_accusers(coder):
    # the accusation is made when it is told (here: undated, the day of publication); the day
    # inside the gerund dates only the act alleged
    for text in (
        "Israel accused Hamas of firing rockets at Ashkelon on 3 May.",
        "Kyiv accused Moscow of shelling a school in Kharkiv on Friday.",
    ):
        events = coder.code_text(text, PUB)
        charges = [e for e in events if e.cameo.startswith("112")]
        acts = [e for e in events if e.cameo_root in ("19", "18")]
        assert charges and all(e.date == PUB for e in charges), (text, charges)
        assert acts and all(e.date == dt.date(2024, 5, 3) for e in acts), (text, acts)


def test_a_possibility_left_open_is_no_refusal(coder):
    # "did not rule out that the president will sign it": nothing refused, no one rejected
    for text in (
        "The White House did not rule out that the president will sign the bill.",
        "The Kremlin did not rule out that Putin would travel to the summit.",
    ):
        codes = _codes(coder, text)
        assert not [c for c in codes if c[2].startswith("12")], (text, codes)
    # a hostile act of one's own left open is still a threat
    codes = _codes(coder, "Moscow did not rule out that it would expel more diplomats.")
    assert any(c[2].startswith("13") and c[3] == "asserted" for c in codes), codes
    # and a refusal is still one
    codes = _codes(coder, "The Kremlin ruled out talks with Kyiv.")
    assert any(c[2].startswith("12") and c[3] == "asserted" for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Kosovo citizens free to travel to EU without visas",
        "Georgians now free to enter the EU without visas, Brussels says",
        "The summit backed a Middle East free of weapons of mass destruction.",
    ],
)
def test_free_as_an_adjective_sets_no_one_free(coder, text):
    # "free to travel", "free of weapons": a state, no release
    assert not [c for c in _codes(coder, text) if c[2].startswith("084")], _codes(coder, text)


@pytest.mark.parametrize(
    "text",
    ["Taliban free two American hostages", "Hamas freed two Israeli hostages on Friday."],
)
def test_free_with_whom_is_still_a_release(coder, text):
    assert [c for c in _codes(coder, text) if c[2].startswith("084")], _codes(coder, text)


def test_a_bloc_named_coalition_is_the_one_named_before(coder):
    # "the Arab coalition" after "the Saudi-led coalition" is the same coalition, and "it"
    # in its clause is that coalition, not the last place named
    for second in ("The Arab coalition", "The coalition"):
        text = (
            "The Saudi-led coalition launched air strikes on Sanaa on Monday. "
            f"{second} said it had destroyed a Houthi drone."
        )
        drone = [e for e in coder.code_text(text, PUB) if e.sentence_id == 1]
        assert drone and all(e.source_country == "SAU" for e in drone), (second, drone)


def test_a_side_from_outside_is_not_of_the_place_it_strikes(coder):
    # an unknown subject is coded by where violence happened ("gunmen … in Nigeria"), but a
    # bloc word says it comes from outside: "the Arab coalition", "foreign troops"
    for text in (
        "The Arab coalition struck Houthi positions in Yemen.",
        "Foreign troops killed ten civilians in Helmand.",
    ):
        events = coder.code_text(text, PUB)
        assert events and all(e.source_country == "" for e in events), (text, events)
    events = coder.code_text("Gunmen abducted engineers in Nigeria.", PUB)
    assert [e.source_country for e in events] == ["NGA"], events


# (session 32, the lead's read-through) a mission of forces is an operation, not a journey:
# no one visits the mission, its backer or the place it serves in
@pytest.mark.parametrize(
    "text",
    [
        "The first 400 Kenyan police officers arrived in Haiti to lead a U.N.-backed "
        "security mission.",
        "Rwanda sent a team to lead a peace mission in Sudan.",
        "Kenya will lead a multinational mission in Haiti.",
    ],
)
def test_a_mission_of_forces_is_no_visit(coder, text):
    assert not [c for c in _codes(coder, text) if c[2] in ("042", "043")]


def test_a_delegation_or_trade_mission_led_abroad_is_still_a_visit(coder):
    codes = _codes(coder, "Lavrov led a delegation to Pyongyang.")
    assert ("RUS", "PRK", "042", "asserted") in codes
    codes = _codes(coder, "Japan's trade minister will lead a trade mission to India.")
    assert any(c[:3] == ("JPN", "IND", "042") for c in codes)
