"""Wire-story rules found on the twelfth CAMEO wire-sentence study set (session 42, h6:
tests/data/cameo_stories12_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_a_secretary_of_an_embassy_sent_home_is_an_envoy_expelled(coder):
    # verbs_09_20 161 lines: "first secretary" beside "attache" and "consul"
    day = dt.date(2009, 11, 12)
    keys = _keys(coder, "Thailand responded by expelling Cambodia's first secretary.", day)
    assert ("THA", "KHM", "16") in keys and ("THA", "KHM", "17") not in keys, keys
    # a journalist sent out is still a person expelled
    keys = _keys(coder, "Thailand expelled a Cambodian journalist on Thursday.", day)
    assert ("THA", "KHM", "17") in keys, keys


def test_an_envoy_s_post_is_a_name_not_a_set_phrase(coder):
    # targets._posts: "in return" on the verb is no second capital the envoy serves in
    day = dt.date(2008, 9, 11)
    text = (
        "The United States expelled Bolivia's ambassador in Washington, Gustavo Guzman, on "
        "Thursday in return."
    )
    assert ("USA", "BOL", "16") in _keys(coder, text, day)
    # envoys in two capitals are still recalled from both
    keys = _keys(coder, "Qatar recalled its ambassadors in Riyadh and Abu Dhabi.", day)
    assert {("QAT", "SAU", "16"), ("QAT", "ARE", "16")} <= keys, keys


def test_dealings_frozen_and_work_stopped_cut_relations(coder):
    # verbs_09_20: "dealings" beside "ties"; "stopped working with", "stopped issuing visas to"
    day = dt.date(2007, 7, 19)
    keys = _keys(coder, "Britain froze all official dealings with Iran on Wednesday.", day)
    assert ("GBR", "IRN", "16") in keys, keys
    text = "Russia stopped working with Britain on counter-terrorism on Thursday."
    assert ("RUS", "GBR", "16") in _keys(coder, text, day)
    text = "Moscow also stopped issuing visas to British officials, the foreign ministry said."
    assert ("RUS", "GBR", "16") in _keys(coder, text, day)
    # work on a thing stopped cuts no one
    keys = _keys(coder, "Russia stopped working on the bridge to Crimea in July.", day)
    assert not any(k[2] == "16" for k in keys), keys


def test_a_state_ordered_off_a_base_has_its_presence_ended(coder):
    # news_extra 166 line: a base to leave, not people expelled
    day = dt.date(2009, 2, 19)
    text = "Kyrgyzstan ordered the United States to leave the Manas air base."
    keys = _keys(coder, text, day)
    assert ("KGZ", "USA", "16") in keys and ("KGZ", "USA", "17") not in keys, keys
    # people ordered out of the land are still expelled
    keys = _keys(coder, "Russia ordered the American journalist to leave the country.", day)
    assert ("RUS", "USA", "17") in keys, keys


def test_a_past_verb_after_a_relative_clause_goes_on_with_the_story(coder):
    # pipeline.finite_conjuncts, _relative_owner: the routes carry, Pakistan ordered
    day = dt.date(2011, 11, 26)
    text = (
        "Pakistan closed the supply routes that carry fuel and food to NATO forces in "
        "Afghanistan and ordered the United States to leave the Shamsi air base within 15 days."
    )
    keys = _keys(coder, text, day)
    assert ("PAK", "USA", "16") in keys, keys
    # a present verb joined to the relative clause is still the routes' own
    text = "Pakistan closed the roads that link the towns and carry fuel to NATO forces."
    keys = _keys(coder, text, day)
    assert not any(k[2] == "16" for k in keys), keys


def test_an_offer_to_help_mediate_is_an_offer_to_mediate(coder):
    # extract.helped_acts: "help" with no one named to help stands before the act
    day = dt.date(2008, 9, 11)
    keys = _keys(coder, "Brazil offered to help mediate between Bolivia and Chile.", day)
    assert {("BRA", "BOL", "03"), ("BRA", "CHL", "03")} <= keys, keys
    # one named to help is the one helped
    keys = _keys(coder, "Japan pledged to help Kenya fight the militants.", day)
    assert ("JPN", "KEN", "03") in keys, keys


def test_those_who_watch_a_signing_do_not_sign(coder):
    # nominal._ONLOOKING: the watcher of an act is no side of it
    day = dt.date(2009, 10, 10)
    text = (
        "US Secretary of State Hillary Clinton watched the signing with the foreign ministers "
        "of Russia, France and Switzerland."
    )
    keys = _keys(coder, text, day)
    assert not any(k[0] == "USA" and k[2] == "05" for k in keys), keys
    # one who signs with someone signs
    text = "US Secretary of State Hillary Clinton signed the accord with Russia."
    assert ("USA", "RUS", "05") in _keys(coder, text, day)


def test_a_move_called_immoral_is_criticised(coder):
    # naming.CONDEMNING: words of right and honour
    day = dt.date(2007, 7, 16)
    text = "Russian Foreign Ministry spokesman Mikhail Kamynin called the British move immoral."
    assert ("RUS", "GBR", "11") in _keys(coder, text, day)


def test_a_building_is_named_by_whom_it_houses(coder):
    # targets.housed: "the building housing the Danish consulate"
    day = dt.date(2006, 2, 5)
    text = "Lebanese protesters set fire to the building housing the Danish consulate in Beirut."
    assert ("LBN", "DNK", "14") in _keys(coder, text, day)
    keys = _keys(coder, "Lebanese protesters set fire to a building in Beirut.", day)
    assert not any(k[1] == "DNK" for k in keys), keys


def test_leaders_of_2009_are_known_by_name(coder):
    # people_d.tsv: Hans-Rudolf Merz (Swiss president, 2009) by surname, Libya's prime
    # minister al-Mahmudi (2006-2011), no longer read as the Islamic State's leader
    day = dt.date(2009, 8, 20)
    text = "Merz met Libyan Prime Minister Al-Baghdadi al-Mahmoudi in Tripoli on Thursday."
    assert ("CHE", "LBY", "04") in _keys(coder, text, day)
    # the surname in 2025 is Germany's chancellor
    text = "Merz met Libyan Prime Minister Abdul Hamid Dbeibah in Berlin on Thursday."
    assert ("DEU", "LBY", "04") in _keys(coder, text, dt.date(2025, 8, 20))


def test_troops_counted_by_the_thousand_are_still_troops(coder):
    # readings.is_armed: the noun a number counts ("thousands of Turkish troops")
    day = dt.date(2008, 2, 22)
    text = "Thousands of Turkish troops crossed into northern Iraq on Thursday night."
    assert ("TUR", "IRQ", "19") in _keys(coder, text, day)
    # people counted so are no troops
    text = "Thousands of Syrian refugees crossed into Turkey on Thursday night."
    keys = _keys(coder, text, day)
    assert not any(k[2] == "19" for k in keys), keys
