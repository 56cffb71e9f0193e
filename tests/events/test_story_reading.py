"""Readings found by coding a whole wire story end to end (session 29: a Karabakh truce
story), each checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2020, 10, 11)


def test_what_a_deal_is_meant_to_allow_is_not_yet_done(coder):
    # "is meant / designed / intended to": the act is the deal's purpose, still to come
    for text in (
        "The truce is meant to allow Armenia and Azerbaijan to swap prisoners.",
        "The pause was designed to allow Ethiopia and Eritrea to swap prisoners.",
    ):
        swaps = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("084")]
        assert swaps and all(e.modality == "future" for e in swaps), text
    # the deed itself is still asserted
    text = "Armenia and Azerbaijan swapped prisoners on Sunday."
    swaps = [e for e in coder.code_text(text, PUB) if e.cameo.startswith("084")]
    assert swaps and all(e.modality == "asserted" for e in swaps)


def test_a_kind_joined_by_a_hyphen_gives_nothing(coder):
    # "nuclear-armed neighbours" names a kind of state; "Japanese-funded" names a giver
    text = "Tensions flared between the nuclear-armed neighbours."
    assert not [e for e in coder.code_text(text, PUB) if e.cameo_root == "07"]
    text = "Patients queued at a Japanese-funded hospital in Kabul."
    assert [e.source_country for e in coder.code_text(text, PUB) if e.cameo_root == "07"] == ["JPN"]
