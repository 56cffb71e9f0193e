"""Calendar dates as whole entities.

The small English model often cuts a written date wrongly: in "On 15 June Indian and Chinese
soldiers clashed" it tags "15 June Indian" as one DATE, in "On the night of 15 June" it tags
"the night" as TIME and "15" as a number, and in "In March Bamako suspended" it tags "March
Bamako" as a place. Event dates are read from DATE entities, so the ``detente_dates``
component (after the model's NER) marks every day-month, month-day and month-year phrase,
with a leading "the night/morning/... of", a month alone after a preposition of time, and
each day told relative to another ("the next day", "two days later"), a weekday with its
part of the day ("Saturday night") and a holiday of a fixed day ("New Year's Eve") as one
DATE entity,
replacing the entities it overlaps.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.",
    "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
    "nov.", "dec", "dec.",
]  # fmt: skip
_PARTS_OF_DAY = ["night", "morning", "evening", "afternoon", "eve", "hours"]
_EARLY_LATE = ["early", "small", "late", "wee"]
_DAY = {"SHAPE": {"IN": ["d", "dd"]}}
_YEAR = {"SHAPE": "dddd"}
_MONTH = {"LOWER": {"IN": MONTHS}, "IS_TITLE": True}
_MONTH_ANY = {"LOWER": {"IN": MONTHS}, "ORTH": {"NOT_IN": ["may"]}}  # "the 5 may be freed"


def _with_part_of_day(pattern: list[dict]) -> list[dict]:
    """ "the night of 15 June": the part of the day is part of the date."""
    return [
        {"LOWER": "the"},
        {"LOWER": {"IN": _EARLY_LATE}, "OP": "?"},  # "the early hours of 26 February"
        {"LOWER": {"IN": _PARTS_OF_DAY}},
        {"LOWER": "of"},
        *pattern,
    ]


# "of the last year", "last year" after a month: the year told from the story's
_YEAR_BACK = [
    {"LOWER": "of", "OP": "?"},
    {"LOWER": "the", "OP": "?"},
    {"LOWER": {"IN": ["last", "previous", "past", "this"]}},
    {"LOWER": "year"},
]
# A day told as an ordinal, as translated agency copy writes it: "the 29th of May", "Monday
# the 29th of May", "Saturday the 9th" (the month is the story's), "the 5th and 6th of May
# 2021", "3rd March", "May 3rd". The model tags some of these, cuts others ("Tuesday" of
# "Tuesday the 5th") and reads "the 9th" of "Saturday the 9th" as September.
_ORD = {"LOWER": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}}
_WEEKDAY = {
    "LOWER": {"IN": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}
}
_OF_MONTH = [{"LOWER": "of"}, _MONTH_ANY, {**_YEAR, "OP": "?"}]
_AND_ORD = [{"LOWER": {"IN": ["and", "to", "-", "\u2013"]}}, _ORD]  # "the 5th and 6th of May"
_ORDINAL_SHAPES = [
    [{"LOWER": "the"}, _ORD, *_OF_MONTH],  # the 29th of May (2023)
    [{"LOWER": "the"}, _ORD, *_AND_ORD, *_OF_MONTH],  # the 5th and 6th of May 2021
    [_WEEKDAY, {"ORTH": ",", "OP": "?"}, {"LOWER": "the"}, _ORD],  # Saturday the 9th
    [_WEEKDAY, {"ORTH": ",", "OP": "?"}, {"LOWER": "the"}, _ORD, *_OF_MONTH],
    [_ORD, _MONTH_ANY, {**_YEAR, "OP": "?"}],  # 3rd March (2023)
    [_MONTH, _ORD, {"ORTH": ",", "OP": "?"}, {**_YEAR, "OP": "?"}],  # May 3rd(, 2023)
]
# A weekday with its day's number in brackets, as the Brazilian press dates the days of the
# week it tells ("na quinta-feira (22)", machine-translated "On Thursday (22), the president
# wrote …"): the model tags the weekday alone, and the number would be lost.
_BRACKETED_DAY = [_WEEKDAY, {"ORTH": "("}, _DAY, {"ORTH": ")"}]
# A day written with its month's number after a slash, as the Vietnamese press dates the days
# it tells ("thứ Sáu (19/7)", machine-translated "On Friday (19/7), the spokeswoman said …",
# "On 6/8, activists protested …"): the model reads "19/7" as a number, and the day is lost.
# With a weekday in brackets it is a date wherever it stands; alone only after a preposition
# of time ("on 6/8", "from 3/7", "the afternoon of 7/8"), not "a 2/3 majority" (see
# ``BARE_SLASH_DAY`` in DateSpans; "9/11" names the attacks, not a day: events.dates).
_SLASH_SHAPES = ["d/d", "dd/d", "d/dd", "dd/dd"]
_SLASH_DAY = {"SHAPE": {"IN": _SLASH_SHAPES}}
_BRACKETED_SLASH_DAY = [_WEEKDAY, {"ORTH": "("}, _SLASH_DAY, {"ORTH": ")"}]
# The same day written with dots, day first, as the Finnish, German and Czech press write it
# ("tiistaina 14.11.", machine-translated "On Tuesday (14.11.) the prime minister said …"):
# the tokenizer cuts the closing dot from "14.11", the parser takes it for a full stop and
# the sentence loses its verb's date. Before parsing, :func:`slash_dotted_days` writes it as
# the slashed day, at the same length: "On Tuesday (14/11)  the prime minister said …".
# Only in brackets after a weekday, so "rose by 14.11." stays a number.
_DOTTED_DAY = re.compile(
    r"\b((?:" + "|".join(_WEEKDAY["LOWER"]["IN"]) + r")\s*\(\s*)(\d{1,2})\.(\d{1,2})\.\)",
    re.IGNORECASE,
)


def slash_dotted_days(text: str) -> str:
    """``text`` with each bracketed dotted day after a weekday written with a slash and the
    closing dot blanked after the bracket ("Tuesday (14.11.) the" -> "Tuesday (14/11)  the": a
    space inside the bracket makes the parser end the sentence there); every offset kept."""
    return _DOTTED_DAY.sub(lambda m: f"{m.group(1)}{m.group(2)}/{m.group(3)}) ", text)


_BARE_SLASH_DAY = [
    {"LOWER": {"IN": ["on", "from", "since", "until", "till", "by", "of", "before", "after"]}},
    _SLASH_DAY,
]
# "on the 12th": an ordinal day alone after a preposition of time, the month the story's
# (not "the 12th round", "on the 20th anniversary": see DateSpans)
_BARE_ORDINAL = [
    {"LOWER": {"IN": ["on", "since", "until", "till", "by", "from", "before", "after"]}},
    {"LOWER": "the"},
    _ORD,
]
# A day's number told "the 7 of February", as a translation from Spanish or Portuguese writes
# "el 7 de febrero" (and "el pasado 23 de enero" as "the past 23 of January"): the model
# joins the month to the name after it ("January Colombia" in "On the past 23 of January
# Colombia recognised Guaido" as one DATE, and the sentence loses its subject).
_OF_YEAR = [{"LOWER": "of", "OP": "?"}, _YEAR]  # "of 2018", "2019"
_DAY_OF_MONTH = [
    {"LOWER": "the"},
    {"LOWER": {"IN": ["past", "last"]}, "OP": "?"},
    _DAY,
    {"LOWER": "of"},
    _MONTH_ANY,
]
_DAY_OF_MONTH_SHAPES = [_DAY_OF_MONTH, [*_DAY_OF_MONTH, *_OF_YEAR]]
# "last June": the month before publication's of that name, which the model joins to the name
# after it ("Last March Ankara recalled …" as one date)
_MONTH_BACK = [{"LOWER": {"IN": ["last", "past", "previous"]}}, _MONTH]
_SHAPES = [
    _MONTH_BACK,  # last June
    [_MONTH, *_YEAR_BACK],  # August of the last year
    [_DAY, _MONTH_ANY, *_YEAR_BACK],  # 24 November of last year
    [_DAY, _MONTH_ANY, _YEAR],  # 15 June 2020
    [_DAY, _MONTH_ANY],  # 15 June
    [_MONTH, _DAY, {"ORTH": ","}, _YEAR],  # June 15, 2020
    [_MONTH, _DAY, _YEAR],  # June 15 2020
    [_MONTH, _DAY],  # June 15
    [_MONTH, _YEAR],  # June 2020
]


# Days told relative to the story's last one ("The next day", "two days later"), which the
# model tags in some contexts and not in others.
_RELATIVE_DAYS = [
    [
        {"LOWER": {"IN": ["the", "that", "this"]}},
        {"LOWER": {"IN": ["next", "following", "previous", "preceding", "same"]}},
        {"LOWER": {"IN": ["day", "evening", "morning", "night", "afternoon"]}},
    ],
    [
        {"LOWER": {"IN": ["a", "one", "two", "three", "four", "five", "six", "seven", "ten"]}},
        {"LOWER": {"IN": ["day", "days", "week", "weeks"]}},
        {"LOWER": {"IN": ["later", "earlier"]}},
    ],
]


# "the day after" / "the day before" standing alone, counted from the story's day ("Griveaux
# on the radio the day after declared …", translated order); kept only when no thing follows
# it ("the day after the vote" counts from the vote: :func:`_counts_from_a_thing`).
_DAY_AFTER = [
    {"LOWER": "the"},
    {"LOWER": "day"},
    {"LOWER": {"IN": ["after", "before"]}},
]


# A weekday with its part of the day ("on Saturday night", "Monday morning"), which the model
# tags as a TIME and event dates, read from DATE entities, would miss.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_PART = [
    {"LOWER": {"IN": WEEKDAYS}, "IS_TITLE": True},
    {"LOWER": {"IN": ["night", "morning", "evening", "afternoon"]}},
]


# A month alone after a preposition of time ("In March Bamako suspended …"), which the model
# joins to the name after it ("March Bamako" as a place); the preposition is not part of it.
_BARE_MONTH = [
    {"LOWER": {"IN": ["in", "since", "until", "till", "by", "during", "from", "before", "after"]}},
    _MONTH,
]


# Holidays of a fixed day that news dates acts by ("on New Year's Eve", "on Christmas Day"),
# which the model tags as an EVENT, not a DATE.
_HOLIDAYS = [
    [{"LOWER": "new"}, {"LOWER": "year"}, {"LOWER": "'s"}, {"LOWER": {"IN": ["eve", "day"]}}],
    [{"LOWER": "christmas"}, {"LOWER": {"IN": ["eve", "day"]}}],
]


# Every shape above holds a word of one of these (a month, a weekday, the day or part of it a
# relative day counts), an ordinal day ("29th") or a day with its month after a slash ("19/7"),
# so a date lies near one of them; the
# matcher, which tries every pattern at every word, need only look there. (A month in lower
# case "may" is no month to the shapes: "the 5 may be freed".)
_ANCHOR_WORDS = [
    *MONTHS, *WEEKDAYS, "day", "days", "week", "weeks", "evening", "morning", "night", "afternoon",
    "eve",
]  # fmt: skip
# The word shapes an ordinal day can have ("1st", "29th", "3RD": one or two digits, two letters)
_ORDINAL_WORD_SHAPES = [d + a + b for d in ("d", "dd") for a in "xX" for b in "xX"]


class DateSpans:
    """Pipeline component: whole calendar dates as DATE entities (see the module)."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        shapes = [
            *_SHAPES,
            *_ORDINAL_SHAPES,
            *_DAY_OF_MONTH_SHAPES,
            _BRACKETED_DAY,
            _BRACKETED_SLASH_DAY,
        ]
        dates = [
            *shapes,
            *(_with_part_of_day(p) for p in shapes),
            *_RELATIVE_DAYS,
            _WEEKDAY_PART,
            *_HOLIDAYS,
        ]
        self.matcher.add("DATE", dates)
        self.matcher.add("BARE_MONTH", [_BARE_MONTH])
        self.matcher.add("BARE_ORDINAL", [_BARE_ORDINAL])
        self.matcher.add("BARE_SLASH_DAY", [_BARE_SLASH_DAY])
        self.matcher.add("DAY_AFTER", [_DAY_AFTER])
        # (no pattern repeats a token: a match is at most one word per token pattern long)
        self.reach = max(
            len(p) for p in [*dates, _BARE_MONTH, _BARE_ORDINAL, _BARE_SLASH_DAY, _DAY_AFTER]
        )
        strings = nlp.vocab.strings
        self.anchor_words = {strings.add(w) for w in _ANCHOR_WORDS}
        self.anchor_shapes = {strings.add(s) for s in _ORDINAL_WORD_SHAPES + _SLASH_SHAPES}
        self.modal_may = strings.add("may")

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """The stretches of ``doc`` a date can lie in: within a match's reach of an anchor
        word (see ``_ANCHOR_WORDS``), overlapping ones joined."""
        windows: list[tuple[int, int]] = []
        for i, (lower, orth, shape) in enumerate(doc.to_array([LOWER, ORTH, SHAPE]).tolist()):
            if not (
                (lower in self.anchor_words and orth != self.modal_may)
                or shape in self.anchor_shapes
            ):
                continue
            start, end = max(0, i - self.reach + 1), min(len(doc), i + self.reach)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matcher's ``(label, start, end)`` over ``doc``, looked for only near an anchor
        word (the same matches as over the whole of it)."""
        return [
            (label, first + start, first + end)
            for first, last in self._windows(doc)
            for label, start, end in self.matcher(doc[first:last])
        ]

    def __call__(self, doc: Doc) -> Doc:
        bare = doc.vocab.strings["BARE_MONTH"]
        ordinal = doc.vocab.strings["BARE_ORDINAL"]
        slash = doc.vocab.strings["BARE_SLASH_DAY"]
        day_after = doc.vocab.strings["DAY_AFTER"]
        # (a month the model put in a date of its own stays there: "by July next year")
        matches = [
            (label, start + 1, end) if label in (bare, ordinal, slash) else (label, start, end)
            for label, start, end in self._matches(doc)
            if not (label == bare and doc[start + 1].ent_type_ == "DATE")
            and not (label in (ordinal, slash) and _counts_a_thing(doc, end))
            and not (label == day_after and _counts_from_a_thing(doc, end))
        ]
        if not matches:
            return doc
        dates = {(e.start, e.end) for e in doc.ents if e.label_ == "DATE"}
        if all((start, end) in dates for _, start, end in matches):
            return doc  # (most often the model's own dates are whole)
        found = filter_spans([Span(doc, start, end, label="DATE") for _, start, end in matches])
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(kept + found, key=lambda span: span.start)
        return doc


def _counts_from_a_thing(doc: Doc, end: int) -> bool:
    """ "the day after" ending at ``end`` counts from what is named right after it ("the day
    after the vote", "the day before Putin's visit", "the day before he left"), not from the
    story's day."""
    return end < len(doc) and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX")


def _counts_a_thing(doc: Doc, end: int) -> bool:
    """The ordinal ending at ``end`` ranks the thing named after it ("on the 12th round", "on
    the 20th anniversary"), not a day."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[end].is_punct


@Language.factory("detente_dates")
def make_date_spans(nlp: Language, name: str) -> DateSpans:
    return DateSpans(nlp)
