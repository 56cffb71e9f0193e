"""Wire-story rules found on the ninth CAMEO wire-sentence study set (session 39, h6:
tests/data/cameo_stories9_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_the_maker_of_a_thing_is_not_who_flies_it(coder):
    # actors.resolve.owns_nothing: "X-built", "X-made" name the maker, neither the owner nor
    # what "it" takes up later
    day = dt.date(1999, 8, 11)
    text = (
        "India said the French-built Atlantique had strayed over Gujarat and turned toward "
        "Indian jets that ordered it to land."
    )
    assert not any(k[1] == "FRA" for k in _keys(coder, text, day))
    text = "Pakistani troops fired at a Russian-made Indian helicopter near the border."
    keys = _keys(coder, text, day)
    assert ("PAK", "IND", "19") in keys and not any(k[1] == "RUS" for k in keys), keys
    # the owner named so stays the target: "a Turkish-flagged ship" is Turkey's
    keys = _keys(coder, "Israeli commandos stormed a Turkish-flagged ship.", day)
    assert any(k[:2] == ("ISR", "TUR") for k in keys), keys


def test_one_who_flies_someone_somewhere_pays_no_visit(coder):
    # readings.carried_there: "flew him to Jordan" takes him there; the subject visits no one
    day = dt.date(1997, 10, 1)
    text = "Israel freed Hamas founder Sheikh Ahmed Yassin from prison and flew him to Jordan."
    keys = _keys(coder, text, day)
    assert not any(k[2] == "04" for k in keys), keys
    assert ("ISR", "PSE", "08") in keys, keys
    text = "The United States flew the freed sailors to Germany on Sunday."
    assert not any(k[2] == "04" for k in _keys(coder, text, day))
    # flying there oneself is still a visit
    assert ("EGY", "ISR", "04") in _keys(coder, "Mubarak flew to Israel on Monday.", day)


def test_another_side_s_forces_removed_are_put_out_not_withdrawn(coder):
    # readings.forces_put_out: "removed Moroccan soldiers" forces them out (174), no retreat
    day = dt.date(2002, 7, 17)
    text = (
        "Spanish troops landed on the island on Wednesday and removed six Moroccan soldiers "
        "who had occupied it last week."
    )
    keys = _keys(coder, text, day)
    assert ("ESP", "MAR", "17") in keys and ("ESP", "MAR", "08") not in keys, keys
    # one's own forces removed are a withdrawal
    keys = _keys(coder, "The United States removed its troops from Syria.", day)
    assert ("USA", "SYR", "08") in keys, keys
    keys = _keys(coder, "Russia removed Russian troops from the border with Ukraine.", day)
    assert not any(k[2] == "17" for k in keys), keys


def test_a_crowd_at_a_state_s_embassy_is_not_that_state_s(coder):
    # actors.resolve.owns_a_mission: a state named only as an embassy's owner does not make
    # the story one about that country, so the crowd takes no country from it
    day = dt.date(1999, 2, 16)
    text = "Kurdish protesters stormed Greek embassies in a dozen European cities on Tuesday."
    keys = _keys(coder, text, day)
    assert not any(k[0] == "GRC" for k in keys), keys
    keys = _keys(coder, "Protesters stormed the Saudi embassy on Saturday.", day)
    assert not any(k[0] == "SAU" for k in keys), keys
    # the crowd of the land the embassy stands in is that land's
    keys = _keys(coder, "Protesters stormed the Saudi embassy in Tehran on Saturday.", day)
    assert ("IRN", "SAU", "14") in keys, keys


def test_a_crowd_marching_to_greet_someone_protests_against_no_one(coder):
    # readings.rally_of_welcome: a march or rally held to greet, welcome or cheer someone, and
    # the chanting that goes with it, is no protest
    day = dt.date(2000, 7, 26)
    text = (
        "Hundreds of Palestinians marched in Ramallah on Wednesday to greet Arafat on his "
        "return, chanting that Jerusalem was not for sale."
    )
    assert not any(k[2] == "14" for k in _keys(coder, text, day))
    text = "Thousands of Venezuelans rallied in Caracas to cheer Chavez."
    assert not any(k[2] == "14" for k in _keys(coder, text, day))
    # a march to protest stays a protest
    text = "Thousands of Egyptians marched to the Israeli embassy to protest against the raid."
    assert ("EGY", "ISR", "14") in _keys(coder, text, day)


def test_a_state_declared_is_statehood_not_an_emergency(coder):
    # readings.statehood_declared: "declare a state" with no "of" phrase is no state of
    # emergency (172), and the "with or without" after it threatens no one
    day = dt.date(2000, 7, 26)
    text = (
        "Palestinian negotiator Saeb Erekat said the Palestinians would declare a state on "
        "Sept. 13 with or without an agreement."
    )
    for modality in ("asserted", "future"):
        keys = _keys(coder, text, day, modality)
        assert not any(k[2] in ("13", "17") for k in keys), keys
    # a state of emergency is still one
    keys = _keys(coder, "Thailand declared a state of emergency in Bangkok.", day)
    assert ("THA", "THA", "17") in keys, keys


def test_two_sides_pulling_back_from_ground_between_them_step_back_from_each_other(coder):
    # symmetry.pulled_apart in each_to_other: a pull-back (087) by two sides from a place
    # neither names is each one's to the other
    day = dt.date(1996, 1, 31)
    text = (
        "Greece and Turkey pulled their warships back from a pair of tiny islets in the "
        "Aegean early on Wednesday."
    )
    keys = _keys(coder, text, day)
    assert ("GRC", "TUR", "08") in keys and ("TUR", "GRC", "08") in keys, keys
    # each still leaves the place told
    left = {e.target_name for e in coder.code_text(text, day) if e.cameo_root == "08"}
    assert any("islets" in name for name in left), left
    text = "Armenia and Azerbaijan withdrew their forces from the front line."
    keys = _keys(coder, text, day)
    assert ("ARM", "AZE", "08") in keys and ("AZE", "ARM", "08") in keys, keys
    # a place that names a side is the one withdrawn from
    text = "The United States and Britain withdrew their troops from Iraq."
    keys = _keys(coder, text, day)
    assert ("USA", "IRQ", "08") in keys and ("USA", "GBR", "08") not in keys, keys


def test_the_commonwealth_named_alone_is_the_organisation(coder):
    # data/actors/igos.tsv: "the Commonwealth" and "Commonwealth leaders" are CWN; longer
    # names holding the word keep their own ("the Commonwealth of Independent States")
    day = dt.date(1995, 11, 11)
    text = "Commonwealth leaders suspended Nigeria from the organisation on Saturday."
    assert ("IGO", "NGA", "16") in {
        ("IGO" if k[0] == "CWN" else k[0], k[1], k[2]) for k in _keys(coder, text, day)
    }
    text = "The Commonwealth of Independent States condemned Georgia."
    assert ("CIS", "GEO", "11") in _keys(coder, text, day)


def test_forces_crossing_into_a_land_at_its_request_come_as_protection(coder):
    # readings.entered_by_consent: "crossed into Lesotho at the request of" its prime minister
    # is military protection given (074), no invasion
    day = dt.date(1998, 9, 22)
    text = (
        "South African troops crossed into Lesotho before dawn on Tuesday at the request of "
        "Prime Minister Pakalitha Mosisili."
    )
    keys = _keys(coder, text, day)
    assert ("ZAF", "LSO", "07") in keys and ("ZAF", "LSO", "19") not in keys, keys
    # with no consent told, a crossing stays an attack
    keys = _keys(coder, "Russian troops crossed into Ukraine on Thursday.", day)
    assert ("RUS", "UKR", "19") in keys, keys
    # nor is a third side's mandate the land's consent
    text = "Senegalese troops crossed into Gambia under a West African mandate to oust Jammeh."
    assert ("SEN", "GMB", "19") in _keys(coder, text, day)
