"""Wire-story rules found on the fourteenth CAMEO wire-sentence study set (session 44, h6:
tests/data/cameo_stories14_study.tsv, 1990-1994), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_leaders_of_the_early_1990s_are_known_by_name(coder):
    # people_g.tsv: Snegur, Shamir and others the wire names without their country
    day = dt.date(1992, 7, 22)
    text = "Snegur accused Russia's 14th Army of fighting on the side of the separatists."
    assert ("MDA", "RUS", "11") in _keys(coder, text, day)
    day = dt.date(1991, 1, 19)
    text = "President Bush urged Shamir by telephone to hold his fire."
    assert ("USA", "ISR", "02") in _keys(coder, text, day)
    # a common word is no surname alias: a levy is a tax, not Israel's foreign minister
    keys = _keys(coder, "Russia imposed a levy on Ukrainian grain.", dt.date(1991, 5, 1))
    assert not any("ISR" in k for k in keys), keys


def test_a_vote_to_send_forces_pledges_them(coder):
    # verbs_01_08 (0334 vote): the forces are still to go; the purpose is part of the pledge
    day = dt.date(1990, 8, 11)
    text = (
        "The Arab League voted at a summit in Cairo on Friday to send Arab forces to help "
        "defend Saudi Arabia."
    )
    keys = _keys(coder, text, day)
    assert any(k[1:] == ("SAU", "03") for k in keys), keys
    assert not any(k[2] in ("15", "07", "05") for k in keys), keys
    # a vote to impose measures enacts them
    text = "The Security Council voted on Wednesday to reimpose an oil embargo on Haiti."
    keys = _keys(coder, text, dt.date(1993, 10, 14))
    assert any(k[1:] == ("HTI", "16") for k in keys), keys


def test_an_order_to_one_s_own_forces_is_no_demand(coder):
    # coder._order_to_own_forces: a command inside one state
    day = dt.date(1991, 4, 6)
    text = "President Bush ordered U.S. aircraft to drop food to the refugees in northern Iraq."
    keys = _keys(coder, text, day)
    assert ("USA", "USA", "10") not in keys, keys
    keys = _keys(coder, "Putin ordered Russian troops to withdraw from Syria.", day)
    assert ("RUS", "RUS", "10") not in keys, keys
    # an order to another state is still a demand
    keys = _keys(coder, "Russia ordered Ukraine to withdraw its troops.", day)
    assert ("RUS", "UKR", "10") in keys, keys


def test_a_named_town_captured_is_ground_taken(coder):
    # coder._named_place_taken: the entity tagger takes "Sukhumi" or "Goma" for a person
    day = dt.date(1993, 9, 28)
    keys = _keys(coder, "Abkhaz separatist forces captured Sukhumi on Monday.", day)
    assert ("GEO", "GEO", "19") in keys and not any(k[2] in ("17", "18") for k in keys), keys
    keys = _keys(coder, "Serb forces captured Vukovar.", day)
    assert ("SRB", "HRV", "19") in keys, keys
    # a person captured is still arrested or abducted
    keys = _keys(coder, "Rebels captured Kabila's envoy in Goma.", day)
    assert not any(k[2] == "19" for k in keys), keys


def test_forces_sent_after_the_host_asked_for_help_protect_it(coder):
    # readings._asked_for_first: the host's request told in an "after" clause
    day = dt.date(1990, 8, 8)
    text = (
        "President Bush ordered U.S. warplanes and paratroopers to Saudi Arabia on Tuesday "
        "after King Fahd asked for help in defending the kingdom."
    )
    keys = _keys(coder, text, day)
    assert ("USA", "SAU", "07") in keys and ("USA", "SAU", "15") not in keys, keys
    # forces sent after something else happened are still a show of force
    text = "President Bush ordered U.S. paratroopers to Saudi Arabia after Iraq invaded Kuwait."
    assert ("USA", "SAU", "15") in _keys(coder, text, day)


def test_the_people_of_a_breakaway_region_are_its_country_s(coder):
    # countries.tsv: "Abkhaz", "Chechen", "South Ossetian" beside the regions themselves
    day = dt.date(1993, 9, 28)
    text = "The U.N. Security Council called on the Abkhaz side to pull back."
    assert any(k[1:] == ("GEO", "02") for k in _keys(coder, text, day))
    keys = _keys(coder, "Russian troops attacked Chechen rebels.", dt.date(1995, 1, 5))
    assert ("RUS", "RUS", "19") in keys, keys


def test_one_ruler_driven_to_flee_is_no_mass_expulsion(coder):
    # coder._one_person_driven_out: 20 is for peoples and crowds
    day = dt.date(1990, 8, 3)
    text = (
        "Iraqi troops seized the emir's palace, forcing Sheikh Jaber al-Ahmad al-Sabah to flee "
        "to Saudi Arabia."
    )
    keys = _keys(coder, text, day)
    assert not any(k[2] == "20" for k in keys), keys
    # thousands driven out are still expelled
    text = "Serb forces forced thousands of Albanians to flee to Macedonia."
    assert any(k[2] == "20" for k in _keys(coder, text, dt.date(1999, 4, 1)))
