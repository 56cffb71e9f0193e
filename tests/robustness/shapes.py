"""Sentence shapes that news really has (verbless fragments, headlines, datelines, lists,
single words, all lower-case, all caps, long coordinations, nested quotes), built from a small
vocabulary by any chooser: hypothesis draws for the tests, ``random.Random`` for the soak
benchmark (``benchmarks/soak.py``)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
Pick = Callable[[Sequence[T]], T]
Count = Callable[[int, int], int]

ACTORS = [
    "Russia", "the United States", "China", "Putin", "Trump", "Merkel", "NATO", "Ukraine",
    "the European Union", "Iran", "North Korea", "the Kremlin", "Washington", "Beijing",
    "Israel", "Hamas", "the rebels", "police", "Tillerson", "Lavrov", "Kim Jong-un", "Syria",
    "Turkey", "the U.N.", "U.S.", "Japan", "India", "Pakistan", "Erdogan", "Netanyahu",
]  # fmt: skip
VERBS = [
    "accused", "met", "praised", "threatened", "criticized", "rejected", "urged", "warned",
    "condemned", "invited", "visited", "attacked", "sanctioned", "thanked", "called", "hosted",
    "blamed", "expelled", "welcomed", "denied",
]  # fmt: skip
HEAD_VERBS = [
    "Accuses", "Meets", "Praises", "Threatens", "Slams", "Rejects", "Urges", "Warns", "Eyes",
    "Weighs", "Backs", "Hits", "Vows", "Mulls", "Rebuffs",
]  # fmt: skip
NOUNS = [
    "talks", "sanctions", "trip", "summit", "deal", "ceasefire", "visit", "election", "treaty",
    "town", "crisis", "aid", "missiles", "trade", "border", "hacking", "troops", "oil",
]  # fmt: skip
PREPS = ["to", "between", "with", "over", "after", "before", "on", "against", "in", "for"]
DATES = [
    "in February", "on Monday", "on Feb. 2", "last week", "in 2017", "next month",
    "on Tuesday night", "this year", "Feb. 16", "on 3 March 2017",
]  # fmt: skip
CITIES = ["MOSCOW", "WASHINGTON", "BEIJING", "KIEV", "BERLIN", "UNITED NATIONS", "GAZA CITY"]
MONTHS = ["Jan.", "Feb.", "March", "April", "Nov.", "Dec."]
WORDS = ACTORS + VERBS + HEAD_VERBS + NOUNS + PREPS + ["Talks", "Why", "Analysis", "—", "..."]


def _sentence(pick: Pick, count: Count) -> str:
    return f"{pick(ACTORS)} {pick(VERBS)} {pick(ACTORS)} {pick(PREPS)} {pick(NOUNS)} {pick(DATES)}."


def fragment(pick: Pick, count: Count) -> str:
    forms = [
        f"{pick(NOUNS).capitalize()} between {pick(ACTORS)} and {pick(ACTORS)} {pick(DATES)}.",
        f"{pick(NOUNS)} {pick(PREPS)} {pick(NOUNS)}",
        f"{pick(NOUNS).capitalize()} {pick(PREPS)} {pick(ACTORS)} {pick(DATES)}",
        f"{pick(ACTORS)}: {pick(NOUNS)} and {pick(NOUNS)}",
        f"After the {pick(NOUNS)}, {pick(NOUNS)}.",
    ]
    return pick(forms)


def headline(pick: Pick, count: Count) -> str:
    words = f"{pick(ACTORS)} {pick(HEAD_VERBS)} {pick(ACTORS)} {pick(PREPS)} {pick(NOUNS)}"
    return " ".join(w[:1].upper() + w[1:] for w in words.split())


def dateline(pick: Pick, count: Count) -> str:
    return f"{pick(CITIES)}, {pick(MONTHS)} {count(1, 28)} — {_sentence(pick, count)}"


def listing(pick: Pick, count: Count) -> str:
    items = [pick(ACTORS + NOUNS) for _ in range(count(2, 12))]
    if pick([True, False]):
        return "\n".join(f"- {item}" for item in items)
    return ", ".join(items[:-1]) + " and " + items[-1] + "."


def single_word(pick: Pick, count: Count) -> str:
    return pick(WORDS)


def lower_case(pick: Pick, count: Count) -> str:
    return pick([_sentence, headline, fragment, dateline])(pick, count).lower()


def all_caps(pick: Pick, count: Count) -> str:
    return pick([_sentence, headline, fragment, dateline])(pick, count).upper()


def coordination(pick: Pick, count: Count) -> str:
    left = " and ".join(pick(ACTORS) for _ in range(count(2, 25)))
    right = ", ".join(pick(ACTORS) for _ in range(count(1, 25)))
    return f"{left} {pick(VERBS)} {right} {pick(DATES)}."


def nested_quotes(pick: Pick, count: Count) -> str:
    text = _sentence(pick, count).rstrip(".")
    for depth in range(count(1, 6)):
        mark = '"' if depth % 2 == 0 else "'"
        text = f"{pick(ACTORS)} said {mark}{text}{mark}"
    return text + "."


SHAPES: dict[str, Callable[[Pick, Count], str]] = {
    "fragment": fragment,
    "headline": headline,
    "dateline": dateline,
    "list": listing,
    "single_word": single_word,
    "lower_case": lower_case,
    "all_caps": all_caps,
    "coordination": coordination,
    "nested_quotes": nested_quotes,
}


def random_text(rng: random.Random, shape: str | None = None) -> tuple[str, str]:
    """``(shape name, text)`` drawn with ``rng``; one to three shapes joined for documents."""
    name = shape or rng.choice(sorted(SHAPES))
    return name, SHAPES[name](rng.choice, rng.randint)
