"""Rules found on the January-February 2017 headline set (tests/data/headlines_heldout13.tsv),
each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 2, 4)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


def _roots(coder, text: str) -> set[str]:
    return {cameo[:2] for _, _, cameo in _facts(coder, text)}


# Someone a crime story is about (a suspect, an attacker, a gunman) who arrived somewhere
# travelled there; his country pays no visit. A leader who arrives still visits.
ARRIVALS = [
    ("the suspect, an egyptian, had arrived in paris last month.", False),
    ("The attacker, a Tunisian, arrived in Berlin in 2015.", False),
    ("Sisi arrived in Paris on Monday.", True),
]


@pytest.mark.parametrize(("text", "visit"), ARRIVALS)
def test_a_suspect_who_arrived_pays_no_visit(coder, text, visit):
    assert ("04" in _roots(coder, text)) is visit


# Flying or fleeing "into exile" reaches no one: the ruler leaves, he visits nowhere.
EXILE = [
    ("senegalese troops roll into banjul ; jammeh flew into exile on saturday night.", False),
    ("The ousted president flew into exile in Equatorial Guinea.", False),
    ("Jammeh flew to Conakry on Saturday.", True),
]


@pytest.mark.parametrize(("text", "visit"), EXILE)
def test_a_flight_into_exile_is_no_visit(coder, text, visit):
    visits = [f for f in _facts(coder, text) if f[2] in ("042", "043")]
    assert bool(visits) is visit


# An obituary's subject described by a relative clause in the past ("a columnist who
# defended free speech") is told a life, even when the parser misreads the lower-case name
# and hangs the death ("dies at 91") on it as a conjunct; a life told outside an obituary
# keeps its act.
LIVES = [
    ("nat hentoff, a columnist who defended free speech against all comers, dies at 91", False),
    ("ray ellis, a senator who praised france for decades, dies at 88", False),
    ("The senator praised France on Monday.", True),
]


@pytest.mark.parametrize(("text", "event"), LIVES)
def test_a_life_summed_up_before_the_death_is_no_event(coder, text, event):
    assert bool(_facts(coder, text)) is event


# What a speaker alludes or refers to is a topic, not his act: "alludes to an attack in
# sweden" is no attack by him; "ordered an attack on" still is.
ALLUSIONS = [
    (
        "trump holds a rally in florida and alludes to an attack in sweden that never happened",
        False,
    ),
    ("The president referred to the attack on the embassy in his speech.", False),
    ("Russia launched an attack on Ukraine.", True),
]


@pytest.mark.parametrize(("text", "force"), ALLUSIONS)
def test_an_act_alluded_to_is_not_the_speaker_s(coder, text, force):
    assert bool(_roots(coder, text) & {"18", "19", "20"}) is force


# Fox News is a television network: "fox" in a lower-case line is no Vicente Fox.
def test_fox_news_is_no_mexican_president(coder):
    text = "the kremlin demands an apology from fox news over a remark about putin"
    assert all(target != "MEX" for _, target, _ in _facts(coder, text))


# Working "for" troops, a body or a people is a job held; working with a side still
# cooperates.
WORK = [
    ("an iraqi interpreter who worked for american troops is held at kennedy airport", False),
    ("The Afghan translator worked for British forces for six years.", False),
    ("Iraqi police worked with American troops to secure the city.", True),
]


@pytest.mark.parametrize(("text", "cooperation"), WORK)
def test_work_for_an_employer_is_no_cooperation(coder, text, cooperation):
    assert bool(_roots(coder, text) & {"05", "06"}) is cooperation


# A headline the parser hung as a clause on its snippet's verb, across the semicolon, is no
# content of that verb: the meeting is still told, not swallowed by what was pressed for.
def test_a_headline_before_a_semicolon_is_no_complement_of_the_snippet(coder):
    text = (
        "erdogan meets king salman in riyadh ; the turkish leader pressed for safe zones in syria."
    )
    assert ("TUR", "SAU", "040") in _facts(coder, text)
