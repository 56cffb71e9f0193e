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
