"""Acts inside one arena, where no side acts on another: a state's courts ruling on its own
measures, and companies trading with each other.

A newspaper's lines are mostly about such arenas ("judge blocks the travel ban", "appeals court
refuses to reinstate the ban", "kraft heinz drops its bid for unilever", "netflix orders a
second season"). Their verbs are the verbs of political acts (block, refuse, reject, drop,
order), so the grammar finds a triple; what tells them apart is who acts and on what:

* an unnamed court or judge acting on a measure (a ban, law, order, rule) rules inside its own
  state; the measure's owner is no other side (a court named with a country, "a Russian court
  jailed an American pilot", is resolved to that country's judiciary and keeps its act);
* a company, or an unnamed doer, acting on a deal (a bid, takeover, merger, stake) or a show
  (a season, a series) trades or commissions: no state is a side of it; the country it builds
  a plant or spends in is a place ("pledges $10 billion in U.S. investment");
* a person or company with no state behind it who quits a council or board gives up a seat
  ("Uber's chief quits Trump's business council"), and a company's officer who resigns gives
  up a post ("Toshiba's chairman resigns", "Uber's president quits");
* a company acting on its wares does business ("Delta cancels hundreds of flights");
* whoever breaks a chamber's tie casts a vote ("pence breaks a tie"): no side is acted on;
* a government or a party acting on its own bill, decree or plan with no other side named
  governs at home ("romania's government withdraws its graft decree");
* a politician holding a campaign rally seeks votes ("trump holds a campaign-style rally in
  florida"): no one protests against another side.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.resolve import LEGISLATURE
from detente.events.extract import PARTNER_PREPS, POLICIES
from detente.events.grammar import child_of

# Heads of an unnamed court: a body that rules on its own state's measures.
JUDICIARY = frozenset({"court", "judge", "justice", "jury", "tribunal", "magistrate"})
# Things bought, sold or commissioned: the objects of commerce and entertainment, not of
# politics ("drops its bid", "rejects a takeover offer", "orders a second season").
DEALS = frozenset({
    "bid", "takeover", "merger", "acquisition", "buyout", "stake", "season", "series",
    "episode", "sequel",
})  # fmt: skip
# An offer or deal of a sum of money ("a $143 billion offer") is a deal too.
_PRICED = frozenset({"offer", "deal", "proposal"})
# The government a court rules against at home: "the judges ruled against the administration".
_OWN_GOVERNMENT = frozenset({"administration"})
_BUSINESS = "BUS"
_MEASURES = frozenset(POLICIES) | _OWN_GOVERNMENT


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _things_done(word: Token) -> list[Token]:
    """The objects of the act's verb and of the verb it governs ("refuses to reinstate the
    ban": the ban), also when the parser hangs them on its particle."""
    verbs = [word]
    comp = child_of(word, "xcomp")
    if comp is not None:
        verbs.append(comp)
    heads = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "prt")]
    # (a particle can take the object in a lower-case line: "strikes down the ban")
    return [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]


def _names(tok: Token, kinds: frozenset[str] | set[str]) -> bool:
    """The noun, one of its compounds ("a takeover offer") or the noun it is the owner of
    ("trump's travel ban") is one of ``kinds``."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    if tok.dep_ == "poss":
        words.append(tok.head)
    return any(_lemma(w) in kinds for w in words) or (kinds is DEALS and _priced(tok))


def _priced(tok: Token) -> bool:
    """An offer or deal told with its sum: "a $143 billion offer"."""
    return _lemma(tok) in _PRICED and any(
        t.ent_type_ == "MONEY" or t.text == "$" for t in tok.subtree if t.i < tok.i
    )


def _acted_on(word: Token, tgt: tuple | None, kinds: frozenset[str] | set[str]) -> bool:
    """What the act is done to (its target's phrase or the verb's object) is one of
    ``kinds``."""
    things = _things_done(word) + ([tgt[2]] if tgt is not None else [])
    return any(_names(t, kinds) for t in things)


def court_ruling(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """An unnamed court or judge acting on a measure: "federal judge blocks the travel ban",
    "appeals court refuses to reinstate the ban", "court strikes down the voter id law" (or
    ruling against the administration). The court rules inside its own state; whoever made the
    measure is no other side."""
    if src[0].code or _lemma(src[2]) not in JUDICIARY:
        return False
    # (the measure itself, read as an act the court did: "a judge in utah strikes down the
    # state's ban on same-sex marriage" is no ban of the judge's)
    return _lemma(word) in _MEASURES or _acted_on(word, tgt, _MEASURES)


def trading(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A company (or an unnamed doer) acting on a deal or a show, or buying something, with
    no state on the other side: "the anglo-dutch company rejected the takeover offer",
    "netflix orders a second season", "peugeot agrees to buy opel" (a named company's
    contract too: "rosneft signs a 25-year deal"). Commerce, not an act
    between states."""
    if src[0].country and src[0].sector != _BUSINESS:
        return False
    if tgt is not None and tgt[0].country and tgt[0].sector != _BUSINESS:
        return False
    company = src[0].sector == _BUSINESS
    return (
        _acted_on(word, tgt, DEALS)
        or _buying(word)
        or (company and _acted_on(word, tgt, COMPANY_DEALS))
    )


# What a named company signs with no state on the other side is a contract: "rosneft signs a
# 25-year deal to ship crude to china's state oil company".
COMPANY_DEALS = frozenset({"deal", "contract", "agreement", "accord", "pact", "memorandum"})


# Verbs of buying a business: "agrees to buy Opel", "moves to acquire the chipmaker".
_BUYING = frozenset({"buy", "acquire", "purchase"})


def _buying(word: Token) -> bool:
    """The act, or the act it leads to, buys something: "Peugeot agrees to buy Opel from
    General Motors" (with no state on either side, a company buys a company)."""
    comp = child_of(word, "xcomp")
    return any(v is not None and _lemma(v) in _BUYING for v in (word, comp))


# What a company builds, opens or spends somewhere: the country it does so in is a place.
VENTURES = frozenset({
    "plant", "factory", "investment", "job", "store", "facility", "office", "headquarters",
    "mine", "billion", "million",
})  # fmt: skip


def _where_built(place: Token) -> bool:
    """``place`` is where a venture is: "a plant in the U.S.", "U.S. investment", "will
    build a factory in Alabama"."""
    if place.dep_ == "compound":
        return _lemma(place.head) in VENTURES
    if place.dep_ == "pobj" and place.head.lower_ == "in":
        holder = place.head.head  # the venture, or the verb that builds it ("build … in")
        built = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ == "VERB" else []
        return any(_lemma(t) in VENTURES for t in [holder, *built])
    return False


def investing(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A company (or an unnamed doer) building, opening or spending in a country: "Toyota
    pledges $10 billion in U.S. investment", "Foxconn considers a plant in the U.S.",
    "Samsung opens a plant in Vietnam". The country is where it invests, not a partner."""
    if src[0].country and src[0].sector != _BUSINESS:
        return False
    return tgt is not None and _where_built(tgt[2])


# Bodies one sits on, and the verbs of giving up a seat on one.
SEATS = frozenset({"council", "board", "panel", "committee", "commission", "forum"})
_QUITTING = frozenset({"quit", "leave", "resign", "exit", "step"})


def leaving_a_seat(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A person or company with no state behind it giving up a seat on a council or board:
    "Uber's chief quits Trump's business council". A member resigns; no relations between
    sides are cut (a state that quits a body keeps its act: "Russia quits the council")."""
    if src[0].country and src[0].sector != _BUSINESS:
        return False
    if _lemma(word) not in _QUITTING:
        return False
    left = _things_done(word) + [o for p in word.children if p.dep_ == "prep" for o in p.children]
    return any(_names(t, SEATS) for t in [*left, *([tgt[2]] if tgt is not None else [])])


# The offices of a company's officers: "Toshiba's chairman resigns", "the chief executive
# steps down". A committee's or a party's chair with no state named gives up a post too.
BUSINESS_OFFICES = frozenset({
    "chairman", "chairwoman", "executive", "ceo", "founder", "boss", "cfo",
})  # fmt: skip


def leaving_a_post(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A company's officer with no state behind them who resigns or steps down, with no
    one resigned to: "Toshiba's chairman resigns as losses mount". A post is given up; no
    side accedes to another's demands (a minister or a president keeps the act)."""
    if src[0].country or tgt is not None and tgt[0].country:
        return False
    if _lemma(word) not in _QUITTING or _things_done(word):
        return False
    posts = [src[2], *_post_given_up(word)]
    return any(_lemma(p) in BUSINESS_OFFICES or _owned_office(p) for p in posts)


def _post_given_up(word: Token) -> list[Token]:
    """The post an "as" phrase of the verb names ("Kalanick resigns as Uber's chief",
    "steps down as chairman of the bank")."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]


# Offices any body has: a president, chief or head of a company, club or university.
_OFFICES = frozenset({"president", "chief", "head", "director"})


def _owned_office(tok: Token) -> bool:
    """``tok`` is an office its owner names ("Uber's president", "the club's chief"); with no
    state behind it (see :func:`leaving_a_post`) the owner is a company or a body, and its
    officer who quits gives up a post."""
    return _lemma(tok) in _OFFICES and any(
        c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children
    )


# What a company sells or runs: the objects of its business, not of politics ("cancels
# hundreds of flights", "cuts its dividend", "recalls a product").
WARES = frozenset({"flight", "fare", "royalty", "dividend", "product", "shipment"})
# Words of a quantity whose "of" names the thing counted ("hundreds of flights").
_QUANTITIES = frozenset({"hundred", "thousand", "dozen", "million", "score", "number", "lot"})


def _counted(tok: Token) -> Token:
    """The thing a quantity counts ("hundreds of flights": flights), or ``tok``."""
    if _lemma(tok) in _QUANTITIES or tok.like_num:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = child_of(of, "pobj") if of is not None else None
        if thing is not None:
            return thing
    return tok


def selling(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A company (or an unnamed doer) acting on its wares with no state on the other side:
    "Delta cancels hundreds of flights after an outage". Business, not an act between
    states (a state that halts flights or shipments to another keeps its act)."""
    if src[0].country and src[0].sector != _BUSINESS:
        return False
    if tgt is not None and tgt[0].country and tgt[0].sector != _BUSINESS:
        return False
    things = _things_done(word) + ([tgt[2]] if tgt is not None else [])
    return any(_lemma(_counted(t)) in WARES for t in things)


# A chamber's vote that ends level or stuck: whoever "breaks a tie" votes in the chamber
# (singular: "breaks ties with Qatar" cuts relations).
VOTE_DEADLOCKS = frozenset({"tie", "deadlock", "filibuster", "quorum"})


def _a_deadlock(tok: Token) -> bool:
    return _lemma(tok) in VOTE_DEADLOCKS and tok.tag_ != "NNS"


def breaking_a_tie(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A chamber's tie or deadlock broken, with no side acted on: "pence breaks a tie" casts
    a vote (ties cut with a side are another act: "saudi arabia breaks ties with qatar")."""
    if tgt is not None and tgt[0].country and tgt[0].country != src[0].country:
        return False
    things = _things_done(word) + ([tgt[2]] if tgt is not None else [])
    return any(_a_deadlock(t) for t in things)


# Gatherings a politician holds, and the words that make one a bid for votes.
_GATHERINGS = frozenset({"rally", "event", "stop", "meeting"})
_CAMPAIGNS = frozenset({"campaign", "election", "reelection", "re-election", "stump"})


def _a_campaign_gathering(tok: Token) -> bool:
    """``tok`` is a rally told as a campaign's ("a campaign-style rally", "an election
    rally")."""
    return _lemma(tok) in _GATHERINGS and any(
        _lemma(w) in _CAMPAIGNS for w in tok.subtree if w.i < tok.i
    )


def campaigning(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A rally held for a campaign: "trump holds a campaign-style rally in florida". Votes
    are sought at home; no side protests against another (a rally against a state keeps
    its act: "thousands rally against Russia")."""
    if tgt is not None and tgt[0].country and tgt[0].country != src[0].country:
        return False
    things = _things_done(word) + ([tgt[2]] if tgt is not None else [])
    return any(_a_campaign_gathering(t) for t in things)


# Measures a government or a party makes for its own state (not deals or sanctions, which
# have another side even when it goes unnamed).
HOME_MEASURES = frozenset({
    "decree", "bill", "law", "legislation", "plan", "reform", "budget", "rule", "regulation",
    "program", "programme", "nomination", "proposal",
})  # fmt: skip
_OWNERS = frozenset({"its", "their", "his", "her"})


def _own_measure(tok: Token) -> bool:
    """``tok`` is the doer's own measure: "its graft decree", "their own plan"."""
    return _lemma(tok) in HOME_MEASURES and any(
        (c.dep_ == "poss" and c.lower_ in _OWNERS) or c.lower_ == "own" for c in tok.children
    )


def governing(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A government or a party acting on its own measure with no other state named:
    "romania's government withdraws its graft decree after huge protests". It governs at
    home; no side is yielded to (a side that drops its plan aimed at someone keeps its act:
    "israel shelves its plan for settlements near jerusalem")."""
    if tgt is not None and tgt[0].country != src[0].country:
        return False  # (a phrase it is aimed at with no country may be a side unnamed)
    return any(_own_measure(t) for t in _things_done(word))


# A state's own deliberating bodies, and the verbs by which they sit: "her National Security
# Council would meet early next week", "the security cabinet convened on Sunday".
COUNCILS = frozenset({
    "council", "cabinet", "committee", "parliament", "assembly", "senate", "congress",
    "legislature", "politburo", "presidium", "junta", "board",
})  # fmt: skip
_SITTING = frozenset({"meet", "convene", "gather", "sit", "reconvene", "assemble"})
# The sectors of a state's own council or cabinet (a body of a group of states, "the Security
# Council", is none).
_COUNCIL_SECTORS = frozenset({"GOV", "LEG"})


def _sitting_alone(verb: Token) -> bool:
    """``verb`` is a meeting of a council or cabinet with no partner named: no object and no
    "with" phrase ("the security cabinet will meet on Sunday to discuss the response")."""
    if _lemma(verb) not in _SITTING or child_of(verb, "dobj") is not None:
        return False
    body = child_of(verb, "nsubj")
    if body is None or _lemma(body) not in COUNCILS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in verb.children)


def deliberating(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A state's own council or cabinet sitting with no partner: "May said her National
    Security Council would meet early next week to consider the next steps". It deliberates
    at home: the meeting has no counterpart, and what it sits to weigh is aimed at no one its
    own words do not name (a target from elsewhere in the story is not its)."""
    if src[0].country and src[0].sector not in _COUNCIL_SECTORS:
        return False  # (the UN Security Council meeting on Syria acts on it)
    if _sitting_alone(word):
        return True
    purpose = word.dep_ in ("xcomp", "advcl") and _sitting_alone(word.head)
    return purpose and (tgt is None or tgt[2].i not in {t.i for t in word.subtree})


# Games, shows and fairs a city or a state stages: "tokyo is picked to host the 2020 summer
# olympics", "Brazil will host the World Cup" (a host of a visitor or of talks names them).
EVENTS_STAGED = frozenset({
    "olympics", "olympic", "olympiad", "game", "games", "cup", "championship",
    "championships", "tournament", "final", "match", "festival", "expo", "exposition", "fair",
    "exhibition", "race", "prix", "contest", "competition", "marathon", "concert", "pageant",
    "eurovision", "biennale",
})  # fmt: skip
_STAGING = frozenset({"host", "stage"})


def staging(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A place or a state hosting a game, a show or a fair: "tokyo is picked to host the
    2020 summer olympics". It stages an event; no guest is received (hosting a leader or
    talks keeps its act: "Japan hosts Xi")."""
    if _lemma(word) not in _STAGING:
        return False
    if tgt is not None and tgt[0].country and tgt[0].country != src[0].country:
        return False
    return any(_names(t, EVENTS_STAGED) for t in _things_done(word))


# Offices and bodies voters fill: "afghans vote for a new president", "Germans voted for a
# new parliament" (votes "for" a resolution or a measure are no election).
OFFICES_ELECTED = frozenset({
    "president", "parliament", "mayor", "governor", "leader", "assembly", "legislature",
    "congress", "senate", "government", "candidate", "party", "chamber", "council",
    "presidency", "premier", "chancellor", "successor",
})  # fmt: skip


def electing(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """Voters voting for an office or a body: "afghans vote for a new president despite
    taliban threats". An election at home; no side is backed by another (a vote for a
    measure aimed at a side keeps its act)."""
    if _lemma(word) != "vote":
        return False
    if tgt is not None and tgt[0].country and tgt[0].country != src[0].country:
        return False
    fors = [p for p in word.children if p.dep_ == "prep" and p.lower_ == "for"]
    return any(o.dep_ == "pobj" and _lemma(o) in OFFICES_ELECTED for p in fors for o in p.children)


# A chamber's items of business, and the verbs that throw one out.
MOTIONS = frozenset({"motion", "bill", "amendment", "resolution", "measure", "proposal"})
_THROWING_OUT = frozenset({"reject", "defeat", "vote", "block", "sink", "kill", "scuttle"})


def voted_down(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """A legislature throwing out a motion or bill about a side: "british lawmakers vote
    down a motion on military action in syria". The chamber decides at home; the side the
    motion is about (named only inside it) is not acted on."""
    if src[0].sector != LEGISLATURE or _lemma(word) not in _THROWING_OUT:
        return False
    if _lemma(word) == "vote" and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in word.children
    ):
        return False
    items = [t for t in _things_done(word) if _lemma(t) in MOTIONS]
    if not items:
        return False
    # (only a side named in what the motion is about: "Russia's proposal" is Russia's own)
    about = {t.i for item in items for p in item.children if p.dep_ == "prep" for t in p.subtree}
    return tgt is None or tgt[2].i in about


def within_an_arena(word: Token, src: tuple, tgt: tuple | None) -> bool:
    """The act is a court's ruling, a company's trade, sale or investment, a seat or post
    given up, or a measure, a vote, an election, a game staged or a campaign at home: no
    side acts on another."""
    return (
        court_ruling(word, src, tgt)
        or trading(word, src, tgt)
        or selling(word, src, tgt)
        or investing(word, src, tgt)
        or leaving_a_seat(word, src, tgt)
        or leaving_a_post(word, src, tgt)
        or breaking_a_tie(word, src, tgt)
        or campaigning(word, src, tgt)
        or governing(word, src, tgt)
        or deliberating(word, src, tgt)
        or staging(word, src, tgt)
        or electing(word, src, tgt)
        or voted_down(word, src, tgt)
    )
