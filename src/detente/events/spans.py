"""The character span an event gives its actor phrases: the phrase a reader names the actor by,
with its title or list, without the place or time that follows it.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.resolve import (
    SECOND_MENTIONS,
    DocActors,
    phrase_span,
    phrase_tokens,
)
from detente.events.grammar import child_of
from detente.events.modality import SPEECH
from detente.events.phrases import PLACE_NOUNS
from detente.models import Actor

_LISTING = frozenset({"including", "like", "among"})


def named_first(tok: Token, actor: Actor, actors: DocActors) -> Token:
    """The name a bare second mention ("the country", "the kingdom", "the group") takes up
    when the same sentence named it before: "threatened to impose tariffs on all goods from
    Mexico unless the country stopped the migrants" is aimed at "Mexico", the words that
    name the side, not the noun that names it again; only a name that is a phrase of its
    own. Any other token stands for itself."""
    if tok.lower_ not in SECOND_MENTIONS or not actor.name:
        return tok
    if [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] != ["the"]:
        return tok
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        span = actors.by_token.get(i)
        if span is not None and span.label_ == "ACTOR" and span.kb_id_ == actor.name:
            # (a name that only modifies another noun, "the Saudi minister", names someone
            # else's phrase)
            if span.root.dep_ in ("amod", "compound", "poss", "nmod"):
                return tok
            return span.root
    return tok


def naming_token(head: Token, actor: Actor, actors: DocActors) -> Token:
    """The token that named ``actor`` in the phrase of ``head``: the head itself, or for an
    actor found inside the phrase ("assistance to the Palestinians") that actor's mention,
    so the event's phrase offsets point at the words that named it."""
    own = actors.by_token.get(head.i)
    if not actor.name:
        return head
    owner = _owner_by_pronoun(head, actor, actors)
    if owner is not None:  # "hit its substations": the grid operator named before
        return owner
    if own is not None and own.label_ == "ACTOR":
        # "Nigerian and British armed forces": the head's own name ("British armed forces")
        # names one side; a name joined to it before names the other, by its own word
        joined = (
            actors.by_token[t.i].root
            for t in head.subtree
            if t.i < own.start
            and t.dep_ in ("amod", "compound", "conj", "nmod")
            and t.i in actors.by_token
            and actors.by_token[t.i].label_ == "ACTOR"
            and actors.by_token[t.i].kb_id_ == actor.name
            and actors.by_token[t.i].kb_id_ != own.kb_id_
        )
        return next(joined, head)
    # "Russian troops" is named by its head, and so is a role noun by where it is ("rights
    # groups in Zimbabwe", "workers in Dhaka": the people act, not the place)
    role = own is not None and own.label_ == "AGENT"
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        # "his Chinese counterpart, Wang Yi", "the head of the Kenyan opposition, Raila
        # Odinga": the person named beside the head is whom the phrase names, not the
        # modifier that gave it its country
        return head
    near = {t.i for t in phrase_tokens(head, role=role)}
    # "Juan Perez, a former Colombian senator": an apposition says who the head is, so the
    # head names the actor it finds; so does a group for the members it lists ("aid
    # workers, including staff from Oxfam")
    described = {
        t.i
        for c in head.children
        if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in _LISTING)
        for t in c.subtree
    }
    for tok in head.subtree:
        span = actors.by_token.get(tok.i)
        if span is not None and span.kb_id_ == actor.name and tok.i != head.i:
            if tok.i in described:
                return head
            placed = tok.i in near or _placed_under(tok, head)
            return head if own is not None and placed else span.root
    return head


def _owner_by_pronoun(head: Token, actor: Actor, actors: DocActors) -> Token | None:
    """The speaker whom ``head`` belongs to by "its"/"their", when ``actor`` was found
    through that pronoun (it bears the head's own words): "Ukrenergo said Russian missiles
    hit its substations" names Ukrenergo, who tells of its own loss. (Elsewhere the thing
    names its owner itself: "Israel struck Hezbollah, which had fired at its towns".)"""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None or actor.name != head.text or head.i in actors.by_token:
        return None
    saying = next((t for t in head.ancestors if t.lemma_.lower() in SPEECH), None)
    speaker = child_of(saying, "nsubj") if saying is not None else None
    if speaker is None or speaker.i > poss.i:
        return None
    # ("Ukraine's grid operator Ukrenergo said": the name the speaker's phrase ends with)
    for tok in reversed(list(speaker.subtree)):
        span = actors.by_token.get(tok.i)
        entry = actors.book.lookup(span.kb_id_) if span is not None else None
        if span is not None and span.label_ == "ACTOR" and entry is not None:
            return span.root if entry.code[:3] == actor.country else None
    return None


_WHERE_FROM = frozenset({"in", "from", "of"})


def _placed_under(tok: Token, head: Token) -> bool:
    """``tok`` lies in a chain of "in"/"from" phrases of ``head`` ("workers in logistic
    centres in Germany", "lawmakers from the ruling party in Japan"), not in a clause of it
    (nor at a workplace: "nurses at the Kenyatta hospital" strike at it)."""
    while tok.i != head.i:
        if tok.dep_ == "prep" and tok.lower_ not in _WHERE_FROM:
            return False
        if tok.dep_ not in ("pobj", "prep", "compound", "amod", "poss", "nmod"):
            return False
        tok = tok.head
    return True


# Prepositions that place a thing: "oil fields near Kirkuk", "a company in Berlin".
_PLACING = frozenset({"in", "near", "inside", "outside", "around", "within"})


# Parts of a land named by where they lie in it: "the north of Mali", "the east of Congo".
_PARTS_OF_A_LAND = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "interior",
})  # fmt: skip


def _of_place(tok: Token) -> bool:
    """``tok`` names a place noun by an "of" phrase: "the city of Qamishli", "the town of
    Kidal", "the north of Iraq"."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and (
            tok.head.head.lemma_.lower() in PLACE_NOUNS or tok.head.head.lower_ in _PARTS_OF_A_LAND
        )
    )


def _placing_apposition(tok: Token) -> bool:
    """``tok`` says in apposition where a named place lies: "a military base in Inates,
    western Niger", "a hospital in Aleppo, northern Syria" (the base and the hospital are
    placed by the town the apposition locates)."""
    place = tok.head
    return (
        tok.dep_ == "appos"
        and place.i < tok.i
        and place.pos_ == "PROPN"
        and place.dep_ == "pobj"
        and place.head.lower_ in _PLACING
    )


def _in_subject(tok: Token, word: Token) -> bool:
    """``tok`` lies in the subject of ``word``: "farmers in India have been protesting"
    protest in India, which is no part of the crowd that names the target."""
    while tok.head.i != tok.i and tok.head.i != word.i:
        tok = tok.head
    return tok.head.i == word.i and tok.dep_ in ("nsubj", "nsubjpass")


def _acted_on(holder: Token, word: Token) -> Token:
    """The thing the act is done to that ``holder`` is part of: a place hung on a noun inside
    the object's phrase still places the object ("killed 50 villagers with machetes in
    Congo's Ituri province" is done to the villagers, not to the machetes). An "of" phrase
    names its noun with the thing it belongs to ("extended the mandate of the UN mission in
    South Sudan": the mission), so the climb stops there."""
    while (
        holder.dep_ == "pobj"
        and holder.head.dep_ == "prep"
        and holder.head.lower_ != "of"
        and holder.head.head.pos_ in ("NOUN", "PROPN")
        and holder.head.head.i != word.i
    ):
        holder = holder.head.head
    return holder


def target_span_of(tok: Token, coded: bool, word: Token, actors: DocActors) -> tuple[int, int]:
    """Offsets of the target phrase headed by ``tok``. A place that gave the target its code
    names it together with the thing placed there: "seized oil fields near Kirkuk" is done
    to "oil fields near Kirkuk", "set up a company in Berlin" to "a company in Berlin"."""
    start, end = with_described(tok, word, with_list(tok, phrase_span(tok, whole=not coded)))
    kin = _people_of(tok)
    if kin is not None and not kin.left_edge.i <= word.i <= kin.right_edge.i:
        # "killed the driver of a Turkish aid agency", "detained the lawyer of a jailed
        # critic": the people the act is done to are named with whose they are (not when the
        # act is told inside their phrase: "the families of fishermen killed by the navy")
        start = min(start, phrase_span(kin)[0])
    thing = _made_thing(tok, word)
    if coded and thing is not None:
        # "vetoed a resolution drafted by Algeria", "refused a request from Kenya": the maker
        # is named with the thing the event is done to
        return min(start, phrase_span(thing)[0]), end
    # "pilgrims in Pakistan's Balochistan province", "a party in the city of Qamishli": the
    # place names the province or city it is in
    anchor = tok
    while (anchor.dep_ in ("poss", "compound", "amod") and anchor.head.i > anchor.i) or (
        _of_place(anchor) or _placing_apposition(anchor)
    ):
        anchor = anchor.head if anchor.dep_ != "pobj" else anchor.head.head
    placed = coded and anchor.dep_ == "pobj" and anchor.head.lower_ in _PLACING
    if placed and anchor.i != tok.i:
        end = max(end, phrase_span(anchor)[1])
    holder = anchor.head.head if placed and not _in_subject(anchor, word) else None
    if holder is not None and holder.pos_ == "VERB":  # "captured oil fields near Kirkuk"
        holder = next((c for c in holder.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if holder is not None:
        holder = _acted_on(holder, word)
    if holder is not None and holder.pos_ == "NOUN" and holder.i != word.i:
        return min(start, phrase_span(holder)[0]), end
    if tok.dep_ == "dobj":  # "set up a company in Berlin", "arrested two men in Paris"
        named = [
            p
            for prep in tok.head.children
            if prep.dep_ == "prep" and prep.lower_ in _PLACING and prep.i > tok.i
            for p in prep.children
            if p.dep_ == "pobj" and p.i in actors.by_token
        ]
        if named:
            return start, max(end, phrase_span(named[0])[1])
    own = actors.by_token.get(tok.i)
    placed_one = _described_noun(tok, word) or (
        tok if own is None or own.label_ == "AGENT" else None
    )
    place = (
        named_place_below(placed_one, actors) or _place_after(placed_one, actors)
        if coded and placed_one is not None
        else None
    )
    if place is not None:
        # "workers in Dhaka", "families in camps in northern Ethiopia", "struck PKK positions
        # in northern Iraq": the people or things acted on are named with the place they are
        # in (not a name of its own: "Putin in Moscow")
        return start, max(end, phrase_span(place)[1])
    return start, end


def _described_noun(tok: Token, word: Token) -> Token | None:
    """The common noun a coding modifier describes ("Iranian targets", "PKK positions",
    "Syrian refugees"), or None (nor the event noun itself: "Russian sanctions")."""
    head = tok
    while head.dep_ in _DESCRIBING and head.head.i > head.i:
        head = head.head
    if head.i == tok.i or head.i == word.i or head.pos_ != "NOUN":
        return None
    return head


_PLACE_CHAIN = 3  # "aid to refugees in camps in villages in X": deeper is another story


def _names_place(tok: Token, actors: DocActors) -> bool:
    """``tok``'s phrase names a place by a name: "Syria", "northern Ethiopia", "Pakistan's
    Sindh province", "the Yemeni capital Sanaa"."""
    return tok.i in actors.by_token or any(
        c.dep_ in _DESCRIBING and c.i < tok.i and c.i in actors.by_token for c in tok.children
    )


def named_place_below(tok: Token, actors: DocActors, depth: int = _PLACE_CHAIN) -> Token | None:
    """The first place named down a chain of place phrases hung on ``tok`` ("families in
    camps in northern Ethiopia" → Ethiopia, "positions in the city of Aleppo" → Aleppo), or
    None. The chain runs through common nouns only: a place is where its holder is, and the
    place of the place is still where the holder is."""
    if depth == 0:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACING or prep.i < tok.i:
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if _names_place(place, actors):
                return place
            named = next(
                (p for p in _place_of_noun(place) if _names_place(p, actors)), None
            ) or named_place_below(place, actors, depth - 1)
            if named is not None:
                return named
    return None


def _place_after(tok: Token, actors: DocActors) -> Token | None:
    """A named place in a place phrase that follows ``tok``'s phrase at once but that the
    parser hung on the clause's verb ("deliver aid to refugees in camps in Bangladesh": the
    refugees are in the camps; "struck Iranian targets in Syria")."""
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "struck Iranian targets in Syria"
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
    else:
        return None
    after = tok.right_edge.i + 1
    prep = tok.doc[after] if after < len(tok.doc) else None
    if prep is None or prep.head.i != verb.i or prep.dep_ != "prep":
        return None
    if prep.lower_ not in _PLACING:
        return None
    return next(
        (p for p in prep.children if p.dep_ == "pobj" and _names_place(p, actors)), None
    ) or next((named_place_below(p, actors) for p in prep.children if p.dep_ == "pobj"), None)


def _place_of_noun(place: Token) -> list[Token]:
    """The place an "of" phrase names for a place noun: "the city of Aleppo", "the province
    of Idlib"."""
    if place.lemma_.lower() not in PLACE_NOUNS:
        return []
    return [
        p
        for c in place.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


# People named by whose they are ("relatives of the sailors", "the crew of an Iranian
# tanker", "the lawyer of a jailed critic"): the act is done to them, not to the owner.
_PEOPLE_OF = {
    "family", "relative", "member", "supporter", "follower", "staff", "crew", "employee",
    "worker", "driver", "lawyer", "son", "daughter", "wife", "husband", "brother", "sister",
    "mother", "father", "child", "parent", "aide", "associate", "bodyguard", "guard",
    "passenger", "pilot", "sailor",
}  # fmt: skip


def _people_of(tok: Token) -> Token | None:
    """The people noun whose "of" phrase ``tok`` (or the noun it modifies) is: "relatives of
    the sailors", "the driver of a Turkish aid agency"."""
    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    owner = tok.head.head
    return owner if owner.lemma_.lower() in _PEOPLE_OF and owner.pos_ == "NOUN" else None


_MADE_BY = frozenset({"by", "from"})


def _made_thing(tok: Token, word: Token) -> Token | None:
    """The object of ``word`` that ``tok`` made or sent ("a resolution drafted by Algeria",
    "an appeal by the lawyers", "a request from Kenya"), if ``tok`` is named as its maker."""
    # (the maker may be named by its owner: "TikTok, owned by China's ByteDance")
    while tok.dep_ in ("poss", "compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in _MADE_BY:
        return None
    holder = tok.head.head
    if holder.dep_ == "acl" and holder.tag_ == "VBN":  # "drafted by"
        holder = holder.head
    if holder.pos_ not in ("NOUN", "PROPN"):
        return None
    if holder.head.i == word.i and holder.dep_ in ("dobj", "nsubjpass"):
        return holder
    # "lifted its ban on TikTok, owned by China's ByteDance": the thing the measure acted on
    # is on (not a topic of the act: "a complaint over violations by Turkish jets")
    prep = holder.head
    if (
        holder.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.dep_ == "dobj"
        and prep.head.head.i == word.i
    ):
        return holder
    return None


def with_list(tok: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The phrase of a group with the members it lists: "several student groups including
    the Delhi University Students Union" (the group and its named members are one phrase)."""
    listed = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _LISTING]
    if not listed:
        return span
    last = max((t for c in listed for t in c.subtree), key=lambda t: t.i)
    return span[0], max(span[1], last.idx + len(last.text))


_DESCRIBING = frozenset({"amod", "compound", "nmod", "poss"})


def with_described(tok: Token, word: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The phrase of the noun a coding modifier describes: "his Ethiopian counterpart",
    "three Palestinian teenagers", "Chinese coast guard vessels" (the actor is the people or
    things so described, not the adjective that gives their country). Not the event noun
    itself ("Russian sanctions": the actor is "Russian")."""
    if tok.conjuncts:
        return span  # "Nigerian and British armed forces": each member named by its word
    head = tok
    while head.dep_ in _DESCRIBING and head.head.i > head.i:
        head = head.head
    if head.i == tok.i or head.i == word.i or head.pos_ != "NOUN":
        return span
    left = [c.left_edge.i for c in head.children if c.i < head.i]
    first = head.doc[min(left, default=head.i)]
    return min(span[0], first.idx), max(span[1], head.idx + len(head.text))
