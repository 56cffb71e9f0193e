"""Resolve date phrases in a sentence ("on Tuesday", "28 January", "last week") against the
publication date with :mod:`dateparser`. Only phrases that name a point in time are parsed;
durations ("two years") are not dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser

from detente.nlp.date_spans import WEEKDAYS

# A month's name, full or cut short ("Sept."), and a year of the last two centuries.
_MONTHS = (
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
    r"|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?"
)
_YEARS = r"\b(1[89]|20)\d\d\b"
_POINT = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|" + _MONTHS + r"|\bthe\s+\d{1,2}(st|nd|rd|th)\b"
    r"|\b(yesterday|today|tonight|tomorrow|ago)\b|\b(last|next|this|past)\s+"
    r"(week|month|year|weekend)\b|" + _YEARS + r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)
_PERIOD_SOURCE = {
    "day": "text",
    "time": "text",
    "week": "text_week",
    "month": "text_month",
    "year": "text_year",
}


@lru_cache(maxsize=8)
def _parser(base: dt.date, prefer: str) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


_warm = False


def warm_up() -> None:
    """Pay dateparser's one-time costs now (its first parse compiles hundreds of time-zone and
    locale regexes, about a second), once per process: a coder calls this when it is built,
    so the first document's time budget is spent on the document."""
    global _warm
    if not _warm:
        _parser(dt.date(2000, 1, 1), "past").get_date_data("on Friday 3 March")
        _warm = True


# Parts of a period: the period is the date, at its own precision ("the end of June 2016",
# "early March", "mid-January", "late last year", "earlier this month", "later this week",
# "in the first days of November", "the last week of May", "the first half of March").
_PART_OF = re.compile(
    r"^(?:(?:at|in|on|by|during|from)\s+)?(?:the\s+)?(?:(?:very\s+)?(?:end|beginning|start|"
    r"middle|close|turn)\s+of\s+|(?:earlier|later|early|late|mid)(?:\s+|-)|"
    r"(?:first|last|final|opening|closing)\s+(?:few\s+)?(?:days|weeks?|half)\s+of\s+)",
    re.IGNORECASE,
)
# A season with its year: the year, at a year's precision ("in the summer of 2016", "during
# winter 2014"); a season has no month of its own to name.
_SEASON_OF = re.compile(
    r"^(?:(?:at|in|on|by|during|from|over|through)\s+)?(?:the\s+)?(?:(?:early|late|mid)-?\s*)?"
    r"(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?=(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)
# "24 November (of) last year", "in March of the current year": a day or month with its year
# named relative to publication, which dateparser does not read; the year is written out.
_RELATIVE_YEAR = re.compile(
    r"(?<=[a-z0-9.])\s*,?\s+(?:of\s+)?(?:the\s+)?(last|previous|past|this|current)\s+year\b",
    re.IGNORECASE,
)
_YEARS_BACK = {"last": 1, "previous": 1, "past": 1, "this": 0, "current": 0}
# "last June", "(in) previous March": the last month of that name before the month of
# publication (a piece of June 2017 tells June 2016 so; one of July 2017, June 2017), which
# dateparser does not read.
_MONTH_BACK = re.compile(r"^(?:in\s+)?(?:last|past|previous)\s+(" + _MONTHS + r")$", re.IGNORECASE)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("jan",), ("feb",), ("mar",), ("apr",), ("may",), ("jun",), ("jul",), ("aug",),
         ("sep",), ("oct",), ("nov",), ("dec",)],
        start=1,
    )
    for name in names
}  # fmt: skip


def month_back(text: str, published: dt.date) -> dt.date | None:
    """The first day of the month "last June" names before ``published`` (see _MONTH_BACK)."""
    match = _MONTH_BACK.match(text.strip(" .,"))
    if match is None:
        return None
    month = _MONTH_NUMBERS[match.group(1).lower()[:3]]
    year = published.year if month < published.month else published.year - 1
    return dt.date(year, month, 1)


# A month named alone ("in September", "later in September"): the publication's own month is
# the current month, forward or back; dateparser, asked for a future date, skips it to the
# same month of the next year.
_MONTH_ALONE = re.compile(r"^(?:(?:in|during|by|for|until|till)\s+)?" + _MONTHS + r"$", re.I)


def own_month(text: str, published: dt.date) -> dt.date | None:
    """The first day of ``published``'s month when ``text`` names that month alone."""
    match = _MONTH_ALONE.match(text.strip(" .,"))
    if match is None or _MONTH_NUMBERS.get(match.group(1).lower()[:3]) != published.month:
        return None
    return published.replace(day=1)


_FUTURE = re.compile(r"\b(next|tomorrow|coming|upcoming|later this)\b", re.IGNORECASE)


# A span of days told with one month: "from 18 to 21 October", "on 21 and 22 January",
# "3-5 May", "between 10 and 12 June". The parser marks only the last day and its month as
# the date; the span began on the first day, which ends the words before the phrase.
_SPAN_START = re.compile(
    r"(?:^|\s)(\d{1,2})\s*(?:-|\u2013|to|and|until|till|through)\s*$", re.IGNORECASE
)
_LEADING_DAY = re.compile(r"^(\d{1,2})(?=\s+[A-Za-z])")


def span_start(before: str, phrase: str) -> str:
    """``phrase`` with its day moved to the first day of a span the words ``before`` it open
    ("from 18 to" + "21 October" -> "18 October"); ``phrase`` itself when they open none."""
    opened = _SPAN_START.search(before)
    day = _LEADING_DAY.match(phrase)
    if opened is None or day is None or not 0 < int(opened.group(1)) < int(day.group(1)):
        return phrase
    return opened.group(1) + phrase[day.end() :]


def looks_future(text: str) -> bool:
    """True for phrases pointing forward in time ("next week", "tomorrow")."""
    return bool(_FUTURE.search(text))


# Words by which a sentence places its act in the days just before the writing: "in recent
# days", "over the past few weeks", "in the last days", "recently", "lately" (not "in the last
# days of last year", a time of its own).
_RECENT = re.compile(
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
    r"(?:days|weeks)\b(?!\s+of\b)|\b(?:recently|lately)\b",
    re.IGNORECASE,
)


# "On 22 June of the same year", "in March of that year": a day of the year the story told
# last, not of the publication's (the words follow the date phrase, or end it).
_SAME_YEAR = re.compile(r"^\s*,?\s*(?:of|in)\s+(?:the\s+same|that)\s+year\b", re.IGNORECASE)
_SAME_YEAR_END = re.compile(r"\s+(?:of|in)\s+(?:the\s+same|that)\s+year$", re.IGNORECASE)


def same_year_base(
    phrase: str, after: str, story: dt.date | None, published: dt.date
) -> tuple[str, dt.date] | None:
    """A date phrase told "of the same year" (in ``phrase`` or the words ``after`` it), with
    the day a past date of that year is counted back from: the last day of the year of
    ``story``, the day the story told last ("On 5 June 2017 … On 22 June of the same year"
    in a piece of 2021 is 22 June 2017). None when it is not so told or no day was told."""
    bare = _SAME_YEAR_END.sub("", phrase.strip())
    if story is None or (bare == phrase.strip() and not _SAME_YEAR.match(after)):
        return None
    return bare, min(published, dt.date(story.year, 12, 31))


# "on the 4th of last month", "the 20th of this month": a day of the month named relative to
# publication, which dateparser does not read (the words may follow the date phrase).
_OF_MONTH = re.compile(
    r"\s*,?\s*of\s+(?:the\s+)?(last|previous|past|this|current)\s+month\b", re.IGNORECASE
)
_MONTHS_BACK = {"last": 1, "previous": 1, "past": 1, "this": 0, "current": 0}
_MONTH_WORDS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def month_words_after(after: str) -> str:
    """The words "of last month" (or "of this month") that open ``after``, else ""."""
    match = _OF_MONTH.match(after)
    return match.group(0) if match else ""


def _of_relative_month(text: str, published: dt.date) -> str:
    """``text`` with "of last month" written as that month and year ("the 4th of last month"
    in a piece of 4 February 2021 -> "the 4th of January 2021")."""
    match = _OF_MONTH.search(text)
    if match is None:
        return text
    month = published.month - _MONTHS_BACK[match.group(1).lower()]
    year = published.year - (1 if month < 1 else 0)
    named = f" of {_MONTH_WORDS[(month - 1) % 12]} {year}"
    return text[: match.start()] + named + text[match.end() :]


_PAST_DAY = re.compile(
    rf"^the\s+(?:past|last)\s+(?=(?:(?:{'|'.join(WEEKDAYS)})\s+)?\d)", re.IGNORECASE
)


# A weekday with its day's number in brackets: "Thursday (22)" (with the month's number after
# a slash, "Wednesday (11/7)", it is a slashed day: ``slashed_day``).
_BRACKETED_DAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\s*\((\d{1,2})\)", re.IGNORECASE)


def bracketed_day(text: str, published: dt.date, future: bool) -> dt.date | None:
    """The day a weekday with its bracketed day number names: the day of that number, in the
    month of publication or one next to it, that falls on that weekday, nearest publication
    (Brazilian papers date the week's days so: in a piece of Thursday 29 August, "On Thursday
    (22)" is 22 August, not the day of publication; "this Wednesday (21)" in a piece of
    Wednesday 21 February is that day). Never after publication unless ``future``."""
    found = _BRACKETED_DAY.search(text)
    if found is None:
        return None
    weekday, number = WEEKDAYS.index(found.group(1).lower()), int(found.group(2))
    days = []
    for shift in (-1, 0, 1):
        month = published.month + shift
        year = published.year + (month - 1) // 12
        try:
            day = dt.date(year, (month - 1) % 12 + 1, number)
        except ValueError:
            continue
        if day.weekday() == weekday and (future or day <= published):
            days.append(day)
    return min(days, key=lambda d: abs(d - published), default=None)


# A day with its month's number after a slash, a weekday in brackets before it or not:
# "Friday (19/7)", "6/8", "the afternoon of 7/8" (see nlp.date_spans); not a full "19/7/2019".
_SLASH_DAY = re.compile(
    r"(?:\b(" + "|".join(WEEKDAYS) + r")\s*\(\s*)?(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])",
    re.IGNORECASE,
)
# Written so, these name a thing, not a day: the attacks of 11 September 2001 ("since 9/11"),
# and "round the clock" ("on duty 24/7").
_SLASH_NAMES = {(9, 11), (24, 7)}


def slashed_day(text: str, published: dt.date, future: bool) -> dt.date | None:
    """The day a day-and-month with a slash names, day first as the Vietnamese (and most of
    the world's) press writes it: in a piece of 28 October 2019, "On 13/8" is 13 August 2019,
    and "a year" back when the day would fall after publication ("on 20/11" is 20 November
    2018) unless ``future``. A weekday written with it chooses among the readings: the
    nearest day of that number and month (day first, else month first) that falls on it
    ("Friday (19/7)" is 19 July 2019, a Friday). None for "9/11" and "24/7"."""
    found = _SLASH_DAY.search(text)
    if found is None:
        return None
    first, second = int(found.group(2)), int(found.group(3))
    if (first, second) in _SLASH_NAMES:
        return None
    years = (published.year - 1, published.year, published.year + 1)
    weekday = None if found.group(1) is None else WEEKDAYS.index(found.group(1).lower())
    for day_number, month in ((first, second), (second, first)):
        days = []
        for year in years:
            try:
                day = dt.date(year, month, day_number)
            except ValueError:
                continue
            if (future or day <= published) and weekday in (None, day.weekday()):
                days.append(day)
        if days:
            return min(days, key=lambda d: abs(d - published))
        if weekday is None:
            return None  # (a bare "7/8" is day first: month first only to fit a weekday)
    return None


def day_told_past(text: str) -> str:
    """``text`` without the "past" a translation from Spanish sets before a day's number ("the
    past 23 of January", "el pasado 23 de enero"), or before the weekday written with it
    ("the past Monday 23 of December", "el pasado lunes 23 de diciembre"): the day is the
    last 23 January before the story, as a date with no such word is read when nothing
    says it is ahead."""
    return _PAST_DAY.sub("" if weekday_named(text) is not None else "the ", text)


def told_as_recent(text: str) -> bool:
    """``text`` says its act happened in the days before the writing ("In recent days the two
    ministers spoke by telephone"): the story has come back to the time of writing, and what
    it tells next is not of the last day it named before."""
    return bool(_RECENT.search(text))


def is_date_phrase(text: str) -> bool:
    """True when ``text`` names a point in time rather than a duration."""
    return bool(_POINT.search(text))


# A day written as an ordinal ("the 29th of May", "Saturday the 9th", "the 5th and 6th of
# May 2021"): dateparser reads "Saturday the 9th" as September and cannot read the others.
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_MONTH_NAME = re.compile(_MONTHS, re.IGNORECASE)
_A_YEAR = re.compile(_YEARS)


# An ordinal that ranks the noun after it is no day of a month: "on the 25th anniversary of
# the ceasefire", "the 12th round of talks", "the 3rd summit" (a month's name, "of", "and",
# "to" or a comma after it still leave a day: "the 5th and 6th of May", "3rd March").
_RANKING_ORDINAL = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)\s+(?!(?:of|and|to|or)\b)(?!" + _MONTHS[2:] + r")[a-z]",
    re.IGNORECASE,
)


def ranks_a_thing(text: str) -> bool:
    """``text`` ranks a thing by an ordinal ("the 25th anniversary"), naming no day."""
    return bool(_RANKING_ORDINAL.search(text))


def _ordinal_day(text: str, published: dt.date, future: bool) -> tuple[dt.date, str] | None:
    """A day told as an ordinal. With a month, the first day named in it ("the 5th and 6th of
    May 2021": 5 May 2021, as a span starts); with none, the month is the story's: the
    nearest day of that number on the side of publication the act lies, the one falling on
    the weekday named when one is ("Saturday the 9th" in a story of Friday 15 December: 9
    December)."""
    day = _ORDINAL_DAY.search(text)
    if day is None or ranks_a_thing(text):
        return None
    month = _MONTH_NAME.search(text)
    if month is not None:
        year = _A_YEAR.search(text)
        written = f"{day.group(1)} {month.group(0)}{' ' + year.group(0) if year else ''}"
        return resolve_date(written, published, future)
    wanted = weekday_named(text)
    found = _days_numbered(int(day.group(1)), published, future)
    named = [d for d in found if wanted is None or d.weekday() == wanted]
    chosen = (named or found or [None])[0]
    return None if chosen is None else (chosen, "text")


# A weekday with the bare number of its day and no month, as Spanish writes a day of the
# story's month ("el jueves 26" -> "On Thursday 26, Ebrard announced …").
_WEEKDAY_NUMBER = re.compile(rf"^(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\s+(\d{{1,2}})$", re.IGNORECASE)


def weekday_numbered(text: str, published: dt.date, future: bool) -> dt.date | None:
    """The day a weekday with a bare day number names ("Thursday 26"): the nearest day of that
    number on the side of publication the act lies that falls on that weekday (in a piece
    of Thursday 2 January 2020, "On Friday 27" is 27 December 2019); None when no day of
    that number in the twelve months searched falls on that weekday."""
    match = _WEEKDAY_NUMBER.match(text)
    if match is None:
        return None
    wanted = weekday_named(text)
    return next(
        (
            d
            for d in _days_numbered(int(match.group(1)), published, future)
            if d.weekday() == wanted
        ),
        None,
    )


def _days_numbered(number: int, published: dt.date, future: bool) -> list[dt.date]:
    """The days of ``number`` in the twelve months from publication, backward (the nearest
    first, publication day included) or, for a coming act, forward."""
    days = []
    year, month = published.year, published.month
    for _ in range(12):
        try:
            day = dt.date(year, month, number)
        except ValueError:
            day = None
        if day is not None and (day > published if future else day <= published):
            days.append(day)
        month += 1 if future else -1
        if month in (0, 13):
            year, month = year + (1 if future else -1), 1 if future else 12
    return days


# Words that tie a weekday to the week of publication ("last Friday", "this Monday") or to
# a week ahead, not to the day the story has reached.
_WEEK_WORDS = {"last", "next", "this", "coming", "past", "previous", "following"}
STORY_WEEK = dt.timedelta(days=7)
# A weekday written with its date: "Thursday, 4 October", "on Monday (8 October)", and as
# Spanish writes it, translated word for word: "On Thursday 4 of April" ("el jueves 4 de abril").
_WEEKDAY_WITH_DATE = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+\(?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def chronicle(text: str) -> bool:
    """The text writes weekdays with their dates ("On Thursday, 4 October, … On Sunday …"):
    a chronicle that counts its bare weekdays from the day it has reached."""
    return _WEEKDAY_WITH_DATE.search(text) is not None


def narrative_weekday(
    text: str, story: dt.date | None, published: dt.date, counted: bool, before: str = ""
) -> dt.date | None:
    """A bare weekday ("on Thursday") in a ``counted`` text (:func:`chronicle`) told after the
    story has reached a day more than a week before publication: the first such weekday from
    that day on. Such an analysis tells its days in order ("On Monday, 8 October, Erdogan
    demanded … On Thursday the spokesman announced …" in a piece of 22 October is 11
    October); a text naming bare weekdays only counts them back from publication, as
    :func:`resolve_date` does ("On 20 July the flag was raised. On Friday Kerry visited
    Havana" in a piece of 16 August is 14 August). A weekday the text ``before`` already
    named bare is that day again (:func:`named_bare_before`)."""
    if not counted or story is None or story > published - STORY_WEEK:
        return None  # (in the week of publication both readings agree)
    if named_bare_before(text, before):
        return None
    day = weekday_named(text)
    words = set(re.findall(r"[a-z]+", text.lower()))
    if day is None or words & _WEEK_WORDS or any(c.isdigit() for c in text):
        return None
    return on_or_after(story, day)


# A day of a month: "8 October", "the 8th of October", "October 8".
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}\b", re.IGNORECASE
)


def named_bare_before(text: str, before: str) -> bool:
    """The weekday ``text`` names was named with no date beside it in the opening of the text
    ``before`` (before its first day of a month), of the week of publication: the analysis
    that opened on the week's news and went back in time comes back to it ("The presidency
    announced on Wednesday the suspension of the treaty … On 27 April the minister warned
    Madrid … As for the decision of Wednesday, Madrid regretted it": the Wednesday of the
    opening, not the one after 27 April). A weekday first named after the story went back
    is counted from there ("On Saturday, 17 April, Prague expelled … his trip, prepared for
    Monday … Peskov on Monday rejected": 19 April)."""
    day = weekday_named(text)
    if day is None:
        return False
    dated = _DAY_OF_MONTH.search(before)
    opening = dated.start() if dated is not None else len(before)
    bare = next(
        (
            m
            for m in re.finditer(
                rf"\b{WEEKDAYS[day]}\b(?!,?\s+\(?(?:the\s+)?\d)", before, re.IGNORECASE
            )
            if not _EDITION_BEFORE.search(before, 0, m.start())
            and not _EDITION_AFTER.match(before, m.end())
        ),
        None,
    )
    return bare is not None and bare.start() < opening


# What a paper's number is called: the day of its edition is no day of the story ("the
# edition of this Saturday", "Monday's edition"; story.edition_day reads the parse).
EDITIONS = frozenset({"edition", "issue"})
_EDITION_WORDS = "|".join(sorted(EDITIONS))
_EDITION_BEFORE = re.compile(rf"\b(?:{_EDITION_WORDS})\s+of\s+(?:this\s+|last\s+)?$", re.IGNORECASE)
_EDITION_AFTER = re.compile(rf"'s\s+(?:{_EDITION_WORDS})\b", re.IGNORECASE)


def on_or_after(base: dt.date, weekday: int) -> dt.date:
    """The first day from ``base`` on (``base`` itself included) that falls on ``weekday``
    (Monday 0): how a story counts a weekday told after the day it has reached."""
    return base + dt.timedelta(days=(weekday - base.weekday()) % 7)


def weekday_named(text: str) -> int | None:
    """The weekday (Monday 0) a date phrase names, or None: "the Friday prayer" 4."""
    words = re.findall(r"[a-z]+", text.lower())
    return next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)


def of_the_story_year(
    phrase: str, story: dt.date, published: dt.date
) -> tuple[dt.date, str] | None:
    """A day named without its year ("on 23 January") in the year that puts it nearest the
    story's day ``story``, never after publication: "On 23 February 2019 Maduro broke off
    relations … One month before, on 23 January, Colombia had recognised Guaido" in a piece
    of 2022 is 23 January 2019. None when the phrase names a year, or no month (a weekday
    is counted from the story's day, not re-yeared)."""
    if _A_YEAR.search(phrase) or not _MONTH_NAME.search(phrase):
        return None
    found = []
    for year in (story.year - 1, story.year, story.year + 1):
        base = min(published, dt.date(year, 12, 31))
        resolved = resolve_date(phrase, base, False)
        if resolved is not None and resolved[0].year == year:
            found.append(resolved)
    return min(found, key=lambda r: abs(r[0] - story), default=None)


# A full day with its year ("On 26 January 2018", "on January 26, 2018") or, for the rest of
# its sentence, a month with its year ("In October 2008, one day after … on 9 October"): a
# flashback the days of its paragraph named without a year go on from. (A month with a year
# told in an earlier sentence is mostly background: "the talks stalled in May 2018. On 23
# June the ministers met" is this year's June.)
_FULL_DAY = re.compile(
    r"\b(\d{1,2})\s+(" + _MONTHS + r")\s*,?\s*((?:1[89]|20)\d\d)\b"
    r"|\b(" + _MONTHS + r")\s+(\d{1,2}),?\s+((?:1[89]|20)\d\d)\b"
    r"|\b(?P<month_year>(" + _MONTHS + r")\s+((?:1[89]|20)\d\d))\b",
    re.IGNORECASE,
)


def _paragraph_going_on(before: str) -> str:
    """The paragraph a date phrase is in (``before``: the text up to the phrase), or, when it
    has named no year yet, the paragraph before it too: the story goes on in the year that
    one was told in ("… on 5 September 2017, when the Rada adopted the law. ¶ The reaction of
    Budapest did not make itself wait. Already in September …" is September 2017)."""
    earlier, _, paragraph = before.rpartition("\n")
    if _A_YEAR.search(paragraph) or ". " not in paragraph:
        # (a paragraph whose first sentence tells the day starts a time of its own: "On 15
        # February the Polish ministry summoned the ambassador" is this year's news)
        return paragraph
    told = [p for p in earlier.split("\n") if p.strip()]
    return told[-1] + "\n" + paragraph if told else paragraph


def paragraph_flashback(before: str, published: dt.date) -> dt.date | None:
    """The last full day with a year (or month with a year, in the same sentence) of an earlier
    year than publication told in the paragraph before a date phrase (``before``: the
    document's text up to the phrase), or None: "To understand the reaction, one must
    return to last year. On 26 January 2018 the Sejm passed the law. … On 28 January the
    Israeli ministry summoned …": the paragraph tells that year's days."""
    paragraph = _paragraph_going_on(before)
    found = None
    for match in _FULL_DAY.finditer(paragraph):
        if match.group("month_year") and ". " in paragraph[match.end() :]:
            continue  # a month with its year, told in an earlier sentence
        resolved = resolve_date(match.group(0), published, False)
        if resolved is not None and resolved[0].year < published.year:
            found = resolved[0]
        elif resolved is not None:
            found = None  # (the paragraph came back to the year of publication)
    return found


def of_the_flashback_year(
    phrase: str, resolved: dt.date, flashback: dt.date, published: dt.date
) -> dt.date | None:
    """``phrase``, a day or month named without a year that ``resolve_date`` put at
    ``resolved`` (in the year of publication), in the year of the paragraph's flashback day
    ``flashback`` when it comes on or after that day there: "On 26 January 2018 … On 28
    January …" is 28 January 2018, "In February" after it February 2018; a day before the
    flashback's ("On 3 January") is left where it was."""
    if _A_YEAR.search(phrase) or not _MONTH_NAME.search(phrase) or resolved.year <= flashback.year:
        return None
    base = min(published, dt.date(flashback.year, 12, 31))
    again = resolve_date(phrase, base, False)
    if again is None or again[0].year != flashback.year:
        return None
    # (a month counts from its first day: "In February" after 17 February 2018)
    start = flashback.replace(day=1) if again[1] == "text_month" else flashback
    return again[0] if again[0] >= start else None


# A part of a day around a weekday: "on Saturday morning", "early on Friday", "late Monday
# night" name that weekday ("on Saturday morning" in a Saturday story is that day).
_DAY_PART = re.compile(r"^(?:early|late)\s+(?:on\s+)?|\s+(?:morning|afternoon|evening|night)$")


def day_of_week_text(text: str) -> str:
    """``text`` lower-cased without "on" and a part of the day: "on Saturday morning" ->
    "saturday" (a weekday alone is then one of :data:`WEEKDAYS`)."""
    return _DAY_PART.sub("", text.lower().removeprefix("on ").strip(" .,"))


# "this Sunday": a weekday of the week of publication, past for a past act.
_THIS_WEEKDAY = re.compile(rf"^this\s+(?:{'|'.join(WEEKDAYS)})$")


# Holidays of a fixed day, which dateparser does not read, as the day and month they fall on
_HOLIDAYS = {
    r"new\s+year'?s\s+eve": "31 December",
    r"new\s+year'?s\s+day": "1 January",
    r"christmas\s+eve": "24 December",
    r"christmas\s+day": "25 December",
}


def holidays_as_days(text: str) -> str:
    """``text`` with a holiday of a fixed day written as that day ("on New Year's Eve" ->
    "on 31 December")."""
    for holiday, day in _HOLIDAYS.items():
        text = re.sub(rf"\b{holiday}\b", day, text, flags=re.IGNORECASE)
    return text


# A weekday of a week told from publication's: "on Monday last week", "Tuesday of the
# previous week", "Friday next week", "The Thursday of last week" (a translation's word order
# for "last Monday").
_WEEK_OFFSETS = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_WEEKDAY_OF_WEEK = re.compile(
    rf"^(?:on\s+)?(?:the\s+)?({'|'.join(WEEKDAYS)})\s+(?:of\s+)?(?:the\s+)?"
    rf"({'|'.join(_WEEK_OFFSETS)})\s+week$",
    re.IGNORECASE,
)


# A day told relative to the story's with its weekday set beside it: "Yesterday, Tuesday, the
# Security Council discussed the crisis" (the Spanish "ayer martes").
_RELATIVE_AND_WEEKDAY = re.compile(
    rf"^(yesterday|today|tomorrow)\s*,?\s*(?:{'|'.join(WEEKDAYS)})$", re.IGNORECASE
)


def relative_day_of(text: str) -> str:
    """``text`` without the weekday set beside a relative day ("Yesterday, Tuesday" ->
    "Yesterday"): the relative word names the day; the weekday only repeats it."""
    found = _RELATIVE_AND_WEEKDAY.match(text.strip(" .,"))
    return found.group(1) if found else text


def weekday_of_a_week(text: str, published: dt.date) -> dt.date | None:
    """The day a weekday of a named week stands for, the week running Monday to Sunday:
    "On Monday last week, the envoy submitted the paper" in a piece of Friday 20 June 2014
    is Monday 9 June (a bare "on Monday" would be the 16th). None for other phrases."""
    found = _WEEKDAY_OF_WEEK.match(text.strip(" .,"))
    if found is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    weeks = _WEEK_OFFSETS[found.group(2).lower()]
    return monday + dt.timedelta(days=7 * weeks + WEEKDAYS.index(found.group(1).lower()))


@lru_cache(maxsize=65536)  # (dateparser is slow; stories repeat their date phrases)
def resolve_date(
    phrase: str, published: dt.date, future: bool = False
) -> tuple[dt.date, str] | None:
    """Resolve ``phrase`` relative to ``published``; return the date and its ``date_source``."""
    text = relative_day_of(holidays_as_days(" ".join(phrase.split())))
    if (bracketed := bracketed_day(text, published, future)) is not None:
        return bracketed, "text"
    if (slashed := slashed_day(text, published, future)) is not None:
        return slashed, "text"
    if not text or len(text) > 60 or not is_date_phrase(text):
        return None
    if (weekday := weekday_of_a_week(text, published)) is not None:
        return None if weekday > published and not future else (weekday, "text")
    bare = day_of_week_text(text)
    if bare in WEEKDAYS and WEEKDAYS.index(bare) == published.weekday():
        return published, "text"
    if not future and _THIS_WEEKDAY.match(bare):
        # "arrived in Caracas this Sunday" in a piece of Wednesday: the Sunday just past
        # (dateparser reads "this Sunday" as the coming one only)
        return resolve_date(bare.split()[1], published, future)
    text = _of_relative_month(text, published)  # "the 4th of last month"
    text = day_told_past(text)  # "the past 23 of January"
    if (numbered := weekday_numbered(text, published, future)) is not None:
        return numbered, "text"  # "On Thursday 26"
    text = _PART_OF.sub("", text) or text  # "at the end of June 2016" names June 2016
    text = _SEASON_OF.sub("", text) or text  # "in the summer of 2016" names 2016
    if _ORDINAL_DAY.search(text):
        return _ordinal_day(text, published, future)
    if (back := month_back(text, published)) is not None:
        return back, "text_month"
    if (own := own_month(text, published)) is not None:
        return own, "text_month"
    if (year := _RELATIVE_YEAR.search(text)) and _RELATIVE_YEAR.sub("", text).strip(" ,"):
        back = _YEARS_BACK[year.group(1).lower()]
        text = f"{text[: year.start()]} {published.year - back}{text[year.end() :]}"
    try:
        data = _parser(published, "future" if future else "past").get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        day = day.replace(month=1, day=1)
    elif period == "month":
        day = day.replace(day=1)
    if not future and day > published:
        return None
    return day, _PERIOD_SOURCE.get(period, "text")
