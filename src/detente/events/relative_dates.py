"""Dates told relative to another: "two days later", "the next day", "on the same day", a
clause "two days after X" that dates X; and the clauses that keep a date of their own.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from detente.events.dates import WEEKDAYS, on_or_after
from detente.events.grammar import clause_of
from detente.events.modality import ALLEGATIONS, SPEECH

# Counts of days and weeks as news spells them ("ten days later", "two weeks earlier").
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_SHIFT = re.compile(
    r"^(" + "|".join(_NUMBERS) + r"|\d+)\s+(day|week)s?\s+(earlier|before|later|after)$"
)


# Days named from the story's day: "on the next day", "the day before" ("the same day" is
# the day last named, see ``same_day``).
_NEXT_DAYS = {
    "the next day": 1, "the following day": 1, "the day after": 1, "the next morning": 1,
    "the previous day": -1, "the day before": -1,
}  # fmt: skip


# A span counted from the story's day in any unit ("a month before", "two years later").
_STORY_SPAN = re.compile(
    r"^(" + "|".join(_NUMBERS) + r"|\d+)\s+(day|week|month|year)s?\s+(earlier|before|later|after)$"
)


# Months and years named from the story's day: "the following month", "the year before".
_NEXT_PERIODS = {
    "the following month": 1, "the next month": 1, "the month after": 1,
    "the previous month": -1, "the month before": -1, "the preceding month": -1,
    "the following year": 12, "the next year": 12, "the year after": 12,
    "the previous year": -12, "the year before": -12, "the preceding year": -12,
}  # fmt: skip


def period_shift(text: str) -> int | None:
    """How many months a span of months or years counts on from the day it is told after:
    "a year later" 12, "two months earlier" -2, "the following month" 1; None for other
    phrases (days and weeks are :func:`shift_of`'s)."""
    phrase = " ".join(text.lower().split()).removeprefix("in ").removeprefix("by ")
    if phrase in _NEXT_PERIODS:
        return _NEXT_PERIODS[phrase]
    found = _STORY_SPAN.match(phrase)
    if found is None or found.group(2) not in ("month", "year"):
        return None
    count, unit, way = found.groups()
    months = (int(count) if count.isdigit() else _NUMBERS[count]) * (12 if unit == "year" else 1)
    return -months if way in ("earlier", "before") else months


def counted_period(base: dt.date, months: int, precision: str = "text") -> tuple[dt.date, str]:
    """The month or year ``months`` on from ``base``, dated to its first day with the
    precision of the span ("Clinton went in 2000 and Bush six years later": 2006), or the
    year only when ``base`` was a year only ("annexed Crimea in 2014 … a month later")."""
    index = base.year * 12 + base.month - 1 + months
    if months % 12 == 0 or precision == "text_year":
        return dt.date(index // 12, 1, 1), "text_year"
    return dt.date(index // 12, index % 12 + 1, 1), "text_month"


def relative_span(phrase: Span) -> Span:
    """``phrase`` with the word after it that makes it relative, which the model may leave
    out of the entity, hung on it or heading it ("Two days | later", "One month | before")."""
    doc = phrase.doc
    tail = doc[phrase.end] if phrase.end < len(doc) else None
    if tail is None or tail.lower_ not in _TAILS:
        return phrase
    if phrase.start <= tail.head.i < phrase.end:
        return doc[phrase.start : phrase.end + 1]
    # (heading it, the word ends the phrase: not "two months | after soldiers ousted him",
    # a clause's mark)
    if phrase.root.head == tail and all(c == phrase.root for c in tail.children):
        return doc[phrase.start : phrase.end + 1]
    return phrase


def counted_from_story(phrase: Span) -> bool:
    """``phrase`` counts a span from the day the story has reached ("one month before", "two
    years later"), as a day named beside it restates ("One month before, on 23 January")."""
    text = relative_span(phrase).text
    return bool(_STORY_SPAN.match(" ".join(text.lower().split())))


def told_beside(shift: Span, other: Span) -> bool:
    """Two date phrases told side by side, one restating the other ("three days later, on 4
    August", "the next day, 30 December"): at most a comma and a preposition between them."""
    first, second = sorted((shift, other), key=lambda p: p.start)
    between = first.doc[first.end : second.start]
    return len(between) <= 2 and all(t.is_punct or t.pos_ == "ADP" for t in between)


def restates_story_span(phrase: Span, phrases: list[Span]) -> bool:
    """``phrase`` is told beside a span counted from the story's day, which it restates
    ("One month before, on 23 January", "two years later, on 5 May")."""
    return any(
        other != phrase and counted_from_story(other) and told_beside(phrase, relative_span(other))
        for other in phrases
    )


def shift_of(text: str) -> dt.timedelta | None:
    """ "a day earlier" → -1 day, "two weeks later" → +14 days, "on the next day" → +1 day;
    None for other phrases."""
    phrase = " ".join(text.lower().split()).removeprefix("on ").removeprefix("by ")
    if phrase in _NEXT_DAYS:
        return dt.timedelta(days=_NEXT_DAYS[phrase])
    found = _SHIFT.match(phrase)
    if found is None:
        return None
    count, unit, way = found.groups()
    n = int(count) if count.isdigit() else _NUMBERS[count]
    days = n * (7 if unit == "week" else 1)
    return dt.timedelta(days=-days if way in ("earlier", "before") else days)


# "the weekend", "over the weekend", "last weekend", "at the coming weekend"
_WEEKEND = re.compile(
    r"^(?:(?:during|over|at|on|in|by)\s+)?(the|this|that|last|past|next|coming)\s+weekend$"
)
_SATURDAY = 5


def weekend_day(text: str, base: dt.date, published: dt.date, ahead: bool) -> dt.date | None:
    """The Saturday a weekend phrase opens: "the weekend" told in a story is the one nearest
    its day ``base`` ("On 14 September (a Friday) … During the weekend thousands protested":
    15 September), never one after publication; "last weekend" the one before publication's
    week; "next weekend", or "this weekend" and "the weekend" told ahead, the coming one.
    None for other phrases."""
    found = _WEEKEND.match(" ".join(text.lower().split()))
    if found is None:
        return None
    which = found.group(1)
    latest = published - dt.timedelta(days=(published.weekday() - _SATURDAY) % 7)
    if which in ("next", "coming") or (ahead and which in ("this", "the")):
        return latest + dt.timedelta(days=7)
    if which in ("last", "past"):
        return latest - dt.timedelta(days=7) if published.weekday() >= _SATURDAY else latest
    if which == "this":
        return latest
    offset = (_SATURDAY - base.weekday() + 3) % 7 - 3  # nearest: -3 … +3 days
    day = base + dt.timedelta(days=offset)
    return day if day <= published else day - dt.timedelta(days=7)


# "that Thursday", "the following Monday": a weekday told in a story, of the story's week
_STORY_WEEKDAY = re.compile(
    r"^(?:on\s+)?(that|the following|the next)\s+"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)


def weekday_phrase(phrase: Span) -> str:
    """The text of a weekday phrase with the word before it that ties it to the story when
    the model left that word out: "That Thursday, he met Xi" (the entity is "Thursday"; a
    determiner "that", not the conjunction of "said that Thursday talks …"), "the following
    Monday"."""
    doc = phrase.doc
    lead = doc[phrase.start - 1] if phrase.start > 0 else None
    if lead is not None and lead.lower_ == "that" and lead.tag_ == "DT":
        return f"that {phrase.text}"
    if lead is not None and lead.lower_ in ("following", "next") and lead.head.i >= phrase.start:
        return f"the {lead.lower_} {phrase.text}"
    return phrase.text


def story_weekday(text: str, base: dt.date | None, published: dt.date) -> dt.date | None:
    """The day "that Thursday" or "the following Monday" names in a story whose last day is
    ``base``: that weekday on or after it ("flew to Beijing on 8 November (a Wednesday). That
    Thursday, he met Xi": 9 November), the following one strictly after; never after
    publication. None for other phrases or with no day to count from."""
    found = _STORY_WEEKDAY.match(" ".join(text.lower().split()))
    if found is None or base is None:
        return None
    which, name = found.groups()
    day = on_or_after(base, WEEKDAYS.index(name))
    if which != "that" and day == base:
        day += dt.timedelta(days=7)
    return day if day <= published else None


_TAILS = {"after", "before", "later", "earlier"}


def relative_phrase(phrase: Span) -> str:
    """The text of a date phrase with the word that makes it relative when the model left
    that word out of it: "The day after, the air forces began …" (the entity is "The day"),
    "Two days later" (whole already)."""
    doc = phrase.doc
    tail = doc[phrase.end] if phrase.end < len(doc) else None
    # (the word hangs on the phrase: not "a week before | Ukraine attacked", a clause's mark)
    if tail is not None and tail.lower_ in _TAILS and phrase.start <= tail.head.i < phrase.end:
        return f"{phrase.text} {tail.lower_}"
    return phrase.text


def shifted_in_the_past(phrase: Span, clause: Token) -> bool:
    """``phrase`` counts days on from the story's day ("the next day", "two days later") in a
    clause told in the past tense: "The answer arrived the next day: in a communique the
    presidency accused Madrid …" is a past day, no day to come, so it may date the act the
    clause leads into."""
    shift = shift_of(relative_phrase(phrase))
    return shift is not None and shift > dt.timedelta(0) and clause.tag_ == "VBD"


def clause_gap(word: Token) -> dt.timedelta | None:
    """How far ``word``'s clause lies from the one it hangs on: "two days after X hit" puts X
    two days before, "a week before X" a week after; None for other clauses."""
    if word.dep_ != "advcl":
        return None
    mark = next((c.lower_ for c in word.children if c.dep_ == "mark"), "")
    if mark not in ("after", "before"):
        return None
    span = next((c for c in word.children if c.dep_ == "npadvmod" and _counted_days(c)), None)
    if span is None:
        return None
    own_dates = [
        t
        for t in word.subtree
        if t.ent_type_ == "DATE"
        and t.i != span.i
        and not span.is_ancestor(t)
        and clause_of(t).i == word.i
    ]
    if own_dates:
        return None  # (a date of its own dates it: "a week before X attacked on 3 March")
    text = " ".join(t.text for t in span.subtree)
    return shift_of(f"{text} {'earlier' if mark == 'after' else 'later'}")


_OF_A_THING = {"on", "in", "of"}  # "the raid on 31 May", "the vote of 3 March"


def noun_gap(date: Token) -> dt.timedelta | None:
    """How far an act lies from the thing a date phrase (its root ``date``) dates, when the
    act is counted from that thing: "imposed sanctions the day before the summit on 25 June"
    a day before 25 June, "recalled its envoy two days after the raid on 31 May" two days
    after; None for other dates."""
    thing = date.head.head if date.dep_ == "pobj" and date.head.lower_ in _OF_A_THING else None
    if date.dep_ in ("nmod", "compound") and date.head.dep_ == "pobj":
        thing = date.head  # "two days after the Dec. 13 attack on its parliament"
    if thing is None or thing.dep_ != "pobj" or thing.head.lower_ not in ("before", "after"):
        return None
    way = thing.head
    # (the count right before the preposition, hung on it or beside it: "talks a day after
    # the summit" hangs "a day" on "talks")
    count = way.doc[way.i - 1] if way.i > 0 else None
    if count is None or count.dep_ != "npadvmod" or count.head.i not in (way.i, way.head.i):
        return None
    text = " ".join(t.lower_ for t in count.subtree)
    text = "a day" if text == "the day" else text  # "the day before the summit"
    return shift_of(f"{text} {'later' if way.lower_ == 'after' else 'earlier'}")


def _counted_days(tok: Token) -> bool:
    """``tok`` heads a count of days or weeks ("three days", "a week"), whether or not the
    model tagged it a date ("crossed on Oct. 9, three days after Trump told Erdogan")."""
    return shift_of(" ".join(t.text for t in tok.subtree) + " later") is not None


_SAME = {"same", "that"}
_DAY_PARTS = {"day", "evening", "morning", "afternoon", "night"}


def same_day(word: Token) -> bool:
    """``word``'s clause, or one governing it, says "on the same day" / "that evening": the
    day the text named last."""
    own = clause_of(word)
    clauses = {own.i} | {t.i for t in own.ancestors}
    return any(
        tok.lower_ in _DAY_PARTS
        and any(c.lower_ in _SAME for c in tok.children)
        and clause_of(tok).i in clauses
        for tok in word.sent
    )


def same_day_phrase(word: Token) -> Span | None:
    """The date phrase ``word``'s sentence names before its "on the same day" / "that
    evening", which is the day it means: "As for the decision of Wednesday, the government
    expressed on the same evening its regret" (that Wednesday, not the day the story told
    last)."""
    same = next(
        (
            tok
            for tok in word.sent
            if tok.lower_ in _DAY_PARTS and any(c.lower_ in _SAME for c in tok.children)
        ),
        None,
    )
    if same is None:
        return None
    named = [
        ent
        for ent in word.sent.ents
        if ent.label_ == "DATE" and ent.end <= same.i and not (ent.start <= same.i < ent.end)
    ]
    return named[-1] if named else None


_WILL = {"will", "shall", "'ll"}


def own_dated_clause(clause: Token, word: Token) -> bool:
    """``clause`` lies below ``word`` in a clause whose date is its own: a coordinated or
    relative clause with a subject of its own ("the World Cup, which Russia hosted and which
    ended on Sunday", "the officers who were indicted last Friday"), or a clause told in the
    future ("… and announced that the filling will take place in July": when that will
    happen, not when ``word`` did)."""
    while clause.i != word.i and clause.head.i != clause.i:
        if clause.dep_ in ("conj", "relcl") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        ):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children):
            return True
        clause = clause.head
    return False


# Verbs of the journey that brings a doer to where he acts.
_JOURNEYS = frozenset({"go", "come", "arrive", "travel", "fly", "land"})


def doers_journey(clause: Token, word: Token) -> bool:
    """``clause`` is a relative clause on the subject of ``word``'s clause (or of the first
    of the clauses ``word``'s is joined to) telling the doer's journey: "President Erdogan,
    who on Thursday went to Jeddah, was received by the King, and after that he held a
    meeting with the crown prince": the day of the journey is the day of what is done on
    it, when no clause names its own."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in _JOURNEYS:
        return False
    verb = clause_of(word)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    doer = clause.head
    return doer.dep_ in ("nsubj", "nsubjpass") and doer.head.i == verb.i


def in_charged_act(clause: Token, word: Token) -> bool:
    """``clause`` lies in the act that ``word``, a verb of charging, lays at someone's door:
    the gerund of "accused Hamas of firing rockets at Ashkelon on 3 May", "blamed Kyiv for
    attacking", "charged him with spying". A day told there is the act's, not when the
    charge was made (which is when it is told)."""
    if word.lemma_.lower() not in ALLEGATIONS:
        return False
    while clause.i != word.i and clause.head.i != clause.i:
        prep = clause.head
        if (
            clause.dep_ in ("pcomp", "pobj")
            and clause.tag_ == "VBG"
            and prep.dep_ == "prep"
            and prep.head.i == word.i
        ):
            return True
        clause = clause.head
    return False


def told_beside_act(clause: Token, word: Token) -> bool:
    """``clause`` is what a participle of saying set beside the act ``word`` says: "accused
    Washington of hypocrisy, saying the United States had killed Muslims there a century ago"
    (the killing's time, not the accusation's)."""
    while clause.head.i != clause.i and clause.i != word.i:
        above = clause.head
        if (
            clause.dep_ == "ccomp"
            and above.tag_ == "VBG"
            and above.lemma_.lower() in SPEECH
            and above.dep_ in ("advcl", "xcomp", "conj")
            and above.head.i == word.i
        ):
            return True
        clause = above
    return False


def later_conjunct_day(clause: Token, phrase_root: Token, word: Token) -> bool:
    """``clause`` is an act joined after the act ``word`` by "and", and the day phrase
    (``phrase_root``) opens it, before its verb: "the police detained a farmer and the next
    day released him" (the release's day, not the detention's)."""
    return (
        clause.dep_ == "conj"
        and clause.head.i == word.i
        and word.i < phrase_root.i < clause.i
        and any(c.dep_ == "cc" and word.i < c.i < phrase_root.i for c in word.children)
    )


# Conjunctions that open the reason an act is done for.
_REASONS = frozenset({"because", "as", "since"})


def reason_for_act(clause: Token, word: Token) -> bool:
    """``clause`` gives the reason for the act ``word`` (or a verb below that reason): "said
    Armenia had frozen its part in the bloc, because the bloc in 2021 and 2022 did not keep
    its word". A day told there is the reason's, not the act's."""
    while clause.i != word.i and clause.head.i != clause.i:
        if clause.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _REASONS for m in clause.children
        ):
            return clause.head.i == word.i or word.is_ancestor(clause)
        clause = clause.head
    return False


# Ordinals that count how often a thing was done: "for the second time in this month".
_OCCASIONS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "nth"}


def counts_occasions(phrase: Span) -> bool:
    """``phrase`` is the span a count of times runs over ("summoned the ambassador for the
    second time in this month", "met for the third time this year"): the frame of the count,
    not the day of the act, which a day told beside it gives ("on Friday, 20 January, …").
    Read on the words, which a parse of translated order may hang anywhere."""
    doc = phrase.doc
    i = phrase.start - 1
    if i >= 0 and doc[i].lower_ in ("in", "during", "within", "of"):
        i -= 1
    return i >= 1 and doc[i].lower_ in ("time", "times") and doc[i - 1].lower_ in _OCCASIONS
