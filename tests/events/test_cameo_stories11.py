"""Wire-story rules found on the eleventh CAMEO wire-sentence study set (session 41, h6:
tests/data/cameo_stories11_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt


def _keys(coder, text, day, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_several_who_fight_on_one_side_fight_as_allies(coder):
    # symmetry.fought_as_allies: troops fighting "on the government's side" are no foes
    day = dt.date(1998, 7, 27)
    text = "Senegalese and Guinean troops fought on the government's side in the war."
    keys = _keys(coder, text, day)
    assert ("SEN", "GIN", "19") not in keys and ("GIN", "SEN", "19") not in keys, keys
    text = "Chadian and Nigerien soldiers fought alongside the army against the rebels."
    keys = _keys(coder, text, day)
    assert ("TCD", "NER", "19") not in keys and ("NER", "TCD", "19") not in keys, keys
    # two armies that fight with no side named fight each other
    text = "Eritrean and Ethiopian troops fought along the border on Monday."
    assert ("ERI", "ETH", "19") in _keys(coder, text, day)


def test_troops_promised_to_keep_a_peace_are_a_pledge_not_a_threat(coder):
    # readings._keeps_the_peace, readings._an_edge: a purpose of keeping the peace, and
    # "Ivory Coast" is a land, not a coast
    day = dt.date(2003, 1, 24)
    text = "Nigeria said it would send troops to Liberia to keep the peace."
    keys = _keys(coder, text, day)
    assert ("NGA", "LBR", "03") in keys and not any(k[2] == "13" for k in keys), keys
    text = (
        "ECOWAS said it would send 1,200 more troops to Ivory Coast to help French forces "
        "police the ceasefire."
    )
    keys = _keys(coder, text, day)
    assert any(k[1:] == ("CIV", "03") for k in keys), keys
    assert not any(k[2] == "13" for k in keys), keys
    # forces sent to crush someone stay a threat
    text = "Russia said it would send troops to Georgia to crush the rebels."
    assert ("RUS", "GEO", "13") in _keys(coder, text, day)


def test_those_cast_as_witnesses_of_a_signing_are_no_signers(coder):
    # targets.cast_as_onlooker: "with X and Y as witnesses", "with Russia as guarantor"
    day = dt.date(1997, 5, 8)
    text = (
        "Moldovan President Petru Lucinschi and Igor Smirnov signed a memorandum in the Kremlin "
        "on Thursday, with Russian President Boris Yeltsin and Ukrainian President Leonid "
        "Kuchma as witnesses."
    )
    keys = _keys(coder, text, day)
    assert not any(k[1] in ("RUS", "UKR") for k in keys), keys
    # one signed with is a signer
    text = "Moldova signed a memorandum with Russia on Thursday."
    assert ("MDA", "RUS", "05") in _keys(coder, text, day)


def test_a_go_between_is_no_side_of_the_talks_it_brings_about(coder):
    # sides._own_side_between: unnamed sides between whom a third stands are not its own
    day = dt.date(1997, 3, 21)
    text = "New Zealand offered to host talks between the government and the rebels."
    keys = _keys(coder, text, day)
    assert not any(k[:2] == ("NZL", "NZL") for k in keys), keys
    text = "Kenya mediated between the government and the rebels on Monday."
    keys = _keys(coder, text, day)
    assert not any(k[:2] == ("KEN", "KEN") for k in keys), keys
    # named sides stay
    text = "Norway brokered talks between the Sri Lankan government and the Tamil Tigers."
    assert ("NOR", "LKA", "04") in _keys(coder, text, day)


def test_gunships_delivered_are_arms_given(coder):
    # 072 lines: "gunship" beside "helicopter"
    day = dt.date(2001, 8, 13)
    text = "Ukraine delivered four more Mi-24 helicopter gunships to the Macedonian army."
    assert ("UKR", "MKD", "07") in _keys(coder, text, day)
    text = "Russia supplied two gunships to Sierra Leone's government."
    assert ("RUS", "SLE", "07") in _keys(coder, text, day)


def test_leaders_of_the_late_1990s_are_known_by_name(coder):
    # people_f.tsv: Mahuad, Lucinschi, Smirnov (the Dniester region's leader), Cubas and
    # others of the years PETRARCH-2's validation stories come from; countries.tsv: the
    # Dniester region's spellings of the time
    day = dt.date(1998, 10, 27)
    keys = _keys(coder, "Fujimori praised Mahuad's courage on Tuesday.", day)
    assert ("PER", "ECU", "05") in keys, keys
    day = dt.date(1997, 5, 8)
    text = "Petru Lucinschi and Igor Smirnov signed a memorandum in Moscow on Thursday."
    assert ("MDA", "MDA", "05") in _keys(coder, text, day)
    text = "Russia sent more troops to Transdniestria on Friday."
    assert any(k[:2] == ("RUS", "MDA") for k in _keys(coder, text, day))
