"""Parse again sentences whose word order or punctuation the English model misreads.

Text translated word for word from languages that put the verb last keeps that order: "The
Kremlin these reports denied", "The White House the call as a good start described", "Russia
has the statement of Ukraine sharply criticised", "Berlin to Kyiv additional aid allocated".
The model reads such a clause as one long noun phrase, or hangs the verb on the object, and
no event is found. :func:`new_order` finds each such clause of a sentence (it ends in its
verb group and has, between its subject and that group, a second noun phrase and no other
verb) and puts it in English order: subject, a date said before the object, the verb group,
the object, a named party ("to Kyiv"). The subject is the first phrase, unless only the
second names an actor ("These reports the government did not confirm": the object first).

A leading date with no comma after it ("On 24 December Moon and Abe held talks", "On 2 January
Saudi Arabia executed") is read into the name after it; :func:`dated_lead` says where a comma
belongs.

:func:`reorder` parses such a sentence again, reordered and with the comma, and copies the
parse back onto the original tokens (through the permutation; a comma only the variant has
passes its dependents to its head). Text, tokens and offsets never change; entities too where
no word moved. The new reading is kept only when each moved verb heads a clause with its own
subject.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span, Token

from detente.actors.dictionary import ACTOR_SPANS
from detente.nlp.headlines import IRREGULAR, as_is

# The parse, then the entities.
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
_PARSE = 6
_HEAD = _ATTRS.index(HEAD)
# Words of a verb group before its verb: "did not accept", "was received", "generously covered".
_GROUP_POS = ("AUX", "PART", "ADV")
_PERFECT = {"has", "have", "had", "will", "would"}
_NOUN_START = ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM")
_BE = {"be", "been", "was", "were", "is", "are"}
# Auxiliaries a translated clause may put after its participle ("excluded will be")
_AFTER_PARTICIPLE = _BE | _PERFECT | {"not", "must", "can", "could", "should", "shall", "may"}
_TIME = ("DATE", "TIME")
_TIME_NOUN_WORDS = {
    "a", "the", "same", "next", "following", "previous", "that", "this", "day", "night", "morning",
    "evening", "afternoon", "week", "month",
}  # fmt: skip
_RELATIVE = {"where", "which", "who", "whom", "when"}
# Titles a name may follow after their "of" phrase: "the supreme leader of Iran Ali Khamenei".
_TITLES = {
    "leader", "president", "minister", "secretary", "chief", "head", "king", "emir", "prince",
    "chairman", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commander",
    "premier", "chancellor", "director", "representative", "mayor", "governor", "speaker",
}  # fmt: skip
# Time nouns that end a phrase of time: "the same day", "the next morning".
_TIME_ENDS = {"day", "night", "morning", "evening", "afternoon", "week", "month", "year"}
# Pronouns that stand for a whole phrase: nothing after one belongs to it ("in which they
# Castillo a victim called": "they | Castillo").
_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we"}
# The verb a translated clause ends in: past, participle, present ("each other allies call"),
# or a bare verb after an auxiliary ("did not accept").
_COUNTED = {"dozens", "hundreds", "thousands", "scores", "millions", "tens"}
# Words before a number: "more than 1,000", "some 300", "nearly two thousand".
_ROUGHLY = {"more", "over", "some", "about", "nearly", "almost", "around", "roughly", "at"}
_FINAL_TAGS = ("VBD", "VBN", "VB", "VBP", "VBZ")
_IRREGULAR_PAST = frozenset(IRREGULAR.values())


def _clauses(sent: Span) -> list[Span]:
    """The sentence's clauses, split at ", and", ", but", ", where", ";", at "and" before a
    verb ("… this version rejected and said that …") and at "that" ("wrote that …")."""
    out, start = [], sent.start
    conditional = False  # a clause of condition runs to its comma
    fronted = _opens_fronted_clause(sent)
    # the end of a relative set off by commas inside a clause, whose own verbs joined by "and"
    # or "or" split nothing ("the visits with Iran, which were in progress or were planned,
    # has suspended")
    inserted_end = sent.start
    listed = False
    for tok in sent[:-1]:
        if fronted and tok.text == "," and tok.i > start + 1 and _ends_clause(tok.nbor(-1)):
            # "After it became known that the police … permission had given, the Ministry …
            # the ambassador summoned": the fronted clause ends at the comma after its verb
            out.append(sent.doc[start : tok.i])
            start, fronted = tok.i + 1, False
            continue
        if tok.text == "," and tok.i >= inserted_end:
            inserted = _inserted_relative(sent, tok.i)
            inserted_end = inserted.stop if inserted is not None else inserted_end
        if conditional and tok.text == ",":
            out.append(sent.doc[start : tok.i])
            start, conditional = tok.i + 1, False
            continue
        # ", in which they …", ", in the framework of which …": a relative after its
        # preposition
        pied = _pied_relative(tok, sent.end) if tok.text == "," else None
        if (
            pied is None
            and tok.pos_ == "ADP"
            and tok.i > start
            and tok.nbor(-1).pos_ == "NOUN"
            and tok.nbor().lower_ in ("which", "whom")
        ):
            # "issued a statement in which it the Canadian position … described": the same
            # relative with no comma before it
            pied = tok.i + 2
        if pied is not None:
            out.append(sent.doc[start : tok.i])
            start = pied
        elif tok.text == ";" or (
            tok.text == ","
            and (
                tok.nbor().pos_ == "CCONJ"
                or tok.nbor().lower_ in _RELATIVE
                # "… the passage of the pilgrims suspended, explaining that …": a clause
                # ended by its verb before a participle's phrase
                or (tok.nbor().tag_ == "VBG" and tok.i > start + 3 and _ends_clause(tok.nbor(-1)))
            )
            and _inserted_relative(sent, tok.i) is None
        ):
            out.append(sent.doc[start : tok.i])
            start = tok.i + 1 if tok.text == ";" or tok.nbor().tag_ == "VBG" else tok.i + 2
        elif (
            (
                tok.pos_ == "CCONJ"
                and tok.i > start
                and tok.nbor().tag_ in ("VBD", "VBZ")
                and tok.i >= inserted_end
            )
            or (tok.lower_ == "that" and tok.pos_ == "SCONJ")  # "wrote that Crimea … was taken"
            # "warned that if the North side the situation worsens, Seoul will respond"
            or _final_condition(tok)
            # two translated clauses joined by a bare "and": "Maduro the attack on rebels
            # blamed and the same night the border closed", "Santos the expulsions condemned
            # and …" (the first ends in its verb, the second starts with a new phrase)
            # (or by a comma, in a list of such clauses: "Tehran the Pakistani charge
            # d'affaires summoned, the attack condemned and an explanation demanded")
            or (
                tok.text == ","
                and tok.i - start > 3
                and _ends_clause(tok.nbor(-1))
                and tok.nbor().pos_ == "DET"
                and _verb_final_after(sent, tok.i)
                # (not the comma that closes a relative on the subject: "The Czech
                # minister, who since April the duties held, the Russian ambassador
                # summoned")
                and not any(
                    t.lower_ in _RELATIVE for t in sent.doc[max(sent.start, start - 1) : tok.i]
                )
            )
            # "the Ministry of Foreign Affairs of Iran the Polish charge d'affaires summoned,
            # in protest against the conference": a translated clause ends in its verb
            # before a comma and a phrase of why or how, which is no part of its object
            or (
                tok.text == ","
                and tok.i - start > 3
                and _ends_clause(tok.nbor(-1))
                and _preposition(tok.nbor())
                and tok.i >= inserted_end
                and not any(
                    t.lower_ in _RELATIVE for t in sent.doc[max(sent.start, start - 1) : tok.i]
                )
            )
            # "Concerning the problem that a destroyer the radar at a plane irradiated, the
            # assertions of the two sides run …": a clause opened by "that" that ends in its
            # verb before a comma ends there, and a new phrase begins the main clause
            or (
                tok.text == ","
                and tok.i - start > 3
                and sent.doc[start - 1].lower_ == "that"
                and _ends_clause(tok.nbor(-1))
                and tok.nbor().pos_ in ("DET", "PROPN")
            )
            or (
                tok.pos_ == "CCONJ"
                and tok.i - start > (2 if listed else 3)
                and _ends_clause(tok.nbor(-1))
                # (or with a phrase of place or source: "… the ambassador recalled and from
                # the Moroccan side an explanation demanded")
                # (or an adverb: "… accused and once again the withdrawal … demanded")
                and (
                    tok.nbor().pos_ in _NOUN_START
                    or _preposition(tok.nbor())
                    or tok.nbor().pos_ == "ADV"
                )
            )
        ):
            out.append(sent.doc[start : tok.i])
            start = tok.i + 1
            # (a split at an "if" or "unless" is made only by a final condition)
            conditional = tok.pos_ == "SCONJ" and tok.lower_ in ("if", "unless")
            # (the clauses of a list after a comma may be short: "the attack condemned")
            listed = tok.text == ","
    out.append(sent.doc[start : sent.end])
    return [clause for clause in out if len(clause)]


def _verb_final_after(sent: Span, comma: int) -> bool:
    """What follows ``comma``, to the next punctuation or conjunction, ends in a final verb
    with no other finite verb before it: another translated clause of a list."""
    doc = sent.doc
    stop = next(
        (t.i for t in doc[comma + 1 : sent.end] if t.is_punct or t.pos_ == "CCONJ"), sent.end
    )
    rest = [t for t in doc[comma + 1 : stop] if not (t.tag_ == "RP" or t.dep_ == "prt")]
    return (
        len(rest) > 1
        and _final_verb(rest[-1])
        and not any(t.tag_ in ("VBD", "VBZ", "VBP") and _final_verb(t) for t in rest[:-1])
    )


def _pied_relative(comma: Token, end: int) -> int | None:
    """Where the clause after ", in which" or ", in the course of which" starts (past the
    relative pronoun), or None."""
    doc = comma.doc
    # (", to which": the model may read that "to" as an infinitive's)
    if comma.i + 2 >= end or (doc[comma.i + 1].pos_ != "ADP" and doc[comma.i + 1].tag_ != "TO"):
        return None
    for at in range(comma.i + 2, min(comma.i + 7, end - 1)):
        if doc[at].lower_ in ("which", "whom"):
            return at + 1
        if doc[at].pos_ not in ("DET", "NOUN", "ADJ", "ADP"):
            return None
    return None


_INSERTS = {"which", "who", "whom", "including"}


def _inserted_relative(sent: Span, comma: int) -> range | None:
    """The relative clause set off by commas between a translated clause's object and its
    final verb, from its opening ``comma`` to its closing one: "Obama the visit to Moscow,
    which for September was planned, cancelled", "the North side the office, which in 2018
    was opened, blew up" (the relative belongs to the object; the clause goes on after it);
    a list or an apposition set off so too: "the staff of the embassy, including the
    ambassador, to leave ordered". None when what follows the closing comma does not end in
    the clause's verb."""
    doc = sent.doc
    if comma + 1 >= sent.end or comma == sent.start:
        return None
    # (or an apposition on a name: "the blogger Roman Protasevich, the former editor of
    # Nexta, together with his companion detained")
    apposition = doc[comma - 1].pos_ == "PROPN" and doc[comma + 1].lower_ in ("the", "a", "an")
    if doc[comma + 1].lower_ not in _INSERTS and not apposition:
        return None
    if _phrase_end(doc, sent.start, comma) >= comma:
        return None  # a relative on the subject: "Lavrov, who was in Ankara, … described"
    # the closing comma: the first after which the rest, to the next punctuation or
    # conjunction, ends in the clause's verb (and its particle) with no other finite verb (a
    # list may hold commas of its own: ", including the line of the office, the military
    # lines and the hotline, cut off")
    listed = doc[comma + 1].lower_ == "including"
    for close in (t.i for t in doc[comma + 2 : sent.end] if t.is_punct):
        if doc[close].text != ",":
            return None
        stop = next(
            (t.i for t in doc[close + 1 : sent.end] if t.is_punct or t.pos_ == "CCONJ"), sent.end
        )
        rest = [t for t in doc[close + 1 : stop] if not (t.tag_ == "RP" or t.dep_ == "prt")]
        if (
            rest
            and _final_verb(rest[-1])
            and not any(t.tag_ in ("VBD", "VBZ", "VBP") and _final_verb(t) for t in rest[:-1])
        ):
            return range(comma, close + 1)
        if not listed:
            return None
    return None


# Conjunctions that open a clause of time or cause set before the main one.
_FRONTING = {"after", "when", "once", "since", "because", "although", "though", "while", "as"}


def _opens_fronted_clause(sent: Span) -> bool:
    """The sentence opens with a clause of time or cause ("After it became known that …,
    the Ministry …"), which a translation ends in its verb before the comma."""
    first = sent[0]
    return first.lower_ in _FRONTING and first.pos_ == "SCONJ"


def _final_condition(tok: Token) -> bool:
    """``tok`` opens a clause of condition that ends in its verb before a comma ("if the North
    side the situation further worsens, …")."""
    if tok.lower_ not in ("if", "unless") or tok.pos_ != "SCONJ":
        return False
    comma = next((t for t in tok.doc[tok.i + 1 : tok.sent.end] if t.is_punct), None)
    if comma is None or comma.text != "," or comma.i - tok.i < 5:
        return False
    return _final_verb(comma.nbor(-1)) and comma.nbor(-1).tag_ in ("VBZ", "VBP", "VBD")


def _ends_clause(tok: Token) -> bool:
    """``tok`` is a past verb that can end a translated clause ("… the attack blamed"); a
    participle after an adjective and before a conjunction does too ("the decision as
    unjustified regretted and …")."""
    after_adjective = tok.i > 0 and tok.nbor(-1).pos_ == "ADJ"
    if tok.pos_ == "ADJ":
        return _final_verb(tok)
    return (
        tok.pos_ == "VERB"
        and tok.tag_ in ("VBD", "VBN")
        and (not _modifier(tok) or after_adjective)
    )


def _preposition(tok: Token) -> bool:
    """``tok`` opens a prepositional phrase (not "of", which continues a noun)."""
    return tok.pos_ == "ADP" and tok.lower_ != "of"


def _verb_group(clause: Span, shortest: int = 4) -> list[Token] | None:
    """The verb group the clause ends in ("rejected", "did not bring", "was received"), in a
    clause of at least ``shortest`` words."""
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    # "… a Russian helicopter shot down": the particle ends the group
    particle = words[-1:] if words and (words[-1].tag_ == "RP" or words[-1].dep_ == "prt") else []
    words = words[: len(words) - len(particle)]
    if not particle and (behind := _auxiliaries_behind(words)) is not None:
        return behind
    if len(words) < shortest or not (_final_verb(words[-1]) or _present_read_as_plural(words)):
        return None
    group = [words[-1], *particle]
    for tok in reversed(words[1:-1]):
        if tok.pos_ not in _GROUP_POS:
            break
        group.insert(0, tok)
    # a bare verb ends a clause only after an auxiliary, unless its form is no bare form
    # (the model tags "the Abiy to Asmara flew" VB at times)
    bare = not (words[-1].lower_.endswith("ed") or words[-1].lower_ in _IRREGULAR_PAST)
    if words[-1].tag_ == "VB" and bare and not any(t.pos_ == "AUX" for t in group):
        return None
    return group


def _present_read_as_plural(words: list[Token]) -> bool:
    """The clause ends in a present tense the model took for a plural noun, and has no
    verb of its own: "that China the level of the relations with Lithuania lowers", "that
    Beijing this step firmly opposes" (after "that", a clause needs a verb)."""
    last = words[-1]
    if last.tag_ != "NNS" or not last.lower_.endswith("s") or last.lower_.endswith("ss"):
        return False
    if any(t.pos_ in ("VERB", "AUX") and not _participle_of_noun(t) for t in words[:-1]):
        return False
    doc = last.doc
    start = words[0].i
    if start == 0 or doc[start - 1].lower_ != "that":
        return False
    if any(doc[k].text == "," for k in range(start, last.i)):
        # "that it the import … suspends, a measure which the restrictions on ten
        # prefectures …": the plural after the comma is a noun phrase set beside the clause
        return False
    return words[0].pos_ in ("PROPN", "DET") or _pronoun_before_object(words)


def _pronoun_before_object(words: list[Token]) -> bool:
    """The clause's subject is a pronoun with the object's phrase right after it: "that it
    the import of all aquatic products from Japan suspends"."""
    return len(words) > 2 and words[0].lower_ in _SUBJECT_PRONOUNS and words[1].pos_ == "DET"


def _auxiliaries_behind(words: list[Token]) -> list[Token] | None:
    """The verb group of a translated passive or future that puts its auxiliaries after the
    participle, in English order ("… from the tender excluded will be" -> "will be excluded",
    "… as persons non grata declared are", "… closed will not be"), or None."""
    k = len(words)
    while k > 0 and _auxiliary(words[k - 1]):
        k -= 1
    behind = words[k:]
    if k < 4 or not any(t.lower_ in _BE for t in behind):
        return None
    participle = words[k - 1]
    if participle.pos_ != "VERB" or participle.tag_ not in ("VBN", "VBD"):
        return None
    return [*behind, participle]


def _auxiliary(tok: Token) -> bool:
    return tok.lower_ in _AFTER_PARTICIPLE and tok.pos_ in ("AUX", "PART")


def _start_of(group: list[Token]) -> int:
    return min(t.i for t in group)


def _end_of(group: list[Token]) -> int:
    return max(t.i for t in group)


def _final_verb(tok: Token) -> bool:
    """``tok`` is a verb form that can end a translated clause: a verb the model tagged so,
    or an irregular past it took for a noun at the end of a long noun phrase ("the North side
    all the lines with the South cut off", "… the use of the air space forbade")."""
    if tok.pos_ == "VERB":
        return tok.tag_ in _FINAL_TAGS
    if tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and tok.i > 0:
        # a participle the model read as an adjective after a noun: "this step as a
        # provocation qualified and …" (English puts such an adjective before its noun), "the
        # decision as unjustified qualified"
        before = tok.nbor(-1)
        judged = before.pos_ == "ADJ" and tok.i > 1 and tok.nbor(-2).lower_ == "as"
        return before.pos_ in ("NOUN", "PROPN") or judged
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in _IRREGULAR_PAST


def _copula_group(clause: Span) -> list[Token] | None:
    """A clause that ends in a predicate and a form of "be" ("Moscow by this decision
    disappointed is", "Washington with the result extremely unhappy was"): the predicate, the
    adverbs before it and "be", in the order of the text; else None."""
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    if len(words) < 4 or words[-1].lemma_ != "be" or words[-1].pos_ != "AUX":
        return None
    said = words[-2]
    if said.tag_ not in ("JJ", "VBN", "VBD"):
        return None
    group = [said, words[-1]]
    for tok in reversed(words[1:-2]):
        if tok.pos_ != "ADV":
            break
        group.insert(0, tok)
    return group


def _verb_like(tok: Token) -> bool:
    """A word that starts another clause: a verb (not a participle used as an adjective) or
    a subordinating word other than "as" ("… as a violation … rejected")."""
    if tok.pos_ == "SCONJ":
        return tok.lower_ != "as"
    # an infinitive that completes a noun stays in its phrase: "the measure as an attempt to
    # distract … criticised", "the decision to withdraw welcomed"
    # (and so does one after a name or a pronoun: "Pyongyang to refrain … urged", "him to
    # return called", the one urged to act)
    if tok.tag_ == "VB" and tok.i > 1 and tok.nbor(-1).tag_ == "TO":
        if tok.nbor(-2).pos_ in ("NOUN", "PROPN", "PRON"):
            return False
    return tok.pos_ in ("VERB", "AUX") and not _modifier(tok)


def _modifier(tok: Token) -> bool:
    """A participle used as an adjective ("the coming thaw", "the disputed islands"), or a
    noun tagged as a verb after a determiner ("these reports"), or a present participle
    that qualifies the noun before it ("the products originating in Japan")."""
    after = tok.nbor(-1).pos_ if tok.i > 0 else ""
    return (
        (tok.tag_ in ("VBG", "VBN") and after in ("DET", "ADJ"))
        or (tok.tag_ in ("VBZ", "VBP", "VB") and after == "DET")
        or _participle_of_noun(tok)
    )


def _participle_of_noun(tok: Token) -> bool:
    """A present participle the parser hangs on the noun before it, with a phrase of its
    own after it: "that it the import of all aquatic products originating in Japan
    suspends", "the ships sailing to the port" (never the verb that ends a translated
    clause, which is past or present)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "acl"
        and tok.i > 0
        and tok.nbor(-1).pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "prep" for c in tok.children)
    )


def _joining_hyphen(tok: Token) -> bool:
    """``tok`` is a hyphen inside a word ("Danish-Swedish", "far-right"), not a dash."""
    return (
        tok.text == "-"
        and 0 < tok.i < len(tok.doc) - 1
        and not tok.whitespace_
        and not tok.nbor(-1).whitespace_
    )


def _phrase_end(doc: Doc, i: int, stop: int) -> int:
    """Where the noun phrase starting at token ``i`` ends (before ``stop``): at a comma, at a
    preposition other than "of", or where a determiner or pronoun follows its noun ("Tokyo |
    this ruling", "The Kremlin | these reports")."""
    noun = False
    start = i
    while i < stop:
        tok = doc[i]
        if _joining_hyphen(tok) and i > start and i + 1 < stop:
            # "the secretary-general", "the vice-president": one word; "the Danish-Swedish
            # far-right politician": an adjective so joined goes on to its noun
            noun = doc[i + 1].pos_ != "ADJ"
            i += 2
            continue
        listed = (  # "of Egypt, Sudan and Ethiopia": a comma inside a list of names
            tok.text == ","
            and noun
            and any(doc[k].lower_ == "of" for k in range(start, i))
            and doc[i - 1].pos_ == "PROPN"
            and i + 1 < stop
            and (
                doc[i + 1].pos_ == "PROPN"
                # "of the United States, the United Kingdom and Australia"
                or (doc[i + 1].lower_ == "the" and i + 2 < stop and doc[i + 2].pos_ == "PROPN")
            )
        )
        if listed:
            i += 2 if doc[i + 1].lower_ == "the" else 1
            continue
        if noun and doc[i - 1].lower_ in _TIME_ENDS and tok.pos_ in ("NOUN", "PROPN"):
            break  # "On the same day | Presidents Obama and Putin …": a time noun ends it
        if tok.tag_ == "POS" and noun:  # "of the Workers' Party": a possessive goes on
            i += 1
            noun = False
            continue
        if tok.is_punct or (tok.pos_ == "ADP" and tok.lower_ != "of"):
            break
        if noun and (tok.pos_ in ("DET", "PRON", "ADJ") or tok.tag_ == "PRP$" or _count(tok)):
            # (a count or an adjective after a noun starts the next phrase: "the aviation |
            # dozens of", "the demonstrators | Japanese shops")
            break
        if tok.pos_ not in (*_NOUN_START, "PART", "ADP", "CCONJ") and not _modifier(tok):
            break
        # (a count goes on to what it counts: "ten Russian diplomats" is one phrase)
        counting = tok.pos_ == "NUM" and _count(tok)
        noun = (tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and not counting) or (
            noun and tok.pos_ == "PART"
        )
        i += 1
        if tok.tag_ == "PRP" and tok.lower_ in _SUBJECT_PRONOUNS:
            break
    return i


def _date_before_name(doc: Doc, i: int, stop: int) -> int | None:
    """Where a name starts right after the date a leading preposition opens ("On 17 September
    | President Macron …", "On Monday | Deputy Prime Minister Kurtulmus …", "On the next day
    | Moscow …"), or None (the model runs date and name together into one phrase)."""
    at = i
    while at < stop and (doc[at].like_num or doc[at].lower_ in _DATE_LEAD):
        at += 1
    dated = any(
        doc[k].like_num or doc[k].lower_ in _DATE_WORDS or doc[k].lower_ in _DAY_NOUNS
        for k in range(i, at)
    )
    return at if dated and at < stop and doc[at].pos_ == "PROPN" else None


def _title_end(doc: Doc, end: int, stop: int, spans: dict[int, int]) -> int:
    """Where a subject ends whose title goes on in a capitalised "for" phrase before the name
    ("the Minister for Europe and Foreign Affairs of France Jean-Yves Le Drian | the
    decision … described", "the Secretary for Defence Ben Wallace"); else ``end``."""
    if end >= stop or doc[end].lower_ != "for" or not doc[end - 1].is_title:
        return end
    at, named = end + 1, False
    while at < stop:
        if at in spans:
            at, named = spans[at], True
        elif doc[at].is_title or doc[at].lower_ in ("and", "of", "the", "-"):
            at += 1
        else:
            break
    return at if named and at < stop and doc[at - 1].pos_ == "PROPN" else end


def _count(tok: Token) -> bool:
    """``tok`` counts what follows: "dozens of", "twenty rockets" (not "Resolution 2231"),
    "more than one thousand Colombians", "some 300 migrants"."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    ahead = tok.doc[tok.i + 1 : tok.i + 4]
    if tok.lower_ in _ROUGHLY and any(t.pos_ == "NUM" for t in ahead):
        return True
    # ("59 cruise missiles": the plural may come after a noun or two)
    counted = next((t for t in ahead if t.pos_ not in ("NOUN", "PROPN", "ADJ")), None)
    plural = any(t.tag_ == "NNS" for t in ahead if counted is None or t.i < counted.i)
    return tok.lower_ in _COUNTED or (
        tok.pos_ == "NUM" and after is not None and (after.tag_ == "NNS" or plural)
    )


def _named(indices: Iterable[int], named: Collection[int]) -> bool:
    return any(i in named for i in indices)


def _a_name(phrase: Span, named: Collection[int]) -> bool:
    """``phrase`` is an actor's name and nothing else, an article aside ("Turkey", "the
    United States"; not "the operation", "the troops of Russia")."""
    words = [t.i for t in phrase if t.pos_ != "DET"]
    return bool(words) and all(i in named for i in words)


def _owned_thing(phrase: Span, named: Collection[int]) -> bool:
    """``phrase`` names a thing whose owner only its "of" phrase names: "the airspace of
    Iran", "the territory of Syria" (not "the Ministry of Foreign Affairs of Iran", a body
    named before its "of")."""
    of = next((t.i for t in phrase if t.lower_ == "of"), None)
    return of is not None and not _named(range(phrase.start, of), named)


def new_order(sent: Span, named: Collection[int] = ()) -> tuple[list[int], list[int]] | None:
    """The token indices of ``sent`` in English order and the indices of the verbs moved,
    or None when no clause of it is a translated verb-final one (see the module docstring);
    ``named``: indices of actor tokens."""
    if not any(_clause_final(tok) for tok in sent):
        return None
    order: list[int] = []
    verbs: list[int] = []
    at = sent.start
    for clause in _clauses(sent):
        # "… new sanctions introduced and ten Russian diplomats expelled": a count after a
        # bare "and" is the object of the subject's second act, not a subject of its own
        counted = bool(verbs) and at == clause.start - 1 and _count(clause[0])
        shared = _conjunct_order(clause, named) if counted else None
        if shared:
            order += list(range(at, clause.start)) + shared
            at = clause.end
            continue
        found = _clause_order(clause, named)
        if found is None and (cut := _infinitive_tail(clause)) is not None:
            # "… the President Tebboune invited to work together …": the clause ends in its
            # verb before the infinitive the verb governs, which stays after the verb
            found = _clause_order(clause.doc[clause.start : cut], named, bare=False)
            if found is not None:
                found = (found[0] + list(range(cut, clause.end)), found[1])
        if found is None and (cut := _comma_tail(clause)) is not None:
            # "which Washington on 18 April against Iran imposed, | were the first …", "Modi
            # on 21 August to Poland travelled, | the first visit …": the clause ends in its
            # verb at a comma; what follows is not its own and keeps its order
            found = _clause_order(clause.doc[clause.start : cut], named)
            if found is not None:
                found = (found[0] + list(range(cut, clause.end)), found[1])
        if found is not None:
            order += list(range(at, clause.start)) + found[0]
            verbs.append(found[1])
            at = clause.end
        elif verbs and at == clause.start - 1 and (shared := _conjunct_order(clause, named)):
            # (its verb shares the subject of the clause before, so it is no moved verb
            # that must have a subject of its own)
            order += list(range(at, clause.start)) + shared
            at = clause.end
        elif (after := _after_relative(clause)) is not None:
            # "Cavusoglu, who to Metz flew, there the Netherlands as … described": the rest
            # after the relative clause is the subject's own, its verb moved before its object
            cut, rest, verb = after
            order += list(range(at, cut)) + rest
            verbs.append(verb)
            at = clause.end
    if not verbs:
        return None
    return order + list(range(at, sent.end)), verbs


def _named_party(words: list[Token], named: Collection[int]) -> bool:
    """``words`` name one place or party: "Asmara", "the President Felix Tshisekedi" (a
    title before a name); not two named side by side ("in the Kremlin Erdogan": a place,
    then the object)."""
    if _two_names(words):
        return False
    if all(t.pos_ == "PROPN" for t in words):
        return True
    return (
        len(words) > 1
        and words[0].pos_ == "DET"
        and words[-1].pos_ == "PROPN"
        and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words[1:])
        and _named((t.i for t in words), named)
    )


# Prepositions of the place or party a verb with no object goes to or acts at.
_GOAL = {"to", "in", "at"}


def _party_last(words: list[Token], named: Collection[int]) -> list[int]:
    """The indices of the phrase that closes ``words`` and names the place or party a verb
    with no object goes to ("to Kathmandu", "in Beijing"), when all the words before it are
    phrases opened by a preposition ("for a meeting of the joint commission", "on Monday for
    his seventh trip since the war"); else an empty list (not "with drones | the refinery |
    in Ryazan": an object before the place)."""
    if len(words) < 4 or words[0].tag_ != "IN":
        return []
    at = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower_ in _GOAL), None)
    if at is None or not _named_party(words[at + 1 :], named):
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in words[:at]):
        return []
    # (a first phrase that is a party's own keeps its order: "Lavrov with Wang Yi in Moscow
    # met"; not a party in a phrase of purpose: "for talks with Modi")
    first = _phrase_end(words[0].doc, words[0].i + 1, words[at].i)
    if _named(range(words[0].i + 1, first), named):
        return []
    # (a new noun phrase right after a noun, with no preposition between, is an object)
    if any(
        _opens_phrase(t) and words[k - 1].pos_ in ("NOUN", "PROPN")
        for k, t in enumerate(words[1:at], 1)
    ):
        return []
    return [t.i for t in words[at:]]


def _opens_phrase(tok: Token) -> bool:
    """``tok`` can only open a noun phrase: an article, a possessive pronoun, a count."""
    return tok.pos_ == "DET" or tok.tag_ == "PRP$" or _count(tok)


def _two_names(words: list[Token]) -> bool:
    """``words`` hold two actor names one right after the other: "the Kremlin Erdogan"."""
    if not words:
        return False
    doc = words[0].doc
    inside = {t.i for t in words}
    spans = [
        s
        for s in doc.spans.get(ACTOR_SPANS, ())
        if s.label_ == "ACTOR" and s.start in inside and s.end - 1 in inside
    ]
    return any(a.end == b.start for a in spans for b in spans)


# Nouns of "in answer", "in response": why a translated clause's act was done.
_IN_REPLY = {"answer", "response", "reply", "return", "retaliation", "protest", "turn"}


# Prepositions whose phrase alone may stand before a translated verb with no object: "the
# two sides to the disengagement agreed", "the ministry against this map protested".
_LONE_PHRASES = {"to", "against"}


def _to_phrase(words: list[Token]) -> bool:
    """``words`` are one "to" (or "against") phrase and nothing else, its noun's phrases of
    place or of what included: "to the expeditious disengagement of the border personnel at
    the site of the face-off", "against the new map of the neighbour" (not "to Kyiv |
    additional aid")."""
    if (
        len(words) < 2
        or words[0].lower_ not in _LONE_PHRASES
        or any(_verb_like(t) for t in words[1:])
    ):
        return False
    doc, stop = words[0].doc, words[-1].i + 1
    at = _phrase_end(doc, words[0].i + 1, stop)
    while at < stop and _preposition(doc[at]):
        at = _phrase_end(doc, at + 1, stop)
    return at == stop


def _means(words: list[Token]) -> bool:
    """``words`` are a bare phrase of the means talks go by: "by telephone", "by phone",
    "via video link" ("Obama and Putin by telephone spoke")."""
    return (
        words[0].lower_ in ("by", "via", "over")
        and len(words) <= 3
        and all(t.pos_ in ("NOUN", "ADJ") for t in words[1:])
    )


def _infinitive_tail(clause: Span) -> int | None:
    """Where the infinitive phrase after a clause's last verb starts ("the President Tebboune
    invited | to work together for …"), or None: a past verb followed by "to" and a bare verb,
    with no other verb of its own clause after it."""
    for tok in clause[:-2]:
        # (or a denied one: "the Indian side warned | not to have any illusions")
        skip = 1 if tok.nbor().lower_ in ("not", "never") and tok.i + 3 < clause.end else 0
        if (
            tok.pos_ == "VERB"
            and tok.tag_ in ("VBD", "VBN")
            and tok.nbor(1 + skip).tag_ == "TO"
            and tok.nbor(2 + skip).tag_ == "VB"
        ):
            rest = clause.doc[tok.i + 3 + skip : clause.end]
            if not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in rest):
                return tok.i + 1
    return None


def _comma_tail(clause: Span) -> int | None:
    """Where a translated clause that ends in its verb at its first comma stops, when what
    follows the comma is not its own: the main clause after a relative one opened by its
    object ("The sanctions, which Washington on 18 April against Iran imposed, | were the
    first …", "the treaty, which Putin and Kim in Pyongyang signed, | obliges …"), or a noun
    phrase set beside it ("Modi on 21 August to Poland travelled, | the first visit of …");
    else None."""
    doc = clause.doc
    comma = next((t.i for t in clause if t.text == ","), None)
    if comma is None or comma - clause.start < 3 or comma + 1 >= clause.end:
        return None
    if _final_group(doc[clause.start : comma]) is None:
        return None
    relative = clause.start > 0 and doc[clause.start - 1].lower_ in ("which", "whom")
    rest = doc[comma + 1 : clause.end]
    # (the noun set beside may carry a relative clause of its own: "…, a measure which the
    # restrictions that it until then applied by far exceeds")
    own = next((t.i for t in rest if t.tag_ in ("WDT", "WP")), rest.end)
    beside = rest[0].pos_ == "DET" and not any(_verb_like(t) for t in doc[rest.start : own])
    return comma if relative or beside else None


def _outside_relatives(words: list[Token]) -> list[Token]:
    """``words`` up to the relative clause a noun of the object carries ("new sanctions
    against Chinese firms | that supply drone parts to Russia | imposed"): its verb is the
    noun's, not a second verb of the translated clause."""
    at = next(
        (
            k
            for k, t in enumerate(words[1:], 1)
            if t.lower_ in ("that", "which", "who")
            and t.tag_ in ("WDT", "WP")
            and words[k - 1].pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    return words if at is None else words[:at]


def _final_group(span: Span, shortest: int = 4) -> list[Token] | None:
    """The verb group that ends ``span`` (before its closing punctuation), or None."""
    group = _verb_group(span, shortest)
    if group is None or _end_of(group) != span.end - 1 and not span.doc[span.end - 1].is_punct:
        return None
    return group


def _past_settings(doc: Doc, start: int, stop: int) -> int:
    """The first index from ``start`` past the phrases of place or source and the adverbs
    that open a translated clause before its object."""
    while start < stop and (_preposition(doc[start]) or doc[start].pos_ == "ADV"):
        start = _phrase_end(doc, start + 1, stop) if _preposition(doc[start]) else start + 1
    return start


def _conjunct_order(clause: Span, named: Collection[int]) -> list[int] | None:
    """The token indices of a translated clause with no subject of its own, joined by a bare
    "and" (or a list's comma) to a translated clause before it, in English order, or None:
    "… recalled and from the Moroccan side an explanation demanded" (the verb, its object,
    then the phrase of place or source), "… regretted and the pretexts on which it rests as
    absurd rejected"."""
    doc = clause.doc
    before = doc[clause.start - 1]
    # (or by a comma in a list of them: "… the charge d'affaires summoned, the attack
    # condemned and an explanation demanded")
    listed = before.text == "," and clause.start > 1 and _ends_clause(doc[clause.start - 2])
    if before.pos_ != "CCONJ" and not listed:
        return None
    # (a clause of a list may be as short as "the attack condemned")
    group = _final_group(clause, shortest=3)
    if group is None:
        return None
    stop = _start_of(group)
    start = _past_settings(doc, clause.start, stop)  # "from the Moroccan side", "once again"
    tail = list(range(_end_of(group) + 1, clause.end))
    if start >= stop and _to_phrase(list(doc[clause.start : stop])):
        # "… had maintained and to the disengagement of the troops agreed": the verb, then
        # the "to" phrase it governs
        return [t.i for t in group] + list(range(clause.start, stop)) + tail
    if start >= stop or doc[start].pos_ not in ("DET", "PRON", "ADJ", "NOUN", "NUM"):
        return None
    # a subject of its own: "and Russia the offer rejected", "and the Kremlin the offer
    # rejected" (not a phrase an actor only qualifies: "and the staff of the Latvian embassy
    # … to leave ordered")
    if (doc[start].tag_ == "PRP" or _named(range(start, min(start + 2, stop)), named)) and not (
        _count(doc[start])
    ):
        return None
    lead = list(range(clause.start, start))
    return [t.i for t in group] + list(range(start, stop)) + lead + tail


def _after_relative(clause: Span) -> tuple[int, list[int], int] | None:
    """For a clause opened by the relative pronoun of a subject set off by commas ("X, who
    to Metz flew, there at a meeting the Netherlands as … described", "Y, who since April
    the post held, his planned trip to Moscow cancelled"), where the main clause goes on
    after the relative clause's comma: that comma's index + 1, the rest in English order
    (verb group, object, the phrases before it), and the verb; else None."""
    doc = clause.doc
    if clause.start < 2 or doc[clause.start - 1].lower_ not in ("who", "which"):
        return None
    if doc[clause.start - 2].text != ",":
        return None
    comma = next((t.i for t in clause if t.text == ","), None)
    if comma is None:
        return None
    rest = doc[comma + 1 : clause.end]
    group = _final_group(rest)
    if group is None:
        return None
    stop = _start_of(group)
    # "there at a meeting with the citizens": where, before the object
    start = _past_settings(doc, rest.start, stop)
    if start >= stop or doc[start].pos_ not in ("DET", "PRON", "ADJ", "NOUN", "NUM", "PROPN"):
        return None
    if any(_verb_like(t) for t in doc[start + 1 : stop]):
        return None
    lead = list(range(rest.start, start))
    tail = list(range(_end_of(group) + 1, rest.end))
    verb = _moved_verb(group)
    return comma + 1, [t.i for t in group] + list(range(start, stop)) + lead + tail, verb


def _moved_verb(group: list[Token]) -> int:
    """The index of the verb a verb group moves: its last verb, or a final verb the model
    tagged otherwise ("forbade", "lowers" read as nouns): else the group's last word."""
    return next((t.i for t in reversed(group) if t.pos_ == "VERB" or _final_verb(t)), group[-1].i)


def _clause_final(tok: Token) -> bool:
    """``tok`` is a verb that may end a clause: what follows is punctuation, a conjunction,
    a particle or nothing (a quick test before the clauses are looked at)."""
    if not _final_verb(tok) and not (tok.pos_ == "AUX" and tok.lemma_ == "be"):
        # (a predicate and "is" end a clause too: see _copula_group; and a present tense
        # read as a plural: see _present_read_as_plural)
        if tok.tag_ != "NNS":
            return False
    doc = tok.doc
    at = tok.i + 1
    if tok.tag_ in ("VBN", "VBD"):  # "… excluded will be": see _auxiliaries_behind
        while at < len(doc) and _auxiliary(doc[at]):
            at += 1
        if not any(doc[k].lower_ in _BE for k in range(tok.i + 1, at)):
            at = tok.i + 1
    after = doc[at] if at < len(doc) else None
    return (
        after is None
        or after.is_punct
        or after.is_space
        or after.pos_ == "CCONJ"
        or after.dep_ == "prt"
        or after.lower_ == "that"
        # "… Tebboune invited to work together": see _infinitive_tail
        or (after.tag_ == "TO" and at + 1 < len(doc) and doc[at + 1].tag_ == "VB")
        # ("… warned not to repeat": a denied infinitive)
        or (
            after.lower_ in ("not", "never")
            and at + 2 < len(doc)
            and doc[at + 1].tag_ == "TO"
            and doc[at + 2].tag_ == "VB"
        )
    )


def _list_end(doc: Doc, end: int, stop: int, spans: dict[int, int]) -> int:
    """Where a subject that is a list of names ends: "Saudi Arabia, the United Arab Emirates,
    Bahrain and Egypt the relations with Qatar broke off" (the names after the first, joined
    by commas and "and", belong to it); else ``end``."""
    at, last = end, end
    while at < stop and doc[at].lower_ in (",", "and"):
        at += 1
        if at < stop and doc[at].lower_ == "the" and at + 1 in spans:
            at += 1
        if at not in spans or spans[at] >= stop:
            break
        at = last = spans[at]
    return last


_LATER = {"later", "earlier", "ago", "after", "afterwards", "before"}
_TIME_LEAD = _TIME_NOUN_WORDS | _LATER


def _attribution_lead(doc: Doc, at: int, stop: int) -> bool:
    """An "according to …" phrase starts at ``at`` and a comma closes it before ``stop``."""
    return (
        doc[at].lower_ == "according"
        and at + 1 < stop
        and doc[at + 1].lower_ == "to"
        and any(doc[i].text == "," for i in range(at + 2, stop))
    )


def _past_time_lead(clause: Span, stop: int) -> int:
    """Where the clause goes on after a time phrase set off by a comma ("Three days later,
    in the night to 7 April, the American warships … launched"); else its start."""
    doc = clause.doc
    at = clause.start
    while at < stop and (doc[at].ent_type_ in _TIME or doc[at].lower_ in _TIME_LEAD):
        at += 1
    return at + 1 if at > clause.start and at < stop and doc[at].text == "," else clause.start


def _clause_order(
    clause: Span, named: Collection[int], bare: bool = True
) -> tuple[list[int], int] | None:
    """The token indices of ``clause`` in English order and the index of its verb, or None
    when it is no translated verb-final clause; ``bare``: the verb may have no object ("the
    Abiy to Asmara flew"; not a verb before its infinitive: "X for Y refused | to respond")."""
    group = _verb_group(clause)
    copula = _copula_group(clause) if group is None else None
    if copula is not None:
        group = copula
    if group is None:
        return None
    doc, stop = clause.doc, _start_of(group)
    start = _past_time_lead(clause, stop)
    # "In Moscow", "During the campaign", "Already in a few hours", "if his plane is stopped,"
    while (
        doc[start].pos_ in ("ADP", "ADV", "SCONJ")
        or doc[start].is_punct
        or _attribution_lead(doc, start, stop)
    ):
        if _attribution_lead(doc, start, stop):
            # "According to diplomatic sources, Turkey the meeting … postponed": whose word
            # it is, set off before the subject
            start = next(i for i in range(start, stop) if doc[i].text == ",") + 1
        elif doc[start].pos_ == "ADP":
            date = start + 1
            while date < stop and doc[date].ent_type_ in _TIME:
                date += 1
            # "On 23 June Kim Jong Un at a meeting …": a date ends before a name after it
            after = _phrase_end(doc, start + 1, stop)
            start = _date_before_name(doc, start + 1, stop) or (
                date if start + 1 < date < after and date in named else after
            )
        elif doc[start].pos_ == "SCONJ":
            # a condition or time clause set off by a comma: "if the plane is stopped, Turkey
            # sanctions … will impose"
            comma = next((i for i in range(start + 1, stop) if doc[i].text == ","), None)
            if comma is None:
                return None
            start = comma + 1
        else:
            start += 1
        if start >= stop:
            return None
    end = _phrase_end(doc, start, stop)
    # "the same night the border closed": a time phrase first is no subject
    if end < stop and all(
        doc[i].ent_type_ in _TIME or doc[i].lower_ in _TIME_NOUN_WORDS for i in range(start, end)
    ):
        start = end
        # "A day later the two leaders …", "A week before, on 12 August, Lapid …"
        while start < stop and (doc[start].pos_ == "ADV" or doc[start].is_punct):
            start += 1
        while start < stop and _preposition(doc[start]):
            start = _phrase_end(doc, start + 1, stop)
            while start < stop and doc[start].is_punct:
                start += 1
        if start >= stop:
            return None
        end = _phrase_end(doc, start, stop)
    # "Yerevan Baku of an attack accused": two names side by side are two phrases
    spans = {s.start: s.end for s in doc.spans.get(ACTOR_SPANS, ()) if s.label_ == "ACTOR"}
    end = _title_end(doc, end, stop, spans)
    if start in spans and spans[start] < end and spans[start] in spans:
        end = spans[start]
    else:
        # "the Federal Migration Service of Russia Snowden asylum granted": a name right
        # after the name that ends the subject's "of" phrase starts the object (not after a
        # title's: "the supreme leader of Iran Ali Khamenei", "the Minister for Europe and
        # Foreign Affairs of France Jean-Yves Le Drian" are one person)
        end = next(
            (
                e
                for b, e in sorted(spans.items())
                if start < b
                and e < end
                and e in spans
                and doc[b - 1].lower_ == "of"
                and b > 1
                and not any(doc[k].lemma_.lower() in _TITLES for k in range(start, b - 1))
            ),
            end,
        )
    end = _list_end(doc, end, stop, spans)
    if end == stop:
        # "the Abiy to Asmara flew": the model tags that "to" a particle, so the phrase ran
        # on into the place
        to = next((i for i in range(start + 1, stop - 1) if doc[i].tag_ == "TO"), None)
        if to is not None and all(doc[i].pos_ == "PROPN" for i in range(to + 1, stop)):
            end = to
    middle = list(range(end, stop))
    if copula is not None:
        # "Moscow by this decision disappointed is": the subject, "is", the predicate, then
        # the phrase of what it is about
        phrase = [doc[i] for i in middle]
        if (
            end == start
            or not phrase
            or not _preposition(phrase[0])
            or any(_verb_like(t) or t.is_punct for t in phrase)
        ):
            return None
        lead, tail = range(clause.start, start), range(group[-1].i + 1, clause.end)
        be, said = group[-1], group[:-1]
        order = [*lead, *range(start, end), be.i, *(t.i for t in said), *middle, *tail]
        return order, be.i
    if middle and doc[middle[0]].is_punct:
        return None  # "Egypt, Ethiopia and Kazakhstan abstained": a list, no object
    if middle and doc[middle[0]].lower_ in _PERFECT:  # "Russia has the statement … criticised"
        group = [doc[middle[0]], *group]
        middle = middle[1:]
    # (a relative set off by commas stays with the object it follows, see _inserted_relative)
    inserted = {
        i
        for t in clause
        if t.text == "," and (rel := _inserted_relative(clause.sent, t.i)) is not None
        for i in rel
    }
    words = [
        doc[i]
        for i in middle
        if not ((doc[i].is_punct and not _joining_hyphen(doc[i])) or doc[i].is_space)
        and i not in inserted
    ]
    # "Beijing and Moscow also the American decision criticised": an adverb before the
    # object stays before the verb
    adverbs: list[int] = []
    while len(words) > 2 and words[0].pos_ == "ADV" and words[1].pos_ in ("DET", "PRON"):
        adverbs.append(words[0].i)
        words = words[1:]
    dated = False
    while len(words) > 2:
        if words[0].pos_ == "ADP" and words[1].ent_type_ in _TIME:
            words = words[1:]  # "Russia on Monday the sanctions … condemned"
            while words and words[0].ent_type_ in _TIME:
                words = words[1:]
            dated = True
        elif len(words) > 3 and words[0].lower_ == "in" and words[1].lower_ in _IN_REPLY:
            # "Moscow on the next day in answer ten American diplomats expelled": a phrase
            # of why stays before the verb, as an adverb does
            adverbs += [words[0].i, words[1].i]
            words = words[2:]
            dated = dated or words[0].pos_ in ("NUM", "ADJ", "NOUN", "PROPN")
        else:
            break
    # "the Abiy to Asmara flew", "the delegation in Beijing arrived": a verb with no object
    # and only a named place or party before it, which goes after it
    passive = any(t.lower_ in _BE for t in group)
    if (
        bare
        and end > start
        and len(words) >= 2
        and (_preposition(words[0]) or words[0].tag_ == "TO")
        # (or any "to" phrase alone before the verb: "the two sides to the disengagement of
        # the troops agreed", "Ankara to the demands yielded")
        and (
            _named_party(words[1:], named)
            or _means(words)
            # (not after a bare "and": there the phrase before it is the object)
            or (_to_phrase(words) and doc[clause.start - 1].pos_ != "CCONJ")
        )
        and not passive
    ):
        verb = _moved_verb(group)
        kept = {t.i for t in words}
        moved = [i for i in middle if i not in kept] + [t.i for t in words]
        lead, tail = range(clause.start, start), range(_end_of(group) + 1, clause.end)
        return [*lead, *range(start, end), *(t.i for t in group), *moved, *tail], verb
    # (not a verb of saying before its "that": "… at a press conference in Algiers
    # announced | that …", "… with a clear address to Addis Ababa warned | that …")
    said = clause.end < len(doc) and doc[clause.end].lower_ == "that"
    if bare and end > start and not passive and not said and (party := _party_last(words, named)):
        # "Blinken on Monday for his seventh trip since the war to Israel came": phrases of
        # time and purpose, then the place or party the verb goes to, which comes first
        # after the verb (the purpose's noun would take it as its own: "the war to Israel")
        verb = _moved_verb(group)
        moved = party + [i for i in middle if i not in party]
        lead, tail = range(clause.start, start), range(_end_of(group) + 1, clause.end)
        return [*lead, *range(start, end), *(t.i for t in group), *moved, *tail], verb
    # "Berlin to Kyiv additional aid allocated", "he with Putin negotiations conducted": a
    # named party before the object goes after it
    named_pp: list[int] = []
    while len(words) > 2 and _preposition(words[0]) and words[1].pos_ == "PROPN":
        if words[2].tag_ == "POS":
            break  # "against Iran's drone programme": the name's noun is the phrase's own
        run = 2
        # (a list of names: "Ankara from Sweden and Finland the extradition … will request")
        while run < len(words) and (
            words[run].pos_ == "PROPN"
            or (
                words[run].lower_ in ("and", ",")
                and run + 1 < len(words)
                and words[run + 1].pos_ == "PROPN"
            )
        ):
            run += 1
        named_pp += [t.i for t in words[:run]]
        words = words[run:]
        # (a date after the party's phrase: "Russia with China in May 2014 … signed"; not a
        # span of time a noun goes on from: "after ten years of talks")
        while len(words) > 2 and words[0].pos_ == "ADP" and words[1].ent_type_ in _TIME:
            past = next((k for k in range(1, len(words)) if words[k].ent_type_ not in _TIME), 0)
            if not past or words[past].lower_ == "of":
                break
            words, dated = words[past:], True
    # "the jets near the Syrian border the Russian bomber shot down": a place phrase between
    # the subject and the object goes after the object
    while len(words) > 3 and _preposition(words[0]):
        after = _phrase_end(doc, words[0].i + 1, stop)
        # a name ends the place phrase where a noun runs on after it: "in the Great Hall of
        # the People | negotiations held"
        after = next(
            (
                e
                for b, e in spans.items()
                if words[0].i < b
                and e < after
                # (or another name: "in the Kremlin | Erdogan received")
                and (doc[e].pos_ in ("NOUN", "ADJ") or e in spans)
                # (not a nationality that qualifies the noun: "near the Syrian border")
                and doc[e - 1].pos_ in ("PROPN", "NOUN")
            ),
            after,
        )
        # the phrase may go on in phrases of its own: "during his visit to Morocco", "in his
        # speech on the occasion of the Throne Day"
        # (and through a participle on its noun: "to all aircraft flying to and from Lithuania")
        # (or in more phrases of place set off by commas: "in the province Sistan-Baluchestan,
        # in the area of Saravan, on the hideouts of the militants precise strikes carried out")
        # ("with the Indian side solemn representations lodged": an object with no article
        # after a party's phrase)
        # (or a bare plural: "in the Great Hall of the People negotiations held")
        bare_object = after < stop and (
            doc[after].pos_ == "ADJ" or _count(doc[after]) or doc[after].tag_ == "NNS"
        )
        listed = False  # phrases of place set off by commas
        while after + 1 < stop and (
            _preposition(doc[after])
            or (doc[after].tag_ == "VBG" and _preposition(doc[after + 1]))
            or (doc[after].text == "," and _preposition(doc[after + 1]))
        ):
            listed = listed or doc[after].text == ","
            skip = 1 + (doc[after].tag_ == "VBG" or doc[after].text == ",")
            after = _phrase_end(doc, after + skip, stop)
        if after + 1 < stop and doc[after].text == "," and after > words[0].i + 1:
            after += 1  # (the comma that closes the last of them)
        # (an object with no article after them: "in the province Sistan-Baluchestan, in the
        # area of Saravan, on the hideouts of the militants precise strikes carried out")
        bare_object = bare_object or (
            listed
            and after < stop
            and (doc[after].pos_ == "ADJ" or _count(doc[after]) or doc[after].tag_ == "NNS")
        )
        rest = [t for t in words if t.i >= after]
        if after == words[0].i + 1 or not rest:
            break
        # ("in the White House Niinisto and Andersson received": a name after the place's
        # own name, each a named actor, is the object)
        named_object = rest[0].i == after and after in spans and doc[after - 1].pos_ == "PROPN"
        if rest[0].pos_ not in ("DET", "PRON") and not (
            (bare_object or named_object) and rest[0].i == after
        ):
            break
        # (with the commas and hyphens inside: "Sistan-Baluchestan, in the area of Saravan,")
        named_pp += [i for i in range(words[0].i, after) if i not in inserted]
        words = rest
    if (
        end == start
        or not words
        or any(_verb_like(t) for t in _outside_relatives(words[1:]))
        or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words)
        or not (
            words[0].pos_ in ("DET", "PRON")
            # "the Israeli aviation dozens of Iranian objects attacked", "twenty rockets"
            or _count(words[0])
            or words[0].i in spans  # the second of two names side by side
            # "whom it of espionage accused", "which Moscow as a provocation described": the
            # relative pronoun is the object, a phrase of what it is charged with or called
            # before the verb
            # (or a phrase of time the model reads as a clause's: "after long talks")
            or (
                words[0].tag_ == "IN"
                and clause.start > 0
                and doc[clause.start - 1].lower_ in ("whom", "which")
            )
            # "in which they Castillo a victim called": a name after a pronoun subject
            or (doc[end - 1].tag_ == "PRP" and (words[0].pos_ == "PROPN" or words[0].i in named))
            # "Putin in December 2015 Trump a talented man called", "Washington on Monday new
            # sanctions … introduced", "Berlin to Kyiv additional aid … allocated"
            or ((dated or named_pp) and words[0].pos_ in ("PROPN", "NOUN", "ADJ", "NUM"))
            # "Turkey heavy sanctions against the Netherlands will impose": an object with no
            # article right after a named subject
            or (words[0].pos_ == "ADJ" and doc[end - 1].pos_ == "PROPN" and end - 1 in named)
            # "this reaction as the evidence … was received", "Crimea by Russia was taken"
            # (not "the operation in Syria had been completed": English)
            or (passive and words[0].lower_ in ("as", "by"))
            # "Rosatom from the tender excluded will be": auxiliaries after the participle
            # mark a translated passive even when only a phrase of place stands before it
            or (passive and _preposition(words[0]) and _start_of(group) != group[0].i)
            # "Turkey from the programme F-35 is excluded": a name takes no phrase of place
            # as its own, so one between a named subject and its passive verb is the verb's
            or (passive and _preposition(words[0]) and _a_name(doc[start:end], named))
        )
    ):
        return None
    subject = list(range(start, end))
    # a date between the subject and the object stays before the verb: "Putin in December
    # 2015 called Trump …"
    when = [i for i in range(middle[0], words[0].i) if i not in named_pp] if dated else []
    when += adverbs
    middle = [i for i in middle if i not in when and i not in named_pp]
    # the party's phrase goes after the object, or right after the verb when the object is
    # the relative pronoun before the subject ("which Russia signed with China in Shanghai")
    middle = named_pp + middle if words[0].tag_ == "IN" else middle + named_pp
    second = _phrase_end(doc, middle[0], stop)
    pronoun = len(subject) == 1 and doc[subject[0]].lower_ in _SUBJECT_PRONOUNS
    if (
        not passive
        and not pronoun  # "he the accusations of the European Union rejected": he rejects
        and not _named(subject, named)
        # (its head a name: not "the North side all the military hotlines … severed")
        and second - 1 in named
        # (not "the drone the airspace of Iran had violated": a thing of a named owner)
        and not _owned_thing(doc[middle[0] : second], named)
    ):
        # "These reports the Japanese government did not confirm": the object comes first
        subject, middle = list(range(middle[0], second)), subject + list(range(second, stop))
    lead = list(range(clause.start, start))
    tail = list(range(_end_of(group) + 1, clause.end))
    verb = _moved_verb(group)
    return lead + subject + when + [t.i for t in group] + middle + tail, verb


_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_DATE_WORDS = _MONTHS | _WEEKDAYS | {"last", "this", "next", "early", "late", "mid", "."}
_DATE_LEAD = _DATE_WORDS | _TIME_NOUN_WORDS
_DAY_NOUNS = {"day", "night", "morning", "evening", "afternoon", "week", "month"}


def dated_leads(sent: Span) -> list[int]:
    """Where commas belong after the leading dates of the sentence and of each clause after
    ", and" (", and on 27 April Kim and Moon met"), see :func:`dated_lead`."""
    return [at for clause in _clauses(sent) if (at := dated_lead(clause)) is not None]


def dated_lead(sent: Span) -> int | None:
    """Where a comma belongs after a leading date that has none, or None: "On 24 December
    Moon and Abe held talks" (the model reads "24 December Moon" as one date, and the verb
    as a modifier of it), "On Friday Treasury Secretary Mnuchin … imposed" (the subject as
    the object of "On"), "On 2 January Saudi Arabia executed" ("2 January Saudi Arabia" as
    one name). Only where the model read it so: no verb with a subject at the root, or the
    date no object of the preposition. ``sent`` may be one clause of a sentence."""
    first = sent[0]
    if first.pos_ == "ADV" and len(sent) > 1:
        first = sent[1]  # "Already on 13 April Biden …", "Then on Monday Kyiv …"
    first = _past_connective(sent, first)
    if first.pos_ != "ADP" or len(sent) < 5:
        return None
    at = first.i + 1
    date = sent.doc[at]
    if date.ent_type_ == "DATE" and date.ent_iob_ == "B":
        # the date entity, when the model marked one: a count after it is the subject's
        # ("On 18 September four militants attacked")
        while (
            at < sent.end - 1
            and sent.doc[at].ent_type_ == "DATE"
            and (at == first.i + 1 or sent.doc[at].ent_iob_ == "I")
        ):
            at += 1
    # (or a day told by a time noun: "On the same day in the Security Council Russia vetoed")
    while at < sent.end - 1 and (
        (sent.doc[at].like_num and not _counts_subject(sent.doc, at))
        or sent.doc[at].lower_ in _DATE_LEAD
    ):
        at += 1
    if not any(
        t.like_num or t.lower_ in _DATE_WORDS or t.lower_ in ("day", "night", "morning", "evening")
        for t in sent.doc[first.i + 1 : at]
    ):
        return None
    at = _past_place(sent, at)
    following = sent.doc[at]
    if following.pos_ not in _SUBJECT_START or following.is_punct:
        return None
    root = sent.root
    subject = root.pos_ in ("VERB", "AUX") and any(
        c.dep_.startswith("nsubj") for c in root.children
    )
    # the date is the preposition's object, as it should be ("On 2 January Saudi Arabia",
    # read as one name, is not)
    dated = any(c.dep_ == "pobj" and c.i < at for c in first.children)
    # "On Thursday Tajik troops fired …": the name read apart from the noun it qualifies
    # (a second object of "On", or a second subject), the subject only the rest of it
    after = sent.doc[at + 1] if at + 1 < sent.end else None
    torn = following.head == first or (
        after is not None and after.pos_ == "NOUN" and following.head != after
    )
    return at if not (subject and dated) or torn else None


# How far an opening connective may run before its comma: "In a related context,", "For its
# part,", "At the same time,", "In this regard,".
_CONNECTIVE_REACH = 5


def _past_connective(sent: Span, first: Token) -> Token:
    """The preposition of a date told after an opening connective and its comma (translated
    "In a related context, on 25 May Erdogan and Merkel met …"), else ``first``: the
    connective names no time and no one, and the date after it leads the clause."""
    if first.pos_ != "ADP":
        return first
    comma = next(
        (t for t in sent[first.i - sent.start : _CONNECTIVE_REACH + 1] if t.text == ","), None
    )
    if comma is None or comma.i + 1 >= sent.end - 4:
        return first
    opening = sent.doc[first.i : comma.i]
    after = sent.doc[comma.i + 1]
    if after.pos_ != "ADP" or any(
        t.pos_ in ("VERB", "AUX", "PROPN", "NUM") or t.ent_type_ for t in opening
    ):
        return first
    return after


# Words a subject after a leading date may begin with: a name, or a count ("On 18
# September four militants attacked").
_SUBJECT_START = {"PROPN", "NUM"}


def _counts_subject(doc: Doc, at: int) -> bool:
    """The number at ``at`` counts the plural noun after it ("four militants", "six Chinese
    coast guard ships"), not a day."""
    if doc[at].ent_type_ == "DATE":
        return False
    for tok in doc[at + 1 : at + 6]:
        if tok.tag_ == "NNS":
            return True
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.lower_ in _DATE_LEAD:
            return False
    return False


def _past_place(sent: Span, at: int) -> int:
    """Where the subject starts when a place follows the leading date ("On 12 June in
    Singapore Trump and Kim met"): past "in" or "at" and the place, a name the actor tagger
    marked apart from the name after it (the model's entities run the two together); else
    ``at``."""
    doc = sent.doc
    if doc[at].lower_ not in ("in", "at"):
        return at
    place = at + 2 if doc[at + 1].lower_ == "the" else at + 1  # "in the Security Council"
    for span in doc.spans.get(ACTOR_SPANS, ()):
        if span.start == place and span.end < sent.end and doc[span.end].pos_ == "PROPN":
            return span.end
    return at


def _adopt(array: np.ndarray, variant: Doc, origin: list[int | None], columns: int) -> None:
    """Copy ``variant``'s parse into ``array`` (rows of the original doc; the first
    ``columns`` attributes): ``origin[j]`` is the original index of variant token ``j`` (None
    for a token only the variant has; who hangs on it hangs on its head)."""
    copied = variant.to_array(_ATTRS).astype(np.int64)
    for j, old in enumerate(origin):
        if old is None:
            continue
        head = j + int(copied[j, _HEAD])
        while origin[head] is None and variant[head].head.i != head:
            head = variant[head].head.i
        row = copied[j].copy()
        row[_HEAD] = (origin[head] if origin[head] is not None else old) - old
        array[old, :columns] = row[:columns].astype(np.uint64)


def _main_verb(verb: Token) -> bool:
    """The model read ``verb`` as the verb of a clause with its own subject (a noun's
    clause opened by "that" is one: "the problem that a destroyer directed its radar at a
    plane", "reports that Moscow had lifted the ban")."""
    content = verb.dep_ == "acl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )
    main = content or verb.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj")
    return (
        main
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def listed_doers(verb: Token) -> None:
    """Mend "On 28 June, in Madrid, Turkey, Sweden and Finland signed a memorandum", read with
    the list of doers as conjuncts of the place before them and the verb left with no
    subject: the list of names that ends right before the verb, set off from the opening
    phrase by a comma, is the verb's subject."""
    doc = verb.doc
    if verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    first = doc[verb.i - 1]
    if first.pos_ != "PROPN" or first.dep_ != "conj":
        return
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.dep_ == "conj":
        first = first.head
    place = first.head
    if (
        first.dep_ != "conj"
        or place.dep_ != "pobj"
        or doc[first.left_edge.i - 1].text != ","
        or not verb.is_ancestor(place)
    ):
        return
    first.head, first.dep_ = verb, "nsubj"


def reorder(
    doc: Doc,
    parse: Callable[[Doc], Doc],
    named: Collection[int],
    entities: Callable[[Doc], Doc] = as_is,
) -> Doc:
    """``doc`` with each translated verb-final sentence parsed in English order, and each
    leading date with no comma parsed with one (see the module docstring and
    :func:`dated_leads`); ``parse`` runs the model's pipes on a new Doc; ``named``: indices
    of actor tokens. ``entities`` runs the pipes that find entities, when ``parse`` leaves
    them out: only on a reading whose entities are kept."""
    # (origin, the verbs moved) per sentence
    variants: list[tuple[list[int | None], list[int]]] = []
    for sent in doc.sents:
        found = new_order(sent, named)
        origin: list[int | None] = list(found[0]) if found else list(range(sent.start, sent.end))
        commas = dated_leads(sent)
        for comma in commas:  # before the moved words: "On Wednesday Trump … wrote that …"
            origin.insert(origin.index(comma), None)
        stray = stray_comma(sent) if not found else None
        aside = relative_aside(sent) if not found and stray is None else None
        discourse = discourse_aside(sent) if not (found or stray or aside) else None
        adverb = postverbal_adverb(sent) if not (found or stray or aside or discourse) else None
        first = (
            verb_first(sent, named)
            if not (found or stray or aside or discourse or adverb)
            else None
        )
        if first is not None:  # "On Saturday recalled the Ministry the ambassador …"
            origin = list(first[0])
            for comma in commas:
                origin.insert(origin.index(comma), None)
            variants.append((origin, [first[1]]))
        elif adverb is not None:  # "Maduro broke then the relations with Bogota, gave …"
            verb = adverb - 1
            origin.remove(adverb)
            origin.insert(origin.index(verb), adverb)
            variants.append((origin, [verb]))
        elif stray is not None:  # "Prime Minister Imran Khan, called President Erdogan …"
            origin.remove(stray)
            variants.append((origin, [stray + 1]))
        elif discourse is not None:  # "Turkey, for its part, unblocked access to Wikipedia"
            # parsed as "For its part, Turkey unblocked …" (the aside's first comma left out)
            opening, closing = discourse
            words = list(range(opening + 1, closing + 1)) + list(range(sent.start, opening))
            origin = words + [i for i in origin if i is None or i > closing]
            variants.append((origin, [closing + 1]))
        elif aside is not None:  # "The United States, which …, reduced aid to Argentina"
            # parsed without the aside, which keeps its first reading (a clause of the name)
            origin = [i for i in origin if i is None or not aside[0] <= i <= aside[1]]
            variants.append((origin, [aside[1] + 1]))
        elif found or commas:
            variants.append((origin, found[1] if found else []))
    if not variants:
        return doc
    array = doc.to_array(_ATTRS)
    for origin, moved in variants:
        words = [doc[i].text if i is not None else "," for i in origin]
        variant = parse(Doc(doc.vocab, words=words))
        verbs = [variant[origin.index(i)] for i in moved] or [variant[:].root]
        for verb in verbs:
            listed_doers(verb)
        # one sentence still (or split only at a semicolon), each moved verb a clause's verb;
        # else keep the first reading
        split = any(sent.start and variant[sent.start - 1].text != ";" for sent in variant.sents)
        # (a moved "is" may be the auxiliary of its predicate: "Moscow is disappointed by …")
        main = all(
            _main_verb(v) or (v.dep_ in ("aux", "auxpass") and _main_verb(v.head)) for v in verbs
        )
        if split or not main:
            continue
        # entities only where no word moved or was left out (either could split one)
        whole = not moved and len(origin) >= len(variant)
        if whole:
            _adopt(array, entities(variant), origin, len(_ATTRS))
        else:
            _adopt(array, variant, origin, _PARSE)
    doc.from_array(_ATTRS, array)
    return doc


def stray_comma(sent: Span) -> int | None:
    """A comma a writer put between a named subject and its verb ("Pakistan Prime Minister
    Imran Khan, called Turkey President Recep Tayyip Erdogan on Friday …, his office said"):
    the model reads the verb as a participle of the name ("Khan, called Erdogan": named so).
    Its index when the sentence opens with the name and the verb, past in form, has an
    object and no "by" agent; else None."""
    tok = next((t for t in sent[1:-2] if t.text == ","), None)
    if tok is None:
        return None
    name, verb = tok.nbor(-1), tok.nbor()
    opening = all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in sent.doc[sent.start : tok.i])
    stray = (
        opening
        and name.pos_ == "PROPN"
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBN")
        and verb.dep_ == "acl"
        and verb.head.i == name.i
        and any(c.dep_ in ("dobj", "oprd") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )
    return tok.i if stray else None


# Words after which a translation from Arabic may put its verb before the subject ("after
# announced the Presidency …").
_VERB_FIRST_AFTER = {"after", "when", "as", "where", "while"}


def verb_first(sent: Span, named: Collection[int]) -> tuple[list[int], int] | None:
    """A clause a translation from Arabic opens with its past verb, the subject after it and
    then the object ("On the next day recalled the Ministry of Foreign Affairs the ambassador
    of Algeria in Madrid", "after announced the Presidency on Wednesday the suspension of the
    treaty", "Said the head of the company Toufik Hakkar on 1 April that …"): the model reads
    the subject as the verb's object and the verb as one with no subject. The sentence's
    token indices with the subject put before the verb, and the verb's index, when the verb
    has no subject (a date read as one aside), stands at the sentence's start, after a
    leading phrase set off by a comma, after a leading "and" or after "after", "when" …, and
    the noun phrase after it names an actor and is followed by more of the clause; else
    None."""
    doc = sent.doc
    for verb in sent:
        if verb.tag_ != "VBD" and not (verb.i == sent.start and verb.tag_ in ("VBN", "NNP")):
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.ent_type_ not in ("DATE", "TIME")
            for c in verb.children
        ):
            continue
        if not _verb_first_place(sent, verb) or verb.i + 2 >= sent.end:
            continue
        start = verb.i + 1
        if doc[start].lower_ != "the" and doc[start].pos_ != "PROPN":
            continue
        end = _phrase_end(doc, start, sent.end - 1)
        if end >= sent.end - 1 or not _named(range(start, end), named):
            continue
        if not _object_after(doc, end, sent.end - 1) and not _met_together(verb, start, end):
            continue  # "Visited the Spanish Prime Minister Rabat on 7 April, where …"
        order = list(range(sent.start, verb.i)) + list(range(start, end)) + [verb.i]
        return order + list(range(end, sent.end)), verb.i
    return None


def _object_after(doc: Doc, i: int, stop: int) -> bool:
    """The words from ``i`` go on with an object, past a phrase of time and the "to" phrase of
    a hearer: "| on Wednesday the suspension", "| on 1 April to the agency that …"."""
    if i < stop and doc[i].pos_ == "ADP" and doc[i + 1].ent_type_ in _TIME:
        i += 1
        while i < stop and doc[i].ent_type_ in _TIME:
            i += 1
    if i < stop and doc[i].lower_ == "to":
        i = _phrase_end(doc, i + 1, stop)
    return i < stop and (doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ") or doc[i].lower_ == "that")


def _verb_first_place(sent: Span, verb: Token) -> bool:
    """``verb`` stands where a translated clause opens with its verb: first in the sentence,
    after a leading "And", after a leading phrase set off by a comma (no verb in it), after
    a leading phrase of time with no comma (see :func:`_after_leading_time`), or right after
    "after", "when", "as", "where" or "while"."""
    if verb.i == sent.start or _after_leading_time(sent, verb):
        return True
    if _after_leading_setting(sent, verb):
        return True
    before = verb.doc[verb.i - 1]
    if before.lower_ == "and":
        return before.i == sent.start
    if before.lower_ in _VERB_FIRST_AFTER:
        return True
    return before.text == "," and not any(
        t.pos_ in ("VERB", "AUX") for t in verb.doc[sent.start : verb.i]
    )


# Adverbs of time a German clause may put first, before its verb ("Yesterday then met …").
_LEADING_TIME_WORDS = {"yesterday", "today", "then", "now", "later", "afterwards", "finally"}


def _after_leading_time(sent: Span, verb: Token) -> bool:
    """``verb`` comes right after a phrase of time that opens the sentence with no comma, as
    a German clause puts its verb second ("On Wednesday met the foreign ministers …",
    "Yesterday then met Gabriel and Çavuşoğlu in Berlin"): the phrase opens with a
    preposition or a time adverb, so it is not the verb's own subject ("Last week saw …")."""
    words = verb.doc[sent.start : verb.i]
    if not len(words) or words[0].lower_ not in _LEADING_TIME_WORDS and words[0].pos_ != "ADP":
        return False
    return all(
        t.ent_type_ in _TIME or t.lower_ in _LEADING_TIME_WORDS or t.pos_ in ("ADP", "DET")
        for t in words
    ) and any(t.ent_type_ in _TIME or t.lower_ in _LEADING_TIME_WORDS for t in words)


# Verbs two sides do together, whose subject may be "A and B" with no object after it.
_DONE_TOGETHER = {"meet", "talk", "confer", "negotiate"}
# ... or one side, told with the other after "with" ("spoke Merkel with Putin").
_DONE_WITH = _DONE_TOGETHER | {"speak"}


def _met_together(verb: Token, start: int, end: int) -> bool:
    """The phrase ``start``-``end`` after a verb of meeting joins two sides with "and": its
    subject, told after it, with no object to follow ("Yesterday then met the foreign
    minister Sigmar Gabriel and Mevlüt Çavuşoğlu in Berlin"), or is one side with the other
    right after it in a "with" phrase ("On the margins of the summit spoke Merkel with
    Putin")."""
    lemma = verb.lemma_.lower()
    if lemma in _DONE_WITH and end < len(verb.doc) and verb.doc[end].lower_ == "with":
        return True
    return lemma in _DONE_TOGETHER and any(
        verb.doc[k].lower_ == "and" for k in range(start + 1, end - 1)
    )


# Nouns of the setting of a meeting a German clause may put first: "On the margins of the
# summit spoke Merkel with Putin", "At the conference met …".
_SETTINGS = {
    "margin", "margins", "sideline", "sidelines", "fringe", "fringes", "summit", "conference",
    "meeting", "session", "talks", "forum", "visit", "ceremony", "reception", "dinner",
}  # fmt: skip


def _after_leading_setting(sent: Span, verb: Token) -> bool:
    """``verb`` comes right after a prepositional phrase that opens the sentence with no
    comma and names the occasion of a meeting, as a German clause puts its verb second
    ("On the margin of the summit spoke Merkel with Putin"): the phrase has no verb, and its
    head noun is a setting (:data:`_SETTINGS`)."""
    words = verb.doc[sent.start : verb.i]
    if len(words) < 2 or words[0].pos_ != "ADP" or verb.lemma_.lower() not in _DONE_WITH:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return False
    head = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    return head is not None and head.lemma_.lower() in _SETTINGS


# Words that open a relative clause set off after a name ("Erdogan, who …, ordered").
_RELATIVE_OPENERS = {"who", "which", "whose"}


# Noun phrase words before its head noun.
_NOUN_MODIFIERS = {"det", "amod", "compound", "nummod", "poss", "quantmod"}


def _phrase_head(first: Token) -> Token:
    """The head noun of the noun phrase that opens at ``first``."""
    head = first
    while head.dep_ in _NOUN_MODIFIERS and head.head.i > head.i:
        head = head.head
    return head


def postverbal_adverb(sent: Span) -> int | None:
    """An adverb that a translation from Spanish, French or Italian puts between a past verb
    and its object ("Maduro broke then the relations with Bogota, gave the diplomats 24
    hours to leave", "Rome recalled immediately its ambassador and said …"): the model reads
    the object as the subject of the next verb, and the first verb as one without an object.
    The adverb's index when the verb has no object and the noun phrase right after the
    adverb is the subject of a later verb; else None. Parsed again with the adverb before
    the verb ("then broke the relations"), as English puts it."""
    doc = sent.doc
    for adverb in sent[1:-2]:
        verb = doc[adverb.i - 1]
        if adverb.pos_ != "ADV" or adverb.head != verb or verb.tag_ not in ("VBD", "VBZ"):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        nxt = doc[adverb.i + 1]
        if nxt.pos_ not in _NOUN_START or nxt.pos_ == "PRON":
            continue
        head = _phrase_head(nxt)
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i:
            return adverb.i
    return None


def relative_aside(sent: Span) -> tuple[int, int] | None:
    """A relative clause set off by commas between the subject that opens the sentence and
    its verb ("The United States, which made headlines last year, reduced military aid to
    Argentina"): the model reads the verb after the aside as a participle of the next noun
    ("reduced military aid": an aid that was reduced) and the whole sentence as one noun
    phrase. The indices of the aside's two commas when the sentence opens with a noun
    phrase, the model found no verb outside the aside, and a past verb follows it; else
    None."""
    doc = sent.doc
    first = next((t for t in sent[1:-2] if t.text == ","), None)
    if first is None or doc[first.i + 1].lower_ not in _RELATIVE_OPENERS:
        return None
    if not all(t.pos_ in _NOUN_START or t.tag_ == "POS" for t in doc[sent.start : first.i]):
        return None
    relative = doc[first.i + 1].head
    closing = next((t for t in doc[relative.i : sent.end - 1] if t.text == ","), None)
    if closing is None or relative.dep_ != "relcl" or relative.head.i >= first.i:
        return None
    verb = doc[closing.i + 1]
    if verb.tag_ not in ("VBD", "VBN") or sent.root.i >= first.i:
        return None
    return first.i, closing.i


# Discourse asides that tell nothing of who did what: "for its part", "in turn", "however".
_DISCOURSE_WORDS = {
    "however", "though", "moreover", "nevertheless", "nonetheless", "likewise", "too", "also",
    "meanwhile", "instead",
}  # fmt: skip
_POSSESSIVES = {"its", "his", "her", "their", "our"}


def is_discourse_aside(words: list[str]) -> bool:
    """``words`` are a discourse aside: one of :data:`_DISCOURSE_WORDS`, "in turn", "for its
    part", "in his turn"."""
    if len(words) == 1:
        return words[0] in _DISCOURSE_WORDS
    if words == ["in", "turn"]:
        return True
    return (
        len(words) == 3
        and words[1] in _POSSESSIVES
        and (words[0], words[2]) in (("for", "part"), ("in", "turn"))
    )


def discourse_aside(sent: Span) -> tuple[int, int] | None:
    """A discourse aside set off by commas between the subject that opens the sentence and
    its verb ("Turkey, for its part, unblocked access to Wikipedia", "North Korea, in turn,
    rebuffed the offer"): the commas throw the model, which reads the verb after them as
    an adjective of the next noun ("unblocked access") and the whole sentence as one noun
    phrase, or hangs the subject on a later clause's verb ("North Korea, for its part,
    snubbed the offer, as an outbreak spread": North Korea spread). The indices of the
    aside's two commas when the sentence opens with a noun phrase and the model did not
    already read the verb right after the aside with that phrase as its subject; else
    None."""
    doc = sent.doc
    first = next((t for t in sent[1:-2] if t.text == ","), None)
    if first is None:
        return None
    opening = doc[sent.start : first.i]
    if not all(t.pos_ in _NOUN_START or t.tag_ == "POS" or t.is_space for t in opening):
        return None
    closing = next(
        (t for t in doc[first.i + 1 : min(first.i + 5, sent.end - 1)] if t.text == ","), None
    )
    if closing is None or not is_discourse_aside([t.lower_ for t in doc[first.i + 1 : closing.i]]):
        return None
    verb = doc[closing.i + 1]
    verb = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    if verb.pos_ in ("VERB", "AUX") and any(
        c.dep_.startswith("nsubj") and c.i < first.i for c in verb.children
    ):
        return None  # read right already (not so when the subject went to a later clause)
    return first.i, closing.i


def _lost_subject(
    sent: Span,
) -> tuple[Token | None, Token | None, Token, Token, list[Token]] | None:
    """ "After talks with Chinese President Xi Jinping, French President Emmanuel Macron
    said …": the model hangs the name after the comma on the opening phrase's last name as an
    apposition (or as the next of a list: "In a call with his counterpart Hassan Rouhani,
    President Putin expressed …, the Kremlin said"), and either leaves the verb with no
    subject or takes the opening phrase's noun for it (its preposition then has no object).
    The verb is the one the opening phrase hangs on, the sentence's root or a clause a wire
    attribution reports; the name may be in any phrase that opens the sentence before the
    verb ("On 20 November, on the eve of the summit of the G20, Erdogan and King Salman …"),
    and a translation may put phrases between it and the verb (:func:`_told_between`).
    Returns the preposition and the noun to give back to it (None when nothing was taken),
    the name that is the verb's subject, the verb, and the phrases between them."""
    opening = sent[0]
    verb = opening.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.pos_ not in ("VERB", "AUX") or len(subjects) > 1:
        return None
    if opening.dep_ != "prep" or not (verb.i == sent.root.i or verb.dep_ == "ccomp"):
        return None
    taken = any(c.dep_ in ("pobj", "pcomp") for c in opening.children)
    if subjects and (taken or subjects[0].left_edge.i != opening.i + 1):
        return None
    if not subjects and not taken:
        return None
    phrases = (
        [subjects[0]]
        if subjects
        else [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    )
    for phrase in phrases:
        for t in phrase.subtree:
            if (
                t.dep_ in ("appos", "conj")
                and t.pos_ == "PROPN"
                and sent.doc[t.left_edge.i - 1].text == ","
                and (between := _told_between(t, verb)) is not None
            ):
                if subjects:
                    return opening, subjects[0], t, verb, between
                return None, None, t, verb, between
    return None


def _told_between(name: Token, verb: Token) -> list[Token] | None:
    """The phrases a translation puts between a subject the model took for part of an
    opening phrase and its verb ("…, Erdogan and King Salman in a telephone conversation
    agreed": the call is the verb's): whole prepositional phrases filling the gap, none of
    them the name's own (empty when the verb follows the name); None when anything else
    lies between."""
    doc = name.doc
    phrases: list[Token] = []
    i = name.right_edge.i + 1
    while i < verb.i:
        tok = doc[i]
        if tok.dep_ != "prep" or tok.left_edge.i != i or tok.right_edge.i >= verb.i:
            return None
        if tok.head.i == name.i or name.i in (a.i for a in tok.ancestors):
            return None
        phrases.append(tok)
        i = tok.right_edge.i + 1
    return phrases


def _adverbial_subject(sent: Span) -> Token | None:
    """ "President Trump after the meeting with Erdogan however said …": a translated
    sentence that opens with its subject and puts a phrase and an adverb before the verb;
    the model reads the opening name as an adverbial noun of a verb left with no subject.
    Returns that name (not a time: "Monday", "last week")."""
    verb = sent.root
    if verb.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    first = next((c for c in verb.children if c.i < verb.i), None)
    if first is None or first.dep_ != "npadvmod" or first.pos_ not in ("PROPN", "NOUN"):
        return None
    if first.left_edge.i != sent.start or first.ent_type_ in _TIME:
        return None
    return first


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def opening_subjects(doc: Doc) -> Doc:
    """``doc`` with the subject a leading phrase swallowed given back to its verb (see
    :func:`_lost_subject`): the name becomes the verb's subject, a noun taken for the subject
    the preposition's object again; an opening name read as an adverbial noun is the verb's
    subject too (:func:`_adverbial_subject`). Text and tokens never change."""
    found = [lost for sent in doc.sents if (lost := _lost_subject(sent)) is not None]
    found += [
        (None, None, name, sent.root, [])
        for sent in doc.sents
        if (name := _adverbial_subject(sent)) is not None
    ]
    if not found:
        return doc
    attrs = [HEAD, DEP]
    array = doc.to_array(attrs).astype(np.int64)
    pobj, nsubj = doc.vocab.strings.add("pobj"), doc.vocab.strings.add("nsubj")
    prep = doc.vocab.strings.add("prep")
    for opening, noun, name, verb, between in found:
        if opening is not None and noun is not None:
            array[noun.i] = (opening.i - noun.i, pobj)
        array[name.i] = (verb.i - name.i, nsubj)
        for phrase in between:
            array[phrase.i] = (verb.i - phrase.i, prep)
    doc.from_array(attrs, array.astype(np.uint64))
    return doc
