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


def test_a_bare_weekday_after_last_week_counts_from_the_week_of_writing(coder):
    # a chronicle (weekdays written with their dates) counts a bare weekday from the story's
    # day; "last week" moves the story on from 3 September: Monday is 14 September, not the
    # first Monday after the 3rd; what Belgrade explained is of that week too
    text = (
        "On Sunday, 16 August, Putin and Lukashenko spoke by telephone. On 3 September the "
        "Russian prime minister Mikhail Mishustin met Lukashenko in Minsk. "
        "Last week Serbia, which in the previous years in the drills regularly took part, "
        "refused to send its soldiers to Belarus. The defence minister explained that Belgrade "
        "under the pressure of the European Union all exercises for six months suspends.\n\n"
        "The main event of the month took place on Monday in Sochi. Putin announced that Russia "
        "to Belarus a state credit of 1.5 billion dollars will provide."
    )
    events = coder.code_text(text, dt.date(2020, 9, 16))
    pledged = _facts(events, "03")
    assert ("RUS", "BLR", dt.date(2020, 9, 14)) in pledged, pledged
    assert all(e.date != dt.date(2020, 9, 3) for e in events if e.source_country == "SRB"), [
        (e.source_name, e.date) for e in events
    ]


def test_a_pronoun_object_set_before_its_verb_leaves_the_name_the_subject(coder):
    # "where Putin him received": the parser had "him" the subject, "Putin" its modifier
    text = (
        "On Monday Lukashenko to the residence Bocharov Ruchei flew, where Putin him received, "
        "and the talks lasted more than four hours."
    )
    met = _facts(coder.code_text(text, dt.date(2020, 9, 16)), "04")
    assert ("RUS", "BLR", dt.date(2020, 9, 14)) in met, met
    assert ("BLR", "RUS", dt.date(2020, 9, 14)) in met, met
    # "Putin him … assistance promised": Putin promised, the assistance is what he promised
    text = (
        "On 15 August the Belarusian president told that Putin him comprehensive assistance "
        "for ensuring the security in the case of an external military threat promised."
    )
    pledged = _facts(coder.code_text(text, dt.date(2020, 9, 16)), "03")
    assert [(s, t) for s, t, _ in pledged] == [("RUS", "BLR")], pledged


def test_before_an_audience_between_the_subject_and_its_verb_is_a_preposition(coder):
    # "before his supporters" had been read as a clause, "his supporters … accused NATO"
    text = (
        "On 16 August Lukashenko in his speech before his supporters in Minsk accused NATO "
        "of the concentration of troops at the western borders of Belarus."
    )
    accused = _facts(coder.code_text(text, dt.date(2020, 9, 16)), "11")
    assert accused == [("BLR", "NATO", dt.date(2020, 8, 16))], accused
    text = "On Wednesday Erdogan in a speech before the parliament accused Israel of genocide."
    accused = _facts(coder.code_text(text, dt.date(2023, 11, 17)), "11")
    assert [(s, t) for s, t, _ in accused] == [("TUR", "ISR")], accused
