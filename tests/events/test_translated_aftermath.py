"""Rules found on a machine-translated analysis written in session 36 (a Moscow daily's piece
on Russia and Belarus after the August 2020 election): each with sentences invented for
detente about real episodes, in the wording such translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country, e.date)
        for e in events
        if e.is_fact and e.cameo_root == root
    ]


def test_an_object_told_after_a_place_is_the_verbs_not_the_places(coder):
    # the parser reads "near [Minsk 33 Russian citizens]": the city had been the one detained
    text = "On 29 July the Belarusian KGB detained near Minsk 33 Russian citizens."
    held = _facts(coder.code_text(text, dt.date(2020, 9, 16)), "17")
    assert held == [("BLR", "RUS", dt.date(2020, 7, 29))], held
    text = "Turkish police arrested in Istanbul two German journalists on Friday."
    held = _facts(coder.code_text(text, dt.date(2017, 9, 3)), "17")
    assert [(s, t) for s, t, _ in held] == [("TUR", "DEU")], held


def test_meddling_in_a_states_affairs_judged_is_not_aimed_at_that_state(coder):
    # Belarus is whose affairs are meddled in, not the one blamed; no meddler is named
    text = (
        "On 18 August Putin in a telephone conversation with the German chancellor Angela "
        "Merkel declared that any outside interference in the internal affairs of Belarus is "
        "unacceptable."
    )
    events = coder.code_text(text, dt.date(2020, 9, 16))
    assert not [e for e in events if e.is_fact and e.target_country == "BLR"], events
    text = "Lavrov said that any foreign meddling in Venezuela's affairs would be unacceptable."
    events = coder.code_text(text, dt.date(2019, 2, 1))
    assert not [e for e in events if e.is_fact and e.target_country == "VEN"], events
    # a meddler named is the one blamed
    text = "Putin said that the interference of Poland in the affairs of Belarus is unacceptable."
    blamed = _facts(coder.code_text(text, dt.date(2020, 9, 16)), "11")
    assert [(s, t) for s, t, _ in blamed] == [("RUS", "POL")], blamed
