"""Wire-story rules found on the fourth CAMEO wire-sentence study set (session 32, h8:
tests/data/cameo_stories4_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2012, 3, 14)


def _keys(coder, text, day=DAY, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_forces_sent_to_a_border_are_a_show_of_force_at_the_neighbour(coder):
    keys = _keys(coder, "Sudan sent three battalions to the Chadian border on Sunday.")
    assert ("SDN", "TCD", "15") in keys and ("SDN", "TCD", "07") not in keys
    keys = _keys(coder, "Ethiopia sent dozens of tanks to its frontier with Eritrea.")
    assert ("ETH", "ERI", "15") in keys and ("ETH", "ERI", "07") not in keys
    # peacekeepers sent into a country and relief sent to a border stay aid
    assert ("NGA", "LBR", "07") in _keys(
        coder, "Nigeria sent a battalion of peacekeepers to Liberia."
    )
    assert ("TUR", "SYR", "07") in _keys(coder, "Turkey sent aid trucks to the Syrian border.")


def test_one_sent_into_exile_is_expelled_not_taken_on_a_visit(coder):
    text = (
        "Thai soldiers seized Prime Minister Thaksin Shinawatra and sent him into exile in Britain."
    )
    keys = _keys(coder, text)
    assert not any(k[2] == "04" for k in keys), keys
    keys = _keys(
        coder, "The army drove Haitian President Jean-Bertrand Aristide into exile in Senegal."
    )
    assert not any(k[1] == "SEN" for k in keys), keys
    assert any(k[1:] == ("HTI", "17") for k in keys), keys


def test_north_and_south_korea_name_both_states(coder):
    keys = _keys(coder, "Russia urged both North and South Korea to avoid provocations.")
    assert ("RUS", "PRK", "02") in keys and ("RUS", "KOR", "02") in keys
    keys = _keys(coder, "The North and South Korean defence ministers met at the border.")
    assert ("PRK", "KOR", "04") in keys and ("KOR", "PRK", "04") in keys


def test_a_protest_at_a_named_embassy_is_at_its_state_not_at_its_host_city(coder):
    text = "Hundreds of Pakistani students gathered outside the Danish embassy in Islamabad."
    keys = _keys(coder, text)
    assert ("PAK", "DNK", "14") in keys and ("PAK", "PAK", "14") not in keys
    text = "Vietnamese protesters rallied outside the Chinese embassy in Hanoi on Sunday."
    assert ("VNM", "CHN", "14") in _keys(coder, text)


def test_aid_pledged_by_two_states_is_no_pledge_to_each_other(coder):
    keys = {
        (e.source_country, e.target_country)
        for e in coder.code_text("Ghana and Togo pledged troops to the regional force.", DAY)
    }
    assert ("GHA", "TGO") not in keys and ("TGO", "GHA") not in keys
    keys = _keys(coder, "Japan and South Korea agreed to cooperate on fisheries.")
    assert ("JPN", "KOR", "03") in keys and ("KOR", "JPN", "03") in keys


def test_lending_frozen_to_a_country_is_aid_cut(coder):
    keys = _keys(coder, "The World Bank froze its lending to Madagascar after the coup.")
    assert ("MDG", "16") in {k[1:] for k in keys}, keys


def test_an_organisation_suspending_a_named_state_suspends_its_membership(coder):
    keys = _keys(coder, "The African Union suspended Guinea-Bissau on Tuesday.")
    assert ("GNB", "16") in {k[1:] for k in keys}, keys
    # a government suspending flights names no member
    keys = _keys(coder, "Russia suspended flights to Egypt on Friday.")
    assert ("RUS", "EGY", "16") in keys


def test_a_later_act_told_also_is_aimed_where_the_earlier_one_was(coder):
    text = "Japan recognised South Sudan, and Kenya and Uganda also recognised the new state."
    keys = _keys(coder, text)
    assert ("KEN", "SSD", "05") in keys and ("UGA", "SSD", "05") in keys
    text = "Ghana pledged 300 troops for Mali, and Togo and Benin also pledged soldiers."
    keys = _keys(coder, text)
    assert ("TGO", "MLI", "03") in keys and ("BEN", "MLI", "03") in keys


def test_a_refusal_naming_no_one_turns_down_the_last_one_who_asked(coder):
    text = "Tajikistan asked Russia to send peacekeepers, but Moscow refused."
    assert ("RUS", "TJK", "12") in _keys(coder, text)
    text = "Beijing demanded an apology and compensation, which Tokyo refused."
    assert ("JPN", "CHN", "12") in _keys(coder, text)
