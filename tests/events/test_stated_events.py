"""Events a sentence states without an event verb of its own (sentences written for detente,
session 30; the coverage audit's fifth round): acts done at another side's request or
invitation, stances told by adjectives, disputes one is locked in, aid a side lives on, and
rarer verbs of praise, wooing, placating and muzzling."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 5, 14)


def _facts(coder, text):
    """(source country, CAMEO root, target country) of each asserted event."""
    return {
        (e.source_country, e.cameo_root, e.target_country)
        for e in coder.code_text(text, PUB)
        if e.is_fact
    }


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the act answers a request: done for whoever asked
        (
            "Spain sent 300 firefighters to the burning hills at the request of Portugal.",
            ("ESP", "07", "PRT"),
        ),
        (
            "Acting on an appeal from Malawi, Zambia sent food aid to the flooded districts.",
            ("ZMB", "07", "MWI"),
        ),
        (
            "Following an invitation from Chile, the Peruvian foreign minister toured the port.",
            ("PER", "04", "CHL"),
        ),
        (
            "In response to Ghana's request, Togo extradited the fugitive businessman.",
            ("TGO", "06", "GHA"),
        ),
    ],
)
def test_an_act_done_at_a_request_is_done_for_the_one_who_asked(coder, text, fact):
    assert fact in _facts(coder, text)


def test_a_blow_struck_at_a_request_is_not_aimed_at_the_one_who_asked(coder):
    # only acts of cooperation take the one who asked: a strike stays on its object
    text = "Jordan bombed Syrian airfields at the request of Iraq."
    assert not any(root == "19" and target == "IRQ" for _, root, target in _facts(coder, text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Seoul was furious with Tokyo over the export curbs.", ("KOR", "11", "JPN")),
        ("Hungary is sympathetic to Serbia's stance on Kosovo.", ("HUN", "05", "SRB")),
        ("Chile was dismissive of Bolivia's new claim to the coast.", ("CHL", "12", "BOL")),
    ],
)
def test_adjectives_of_stance_are_events_of_their_subject(coder, text, fact):
    assert fact in _facts(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Colombia is locked in a bitter row with Venezuela over the border.",
        "Colombia has been embroiled in a dispute with Venezuela over migrants.",
    ],
)
def test_a_dispute_one_is_locked_in_is_disapproval(coder, text):
    assert ("COL", "11", "VEN") in _facts(coder, text)


def test_aid_a_side_relies_on_is_aid_given_to_it(coder):
    text = "Jordan has long relied on aid from the United States."
    assert ("USA", "07", "JOR") in _facts(coder, text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Beijing feted the Pakistani prime minister at a lavish banquet.", ("CHN", "05", "PAK")),
        ("Moscow extolled Belgrade's loyalty in a long statement.", ("RUS", "05", "SRB")),
        ("Tokyo wooed Manila with promises of new patrol boats.", ("JPN", "03", "PHL")),
        ("Ankara moved quickly to placate Moscow, halting the transit.", ("TUR", "08", "RUS")),
        ("Minsk muzzled Polish broadcasters in the border towns.", ("BLR", "17", "POL")),
    ],
)
def test_rarer_verbs_of_the_roots(coder, text, fact):
    assert fact in _facts(coder, text)


def test_ties_cut_with_no_one_named_are_each_sides_act(coder):
    text = "Diplomatic relations between Iran and Bahrain have been severed since 2016."
    facts = _facts(coder, text)
    assert ("IRN", "16", "BHR") in facts
    assert ("BHR", "16", "IRN") in facts


def test_a_release_from_a_countrys_jail_is_that_countrys_act(coder):
    text = "Four Indian fishermen were released from a Pakistani jail on Friday."
    assert ("PAK", "08", "IND") in _facts(coder, text)


def test_a_deal_disowned_is_rejected_toward_its_partner(coder):
    # the partner is named in the deal's own clause
    text = "Kosovo disowned the accord that its negotiators had signed with Serbia."
    assert ("XKX", "12", "SRB") in _facts(coder, text)


def test_a_passive_after_a_preposition_is_done_to_the_main_subject(coder):
    text = "Two Estonian pilots flew home on Sunday after being freed from a Russian jail."
    assert ("RUS", "08", "EST") in _facts(coder, text)


def test_forces_kept_near_a_border_are_a_posture_toward_the_other_side(coder):
    text = "Armenia has kept several brigades along the frontier with Azerbaijan for years."
    assert ("ARM", "15", "AZE") in _facts(coder, text)
    assert not _facts(coder, "Armenia kept its brigades in their barracks.")


def test_an_official_somewhere_on_a_visit_is_visiting_it(coder):
    text = "The Italian foreign minister is in Algeria on a two-day visit."
    assert ("ITA", "04", "DZA") in _facts(coder, text)
    # tourists on trips visit no state
    assert not _facts(coder, "Thousands of German tourists are in Greece on holiday trips.")


def test_a_count_in_a_quarrel_is_no_side_in_it(coder):
    # "the death toll has risen in the feud with Iraq": a count rises in it; no side is said
    # to be in the quarrel, so no disapproval
    text = "Iran's death toll has risen in the feud with Iraq, the country's oldest rival."
    assert not [e for e in coder.code_text(text, dt.date(2019, 6, 24)) if e.cameo_root == "11"]
