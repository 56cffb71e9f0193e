"""Wire-story rules found on the fifth CAMEO wire-sentence study set (session 33, h6:
tests/data/cameo_stories5_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2016, 5, 10)


def _keys(coder, text, day=DAY, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_it_accused_after_an_act_is_the_state_the_act_was_done_to(coder):
    text = "Chad recalled its ambassador from Sudan, accusing it of arming the rebels."
    keys = _keys(coder, text)
    assert ("TCD", "SDN", "11") in keys, keys
    assert not any(k[:2] == ("TCD", "TCD") for k in keys), keys
    text = "Morocco and Algeria cut ties with Iran on Tuesday, accusing it of backing separatists."
    keys = _keys(coder, text)
    assert ("MAR", "IRN", "11") in keys and ("DZA", "IRN", "11") in keys, keys
    text = "The European Union imposed new sanctions on Belarus, accusing it of rigging the vote."
    assert any(k[1:] == ("BLR", "11") for k in _keys(coder, text))
    # a clause with its own subject: "it" is not the one the first act was done to
    text = "Qatar recalled its envoy from Riyadh after Saudi Arabia accused it of meddling."
    assert ("SAU", "QAT", "11") in _keys(coder, text)


def test_time_given_to_leave_the_land_is_an_expulsion(coder):
    text = "Kuwait gave Iraqi workers one month to leave the country."
    keys = _keys(coder, text)
    assert ("KWT", "IRQ", "17") in keys, keys
    assert not any(k[2] in ("13", "08") for k in keys), keys
    # a deadline to quit a town still threatens; an envoy given time to leave is sent home
    keys = _keys(coder, "The Syrian army gave Turkish troops two days to leave the town.")
    assert not any(k[2] == "17" for k in keys), keys
    keys = _keys(coder, "Ghana gave the Nigerian ambassador 48 hours to leave the country.")
    assert ("GHA", "NGA", "16") in keys, keys


def test_yugoslavia_of_1992_to_2003_is_serbia_and_its_tribunal_an_igo(coder):
    day = dt.date(1999, 6, 20)
    keys = _keys(coder, "Greece sent medicine and tents to Yugoslavia on Sunday.", day)
    assert ("GRC", "SRB", "07") in keys, keys
    text = (
        "The International Criminal Tribunal for the former Yugoslavia indicted a Croatian general."
    )
    keys = _keys(coder, text, day)
    assert any(k[1:] == ("HRV", "11") for k in keys), keys
    assert not any(k[0] == "SRB" for k in keys), keys
