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


def test_rebel_movements_of_the_years_around_2000_code_as_their_country(coder):
    # igos.tsv: GAM, LURD, MODEL, AFDL and the RUF are national rebel groups
    day = dt.date(2003, 6, 4)
    keys = _keys(coder, "LURD rebels shelled the port of Monrovia on Friday.", day)
    assert ("LBR", "LBR", "19") in keys, keys
    keys = _keys(coder, "The Revolutionary United Front freed 50 Kenyan peacekeepers.", day)
    assert ("SLE", "KEN", "08") in keys, keys
    text = "Indonesian troops killed three Free Aceh Movement fighters in a clash on Monday."
    assert ("IDN", "IDN", "19") in _keys(coder, text, day)
