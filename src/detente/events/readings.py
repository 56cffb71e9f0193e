"""Readings of a verb in its context: the pattern its instrument, its crowd, its cargo, its
complement or its addressee calls for ("attacked with drones", "protesters stormed", "the aid
convoy arrived"), and the special readings of contact, hosting, release and stepping down.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from spacy.tokens import Token

from detente.actors.dictionary import actor_countries, country_names, load_dictionary
from detente.actors.resolve import mentioned_before
from detente.cameo import CameoCode
from detente.events.calls import said_in_a_call
from detente.events.grammar import (
    IN,
    TO,
    child_of,
    counted,
    named_by_modifier,
    names_an_actor,
    names_someone,
    passive_clause,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from detente.events.modality import called_on
from detente.events.patterns import Pattern
from detente.events.phrases import (
    CUSTODY,
    EDGES,
    FROM,
    OF,
    PARTICLE_PREPS,
    PLACE_ENTITIES,
    PLACE_NOUNS,
    asked_for,
    is_time,
    modifiers_of,
    objects_of,
)

# "attacked … with drones / with artillery": the weapon decides the CAMEO subcode of a
# generic attack (17x damage to property, 190 conventional force).
_AERIAL = {
    "drone", "missile", "rocket", "airstrike", "warplane", "jet", "aircraft", "bomber",
    "helicopter", "uav", "bomb", "air",
}  # fmt: skip
_HEAVY = {"artillery", "tank", "mortar", "shell", "howitzer", "gunboat", "warship"}
_SMALL_ARMS = {"gun", "rifle", "firearm", "pistol", "machinegun", "grenade", "knife"}
# Strikes made with weapons ("air strikes", "missile strikes", "artillery strikes"): attacks,
# never a labour strike announced or called.
_ARMED_STRIKES = {"military", "aerial", "naval", "retaliatory"}


def armed_strike(noun: Token) -> str | None:
    """The attack code of a strike told by its weapon ("air strikes" 195, "artillery
    strikes" 194, "military strikes" 190), or None for any other noun."""
    modifiers = modifiers_of(noun)
    for kinds, code in ((_AERIAL, "195"), (_HEAVY, "194"), (_ARMED_STRIKES, "190")):
        if modifiers & kinds:
            return code
    return None


# What police charge a crowd with: "charged the protesters with batons" is repression (175),
# "charged three activists with sedition" a legal charge (115).
_RIOT_GEAR = {
    "baton", "truncheon", "stick", "club", "cane", "whip", "horse", "horseback", "shield",
    "gas", "teargas", "cannon", "bullet", "bayonet",
}  # fmt: skip


# Killings and attacks told by what struck: "a U.S. drone strike killed an al-Shabaab
# commander", "killed the commander in an air strike", "Israeli shelling killed …" are the
# weapon's force (195 aerial, 194 artillery), not a targeted killing by hand (186).
_STRUCK = ("190", "180", "186")
# (a bomb that kills is no aerial weapon: "a car bomb killed 10 soldiers" is a bombing)
_AERIAL_MEANS = _AERIAL - {"air", "bomber", "bomb"}
_HEAVY_MEANS = _HEAVY | {"shelling", "bombardment"}


def _struck_by(verb: Token) -> str | None:
    """The attack code of a strike or weapon that is the verb's subject, or the strike "in"
    which it was done ("killed in a drone strike"), else None."""
    victim = child_of(verb, "dobj")  # (the parser often hangs "in a strike" on the victim)
    means = [
        subject_of(verb),
        *prep_objects(verb, IN),
        *(prep_objects(victim, IN) if victim is not None else ()),
    ]
    for noun in means:
        if noun is None:
            continue
        lemma = noun.lemma_.lower()
        code = armed_strike(noun) if lemma in _STRIKES else None
        if code is None and lemma in _AERIAL_MEANS:
            code = "195"
        if code is None and lemma in _HEAVY_MEANS:
            code = "194"
        if code is None and lemma in _MASS_KILLINGS:
            code = "202"  # "killed 150 civilians in a massacre": one mass killing
        if code is not None:
            return code
    return None


_STRIKES = {"strike", "raid", "attack", "bombardment", "barrage"}
_MASS_KILLINGS = {"massacre", "slaughter", "pogrom", "genocide", "bloodbath"}
# Acts of force told as the subject of what they did ("an explosion killed four soldiers",
# "fighting killed 30 people"), besides strikes and weapons.
_BLASTS = {
    "explosion", "blast", "bombing", "shelling", "fighting", "clash", "ambush", "landmine",
    "mine", "ied", "shootout", "gunfire", "airstrike", "assault", "offensive",
}  # fmt: skip
MEANS_OF_FORCE = frozenset(
    _AERIAL | _HEAVY_MEANS | _SMALL_ARMS | _STRIKES | _MASS_KILLINGS | _BLASTS
)


def means_of_force(tok: Token) -> bool:
    """``tok`` is an act or weapon of force, not someone: "a car bomb", "an air strike", "an
    explosion". Where it struck says nothing of whose it was ("a drone strike in Yemen" is
    no act of Yemen's)."""
    return tok.lemma_.lower() in MEANS_OF_FORCE and tok.ent_type_ not in ("PERSON", "ORG")


def unnamed_blow(tok: Token) -> bool:
    """``tok`` is an act or weapon of force whose phrase names no one ("a mortar attack", "an
    explosion", not "Israeli air strikes"): the doer is not told, so the side that tells of
    it charges no one (only a place it struck may code it). A bare "the drone" taking up
    "an American Global Hawk drone" named before is told with its side."""
    if not means_of_force(tok) or names_someone(tok) or named_by_modifier(tok):
        return False
    first = mentioned_before(tok)
    return first is None or not (names_someone(first) or named_by_modifier(first))


# Verbs that name the kind of killing themselves ("assassinated … in a drone strike").
_NAMED_KILLINGS = {"assassinate", "massacre", "execute", "behead"}


def by_instrument(verb: Token, pat: Pattern) -> Pattern:
    backing = pat.code in ("050", "051") and verb.lemma_.lower() in _BACKING
    if (
        pat.code in _STRUCK
        and verb.lemma_.lower() not in _NAMED_KILLINGS
        and (struck := _struck_by(verb)) is not None
    ):
        return replace(pat, code=struck)
    if pat.code not in ("190", "171", "1712", "180", "115") and not backing:
        return pat
    weapons = {
        p.lemma_.lower()
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "using")
        for p in prep.children
        if p.dep_ == "pobj"
    }
    if backing:
        # (what is given is no target: the one backed, the object, is)
        material = replace(pat, code="070", prep=frozenset({"obj"}))
        return material if weapons & _MATERIAL else pat
    if pat.code == "115":
        return replace(pat, code="175") if weapons & _RIOT_GEAR else pat
    for kinds, code in ((_AERIAL, "195"), (_HEAVY, "194"), (_SMALL_ARMS, "193")):
        if weapons & kinds:
            return replace(pat, code=code)
    return pat


# What a claim to land or sea is made "to", "over" or "on": "Nigeria's claim to Bakassi".
_GROUND_CLAIMED = frozenset({"to", "over", "on"})


def by_claimed_ground(verb: Token, pat: Pattern, noun: Token | None) -> Pattern:
    """A claim to land or sea turned down is a demand rejected (120), not an accusation
    denied (016): "the court rejected Nigeria's claim to the peninsula", "Beijing dismissed
    Manila's claims over the shoal" ("rejected Kiev's claim that its troops fired" denies)."""
    if pat.code != "016" or noun is None or noun.lemma_.lower() != "claim":
        return pat
    # (the parser may hang "to the peninsula" on the verb, right after the claim)
    after = [c for c in verb.children if c.i == noun.right_edge.i + 1]
    if any(c.dep_ == "prep" and c.lower_ in _GROUND_CLAIMED for c in [*noun.children, *after]):
        return replace(pat, code="120")
    return pat


def by_suit_demanded(pat: Pattern, noun: Token | None) -> Pattern:
    """A demand laid against a side is a suit (115), as Spanish writes one ("presentó una
    demanda contra"): "Mexico presented before the court in The Hague a demand against
    Ecuador"; a demand laid on or to a side stays one (100: "presented a demand to Britain").
    (The pattern lines of filing or lodging a demand against a side say the same.)"""
    if pat.code != "100" or noun is None or noun.lemma_.lower() != "demand":
        return pat
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
        return replace(pat, code="115")
    return pat


_FROM_OF = frozenset({"from", "of"})
# Places left that need no name: "withdrew from northern municipalities".
_LEFT_PLACES = PLACE_NOUNS | {"municipality", "county", "territory", "area"}


# Contests one drops out of, whatever place names them: "withdraws from the Dubai Desert
# Classic with a back spasm", "pulled out of the Australian Open" give up no ground.
_CONTESTS_LEFT = frozenset({
    "classic", "open", "tournament", "championship", "championships", "race", "marathon",
    "games", "olympics", "match", "cup", "contest", "competition", "grand prix",
})  # fmt: skip


def left_place(verb: Token) -> bool:
    """ "withdrew from Kherson", "pulled out of the Tigray capital", "withdrew from northern
    municipalities": what was left is a named place or a town, region … (a race, a
    tournament or a deal is no ground given up)."""
    left = list(prep_objects(verb, _FROM_OF)) + [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in PARTICLE_PREPS
        for p in prep_objects(prep, _FROM_OF)
    ]
    left = [p for p in left if p.lemma_.lower() not in _CONTESTS_LEFT]
    return any(p.lemma_.lower() in _LEFT_PLACES for p in left) or any(
        t.ent_type_ in PLACE_ENTITIES or t.pos_ == "PROPN"
        for p in left
        for t in (p, *p.children)
        if t.dep_ in ("pobj", "compound", "nmod", "amod") or t is p
    )


# Troops, not travellers: who gives up ground wherever it is ("the troops withdrew from the
# site of the clash", "Rwandan troops began leaving Cabo Delgado"; "Putin left Moscow" does
# not), crosses into a country as an incursion, or steps aside as a retreat.
TROOPS = {
    "troop", "soldier", "force", "army", "military", "peacekeeper", "contingent", "battalion",
    "fighter", "militant", "rebel", "militia", "militiaman", "mercenary", "marine", "unit",
    "servicemen", "serviceman", "brigade", "division", "regiment", "insurgent", "paratrooper",
    "tank",
}  # fmt: skip


def is_armed(subject: Token | None) -> bool:
    """``subject`` names armed men, by their noun or by the noun a number counts ("Turkish
    troops", "thousands of Turkish troops crossed into Iraq")."""
    return subject is not None and counted(subject).lemma_.lower() in TROOPS


_PEACEKEEPING = {"peacekeeper", "peacekeeping", "peace-keeper", "peace-keeping"}


# People who arrive somewhere to stay or pass through pay no visit ("116 people arrived in
# Kyrgyzstan seeking refuge", "migrants arrived in Lampedusa").
_NO_VISITORS = {
    "refugee", "migrant", "asylum-seeker", "asylum", "evacuee", "people", "person", "civilian",
    "family", "tourist", "immigrant", "displaced", "worker", "pilgrim", "child", "boat",
    # crowds at a game, a sale or a sight ("before the crowds arrive", "fans arrived")
    "crowd", "fan", "spectator", "supporter", "shopper", "sightseer", "holidaymaker",
    # the people a crime story is about, whose trips are their own ("the suspect, an
    # Egyptian, had arrived in Paris last month", "the attacker arrived in Berlin in 2015")
    "suspect", "attacker", "assailant", "gunman", "killer", "fugitive",
}  # fmt: skip
# Craft that carry passengers or goods, whose trips are no visits.
_CARRIERS = {
    "aircraft", "plane", "airplane", "aeroplane", "airliner", "flight", "passenger", "ferry",
    "truck", "lorry", "train", "bus", "boat",
    # an airliner named by its maker, and the airline whose flight it is ("the Boeing 777 of
    # Malaysia Airlines, which was flying from Amsterdam to Kuala Lumpur")
    "boeing", "airbus", "jetliner", "airline", "airway",
}  # fmt: skip
_NOT_VISITING = _NO_VISITORS | _CARRIERS
# Craft of war, whose trips show force (150) and pay no visit: "U.S. bombers flew over the
# peninsula", "two Russian warships sailed into the Black Sea" (those that arrive in a port
# pay a call).
_WAR_CRAFT = {
    "bomber", "warplane", "warship", "destroyer", "frigate", "submarine", "gunboat", "corvette",
    "cruiser", "carrier", "drone",
}  # fmt: skip
_SHOWN_AT = frozenset({"over", "near", "around", "toward", "towards", "off"})


def _carried(subject: Token) -> bool:
    """``subject`` is a craft, or the owner named in the phrase of one ("the aircraft of the
    Irish company Ryanair, which … was flying")."""
    tok = subject
    for _ in range(4):
        if tok.lemma_.lower() in _CARRIERS:
            return True
        if tok.dep_ not in ("pobj", "prep", "appos", "compound") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# What arrives as aid: "the first aid convoy arrived in Gaza".
_AID_SENT = {
    "aid", "assistance", "supply", "shipment", "convoy", "donation", "vaccine", "relief",
    "consignment", "medicine", "food",
    "batch", "dose", "tonne", "ton", "cargo", "wheat", "grain", "rice", "flour", "tent",
    "blanket", "fuel", "ventilator", "oxygen", "gift",
    # food named by its kind: "airplanes loaded with vegetables and fruits", "foodstuffs"
    "foodstuff", "vegetable", "fruit", "meat", "poultry", "dairy", "milk", "sugar",
    # drinking water shipped to a place struck by disaster ("a ship with drinking water")
    "water",
}  # fmt: skip

# What backing "with" gives is aid when it is material: "supports the Afghan police with
# training and equipment", "backed Kyiv with weapons and money" (070; words are 051).
_MATERIAL = _AID_SENT | {
    "training", "equipment", "money", "fund", "funding", "cash", "loan", "grant", "weapon",
    "arm", "ammunition", "troop", "expertise", "logistics", "financing",
}  # fmt: skip
_BACKING = {"support", "back", "help", "assist", "aid"}
# What makes a convoy or a shipment one of arms, not of aid: "a military convoy".
_ARMED = {"military", "army", "armoured", "armored", "naval"}


def carries_aid(thing: Token | None) -> bool:
    """``thing`` is aid or carries it: "aid from Turkey", "a batch of vaccines", "a plane
    carrying 40 tonnes of aid", "trucks loaded with food"."""
    if thing is None:
        return False
    # (an armed craft is aid only by what it is told to carry: "sent military convoys with
    # anti-aircraft guns to the border" is force, "military aircraft loaded with rescue
    # teams, food and medicine" a relief run)
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _ARMED for c in thing.children):
        return _carries_aid_load(thing)
    if thing.lemma_.lower() in _AID_SENT - _MEASURES:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in _AID_SENT for c in thing.children):
        return True  # "an aid plane", "relief trucks"
    if _rescue_crew(thing):
        return True  # "rescue teams from China arrived in Nepal", "a medical team landed"
    if told_as_given(thing):
        return True  # "the first Patriot batteries, supplied by Germany, arrived in Ukraine"
    return _carries_aid_load(thing)


def _carries_aid_load(thing: Token) -> bool:
    """What ``thing`` is told to carry or hold is aid: "a plane carrying 40 tonnes of aid",
    "trucks loaded with food"."""
    loads = [c for c in thing.children if c.dep_ in ("acl", "relcl", "amod")]
    inner = [*prep_objects(thing, _OF_WITH)]
    inner += [o for load in loads for o in (*objects_of(load), *prep_objects(load, _OF_WITH))]
    inner += [p for o in list(inner) for p in prep_objects(o, OF)]  # "40 tonnes of aid"
    # each thing of a list loaded: "loaded with rescue teams, food and medicine"
    inner += [c for o in list(inner) for c in o.conjuncts]
    # (or by a word before it: "2 million vaccine doses", whose head the lemmatizer may miss)
    return any(
        (t.lemma_.lower() in _AID_SENT and t.lemma_.lower() not in _MEASURES)
        or any(c.dep_ == "compound" and c.lemma_.lower() in _AID_SENT for c in t.children)
        or _rescue_crew(t)
        for t in inner
    )


# Craft a load is sent in: "dispatched a navy ship with drinking water".
_LOADED_CRAFT = {
    "plane", "aircraft", "jet", "ship", "vessel", "boat", "helicopter", "truck", "carrier",
}  # fmt: skip


def loaded_on_sending(verb: Token) -> bool:
    """The craft ``verb`` sends carries aid told in a "with" phrase the parser hung on the verb:
    "New Zealand dispatched a navy ship with drinking water to Tonga" (a relief run, no show of
    force; "sent warships with marines" stays one)."""
    craft = child_of(verb, "dobj")
    if craft is None or craft.lemma_.lower() not in _LOADED_CRAFT:
        return False
    return any(
        t.lemma_.lower() in _AID_SENT - _MEASURES
        or any(c.dep_ == "compound" and c.lemma_.lower() in _AID_SENT for c in t.children)
        or carries_aid(t)
        for w in prep_objects(verb, frozenset({"with"}))
        for t in (w, *w.conjuncts)
    )


# Participles that tell a thing as given by someone: "tanks donated by Poland", "the
# batteries, supplied by Germany and the United States, arrived in Ukraine".
_GIVEN = {"supply", "donate", "provide", "give", "gift", "deliver", "pledge", "promise", "lend"}


def told_as_given(thing: Token) -> bool:
    """``thing`` is told as given to someone by its giver: a participle of giving hangs on it
    with its giver in a "by" phrase ("jets donated by Denmark", "batteries, supplied by
    Germany"). A thing merely made or owned by someone ("tanks built by Russia") is not."""
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in _GIVEN
        and child_of(c, "agent") is not None
        for c in thing.children
    )


def _rescue_crew(tok: Token) -> bool:
    """``tok`` names help that comes as people: "rescuers", "a rescue team", "medical crews"."""
    lemma = tok.lemma_.lower()
    return lemma in _RESCUERS or (lemma in _CREWS and bool(modifiers_of(tok) & _RESCUE_WORK))


# Help that comes as people: rescuers and medics, and teams or crews doing rescue, medical or
# relief work ("Rescue teams from China arrived in Nepal"): help given where they arrive.
_RESCUERS = {
    "rescuer", "medic", "paramedic", "firefighter", "lifeguard",
    # doctors and nurses sent to work where they arrive ("Fifty-two doctors and nurses from
    # Cuba arrived in Lombardy to work in a field hospital")
    "doctor", "nurse", "surgeon", "physician",
}  # fmt: skip
_CREWS = {"team", "crew", "unit", "squad", "worker", "personnel", "staff", "contingent", "expert"}
_RESCUE_WORK = {
    "rescue", "search", "medical", "relief", "humanitarian", "emergency", "disaster", "health",
    "firefighting",
}  # fmt: skip
_OF_WITH = frozenset({"of", "with"})
_MEASURES = {"batch", "tonne", "ton", "cargo"}  # aid only when what they hold is
_ARRIVING = {"arrive", "land", "reach"}
# Verbs of arriving read only for what is carried or sent to keep the peace: "aid from
# Turkey reached Somalia" gives aid; "troops reached the outskirts of the city" pays no visit,
# nor do rescuers who reach a site or survivors (a rescue, told by its own words).
_REACHING = {"reach"}


# A mission that keeps the peace: "the UN mission in South Sudan", "the AU force in Somalia".
_MISSION_NOUNS = {"mission", "force", "operation", "contingent"}
_PEACE_BODIES = {"UN", "U.N.", "United", "AU", "African", "ECOWAS", "UNMISS", "MINUSMA", "MONUSCO"}


def _keeps_peace(verb: Token) -> bool:
    """Troops sent to keep the peace: to a peacekeeping force or a UN or AU mission, or to
    serve with or join one ("will send 1,000 troops to serve with the UN mission")."""
    phrases = list(prep_objects(verb, TO))
    phrases += [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
    for phrase in phrases:
        words = list(phrase.subtree)
        if any(t.lemma_.lower() in _PEACEKEEPING for t in words):
            return True
        if any(t.lemma_.lower() in _MISSION_NOUNS for t in words) and any(
            t.text in _PEACE_BODIES for t in words
        ):
            return True
    return False


# Forces sent to protect or defend a place or people, or to help or support them: "NATO
# deployed Patriot batteries to Turkey to protect it from Syrian missiles", "sent troops to
# Niger to help fight jihadists", "Turkish troops deployed in Libya to support the Tripoli
# government", or sent with the host's consent ("at the request of Bamako"): military
# protection given (074), no show of force.
# (sent into another side's land, not to a border or front line: "deployed troops to the
# Lebanese border to protect northern towns" guards its own side)
_INTO = frozenset({"to", "into", "in"})
_PROTECTING = {"protect", "defend", "shield", "guard", "help", "assist", "support", "bolster"}
# The host's consent to forces sent into its land, told as a circumstance of the sending:
# "at the request of the Mozambican government", "at Bamako's invitation", "under a defence
# agreement with Kinshasa", "with the consent of the government": the host asked for them or
# agreed, so they come as protection given (074), not as a show of force against it.
_CONSENT = {
    "at": {"request", "invitation", "behest", "bidding", "urging"},
    "under": {"agreement", "deal", "pact", "accord", "treaty", "arrangement", "mandate"},
    "with": {"consent", "approval", "blessing", "permission", "agreement"},
    "upon": {"request", "invitation"},
}


def _by_consent(verb: Token, ways: Container[str] = _CONSENT.keys()) -> bool:
    """The sending is told as done at the host's request, by its invitation or consent, or
    under an agreement with it (see ``_CONSENT``; only the prepositions ``ways``)."""
    return any(
        p.lemma_.lower() in _CONSENT.get(prep.lower_, ())
        for prep in verb.children
        if prep.lower_ in ways
        if prep.dep_ == "prep"
        for p in prep.children
        if p.dep_ == "pobj"
    )


# Ways a land's own consent is told: "at the request of", "with the consent of".
_ASKED_IN = frozenset({"at", "with", "upon"})
# Verbs of going into a land that read as an invasion (19) unless the host asked for it.
_ENTERING_LAND = frozenset({"cross", "enter", "move", "march", "roll", "pour", "push"})


def entered_by_consent(verb: Token, pat: Pattern) -> Pattern:
    """Forces that cross or move into a land at its government's request or with its consent
    come as protection given (074), no invasion: "South African troops crossed into Lesotho
    at the request of Prime Minister Mosisili"; "crossed into Lesotho" alone stays 19, and so
    does a crossing "under a West African mandate" to force its ruler out (a mandate or a
    pact may be a third side's, no consent of the land entered)."""
    if (
        pat.code[:2] != "19"
        or verb.lemma_.lower() not in _ENTERING_LAND
        or not _by_consent(verb, _ASKED_IN)
    ):
        return pat
    return replace(pat, code="074")


def _an_edge(place: Token) -> bool:
    """``place`` is a border, line or coast, not a land whose name ends in such a word: "the
    Lebanese border", "the Line of Control", but not "Ivory Coast" or "the Gold Coast" (a name
    before the word makes it the land's own name)."""
    return place.lemma_.lower() in EDGES and not (
        place.pos_ == "PROPN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children)
    )


# What forces are sent to keep: "to keep the peace", "to police the ceasefire", "to monitor
# the truce", "to restore order": peacekeeping told by its purpose.
_KEEPING = {"keep", "police", "monitor", "enforce", "supervise", "oversee", "maintain", "restore"}
_KEPT = {"peace", "ceasefire", "cease-fire", "truce", "order", "calm", "stability"}


def _keeps_the_peace(purpose: Token) -> bool:
    """``purpose`` (a purpose clause, or what it governs) keeps a peace or a truce: "to keep
    the peace", "to help French forces police the ceasefire"."""
    return any(
        t.lemma_.lower() in _KEEPING
        and any(o.dep_ == "dobj" and o.lemma_.lower() in _KEPT for o in t.children)
        for t in purpose.subtree
    )


# Verbs by which a host asks for forces, told in a clause of time before the sending: "after
# King Fahd asked for help", "after the government requested assistance".
_ASKING_FOR_HELP = frozenset({"ask", "request", "invite", "appeal", "call"})
_HELP_ASKED = frozenset({"help", "assistance", "protection", "support", "troop", "aid"})


def _asked_for_first(verb: Token) -> bool:
    """The sending follows a request told in an "after" clause: "ordered paratroopers to Saudi
    Arabia after King Fahd asked for help in defending the kingdom" (the host's consent told
    as what came first, as "at the request of" tells it as a circumstance)."""
    return any(
        c.dep_ == "advcl"
        and c.lemma_.lower() in _ASKING_FOR_HELP
        and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
        and any(
            p.lower_ == "for" and any(o.lemma_.lower() in _HELP_ASKED for o in p.children)
            for p in c.children
            if p.dep_ == "prep"
        )
        for c in verb.children
    )


def _sent_to_protect(verb: Token) -> bool:
    # "sent troops to Mali in 2013": a time phrase is no place the forces go to
    places = [p for p in prep_objects(verb, _INTO) if not is_time(p)]
    if not places or any(
        _an_edge(p) or not any(t.pos_ == "PROPN" for t in p.subtree) for p in places
    ):
        return False
    return (
        _by_consent(verb)
        or _asked_for_first(verb)
        or any(
            c.dep_ in ("xcomp", "advcl")
            and (c.lemma_.lower() in _PROTECTING or _keeps_the_peace(c))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    )


# Forces sent into another side's land as an attack: "sent troops into Ukraine, launching a
# full-scale invasion", "sent tanks into northern Syria in an offensive against Kurdish
# fighters": the sending is the assault (190), neither a show of force nor arms given.
_ASSAULTS = {"invasion", "offensive", "attack", "assault", "incursion", "onslaught"}
_ENTERING = frozenset({"to", "into"})


def assault_told(verb: Token) -> list[Token]:
    """The participle or "in" phrase by which ``verb``, sending something into a named land,
    tells the assault it makes ("launching an invasion", "in an offensive"), with the
    assault's noun: part of the sending's one event."""
    places = [p for p in prep_objects(verb, _ENTERING) if not is_time(p)]
    if not any(not _an_edge(p) and any(t.pos_ == "PROPN" for t in p.subtree) for p in places):
        return []
    return [
        t
        for c in verb.children
        if (c.dep_ == "advcl" and c.tag_ == "VBG") or (c.dep_ == "prep" and c.lower_ == "in")
        for g in c.children
        if g.dep_ in ("dobj", "pobj") and g.lemma_.lower() in _ASSAULTS
        for t in (c, g)
    ]


# Craft sent to fetch people: "will send empty aircraft to bring the tourists home", "sent two
# ships to evacuate its citizens from Yemen": a lift for the stranded, no show of force (15x).
_FETCHING = {
    "evacuate",
    "bring",
    "fly",
    "ferry",
    "repatriate",
    "pick",
    "collect",
    "fetch",
    "airlift",
}
_LIFT_CRAFT = _CARRIERS | {"ship", "vessel", "jet", "helicopter", "charter"}


def sent_to_fetch(verb: Token) -> bool:
    """``verb`` sends craft (its object) whose purpose clause fetches people: "sent planes to
    evacuate its citizens", "would send aircraft to bring them home"."""
    craft = child_of(verb, "dobj")
    if craft is None or craft.lemma_.lower() not in _LIFT_CRAFT:
        return False
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.lemma_.lower() in _FETCHING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _made_of(subject: Token | None, kinds: Container[str]) -> bool:
    """``subject``, or what its "of" phrase names, is one of ``kinds``: "British troops",
    "hundreds of U.S. paratroopers", "a contingent of Kenyan police officers"."""
    return subject is not None and any(
        t.lemma_.lower() in kinds for t in (subject, *prep_objects(subject, OF))
    )


# Verbs of going somewhere (not "visited the museum": soldiers may pay a visit).
_TRAVELLING = frozenset({"fly", "travel", "arrive", "land", "reach", "head", "sail", "go"})
# Soldiers of a state ("a company of Marines", "Nepalese peacekeepers"), not rebels or
# militants, whose moves are told otherwise.
_STATE_TROOPS = TROOPS - {
    "fighter", "militant", "rebel", "militia", "militiaman", "mercenary", "insurgent", "force",
    "military", "army", "tank", "unit", "division",
}  # fmt: skip


# Forces of order that may be sent abroad on a mission besides troops: "the first contingent
# of 400 Kenyan police officers arrived in Haiti to lead a U.N.-backed mission".
_POLICE = {"police", "policeman", "policemen", "officer", "gendarme", "gendarmerie"}


# Troops or police who arrive on a mission to keep the peace or to help are sent as
# protection given (074), as those sent are, and pay no visit (042).
_FORCES = frozenset(TROOPS | _POLICE)


# Words that make a mission an operation, not a journey: "lead a U.N.-backed security
# mission", "head a multinational peace mission" (a "mediation" or "trade" mission is a visit).
_OPERATION_MISSIONS = {
    "security", "peace", "peacekeeping", "military", "police", "training", "combat",
    "stabilization", "stabilisation", "observer", "monitoring", "multinational", "naval",
}  # fmt: skip


def _operation_mission(verb: Token) -> bool:
    """The object of ``verb`` is a mission of forces ("lead a security mission"): no visit."""
    mission = child_of(verb, "dobj")
    return (
        mission is not None
        and mission.lemma_.lower() == "mission"
        and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in _OPERATION_MISSIONS
            for c in mission.children
        )
    )


# Roles in a force that a "… of" phrase names: "at the head of a multinational force", "as
# part of a U.N. mission", "the vanguard of an African Union force".
_ROLES_IN = {"part", "head", "vanguard", "spearhead", "core", "backbone", "member"}


def _in_a_mission(verb: Token) -> bool:
    """Forces arrive as part of, or at the head of, a force or mission of keeping order
    ("landed in Port-au-Prince at the head of a U.N.-backed multinational force", "arrived
    as part of the U.N. mission"): they serve it, they pay no visit."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("as", "at", "with", "under"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lemma_.lower() in _ROLES_IN:
                noun = next(iter(prep_objects(noun, OF)), noun)
            if noun.lemma_.lower() not in _MISSION_NOUNS:
                continue
            words = [t for t in noun.subtree if t.i < noun.i]
            if any(
                t.lemma_.lower() in _OPERATION_MISSIONS | _PEACEKEEPING or t.text in _PEACE_BODIES
                for t in words
            ):
                return True
    return False


# A flight is a visit only where it lands: "flew to Cairo", "flew into Baghdad", "flew in".
_FLYING = frozenset({"fly", "jet"})
_LANDING_WORDS = frozenset({"to", "into", "in"})


# Where a ruler who leaves goes: "flew into exile", "fled into exile in Equatorial Guinea".
_EXILE = frozenset({"exile"})
_INTO_TO = frozenset({"into", "to"})


def _into_exile(verb: Token) -> bool:
    """``verb`` takes its subject "into exile": the ruler leaves, he visits no one, not even
    the country that takes him in ("Jammeh flew into exile on Saturday night")."""
    return any(o.lemma_.lower() in _EXILE for o in prep_objects(verb, _INTO_TO))


def _landed_nowhere(verb: Token) -> bool:
    """``verb`` is a flight told with no place it reaches: no "to" or "into" phrase and no
    "in" after it ("the missile flew for 39 minutes", "flew over Hokkaido")."""
    return verb.lemma_.lower() in _FLYING and not any(
        c.lower_ in _LANDING_WORDS and c.dep_ in ("prep", "prt", "advmod") for c in verb.children
    )


def _sets_a_thing_down(verb: Token) -> bool:
    """``verb`` ("land") has a thing as its object, set down or won, not troops landed on a
    shore: "spacex lands its booster on a barge", "NASA landed a rover on Mars", "landed a
    contract in Qatar". Whoever lands it travels nowhere."""
    obj = child_of(verb, "dobj")
    return verb.lemma_.lower() == "land" and obj is not None and not is_armed(obj)


def _travels_as_no_visitor(subject: Token | None) -> bool:
    """``subject`` (or those it counts: "hundreds of migrants") comes somewhere to stay, pass
    through or commit a crime, on a trip of its own, whether told as arriving or travelling:
    "migrants arrived in Lampedusa", "Americans are arriving in Havana", "the suspect, an army
    veteran, had flown in from alaska", "the gunman travelled to Syria in 2014"."""
    arrivals = [subject, *prep_objects(subject, OF)] if subject is not None else []
    return any(t.lemma_.lower() in _NOT_VISITING or _nationals(t) for t in arrivals)


def by_arrivals(verb: Token, pat: Pattern) -> Pattern | None:
    """ "Peacekeepers arrived in Bosnia", "deployed troops to the UN peacekeeping force":
    troops come to keep the peace (074), they pay no visit (042) and show no force (15x);
    aid that arrives is aid given (070), as are planes, ships and trucks sent with it (073);
    refugees, migrants and a nation's people ("Americans are arriving in record numbers") who
    arrive make no visit at all (None)."""
    if pat.code[:2] in ("15", "07") and assault_told(verb):
        return replace(pat, code="190")
    if pat.code == "042" and _operation_mission(verb):
        return None  # "to lead a U.N.-backed security mission": forces serve, no one visits
    arriving = pat.code == "042" and verb.lemma_.lower() in _ARRIVING
    if arriving and _sets_a_thing_down(verb):
        return None  # "spacex lands its booster on a barge": the company goes nowhere
    subject = subject_of(verb)
    if (
        pat.code == "042"
        and not arriving
        and subject is not None
        and subject.lemma_.lower() in _WAR_CRAFT
    ):
        return replace(pat, code="150", prep=pat.prep | _SHOWN_AT)
    travelling = verb.lemma_.lower() in _TRAVELLING
    if pat.code == "042" and travelling and _made_of(subject, _STATE_TROOPS):
        # "British troops arrived in Estonia", "U.S. paratroopers flew to Poland": soldiers
        # who travel to a country are deployed there (150), peacekeepers come to keep the
        # peace (074), as do troops who come to serve a mission ("arrived to join the UN
        # mission"); neither pays a visit
        keeping = any(t.lemma_.lower() in _PEACEKEEPING for t in subject.subtree) or (
            _keeps_peace(verb) or _sent_to_protect(verb) or _in_a_mission(verb)
        )
        return replace(pat, code="074" if keeping else "150")
    if pat.code == "042" and not arriving:
        # "the aircraft of the Irish company, which from Athens to Vilnius was flying":
        # a plane or a ferry on its way pays no visit, whoever owns it
        subject = subject_of(verb)
        if subject is not None and _carried(subject):
            return None
        if _landed_nowhere(verb):
            return None  # "it flew for 39 minutes" (a missile), "flew over Hokkaido"
        if _into_exile(verb):
            return None  # "Jammeh flew into exile": he leaves, he visits no one
        if travelling and _travels_as_no_visitor(subject):
            return None  # "the suspect had flown in from alaska", "migrants sailed to Italy"
    if not arriving and pat.code[:2] != "15":
        return pat
    if pat.code[:2] == "15" and sent_to_fetch(verb):
        return None  # "sent planes to evacuate its citizens": a lift, no show of force
    if pat.lemma == "deploy" and not pat.obj and child_of(verb, "dobj") is not None:
        return None  # the line for forces that deploy: "deployed new software" is none
    subject = subject_of(verb)
    keepers = subject is not None and any(
        t.lemma_.lower() in _PEACEKEEPING for t in subject.subtree
    )
    sent_to_keep = (pat.code[:2] == "15" or arriving and _made_of(subject, _FORCES)) and (
        _keeps_peace(verb) or _sent_to_protect(verb) or _in_a_mission(verb)
    )
    if keepers or sent_to_keep:
        return replace(pat, code="074")
    if (
        arriving
        and verb.lemma_.lower() in _REACHING
        and subject is not None
        and _rescue_crew(subject)
    ):
        return None  # "rescuers skied through the night to reach the site": a rescue
    if arriving and carries_aid(subject):
        return replace(pat, code="070")  # "aid from Turkey arrived in Syria"
    if pat.code == "042" and carries_aid(child_of(verb, "nsubjpass")):
        return replace(pat, code="073")  # "medical supplies were flown to Gaza by the UAE"
    if pat.code[:2] == "15" and carries_aid(child_of(verb, "dobj")):
        return replace(pat, code="073")  # "sent a plane loaded with medical supplies"
    if pat.code[:2] == "15" and loaded_on_sending(verb):
        return replace(pat, code="073")  # "dispatched a navy ship with drinking water to Tonga"
    if arriving and _travels_as_no_visitor(subject):
        return None  # "hundreds of migrants arrived", "Americans are arriving in Havana"
    if arriving and verb.lemma_.lower() in _REACHING:
        return None  # "troops reached the outskirts", "the talks reached Geneva": no visit
    return pat


def coming_force(mover: Token) -> bool:
    """``mover`` names forces or peacekeepers ("Rwandan troops", "Australian-led
    peacekeepers", "a contingent of Kenyan police officers")."""
    return _made_of(mover, _FORCES) or any(t.lemma_.lower() in _PEACEKEEPING for t in mover.subtree)


def by_arrival_of(mover: Token, pat: Pattern) -> Pattern:
    """The reading of "the arrival of X in Y" or "the deployment of X to Y" by what X is, as
    for the verb (by_arrivals): peacekeepers come to keep the peace ("the arrival of
    Australian-led peacekeepers in East Timor", 074), a country's soldiers are deployed
    ("the arrival of American troops in Poland", 150); anyone else arriving keeps the
    pattern's own code."""
    if pat.code not in ("042", "150") or not coming_force(mover):
        return pat
    if any(t.lemma_.lower() in _PEACEKEEPING for t in mover.subtree):
        return replace(pat, code="074")
    if pat.code == "042" and _made_of(mover, _STATE_TROOPS):
        return replace(pat, code="150")
    return pat


_MOVING = frozenset({"move", "redeploy", "relocate", "shift"})
# Where forces moved are sent: with one of these named they are shown somewhere (150).
_DESTINATIONS = frozenset(
    {"to", "into", "toward", "towards", "near", "along", "around", "at", "onto", "against"}
)
_FROM = frozenset({"from"})


def by_leaving(verb: Token, pat: Pattern) -> Pattern:
    """Forces moved or redeployed "from" a place, with nowhere named they go, leave it: a
    withdrawal (0874), as "pulled its troops from" is ("Russia said it had finished moving
    its troops across the Dnipro from Kherson"). Moved from one place to another ("from
    Belarus to the Ukrainian border") they still show force (150)."""
    if pat.code != "150" or verb.lemma_.lower() not in _MOVING:
        return pat
    left = list(prep_objects(verb, _FROM))
    if not left or any(c.dep_ == "prep" and c.lower_ in _DESTINATIONS for c in verb.children):
        return pat
    return replace(pat, code="0874", prep=_FROM)


# Roots of force (18-20): when the doer is a craft that carries passengers ("A Russian
# airliner crashed, killing all 224 people on board", "a ferry capsized and drowned 40
# migrants"), the deaths are an accident, no one's assault. ("aircraft" and "plane" are not
# here: "Israeli aircraft struck Gaza" are warplanes.)
_FORCE_ROOTS = ("18", "19", "20")
_PASSENGER_CRAFT = {
    "airliner", "jetliner", "passenger", "ferry", "bus", "train", "boeing", "airbus",
    "airline", "airway", "flight", "liner",
}  # fmt: skip


# What craft suffer in an accident: "crashed, killing 39", "capsized and drowned 40".
_MISHAPS = {"crash", "capsize", "derail", "sink", "collide", "crash-land", "ditch"}
# Words that make a plane or a ship a civil one: "a passenger plane", "a commercial jet".
_CIVIL = {"passenger", "commercial", "civilian", "cargo", "civil"}
_CRAFT = {"plane", "jet", "aircraft", "ship", "vessel", "boat", "helicopter"}


def _civil_craft(tok: Token) -> bool:
    return tok.lemma_.lower() in _CRAFT and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CIVIL for c in tok.children
    )


def by_accident(verb: Token, pat: Pattern) -> Pattern | None:
    """None when ``verb`` tells a killing or blow whose doer is a passenger craft (see
    ``_PASSENGER_CRAFT``), or the owner named in its phrase: an accident; else ``pat``."""
    if pat.code[:2] not in _FORCE_ROOTS:
        return pat
    if verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in _MISHAPS:
        return None  # "a military plane crashed near Latakia, killing 39 people"
    tok = subject_of(verb)
    for _ in range(4):
        if tok is None:
            return pat
        if tok.lemma_.lower() in _PASSENGER_CRAFT or _civil_craft(tok):
            return None
        if tok.dep_ not in ("pobj", "prep", "appos", "compound") or tok.head.i == tok.i:
            return pat
        tok = tok.head
    return pat


def _nationals(tok: Token) -> bool:
    """A bare plural of a nationality ("Americans", "Russians"): people of a country, not its
    envoys."""
    return (
        tok.ent_type_ == "NORP"
        and tok.tag_ in ("NNPS", "NNS")
        and not any(c.dep_ in ("det", "compound", "amod", "nummod") for c in tok.children)
    )


# Who a border is opened to when it is opened as a refuge.
_REFUGE_SEEKERS = {
    "refugee", "migrant", "asylum-seeker", "alien", "evacuee", "displaced", "exile",
    "civilian", "people",
}  # fmt: skip


def by_refuge(verb: Token, pat: Pattern, noun: Token | None) -> Pattern:
    """ "opened its borders to refugees": taking people in (075, PLOVER AID), not easing a
    blockade (0872) as "opened the border to trucks" does."""
    if pat.code != "0872" or verb.lemma_.lower() != "open":
        return pat
    welcomed = [*prep_objects(verb, TO), *(prep_objects(noun, TO) if noun is not None else ())]
    if any(p.lemma_.lower() in _REFUGE_SEEKERS for p in welcomed):
        return replace(pat, code="075")
    return pat


# A blockade or siege laid on a place ("imposed a blockade on Yemen's ports", "laid siege to
# Mariupol", "troops besieged Homs") cuts the place off by force of arms: PLOVER's ASSAULT,
# as the PLV coders give it. The same CAMEO code (191) for a border or crossing closed
# ("closed its land borders with Brazil") restricts movement: it stays COERCE.
_SIEGE = "191"
_SIEGE_WORDS = {"blockade", "siege", "besiege", "encircle", "encirclement", "beleaguer"}


def plover_type(code: CameoCode, word: Token) -> str:
    """The PLOVER type of ``code`` told by ``word``: the table's, except that a blockade or
    siege (the verb, its object or the event noun) is an ASSAULT."""
    if code.code != _SIEGE:
        return code.plover
    told = {word.lemma_.lower()} | {c.lemma_.lower() for c in word.children if c.dep_ == "dobj"}
    return "ASSAULT" if told & _SIEGE_WORDS else code.plover


# Talks that end with no deal: "talks between Armenia and Azerbaijan broke down", "the
# summit in Hanoi ended without an agreement", "a meeting between Serbia and Kosovo failed
# to produce a deal", "the two sides ended their talks without a breakthrough". The news is
# the failure, which the PLV coders give as a REJECT between the parties (as "failed to
# reach agreement" is one); the meeting is only its scene. (Talks that "stall" are a state
# told, see at_a_standstill.)
FAILED_TALKS = "120"
_BREAKING_DOWN = frozenset({"collapse", "fail", "founder", "falter", "flounder", "fizzle"})
_ENDING = frozenset({"end", "conclude", "close", "wrap", "finish", "break"})
_NO_DEAL = frozenset({
    "agreement", "deal", "accord", "breakthrough", "result", "progress", "consensus",
    "compromise", "settlement", "outcome", "declaration",
})  # fmt: skip
_DEADLOCK = frozenset({"deadlock", "failure", "stalemate", "impasse", "acrimony", "disarray"})
# What talks come in: "the latest round of talks", "a session of negotiations".
_TALK_UNITS = frozenset({"round", "session", "series", "set"})


def ended_with_no_deal(verb: Token) -> bool:
    """``verb`` ends something with no deal: "ended without an agreement", "broke up
    without a breakthrough", "ended in deadlock"."""
    if verb.lemma_.lower() not in _ENDING:
        return False
    without = {o.lemma_.lower() for o in prep_objects(verb, frozenset({"without"}))}
    ended_in = {o.lemma_.lower() for o in prep_objects(verb, frozenset({"in"}))}
    return bool(without & _NO_DEAL or ended_in & _DEADLOCK)


def talks_broke_down(noun: Token) -> bool:
    """``noun`` (a meeting or talks) is told as failing: the subject of a verb of breaking
    down or of one that ends it with no deal, or the object ended with no deal ("the two
    sides ended their talks without an agreement")."""
    lead = noun
    if lead.dep_ == "pobj" and lead.head.lower_ == "of" and lead.head.head.lemma_ in _TALK_UNITS:
        lead = lead.head.head  # "the latest round of talks … ended without a breakthrough"
    verb = lead.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lead.dep_ == "nsubj":
        down = verb.lemma_.lower() == "break" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
        )
        return down or verb.lemma_.lower() in _BREAKING_DOWN or ended_with_no_deal(verb)
    return lead.dep_ == "dobj" and ended_with_no_deal(verb)


def by_failed_talks(verb: Token, pat: Pattern) -> Pattern:
    """A meeting the verb ends with no deal ("ended their talks without an agreement") is
    the failed talks' REJECT, not the meeting."""
    if pat.code[:2] == "04" and ended_with_no_deal(verb):
        return replace(pat, code=FAILED_TALKS)
    return pat


# Crowds whose storming, occupying or burning is protest, not force.
PROTESTERS = {
    "protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob",
    "picketer", "striker",
}  # fmt: skip
_CROWD_FORCE = {"190", "171", "1711", "1712"}  # stormed, seized, set fire to: a riot (145)
_CROWD_HOLD = {"191", "192"}  # besieged, occupied: an obstruction (144)


# People of a trade whose "strike" is a walkout ("Kenyan doctors strike over pay"), as the
# trades of the labour-strike noun line (verbs_extra.tsv).
STRIKING_TRADES = {
    "worker", "teacher", "doctor", "nurse", "miner", "pilot", "driver", "dockworker", "docker",
    "employee", "staff", "lawyer", "student", "farmer", "trucker", "journalist", "union",
    "railworker", "controller", "crew", "medic", "physician", "professor", "lecturer",
    "civil servant", "laborer", "labourer", "porter", "cabbie", "taxi", "striker",
}  # fmt: skip
_WALKOUT = "143"


# A building, a plant or a road occupied by troops is ground taken (192), not a sit-in (144).
_OBSTRUCT, _OCCUPY = "144", "192"
_TAKING_HOLD = {"occupy", "seize", "capture", "take", "overrun"}


# A road, bridge or crossing closed or blocked by a state's own forces or government bars
# passage (191: "the military blocked the Tienditas bridge with a tanker and two containers",
# "Pakistan closed the bridge", "police sealed the road to the village"); a crowd blocking it
# protests (144).
_RESTRICT = "191"
_BARRING = {"block", "blockade", "close", "shut", "seal", "barricade", "obstruct"}
_STATE_POWERS = _FORCES | {
    "guard", "guardsman", "guardsmen", "government", "authority", "authorities", "ministry",
    "administration", "regime", "junta", "state",
}  # fmt: skip


def _state_power(subject: Token | None) -> bool:
    """``subject`` is a state's force or government, or a state named (not a crowd, a union
    or a person, whose blocking may be a protest)."""
    if subject is None:
        return False
    if counted(subject).lemma_.lower() in _STATE_POWERS:
        return True
    return subject.pos_ == "PROPN" and (
        subject.ent_type_ == "GPE" or subject.text in country_names().values()
    )


# Verbs of shooting at someone: "fired on", "shot at", "opened fire on".
_SHOOTING = frozenset({"fire", "shoot", "open"})
_AIMED_AT = frozenset({"on", "at", "into"})
_REPRESSION = "175"
# (a crowd may be anyone's: "fired on the crowd waiting for aid" is no protest put down)
_FIRED_ON_PROTEST = frozenset(PROTESTERS - {"crowd"})


def by_fire_on_crowds(verb: Token, pat: Pattern) -> Pattern:
    """Shots fired on protesters repress them (175), whoever fires: "Guinean soldiers opened
    fire on tens of thousands of demonstrators", "troops shot at marchers"; shots at soldiers
    or rebels stay a fight."""
    if pat.code[:2] != "19" or verb.lemma_.lower() not in _SHOOTING:
        return pat
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "open" and not any(o.lemma_.lower() == "fire" for o in objects):
        return pat
    fire = [o for o in objects if o.lemma_.lower() == "fire"]  # ("opened fire on" them)
    aimed = [
        o
        for p in (*verb.children, *(c for f in fire for c in f.children))
        if p.dep_ == "prep" and p.lower_ in _AIMED_AT
        for o in p.children
        if o.dep_ == "pobj"
    ] + [o for o in objects if o.lemma_.lower() != "fire"]
    # (not the day: "on Friday"; any of a list: "on striking workers and protesters")
    aimed = [w for o in aimed if o.ent_type_ not in ("DATE", "TIME") for w in (o, *o.conjuncts)]
    if any(counted(o).lemma_.lower() in _FIRED_ON_PROTEST for o in aimed):
        return replace(pat, code=_REPRESSION)
    return pat


def by_protesters(verb: Token, pat: Pattern) -> Pattern:
    """ "protesters stormed the presidential palace", "occupied the airport", "set fire to
    the consulate": a crowd's force is a violent protest (145) or an obstruction (144);
    "Kenyan doctors strike over pay": people of a trade striking hit no one, they walk out."""
    if (
        verb.lemma_.lower() == "strike"
        # (not "struck down the law": a veto)
        and (pat.code[:2] in ("18", "19") or (pat.code == "129" and not pat.prt))
        and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)
        and (subject := subject_of(verb)) is not None
        and counted(subject).lemma_.lower() in STRIKING_TRADES
    ):
        return replace(pat, code=_WALKOUT)
    if pat.code == _OBSTRUCT and verb.lemma_.lower() in _TAKING_HOLD and is_armed(subject_of(verb)):
        return replace(pat, code=_OCCUPY)  # "Russian forces occupied the power plant"
    if pat.code == _OBSTRUCT and verb.lemma_.lower() in _BARRING and _state_power(subject_of(verb)):
        return replace(pat, code=_RESTRICT)  # "the military blocked the bridge": passage barred
    if pat.code == _EMBARGO and verb.lemma_.lower() in _BOYCOTTING:
        # "shoppers boycotted goods from Israel": people, not a state, shun them (143)
        subject = subject_of(verb)
        protesting = subject is not None and (
            subject.lemma_.lower() in PROTESTERS or _civilians(subject)
        )
        return replace(pat, code=_WALKOUT) if protesting else pat
    if pat.code not in _CROWD_FORCE | _CROWD_HOLD:
        return pat
    subject = subject_of(verb)
    # ("thousands of Sudanese protesters stormed the embassy": the crowd a number counts)
    if subject is None or not (
        counted(subject).lemma_.lower() in PROTESTERS
        or (_civilians(subject) and (pat.code in _CROWD_HOLD or in_protest(verb)))
    ):
        return pat
    return replace(pat, code="145" if pat.code in _CROWD_FORCE else "144")


def by_protesting_doer(doer: Token | None, pat: Pattern) -> Pattern:
    """An act noun whose "by" phrase names protesters is their protest, as their verb is
    (:func:`by_protesters`): a translated headline "Siege of the ministry by demonstrators"
    is an obstruction (144), "storming of the consulate by protesters" a riot (145)."""
    if (
        doer is None
        or pat.code not in _CROWD_FORCE | _CROWD_HOLD
        or counted(doer).lemma_.lower() not in PROTESTERS
    ):
        return pat
    return replace(pat, code="145" if pat.code in _CROWD_FORCE else "144")


# People who are no force of arms: their blocking or occupying a place is a protest ("students
# occupied the cultural centre", "truckers blocked a crossing"), as is their force when done
# "in protest".
_CIVILIANS = STRIKING_TRADES | {
    "activist", "villager", "resident", "supporter", "fan", "youth", "nationalist",
    "citizen", "local", "parent", "shopkeeper", "trader", "fisherman", "veteran", "woman",
    "shopper", "consumer", "customer", "voter",
}  # fmt: skip
# A boycott of goods by a state is an embargo (163); by people it is a protest (143).
_EMBARGO = "163"
_BOYCOTTING = {"boycott", "shun"}


# Irregular armed men: what they seize of people is taken hostage, not arrested.
_IRREGULARS = frozenset({
    "gunman", "militant", "rebel", "insurgent", "kidnapper", "pirate", "guerrilla", "guerilla",
    "jihadist", "bandit", "abductor", "captor", "extremist", "terrorist", "fighter", "militia",
    "militiaman",
})  # fmt: skip
# People with no arms of their own to seize: "seized 23 church volunteers".
_UNARMED = _CIVILIANS | {
    "volunteer", "engineer", "tourist", "missionary", "journalist", "reporter", "civilian",
    "passenger", "student", "schoolgirl", "schoolboy", "child", "man", "people", "person",
    "teacher", "doctor", "nurse", "contractor", "employee", "crew", "pilgrim", "traveler",
    "traveller", "hiker", "aid", "nun", "priest", "businessman", "expatriate", "national",
}  # fmt: skip
_SEIZING = frozenset({"seize", "grab", "snatch"})
_SEIZED = "17"
_HOSTAGES = "181"


def by_captors(verb: Token, pat: Pattern) -> Pattern:
    """Irregular armed men who seize people take hostages (181): "taliban gunmen seize 23
    church volunteers", "militants seized two engineers" (a state that seizes sailors
    detains them, and keeps the plain seizure)."""
    if pat.code != _SEIZED or verb.lemma_.lower() not in _SEIZING:
        return pat
    subject, taken = subject_of(verb), child_of(verb, "dobj")
    if subject is None or taken is None:
        return pat
    if counted(subject).lemma_.lower() in _IRREGULARS and counted(taken).lemma_.lower() in _UNARMED:
        return replace(pat, code=_HOSTAGES)
    return pat


def _civilians(subject: Token) -> bool:
    return counted(subject).lemma_.lower() in _CIVILIANS


# A crowd that marches to greet or cheer someone holds a rally of welcome, no protest:
# "Hundreds of Palestinians marched in Ramallah to greet Arafat on his return, chanting …".
_WELCOMING = frozenset(
    {"greet", "welcome", "cheer", "celebrate", "hail", "acclaim", "honour", "honor"}
)
_GATHERING = frozenset({"march", "rally", "gather", "parade", "throng", "flock", "assemble"})
_CHANTING = frozenset({"chant", "sing", "shout", "wave"})


def _to_welcome(verb: Token) -> bool:
    """``verb`` has a purpose of welcome: "marched … to greet Arafat"."""
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in _WELCOMING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def rally_of_welcome(verb: Token, pat: Pattern) -> bool:
    """A protest line read on a crowd's gathering held to welcome someone, or on the chanting
    that goes with it: a rally of welcome, no protest against anyone ("marched in Ramallah
    to greet Arafat, chanting that Jerusalem was not for sale"); "marched to the embassy to
    protest" stays a protest."""
    if pat.code[:2] != "14":
        return False
    if verb.lemma_.lower() in _GATHERING:
        return _to_welcome(verb)
    return (
        verb.lemma_.lower() in _CHANTING
        and verb.dep_ in ("advcl", "conj")
        and verb.head.lemma_.lower() in _GATHERING
        and _to_welcome(verb.head)
    )


def statehood_declared(verb: Token, pat: Pattern) -> bool:
    """A state-of-emergency line read on "a state" with no "of" phrase: statehood declared, no
    emergency ("the Palestinians would declare a state on Sept. 13", "declared an
    independent state"); "declared a state of emergency" keeps the line."""
    state = child_of(verb, "dobj")
    return (
        pat.code[:3] == "172"
        and state is not None
        and state.lemma_.lower() == "state"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in state.children)
    )


# Verbs of giving refuge that, with no one taken in, say where the subject itself hides:
# "FARC guerrillas were sheltering in Venezuela", "civilians sheltered in basements".
_TAKING_COVER = {"shelter"}


def took_cover(verb: Token, pat: Pattern) -> bool:
    """A line of refuge or aid read on a verb of sheltering with no object, active: the
    subject takes cover in a place, no help given to it ("FARC guerrillas were sheltering in
    Venezuela"; "Venezuela was sheltering the FARC" and "were sheltered by Venezuela" keep
    the line)."""
    return (
        pat.code[:2] == "07"
        and verb.lemma_.lower() in _TAKING_COVER
        and child_of(verb, "dobj", "nsubjpass", "auxpass", "agent") is None
    )


# Words of a future or a possible answer that may stand before the answering verb.
_ANSWER_TO_COME = {"will", "would", "shall", "could", "may", "might", "'ll", "to"}


def answer_given(verb: Token, pat: Pattern) -> bool:
    """A threat line read on an answering verb itself ("respond in kind") that tells an
    answer already given: past tense with no "will", "would" or "to" before it ("Ottawa
    responded in kind, expelling two envoys"), told by the acts it names, not as a threat
    (still one in "Ottawa will respond in kind")."""
    return (
        pat.code[:2] == "13"
        and verb.lemma_.lower() in ("respond", "reply")
        and verb.tag_ in ("VBD", "VBN")
        and not any(a.dep_ == "aux" and a.lower_ in _ANSWER_TO_COME for a in verb.children)
    )


# "Stand by" with nothing after "by" is looking on: "the army stood by", "police stood by
# as the crowd ransacked the embassy"; "stood by Germany" and "stood by its ally" back a side.
def looked_on(verb: Token, pat: Pattern) -> bool:
    """A line of support (05) read on "stand" whose "by" has no object and which has no
    object of its own: the subject watched and did nothing ("the soldiers stood by")."""
    if pat.code[:2] != "05" or verb.lemma_.lower() != "stand" or child_of(verb, "dobj"):
        return False
    by = [c for c in verb.children if c.lower_ == "by" and c.dep_ in ("prep", "prt", "advmod")]
    return bool(by) and not any(c.dep_ in ("pobj", "pcomp") for b in by for c in b.children)


# What is let out or put out rather than let go: papers and words made public ("released
# the cables", "released the names of the dead") and things let into the air or water
# ("released balloons", "released the treated water"). A release of these frees no one.
_NOT_FREED = {
    "cable", "email", "e-mail", "name", "detail", "information", "file", "tape", "log",
    "minute", "song", "album", "single", "film", "movie", "trailer", "picture", "statistic",
    "balloon", "dove", "pigeon", "lantern", "confetti", "smoke", "gas", "steam", "water",
    "wastewater", "sewage", "radiation", "tritium",
}  # fmt: skip
# Heads that only count what follows their "of": "thousands of cables", "a batch of files".
_COUNTS = {"thousand", "hundred", "million", "dozen", "batch", "trove", "cache", "set", "series"}
_RELEASING = {"release", "free"}


def let_out_not_freed(verb: Token, pat: Pattern) -> bool:
    """A release read on "release" or "free" with nothing asked of its object (084, any
    object), where what is released is papers, words or matter (``_NOT_FREED``, also after a
    count: "thousands of cables"): "the site released a trove of diplomatic cables", "the
    children released balloons over the square" free no prisoner and give back no property.
    Lines that name what is freed ("released the prisoners", 0841) are not this one."""
    if not pat.code.startswith("084") or pat.obj or verb.lemma_.lower() not in _RELEASING:
        return False
    released = child_of(verb, "dobj", "nsubjpass")
    if released is not None and released.lemma_.lower() in _COUNTS:
        counted = [
            p
            for c in released.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        released = counted[0] if counted else released
    return released is not None and released.lemma_.lower() in _NOT_FREED


# Offices someone is put back in: a seat of rule (0831, as "reinstated Somare as prime
# minister") or any other post (081, as "reinstated the sacked officials").
_SEATS_OF_RULE = {"power", "presidency", "premiership", "throne", "office", "government"}
_POSTS = {"post", "position", "job", "duty", "command", "seat", "rank", "role", "function"}
# Holders of a post named by it: "restored the general to his post".
_HOLDERS = {
    "general", "judge", "justice", "minister", "official", "officer", "commander", "chief",
    "governor", "mayor", "president", "premier", "leader", "head", "ambassador", "envoy",
    "director", "editor", "prosecutor", "king", "emir", "sultan",
}  # fmt: skip


def back_in_office(verb: Token, pat: Pattern) -> Pattern | None:
    """The bare line of "restore" read on someone put back in office: "restored the general
    to his post" (081), "restored the ousted prime minister to power" (0831); None (no
    event) when the object is no one or no office is named ("restored order to the city",
    "restored electricity to the region")."""
    if pat.lemma != "restore" or pat.obj or pat.comp or pat.code != "081":
        return pat
    put = child_of(verb, "dobj") or child_of(verb, "nsubjpass")
    if put is None or not (
        names_someone(put) or named_by_modifier(put) or put.lemma_.lower() in _HOLDERS
    ):
        return None
    office = next(
        (o for o in prep_objects(verb, TO) if o.lemma_.lower() in _SEATS_OF_RULE | _POSTS), None
    )
    if office is None:
        return None
    return replace(pat, code="0831") if office.lemma_.lower() in _SEATS_OF_RULE else pat


def in_protest(verb: Token) -> bool:
    """The act is done "in protest" ("blocked the road in protest at the tolls")."""
    return any(
        p.lemma_.lower() == "protest"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for p in prep.children
        if p.dep_ == "pobj"
    )


# Where a fired missile lands when it is fired at no one.
_OPEN_WATERS = {"sea", "water", "waters", "ocean", "coast"}


def by_display(verb: Token, pat: Pattern, noun: Token | None) -> Pattern:
    """ "test-fired a missile", "fired two missiles into the sea": a show of force (150,
    PLOVER MOBILIZE), not an attack; "fired missiles at a warship" stays an attack."""
    if pat.code not in ("190", "194", "195") or verb.lemma_.lower() not in ("fire", "launch"):
        return pat
    tested = any(c.lemma_.lower() == "test" for c in verb.children if c.dep_ != "dobj") or (
        noun is not None and "test" in modifiers_of(noun)
    )
    into_sea = any(
        p.lemma_.lower() in _OPEN_WATERS
        for p in prep_objects(verb, frozenset({"into", "off", "in", "toward", "towards"}))
    )
    return replace(pat, code="150") if tested or into_sea else pat


_ACCORD = Pattern(
    "030", "V", "agree", "", frozenset(), frozenset(), frozenset({"with", "obj", "to"}), 0
)


# A plea of guilty (or not guilty) is made to a court, and a payment joined to it is the
# penalty for a wrong, no money given as aid: "Volkswagen agrees to plead guilty and pay
# $4.3 billion over its diesel cheating".
_PLEADING = {"plead", "admit"}
_PLEAS = {"guilty", "innocent"}


def plea_in_court(verb: Token) -> bool:
    """``verb`` pleads guilty (or not guilty, or innocent) before a court: no appeal to
    anyone ("Takata pleads guilty over its air bags", "pleaded not guilty to fraud")."""
    return verb.lemma_.lower() in _PLEADING and any(c.lower_ in _PLEAS for c in verb.children)


def paid_as_penalty(verb: Token, comp: Token | None) -> bool:
    """``comp`` pays money, and a verb joined to it or to ``verb`` pleads guilty."""
    if comp is None or comp.lemma_.lower() != "pay":
        return False
    joined = [t for word in (comp, verb) for t in (word.head, *word.children) if t is not word]
    return any(plea_in_court(t) for t in joined)


def by_complement(verb: Token, pat: Pattern, comp: Token | None) -> tuple[Pattern, Token | None]:
    """ "agreed to set up / to give / to start …": agreeing to do something is an intent to
    cooperate (030) when the act has no pattern of its own, done to whom the act is done
    ("agreed to provide Sri Lanka with technology"); "agreed with X" stays accord."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    act = act or offered_act(verb)  # "agreed with Egypt to reopen …"
    if pat.code == "019" and act is not None:
        return replace(_ACCORD, line=pat.line), comp or act
    return pat, comp


_OFFERING = {"offer", "volunteer"}
# Verbs whose infinitive is the act committed to: offers, and agreements with someone.
_COMMITTING = _OFFERING | {"agree"}


def offered_act(verb: Token) -> Token | None:
    """The act an offer or an agreement is to do, when a phrase between made the parser read
    it as a purpose clause: "offered on Wednesday to mediate", "said it had agreed with
    Egypt to reopen the crossing" (not "offered Kyiv a loan to …")."""
    if verb.lemma_.lower() not in _COMMITTING or child_of(verb, "dobj", "xcomp") is not None:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def offer_of(verb: Token) -> tuple[Pattern, Token | None, Token | None] | None:
    """ "offered to let U.S. investigators attend": offering to do something no pattern
    names is an intent to cooperate (030); the act offered is part of the offer."""
    if verb.lemma_.lower() not in _OFFERING:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    act = act or offered_act(verb)
    if act is None:
        return None
    return replace(_ACCORD, lemma=verb.lemma_.lower()), act, None


APPEAL = Pattern("020", "V", "call", "", frozenset(), frozenset(), frozenset({"on", "upon"}), 0)


def by_appeal(verb: Token, pat: Pattern) -> Pattern:
    """ "called on Moscow to release them", "called for restoring dialogue" are appeals
    (020), not phone calls, when no pattern names the act asked for."""
    if verb.lemma_.lower() != "call" or pat.code[:2] == "02" or pat is CALLING_ON:
        return pat
    asked_to = any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    if asked_to and (called_on(verb) or asked_for(verb) is not None):
        if not any(not is_time(p) for p in prep_objects(verb, frozenset({"on", "upon", "for"}))):
            # "Berlin Minsk to free the prisoners called", "called on the same day Saudi
            # Arabia to ease the blockade": the one called is the object
            return replace(APPEAL, line=pat.line, prep=frozenset({"obj"}))
        return replace(APPEAL, line=pat.line)  # "called on X to …", "called for X to …"
    if pat.code[:2] == "04" and any(not is_time(p) for p in prep_objects(verb, frozenset({"for"}))):
        return replace(APPEAL, line=pat.line, prep=frozenset({"on", "upon", "-"}))
    return pat


# Acts one is invited to that a host does not lay on: ceasing, holding back, complying. A
# translation from French ("inviter à") or Italian ("invitare a") says "invited Turkey to stop
# the drilling" where English says "urged"; "invited Putin to visit Tokyo" stays an invitation.
_DESISTING = frozenset({
    "stop", "cease", "end", "halt", "refrain", "abstain", "desist", "renounce", "abandon",
    "avoid", "respect", "comply", "reconsider", "reverse", "withdraw", "release", "lift",
    "exercise", "show", "de-escalate", "restrain", "moderate",
})  # fmt: skip


def invited_to_desist(verb: Token, pat: Pattern) -> Pattern:
    """ "invited Turkey to stop this dangerous spiral", "invited all parties to exercise
    restraint": an appeal to the side invited (020, the object), no invitation to come (036)."""
    if pat.code != "036" or pat.comp or verb.lemma_.lower() != "invite":
        return pat
    asked = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and c.pos_ == "VERB"
        and any(a.lower_ == "to" for a in c.children)
    ]
    if any(c.lemma_.lower() in _DESISTING for c in asked):
        return replace(APPEAL, lemma="invite", line=pat.line, prep=frozenset({"obj"}))
    return pat


# A demand joined by "or" to the penalty for ignoring it ("ordered Hamas to free the
# hostages or face a wider offensive", "demanded that the junta restore order within a week
# or face tougher measures") is an ultimatum (139, PLOVER's THREATEN) to the side told, not
# a plain request.
_ULTIMATUM = "139"
_REQUEST_ROOTS = {"02", "10"}
_OR_FACING = {"face", "risk", "suffer"}
_PENALTY_NOUNS = {
    "consequence", "measure", "sanction", "penalty", "action", "offensive", "attack",
    "strike", "retaliation", "reprisal", "force", "intervention", "expulsion", "isolation",
    "war", "punishment", "prosecution", "arrest", "tariff", "embargo", "response",
}  # fmt: skip


def penalty_if_not(act: Token) -> bool:
    """``act`` (the thing demanded) has an "or face <penalty>" conjunct."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in _OR_FACING
        and (penalty := child_of(c, "dobj")) is not None
        and penalty.lemma_.lower() in _PENALTY_NOUNS
        for c in act.children
    )


# A permit's cut (160) and the diplomatic cut (161); the missions and envoys whose permit
# makes it diplomatic ("permission for Britain to reopen its consulate general").
_PERMIT_CUT, _DIPLOMATIC_CUT = "160", "161"
_MISSIONS = {
    "consulate", "embassy", "mission", "legation", "consul", "diplomat", "ambassador",
    "envoy", "attache", "council",
}  # fmt: skip


def by_mission_permit(verb: Token, pat: Pattern) -> Pattern:
    """A permit withdrawn for a diplomatic mission or for diplomats is a cut in diplomatic
    relations (161): "It also withdrew permission for Britain to reopen its consulate general
    in St Petersburg"; a permit for flights or a base stays a cut in relations (160)."""
    if pat.code != _PERMIT_CUT:
        return pat
    permit = child_of(verb, "dobj")
    if permit is None:
        return pat
    named = {t.lemma_.lower() for t in permit.subtree}
    return replace(pat, code=_DIPLOMATIC_CUT) if named & _MISSIONS else pat


# The closing a blockade pattern reads ("ordered the closure of the port") and the seats of a
# diplomatic mission whose closing cuts relations instead.
_BLOCKADE = "191"
_CURB = "172"  # a curb on people or an organisation: a ban on its work, on someone's going
_CLOSINGS = frozenset({"closure", "closing", "shutdown", "shutting"})
_SHUTTING = frozenset({"close", "shut", "vacate"})
_CHANCERIES = frozenset({"embassy", "consulate", "legation", "chancery"})
_OF = frozenset({"of"})


def by_mission_closed(verb: Token, pat: Pattern) -> Pattern:
    """A closing ordered or announced "of" an embassy or consulate cuts diplomatic relations
    (161), no blockade (191): "Lisbon ordered the closure of the Ruritanian consulate in
    Porto"; so does an embassy or consulate ordered to close, no ban on an organisation's
    work (172): "ordered the Ruritanian consulate to close". "ordered the closure of the
    border" stays a blockade, "ordered the newspaper to close" a ban."""
    if pat.code == _BLOCKADE:
        closings = [o for o in objects_of(verb) if o.lemma_.lower() in _CLOSINGS]
        closed = [m for o in closings for p in prep_objects(o, _OF) for m in (p, *p.conjuncts)]
    elif pat.code == _CURB and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _SHUTTING for c in verb.children
    ):
        closed = [o for o in verb.children if o.dep_ == "dobj"]
    else:
        return pat
    if any(m.lemma_.lower() in _CHANCERIES for m in closed):
        return replace(pat, code=_DIPLOMATIC_CUT)
    return pat


# The nouns of going whose stop is a curb on the one going (news_speech.tsv).
_GOINGS = frozenset({"departure", "exit"})


def by_own_departure_held(verb: Token, pat: Pattern) -> Pattern | None:
    """A side that stops the departure of its own people curbs no one else: of its own envoy
    it keeps him from his post, which cuts diplomatic relations (161: "Freedonia put the
    departure of its ambassador to Ruritania on hold"); of its own troops or citizens it is
    no event (None: "halted the exit of its troops from Ruritania"). "halted the departure of
    the Freedonian ambassador" stays a curb on the one kept in the country (172)."""
    if pat.code != _CURB:
        return pat
    # (the "of" phrase may hang on the place gone to: "the departure for Rome of its envoy")
    goers = [
        p
        for o in objects_of(verb)
        if o.lemma_.lower() in _GOINGS
        for p in o.subtree
        if p.dep_ == "pobj"
        and p.head.lower_ == "of"
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in p.children)
    ]
    if not goers:
        return pat
    if any(p.lemma_.lower() in _MISSIONS for p in goers):
        return replace(pat, code=_DIPLOMATIC_CUT)
    return None


# Choices a side makes (a decision, a step, measures): regret "for" one another side made is
# disapproval of it, no apology; and the possessives that make the choice the speaker's own.
_CHOICES = {"decision", "step", "move", "measure", "policy", "resolution", "announcement"}
_OWN_POSSESSIVES = {"its", "our", "my", "his", "her"}
_APOLOGY, _DISAPPROVAL = "055", "110"


def _regretted_choice(verb: Token) -> bool:
    """``verb`` expresses regret "for" or "over" a choice someone else made ("expressed its
    deep regret for the decision" of the four countries to cut their ties), addressed to no
    one; "regret for its decision", "regret for the incident" or "regret to Seoul" stay an
    apology."""
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return False
    regret = child_of(verb, "dobj")
    holders = [verb] + ([regret] if regret is not None else [])
    regretted = [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("for", "over")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        p.lemma_.lower() in _CHOICES
        and not any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in p.children)
        for p in regretted
    )


def by_regretted_choice(verb: Token, pat: Pattern) -> Pattern:
    """Regret over another side's choice disapproves of it (110), no apology (055): "Qatar
    expressed its deep regret for the decision" of its neighbours to cut their ties."""
    if pat.code != _APOLOGY or not _regretted_choice(verb):
        return pat
    return replace(pat, code=_DISAPPROVAL)


# Nouns of regret one expresses ("expressed his regret", "voiced remorse").
_REGRETS = {"regret", "remorse", "contrition", "sorrow"}
_APOLOGY_TO = Pattern("055", "V", "express", "", frozenset(), frozenset(), frozenset({"to"}), 0)


# Writing one sends to someone: "wrote to Putin to …", "sent a letter to Putin …".
_WRITING = frozenset({"write", "send"})
_LETTERS = frozenset({"letter", "message", "note"})


def written_to(verb: Token) -> Token | None:
    """Whom the letter ``verb`` is told in is written to, when ``verb`` says what the letter
    was for or what it did: "Erdogan has written to Putin to express regret", "sent a letter
    to Putin expressing regret" (Putin)."""
    if verb.dep_ not in ("xcomp", "advcl", "acl"):
        return None
    head = verb.head
    holders = [head]
    if head.lemma_.lower() in _LETTERS:
        holders.append(head.head)
    elif head.lemma_.lower() in _WRITING:
        holders += [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _LETTERS]
    else:
        return None
    if not any(h.lemma_.lower() in _WRITING for h in holders):
        return None
    return next(
        (p for h in holders for p in prep_objects(h, frozenset({"to"}))),
        None,
    )


def by_regret_in_a_call(verb: Token, pat: Pattern) -> Pattern:
    """Regret expressed in a call with someone, or in a letter written to them
    (:func:`written_to`), is said to them, an apology (055), not disapproval: "Abe telephoned
    Park and expressed his regret over the comfort women"; regret
    over another side's choice stays disapproval ("in a call with Macron, Putin expressed
    regret over the decision of Washington")."""
    if pat.code != _DISAPPROVAL or verb.lemma_.lower() not in ("express", "voice", "convey"):
        return pat
    regret = child_of(verb, "dobj")
    if regret is None or regret.lemma_.lower() not in _REGRETS:
        return pat
    if not said_in_a_call(verb) and written_to(verb) is None:
        return pat
    over = frozenset({"for", "over", "about", "at"})
    regretted = [*prep_objects(regret, over), *prep_objects(verb, over)]
    if any(p.lemma_.lower() in _CHOICES for p in regretted):
        return pat
    return replace(_APOLOGY_TO, line=pat.line)


# Words one has said: regretting one's own is an apology for them.
_OWN_WORDS = {
    "remark", "comment", "word", "statement", "language", "tweet", "post", "insult",
    "outburst", "joke", "slur", "gaffe",
}  # fmt: skip


def _own_words(noun: Token) -> bool:
    return noun.lemma_.lower() in _OWN_WORDS and any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in noun.children
    )


def by_own_words_regretted(verb: Token, pat: Pattern) -> Pattern:
    """Regret for one's own words is an apology (055), not disapproval: "Duterte said he
    regretted that his remarks had come across as a personal attack", "regretted his
    comments about the king" (what another said or did stays disapproval)."""
    if pat.code[:2] != "11" or verb.lemma_.lower() != "regret":
        return pat
    told = child_of(verb, "ccomp")
    regretted = [
        *(c for c in verb.children if c.dep_ == "dobj"),
        *(c for c in (told.children if told is not None else ()) if c.dep_ == "nsubj"),
        *prep_objects(verb, frozenset({"for", "over"})),
    ]
    return replace(pat, code=_APOLOGY) if any(_own_words(n) for n in regretted) else pat


# Ways a thing is sent at someone rather than to them: "sent car bombs at Iraqi troops".
_SENT_AT = frozenset({"at", "against"})
_SENDING_OFF = frozenset({"send", "dispatch", "launch", "hurl", "throw", "direct", "drive"})
# What "at" names when it tells why or where a thing is sent: "at Ethiopia's request", "at a
# ceremony in Islamabad".
_ASKED_OR_HELD = frozenset({
    "request", "invitation", "behest", "urging", "instigation", "suggestion", "initiative",
    "ceremony", "meeting", "summit", "conference", "airport", "port", "border",
})  # fmt: skip
_FORCE = Pattern("190", "V", "send", "", frozenset(), frozenset(), _SENT_AT, 0)


def by_thing_sent_at(verb: Token, pat: Pattern) -> Pattern:
    """Material sent "at" or "against" a side, with no one it goes to, is force used on that
    side, no aid: "Islamic State sent car bombs at Iraqi troops", "sent suicide bombers
    against government forces" ("sent weapons to Syria" stays aid)."""
    if pat.code[:2] != "07" or verb.lemma_.lower() not in _SENDING_OFF:
        return pat  # ("topped up its deposit at Egypt's central bank": money placed there)
    if any(True for _ in prep_objects(verb, frozenset({"to", "into"}))):
        return pat
    aimed = [
        o
        for o in prep_objects(verb, _SENT_AT)
        if o.lemma_.lower() not in _ASKED_OR_HELD
        and any(names_someone(t) for t in (o, *o.children) if t.dep_ != "poss")
    ]
    return _FORCE if aimed else pat


# Calling off a protest or a rally is a climb-down (082) only for those who hold it.
_CALLED_OFF = "082"
_OTHERS_POSSESSIVES = frozenset({"its", "their", "our", "my", "his", "her", "own"})
_RALLY_BANNED = "1721"  # restrictions on political freedoms, as "banned a rally of X" is


def _held_by_someone_else(owner: Token) -> bool:
    """``owner`` (the possessor or "of" phrase of a rally) names a side of its own, not the
    one who calls the rally off: "a rally of the Turkish justice minister", "the
    opposition's march" ("a rally of its supporters", "a march of 10,000 people" name none)."""
    if owner.lower_ in _OTHERS_POSSESSIVES or any(
        c.dep_ == "poss" and c.lower_ in _OTHERS_POSSESSIVES for c in owner.children
    ):
        return False
    return any(names_an_actor(t) for t in (owner, *owner.children) if t.dep_ != "poss")


def by_others_rally_stopped(verb: Token, pat: Pattern) -> Pattern:
    """A rally or protest another side holds, cancelled or stopped, is a restriction put on
    that side (1721, as a ban is), no climb-down of the one who stops it: "the town of
    Gaggenau cancelled a rally of the Turkish justice minister", "police halted the
    opposition's march" ("the union called off its strike" stays 082)."""
    if pat.code != _CALLED_OFF:
        return pat
    for rally in objects_of(verb):
        owners = [*(c for c in rally.children if c.dep_ == "poss"), *prep_objects(rally, OF)]
        if any(map(_held_by_someone_else, owners)):
            return replace(pat, code=_RALLY_BANNED, prep=frozenset({"in", "of", "-"}))
    return pat


# Who meets at the table of states: a meeting "of" them is talks, no rally ("blocked the
# meeting of the NATO-Ukraine Commission", "of the foreign ministers").
_TALKING_BODIES = {
    "commission", "council", "committee", "minister", "leader", "delegation", "envoy",
    "negotiator", "ambassador", "summit",
}  # fmt: skip
_TALKS_REFUSED = "125"  # reject a proposal to meet, discuss or negotiate


def by_talks_blocked(verb: Token, pat: Pattern) -> Pattern:
    """A meeting of a body of states or of their envoys blocked is talks refused (125), not
    a rally banned (1721): "in December Hungary blocked the meeting of the NATO-Ukraine
    Commission at the level of ministers" ("police blocked a meeting of the opposition"
    stays 1721)."""
    if pat.code != _RALLY_BANNED:
        return pat
    for meeting in objects_of(verb):
        if meeting.lemma_.lower() not in ("meeting", "session"):
            continue
        if any(o.lemma_.lower() in _TALKING_BODIES for o in prep_objects(meeting, OF)):
            return replace(pat, code=_TALKS_REFUSED)
    return pat


def by_ultimatum(verb: Token, pat: Pattern) -> Pattern:
    """A request or demand whose demanded act carries its penalty ("… or face
    consequences") is an ultimatum (139)."""
    if pat.code[:2] not in _REQUEST_ROOTS:
        return pat
    acts = (c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))
    return replace(pat, code=_ULTIMATUM) if any(map(penalty_if_not, acts)) else pat


# The suffering a warning may foretell: "warned of a humanitarian catastrophe", "of its
# humanitarian consequences", "of starvation".
_HUMANITARIAN = "humanitarian"
_SUFFERING = {"starvation", "suffering", "famine", "hunger", "misery"}


def foretells_suffering(verb: Token) -> bool:
    """A warning of the suffering an act or a crisis brings on people threatens no one: "The
    UN warned of a humanitarian catastrophe in Gaza", "called on Riyadh to ease the blockade,
    warning from its humanitarian consequences"; "warned Iran of serious consequences"
    stays a threat."""
    return any(
        o.lemma_.lower() in _SUFFERING
        or any(m.dep_ == "amod" and m.lower_ == _HUMANITARIAN for m in o.children)
        for o in objects_of(verb)
    )


# What a warning may foretell a thing will do: "warned that a blockade would harm all
# countries of the region", "that the incident could damage relations".
_HARMING = {
    "harm", "hurt", "damage", "destabilize", "destabilise", "undermine", "worsen",
    "jeopardize", "jeopardise", "endanger", "complicate", "poison", "sour", "hamper",
}  # fmt: skip


def foretells_harm_of_a_thing(verb: Token) -> bool:
    """A warning that a thing no one is named in (a blockade, an incident, the crisis) would
    or could do harm threatens no one: "warned that a blockade of the bay would harm all
    countries of the region", "warned that the incident could damage relations"; "warned
    that Russian troops could harm civilians" or "that China's move could damage relations"
    are still said of someone."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() not in _HARMING:
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            continue
        subject = child_of(clause, "nsubj")
        if (
            subject is not None
            and subject.pos_ == "NOUN"
            and not names_someone(subject)
            and not named_by_modifier(subject)
        ):
            return True
    return False


def _no_one(tok: Token) -> bool:
    """``tok`` is "nobody", "none", "no one" or "no winner(s)"."""
    if tok.lower_ in ("nobody", "none"):
        return True
    return tok.lemma_.lower() in ("one", "winner") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


# What no one would do in a contest foretold: "no one would win", "no one will emerge as a
# winner", "nobody benefits".
_GAINING = {"win", "emerge", "gain", "benefit", "profit", "prevail"}


def foretells_no_winner(verb: Token) -> bool:
    """A warning, made to no one named, that no one would gain foretells an outcome and
    threatens no one: "the Chinese leader warned that no one would win a trade war", "warned
    that there would be no winners". Warned to a side ("warned the United States that …"),
    it stays aimed at that side."""
    if any(c.dep_ in ("dobj", "dative") and names_someone(c) for c in verb.children):
        return False
    return any(
        _no_one(t) and (t.lemma_.lower() == "winner" or clause.lemma_.lower() in _GAINING)
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for t in clause.children
        if t.dep_ in ("nsubj", "attr", "dobj")
    )  # ("warned that nobody would be safe" is a threat, told as a fate)


def _infinitive(tok: Token) -> bool:
    """``tok`` is a clause "to" do something."""
    return tok.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def by_pressure(verb: Token, pat: Pattern) -> Pattern:
    """Pressure put on a side "to" do something is a demand on it (100), as "pressured X to
    act" is: "put pressure on Serbia to release the prisoners", "piled pressure on Kyiv to
    hold elections" (whether the parser hangs the infinitive on the verb or on the noun).
    Pressure put on a side with no act asked for stays a threat (130)."""
    if pat.code != "130" or "pressure" not in pat.obj:
        return pat
    pressure = child_of(verb, "dobj")
    holders = [verb] + ([pressure] if pressure is not None else [])
    asked = any(
        c.dep_ in ("xcomp", "advcl", "acl") and _infinitive(c) for h in holders for c in h.children
    )
    return replace(pat, code="100") if asked else pat


_QUESTION_MARKS = {"whether", "if", "why", "how", "what", "who", "when", "where"}
# Question words that open a question clause inside its first phrase ("what problem", "which
# country", "whose side").
_ASKING_WORDS = {"what", "which", "whose", "whom", "how", "who"}


def is_question(verb: Token) -> bool:
    """ "asked whether Obama had been too soft", "asked what problem this person has with
    Islam", "when asked by reporters": asking a question is not a request."""
    if verb.lemma_.lower() == "ask" and passive_clause(verb):
        return True
    return verb.lemma_.lower() in ("ask", "wonder", "question") and any(
        c.dep_ == "ccomp"
        and (
            any(m.lower_ in _QUESTION_MARKS for m in c.children if m.i < c.i)
            or _opens_with_a_question_word(c)
        )
        for c in verb.children
    )


def _opens_with_a_question_word(clause: Token) -> bool:
    """The clause's first phrase, before its verb, opens with a question word: "what
    problem this person has", "which side Moscow supports", "how much aid it gets"."""
    first = clause.left_edge
    return (
        first.i < clause.i
        and first.lower_ in _ASKING_WORDS
        and first.tag_ in ("WDT", "WP", "WP$", "WRB")
    )


# "Called on" a person with no act asked of them, or only to talk, is a courtesy visit (South
# Asian news: "the ambassador called on the prime minister", "a delegation called on
# President Alvi to discuss the political situation"); "called on Iran to release them" and
# "called on the president to resign" stay appeals.
_VISIT_PURPOSES = {
    "discuss", "exchange", "review", "brief", "apprise", "congratulate", "convey", "present",
    "greet", "felicitate", "thank", "express", "extend", "share",
}  # fmt: skip
_TITLES = {
    "president", "minister", "premier", "ambassador", "envoy", "chief", "governor", "leader",
    "chairman", "chairperson", "speaker", "secretary", "commander", "king", "emir", "prince",
    "counterpart", "mayor", "senator", "chancellor",
}  # fmt: skip
CALLING_ON = Pattern("042", "V", "call", "", frozenset(), frozenset(), frozenset({"on", "upon"}), 0)


def courtesy_call(verb: Token) -> list[Token] | None:
    """The talk words of a courtesy visit ``verb`` ("called on") pays a person, if it is one
    (an empty list when it names no purpose)."""
    if not called_on(verb):
        return None
    hosts = [h for h in prep_objects(verb, frozenset({"on", "upon"})) if not is_time(h)]
    if not hosts or not all(
        h.ent_type_ == "PERSON"
        or h.lemma_.lower() in _TITLES
        or (h.pos_ == "PROPN" and not h.ent_type_ and names_someone(h))
        for h in hosts
    ):
        return None
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    if any(p.lemma_.lower() not in _VISIT_PURPOSES for p in purposes):
        return None  # "called on the president to resign": an appeal
    return purposes


# "Attack" by a person at a person, or over a cause ("Trump attacked Merkel over her refugee
# policy", "Erdogan attacks the E.U. over visas"): words, a criticism (111), not a blow.
# Armies and gunmen attack with arms and are never so read; a country that "attacks" a
# country over a cause stays an attack ("Israel attacks Hamas over rocket fire").
_BLAMING_BLOWS = {"attack", "assail"}
_CRITICISM = "111"


def _a_person(tok: Token | None) -> bool:
    """``tok`` names a person: so tagged, by a title, or a name of someone."""
    return tok is not None and (
        tok.ent_type_ == "PERSON"
        or tok.lemma_.lower() in _TITLES
        or (tok.pos_ == "PROPN" and not tok.ent_type_ and names_someone(tok))
    )


# Verbs of going that name no trip by themselves: "went to court", "came to power", "the
# oil will go to Syria" (lines with a purpose, "came to Ankara for talks", need no person).
_PLAIN_GOING = frozenset({"go", "come"})
_TRAVELLERS = frozenset({"he", "she"})


# Verbs of travel that carry someone else when they have an object: "Israel freed Yassin and
# flew him to Jordan" takes him there; Israel visits no one.
_FERRYING = frozenset({"fly", "airlift", "ferry", "ship"})


def carried_there(verb: Token) -> bool:
    """``verb`` carries its object somewhere ("flew him to Jordan", "flew the freed sailors
    home"), so its subject pays no visit; "flew to Jordan" keeps the trip."""
    thing = child_of(verb, "dobj")
    return (
        verb.lemma_.lower() in _FERRYING
        and thing is not None
        and thing.ent_type_ not in PLACE_ENTITIES
    )


def went_home(verb: Token) -> bool:
    """``verb`` takes its traveller home ("Barrow flies home from Dakar to a cheering crowd
    at Banjul airport", "the minister returned home from Moscow"): a return to one's own
    land, no visit paid to anyone."""
    return any(
        c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") and not list(c.children)
        for c in verb.children
    )  # (a home of someone's is a place visited: "visited Duterte's home in Davao")


def by_trip(verb: Token, pat: Pattern) -> Pattern | None:
    """A person who goes or comes to a named place pays it a visit: translated "Erdogan in
    his turn on 14 February went to Abu Dhabi", "Lapid on 23 June came to Ankara"; anyone
    or anything else going somewhere pays none ("Russia went to the UN", "the grain goes to
    Egypt", "came to power"); nor does one who flies someone else there."""
    if pat.code == "042" and not pat.obj and (carried_there(verb) or went_home(verb)):
        return None
    if pat.code != "042" or pat.obj or verb.lemma_.lower() not in _PLAIN_GOING:
        return pat
    subject = subject_of(verb)
    if not (_a_person(subject) or (subject is not None and subject.lower_ in _TRAVELLERS)):
        return None
    if any(
        c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return None  # "will not go to Moscow to meet Gorbachev": the purpose tells the act
    # (the place may be named by its kind's "of": "went to the city of Jeddah")
    places = [t for p in prep_objects(verb, TO) for t in (p, *prep_objects(p, OF))]
    if any(
        names_someone(p) and (p.ent_type_ in PLACE_ENTITIES or p.pos_ == "PROPN") for p in places
    ):
        return pat
    return None


# The press as a body: a person who "attacks the press" or "assails the media" does it in
# words ("attacked press freedom" is still a curb on it, 1721).
_THE_PRESS = frozenset({"press", "media", "medium"})


def by_blame(verb: Token, pat: Pattern) -> Pattern:
    """A person's "attack" on a person or over a cause is criticism (see above); so is one on
    the press, and one made where words are put out ("the president attacks the store on
    Twitter", "attacked the agencies at a news conference")."""
    if pat.code not in ("190", "1721") or verb.lemma_.lower() not in _BLAMING_BLOWS:
        return pat
    subject = subject_of(verb)
    if is_armed(subject) or not _a_person(subject):
        return pat
    attacked = child_of(verb, "dobj")
    if pat.code == "1721":
        press = attacked is not None and attacked.lemma_.lower() in _THE_PRESS
        return replace(pat, code=_CRITICISM) if press else pat
    cause = next(prep_objects(verb, frozenset({"over"})), None)
    if _a_person(attacked) or cause is not None or said_where_words_go(verb):
        return replace(pat, code=_CRITICISM)
    return pat


# Where words are put out: an attack made there is made with words ("continued in the
# social network X the attacks against Lula", "attacks on the minister in an interview").
# (not "post" or "account": "attacks on police posts", "on account of")
_WORD_OUTLETS = {
    "network", "media", "medium", "twitter", "facebook", "telegram", "tweet", "interview",
    "speech", "statement", "column", "editorial", "broadcast", "briefing", "podcast",
    "platform",
}  # fmt: skip
_PUT_IN = frozenset({"in", "on", "through", "via", "during"})
# (the attack's own "on" names whom it is aimed at: "attacks on police posts")
_PUT_IN_BY_NOUN = _PUT_IN - {"on"}


# Where words are said aloud: "at a news conference", "at a rally".
_WORDS_SAID_AT = frozenset({"conference", "rally", "briefing", "hearing", "summit"})
_AT = frozenset({"at"})


def said_where_words_go(verb: Token) -> bool:
    """``verb`` is done on or in an outlet of words, or at a gathering where words are said
    ("attacks the store on Twitter", "lashed out in a speech", "at a news conference")."""
    places = list(prep_objects(verb, _PUT_IN))
    places += [p for p in prep_objects(verb, _AT) if p.lemma_.lower() in _WORDS_SAID_AT]
    return any(
        word.lemma_.lower() in _WORD_OUTLETS | _WORDS_SAID_AT
        for place in places
        for word in (place, *(c for c in place.children if c.dep_ == "compound"))
    )


# People in public life named by their office or part, beside the titles of ``_TITLES``.
_PEOPLE_IN_PUBLIC_LIFE = frozenset({
    "congressman", "congresswoman", "lawmaker", "legislator", "judge", "critic", "rival",
    "opponent", "predecessor", "successor",
})  # fmt: skip


def attack_by_one_person_on_another(noun: Token) -> bool:
    """The attack ``noun`` is a person's (by a possessor) on a person named by a title or
    name: "after Trump's attack on the congressman", "the senator's attack on the
    minister" are made in words; a gunman's attack on a senator is armed (``is_armed``), and
    an attack on a country or a place is no person's."""
    if noun.lemma_.lower() not in _BLAMING_BLOWS:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or is_armed(owner) or not _a_person(owner):
        return False
    return any(
        _a_person(p) or p.lemma_.lower() in _PEOPLE_IN_PUBLIC_LIFE
        for p in prep_objects(noun, frozenset({"on", "against"}))
    )


def attack_in_words(noun: Token) -> bool:
    """The attack ``noun`` is made in an outlet of words, by the noun's own phrase or by the
    verb that carries it: "Katz continued during the Tuesday in the social network X the
    attacks against Lula", "renewed his attacks on the governor in a televised speech". Such
    an attack is a criticism (111), not a blow."""
    if noun.lemma_.lower() not in _BLAMING_BLOWS:
        return False
    holders = [noun]
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        holders.append(noun.head)
    # (the phrase may hang on a time phrase before it: "during the Tuesday in the social
    # network X"; the outlet may be the name's kind: "network" in "the social network X")
    places = [
        p
        for holder in holders
        for p in prep_objects(holder, _PUT_IN_BY_NOUN if holder is noun else _PUT_IN)
    ]
    places += [q for p in list(places) for q in prep_objects(p, _PUT_IN)]
    return any(
        word.lemma_.lower() in _WORD_OUTLETS
        for place in places
        for word in (place, *(c for c in place.children if c.dep_ == "compound"))
    )


# Ills a side may be warned against that another side brings: "warned the Czech side against
# the threat of the Chinese Communist Party", "against the influence of Moscow".
_MENACES = {
    "threat", "danger", "influence", "interference", "meddling", "aggression", "expansionism",
    "espionage", "spying", "subversion", "infiltration", "coercion", "propaganda",
}  # fmt: skip
_WARNED_AGAINST = frozenset({"against", "about", "of"})
_NAMING = {"NORP", "ORG", "PERSON", "GPE"}


def menace_warned_of(verb: Token) -> Token | None:
    """The ill a side is warned against when a third side brings it: "Pompeo warned the
    Czech side against the threat of the Chinese Communist Party" (the threat, whose bringer
    is named in it), else None ("warned Kyiv against any provocation": Kyiv's own)."""
    if verb.lemma_.lower() != "warn" or child_of(verb, "dobj") is None:
        return None
    for ill in prep_objects(verb, _WARNED_AGAINST):
        if ill.lemma_.lower() in _MENACES and any(
            t.ent_type_ in _NAMING for t in ill.subtree if t.i != ill.i
        ):
            return ill
    return None


def by_menace(verb: Token, pat: Pattern) -> Pattern:
    """A side warned against a third side's menace is counselled, not threatened: the warning
    charges the third side (111), named inside the menace, and spares the one warned."""
    if pat.code[:2] != "13" or menace_warned_of(verb) is None:
        return pat
    return replace(pat, code=_CRITICISM, prep=_WARNED_AGAINST)


# Receiving or welcoming a person is hosting a visit: "Macron received Zelensky at the
# Elysee", "Erdogan welcomed Putin to Ankara", and the passive "Zelensky was received by
# Macron" (welcoming a decision stays praise, 051).
_RECEIVING = {"receive", "welcome", "greet"}


# A welcome given as a noun: "gave a warm welcome to the visiting premier", "accorded a
# red-carpet reception to the Saudi crown prince", "extended a cordial welcome to Lula".
_GIVING = {"give", "accord", "extend", "offer", "lay"}
_WELCOMES = {"welcome", "reception", "greeting"}


def welcome_given(verb: Token) -> Token | None:
    """The one ``verb`` gives a welcome or reception to, as the guest of a visit ("gave a
    warm welcome on Thursday to the Chilean president"), if it is a person."""
    if verb.lemma_.lower() not in _GIVING:
        return None
    welcome = child_of(verb, "dobj")
    if welcome is None or welcome.lemma_.lower() not in _WELCOMES:
        return None
    to = frozenset({"to"})
    guest = next(iter([*prep_objects(welcome, to), *prep_objects(verb, to)]), None)
    if guest is None:
        guest = child_of(verb, "dative")  # "gave the premier a warm welcome"
    return guest if _a_guest(guest) else None


def _a_guest(guest: Token | None) -> bool:
    """``guest`` names a person (so tagged, by a title, or a name the actor tagger found)
    with nothing of theirs named ("welcomed Biden's victory" is about what Biden did)."""
    return guest is not None and _a_person(guest) and child_of(guest, "case") is None


_PERSONS_TAKEN_UP = frozenset({"him", "her", "he", "she"})


def guest_of(verb: Token) -> Token | None:
    """The person ``verb`` says was received as a guest, if any."""
    given = welcome_given(verb)
    if given is not None:
        return given
    if verb.lemma_.lower() not in _RECEIVING:
        return None
    guest = child_of(verb, "dobj")
    if guest is None and child_of(verb, "agent") is not None:
        guest = child_of(verb, "nsubjpass")  # "was received by the king"
    # a person: so tagged, or a name the actor tagger found that the parser left untyped
    person = guest is not None and (
        guest.ent_type_ == "PERSON"
        or (guest.pos_ == "PROPN" and not guest.ent_type_ and names_someone(guest))
        # "flew to Sochi, where Putin received him": a person named before; so is the
        # subject of the passive ("Masset returned to Rome. In the afternoon he was
        # received at the Quirinale by Mattarella")
        or guest.lower_ in _PERSONS_TAKEN_UP
        # a title set before the name: "the secretary of State Antony Blinken was received
        # by Lula" (the name is the title's apposition)
        or (guest.lemma_.lower() in _TITLES and _a_person(child_of(guest, "appos")))
    )
    if not person or child_of(guest, "case") is not None:
        return None  # "welcomed Biden's victory" is about what Biden did
    if any(p.lower_ == "for" and not _for_a_stay(p) for p in verb.children if p.dep_ == "prep"):
        return None  # "welcomed Guterres for his efforts": praise
    return guest


# What a guest is received "for": talks, a visit, a meal or days of them ("welcomes xi to a
# california estate for two days of talks"); anything else is what he is praised for.
_STAYS = frozenset({
    "talk", "visit", "meeting", "summit", "dinner", "lunch", "breakfast", "banquet", "day",
    "night", "week", "weekend", "stay", "round", "session", "discussion", "negotiation",
    "consultation", "state visit",
})  # fmt: skip


def _for_a_stay(prep: Token) -> bool:
    """The "for" phrase names a stay or its talks: "for talks", "for two days of talks"."""
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        if any(n.lemma_.lower() in _STAYS for n in [noun, *of]):
            return True
    return False


# A death at someone's hands with no agent named: "a prisoner died in custody after torture",
# "died in a captivity in Iran due to continued torture" (the dead one is the target).
_DYING = {"die"}
_ABUSE = {
    "torture": "1822", "beating": "182", "beat": "182", "abuse": "182", "mistreatment": "182",
    "maltreatment": "182", "ill-treatment": "182",
}  # fmt: skip


def death_by_abuse(verb: Token) -> Pattern | None:
    """The assault a death says its victim suffered ("died after torture": 1822), if any."""
    if verb.lemma_.lower() not in _DYING:
        return None
    victim = child_of(verb, "nsubj")
    inside = {t.i for t in victim.subtree} if victim is not None else set()
    codes = {
        _ABUSE[t.lemma_.lower()]
        for t in verb.subtree
        if t.lemma_.lower() in _ABUSE and t.i not in inside and t.pos_ in ("NOUN", "VERB")
    }
    if not codes:
        return None
    code = "1822" if "1822" in codes else "182"
    return Pattern(code, "V", "die", "", frozenset(), frozenset(), frozenset({"-"}), 0)


_CALLING = {"call", "phone", "telephone", "ring"}


def call_made_for(verb: Token) -> Token | None:
    """The phone call ``verb`` is the purpose of ("called Erdogan to apologize", "phoned
    Trump to congratulate him"); not an appeal ("called on Moscow to withdraw")."""
    head = verb.head
    if (
        verb.dep_ in ("xcomp", "advcl")
        and head.i != verb.i
        and head.lemma_.lower() in _CALLING
        and not called_on(head)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        # "called for the president to resign": an appeal
        and not any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)
    ):
        return head
    return None


# Verbs of receiving: what the subject gets "from" someone was given by that someone.
_GETTING = {"receive", "get", "obtain", "secure"}
# People are received from a place they fled, not given by it ("received refugees from Syria").
_PEOPLE_RECEIVED = {
    "refugee", "migrant", "asylum-seeker", "evacuee", "orphan", "survivor", "displaced",
    "defector", "dissident", "delegation", "envoy", "visitor", "guest",
}  # fmt: skip


# Intelligence received is shared by its sender as aid is given by its giver: "the Philippine
# military received intelligence from the United States" is the United States' sharing (064).
_SHARED = "064"


def gets_aid(verb: Token, pat: Pattern, noun: Token | None) -> bool:
    """``verb`` says its subject received aid or intelligence (not people fleeing somewhere)."""
    return (
        verb.lemma_.lower() in _GETTING
        and (pat.code[:2] == "07" or pat.code == _SHARED)
        and noun is not None
        and noun.lemma_.lower() not in _PEOPLE_RECEIVED
    )


def giver_of(verb: Token, pat: Pattern, noun: Token | None) -> Token | None:
    """Who gave the aid ``verb`` says its subject received ("received a loan from the IMF"):
    the giver is the source, the receiver the target."""
    if noun is None or not gets_aid(verb, pat, noun):
        return None
    return next(iter([*prep_objects(verb, FROM), *prep_objects(noun, FROM)]), None)


_AFTER = {"after", "following", "once", "when"}


_LEAVING_GROUND = {"leave", "exit", "vacate", "evacuate", "quit"}
_GROUND_NOUNS = PLACE_NOUNS | {
    "country", "territory", "area", "base", "zone", "state", "camp", "airport", "airbase",
    "outpost", "position", "stronghold", "enclave",
}  # fmt: skip


def left_in_a_state(verb: Token) -> bool:
    """ "leave" told as what an act did to its object puts the object in a state rather than
    going away from it: "shelled the town, leaving Mariupol without water or power",
    "leaving thousands homeless" (a participle clause on the act with a "without" phrase or
    a predicate adjective; "troops left Kherson without a fight" still leave)."""
    if verb.lemma_.lower() != "leave" or child_of(verb, "dobj") is None:
        return False
    if any(c.dep_ in ("oprd", "acomp") for c in verb.children):
        return True
    place = child_of(verb, "dobj")
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and any(
            c.dep_ == "prep" and c.lower_ == "without" for c in (*verb.children, *place.children)
        )
    )


# Verbs that, done to another side's forces, put them out of a place rather than pull one's
# own back: "Spanish troops removed six Moroccan soldiers who had occupied the island".
_PUTTING_OUT = frozenset({"remove", "evict", "oust", "dislodge"})
_PUT_OUT = "174"
_NATIONAL = frozenset({"NORP", "GPE"})


def _whose_forces(forces: Token) -> list[Token]:
    """The words naming whose ``forces`` are: a nationality or country before them
    ("Moroccan soldiers", "Russia's troops"); a pronoun owner names no one here."""
    return [
        c
        for c in forces.children
        if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _NATIONAL
    ]


def forces_put_out(verb: Token, pat: Pattern) -> Pattern:
    """A withdrawal line read on forces named as another side's is that side forced out
    (174, aimed at them): "Spanish troops removed six Moroccan soldiers from the islet";
    "the United States removed its troops from Syria" and "Spain removed Spanish troops
    from the island" stay their own withdrawal."""
    if pat.code[:3] != "087" or verb.lemma_.lower() not in _PUTTING_OUT:
        return pat
    forces = child_of(verb, "dobj")
    subject = subject_of(verb)
    if forces is None or subject is None or forces.lemma_.lower() not in TROOPS:
        return pat
    countries = actor_countries(verb.doc, load_dictionary())
    owners = {countries[w.i] for w in _whose_forces(forces) if w.i in countries}
    own = {countries[t.i] for t in subject.subtree if t.i in countries}
    if not owners or owners & own:
        return pat
    return replace(pat, code=_PUT_OUT, prep=frozenset({"obj"}))


def troops_leaving(verb: Token) -> bool:
    """``verb`` is troops leaving a place: its subject is troops or forces, its object a
    named place or a town, province, base … ("Mozambique's Cabo Delgado province")."""
    if verb.lemma_.lower() not in _LEAVING_GROUND:
        return False
    subject = subject_of(verb)
    place = child_of(verb, "dobj")
    if place is None or not is_armed(subject) or left_in_a_state(verb):
        return False
    return (
        place.ent_type_ in PLACE_ENTITIES
        or place.lemma_.lower() in _GROUND_NOUNS
        or place.pos_ == "PROPN"  # (troops leave places; the tagger may call Mali a person)
        # "left the Jenin refugee camp", "vacated the Kabul airport": a thing of a place
        or any(c.dep_ == "compound" and c.ent_type_ in PLACE_ENTITIES for c in place.children)
    )


def releaser(verb: Token) -> tuple[Token, ...]:
    """Who let people go, when the passive names no agent: the one whose act the release
    followed ("were freed after South Korea's cabinet approved a pardon", "were released
    after the government revoked the orders against them")."""
    if child_of(verb, "nsubjpass", "auxpass") is None:
        return ()
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _PROMISING_RELEASE:
        # "Khan announced that the pilot will be released": a release still to come,
        # announced, is the announcer's
        speaker = child_of(verb.head, "nsubj")
        ahead = any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children
        )
        if ahead and speaker is not None and names_someone(speaker):
            return with_conjuncts(speaker)
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _AFTER for m in clause.children
        ):
            subject = child_of(clause, "nsubj")
            if subject is not None and names_someone(subject):
                return with_conjuncts(subject)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _PROMISING_RELEASE:
        # "were released on bail, a court in Tbilisi said", "was freed from prison, the
        # interior ministry said": a court or office that holds people and tells of their
        # release made it
        speaker = child_of(verb.head, "nsubj")
        if speaker is not None and speaker.lemma_.lower() in _CUSTODIANS:
            return with_conjuncts(speaker)
    return _custody_owner(verb)


def _custody_owner(verb: Token) -> tuple[Token, ...]:
    """Whose jail people were let out of: "were freed from a Japanese jail", "released from
    Iranian custody", "freed from Russia's prisons" (the country that held them let them go)."""
    for held in prep_objects(verb, FROM):
        if held.lemma_.lower() not in CUSTODY:
            continue
        owner = next(
            (
                c
                for c in held.children
                if (c.dep_ == "poss" and c.pos_ != "PRON")
                or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
            ),
            None,
        )
        if owner is not None:
            return (owner,)
    return _holder_named(verb)


def _holder_named(verb: Token) -> tuple[Token, ...]:
    """The country or group people were freed or released from, named itself ("two
    Canadian teachers were freed from Iran", "was released from Mali after eight months",
    "freed from the Taliban"): with no one named who let them go, the side that held them
    did."""
    for held in prep_objects(verb, FROM):
        if names_an_actor(held):
            return (held,)
    return ()


# Verbs that make a coming release their speaker's word.
_PROMISING_RELEASE = {"announce", "say", "declare", "confirm", "promise", "pledge", "decide"}
# Courts and offices that hold people in custody.
_CUSTODIANS = {
    "court", "judge", "tribunal", "judiciary", "prosecutor", "ministry", "authority", "police",
    "government", "junta", "army", "military", "presidency", "prison", "administration",
}  # fmt: skip
_PRESSURE = frozenset({"after", "amid", "amidst", "following", "under"})
_PRESSED_FROM = frozenset({"from", "by", "in", "of"})
_DEMANDERS = {
    "protester", "demonstrator", "lawmaker", "legislator", "parliament", "opposition",
    "critic", "student", "union", "worker", "voter", "party", "rebel", "activist", "group",
}  # fmt: skip


def pressed_by(verb: Token) -> list[Token]:
    """Who pressed for what ``verb`` gave up: a named one (or protesters, lawmakers …) in
    its "after", "amid" or "under pressure from" phrase, a "from"/"by" phrase first."""
    found: list[Token] = []
    for phrase in prep_objects(verb, _PRESSURE):
        for tok in phrase.subtree:
            if (tok.dep_ == "pobj" and tok.head.lower_ in _PRESSED_FROM) or tok.i == phrase.i:
                if names_someone(tok) or tok.lemma_.lower() in _DEMANDERS:
                    found.append(tok)
    return sorted(found, key=lambda t: t.head.lower_ not in ("from", "by"))[:1]


# Arrests and removals done for another side: "arrested the blogger at the request of Minsk",
# "detained him on a U.S. extradition request", "held on an Interpol red notice issued by
# Turkey", and people sent over to be tried there: "deported the suspect to the United States
# to face charges", "was handed over to Italy to stand trial". Besides the arrest itself, that
# is judicial cooperation (CAMEO 063) with the side that asked or tries them.
JUDICIAL = Pattern("063", "V", "", "", frozenset(), frozenset(), frozenset({"-"}), 0)
_HELD_FOR_OTHERS = {"173", "174", "084", "0841"}
_ASKED_ON = frozenset({"at", "on", "upon", "following", "after", "under", "in"})
_REQUESTS = {"request", "behest", "notice", "warrant"}
# (a warrant or notice is another side's only when it says so: not "a warrant from a Madrid
# judge")
_FOREIGN_WARRANTS = {"international", "interpol", "extradition", "red", "european", "foreign"}
_TRIED = {"face", "stand"}
_TRIALS = {
    "trial", "charge", "justice", "prosecution", "court", "indictment", "accusation", "case",
    "sentence", "hearing",
}  # fmt: skip
_BEING_TRIED = {"try", "prosecute", "sentence", "judge"}


def _requester(request: Token) -> Token | None:
    """Who made ``request``: "of X", "X's", "a U.S. request", "issued by X"."""
    asker = next(iter(prep_objects(request, OF)), None)
    asker = asker or child_of(request, "poss")
    if asker is None:
        asker = next(
            (
                c
                for c in request.children
                if c.dep_ in ("compound", "amod", "nmod")
                and c.lemma_.lower() not in _FOREIGN_WARRANTS
                and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
            ),
            None,
        )
    issued = [c for c in request.children if c.dep_ in ("acl", "relcl")]
    return asker or next((p for c in issued for p in prep_objects(c, frozenset({"by"}))), None)


def cooperation_asked(verb: Token, pat: Pattern) -> Token | None:
    """The side an arrest or removal by ``verb`` was done for, or None (see JUDICIAL)."""
    if pat.code not in _HELD_FOR_OTHERS:
        return None
    for request in prep_objects(verb, _ASKED_ON):
        lemma = request.lemma_.lower()
        if lemma not in _REQUESTS:
            continue
        if lemma in ("notice", "warrant") and not modifiers_of(request) & _FOREIGN_WARRANTS:
            continue
        asker = _requester(request)
        if asker is not None:
            return asker
    tried = any(
        c.dep_ in ("advcl", "xcomp")
        and (
            (c.lemma_.lower() in _TRIED and any(o.lemma_.lower() in _TRIALS for o in objects_of(c)))
            or (c.lemma_.lower() in _BEING_TRIED and child_of(c, "auxpass") is not None)
        )
        for c in verb.children
    )
    if not tried:
        return None
    # ("sent the suspect back to Belgium": the place hangs on the particle)
    backs = [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
    places = [*prep_objects(verb, TO), *(p for b in backs for p in prep_objects(b, TO))]
    return next(iter(places), None)


# Acts done together with another side: "in cooperation with the FBI, Kenyan police arrested
# the suspects", "in coordination with Iraqi forces", "Indian and Nepalese police jointly
# arrested the smugglers", "China and Russia jointly developed a missile": cooperation between
# the sides, judicial for arrests and removals (063), military for fighting and deployments
# (062), material otherwise (060).
_JOINT_WORK = {
    "cooperation", "co-operation", "collaboration", "coordination", "co-ordination",
    "conjunction", "partnership", "concert", "tandem", "liaison", "association",
}  # fmt: skip
_JOINTLY = {"jointly", "together"}
_WITH = frozenset({"with"})


def cooperation_kind(pat: Pattern | None) -> Pattern:
    """The cooperation an act done with another side is: judicial, military or material."""
    code = pat.code if pat is not None else ""
    kind = "063" if code[:2] == "17" else "062" if code[:2] in ("15", "18", "19", "20") else "060"
    return replace(JUDICIAL, code=kind)


def joint_partner(verb: Token) -> Token | None:
    """The side named by "in cooperation with X" (or "jointly with X") on ``verb``."""
    for work in prep_objects(verb, frozenset({"in"})):
        if work.lemma_.lower() in _JOINT_WORK:
            partner = next(iter(prep_objects(work, frozenset({"with"}))), None)
            if partner is not None:
                return partner
    for adverb in verb.children:
        if adverb.dep_ == "advmod" and adverb.lower_ in _JOINTLY:
            # "with X" on the adverb, or on the verb after its object ("jointly patrolled the
            # strait with Serbia")
            partner = next(prep_objects(adverb, _WITH), None) or next(
                prep_objects(verb, _WITH), None
            )
            if partner is not None:
                return partner
    return None


def joint_doers(verb: Token) -> tuple[Token, ...]:
    """The coordinated subjects of an act done "jointly" ("X and Y jointly built …")."""
    if not any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children):
        return ()
    return _coordinated_doers(verb)


# An exercise two sides hold together is a joint one even when no "joint" says so: "French
# and Egyptian warships launched ten days of war games in the Mediterranean", "Russia and
# China held naval drills in the Yellow Sea" (military cooperation between them, 062). One
# held near or against someone stays the show of force it is ("Russian and Belarusian
# troops staged drills near the Polish border").
_SHOW_OF_FORCE = "150"
_DRILLS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "war-game", "game"}
_AIMED = frozenset({"near", "around", "off", "along", "against", "close"})


def drilled_together(verb: Token, pat: Pattern) -> tuple[Token, ...]:
    """The sides named as the doers of the exercise ``verb`` holds (see above), if two."""
    if pat.code != _SHOW_OF_FORCE:
        return ()
    held = child_of(verb, "dobj")
    if held is not None and held.lemma_.lower() not in _DRILLS:
        held = next(iter(prep_objects(held, frozenset({"of"}))), None)  # "ten days of drills"
    if held is None or held.lemma_.lower() not in _DRILLS:
        return ()
    if next(prep_objects(verb, _AIMED), None) or next(prep_objects(held, _AIMED), None):
        return ()
    return _coordinated_doers(verb)


def _coordinated_doers(verb: Token) -> tuple[Token, ...]:
    """Two or more sides named as the subject of ``verb``: conjoined ("X and Y") or as the
    conjoined modifiers of one noun ("Indian and Nepalese police")."""
    head = subject_of(verb)
    doers = with_conjuncts(head)
    if len(doers) < 2:  # "Indian and Nepalese police": the sides named as modifiers
        mods = [c for c in head.children if c.dep_ in ("amod", "compound")] if head else []
        doers = tuple(with_conjuncts(mods[0])) if mods else ()
    return doers if len(doers) > 1 else ()


def hyphen_giver(verb: Token) -> tuple[Token, ...]:
    """The giver joined by a hyphen to a participle of giving: "a Japanese-funded hospital",
    "the EU-financed bridge", "Qatari-donated fuel" (the giver of what the noun names).

    Only a name or nationality gives: "nuclear-armed neighbours", "heavily-armed men" and
    "donor-funded" name a kind, not a giver."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN":
        return ()
    doc = verb.doc
    return tuple(
        c
        for c in verb.children
        if c.dep_ in ("npadvmod", "compound", "nmod")
        and c.i + 2 == verb.i
        and doc[c.i + 1].text == "-"
        and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED_GIVERS)
    )


_NAMED_GIVERS = frozenset({"NORP", "GPE", "ORG"})
