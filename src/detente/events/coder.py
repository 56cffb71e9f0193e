"""The coder: documents in, :class:`~detente.models.Event` records out, streaming.

``Coder.code(documents)`` runs spaCy's ``nlp.pipe`` in batches (optionally ``n_process``) and
yields each document with its events. Per sentence: find event triples
(:mod:`detente.events.extract`, :mod:`detente.events.nominal`), resolve actors on the event date
(:mod:`detente.actors.resolve`), set modality (:mod:`detente.events.modality`) and the event
date (:mod:`detente.events.dates`, :mod:`detente.events.relative_dates`); symmetric events go
each way (:mod:`detente.events.symmetry`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TypeVar

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc, Span, Token

from detente import __version__
from detente.actors.dictionary import PLACE_KINDS, actor_countries, actor_tokens
from detente.actors.resolve import (
    INSIDE_CONFIDENCE,
    OPEN,
    OPEN_CONFIDENCE,
    DocActors,
    mention,
    phrase_span,
    phrase_tokens,
    resolve_phrase,
)
from detente.budget import Deadline, DocumentTimeout, Watchdog, budget_for
from detente.cameo import CameoCode, lookup
from detente.events.antecedents import (
    ANSWER_ROOTS,
    FOE_ROOTS,
    REACTION_ROOTS,
    REFUSALS,
    answered,
    answered_subject,
    answers_in_kind,
    disowned,
    done_by_doer,
    last_foe,
    referred,
    repeated_from,
    turned_down,
    wronged_by,
)
from detente.events.arenas import within_an_arena
from detente.events.attribution import (
    CHARGED_ROOTS,
    CLAIMS,
    CONFLICT_ROOTS,
    HEARSAY,
    HEARSAY_VERBS,
    VIOLATIONS,
    in_quotation,
    speaker_of,
    speaks_for_a_party,
    speech_verb,
)
from detente.events.calls import CALL_CODE, call_triples
from detente.events.confidence import Evidence, event_confidence, news_case
from detente.events.dates import (
    chronicle,
    looks_future,
    month_words_after,
    narrative_weekday,
    of_the_flashback_year,
    of_the_story_year,
    paragraph_flashback,
    resolve_date,
    same_year_base,
    span_start,
    told_as_recent,
    warm_up,
    weekday_named,
)
from detente.events.dyad import aimed_at_other_side
from detente.events.echoes import echoed_events
from detente.events.extract import verb_triples
from detente.events.grammar import (
    UNTIL,
    before_subject,
    child_of,
    clause_of,
    embedding,
    final_clause,
    framing_clause,
    life_told,
    modified_noun,
    names_an_actor,
    names_someone,
    prep_objects,
    present_conjunct,
    present_contrast,
    told_aside,
    with_conjuncts,
)
from detente.events.intent import (
    fought_out_together,
    intent_code,
    kept_open,
    obstruction_vowed,
    refusal_code,
    reprisal_vowed,
)
from detente.events.modality import (
    ALLEGATIONS,
    FUTURE_AUX,
    SPEECH,
    announced,
    attempted,
    conditioned,
    decided_against,
    failed,
    first_conjunct,
    forecast,
    gainsaid,
    hearsay,
    in_condition,
    legislated,
    modality,
    offered,
    past_fact_clause,
    plans_the_act,
    plotted,
    possibility_left_open,
    proposed_own,
    renounced,
    restricted,
    unready,
    warned_own,
)
from detente.events.nominal import noun_triples, visit_of_a_journey
from detente.events.patterns import Pattern, load_patterns
from detente.events.phrases import figurative_blow
from detente.events.readings import TROOPS, plover_type, unnamed_blow
from detente.events.relative_dates import (
    clause_gap,
    counted_period,
    counts_occasions,
    doers_journey,
    in_charged_act,
    later_conjunct_day,
    noun_gap,
    own_dated_clause,
    period_shift,
    reason_for_act,
    relative_phrase,
    restates_story_span,
    same_day,
    same_day_phrase,
    shift_of,
    shifted_in_the_past,
    story_weekday,
    told_beside,
    told_beside_act,
    weekday_phrase,
    weekend_day,
)
from detente.events.sides import (
    ARMED_SECTORS,
    OWN_GROUND,
    PARTY,
    asked_to_act,
    distinct_sides,
    envoy_at_post,
    pairs_of,
    resolve_heads,
    rival_groups,
    said_at,
)
from detente.events.spans import named_first, target_span_of, with_described, with_list
from detente.events.speech_acts import DEMAND
from detente.events.story import (
    back_to_the_news,
    back_to_this_year,
    dated_day,
    goes_on_with_the_past,
    happened_on,
    headline_dated,
    redate,
    referred_date,
    starts_a_paragraph,
    story_day,
    story_period,
    told_in_past,
    told_in_present,
    told_root,
    told_week,
    weekday_clock,
)
from detente.events.symmetry import (
    both_sides_of_visits,
    is_symmetric,
    names_pair,
    term_of_deal,
    ties_both_ways,
    two_parties,
    without_onlookers,
)
from detente.events.targets import (
    ASKING_ROOTS,
    COOPERATION_ROOTS,
    FORCE_ROOTS,
    SHOW_OF_FORCE,
    THREAT_ROOT,
    aid_given,
    envoys,
)
from detente.events.triple import Triple
from detente.models import Actor, Document, Event, date_precision
from detente.nlp.headlines import genre_lines, reparse
from detente.nlp.pipeline import dated_subjects, load_pipeline, repair_parse
from detente.nlp.word_order import opening_subjects, reorder

T = TypeVar("T")
_PARSE = [TAG, POS, LEMMA, HEAD, DEP]  # what a parse anew may change
# The model's pipes that find entities, last before the actor tagger: they read the parse and
# change no part of it.
_ENTITY_PIPES = ("ner", "detente_dates")
CODER_VERSION = f"detente-{__version__}"
_AHEAD = ("future", "hypothetical")  # modalities whose dates point forward
# Destroying weapons is disarmament (0873) when they are one's own; destroying another
# country's weapons or reactor is an attack (190).
DISARM, ATTACK = "0873", "190"
# A state or government "protests" a move officially (114); a crowd demonstrates (141).
DEMONSTRATE, COMPLAIN, DEMAND_ROOT = "141", "114", "100"
FIGHT, DISAPPROVE = "190", "110"
PESSIMISM, CRITICISE = "012", "111"
# Only a state arrests or detains (173): armed groups outside it and criminals who seize
# people ("Hezbollah fighters captured two Israeli soldiers", "gunmen detained three
# engineers") abduct them or take them hostage (181).
DETAIN, ABDUCT = "173", "181"
# Armed sides outside the state: rebels, insurgents, unidentified forces, separatists.
_IRREGULARS = frozenset({"REB", "INS", "UAF", "SEP"})
_ABDUCTORS = _IRREGULARS | {"CRM"}
# What a side does, which concern about it criticises ("concern about the actions of Russia",
# "alarm over China's military build-up", "worry at Iran's role in the region").
_CONDUCT = frozenset({
    "action", "activity", "role", "behaviour", "behavior", "conduct", "move", "step", "policy",
    "deployment", "build-up", "buildup", "provocation", "militarization", "militarisation",
    "interference", "meddling", "aggression", "violation", "intervention", "expansion",
    # what a side does or passes, named by its kind ("concern over Russia's military drills",
    # "about Georgia's foreign agents law", "over China's construction near the border")
    "drill", "exercise", "test", "launch", "construction", "detention", "arrest", "crackdown",
    "treatment", "handling", "decision", "law", "legislation", "bill", "plan", "programme",
    "program", "measure", "restriction", "operation", "offensive", "incursion", "occupation",
    "annexation", "presence", "support", "involvement", "rhetoric", "remark", "purchase",
})  # fmt: skip
# Working together is diplomatic (050) until those who do it are police, courts or armed
# forces: "Italian police worked with Europol", "the army cooperated with U.S. forces" is
# judicial (063) or military (062) cooperation.
DIPLOMATIC_COOPERATION = "050"
_JOINT_WORK = frozenset({"cooperate", "co-operate", "collaborate", "work", "partner", "team"})
_JUDICIAL_SECTORS = frozenset({"COP", "JUD"})
# Sending a state's envoys home cuts relations (161), unlike deporting other people (174):
# "announced the expulsion of three embassy staff", "ordered the ambassador to leave".
DEPORT, CUT_RELATIONS = "174", "161"
EXPEL = "166"  # foreign forces, missions or staff sent out
_EXPELLING = frozenset({"expel", "deport", "oust", "evict"})
# Sectors that clash in words, not arms: governments, legislatures, courts, parties.
_SPEAKING_SECTORS = frozenset({"GOV", "LEG", "JUD", PARTY})
_SPEAKING_NOUNS = frozenset({
    "government", "parliament", "president", "minister", "premier", "cabinet", "congress",
    "senate", "court", "judge", "lawmaker", "legislator", "opposition", "party", "leader",
    "ally", "counterpart", "governor", "mayor", "administration", "official",
})  # fmt: skip
# Verbs of marching: a demonstration by civilians, a show of force by soldiers.
_MARCHES = frozenset({"march", "parade"})
YIELD_ROOT = "08"
STANCE_CODES = {"051", "054"}  # endorsing, recognising: held or refused in the present
# Seconds per 1,000 words a document may take in our stages (30x what a loaded core needs).
DOC_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class CoderConfig:
    """Coder settings; defaults are documented limits, not magic numbers."""

    actor_files: tuple[str, ...] = ()
    batch_size: int = 64
    n_process: int = 1
    max_sentence_tokens: int = 150  # longer "sentences" (tables, lists) are skipped, counted
    max_doc_sentences: int = 400  # sentences past this in one document are not coded, counted
    # Time budget: seconds per 1,000 words (at least one unit per document); a document over
    # it is skipped and counted as a timeout. 0 switches the budget off.
    doc_timeout: float = DOC_TIMEOUT


@dataclass
class CodingStats:
    documents: int = 0
    sentences: int = 0
    events: int = 0
    long_sentences_skipped: int = 0
    sentences_truncated: int = 0
    by_modality: dict[str, int] = field(default_factory=dict)
    timeouts: list[tuple[str, float]] = field(default_factory=list)  # (document id, budget)

    def to_dict(self) -> dict[str, object]:
        return {
            k: getattr(self, k)
            for k in (
                "documents",
                "sentences",
                "events",
                "long_sentences_skipped",
                "sentences_truncated",
                "by_modality",
            )
        } | {"timeouts": [doc_id for doc_id, _ in self.timeouts]}


# Heads of a phrase that counts the victims of an act or names its means, never a party.
_VICTIMS_OR_MEANS = frozenset({
    "people", "persons", "person", "civilians", "civilian", "residents", "villagers",
    "bystanders", "passers-by", "others", "dead", "gas", "teargas", "bullets", "cannon",
    "missiles", "rockets", "shells", "drones", "bombs", "mortars",
})  # fmt: skip


# A crowd's protest is one act: beside its protest at a side, a phrase with no code it
# marched to or about is where or what about ("rallied in Tahrir Square to demand
# Mubarak's resignation", "marched to the British embassy to protest against intervention").
_CROWD_ROOTS = frozenset({"14"})


def _crowd_s_place_or_topic(event: Event, agents: Container[str]) -> bool:
    """``event`` is a protest at a phrase with no code that names no one by a role noun
    either ("Tahrir Square", "the threat of foreign intervention"; not "the government's new
    pension rules", whose government is protested against)."""
    words = event.target_name.lower().replace("'s", " ").split()
    return event.cameo_root in _CROWD_ROOTS and not any(w in agents for w in words)


_THREAT_ROOT = "13"


def _names_a_thing(phrase: str) -> bool:
    """A phrase of common words only ("the debt"), not one with a name ("the West")."""
    return not any(word[:1].isupper() for word in phrase.split())


_VISITS = frozenset({"042", "043"})


def _at_own_post(
    src: tuple[Actor, float, Token],
    tgt: tuple[Actor, float, Token],
    day: dt.date,
    actors: DocActors,
) -> bool:
    """One side of a visit is an envoy posted to the other side's country."""
    return any(
        other[0].country and envoy_at_post(side[2], day, actors) == other[0].country
        for side, other in ((src, tgt), (tgt, src))
    )


def _drop_redundant(events: list[Event], agents: Container[str] = ()) -> list[Event]:
    """A target-less event adds nothing when the same source has an event of the same root
    and modality with a target in the sentence ("met Tillerson … to discuss trade").
    ``agents`` are the role nouns ("government", "ministry") by which a phrase with no code
    still names someone."""
    with_target = {
        (e.source, e.source_start, e.cameo_root, e.modality)
        for e in events
        if e.target_start is not None
    }
    # A target-less reading beside an act the same country does to someone in the same
    # mood is a side remark of that act, not an event of its own: "urged the IMF to release
    # the loan, warning that the delay threatened the economy", "struck Hamas posts, in an
    # operation that hit the camp", "told Cavusoglu that Moscow was ready to discuss it"
    # (a bare "was ready" of a speaker already coded at someone).
    acting = {(e.source_country, e.modality) for e in events if e.target_country}
    # Victims counted or the means used, named by no code, beside an act of the same root
    # the same country does to a country, are a part of that act: "shelled the town of
    # Vovchansk, killing two people", "fired tear gas to disperse protesters" (a group or a
    # place named stays: "took Kirkuk and pushed the Peshmerga out"); so is any phrase with no
    # code beside a protest of the same source (_CROWD_ROOTS).
    # So is a threat at a thing (common words, no name) beside a threat the same country
    # makes to a country: "warned Kiev it would cut gas supplies unless the debt is paid"
    # threatens Kiev, not the debt ("warned the West that Moscow would retaliate if NATO
    # sent troops" still warns the West).
    aimed = {(e.source_country, e.cameo_root, e.modality) for e in events if e.target_country}
    return [
        e
        for e in events
        if (
            e.target_start is not None
            and (
                bool(e.target)
                or not e.source_country
                or (e.source_country, e.cameo_root, e.modality) not in aimed
                or (
                    e.target_name.split()[-1].lower() not in _VICTIMS_OR_MEANS
                    and not _crowd_s_place_or_topic(e, agents)
                    and not (e.cameo_root == _THREAT_ROOT and _names_a_thing(e.target_name))
                )
            )
        )
        or (
            (e.source, e.source_start, e.cameo_root, e.modality) not in with_target
            and not (e.source_country and (e.source_country, e.modality) in acting)
        )
    ]


# Demands (CAMEO root 10), which are made of someone even when only the thing asked is named.
_DEMAND_ROOT = "10"
# A bare comment: "issued a statement", "released a statement" (CAMEO 010).
_BARE_COMMENT = "010"


def _comment_carrying_an_act(events: list[Event]) -> list[Event]:
    """A bare comment adds nothing when the same country, in the same mood, does something
    more specific than comment in the sentence to the comment's target or with the comment
    at no one: the statement is how the act is made ("issued a joint statement urging
    Kenya's leaders to show restraint" urges Kenya; "issued a statement condemning the
    annexation" condemns)."""
    acts = {
        (e.source_country, e.target_country, e.modality)
        for e in events
        if e.cameo != _BARE_COMMENT and e.target_country
    }
    actors = {(source, modality) for source, _, modality in acts}
    return [
        e
        for e in events
        if e.cameo != _BARE_COMMENT
        or not e.source_country
        or (
            (e.source_country, e.target_country, e.modality) not in acts
            and (e.target_country or (e.source_country, e.modality) not in actors)
        )
    ]


# Roots where a second country "follows suit" in a later clause without naming the country
# again: recalling an ambassador, cutting ties, expelling diplomats, imposing sanctions.
_FOLLOWED_ROOTS = frozenset({"16"})
# Words by which a later clause says it does what an earlier one did, of any root: "Britain
# recognised Kosovo, and France and Germany also recognised the new state".
_AS_WELL = frozenset({"also", "too", "likewise", "similarly"})


def _told_as_well(event: Event, lead: Event, sent: Span) -> bool:
    """The event is told after ``lead`` with "also" (or "too", "likewise") in its own words."""
    return any(
        t.dep_ == "advmod"
        and t.lower_ in _AS_WELL
        and max(event.start, lead.end) <= t.idx < event.end
        for t in sent
    )


def _told_after(event: Event, lead: Event) -> bool:
    """``event`` is told after ``lead`` (two acts of one subject start together: the later
    ends later)."""
    return (lead.start, lead.end) < (event.start, event.end)


def _followed_suit(events: list[Event], sent: Span) -> list[Event]:
    """ "Bolivia severed ties with Israel, and Chile and Colombia recalled their ambassadors":
    a later reduction of relations that names no one is aimed at the country the earlier one
    in the sentence was, when that is another country than the one following suit (an
    attack answered by the other side keeps no borrowed target: only these roots). So is a
    later act of the same root by another side told "also" whose target names no one:
    "Nigeria pledged troops for Mali, and Senegal also pledged soldiers", "… and France and
    Germany also recognised the new state"."""
    named = sorted(
        (e for e in events if e.target_country and e.target_start is not None),
        key=lambda e: (e.start, e.end),
    )
    if not named:
        return events
    out = []
    for e in events:
        lead = None
        if e.source_country and not e.target_country:
            lead = next(
                (
                    o
                    for o in named
                    if _told_after(e, o)
                    and o.modality == e.modality
                    and e.source_country not in (o.source_country, o.target_country)
                    and (
                        (e.cameo_root in _FOLLOWED_ROOTS and o.cameo_root in _FOLLOWED_ROOTS)
                        or (o.cameo_root == e.cameo_root and _told_as_well(e, o, sent))
                    )
                ),
                None,
            )
        if lead is not None:
            e = replace(
                e,
                target=lead.target,
                target_country=lead.target_country,
                target_sector=lead.target_sector,
                target_name=lead.target_name,
                target_start=lead.target_start,
                target_end=lead.target_end,
            )
        out.append(e)
    return out


def _told_at(e: Event) -> tuple[int, int, str]:
    """Where and what an event tells, which merging and retargeting keep."""
    return (e.start, e.end, e.cameo)


def _described(
    events: list[Event], said_by: dict[tuple[int, int, str], Token], depth: dict[tuple, int]
) -> dict[tuple, int]:
    """``depth`` with an act a noun names one level deeper where the noun is the subject or
    object of a verb whose event is done to that act's doer, as the noun's phrase names it:
    the act only says who the side is ("The Saudi-led intervention in Yemen has received
    support from Washington": the support of Saudi Arabia is the news, the intervention says
    what was supported)."""
    deeper = dict(depth)
    for e in events:
        noun = said_by.get(_told_at(e))
        if noun is None or noun.pos_ in _VERBAL or noun.dep_ not in _ARGUMENTS:
            continue
        if e.source_start is None or e.source_end is None:
            continue
        if any(
            said_by.get(_told_at(o)) == noun.head
            and o.target_start is not None
            and o.target_end is not None
            and o.target_start < e.source_end
            and e.source_start < o.target_end
            for o in events
        ):
            deeper[_told_at(e)] = deeper.get(_told_at(e), 0) + 1
    return deeper


# Words that tell an act as a verb, and the places a noun takes as a verb's subject or object.
_VERBAL = frozenset({"VERB", "ADJ", "AUX"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _as_read(
    events: list[Event], aside: set[tuple[int, int, str]], depth: dict[tuple[int, int, str], int]
) -> list[Event]:
    """A sentence's events in the order a reader takes them: those told beside its main act
    last ("After Podgorica expelled Serbia's envoy, Serbia recalled its ambassador"), words
    with no PLOVER type after the act they carry ("issued a statement condemning the strike":
    the condemnation, then the statement), acts embedded deeper after shallower ones
    (``depth``, see :func:`~detente.events.grammar.embedding` and :func:`_described`: "Kyiv
    asked Berlin for tanks to repel the Russian offensive": the request, then the
    offensive), and of an act two sides do with each other, the way the sentence names them
    first ("Modi, left, and Abe, right, attended a summit": Modi with Abe,
    then Abe with Modi)."""
    listed = sorted(
        events,
        key=lambda e: (_told_at(e) in aside, not e.plover, depth.get(_told_at(e), 0)),
    )
    for i, first in enumerate(listed):
        for j in range(i + 1, len(listed)):
            other = listed[j]
            if _mirrored(first, other) and _named_before(other, first):
                listed[i], listed[j] = other, first
                break
    return listed


def _mirrored(a: Event, b: Event) -> bool:
    """``b`` is ``a`` the other way round: the same act, source and target phrases swapped."""
    return (
        a.cameo == b.cameo
        and a.modality == b.modality
        and (a.source_start, a.source_end) == (b.target_start, b.target_end)
        and (a.target_start, a.target_end) == (b.source_start, b.source_end)
    )


def _named_before(a: Event, b: Event) -> bool:
    """``a``'s source phrase comes first in the sentence (the shorter of two that start
    together: "Kenyan" before "Kenyan and British armed forces")."""
    return (a.source_start or 0, a.source_end or 0) < (b.source_start or 0, b.source_end or 0)


def _rank(e: Event) -> tuple[bool, float]:
    return (len(e.cameo) > 3 or not e.cameo.endswith("0"), e.confidence)


def _dyad_rank(e: Event) -> tuple[bool, bool, float]:
    """Which reading of one act of force on one country stays: the one aimed at an armed
    side struck before the place it was struck in ("conducted a raid in Somalia, killing nine
    al-Shabab militants" is a raid on al-Shabab, as wires tell strikes: the place, then the
    fighters killed), then the most specific code, then the most confident. Civilians killed
    are the toll of an act on the place ("shelled Kherson, killing three civilians" stays
    an assault on the city), and so are the state's own soldiers ("attacked a U.S. base,
    killing three American soldiers" stays the attack on the base)."""
    struck = e.cameo_root in FORCE_ROOTS and e.target_sector in _IRREGULARS
    return (struck, *_rank(e))


# Roots whose acts on one side in one sentence are one act whatever their codes: force
# (below), and threats: "warned Kyiv that it would cut off gas supplies unless …" is one
# threat, the warning (130) and the cut it threatens (1312) two codes of it.
_ONE_ACT_ROOTS = FORCE_ROOTS | {_THREAT_ROOT}


def _one_per_root(events: list[Event]) -> list[Event]:
    """One event per pair of phrases, root and PLOVER type in a sentence: "launched a bombing
    and shelling offensive against the city" is one assault, not two; the most specific code
    is kept ("phoned Merkel to discuss": the call, 041, not the talk, 040), then the most
    confident."""
    best: dict[tuple, Event] = {}
    for e in events:
        key = (
            e.source,
            e.source_name,
            e.source_start,
            e.target,
            e.target_name,
            e.target_start,
            e.cameo_root,
            e.plover,
            e.modality,
        )
        if key not in best or _rank(e) > _rank(best[key]):
            best[key] = e
    # One act of one side on another country: "granted asylum to Peru's ousted president
    # and his family" is one act on Peru, "accused the Azerbaijani army of shelling, and Baku
    # of lying" one accusation; by code, as a visit and the talks held on it are two acts,
    # but by root for force ("shelled Kherson, killing three civilians" is one assault on
    # Ukraine, not one on the city and one on its people); the most specific code stays,
    # then the most confident. Two sides of one country stay apart ("the government and
    # the rebels signed", "Putin and Medvedev met").
    dyads: dict[tuple, Event] = {}
    for e in best.values():
        if not e.target_country or not e.source or e.target_country == e.source_country:
            dyads[("", id(e))] = e
            continue
        kind = e.cameo_root if e.cameo_root in _ONE_ACT_ROOTS else e.cameo[:3]
        key = (e.source, e.target_country, kind, e.modality, e.date)
        if key not in dyads or _dyad_rank(e) > _dyad_rank(dyads[key]):
            dyads[key] = e
    # What a meeting is held to weigh is the meeting's subject, not a second act: "met Xi
    # in Beijing to discuss a plan to end the war" is one consultation of China, no 014 of
    # China beside it.
    met = {(e.source, e.target_country, e.modality) for e in dyads.values() if e.cameo_root == "04"}
    kept = {
        id(e)
        for e in dyads.values()
        if not (e.cameo == _WEIGHED and (e.source, e.target_country, e.modality) in met)
    }
    return [e for e in events if id(e) in kept]


_WEIGHED = "014"  # consider a policy option


def _bare_demand(t: Triple) -> bool:
    """``t`` is read by a bare demand pattern (100 with no object or complement named)."""
    return t.pattern.code == DEMAND_ROOT and not (t.pattern.obj or t.pattern.comp)


def _without_bare_orders(triples: list[Triple]) -> list[Triple]:
    """ "The court ordered the release of the journalist": the order is the release its
    author decides, not a demand besides it; a bare "order" (100) is dropped when its object
    is an event coded of its own, or when the order names no one to obey it and its verb is
    coded of its own ("Erdogan ordered to freeze the assets of …": the freezing is his)."""
    nouns = {t.word.i for t in triples if t.pattern.kind == "N"}
    verbs = {t.word.i for t in triples if t.pattern.kind == "V"}
    return [
        t
        for t in triples
        if not (
            _bare_demand(t)
            and (
                any(c.dep_ == "dobj" and c.i in nouns for c in t.word.children)
                or (
                    t.word.lemma_.lower() == "order"
                    and not any(c.dep_ in ("dobj", "dative") for c in t.word.children)
                    and any(c.dep_ == "xcomp" and c.i in verbs for c in t.word.children)
                )
            )
        )
    ]


def _orders_as_acts(triples: list[Triple], acts: Mapping[str, tuple[Pattern, ...]]) -> list[Triple]:
    """ "May on Wednesday ordered the expulsions": a bare order of an act (a noun of ``acts``)
    that names no one to carry it out is that act, done by whoever ordered it (to a side the
    sentence names besides, never to the act itself), not a demand of anyone."""
    out = []
    for t in triples:
        ordered = (
            child_of(t.word, "dobj")
            if _bare_demand(t)
            and t.pattern.kind == "V"
            and t.word.lemma_.lower() == "order"
            and not any(c.dep_ in ("dative", "xcomp") for c in t.word.children)
            else None
        )
        patterns = acts.get(ordered.lemma_.lower(), ()) if ordered is not None else ()
        act = next((p for p in patterns if not (p.obj or p.comp)), None)
        if act is None:
            out.append(t)
            continue
        # (the act ordered is no side it is done to)
        targets = tuple(g for g in t.targets if ordered not in g)
        primary = sum(ordered not in g for g in t.targets[: t.primary])
        out.append(
            replace(t, pattern=replace(t.pattern, code=act.code), targets=targets, primary=primary)
        )
    return out


# Verbs by which a government or a parliament enacts a measure: "the cabinet approved the
# withdrawal of its soldiers from Turkey", "parliament authorised sanctions on Moscow".
_ENACTING_VERBS = frozenset({"approve", "authorize", "authorise", "sanction"})
# Roots of measures a side takes by approving them (as nominal._ENACTED_ROOTS): aid,
# concessions and withdrawals, cuts in relations, coercion.
_ENACTED_ROOTS = frozenset({"07", "08", "16", "17"})
SUPPORT_ROOT = "051"


def _without_bare_approvals(triples: list[Triple]) -> list[Triple]:
    """ "The German cabinet approved the withdrawal of its soldiers from Turkey": approving a
    measure coded of its own is enacting it (the withdrawal is Germany's), not support (051)
    for whoever its phrase names; a bare approval (no object constraint) of such a noun is
    dropped, as :func:`_without_bare_orders` drops a bare order."""
    enacted = {
        t.word.i for t in triples if t.pattern.kind == "N" and t.pattern.code[:2] in _ENACTED_ROOTS
    }
    return [
        t
        for t in triples
        if not (
            t.pattern.code == SUPPORT_ROOT
            and not (t.pattern.obj or t.pattern.comp)
            and t.word.lemma_.lower() in _ENACTING_VERBS
            and any(
                c.dep_ == "dobj" and (c.i in enacted or _moves_own_troops(c))
                for c in t.word.children
            )
        )
    ]


def _moves_own_troops(noun: Token) -> bool:
    """ "approved the relocation of about 260 soldiers from Incirlik to Jordan": a movement of
    troops no one else is named for is the approver's own, the places only its route."""
    return any(
        p.lemma_.lower() in TROOPS and not any(m.ent_type_ in ("NORP", "GPE") for m in p.lefts)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    )


# Words of warning that a government also addresses to its own people, as advice.
_WARNING_WORDS = frozenset({"warn", "warning", "caution", "alert", "advise", "remind"})
# Sectors of a country's people at large: citizens, students, business, workers, refugees.
_PEOPLE_SECTORS = frozenset({"CVL", "EDU", "BUS", "LAB", "REF", "MED"})


def _warning(word: Token) -> bool:
    """``word`` warns: "warned", "a warning", "issued a warning"."""
    return word.lemma_.lower() in _WARNING_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _WARNING_WORDS for c in word.children
    )


# Verbs of driving people from their homes, which read as a mass expulsion (20) of many.
_DRIVING_OUT = frozenset({"force", "drive", "compel"})
_MASS_ROOT = "20"


def _one_person_driven_out(word: Token) -> bool:
    """``word`` drives out one person named or titled as its object ("forcing Sheikh Jaber
    al-Ahmad al-Sabah to flee to Saudi Arabia", "forced the president to flee"): a ruler's
    flight, no expulsion of a people (20 is for crowds, villagers, thousands)."""
    told = child_of(word, "dobj")
    if word.lemma_.lower() not in _DRIVING_OUT or told is None or told.tag_ in ("NNS", "NNPS"):
        return False
    return told.ent_type_ == "PERSON" or told.lemma_.lower() in _RULERS


_RULERS = frozenset({
    "emir", "king", "president", "leader", "prime", "premier", "minister", "ruler", "sultan",
    "sheikh", "prince", "governor", "chancellor", "dictator",
})  # fmt: skip


# Verbs of taking by force whose object may be a person or a place ("captured the rebel
# leader", "captured Sukhumi"), and the roots a person taken gets (arrest 17, abduction 18).
_TAKING = frozenset({"capture", "seize", "take", "overrun", "grab"})
_TAKING_ROOTS = frozenset({"17", "18"})


def _named_place_taken(word: Token, tgt: tuple | None, actors: DocActors) -> bool:
    """``word`` takes by force a town, city or region named as its object, which our tables
    know as a place where the parser's entity tagger took it for a person or a firm
    ("Abkhaz forces captured Sukhumi", "rebels captured Goma", "Serb forces captured
    Vukovar"): ground taken is fighting (190), as "captured the town" is, not an arrest."""
    if tgt is None or word.lemma_.lower() not in _TAKING:
        return False
    taken = tgt[2]
    if taken.dep_ != "dobj" or taken.head.i != word.i or taken.pos_ != "PROPN":
        return False
    span = actors.by_token.get(taken.i)
    if span is None or span.label_ != "ACTOR":
        return False
    entry = actors.book.lookup(span.kb_id_)
    return entry is not None and entry.kind in PLACE_KINDS


# Verbs of a command given down a chain: "ordered", "instructed", "commanded", "directed".
_COMMANDING = frozenset({"order", "instruct", "command", "direct"})
# Craft a state's forces fly or sail, told as the ones ordered ("ordered U.S. aircraft to").
_WAR_CRAFT_ORDERED = frozenset({
    "aircraft", "warplane", "jet", "plane", "bomber", "helicopter", "gunship", "warship",
    "ship", "navy", "fleet",
})  # fmt: skip


def _order_to_own_forces(
    word: Token, src: tuple[Actor, float, Token], tgt: tuple[Actor, float, Token] | None
) -> bool:
    """``word`` commands the armed forces of the source's own state ("President Bush ordered
    U.S. aircraft to drop food", "Putin ordered Russian troops to withdraw"): a command inside
    one state, no demand one side makes of another; what the forces are told to do is the
    news."""
    told = child_of(word, "dobj")
    armed = told is not None and told.lemma_.lower() in TROOPS | _WAR_CRAFT_ORDERED
    return (
        tgt is not None
        and word.lemma_.lower() in _COMMANDING
        and bool(src[0].country)
        and tgt[0].country == src[0].country
        and (tgt[0].sector in ARMED_SECTORS or armed)
    )


def _own_people(src: tuple[Actor, float, Token], tgt: tuple[Actor, float, Token] | None) -> bool:
    """``tgt`` is the people at large of the source's own country ("Chinese students",
    "Chinese consumers" warned by Beijing): no one the warner threatens."""
    return (
        tgt is not None
        and bool(src[0].country)
        and tgt[0].country == src[0].country
        and tgt[0].sector in _PEOPLE_SECTORS
        and src[0].sector not in _PEOPLE_SECTORS
    )


def _officials(src: tuple[Actor, float, Token], tgt: tuple[Actor, float, Token] | None) -> bool:
    """Both sides are governments, lawmakers or courts (or a country as a whole, or no one
    named): their clash is one of words ("the president clashed with parliament")."""
    return src[0].sector in _SPEAKING_SECTORS and (
        tgt is None
        or tgt[0].sector in _SPEAKING_SECTORS
        or (tgt[0].code and not tgt[0].sector)  # "Trump clashed with China over trade"
        or (not tgt[0].code and tgt[2].lemma_.lower() in _SPEAKING_NOUNS)
    )


# Nouns by which a speaker names their own side: "said the group would …", "said his
# government was ready …".
_OWN_SIDES = frozenset({
    "group", "movement", "organisation", "organization", "country", "kingdom", "nation",
    "government", "administration", "party", "militia", "alliance", "bloc", "side",
})  # fmt: skip


def _own_side_phrase(tok: Token) -> bool:
    """``tok`` is a phrase that refers back to a side without naming it ("the group", "his
    country"), not one that names its side itself ("Ethiopia's government", "a rebel group",
    "the Indian government", "The Swiss government froze …, the foreign ministry in Bern
    said")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _OWN_SIDES:
        return False
    owner = [c for c in tok.children if c.dep_ in ("poss", "det")]
    if len(owner) != 1 or owner[0].lower_ not in ("the", "his", "her", "its", "their"):
        return False
    return not any(
        c.dep_ in ("amod", "compound", "nmod") and names_someone(c) for c in tok.children
    )


def _passes_on_hearsay(teller: Token) -> bool:
    """``teller`` is the media, a source or an analyst: one who passes on what others say."""
    return bool({teller.lemma_.lower(), teller.lower_} & HEARSAY)


def _official(speaker: Token) -> bool:
    """``speaker`` speaks for a state: a named person or an office (not the media, a source
    or an analyst)."""
    return speaks_for_a_party(speaker) and not _passes_on_hearsay(speaker)


def _state_by_name(tok: Token, actor: Actor) -> bool:
    """``tok`` names a whole state by its bare name or capital ("Ankara", "Turkey"): in what
    one of its officials says, the official's own side."""
    return (
        tok.pos_ == "PROPN"
        and not actor.sector
        and actor.code == actor.country
        and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children)
    )


# Who passes on what others say or saw: "according to officials", "according to a
# statement", "according to the Tasnim news agency" is no party's own claim.
_ATTRIBUTION_NOUNS = HEARSAY | {
    "agency", "source", "official", "witness", "diplomat", "statement", "data", "figure",
    "poll", "survey", "document", "record", "estimate", "resident", "footage", "video",
}  # fmt: skip


# The confidence of an actor only guessed from the sentence ("officials" read as the
# officials of the country named nearby) or from the story's one country (see resolve_phrase).
_GUESSED = 0.5


def _placed(speaker: tuple | None, said_by: Token | None) -> bool:
    """Whose side ``speaker`` is on is known from the speaker's own words: resolved with
    more than a guess, and its phrase names someone ("Kenyan officials", "Lavrov"). Bare
    "officials" or "a spokesman", read as the officials of an actor named earlier in the
    sentence, may be either side's ("Obama will hold talks with Kenyatta, officials said")."""
    if speaker is None or not speaker[0].country or speaker[1] <= _GUESSED:
        return False
    return said_by is None or any(names_an_actor(t) for t in said_by.subtree)


# Verbs by which a side makes its own acts known ("the ministry announced that Hungary lowers
# the level of relations"): what they tell is the side's act, not a charge against another.
_OWN_NEWS = {"announce", "confirm", "inform", "notify", "unveil", "report"}


def _unplaced_claim(
    word: Token, verb: Token | None, said_by: Token | None, sayers: list, event: CameoCode
) -> bool:
    """A hostile act told in the claim of a party's speaker we cannot place: translated
    "The official representative of the ministry Igor Konashenkov stated that the Israeli
    pilots used the Russian aircraft as a cover" (the ministry named a sentence before) is
    his charge, which we cannot code as anyone's accusation; the act stays only reported,
    not a fact the story asserts. ("…, a spokesman said" after the act is the wire's own
    attribution: it tells the act.)"""
    return (
        verb is not None
        and verb.i < word.i
        and verb.lemma_.lower() in CLAIMS - _OWN_NEWS
        and said_by is not None
        and not sayers
        and speaks_for_a_party(said_by)
        and (event.root in CONFLICT_ROOTS or event.code in VIOLATIONS)
    )


# Forces whose own spokesman tells their acts: "army spokesman X said troops killed …".
_FORCES = frozenset({"MIL", "COP"})


def _speaks_for_doer(speaker: Token, doer: tuple[Actor, float, Token], actors: DocActors) -> bool:
    """``speaker``'s phrase names, by a role of ``agents.tsv`` ("army spokesman", "defence
    ministry", "police"), the force the doer is, and the doer's own phrase names no country
    ("army spokesman Onyema Nwachukwu said troops killed eight insurgents"): a force's own
    word on its own act, which it tells, not a charge against another side (as "… of the
    defence ministry stated that the Israeli pilots …" is)."""
    actor, _, head = doer
    sector = actor.sector[:3]
    if sector not in _FORCES or any(t.ent_type_ in ("NORP", "GPE") for t in phrase_tokens(head)):
        return False
    return any(
        actors.book.agents.get(span.kb_id_.lower(), "")[:3] == sector
        for t in phrase_tokens(speaker)
        if (span := actors.by_token.get(t.i)) is not None and span.label_ == "AGENT"
    )


def _harmed_relations(word: Token) -> bool:
    """``word`` is a blow to the bond between sides ("had poisoned the relationship")."""
    obj = child_of(word, "dobj") if word.pos_ == "VERB" else None
    return obj is not None and figurative_blow(obj)


# Those whose helpers are charged with a crime by being so named: "said that Poles
# cooperated with the Nazis", "said the militia collaborated with the occupiers".
_CRIMINAL_PARTNERS = frozenset({
    "nazi", "nazis", "occupier", "occupiers", "occupant", "occupants", "invader", "invaders",
    "terrorist", "terrorists",
})  # fmt: skip
_WORKING_WITH = frozenset({"cooperate", "collaborate", "collude"})


def _complicity(word: Token) -> bool:
    """``word`` tells work done with the Nazis, occupiers or terrorists ("Poles cooperated
    with the Nazis"): told by another side, a charge of complicity against the doer, as an
    act of force is, not a cooperation it asserts."""
    if word.lemma_.lower() not in _WORKING_WITH:
        return False
    return any(
        o.lower_ in _CRIMINAL_PARTNERS or o.lemma_.lower() in _CRIMINAL_PARTNERS
        for p in word.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    )


# Verbs by which a side puts forward what the other did as its claim: "Baku claimed that
# Armenian forces had shelled Tartar" (told as only claimed, but a charge all the same).
_CLAIMING = frozenset({"claim", "allege"})


def _claimed(verb: Token | None) -> bool:
    return verb is not None and verb.lemma_.lower() in _CLAIMING


def _unnamed_teller(speaker: Token, actors: DocActors) -> bool:
    """``speaker`` is a body with no side named in its phrase ("the government said", "the
    ministry said"): after "Kenya closed its border …, and its police have detained several
    foreigners, the government said" it is most likely the doer's own, and whichever side
    memory gives it, what it tells is no charge against the doer."""
    if speaker.pos_ != "NOUN" or speaker.tag_ not in ("NN", "NNS"):
        return False
    span = actors.by_token.get(speaker.i)
    if span is None or span.label_ != "AGENT":
        return False
    return not any(
        (named := actors.by_token.get(t.i)) is not None and named.label_ == "ACTOR"
        for t in speaker.subtree
    )


def _own_saying_passed_on(verb: Token | None, said_by: Token | None) -> bool:
    """What a named side said is passed on by the media: "The Taliban said they would release
    20 prisoners, according to state media" (a rumour of the saying, not of the plan, which
    the Taliban announced themselves, as "according to Indian newspapers, New Delhi plans
    to …" is not). A speech verb of the act's clause with a speaker who is no source of
    hearsay, and an "according to" that trails the sentence."""
    if verb is None or said_by is None or _passes_on_hearsay(said_by):
        return False
    according = next((t for t in verb.sent if t.lower_ == "according"), None)
    return according is not None and according.i > verb.i and said_by.pos_ in ("PROPN", "NOUN")


def _anonymous(speaker: Token) -> bool:
    """``speaker`` (of "according to …") names attribution, not a party that accuses."""
    return any(t.lemma_.lower() in _ATTRIBUTION_NOUNS for t in phrase_tokens(speaker))


ULTIMATUM = "139"


def _worried_by_conduct(verb: Token, target: Token) -> bool:
    """The concern ``verb`` voices is about a thing ``target`` does: the target is the
    possessor or the "of" phrase of an act or conduct the concern is about."""
    for up in target.ancestors:
        if up.i == verb.i:
            return False
        if up.lemma_.lower() in _CONDUCT and up.dep_ == "pobj" and up.head.lower_ in _ABOUT:
            return (
                target.dep_ == "poss"
                and target.head.i == up.i
                or any(o.i == target.i for o in prep_objects(up, _OF))
            )
    return False


_ABOUT = frozenset({"about", "over", "at", "regarding", "concerning"})
_OF = frozenset({"of", "by"})


def _given_time_to_leave(verb: Token) -> bool:
    """ "gave the ambassador 72 hours to leave", "72 hours for leaving the country": a span of
    time given someone to leave."""
    return verb.lemma_.lower() in ("give", "grant") and any(
        (
            t.lemma_.lower() in _QUITTING
            and t.pos_ == "VERB"
            and (any(a.lower_ == "to" for a in t.children) or t.dep_ == "pcomp")
        )
        # "48 hours for the departure", "a week for their exit"
        or (t.lemma_.lower() in _DEPARTURES and t.dep_ == "pobj" and t.head.lower_ == "for")
        for t in verb.subtree
    )


def _given_to(verb: Token) -> list[Token]:
    """Whom ``verb`` gives something: its indirect or direct object, or the object of a
    dative "to" a translation puts before the thing given ("gave to the Colombian diplomats
    24 hours to leave")."""
    out = []
    for child in verb.children:
        if child.dep_ == "dobj" or (child.dep_ == "dative" and child.pos_ != "ADP"):
            out.append(child)
        elif child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to"):
            # (the parser hangs "to the diplomats" as a plain "to" phrase as often as a dative)
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


# A state that stops the work of its own mission abroad reduces relations with the host
# (161); the work of an organisation stopped by an authority stays 172.
BANNED_WORK = "172"
_MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "mission"})


def _own_mission_stopped(verb: Token) -> bool:
    """ "Ankara suspended all the activities of its embassy in Damascus", "froze the work of
    their consulate in Erbil": the object's "of" names a mission the subject calls its own."""
    return any(
        mission.lemma_.lower() in _MISSION_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in mission.children)
        for obj in verb.children
        if obj.dep_ == "dobj"
        for mission in prep_objects(obj, _OF_ONLY)
    )


_OF_ONLY = frozenset({"of"})
_DEPARTURES = frozenset({"departure", "exit", "leaving"})
# What a state gives people time to leave when it sends them out of its own land, not out of
# a town or a post they hold ("gave the rebels 48 hours to leave the city" threatens them).
_THE_LAND = frozenset({"country", "kingdom", "territory", "emirate", "republic", "soil"})


def _leaving_the_land(verb: Token) -> bool:
    """ "gave Qatari citizens two weeks to leave the country", "granted the foreign workers a
    month to leave its territory": time given people to leave the land is their expulsion
    (174), not a threat as a deadline to quit a city or a position is."""
    return any(
        t.lemma_.lower() in _QUITTING
        and t.pos_ == "VERB"
        and any(o.dep_ == "dobj" and o.lemma_.lower() in _THE_LAND for o in t.children)
        for t in verb.subtree
    )


def _envoy_asked_to_leave(verb: Token) -> bool:
    """ "asked the Israeli ambassador to leave the country", "told the consul to leave": an
    envoy asked to go is sent home (as "ordered … to leave" and "gave … 72 hours to leave"
    are), not a request made of the envoy's state."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    return (
        told is not None
        and envoys(told)
        and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "leave" for c in verb.children)
    )


def _envoys_sent(verb: Token) -> bool:
    """``verb`` orders envoys out by name as its object ("ordered its diplomats to leave
    Venezuela", "ordered the Russian diplomats out"), whoever's they are."""
    told = child_of(verb, "dobj")
    return told is not None and envoys(told)


_GOING = {"leave", "quit", "depart", "withdraw", "exit", "go"}


def _forces_told_to_leave(verb: Token, target: Token) -> bool:
    """ "Chad ordered French troops to leave the country", "told the Russian soldiers to go
    home": forces told to go, when they are the ``target``, are sent out (as an envoy is,
    :func:`_envoy_asked_to_leave`), not moved by whoever gave the order (the caller checks
    they are another side's: "Trump ordered U.S. troops to leave Syria" moves his own)."""
    told = child_of(verb, "dobj", "dative")
    return (
        told is not None
        and told.lemma_.lower() in TROOPS
        and target in told.subtree
        and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _GOING for c in verb.children)
    )


def _framed_as_a_first(word: Token) -> bool:
    """``word`` is an act the writer frames as a first ("It is the first time since 1940 that
    Paris recalls its ambassador from Rome"), told in the present though it is the act the
    story has just told: of the story's day, as a verb in the past would be."""
    return any(framing_clause(c, word) for c in word.children)


def _said_in_past(word: Token) -> bool:
    """``word`` is a state told in the present by a past verb of saying: "Ushakov declared
    that Moscow is disappointed" (it held when he said it)."""
    clause = word
    # "is disappointed": the clause of the predicate; "said that Australia is disappointed
    # … and rejects its basis": the second verb is said as the first
    while clause.dep_ in ("acomp", "xcomp", "attr", "conj") and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    return clause.dep_ == "ccomp" and speech.lemma_.lower() in SPEECH and told_in_past(speech)


_HOSTILE_FROM = "10"  # demands, disapproval, refusals, threats, protests and force


def _guessed_office(src: tuple[Actor, float, Token], root: str) -> bool:
    """The source is a state's office holder whose country is only a guess from the story's
    one country ("the president", "senators" in a story about Pakistan), and the act is
    hostile: praise or aid for one's own country is a domestic act the guess may well be
    right about; a threat or a demand aimed at it is not."""
    return (
        root >= _HOSTILE_FROM
        and src[1] < _GUESSED
        and src[0].sector in _STATE_OFFICES
        and bool(src[0].country)
    )


_STATE_OFFICES = {"GOV", "LEG"}


def _official_protest(word: Token, src: tuple[Actor, float, Token], actors: DocActors) -> bool:
    """ "Japan protested China's deployment", "the foreign ministry protested the arrest",
    "Beijing protested against the arms sale": a state or its government protesting
    something (a direct object or an "against" phrase) complains officially."""
    if word.lemma_.lower() != "protest" or word.pos_ != "VERB":
        return False
    protested = any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against") for c in word.children
    )
    if src[0].sector == "GOV" and protested:
        return True  # (a government also "summoned the ambassador to protest against" it)
    if not protested:  # (a state, too: "Beijing protested against the arms sale")
        return False
    span = actors.by_token.get(src[2].i)
    if src[0].sector or span is None or span.label_ != "ACTOR" or src[1] <= INSIDE_CONFIDENCE:
        return False  # "students at the University of Dhaka protested …": people, not a state
    entry = actors.book.lookup(span.kb_id_)
    # "thousands of Georgians protested the bill": the people of a country, not its state
    plural = src[2].tag_ in ("NNS", "NNPS") or src[2].lower_.endswith(("ans", "ers", "is"))
    return entry is None or entry.kind != "demonym" or not plural


# Leaving an international organisation reduces relations with it (160) whatever the verb
# ("withdrew from the International Criminal Court", "quit OPEC", "pulled out of the
# Council of Europe"), not a retreat of troops (0874) or a resignation (0831).
# (also the deadline to go: "gave the Lebanese charge d'affaires 48 hours to depart")
_QUITTING = frozenset({"withdraw", "pull", "quit", "leave", "exit", "abandon", "depart"})
_LEFT_CODES = frozenset({"0874", "0831", "087", "083"})
LEAVE_ORGANISATION = "160"


def _leaves_organisation(
    word: Token, code: str, tgt: tuple[Actor, float, Token] | None, actors: DocActors
) -> bool:
    if tgt is None or code not in _LEFT_CODES or word.lemma_.lower() not in _QUITTING:
        return False
    span = actors.by_token.get(tgt[2].i)
    if span is None or span.label_ != "ACTOR":
        return False
    entry = actors.book.lookup(span.kb_id_)
    return entry is not None and entry.kind == "igo" and not entry.sector


# Diplomatic moves whose purpose clause "to protest" is the move itself: "summoned the
# Chinese ambassador to protest against the sentencing", "lodged a note to protest the
# arrests", "handed the envoy a note to protest" (the complaint is coded once, on the move).
_PROTEST_MOVES = frozenset({"summon", "lodge", "send", "hand", "deliver", "file"})


# A crowd's acts: what it gathers "to demand" is the aim of its protest, not a second act.
_STREET_PROTESTS = frozenset({
    "rally", "march", "protest", "demonstrate", "gather", "assemble", "converge", "parade",
})  # fmt: skip


def _protest_aim(word: Token) -> bool:
    """``word`` is the purpose clause of a street protest ("thousands rallied in Tahrir
    Square to demand the resignation of Mubarak", "marched on parliament to demand new
    elections"): the demand is what the protest is for, and is coded as the protest (141),
    at whom the demand is made, once."""
    return (
        word.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
        and word.head.lemma_.lower() in _STREET_PROTESTS
    )


def _protest_purpose(word: Token) -> bool:
    return (
        word.lemma_.lower() == "protest"
        and word.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
        and word.head.lemma_.lower() in _PROTEST_MOVES
    )


# Telling someone what one is ready to do: "told Cavusoglu that Moscow was ready to resume
# talks", "assured Biden that China was willing to cooperate", "informed his Saudi
# counterpart that Tehran would reopen its embassy": the one told is the partner.
_TELLING_LISTENERS = frozenset({"tell", "assure", "inform", "reassure", "notify", "promise"})
_OFFERED_ROOTS = frozenset({"03", "04", "05", "06"})


def _putting_forward(word: Token) -> Token | None:
    """The verb an offered act hangs on ("proposed" in "Erdogan proposed to meet Putin"),
    when the offer is ``proposed_own``: the day of the offer is that verb's."""
    return word.head if proposed_own(word) else None


# Offers and gifts a visitor makes with no one named: "Cameron, visiting Kyiv, promised
# three billion pounds a year in military aid" is for Ukraine.
_HOSTED_ROOTS = _OFFERED_ROOTS | {"07"}
# Participles by which a doer's phrase says where they are a guest ("visiting Kyiv").
_VISITING = frozenset({"visit", "tour"})


def _visited_by_doer(word: Token) -> Token | None:
    """The place or host a participle set off on ``word``'s subject says the doer is
    visiting ("Cameron, visiting Kyiv, promised …": Kyiv), if any."""
    doer = child_of(word, "nsubj")
    if doer is None:
        return None
    for clause in doer.children:
        if (
            clause.dep_ == "acl"
            and clause.tag_ == "VBG"
            and clause.lemma_.lower() in _VISITING
            and clause.i > doer.i
        ):
            return child_of(clause, "dobj")
    return None


def _listener(word: Token) -> Token | None:
    """The one told, when ``word`` is (under) what a telling verb's object was told."""
    tok = word
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _TELLING_LISTENERS:
            return child_of(tok.head, "dobj", "dative")
        if (  # (the parser may hang "that Tehran was ready" on the one told)
            tok.dep_ == "acl"
            and tok.head.dep_ in ("dobj", "dative")
            and tok.head.head.lemma_.lower() in _TELLING_LISTENERS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        ):
            return tok.head
        if tok.dep_ not in ("xcomp", "acomp", "ccomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# Prepositions whose object undergoes what the noun before them names ("a blockade of Qatar").
_UNDERGOES = frozenset({"of", "against", "on", "over", "into", "toward", "towards"})


def _subject_named(tok: Token) -> bool:
    """``tok`` names the subject itself ("Qatar", "Qatari officials", "the talks between
    the EU and Turkey"), not what a thing in its phrase is done to ("a blockade of the
    Qatari coast", "sanctions on the Russian energy sector")."""
    tok = modified_noun(tok)
    return not (tok.dep_ == "pobj" and tok.head.lower_ in _UNDERGOES)


_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


def _coming(
    word: Token, phrase: str, day: dt.date, published: dt.date
) -> tuple[dt.date, str] | None:
    """A day and month with no year, read as almost a year back, names the coming one when
    the act is told with no past verb and that day is within two weeks of the story: that
    coming day (and its date source), else None."""
    if word.tag_ in ("VBD", "VBN") or _YEAR.search(phrase) or (published - day).days < 300:
        return None
    ahead = resolve_date(phrase, published, True)
    return ahead if ahead is not None and 0 < (ahead[0] - published).days <= 14 else None


def _backshifted(word: Token) -> bool:
    """``word`` is told in a past tense though it has not happened: "threatened an operation
    if the army did not retreat by the end of February", "warned that it would act by June".
    Its day is as near the story after as before it (the deadline may have passed)."""
    if told_in_past(word):
        return True
    # "had warned that it would impose sanctions by June": a future of a past saying
    return (
        any(c.dep_ == "aux" and c.lower_ == "would" for c in word.children)
        and word.dep_ == "ccomp"
        and told_in_past(word.head)
    )


def _nearer(
    ahead: tuple[dt.date, str], back: tuple[dt.date, str] | None, published: dt.date
) -> tuple[dt.date, str]:
    """Of a day read ahead and the same words read back, the one nearer the story: "by the
    end of February" in a March story of a threat made earlier is last February's."""
    if back is None or abs(back[0] - published) >= abs(ahead[0] - published):
        return ahead
    return back


def _past_act(word: Token) -> bool:
    """``word`` tells a past act: a simple past verb, a perfect ("Ankara has asked for a
    meeting at next week's summit": asked already), or a visit made on a journey told in the
    past ("In March the prime minister came to Dhaka on a visit")."""
    if word.tag_ == "VBD":
        return True
    auxiliaries = {c.lower_ for c in word.children if c.dep_ == "aux"}
    if word.tag_ == "VBN" and auxiliaries & {"has", "have", "had"} and not auxiliaries & FUTURE_AUX:
        return True
    journey = word.head.head if word.dep_ == "pobj" else None
    return journey is not None and journey.tag_ == "VBD" and visit_of_a_journey(word, journey)


def _acting(tok: Token) -> bool:
    """``tok`` names the subject of a verb, not a party inside an event noun that is the
    subject ("talks between India and Pakistan")."""
    tok = modified_noun(tok)
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


def _comitative(src: tuple[Actor, float, Token], tgt: tuple[Actor, float, Token]) -> bool:
    """The target is named in a "with" phrase hung on the source's own phrase ("Lavrov with
    Wang Yi … met"), and is another actor."""
    with_ = tgt[2].head
    return (
        tgt[2].dep_ == "pobj"
        and with_.lower_ == "with"
        and with_.head.i == src[2].i
        and bool(tgt[0].code)
        and tgt[0].code != src[0].code
    )


# Sectors of a state's own organs (government, legislature, courts, forces, police, spies).
_STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_SANCTIONS = "163"


def _own_organ_sanctioned(code: str, src: tuple, tgt: tuple | None) -> bool:
    """Sanctions (163) aimed at an organ of the sanctioning side's own state: a misread of
    whom the measure was reported to ("sanctions … in a report to the Congress"). (A side
    whose country is only a guess, "the Senate" in a story naming Nicaragua alone, is more
    likely the wrong side than the target.)"""
    return (
        code.startswith(_SANCTIONS)
        and tgt is not None
        and bool(src[0].country)
        and src[1] >= _GUESSED
        and tgt[0].country == src[0].country
        and tgt[0].sector in _STATE_ORGANS
    )


def _recent_days(phrase: Span) -> bool:
    """``phrase`` is the days before the writing: "in the past days", "over recent weeks"."""
    lead = phrase.doc[phrase.start - 1].text if phrase.start > 0 else ""
    return told_as_recent(f"{lead} {phrase.text}")


def _called_with(
    word: Token, code: str, src: tuple[Actor, float, Token], tgt: tuple[Actor, float, Token]
) -> bool:
    """A telephone call "with" someone that something was said in ("the king in a telephone
    call with Trump affirmed …") is a conversation of both, as :mod:`calls` codes the call
    a verb is said in: the target is the "with" object of the call noun. (A verb of calling,
    "Biden spoke by phone with Netanyahu", stays the caller's act, as wire coders list it.)"""
    with_ = tgt[2].head
    return (
        code == CALL_CODE
        and word.pos_ == "NOUN"
        and tgt[2].dep_ == "pobj"
        and with_.lower_ == "with"
        and (with_.head.i == word.i or with_.head.head.i == word.i)
        and bool(tgt[0].code)
        and tgt[0].country != src[0].country
    )


def _told_in_the_past(phrase: Span, word: Token) -> bool:
    """``phrase`` dates a clause of its own told in the simple past, not ``word``'s: in
    "demanding that Cairo expel the ambassador after Israeli troops killed five policemen in
    August" the August is gone by, whatever is still to come of the expulsion."""
    clause = clause_of(phrase.root)
    return (
        clause.i != clause_of(word).i
        and clause.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in clause.children)
    )


def _noun_s_own_date(
    word: Token, phrases: list[Span], published: dt.date
) -> tuple[dt.date, str] | None:
    """The date an event noun carries itself, which no date of the clause around it
    overrides: "protesters marked on Friday the anniversary of Japan's 1931 invasion of
    Manchuria" (1931, a year's precision), "the Feb. 14 bombing" (that day). None when the
    noun has no date of its own or it would lie after the story."""
    if word.pos_ != "NOUN":
        return None
    for phrase in phrases:
        if phrase.root.head.i == word.i and phrase.root.dep_ in ("compound", "nummod", "amod"):
            resolved = resolve_date(phrase.text, published, False)
            if resolved is not None and resolved[0] <= published:
                return resolved
    return None


def _attributive(tok: Token) -> bool:
    """A date that only tells which thing is meant ("partners backing the 2015 deal", "the
    treaty of 1965"), not when something happened ("in the 2016 election", "at the end of
    June")."""
    thing = tok.head
    if tok.dep_ == "pobj" and thing.lower_ == "of":  # "the treaty of 1965"
        named = thing.head
        return named.pos_ == "NOUN" and named.lemma_.lower() not in _TIME_NOUNS
    start = next((t.i for t in tok.subtree), tok.i)
    before = tok.doc[start - 1] if start > tok.sent.start else None
    return (
        tok.dep_ in ("compound", "nummod", "amod", "nmod", "poss")
        and thing.pos_ == "NOUN"  # not "On Wednesday Trump wrote" misparsed
        # ("halted the trains after the Dec. 13 attack": the attack's day, not the halt's,
        # unless the act is counted from it: "two days after the Dec. 13 attack")
        and not (
            thing.dep_ == "pobj"
            and thing.head.lower_ in _DURING
            and (thing.head.lower_ not in _SEQUENCE or noun_gap(tok) is not None)
        )
        # "On 15 June Indian soldiers clashed", parsed with the date inside the subject
        and not (before is not None and before.lower_ in _DURING and before.dep_ == "prep")
    )


# The sector of news agencies, broadcasters and newspapers in the actor tables.
_MEDIA = "MED"


# Verbs by which a side bears out what is known of the other's act: "the general staff
# confirmed that Algeria had closed its airspace" tells the act, it charges no one.
_CONFIRMING = frozenset({"confirm"})


def _confirmed(verb: Token | None) -> bool:
    """The act is told by a verb that confirms it, not one that claims it."""
    return verb is not None and verb.lemma_.lower() in _CONFIRMING


_INVESTIGATE_ROOT = "09"
# Verbs of putting questions to someone, which from a news outlet make an interview.
_INTERVIEW_VERBS = frozenset({"question", "interview", "quiz", "grill", "ask"})


def _interviewed(src: tuple, word: Token) -> bool:
    """A news outlet questioning someone interviews them ("the minister, questioned by
    Xinhua, said …"): the press's questions are no investigation of the one it questions."""
    return src[0].sector == _MEDIA and word.lemma_.lower() in _INTERVIEW_VERBS


def _press(speaker: tuple | None) -> bool:
    """The speaker is a news outlet ("Kyodo", "Xinhua"): it reports, it speaks for no side."""
    return speaker is not None and speaker[0].sector == _MEDIA


def _same_day_named(
    word: Token, sent: Span, published: dt.date, story: dt.date | None
) -> dt.date | None:
    """The past day the sentence names before its "on the same day" (:func:`same_day_phrase`),
    read as a bare weekday of the text is (:func:`narrative_weekday`)."""
    phrase = same_day_phrase(word)
    if phrase is None:
        return None
    told = narrative_weekday(
        phrase.text, story, published, chronicle(sent.doc.text), sent.doc.text[: sent.start_char]
    )
    if told is not None:
        return told
    resolved = resolve_date(phrase.text, published)
    if resolved is None or resolved[1] != "text" or resolved[0] > published:
        return None
    return resolved[0]


def _weekday_dated(
    phrase: Span, phrases: list[Span], published: dt.date
) -> tuple[dt.date, str] | None:
    """A weekday named with no day of the month, in a sentence that dates that weekday: "On
    Friday, 13 May, Erdogan after the Friday prayer told journalists …" is 13 May, not the
    Friday the story is published on."""
    day = weekday_named(phrase.text)
    if day is None or any(c.isdigit() for c in phrase.text):
        return None
    for named in phrases:
        if weekday_named(named.text) != day or any(c.isdigit() for c in named.text):
            continue
        # the day set beside the weekday: "Friday, 13 May" (two phrases to the model)
        beside = next((p for p in phrases if p.start in (named.end, named.end + 1)), None)
        if beside is None or not any(c.isdigit() for c in beside.text):
            continue
        resolved = resolve_date(beside.text, published, False)
        if resolved is not None and resolved[0].weekday() == day:
            return resolved
    return None


def _deadline(tok: Token) -> bool:
    """A date by which something is to be done, not when anything happened: "gave Ankara
    until Friday to drop the purchase", "until the end of the next day"."""
    return _date_under(tok, UNTIL) is not None


def _due_by(tok: Token) -> bool:
    """ "by" a date in a clause of what is to be done ("agreed to ship the uranium abroad by
    March", "said it will withdraw by June"): when it is due, not the day of the agreeing
    or saying (not "by Friday 200 people had been killed")."""
    return _date_under(tok, _BY) is not None and _to_be_done(clause_of(tok))


_BY = frozenset({"by"})
# Verbs whose infinitive tells a thing to come: "agreed to convene the commission in
# September", "decided to reopen the embassy in March".
_INTENDING = frozenset({
    "agree", "decide", "promise", "pledge", "vow", "plan", "undertake", "commit", "resolve",
})  # fmt: skip


def _before(phrase: Span, anchor: dt.date | None, published: dt.date) -> bool:
    """``phrase``, read as a past time, lies before the story's day ``anchor``: no act told
    on that day is of it ("agreed to convene the commission in September" in a story of 17
    August is of the coming September, not of the last one)."""
    resolved = resolve_date(phrase.text, published, False)
    return anchor is not None and resolved is not None and resolved[0] < anchor


def _intended_for(tok: Token) -> bool:
    """A date in the infinitive a verb of agreeing or deciding governs ("the parties agreed
    to resume the flights and to convene the commission in September"): when the thing
    agreed is to happen, not the day of the agreeing, as with "by March" (:func:`_due_by`),
    once it lies before the story's day (alone, "Greece and Turkey agreed to resume the
    talks in September" may well be dated by it)."""
    clause = clause_of(tok)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # ("to resume the flights and to convene … in September")
    return (
        clause.dep_ == "xcomp" and _to_be_done(clause) and clause.head.lemma_.lower() in _INTENDING
    )


# Verbs that decide or announce a measure whose start a "from" day gives: "decided to close
# four crossings from Saturday", "announced that it closes the border from Friday".
_SETTING_MEASURES = _INTENDING | {"announce", "declare", "order"}


def _measure_start(tok: Token) -> bool:
    """A day a decided or announced measure runs from ("On Wednesday the government decided
    to close the crossings from Friday", "… from the night to Saturday"): when the measure
    starts, not the day of the deciding, which the sentence or the story gives."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _SPAN_CLOSERS and prep.head.lower_ == "from":
        prep = prep.head  # ("from the night to Saturday")
    if prep is None or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    measure = prep.head
    return (
        measure.pos_ in ("VERB", "AUX")
        and measure.dep_ in ("xcomp", "ccomp")
        and measure.head.lemma_.lower() in _SETTING_MEASURES
    )


# Readiness to send a force to a state offers it military aid (0332), as CAMEO codes "said
# Nigeria was ready to send more troops"; a deployment only announced ("will send troops to
# Mali") stays a show of force (138), and so does one sent to a border or frontier.
_MILITARY_AID_OFFERED = "0332"
_FRONTIERS = {"border", "frontier", "boundary", "coast", "doorstep"}


def _force_offered(word: Token, code: str) -> bool:
    """``word`` sends a force its doer says it is ready, willing or prepared to send: "France
    is ready to send troops to Mali", "Nigeria was willing to deploy soldiers in Liberia"."""
    return (
        code[:2] == "15"
        and offered(word)
        and not any(t.lemma_.lower() in _FRONTIERS for t in word.subtree)
    )


# Verbs that set a thing for a day: "set a summit for July 16", "scheduled talks for Friday".
_SETTING = {"set", "schedule", "reschedule", "fix", "call", "arrange", "slate"}


def _set_for(tok: Token, word: Token) -> bool:
    """A date a thing is set for ("called an emergency meeting for Tuesday", "scheduled a
    vote for Friday"): when that thing is to happen, not the day it was called or set, unless
    the event is that thing itself; nor when the "for" hangs on the verb of setting ("set a
    summit in Helsinki for July 16": the summit's day, not the day it was set)."""
    thing = tok.head.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and thing.i == word.i
        and word.lemma_.lower() in _SETTING
        and child_of(word, "dobj") is not None
    ):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and thing.pos_ == "NOUN"
        and thing.i != word.i
        and thing.dep_ in ("dobj", "nsubjpass")
    )


_WILL = FUTURE_AUX | {"would"}
_TO_BE_DONE = _WILL | {"to"}  # "will reply by Friday", "to withdraw by May"


def _to_be_done(clause: Token, auxiliaries: set[str] = _TO_BE_DONE) -> bool:
    """``clause`` tells what is to be done: an infinitive or a future (with ``_WILL``, a
    future only)."""
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in clause.children)


# Words that set an infinitive for later: "is due to travel", "is set to meet", "is
# scheduled to arrive", "is expected to sign".
_SET_FOR_LATER = frozenset({"due", "set", "scheduled", "slated", "expected", "poised"})


def _scheduled(clause: Token) -> bool:
    """``clause`` is an infinitive set for later ("Lavrov is due to travel to Damascus on
    Tuesday, the Kremlin said": the Tuesday to come, not the day of the saying)."""
    return (
        clause.dep_ == "xcomp"
        and clause.head.lower_ in _SET_FOR_LATER
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _to_come_below(clause: Token, word: Token) -> bool:
    """``clause``, or a clause it hangs in below ``word``, tells a thing to come ("said it
    would send a carrier for drills starting on Sunday": "starting" hangs in "would send").
    (Not an infinitive: "agreed to resume talks in September" may be dated by it, see
    ``_intended_for``.)"""
    while clause.i != word.i:
        if _to_be_done(clause, _WILL) or _scheduled(clause):
            return True
        if clause.head.i == clause.i:
            return False
        clause = clause_of(clause.head)
    return False


def _span_start(tok: Token) -> bool:
    """A date that starts a span a thing is measured over, not the day of an act: "the first
    call between them since the 2020 election", "the highest toll since March", "have not
    spoken since January" (an act not done since then has no day)."""
    word = _date_under(tok, _SINCE, _DATE_LINKS | {"amod", "poss"})
    if word is None:
        return False
    held = word.head.head
    return held.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or child_of(held, "neg") is not None


# Words that close a span of days opened by a date before them: "from 30 August to 4
# September".
_SPAN_CLOSERS = frozenset({"to", "until", "till", "through", "-", "\u2013"})


def _span_end(phrase: Span) -> bool:
    """``phrase`` is the last day of a span whose first day is a date of its own just before
    it ("From 30 August to 4 September, Vystrcil led a delegation to Taiwan"): the act began
    on the first day, which dates it."""
    doc = phrase.doc
    i = phrase.start
    if i < 2 or doc[i - 1].lower_ not in _SPAN_CLOSERS:
        return False
    opener = doc[i - 2]
    return opener.ent_type_ == "DATE" and opener.sent.start == phrase.sent.start


_SINCE = frozenset({"since"})
# How a date phrase hangs inside the phrase of a preposition ("until the end of the next day").
_DATE_LINKS = frozenset({"pobj", "prep", "compound", "nummod", "npadvmod"})


def _named_day(phrases: list[Span], phrase: Span, published: dt.date) -> dt.date | None:
    """The day of the last other date phrase before ``phrase`` in its sentence that names a
    day (not a shift or a month), if any."""
    for other in reversed([p for p in phrases if p.end <= phrase.start]):
        if shift_of(relative_phrase(other)) is not None:
            continue
        resolved = resolve_date(other.text, published, False)
        if resolved is not None and resolved[1] == "text":
            return resolved[0]
    return None


def _period_base(
    phrases: list[Span], phrase: Span, published: dt.date
) -> tuple[dt.date, str] | None:
    """The day, month or year of the last other date phrase before ``phrase`` in its
    sentence that is no count itself: what "a year later" counts from ("in 2001")."""
    for other in reversed([p for p in phrases if p.end <= phrase.start]):
        if shift_of(relative_phrase(other)) is not None:
            continue
        if period_shift(relative_phrase(other)) is not None:
            continue
        resolved = resolve_date(other.text, published, False)
        if resolved is not None and resolved[1] != "publication":
            return resolved
    return None


def _said_day(ranked: list[tuple], phrase: Span, published: dt.date) -> dt.date | None:
    """The past day of the nearest other date phrase that tells when something was said
    (``ranked``: rank, distance, statement, phrase), if any."""
    for _, _, statement, other in ranked:
        if statement and other is not phrase and not other.text.isdigit():
            resolved = resolve_date(other.text, published, False)
            if resolved is not None and resolved[1] == "text" and resolved[0] <= published:
                return resolved[0]
    return None


def _date_under(
    tok: Token, preps: frozenset[str], links: frozenset[str] = _DATE_LINKS
) -> Token | None:
    """The object of one of ``preps`` the date phrase ``tok`` belongs to, through ``links``
    only; else None."""
    for word in (tok, *tok.ancestors):
        if word.dep_ == "pobj" and word.head.lower_ in preps:
            return word
        if word.dep_ not in links:
            return None
    return None


def _of_a_thing(tok: Token, word: Token) -> bool:
    """A date below the event inside a clause that tells of a thing, not of the act:
    "accuses Minsk of revenge for sanctions imposed after the election last year", "condemned
    the law that parliament passed in May"."""
    for up in tok.ancestors:
        if up.i == word.i:
            return False
        if up.dep_ in ("acl", "relcl") and up.pos_ in ("VERB", "AUX") and not _dated(up):
            return True
    return False


# Participles that tell a state the noun is in, not an act done to it: "women held by the
# militants", "troops based in Mali", "civilians trapped in the city".
STATE_PARTICIPLES = frozenset({"hold", "keep", "base", "station", "locate", "trap", "hide"})
# Prepositions by which a date tells how long a state lasts ("held since 2015").
_LASTING = frozenset({"since", "for", "until", "till", "from"})


def _a_state(clause: Token, date: Token) -> bool:
    """A reduced relative that tells a state, which has no day of its own: a day parsed under
    it ("rescued 20 women held by Boko Haram militants in a raid on Tuesday") is the day of
    the act it follows; not a date of how long the state lasts ("freed hostages held since
    2015")."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() in STATE_PARTICIPLES
        and date.head.lower_ not in _LASTING
    )


def _names_the_act(clause: Token, word: Token) -> bool:
    """The noun ``clause`` is hung on is the act ``word`` itself or in its phrase ("the visit
    to China, which took place …"), or the writing it is done by ("in a letter dated …"): not
    a thing beside it ("a break with its partners that began last year")."""
    if not happened_on(clause):
        return True  # (a writing dated: see _dated)
    noun = clause.head
    if _occasion_of(noun, word):
        return True  # "called the launch a threat at the press conference which was held …"
    while noun.i != word.i and noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head  # "the visit to China, which …": up the noun's own phrases
    return noun.i == word.i and word.pos_ in ("NOUN", "PROPN")


# Where a side is named as a party in a clause: its doer, what it is done to, whose it is.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})
# Prepositions whose object is a party, not a place: "accused Kyiv of …", "talks with Seoul".
_PARTY_PREPS = frozenset({"with", "against", "on", "of", "by", "between", "from"})


def _countries_told_before(head: Token, day: dt.date, actors: DocActors) -> list[Actor]:
    """The countries the sentence of ``head`` names as parties before it, each once ("The
    North said it would answer the South's drills, and the two sides …": PRK, KOR); only
    names, no role noun the story's last government would stand for."""
    found: dict[str, Actor] = {}
    for tok in head.sent:
        if tok.i >= head.i:
            break
        span = actors.by_token.get(tok.i)
        if tok.dep_ not in _PARTY_DEPS or not (
            tok.pos_ == "PROPN" or (span is not None and span.label_ == "ACTOR")
        ):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ not in _PARTY_PREPS:
            continue  # "the talks moved to Minsk": where, no party
        hit = resolve_phrase(tok, day, actors)
        if hit is not None and hit[0].country:
            found.setdefault(hit[0].country, hit[0])
    return list(found.values())


def _drawn_by_act(clause: Token) -> bool:
    """``clause`` is a participle set off after the clause of an act, telling what the act
    drew or set off: "…, drawing condemnation from Washington", "…, prompting protests in
    Seoul" (it has no day of its own: the act's day is its day)."""
    head = clause.head
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and head.i < clause.i
        and head.pos_ in ("VERB", "AUX")
        and clause.i > 0
        and clause.doc[clause.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
    )


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


# Prepositions by which an act is done at an occasion: "at the press conference", "during
# the talks".
_AT_OCCASION = frozenset({"at", "during"})


def _occasion_of(noun: Token, word: Token) -> bool:
    """``noun`` is the occasion the verb ``word`` is done at ("Iwaya at the press conference
    which was held on the 21st called the irradiation a dangerous act"): the day the
    occasion was held is the act's."""
    prep = noun.head
    return (
        word.pos_ in ("VERB", "AUX")
        and noun.dep_ == "pobj"
        and prep.lower_ in _AT_OCCASION
        and prep.head.i == word.i
    )


def _told_ahead(clause: Token) -> bool:
    """``clause`` is told in the future ("will resume", "shall meet")."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children
    )


def _dated(verb: Token) -> bool:
    """ "a letter dated 23 July", "a note dated Monday": the day of the writing the act is
    done by; "Abe's visit, which took place on 25 October": the day of the act the clause
    says happened."""
    return (verb.dep_ == "acl" and verb.lower_ == "dated") or _medium_out(verb) or happened_on(verb)


# Verbs by which a writing, an interview or a broadcast comes out (or is given: "in an
# interview given on Sunday to Algerian media", "in a speech delivered on Monday")
_COMING_OUT = {
    "published", "released", "aired", "broadcast", "posted", "issued", "televised", "given",
    "granted", "delivered",
}  # fmt: skip
# Verbs by which someone makes the writing or speech an act is done in ("in an article which
# he wrote", "in a speech that he gave").
_WRITING = {"write", "pen", "publish", "give", "deliver", "post", "release", "author"}
# Prepositions an act is done through a medium by: "in an interview", "via a video"
_THROUGH = {"in", "through", "via"}


def _medium_out(verb: Token) -> bool:
    """ "criticised Israel in an interview published on Sunday", "warned in a video posted on
    Monday": the day the medium the act is done in came out is the act's day (the parser hangs
    the date on the medium's participle). Not a thing acted on ("criticised the report
    published on Monday")."""
    medium = verb.head
    if medium.dep_ != "pobj" or medium.head.lower_ not in _THROUGH:
        return False
    if verb.dep_ == "relcl":
        # "Erdogan, in an article which he wrote for the Washington Post in November, stated
        # that …": the writing's day is the day it says what it says
        return verb.lemma_.lower() in _WRITING
    return verb.dep_ == "acl" and verb.lower_ in _COMING_OUT


_DURING = frozenset({"in", "during", "at", "on", "since", "before", "after"})
_SEQUENCE = frozenset({"before", "after"})
# Nouns that a date under "of" makes a time ("the end of June", "the summer of 2016").
_TIME_NOUNS = frozenset({
    "end", "beginning", "start", "middle", "course", "summer", "spring", "autumn", "fall",
    "winter", "month", "year", "week", "day", "night", "morning", "evening", "afternoon",
    "half", "quarter", "period", "weekend", "part", "close", "turn", "eve", "dawn", "rest",
})  # fmt: skip


def _owner_is_other(tgt: tuple[Actor, float, Token], src: tuple[Actor, float, Token]) -> bool:
    """The target was named as the owner of what was acted on ("Syria's reactor") and is of
    another country than the source."""
    return (
        tgt[2].dep_ == "poss"
        and bool(tgt[0].country)
        and bool(src[0].country)
        and tgt[0].country != src[0].country
    )


# A side of an event as resolved: the actor, the confidence of its code, the head word.
_Side = tuple[Actor, float, Token]


def _no_other_side(src: _Side, tgt: _Side | None) -> bool:
    """The event names no one of another side: no target, or one with no code or of the
    source's own country."""
    return tgt is None or not tgt[0].code or tgt[0].country == src[0].country


def _aimed_when_unnamed(
    pairs: list[tuple[_Side, _Side | None]], side: Callable[[_Side], _Side | None]
) -> list[tuple[_Side, _Side | None]]:
    """Each (source, target) pair whose act names no one of another side aimed instead at
    ``side(source)``, the side a story rule finds for it (the last foe, the asker turned
    down, the side that fired first, the side a measure repeats); unchanged when it finds
    none."""
    return [
        (src, other)
        if _no_other_side(src, tgt) and (other := side(src)) is not None
        else (src, tgt)
        for src, tgt in pairs
    ]


def _withheld(word: Token, pat: Pattern) -> bool:
    """A concession (08x) its verb itself negates: "did not allow the rally", "has not
    released the prisoners" (not a denial that it happened: "denied releasing them"); an
    endorsement or a recognition refused in the present ("does not recognize Kosovo")."""
    if word.pos_ != "VERB" or not any(c.dep_ == "neg" for c in word.children):
        return False
    # "Serbia does not recognize Kosovo", "Hungary does not support the plan": a stance held
    # now is a rejection (not "did not meet", an act that did not happen)
    stance = pat.code in STANCE_CODES and any(
        c.dep_ == "aux" and c.lower_ in ("do", "does") for c in word.children
    )
    # "London has not accepted the proposal", "Kyiv did not accept the invitation": an offer
    # or demand left unaccepted is turned down (not "has not yet accepted": still pending)
    unaccepted = word.lemma_.lower() in _ACCEPTING and not any(
        c.lower_ in ("yet", "still") for c in word.children
    )
    return pat.code[:2] == YIELD_ROOT or stance or unaccepted


_ACCEPTING = {"accept", "embrace"}


# Roots of deeds, not words: aid, cooperation, yielding, protest, force and coercion.
_DEEDS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})

# Verbs of laying plans: a plan others tell of ("according to the investigation, they planned
# to kill the prime minister") is a charge against the planners, not an intent they announced.
_CONSPIRING = {"plot", "conspire", "scheme"}
_PLOTTING = {"plan", "prepare"} | _CONSPIRING


def _plan_laid_at_door(
    word: Token,
    said_by: Token | None,
    speaker: tuple[Actor, float, Token] | None,
    src: tuple[Actor, float, Token],
) -> bool:
    """``word`` is what its doer planned, told by someone not of the doer's side
    ("according to the investigation, they planned to seize the parliament", "prosecutors
    said the men plotted to kill the prime minister"): no threat or pledge is made by it."""
    head = first_conjunct(word)  # "planned to seize the parliament and to kill …"
    # (through the acts planned on the way: "planning to intervene militarily to free him")
    while head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() not in _PLOTTING:
        if head.head is head:
            break
        head = head.head
    plot = head.head
    # (or charged by another: "the junta accused France of planning to free Bazoum")
    charged = (
        plot.dep_ == "pcomp"
        and plot.head.lower_ in ("of", "with", "for")
        and plot.head.head.lemma_ in ALLEGATIONS
    )
    # (a plot is no one's announcement, whoever tells it: "the men plotted to kill …")
    secret = plot.lemma_.lower() in _CONSPIRING
    return (
        (said_by is not None or charged or secret)
        and head.dep_ == "xcomp"
        and plot.lemma_.lower() in _PLOTTING
        and (speaker is None or not speaker[0].country or speaker[0].country != src[0].country)
    )


def _relative(word: Token) -> bool:
    """``word`` is told in a relative clause ("the officers who were indicted")."""
    # (not a translated verb-final main clause the parser read as one: "… Haley … the
    # actions of Russia condemned.")
    return any(t.dep_ == "relcl" and not final_clause(t) for t in (word, *word.ancestors))


def _counted_back(word: Token) -> bool:
    """``word`` is told in a clause dated by its distance from the act it hangs on ("boarded
    the tanker on 19 July, two weeks after the marines detained another"): what led to the
    story's act, not a step of the story."""
    return clause_gap(clause_of(word)) is not None


def _told_before(word: Token) -> bool:
    """``word`` is told in the past perfect ("its troops had shelled the posts on Tuesday",
    "Blinken had called Aliyev"): a step back from the story's time to what led to it, not
    a step of the story; the acts told next are of the story's own day."""
    clause = clause_of(word)
    # (a second verb shares the first one's "had": "had shelled the posts and seized …")
    while clause.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in clause.children
    ):
        clause = clause.head
    return clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children
    )


class Coder:
    """Codes documents into events. Build once; reuse for many documents."""

    def __init__(self, config: CoderConfig | None = None) -> None:
        self.config = config or CoderConfig()
        self.nlp = load_pipeline(tuple(self.config.actor_files))
        self.tagger = self.nlp.get_pipe("detente_actors")
        self.book = self.tagger.book
        self.patterns = load_patterns()
        self.stats = CodingStats()
        self.watchdog = Watchdog()  # enforces every document's time budget
        warm_up()  # dateparser's one-time costs, not inside the first document's budget

    def code(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """Yield ``(document, events)`` for every document, streaming through ``nlp.pipe``.

        A document that runs over its time budget (``CoderConfig.doc_timeout``) is not
        yielded: it is recorded in ``stats.timeouts`` and the batch goes on.
        """
        for parsed, document in self._parsed(documents):
            counts = (
                self.stats.sentences,
                self.stats.long_sentences_skipped,
                self.stats.sentences_truncated,
            )
            events = self._within(document, self._events_list, parsed, document)
            if events is None:
                (
                    self.stats.sentences,
                    self.stats.long_sentences_skipped,
                    self.stats.sentences_truncated,
                ) = counts
                continue
            self.stats.documents += 1
            self.stats.events += len(events)
            for event in events:
                self.stats.by_modality[event.modality] = (
                    self.stats.by_modality.get(event.modality, 0) + 1
                )
            yield document, events

    def _budget(self, document: Document) -> float:
        return budget_for(document.text, self.config.doc_timeout)

    def _within(self, document: Document, work: Callable[..., T], *args: object) -> T | None:
        """``work(*args)`` within ``document``'s time budget; None (and a recorded timeout)
        when it runs over."""
        deadline = Deadline(self._budget(document), self.watchdog)
        try:
            with deadline:
                return work(*args)
        except DocumentTimeout:
            if not deadline.fired:
                raise  # an outer deadline's, not this document's
            self.stats.timeouts.append((document.id, deadline.seconds))
            return None

    def _events_list(self, parsed: Doc, document: Document) -> list[Event]:
        return list(self.events_of(parsed, document))

    def _parse_one(self, text: str) -> Doc:
        return self.nlp(self.tagger.prepare(text))

    def _prepared(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        """Tokenized, actor-tagged Docs for ``nlp.pipe``, each prepared within its budget."""
        for document in documents:
            prepared = self._within(document, self.tagger.prepare, document.text)
            if prepared is not None:
                yield prepared, document

    def _parsed(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        """Parsed Docs. In one process, each batch is parsed within the sum of its documents'
        budgets; a batch over it is parsed again one document at a time (each prepared anew,
        within its own budget), so only the slow document is skipped. With ``n_process`` the
        parse runs in spaCy's worker processes, outside the budget."""
        if self.config.n_process > 1 or self.config.doc_timeout <= 0:
            yield from self.nlp.pipe(
                self._prepared(documents),
                as_tuples=True,
                batch_size=self.config.batch_size,
                n_process=self.config.n_process,
            )
            return
        prepared = self._prepared(documents)
        while batch := list(islice(prepared, self.config.batch_size)):
            deadline = Deadline(sum(self._budget(doc) for _, doc in batch), self.watchdog)
            try:
                with deadline:
                    parsed = list(
                        self.nlp.pipe(batch, as_tuples=True, batch_size=self.config.batch_size)
                    )
            except DocumentTimeout:
                if not deadline.fired:
                    raise
                parsed = []
                for _, document in batch:
                    one = self._within(document, self._parse_one, document.text)
                    if one is not None:
                        parsed.append((one, document))
            yield from parsed

    def code_text(self, text: str, date: dt.date, doc_id: str = "text") -> list[Event]:
        """All events (every modality) in one text published on ``date``."""
        return [e for _, events in self.code([Document(doc_id, date, text)]) for e in events]

    def _model_parse(self, doc: Doc) -> Doc:
        """The model's parse pipes (those before its entity pipes) on a new Doc: all a parse
        anew reads to choose between readings."""
        for name, pipe in self.nlp.pipeline:
            if name in _ENTITY_PIPES:
                break
            doc = pipe(doc)
        return doc

    def _model_entities(self, doc: Doc) -> Doc:
        """The model's entity pipes on a Doc :meth:`_model_parse` parsed: run only for a
        reading that is kept with its entities (most readings anew are dropped, and the
        entity recognizer costs about as much as the parse)."""
        for name, pipe in self.nlp.pipeline:
            if name in _ENTITY_PIPES:
                doc = pipe(doc)
        return doc

    def events_of(self, parsed: Doc, document: Document) -> Iterator[Event]:
        named = actor_tokens(parsed)  # the same before and after either reparse
        first = parsed.to_array(_PARSE)
        parsed = reparse(
            parsed,
            self._model_parse,
            self.patterns.verbs,
            named,
            self._model_entities,
            actor_countries(parsed, self.book, document.date),
        )
        parsed = opening_subjects(reorder(parsed, self._model_parse, named, self._model_entities))
        if not np.array_equal(first, parsed.to_array(_PARSE)):
            # a parse anew undoes the pipeline's repairs (and reads the masked stand-in's
            # lemma): repair it again; an untouched parse keeps them
            repair_parse(parsed)
        dated_subjects(parsed)  # "On 7 December Armenia and Azerbaijan in a statement agreed"
        actors = DocActors.of(parsed, self.book)
        reviewed = genre_lines(parsed)  # "Review: …": a story or a show, no news
        story: dt.date | None = None  # the day the story's last dated past act happened
        mentioned: dt.date | None = None  # the last day a sentence dated anything to
        # the month or year the story moved to after its last day ("In March Bamako
        # suspended …"), with its date source
        period: tuple[dt.date, str] | None = None
        front: dt.date | None = None  # the latest day the story has reached
        acted: dt.date | None = None  # the story's day of deeds (not of telling them)
        # the last day, month or year an act of the story was dated to ("in 2000"), which
        # "six years later" counts from
        told_last: tuple[dt.date, str] | None = None
        out: list[Event] = []
        # a wire dateline the pipeline blanked and set apart is no sentence of the story
        told = (sent for sent in parsed.sents if sent.text.strip())
        for sentence_id, sent in enumerate(told):
            if (
                starts_a_paragraph(sent)
                and back_to_the_news(story, period, front)
                and not goes_on_with_the_past(sent)
            ):
                story, period, acted = front, None, None
            if told_as_recent(sent.text) or back_to_this_year(
                sent, document.date, period[0] if period else story
            ):
                # "In recent days the ministers spoke by phone. They agreed …": of the days
                # before the writing, not of the last day the story named (nor of a month of
                # an earlier year after "For most of this year …")
                story, period, acted = None, None, None
            if sentence_id >= self.config.max_doc_sentences:
                self.stats.sentences_truncated += 1
                continue
            self.stats.sentences += 1
            if len(sent) > self.config.max_sentence_tokens:
                self.stats.long_sentences_skipped += 1
                continue
            if sent.start in reviewed or sent.end - 1 in reviewed:
                continue
            triples, consumed = verb_triples(sent, self.patterns)
            triples += noun_triples(sent, self.patterns, consumed)
            triples += call_triples(triples, self.patterns)
            triples = [
                t
                for t in _without_bare_approvals(
                    _without_bare_orders(_orders_as_acts(triples, self.patterns.nouns))
                )
                if not life_told(t.word)
            ]
            events: dict[tuple[str, str, str], Event] = {}
            background: set[int] = set()  # ids of events told in a relative clause
            aside: set[tuple] = set()  # events told beside the sentence's main act
            depth: dict[tuple, int] = {}  # how deep each event's words are embedded
            said_by: dict[tuple, Token] = {}  # the word that tells each event
            for triple in sorted(triples, key=lambda t: t.word.i):
                # an act referred to may be told earlier in this sentence ("… ordered Nippon
                # Steel to pay, and Tokyo rejected this ruling")
                before = out + list(events.values())
                told_back = (
                    _relative(triple.word)
                    or _counted_back(triple.word)
                    or _told_before(triple.word)
                )
                told_beside = told_aside(triple.word)
                level = embedding(triple.word)
                for event in self._events(
                    triple,
                    sent,
                    sentence_id,
                    document,
                    actors,
                    story,
                    mentioned,
                    before,
                    period,
                    acted,
                    told_last,
                ):
                    if told_back:
                        background.add(id(event))
                    if told_beside:
                        aside.add(_told_at(event))
                    told_at = _told_at(event)
                    depth[told_at] = min(depth.get(told_at, level), level)
                    said_by.setdefault(told_at, triple.word)
                    # one event per dyad, code and day: actors by code, open actors by
                    # phrase, two people of one code by name ("Putin and Medvedev met"); two
                    # days are two acts ("called Herzog in July …, after which Bennett thanked
                    # Erdogan by telephone" in November)
                    key = (
                        event.source or event.source_start,
                        event.target or event.target_start,
                        event.cameo,
                        event.source_name if event.source == event.target else "",
                        event.date,
                    )
                    events.setdefault(key, event)
            kept = both_sides_of_visits(
                _one_per_root(
                    _followed_suit(
                        _comment_carrying_an_act(
                            _drop_redundant(list(events.values()), self.book.agents)
                        ),
                        sent,
                    )
                ),
                sent,
            )
            kept = ties_both_ways(kept, sent)
            # "Hong Kong followed suit": the last act told, done by the clause's subject
            acting = {e.source_country for e in kept}
            kept += [
                e
                for e in echoed_events(
                    sent,
                    sentence_id,
                    out,
                    document.date,
                    lambda heads, day: resolve_heads(heads, day, actors),
                )
                if e.source_country not in acting
            ]
            out.extend(_as_read(kept, aside, _described(kept, said_by, depth)))
            referred = referred_date(sent, document.date, self.patterns)
            if referred is not None:  # "This conversation took place on 28 January."
                out = redate(out, *referred)
            # "… the officers who were indicted last Friday", "…, two weeks after the marines
            # detained another": background, not the story's day
            told = [e for e in kept if id(e) not in background]
            # (a sentence whose acts are all denied, rumoured or ahead still moves the clock
            # by its own past verb: "On 11 April media wrote that Putin would not receive him")
            done = [e for e in told if e.modality in ("asserted", "reported")]
            # (and so does one whose acts are all dated to a day of a year or more before:
            # "On 5 June 2017 Riyadh severed its ties with Doha. At the same time it closed
            # the border" in a piece of 2021 goes back to that day)
            old = all(e.date_source == "text" for e in done)
            day = (
                (referred[1] if referred else None)
                or story_day(told, document.date, sent, weekday_clock(story, period))
                or (
                    dated_day(sent, document.date, weekday_clock(story, period))
                    if not done or old
                    else None
                )
            )
            if day is not None:
                story, period = day, None
                front = max(front or day, day)
                acted = story_day(told, document.date) or day
            elif told_in_present(told_root(sent)):
                # "Officials call each other allies. Xi in his turn called Russia …": the
                # present brings the story to the time of writing; what is told next is of
                # no earlier day the story named
                story, period, acted = None, None, None
            else:
                period = (
                    story_period(sent, document.date, story)
                    # (an act of "last week" is set apart as background, but the story
                    # moves on to that week all the same)
                    or told_week(
                        [e for e in kept if e.modality in ("asserted", "reported")],
                        sent,
                        document.date,
                        story,
                    )
                    or period
                )
            dated = [e.date for e in kept if e.date_source == "text" and e.date <= document.date]
            # "Poland shut the crossing on Nov. 9. On the same day …": a day the sentence's main
            # verb names is the day last named, whether or not we coded that act
            mentioned = dated[-1] if dated else dated_day(sent, document.date) or mentioned
            told_last = next(
                (
                    (e.date, e.date_source)
                    for e in reversed(kept)
                    if e.date_source != "publication" and e.date <= document.date
                ),
                told_last,
            )
            self._observe(sent, document.date, actors)
        first = next(parsed.sents, None)
        out = aimed_at_other_side(out, parsed, self.patterns.nouns, document.date, actors)
        yield from headline_dated(out, first) if first is not None else out

    def _voice(
        self, src: tuple[Actor, float, Token], day: dt.date, actors: DocActors
    ) -> Token | None:
        """The speaker whose own side the source is, when the source is a phrase that refers
        back to them: "the Houthi spokesman said the group would not accept …", "Putin said
        his country will not lift the ban" (the group, his country: the speaker's)."""
        tok = src[2]
        clause = tok.head
        if (
            tok.dep_ not in ("nsubj", "nsubjpass")
            or clause.dep_ != "ccomp"
            or clause.head.lemma_.lower() not in SPEECH
            or not src[0].country
        ):
            return None
        # (a state named in a clause a wire attribution closes acts itself: "Iran fired
        # missiles at Israel, Iran's foreign minister said")
        # (nor one of two sides named together, "Riyadh and Tehran had agreed")
        named = _state_by_name(tok, src[0]) and clause.head.i < tok.i and not tok.conjuncts
        if not (named or _own_side_phrase(tok)):
            return None
        speaker = child_of(clause.head, "nsubj")
        if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
            return None
        if named and not _official(speaker):
            return None  # "Saudi state media reported that Riyadh …": no one's own voice
        if named and _unnamed_teller(speaker, actors):
            # "The ministry said on Monday that Poland refused to comply …": a body that
            # names no side has its side only from the story, so the state named by name
            # in what it says is the mention of the doer, not the body
            return None
        said = resolve_heads([speaker], day, actors)
        return speaker if said and said[0][0].country == src[0].country else None

    def _speaker_joined(self, word: Token, day: dt.date, actors: DocActors) -> tuple | None:
        """The speaker of a reported clause that ``word`` was parsed as joined to, with no
        subject of its own: "the spokesman said Pakistan had started the work without consent
        and accused Islamabad of violating an agreement" (the spokesman accused, not Pakistan)."""
        clause = word.head
        if (
            word.dep_ != "conj"
            or child_of(word, "nsubj", "nsubjpass") is not None
            or clause.dep_ != "ccomp"
            or clause.head.lemma_.lower() not in SPEECH
        ):
            return None
        speaker = child_of(clause.head, "nsubj")
        said = resolve_heads([speaker], day, actors) if speaker is not None else []
        return said[0] if said and said[0][0].country else None

    def _named_again(self, tgt: tuple, day: dt.date, actors: DocActors) -> tuple:
        """The target's phrase resolved anew, once the source it was kept open for is gone."""
        found = resolve_heads([tgt[2]], day, actors)
        return found[0] if found and found[0][0].code else tgt

    def _same_side(
        self, src: tuple[Actor, float, Token], tgt: tuple | None, day: dt.date, actors: DocActors
    ) -> bool:
        """``tgt`` names the source's own country (an open target kept only because the
        source's code was excluded: "Iran … announced sanctions on Tehran")."""
        if tgt is None:
            return False
        if tgt[0].country:
            return tgt[0].country == src[0].country
        return any(a.country == src[0].country for a, _, _ in resolve_heads([tgt[2]], day, actors))

    def _warned_about(
        self, word: Token, src: tuple[Actor, float, Token], day: dt.date, actors: DocActors
    ) -> tuple[Actor, float, Token] | None:
        """The first side of another country named in the warning's phrase or clause."""
        for tok in word.subtree:
            if tok.i not in actors.by_token or tok.i == src[2].i:
                continue
            found = resolve_heads([tok], day, actors)
            if found and found[0][0].country not in ("", src[0].country):
                return found[0]
        return None

    def _region(self, actor: tuple[Actor, float, Token], actors: DocActors, day: dt.date) -> bool:
        """The actor was named by a region of a country ("Crimea", "South Ossetia")."""
        span = actors.by_token.get(actor[2].i)
        entry = self.book.lookup(span.kb_id_, day) if span is not None else None
        return entry is not None and entry.kind == "region" and entry.code == actor[0].code

    def _observe(self, sent: Span, day: dt.date, actors: DocActors) -> None:
        """Remember the actors named in ``sent`` for pronouns in later sentences."""
        for tok in sent:
            span = actors.by_token.get(tok.i)
            if span is not None and span.label_ == "ACTOR" and tok.i == span.root.i:
                resolve_phrase(tok, day, actors)

    def _shared_target(
        self, word: Token, sentence_id: int, earlier: list[Event], sent: Span
    ) -> tuple[Actor, float, Token] | None:
        """The coded target of the act ``word``'s clause is joined to by "and" (through
        "began/continued to …"), done by the same subject."""
        verb = word
        while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
            verb = verb.head  # "began pulling out" is joined by "began"
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or child_of(verb, "nsubj"):
            return None
        first = verb.head
        for e in earlier:
            if (
                e.sentence_id == sentence_id
                and e.target_country
                and e.target_start is not None
                and e.start <= first.idx < e.end
            ):
                token = next((t for t in sent if t.idx == e.target_start), None)
                if token is not None:
                    return (Actor(e.target_country, e.target_sector, e.target_name), 0.5, token)
        return None

    def _restraint(self, word: Token, pat: Pattern) -> bool:
        """ "Putin refused to expel American diplomats": declining a hostile act is
        restraint, no rejection of the side spared (the act itself is coded, negated)."""
        if pat.comp or pat.obj or word.lemma_.lower() not in ("refuse", "decline"):
            return False
        done = child_of(word, "xcomp")
        kinds = self.patterns.verbs.get(done.lemma_.lower(), ()) if done is not None else ()
        return bool(kinds) and all(p.code[:2] >= "13" for p in kinds)

    def _events(
        self,
        triple: Triple,
        sent: Span,
        sentence_id: int,
        document: Document,
        actors: DocActors,
        story: dt.date | None = None,
        mentioned: dt.date | None = None,
        earlier: list[Event] | None = None,
        period: tuple[dt.date, str] | None = None,
        acted: dt.date | None = None,
        told_last: tuple[dt.date, str] | None = None,
    ) -> Iterator[Event]:
        word, pat = triple.word, triple.pattern
        if self._restraint(word, pat):
            return
        mood = modality(word, sent, triple.consumed)
        if renounced(word, pat.code, triple.consumed):
            mood = "negated"  # "undertook not to support the YPG": no pledge of support
        if mood == "asserted" and plans_the_act(word, pat.code):
            mood = "future"
        if (
            mood == "hypothetical"
            and pat.code[:2] >= "13"
            and (trying := attempted(word)) is not None
        ):
            # "tried to hack the banks" is a hostile act done; "tried to call" is no call
            # (a rumour of it stays one: "tried to seize a tanker, officials speaking on
            # condition of anonymity said"; so does a charge: "accused Uribe of trying to
            # sabotage relations" is Maduro's word)
            tried = modality(word, sent, triple.consumed | {trying.i})
            if tried not in ("reported", "negated"):
                tried = "reported" if hearsay(sent, word) else "asserted"
            mood = tried
        # "should begin on 20 February", "could strike on Friday": a date ahead
        day, date_source = self._date(
            word,
            sent,
            document.date,
            mood in _AHEAD,
            anchor=weekday_clock(story, period) or mentioned,
            counted_from=told_last,
        )
        named = (
            _same_day_named(word, sent, document.date, story)
            if date_source == "publication" and same_day(word)
            else None
        )
        if named is not None:
            day, date_source = named, "text"
        elif date_source == "publication" and mentioned is not None and same_day(word):
            day, date_source = mentioned, "story"  # "… on Jan. 3. Khamenei on the same day …"
        if mood == "asserted" and day > document.date and _past_act(word):
            # a past act is never dated after the story that tells it
            day, date_source = self._date(word, sent, document.date, False, past=True)
        if (
            date_source == "publication"
            and (story is not None or period is not None)
            and (told_in_past(word) or _said_in_past(word) or _framed_as_a_first(word))
        ):
            # "… met on Monday. The two leaders spoke …"; "In March Bamako suspended the
            # broadcasts. Paris condemned the decision.": that month, no day of it
            day, date_source = period or (story, "story")
            if period is None and acted is not None and pat.code[:2] in _DEEDS:
                # "Soldiers rescued 20 women in a raid on Tuesday, the army said on Wednesday.
                # Troops stormed a camp …": a deed told next is of the raid's day, not of
                # the day the army told of it
                day = min(day, acted)
        if mood == "asserted" and day > document.date:
            mood = "future"  # "talks in Istanbul next month"
        nominal = word if word.pos_ not in ("VERB", "ADJ", "AUX") else None
        parties = two_parties(
            triple, earlier or [], lambda head: _countries_told_before(head, day, actors)
        )
        if parties is not None:  # "the two sides accused each other": the last dyad told
            pairs = [parties, parties[::-1]]
        elif triple.symmetric_pair:
            members = resolve_heads(triple.sources, day, actors, inside=False, open_ok=True)
            pairs = [(a, b) for a in members for b in members if distinct_sides(a, b)]
        else:
            pairs = pairs_of(triple, day, actors, nominal)
            if is_symmetric(pat.code):
                # translated "Lavrov with Wang Yi met": the partner hung on the subject did it
                # with the subject, as in "Lavrov and Wang Yi met"
                pairs += [
                    (tgt, src)
                    for src, tgt in pairs
                    if tgt is not None
                    and (_comitative(src, tgt) or _called_with(word, pat.code, src, tgt))
                ]

        def unnamed(src: tuple, tgt: tuple | None) -> bool:
            # no target, or the source's own ("its troops"); a thing of its own ("criticised
            # the farce of the vote") is an object that shares nothing
            if tgt is not None and asked_to_act(tgt[2], word, pat.code):
                return False  # "and told its airlines to avoid …": they are asked
            return (
                tgt is None
                or tgt[0].country == src[0].country
                or (
                    not tgt[0].code
                    and any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tgt[2].children
                    )
                )
                # "protested to Seoul and demanded measures against a recurrence": a thing
                # demanded, no one named, is asked of the side the first act is aimed at
                # (not what a speaker says should be done: "welcomed Baghdad's decision and
                # said the sanctions should be eased" asks nothing of Baghdad)
                or (
                    pat.code[:2] == _DEMAND_ROOT
                    and not tgt[0].code
                    and word.lemma_.lower() not in SPEECH
                )
            )

        if any(unnamed(src, tgt) for src, tgt in pairs):
            # "withdrew its ambassador from Niger and began pulling out its troops": a second
            # act joined to the first, with no one else named, is done to the first's target
            shared = self._shared_target(word, sentence_id, earlier or [], sent)
            pairs = [
                (src, shared)
                if unnamed(src, tgt) and shared is not None and shared[0].country != src[0].country
                else (src, tgt)
                for src, tgt in pairs
            ]
        # a court ruling on its state's measure, a company's trade: no side acts on another
        pairs = [(src, tgt) for src, tgt in pairs if not within_an_arena(word, src, tgt)]
        # "has in a report to the Congress new sanctions … imposed": no state sanctions its
        # own organs; the organ is who was told, not whom the measure hits
        pairs = [
            (src, None if _own_organ_sanctioned(pat.code, src, tgt) else tgt) for src, tgt in pairs
        ]
        # "defends free trade at Davos": the place words are said is no one they are said to
        pairs = [(src, None if said_at(word, pat.code, tgt) else tgt) for src, tgt in pairs]
        # "EU foreign policy chief Mogherini and the UN envoy attended the signing": onlookers
        pairs = without_onlookers(word, pairs, earlier or [])
        roots = FOE_ROOTS.get(pat.code)
        if roots is not None and earlier and not disowned(word):
            # "Georgia announced a unilateral ceasefire", "recalled its ambassador": a side
            # that stands down, cuts ties, gives in or asks its people back with no one
            # named does so toward the side of the last such act between them
            pairs = _aimed_when_unnamed(
                pairs, lambda src: last_foe(src, word, earlier, roots, pat.code)
            )
        if any(self._same_side(src, tgt, day, actors) for src, tgt in pairs):
            # a verb the parser joined to what was said, done to the sayer's subject's own
            # country, is the speaker's own act
            speaker = self._speaker_joined(word, day, actors)
            pairs = [
                (speaker, self._named_again(tgt, day, actors))
                if speaker is not None
                and self._same_side(src, tgt, day, actors)
                and speaker[0].country != src[0].country
                else (src, tgt)
                for src, tgt in pairs
            ]
        if pat.code[:2] == THREAT_ROOT and _warning(word):
            # "warned Chinese students who plan to study in Australia", "warned that Chinese
            # consumers may shun Australian wine": a warning to the warner's own people is
            # about the foreign side it names, or about no one
            pairs = [
                (src, self._warned_about(word, src, day, actors))
                if _own_people(src, tgt)
                else (src, tgt)
                for src, tgt in pairs
            ]
        if pat.code[:2] == _INVESTIGATE_ROOT:
            # "the president, questioned by France Inter, said …": an interview, not a probe
            pairs = [(src, tgt) for src, tgt in pairs if not _interviewed(src, word)]
        if pat.code in REFUSALS and earlier:
            # "asked Russia to send troops, but Moscow refused": the asker is turned down
            pairs = _aimed_when_unnamed(
                pairs, lambda src: turned_down(src, word, sentence_id, earlier)
            )
        if pat.code[:2] in FORCE_ROOTS and earlier:
            # "… opened fire on the site, and Pakistani troops returned fire": at the shooter
            pairs = _aimed_when_unnamed(pairs, lambda src: answered(src, word, earlier))
        if pat.code[:2] in FORCE_ROOTS:
            # "the Thai guns hit the Cambodian posts and the villages beyond the line": beside
            # a target of another country, one of the attacker's own country is a phrase
            # taken back to a place named before, not a side the attacker strikes
            abroad = {
                src[0].country
                for src, tgt in pairs
                if tgt is not None and tgt[0].country not in ("", src[0].country)
            }
            pairs = [
                (src, tgt)
                for src, tgt in pairs
                if src[0].country not in abroad or not self._same_side(src, tgt, day, actors)
            ]
        # (force vowed in answer to a wrong that was no force: "Lithuania banned the transit
        # of steel to Kaliningrad … Russia will retaliate" is aimed at Lithuania)
        if pat.code[:2] in ANSWER_ROOTS or (pat.code[:2] in FORCE_ROOTS and answers_in_kind(word)):
            # "The EU imposed sanctions … Moscow will respond with mirror measures": at the EU;
            # with no wrong told, at the side the sentence before is about ("Montenegro joined
            # NATO. Moscow reserves the right to take retaliatory measures")
            pairs = [
                pair
                for src, tgt in pairs
                for pair in (
                    [
                        (src, foe)
                        for foe in wronged_by(src, word, sentence_id, earlier or [])
                        or answered_subject(src, word, sentence_id, earlier or [], day, actors)
                    ]
                    if _no_other_side(src, tgt)
                    else []
                )
                or [(src, tgt)]
            ]
        if pat.code[:2] == "16" and earlier:
            # "The EU imposed sanctions on six Russian officials. Britain introduced the same
            # restrictions": on the same side
            pairs = _aimed_when_unnamed(
                pairs, lambda src: repeated_from(src, word, sentence_id, earlier)
            )
        listener = _listener(word) if pat.code[:2] in _OFFERED_ROOTS else None
        if listener is None and pat.code[:2] in _HOSTED_ROOTS:
            listener = _visited_by_doer(word)
        if listener is not None:
            told = resolve_heads([listener], day, actors)
            pairs = [
                (src, told[0])
                if told
                and told[0][0].country not in ("", src[0].country)
                and _no_other_side(src, tgt)
                else (src, tgt)
                for src, tgt in pairs
            ]
        if pat is DEMAND:
            # "Putin said the two sides should keep working together": no demand on a group
            # the speaker belongs to
            pairs = [
                (src, tgt)
                for src, tgt in pairs
                if tgt is None
                or not names_pair(tgt[2])
                or all(a.code != src[0].code for a, _, _ in resolve_heads([tgt[2]], day, actors))
            ]
        nouns = self.patterns.nouns
        if earlier:
            pairs = [done_by_doer(nouns, pair, earlier, day, actors) for pair in pairs]
        if pat.code[:2] in REACTION_ROOTS:
            pairs = [p for pair in pairs for p in referred(nouns, pair, earlier or [], day, actors)]
        elif pat.code == DEMONSTRATE:
            # a state's protest is its complaint (114, below), aimed as any reaction at whoever
            # did the thing protested ("India issued a new map … Nepal protested this map")
            pairs = [
                p
                for pair in pairs
                for p in (
                    referred(nouns, pair, earlier or [], day, actors)
                    if _official_protest(word, pair[0], actors)
                    else [pair]
                )
            ]
        readings = self._readings(
            triple, sent, document, actors, mood, day, date_source, pairs, story or mentioned
        )
        written = mood  # as the sentence puts it: an intent derived from "will meet" is inferred
        aside = told_aside(word)
        for code, mood, day, date_source, src, tgt in readings:
            # a reading the coder infers from the act as written (an intent from "will meet",
            # a refusal from "did not agree", the teller's charge from "X shelled Y, Yerevan
            # said") is weaker evidence than the act a sentence asserts: the wire's main
            # event is the shelling, not the charge beside it
            inferred = code.code != pat.code
            if tgt is not None and code.root == "01" and tgt[0].country == src[0].country:
                tgt = None  # "Putin denied that Moscow had meddled": no one's denial to itself
            if code.root == _DEMAND_ROOT and _order_to_own_forces(word, src, tgt):
                tgt = None  # "Putin ordered Russian troops to withdraw": a command at home
            if code.code == DISARM and tgt is not None and _owner_is_other(tgt, src):
                code = lookup(ATTACK)  # "jets destroyed Syria's reactor": no disarmament
            if code.root in _TAKING_ROOTS and _named_place_taken(word, tgt, actors):
                code = lookup(ATTACK)  # "captured Sukhumi": a town taken, no one arrested
            if _leaves_organisation(word, code.code, tgt, actors):
                code = lookup(LEAVE_ORGANISATION)  # "Burundi withdrew from the ICC"
            if code.code == DEMONSTRATE and _official_protest(word, src, actors):
                code = lookup(COMPLAIN)  # "Japan protested China's deployment"
            if (
                code.root == DEMONSTRATE[:2]
                and src[0].sector == "MIL"
                and word.lemma_.lower() in _MARCHES
            ):
                code = lookup(SHOW_OF_FORCE)  # "troops marched to the border": no protest
                if tgt is not None and tgt[0].country == src[0].country:
                    tgt = None  # "soldiers marched through Kyiv": a parade at home
            if code.root == DEMAND_ROOT[:2] and _protest_aim(word):
                code = lookup(DEMONSTRATE)  # "rallied in Cairo to demand Mubarak's resignation"
            if (
                code.code == DIPLOMATIC_COOPERATION
                and tgt is not None
                and word.lemma_.lower() in _JOINT_WORK
            ):
                sectors = {src[0].sector, tgt[0].sector}
                if sectors & _JUDICIAL_SECTORS:
                    code = lookup("063")  # "Italian police worked with Europol"
                elif sectors & ARMED_SECTORS:
                    code = lookup("062")  # "the army cooperated with U.S. forces"
            if code.code == DEPORT and tgt is not None and (envoys(tgt[2]) or _envoys_sent(word)):
                # "the expulsion of two Russian diplomats"; "ordered its diplomats to leave
                # Venezuela" withdraws the state's own from the country left
                code = lookup(CUT_RELATIONS)
            # "asked the ambassador to leave the country" sends an envoy home
            if code.root in ASKING_ROOTS and _envoy_asked_to_leave(word):
                code = lookup(CUT_RELATIONS)  # "asked the Israeli ambassador to leave"
            if (
                code.code == SHOW_OF_FORCE
                and tgt is not None
                and tgt[0].country
                and tgt[0].country != src[0].country
                and _forces_told_to_leave(word, tgt[2])
            ):
                code = lookup(EXPEL)  # "Chad ordered French troops to leave the country"
            if code.code == BANNED_WORK and _own_mission_stopped(word):
                # "suspended the activities of its embassy in Damascus"
                code = lookup(CUT_RELATIONS)
            if code.code == ULTIMATUM and _given_time_to_leave(word):
                # "gave the French ambassador 72 hours to leave": an envoy sent home, not a
                # threat (an army giving rebels a day to leave a city still threatens them)
                # (or "expelled 18 embassy employees and gave them 48 hours to leave": the
                # time is part of the expulsion)
                # (or "declared the ambassador persona non grata and gave him 24 hours to leave")
                # (or "expelled the Syrian diplomats, giving them 72 hours to leave the
                # country": a participle hung on the expulsion tells the same act)
                first = word.head
                expelled = word.dep_ in ("conj", "advcl") and (
                    first.lemma_.lower() in _EXPELLING
                    or (
                        first.lemma_.lower() == "declare"
                        and any(t.lower_ == "grata" for t in first.subtree)
                    )
                )
                if expelled or any(envoys(c) for c in _given_to(word)):
                    code = lookup(CUT_RELATIONS)
                elif _leaving_the_land(word):
                    code = lookup(DEPORT)  # "gave Qatari citizens two weeks to leave the country"
            if code.code == DETAIN and src[0].sector[:3] in _ABDUCTORS:
                code = lookup(ABDUCT)  # "Taliban fighters captured two police officers"
            if code.code == PESSIMISM and tgt is not None and _worried_by_conduct(word, tgt[2]):
                code = lookup(CRITICISE)  # "voiced concern about Russia's destabilising acts"
            if code.code == FIGHT and word.lemma_.lower() == "clash" and _officials(src, tgt):
                code = lookup(DISAPPROVE)  # "Macron and Trump clashed over tariffs": words
            friendly = code.root in COOPERATION_ROOTS
            if _guessed_office(src, code.root) and self._same_side(src, tgt, day, actors):
                # "Senators demanded tougher sanctions on Iran", "the president threatened to
                # cut off aid to Pakistan": a state's own office is not hostile to the state
                # as a whole, so the guess that it serves the story's one country is wrong
                # (not rebels or a part of it: "Pro-Russian separatists shelled Mariupol" are
                # Ukraine's own)
                again = self._named_again(tgt, day, actors)
                if not again[0].sector:
                    src, tgt = (OPEN, OPEN_CONFIDENCE, src[2]), again
            if tgt is not None and friendly and self._region(tgt, actors, day):
                # "recognised Crimea as a sovereign state" is no favour to Ukraine: a region
                # stands for its country only when it is acted against
                tgt = (OPEN, OPEN_CONFIDENCE, tgt[2])
            if (
                tgt is not None
                and src[0].code
                and src[0].code == tgt[0].code
                and (src[0].name == tgt[0].name or tgt[2].ent_type_ != "PERSON")
                and not rival_groups(src, tgt)
                and code.code not in OWN_GROUND  # "Iraq imposed a curfew in Baghdad"
            ):
                continue  # an actor with itself; two people of one government may meet
            if code.root in (DEMONSTRATE[:2], COMPLAIN[:2]) and _protest_purpose(word):
                continue  # "summoned the ambassador to protest": the summons is the protest
            if code.root == _MASS_ROOT and _one_person_driven_out(word):
                continue  # "forcing Sheikh Jaber to flee to Saudi Arabia": no mass expulsion
            if code.code in _VISITS and tgt is not None and _at_own_post(src, tgt, day, actors):
                # "The American Ambassador to Japan on Thursday visited Soma city in
                # Fukushima prefecture": an envoy going about the country he serves in pays
                # it no visit
                continue
            if tgt is None and word.dep_ == "acl" and word.tag_ == "VBN":
                # "restored ties under a deal brokered by China", "met for talks hosted by
                # Michel": a participle describing a thing, done to no one named, is its
                # background, not an event of its own
                continue
            tokens = [word, src[2]] + ([tgt[2]] if tgt is not None else [])
            first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
            target = tgt[0] if tgt is not None else OPEN
            text = document.text
            # "Pashinyan said his government was ready …": the speaker's own side, named
            # by who said it
            voice = self._voice(src, day, actors) or mention(src[2])
            source_span = with_described(
                voice,
                word,
                with_list(voice, phrase_span(voice, nominal is not None and src[2].i == word.i)),
            )
            target_span = (
                target_span_of(
                    named_first(mention(tgt[2]), tgt[0], actors), bool(tgt[0].code), word, actors
                )
                if tgt is not None
                else (None, None)
            )
            evidence = Evidence(
                src[1],
                tgt[1] if tgt is not None else None,
                pat.specificity,
                # (an act told beside the main one, "…, after Tehran executed him", is taken
                # for granted there, not asserted: a reader takes the main act first)
                mood == "asserted" and written == "asserted" and not aside and not inferred,
                news_case(document.text[sent.start_char : sent.end_char]),
            )
            yield Event(
                doc_id=document.id,
                sentence_id=sentence_id,
                sentence=document.text[sent.start_char : sent.end_char].rstrip(),
                start=first.idx,
                end=last.idx + len(last.text),
                date=day,
                date_source=date_source,
                source=src[0].code,
                source_country=src[0].country,
                source_sector=src[0].sector,
                source_name=src[0].name or text[slice(*source_span)],
                target=target.code,
                target_country=target.country,
                target_sector=target.sector,
                target_name=target.name or (text[slice(*target_span)] if tgt else ""),
                cameo=code.code,
                cameo_root=code.root,
                plover=plover_type(code, word),
                quad_class=code.quad_class,
                goldstein=code.goldstein,
                modality=mood,
                confidence=event_confidence(evidence),
                url=document.url,
                coder_version=CODER_VERSION,
                date_precision=date_precision(date_source),
                source_start=source_span[0],
                source_end=source_span[1],
                target_start=target_span[0],
                target_end=target_span[1],
            )

    def _readings(
        self,
        triple: Triple,
        sent: Span,
        document: Document,
        actors: DocActors,
        mood: str,
        day: dt.date,
        date_source: str,
        pairs: list,
        anchor: dt.date | None = None,
    ) -> Iterator[tuple]:
        """(code, modality, date, date source, source, target) for each pair: the event as
        written, and what announcing or quoting it asserts. An announced action is an intent
        (03x/13x) today only when its own side announces it (not a media rumour or an
        analyst's forecast); an announced refusal is a rejection (12x); an act of conflict
        quoted from the other side ("Trump wrote that Crimea was taken by Russia") is that
        speaker's accusation (112) on the day they said it, and the act itself is reported."""
        word, pat = triple.word, triple.pattern
        event = lookup(pat.code)
        verb = speech_verb(word)
        said_by = speaker_of(word, verb)
        # ("India and Pakistan said they would resume talks": each speaks for itself)
        sayers = (
            resolve_heads([said_by, *said_by.conjuncts], day, actors) if said_by is not None else []
        )
        # what announcing it asserts is dated when it was said
        # ("The next day Pyongyang declared that it is ready to talk": from the story's day)
        # (with no one quoted, the verb that puts the act forward: "On Saturday Erdogan
        # proposed to meet Putin" offers the meeting on Saturday)
        carrier = verb if verb is not None else _putting_forward(word)
        stated = (
            self._date(carrier, sent, document.date, False, past=True, anchor=anchor)
            if carrier is not None
            else (document.date, "publication")
        )
        # a pledge, refusal or charge said in the past with no day of its own is made on the
        # story's day ("Tehran said it will not accept the decision", "After the talks the
        # two ministers said that their countries will set up a working group")
        if (
            stated[1] == "publication"
            and anchor is not None
            and carrier is not None
            and told_in_past(carrier)
        ):
            stated = (anchor, "story")
        # "Ankara later did not allow the deputies to visit the base": with no one saying it,
        # a refusal told as a past act was made when the act was withheld, on its day
        if carrier is None and mood == "negated" and told_in_past(word):
            stated = (day, date_source)
        rumour = hearsay(sent, word)  # "according to Indian newspapers, New Delhi plans to …"
        if rumour and _own_saying_passed_on(verb, said_by):
            rumour = False
        # "According to the Kremlin, the two presidents agreed to coordinate …": what two
        # sides agreed, told as one of them has it, is that side's account (the wire's
        # attribution "…, Seoul's foreign ministry said" tells the agreement as a fact)
        if mood == "asserted" and event.root == "03" and said_by is not None and verb is None:
            mood = self._one_side_tells(said_by, pairs, day, actors) or mood
        # "the grant, funded by Japan, will help farmers in Laos": aid already given is what
        # will help, no one announces an intent
        doer = child_of(word, "nsubj") if pat.code[:2] == "07" else None
        help_given = doer is not None and aid_given(doer)
        for src, tgt in pairs:
            speaker = next(
                (s for s in sayers if s[0].country == src[0].country),
                sayers[0] if sayers else None,
            )
            # Announced by its own side, or by an unnamed official; not by the other side,
            # the media or an analyst.
            # ("Indian media report that the government will …": the press of a country
            # does not announce for its government)
            # ("the Japanese agency Kyodo reported that Abe is ready to sign": a news
            # agency of the country passes on hearsay, as its media do)
            own = (
                not rumour
                and not _press(speaker)
                and (
                    said_by is None
                    or (
                        not _passes_on_hearsay(said_by)
                        and (
                            speaker[0].country == src[0].country
                            # ("…, officials said": an unnamed speaker's country, only guessed
                            # from the sentence, is no sign of the other side speaking)
                            if _placed(speaker, said_by)
                            else not (verb is not None and verb.lemma_.lower() in HEARSAY_VERBS)
                        )
                    )
                )
                and not _plan_laid_at_door(word, said_by, speaker, src)
            )
            # "will withdraw", and "is willing to withdraw if …": an offer made on a condition
            ahead = mood == "future" or (
                mood == "hypothetical"
                and (
                    offered(word)
                    or conditioned(word)
                    or warned_own(word)
                    or legislated(word)
                    or (proposed_own(word) and pat.code[:2] in _OFFERED_ROOTS)
                )
            )
            # (an act a deal provides for is the deal's term, no one's threat or pledge: "signed
            # a memorandum under which Russian police will patrol the border")
            # (nor is an author's forecast of what a side will do its intent: "according to
            # the author, Addis Ababa will delay the withdrawal")
            derived = (
                (
                    intent_code(pat.code)
                    or obstruction_vowed(word, pat.code)
                    or (pat.code if reprisal_vowed(word) else None)
                )
                if ahead
                and own
                and not help_given
                and not term_of_deal(word)
                and not forecast(word)
                and not plotted(word)
                and not restricted(word)
                and not (tgt is not None and fought_out_together(word, pat.code, src[2], tgt[2]))
                else None
            )
            if derived is not None and _force_offered(word, pat.code):
                derived = _MILITARY_AID_OFFERED
            # "will not return Crimea", "failed to reach agreement": a refusal made then;
            # "did not give permission for the rally": a concession withheld is refused
            if (
                mood == "negated"
                # "Lavrov said Russian-U.S. consultations would not take place": a refusal
                # announced is Russia's, not the United States'
                # (with no one quoted, a side refuses only as the subject: "No talks
                # between India and Pakistan will take place" is the writer's word)
                and (
                    (announced(word) and own and (said_by is not None or _acting(src[2])))
                    or (unready(word) and own)  # "is not willing to negotiate with Kyiv"
                    or (decided_against(word) and own)  # "decided not to attend the summit"
                    or failed(word)
                    or _withheld(word, pat)
                )
                and not forecast(word)
                # "the Kremlin denied reports that Putin would meet Trump": a claim denied
                and not gainsaid(word)
                and not in_condition(word)
                # "a blockade of the Qatari coast would not work": a thing that fails to
                # work refuses nothing; a refusal is made by the subject itself
                and _subject_named(src[2])
            ):
                derived = refusal_code(pat.code)
            # "did not rule out military action against Venezuela": a threat
            derived = kept_open(word, mood, self.patterns) or derived
            if possibility_left_open(word):
                # "did not rule out that the president will sign it": only a possibility,
                # nothing refused; only a hostile act of one's own so kept open is told
                kept = kept_open(word, mood, self.patterns)
                if kept is not None:
                    yield lookup(kept), "asserted", *stated, src, tgt
                continue
            quoted = (
                # "said X was planning attacks"; "claimed that X had attacked its police" (a
                # side's claim, which only reports the attack, still charges the doer)
                (mood in ("asserted", "future") or (mood == "reported" and _claimed(verb)))
                and speaker is not None
                and src[0].country
                # "said that Iran … announced sanctions on Tehran" (a misread subject): an
                # act of a country against itself is no one's accusation
                and not self._same_side(src, tgt, day, actors)
                and speaker[0].country != src[0].country
                and not unnamed_blow(src[2])
                and (event.root in CONFLICT_ROOTS or event.code in VIOLATIONS or _complicity(word))
                # ("Qatar said it was ready for talks after Saudi Arabia severed ties with
                # it": a public cut in relations told as the time of what is said is no claim)
                and not (event.root not in CHARGED_ROOTS and past_fact_clause(clause_of(word)))
                # "X said", or "according to X" when X is a party, not the media or a source
                and (
                    verb.lemma_.lower() in CLAIMS
                    if verb is not None
                    else not rumour and said_by.dep_ == "pobj" and not _anonymous(said_by)
                )
                and speaks_for_a_party(said_by)
                and not _unnamed_teller(said_by, actors)
            )
            if quoted:
                # "Azerbaijani forces shelled Armenian positions, Yerevan said": the wire's
                # attribution after the act tells the act (a CAMEO coder codes it) besides the
                # teller's charge; "Trump wrote that Crimea was taken by Russia" only claims it,
                # and so do a teller's own words in quotation marks ('"Russia violates the
                # treaty," Pompeo said')
                told = verb is not None and verb.i > word.i and not in_quotation(word)
                # (an act the other side confirms is borne out, not only claimed)
                told = told or _confirmed(verb)
                yield event, mood if told else "reported", day, date_source, src, tgt
                if (
                    not (word.pos_ == "NOUN" and word.dep_ == "pobj")
                    and not _confirmed(verb)
                    and (
                        event.root in CHARGED_ROOTS
                        or event.code in VIOLATIONS
                        # "Beijing said Australia had poisoned the relationship": relations
                        # harmed, told by the other side, are laid at the doer's door
                        or _harmed_relations(word)
                        # "Katz said that Poles cooperated with the Nazis": complicity
                        or _complicity(word)
                    )
                ):
                    # ("said Baghdad would abide by the US sanctions on Tehran": an act named
                    # under another act of the clause is its setting, not what is claimed)
                    yield lookup("112"), "asserted", *stated, speaker, src
                continue
            if (
                mood == "asserted"
                and _unplaced_claim(word, verb, said_by, sayers, event)
                and not _speaks_for_doer(said_by, src, actors)
            ):
                mood = "reported"
            if derived == pat.code:
                # a punishment vowed ahead is the threat, made the day it is said (the
                # sentence's day when no verb of saying carries one: "On Monday, Wang … pointed
                # out that Beijing will make him pay")
                told = (
                    (day, date_source)
                    if stated[1] == "publication" and day <= document.date
                    else stated
                )
                yield event, "asserted", *told, src, tgt
                continue
            yield event, mood, day, date_source, src, tgt
            if derived is not None:
                # ("Some media write that Maduro will not reopen the border": a refusal or
                # pledge the press passes on is its report, not the side's announcement)
                passed_on = rumour or (said_by is not None and _passes_on_hearsay(said_by))
                yield lookup(derived), "reported" if passed_on else "asserted", *stated, src, tgt

    def _one_side_tells(
        self, said_by: Token, pairs: list, day: dt.date, actors: DocActors
    ) -> str | None:
        """ "reported" when ``pairs`` hold two sides each doing it with the other (an
        agreement of both) and the one it is told after ("according to the Kremlin",
        "according to the statement of the Indian side") speaks for one of them only, not for
        both ("according to Moscow and Ankara"); else None."""
        sides = {(a[0].country, b[0].country) for a, b in pairs if b is not None}
        mutual = {a for a, b in sides if a and (b, a) in sides}
        tellers = {
            found[0][0].country
            for tok in with_conjuncts(said_by)
            if (found := resolve_heads([tok], day, actors)) and found[0][1] > _GUESSED
        }
        return "reported" if len(mutual) == 2 and len(tellers & mutual) == 1 else None

    def _dates_the_act(self, tok: Token, word: Token) -> bool:
        """The date ``tok`` modifies an event noun that names the act ``word`` tells: "the
        Feb. 14 bombing killed 40 police officers", "the Feb. 14 bombing that killed …"."""
        thing = tok.head
        return (
            thing.pos_ == "NOUN"
            and thing.lemma_.lower() in self.patterns.nouns
            and (
                thing.i == word.i
                or (thing.dep_ in ("nsubj", "nsubjpass") and thing.head.i == word.i)
                or (word.dep_ == "relcl" and word.head.i == thing.i)
            )
        )

    def _date(
        self,
        word: Token,
        sent: Span,
        published: dt.date,
        future: bool,
        past: bool = False,
        anchor: dt.date | None = None,
        counted_from: tuple[dt.date, str] | None = None,
    ) -> tuple[dt.date, str]:
        """The event date: a date phrase of the event's own clause, else of a clause governing
        it ("said on Tuesday that …"), else of a clause below it ("accused Ukraine of shelling
        Donetsk on Tuesday"), nearest first; else the publication date. A future date below
        a past event is the embedded action's ("rejected an invitation to meet next week")."""
        phrases = [ent for ent in sent.ents if ent.label_ == "DATE"]
        if (own_day := _noun_s_own_date(word, phrases, published)) is not None:
            return own_day
        # (an event noun's clause: "three days after Trump told Erdogan in a phone call")
        clause = clause_of(word)
        gap = clause_gap(clause)
        if gap is not None:  # "…, two days after Russian missiles hit Odesa": before that day
            day, source = self._date(
                clause.head, sent, published, future, past, anchor, counted_from
            )
            if source != "publication" and day + gap <= published:
                return day + gap, source
        if not phrases:
            return published, "publication"
        if _drawn_by_act(clause) and not any(p.root.i in _subtree_ids(clause) for p in phrases):
            # "Pakistan carried out nuclear tests on Thursday in response to India's tests
            # earlier this month, drawing condemnation from Washington": what the act drew
            # came when the act was done, not on a day told of the thing it answered
            return self._date(clause.head, sent, published, future, past, anchor, counted_from)
        own = clause_of(word)
        governing = {t.i for t in own.ancestors}
        below = {t.i for t in word.subtree}
        ranked = []
        for phrase in phrases:
            clause = clause_of(phrase.root)
            if _dated(clause) and _names_the_act(clause, word):
                # "in a letter dated 23 July … asked", "the visit, which lasted from 25 to
                # 27 October": the act's own day
                clause = clause_of(clause.head)
            elif _a_state(clause, phrase.root):
                # "rescued 20 women held by Boko Haram in a raid on Tuesday": the act's day
                clause = clause_of(clause.head)
            if present_conjunct(own, clause):
                continue  # "declared independence in 2008, but Belgrade does not recognise it"
            if present_contrast(own, clause):
                continue  # "said in August …, while Puna has demanded that …"
            rank = 0 if clause == own else 1 if clause.i in governing else 2
            if rank == 2 and phrase.start <= sent.start + 1:
                rank = 1  # "The next day X shot down …; Baku apologised": the whole sentence
            if rank == 0 and before_subject(phrase.root, own):
                rank = 1  # "said on Saturday they had shot down …": when it was said
            # "…, an official said on Saturday": when something was said is in the past
            said = clause.lemma_.lower() in SPEECH and clause.i != word.i
            attributive = _attributive(phrase.root) and not self._dates_the_act(phrase.root, word)
            if (
                attributive
                or _deadline(phrase.root)
                or _span_start(phrase.root)
                or _span_end(phrase)
            ):
                continue
            if not future and _due_by(phrase.root):
                continue  # "agreed to ship the uranium by March": the agreeing is not due
            if not future and _measure_start(phrase.root):
                continue  # "decided to close the crossings from Friday": decided before
            if _set_for(phrase.root, word):
                continue  # "called an emergency meeting for Tuesday": called today
            if not future and _intended_for(phrase.root) and _before(phrase, anchor, published):
                continue  # "(on 17 August) agreed to convene the commission in September"
            if rank == 1 and not future and _told_ahead(clause):
                # "South Korea will resume broadcasts on Friday …, an official said, as the
                # United States called for sanctions": the day of a thing to come above a past
                # act is not when that act was done
                continue
            if rank == 2 and doers_journey(clause, word):
                rank = 1  # "X, who on Thursday went to Jeddah, was received by the King"
            if rank == 2 and (
                phrase.root.i not in below
                or _of_a_thing(phrase.root, word)
                or (
                    not future
                    and looks_future(phrase.text)
                    and not shifted_in_the_past(phrase, clause)
                )
                # "said it would hold drills with Seoul on Sunday", "warned that it would cut
                # off gas unless the debt was paid by June": the day of a thing to come under
                # a past saying or warning is not when it was said
                or ((past or _past_act(word)) and _to_come_below(clause, word))
                or own_dated_clause(clause, word)
                # (a bare year spans the charge too: "first accused Moscow of breaching it
                # in 2014")
                or (in_charged_act(clause, word) and not phrase.text.isdigit())
                # "froze its part in the bloc, because the bloc in 2021 did not help it"
                or reason_for_act(clause, word)
                or told_beside_act(clause, word)
                # "detained a farmer and the next day released him": the release's day
                or later_conjunct_day(clause, phrase.root, word)
            ):
                continue
            # a date of a governing or speech clause is when it was said, not when it
            # will happen
            # (not a clause of a thing to come: "is due to travel to Damascus on Tuesday to
            # meet Assad" meets him that Tuesday)
            statement = (rank == 1 and not _to_be_done(clause)) or said
            # a bare year most often names the thing an act is about ("accused Athens of the
            # massacre at Chios in 1822"): after any day the act itself is told on
            if phrase.text.isdigit():
                rank += 2
            # "summoned the envoy on 20 January for the second time in this month": the
            # month a count of times runs over, after any day the act is told on
            if counts_occasions(phrase):
                rank += 2
            ranked.append((rank, abs(phrase.root.i - word.i), statement, phrase))
        ranked.sort(key=lambda r: r[:2])
        if ranked and ranked[0][0] == 0 and _recent_days(ranked[0][3]):
            # "Zelensky had in April warned …, and Kyiv has in the past days asked Berlin":
            # the days before the writing, not the other clause's month
            return published, "publication"
        for _, _, statement, phrase in ranked:
            shift = shift_of(relative_phrase(phrase))
            if shift is not None:  # "a day earlier": from the sentence's other date, else
                # from the day the text named last
                others = ((p, resolve_date(p.text, published, False)) for *_, p in ranked)
                other, base = next(((p, d[0]) for p, d in others if d is not None), (None, None))
                if other is None:
                    # "After the earthquake which struck on the 6th of February, Cairo sent
                    # aid the following day": the sentence's other day, though it dates a
                    # thing, is what the day after counts from; else the story's last day
                    base = _named_day(phrases, phrase, published) or anchor
                elif flashback := paragraph_flashback(sent.doc.text[: other.start_char], published):
                    # "… on 5 September 2017. ¶ After Poroshenko on 25 September signed the
                    # law, Szijjártó the next day announced": from 25 September 2017
                    base = of_the_flashback_year(other.text, base, flashback, published) or base
                if other is not None and told_beside(phrase, other):
                    # "three days later, on 4 August" / "the next day, 30 December": the day
                    # named beside the shift is the shifted day itself, not its base, in the
                    # year of the story's day it is counted from
                    story = _named_day(phrases, phrase, published) or anchor
                    if story is not None:
                        restated = of_the_story_year(other.text, story + shift, published)
                        base = restated[0] if restated is not None else base
                    shift = dt.timedelta(0)
                if base is not None and base + shift <= published:
                    return base + shift, "text"
                continue
            months = period_shift(relative_phrase(phrase))
            if months is not None:
                # "Clinton visited Vietnam in 2000 and Bush visited the country six years
                # later": from the sentence's other date before it, else from the day the
                # story told last, never from the day of writing
                if any(told_beside(phrase, p) for p in phrases if p is not phrase):
                    continue  # "two years later, on 5 May": the day named beside it
                base = (
                    _period_base(phrases, phrase, published)
                    or counted_from
                    or ((anchor, "text") if anchor is not None else None)
                )
                counted = counted_period(base[0], months, base[1]) if base else None
                if counted is not None and counted[0] <= published:
                    return counted
                continue
            twin = _weekday_dated(phrase, phrases, published)
            if twin is not None:  # "On Friday, 13 May, … after the Friday prayer …"
                return twin
            ahead = (
                ((future and not statement) or looks_future(phrase.text))
                and not past
                and not _told_in_the_past(phrase, word)
            )
            # "during the weekend" after a story's Friday: the Saturday that follows
            saturday = weekend_day(phrase.text, anchor or published, published, ahead)
            if saturday is not None:
                return saturday, "text"
            # "That Thursday, he met Xi": of the week the story told last
            counted = story_weekday(
                weekday_phrase(phrase), _named_day(phrases, phrase, published) or anchor, published
            )
            if counted is not None:
                return counted, "text"
            told_after = (
                None
                if ahead
                else narrative_weekday(
                    phrase.text,
                    anchor,
                    published,
                    chronicle(sent.doc.text),
                    sent.doc.text[: sent.start_char],
                )
            )
            if told_after is not None:  # "On Monday, 8 October … On Thursday …": 11 October
                return told_after, "text"
            before = sent.doc[max(phrase.start - 3, sent.start) : phrase.start].text
            text = span_start(before, phrase.text)
            # "on 25 May announced that the meeting on 16 June will take place": a day ahead
            # of when it was said, not of the publication
            said_on = _said_day(ranked, phrase, published) if ahead else None
            # "On 22 June of the same year": of the year the story told last
            after = sent.doc[phrase.end : min(phrase.end + 5, sent.end)].text
            of_year = same_year_base(
                text, after, _named_day(phrases, phrase, published) or anchor, published
            )
            if of_year is not None:
                text, said_on = of_year
            text += month_words_after(after)  # "on the 4th | of last month"
            resolved = resolve_date(text, said_on or published, ahead)
            if resolved is not None and ahead and _backshifted(word):
                resolved = _nearer(
                    resolved, resolve_date(text, said_on or published, False), published
                )
            flashback = (
                paragraph_flashback(sent.doc.text[: phrase.start_char], published)
                if resolved is not None and not ahead
                else None
            )
            if flashback is not None:
                # "On 26 January 2018 the Sejm passed the law. … On 28 January the Israeli
                # ministry summoned …": the paragraph's days are of the flashback's year
                again = of_the_flashback_year(text, resolved[0], flashback, published)
                if again is not None:
                    resolved = again, resolved[1]
            if resolved is not None and not ahead and restates_story_span(phrase, phrases):
                # "One month before, on 23 January": a day of the story's year
                story = _named_day(phrases, phrase, published) or anchor
                if story is not None:
                    resolved = of_the_story_year(text, story, published) or resolved
            if resolved is not None and not ahead and not past:
                # "Putin-Trump summit on 20 February" in a story of 16 February: the coming
                # 20 February, not last year's
                resolved = _coming(word, text, resolved[0], published) or resolved
            gap = noun_gap(phrase.root)
            if (
                resolved is not None
                and resolved[1] == "text"
                and gap is not None
                and (ahead or resolved[0] + gap <= published)
            ):
                # "imposed sanctions the day before the summit on 25 June": 24 June (a past
                # act counted on past the story's day is on the day named)
                resolved = resolved[0] + gap, "text"
            if resolved is not None:
                return resolved
        return published, "publication"
