"""Story time: when the acts a story tells happened, across its sentences.

A wire story dates its lead ("Trump and Putin met in Helsinki on Monday") and then tells more
of the same day without dates ("The two leaders spoke for two hours"); an analysis names an
event and dates it in the next sentence ("The long-awaited conversation then took place.
This conversation took place on 28 January."). Undated past acts take the story's day, and a
sentence that dates an event named before re-dates it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.events.dates import (
    EDITIONS,
    WEEKDAYS,
    chronicle,
    day_of_week_text,
    narrative_weekday,
    of_the_story_year,
    resolve_date,
)
from detente.events.grammar import DECISION_HEADS, before_subject, clause_of, framing_clause
from detente.events.modality import SPEECH
from detente.events.patterns import PatternBook
from detente.events.relative_dates import restates_story_span, shift_of, weekend_day
from detente.models import Event

STORY_DAYS = 366  # a story's dated act carries to later undated past acts within a year
# "took place", "happened", "was held": a sentence that dates an event named before
HAPPENING = {"take", "happen", "occur", "hold"}
REFERRING = {"this", "that", "the", "these", "those"}
REDATE_BACK = 3  # events this many sentences back may be the one referred to


def story_day(
    events: list[Event],
    published: dt.date,
    sent: Span | None = None,
    story: dt.date | None = None,
) -> dt.date | None:
    """The day a sentence dated a past act to ("met in Helsinki on Monday"), or the later day
    it says something was said ("said on Saturday they had shot down a plane on Wednesday"
    tells the story on Saturday), if any (a bare weekday counted from the ``story``'s day
    when that is more than a week old, see :func:`narrative_weekday`)."""
    days = [
        e.date
        for e in events
        if e.date_source == "text"
        and e.modality in ("asserted", "reported")
        and published - dt.timedelta(days=STORY_DAYS) <= e.date <= published
    ]
    said = _said_on(sent, published, story) if sent is not None and days else None
    if said is not None:
        days.append(said)
    return max(days, default=None)


# Verbs by which a relative clause says when the act its noun names happened.
_HAPPENING = {"last", "happen", "occur", "begin", "start", "end", "hold", "take"}


def when_clause(clause: Token) -> bool:
    """``clause`` is a "when" clause on the main verb, whose day is the main clause's time as
    well: "When on the past 23 of January Guaido proclaimed himself president, few imagined
    … That same day Bogota recognised him" (the story's clock is at 23 January)."""
    # (the parser may hang "When" on the date's preposition and the clause as a parataxis)
    return clause.dep_ in ("advcl", "parataxis") and clause.doc[clause.left_edge.i].lower_ == "when"


def happened_on(verb: Token) -> bool:
    """A relative clause on an act's noun that tells when it happened: "which took place on
    25 October", "which from 25 to 27 October lasted", "which was held on Monday"."""
    lemma = verb.lemma_.lower()
    if _held_on(verb):
        return True
    # (hung on the noun or on the last name of its phrase: "visit to China, which took …")
    if verb.dep_ != "relcl" or lemma not in _HAPPENING or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "hold":
        return any(c.dep_ == "auxpass" for c in verb.children)
    # (intransitive: "Russia, which began joint exercises on 24 September" began something)
    # (the relative pronoun itself may be parsed as the object: "which … lasted")
    return not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _held_on(verb: Token) -> bool:
    """A participle on an occasion's noun that tells when it was held, with no "which": "At
    a press conference held on 20 February, the ambassador stated …" (the statement is of
    that day, as with "which was held on 20 February")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() == "hold"
        and verb.head.lemma_.lower() in _OCCASIONS  # not "hostages held since 2015"
    )


# What is held as an occasion, on a day.
_OCCASIONS = {
    "conference", "meeting", "summit", "session", "talk", "election", "referendum", "ceremony",
    "rally", "forum", "briefing", "vote", "round", "negotiation", "consultation", "event",
}  # fmt: skip


# Verbs by which a translated analysis reminds the reader of what happened: "Recall that on 17
# September the aircraft was shot down", "We remind that …", "It should be recalled that …",
# "It is known that the channel broadcast on Monday, 25 October, the interview" (Arabic "min
# al-ma'ruf anna": what the reader is taken to know already).
_REMINDING = {"recall", "remind", "remember", "note", "know"}
_READERS = {"we", "it", "let", "us"}


def told_root(sent: Span) -> Token:
    """The verb a sentence tells its story with: its main verb, or the clause a reminder
    frames ("Recall that on the evening of 17 September a Russian aircraft disappeared" tells
    the disappearance, on 17 September; "recall" is the writer's aside to the reader)."""
    root = sent.root
    if root.lemma_.lower() not in _REMINDING or root.tag_ not in ("VB", "VBP", "VBN"):
        return root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ not in _READERS for c in subjects):
        return root  # "Putin recalled that …" is an act of his, told on its own day
    told = next((c for c in root.children if c.dep_ == "ccomp"), None)
    return told if told is not None else root


def story_period(
    sent: Span, published: dt.date, story: dt.date | None = None
) -> tuple[dt.date, str] | None:
    """The month (or past week) a sentence's past main verb is dated to when it names no day
    ("In January ECOWAS imposed sanctions on Mali", "Last week Serbia refused …"), with its
    date source: the story moves on to that month or week, and the undated acts told next
    ("France backed the sanctions") fall in it, no day of it made up. None when the story's
    day already lies in that month or week; a year alone ("Riyadh cut ties in 2016") is
    background, not a step of the story."""
    root = told_root(sent)
    if not told_in_past(root):
        return None
    for ent in sent.ents:
        if ent.label_ != "DATE" or clause_of(ent.root).i not in (root.i, sent.root.i):
            continue
        resolved = resolve_date(ent.text, published, False)
        if resolved is None or resolved[0] > published:
            continue
        start = resolved[0]
        if resolved[1] == "text_week":
            # "Last week Serbia refused to send its soldiers": the week before publication
            # (not "the killing of a general in a drone strike last week": a noun's week)
            if ent.root.head.i not in (root.i, sent.root.i):
                continue
            if story is not None and abs((story - start).days) <= _HALF_WEEK:
                return None
            return resolved
        if resolved[1] != "text_month":
            continue
        if story is not None and (story.year, story.month) == (start.year, start.month):
            return None
        return resolved
    return None


_HALF_WEEK = 3  # a story's day this near a week's named day already lies in that week


def told_week(
    done: list[Event], sent: Span, published: dt.date, story: dt.date | None = None
) -> tuple[dt.date, str] | None:
    """The past week a sentence opens with, when the acts it told were all dated to it,
    however the parser hung the sentence ("Last week Serbia, which … regularly participated,
    refused to send its soldiers", parsed with the name as its root): the story moves on to
    that week, as :func:`story_period` moves it by the main verb's week. (A week told at
    the end of a phrase, "the killing of a general in a drone strike last week", is the
    background of the story's day.)"""
    ents = [e for e in sent.ents if e.label_ == "DATE"]
    if not ents or ents[0].start > sent.start + 1:
        return None
    weeks = {e.date for e in done if e.date_source == "text_week" and e.date <= published}
    if len(weeks) != 1 or any(e.date_source != "text_week" for e in done):
        return None
    start = weeks.pop()
    if story is not None and abs((story - start).days) <= _HALF_WEEK:
        return None
    return start, "text_week"


def weekday_clock(story: dt.date | None, period: tuple[dt.date, str] | None) -> dt.date | None:
    """The day a bare weekday told next is counted from: the week the story last moved to
    when a sentence named only a week, else the story's day. "On 3 September Mishustin
    arrived in Minsk. Last week Serbia refused to send its soldiers. The main event took
    place on Monday in Sochi" in a piece of Wednesday 16 September is 14 September, not the
    Monday after 3 September."""
    if period is not None and period[1] == "text_week":
        return period[0]
    return story


# Phrases that name the year of writing itself: "this year", "the current year".
_THIS_YEAR = re.compile(r"\b(?:this|the current|the present) year\b", re.IGNORECASE)


def back_to_this_year(sent: Span, published: dt.date, story: dt.date | None) -> bool:
    """A sentence whose main clause is dated to the year of writing ("For most of this year
    the real talks were not conducted", "This year the sides have not met") brings a story
    told in an earlier year back to the present: the undated acts told next ("Moscow offered
    Kiev to extend the contract") are of the time of writing, not of the month the
    background last named ("In February 2018 the court obliged Gazprom to pay")."""
    if story is None or story.year >= published.year:
        return False
    root = told_root(sent)
    return any(
        ent.label_ == "DATE"
        and _THIS_YEAR.search(ent.text) is not None
        and clause_of(ent.root).i in (root.i, sent.root.i)
        for ent in sent.ents
    )


def dated_day(sent: Span, published: dt.date, story: dt.date | None = None) -> dt.date | None:
    """The past day a sentence's main verb is dated to ("On 26 November the parliament
    introduced martial law", "Four days later Turkey sent a ship" from the story's day),
    whether or not it told an event we code: the story's clock moves on."""
    root = told_root(sent)
    # (or a past passive: "On Sunday, 23 May, the aircraft … was turned toward Minsk")
    if not told_in_past(root):
        return (
            _opening_day(sent, published)
            or _day_it_began(sent, published)
            or _day_gone_back_to(sent, published)
        )
    if story is not None:
        for ent in sent.ents:
            shift = shift_of(ent.text) if ent.label_ == "DATE" else None
            if shift is not None and clause_of(ent.root).i in (root.i, sent.root.i):
                return story + shift if story + shift <= published else None
    # (or a clause on a noun of it saying when that happened: "The reason was the opening of
    # the office, which on Thursday, 18 November, took place")
    # (or the subject clause the model made of a translated question's first words: "What
    # was then on Tuesday agreed?" hangs "on Tuesday" on "was")
    return _first_day(
        sent,
        published,
        lambda clause, ent: (
            clause.i in (root.i, sent.root.i)  # (or hung on a reminder's "Recall")
            or (happened_on(clause) and clause_of(clause.head).i == root.i)
            or (clause.dep_ == "csubj" and clause.head.i == root.i)
            or (when_clause(clause) and clause.head.i == root.i)
        ),
        story,
    )


_AHEAD = {"will", "shall", "would", "'ll"}


def _opening_day(sent: Span, published: dt.date) -> dt.date | None:
    """The past day a sentence opens with when the parser found no past main verb in it:
    "On 25 July the court in Aliaga the pastor to house arrest transferred" (a translated
    clause with its verb last, parsed as a phrase) is told on that day all the same."""
    ents = [e for e in sent.ents if e.label_ == "DATE"]
    first = ents[0] if ents else None
    if first is None or first.start > sent.start + 1:
        return None
    if any(t.lower_ in _AHEAD for t in sent) or not any(t.tag_ in ("VBD", "VBN") for t in sent):
        return None
    if len(ents) > 1 and _weekday_before(first, ents[1]):
        first = ents[1]  # "On Wednesday, 18 May, the ambassadors … handed over": 18 May
    return _past_day(first.text, published)


def _day_it_began(sent: Span, published: dt.date) -> dt.date | None:
    """The past day a relative clause on a noun says a thing happened, in a sentence whose
    main verb tells no past act: "Concerning the release of the treated water, which on 24
    August began, the relations have rapidly cooled. On the same day …" (the day told is
    the one "the same day" takes up)."""
    return _first_day(sent, published, lambda clause, ent: happened_on(clause))


# Verbs by which a writer takes the reader back to a day to tell the story from there: "To
# understand how one arrived at the rupture it is needed to go back to the afternoon of
# Tuesday 5 February", "We must return to 12 June", "It is necessary to start from 3 March".
_GOING_BACK = {"go", "come", "return", "start", "step", "turn"}
_BACK_WORDS = frozenset({"to", "from", "at", "back"})


def _day_gone_back_to(sent: Span, published: dt.date) -> dt.date | None:
    """The past day a writer's infinitive of going back leads to ("it is needed to go back
    to the afternoon of Tuesday 5 February. Di Maio … met Chalençon": the meeting is of 5
    February); a finite verb with a subject of its own ("the quarrel goes back to June")
    tells no day the story has reached."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        verb = _verb_above(ent.root)
        if verb is None or verb.lemma_.lower() not in _GOING_BACK or verb.tag_ != "VB":
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in _READERS | {"one"}:
            continue
        if verb.lemma_.lower() in ("go", "come", "step", "turn") and not any(
            c.lower_ == "back" for c in verb.children
        ):
            continue  # "to go to Paris on 5 February" goes somewhere, not back
        day = _past_day(ent.text, published)
        if day is not None:
            return day
    return None


def _verb_above(word: Token) -> Token | None:
    """The verb a date phrase hangs on through its prepositions and nouns ("go back to the
    afternoon of Tuesday 5 February": "go")."""
    tok = word
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ not in ("NOUN", "PROPN", "ADP", "ADV", "NUM", "DET", "ADJ"):
            return None
        if tok.pos_ == "ADV" and tok.lower_ not in _BACK_WORDS:
            return None
    return None


def _said_on(sent: Span, published: dt.date, story: dt.date | None = None) -> dt.date | None:
    """The date of the sentence's main verb when it is a verb of saying."""
    root = sent.root
    if root.lemma_.lower() not in SPEECH:
        return None
    return _first_day(
        sent,
        published,
        lambda clause, ent: (
            clause.i == root.i or (clause.head.i == root.i and before_subject(ent.root, clause))
        ),
        story,
    )


def edition_day(ent: Span) -> bool:
    """``ent`` is the day of the paper's edition the text appears in: "Automatic translation
    of the edition of this Saturday", "from Monday's edition": the day of the writing, no day
    the story has reached (taken for one, every paragraph of an analysis told in order went
    back to the news day and read its bare weekdays from there)."""
    doc = ent.doc
    # (read off the words: the parser may hang "this Saturday" anywhere in such a note)
    at = ent.start - 1
    while at >= 0 and doc[at].tag_ == "DT":
        at -= 1  # "of this Saturday"
    if at >= 1 and doc[at].lower_ == "of" and doc[at - 1].lemma_.lower() in EDITIONS:
        return True  # "the edition of this Saturday"
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].tag_ == "POS" and after[1].lemma_.lower() in EDITIONS


def _first_day(
    sent: Span,
    published: dt.date,
    placed: Callable[[Token, Span], bool],
    story: dt.date | None = None,
) -> dt.date | None:
    """The past day of the sentence's first date phrase whose clause (and phrase) ``placed``
    accepts (a weekend the one nearest the ``story``'s day)."""
    ents = [ent for ent in sent.ents if ent.label_ == "DATE"]
    for at, ent in enumerate(ents):
        if at + 1 < len(ents) and _weekday_before(ent, ents[at + 1]):
            continue  # "On Sunday, 23 May": the day is the one the date names
        if edition_day(ent):
            continue
        if placed(clause_of(ent.root), ent):
            if story is not None and restates_story_span(ent, ents):
                # "One month before, on 23 January": of the story's year
                restated = of_the_story_year(ent.text, story, published)
                if restated is not None and restated[1] == "text":
                    return restated[0]
            day = (
                narrative_weekday(
                    ent.text,
                    story,
                    published,
                    chronicle(sent.doc.text),
                    sent.doc.text[: sent.start_char],
                )
                or weekend_day(ent.text, story or published, published, False)
                or _past_day(ent.text, published)
            )
            if day is not None:
                return day
    return None


def _weekday_before(ent: Span, after: Span) -> bool:
    """``ent`` is a bare weekday set before the date it falls on ("Sunday, 23 May")."""
    # ("Monday (13 March)", "On Monday evening, 15 October")
    return day_of_week_text(ent.text) in WEEKDAYS and after.start - ent.end <= 2


def _past_day(text: str, published: dt.date) -> dt.date | None:
    """The day a date phrase names, when it names a day (not a month or a year) on or before
    the publication date."""
    resolved = resolve_date(text, published, False)
    if resolved is not None and resolved[1] == "text" and resolved[0] <= published:
        return resolved[0]
    return None


def _governing_verb(noun: Token) -> Token:
    """The verb an event noun is told with: its head, or, for a noun in a phrase, the head
    of the word the phrase hangs on ("the king in a second telephone call with Abbas assured
    him": the call is the assuring's, though the parser hangs "in a call" on the king)."""
    hung = noun
    while hung.dep_ in ("pobj", "prep") and hung.head.i != hung.i:
        hung = hung.head
    if hung is noun or hung.pos_ in ("VERB", "AUX"):
        return noun.head if hung is noun else hung
    return hung.head


def told_in_past(word: Token) -> bool:
    """``word`` is told as a past act: a simple past verb, or an event noun of one, or the
    act a past decision made ("It decided also to stop all the Lebanese imports": the
    decision is the act, so its tense is the act's)."""
    verb = word if word.pos_ in ("VERB", "AUX") else _governing_verb(word)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECISION_HEADS:
        verb = verb.head
    return (
        verb.tag_ == "VBD"
        or _bare_participle(verb)
        or _final_perfect(verb)
        or _dated_perfect(verb)
        or _narrative_perfect(verb)
        or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Verbs of a lasting state: "The city lies near the border", "The two sides remain divided"
# describe the background, whenever the story is.
STATES = {"be", "have", "remain", "lie", "stay", "stand", "belong", "border", "seem", "exist"}
# Verbs by which the writer weighs what was told, no act of the time of writing: "The most
# important result of the trip concerns not the economy but the war", "For Berlin this
# sentence counts as a success", "This means a change of course".
_WEIGHING = {"concern", "count", "mean", "matter", "amount", "signify"}


def told_in_present(verb: Token) -> bool:
    """``verb``, a sentence's main verb, tells an act in the simple present ("Russian and
    Chinese officials call each other allies", "Some media write that …"): the sentence is
    told at the time of writing, not a state in the background ("The two sides remain
    divided"). (A capitalised word inside the sentence tagged a present is a name the tagger
    misread: "the mayor Martins Stakis … replaced".) A view held of a thing told is a state
    of mind, not an act at the time of writing: after "The American side considers the
    meeting a step forward" the story still tells the meeting's day (a forecast still looks
    from now: "Analysts expect a quick reopening of the border"), and so after the writer
    weighs it (``_WEIGHING``: "this sentence counts as a success")."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in STATES
        and verb.lemma_.lower() not in _WEIGHING
        and not _view_of_a_thing(verb)
        # ("It is the first time since 1940 that Paris recalls its ambassador": the act just
        # told, framed by the writer, read by the parser as the sentence's main verb)
        and not any(framing_clause(c, verb) for c in verb.children)
        and verb.text[:1].islower()
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Verbs that judge a thing as something: "considers the meeting a step forward", "regards
# the talks as useful", "sees the deal as a breakthrough".
_JUDGING_VIEWS = {"consider", "regard", "view", "deem", "see"}


def _view_of_a_thing(verb: Token) -> bool:
    """``verb`` holds a view of a thing it names: "considers the meeting a step forward"
    (the parser may read the thing and its predicate as a verbless clause)."""
    return verb.lemma_.lower() in _JUDGING_VIEWS and any(
        c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("NOUN", "ADJ"))
        for c in verb.children
    )


_PERFECT = {"has", "have"}
_FRONTED = {"nsubj", "nsubjpass", "dobj", "npadvmod", "dative"}


def _final_perfect(verb: Token) -> bool:
    """A translated verb-final clause in the perfect, its object set before the verb
    ("Islamabad the accusations has rejected"): the source language's narrative past (as
    German "hat abgelehnt"), not an English perfect of what holds up to now. A perfect
    denied ("London has not accepted") still tells a state up to now."""
    if verb.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
    ):
        return False
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in _FRONTED]
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")]
    return len(before) >= 2 and not after and not any(c.dep_ == "neg" for c in verb.children)


def _dated_perfect(verb: Token) -> bool:
    """A perfect set "on" a named day ("Everything has changed on Saturday 2 October", "the
    crisis has begun on 28 September"): English puts no perfect on a past day, so this is
    the source language's narrative past (French passe compose, German Perfekt) translated
    word for word, an act of that day."""
    if verb.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and _a_day(g) for g in c.children)
        for c in verb.children
    ) and not any(c.dep_ == "neg" for c in verb.children)


def _narrative_perfect(verb: Token) -> bool:
    """A perfect in a text that has already set a perfect on a named day before it ("On
    Friday the ambassador has returned to Rome. Already in the afternoon he has been
    received at the Quirinale"): the translation renders the source's narrative past as a
    perfect throughout, so the undated perfect goes on with the story, as a simple past
    would."""
    if verb.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
    ):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = verb.doc
    first = doc.user_data.get(_FIRST_DATED_PERFECT)
    if first is None:
        first = next((t.i for t in doc if t.tag_ == "VBN" and _dated_perfect(t)), len(doc))
        doc.user_data[_FIRST_DATED_PERFECT] = first
    return first < verb.sent.start


_FIRST_DATED_PERFECT = "detente.first_dated_perfect"


def _a_day(word: Token) -> bool:
    """``word`` names a day, alone or with the date set beside it ("2 October", "Saturday 2
    October", where the model may tag only the date beside the weekday)."""
    return word.ent_type_ == "DATE" or any(
        c.ent_type_ == "DATE" and c.dep_ in ("nummod", "appos", "compound") for c in word.children
    )


def _bare_participle(verb: Token) -> bool:
    """A clause's verb tagged a past participle with a subject of its own and no auxiliary
    ("Outside the embassy the crowds protested against …", "It is known that the channel
    broadcast on Monday the interview"): a participle cannot head a clause alone, so the
    tagger mistook a simple past for one."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "conj", "ccomp")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Nouns that name whatever was just told ("Congo ordered the envoy out … The decision was
# taken on Saturday"), and the verbs that date them ("was taken / made / announced on", "came
# on"): they re-date the acts of the sentence before, of any root.
ANY_ROOT = ""
_TOLD_ACTS = {"decision", "move", "step", "announcement", "measure"}
_DATING_ACTS = HAPPENING | {"make", "announce", "come", "adopt"}


def referred_date(sent: Span, published: dt.date, book: PatternBook) -> tuple[str, dt.date] | None:
    """A sentence that dates an event told before: "This conversation took place on 28
    January" gives the CAMEO root of "conversation" (04) and the day; "The decision was taken
    on Saturday" gives :data:`ANY_ROOT` and the day."""
    for verb in sent:
        if verb.lemma_.lower() not in _DATING_ACTS or verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None or not any(c.lower_ in REFERRING for c in noun.children):
            continue
        lemma = noun.lemma_.lower()
        told = lemma in _TOLD_ACTS
        patterns = book.nouns.get(lemma)
        if not told and (verb.lemma_.lower() not in HAPPENING or not patterns):
            continue
        dates = [e for e in sent.ents if e.label_ == "DATE" and clause_of(e.root).i == verb.i]
        if not dates:
            continue
        day = _past_day(dates[0].text, published)
        if day is not None:
            return (ANY_ROOT if told else patterns[0].code[:2]), day
    return None


def redate(events: list[Event], root: str, day: dt.date) -> list[Event]:
    """Events of ``root`` in the last sentences dated only by publication or by the story's
    day get ``day``."""
    last = sorted({e.sentence_id for e in events})[-(1 if root == ANY_ROOT else REDATE_BACK) :]
    return [
        replace(e, date=day, date_source="text")
        if e.sentence_id in last
        and (e.cameo_root == root or root == ANY_ROOT)
        and e.date_source in ("publication", "story")
        else e
        for e in events
    ]


def headline_dated(events: list[Event], sent: Span) -> list[Event]:
    """Events of a headline line (the first sentence, ending at a line break: a title coded
    before its text) dated only by publication take the day its text gives the same act:
    "Haley criticizes Russia over Ukraine" over "Haley on Thursday condemned Russia's …" is
    Thursday's act, one event and not two."""
    if sent.start != 0 or not _ends_its_line(sent):
        return events
    told = {
        (e.source_country, e.target_country, e.cameo, e.modality): e
        for e in reversed(events)  # (the first telling wins)
        if e.sentence_id > 0 and e.date_source not in ("publication", "story")
    }
    out = []
    for e in events:
        lead = told.get((e.source_country, e.target_country, e.cameo, e.modality))
        if e.sentence_id == 0 and e.date_source == "publication" and lead is not None:
            e = replace(e, date=lead.date, date_source=lead.date_source)
        out.append(e)
    return out


def back_to_the_news(
    story: dt.date | None, period: tuple[dt.date, str] | None, front: dt.date | None
) -> bool:
    """At a new paragraph, the story's clock stands before the latest day it has reached: a
    wire story's background paragraph ("The militants had ambushed a convoy on Sunday";
    "Ryabkov had met U.S. officials in Geneva in January") is over, and what the next one
    tells undated ("Kabul rejected the accusation"; "NATO allies backed the decision") is of
    the news day again."""
    if front is None:
        return False
    return (story is not None and story < front) or (period is not None and period[0] < front)


def starts_a_paragraph(sent: Span) -> bool:
    """``sent`` opens a paragraph: the sentence before it ends at a line break."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return _ends_its_line(before)


# Words by which a sentence says it still tells the time told before ("Britain's foreign
# secretary at the time, Jeremy Hunt, warned Iran").
_THEN = {"then", "time", "meanwhile", "earlier"}


def goes_on_with_the_past(sent: Span) -> bool:
    """A paragraph's first sentence that names a day ("on the same day", "the following
    day", "Days later") or says "at the time" or "then" carries on from the time told last,
    not from the news day."""
    return any(ent.label_ == "DATE" for ent in sent.ents) or any(
        t.lower_ in _THEN and t.dep_ in ("advmod", "pobj") for t in sent
    )


def _ends_its_line(sent: Span) -> bool:
    """``sent`` ends at a line break (spaCy keeps a paragraph break as a whitespace token,
    inside the sentence or after it)."""
    doc, last = sent.doc, sent[-1]
    after = doc[sent.end] if sent.end < len(doc) and doc[sent.end].is_space else None
    tail = (last.text if last.is_space else "") + last.whitespace_ + (after.text if after else "")
    return "\n" in tail
