"""Wire-story rules found on the seventh CAMEO wire-sentence study set (session 37, h6:
tests/data/cameo_stories7_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_office_holders_of_the_nineties_are_known_by_name(coder):
    # people_f.tsv: the 1990s leaders PETRARCH-era wire copy names without their title
    day = dt.date(1998, 11, 20)
    keys = _keys(coder, "Nelson Mandela flew to Tripoli to meet Muammar Gaddafi.", day)
    assert ("ZAF", "LBY", "04") in keys, keys  # not Nelson, a town read as Australian
    keys = _keys(coder, "Tariq Aziz accused the inspectors' American leaders of spying.", day)
    assert ("IRQ", "USA", "11") in keys, keys
    keys = _keys(coder, "Vajpayee urged Pakistan to stop the shelling.", day)
    assert ("IND", "PAK", "02") in keys, keys
    keys = _keys(coder, "Primakov criticised Israel on Monday.", day)
    assert ("RUS", "ISR", "11") in keys, keys


def test_force_one_will_not_renounce_is_threatened(coder):
    # "renounce", "forswear" and "exclude", denied or declined, keep a means open as "rule
    # out" does (intent.kept_open): the threat of it, aimed at whom it is against
    day = dt.date(1996, 3, 8)
    text = "Li Peng said Beijing would never renounce the use of force against Taiwan."
    assert ("CHN", "TWN", "13") in _keys(coder, text, day)
    text = "China refuses to renounce the use of force against Taiwan."
    assert ("CHN", "TWN", "13") in _keys(coder, text, day)
    # force given up is no threat
    keys = _keys(coder, "The rebels renounced the use of force against Uganda.", day)
    assert not any(k[2] == "13" for k in keys), keys


def test_the_two_countries_are_the_pair_named_as_the_subject_before(coder):
    # resolve._joint_subject_pair: not the last two countries named (Angola and Congo)
    day = dt.date(1998, 8, 23)
    text = (
        "Zimbabwean and Angolan troops fought rebels in western Congo on Sunday as the two "
        "countries came to the aid of President Laurent Kabila."
    )
    keys = _keys(coder, text, day)
    assert ("ZWE", "COD", "07") in keys and ("AGO", "COD", "07") in keys, keys
    assert ("COD", "AGO", "07") not in keys, keys


def test_a_passive_joined_to_an_active_verb_is_done_to_its_subject(coder):
    # grammar.passive_after_active: not to the place named after it
    day = dt.date(1999, 2, 20)
    text = (
        "Indian Prime Minister Atal Behari Vajpayee rode a bus into Pakistan on Saturday and "
        "was greeted by Prime Minister Nawaz Sharif at the Wagah crossing."
    )
    keys = _keys(coder, text, day)
    assert ("PAK", "IND", "04") in keys, keys
    text = "Two French cyclists crossed into Iran and were arrested by Iranian police."
    keys = _keys(coder, text, day)
    assert ("IRN", "FRA", "17") in keys, keys
    assert ("IRN", "IRN", "17") not in keys, keys


def test_who_brokers_or_hosts_a_thing_is_not_the_thing(coder):
    # resolve.CONVENING among the phrases _inside leaves out: the accord's call is no one's
    day = dt.date(2000, 6, 18)
    text = (
        "The accord, brokered by the Organisation of African Unity, calls on Ethiopia to "
        "pull its troops out of Eritrea."
    )
    keys = _keys(coder, text, day)
    assert not any(k[0] == "IGO" or "AU" in k[0] for k in keys if k[2] == "02"), keys
    keys = _keys(coder, "A deal brokered by Qatar calls on Hamas to free the hostages.", day)
    assert not any(k[0] == "QAT" for k in keys), keys
    # the broker's own part is still told
    keys = _keys(coder, "Israel and Hamas agreed to a truce brokered by Egypt.", day)
    assert any(k[0] == "EGY" and k[2] == "04" for k in keys), keys


def test_where_two_sides_sign_a_truce_is_no_third_side(coder):
    # sides._where_signed: the "in" phrase of the signing verb itself is the venue
    day = dt.date(2000, 6, 18)
    keys = _keys(coder, "Ethiopia and Eritrea signed a truce in Algiers on Sunday.", day)
    assert ("ETH", "ERI", "08") in keys and ("ERI", "ETH", "08") in keys, keys
    assert not any(k[1] == "DZA" for k in keys), keys


def test_a_list_of_sides_judged_keeps_its_members_after_a_name_of_two_words(coder):
    # targets._same_name: "South" of "South Africa" is no owner of a thing called Africa, so
    # the list "South Africa and Egypt" stays whole
    day = dt.date(1999, 4, 5)
    keys = _keys(
        coder, "Kofi Annan praised South Africa and Saudi Arabia for their mediation.", day
    )
    assert ("IGO", "ZAF", "05") in keys or ("UNO", "ZAF", "05") in keys, keys
    assert any(k[1] == "SAU" and k[2] == "05" for k in keys), keys
    keys = _keys(coder, "Iran criticised the United States and Britain on Monday.", day)
    assert ("IRN", "USA", "11") in keys and ("IRN", "GBR", "11") in keys, keys
    # a name before a thing still owns it
    keys = _keys(coder, "Israel rejected the EU demand.", day)
    assert any(k[0] == "ISR" and k[2] == "12" and k[1] not in ("", None) for k in keys), keys


def test_an_act_judged_by_its_hostile_kind_is_criticised(coder):
    # naming.kind_told: "an act of enmity", "an act of war", "an act of aggression" judge by
    # the "of" phrase of the kind noun
    day = dt.date(1999, 10, 15)
    text = "A Taliban spokesman called the vote an act of enmity by Washington."
    assert ("AFG", "USA", "11") in _keys(coder, text, day)
    text = "Havana called the embargo an act of war by Washington."
    assert ("CUB", "USA", "11") in _keys(coder, text, day)
    # a kind that judges nothing stays a comment
    keys = _keys(coder, "Tokyo called the meeting a sign of progress by Seoul.", day)
    assert not any(k[2] == "11" for k in keys), keys
