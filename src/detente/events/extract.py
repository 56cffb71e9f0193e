"""Find event triples (source, event word, target) in one parsed sentence.

Verb events use the dependency parse: the subject (or the ``by``-agent of a passive) is the
source; the target is the direct object, the object of the pattern's preposition (on the verb,
its object noun or its complement verb), or the subject of a clausal complement ("demanded that
Russia return"); see ``targets``. Nominal events are found by ``nominal``, events that
reported words are by ``speech_acts``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolve import PERSON_ROLES, surname_mentioned_before
from detente.events.grammar import (
    DECISION_HEADS,
    FEELINGS,
    HELD_VIEWS,
    TO,
    WITH,
    adjective_participle,
    child_of,
    counted,
    names_someone,
    prep_objects,
    reduced_passive,
    subject_of,
    with_conjuncts,
)
from detente.events.modality import (
    AUDIENCES,
    FORECASTERS,
    INTENT_HEADS,
    SPEECH,
    TELLING,
    article_subject,
    foretold_condition,
    semicolon_apart,
    told_audience,
)
from detente.events.naming import (
    calls_a_thing,
    gapped_named,
    judgement_set_first,
    labels_the_act,
    named_object,
    naming_pattern,
)
from detente.events.nominal import (
    ANNOUNCING,
    SENDING_WORDS,
    SUPPORT_VERBS,
    WORDS_SENT,
    modified_noun,
)
from detente.events.patterns import REQUIRED, Pattern, PatternBook
from detente.events.phrases import (
    ANSWERING,
    CONTEST_SCORE,
    FROM,
    LISTS,
    MEASURES,
    MONEY_SHORT,
    OF,
    PARTICLE_PREPS,
    PLACE_ENTITIES,
    TRANSFER_VERBS,
    answered_act,
    asked_for,
    depicted,
    figurative_blow,
    figurative_fight,
    game_line,
    has_prep,
    hostile_broadcast,
    is_time,
    modifiers_of,
    news_line,
    objects_of,
    phone_call,
    placed_in,
)
from detente.events.readings import (
    APPEAL,
    CALLING_ON,
    JUDICIAL,
    TROOPS,
    answer_given,
    armed_strike,
    assault_told,
    back_in_office,
    by_accident,
    by_appeal,
    by_arrivals,
    by_blame,
    by_captors,
    by_claimed_ground,
    by_complement,
    by_display,
    by_failed_talks,
    by_fire_on_crowds,
    by_instrument,
    by_leaving,
    by_menace,
    by_mission_closed,
    by_mission_permit,
    by_others_rally_stopped,
    by_own_departure_held,
    by_own_words_regretted,
    by_pressure,
    by_protesters,
    by_refuge,
    by_regret_in_a_call,
    by_regretted_choice,
    by_suit_demanded,
    by_talks_blocked,
    by_thing_sent_at,
    by_trip,
    by_ultimatum,
    call_made_for,
    carries_aid,
    cooperation_asked,
    cooperation_kind,
    courtesy_call,
    death_by_abuse,
    drilled_together,
    entered_by_consent,
    forces_put_out,
    foretells_harm_of_a_thing,
    foretells_no_winner,
    foretells_suffering,
    gets_aid,
    giver_of,
    guest_of,
    hyphen_giver,
    invited_to_desist,
    is_armed,
    is_question,
    joint_doers,
    joint_partner,
    left_place,
    let_out_not_freed,
    looked_on,
    offer_of,
    offered_act,
    paid_as_penalty,
    plea_in_court,
    pressed_by,
    rally_of_welcome,
    releaser,
    statehood_declared,
    took_cover,
    troops_leaving,
)
from detente.events.speech_acts import by_agents, obligation_triples, to_blame
from detente.events.targets import (
    COOPERATION_ROOTS,
    ENVOYS,
    FALLBACK_PREPS,
    FORCE_ROOTS,
    MEASURE_ROOTS,
    NOT_FOES,
    VIOLENCE,
    asked_at,
    ill_taken_up,
    joined_against,
    places_of,
    purposes_of,
    verb_targets,
)
from detente.events.triple import Triple
from detente.nlp.pipeline import PROJECTILES

# Currencies: a pattern that names money by "dollar" takes any of them ("gave two billion
# riyals to Egypt", "contributed a million rupees to Nepal", "5 million Swiss francs").
CURRENCIES = {
    "dollar", "euro", "yen", "pound", "sterling", "rupee", "yuan", "renminbi", "ruble",
    "rouble", "riyal", "rial", "dirham", "dinar", "franc", "krone", "kroner", "krona", "kronor",
    "lira", "peso", "ringgit", "baht", "rupiah", "shekel", "naira", "rand", "shilling", "zloty",
    "forint", "hryvnia", "taka", "kwacha", "cedi", "birr", "tenge", "manat", "lari", "som",
    "leu", "lev", "kuna", "denar", "dram", "ducat", "florin", "rs", "crore", "lakh",
}  # fmt: skip


_AFFAIRES = frozenset({"d'affaires", "d'affaire", "d’affaires", "affaires"})
# Military aircraft named by their designation, which stands for "aircraft": "downed a
# Pakistani F-16", "intercepted two Su-27s", "shot down a U.S. RQ-4 drone" (US, Soviet and
# Chinese designation prefixes; not "G-20" or "K-9").
_AIRCRAFT_DESIGNATION = re.compile(
    r"(?:F|B|C|E|J|KC|EA|FA|AH|UH|CH|MH|MQ|RQ|P|U|MiG|Su|Tu|Il|An|Yak|Mi|Ka)-\d{1,3}[A-Za-z]*s?"
)


_APPEAL_ROOT = "02"


_REFUGEE = "refugee"
_FLEEING = {"flee", "escape"}


# Verbs that give their object a role with "as", the role being what the verb says of it:
# "prosecutors named President Park as a suspect", "police identified the man as the
# gunman" (the role read as the predicate noun "called Putin a killer" has).
_NAMING_AS = {"name", "identify", "single"}


def named_as(verb: Token) -> list[Token]:
    """The role nouns an "as" phrase gives the verb's object ("named her as a suspect":
    suspect), from the verb or from its particle ("singled out Iran as the culprit")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return [o for head in heads for o in prep_objects(head, _AS_ROLE) if o.pos_ == "NOUN"]


_AS_ROLE = frozenset({"as"})


def fleeing(noun: Token) -> bool:
    """``noun`` names people by what they flee ("people fleeing Ukraine", "families escaping
    the fighting in Darfur", "those who fled the war"): refugees, whatever the noun."""
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBG" and noun.head.lemma_.lower() in _FLEEING:
        return True  # (the participle read as a clause with the people as its subject)
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _FLEEING for c in noun.children)


def _object_matches(noun: Token, wanted: frozenset[str]) -> bool:
    """``noun`` is one of the ``wanted`` lemmas, alone or with a modifier ("chemical weapon");
    any currency counts where dollars do; a plural the lemmatizer missed counts as its
    singular."""
    lemma = noun.lemma_.lower()
    if _REFUGEE in wanted and fleeing(noun):
        return True  # "welcomed more than 100,000 people fleeing Ukraine": refugees
    as_written = lemma  # (kept: "refugee status" is no plural of "statu")
    if (
        lemma.endswith("s")
        and lemma == noun.lower_
        and lemma not in wanted
        and lemma not in CURRENCIES
    ):
        lemma = lemma[:-1]  # a plural the lemmatizer left alone ("a million euros")
    if lemma in _AFFAIRES:
        lemma = "charge"  # "summoned the Iranian charge d'affaires", tokenized on its tail
    if names_a_halt(noun):
        return False  # "began with the stop of the oil supplies": a halt, no stopover
    inner = counted(noun)
    degree_of = next(iter(prep_objects(noun, OF)), None) if lemma in _DEGREES else None
    if degree_of is not None:
        # "lowered the level of diplomatic relations": the relations are lowered, not a
        # level (of alert); "raised the alert level of its troops": the alert
        return _object_matches(degree_of, wanted) or bool(modifiers_of(noun) & wanted)
    if inner is noun and lemma in MEASURES and lemma not in wanted:
        inner = next(iter(prep_objects(noun, OF)), noun)  # "100,000 tonnes of fuel": fuel
    if inner is not noun:  # "millions of refugees" are refugees, "billions of dollars" money
        return _object_matches(inner, wanted)
    deputised = _deputised(noun) if lemma in _DEPUTIES else None
    if deputised is not None and _object_matches(deputised, wanted):
        return True  # "summoned the Danish envoy's deputy": an envoy's deputy stands in for one
    if lemma in _VEHICLES and any(_object_matches(c, wanted) for c in _vehicle_contents(noun)):
        return True  # "approved a $15.6 billion loan programme for Ukraine": a loan
    planned = _planned(noun) if lemma in _PLANS else None
    if planned is not None and _object_matches(planned, wanted):
        return True  # "suspended the plans of military action": the action is suspended
    if (lemma in CURRENCIES or noun.lower_ in CURRENCIES) and "dollar" in wanted:
        return True  # (the lemmatizer makes "Rs" "r")
    lemmas = {lemma, as_written, MONEY_SHORT.get(noun.lower_, lemma)}  # "$100 mln": million
    if noun.tag_ == "NNS" and noun.lower_.endswith("s"):
        lemmas.add(noun.lower_[:-1])  # a plural the lemmatizer cut wrong ("doses": "dos")
    if noun.tag_ == "VBN":
        lemmas.add(noun.lower_)  # "evacuated the wounded": a participle used as a noun
    if _AIRCRAFT_DESIGNATION.fullmatch(noun.text):
        lemmas.add("aircraft")
    if traded_person(noun) or handed_person(noun):
        lemmas.add("person")  # "swapped Brittney Griner for Viktor Bout": captives traded
    if noun.pos_ == "PROPN" and lemma not in HONOURS:
        # a person named with the title before the name is that title: "summoned Turkish
        # envoy Mehmet Samsar", "expelled military attache John Doe"; by surname alone, the
        # title of the first mention ("expelled Samsar")
        named = surname_mentioned_before(noun) or noun
        lemmas |= {c.lemma_.lower() for c in named.children if _title_of_name(c, named)}
    modifiers = set(modifiers_of(noun))
    if lemma in _LISTS:
        # a translation's "its list of sanctions" is a sanctions list
        modifiers |= {o.lemma_.lower() for o in prep_objects(noun, OF)}
    return bool(lemmas & wanted) or any(
        f"{m} {word}" in wanted for m in modifiers for word in lemmas
    )


# Nouns of one who stands in for a holder named by "'s" or "of": "the ambassador's deputy",
# "the second-in-command of the mission".
_DEPUTIES = frozenset({"deputy", "second-in-command", "stand-in"})


def _deputised(noun: Token) -> Token | None:
    """The holder whose deputy ``noun`` is: its possessor ("the Danish envoy's deputy"; not
    "his deputy") or its "of" object ("the deputy of the Danish envoy"); None if unnamed."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return owner if owner is not None else next(iter(prep_objects(noun, OF)), None)


# Nouns that a translation names by an "of" phrase where English puts a modifier first
# ("the list of sanctions", "the list of terrorism").
_LISTS = frozenset({"list"})


# Verbs of trading one thing for another, whose named people are captives traded.
_TRADING = frozenset({"swap", "exchange", "trade"})


def traded_person(noun: Token) -> bool:
    """``noun`` is a person named by name whom a verb of trading swaps "for" another ("Russia
    swapped the basketball star Brittney Griner for the arms dealer Viktor Bout"): a captive
    traded, whatever title the name has. Things traded ("swapped oil for food") are not."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and _named_person(noun)
        and verb.lemma_.lower() in _TRADING
        and any(_named_person(p) for p in prep_objects(verb, _FOR))
    )


_FOR = frozenset({"for"})
_TO = frozenset({"to"})


def handed_person(noun: Token) -> bool:
    """``noun`` is a person named by name whom a side hands over to another ("the
    Hungarian authorities handed over Safarov to the Azerbaijani side", "Pakistan handed
    over Abhinandan to India"): a captive given up, whatever title the name has. The side
    it goes to is named ("had not handed Ocalan over to anyone" gives up no one)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and _named_person(noun)
        and verb.lemma_.lower() == "hand"
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
        and any(names_someone(t) for o in prep_objects(verb, _TO) for t in o.subtree)
    )


def _named_person(noun: Token) -> bool:
    """``noun`` is a person's name, or a title with the name set beside it ("the arms dealer
    Viktor Bout", "the basketball star Brittney Griner")."""
    return noun.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children
    )


# Honours, whose names the tagger may take for a person's: the words before one name the
# honour, no title ("santos accepts the nobel peace prize in oslo" accepts no peace).
HONOURS = frozenset({"prize", "award", "medal", "trophy", "laureate", "honor", "honour"})


# Envoys' titles, which news capitalises before the name ("the Maldivian High Commissioner
# Ibrahim Shaheeb", "Ambassador John Doe") and which acts on envoys (summon, expel) look for.
_ENVOY_TITLES = ENVOYS | {"commissioner"}


def _title_of_name(tok: Token, name: Token) -> bool:
    """``tok`` is a common noun set before the proper name ``name`` as its title, or an
    envoy's title capitalised (a capitalised "President" stays part of the name: "the coup
    that toppled President Ali Bongo" names the coup's act, not an object of a pattern)."""
    if tok.dep_ != "compound" or tok.i > name.i:
        return False
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.lower_ in _ENVOY_TITLES)


# Nouns that stand for what their "of" or "for" phrase names when something is done to them:
# "shelved the plans for an offensive", "halted the preparations of the attack".
_PLANS = {"plan", "preparation", "schedule"}


def _planned(noun: Token) -> Token | None:
    """The noun of the "of" or "for" phrase of a plan noun ("the plans of military action")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            return child_of(prep, "pobj")
    return None


# Nouns of the frame a thing is given in, named by the thing set before them: "a loan
# programme", "an aid scheme", "a vaccine facility", "a credit arrangement".
_VEHICLES = {"programme", "program", "scheme", "facility", "arrangement", "window"}


def _vehicle_contents(noun: Token) -> list[Token]:
    """The nouns compounded on a frame noun ("a $15.6 billion loan programme": the loan)."""
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]


_LOOSE = {"free", "loose"}
_WITHDRAWING = {("withdraw", ""), ("pull", "out")}  # nothing withdrawn: a place is left
# Moving into a place is an incursion only when troops do it (news_recall.tsv).
_INCURSIONS = {(lemma, "190") for lemma in ("cross", "roll", "push", "pour", "march")}
# Setting out for a place ("left for Beijing", "set off for Kyiv") is a trip only when nothing
# is left behind by name: "troops began leaving Afghanistan for the withdrawal" leave ground.
_SETTING_OUT = {("leave", ""), ("set", "off"), ("set", "out")}


# Protest verbs that mean "show" or "lead" with a direct object.
_SHOWING = {"demonstrate", "march", "rally"}
# Verbs that make an agreement known: one "between" others is theirs, not the announcer's
# ("the White House announced a deal between Israel and the UAE").
_MAKING_PUBLIC = frozenset({"announce", "unveil"})


# Verbs that demand only when what follows is a bare (mandative) clause: "insisted that
# Damascus stop the flights", not "insisted that it was innocent".
MANDATIVE_HEADS = frozenset({"insist"})
_BINDING_AUX = frozenset({"should", "must"})


def mandative(clause: Token) -> bool:
    """``clause`` is a clause of what must be done: a bare verb with a subject ("that
    Damascus stop"), a present after a past verb ("insisted that the troops withdraw"), or
    "should"/"must" ("insisted that Moscow must pay")."""
    if clause.dep_ != "ccomp" or child_of(clause, "nsubj", "nsubjpass") is None:
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _BINDING_AUX:
        return True
    if auxes:
        return False
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.tag_ == "VBD")


def said_free(verb: Token, obj: Token | None) -> bool:
    """``verb``, "free" with nothing set free, is the adjective the tagger read as a verb:
    "Kosovars free to travel to the EU without visas", "a region free of nuclear weapons",
    "visa-free", "duty-free" (a headline's "Taliban free two hostages" names whom)."""
    if obj is not None or child_of(verb, "nsubjpass") is not None:
        return False
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].text == "-":
        return True  # "visa-free", "duty-free"
    if verb.i + 1 >= len(doc):
        return False
    after = doc[verb.i + 1]
    # "free of weapons": the adjective's "of"; "free to travel": its infinitive
    return (after.lower_ == "of" and after.head.i == verb.i) or (
        after.lower_ == "to" and after.dep_ == "aux" and after.head.head.i == verb.i
    )


def helped_acts(comps: list[Token]) -> list[Token]:
    """The acts a complement "help" with no one named to help stands before: "offered to help
    mediate between the government and the rebels" offers to mediate, "agreed to help broker a
    truce" to broker one ("pledged to help Kenya fight the militants" helps Kenya: left
    alone)."""
    return [
        act
        for comp in comps
        if comp.lemma_.lower() == "help" and child_of(comp, "dobj", "dative") is None
        for act in comp.children
        if act.dep_ == "xcomp" and act.pos_ == "VERB"
    ]


# What a blow to relations between sides is: a reduction of relations (CAMEO 160).
_RELATIONS_HARMED = "160"


def match_verb(
    verb: Token, book: PatternBook, extra_objects: tuple[Token, ...] = ()
) -> tuple[Pattern, Token | None, Token | None] | None:
    """Most specific pattern for ``verb`` with the complement verb and object noun it used.

    A pattern's ``obj`` is checked on the complement when the pattern has one ("agreed to lift
    sanctions"); particles may be parsed as adverbs ("stepped down"); the complement may be a
    predicate noun ("called Putin a killer"). Among equally specific patterns, one whose
    target preposition is present in the sentence wins ("voted against" over "voted for").
    """
    lemma = verb.lemma_.lower()
    # "told reporters that …", "told a news conference that …": said, as "say" reads it
    audience = told_audience(verb)
    patterns = book.verbs.get("say" if audience else lemma)
    if not patterns or is_question(verb):
        return None
    if (
        lemma in _SHOWING
        and child_of(verb, "dobj", "ccomp") is not None
        # "rallied outside parliament against the bill" (the place misread as an object)
        and not has_prep([verb], frozenset({"against"}))
    ):
        # "Moscow and Beijing demonstrate the rapprochement", "Cuba's refusal demonstrates
        # that it is not cooperating": show, not protest
        return None
    # (not a clause a semicolon cuts off, a headline the parser hung on its snippet's verb:
    # "erdogan meets king salman in riyadh ; the turkish leader pressed for safe zones")
    comps = [
        c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd") and not semicolon_apart(c)
    ]
    offered = offered_act(verb)  # "offered on Wednesday to mediate"
    comps += [offered] if offered is not None else []
    comps += helped_acts(comps)  # "offered to help mediate": to mediate
    if lemma in TELLING and not audience:
        # "told Erdogan that U.S. forces would step aside": what is told
        comps = [c for c in comps if child_of(c, "nsubj", "nsubjpass") is None]
    # "ordered nine ministers jailed": a participle on the object completes the verb
    obj = child_of(verb, "dobj")
    if obj is not None:
        comps += [c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
        # "held the Islamic State group responsible for the bombing", "declared the vote
        # invalid": a predicate adjective after the object, parsed as its modifier
        comps += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
        # (or as a clause of the verb: "held the rebels accountable for the massacre")
        comps += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > obj.i]
        if lemma in _NAMING_AS:
            comps += named_as(verb)
    if (lemma in _PERMITTING or lemma in _DIRECTING) and obj is not None:
        # "allowed Indian pilgrims to visit the shrine", "granted Britain to delay Brexit":
        # what is permitted parsed as a clause on the object or beside the verb
        comps += [
            c
            for c in (*obj.children, *verb.children)
            if c.dep_ in ("acl", "advcl")
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
    # translated verb-final text puts the object before the infinitive: "agreed also the
    # relations with Israel to normalise", "refused the troops to withdraw" (the infinitive
    # parsed as the object's clause, with no object of its own)
    if lemma in _OBJECT_FIRST_HEADS and obj is not None:
        comps += [
            c
            for c in obj.children
            if c.dep_ == "acl"
            and c.pos_ == "VERB"
            and c.i > obj.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and child_of(c, "dobj", "nsubj", "nsubjpass") is None
        ]
    # "barred a Croatian minister from entering the country": what is kept from being done
    comps += [p for p in prep_objects(verb, FROM) if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    comps += [j for c in comps for j in c.conjuncts if j not in comps]  # "to X and to return"
    # "found the former president not guilty": an acquittal, not the finding its adjective names
    comps = [c for c in comps if c.pos_ != "ADJ" or child_of(c, "neg") is None]
    if lemma in MANDATIVE_HEADS and not any(mandative(c) for c in comps):
        # "insisted that it had done nothing wrong" claims; "insisted that Damascus stop the
        # flights" demands ("insisted on the withdrawal" demands what it names)
        patterns = tuple(p for p in patterns if p.code[:2] != "10" or p.obj or p.comp)
    if lemma in _DIRECTING and told_to_act(verb, obj):
        # "the court ordered Nippon Steel & Sumitomo Metal to pay compensation": the object is
        # the one told what to do, not goods ordered ("ordered steel from Japan"); an object of
        # its own still reads ("ordered French troops to leave")
        patterns = tuple(p for p in patterns if p.comp or not p.obj or p.code[:2] != _GOODS_ROOT)
    if lemma == "free" and said_free(verb, obj):
        return None  # "citizens free to travel to the EU": no one is set free
    if obj is not None and figurative_blow(obj):
        # "a dispute that has poisoned relations", "the row hit ties": no one is struck, the
        # relations are what is harmed ("Beijing said Australia had poisoned the
        # relationship" still charges Australia with it)
        patterns = tuple(
            replace(p, code=_RELATIONS_HARMED) if p.code[:2] in FORCE_ROOTS else p for p in patterns
        )
    if lemma == "meet" and _meets_a_thing(verb, obj):
        patterns = tuple(p for p in patterns if p.code[:2] != "04")  # "meet the needs of"
    if _blames_a_cause(verb, obj) or _downplays_a_matter(verb, obj):
        patterns = tuple(p for p in patterns if p.code[:2] != "11")  # "blamed the civil war"
    # "plans to meet", "is expected to visit": the complement is the event, flagged future
    # by its modality (and coded as intent by CAMEO's convention), not a 03x pattern here;
    # "decided to lift": the complement is the event, done.
    # "expects Russia to return" has its own subject in the complement: a demand pattern.
    if (
        lemma in INTENT_HEADS | DECISION_HEADS
        and child_of(verb, "dobj") is None
        and not any(child_of(c, "nsubj") is not None for c in comps)
    ):
        patterns = tuple(p for p in patterns if not p.comp)
    # Particles, including one parsed as a preposition ("forced UNHCR out of the country").
    particles = {
        c.lower_
        for c in verb.children
        if c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS)
    }
    # "set free 11 prisoners", "were set free": the particle parsed as a complement, a
    # predicate or an adjective of the object
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in _LOOSE:
        particles.add(verb.doc[verb.i + 1].lower_)
    if lemma in _GOING_ON and particles & {"ahead", "on", "forward"}:
        return None  # "pressed ahead with preparations": carrying on, no one is pressed
    if any((lemma, prt) in _STARTING for prt in particles):
        patterns = tuple(p for p in patterns if p.obj)
    own_objects = objects_of(verb) + list(extra_objects)  # + the nouns of a verb-final clause
    # ("met at the request of the United States": the request is when the act is done, not
    # what it does, as in "met the request")
    own_objects = [o for o in own_objects if not asked_at(o)]
    # ("moved the statue of a Red Army soldier": no soldier moved)
    own_objects = [o for o in own_objects if not depicted(o)]
    if lemma in ANSWERING and not _answer_ahead(verb):
        # "responded to the new measures against Russia by …": the act answered is no
        # object of the answer ("responded with measures against Turkey" names its own);
        # an answer still ahead is a threat of one ("will respond to any measures against
        # it with a greater action")
        own_objects = [o for o in own_objects if not answered_act(o, verb)]
    if verb.lower_ in HELD_VIEWS or lemma in _APPEALING:
        # "Russia is committed to the deal": what the view is of; "called both sides to
        # restraint": what is asked, translated
        own_objects += prep_objects(verb, TO)
    if lemma in _ASSURING:
        # "assured France of the support of the Twenty-Seven": the "of" phrase is what the
        # side is assured of, the object the side (a support aimed "for" or "to" someone else
        # is its own event: "assures European allies of U.S. support for NATO")
        own_objects += list(prep_objects(verb, OF))
        own_objects = [o for o in own_objects if not list(prep_objects(o, _SUPPORT_FOR))]
    if lemma in _DELISTING:  # "removed Cuba from its terror list": the list says what is done
        off = list(prep_objects(verb, _OFF_LIST))
        own_objects += off
        if any(o.lemma_.lower() in LISTS for o in off):
            # "removed the Taliban minister from its sanctions list": a delisting, not a
            # minister removed from office
            patterns = tuple(p for p in patterns if p.obj & LISTS) or patterns
    venues = (
        [o for o in prep_objects(verb, TO) if o.lemma_.lower() in _LEGAL_VENUES]
        # ("took the FBI to court": "to court" misread as an infinitive, the verb "court")
        + [c for c in verb.children if c.dep_ == "xcomp" and c.lower_ in _LEGAL_VENUES]
        if lemma in _HAULING
        else []
    )
    if venues:
        # "took China to the WTO", "dragged Kenya to court": a lawsuit, not China taken
        own_objects += venues
        patterns = tuple(p for p in patterns if p.code == _SUED)
    if lemma in _STRUCK_WITH:
        # "hits Russia's state banks with its broadest sanctions yet": what the side is hit
        # with is read after its own object (the pattern names the measures)
        own_objects += list(prep_objects(verb, _WITH))
    if reduced_passive(verb):  # "the sanctions imposed by the U.S. on Iran"
        own_objects.append(verb.head)

    def pick(pool: tuple[Pattern, ...]) -> tuple[Pattern, Token | None, Token | None] | None:
        fallback = None
        for pat in pool:
            if pat.prt and pat.prt not in particles:
                continue
            comp = None
            if pat.comp:
                comp = next((c for c in comps if c.lemma_.lower() in pat.comp), None)
                if comp is None:
                    continue
            noun = None
            if pat.obj:
                candidates = objects_of(comp) if comp is not None else own_objects
                if comp is not None and comp.dep_ == "acl" and comp.head in own_objects:
                    # "agreed the relations to normalise": the object put before the
                    # infinitive is the infinitive's
                    candidates = [*candidates, comp.head]
                noun = next(
                    (
                        o
                        for o in candidates
                        if _object_matches(o, pat.obj)
                        or (lemma in _SEIZING and _taken_place(o, pat))
                    ),
                    None,
                )
                if noun is None:
                    continue
                if pat.code[:2] == _APPEAL_ROOT and phone_call(noun):
                    continue  # "made a telephone call to Erdogan": a call, no appeal
                if pat.code[:2] in FORCE_ROOTS and figurative_fight(noun):
                    continue  # "launched a trade war against China": no force used
                if pat.code[:3] == _SERVICES_RESTORED and hostile_broadcast(noun):
                    continue  # "will resume propaganda broadcasts": no service given back
            specific = pat.prep - {"obj", "-", REQUIRED}
            present = bool(specific) and has_prep([verb, comp, noun], specific)
            if present and specific <= PARTNER_PREPS:
                present = _partner_named([verb, comp, noun], specific, noun)
            if REQUIRED in pat.prep and not present:
                continue  # "ruled against": not "ruled the country", "ruled that …"
            if not specific or present:
                # a phrasal verb is its own word: "called out the deal" is criticism whatever
                # "call" + "deal" means
                phrasal = fallback is not None and fallback[0].prt and not pat.prt
                if fallback is None or (pat.specificity >= fallback[0].specificity and not phrasal):
                    return pat, comp, noun
                return fallback
            # with no preposition of any, a reading that needs a partner ("held drills with X")
            # gives way to one of the same specificity that does not ("staged military drills")
            partnered = fallback is not None and (fallback[0].prep - {"obj", "-"}) <= PARTNER_PREPS
            if fallback is None or (
                partnered
                and not specific <= PARTNER_PREPS
                and pat.specificity >= fallback[0].specificity
            ):
                fallback = (pat, comp, noun)
        return fallback

    # a phrasal verb is its own word: "voted down the deal for a third time" is no vote for
    # it; the verb alone is read only when no pattern of the phrasal verb fits
    if particles and any(p.prt and p.prt in particles for p in patterns):
        found = pick(tuple(p for p in patterns if p.prt))
        if found is not None:
            return found
    found = pick(patterns)
    asked = asked_for(verb) if found is None and lemma in _APPEALING else None
    if asked is not None:  # "called for the authorities to investigate the killings"
        return APPEAL, asked, None
    return found


def _answer_ahead(verb: Token) -> bool:
    """``verb`` tells an answer still to come ("will respond", "would react")."""
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in verb.children)


_AHEAD = frozenset({"will", "shall", "'ll", "wo", "would"})


# Easing of restrictions on media and services (0811): what a side gives back to others.
_SERVICES_RESTORED = "081"
# Nouns of how far something goes, whose "of" phrase names what is raised or lowered.
_DEGREES = {"level", "degree"}


# Nouns with a journey sense and a halting sense: "made a stop in Hanoi" is a stopover, but
# with an "of" phrase naming what stopped ("the stop of the oil supplies") it is a halt.
_HALTS = {"stop"}


# Roots of cutting ties, aid or freedoms (16x) and of restricting (17x): help or
# cooperation they take as object is what they cut, no act of their own.
_CUTTING_ROOTS = frozenset({"16", "17"})


def _help_cut(verb: Token, pat: Pattern, book: PatternBook) -> list[Token]:
    """The help or cooperation a cut or a restriction takes as its object: "passed a law that
    restricts foreign funding of civil society groups", "banned foreign funding of NGOs" (no
    funding given by the lawmakers)."""
    thing = child_of(verb, "dobj")
    if pat.code[:2] not in _CUTTING_ROOTS or thing is None:
        return []
    kinds = book.nouns.get(thing.lemma_.lower(), ())
    return [thing] if kinds and all(k.code[:2] in COOPERATION_ROOTS for k in kinds) else []


def _someone(tok: Token) -> bool:
    """``tok`` names a person, a group or a country, or is an office ("the president")."""
    return names_someone(tok) or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_ROLES


def names_a_halt(noun: Token) -> bool:
    """``noun`` is a halt of something ("the stop of the supplies"), never a stopover: a
    traveller makes a stop in or at a place ("a stop of the president in Minsk" names the
    traveller by "of"), a halt has an "of" phrase for the thing that stopped."""
    if noun.lemma_.lower() not in _HALTS:
        return False
    stopped = list(prep_objects(noun, OF))
    return bool(stopped) and not any(_someone(t) for t in stopped)


# Verbs of appeal whose "for X to do Y" clause names who is asked.
_APPEALING = {"call", "appeal", "press", "push", "plead", "lobby"}
_SUPPORT_FOR = frozenset({"for", "to"})


PARTNER_PREPS = frozenset({"with", "between"})
# Nouns of a line two sides share: "the border with Azerbaijan" names the neighbour, wherever
# the parser hangs its "with" (often on the verb: "started an exercise near the border with
# Azerbaijan"), and no partner in the act.
_SHARED_LINES = frozenset({"border", "frontier", "boundary"})


def _partner_named(tokens: list[Token | None], preps: frozenset[str], noun: Token | None) -> bool:
    """A partner phrase ("with X", "between X and Y") hangs on one of ``tokens``, and is not
    the neighbour a border noun just before it names, unless that border is the pattern's
    own ``noun`` ("reinforced its border with Azerbaijan": the neighbour is the one meant)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and not (
            c.i > 0
            and c.doc[c.i - 1].lemma_.lower() in _SHARED_LINES
            and (noun is None or c.doc[c.i - 1].i != noun.i)
        )
        and not _taking_part_of_no_one(c)
        for tok in tokens
        if tok is not None
        for c in tok.children
    )


# Nouns of taking part: "with the participation of X" names who took part in the act.
_TAKING_PART = frozenset({"participation", "involvement"})
_NAMED_SIDES = frozenset({"NORP", "GPE", "ORG"})


def _taking_part_of_no_one(prep: Token) -> bool:
    """ "with the participation of armoured units and drones": the arms and units that took
    part, no side named as a partner ("with the participation of Russian warships" names
    one)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _TAKING_PART:
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = of.subtree if of is not None else ()
    return not any(t.ent_type_ in _NAMED_SIDES or t.tag_ in ("NNP", "NNPS") for t in named)


_GOING_ON = {"press", "push", "forge", "move", "plough", "plow", "soldier"}
# Phrasal verbs that mean "began": "the drills kicked off on Monday" kicks no one; only what
# they begin may be read ("kicked off joint drills", "kicked off talks").
_STARTING = {("kick", "off")}
_PERMITTING = {"allow", "permit", "let", "authorize", "authorise", "grant"}
# Verbs that tell someone to do something, whose infinitive a phrase of time or manner may
# part from the object: "ordered the diplomats within 48 hours to leave", "urged Pyongyang
# from now on to refrain" (the infinitive parsed as a clause beside the verb; not "call":
# "called Erdogan to discuss Syria" is a telephone call).
_DIRECTING = {"order", "instruct", "urge", "ask", "direct"}


# Cooperation in trade and arms (CAMEO 06x): what is ordered in it is bought.
_GOODS_ROOT = "06"


def told_to_act(verb: Token, obj: Token | None) -> bool:
    """``verb`` (order, instruct …) tells its object to do something: an infinitive of the
    verb's own follows the object ("ordered the company to pay", "instructed the ministries
    to study countermeasures"). Such an object is someone commanded, never a thing ordered
    or bought."""
    return obj is not None and any(
        c.dep_ == "xcomp"
        and c.i > obj.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


# Verbs of committing or declining whose infinitive a translation may put after its object.
_OBJECT_FIRST_HEADS = {"agree", "decide", "refuse", "promise", "pledge", "vow", "offer"}
# Verbs that take someone off a list ("removed Cuba from its list of state sponsors of
# terrorism", "took Pakistan off the grey list"): the list names the measure undone.
_DELISTING = {"remove", "take", "strike", "drop", "delete", "exclude", "erase"}
_OFF_LIST = frozenset({"from", "off"})
# Verbs that bring someone before a court or tribunal named by their "to" phrase.
_HAULING = {"take", "drag", "haul", "bring"}
_SUED = "115"
_LEGAL_VENUES = {
    "court", "tribunal", "arbitration", "arbitrator", "icj", "icc", "wto", "organization",
    "organisation", "panel", "ombudsman",
}  # fmt: skip
# Verbs of a blow whose "with" phrase can name a measure rather than a weapon: "the EU hits
# Russia's banks with new sanctions", "slapped the country with tariffs" (the measure is then
# what the pattern reads; "hit the town with rockets" keeps the town as its object).
_STRUCK_WITH = {"hit", "slap"}
_WITH = frozenset({"with"})
# Verbs of taking or giving up ground: a place name as their object is the town or territory
# their patterns name ("took over Kirkuk", "captured Bakhmut", "ceded Nagorno-Karabakh",
# "Russian troops evacuated Kherson", "Britain returned Hong Kong to China").
_SEIZING = {
    "seize", "capture", "take", "grab", "wrest", "overrun", "retake", "recapture", "annex",
    "occupy", "liberate", "surround", "encircle", "cede", "surrender", "relinquish", "vacate",
    "evacuate", "return",
}  # fmt: skip


def _taken_place(noun: Token, pat: Pattern) -> bool:
    """``noun`` names a place taken or given up where ``pat`` wants a town ("captured Bakhmut"
    for "captured the city")."""
    return (
        "city" in pat.obj
        and noun.dep_ == "dobj"
        and noun.pos_ == "PROPN"
        and noun.ent_type_ in PLACE_ENTITIES
        # "took Moscow by surprise"
        and not any(p.lower_ == "by" for p in noun.head.children if p.dep_ == "prep")
    )


_BLOCKADE = "191"  # a blockade, a siege


_PERFECT = {"has", "have", "had"}
_NOMINAL_DEPS = {
    "dobj",
    "pobj",
    "nsubj",
    "nsubjpass",
    "xcomp",
    "dative",
    "npadvmod",
    "attr",
    "appos",
    "conj",
    "dep",
    "oprd",
}


def _verb_in_noun_phrase(verb: Token) -> tuple[Token, list[Token]] | None:
    """Headlines and short news lines the parser read as one noun phrase: "Mexican president
    cancels trip to Washington", "The U.S. shared intelligence with Israel" (the finite verb
    hung on the last noun as a modifier). The subject is the verb's own or the name before
    it; the noun it hangs on is its object, and that noun's prepositional objects are the
    target candidates. Returns (subject, candidates) like :func:`_verb_final`, or None."""
    head = verb.head
    if (
        verb.tag_ not in ("VBZ", "VBD")
        or verb.dep_ not in ("compound", "amod", "nmod")
        or head.pos_ not in ("NOUN", "PROPN")
        or head.dep_ != "ROOT"
        or head.i < verb.i
        or any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in verb.sent)
    ):
        return None
    subject = child_of(verb, "nsubj") or max(
        (
            c
            for c in head.children
            if c.dep_ in ("nmod", "compound", "poss", "nsubj")
            and c.i < verb.i
            and c.pos_ in ("NOUN", "PROPN")
        ),
        key=lambda c: c.i,
        default=None,
    )
    if subject is None:
        return None
    return subject, [head, *prep_objects(head, FALLBACK_PREPS)]


def _ends_its_clause(verb: Token, going_on: tuple[str, ...] = ("CCONJ", "ADP")) -> bool:
    """The clause ends at ``verb`` (adverbs aside): the end of the sentence, a comma ("…
    accused, terrorists to protect"), or what ``going_on`` allows after it: a conjunction,
    a prepositional phrase ("… criticised in the council")."""
    sent = verb.sent
    after = next((t for t in sent.doc[verb.i + 1 : sent.end] if t.pos_ != "ADV"), None)
    return after is None or after.is_punct or after.pos_ in going_on


def _verb_final(verb: Token) -> tuple[Token, list[Token]] | None:
    """Machine-translated verb-final clauses: "Russia has the statement of Ukraine sharply
    criticised". When a perfect "has/have/had" is followed by nouns and the participle ends
    the clause, the subject is the noun before "has" and the target is among the nouns
    between "has" and the verb. Returns (subject, target candidates) or None."""
    if verb.tag_ not in ("VBN", "VBD") or not _ends_its_clause(verb):
        return None
    sent = verb.sent
    perfect = None
    for tok in reversed(sent[: verb.i - sent.start]):
        if tok.pos_ == "VERB" and tok.lower_ not in _PERFECT:
            return None
        if tok.lower_ in _PERFECT:
            perfect = tok
            break
    if perfect is None:
        return None
    if perfect.dep_ == "aux" and perfect.head.i != verb.i and perfect.head.i < verb.i:
        return None  # "the mother, who has been on hunger strike, appealed": another verb's
    between = [
        t
        for t in sent[perfect.i - sent.start + 1 : verb.i - sent.start]
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _NOMINAL_DEPS and not is_time(t)
    ]
    before = [
        t
        for t in sent[: perfect.i - sent.start]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("nsubj", "nsubjpass", "ROOT", "dep")
    ]
    if not between or not before:
        return None
    return before[-1], between


def _object_read_as_subject(verb: Token) -> tuple[Token, list[Token]] | None:
    """Translated verb-final clauses with no perfect: "The Emirates in their turn the Iranian
    charge d'affaires summoned, after …", "Tehran in protest the British ambassador
    summoned": the parser made both nouns subjects of the final verb; the first is the doer,
    the one right before the verb what was done to. Returns (subject, target candidates) or
    None."""
    if verb.tag_ not in ("VBN", "VBD") or child_of(verb, "dobj") is not None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 2 or max(t.i for t in subjects[1].subtree) != verb.i - 1:
        return None  # ("Rouhani, …, the authorities freed prisoners": an object after it)
    if not _ends_its_clause(verb, ("CCONJ",)):
        return None
    sent = verb.sent
    if any(t.text == "," for t in sent.doc[subjects[0].i : subjects[1].i]):
        return None  # "Rouhani, in a speech, the authorities freed": a misparse, not this
    if any(t.lower_ == "with" for t in sent.doc[subjects[0].i : subjects[1].i]):
        return None  # "… with the IAEA chief Rafael Grossi met": the name is the partner's
    return subjects[0], [subjects[1]]


_OPENING_PREPS = {"on", "in"}


def _subject_in_opening_date(verb: Token) -> tuple[Token, list[Token]] | None:
    """Translated verb-final clauses opened by a date: "On 1 March the customs of China the
    licence of the company revoked", "In May the ministry the envoy summoned". The parser hung
    the doer on the date's preposition as a second object and took the thing done to for
    the subject. Returns (the doer, [the subject read]) or None."""
    if verb.tag_ not in ("VBN", "VBD") or child_of(verb, "dobj") is not None:
        return None
    subject = child_of(verb, "nsubj")
    if (
        subject is None
        or subject.pos_ not in ("NOUN", "PROPN")
        or not _ends_its_clause(verb, ("CCONJ",))
    ):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OPENING_PREPS or prep.i > subject.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) == 2 and is_time(objects[0]) and not is_time(objects[1]):
            if objects[1].pos_ in ("NOUN", "PROPN") and objects[1].i < subject.i:
                return objects[1], [subject]
    return None


def _event_read_as_subject(verb: Token, book: PatternBook) -> tuple[Token, list[Token]] | None:
    """Translated verb-final clauses joined by "and" with no subject of their own: "Freeland
    the detentions condemned and the immediate release of the two demanded", "… recalled
    its envoy and from the other side an explanation demanded". The parser took the act
    asked for (an event noun) for the subject of the second verb; the doer is the first
    verb's. Returns (subject, [the act's noun]) or None."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or child_of(verb, "dobj"):
        return None
    read = child_of(verb, "nsubj")
    if read is None or read.pos_ != "NOUN" or read.lemma_.lower() not in book.nouns:
        return None
    if not _ends_its_clause(verb, ("CCONJ",)):
        return None
    first = verb.head
    doer = subject_of(first)
    if doer is None or doer.i > read.i or first.i > read.i:
        return None
    return doer, [read]


def _noun_rooted_clause(verb: Token) -> tuple[Token, list[Token]] | None:
    """Translated verb-final sentences the parser read as one long noun phrase: "On 12 April
    the authorities of Kenya the licence of the Somali airline for the flights to Nairobi
    revoked": the sentence's root is the doer, the phrase set beside it (an apposition) is
    what was done to, and the final verb hangs inside that phrase. Returns (doer, [the
    thing done to]) or None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or child_of(verb, "dobj"):
        return None
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not _ends_its_clause(verb, ("CCONJ",)):
        return None
    done_to = next(
        (c for c in root.children if c.dep_ == "appos" and c.i < verb.i and c.is_ancestor(verb)),
        None,
    )
    if done_to is None or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[root.i : verb.i]):
        return None
    return root, [done_to]


def _passive_verb_final(verb: Token) -> tuple[Token, list[Token]] | None:
    """Translated passives with the participle last: "The pastor was in October by the
    Turkish security forces detained", "the two were by the police of Dandong arrested".
    The parser hangs the "by" phrase on "was"; its object is the doer and the subject of
    "was" the one done to. Returns (doer, [the one done to]) or None."""
    if verb.tag_ not in ("VBN", "VBD") or child_of(verb, "dobj") or child_of(verb, "nsubj"):
        return None
    if not _ends_its_clause(verb):
        return None
    sent = verb.sent
    be = None
    for tok in reversed(sent.doc[sent.start : verb.i]):
        if tok.pos_ == "VERB" and tok.dep_ in _CLAUSE_HEADS:
            return None  # another clause's verb comes first
        if tok.lemma_ == "be" and tok.dep_ == "ROOT":
            be = tok
            break
    if be is None:
        return None
    by = next(
        (
            t
            for t in sent.doc[be.i + 1 : verb.i]
            if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.i in (be.i, verb.i)
        ),
        None,
    )
    agent = child_of(by, "pobj") if by is not None else None
    subject = child_of(be, "nsubj", "nsubjpass")
    if agent is None or subject is None:
        return None
    return agent, [subject]


_CLAUSE_HEADS = {"ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis"}


# Translated verb-final trips: "the secretary of state John Kerry … Havana visited", "Duterte
# then Beijing visited". The parser takes the place just before the verb for its subject; the
# visitor is the person or body named earlier in the same clause, and the place is visited.
_TOURING = {"visit", "tour"}
_VISITORS = ("PERSON", "ORG", "NORP")


def _place_visited(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "X … Beijing visited.": (the visitor X, [the place]) or None."""
    if verb.lemma_.lower() not in _TOURING or verb.tag_ not in ("VBD", "VBN"):
        return None
    place = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if place is None or place.ent_type_ not in ("GPE", "LOC") or child_of(verb, "dobj"):
        return None
    if not _ends_its_clause(verb):
        return None
    sent = verb.sent
    if any(t.i < place.i for t in place.subtree):
        return None  # "the Chinese capital visited": no bare place
    between = sent.doc[sent.start : place.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None  # the earlier name belongs to a clause of its own
    named = [t for t in between if t.ent_type_ in _VISITORS and t.pos_ == "PROPN"]
    visitor = next((t for t in named if t.ent_type_ == "PERSON"), named[0] if named else None)
    if visitor is None:
        return None
    while visitor.dep_ == "compound" and visitor.head.i < place.i:
        visitor = visitor.head  # the name's last word: "John Kerry"
    return visitor, [place]


# ... and protest: "thousands protest in London against the ban" are protesters in Britain
_PLACED_ROOTS = VIOLENCE | {"14"}
_HOSTING = Pattern("043", "V", "receive", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
# What is met without a meeting: "to meet the health needs of", "met the deadline"; and
# the reception an act meets, which no one sits down with: "any violation of our airspace
# will meet a firm response", "the offensive met stiff resistance", "the plan met criticism".
MET_THINGS = {
    "need", "deadline", "target", "goal", "standard", "requirement", "criterion", "criteria",
    "expectation", "obligation", "cost", "challenge", "threshold", "quota", "benchmark",
    "commitment", "norm", "shortfall", "demand", "condition",
    "response", "reaction", "resistance", "opposition", "criticism", "rebuff", "fate",
    "end", "death", "fire", "force", "hostility", "scepticism", "skepticism", "approval",
    "success", "failure",
}  # fmt: skip


def _meets_a_thing(verb: Token, obj: Token | None) -> bool:
    """``verb`` ("meet") meets what is no party, "met the deadline", "met stiff resistance",
    "met with criticism": no meeting is held."""
    met = [obj] if obj is not None else list(prep_objects(verb, WITH))
    return any(m.lemma_.lower() in MET_THINGS for m in met)


_ON = frozenset({"on", "upon", "onto"})


def _blames_a_cause(verb: Token, obj: Token | None) -> bool:
    """``verb`` ("blame") lays the fault on a cause, no side: "aid workers blamed the civil war
    and a collapsing economy", "the carmaker blamed faulty airbags", "blamed faulty
    batteries for the fires". Every object is a common noun whose phrase names no one: no
    name or role noun in it ("blamed the rebels", "blamed Russian aggression", "blamed groups
    based in Pakistan", "a feud between drug gangs"); and no "on" phrase, where the one blamed
    would be ("blamed the attack on India", the phrase hung on the verb or on its object)."""
    if verb.lemma_.lower() != "blame" or obj is None:
        return False
    if any(prep_objects(verb, _ON)) or any(prep_objects(obj, _ON)):
        return False
    return all(
        o.pos_ == "NOUN" and not any(names_someone(t) or t.pos_ == "PROPN" for t in o.subtree)
        for o in with_conjuncts(obj)
    )


# Verbs of making light of something, and the matters one makes light of: "belittled the
# problem of the tapping of Indonesia" plays down a matter, it charges no one the phrase
# names ("belittled Indonesia", "belittled the Indonesian president" still do).
_MAKING_LIGHT = frozenset({
    "belittle", "downplay", "minimise", "minimize", "trivialise", "trivialize",
})  # fmt: skip
_MATTERS = frozenset({
    "problem", "issue", "matter", "question", "affair", "case", "incident", "scandal",
    "concern", "threat", "danger", "risk", "crisis", "row", "dispute", "importance",
    "seriousness", "gravity", "significance", "extent", "scale", "impact",
})  # fmt: skip


def _downplays_a_matter(verb: Token, obj: Token | None) -> bool:
    """``verb`` makes light of a matter, not of a side: every object is a matter noun
    ("Seoul said Tokyo downplayed the issue of the forced labour of Koreans"), so the one
    named deep in its phrase is what the matter is about, not the one charged."""
    if verb.lemma_.lower() not in _MAKING_LIGHT or obj is None:
        return False
    return all(o.lemma_.lower() in _MATTERS for o in with_conjuncts(obj))


# People sent to keep order besides troops: "sent 400 police officers to Haiti".
_POLICE = frozenset({"police", "policeman", "policemen", "officer", "gendarme"})


def _forces(sent: Token | None) -> bool:
    """``sent`` is troops or police (what is sent to protect a side)."""
    return is_armed(sent) or (sent is not None and sent.lemma_.lower() in _POLICE)


def infinitives_of(verb: Token) -> list[Token]:
    """The purpose infinitives of ``verb`` ("sent police to Haiti to lead a mission")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


# Fire that comes down on a place: "rockets landed in Sderot", "mortar shells fell on the
# town of Akcakale", "a missile crashed into a block of flats": a blow on the side the place
# belongs to (190), struck by the side it was fired from; the projectile makes no trip.
_LANDING = frozenset({"land", "fall", "crash", "slam", "rain", "impact"})
_LANDED_ON = frozenset({"in", "on", "into", "near", "inside", "onto", "upon", "at"})
_LANDED_BLOW = Pattern("190", "V", "land", "", frozenset(), frozenset(), _LANDED_ON, 0)


def landed_blow(verb: Token) -> bool:
    """``verb`` tells a projectile (:data:`PROJECTILES`) coming down in or on a place."""
    if verb.lemma_.lower() not in _LANDING:
        return False  # (asked of every verb: the subject is looked for only after this)
    mover = subject_of(verb)
    return (
        mover is not None
        and mover.lemma_.lower() in PROJECTILES
        and any(c.dep_ == "prep" and c.lower_ in _LANDED_ON for c in verb.children)
    )


_LEFT_GROUND = Pattern("0874", "V", "leave", "", frozenset(), frozenset(), frozenset({"obj"}), 0)


# A body suspending a member it names (160): "the African Union suspended Mali on Friday"
# (the pattern's "from the bloc" need not be said when an organisation suspends a named side;
# "suspended flights" or "suspended talks" name no member).
_SUSPENDED_MEMBER = Pattern(
    "160", "V", "suspend", "", frozenset(), frozenset(), frozenset({"obj"}), 0
)


def suspended_member(verb: Token) -> bool:
    """``verb`` is an organisation suspending a side it names."""
    if verb.lemma_.lower() != "suspend":
        return False
    member, body = child_of(verb, "dobj"), subject_of(verb)
    return (
        member is not None
        and member.pos_ == "PROPN"
        and names_someone(member)
        and body is not None
        and body.ent_type_ == "ORG"
    )


# Someone sent, flown or driven "into exile" is expelled (174), whatever the verb, and the one
# sent is the target: "flew the ousted president into exile in Costa Rica" is no trip to
# Costa Rica ("went into exile", "fled into exile" send no one: no object).
_SENT_INTO_EXILE = Pattern("174", "V", "exile", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_INTO = frozenset({"into", "to"})


def sent_into_exile(verb: Token) -> bool:
    """``verb`` sends its object into exile."""
    return child_of(verb, "dobj") is not None and any(
        o.lemma_.lower() == "exile" for o in prep_objects(verb, _INTO)
    )


# Forces or arms a state sends to a border are a show of force at the neighbour (150), not
# peacekeepers (074) or arms (072) given to it: "sent ten battalions to the Colombian border",
# "moved tanks to the frontier with Eritrea" ("sent aid to the Syrian border" stays aid).
_ARMED_GIFTS = frozenset({"072", "074"})
_TOWARD_A_LINE = frozenset({"to", "toward", "towards", "along", "near"})
MOBILIZE = "150"


# Verbs that tell an act only as the answer to another; the act itself is its means.
_ANSWERING = {"retaliate", "respond", "react", "reply", "reciprocate"}


def answering_means(verb: Token, book: PatternBook) -> Pattern | None:
    """The pattern of the act an answer was made by, when that act is no use of force: "Moscow
    retaliated against Berlin by expelling two German diplomats" is an expulsion aimed at
    Berlin, not an attack on it; "China retaliated against the United States by imposing
    tariffs" a sanction. ("Iran retaliated against Israel by firing missiles" stays an
    attack, as the verb reads it alone.)"""
    if verb.lemma_.lower() not in _ANSWERING:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for means in prep.children:
            if means.dep_ != "pcomp" or means.tag_ != "VBG":
                continue
            matched = match_verb(means, book)
            if matched is not None and matched[0].code[:2] not in FORCE_ROOTS:
                return matched[0]
    return None


# What tells the means an answer was made by: "retaliated with air strikes", "by expelling".
_MEANS_PREPS = frozenset({"with", "by"})


def answered_by_unknown_means(verb: Token, pat: Pattern) -> bool:
    """``verb`` tells a retaliation done, with no means named and no armed force doing it:
    "North Korea retaliated after the South resumed its broadcasts" says an answer came, not
    that force was used ("retaliated with artillery fire", "troops retaliated" and "will
    retaliate", a warning, and "retaliated against Armenian troops" are read as the pattern
    reads them)."""
    if verb.lemma_.lower() != "retaliate" or pat.code[:2] not in FORCE_ROOTS:
        return False
    if verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ in ("prep", "agent") and c.lower_ in _MEANS_PREPS for c in verb.children):
        return False
    # ("retaliated against Armenian troops": armed men answered are answered with force)
    answered = prep_objects(verb, frozenset({"against", "on", "at"}))
    return (
        not is_armed(subject_of(verb))
        and child_of(verb, "dobj") is None
        and not any(is_armed(a) for a in answered)
    )


def posted_to_a_border(verb: Token, pat: Pattern) -> bool:
    """``verb`` sends forces or arms (a military-aid or protection reading) to a border."""
    return pat.code[:3] in _ARMED_GIFTS and any(
        o.lemma_.lower() in _SHARED_LINES for o in prep_objects(verb, _TOWARD_A_LINE)
    )


# A resignation accedes to a demand for a change in leadership (CAMEO 0831): its target is
# whoever made the demand, named in the circumstance ("resigned after weeks of protests in
# Beirut", "stepped down under pressure from protesters", "quit amid criticism from lawmakers").
_STEPPED_DOWN = "0831"
_SIGNED = "057"  # a formal agreement signed, reached or ratified
_BETWEEN = frozenset({"between"})


# Ties between states, whose parties are the sides when no one is named cutting or mending them.
_TIES = {"relation", "relationship", "tie"}


def _ties_between(noun: Token) -> bool:
    """``noun`` is the ties between two sides ("diplomatic relations between X and Y")."""
    return noun.lemma_.lower() in _TIES and bool(agreement_parties(noun))


def agreement_parties(noun: Token) -> tuple[Token, ...]:
    """The two or more parties an agreement noun names "between" them, or none.

    Also through the noun's "of" phrase: "the memorandum of understanding between Nigeria and
    Morocco", "a declaration of principles between …", and through the passive verb the noun
    is the subject of, where the parser hangs the phrase: "ties were restored between X and
    Y", "an accord was signed between X and Y".
    """
    holders = [noun, *prep_objects(noun, OF)]
    if noun.dep_ == "nsubjpass":
        holders.append(noun.head)
    parties = next((p for h in holders for p in prep_objects(h, _BETWEEN)), None)
    if parties is None:
        return ()
    named = tuple(with_conjuncts(parties))
    return named if len(named) > 1 else ()


# Predicate adjectives that are themselves an event of their subject's, read with the verb
# patterns of the same lemma: "was critical of the ruling", "is supportive of the plan", "is
# opposed to the deal", "was grateful to Qatar", "remains committed to its deal with Iran",
# "is sympathetic to Kyiv's position", "was dismissive of the offer", "was scathing about",
# "said it was very sorry for the death of the pilot" (other adjectives count only with a
# clause: "is ready to help").
EVENT_ADJECTIVES = frozenset(
    {"critical", "supportive", "opposed", "grateful", "thankful", "committed"}
    | {"sympathetic", "appreciative", "dismissive", "scathing", "sorry"}
    | FEELINGS
)
# Predicate adjectives of a view held, read only with the that-clause they hold: "Berlin is
# confident that Italy will weather the crisis" (the clause decides the pattern).
VIEW_ADJECTIVES = frozenset({"confident", "convinced", "sure"})


def _pity(adjective: Token) -> bool:
    """ "felt sorry for Trump": pity, no apology (one apologises in "was sorry for")."""
    return adjective.lower_ == "sorry" and adjective.head.lemma_.lower() != "be"


_WEIGHING = "014"  # consider a policy option


def holds_a_view(verb: Token) -> bool:
    """``verb`` ("consider", "weigh") has a "that" clause: the view its subject holds ("Paris
    considers that the vote was rigged"), not an option it weighs ("is considering
    sanctions")."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def verb_triples(sent: Span, book: PatternBook) -> tuple[list[Triple], set[int]]:
    """Triples for every verb in ``sent`` with a pattern; also the token ids they consumed."""
    triples: list[Triple] = []
    consumed: set[int] = set()
    for verb in sent:
        if (
            verb.i in consumed
            or not (
                verb.pos_ == "VERB"
                or (verb.pos_ in ("ADJ", "AUX") and child_of(verb, "xcomp") is not None)
                or (
                    verb.dep_ == "acomp"
                    and verb.lemma_.lower() in EVENT_ADJECTIVES
                    and not _pity(verb)
                )
                or (verb.lemma_.lower() in VIEW_ADJECTIVES and child_of(verb, "ccomp") is not None)
            )
            or adjective_participle(verb)
            or article_subject(verb)  # "A wanted gang leader surrendered": no wanting
            or to_blame(verb)  # "said India was to blame": the speaker's accusation
            or labels_the_act(verb)  # "in what Beijing called a warning": a name, no act
        ):
            continue
        final = (
            _verb_final(verb)
            or _verb_in_noun_phrase(verb)
            or _place_visited(verb)
            or _object_read_as_subject(verb)
            or _subject_in_opening_date(verb)
            or _event_read_as_subject(verb, book)
            or _noun_rooted_clause(verb)
            or _passive_verb_final(verb)
        )
        matched = match_verb(verb, book, tuple(final[1]) if final is not None else ())
        named = naming_pattern(verb)
        if named is not None:  # "called Trump a talented person": praise, not a phone call
            matched = (named[0], None, None)
            consumed.add(named[1].i)
        elif matched is not None and matched[0].code == "041" and calls_a_thing(verb):
            matched = None  # "called the actions of Washington …": a judgement, no phone call
        elif (
            matched is not None
            and matched[0].code[:2] in ("02", "04")
            and (judgement_set_first(verb))
        ):
            matched = None  # "called lies the reports of Athens": no appeal, no phone call
        if matched is not None and matched[0].code[:2] == "04" and spoke_to_audience(verb):
            matched = None  # "spoke to reporters in Beijing": a public word, no talks
        if matched is not None and matched[0].code == _WEIGHING and holds_a_view(verb):
            matched = None  # "considered that Bolsonaro lied to him": a view, no option weighed
        if matched is not None and assured_no_one(verb, matched[0]):
            matched = None  # "assured that the trucks were burned by the opposition": a claim
        if matched is not None and matched[0].code[:2] == "11" and charged_a_price(verb):
            matched = None  # "to charge export duties on oil sold to Belarus": no charge brought
        if (
            matched is not None
            and matched[0].code == "042"
            and (matched[0].lemma, matched[0].prt) in _SETTING_OUT
            and (child_of(verb, "dobj") is not None or is_armed(subject_of(verb)))
        ):
            matched = None  # "began leaving Afghanistan for …": ground left, no trip
        if landed_blow(verb):
            matched = (_LANDED_BLOW, None, None)  # "rockets landed in Sderot": a blow, no trip
        if (
            matched is not None
            and matched[0].lemma == "suspend"
            and matched[0].code == "160"
            and not matched[0].obj
            and ((member := child_of(verb, "dobj")) is None or member.pos_ != "PROPN")
        ):
            matched = None  # a member suspended is named ("suspended Gabon from the bloc")
        if matched is None and suspended_member(verb):
            matched = (_SUSPENDED_MEMBER, None, None)
        if sent_into_exile(verb):
            matched = (_SENT_INTO_EXILE, None, None)
        means = answering_means(verb, book) if matched is not None else None
        if means is not None and matched is not None:
            # the answer's own act, aimed where the answer is ("retaliated against Berlin")
            matched = (replace(matched[0], code=means.code), *matched[1:])
        if matched is not None and answered_by_unknown_means(verb, matched[0]):
            matched = None  # "Israel retaliated against Hamas": an answer, no means told
        if matched is not None and posted_to_a_border(verb, matched[0]):
            matched = (replace(matched[0], code=MOBILIZE), *matched[1:])
        if matched is None:
            matched = offer_of(verb)
        visit = courtesy_call(verb)
        if visit is not None:  # "called on President Alvi to discuss …": a visit paid
            matched = (CALLING_ON, None, None)
            consumed.update(t.i for t in visit)
        guest = guest_of(verb)
        if guest is not None and (matched is None or matched[0].code == "051"):
            matched = (_HOSTING, None, guest)  # "Macron received Zelensky at the Elysee"
        if matched is None and troops_leaving(verb):
            matched = (_LEFT_GROUND, None, None)  # "Rwandan troops began leaving Cabo Delgado"
        death = death_by_abuse(verb) if matched is None else None
        if death is not None:
            matched = (death, None, None)
        doers = joint_doers(verb)
        if matched is None and doers:  # "China and Russia jointly developed a missile"
            triples.append(Triple(verb, cooperation_kind(None), doers, (), symmetric_pair=True))
            continue
        drillers = drilled_together(verb, matched[0]) if matched is not None else ()
        if drillers:  # "Russia and China held naval drills in the Yellow Sea"
            kind = cooperation_kind(matched[0])
            triples.append(Triple(verb, kind, drillers, (), symmetric_pair=True))
            continue
        if matched is None or joined_against(verb):
            continue
        pat, comp, noun = matched
        if pat.lemma in _MAKING_PUBLIC and noun is not None and has_prep([noun], _BETWEEN):
            # "announced a deal between Israel and the UAE": the parties' own act, not the
            # announcer's; the parties are the pair (as when such a deal "was signed")
            parties = agreement_parties(noun)
            if pat.code == _SIGNED and parties:
                triples.append(Triple(verb, pat, parties, (), symmetric_pair=True))
                consumed.add(noun.i)
            continue
        if _needs_foe(pat.code, comp) and any(
            o.lemma_.lower() in NOT_FOES or ill_taken_up(o) for o in objects_of(comp or verb)
        ):
            continue  # "fight corruption", "warned against protectionism": no one is attacked
        if (
            _needs_foe(pat.code, comp)
            and pat.code[:2] == _THREAT_ROOT
            and (
                foretells_suffering(verb)
                or foretells_harm_of_a_thing(verb)
                or foretells_no_winner(verb)  # "warned that no one would win a trade war"
            )
        ):
            continue  # "warned of a humanitarian catastrophe in Gaza": no one is threatened
        if pat.code[:2] <= _LAST_COOPERATIVE_ROOT and done_in_protest(verb):
            continue  # "removed the barriers outside the U.S. embassy in protest at the
            # arrest of its diplomat": a reprisal, no cooperation
        if pat.code[:2] in FORCE_ROOTS and struck_a_figure(verb):
            continue  # "the address strikes a calmer tone", "struck a chord with voters"
        if pat.code[:2] in FORCE_ROOTS and (
            at_play(verb) or won_at_the_polls(verb) or striving(verb) or dismissal(verb, pat)
        ):
            continue  # "struck back to beat the Nuggets", "beats Hofer in the runoff", "fight
            # to survive", "fired a coach"
        if pat.code[:2] in _GAME_MEETINGS and met_in_play(verb):
            continue  # "the sisters met in the final", "the Patriots rallied in overtime"
        if pat.code[:2] == _CONSULT_ROOT and (spoke_alone(verb) or rang_in_a_time(verb)):
            continue  # "the defense secretary spoke in Seoul": a speech, no one consulted;
            # "revelers pack times square to ring in 2017": a feast, no call
        if pat.code[:2] in FORCE_ROOTS and (opposed := opposing(verb, comp)) is not None:
            pat = replace(pat, code=opposed)  # "attacked the plan", "fights U.S. tariffs"
        if (
            (pat.lemma, pat.prt) in _WITHDRAWING
            and not pat.obj
            and not left_place(verb)
            and not is_armed(subject_of(verb))
            and not is_armed(child_of(verb, "dobj"))  # "withdrew police from the mines"
        ):
            continue  # "withdrew from the race": no ground given up (troops give it up)
        if (pat.lemma, pat.code) in _INCURSIONS and not is_armed(mover := subject_of(verb)):
            if not carries_aid(mover):
                continue  # "refugees crossed into Turkey": no one is attacked
            pat = replace(pat, code="073")  # "Turkish aid trucks crossed into Syria"
        pat, comp = by_complement(verb, pat, comp)
        if plea_in_court(verb) or (pat.code[:3] == "033" and paid_as_penalty(verb, comp)):
            continue  # "agrees to plead guilty and pay $4.3 billion": a plea and its penalty,
            # no appeal and no aid
        if pat.code[:2] in _AGREE_ROOTS and took_up_a_case(verb):
            continue  # "the supreme court agrees to hear a case": a docket, no cooperation
        if pat.code[:2] == "05" and works_for(verb):
            continue  # "an interpreter who worked for american troops": a job, no cooperation
        pat = by_appeal(verb, pat)
        pat = invited_to_desist(verb, pat)
        pat = by_pressure(verb, pat)
        pat = by_ultimatum(verb, pat)
        pat = by_mission_permit(verb, pat)
        pat = by_mission_closed(verb, pat)
        held_back = by_own_departure_held(verb, pat)
        if held_back is None:
            continue  # "halted the exit of its troops from Syria": no one else is curbed
        pat = held_back
        pat = by_regretted_choice(verb, pat)
        pat = by_regret_in_a_call(verb, pat)
        pat = by_own_words_regretted(verb, pat)
        pat = by_others_rally_stopped(verb, pat)
        pat = by_talks_blocked(verb, pat)
        pat = by_thing_sent_at(verb, pat)
        pat = by_failed_talks(verb, pat)
        pat = by_instrument(verb, pat)
        pat = by_blame(verb, pat)
        pat = by_menace(verb, pat)
        pat = by_claimed_ground(verb, pat, noun)
        pat = by_suit_demanded(pat, noun)
        if pat.code == "0831" and pat.prt in ("aside", "down") and is_armed(subject_of(verb)):
            # "U.S. forces would step aside", "the militia stood down": a retreat
            pat = replace(pat, code="0874")
        arrival = by_arrivals(verb, pat)
        if arrival is None:
            continue
        pat = arrival
        trip = by_trip(verb, pat)
        if trip is None:
            continue  # "came to power", "the oil will go to Syria": no one visits
        pat = trip
        if by_accident(verb, pat) is None:
            continue  # "an airliner crashed, killing all 224 on board": no one struck
        pat = by_display(verb, pat, noun)
        pat = by_refuge(verb, pat, noun)
        pat = by_protesters(verb, pat)
        pat = by_captors(verb, pat)
        reinstated = back_in_office(verb, pat)
        if reinstated is None:
            continue  # "restored order to the city": no one put back in office
        pat = reinstated
        if statehood_declared(verb, pat):
            continue  # "would declare a state on Sept. 13": statehood, no emergency
        if rally_of_welcome(verb, pat):
            continue  # "marched in Ramallah to greet Arafat": a welcome, no protest
        if took_cover(verb, pat):
            continue  # "FARC guerrillas were sheltering in Venezuela": hiding, no aid
        if let_out_not_freed(verb, pat):
            continue  # "released thousands of diplomatic cables": papers put out, no one freed
        if looked_on(verb, pat):
            continue  # "the army stood by": it watched, it backed no one
        if answer_given(verb, pat):
            continue  # "responded in kind, expelling two envoys": done, no threat
        pat = by_fire_on_crowds(verb, pat)
        pat = by_leaving(verb, pat)
        pat = forces_put_out(verb, pat)
        pat = entered_by_consent(verb, pat)
        if pat.code[:2] == "14" and noun is not None and (attack := armed_strike(noun)):
            # "announced new air strikes on Gaza": attacks made with weapons, no labour strike
            pat = replace(pat, code=attack, prep=frozenset({"on", "against", "in"}))
        announced = child_of(verb, "dobj") if verb.lemma_.lower() in ANNOUNCING else None
        if (
            announced is not None
            and noun is not None
            and noun.i != announced.i
            and any(p.code[:2] == "08" for p in book.nouns.get(announced.lemma_.lower(), ()))
        ):
            # "announced the withdrawal of French troops": the concession announced is the
            # event noun's, not a reading of the announcing verb with a word inside its phrase
            continue
        # "ended its military operation in Syria", "ended their hunger strike": an act of
        # force or protest ended is a climb-down, the verb's own reading
        ended = verb.lemma_.lower() in _ENDING and pat.code[:2] == "08"
        # ("ended military cooperation with the United States": a line that names the tie
        # it cuts is read, whatever kind of tie the noun says)
        cuts_tie = pat.code[:2] == "16" and bool(pat.obj)
        if not pat.prt and (
            (
                verb.lemma_.lower() in SUPPORT_VERBS
                and modified_noun(noun, book)
                and not ended
                and not cuts_tie
            )
            or (verb.lemma_.lower() in ANNOUNCING and modified_noun(noun, book, "16"))
            or _words_decide(verb, noun, pat, book)
        ):
            # "launched a general strike", "announced the withdrawal from the agreement": the
            # noun's own reading decides
            continue
        doer = final[0] if final is not None else subject_of(verb)
        # (conjuncts of a doer read from a whole sentence parsed as a noun phrase may lie
        # past the verb, in a clause of their own: only those before the verb are doers)
        done_to = {t.i for t in final[1]} if final is not None else set()
        sources = tuple(
            t
            for t in with_conjuncts(doer)
            if (doer is None or doer.i > verb.i or t.i < verb.i)
            and (t.i not in done_to or t is doer)  # (nor what the reading found done to)
        )
        if not sources and pat.code.startswith("084"):
            sources = releaser(verb)
        elif not sources and pat.code[:2] == "07":
            sources = hyphen_giver(verb)  # "a Japanese-funded hospital in Kabul"
            if sources:  # given to where or whom the thing is, else the thing
                given = [*prep_objects(verb.head, _GIVEN_TO), verb.head]
                triples.append(Triple(verb, pat, sources, tuple((g,) for g in given), 1))
                continue
        elif not sources and pat.code == _LEFT_GROUND.code:
            # "3,000 Ugandan soldiers were withdrawn from South Sudan": with no one named
            # withdrawing them, the troops pulled back are the side that gives ground
            pulled = child_of(verb, "nsubjpass")
            if pulled is not None and pulled.lemma_.lower() in TROOPS:
                sources = with_conjuncts(pulled)
        if any(force_of_nature(s) or accidental_blast(s) for s in sources):
            # "an earthquake hit the city", "the storms destroyed homes", "a fire gutted
            # the building", "a blast at a fireworks market kills 31": nature or mishap is
            # no one's force, and no side acts through it
            continue
        if ruled_void(verb, pat.code):
            continue  # "the supreme court strikes down two districts": a ruling, no blow
        if price_move(verb, sources, pat.code):
            continue  # "stocks retreat from record highs", "stocks rally": a market moves
        if pat.code[:2] == "13" and any(s.lemma_.lower() in FORECASTERS for s in sources):
            continue  # "analysts warn that detainees could escape": a forecast, no threat
        if expected_by_forecasters(verb, pat.code, sources):
            continue  # "commentators expect Netanyahu not to apologise": a forecast, no demand
        if pat.code[:2] == "13" and foretold_condition(verb):
            continue  # "warned that Lebanon faced a deep crisis": a statement, no threat
        if pat.code[:2] == "13" and threat_of_going_wrong(verb):
            continue  # "the spillway threatens to fail": a risk, no threat
        if not sources and noun is not None and (pat.code == _SIGNED or _ties_between(noun)):
            # "an agreement between Ethiopia and Somaliland was signed": its parties signed it
            # (also through the noun's "of" phrase: "the memorandum of understanding between
            # Nigeria and Morocco", "a declaration of principles between …"); so with ties
            # cut, frozen or restored with no one named doing it: "relations between Greece
            # and Pakistan have been frozen since the coup" is each side's act to the other
            parties = agreement_parties(noun)
            if parties:
                triples.append(Triple(verb, pat, parties, (), symmetric_pair=True))
                consumed.add(noun.i)
                continue
        if not sources and noun is not None:
            continue  # "No talks were held": leave the event noun to the nominal reading
        # with no agent ("was killed in Beirut") or none we can resolve, the coder falls back
        # to where it happened
        # (not for a participle that only describes someone in another clause: "returned
        # the bodies of soldiers killed near Bakhmut" reports no killing by Bakhmut)
        described = reduced_passive(verb) and verb.head.dep_ != "ROOT"
        places = places_of(verb) if pat.code[:2] in _PLACED_ROOTS and not described else ()
        if (
            not places
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and child_of(verb, "nsubj") is None
            and verb.head.pos_ == "VERB"
        ):
            # "protesters rallied in Niamey, demanding the withdrawal of French troops": a
            # participle told of the main clause's subject happened where the main act did
            places = places_of(verb.head)
        used = {t.i for t in (comp, noun) if t is not None}
        if pat.code == _MEDIATED and noun is not None:
            # "the truce between Israel and Hamas, brokered by Egypt, took effect": what a
            # third side brokers is still the parties' own truce or deal
            used.discard(noun.i)
        if comp is not None:  # "refused to hold talks": the talks are part of the refusal
            used |= {o.i for o in objects_of(comp)}
            # "agreed to coordinate … and to establish contacts": every coordinated
            # complement is part of the one agreement, none an act of its own
            # (not a past verb joined on: "called on both sides to restraint and blamed Moscow")
            used |= {c.i for c in comp.conjuncts if c.pos_ == "VERB" and c.tag_ != "VBD"}
        # (the giving may be the complement of the pattern's verb: "voted to send Arab forces
        # to help defend Saudi Arabia", "agreed to send troops to Mali to help the army")
        giver = next(
            (h for h in (verb, comp) if h is not None and h.lemma_.lower() in TRANSFER_VERBS), None
        )
        if pat.code[:2] in ("07", "03") and giver is not None:
            # "donated ambulances to support hospitals", "pledged $1 billion to help Ukraine": the
            # purpose is part of the aid given or promised, and so is all it says ("sent
            # troops to Mali to help the army fight the rebels": no fight of the army's)
            used |= {t.i for p in purposes_of(giver) for t in p.subtree}
            if _forces(child_of(giver, "dobj")):
                # "sent police to Haiti to lead a mission against the gangs": whatever forces
                # are sent to a side to do is the help itself
                used |= {t.i for p in infinitives_of(giver) for t in p.subtree}
        used |= {t.i for t in placed_in(verb)}  # "put the army on high alert"
        used |= {t.i for t in _help_cut(verb, pat, book)}
        if pat.code == "190":  # "sent troops into Ukraine, launching an invasion": one assault
            used |= {t.i for t in assault_told(verb)}
        by = child_of(verb, "agent") if pat.code[:2] in FORCE_ROOTS else None
        means = child_of(by, "pobj", "pcomp") if by is not None else None
        if means is not None and means.tag_ == "VBG":
            used.add(means.i)  # "were killed by Syrian shelling": the shelling is the killing
        if pat.code == _ULTIMATUM:
            # "gave the rebels 48 hours to leave the city": what a deadline demands is no act
            # of whoever sets it
            used |= {
                c.i
                for holder in (verb, noun)
                if holder is not None
                for c in holder.children
                if c.dep_ in ("advcl", "relcl", "acl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            }
        consumed |= used
        # "imposed a curfew", "declared martial law": the object is the measure, an event
        # noun of its own, not whom it is imposed on
        measure = (
            noun is not None
            and (pat.code[:2] in MEASURE_ROOTS or pat.code == _BLOCKADE)
            and noun.lemma_.lower() in book.nouns
        )
        targets, primary, behind = verb_targets(verb, pat, comp, noun, measure)
        if pat.code[:2] == _THREAT_ROOT and forecast_of_nature(targets):
            continue  # "doctors warn of a measles outbreak": a forecast, no one threatened
        if not targets and pat.code == _STEPPED_DOWN:
            # "resigned under pressure from protesters": who demanded it
            targets = tuple(with_conjuncts(t) for t in pressed_by(verb))
            primary = len(targets)
        if named is not None:  # "called the news conference a disgrace by a president"
            judged = by_agents(named[1])
            # "called the president a traitor", "called the talks useful and Biden a wise man"
            called = named_object(verb) or gapped_named(verb)
            judged += [called] if called is not None else []
            targets = tuple(with_conjuncts(t) for t in judged) + targets
            primary += len(judged)
            act = child_of(verb, "dobj")
            if act is not None and any(
                p.code[:2] in VIOLENCE for p in book.nouns.get(act.lemma_.lower(), ())
            ):
                # "called the killing of Soleimani provocative": judged is who killed (by,
                # possessor), never the victim in the "of" phrase
                doers = judged + by_agents(act) + [c for c in act.children if c.dep_ == "poss"]
                if (
                    not doers
                    and verb.tag_ != "VBG"  # ("…, calling the seizure a violation": the
                    # participle's charge is the report's, coded with it)
                    and not any(c.dep_ == "prep" for c in act.children)
                    and (
                        act.lemma_.lower() in _ARMIES_ACTS
                        or not any(
                            p.code[:2] in FORCE_ROOTS
                            for p in book.nouns.get(act.lemma_.lower(), ())
                        )
                    )
                ):
                    # "Moldova expelled five diplomats … Karasin called the expulsion a
                    # provocation": a bare arrest or expulsion stands, for the story to name
                    # its doer (a murder or an attack does not: "called the murder a
                    # provocation" blames no state its killer belonged to)
                    doers = [act]
                targets = tuple(with_conjuncts(t) for t in doers)
                primary = len(doers)
        if named is not None and told_audience(verb):
            targets, primary = _unjudged_audience(verb, targets, primary)
        if final is not None:
            targets = tuple(with_conjuncts(t) for t in final[1]) + targets
            primary += len(final[1])
        if death is not None:  # the dead one suffered it; the jailers or the place did it
            sources, targets, primary = (), (sources,), 1
        call = call_made_for(verb)  # "called Erdogan to apologize" (to Erdogan: _contacted)
        if call is not None and pat.code[:2] != "04":
            consumed.add(call.i)  # the call is how it was done; "to discuss" keeps it
        partner = joint_partner(verb) if sources else None
        if partner is not None:
            # "in cooperation with the FBI, police arrested the suspects": the partner is no
            # one arrested
            # (the partner is in it: the phrase "with" hangs on, or the "with" phrase itself
            # when it hangs on the verb, "jointly patrolled the strait with Serbia")
            holder = partner.head.head if partner.head.head != verb else partner.head
            inside = {t.i for t in holder.subtree}
            kept = [g for g in targets if not any(t.i in inside for t in g)]
            primary -= sum(1 for g in targets[:primary] if g not in kept)
            targets = tuple(kept)
        measure_backed = backed_measure(verb, pat, book)
        if measure_backed is not None:
            # "Germany backs new sanctions on Russia": the measure is backed, not the side it
            # is aimed at; its imposer is ("welcomed the EU sanctions on Belarus": the EU)
            aimed = {t.i for phrase in _aimed_phrases(measure_backed) for t in phrase.subtree}
            if not _imposer_named(measure_backed):
                aimed.add(measure_backed.i)  # (its phrase would name the side it is aimed at)
            kept = [g for g in targets if not any(t.i in aimed for t in g)]
            primary -= sum(1 for g in targets[:primary] if g not in kept)
            targets = tuple(kept)
        giver = giver_of(verb, pat, noun)
        if giver is not None and sources:  # "Ukraine received tanks from Poland"
            sources, targets, primary = with_conjuncts(giver), (sources,), 1
        elif giver is None and gets_aid(verb, pat, noun):
            continue  # "Ukraine received aid": given by someone unnamed
        triples.append(
            Triple(
                verb,
                pat,
                sources,
                targets,
                primary,
                consumed=frozenset(used),
                places=places,
                behind=behind,
            )
        )
        asked = cooperation_asked(verb, pat) if sources else None
        if asked is not None:  # "arrested him at the request of Minsk": done for Minsk
            triples.append(Triple(verb, JUDICIAL, sources, (with_conjuncts(asked),), 1))
        if partner is not None:  # "in cooperation with the FBI, Kenyan police arrested …"
            kind = cooperation_kind(pat)
            triples.append(Triple(verb, kind, sources, (with_conjuncts(partner),), 1))
        if doers and pat.code[:2] not in ("06",):  # "Indian and Nepalese police jointly arrested"
            triples.append(Triple(verb, cooperation_kind(pat), doers, (), symmetric_pair=True))
    triples += obligation_triples(sent)
    # A complement consumed by a later verb ("refused to meet") must not stand alone.
    return [t for t in triples if t.word.i not in consumed], consumed


# Support verbs that end what their event noun names (see the support-verb test above).
_ENDING = {"end"}
_STATEMENT_ROOT = "01"


def _words_decide(verb: Token, noun: Token | None, pat: Pattern, book: PatternBook) -> bool:
    """Words sent decide their reading over the verb that sends them when they carry support
    ("sent a message of support to Kyiv"), or a complaint where the verb reads them only as
    a statement ("sent a note of protest" is a complaint, not 010; "gave the envoy a protest
    note" keeps the verb's own complaint line, which finds the envoy)."""
    if verb.lemma_.lower() not in SENDING_WORDS or noun is None:
        return False
    if noun.lemma_.lower() not in WORDS_SENT:
        return False
    return modified_noun(noun, book, "05") or (
        pat.code[:2] == _STATEMENT_ROOT and modified_noun(noun, book, "11")
    )


# What one strikes or hits in a figure of speech: "the address strikes a calmer tone",
# "struck a chord with voters", "struck a balance between growth and debt", "hit the right
# note". No blow is struck at anyone.
_STRUCK_FIGURES = {"tone", "note", "chord", "balance", "pose", "posture", "nerve"}
_FIGURE_STRIKERS = {"strike", "hit", "sound"}


_LAST_COOPERATIVE_ROOT = "08"
# Nouns of an "in …" phrase that makes an act a reprisal: "in protest at", "in retaliation for".
_REPRISALS = frozenset({"protest", "retaliation", "reprisal", "revenge"})


def done_in_protest(verb: Token) -> bool:
    """``verb`` (or a verb joined to it, whose closing phrase tells why both were done) is
    done "in protest at/against/over" something or "in retaliation for" it, so whatever it
    gives up or removes is no cooperation with the other side."""
    return any(
        prep.lower_ in ("in", "as") and any(o.lemma_.lower() in _REPRISALS for o in prep.children)
        for done in (verb, *verb.conjuncts)
        for prep in done.children
        if prep.dep_ == "prep"
    )


def struck_a_figure(verb: Token) -> bool:
    """``verb`` strikes a tone, a note, a chord or a balance (``_STRUCK_FIGURES``)."""
    return verb.lemma_.lower() in _FIGURE_STRIKERS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STRUCK_FIGURES for c in verb.children
    )


_THREAT_ROOT = "13"


def _needs_foe(code: str, comp: Token | None) -> bool:
    """The act needs a foe for its object: force, or a threat told by its own verb
    ("warned against protectionism" warns of an ill and threatens no one; a threat to do
    something, "threatens to fight terrorism in iraq", is read by what it would do)."""
    return code[:2] in FORCE_ROOTS or (code[:2] == _THREAT_ROOT and comp is None)


_MEDIATED = "045"
_GIVEN_TO = frozenset({"in", "for", "to", "of"})
_ULTIMATUM = "139"
# Verbs of winning a game, and the nouns of the game that say a sentence tells one ("beat
# the Falcons in overtime", "Pakistan beat Australia by five wickets", "defeated Nadal to
# win the title"): a result in sport, no attack.
_DEFEATING = {
    "beat", "defeat", "rout", "crush", "top", "edge", "thrash", "trounce", "overpower",
    "outlast", "outplay", "upset", "stun", "whip", "hammer", "sweep", "down", "blank",
}  # fmt: skip
CONTEST_NOUNS = {
    "title", "final", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "cup",
    "league", "championship", "tournament", "match", "overtime", "bowl", "playoff",
    "playoffs", "slam", "wicket", "innings", "inning", "medal", "olympics", "derby", "game",
    "open", "tiebreaker", "tiebreak",
    # games a feed names by their place in a season ("beats Sri Lanka in Twenty20 opener",
    # "strikes back against Butler in Big East showdown", "edges Jamaica in a friendly")
    "opener", "showdown", "rivalry", "friendly", "qualifier", "series", "rematch",
    # prizes: a film or a singer "sweeps" the awards and "beats" a rival to one
    "award", "prize", "nomination", "oscar", "grammy", "emmy", "globe",
    # (the shows by their plural names, which the tagger keeps: "at the grammys")
    "oscars", "grammys", "emmys", "globes", "baftas", "tonys",
}  # fmt: skip


# Who one beats in a game by the word for them: "beats four top poker players", "stuns the
# top seed", "beat the defending champion" (an election's rival is read by the vote).
_PLAYERS = {
    "player", "team", "champion", "titleholder", "seed", "squad", "opponent", "challenger",
    "finalist",
}  # fmt: skip


def sporting_win(verb: Token) -> bool:
    """``verb`` tells who beat whom in a game: a verb of winning by people who carry no
    arms, in a sentence that names the game (a title, a final, a cup, overtime, wickets),
    gives a score ("3-1") or goes on "to win" ("beat Nadal to win the Australian Open")."""
    if verb.lemma_.lower() not in _DEFEATING or is_armed(subject_of(verb)):
        return False
    goal = child_of(verb, "xcomp", "advcl")
    if goal is not None and goal.lemma_.lower() == "win":
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _PLAYERS for c in verb.children):
        return True  # "a computer program beats four top poker players"
    line = news_line(verb)  # (the snippet may name the game: "…; the Canadians won 3-2")
    return bool(CONTEST_SCORE.search(line.text)) or any(
        t.lemma_.lower() in CONTEST_NOUNS or t.lower_ in CONTEST_NOUNS
        for t in line
        if _heads_noun_phrase(t) and t.i != verb.i
    )


# Votes a candidate wins or loses ("beats Hofer in Austria's runoff", "defeated Le Pen in the
# runoff", "beats Ossoff in Georgia's house race").
ELECTIONS = frozenset({
    "election", "runoff", "run-off", "primary", "vote", "ballot", "poll", "race", "caucus",
    "referendum", "by-election", "byelection",
})  # fmt: skip
# Doers whose blows at a vote are violence at it ("police beat voters in the runoff").
_ENFORCERS = frozenset({
    "police", "policeman", "officer", "guard", "security", "thug", "mob", "gang", "agent",
    "gunman", "attacker", "assailant",
})  # fmt: skip


def won_at_the_polls(verb: Token) -> bool:
    """``verb`` tells who beat whom in a vote: a verb of winning by people who carry no arms,
    with an "in" phrase, the verb's or the loser's, that names an election ("van der bellen
    beats the far right's norbert hofer in austria's runoff"): a result at the polls, no
    attack (troops or police who beat voters in a runoff keep their force)."""
    doer = subject_of(verb)
    if verb.lemma_.lower() not in _DEFEATING or is_armed(doer):
        return False
    if doer is not None and doer.lemma_.lower() in _ENFORCERS:
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        o.lemma_.lower() in ELECTIONS
        for holder in holders
        for o in prep_objects(holder, frozenset({"in"}))
    )


# Where a word heads a noun phrase whatever its tag: the tagger reads "final" in "won the
# australian open final" as an adjective, yet it is the object.
_NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


def _heads_noun_phrase(tok: Token) -> bool:
    """``tok`` is a noun, or a word the tagger took for another part of speech that heads a
    noun phrase ("the australian open final" as an object)."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in _NOUN_PHRASE_DEPS)


def at_play(verb: Token) -> bool:
    """A blow by people who carry no arms is play in a game: a sporting win itself, a
    blow tied to one ("strike back to beat the Nuggets in overtime", "attacked early and
    beat Italy 40-7"), struck in a game the sentence names ("strikes back against Butler in
    a Big East showdown") or in a line (a headline and its snippet) only a game report tells
    ("Boswell kicked six field goals", "the Rangers attacked in the shootout")."""
    if is_armed(subject_of(verb)):
        return False
    tied = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj"))]
    if verb.dep_ in ("xcomp", "advcl", "conj"):
        tied.append(verb.head)
    return any(sporting_win(t) for t in tied) or _in_a_contest(verb) or game_line(news_line(verb))


# Roots whose verbs a game report uses for play: sides "meet" in a final (040) and "rally"
# from behind (053).
_GAME_MEETINGS = frozenset({"04", "05"})


def met_in_play(verb: Token) -> bool:
    """Sides that meet or rally in a game, not at a table or for a cause: people who carry
    no arms, in a game the sentence names ("the sisters met in the final") or in a line only
    a game report tells ("the Patriots rallied from 25 points down to win in overtime")."""
    return not is_armed(subject_of(verb)) and (_in_a_contest(verb) or game_line(news_line(verb)))


def _in_a_contest(verb: Token) -> bool:
    """An "in" phrase of the verb, or of the one it is aimed at, names a game ("in a big
    East showdown", "against Butler in the final"), or a "for" phrase the prize it is
    played for ("host the Steelers for the A.F.C. title")."""
    holders = [verb, *(p for c in verb.children if c.dep_ == "prep" for p in c.children)]
    return any(
        o.lemma_.lower() in CONTEST_NOUNS
        for holder in holders
        for o in prep_objects(holder, frozenset({"in"}))
        if _heads_noun_phrase(o) and o.pos_ != "PROPN"  # ("in the final", "final" an adjective)
    ) or any(
        o.lemma_.lower() in _PRIZES_PLAYED_FOR
        for holder in holders
        for o in prep_objects(holder, frozenset({"for"}))
    )


# Prizes a game is played for: sides that meet, host or fight "for the A.F.C. title", "for
# the cup" are in a game ("will host the Steelers for the A.F.C. title").
_PRIZES_PLAYED_FOR = frozenset({"title", "crown", "championship", "cup", "pennant", "trophy"})


# Measures and plans one fights or attacks in words and in court, not with arms ("attacked
# the plan", "a town fights a plan for a mosque", "China fights U.S. tariffs").
POLICIES = {
    "plan", "proposal", "bill", "law", "legislation", "measure", "policy", "rule",
    "regulation", "ban", "order", "decision", "ruling", "tax", "tariff", "reform", "deal",
    "agreement", "budget", "sanction", "decree", "resolution", "initiative", "program",
    "programme", "project", "idea", "nomination", "verdict", "merger", "bid", "lawsuit",
}  # fmt: skip
# Verbs of fighting a measure that reject it; those of striking it (attack, hit, slam)
# criticize it. (Other verbs coded as force keep their reading: "violated the ceasefire
# agreement" is fighting.)
_RESISTING = {"fight", "battle", "combat", "resist", "challenge"}
_STRIKING = {"attack", "assail", "hit", "strike", "slam", "blast", "target", "assault"}
_CRITICIZE = "111"
_REJECT = "120"


# People and bodies of public life who carry no arms: a public figure who "attacks" them does
# so in words ("Trump attacks the judge", "the president attacks the press").
VOICES = {
    "judge", "court", "justice", "media", "press", "newspaper", "paper", "reporter",
    "journalist", "critic", "opponent", "senator", "lawmaker", "democrat", "republican",
    "times", "network", "columnist", "comedian", "actor", "actress", "author",
}  # fmt: skip
# Titles of a public figure who strikes only in words.
_FIGURE_TITLES = {
    "president", "leader", "minister", "premier", "chancellor", "senator", "governor",
    "mayor", "candidate", "nominee",
}  # fmt: skip


def _public_figure(subject: Token | None) -> bool:
    """A person named or titled, not an armed force ("Trump", "the president"); a name the
    pipeline masked with a stand-in carries no entity type."""
    if subject is None:
        return False
    named = subject.pos_ == "PROPN" and subject.ent_type_ in ("", "PERSON")
    return named or subject.lemma_.lower() in _FIGURE_TITLES


def opposing(verb: Token, comp: Token | None) -> str | None:
    """The code of a blow aimed at a measure or plan, when its object is one: words against
    it ("attacked the plan": 111 criticize) or a fight to stop it ("fights the ban": 120
    reject). No one is attacked; nor is a judge or the press a public figure strikes ("Trump
    attacks the judge who blocked his order": words, 111)."""
    lemma = (comp or verb).lemma_.lower()
    if lemma not in _RESISTING | _STRIKING:
        return None
    objects = objects_of(comp or verb)
    if objects and all(o.pos_ in ("NOUN", "PROPN") for o in objects):
        voices = all(o.lemma_.lower() in VOICES or o.lower_ in VOICES for o in objects)
        if lemma in _STRIKING and voices and _public_figure(subject_of(verb)):
            return _CRITICIZE
    if not objects or not all(o.pos_ == "NOUN" and o.lemma_.lower() in POLICIES for o in objects):
        return None
    return _REJECT if lemma in _RESISTING else _CRITICIZE


_CONSULT_ROOT = "04"
# Verbs of speaking that consult someone only with a partner ("spoke with Abe", "talked to
# reporters" aside): alone they tell a speech ("Mattis spoke in Seoul").
_SPEAKING = {"speak", "talk"}
_PARTNER_WORDS = frozenset({"with", "to", "phone", "telephone", "call", "video"})


def spoke_alone(verb: Token) -> bool:
    """``verb`` is a verb of speaking with no partner: no one spoken with or to, no object,
    and one speaker (not "the two leaders spoke", "Putin and Erdogan talked"); or a speaking
    participle set beside what is said, with no one named spoken to ("Indian officials,
    speaking on condition of anonymity, said …": how it was told, no talks). Nor do
    commentators who act for no side (``FORECASTERS``) hold talks when they speak with no
    one named beside them: "Ukrainian analysts speak about a new Russian offensive",
    "commentators speak about it that Baku promised Budapest gas" tell their view."""
    if verb.lemma_.lower() not in _SPEAKING or verb.pos_ != "VERB":
        return False
    subject = subject_of(verb)
    if (
        subject is not None
        and subject.lemma_.lower() in FORECASTERS
        and not any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children)
    ):
        return True
    if (
        verb.tag_ == "VBG"
        and (verb.head if verb.dep_ == "advcl" else verb.head.head).lemma_.lower() in SPEECH
        and (verb.dep_ == "advcl" or (verb.dep_ == "acl" and verb.head.dep_ == "nsubj"))
        and not any(names_someone(t) for t in verb.subtree if t.i != verb.i)
    ):
        return True
    if child_of(verb, "dobj") is not None or any(
        t.lower_ in _PARTNER_WORDS
        for t in verb.subtree  # (wherever the parser hangs it:
    ):  # "Erdogan with Andersson by telephone spoke")
        return False
    return (
        subject is not None
        and len(with_conjuncts(subject)) == 1
        and subject.tag_ not in ("NNS", "NNPS")
        and subject.lower_ not in ("they", "we")
    )


# Times a crowd rings in or out: a year, a holiday ("revelers pack times square to ring in
# 2017", "Sydney rang in the new year with fireworks").
_FEASTS = frozenset({"year", "christmas", "holiday", "holidays", "new", "century", "decade"})


def rang_in_a_time(verb: Token) -> bool:
    """``verb`` is "ring" with a time rung in or out, a celebration: no call is made (a year
    or a holiday, told as a date or named: "ring in 2017", "rang out the old year")."""
    if verb.lemma_.lower() != "ring" or verb.i + 1 >= len(verb.doc):
        return False
    edge = verb.doc[verb.i + 1]  # (a particle right after the verb: "rang Putin in May" calls)
    if edge.head.i != verb.i or edge.lower_ not in ("in", "out"):
        return False
    times = [*prep_objects(verb, frozenset({"in", "out"})), *objects_of(verb)]
    return any(t.ent_type_ == "DATE" or t.lemma_.lower() in _FEASTS for t in times)


_SUPPORT_ROOT = "05"


def backed_measure(verb: Token, pat: Pattern, book: PatternBook) -> Token | None:
    """The measure against a named side that ``verb`` backs: the object of a verb of support
    (or its "for" phrase: "voted for new sanctions on Russia") that names sanctions, an
    embargo or a ban with whom it is aimed at; None when the thing backed is no such measure
    ("backs Ukraine's bid")."""
    if pat.code[:2] != _SUPPORT_ROOT:
        return None
    for thing in [*objects_of(verb), *prep_objects(verb, _FOR)]:
        nouns = book.nouns.get(thing.lemma_.lower(), ())
        if any(p.code[:2] in MEASURE_ROOTS for p in nouns) and _aimed_phrases(thing):
            return thing
    return None


# The phrases that name whom a measure is aimed at: "sanctions on Russia", "an embargo
# against Cuba" ("backed the sanctions" names no one: the story's imposer is backed).
_AIMED_AT = frozenset({"on", "against", "upon"})


def _aimed_phrases(measure: Token) -> list[Token]:
    return [c for c in measure.children if c.dep_ == "prep" and c.lower_ in _AIMED_AT]


_IMPOSER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_IMPOSER_KINDS = frozenset({"GPE", "NORP", "ORG"})


def _imposer_named(measure: Token) -> bool:
    """``measure`` names who takes it before it: "the EU sanctions", "the Saudi embargo"."""
    return any(
        c.dep_ in _IMPOSER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in _IMPOSER_KINDS)
        for c in measure.children
    )


_AGREE_ROOTS = frozenset({"01", "03"})  # (accord, 019, and intent to cooperate)
# A court that agrees to hear a case sets its docket and cooperates with no one ("the supreme
# court agrees to hear a case on partisan maps", "the justices agreed to take up the
# appeal"); a state that agrees to review a proposal still does.
_BENCHES = frozenset({"court", "justice", "tribunal", "judge", "panel"})
_HEARING = frozenset({"hear", "review", "take", "consider", "decide"})
_CASES = frozenset({"case", "appeal", "challenge", "petition", "lawsuit", "suit", "dispute"})


def took_up_a_case(verb: Token) -> bool:
    """``verb`` is a court's agreement to hear a case: its subject a court or its judges, its
    complement a verb of hearing whose object is a case or an appeal."""
    subject = subject_of(verb)
    hearing = child_of(verb, "xcomp")
    return (
        subject is not None
        and subject.lemma_.lower() in _BENCHES
        and hearing is not None
        and hearing.lemma_.lower() in _HEARING
        and any(o.lemma_.lower() in _CASES for o in objects_of(hearing))
    )


# Working "for" someone is a job held: "an Iraqi interpreter who worked for American troops",
# "he works for the CIA". Working with a side, or together, is cooperation; working "for
# peace" or "for a ceasefire" is a goal, read as before.
_WORKING = frozenset({"work"})
_EMPLOYER_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def works_for(verb: Token) -> bool:
    """``verb`` is work "for" an employer, with no partner it works with: a people, a body
    or a person named in the "for" phrase, or troops."""
    if verb.lemma_.lower() not in _WORKING or has_prep([verb], frozenset({"with"})):
        return False
    if any(c.lower_ == "together" for c in verb.children):
        return False
    return any(
        o.lemma_.lower() in TROOPS
        or o.ent_type_ in _EMPLOYER_ENTITIES
        or any(m.ent_type_ in _EMPLOYER_ENTITIES for m in o.children if m.i < o.i)
        for o in prep_objects(verb, frozenset({"for"}))
    )


# "Fire" with someone in a job as its object ("the Devils fired their coach", "fired 300
# workers", "fired Comey") dismisses them; a blow is fired at someone ("fired on the crowd")
# or names what is shot ("fired rockets", "firing small arms").
_STAFF = {
    "coach", "manager", "employee", "worker", "staff", "staffer", "executive", "chief",
    "director", "official", "aide", "adviser", "advisor", "editor", "head", "ceo",
    "chairman", "spokesman", "spokeswoman", "commissioner", "player", "teacher", "reporter",
    "journalist", "anchor", "host", "secretary", "minister", "president", "lawyer",
    "coordinator", "assistant", "trainer", "scout", "consultant", "contractor",
    # offices of state one is dismissed from ("fired the acting attorney general")
    "general", "attorney", "prosecutor", "ambassador", "deputy", "governor", "commander",
    "officer", "inspector", "chairwoman", "counsel",
    # trades of the office and the lab ("google fires the engineer who wrote a memo")
    "engineer", "analyst", "programmer", "developer", "designer", "producer", "researcher",
    "scientist", "technician", "nurse", "doctor", "professor", "writer", "columnist", "clerk",
}  # fmt: skip
_WHO = frozenset({"who", "whom"})


def _told_of_as_someone(noun: Token) -> bool:
    """``noun`` is told of as a person: a relative clause on it opens with "who" ("fired the
    man who leaked the memo")."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in _WHO for w in c.children) for c in noun.children
    )


def dismissal(verb: Token, pat: Pattern) -> bool:
    """``verb`` is "fire" read as the bare blow (no object in its pattern) with a person in
    a job as its direct object: someone is dismissed, no one is shot."""
    if verb.lemma_.lower() != "fire" or pat.obj:
        return False
    obj = child_of(verb, "dobj")
    return obj is not None and (
        obj.lemma_.lower() in _STAFF or obj.ent_type_ == "PERSON" or _told_of_as_someone(obj)
    )


_PARTY_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}


_ASSURING = frozenset({"assure", "reassure"})


def assured_no_one(verb: Token, pat: Pattern) -> bool:
    """``verb`` assures with no one assured and a clause of what it holds: "the government
    assured that the trucks had been burned by the opposition" (the Spanish "aseguró que")
    only claims, as "said that" does; it reassures no one (013), least of all a side taken
    from the sentences before. "assured Biden that …" and "assured its allies" keep theirs."""
    return (
        pat.lemma in _ASSURING
        and not pat.obj
        and child_of(verb, "dobj", "dative") is None
        and not any(prep_objects(verb, frozenset({"to"})))
        and child_of(verb, "ccomp") is not None
    )


# What a seller or a state asks to be paid: "charge export duties", "charged a fee".
_PRICES = frozenset({
    "duty", "fee", "tariff", "tax", "price", "rent", "interest", "toll", "levy", "premium",
    "rate", "fare", "commission", "excise", "surcharge", "royalty", "cost",
})  # fmt: skip


def charged_a_price(verb: Token) -> bool:
    """``verb`` charges a price, not a crime: "Moscow's decision to charge export duties on
    oil sold to Belarus", "the state firm charged Kiev $450 per 1,000 cubic metres" ask to be
    paid; no one is accused or taken to court (115)."""
    if verb.lemma_.lower() != "charge":
        return False
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in _PRICES or any(t.ent_type_ == "MONEY" for t in c.subtree))
        for c in verb.children
    )


def _unjudged_audience(verb: Token, targets: tuple, primary: int) -> tuple[tuple, int]:
    """``targets`` without the audience ``verb`` tells its judgement to: in "Lavrov told
    journalists that the Americans had been constructive" or "the delegate told reporters
    the agreement was a great victory" the journalists hear the praise, they are not praised
    (the Americans are; the agreement is no one)."""
    audience = child_of(verb, "dobj", "dative")
    if audience is None:
        return targets, primary
    kept = [(n, g) for n, g in enumerate(targets) if audience not in g]
    return tuple(g for _, g in kept), sum(1 for n, _ in kept if n < primary)


def spoke_to_audience(verb: Token) -> bool:
    """``verb`` is a verb of speaking whose partners are all an audience (``AUDIENCES``) no
    actor's word qualifies: "spoke to reporters in Beijing", "speaking to journalists at the
    summit" tell a public word, no talks with the place where they listen."""
    if verb.lemma_.lower() not in _SPEAKING:
        return False
    heard = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # (the actor tagger marks "journalists" as media; a name is what makes them a party's)
    return bool(heard) and all(
        o.lemma_.lower() in AUDIENCES
        and not {t.ent_type_ for t in o.subtree if t.i <= o.i} & _PARTY_ENTITIES
        for o in heard
    )


# Verbs of fighting that, with an infinitive and no one fought, say someone strives ("a
# family fights to keep its farm", "residents battle to survive the winter").
_STRIVING = {"fight", "battle", "struggle", "scramble"}
_FOUGHT = frozenset({"against", "with"})


def striving(verb: Token) -> bool:
    """``verb`` is a struggle to do something by people who carry no arms: no one is
    attacked ("families fight to survive"; "Iraqi forces fight to retake Mosul" still do)."""
    if verb.lemma_.lower() not in _STRIVING or child_of(verb, "xcomp") is None:
        return False
    if child_of(verb, "dobj") is not None or has_prep([verb], _FOUGHT):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.pos_ == "NOUN" and not is_armed(subject)


# What goes wrong of itself: "the spillway threatens to fail", "the talks threaten to
# collapse", "the quarrel threatens to spill over into trade". A "to" clause of one of these,
# with nothing it is done to, tells a risk, whoever its subject is ("rebels threatened to
# collapse the bridge" has an object, and is a threat).
_GOING_WRONG = frozenset({
    "fail", "collapse", "burst", "crumble", "cave", "unravel", "overflow", "overtop", "spill",
    "spiral", "derail", "falter", "founder", "stall", "sink", "crash", "implode", "spread",
    "worsen", "deepen", "erupt", "boil", "fizzle", "breach", "buckle", "topple", "flood",
})  # fmt: skip


def threat_of_going_wrong(verb: Token) -> bool:
    """``verb`` is "threaten" whose "to" clause is something going wrong of itself, with no
    object ("the spillway at Oroville dam threatens to fail", "the truce threatens to
    unravel"): a risk foretold, no one threatened."""
    if verb.lemma_.lower() != "threaten":
        return False
    going = child_of(verb, "xcomp")
    return (
        going is not None
        and going.lemma_.lower() in _GOING_WRONG
        and child_of(going, "dobj") is None
    )


def forecast_of_nature(targets: tuple[tuple[Token, ...], ...]) -> bool:
    """Every target candidate is a force of nature or circumstance (``NOT_DOERS``): "doctors
    warn of a measles outbreak", "economists warned of a recession" foretell a danger and
    threaten no one."""
    heads = [t for group in targets for t in group]
    return bool(heads) and all(t.lemma_.lower() in NOT_DOERS for t in heads)


# Forces of nature and of circumstance that "hit", "struck", "killed" or "destroyed": no
# actor, whatever the verb's code.
_YIELD_ROOT = "08"
# Markets and what they trade: as a doer, never a side ("stocks rally", "the dow attacks
# 20,000", "stocks retreat from record highs").
MARKETS = {
    "stock", "share", "market", "index", "dow", "nasdaq", "bond", "price", "currency",
    "dollar", "yen", "euro", "pound", "peso", "ruble", "rouble", "rupee", "yuan", "oil",
    "gold", "yield", "equity",
}  # fmt: skip
# People of a market, who give ground only as prices do ("investors retreat") and whose words
# and weighing are a market's mood ("investors weigh the fed's plans").
_WORDS_ROOT = "01"
_MARKET_PEOPLE = {"investor", "trader"}
# The levels a market moves between: "banks retreat from their post-election rally".
MARKET_LEVELS = {"high", "peak", "rally", "record", "low", "level", "highs", "lows"}


# Bloodshed (FORCE_ROOTS), whose bare act judged is aimed at no one the story named, but for
# blows that armies strike, whose bare act judged is the story's: "Iran shot down an American
# drone … the Central Command called the attack unprovoked" blames Iran (not a murder, a
# bombing or a massacre, whose killers belong to no state the story named).
_ARMIES_ACTS = frozenset({"attack", "strike", "airstrike", "shelling", "raid", "incursion"})


def price_move(verb: Token, sources: tuple[Token, ...], code: str) -> bool:
    """A market's move told with a verb of a political act: its doer is a market or what it
    trades ("stocks rally", "stocks retreat"), a verb of words or weighing has market people
    as doer ("investors weigh trump's trade plans"), or a verb of giving ground has them
    as doer ("investors retreat") or a price level as what is left ("banks retreat from their
    post-election rally")."""
    doers = {s.lemma_.lower() for s in sources}
    if doers & MARKETS:
        return True
    if code[:2] == _WORDS_ROOT and doers & _MARKET_PEOPLE:
        return True  # "the peso slides as investors weigh trump's trade plans": a market's mood
    if code[:2] != _YIELD_ROOT:
        return False
    return bool(doers & _MARKET_PEOPLE) or any(
        o.lemma_.lower() in MARKET_LEVELS for o in prep_objects(verb, frozenset({"from"}))
    )


# Bodies that rule on laws, maps and measures: what they "strike down" they void.
_RULING_BODIES = frozenset({
    "court", "judge", "justice", "tribunal", "panel", "bench", "judiciary", "senate",
    "parliament", "congress", "legislature", "lawmaker", "assembly", "regulator",
})  # fmt: skip


# Verbs of expecting: said by a side of another ("Washington expects Moscow to return
# Crimea") a demand (100), said by those who foresee (FORECASTERS) a guess at what will be.
_EXPECTING = {"expect", "anticipate"}


def expected_by_forecasters(verb: Token, code: str, sources: list[Token]) -> bool:
    """ "Some Israeli commentators expect that Netanyahu will not apologise to Poland",
    "analysts expect Iran to release the tanker": commentators, analysts and experts act for
    no side, so what they expect another to do is their forecast, not a demand on it."""
    return (
        code[:2] == "10"
        and verb.lemma_.lower() in _EXPECTING
        and any(s.lemma_.lower() in FORECASTERS for s in sources)
    )


def ruled_void(verb: Token, code: str) -> bool:
    """A court or a legislature that "strikes down" a law, a ban or a map voids it ("the
    supreme court strikes down two north carolina districts drawn by race", "a judge struck
    down the ban"): a ruling, no blow (gunmen who strike down a mayor still attack)."""
    if code[:2] not in ("18", "19") or verb.lemma_.lower() != "strike":
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and counted(subject).lemma_.lower() in _RULING_BODIES


# Blasts and what sets them off by mishap: gas, fireworks, chemicals, fuel, a boiler, and the
# places that store them ("a blast at a fireworks market near mexico city kills 31", "a gas
# explosion", "an explosion at a chemical plant"); a blast at a checkpoint is a bombing.
_BLASTS = frozenset({"blast", "explosion"})
_MISHAPS = frozenset({
    "gas", "firework", "fireworks", "chemical", "fuel", "boiler", "methane", "propane",
    "refinery", "fertilizer", "fertiliser", "ammonium", "tanker", "mine",
    "coal", "dust", "pipeline",
})  # fmt: skip


def accidental_blast(tok: Token) -> bool:
    """``tok`` is a blast told with what set it off by mishap, as its modifier or in the "at"
    or "in" phrase of its place ("a gas explosion", "a blast at a fireworks market")."""
    if tok.lemma_.lower() not in _BLASTS:
        return False
    places = [tok, *prep_objects(tok, frozenset({"at", "in"}))]
    return any(
        w.lemma_.lower() in _MISHAPS or w.lower_ in _MISHAPS
        for place in places
        for w in [place, *(c for c in place.children if c.dep_ in ("compound", "amod"))]
        if w is not tok
    )


NOT_DOERS = {
    "earthquake", "quake", "tremor", "aftershock", "typhoon", "hurricane", "cyclone", "storm",
    "tornado", "flood", "flooding", "tsunami", "landslide", "mudslide", "avalanche", "drought",
    "wildfire", "bushfire", "blaze", "fire", "heatwave", "blizzard", "snowstorm", "rain",
    "lightning", "volcano", "eruption", "pandemic", "epidemic", "virus", "coronavirus",
    "outbreak", "disease", "crisis", "recession", "inflation", "slump", "downturn",
    # accidents: "a plane crash in Pokhara killed 72 people", "a train collision killed"
    "crash", "collision", "accident", "derailment", "stampede", "shipwreck", "capsizing",
    "collapse", "famine", "cholera", "malnutrition", "heat", "frost",
    # cold and wet spells: "a cold snap threatens the early blooms in washington"
    "snap", "freeze", "hail", "hailstorm", "rainstorm", "thunderstorm", "downpour", "monsoon",
    "gale", "sandstorm", "duststorm", "weather",
    # water and the works that hold it: "water poured over an emergency spillway", "the dam
    # forced 180,000 to leave their homes", "floodwaters swept away the bridge"
    "water", "floodwater", "dam", "spillway", "levee", "dike", "dyke",
    # works that carry fuel or steam and burst: "a gas pipeline explodes, burning dozens of
    # homes", "a boiler blew up at the plant"
    "pipeline", "boiler",
    # poisons and illnesses: "the nerve agent VX killed Kim Jong-nam", "cancer killed him"
    "poison", "toxin", "sarin", "ricin", "vx", "novichok", "cancer", "overdose", "infection",
}  # fmt: skip
# What makes an "agent" a substance, not a spy: "the nerve agent", "a chemical agent".
_SUBSTANCE_AGENTS = {"nerve", "chemical", "toxic", "biological", "blister", "choking"}


# Kinds written before a name that make it a mountain: "Mount Etna erupted, killing two".
_MOUNTAINS = {"mount", "mt", "mt."}
# The sea's waves, which strike and sweep as storms do ("the waves swept over the airport"),
# unless they are waves of something people do ("waves of air strikes hit the city").
_SEA_WAVES = {"wave", "tide"}


def force_of_nature(tok: Token) -> bool:
    """``tok`` is weather, a disaster, a mishap or a poison (``NOT_DOERS``, "the nerve
    agent"), the sea's waves with no "of" after them ("the waves swept over the runway"), or
    a storm or a volcano known by its name ("Hurricane Matthew slammed into Haiti", "Storm
    Doris battered Britain", "Typhoon Haiyan", "Mount Etna erupted, killing two"): a name
    whose kind is written before it as part of it; in a line written all in lower case the
    kind is lower case too ("hurricane matthew slams into haiti")."""
    if tok.lemma_.lower() in NOT_DOERS:
        return True
    if tok.lemma_.lower() in _SEA_WAVES and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    ):
        return True
    if tok.lemma_.lower() == "agent" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _SUBSTANCE_AGENTS for c in tok.children
    ):
        return True
    lower_line = tok.sent.text == tok.sent.text.lower()
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound"
        and c.i < tok.i
        and (c.is_title or lower_line)
        and c.lemma_.lower() in NOT_DOERS | _MOUNTAINS
        for c in tok.children
    )
