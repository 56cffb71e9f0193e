"""Resolve a noun phrase in a parsed sentence to an :class:`~detente.models.Actor`.

The phrase is the head token plus its modifiers (compounds, adjectives, possessors,
appositions and ``of`` phrases), so role phrases compose: "Russian Foreign Minister" →
RUS + GOV, "the press secretary of the White House" → USA + GOV, "the Kremlin spokesman" →
RUS + GOV. People resolve by the office they held on the event date. Pronouns and bare role
nouns ("he", "the ministry") fall back to the last matching actor seen in the document.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Container, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from detente.actors.dictionary import ACTOR_SPANS, PLACE_KINDS, ActorDictionary, ActorEntry
from detente.actors.regions import described_states
from detente.models import Actor
from detente.nlp.pipeline import KINSHIP

INSIDE_CONFIDENCE = 0.5
# An actor phrase with no code: the event keeps the phrase, the code fields stay empty.
OPEN = Actor("", "", "")
OPEN_CONFIDENCE = 0.5
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_GROUP_PRONOUNS = {"it", "they", "them", "its", "their"}
# First person in quoted speech is the speaker: '"We will never negotiate," the president said'.
_FIRST_PERSON = {"we", "us", "i", "me"}


@dataclass
class DocActors:
    """Actor spans of one document indexed by token, plus a memory for coreference."""

    book: ActorDictionary
    by_token: dict[int, Span] = field(default_factory=dict)
    # sector → {token index of the phrase that named it: actor}
    by_sector: dict[str, dict[int, Actor]] = field(default_factory=dict)
    main_country: str = ""
    # what a phrase resolved to, with the memory's version then (see :func:`resolve_all`)
    resolved: dict[tuple, tuple[int, list[tuple[Actor, float]]]] = field(default_factory=dict)
    version: int = 0

    @classmethod
    def of(cls, doc: Doc, book: ActorDictionary) -> DocActors:
        index = cls(book)
        counts: dict[str, int] = {}
        # countries named only as the far side of a border ("refugees at the border with
        # Syria"): a story naming no other is not about them
        beyond: set[str] = set()
        seen: set[str] = set()
        for span in doc.spans.get(ACTOR_SPANS, []):
            entry = book.lookup(span.kb_id_) if span.label_ == "ACTOR" else None
            if entry is not None and _leaders_council(entry, span):
                continue  # "his security council": a leader's own, no actor of ours
            if _word_of_descriptor(span):
                continue  # "the former Soviet republic": Georgia, say, not Russia
            if entry is not None and entry.kind == "person" and named_a_firm(span):
                continue  # "Mead Johnson, the maker of Enfamil": a company, not Boris Johnson
            for i in range(span.start, span.end):
                index.by_token[i] = span
            if entry is None or _attitude(doc[span.start]):
                continue
            if entry.kind in ("name", "demonym", "capital", "city", "region"):
                counts[entry.code] = counts.get(entry.code, 0) + 1
                where = (
                    across_boundary(span.root)
                    or based_in(doc[span.end - 1])
                    or owns_a_mission(span.root)
                )
                (beyond if where else seen).add(entry.code)
        if len(counts) == 1 and not beyond - seen:  # a story about one country only
            index.main_country = next(iter(counts))
        return index

    def remember(self, actor: Actor, at: int) -> None:
        """Note ``actor``, named by the phrase at token ``at``, for role nouns after it."""
        if actor.sector:
            named = self.by_sector.setdefault(actor.sector, {})
            if named.get(at) != actor:
                named[at] = actor
                self.version += 1

    def last_of(self, sector: str, before: int, since: int = 0) -> Actor | None:
        """The last actor of ``sector`` named before token ``before`` (and from token
        ``since`` on): "the spokesman said" is the last government named, never one named
        later in the sentence ("rebel fighters attacked … in retaliation for Saudi
        airstrikes" are not Saudi)."""
        last = self.last_named_at(sector, before, since)
        return self.by_sector[sector][last] if last is not None else None

    def last_named_at(self, sector: str, before: int, since: int = 0) -> int | None:
        """The token of the phrase that named :meth:`last_of`'s actor."""
        named = self.by_sector.get(sector, {})
        return max((i for i in named if since <= i < before), default=None)

    def last_named_as(self, sector: str, head: Token) -> Actor | None:
        """The last actor of ``sector`` named before ``head`` by the same noun ("Boko Haram
        militants … \n\n The militants had ambushed …"): the group named again."""
        named = self.by_sector.get(sector, {})
        same = [i for i in named if i < head.i and head.doc[i].lemma_ == head.lemma_]
        return named[max(same)] if same else None

    def last_acting(self, sector: str, head: Token, skip: Container[str] = ()) -> Actor | None:
        """The last actor of ``sector`` named before ``head`` as its sentence's subject: the side
        that last acted, not one only spoken of ("Khamenei said the Saudi government must
        accept its responsibility. The Ministry of Foreign Affairs summoned …": Iran's);
        none of the ``skip`` countries."""
        at = self.last_acting_at(sector, head, skip)
        return self.by_sector[sector][at] if at is not None else None

    def last_acting_at(self, sector: str, head: Token, skip: Container[str] = ()) -> int | None:
        """Where :meth:`last_acting` finds its actor: the index of its subject's token."""
        named = self.by_sector.get(sector, {})
        for i in sorted((i for i in named if i < head.i), reverse=True):
            said = head.doc[i]
            if (
                said.dep_ in ("nsubj", "nsubjpass")
                and _main_clause(said.head)
                and named[i].country not in skip
            ):
                return i
        return None


# Participles that name a backer, not an owner: "Iranian-backed militias in Iraq" are Iraqi
# militias, "the UN-backed government in Tripoli" Libya's (a leader owns: "NATO-led force").
BACKING = {"back", "support", "sponsor", "fund", "finance", "arm", "train", "ally", "align"}


def _backer_mark(tok: Token) -> bool:
    """``tok`` is "X-backed" or its kind before a noun, or the X of it (parsed under the
    participle or, as in "the UN-backed government", beside it on the noun)."""
    doc = tok.doc

    def backing(i: int) -> bool:
        return (
            0 < i < len(doc)
            and doc[i].lemma_.lower() in BACKING
            and doc[i].tag_ == "VBN"
            and doc[i - 1].text == "-"
        )

    return tok.dep_ in _MODIFIER_DEPS and (backing(tok.i) or backing(tok.i + 2))


# Participles of where a thing goes or where one person lives: "Gaza-bound", "U.S.-based".
_BOUND = frozenset({"bound"})
_BASED = frozenset({"based"})
# People whose home abroad says nothing of their side: "the U.S.-based cleric Ankara blames"
# (a group based somewhere is that country's by the wires' usage: "Pakistan-based militants").
_RESIDENTS = frozenset({
    "journalist", "reporter", "correspondent", "activist", "dissident", "blogger", "lawyer",
    "businessman", "businesswoman", "cleric", "preacher", "imam", "scholar", "writer",
    "academic", "tycoon", "billionaire", "exile", "scientist", "artist",
})  # fmt: skip


def _destination_mark(tok: Token) -> bool:
    """``tok`` is "X-bound" before a noun, or "X-based" before a person's noun, or the X of
    either: a destination or a home, which owns nothing ("a Gaza-bound aid flotilla" is not
    Gaza's, "Europe-bound migrants" are not Europe's, "the U.S.-based cleric Ankara blames"
    is no American)."""
    doc = tok.doc
    if tok.lower_ in _BOUND | _BASED:
        mark, noun = tok, tok.head
    elif tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in _BOUND | _BASED:
        if tok.dep_ not in _MODIFIER_DEPS or doc[tok.i + 1].text != "-":
            return False
        mark = doc[tok.i + 2]
        noun = mark.head
    else:
        return False
    if mark.dep_ not in ("amod", "compound") or mark.i < 2 or doc[mark.i - 1].text != "-":
        return False
    return mark.lower_ in _BOUND or (noun.tag_ == "NN" and noun.lemma_.lower() in _RESIDENTS)


# Participles that name who made a thing: "the French-built Atlantique" Pakistan flew is not
# France's, nor "Russian-made S-300 missiles" bought by Cyprus Russia's.
MAKING = {"build", "make", "design", "manufacture", "produce", "supply", "engineer"}


def _maker_mark(tok: Token) -> bool:
    """``tok`` is "X-built" (or "-made", "-designed" …) before a noun, or the X of it: the
    maker, which does not own or fly the thing."""
    doc = tok.doc
    if tok.lemma_.lower() in MAKING and tok.tag_ == "VBN":
        return tok.dep_ in ("amod", "compound") and tok.i > 1 and doc[tok.i - 1].text == "-"
    return (
        tok.dep_ in _MODIFIER_DEPS
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lemma_.lower() in MAKING
        and doc[tok.i + 2].tag_ == "VBN"
    )


def owns_nothing(tok: Token) -> bool:
    """``tok`` marks a place a thing is bound for or the maker of a thing, never its owner."""
    return _destination_mark(tok) or _maker_mark(tok)


def named_as_backer(head: Token, actors: DocActors) -> bool:
    """The phrase headed by ``head`` names a known actor only as its backer: "a U.N.-backed
    security mission", "the Saudi-funded project". The backer stands behind the thing; it is
    not the side the thing is for, nor the place it serves ("sent police to lead a U.N.-backed
    mission in Haiti" sends them to Haiti, not to the U.N.)."""
    backing = [t for t in phrase_tokens(head)[1:] if _backer_mark(t)]
    behind = {t.i for b in backing for t in b.subtree}
    named = [
        t
        for t in phrase_tokens(head)
        if (span := actors.by_token.get(t.i)) is not None and span.label_ == "ACTOR"
    ]
    return bool(named) and all(t.i in behind for t in named)


def phrase_tokens(head: Token, of_phrases: bool = True, role: bool = False) -> list[Token]:
    """Head first, then its modifiers nearest first, then ``of``/``from`` phrases (and ``in``
    for role nouns: "lawmakers in Arnor", but not "a summit in Reykjavik"). A modifier's own
    modifier comes before the head's phrases: in "the NATO-led peacekeeping force in Kosovo"
    NATO leads the force, Kosovo is only where it serves. A backer comes last: it says who
    the phrase is only when nothing else does ("Iranian-backed militias in Iraq": Iraq's)."""
    preps = {"from", "in"} if role and not _owned_post(head) else {"from"}
    tokens = [head]
    queue = [head]
    later: list[Token] = []  # the head's phrases, then its backers
    backers: list[Token] = []
    while queue or later or backers:
        if not queue:
            nxt = later.pop(0) if later else backers.pop(0)
            tokens.append(nxt)
            queue.append(nxt)
            continue
        tok = queue.pop(0)
        for child in tok.children:
            if owns_nothing(child):
                continue
            if child.dep_ in _MODIFIER_DEPS and _backer_mark(child):
                backers.append(child)
            elif child.dep_ in _MODIFIER_DEPS:
                tokens.append(child)
                queue.append(child)
            elif (
                child.dep_ == "prep"
                and tok.i == head.i
                and (
                    child.lower_ in preps
                    or (child.lower_ == "of" and of_phrases)
                    or _staff_at_post(head, child)
                )
            ):
                later += [pobj for pobj in child.children if pobj.dep_ == "pobj"]
            elif child.dep_ == "relcl" and tok.i == head.i:
                later += nationality_told(child)
    return tokens


# Those who work at a state's post abroad: "seven staff at Russia's mission", "two diplomats
# at the Iranian embassy".
_POST_STAFF = frozenset({
    "staff", "staffer", "personnel", "employee", "diplomat", "official", "officer", "worker",
    "member", "attache",
})  # fmt: skip


def _staff_at_post(head: Token, prep: Token) -> bool:
    """``prep`` is the "at" of staff at an embassy or mission ("expelled seven staff at
    Russia's mission to the alliance"): the post's state is theirs. (Crowds at an embassy
    are not its people: "protesters at the U.S. embassy".)"""
    return (
        prep.lower_ == "at"
        and head.lemma_.lower() in _POST_STAFF
        and any(o.dep_ == "pobj" and o.lemma_.lower() in MISSIONS for o in prep.children)
    )


def _owned_post(head: Token) -> bool:
    """``head`` is an embassy or consulate whose owner a pronoun names ("stormed its embassy
    in Tehran"): the city it stands in is its seat, never its owner; "its" tells whose it
    is. (One with no owner named is still placed by its city: "the embassy in Beijing".)"""
    return head.lemma_.lower() in MISSIONS and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children
    )


# What a relative clause says a person's nationality is: "who holds German citizenship",
# "who has both the German and the Turkish citizenship", "who is a British citizen".
# (a passport carried says nothing: "The agents, who carried Canadian passports" were no
# Canadians)
_CITIZENSHIP = {"citizenship", "nationality"}
_HOLDING = {"have", "hold", "possess", "acquire", "obtain"}
_CITIZENS = {"citizen", "national", "native", "subject", "passport-holder"}


def nationality_told(clause: Token) -> list[Token]:
    """The nationality words of a relative clause on a person that tells whose citizen he
    is ("Deniz Yucel, who has both the German and the Turkish citizenship": German,
    Turkish), in the order told; [] for any other clause."""
    lemma = clause.lemma_.lower()
    if lemma in _HOLDING:
        held = next((c for c in clause.children if c.dep_ == "dobj"), None)
        nouns = _CITIZENSHIP
    elif lemma == "be":
        held = next((c for c in clause.children if c.dep_ == "attr"), None)
        nouns = _CITIZENS
    else:
        return []
    if held is None:
        return []
    things = [held, *held.conjuncts]
    if not any(t.lemma_.lower() in nouns for t in things):
        return []
    # (the parser may take the first adjective for the object: "has both the German and
    # the Turkish citizenship")
    return [
        w
        for t in things
        for w in ([t] if t.lemma_.lower() not in nouns else [])
        + [c for c in t.children if c.dep_ in ("amod", "compound")]
    ]


def shared_tokens(head: Token, actors: DocActors) -> list[Token]:
    """The phrase of the first member of a list, when it holds for a role noun later in it:
    "Danish media and government" (Danish government), "lawmakers and officials in Arnor"
    (officials in Arnor). Only a bare role noun shares, and not a name the first member is
    part of ("French troops and police": the police are no troops)."""
    span = actors.by_token.get(head.i)
    if (
        span is None
        or span.label_ != "AGENT"
        or head.dep_ != "conj"
        or any(c.dep_ in _MODIFIER_DEPS for c in head.children)
    ):
        return []
    first = head
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        t
        for t in phrase_tokens(first, role=True)[1:]
        if (t.i < first.i or t.dep_ == "pobj" and t.head.head.i == first.i)
        and not ((own := actors.by_token.get(t.i)) is not None and own.start <= first.i < own.end)
    ]


def phrase_span(head: Token, nominal: bool = False, whole: bool = False) -> tuple[int, int]:
    """Character offsets of the phrase headed by ``head`` (its determiner, modifiers and
    ``of``/``from`` phrases). For an event noun (``nominal``) the phrase is its modifiers only:
    in "Russian sanctions" the actor is "Russian". ``whole``: the noun phrase with all its
    prepositional phrases, for a phrase no code names ("an army camp in Mali")."""
    tokens = phrase_tokens(head)
    if whole:
        # (not a time the parser hung on the noun: "reopened its airspace to some flights on
        # Monday" names the flights, not Monday)
        tokens += [
            t
            for prep in head.children
            if prep.dep_ == "prep" and prep.i > head.i and not _time_phrase(prep)
            for t in prep.subtree
        ]
    tokens += [c for c in head.children if c.dep_ in ("det", "predet")]
    if nominal:
        tokens = [t for t in tokens[1:] if t.dep_ not in ("det", "predet")] or [head]
    # (no blank: a blanked dateline the parser hung on a headline's last word is no part of
    # its phrase, "suspends trade over Kashmir move \n\n ISLAMABAD, Aug 7 -")
    tokens = [t for t in tokens if not t.is_space] or [head]
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _time_phrase(prep: Token) -> bool:
    """``prep`` opens a phrase of time ("on Monday", "in March 2019")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTITIES for c in prep.children)


def mention(head: Token) -> Token:
    """The phrase a pronoun stands for in its own sentence ("Farc said it will release …":
    Farc), found as the subject of a governing clause; other heads stand for themselves."""
    if head.pos_ != "PRON" or head.lower_ not in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _FIRST_PERSON:
        return head
    taken_up = _taken_up(head) or _people_object_before(head)
    if taken_up is not None:
        return taken_up
    bound = _local_subject(head)
    for verb in head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i != head.i and subject.pos_ in ("NOUN", "PROPN"):
            if bound is not None and subject.i == bound.i:
                continue
            return subject
    return head


def _taken_up(pronoun: Token) -> Token | None:
    """The object an object pronoun takes up from the act its own clause follows: "expelled
    the head of the mission, accusing him of bias", "detained two activists and charged them"
    (the one acted on, never the subject of a saying further up)."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ not in ("conj", "advcl") or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    earlier = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return earlier if earlier is not None and earlier.pos_ in ("NOUN", "PROPN") else None


def _local_subject(pronoun: Token) -> Token | None:
    """The subject an object pronoun cannot stand for: its own clause's, or the controller's
    of a clause with no subject of its own ("Kenya expelled two journalists, accusing them of
    spying": them ≠ Kenya); "asked the EU to help it" is controlled by the EU, so "it" may be
    the one who asked. None for a subject or possessive pronoun."""
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        if verb.dep_ == "xcomp":  # object control: "asked the EU to help it"
            controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        verb = verb.head
    return None


# Heads that cannot name an actor even when nothing resolves ("it", "one", "that").
_NOT_ACTORS = {"it", "this", "that", "which", "what", "who", "one", "there", "here", "all"}
# The means by which something was said is no one it was done to: "told Erdogan in a phone
# call", "said during a video conference", "wrote in a letter".
# What one writes or says to someone (what is said in it is said to them).
MESSAGES = frozenset({
    "letter", "message", "telegram", "note", "cable", "call", "phonecall", "conversation",
})  # fmt: skip
_MEANS = MESSAGES | {
    "phone", "telephone", "videoconference", "conference", "video", "link", "interview",
    "speech", "statement", "tweet", "post", "meeting", "talk", "briefing", "address",
    # "spoke on television", "said on state radio", "wrote on Twitter"
    "television", "tv", "radio", "air", "twitter", "facebook", "telegram", "website",
}  # fmt: skip


# Forums, processes and documents named after the city that hosted them: "the Lima Group",
# "the Minsk agreements", "the Astana process", "the Vienna talks", "the Oslo Accords", "the
# Rome Statute" (of the ICC), "the Lisbon Treaty", "the Paris Charter". The
# place names where they were made, not a side in them: such a phrase is no actor of the
# place's country.
FORUM_NOUNS = frozenset({
    "group", "process", "format", "talk", "agreement", "accord", "protocol", "declaration",
    "conference", "summit", "club", "initiative", "forum", "convention", "memorandum",
    "communique", "arrangement", "framework", "mechanism", "platform", "dialogue", "round",
    "statute", "treaty", "charter",
})  # fmt: skip


# Doers of a crime, whom news names by the place of the deed: "the Berlin suspect", "the
# Boston bomber", "the Manchester attacker" (a Tunisian, two Kyrgyz-born brothers, a Briton).
DEED_DOERS = frozenset({
    "suspect", "attacker", "bomber", "gunman", "shooter", "killer", "assailant", "hijacker",
    "stabber", "plotter", "perpetrator",
})  # fmt: skip


# Deeds news names by the place they were done in: "the Kabul bombing", "a Manaus prison
# riot", "the Istanbul shooting". The place is where, no side that did them.
DEEDS_BY_PLACE = frozenset({
    "attack", "bombing", "blast", "explosion", "shooting", "stabbing", "massacre", "riot",
    "rampage", "hijacking", "kidnapping", "killing", "murder", "assassination", "siege",
})  # fmt: skip


def _named_after_place(tok: Token, entry: ActorEntry) -> bool:
    """``tok`` is a place that only names the forum or document it modifies ("the Minsk
    Group"), the deed of the doer it modifies ("the berlin suspect is shot dead by police
    in milan": the suspect of the Berlin attack, not a German) or the deed itself, the
    compound it opens ending on it ("the Kabul bombing killed 20", "a manaus prison riot
    leaves 56 dead": no Afghan or Brazilian act)."""
    if entry.kind not in PLACE_KINDS or tok.dep_ != "compound" or tok.head.i < tok.i:
        return False
    if tok.head.lemma_.lower() in FORUM_NOUNS | DEED_DOERS:
        return True
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.lemma_.lower() in DEEDS_BY_PLACE


def _means(head: Token) -> bool:
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in ("in", "during", "by", "over", "via", "at", "on")
        and head.lemma_.lower() in _MEANS
    )


def people_named_by_adjective(head: Token) -> bool:
    """``head`` is an adjective standing for the people it describes, as the object of a
    verb or preposition: "promised to punish the guilty", "aid for the wounded", "talks
    with the accused"."""
    return (
        head.pos_ == "ADJ"
        and head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and any(d.dep_ == "det" and d.lower_ == "the" for d in head.children)
    )


def open_actor(head: Token) -> bool:
    """``head`` may stand for an actor we have no code for ("the company", "Sinn Fein",
    "a local court", "the guilty"): a noun or name, not a time, number or empty pronoun."""
    return (
        (head.pos_ in ("NOUN", "PROPN") or people_named_by_adjective(head))
        and head.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY")
        and head.lower_ not in _NOT_ACTORS
        and not _means(head)
    )


def resolve_phrase(
    head: Token,
    day: dt.date,
    actors: DocActors,
    of_phrases: bool = True,
    inside: bool = True,
    exclude: frozenset[str] = frozenset(),
) -> tuple[Actor, float] | None:
    """The actor named by the phrase headed by ``head`` on ``day``, with a confidence.

    ``of_phrases=False`` ignores "of X" (for event nouns: "criticism of X" names the target).
    """
    entity: ActorEntry | None = None
    entity_span: Span | None = None
    sector = ""
    kin = False  # the one named is a kinsman of the entity found
    head_span = actors.by_token.get(head.i)
    role = head_span is not None and head_span.label_ == "AGENT"
    tribunal = _international_tribunal(head, day, actors)
    if tribunal is not None:
        return tribunal, 0.8
    phrase = phrase_tokens(head, of_phrases, role)
    phrase += shared_tokens(head, actors)
    relation = relation_noun(head)
    # "Kuwait and its allies", "critics of Putin", "Mawarire, a critic of Mugabe": someone else
    phrase = [t for t in phrase if not _under_relation(t, head)]
    for tok in phrase:
        span = actors.by_token.get(tok.i)
        if span is None or _attitude(tok) or body_applied_to(tok, head):
            continue
        if span.label_ == "AGENT":
            if not role and head.lemma_.lower() in SUBJECT_MATTERS:
                continue  # "the refugee deal", "the migrant pact": about them, not by them
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in RELATION_NOUNS:
                continue  # "junta supporters", "government critics": not the junta itself
            sector = sector or actors.book.agents.get(span.kb_id_.lower(), "")
            continue
        found = actors.book.lookup(span.kb_id_, day)
        if found is None or _named_after_place(tok, found):
            continue
        if entity is None:
            entity, entity_span = found, span
            kin = _under_kinship(tok, head)
        elif span == entity_span:
            continue  # another word of the name already taken
        elif _stale_holder(entity, day) and _whose_title(tok, head) and found.kind != "person":
            # "the ambassador of Chile in Lima Jorge Allende": a namesake out of office that
            # day (Salvador Allende) does not say whose envoy this is; the title's "of" does
            entity, entity_span = found, span
        elif _national_council(entity, entity_span, found, tok):
            # "the Security Council of Russia": Russia's council, not the UN's
            entity = ActorEntry(found.code, "GOV", "seat", entity.name)
        elif _national_council(found, span, entity, entity_span.root):
            # "Russia's Security Council": the same, with the country told first
            entity, entity_span = ActorEntry(entity.code, "GOV", "seat", found.name), span
        elif (
            entity.kind == "seat"
            and found.kind != "seat"
            and found.code != entity.code
            # "Nigerian and British armed forces": a country listed with the seat's own
            # country word is another side, not the seat's country
            and not any(entity_span.start <= c.i < entity_span.end for c in tok.conjuncts)
            # (nor a place it serves in: "the U.S. military attache in Moscow" is American)
            and not (tok.dep_ == "pobj" and tok.head.lower_ != "of")
        ):
            # "the Brazilian Congress": the seat's sector, the modifier's country.
            entity = ActorEntry(found.code, entity.sector, "seat", entity.name)
    if entity is not None and entity.kind == "person" and entity_span is not None:
        entity = _as_titled(entity, entity_span, phrase, day, actors)
    name = entity_span.kb_id_ if entity_span is not None else head.text
    # "former Bolivian president Evo Morales", or a person out of office on the event date:
    # the country still, but no longer its government.
    former = any(t.lower_ in _FORMER for t in phrase)
    has_role = bool(sector)
    if former:
        sector = ""
    if entity is not None:
        # A person or a seat of power brings its own sector; a role noun refines a country.
        in_office = entity.kind != "person" or entity.covers(day)
        stale = former or not in_office
        own = entity.sector if entity.kind in ("seat", "igo", "group") else ""
        if entity.kind == "person" and not stale:
            own = entity.sector
        actor = Actor(entity.code, own or sector or ("" if stale else entity.sector), name)
        confidence = 1.0 if in_office else 0.7
        named = next((c for c in head.children if c.dep_ == "appos"), None)
        known = actors.by_token.get(named.i) if kin and named is not None else None
        if known is not None and entity_span is not None and known.kb_id_ != entity_span.kb_id_:
            # a kinsman we know is known by his own name (one who only shares the family
            # name, "Assad's brother Maher al-Assad", is not the leader himself)
            return resolve_phrase(named, day, actors, of_phrases, inside, exclude)
        if kin:
            # "Muammar Gaddafi's son Saif al-Islam": a person of Libya, not its government
            owner = f"{name}'s {head.text}" if entity.kind == "person" else _name_text(head)
            kinsman = owner if named is None else _name_text(named)
            actor, confidence = Actor(entity.code[:3], "", kinsman), 0.6
        actors.remember(actor, head.i)
        return actor, confidence
    half = _korean_half(head, day, actors) or next(
        # "the North's army said it would send troops back": the half that owns it
        (h for c in head.children if c.dep_ == "poss" and (h := _korean_half(c, day, actors))),
        None,
    )
    if half is not None:  # "the North side cut the lines with the South"
        return Actor(half, sector, head.text), 0.6
    for tok in phrase[1:]:
        # "the Ministry of Foreign Affairs of the Kingdom", "the measures of the Kingdom":
        # the state its "of" phrase names again
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.lower_ in _STATE_FORMS:
            state = _named_again(tok, day, actors)
            if state is not None and state.country:
                return Actor(state.country, sector, head.text), 0.6
    bloc = _bloc_of_chain(head) if of_phrases and has_role else None
    if bloc is not None:
        # "the defence ministers of the member states of the alliance": the alliance named
        # before acts, not the last government of the story
        again = _named_again(bloc, day, actors)
        if again is not None and again.country:
            return Actor(again.country, "", head.text), 0.6
    owner = next(
        (
            t
            for t in phrase_tokens(head, of_phrases)[1:]
            if t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her")
        ),
        None,
    )
    if owner is not None and not relation:  # "its forces", "their ships", "his spokesman"
        found = None
        if (has_role or own_people(head)) and owner.lower_ in ("his", "her"):
            found = _commanding_person(owner, head, day, actors)
        if found is None:
            found = _antecedent(owner, day, actors, person=owner.lower_ in ("his", "her"))
        # "deployed troops to its border with Ukraine": the owner is the source; the
        # phrase may still name the target inside it.
        if found is not None and found.country not in {code[:3] for code in exclude}:
            return Actor(found.country, sector, head.text), 0.6
        if found is not None and has_role:
            # "Canada said it had no plans to withdraw its diplomats": the acting side's own
            # men, never the last diplomats the story named (a side named inside may be:
            # "moved its troops to the border with Ukraine")
            found_inside = _inside(head, day, actors, exclude) if inside else None
            if found_inside is not None:
                return found_inside
            # ("a call for its peacekeeping forces to be deployed in East Timor": where its
            # men serve still says whom the act is for)
            where = _placed_in(head, day, actors)
            return (Actor(where, sector, head.text), 0.6) if where is not None else None
    named_owner = next(
        (t for t in phrase_tokens(head, of_phrases)[1:] if t.dep_ == "poss" and t.pos_ == "NOUN"),
        None,
    )
    again = _named_again(named_owner, day, actors) if named_owner is not None else None
    if again is not None and sector and not relation:
        # "Protesters in Hong Kong stormed the city's legislature": the city named before,
        # not the last legislature of the story
        return Actor(again.country, sector, head.text), 0.6
    if head.pos_ != "PRON" and any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
        # "Our Ministry of Foreign Affairs demanded the release of the ship", "our
        # government": a national paper's own side, which its text does not name; not the
        # last government named, which is most often the other side. Its home is known
        # when the opening says where the paper appears ("… of a Seoul daily": "our
        # military answered the shelling" is Seoul's), and the writer speaks in his own
        # voice, not inside quotes or a clause told as someone's words ("Macron wrote that
        # our house is burning").
        home = papers_home(head.doc, actors)
        if home is not None and not _words_of_another(head):
            return Actor(home, sector, head.text), 0.6
        return None
    lower = head.lower_
    if lower in _FIRST_PERSON and head.pos_ == "PRON":
        speaker = mention(head)  # the subject of the clause quoting it
        return resolve_phrase(speaker, day, actors) if speaker.i != head.i else None
    if _own_country(head):
        # "al-Jubeir announced that the kingdom breaks off relations": the speaker's country
        speaker = next(
            (
                s
                for verb in head.ancestors
                for s in verb.children
                if s.dep_ == "nsubj" and s.i < head.i and s.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        found = resolve_phrase(speaker, day, actors) if speaker is not None else None
        if found is not None and found[0].country:
            return Actor(found[0].country, sector, head.text), 0.6  # "the government": GOV
    praiser = _praising_own(head)
    if praiser is not None:
        # "Erdogan congratulated the armed forces": his own, not the last foreign army named
        found = resolve_phrase(praiser, day, actors)
        if found is not None and found[0].country:
            return Actor(found[0].country, sector, head.text), 0.6
    if lower in _PERSON_PRONOUNS or lower in _GROUP_PRONOUNS:
        named = mention(head) if lower in ("it", "they", "them") else head
        again = _named_again(named, day, actors) if named.i != head.i else None
        if again is not None:  # "The group said it would …": the group named again
            return again, 0.6
        earlier = mentioned_before(named) if named.i != head.i else None
        found = resolve_phrase(earlier, day, actors) if earlier is not None else None
        if found is not None and found[0].code:
            # "The Saudi-led coalition … The coalition said it had …": the noun it stands for
            # is the one named before
            return found[0], 0.6
        if named.i != head.i and named == _people_object_before(head):
            # "they" are the people just handed over: theirs, or no one (not the nearest name)
            found = resolve_phrase(named, day, actors)
            return (found[0], 0.6) if found is not None and found[0].code else None
        found = _antecedent(head, day, actors, person=lower in _PERSON_PRONOUNS)
        return (found, 0.6) if found is not None else None
    again = _named_again(head, day, actors)
    if again is not None:  # "Egypt accused Hamas …, a charge the group denied"
        return again, 0.6
    writer = _writer_told_before(head)
    if writer is not None:  # "In a statement the ministry accused … The statement added"
        found = resolve_phrase(writer, day, actors)
        if found is not None and found[0].code:
            return found[0], 0.6
    own = _own_leader(head, day, actors)
    if own is not None:  # "the President" after a foreign president: the story's own
        return own, 0.6
    house = _house_asking(head)
    if house is not None:  # "the State Duma adopted an appeal to the government": its own
        found = resolve_phrase(house, day, actors)
        national = any(c.lower_ in _NATIONAL_LEVEL for c in head.children)
        # (a "central government" is the national one of whoever asks it: "the state of
        # Kerala asked the central government" is India's)
        if found is not None and found[0].country and (found[0].sector in _OWN_HOUSES or national):
            return Actor(found[0].country, sector, head.text), 0.6
    alliance = _alliance_told(head, day, actors)
    if alliance is not None:  # "the North Atlantic Council met … the allies expressed"
        return Actor(alliance, "", head.text), 0.6
    earlier_mention = mentioned_before(head)
    if earlier_mention is not None:  # "six Chinese ships entered … demanded that the ships leave"
        # (a body first named with whose it is looks inside its "of" phrase: "the Ministry
        # of Foreign Affairs of Turkey")
        owned_by = _named_with_of(earlier_mention, head)
        found = resolve_phrase(earlier_mention, day, actors, inside=owned_by)
        if found is not None and found[0].code:
            return found[0], 0.6
    ruled = _ruled_before(head, day, actors) if sector else None
    if ruled is not None:  # "The junta that rules Mali … the junta called": Mali's
        return Actor(ruled, sector, head.text), 0.6
    if foreign_modifier(head, actors):
        return None  # "Western governments", "Korean officials": a side we have no code for
    where = _placed_in(head, day, actors) if sector else None
    if where is not None:  # "the military coup in Turkey": Turkey's military
        return Actor(where, sector, head.text), 0.6
    people = any(c.lower_ in PEOPLE_WORDS for c in head.children if c.dep_ in ("amod", "compound"))
    # ("the minister of foreign affairs of the DPRK Ri Yong Ho": an office whose own phrase
    # names its holder's side does not look back)
    owned = (
        inside
        and not relation
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )
    found_inside = _inside(head, day, actors, exclude) if owned else None
    capital = head.pos_ == "PROPN" and _capital_role(head, head_span)
    reach = _paragraph_start(head) if _plain_plural(head) else 0

    def last(sector: str, head: Token) -> Actor | None:
        if capital:
            acting = actors.last_acting(sector, head)
            partners = acted_on_in_sentence(head, day, actors) if acting is not None else set()
            if acting is not None and answers_the_last_word(head):
                # "Iran's foreign minister criticised Turkey. The Ministry of Foreign Affairs
                # rejected the remarks": the side the words were aimed at answers them, never
                # the side that said them
                at = actors.last_acting_at(sector, head)
                aimed = acted_on_in_sentence(head.doc[at], day, actors) if at is not None else set()
                aimed.discard(acting.country)
                if len(aimed) == 1:
                    return Actor(aimed.pop(), sector, head.text)
                partners.add(acting.country)
            if acting is not None and acting.country in speakers_answered(head, day, actors):
                other = _another_side(head, day, actors, sector, acting.country)
                if other is not None:
                    return other
            if acting is not None and acting.country in partners:
                # "The Swedish prime minister admitted … The Ministry of Foreign Affairs
                # summoned the Swedish ambassador": a body its own sentence sets against
                # the side that last acted is the side that acted before it
                return actors.last_acting(sector, head, partners) or last_acting_state(
                    head, day, actors, sector, partners
                )
            return acting
        spoken_of = _spoken_of_by(head, actors, sector, reach)
        if spoken_of is not None:
            return spoken_of
        found = actors.last_of(sector, head.i, since=reach)
        if found is not None and found.country in speakers_answered(head, day, actors):
            other = _another_side(head, day, actors, sector, found.country)
            if other is not None:
                return other
        if found is not None and _acted_on(head.doc[actors.last_named_at(sector, head.i, reach)]):
            partners = acted_on_in_sentence(head, day, actors)
            if found.country in partners:
                # "Pakistan said it would expel India's envoy. The government said it would
                # downgrade ties with India": the last government named was only acted on,
                # and its own sentence acts on that side; the side the story last told acting
                return last_acting_state(head, day, actors, sector, partners)
        return found or (actors.last_named_as(sector, head) if reach else None)

    home = _nationals_abroad_told(head, day, actors) if sector else None
    if home is not None:  # "the government ordered Saudi students in Canada to transfer"
        return Actor(home, sector, head.text), 0.6
    earlier = (
        last(sector, head)
        if sector
        and (head.pos_ != "PROPN" or capital)
        and not people
        and found_inside is None
        and not _holder_named(head)
        and not _unit_named(head)
        else None
    )
    if earlier is not None and _travels_to(head, earlier.country, day, actors):
        earlier = None  # (not the country he arrives in: below)
    if earlier is not None:
        # "the spokesman said": the last government named; "spokesman Mark Toner" is a
        # person of his own, not the last government's
        entry = actors.book.lookup(earlier.name, day) if earlier.name else None
        if head.tag_ in ("NNS", "NNPS") and entry is not None and entry.kind == "person":
            # "General Burhan … security forces opened fire": his side's forces, not him
            earlier = Actor(earlier.country, earlier.sector, head.text)
        return earlier, 0.6
    if not owned:
        found_inside = _inside(head, day, actors, exclude) if inside and not relation else None
    colleague = _colleague(head, day, actors) if found_inside is None and has_role else None
    if colleague is not None:
        # "Treasury Secretary Steven Mnuchin and Secretary of State Mike Pompeo": office
        # holders named together serve one country
        return Actor(colleague, sector, head.text), 0.5
    if (
        found_inside is None
        and has_role
        and actors.main_country
        and not _travels_to(head, actors.main_country, day, actors)
    ):
        # "Ousted President Askar Akayev": an office holder we do not know, in a story about
        # one country, most likely holds office there. A bare name is not guessed: "Mandela
        # refused to send peacekeepers to Angola" is not about an Angolan.
        return Actor(actors.main_country, sector, head.text), 0.4
    return found_inside


# Titles of an international body that states also give their own organs: the UN's
# "Security Council" and Russia's, Ukraine's, Armenia's or Kazakhstan's.
_SHARED_TITLES = frozenset({"security council"})
_OWNING_STATE_KINDS = frozenset({"name", "demonym"})


def _stale_holder(entity: ActorEntry, day: dt.date) -> bool:
    """``entity`` is a person out of office on ``day``."""
    return entity.kind == "person" and not entity.covers(day)


def _whose_title(tok: Token, head: Token) -> bool:
    """``tok`` is the object of the "of" phrase of the title ``head``: "the ambassador of
    Chile"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head == head


def _shared_title(body: ActorEntry, span: Span) -> bool:
    """``span`` names the international body ``body`` by a title states share."""
    return body.kind == "igo" and " ".join(t.lower_ for t in span) in _SHARED_TITLES


def _national_council(body: ActorEntry, span: Span, country: ActorEntry, tok: Token) -> bool:
    """``span`` names an international body by a title states share, and ``tok`` (naming
    ``country``) says whose it is: "the secretary of the Security Council of Russia Nikolai
    Patrushev", "the Ukrainian Security Council", "Armenia's Security Council" are that
    country's own council ("the Security Council of the United Nations" stays the UN's)."""
    if not _shared_title(body, span) or country.kind not in _OWNING_STATE_KINDS:
        return False
    inside = range(span.start, span.end)
    if tok.dep_ in ("poss", "amod", "compound") and tok.head.i in inside:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i in inside


# Words a person owns things by: "his security council" is a leader's, never the UN's.
_PERSONAL_OWNERS = frozenset({"his", "her", "their"})


def _leaders_council(body: ActorEntry, span: Span) -> bool:
    """``span`` names an international body by a title states share, owned by a person's
    pronoun: "Shevardnadze called an emergency meeting of his security council" speaks of
    Georgia's own council, which no code of ours names (not the UN's)."""
    return _shared_title(body, span) and any(
        c.dep_ == "poss" and c.lower_ in _PERSONAL_OWNERS for c in span.root.children
    )


def _owned_council(body: ActorEntry, span: Span, actors: DocActors, day: dt.date) -> bool:
    """``span`` names ``body`` by a title states share, with a country of its own in its
    phrase ("the Security Council of Russia")."""
    for tok in span.root.subtree:
        other = actors.by_token.get(tok.i)
        found = actors.book.lookup(other.kb_id_, day) if other is not None else None
        if found is not None and _national_council(body, span, found, tok):
            return True
    return False


def _plain_plural(head: Token) -> bool:
    """``head`` is a plain plural noun of people, "the sailors", "the soldiers": a group
    the text names by what they are, not by whose they are."""
    return head.tag_ == "NNS" and [c.lower_ for c in head.children if c.dep_ != "prep"] == ["the"]


def _paragraph_start(tok: Token) -> int:
    """The first token of the paragraph ``tok`` stands in. A plain plural noun of people
    takes up a side of its kind named in its own paragraph, or one named by the same noun,
    not a different group named paragraphs before ("detained British marines … \n\n …
    allowed the sailors to leave": the sailors of the ship boarded since, not the marines)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    return start


# Verbs of coming to a place, and the prepositions that name it: "arrived in Tehran",
# "travelled to Seoul", "visited Tehran".
_ARRIVING = frozenset({"arrive", "travel", "fly", "come", "go", "head", "visit", "land"})
# Verbs of keeping out of or going away from a place: whoever is asked to "avoid Belarusian
# airspace" or "leave Ukraine" is not of that country.
_KEEPING_AWAY = frozenset({"avoid", "leave", "exit", "evacuate", "flee", "quit", "shun"})
_TO_PLACE = frozenset({"in", "to", "at"})


def _travels_to(head: Token, country: str, day: dt.date, actors: DocActors) -> bool:
    """``head`` comes to, or is to keep away from, a place of ``country``: an official named
    only by office who "arrived in Tehran" came from elsewhere, and is not of the last
    government named if that is Iran's ("The First Vice Minister of Foreign Affairs Choi
    Jong-kun arrived in Tehran"); nor are "airlines" asked "to avoid Belarusian airspace"
    Belarus's."""
    if head.dep_ == "dobj":  # "asked airlines to avoid …": the one asked does the to-clause
        verb = next((c for c in head.head.children if c.dep_ == "xcomp" and c.i > head.i), None)
    else:
        verb = head.head if head.dep_ == "nsubj" else None
    lemma = verb.lemma_.lower() if verb is not None else ""
    if lemma not in _ARRIVING | _KEEPING_AWAY:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in _TO_PLACE for p in c.children
    ]
    if lemma in _KEEPING_AWAY:  # "avoid Belarusian airspace", "leave Russian territory"
        places += [m for p in places for m in p.children if m.dep_ in ("amod", "compound", "poss")]
    for place in places:
        span = actors.by_token.get(place.i)
        entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
        if entry is None or entry.code[:3] != country:
            continue
        if entry.kind in PLACE_KINDS | {"name"} or lemma in _KEEPING_AWAY:
            return True
    return False


def _capital_role(head: Token, span: Span | None) -> bool:
    """``head`` is a role noun written with a capital, not a name: "the Ministry of Foreign
    Affairs summoned …" (translated press capitalises a body it names without its country:
    the last government named, as "the ministry" is)."""
    return span is not None and span.label_ == "AGENT" and span.root.i == head.i


def _holder_named(role: Token) -> bool:
    """The role noun is followed by its holder's name, one we do not know: "the deputy foreign
    minister Igor Morgulov", "the deputy foreign minister Xie Feng" are people of their own,
    not the last government named (in a story that named Abe or Biden last)."""
    return any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == role.i + 1 + _name_offset(c)
        for c in role.children
    )


# Parts of a military unit, named by the unit they belong to: "the command of the Third Army".
_UNIT_PARTS = frozenset({"command", "headquarters", "garrison", "base", "staff"})


def _unit_named(body: Token) -> bool:
    """The noun of a unit's part is followed by the name of the unit, one we do not know:
    "visited the command of the Third Army", "the headquarters of the Eighth Fleet" are that
    unit's, not the last military named (a party's military commission, say). (A title or
    body of another kind keeps the story's memory: "the Minister of Health Hashemi".)"""
    return body.lemma_.lower() in _UNIT_PARTS and any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" and p.text[:1].isupper()
        for c in body.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def _name_offset(name: Token) -> int:
    """How many words of the name stand before its last one ("Igor Morgulov": 1)."""
    return sum(1 for c in name.children if c.dep_ == "compound" and c.i < name.i)


def _as_titled(
    person: ActorEntry, span: Span, phrase: list[Token], day: dt.date, actors: DocActors
) -> ActorEntry:
    """The person as the title before the name states it: "EU foreign policy chief Josep
    Borrell" is the EU's even on a day his dated entries make him Spain's minister, "Spanish
    Foreign Minister Josep Borrell" Spain's. A title's country or organisation picks the
    person's entry with that code, in office as the reporter says; an organisation we do not
    list for the person ("U.N. envoy X") still wins, a country does not ("Syria envoy X" is
    sent to Syria, not by it)."""
    titles = [
        found
        for tok in phrase
        if tok.i < span.start
        and tok.dep_ in ("compound", "amod", "poss", "nmod")
        and (other := actors.by_token.get(tok.i)) is not None
        and other.label_ != "AGENT"
        and other.start != span.start
        and (found := actors.book.lookup(other.kb_id_, day)) is not None
        and found.kind in _TITLE_KINDS
        # ("the secretary of the Security Council of Russia Nikolai Patrushev": Russia's; and
        # with no country told, a title states share is the person's own state's: "the
        # secretary of the Security Council Nikolai Patrushev")
        and not _owned_council(found, other, actors, day)
        and not _shared_title(found, other)
        and not _posted_at(person, found)
    ]
    codes = {t.code for t in titles}
    if not codes or person.code in codes:
        return person
    entries = actors.book.aliases.get(" ".join(span.kb_id_.lower().split()), [])
    same = [e for e in entries if e.kind == "person" and e.code in codes]
    if same:
        return replace(min(same, key=lambda e: e.distance(day)), start=None, end=None)
    igo = next((t for t in titles if t.kind == "igo"), None)
    if igo is not None:
        return ActorEntry(igo.code, person.sector, "person", person.name, role=person.role)
    return person


# The body a country's envoy to it is posted at, by the envoy's role.
_POSTS = {"un_ambassador": "UNO"}


def _posted_at(person: ActorEntry, body: ActorEntry) -> bool:
    """``body`` is where the person serves his country as its envoy, not whose he is: "the
    permanent representative of our country at the United Nations Majid Takht-Ravanchi",
    "UN envoy Vassily Nebenzia" speak for Iran and Russia (a UN envoy of its own, "UN envoy
    Staffan de Mistura", is listed as the UN's, with no such role)."""
    return body.kind == "igo" and _POSTS.get(person.role) == body.code


# Kinds of name a title before a person's name states the office by: "Spanish", "EU".
_TITLE_KINDS = ("name", "demonym", "igo")


def _placed_in(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """The country of an "in X" phrase on a role word or on the noun it modifies ("police in
    Lagos", "the military coup in Turkey")."""
    holders = [head] + ([head.head] if head.dep_ in ("amod", "compound") else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in (p for p in prep.children if p.dep_ == "pobj"):
                span = actors.by_token.get(place.i)
                entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
                if entry is not None and entry.kind in PLACE_KINDS | {"name"}:
                    return entry.code
    return None


_OWN_LEADER_BACK = 2000  # tokens: the story's own leader may be named once, at its start


def _title_qualified(title: Token) -> bool:
    """The title says whose it is: "Russian President Vladimir Putin", "Turkey's President"."""
    return any(
        c.dep_ in ("amod", "compound", "poss", "nmod")
        and (c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss")
        for c in title.children
    )


# Military alliances, whose members a story calls "the allies" once it has named the
# alliance or one of its bodies or officers.
_ALLIANCES = ("NATO", "CSTO")


def _alliance_told(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """A bare "the allies" told where an alliance was just named ("the North Atlantic Council
    met at Ankara's request; the allies expressed their solidarity with Turkey", "Stoltenberg
    said the allies agreed"): that alliance's code, or None."""
    if head.lemma_.lower() != "ally" or head.tag_ != "NNS":
        return None
    if [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"]:
        return None
    for i in range(head.i - 1, _mention_window(head) - 1, -1):
        span = actors.by_token.get(i)
        if span is None or span.label_ != "ACTOR":
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        code = entry.code if entry is not None else ""
        found = next((a for a in _ALLIANCES if code.startswith(a)), None)
        if found is not None:
            return found
    return None


def _own_leader(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The holder a bare title ("the President") names again when the last holder named
    was a foreign guest, his title qualified by his country: a Turkish story names its own
    leader "President Recep Tayyip Erdoğan" and a guest "Russian President Vladimir Putin",
    and its later "the President went to Brussels" is Erdoğan. None when the nearest
    holder's title was bare too, or no bare one was named (the usual reading holds)."""
    kids = [c.lower_ for c in head.children if c.dep_ != "case"]
    if head.pos_ != "PROPN" or not head.is_title or kids[:1] != ["the"]:
        return None
    guest = False
    for tok in reversed(head.doc[max(head.i - _OWN_LEADER_BACK, 0) : head.i]):
        if (
            tok.lower_ != head.lower_
            or tok.dep_ != "compound"
            or tok.head.pos_ != "PROPN"
            or tok.head.i < tok.i
        ):
            continue
        if _title_qualified(tok):
            guest = True
            continue
        if not guest:
            return None
        span = actors.by_token.get(tok.head.i)
        entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
        if entry is None or entry.kind != "person":
            return None
        return Actor(entry.code, entry.sector, span.kb_id_)
    return None


def _colleague(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """The country of a known person or government joined to ``head`` ("X and Y"), if any."""
    for other in head.conjuncts:
        span = actors.by_token.get(other.i)
        if span is None or span.label_ != "ACTOR":
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is not None and entry.kind == "person":
            # (the whole code: a person of NATO or of the EU serves the organisation, not
            # the country its first three letters would spell)
            return entry.code
    return None


_COUNTRY_NOUNS = {
    "kingdom", "country", "republic", "emirate", "sultanate", "nation",
    "government",  # "the ministry said the government had asked Israel …": the speaker's
}  # fmt: skip


def _own_country(head: Token) -> bool:
    """ "the kingdom", "the country", "the government" alone, the subject of a clause someone
    is quoted saying ("announced that the kingdom breaks off relations"; not "said it would continue
    attacks on the country")."""
    return (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in _COUNTRY_NOUNS
        and [c.lower_ for c in head.children] == ["the"]
        and any(t.dep_ == "ccomp" for t in [head, *head.ancestors])
    )


# A country's own forces, written with no country: "the armed forces", "the army".
_OWN_FORCES = {"force", "army", "military", "troop", "soldier", "police", "navy", "guard"}
# Praise a leader gives at home: "congratulated the armed forces", "thanked the police".
_PRAISING = {
    "congratulate", "praise", "thank", "hail", "commend", "salute", "honour", "honor",
    "laud", "applaud", "decorate",
}  # fmt: skip


def _praising_own(head: Token) -> Token | None:
    """The subject praising "the armed forces" (or "the army", "the troops") named with no
    country: "Erdogan congratulated the armed forces after the jet was downed" praises his
    own forces, not the foreign army the story named last."""
    if head.dep_ != "dobj" or head.lemma_.lower() not in _OWN_FORCES:
        return None
    if [c.lower_ for c in head.children if c.dep_ != "amod" or c.lower_ != "armed"] != ["the"]:
        return None
    if head.head.lemma_.lower() not in _PRAISING:
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)


LEGISLATURE = "LEG"  # the sector of parliaments and their members


def _house_asking(head: Token) -> Token | None:
    """The subject of the clause in which "the government" alone (or "the central
    government") is asked or addressed as an object ("the State Duma adopted an appeal to
    the government", "parliament called on the government to …", "the opposition asked the
    government to recall the envoy", "the Supreme Court ruled … and asked the central
    government to set up a court"): a country's legislature, opposition or courts ask their
    own country's government, whichever government the story named last (the caller keeps
    this to those bodies, ``_OWN_HOUSES``)."""
    if head.lemma_.lower() != "government" or [
        c.lower_ for c in head.children if c.lower_ not in _NATIONAL_LEVEL
    ] != ["the"]:
        return None
    if head.dep_ not in ("pobj", "dobj"):
        return None
    verb = next((v for v in head.ancestors if v.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    # (a verb joined to an earlier one shares its subject: "ruled … and asked the government")
    for clause in (verb, first_conjunct(verb)):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


# Bodies of a country that ask "the government" only of their own country.
_OWN_HOUSES = frozenset({LEGISLATURE, "OPP", "JUD"})
# Words that say "the government" is the national one: "the central government".
_NATIONAL_LEVEL = frozenset({"central", "federal", "national"})


# Nouns whose owner is not who they are: "Russia's allies", "critics of Putin".
# Deals, laws and policies: a role noun before them names what they are about, never who
# acts ("defends the refugee deal", "threatens to scrap the migrant deal with the EU", "the
# police reform"), so the phrase is no actor of that role.
SUBJECT_MATTERS = {
    "deal", "pact", "agreement", "accord", "treaty", "law", "policy", "plan", "program",
    "programme", "bill", "decree", "reform", "crisis", "quota", "scheme", "rule", "regulation",
}  # fmt: skip

RELATION_NOUNS = {
    "ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "critic", "opponent",
    "adversary", "counterpart", "detractor", "backer", "supporter", "creditor", "victim",
}  # fmt: skip


# Powers that hold or held a land not their own: "the former administering power of Western
# Sahara" is Spain, "the occupying power of the West Bank" Israel, never the land named.
_HOLDING_POWERS = {"colonial", "administering", "occupying", "mandatory", "protecting"}


def relation_noun(tok: Token) -> bool:
    """``tok`` is a noun whose owner or "of" phrase is not who it is: "Russia's allies",
    "the former colonial power of Western Sahara"."""
    lemma = tok.lemma_.lower()
    return lemma in RELATION_NOUNS or (
        lemma == "power"
        and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _HOLDING_POWERS for c in tok.children
        )
    )


# Bodies of a state's home politics: "the parliamentary majority", "the ruling coalition",
# "the opposition", "the movement of the preacher". Such a body is not its state.
HOME_POLITICS = frozenset({
    "majority", "minority", "opposition", "coalition", "party", "faction", "movement",
    "network",
})  # fmt: skip


def home_body(tok: Token) -> bool:
    """``tok`` heads a body of home politics ("accused the ruling coalition", "criticised
    the opposition"), not an act of opposing ("its opposition to the drills")."""
    return tok.lemma_.lower() in HOME_POLITICS and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "against") for c in tok.children
    )


def _under_relation(tok: Token, head: Token) -> bool:
    """``tok`` lies in the possessor or the "of" phrase of a relation noun at or below
    ``head``: "critics of Putin", "Mawarire, a critic of President Mugabe"."""
    while tok.i != head.i and tok.head.i != tok.i:
        parent = tok.head
        if relation_noun(parent) and (
            tok.dep_ == "poss" or (tok.dep_ == "prep" and tok.lower_ == "of")
        ):
            return True
        tok = parent
    return False


def _name_text(name: Token) -> str:
    """The words of a name and what stands before it in its phrase: "Saif al-Islam", "the
    Kenyan president's daughter"."""
    return name.doc[name.left_edge.i : name.i + 1].text


# Courts an international body may set up with a state: "the UN-backed court in Sierra
# Leone", "a UN-sponsored tribunal in Cambodia".
_COURTS = {"court", "tribunal"}


def _international_tribunal(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """A court backed by an international organisation is that organisation's court, not the
    host state's ("the UN-backed court in Sierra Leone sentenced Charles Taylor": the UN's
    judges, though it sits in Freetown); a court backed by a state is still judged by where
    it sits, as "Iranian-backed militias in Iraq" are Iraq's."""
    if head.lemma_.lower() not in _COURTS:
        return None
    for tok in head.children:
        if not _backer_mark(tok):
            continue
        for part in tok.subtree:
            span = actors.by_token.get(part.i)
            found = actors.book.lookup(span.kb_id_, day) if span is not None else None
            if found is not None and found.kind == "igo":
                return Actor(found.code, "JUD", _name_text(head))
    return None


def _under_kinship(tok: Token, head: Token) -> bool:
    """``tok`` lies in the possessor or the "of" phrase of a noun of kinship at or below
    ``head``: "Gaddafi's son", "Saif al-Islam, a son of Muammar Gaddafi", "the Kenyan
    president's daughter" (the kinsman is of the leader's state, not its government)."""
    while tok.i != head.i and tok.head.i != tok.i:
        parent = tok.head
        if parent.lemma_.lower() in KINSHIP and (
            tok.dep_ == "poss" or (tok.dep_ == "prep" and tok.lower_ == "of")
        ):
            return True
        tok = parent
    return False


# "in retaliation for", "in response to", "as a reprisal for": why something was done (not
# "in defiance of", "in protest against": those are aimed at whom they name).
MOTIVES = {
    "retaliation", "response", "revenge", "reprisal", "retribution", "reaction", "memory",
    "honour", "honor", "defence", "defense",
}  # fmt: skip


def motive(tok: Token) -> bool:
    """``tok`` heads a phrase of motive: "in retaliation for …", "in response to …"."""
    return tok.lemma_.lower() in MOTIVES and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "as")


def _under_motive(tok: Token, head: Token) -> bool:
    """``tok`` lies in a phrase of motive below ``head`` ("a base in retaliation for Saudi
    airstrikes": the Saudis are why, not who)."""
    while tok.i != head.i and tok.head.i != tok.i:
        if motive(tok):
            return True
        tok = tok.head
    return False


# Words that put a role noun on a side of many countries ("Western governments"), or of one
# we cannot tell ("Korean officials": North or South).
BLOC_WORDS = {
    "western", "foreign", "international", "allied", "multinational", "overseas", "arab",
    "african", "asian", "european", "gulf", "latin", "coalition", "korean",
}  # fmt: skip
# Peoples and faiths of several countries: "the Kurdish authorities" are not the government
# last named (they may still be the story's country: "a Kurdish activist died in a Turkish
# prison").
PEOPLE_WORDS = {
    "kurdish", "baloch", "baluch", "pashtun", "tuareg", "berber", "druze", "yazidi", "shiite",
    "shia", "sunni", "alawite",
}  # fmt: skip


# The words after a city that say a text comes from a paper there: "a Seoul daily".
_PAPER_WORDS = frozenset({"daily", "weekly", "newspaper", "paper"})
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def papers_home(doc: Doc, actors: DocActors) -> str | None:
    """The country of the city that a text's opening (its first four sentences) names as
    the home of the paper it comes from: "Analysis, machine-translated from the original of
    a Seoul daily" gives KOR, "(a Beirut daily)" LBN; None when the opening names none."""
    for number, sent in enumerate(doc.sents):
        if number == 4:
            return None
        for tok in sent[1:]:
            span = actors.by_token.get(tok.i - 1)
            if tok.lower_ not in _PAPER_WORDS or span is None or span.label_ != "ACTOR":
                continue
            entry = actors.book.lookup(span.kb_id_)
            if entry is not None and entry.kind in ("capital", "city"):
                return entry.code[:3]
    return None


def _words_of_another(head: Token) -> bool:
    """``head`` stands inside quotation marks, or in a clause told as someone's words ("the
    ministry wrote that the remarks hurt our nations")."""
    before = head.doc[head.sent.start : head.i]
    if sum(t.text in _QUOTES for t in before) % 2 == 1:
        return True
    return any(t.dep_ == "ccomp" for t in (head, *head.ancestors))


# The halves of Korea as a story about both calls them: "the North", "the South side",
# "the northern side" (each side's own press and translations of it).
_KOREAN_HALVES = {"north": "PRK", "northern": "PRK", "south": "KOR", "southern": "KOR"}
_KOREAN_WORDS = {"korea", "korean", "koreas", "pyongyang", "seoul"}


def _korean_half(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """PRK or KOR for "the North" or "the South side" in a text that named Korea, or an
    actor of either half, before. Written in lower case (as a lower-case headline keeps it
    when the line is put in news case), "the south" is the South too when it does or owns
    something ("north korea warns of a strike if the south goes ahead with drills"; "fighting
    in the north" stays a region)."""
    word = head
    if head.lemma_.lower() == "side":
        word = next(
            (c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i), head
        )
    code = _KOREAN_HALVES.get(word.lower_)
    doer = head.dep_ in ("nsubj", "nsubjpass", "poss")
    if code is None or (word is head and not head.text[:1].isupper() and not doer):
        return None
    if word.i == 0 or head.doc[word.i - 1].lower_ != "the":
        return None
    if any(t.lower_ in _KOREAN_WORDS for t in head.doc[: head.i]):
        return code
    spans = {span for i, span in actors.by_token.items() if i < head.i}
    return code if any(_korean(span.kb_id_, day, actors) for span in spans) else None


def korean_halves_before(head: Token) -> list[str]:
    """The Koreas a text about Korea has called "the North" and "the South" before ``head``,
    in the order it first did ("… Pyongyang … the North fired … the South answered": PRK,
    KOR)."""
    seen: list[str] = []
    korean = False
    for tok in head.doc[: head.i]:
        korean = korean or tok.lower_ in _KOREAN_WORDS
        code = _KOREAN_HALVES.get(tok.lower_) if tok.text[:1].isupper() else None
        if korean and code and tok.i > 0 and head.doc[tok.i - 1].lower_ == "the":
            if code not in seen:
                seen.append(code)
    return seen


def _korean(kb_id: str, day: dt.date, actors: DocActors) -> bool:
    entry = actors.book.lookup(kb_id, day)
    return entry is not None and entry.code[:3] in ("PRK", "KOR")


def foreign_modifier(head: Token, actors: DocActors) -> bool:
    """``head`` is qualified by a bloc word we have no code for ("Western governments",
    "foreign diplomats", "the Arab coalition"): it is not the government last mentioned nor
    the story's country, nor the country where it acts."""
    return any(
        c.dep_ in ("amod", "compound", "nmod")
        and c.lower_ in BLOC_WORDS
        and c.i not in actors.by_token
        for c in head.children
    )


def resolve_all(
    head: Token,
    day: dt.date,
    actors: DocActors,
    of_phrases: bool = True,
    inside: bool = True,
    exclude: frozenset[str] = frozenset(),
) -> list[tuple[Actor, float]]:
    """Like :func:`resolve_phrase`, plus coordinated modifiers: "U.S. and Russian
    negotiators" names two actors with the same sector, and "the two leaders" the last two
    people named before. A phrase asked again while the document's memory is unchanged gets
    the same answer without being resolved again."""
    key = (head.i, day, of_phrases, inside, exclude)
    known = actors.resolved.get(key)
    if known is not None and known[0] == actors.version:
        return list(known[1])
    found = _resolve_all(head, day, actors, of_phrases, inside, exclude)
    actors.resolved[key] = (actors.version, found)
    return list(found)


def _resolve_all(
    head: Token,
    day: dt.date,
    actors: DocActors,
    of_phrases: bool,
    inside: bool,
    exclude: frozenset[str],
) -> list[tuple[Actor, float]]:
    pair = _the_two(head, day, actors, exclude) or _the_listed(head, day, actors)
    if pair:
        return pair
    first = resolve_phrase(head, day, actors, of_phrases, inside, exclude)
    if first is None:
        return []
    out = [first]
    head_span = actors.by_token.get(head.i)
    role = head_span is not None and head_span.label_ == "AGENT"
    # "lawmakers in Arnor and Gondor": the role noun's "in" phrase is part of it
    tokens = phrase_tokens(head, of_phrases, role)[1:] + shared_tokens(head, actors)
    if first[1] == INSIDE_CONFIDENCE:  # found inside the phrase: expand that actor's conjuncts
        tokens = [
            t
            for t in head.subtree
            if t.i in actors.by_token and actors.by_token[t.i].kb_id_ == first[0].name
        ]
    for tok in tokens:
        if _under_relation(tok, head):
            # "The Arab League and Somalia's neighbour Djibouti criticised …", parsed as the
            # neighbour of both: the one whose neighbour it is is no side; a member listed
            # before the one with "'s" still is
            if _listed_before_owner(tok):
                _add_named(tok, day, actors, first, out)
            continue
        # "Nigerian and British armed forces": the first member of a list joined to the
        # head's own name is a side too
        listed = [tok] if any(c.i in actors.by_token for c in tok.conjuncts) else []
        for conj in (*listed, *tok.conjuncts, *_coordinated_modifiers(tok), *_parallel_of(tok)):
            _add_named(conj, day, actors, first, out)
    return out


def _listed_before_owner(tok: Token) -> bool:
    """``tok`` is a possessor whose "'s" sits on a later member of its list ("The Arab League
    and Somalia's neighbour"): the parser's joint owner, most often a side of its own."""
    return (
        tok.dep_ == "poss"
        and not any(c.dep_ == "case" for c in tok.children)
        and any(any(g.dep_ == "case" for g in c.children) for c in tok.conjuncts)
    )


def _add_named(
    tok: Token, day: dt.date, actors: DocActors, first: tuple[Actor, float], out: list
) -> None:
    """Add the actor whose name is at ``tok`` to ``out``, with ``first``'s sector."""
    span = actors.by_token.get(tok.i)
    entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
    if entry is not None and span is not None and span.label_ == "ACTOR":
        actor = Actor(entry.code, first[0].sector, span.kb_id_)
        if all(actor.code != a.code for a, _ in out):
            out.append((actor, first[1]))


def _parallel_of(tok: Token) -> list[Token]:
    """The objects of "of" phrases in one list with the one ``tok`` is the object of, as
    translated copy repeats the preposition: "the presidents of Guyana and of Venezuela"
    (the second "of" parsed as a conjunct of the first or of the noun, or as a sibling of
    the first beside an "and")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return []
    preps = [c for c in prep.conjuncts if c.lower_ == "of"]
    noun = prep.head
    if any(c.dep_ == "cc" for c in noun.children):  # (or as a conjunct of the noun itself)
        preps += [
            c
            for c in noun.children
            if c.dep_ in ("prep", "conj") and c.lower_ == "of" and c != prep
        ]
    return [p for of in preps for p in of.children if p.dep_ == "pobj"]


def _coordinated_modifiers(tok: Token) -> list[Token]:
    """Modifiers in one list with ``tok`` but parsed as siblings: in "UK and EU negotiators"
    "EU" hangs on "negotiators", not on "UK"; in "Ethiopian, Mozambican and South African
    troops" all three do, and only one of them holds the "and"."""
    if tok.dep_ not in _MODIFIERS:
        return []
    siblings = [s for s in tok.head.children if s.dep_ in _MODIFIERS and s.i < tok.head.i]
    listed = any(c.dep_ in ("cc", "conj") for s in siblings for c in s.children)
    joined = all(
        any(t.dep_ in ("punct", "cc") for t in tok.doc[a.i + 1 : b.i])
        for a, b in zip(siblings, siblings[1:], strict=False)
    )
    if not (listed and joined):
        return []
    return [m for s in siblings for m in (s, *s.conjuncts) if m.i != tok.i]


_MODIFIERS = ("compound", "amod", "nmod")


_FORMER = {"former", "ex", "ex-", "late", "ousted", "deposed", "exiled", "retired"}

_LOCATIVE = {"in", "at", "inside", "within", "throughout", "via", "near", "outside", "around"}


# Ways one is on: "on the way to Manila", "en route to Seoul".
WAYS = {"way", "route"}


def on_the_way(tok: Token) -> bool:
    """``tok`` names where one is going: "on the way to Manila", "en route to Seoul"."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and (prep.head.lemma_.lower() in WAYS or prep.head.lower_ == "en")
    )


def _locative(tok: Token) -> bool:
    """A place name inside a locative phrase ("a summit in Reykjavik") names a location."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE


# Nouns for a state's ground: "on the territory of Ukraine", "on Russian soil".
_GROUND = {"territory", "soil", "land"}


def a_doing(noun: Token) -> bool:
    """``noun`` names a thing done, not who or what is there: "the issuing of passports",
    "the shelling of villages", "the deployment of missiles" ("the deputy chief of Israel's
    militia ally in southern Lebanon" is someone, whose country the place may well be)."""
    return noun.pos_ == "NOUN" and noun.lower_.endswith(("ing", "ment", "tion", "sion"))


def on_ground(tok: Token) -> bool:
    """``tok`` names only the ground where a thing is done: "the shelling of villages in
    Russia", "the issuing of passports on the territory of Ukraine", "missiles on Russian
    soil". A side that condemns what is done on its own ground condemns someone else."""
    if _locative(tok):
        return True
    ground = tok.head if tok.dep_ in ("amod", "compound", "poss") else tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ != "of":
        return False
    return (
        ground.lemma_.lower() in _GROUND
        and ground.dep_ == "pobj"
        and ground.head.lower_ in _LOCATIVE | {"on", "onto", "into"}
    )


# Lines between two countries, and the words that name the country on the other side.
BOUNDARIES = {"border", "frontier", "boundary", "borderline"}
_BEYOND = {"with", "between"}


def across_boundary(tok: Token) -> bool:
    """``tok`` names the country a boundary runs along, which says where, not whose: "soldiers
    near the border with China" are not Chinese, "refugees at the border between Chad and
    Sudan", "troops massed near the Syrian border". A border owned by someone ("Syria's
    border", "its border with Iraq") is another matter, read by the owner."""
    while tok.dep_ == "conj":  # "between Chad and Sudan"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in _BEYOND:
        edge = tok.head.head
    elif tok.dep_ in ("amod", "compound"):
        edge = tok.head
        if edge.dep_ != "pobj":  # "Turkish border guards": the guards' country
            return False
    else:
        return False
    return edge.lemma_.lower() in BOUNDARIES


# A state's posts in other lands: "Greek embassies", "the British consulate".
MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery", "mission"})


def owns_a_mission(tok: Token) -> bool:
    """``tok`` names a state only as the owner of an embassy or consulate, which stands in
    another land ("Kurdish protesters stormed Greek embassies across Europe"): that story is
    not about one country, and its crowds are no Greek crowds."""
    return tok.dep_ in ("amod", "compound", "poss") and tok.head.lemma_.lower() in MISSIONS


def based_in(tok: Token) -> bool:
    """``tok`` names where something is based ("Pakistan-based militant groups", "the
    London-based monitor"): where a group sits, as a border's far side is, says where, not
    whom a story is about."""
    following = tok.doc[tok.i + 1 : tok.i + 3]
    return len(following) == 2 and following[0].text == "-" and following[1].lower_ == "based"


# Prepositions that put something by a line: "near the Thai border", "close to the frontier".
_BY = {"on", "near", "along", "at", "by", "to"}


def by_the_line(tok: Token) -> bool:
    """``tok`` is a boundary named by the side across it, in a phrase that says where
    something is ("near the Thai border", "on the frontier with Niger", "close to the Iraqi
    border"): a place, no side an act is done to."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.lemma_.lower() not in BOUNDARIES or prep.lower_ not in _BY:
        return False
    if prep.lower_ == "to" and prep.head.lower_ != "close":
        return False
    named = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    named += [p for c in tok.children if c.lower_ in _BEYOND for p in c.children]
    return any(across_boundary(t) for t in named)


# Places held or struck that may stand by a line: "a rebel camp near the Thai border".
SITES = {
    "camp", "base", "stronghold", "outpost", "position", "post", "hideout", "garrison",
    "checkpoint", "village", "town", "settlement", "enclave", "bunker", "trench",
}  # fmt: skip


def _site_by_line(tok: Token) -> bool:
    """``tok`` names the country along a boundary that a site stands by: "a militant camp near
    the Pakistani border", "rebel positions on the Thai frontier" say where the camp or the
    positions are, not whose they are (a thing done there, "exercises near the border with
    Finland", may still be aimed at it)."""
    while tok.dep_ == "conj":
        tok = tok.head
    edge = tok.head.head if tok.dep_ == "pobj" else tok.head
    if edge.dep_ != "pobj" or edge.lemma_.lower() not in BOUNDARIES:
        return False
    site = edge.head.head
    if site.lower_ in ("close", "next") and site.dep_ in ("amod", "advmod"):
        site = site.head  # "camps close to the Thai border"
    return edge.head.dep_ == "prep" and site.lemma_.lower() in SITES


# "the two leaders", "both presidents", "the two sides": the pair named before.
PAIR_NOUNS = {
    "leader", "president", "side", "country", "nation", "government", "minister", "premier",
    "chancellor",
}  # fmt: skip
# "Russia and China vetoed the draft. The two powers said …", "the two rivals": states told by
# what they are to the world or to each other, a pair only as the subject of an act told, not
# inside what a third side says of them ("Mubarak met Demirel and said he hoped the two
# neighbours would settle their differences": Turkey and Syria, not the two last named)
RELATIONAL_PAIRS = {
    "power", "superpower", "rival", "neighbour", "neighbor", "ally", "adversary", "foe",
}  # fmt: skip
_PEOPLE_PAIR = {"leader", "president", "minister", "premier", "chancellor"}
# The offices a pair noun of people names: "the two presidents" met are the two heads last
# named, not a foreign minister named since ("Lavrov said … Tillerson noted … the two
# presidents agreed").
_HEADS = frozenset({"head_of_state", "head_of_government"})
# ("leaders" may lead a party or a movement: any office)
_PAIR_OFFICES = {
    "president": _HEADS, "premier": _HEADS, "chancellor": _HEADS,
    "minister": frozenset({"foreign_minister", "defence_minister", "head_of_government"}),
}  # fmt: skip
# What two sides are in against each other: a third side's word on it is aimed at both.
# (an agreement is left to the story: reactions to it are aimed at those who made it)
SHARED_MATTERS = {
    "conflict", "dispute", "crisis", "standoff", "row", "feud", "confrontation",
    # and what they make up together: "Guterres welcomed the rapprochement"
    "rapprochement", "reconciliation", "normalisation", "normalization", "thaw",
}  # fmt: skip
# Verbs of talking a matter over: their object is a topic, no side.
_TALKED_OVER = frozenset({"discuss", "debate", "review", "consider", "examine"})
# A matter named with the noun of what it is about: "welcomed the peace process".
_MATTER_COMPOUNDS = {("process", "peace"), ("talks", "peace"), ("process", "normalization")}


def _of_the_two(head: Token) -> Token | None:
    """The pair noun of a subject "the soldiers of the two countries", "the foreign ministers
    of the two countries" ("countries"); not of "the two leaders of …", a pair itself."""
    if head.dep_ not in ("nsubj", "nsubjpass") or (
        head.lemma_.lower() in PAIR_NOUNS
        and any(c.lower_ in ("two", "both") for c in head.children)
    ):
        return None
    return next(
        (
            p
            for p in _of_objects(head)
            if p.lemma_.lower() in ("country", "nation", "side", "state")
            and any(d.lower_ in ("two", "both") for d in p.children)
        ),
        None,
    )


def _of_objects(head: Token) -> Iterator[Token]:
    """The objects of ``head``'s "of" phrases ("the ministers of | the four countries")."""
    return (
        p
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _the_two(
    head: Token, day: dt.date, actors: DocActors, exclude: frozenset[str] = frozenset()
) -> list[tuple[Actor, float]]:
    """The two actors "the two leaders" (or "both sides") refers back to: the last two
    different people (or countries) named before ``head`` in the document. As a target
    (``exclude``: the source's codes), "offered mediation to the two countries" are the
    last two other countries."""
    if head.lower_ == "they" and head.dep_ == "nsubj" and head.head.dep_ == "ccomp":
        # "The leaders said they had discussed Syria": the speakers
        said_by = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
        return _the_two(said_by, day, actors) if said_by is not None else []
    lemma = head.lemma_.lower()
    speakers = _pair_speaking(head, day, actors)
    if speakers:  # "the presidents of X and of Y agreed that the two countries will …"
        return speakers
    pair = _of_the_two(head)
    if pair is not None:  # "the soldiers of the two countries clashed": each country
        return _the_two(pair, day, actors, exclude)
    span = actors.by_token.get(head.i)
    # "Russia offered to help resolve the conflict", "Guterres welcomed the agreement": as
    # the target of a third side, a bare matter two sides share stands for the last two
    # other countries named
    matter = (
        bool(exclude)
        and head.dep_ in ("dobj", "pobj")
        and (
            (
                lemma in SHARED_MATTERS
                and head.tag_ == "NN"
                and [c.lower_ for c in head.children] == ["the"]
            )
            or _named_matter(head)
        )
        # ("ministers will meet on Sunday to discuss the dispute": the topic of their own
        # talks, not two sides they meet)
        and not (head.dep_ == "dobj" and head.head.lemma_.lower() in _TALKED_OVER)
    )
    told_of = lemma in RELATIONAL_PAIRS and head.head.dep_ not in ("ccomp", "xcomp", "advcl")
    if not matter and (
        (lemma not in PAIR_NOUNS and not told_of)
        or head.tag_ != "NNS"
        or (span is not None and span.label_ == "ACTOR")
    ):
        return []
    other = bool(exclude) and (
        lemma in ("country", "nation", "side", "party", "government", "state") or matter
    )
    owned = head.dep_ == "pobj" and _of_the_two(head.head.head) is not None
    if head.dep_ not in ("nsubj", "nsubjpass") and not other and not owned:
        return []  # "agreements between the two countries" are the subject's own
    # "the leaders" alone (no "EU leaders"): the two named before, when people; "the sides"
    # alone, as translated text calls those who just met ("After the talks the sides agreed")
    alone = [c.lower_ for c in head.children] == ["the"]
    bare = (lemma in _PEOPLE_PAIR or lemma == "side") and alone
    if not (bare or matter) and not any(c.lower_ in ("two", "both") for c in head.children):
        return []
    # "the two sides": the two who met (as a target, "called on both sides": two countries)
    person = lemma in _PEOPLE_PAIR or (lemma == "side" and not other)
    if lemma == "side":
        halves = korean_halves_before(head)
        if len(halves) == 2:
            # "The North shelled the border … the two sides agreed": in a story that calls
            # the Koreas the North and the South, its two sides are those two
            return [(Actor(code, "", code), 0.6) for code in halves if code not in exclude]
    if not person and not other:
        joint = _joint_subject_pair(head, day, actors)
        if joint:
            return joint
    found: list[tuple[Actor, float]] = []
    named: Counter[str] = Counter()  # how often each other side is named before
    first: dict[str, int] = {}  # and where first
    for i in range(head.i - 1, max(head.i - 400, -1), -1):
        span = actors.by_token.get(i)
        if span is None or span.label_ != "ACTOR" or i != span.start:
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is None or (person and entry.kind != "person"):
            continue
        offices = _PAIR_OFFICES.get(lemma) if person else None
        held = actors.book.roles(span.kb_id_, day) if offices else set()
        if held and not held & offices:
            continue
        if not person and entry.kind == "person":
            # "Lavrov and Tillerson said the two countries will …": the countries of the
            # two people named
            entry = replace(entry, sector="")
        last = head.doc[span.end - 1]
        venue = last.dep_ == "pobj" and last.head.lower_ in ("in", "at")
        if venue and (matter or entry.kind in ("city", "capital")):
            # "signed an accord in Addis Ababa", "proposed to meet Putin in Paris … said the
            # two countries should …": the venue is no side
            continue
        if on_the_way(last):
            continue  # "Pompeo on the way to Manila said …": where one travels is no side
        actor = Actor(entry.code, entry.sector, span.kb_id_)
        if other and actor.country in {code[:3] for code in exclude}:
            continue
        named[actor.country] += 1
        first[actor.country] = i
        if all(a.country != actor.country for a, _ in found):
            found.append((actor, 0.6))
        if len(found) == 2 and not other:
            return found[::-1]
    return _sides_at_odds(found, named, first) if other else []


def _joint_subject_pair(head: Token, day: dt.date, actors: DocActors) -> list[tuple[Actor, float]]:
    """The two countries a sentence named together as the subject of its earlier clause:
    "Zimbabwean and Angolan troops fought rebels in western Congo as the two countries came
    to the aid of Kabila" (Zimbabwe and Angola, not the last two named, Angola and Congo)."""
    before = [m for m in _lists_before(head, actors, reach=head.i - head.sent.start) if len(m) > 1]
    members = before[-1] if before else []
    if len(members) != 2:
        return []
    root = members[0].root
    holder = root if root.dep_ in ("nsubj", "nsubjpass") else root.head
    if holder.dep_ not in ("nsubj", "nsubjpass") or holder.i >= head.i:
        return []
    found: list[tuple[Actor, float]] = []
    for named in members:
        entry = actors.book.lookup(named.kb_id_, day)
        if entry is None:
            return []
        found.append((Actor(entry.code, "", named.kb_id_), 0.6))
    return found if found[0][0].country != found[1][0].country else []


def _sides_at_odds(
    found: list[tuple[Actor, float]], named: Counter[str], first: dict[str, int]
) -> list[tuple[Actor, float]]:
    """The two sides a third side's word is aimed at ("Russia called on both sides to show
    restraint", "urged the two countries to talk"): the two the story names most, its
    parties, not the last two named ("Turkey pledged to stand by Azerbaijan and said
    Armenia would pay": Turkey backs a side and is none of the two); on a tie the ones named
    first, as a story names its parties before those who take a side. ``found`` is every
    other side named before, the last named first."""
    if len(found) < 2:
        return []
    two = sorted(found, key=lambda f: (-named[f[0].country], first[f[0].country]))[:2]
    return sorted(two, key=lambda f: first[f[0].country])


def _named_matter(head: Token) -> bool:
    """ "the peace process": a bare matter two sides share, named by what it is about."""
    words = [c.lower_ for c in head.children]
    return (
        len(words) == 2
        and words[0] == "the"
        and (head.lemma_.lower(), words[1]) in _MATTER_COMPOUNDS
        and next(head.children).dep_ == "det"
    )


def _pair_speaking(head: Token, day: dt.date, actors: DocActors) -> list[tuple[Actor, float]]:
    """ "The presidents of Guyana and of Venezuela agreed that the two countries will not use
    force": "the two countries" in what two sides say or agree are those two sides' countries,
    not the last two named (the venue "on the island of Saint Vincent" between)."""
    if (
        head.dep_ not in ("nsubj", "nsubjpass")
        or head.head.dep_ != "ccomp"
        or head.lemma_.lower() not in PAIR_NOUNS
        or head.tag_ != "NNS"
        or not any(c.lower_ in ("two", "both") for c in head.children)
    ):
        return []
    said_by = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
    if said_by is None or said_by.i == head.i:
        return []
    countries: list[tuple[Actor, float]] = []
    for actor, _ in _resolve_all(said_by, day, actors, True, True, frozenset()):
        if actor.country and all(a.country != actor.country for a, _ in countries):
            countries.append((Actor(actor.country, "", actor.name), 0.6))
    return countries if len(countries) == 2 else []


# "the four countries", "all three governments": the countries of a list named before.
_MANY = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_LISTED_NOUNS = {"country", "nation", "state", "government", "capital"}


def _the_listed(head: Token, day: dt.date, actors: DocActors) -> list[tuple[Actor, float]]:
    """The countries "the four countries" (or "the ministers of the four countries") names
    again: the members of the last list of that many countries named before ``head`` ("Saudi
    Arabia, the United Arab Emirates, Bahrain and Egypt cut ties … the four countries")."""
    if head.lemma_.lower() not in _LISTED_NOUNS and head.dep_ in ("nsubj", "nsubjpass"):
        # "the ministers of the four countries": the countries' own
        head = next(_of_objects(head), head)
    if head.lower_ == "they" and head.dep_ in ("nsubj", "nsubjpass"):
        return _they(head, day, actors)
    if head.lemma_.lower() not in _LISTED_NOUNS or head.tag_ != "NNS":
        return []
    size = next((_MANY[c.lower_] for c in head.children if c.lower_ in _MANY), 0)
    if not size:
        return []
    # (the group so named stays named for the whole story: "the four countries" handing
    # their demands ten paragraphs after the list of the four that cut ties)
    for members in reversed(_lists_before(head, actors, reach=head.i)):
        if len(members) != size:
            continue
        found: list[tuple[Actor, float]] = []
        for named in members:
            entry = actors.book.lookup(named.kb_id_, day)
            if entry is None or entry.kind == "person":
                break
            actor = Actor(entry.code, entry.sector, named.kb_id_)
            if all(a.country != actor.country for a, _ in found):
                found.append((actor, 0.6))
        if len(found) == size:
            return found
    return []


def _they(head: Token, day: dt.date, actors: DocActors) -> list[tuple[Actor, float]]:
    """ "They" opening a sentence after one whose subject was a list of names: each of them
    ("Russia and China vetoed the resolution. They accused the West …")."""
    joined = _they_of_joined_clause(head, day, actors)
    if joined:
        return joined
    sent = head.sent
    if sent.start == 0 or head.i - sent.start > 3:
        return []
    before = head.doc[sent.start - 1].sent
    for members in reversed(_lists_before(head, actors)):
        if members[0].start < before.start:
            break
        if len(members) < 2 or members[0].root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = []
        for named in members:
            entry = actors.book.lookup(named.kb_id_, day)
            if entry is None:
                return []
            found.append((Actor(entry.code, entry.sector, named.kb_id_), 0.6))
        return found
    return []


def _they_of_joined_clause(
    head: Token, day: dt.date, actors: DocActors
) -> list[tuple[Actor, float]]:
    """ "They" subject of a clause joined by "and" to one whose subject is a list of
    countries: each of them ("Saudi Arabia, the Emirates, Bahrain and Egypt cut their
    relations with Qatar, and they accused it of supporting terrorism"; "the four
    countries handed Doha a list of demands, and they gave it ten days")."""
    verb = head.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > head.i:
        return []
    listed = _the_listed(subject, day, actors) if subject.pos_ != "PRON" else []
    if listed:
        return listed
    found: list[tuple[Actor, float]] = []
    for named in (subject, *subject.conjuncts):
        span = actors.by_token.get(named.i)
        entry = (
            actors.book.lookup(span.kb_id_, day)
            if span is not None and span.label_ == "ACTOR"
            else None
        )
        if entry is None or entry.kind == "person":
            return []
        found.append((Actor(entry.code, entry.sector, span.kb_id_), 0.6))
    return found if len(found) > 1 else []


_LIST_GLUE = {",", "and", "the", "&"}


def _lists_before(head: Token, actors: DocActors, reach: int = 400) -> list[list[Span]]:
    """The lists of names in the text before ``head`` (within ``reach`` tokens), in order:
    names next to each other with only commas, "and" or "the" between them."""
    doc = head.doc
    # (in order of their first token: the actor spans do not overlap)
    spans = {
        id(s): s
        for i in range(max(head.i - reach, 0), head.i)
        if (s := actors.by_token.get(i)) is not None and s.label_ == "ACTOR" and s.end <= head.i
    }.values()
    lists: list[list[Span]] = []
    for span in spans:
        last = lists[-1][-1] if lists else None
        glue = doc[last.end : span.start] if last is not None else None
        if glue is not None and len(glue) and all(t.lower_ in _LIST_GLUE for t in glue):
            lists[-1].append(span)
        else:
            lists.append([span])
    return lists


def _antecedent(head: Token, day: dt.date, actors: DocActors, person: bool) -> Actor | None:
    """The nearest actor named before ``head`` in the document: a person for he/she (one in
    our tables, or a name whose phrase resolves: "President Laurent Gbagbo … he"), a country
    or organisation for it/they."""
    doc = head.doc
    if head.dep_ == "poss" and (partner := _reason_partner(head, day, actors)) is not None:
        return partner
    if head.dep_ == "poss" and (partner := _answering_party(head, day, actors)) is not None:
        return partner
    if not person and head.dep_ == "poss":
        # "Israel could strike Iran, its defence minister warned": a possessive refers
        # back to its sentence's subject first, not to the nearest name.
        subject = _subject_actor(head, day, actors)
        if subject is not None:
            return subject
    if not person and head.lower_ == "it" and (subject := _governing_subject(head, day, actors)):
        # "The United States revoked the visas of 11 Venezuelan officials as it stepped up
        # pressure on Maduro": "it" in a clause hung on the main one is that one's subject
        return subject
    if (
        person
        and head.dep_ in ("nsubj", "nsubjpass")
        and (sayer := _person_saying(head, day, actors))
    ):
        # "Isaias spoke in Asmara a day after Abiy Ahmed said he would accept the ruling":
        # "he" in the words said is who says them, not the main clause's subject
        return sayer
    if person and head.dep_ in ("nsubj", "nsubjpass"):
        # "Putin congratulated Trump …; he expressed the hope": a subject pronoun keeps to
        # the last subject, not the nearest name
        subject = _last_subject_person(head, day, actors)
        if subject is not None:
            return subject
    if person and _owner_of_subject(head):
        # "Milei affirmed that … it is Sanchez who must apologise. His spokesman accused
        # Madrid …": the owner of a subject keeps to the last subject, as "he" does
        subject = _last_subject_person(head.head, day, actors)
        if subject is not None:
            return subject
    main = _participle_main(head) if not person else None
    if main is not None:
        told = _participle_object(head, main, day, actors)
        if told is not None:
            return told
        if head.lower_ == "it":
            return None  # "praised the decision, calling it very wise": the decision, no one
    if not person and head.lower_ == "it" and thing_taken_up(head, actors) is not None:
        return None  # "condemned the decision and called it a disgusting gesture": no one
    unbound = _unbound(head)
    # "… after Congo accused it of backing the rebels": nor the object pronoun's own
    # subject named again another way ("Kinshasa" is Congo)
    bound = _local_subject(head)
    bound_span = actors.by_token.get(bound.i) if bound is not None else None
    bound_entry = (
        actors.book.lookup(bound_span.kb_id_, day)
        if bound_span is not None and bound_span.label_ == "ACTOR"
        else None
    )
    bound_country = bound_entry.code[:3] if bound_entry is not None else None
    if bound_country is None and bound is not None and _states_own_phrase(bound):
        # "Mexico asked La Paz for the safe-conducts, and the government of Áñez refused
        # them": a subject phrase that names its state through a name inside it
        found = resolve_phrase(bound, day, actors, inside=False)
        bound_country = found[0].country if found is not None and found[0].country else None
    for i in range(head.i - 1, max(head.i - 400, -1), -1):
        if i in unbound or (person and _named_as(doc, i, bound)):
            continue
        if person and bound_entry is not None and _names_entry(actors, doc[i], bound_entry, day):
            continue  # "Duterte called him …": not Rodrigo Duterte named in full before
        span = actors.by_token.get(i)
        named = span is None and _name_end(doc, i)
        # "expelled the German ambassador, accusing him of …": a person's role phrase
        office = (
            span is not None
            and span.label_ == "AGENT"
            and i == span.end - 1
            and doc[i].tag_ in ("NN", "NNP")  # one person: "the ambassador", not "diplomats"
            and role_lemma(doc[i]) in PERSON_ROLES | _PRIVATE_PERSONS
        )
        if person and span is None and clerical_title(doc[i]) and _told_by_the_sentence(doc[i]):
            # "the Dalai Lama … arrived in Ulaanbaatar. During four days he held ceremonies":
            # a person named by a title of religious office, though we have no code for him;
            # an earlier person we can code is someone else
            # (one named inside what is said is not who the story goes on with: "Geng said
            # that … Mongolia let the Dalai Lama visit. He urged Mongolia …" is Geng)
            return _uncoded_title(doc[i])
        if person and _private_trade(doc[i], span, head):
            # "apologised for the killing of a fisherman by the coast guard, which fired on
            # his vessel": his own, not the leader's named before him
            found = resolve_phrase(doc[i], day, actors, inside=False)
            return (
                found[0] if found is not None and found[0].country else Actor("", "", doc[i].text)
            )
        if person and (named or office):
            found = resolve_phrase(doc[i], day, actors, inside=False)
            if found is not None and named and found[0].name.lower() in _name_words(doc[i]):
                found = None  # "Milan Radoicic … his": a place that is his first name
            if (found is None or not found[0].country) and named and doc[i].dep_ == "appos":
                # "the American pastor Andrew Brunson … accused him": the name set beside
                # a noun with a nationality takes that nationality
                found = resolve_phrase(doc[i].head, day, actors, inside=False)
            elif (found is None or not found[0].country) and named and _of_title(doc[i]):
                # "received the ambassador of Moldova Andrei Neguta and expressed to him":
                # the name run into the title's "of" phrase takes the title's country
                found = resolve_phrase(doc[i].head.head, day, actors, inside=False)
            if found is not None and found[0].country:
                return found[0]
            if named:
                # "General Ahmed Saleh, a rebel commander, spoke … He accused …": the nearest
                # person named is the one "he" takes up, though we have no code for him; an
                # earlier person we can code is someone else
                return _uncoded_person(doc[i])
        if span is None or span.label_ != "ACTOR" or i != span.start:
            continue
        if not person and head.lower_ == "it" and _nationality_of_person(span):
            continue  # ("them" may be the people so named: "expelled Colombian envoys")
        if not person and _nationality_of_thing(span, actors):
            continue
        if owns_nothing(doc[i]):
            continue  # "the French-built Atlantique … ordered it to land": not France
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is not None and (entry.kind == "person") == person:
            if not person and bound_country is not None and entry.code[:3] == bound_country:
                continue
            return Actor(entry.code, entry.sector, span.kb_id_)
    return None


# People a clause may hand over, send or hold, whom a "they" after it takes up.
_PEOPLE_TAKEN_UP = frozenset({
    "officer", "diplomat", "official", "soldier", "serviceman", "sailor", "pilot", "crew",
    "citizen", "national", "hostage", "prisoner", "detainee", "captive", "spy", "agent",
    "journalist", "worker", "migrant", "refugee", "tourist", "student", "activist",
})  # fmt: skip


def _people_object_before(head: Token) -> Token | None:
    """The people a subject "they" takes up when its sentence has just named them as an
    object ("handed over the four officers to the OSCE, and on the same evening they flew
    to Moscow"; "freed the sailors, and they returned home"): the last such object before
    it, a plural noun of people, in its own sentence; a country or a body named singly is
    not "they"."""
    if head.lower_ != "they" or head.dep_ != "nsubj":
        return None
    return next(
        (
            tok
            for tok in reversed(head.doc[head.sent.start : head.i])
            if tok.dep_ == "dobj" and tok.tag_ == "NNS" and tok.lemma_.lower() in _PEOPLE_TAKEN_UP
        ),
        None,
    )


# People of a trade who hold no office and speak for no side: "a fisherman", "a farmer".
_TRADES = frozenset({"fisherman", "farmer", "peasant", "herder", "herdsman", "shepherd"})


def _private_trade(tok: Token, span: Span | None, pronoun: Token) -> bool:
    """``tok`` is one person of a trade (see ``_TRADES``), named in the pronoun's own sentence:
    the nearest person there, whom "his" or "her" takes up before anyone named earlier."""
    return (
        span is not None
        and span.label_ == "AGENT"
        and tok.i == span.end - 1
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in _TRADES
        and tok.sent.start == pronoun.sent.start
    )


# Nouns for a state's own governing body, which a phrase names by its leader or country
# ("the government of Áñez", "the administration of Obama", "the Kremlin's leadership").
_STATE_BODIES = frozenset({"government", "administration", "regime", "leadership", "cabinet"})


def _states_own_phrase(subject: Token) -> bool:
    """``subject`` is a governing body's noun, whose phrase names the state it governs:
    an object pronoun of its clause does not take up that state, which would be the
    subject acting on itself."""
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _STATE_BODIES


# People of no office whom "he"/"him" takes up as an office holder is: "refused entry to a
# Russian journalist … and banned him from the country".
_PRIVATE_PERSONS = frozenset({
    "journalist", "reporter", "correspondent", "activist", "dissident", "blogger", "lawyer",
    "businessman", "pilot",
})  # fmt: skip


def _modified_after(span: Span, deps: tuple[str, ...]) -> Token | None:
    """The word after ``span`` that it modifies with one of ``deps`` ("British" → "Ambassador",
    "Belarusian" → "airspace")."""
    last = span[-1]
    return last.head if last.dep_ in deps and last.head.i >= span.end else None


def _nationality_of_person(span: Span) -> bool:
    """``span`` only tells a person's nationality ("summoned British Ambassador Laurie
    Bristow … It also withdrew permission": "it" is the ministry, not Britain): a modifier of
    a person's role or name is no country "it" takes up (the people so named may be "them")."""
    holder = _modified_after(span, ("amod", "compound"))
    return holder is not None and (
        holder.lemma_.lower() in PERSON_ROLES or holder.ent_type_ == "PERSON"
    )


def _nationality_of_thing(span: Span, actors: DocActors) -> bool:
    """``span`` is a nationality adjective of a thing, not of anyone ("asked airlines to avoid
    Belarusian airspace. They also asked …": "they" are not Belarus), or a place's name set
    before a thing ("an image of a plane heading for the Toronto skyline, a post it later
    deleted": "it" is not Toronto): no pronoun takes the country up."""
    holder = _modified_after(span, ("amod", "compound"))
    return (
        holder is not None
        and span[-1].pos_ == ("ADJ" if span[-1].dep_ == "amod" else "PROPN")
        and holder.pos_ == "NOUN"
        and holder.i not in actors.by_token
        and holder.lemma_.lower() not in PERSON_ROLES | _MEMBERS
    )


# Nouns for the allies or partners of a bloc, which a pronoun takes up with
# their modifier: "NATO allies said they stood with the Netherlands" ("they" are NATO).
_MEMBERS = frozenset({"ally", "partner"})


# Nouns a story uses to name again an actor it has named ("the group", "the country"): the
# kinds of dictionary entry each may stand for.
_COUNTRY_KINDS = frozenset({"name", "demonym", "capital"})
SECOND_MENTIONS = {
    "group": frozenset({"group"}), "movement": frozenset({"group"}),
    "organisation": frozenset({"group", "igo"}), "organization": frozenset({"group", "igo"}),
    "bloc": frozenset({"igo"}), "alliance": frozenset({"igo"}),
    # "the International Atomic Energy Agency … the agency's cameras", "the watchdog said"
    "agency": frozenset({"igo"}), "watchdog": frozenset({"igo"}),
    "country": _COUNTRY_KINDS, "nation": _COUNTRY_KINDS, "kingdom": _COUNTRY_KINDS,
    "republic": _COUNTRY_KINDS,
    # a state named by what it is: "China sent jets toward Taiwan … the island", "Qatar …
    # the emirate", "Oman … the sultanate"
    "island": _COUNTRY_KINDS, "emirate": _COUNTRY_KINDS, "sultanate": _COUNTRY_KINDS,
    # "Protesters in Hong Kong stormed the city's legislature"
    "city": frozenset({"capital", "city", "region", "name"}),
    # "… expelled 23 diplomats. The ambassador was summoned to the ministry"
    "ministry": frozenset({"seat"}),
    # an international court named before: "the Permanent Court of Arbitration ruled …
    # Beijing rejected the decision of the tribunal", "… the ICJ … the court ordered"
    "court": frozenset({"igo"}), "tribunal": frozenset({"igo"}),
    # "the Security Council met … the members of the council called for a ceasefire"
    "council": frozenset({"igo"}),
}  # fmt: skip
# Second mentions that name again only an entry of that kind whose own name says what it
# is: "the court" is the International Court of Justice, never the United Nations.
# ("the ministry" is a ministry named before, not any seat of power)
_SELF_NAMED = {
    "court": ("court", "icj", "icc"),
    "tribunal": ("court", "tribunal", "icj", "icc"),
    "ministry": ("ministry",),
    "council": ("council",),
}


# States a bare "the kingdom", "the emirate", "the sultanate" or "the island" may name again:
# "Saudi Arabia and Iran restored ties, and China praised the kingdom" is Saudi Arabia.
_STATE_FORMS = {
    "kingdom": frozenset({
        "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA",
        "KHM", "BTN", "LSO", "SWZ", "TON",
    }),
    "emirate": frozenset({"QAT", "ARE", "KWT"}),
    "sultanate": frozenset({"OMN", "BRN"}),
    "island": frozenset({
        "TWN", "CUB", "CYP", "LKA", "SGP", "MDG", "ISL", "IRL", "JAM", "HTI", "MLT", "MUS",
        "BRB", "TTO", "FJI", "BHR", "DOM",
    }),
}  # fmt: skip


# How far back (in tokens) a second mention looks for the actor it names again.
_NAMED_AGAIN_REACH = 400


# A state's own charter things, which only its own organs issue, approve or amend: "the
# cabinet approved a new map of the country", "parliament amended the constitution of the
# country". And the verbs that put them out.
_CHARTER_THINGS = frozenset({"map", "constitution", "emblem", "flag", "anthem", "budget"})
_PUTTING_OUT = frozenset({
    "approve", "adopt", "amend", "issue", "publish", "release", "unveil", "pass", "change",
})  # fmt: skip


def _own_charter(head: Token) -> bool:
    """``head`` ("country") owns, through "of", a charter thing its clause's subject puts
    out ("the cabinet of Prime Minister Oli approved a new map of the country"): the country
    is the subject's own, no other named before."""
    thing = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return (
        thing is not None
        and thing.lemma_.lower() in _CHARTER_THINGS
        and thing.dep_ in ("dobj", "nsubjpass")
        and thing.head.lemma_.lower() in _PUTTING_OUT
    )


def _named_again(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The actor a bare "the group" or "the country" names again: the last one of that
    kind named before it, not its own clause's subject ("The Russian president praised the
    country" is not Russia), nor any in a charter thing the subject puts out ("approved a
    new map of the country": :func:`_own_charter`). A state named by its region is
    :func:`_described_again`."""
    if _own_charter(head):
        return None
    described = None if _named_itself(head, actors) else described_states(head)
    if described is not None:
        return _described_again(head, described, day, actors)
    # (a translation may write the state's form as a title: "the Ministry of Foreign Affairs
    # of the Kingdom", "the Emirate rejected")
    titled = head.tag_ == "NNP" and head.is_title and head.lower_ in _STATE_FORMS
    kinds = SECOND_MENTIONS.get(head.lower_ if head.tag_ == "NN" or titled else "")
    # (a possessive ending may follow: "the agency's cameras")
    # (an "of" clause hung on it is the charge, not a part of the name: "accusing the bloc
    # of meddling", "blamed the alliance of provoking"; nor is what a list joins to it: "the
    # best relations with the Kingdom and the Gulf countries")
    if kinds is None or [
        c.lower_
        for c in head.children
        if c.dep_ not in ("case", "cc", "conj", "punct") and not _charge_clause(c)
    ] != ["the"]:
        return None
    unbound = _unbound(head)
    forms = _STATE_FORMS.get(head.lower_)
    named = _SELF_NAMED.get(head.lower_)
    found: list[Actor] = []
    for i in range(head.i - 1, -1 if titled else max(head.i - _NAMED_AGAIN_REACH, -1), -1):
        span = actors.by_token.get(i)
        if i in unbound or span is None or span.label_ != "ACTOR" or i != span.start:
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if forms is not None and entry is not None and entry.code[:3] not in forms:
            continue
        if named is not None and not any(w in span.text.lower() for w in named):
            continue
        if entry is not None and entry.kind in kinds and not _attitude(head.doc[i]):
            if not titled:
                return Actor(entry.code, entry.sector, span.kb_id_)
            found.append(Actor(entry.code, entry.sector, span.kb_id_))
    # "the Kingdom" written as a title is the home state of the text: the one of that form it
    # names most (the last of them on a tie), not a neighbour just listed
    counts = Counter(a.code[:3] for a in found)
    return max(found, key=lambda a: counts[a.code[:3]], default=None)


# The forms a descriptor's noun fits: those of a bare "the kingdom", and any monarchy ("the
# Gulf monarchy"). ("the island" is the region table's group of islands: "the Mediterranean
# island" may be Malta, which a bare "the island" is not kept for.)
_DESCRIBED_FORMS = {
    "kingdom": _STATE_FORMS["kingdom"],
    "emirate": _STATE_FORMS["emirate"],
    "sultanate": _STATE_FORMS["sultanate"],
    "monarchy": _STATE_FORMS["kingdom"] | _STATE_FORMS["emirate"] | _STATE_FORMS["sultanate"],
}


def _described_again(
    head: Token, states: frozenset[str], day: dt.date, actors: DocActors
) -> Actor | None:
    """The state a descriptor names again ("Mexico broke off ties with Ecuador after the
    police stormed its embassy in Quito. The South American country defended the raid": Ecuador):
    the last state named before it, within a bare "the country"'s reach, that is one of
    ``states`` (and of the noun's form: "the Gulf emirate" is no kingdom); never its own
    clause's subject, and none when no state of the region was named (Mexico is no South
    American country)."""
    forms = _DESCRIBED_FORMS.get(head.lower_)
    unbound = _unbound(head)
    for i in range(head.i - 1, max(head.i - _NAMED_AGAIN_REACH, -1), -1):
        span = actors.by_token.get(i)
        if i in unbound or span is None or span.label_ != "ACTOR" or i != span.start:
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is None or entry.kind not in _COUNTRY_KINDS or _attitude(head.doc[i]):
            continue
        state = entry.code[:3]
        if state in states and (forms is None or state in forms):
            return Actor(entry.code, entry.sector, span.kb_id_)
    return None


def _named_itself(head: Token, actors: DocActors) -> bool:
    """``head`` is a word of a state's own name or epithet ("the Central African Republic",
    "the Jewish state", "the Hermit Kingdom"), no descriptor naming one again."""
    span = actors.by_token.get(head.i)
    return span is not None and span.label_ == "ACTOR"


# Nouns an apposition calls a company by: "Mead Johnson, the maker of Enfamil", "Johnson
# Controls, the auto-parts supplier", "Philip Morris, the tobacco company".
FIRM_NOUNS = frozenset({
    "maker", "manufacturer", "producer", "company", "firm", "supplier", "retailer", "chain",
    "brand", "conglomerate", "carmaker", "automaker", "distributor", "brewer", "bank",
    "insurer", "airline", "publisher", "startup", "start-up", "corporation", "operator",
})  # fmt: skip


def named_a_firm(span: Span) -> bool:
    """``span`` (a person's name in our tables) is a company's name, as the apposition set
    after it says ("agrees to buy Mead Johnson, the maker of Enfamil"): no person acts."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in FIRM_NOUNS and c.i > span.root.i
        for c in span.root.children
    )


def _word_of_descriptor(span: Span) -> bool:
    """``span`` is a word of a descriptor before its noun ("Soviet" in "the former Soviet
    republic", "the ex-Soviet state"), not an actor named: the phrase names again a state
    named before. A name the noun is part of ("the Central African Republic") stays."""
    noun = span.root.head
    return (
        noun.i >= span.end
        and span.root.dep_ in ("amod", "compound", "nmod")
        and described_states(noun) is not None
    )


def _charge_clause(tok: Token) -> bool:
    """ "of meddling" in "accused the bloc of meddling": an "of" phrase that holds a verb
    (the parser may tag the gerund a noun), or any charge after the one accused ("accused
    the embassy of threats and blackmail")."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "of"
        # (not a name: "the bloc of Beijing")
        and (
            any(
                c.dep_ == "pcomp" or (c.lower_.endswith("ing") and c.pos_ in ("NOUN", "VERB"))
                for c in tok.children
            )
            or _charged(tok)
        )
    )


# Verbs whose object's "of" phrase is what the object is charged with.
_CHARGING = frozenset({"accuse", "suspect", "convict"})


def _charged(of: Token) -> bool:
    """``of`` opens the charge against the object of a verb of accusing: "accused the
    embassy of threats" (a charge that names no one; "accused the envoy of Iran" may be
    Iran's envoy). A name further down the charge's own phrases does not make it an owner:
    "accused the envoy of interference in the affairs of Chile" charges him with it."""
    accused = of.head
    return (
        accused.dep_ == "dobj"
        and accused.head.lemma_.lower() in _CHARGING
        and not any(t.ent_type_ for c in of.children for t in _own_words(c))
    )


def _own_words(noun: Token) -> list[Token]:
    """``noun`` and the words of its own phrase, not those of a phrase hung on it: "a long
    interference" of "a long interference in the affairs of Chile"."""
    return [
        noun,
        *(t for c in noun.children if c.dep_ not in ("prep", "relcl", "acl") for t in c.subtree),
    ]


# Prepositions that may say whose a noun is or where it belongs ("the ambassador of Iran",
# "the king from the north", "the envoy in Kabul").
_WHOSE = frozenset({"of", "from", "for"})


def _circumstance(child: Token) -> bool:
    """``child`` is a phrase about the act, parsed as hung on its subject: "And the king in
    a second telephone call with Abbas assured him …" ("in a call" tells how the king
    acted, not which king): a preposition other than one of whose, with a common noun."""
    return (
        child.dep_ == "prep"
        and child.lower_ not in _WHOSE
        and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in child.children)
    )


# Gatherings whose "with" phrase names who takes part in them.
_MEETINGS = frozenset(
    {"meeting", "talk", "session", "call", "conversation", "conference", "summit", "audience"}
)


def _meeting_partners(child: Token) -> bool:
    """``child`` is the "with" phrase of a meeting noun, naming who meets: "at the meeting
    with the senior secretaries" is a meeting of its own, not the party meeting a story told
    of before (not a circumstance of the subject, as "in a call with Abbas" is)."""
    return child.lower_ == "with" and child.head.lemma_.lower() in _MEETINGS


def _second_to(child: Token) -> bool:
    """``child`` is a second "to" phrase hung on a noun, after the one of its title: the
    person the act is aimed at, set before the verb in a translation's order ("the permanent
    representative of China to the United Nations Wang Min to the Secretary-General Ban
    Ki-moon submitted the paper": Ban is no part of the subject). A title has one "to"."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and c.i < child.i for c in child.head.children
        )
    )


def mentioned_before(head: Token) -> Token | None:
    """The earlier mention of a bare "the ships", "the protesters", "the pilot": the same
    noun with a modifier or possessor of its own ("its pilot"), in this sentence or the
    ``_MENTION_BACK`` before. A bloc word names no side of its own, so "the Arab coalition"
    or "the international coalition" is as bare as "the coalition": the Saudi-led or U.S.-led
    one named before."""
    if head.pos_ == "PROPN":
        if _bare_holder_title(head):
            # "received by the President Susilo Bambang Yudhoyono … (paragraphs on) The
            # President also asked": the last name the title was set before, not a "Vice
            # President" named since nor the last leader of another office who acted
            holder = _title_holder_before(head) or _title_with_holder_before(head)
            if holder is not None:
                return holder
        return _name_mentioned_before(head) or _envoy_named_before(head)
    if surname_read_as_noun(head):
        return _full_mention(head)
    envoy = _envoy_by_surname(head)
    if envoy is not None:
        return envoy
    named = _own_name_told_before(head)
    if named is not None:
        return named
    counted = _counted_mention(head)
    if counted is not None:
        return counted
    # (a clause hung on it does not name it: "the ministry, where the deputy head …")
    if head.pos_ != "NOUN" or [
        c.lower_
        for c in head.children
        if c.dep_ not in ("punct", "relcl")
        and not _bloc_modifier(c)
        and not (_circumstance(c) and not _meeting_partners(c))
        and not _charge_clause(c)
        and not _own_name(c)
    ] != ["the"]:
        return None
    start = _mention_window(head)
    if head.lemma_.lower() in _ENVOY_TITLES | _RULING_BODIES and head.tag_ == "NN":
        # "Israel flew its ambassador out of Egypt … (four sentences on) demanding that
        # Cairo expel the ambassador": a story's one envoy is named again paragraphs later;
        # so is its one junta ("gave Niger's junta a week … the junta accused France")
        start = max(head.i - _TITLE_BACK, 0)
    for tok in reversed(head.doc[start : head.i]):
        if (
            tok.lemma_.lower() == head.lemma_.lower()
            # (or a common noun in lower case the tagger took for a name after its
            # modifiers: "the South Korean defence ministry released …")
            and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower))
            and any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
            and not deputy_title(tok)
        ):
            return tok
    # (a body or title is named again further on: paragraphs later)
    for tok in reversed(head.doc[max(head.i - _TITLE_BACK, 0) : head.i]):
        if _named_with_of(tok, head):
            return tok
    return _title_holder_before(head)


# Titles one holder bears at a time, written alone for him once he is named with them.
_HOLDER_TITLES = frozenset({"president", "king", "queen", "chancellor", "emir", "sultan"})


def _bare_holder_title(head: Token) -> bool:
    """``head`` is a capitalised holder's title with only "the" before it: "The President
    also asked" (not "President Yudhoyono", not "the Vice President")."""
    kids = [c.lower_ for c in head.children if c.dep_ != "case"]
    return head.lower_ in _HOLDER_TITLES and head.is_title and kids == ["the"]


def _title_with_holder_before(head: Token) -> Token | None:
    """The holder's name set after the title as its apposition ("received by the President
    Park Geun-hye", the parser making the title the head): the last such, within
    ``_TITLE_BACK`` tokens; a deputy's title ("the Vice President") is not the office."""
    for tok in reversed(head.doc[max(head.i - _TITLE_BACK, 0) : head.i]):
        if tok.lower_ != head.lower_ or deputy_title(tok):
            continue
        for name in tok.children:
            if name.dep_ == "appos" and name.pos_ == "PROPN" and name.i == tok.right_edge.i:
                return name
    return None


def _envoy_by_surname(head: Token) -> Token | None:
    """The earlier mention of an envoy told again by the bare title with his surname set
    beside it: "the French ambassador Christian Masset … (paragraphs on) Rome summoned the
    ambassador Masset" is France's, whoever was named in between: the same title with the
    same surname beside it, whose own modifier or owner said whose envoy he is, or its "of"
    phrase: "the ambassador of Serbia in Belgrade Ivan Petrov … declared the ambassador
    Petrov persona non grata" is Serbia's."""
    if head.lemma_.lower() not in _ENVOY_TITLES or head.pos_ != "NOUN":
        return None
    # (a time set after the name is no part of it: "summoned again the ambassador Masset,
    # this time in protest …", "this time" parsed as a second apposition)
    kids = [c for c in head.children if c.dep_ != "punct" and not _time_aside(c)]
    names = [c for c in kids if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if len(names) != 1 or [c.lower_ for c in kids if c.i != names[0].i] != ["the"]:
        return None
    for tok in reversed(head.doc[max(head.i - _TITLE_BACK, 0) : head.sent.start]):
        title = tok.head
        # (or the name swallowed by the title's place: "the Greek ambassador in Moscow
        # Andreas Fryganas", the name parsed as the object of "in")
        if tok.dep_ == "pobj" and title.dep_ == "prep" and title.head.pos_ == "NOUN":
            title = title.head
        elif tok.dep_ != "appos":
            continue
        if (
            tok.text == names[0].text
            and title.lemma_.lower() == head.lemma_.lower()
            and (
                any(c.dep_ in ("amod", "compound", "poss") for c in title.children)
                or _named_with_of(title, title)
            )
        ):
            return title
    return None


def _time_aside(tok: Token) -> bool:
    """``tok`` is a phrase of time set off beside a noun ("this time", "that day")."""
    return tok.dep_ in ("appos", "npadvmod") and (
        tok.lemma_.lower() in ("time", "day", "week") or tok.ent_type_ in ("DATE", "TIME")
    )


# Words a bloc of states is named again by ("the alliance", "the bloc").
_BLOC_WORDS = frozenset({"alliance", "bloc"})


def _bloc_of_chain(head: Token) -> Token | None:
    """A bare "the alliance" or "the bloc" at the end of a role's chain of "of" phrases:
    "the defence ministers of the member states of the alliance"."""
    tok = head
    for _ in range(4):
        tok = next(_of_objects(tok), None)
        if tok is None:
            return None
        if tok.lower_ in _BLOC_WORDS and [c.lower_ for c in tok.children] == ["the"]:
            return tok
    return None


def _counted_mention(head: Token) -> Token | None:
    """The earlier mention a counted "the four officers" names again: the same noun with the
    same count and a modifier of its own ("four Russian officers"), paragraphs back as far
    as a title reaches; the count makes them the same people ("Georgia detained four Russian
    officers … On Monday Tbilisi handed over the four officers to the OSCE")."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    kids = [c for c in head.children if c.dep_ != "punct"]
    if [c.dep_ for c in kids] != ["det", "nummod"] or kids[0].lower_ != "the":
        return None
    count = kids[1].lower_
    for tok in reversed(head.doc[max(head.i - _TITLE_BACK, 0) : head.sent.start]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ != "NOUN":
            continue
        if any(c.dep_ == "nummod" and c.lower_ == count for c in tok.children) and any(
            c.dep_ in ("amod", "compound", "poss") for c in tok.children
        ):
            return tok
    return None


def _own_name(tok: Token) -> bool:
    """``tok`` is the name of the thing itself set beside its noun, which says nothing of
    whose it is: "the destroyer Gwanggaeto the Great", "the tanker Stena Impero" (a ship's
    or a thing's name; no person's, whose title is a role of its own)."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"


def _own_name_told_before(head: Token) -> Token | None:
    """The earlier mention of a thing told again by a noun with the thing's own name beside
    it: "the ship group Haiyang Dizhi 8" after "the Chinese survey ship Haiyang Dizhi 8"
    (whatever the noun, the name is the same vessel's): that mention, which says whose it
    is, when it did by a modifier."""
    if head.pos_ != "NOUN":
        return None
    # (the model takes many a ship's name for a person's: "Haiyang Dizhi 8")
    names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if len(names) != 1:
        return None
    # (its number may hang on the noun rather than the name: compared without it; a ship's
    # name is its own through the whole text, which may name it first paragraphs back)
    words = [w for w in _name_words(names[0]) if not w.isdigit()]
    for tok in reversed(head.doc[: head.i]):
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and tok.head.pos_ == "NOUN"
            and [w for w in _name_words(tok) if not w.isdigit()] == words
            and any(c.dep_ == "amod" and c.i < tok.head.i for c in tok.head.children)
        ):
            return tok.head
    return None


def _bloc_modifier(tok: Token) -> bool:
    """``tok`` qualifies its noun by a bloc word ("the Arab coalition", "the Western
    alliance"): a kind of side, not which one."""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.lower_ in BLOC_WORDS


def _named_with_of(tok: Token, head: Token) -> bool:
    """``tok`` is the bare noun ``head`` first written with whose it is in an "of" phrase, as
    a translation names a body ("the Ministry of Foreign Affairs of Turkey summoned the envoy
    … the ambassador was again summoned to the ministry")."""
    return (
        tok.lower_ == head.lower_
        and tok.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


_MENTION_BACK = 3  # sentences


def _mention_window(head: Token) -> int:
    """Where the sentences a mention may look back through start: its own and the
    ``_MENTION_BACK`` before it."""
    start = head.sent.start
    for _ in range(_MENTION_BACK):
        if start > 0:
            start = head.doc[start - 1].sent.start
    return start


def _title_holder_before(head: Token) -> Token | None:
    """The person a bare title names again: "the king" after "King Salman", "the president"
    after "President Donald Trump" (a translation names a leader once with the title and then
    by the title alone, paragraphs later): the last name the title was written before."""
    title = head.lower_
    # (a name the pipeline masked for the parser is known by its span's name: "King Salman")
    titled = {
        span.end - 1
        for span in head.doc.spans.get(ACTOR_SPANS, [])
        if span.label_ == "ACTOR" and span.kb_id_.lower().split()[:1] == [title]
    }
    for tok in reversed(head.doc[max(head.i - _TITLE_BACK, 0) : head.i]):
        if tok.i in titled:
            return tok
        if (
            tok.lower_ == title
            and tok.dep_ == "compound"
            and tok.head.pos_ == "PROPN"
            and tok.head.i > tok.i
            and not deputy_title(tok)
        ):
            return tok.head
    return None


# Words that make a title another office when set before it: "vice-president", "vice
# president", "ex-president", "co-chair" (the tokenizer splits the hyphened ones).
_DEPUTY_PREFIXES = frozenset({"vice", "ex", "co", "deputy", "sub", "under"})


def deputy_title(tok: Token) -> bool:
    """``tok`` is the second half of a prefixed title: "the vice-president Delcy Rodriguez"
    holds no presidency, so "the president" told later is not she ("… announced the closure
    of the bridges. … The president gave 24 hours to the diplomats": Maduro, named before)."""
    before = tok.nbor(-1) if tok.i > 0 else None
    if before is not None and before.text in ("-", "\u2011", "\u2010") and before.i > 0:
        before = before.nbor(-1)
    return before is not None and before.lower_ in _DEPUTY_PREFIXES


_TITLE_BACK = 400  # tokens


def _name_words(tok: Token) -> list[str]:
    """The words of the name ``tok`` heads ("Grace 1", "Stena Impero")."""
    return [
        t.lower_
        for t in (*tok.lefts, tok, *tok.rights)
        if t.i == tok.i or (t.dep_ in ("compound", "nummod") and t.pos_ in ("PROPN", "NUM"))
    ]


def _name_mentioned_before(head: Token) -> Token | None:
    """The earlier mention of a name told again bare ("the Grace 1", "the Stena Impero"):
    the same name where a nationality came with it ("the Iranian supertanker Grace 1")."""
    parts = [c for c in head.children if c.dep_ not in ("det", "compound", "nummod", "case")]
    if parts:
        return None
    if not any(c.lower_ == "the" for c in head.children):
        return surname_mentioned_before(head)
    name = _name_words(head)
    for tok in reversed(head.doc[max(head.i - 400, 0) : head.i]):
        if (
            tok.lower_ == head.lower_
            and tok.pos_ == "PROPN"
            and len(name) == 1
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
        ):
            # "the foreign ministers of the European Union met …, and the Union added new
            # names": a body told again by the last word of its name
            return tok
        if tok.lower_ != head.lower_ or tok.pos_ != "PROPN" or _name_words(tok) != name:
            continue
        if any(c.dep_ in ("amod", "compound") and c.pos_ != "PROPN" for c in tok.children):
            return tok
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":  # "the Libyan tanker, Sea Star 2"
            return tok.head
        # (a body first named with whose it is: "the Supreme Court of New Delhi ruled …
        # (paragraphs on) the Supreme Court went further", New Delhi's court)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return tok
    return None


# Titles of a state's envoys abroad, which a story gives again before the envoy's name.
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "consul", "emissary"})
# Bodies that seize and hold a state: a story has one, named first with whose it is.
_RULING_BODIES = frozenset({"junta", "regime"})


def _envoy_named_before(head: Token) -> Token | None:
    """The earlier mention of an envoy whose name now comes with the bare title: "Saudi
    Arabia expelled Canada's ambassador. The kingdom gave ambassador Dennis Horak 24 hours to
    leave" (Canada's, the same title with its owner, within the last few sentences)."""
    titles = [c for c in head.children if c.dep_ == "compound" and c.lower_ in _ENVOY_TITLES]
    if not titles or any(c.dep_ in ("amod", "poss") for c in head.children):
        return None
    if any(c.dep_ in ("amod", "compound", "poss") for c in titles[0].children):
        return None  # "Canadian ambassador Dennis Horak" names his country itself
    start = _mention_window(head)
    return next(
        (
            tok
            for tok in reversed(head.doc[start : head.sent.start])
            if tok.lower_ == titles[0].lower_
            and tok.pos_ == "NOUN"
            and any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
        ),
        None,
    )


# Verbs that say whom a ruler rules: "the junta that rules Mali", "the regime that runs Syria".
_RULING = {"rule", "run", "govern", "control", "lead"}
_RULERS = {"junta", "regime", "government", "administration", "council", "leadership"}


def _ruled_before(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """The country "the junta" rules, told by its own clause ("the junta that rules Mali")
    or, for a bare "the junta", by the clause of its first mention in the document."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _RULERS:
        return None
    bare = [c.lower_ for c in head.children if c.dep_ != "case"] == ["the"]
    # (only a bare mention looks back; any other is told by its own clause or not at all)
    mentions = reversed(head.doc[max(head.i - 1000, 0) : head.i + 1]) if bare else (head,)
    for tok in mentions:
        if tok.lemma_ != head.lemma_ or tok.pos_ != "NOUN":
            continue
        for verb in tok.children:
            if verb.dep_ != "relcl" or verb.lemma_ not in _RULING:
                continue
            ruled = next((c for c in verb.children if c.dep_ == "dobj"), None)
            found = resolve_phrase(ruled, day, actors) if ruled is not None else None
            if found is not None and found[0].country:
                return found[0].country
    return None


def surname_mentioned_before(head: Token) -> Token | None:
    """A person named again by surname alone ("Karega", "Samsar's"), first named in full
    with a title or nationality ("Rwanda's ambassador Vincent Karega", "Turkish envoy
    Mehmet Samsar"): that first mention."""
    # (a capital inside the name is still a name: "MacAskill", "DeSantis")
    if any(c.dep_ != "case" for c in head.children) or not head.text[:1].isupper():
        return None
    known = head.doc.user_data.setdefault(_FIRST_MENTIONS, {})
    if head.i not in known:
        known[head.i] = _full_mention(head)
    return known[head.i]


_FIRST_MENTIONS = "detente_first_mentions"


def surname_read_as_noun(head: Token) -> bool:
    """A surname told again that the tagger read as a plural common noun, mostly at the
    start of a translated sentence: "Petsas on the same day the claim categorically denied"
    ("Petsas" tagged NNS, lemma "petsa"). Capitalised, with nothing that makes it a common
    noun (no article, adjective, possessor or number); the person named in full before
    tells who it is (``_full_mention``)."""
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and head.is_title
        and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in head.children)
    )


# How far back a surname told alone looks for the person's full first mention (tokens): a
# whole article, since a translation names an envoy in full once and by surname from then on.
_SURNAME_BACK = 1500


def _full_mention(head: Token) -> Token | None:
    for tok in reversed(head.doc[max(head.i - _SURNAME_BACK, 0) : head.i]):
        if tok.text != head.text or tok.pos_ != "PROPN":
            continue
        first = any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children
        )
        titled = any(
            c.dep_ in ("compound", "amod", "poss")
            # (a title written with capitals: "the Israeli National Security Adviser Meir
            # Ben-Shabbat")
            and (c.pos_ != "PROPN" or c.lower_ in PERSON_ROLES)
            for c in tok.children
        )
        if first and titled:
            return tok
        # (or the surname alone set after a title: "the ambassador Petrov", itself named
        # again from "the ambassador of Serbia Ivan Petrov" paragraphs before)
        title = _title_set_before(tok)
        if title is not None and (first or title.lemma_.lower() in _ENVOY_TITLES):
            return title
    return None


def _title_set_before(name: Token) -> Token | None:
    """The title a full name is set after, as an apposition: "The chancellor of Bolivia, Karen
    Longaric", "the charge d'affaires of Spain, Cristina Borreguero" (hung by the parser on
    the country of the title's "of"). The title tells whose she is when the surname comes
    back alone: "Hours later Longaric accused the Spanish officials"."""
    if name.dep_ != "appos" or name.head.i > name.i:
        return None
    title = name.head
    if title.pos_ == "PROPN" and title.dep_ == "pobj" and title.head.lower_ == "of":
        title = title.head.head
    return title if title.pos_ == "NOUN" or title.lower_ in _FOREIGN_TITLES else None


# Titles carried over from French that the tagger reads as names ("the charge d'affaires").
_FOREIGN_TITLES = frozenset({"d'affaires", "charge", "chargé"})


# Links inside one person's name and title ("U.S. Defense Secretary Lloyd Austin").
_NAME_PARTS = frozenset({"compound", "flat", "amod", "nmod"})


def _named_as(doc: Doc, i: int, bound: Token | None) -> bool:
    """The person whose name ends or starts at token ``i`` is the object pronoun's own
    subject named again by surname: "Gallant briefed Lloyd Austin …, which said Austin urged
    him": "him" is not Austin, however the full name was written before."""
    if bound is None or bound.pos_ != "PROPN" or i >= bound.i:
        return False
    phrase = doc[i]
    while phrase.dep_ in _NAME_PARTS and phrase.head.i != phrase.i:
        phrase = phrase.head
    return any(t.lower_ == bound.lower_ for t in doc[phrase.left_edge.i : phrase.i + 1])


def _names_entry(actors: DocActors, word: Token, entry: ActorEntry, day: dt.date) -> bool:
    """The person named by the name phrase ``word`` is part of is ``entry``'s, however
    written ("Philippine President Rodrigo Duterte" and "Duterte"), its title too."""
    phrase = word
    while phrase.dep_ in _NAME_PARTS and phrase.head.i != phrase.i:
        phrase = phrase.head
    span = actors.by_token.get(phrase.i)
    if entry.kind != "person" or span is None or span.label_ != "ACTOR":
        return False
    found = actors.book.lookup(span.kb_id_, day)
    return found is not None and found.kind == "person" and found.name == entry.name


def _unbound(pronoun: Token) -> set[int]:
    """Tokens a pronoun cannot stand for: its clause's own subject when it is an object
    ("… accusing them": not the accuser), and the noun its relative clause is about ("India,
    which it accused of lying": "it" is not India)."""
    out: set[int] = set()
    bound = _local_subject(pronoun)
    if bound is not None:
        # (a phrase about the act hung on the subject is not the subject: "the king in a
        # call with Abbas assured him": "him" is Abbas; nor is a person named in a relative
        # clause on it: "Arreaza, whose government Trump also criticised, accused him")
        person = pronoun.lower_ in ("him", "her")
        aside = {
            t.i
            for c in bound.children
            if _circumstance(c) or _second_to(c) or (person and c.dep_ == "relcl")
            for t in c.subtree
        }
        out |= {t.i for t in bound.subtree if t.i not in aside}
    clause = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and clause.dep_ == "relcl" and clause.head.i < pronoun.i:
        out |= {t.i for t in clause.head.subtree if t.i < clause.left_edge.i}
    judged = pronoun.head
    if (
        pronoun.dep_ == "poss"
        and judged.dep_ == "dobj"
        and judged.head.lemma_.lower() in _JUDGING
        and (judge := next((c for c in judged.head.children if c.dep_ == "nsubj"), None))
    ):
        # "Beijing called his words irresponsible", "rejected her claims": no one judges
        # their own words so, the words are someone else's
        out |= {t.i for t in judge.subtree}
    return out


# Verbs that judge what someone said or did.
_JUDGING = {
    "call", "condemn", "criticize", "criticise", "denounce", "reject", "dismiss", "describe",
    "slam", "blast", "deplore", "brand", "label", "refute",
}  # fmt: skip


def _owner_of_subject(head: Token) -> bool:
    """``head`` is the possessive that opens the subject of its sentence's main verb ("His
    spokesman said …"; not one in what is said: "warned the envoy that his government would
    expel him")."""
    owned = head.head
    return (
        head.dep_ == "poss"
        and owned.dep_ in ("nsubj", "nsubjpass")
        and owned.head.dep_ == "ROOT"
        and owned.i < owned.head.i
        and head.i == min(t.i for t in owned.subtree)
    )


def _person_saying(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The person of our tables who says the words whose subject ``head`` is ("Abiy Ahmed
    said [he would accept the ruling]")."""
    said = _saying_of(head.head)
    sayer = _shared_subject(said) if said is not None else None
    span = actors.by_token.get(sayer.i) if sayer is not None and sayer.i < head.i else None
    if span is None or span.label_ != "ACTOR":
        return None
    entry = actors.book.lookup(span.kb_id_, day)
    return (
        Actor(entry.code, entry.sector, span.kb_id_) if entry and entry.kind == "person" else None
    )


def _last_subject_person(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The person who is the last subject before ``head`` in its own or the previous
    sentence."""
    sent = head.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    # "Putin said he had wanted Trump to win because Trump talked … He offered …": the
    # previous sentence's main subject first, then any subject nearest first
    in_main = head.dep_ in ("nsubj", "nsubjpass") and (
        _main_clause(head.head) or _resumes_main(head.head)
    )
    for main in (True, False):
        for i in range(head.i - 1, start - 1, -1):
            span = actors.by_token.get(i)
            if span is None or span.label_ not in ("ACTOR", "AGENT") or i != span.root.i:
                continue
            if span.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            clause = span.root.head
            if (
                main
                and not _main_clause(clause)
                and (i < sent.start or (in_main and not _clause_before(clause, head.head)))
            ):
                # "Jubeir stressed that Hariri lives in the Kingdom by his own will, and he
                # accused Hezbollah …": a subject pronoun of a main clause takes up the
                # main subject of its own sentence too, not one named in what was said
                continue
            if span.label_ == "AGENT":
                if main and _one_office_holder(span.root):
                    # "the deputy foreign minister of China … summoned the envoy; he
                    # warned": an office holder told by role is the one "he" takes up
                    found = resolve_phrase(span.root, day, actors)
                    if found is not None and found[0].country:
                        return found[0]
                continue
            entry = actors.book.lookup(span.kb_id_, day)
            if entry is not None and entry.kind == "person":
                return Actor(entry.code, entry.sector, span.kb_id_)
    return None


def _one_office_holder(head: Token) -> bool:
    """``head`` names one person by office: "the minister", "the ambassador", "the Saudi
    Minister of Foreign Affairs" (a title written with a capital is one person too)."""
    return head.tag_ in ("NN", "NNP") and role_lemma(head) in PERSON_ROLES


# Words set after a title for one who will hold it: "president-elect", "minister-designate".
_TO_HOLD = {"elect", "designate"}


def role_lemma(head: Token) -> str:
    """The office a role noun names: "minister", and "president" for "Colombia's
    president-elect" (parsed with "elect" as the head and the office hyphened before it)."""
    if head.lower_ in _TO_HOLD:
        for child in head.children:
            if child.dep_ == "compound" and child.i == head.i - 2 and head.nbor(-1).tag_ == "HYPH":
                return child.lemma_.lower()
    return head.lemma_.lower()


def _resumes_main(verb: Token) -> bool:
    """``verb`` was parsed as joined to what the main verb says, but a comma and a subject
    of its own set it apart: "Jubeir stressed that Hariri lives there by his own will and
    can leave, and he accused Hezbollah …" (what was said goes on without a new subject;
    ", and he accused" is the speaker again)."""
    said = verb.head
    if verb.dep_ != "conj" or said.dep_ != "ccomp" or not _main_clause(said.head):
        return False
    start = verb.left_edge.i  # ", and he accused": the words before the clause
    return start > 1 and verb.doc[start - 1].lower_ in _JOINING and verb.doc[start - 2].text == ","


_JOINING = {"and", "but"}


def _clause_before(clause: Token, verb: Token) -> bool:
    """``clause`` is told before ``verb`` and was parsed as its complement: "Pompeo was sent to
    the region: on Tuesday he met …", "the minister summoned the envoy; he warned …" (a
    clause of its own, not something said)."""
    return clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i < verb.i


# Bare nouns of a cabinet, which a story names again for the side that last acted.
_CABINETS = frozenset({"government", "cabinet"})


def _spoken_of_by(head: Token, actors: DocActors, sector: str, since: int) -> Actor | None:
    """For "the government" alone: when the last government named was only spoken of, in
    the clause of what another side's speaker said, that speaker's side ("Orpo said that
    the Russian authorities help the migrants. The government closed four crossings":
    Finland's, not Russia's); else None. Not a government told by a word of its own ("the
    interim government")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _CABINETS:
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    at = actors.last_named_at(sector, head.i, since)
    acting_at = actors.last_acting_at(sector, head)
    if at is None or acting_at is None or acting_at >= at:
        return None
    told, speaker = head.doc[at], head.doc[acting_at]
    if told.sent.start != speaker.sent.start:
        return None
    words = [c for c in speaker.head.children if c.dep_ == "ccomp"]
    if not any(told.i in {t.i for t in w.subtree} for w in words):
        return None  # ("Blake met Otunbayeva … The interim government accused": hers)
    acting = actors.by_sector[sector][acting_at]
    named = actors.by_sector[sector][at]
    return acting if acting.country and acting.country != named.country else None


def _main_clause(verb: Token) -> bool:
    """``verb`` heads its sentence, alone or coordinated with the head."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


# Phrases that give the reason for a move against someone: "cut ties with Israel over its
# offensive", "sanctioned Russia for its invasion", "summoned the British envoy over his
# remarks".
_REASONS = {"over", "for"}


# Prepositions naming the one a move is made against ("cut ties with Israel", "sanctions on
# Russia"), and verbs of complaint whose "to" does too: "Japan protested to China over its
# incursions" complains of China's incursions ("apologised to Seoul for its past" is not one:
# an apology is for one's own act).
_AGAINST = {"with", "against", "on"}
_COMPLAINING = {"protest", "complain", "object", "remonstrate"}


# The prepositions of the party a noun of an answer or a protest names: "an apology from
# the Philippines", "a protest to China".
_PARTY_PREPS = frozenset({"from", "to", "with"})


def _answering_party(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The party named by "from", "to" or "with" beside the noun (an apology, a protest) whose
    reason phrase ("over …", "for …") holds the possessive ``head``: in "rejected an apology
    from the Philippines over the killing of a Taiwanese fisherman by its coast guard" the
    guard is the Philippines', whose apology it is, not the rejecter's. Any noun so named
    counts: the reason of a thing one side gets from another is told of that other."""
    up = head.head
    while not (up.dep_ == "prep" and up.lower_ in _REASONS):
        if up.head.i == up.i or up.pos_ in ("VERB", "AUX"):
            return None
        up = up.head
    holder = up.head
    nouns = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ == "VERB" else [holder]
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS or prep.i > up.i:
                continue
            for party in (p for p in prep.children if p.dep_ == "pobj"):
                found = resolve_phrase(party, day, actors, inside=False)
                if found is not None and found[0].country:
                    return found[0]
    return None


def _reason_partner(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The one a move is made against, for a possessive in the move's reason phrase: the
    reason is that one's act, not the mover's ("Bolivia severed ties with Israel over its
    offensive": Israel's)."""
    prep = head.head.head
    if head.head.dep_ != "pobj" or prep.lower_ not in _REASONS or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    others = [c for c in verb.children if c.dep_ == "dobj"]
    # the measure told as the passive's subject: "sanctions on Eritrea, which were imposed
    # over its support for militants", "Sanctions on Iran were imposed over its programme"
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        relative = subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
        others.append(verb.head if relative else subject)
    toward = _AGAINST | ({"to"} if verb.lemma_.lower() in _COMPLAINING else set())
    others += [  # "cut ties with Israel", "imposed sanctions on Russia"
        p
        for holder in [verb, *others]
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in toward and c.i < prep.i
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for other in others:
        found = resolve_phrase(other, day, actors, inside=False)
        if found is not None and found[0].country:
            return found[0]
    return None


def _subject_actor(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The country or organisation that is the subject of ``head``'s own clause ("…, and the
    Emirates downgraded their level": the Emirates'), else the first subject in its
    sentence."""
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    while own is None and verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # "…, and the EU threatened to cut its support": the subject of the verb the
        # to-clause completes
        verb = verb.head
        own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "Ukraine demanded compensation after Tehran admitted its forces had downed the
    # plane": a possessive in its clause's own subject belongs to the clause that tells it
    # (the one admitting), before the sentence's first subject
    governing = [s for s in _governing_subjects(verb) if s.i < head.i] if verb else []
    for tok in ([own] if own is not None and own.i < head.i else []) + governing + list(head.sent):
        if tok.i >= head.i:
            return None
        side = _named_side(tok, day, actors) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if side is not None:
            return side
    return None


# Nouns for the people of the one who speaks to them: "the Turkish president called his
# compatriots to boycott French goods", "urged her fellow citizens to stay at home".
_OWN_PEOPLE = {
    "compatriot", "countryman", "countrymen", "countrywoman", "citizen", "people", "nation",
}  # fmt: skip


def own_people(head: Token) -> bool:
    """``head`` names a person's own people ("his compatriots", "her fellow citizens",
    "his nation"), who are of the person's country as his men are."""
    return head.lemma_.lower() in _OWN_PEOPLE or head.lower_ in _OWN_PEOPLE


def _commanding_person(owner: Token, head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """Whose men or office "his"/"her" names: the person who is the subject of the clause
    (or of the clause it is joined to by "and"), not the nearest person named. "Chavez,
    speaking alongside Argentine football legend Diego Maradona, said he had no choice and
    ordered his troops on alert": Chavez's troops, not Argentina's."""
    verb = next((t for t in owner.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = _shared_subject(verb) if verb is not None else None
    if subject is None or subject.i >= owner.i or subject.i == head.i:
        return None
    if subject.lower_ in ("he", "she"):
        found = _antecedent(subject, day, actors, person=True)
        return found if found is not None and found.country else None
    named = _named_person(subject, day, actors)
    if named is None and own_people(head) and role_lemma(subject) in PERSON_ROLES:
        # "the Turkish president called his compatriots …": an office holder named by his
        # office speaks to his own people
        found = resolve_phrase(subject, day, actors)
        return found[0] if found is not None and found[0].country else None
    return named


def _governing_subjects(verb: Token) -> list[Token]:
    """The subjects of the clauses ``verb``'s clause hangs on, nearest first ("after Tehran
    admitted [its forces had downed the plane]": Tehran)."""
    found = []
    while verb.dep_ in ("ccomp", "advcl", "conj", "xcomp", "parataxis") and verb.head.i != verb.i:
        verb = verb.head
        found += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


# Prepositions by which a clause names the side it acts on or with: "downgrade ties with
# India", "sanctions on Russia", "protested to China", "recalled its envoy from Qatar".
_PARTNER_PREPS = frozenset({"with", "against", "on", "to", "from", "toward", "towards"})


def acted_on_in_sentence(head: Token, day: dt.date, actors: DocActors) -> set[str]:
    """The countries the sentence of ``head``, a role noun subject ("the government", "the
    ministry"), names (by name, not by a person) as the side acted on: an object, a partner
    after "with", "against", "on", "to" or "from", or the owner of such an object ("expelled
    India's envoy", "summoned the US ambassador"). A role noun with no owner that its own
    sentence sets against a country is not that country's."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    own = _own_acts(head.head)
    found: set[str] = set()
    for tok in head.sent:
        span = actors.by_token.get(tok.i)
        if span is None or span.label_ != "ACTOR" or tok.i != span.root.i:
            continue
        phrase = tok
        # ("summoned British ambassador Laurie Bristow": the owner of a title set before
        # the holder's name)
        while phrase.dep_ in ("poss", "compound", "amod") and phrase.head.i != phrase.i:
            phrase = phrase.head
        if not (
            phrase.dep_ in ("dobj", "dative")
            or (phrase.dep_ == "pobj" and phrase.head.lower_ in _PARTNER_PREPS)
        ):
            continue
        verb = next((a for a in phrase.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i not in own:
            continue  # "accused Duque of having lent the soil for an aggression against …"
        entry = actors.book.lookup(span.kb_id_, day)
        # (a state by its name, not a person: "the interim government accused Bakiyev" is
        # his own country's)
        if entry is not None and entry.code and entry.kind != "person":
            found.add(entry.code)
    return found


# Words of a side that another side answers: "rejected the remarks", "dismissed the claims".
_WORDS_ANSWERED = {
    "remark", "statement", "comment", "claim", "allegation", "accusation", "charge",
    "criticism", "assertion", "words", "word", "declaration", "insinuation",
    "account", "version",
}  # fmt: skip
_ANSWERING = {
    "reject", "dismiss", "deny", "refute", "rebuff", "slam", "condemn", "denounce",
    "criticise", "criticize", "protest", "answer", "respond", "counter", "brush",
}  # fmt: skip


def speakers_answered(head: Token, day: dt.date, actors: DocActors) -> set[str]:
    """The countries of those whose words ``head``, a role noun subject, answers and names
    as the words' owner ("The Federal Government rejected this account of Putin", "the
    ministry dismissed Lavrov's remarks"). A body answering words names someone else's: it
    is not the speaker's side, though he was the last of its kind to act."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _ANSWERING:
        return set()
    verb = head.head
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    owners = [
        o
        for w in words
        if w.lemma_.lower() in _WORDS_ANSWERED
        for o in [c for c in w.children if c.dep_ == "poss"]
        + [p for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    ]
    found: set[str] = set()
    for owner in owners:
        span = actors.by_token.get(owner.i)
        entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
        if span is not None and span.label_ == "ACTOR" and entry is not None and entry.code:
            found.add(entry.code[:3])
    return found


def _another_side(
    head: Token, day: dt.date, actors: DocActors, sector: str, speaker: str
) -> Actor | None:
    """The side of ``sector`` that last acted, or the state that did, other than the
    ``speaker``'s country; ``None`` when the story has no other (a body answering its own
    leader's words, as a new government may, stays his country's)."""
    return actors.last_acting(sector, head, {speaker}) or last_acting_state(
        head, day, actors, sector, {speaker}
    )


def answers_the_last_word(head: Token) -> bool:
    """``head``, a role noun subject, answers words told before with no owner named ("The
    Ministry of Foreign Affairs rejected the remarks", "responded to the accusations"): the
    words are the side that last acted, so the one answering is another."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _ANSWERING:
        return False
    verb = head.head
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(
        w.lemma_.lower() in _WORDS_ANSWERED
        and any(
            d.dep_ == "det" and d.lower_ in ("the", "these", "those", "such") for d in w.children
        )
        and not any(
            d.dep_ in ("poss", "compound", "amod") and d.pos_ == "PROPN" for d in w.children
        )
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in w.children)
        for w in words
    )


# Verbs by which a government tells people what to do, and the people it tells its own
# nationals abroad to act.
_TELLING_PEOPLE = {"order", "tell", "instruct", "advise", "urge", "ask", "direct", "warn"}
_NATIONALS = {
    "student", "citizen", "national", "tourist", "pilgrim", "expatriate", "resident",
    "worker", "traveller", "traveler", "diaspora",
}  # fmt: skip


def _nationals_abroad_told(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """The state of the nationals a role noun subject tells what to do where they are abroad:
    "the government ordered thousands of Saudi students in Canada to transfer elsewhere",
    "the ministry urged Indian nationals in Ukraine to leave" (their own government, not the
    last one the story named). Nationals with no place abroad ("ordered Qatari citizens to
    leave the kingdom") may be told by a host, and are left to the other rules."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _TELLING_PEOPLE:
        return None
    told = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # ("thousands of Saudi students": the people the number counts)
    if told is not None and told.lemma_.lower() not in _NATIONALS:
        told = next((p for p in told.children if p.dep_ == "prep" and p.lower_ == "of"), told)
        told = next((c for c in told.children if c.dep_ == "pobj"), told)
    if told is None or told.lemma_.lower() not in _NATIONALS:
        return None
    homes = {
        side.country
        for c in told.children
        if c.dep_ in ("amod", "compound") and (side := _named_side(c, day, actors))
    }
    abroad = {
        side.country
        for prep in told.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "inside")
        for p in prep.children
        if p.dep_ == "pobj" and (side := _named_side(p, day, actors))
    }
    if len(homes) != 1 or not abroad or abroad & homes:
        return None
    return homes.pop()


def _acted_on(tok: Token) -> bool:
    """The phrase at ``tok`` (a name or a role noun, or a word of it) is no subject: an
    object or a phrase after a preposition ("expelled India's envoy", "protested to the US
    envoy")."""
    phrase = tok
    while phrase.dep_ in ("compound", "amod", "poss", "flat") and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ not in ("nsubj", "nsubjpass", "appos", "ROOT")


def _own_acts(verb: Token) -> set[int]:
    """``verb`` and the verbs its subject goes on doing through what it says or means to do
    ("said it would downgrade ties and review the arrangements"): complements and conjuncts
    with no subject of their own or a pronoun one."""
    found = {verb.i}
    queue = [verb]
    while queue:
        for child in queue.pop().children:
            if child.dep_ not in ("ccomp", "xcomp", "conj") or child.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.pos_ == "PRON":
                found.add(child.i)
                queue.append(child)
    return found


def last_acting_state(
    head: Token, day: dt.date, actors: DocActors, sector: str, skip: set[str]
) -> Actor | None:
    """The state that last acted before ``head``'s sentence, as the subject of a main clause
    (a country, its government or one of its officials), other than the ``skip`` countries:
    the side a story's role noun with no owner stands for when the last one named of its
    kind is the other side."""
    doc = head.doc
    for i in range(head.sent.start - 1, max(head.sent.start - 400, -1), -1):
        span = actors.by_token.get(i)
        if span is None or span.label_ != "ACTOR" or i != span.root.i:
            continue
        if doc[i].dep_ not in ("nsubj", "nsubjpass") or not _main_clause(doc[i].head):
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is not None and entry.code not in skip and entry.sector in ("", "GOV"):
            return Actor(entry.code, sector, head.text)
    return None


def _named_side(tok: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The country or organisation (no person) whose name starts at ``tok``'s span."""
    span = actors.by_token.get(tok.i)
    if span is None or span.label_ != "ACTOR":
        return None
    entry = actors.book.lookup(span.kb_id_, day)
    if entry is None or entry.kind == "person":
        return None
    return Actor(entry.code, entry.sector, span.kb_id_)


def _named_person(tok: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The person in our tables whose name starts at ``tok``'s span (the twin of
    :func:`_named_side`)."""
    span = actors.by_token.get(tok.i)
    if span is None or span.label_ != "ACTOR":
        return None
    entry = actors.book.lookup(span.kb_id_, day)
    if entry is None or entry.kind != "person":
        return None
    return Actor(entry.code, entry.sector, span.kb_id_)


def _governing_subject(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The country or organisation subject of the clause that ``head``'s clause hangs on,
    when ``head`` is the subject of an adverbial clause ("as it …", "after it …") or of
    the words of a saying ("China criticised Japan and said it would cut ties": "it" is
    China, who says, not Japan, the nearer name), or of a clause joined to it by "and"
    ("the police began to tax the trucks bound for Armenia, and in May it detained two
    drivers": "it" keeps the first clause's subject, not the last name in its objects)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    governing = (
        verb.head if verb.dep_ in ("advcl", "conj") else _saying_of(verb) or _writer_of(verb)
    )
    if verb.dep_ == "conj" and _opens_with_that(verb):
        # "the ministry said it respected Australia's decision but that the executions were
        # lawful and that it would not bow to pressure": a clause opened by its own "that"
        # is one more of the words said, and its "it" is who says them
        governing = _saying_of(first_conjunct(verb)) or governing
    if governing is None and verb.dep_ == "relcl":
        governing = _verb_above_relative(verb)
    if governing is None:
        governing = _clause_before_colon(verb, head)
    if governing is None:
        return None
    subject = _shared_subject(governing)
    if head.lower_ == "it" and subject is not None and subject.tag_ == "NNS":
        # "Cambodia said that the Thai troops had crossed the line, and on Saturday it
        # accused …": a singular "it" takes up no plural noun; it is who says the words
        sayer = _saying_of(governing)
        subject = _shared_subject(sayer) if sayer is not None else subject
    if subject is None or subject.i >= head.i:
        return None
    return (
        _named_side(subject, day, actors)
        or _body_of_country(subject, day, actors)
        or _issuer_of_writing(subject, day, actors)
    )


def _clause_before_colon(verb: Token, pronoun: Token) -> Token | None:
    """The clause a colon or semicolon sets before the one of ``pronoun``, which the parser
    hung on ``verb`` as its complement: in "the Supreme Court went further: it ordered the
    envoy to stay", "it" is the court, the subject of "went", not the last name before."""
    mark = next(
        (
            c
            for c in verb.children
            if c.dep_ == "punct" and c.text in (":", ";") and c.i < pronoun.i
        ),
        None,
    )
    if mark is None:
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < mark.i), None
    )


def _issuer_of_writing(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The side a writing speaks for when the writing itself is the subject: "The Saudi
    statement attributed the decision to the domination of Hezbollah on the Lebanese state,
    and it accused the Lebanese authorities of …": "it" takes up the statement, so Saudi
    Arabia accuses, not the last name among the first clause's objects."""
    if head.lemma_.lower() not in _WRITINGS:
        return None
    found = resolve_phrase(head, day, actors)
    return found[0] if found is not None and found[0].country else None


def _verb_above_relative(clause: Token) -> Token | None:
    """The verb whose phrase holds the noun a relative clause describes, when the relative
    word is not the clause's subject: in "halted the trains after the attack on its
    parliament, which it blames on Pakistan-based militants" the "it" of the relative clause
    is who halted them (it cannot be the thing "which" stands for)."""
    if not any(
        c.dep_ in ("dobj", "pobj") and c.lower_ in ("which", "that") for c in clause.subtree
    ):
        return None
    up = clause.head
    while up.dep_ in ("pobj", "prep", "dobj", "appos", "conj") and up.head.i != up.i:
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            return up
    return None


def _body_of_country(head: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The country whose body a phrase names by its nationality ("the Azerbaijani police",
    "the Turkish government"), or a side so named ("the Cambodian side"): the phrase's own
    actor, never a person's."""
    span = actors.by_token.get(head.i)
    side = head.lemma_.lower() == "side" and any(
        c.dep_ in ("amod", "compound") for c in head.children
    )
    if not side and (span is None or span.label_ != "AGENT"):
        return None
    found = resolve_phrase(head, day, actors)
    if found is None or not found[0].country:
        return None
    return found[0]


# Verbs whose subject speaks the clause they govern: "said it would", "warned it could".
_SAYING = {
    "say", "tell", "announce", "add", "state", "declare", "warn", "insist", "stress",
    "confirm", "vow", "pledge", "promise", "threaten", "note", "indicate",
}  # fmt: skip


def _opens_with_that(verb: Token) -> bool:
    """``verb``'s clause opens with "that" of its own ("… and that it would not bow")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def first_conjunct(word: Token) -> Token:
    """The first of the conjoined words ``word`` is one of (``word`` itself when alone)."""
    tok = word
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _saying_of(verb: Token) -> Token | None:
    """The verb of saying whose words ``verb``'s clause is ("said [it would cut ties]")."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING:
        return verb.head
    return None


def _shared_subject(verb: Token) -> Token | None:
    """``verb``'s subject, or the one it shares with the verb it is joined to ("criticised
    Japan and said …": China) or, as a participle with no subject of its own, hangs on
    ("Iran fired missiles at Israel, saying it was retaliating": Iran says)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.head.i == verb.i or not _shares_subject(verb):
            return subject
        verb = verb.head


def _shares_subject(verb: Token) -> bool:
    """``verb`` has the subject of the verb it hangs on: a second verb joined to it, or a
    participle set after it ("…, saying", "…, accusing")."""
    return verb.dep_ == "conj" or (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
    )


# Writings whose words a relative clause tells: "published a document in which it accused".
_WRITINGS = {
    "statement", "document", "letter", "report", "note", "message", "speech", "declaration",
    "communique", "communiqué", "resolution", "paper", "article", "interview", "address",
    "tweet", "post", "decree", "memorandum", "appeal",
}  # fmt: skip


def _writer_told_before(head: Token) -> Token | None:
    """Who wrote "the statement" (or "the same statement") that speaks as a subject: the
    doer of the last sentence that told the writing, "In the statement the ministry accused
    the envoy … The same statement complained that …" (the ministry), or "the ministry
    issued a statement … The statement added" (the ministry)."""
    if head.dep_ != "nsubj" or head.lemma_.lower() not in _WRITINGS or head.pos_ != "NOUN":
        return None
    words = [c.lower_ for c in head.children if c.dep_ != "punct"]
    if words not in (["the"], ["the", "same"]):
        return None
    for tok in reversed(head.doc[_mention_window(head) : head.sent.start]):
        if tok.lemma_.lower() != head.lemma_.lower():
            continue
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "in":
            verb = verb.head
        elif tok.dep_ != "dobj":
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _writer_of(verb: Token) -> Token | None:
    """The verb whose subject wrote or spoke the writing that ``verb``'s relative clause
    ("in which", "where") tells of: "the ministry published a document, in which it
    accused …" → published."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in _WRITINGS:
        return None
    relative = any(
        c.dep_ == "prep" and any(w.lower_ in ("which", "whom") for w in c.children)
        for c in verb.children
    ) or any(c.lower_ == "where" for c in verb.children)
    if not relative:
        return None
    governing = verb.head
    while governing.dep_ in ("pobj", "prep", "conj", "appos") and governing.head.i != governing.i:
        governing = governing.head
    return governing.head if governing.head.pos_ in ("VERB", "AUX") else None


# Role nouns that name one person, so "he"/"she" may refer back to them.
PERSON_ROLES = {
    "ambassador", "envoy", "minister", "president", "premier", "chancellor", "king",
    "queen", "prince", "emir", "sultan", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "commissioner", "governor", "general", "commander", "leader", "chief",
    "diplomat", "consul", "attache", "senator", "lawmaker", "mayor", "negotiator",
    "adviser", "advisor", "director", "head", "representative", "official",
}  # fmt: skip


# Feelings and stances toward something, told after people: "protesters angry over the
# reform", "neighbours worried about its build-up", "groups opposed to the deal" (but
# "forces loyal to Haftar" says whose they are).
STANCES = {
    "angry", "furious", "outraged", "upset", "unhappy", "frustrated", "dissatisfied",
    "disappointed", "dismayed", "angered", "incensed", "concerned", "worried", "fearful",
    "afraid", "opposed", "critical", "hostile", "wary", "suspicious", "disillusioned",
    "sceptical", "skeptical", "alarmed", "nervous",
}  # fmt: skip


# Verbs of reacting to a thing done by others ("a move condemned by", "a step welcomed by").
REACTING = {
    "condemn", "welcome", "criticise", "criticize", "denounce", "praise", "hail", "slam",
    "decry", "deplore", "applaud", "reject", "protest", "question", "oppose",
}  # fmt: skip


# Participles of bringing a thing about for others: "a deal brokered by Egypt".
CONVENING = {"broker", "mediate", "host", "organise", "organize", "convene", "facilitate"}


# Participles that tell what someone did to the people of a phrase: "women held by Boko
# Haram", "civilians wounded by Syrian shelling", "refugees displaced by Russian air strikes".
# The one by whom it was done is not who the people are (unlike "a coalition led by Riyadh").
_HARMING = {
    "hold", "keep", "kidnap", "abduct", "capture", "seize", "detain", "take", "trap",
    "wound", "injure", "kill", "displace", "drive", "expel", "deport", "besiege", "torture",
    "attack", "target", "threaten", "persecute", "enslave", "rape", "shell", "bomb", "evict",
}  # fmt: skip


def _done_to(clause: Token) -> bool:
    """``clause`` is a participle after its noun telling what its "by" agent did to it."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() in _HARMING
        and any(c.dep_ == "agent" for c in clause.children)
    )


# Nouns of asking to join a body: the body named before them is where one applies, not who
# the phrase is ("the NATO membership bids of Sweden and Finland", "Albania's EU accession").
_JOINING_NOUNS = {"bid", "application", "membership", "accession", "candidacy", "readmission"}


def body_applied_to(tok: Token, head: Token) -> bool:
    """``tok`` modifies a noun of joining (:data:`_JOINING_NOUNS`) in the phrase headed by
    ``head``, which names its applicant as its owner: "blocked the NATO membership bids of
    Sweden and Finland" is done to Sweden and Finland; "vetoed Macedonia's NATO bid" to
    Macedonia. With no applicant named ("the EU accession talks") the body stays."""
    if tok.dep_ not in ("compound", "amod") or tok.head.lemma_.lower() not in _JOINING_NOUNS:
        return False
    applied = tok.head
    while applied.dep_ == "compound" and applied.head.lemma_.lower() in _JOINING_NOUNS:
        applied = applied.head
    if applied.i != head.i:
        return False
    return any(
        c.dep_ == "poss"
        and c.i != tok.i
        or (c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children))
        for c in applied.children
    )


def _attitude(tok: Token) -> bool:
    """An actor named in "anti-Syria" or "pro-Russian" is a stance, not who the phrase is;
    one graded by how much of a place it makes up is who lives there (see :func:`_make_up`)."""
    doc, i = tok.doc, tok.i
    stance = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro")
    return stance or _make_up(tok)


# How much of a place or a group a people makes up: "a mainly Armenian town".
_SHARES = {
    "mainly", "mostly", "largely", "predominantly", "overwhelmingly", "chiefly",
    "primarily", "heavily", "majority", "partly", "traditionally",
}  # fmt: skip


def _make_up(tok: Token) -> bool:
    """ "rebels attacked Kasab, a mainly Armenian town", "a predominantly Kurdish city": a
    people graded by its share of a place tells who lives there, not the state it names; the
    town is no side of Armenia's."""
    i = tok.i
    graded = i >= 1 and tok.doc[i - 1].lower_ in _SHARES
    return graded and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN"


def thing_taken_up(pronoun: Token, actors: DocActors | None = None) -> Token | None:
    """The object "it" of a verb joined to an earlier one with the same subject takes up
    that verb's object when it is a thing, no actor: "Dodon condemned the decision of his
    own government and called it a disgusting gesture" (the decision; not the last country
    named before). So does the object "it" of a clause set against the first by another
    side: "the Palestinian Authority condemned the deal, while Iran denounced it as a
    ransom" (the deal; not the Authority). None when "it" takes up no thing. With no
    ``actors``, a thing the actor tagger may have tagged is not ruled out."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or verb.head.pos_ != "VERB":
        return None
    contrasted = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children
    )
    if not contrasted and (
        verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    thing = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if thing is not None and thing.lemma_.lower() in _REGARD:
        # "attaches great importance to the position of the minister and welcomes it": the
        # regard paid is to the position, which "it" takes up
        thing = next(
            (
                o
                for p in verb.head.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            thing,
        )
    if (
        thing is not None
        and thing.pos_ == "NOUN"
        and thing.lemma_.lower() not in PERSON_ROLES
        and (actors is None or actors.by_token.get(thing.i) is None)
    ):
        return thing
    return None


# Nouns of the regard one pays a thing "to": "attaches great importance to", "pays close
# attention to", "gives priority to".
_REGARD = frozenset({"importance", "attention", "significance", "weight", "priority", "value"})


def _of_title(name: Token) -> bool:
    """``name`` closes a title whose country stands in an "of" phrase before it, which the
    parser runs together with the name ("the ambassador of Moldova Andrei Neguta", "the
    foreign minister of Latvia Edgars Rinkevics")."""
    return (
        name.dep_ == "pobj"
        and name.head.lower_ == "of"
        and name.head.head.lemma_.lower() in PERSON_ROLES
        and any(c.dep_ == "compound" and c.ent_type_ != "PERSON" for c in name.children)
    )


# Titles of religious office, each held by one person, that news uses as the person's name
# ("the Dalai Lama", "the Pope", "the Ecumenical Patriarch", "the Grand Ayatollah", "the
# Grand Mufti"), which the entity tagger often leaves untyped.
CLERICAL_TITLES = frozenset({"lama", "pope", "patriarch", "ayatollah", "mufti", "archbishop"})


def clerical_title(tok: Token) -> bool:
    """``tok`` heads a phrase that names one person by a title of religious office, written
    with a capital ("the Dalai Lama", "the Pope"): a person "he" can take up."""
    return (
        tok.lower_ in CLERICAL_TITLES
        and tok.tag_ == "NNP"
        and tok.dep_ != "compound"
        and tok.ent_type_ not in ("ORG", "GPE", "LOC", "FAC")
    )


# Links by which a clause is told inside another (what is said, a relative or noun clause).
_TOLD_INSIDE = {"ccomp", "acl", "relcl", "xcomp", "csubj", "pcomp"}


def _told_by_the_sentence(tok: Token) -> bool:
    """``tok`` stands in a clause the sentence itself tells ("the Mongolian side … and the
    Dalai Lama … arrived"), not in one told inside another ("said that Mongolia let the Dalai
    Lama visit", "the plan to invite the Dalai Lama")."""
    return not any(a.dep_ in _TOLD_INSIDE for a in (tok, *tok.ancestors))


def _uncoded_title(head: Token) -> Actor:
    """The person a title of religious office names, with no code: "the Dalai Lama"."""
    start = head.i
    while (
        start > 0
        and head.doc[start - 1].dep_ == "compound"
        and head.doc[start - 1].head.i == head.i
    ):
        start -= 1
    return Actor("", "", head.doc[start : head.i + 1].text)


def _uncoded_person(end: Token) -> Actor:
    """A person named in the text that no table of ours codes, as an open actor that keeps
    the name ("Ahmed Saleh"), for a pronoun that takes the person up."""
    start = end.i
    while start > 0 and end.doc[start - 1].ent_type_ == "PERSON" and end.doc[start].ent_iob_ != "B":
        start -= 1
    return Actor("", "", end.doc[start : end.i + 1].text)


def _name_end(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a PERSON name in spaCy's entities."""
    tok = doc[i]
    return (
        tok.ent_type_ == "PERSON"
        and tok.pos_ == "PROPN"
        and (i + 1 == len(doc) or doc[i + 1].ent_type_ != "PERSON" or doc[i + 1].ent_iob_ == "B")
    )


def _in_relative_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in a relative clause, or a clause with a subject of its own, on the way up
    to ``head`` ("the attacks, which have seen people arrested in Pretoria": Pretoria is not
    who the attacks are; nor is Afghanistan who "claims that servicemen abused children in
    Afghanistan" are)."""
    while tok.i != head.i:
        if tok.dep_ == "relcl" or (
            tok.dep_ in ("acl", "ccomp")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            return True
        tok = tok.head
    return False


def _participle_object(
    pronoun: Token, main: Token, day: dt.date, actors: DocActors
) -> Actor | None:
    """ "took Israel to the world court, accusing it of genocide", "expelled two diplomats,
    accusing them of spying": the object of a participle set after the main verb is that
    verb's own object ``main`` (:func:`_participle_main`), not the nearest name (the court)."""
    plural = main.tag_ in ("NNS", "NNPS")
    if plural != (pronoun.lower_ in ("them", "they")):
        return None
    found = resolve_phrase(main, day, actors, inside=False)
    return found[0] if found is not None and found[0].code else None


def _participle_main(pronoun: Token) -> Token | None:
    """The main verb's object a participle's object pronoun stands for ("expelled two
    diplomats, accusing them of spying"), or None; the pronoun may be the one the participle
    gives something to ("expelled the Syrian diplomats in Ankara, giving them 72 hours to
    leave": the diplomats, not Ankara)."""
    clause = pronoun.head
    if pronoun.dep_ not in ("dobj", "dative") or clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return None
    main = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
    return main if main is not None and main.i < pronoun.i else None


# Participles that charge someone with an act ("a man accused of spying for Russia").
_CHARGED_WITH = {
    "accuse", "suspect", "convict", "charge", "want", "indict", "allege", "blame", "find",
    "sentence", "jail", "arrest", "detain", "implicate",
}  # fmt: skip
# Verbs that say whose side someone is on, not an act they did ("of being a member of").
_BELONGING = {"be", "belong", "have", "work", "serve", "join"}


def _charged_act(participle: Token) -> bool:
    return any(
        t.dep_ in ("pcomp", "xcomp") and t.pos_ == "VERB" and t.lemma_.lower() not in _BELONGING
        for t in participle.subtree
    )


# Prepositions of standing by a building.
_BY_A_BUILDING = frozenset({"outside", "near", "at", "around", "before", "opposite"})


def _at_a_mission(prep: Token) -> bool:
    """``prep`` tells that people stand at an embassy or consulate, whose state is not theirs:
    "police fired tear gas at protesters outside the U.S. consulate in Lahore", "crowds in
    front of the Danish embassy"."""
    if prep.dep_ != "prep":
        return False
    places = list(prep.children)
    if prep.lower_ == "in":  # "in front of"
        places = [p for f in places if f.lower_ == "front" for o in f.children for p in o.children]
    elif prep.lower_ not in _BY_A_BUILDING:
        return False
    return any(p.dep_ == "pobj" and p.lemma_.lower() in MISSIONS for p in places)


# Participles of keeping people somewhere: "refugees held on Nauru", "migrants detained in
# Libya", "asylum seekers housed on Manus Island".
_KEPT = {
    "hold", "detain", "keep", "house", "intern", "jail", "imprison", "confine", "strand",
    "lodge", "accommodate",
}  # fmt: skip


# Gatherings held on a subject, and the prepositions of that subject: "the Bonn conference
# on Afghanistan's future", "a summit about the war in Syria".
_FORUMS = {"conference", "summit", "forum", "symposium", "congress", "seminar", "workshop"}
_SUBJECT_PREPS = {"on", "about", "regarding", "concerning"}


def _inside(
    head: Token, day: dt.date, actors: DocActors, exclude: frozenset[str] = frozenset()
) -> tuple[Actor, float] | None:
    """Last resort: the actor named nearest the head inside its phrase ("the roads leading
    into Mordor" → Mordor); not inside a phrase joined to it ("Ajit Doval and Wang Yi")."""
    # (nor in a clause set before it: "Abandoned by Washington, the Kurdish authorities";
    # nor in an act told after a preposition, which says what the head did, not who it is:
    # "accused the regime of using gas in Douma", "blamed the group for shelling Kharkiv")
    # (nor in the act a participle after it charges the head with: "detained two men
    # accused of spying for Russia", "executed a man convicted of killing a Basij member";
    # "a man suspected of being a member of Islamic State" still says who he is)
    joined = {
        t.i
        for c in head.children
        if c.dep_ == "conj"
        # "protesters angry over Macron's reform", "allies worried about Russia": what the
        # people feel about is not who they are
        or (c.dep_ in ("amod", "acl") and c.i > head.i and c.lower_ in STANCES)
        # "in a move condemned by ECOWAS and France", "a deal welcomed by the UN": those who
        # react to a thing are not who it is
        or (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in REACTING)
        # "the accord, brokered by the OAU", "talks hosted by Qatar": who brokers or hosts a
        # thing is not who it is
        or (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CONVENING)
        or (c.dep_ in ("acl", "advcl") and c.i < head.i)
        # "a deal giving the U.S. military access to Colombian bases": what a deal or law
        # does to others is not whose it is
        or (c.dep_ == "acl" and c.tag_ == "VBG" and head.lemma_.lower() in SUBJECT_MATTERS)
        # "its neighbour's bid to join the European Union": a thing owned by a side named
        # says whose it is by its owner, not by what its clause is for ("suspend its
        # campaign urging others to withdraw recognition of Kosovo" still aims at Kosovo)
        or (c.dep_ == "acl" and any(p.dep_ == "poss" and p.pos_ != "PRON" for p in head.children))
        or (c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children))
        or (c.dep_ == "acl" and c.lemma_.lower() in _CHARGED_WITH and _charged_act(c))
        or _done_to(c)
        or _at_a_mission(c)
        for t in c.subtree
    }
    # "the conference on Afghanistan's future": what a gathering is held on is not who holds
    # it ("the conference of the Arab League" still is the League's)
    if head.lemma_.lower() in _FORUMS:
        joined |= {
            t.i
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in _SUBJECT_PREPS
            for t in c.subtree
        }
    # "refugees held on Nauru and Manus Island": where people are kept is not who they are
    # (who keeps them, "held by Hamas", may still be)
    joined |= {
        t.i
        for c in head.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _KEPT
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("on", "in", "at")
        for t in p.subtree
    }
    spans = {
        actors.by_token[t.i]
        for t in head.subtree
        if t.i in actors.by_token
        and t.i not in joined
        and not owns_nothing(t)
        and not _attitude(t)
        and not _in_relative_clause(t, head)
        and not _under_relation(t, head)
        and not _under_motive(t, head)
    }
    # a role noun's own side is never the country across a border it stands at; a thing done
    # there ("halted exercises near the border with Finland") may still be aimed at it
    own = actors.by_token.get(head.i)
    role = own is not None and own.label_ == "AGENT"
    # (nearest first; of two as near, the earlier: a set's order is not the same every run)
    for span in sorted(spans, key=lambda s: (abs(s.root.i - head.i), s.start)):
        if span.label_ != "ACTOR":
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is not None and entry.kind in PLACE_KINDS and _locative(span.root):
            continue
        if (
            entry is not None
            and a_doing(head)
            and entry.code in {c[:3] for c in exclude}
            and on_ground(span.root)
        ):
            continue  # "the issuing of passports on the territory of Ukraine", said by Kyiv
        if across_boundary(span.root) and (role or _site_by_line(span.root)):
            continue  # "soldiers near the border with China" are not China's
        if entry is not None and _named_after_place(span.root, entry):
            continue  # "the Lima Group", "the Minsk agreements": named after the city
        if entry is not None and entry.code not in exclude:
            if _under_kinship(span.root, head):
                # "Saif al-Islam, a son of Muammar Gaddafi": Libya's, not its government's
                return Actor(entry.code[:3], "", _name_text(head)), INSIDE_CONFIDENCE
            return Actor(entry.code, entry.sector, span.kb_id_), INSIDE_CONFIDENCE
    return None
