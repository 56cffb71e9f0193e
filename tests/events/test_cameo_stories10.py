"""Wire-story rules found on the tenth CAMEO wire-sentence study set (session 40, h6:
tests/data/cameo_stories10_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_a_meeting_where_several_act_on_a_third_is_their_stage(coder):
    # nominal._stage_of_acts_on_others: donors pledging to a third side at a conference
    # do not meet each other in the news told
    day = dt.date(2002, 12, 9)
    text = (
        "Japan, the United States and the European Union pledged help for Aceh's "
        "reconstruction at a meeting in Tokyo last week."
    )
    keys = _keys(coder, text, day)
    assert ("JPN", "IDN", "03") in keys and not any(k[2] == "04" for k in keys), keys
    text = "Britain and Norway pledged aid to Sudan at a meeting in Oslo on Monday."
    keys = _keys(coder, text, day)
    assert ("GBR", "SDN", "03") in keys and ("GBR", "NOR", "04") not in keys, keys
    # with no one else acted on, the two who act at the meeting met
    text = "Russia and Turkey agreed at a meeting in Sochi to set up a buffer zone."
    assert ("RUS", "TUR", "04") in _keys(coder, text, day)


def test_what_a_move_is_made_in_protest_at_is_another_s_act(coder):
    # nominal._in_protest_at: "in protest at the bombing of its embassy" names the wrong
    # protested, no bombing by the protester
    day = dt.date(1999, 5, 10)
    text = (
        "China suspended military contacts with the United States on Monday in protest at "
        "the bombing of its embassy in Belgrade."
    )
    keys = _keys(coder, text, day)
    assert ("CHN", "USA", "16") in keys and not any(k[2] == "18" for k in keys), keys
    text = "Iran recalled its ambassador from Baku in protest at the shelling of its consulate."
    keys = _keys(coder, text, day)
    assert ("IRN", "AZE", "16") in keys and not any(
        k[0] == "IRN" and k[2] in ("18", "19") for k in keys
    ), keys


def test_rebel_movements_of_the_years_around_2000_code_as_their_country(coder):
    # igos.tsv: GAM, LURD, MODEL, AFDL and the RUF are national rebel groups
    day = dt.date(2003, 6, 4)
    keys = _keys(coder, "LURD rebels shelled the port of Monrovia on Friday.", day)
    assert ("LBR", "LBR", "19") in keys, keys
    keys = _keys(coder, "The Revolutionary United Front freed 50 Kenyan peacekeepers.", day)
    assert ("SLE", "KEN", "08") in keys, keys
    text = "Indonesian troops killed three Free Aceh Movement fighters in a clash on Monday."
    assert ("IDN", "IDN", "19") in _keys(coder, text, day)


def test_a_country_named_bare_beside_its_own_rebels_is_its_government(coder):
    # sides._state_by_name: "Indonesia and the Free Aceh Movement signed" is each way
    day = dt.date(2002, 12, 9)
    text = "Indonesia and the Free Aceh Movement signed a peace deal in Geneva on Monday."
    keys = [
        (e.source, e.target, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == "asserted"
    ]
    assert ("IDN", "IDNREB", "05") in keys and ("IDNREB", "IDN", "05") in keys, keys
    text = "Colombia and the FARC signed a peace accord in Havana on Thursday."
    keys = [(e.source, e.target) for e in coder.code_text(text, day)]
    assert ("COL", "COLREB") in keys and ("COLREB", "COL") in keys, keys
    # two of one state's own organs are not opposed sides
    text = "Indonesia and Indonesian police met on Monday."
    assert not any(e.target for e in coder.code_text(text, day))


def test_the_fight_a_harm_was_done_in_is_that_harm_s_fight(coder):
    # nominal._fight_a_harm_was_done_in: "killed three rebels in a clash in North Aceh" is one
    # fight, with the rebels for its target, not a second one against the province
    day = dt.date(2002, 12, 9)
    text = "Indonesian troops killed three suspected rebels in a clash in North Aceh on Monday."
    events = [e for e in coder.code_text(text, day) if e.cameo_root == "19"]
    assert len(events) == 1 and events[0].target == "IDNREB", events


def test_a_side_said_to_have_failed_to_act_is_criticised(coder):
    # speech_acts._failed_at: "said Georgia had failed to meet its obligations" judges Georgia
    day = dt.date(2002, 9, 11)
    text = "Putin said Georgia had failed to meet its obligations to fight terrorism."
    assert ("RUS", "GEO", "11") in _keys(coder, text, day)
    # talks that failed are no side judged
    text = "Russian diplomats said the talks with Georgia failed to produce a deal."
    assert not any(k[2] == "11" for k in _keys(coder, text, day))


def test_the_wrong_one_voices_regret_for_is_the_apology_s_topic(coder):
    # nominal._REDRESS: "expressed deep regret for the submarine incursion" apologises; the
    # incursion is what the apology is about, no new incursion
    day = dt.date(1996, 12, 29)
    text = (
        "North Korea expressed deep regret on Sunday for the submarine incursion into South "
        "Korean waters in September."
    )
    keys = _keys(coder, text, day)
    assert ("PRK", "KOR", "05") in keys and ("PRK", "KOR", "19") not in keys, keys
