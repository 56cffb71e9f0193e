"""Who-to-whom rules found on the targets9 probe family (sentences written for detente):
targets that sit inside the object phrase of the source's verb (the state a handover is
asked of, the country the people a thing is given to are in, the one an answer is made to
by an act, foreign forces told to leave, a part of a land that places what is struck, each
country of a list that places a thing, the doer of an act a reaction or a threatened
answer is over)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2024, 3, 14)


def _targets(coder, text, roots):
    """(target code, target name) of each event of a CAMEO root in ``roots``, any modality."""
    return [(e.target, e.target_name) for e in coder.code_text(text, PUB) if e.cameo_root in roots]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Dhaka demanded the extradition of former Prime Minister Sheikh Hasina from India.",
            "IND",
        ),
        ("Kyiv demanded the handover of former President Viktor Yanukovych from Russia.", "RUS"),
        ("Caracas demanded the extradition of opposition leader Leopoldo Lopez from Spain.", "ESP"),
    ],
)
def test_a_handover_is_asked_of_the_state_it_is_asked_from(coder, text, target):
    """ "demanded the extradition of X from Y": Y is asked, X is what is asked for."""
    found = _targets(coder, text, ("02", "10"))
    assert found and all(code == target for code, _ in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The World Bank approved a grant for flood victims in Pakistan.", "PAK"),
        ("The World Bank approved a loan for flood victims in Pakistan.", "PAK"),
        ("Saudi Arabia provided funds to flood victims in Libya.", "LBY"),
    ],
)
def test_people_a_thing_is_given_to_are_of_the_country_they_are_in(coder, text, target):
    """ "a grant for flood victims in Pakistan": the parser hangs the place on the grant,
    after the people it is for; they are Pakistan's."""
    found = _targets(coder, text, ("07",))
    assert found and all(code == target for code, _ in found), found


def _codes(coder, text):
    return [(e.cameo, e.target) for e in coder.code_text(text, PUB)]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Moscow retaliated against Berlin by expelling two German diplomats.", "16", "DEU"),
        (
            "China retaliated against the United States by imposing tariffs on soybeans.",
            "16",
            "USA",
        ),
        ("Minsk retaliated against Vilnius by closing the border crossings.", "16", "LTU"),
    ],
)
def test_an_answer_made_by_an_act_is_that_act(coder, text, root, target):
    """ "retaliated against X by expelling diplomats": an expulsion aimed at X, no attack."""
    found = _codes(coder, text)
    assert (root, target) in [(code[:2], t) for code, t in found], found
    assert not any(code[:2] == "19" for code, _ in found), found


def test_an_answer_made_by_force_stays_an_attack(coder):
    found = _codes(coder, "Iran retaliated against Israel by firing missiles at its air bases.")
    assert any(code[:2] in ("18", "19") and t == "ISR" for code, t in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chad ordered French troops to leave the country by the end of January.", "FRA"),
        ("Baghdad ordered American troops to leave Iraq.", "USA"),
        ("Mali ordered the French forces to leave without delay.", "FRA"),
    ],
)
def test_foreign_forces_told_to_leave_are_sent_out(coder, text, target):
    """ "ordered French troops to leave the country": an expulsion (166), not a mobilization
    of the one who gave the order."""
    found = [(c, t[:3]) for c, t in _codes(coder, text) if t]
    assert ("166", target) in found, found
    assert not any(c[:2] == "15" and t == target for c, t in found), found


def test_own_forces_told_to_leave_are_not_expelled(coder):
    found = _codes(coder, "Trump ordered U.S. troops to leave Syria.")
    assert not any(c == "166" for c, _ in found), found


def _target_phrases(coder, text):
    return [
        text[e.target_start : e.target_end]
        for e in coder.code_text(text, PUB)
        if e.target_start is not None
    ]


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Turkish jets struck Kurdish militants in the north of Iraq.", "Kurdish militants"),
        ("Russia fired missiles at power plants in the west of Ukraine.", "power plants"),
        (
            "Nigerian troops killed dozens of jihadists in the northeast of the country.",
            "jihadists",
        ),
    ],
)
def test_a_part_of_a_land_places_what_is_struck_there(coder, text, struck):
    """ "struck Kurdish militants in the north of Iraq": the militants are struck in Iraq, as
    in "northern Iraq"; the phrase of the target names them, not Iraq alone."""
    found = _target_phrases(coder, text)
    assert found and all(struck in phrase for phrase in found), found


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Russia expelled diplomats from Latvia, Lithuania and Estonia.", {"LVA", "LTU", "EST"}),
        (
            "Belarus detained fishermen from Poland, Lithuania and Latvia on the lake.",
            {"POL", "LTU", "LVA"},
        ),
    ],
)
def test_each_country_of_a_list_that_places_a_thing_is_a_target(coder, text, targets):
    """ "expelled diplomats from Latvia, Lithuania and Estonia": the parser hangs Estonia on
    Lithuania; each country of the list is done to."""
    found = {(e.target or "")[:3] for e in coder.code_text(text, PUB)}
    assert targets <= found, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Beijing voiced anger over the arrest of a Chinese national by police in Japan.", "JPN"),
        ("Ankara voiced anger over the burning of a Koran by a protester in Sweden.", "SWE"),
    ],
)
def test_a_reaction_over_an_act_is_aimed_at_its_doer(coder, text, target):
    """ "voiced anger over the arrest of X by police in Japan": at the police (Japan's), not
    at the arrest."""
    found = _targets(coder, text, ("11",))
    assert found and all((code or "")[:3] == target for code, _ in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Tehran threatened to retaliate for the killing of Qassem Soleimani by the "
            "United States.",
            "USA",
        ),
        (
            "Beijing threatened to respond to the detention of Chinese sailors by the Philippines.",
            "PHL",
        ),
    ],
)
def test_a_threatened_answer_is_aimed_at_the_doer_of_what_it_answers(coder, text, target):
    """ "threatened to retaliate for the killing of X by the United States": at the United
    States, not at the one killed."""
    found = _targets(coder, text, ("13",))
    assert found and all((code or "")[:3] == target for code, _ in found), found
