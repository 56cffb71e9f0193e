"""Regions and groups of states, and the descriptor phrases news names a state again by.

A story names a state once and then by what it is: "Mexico broke off ties with Ecuador on
Friday … the South American country said the raid was lawful", "Saudi Arabia … Qatar … the
Gulf emirate rejected the demands", "the former Soviet republic". :func:`described_states`
reads such a phrase into the states it may stand for; the resolver takes the last of them
named before it (``resolve._named_again``). The facts are ``data/regions.tsv``: the UN M49
region, subregion and intermediate region of each state, and the groups news uses that M49
does not draw (Gulf, Balkan, Sahel, former Soviet, landlocked, island, …).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from detente.errors import DictionaryError

_FILE = "regions.tsv"

# Words of a descriptor → the M49 area or group (lowercase, as in data/regions.tsv) they name.
_DESCRIPTORS = {
    "african": "africa", "north african": "northern africa", "west african": "western africa",
    "central african": "middle africa", "east african": "east african",
    "southern african": "southern african", "sub-saharan": "sub-saharan africa",
    "horn of africa": "horn of africa", "sahel": "sahel", "sahelian": "sahel",
    "great lakes": "great lakes",
    "asian": "asia", "central asian": "central asia", "east asian": "eastern asia",
    "southeast asian": "south-eastern asia", "south-east asian": "south-eastern asia",
    "south east asian": "south-eastern asia", "south asian": "south asian",
    "himalayan": "himalayan",
    "middle eastern": "middle eastern", "middle east": "middle eastern",
    "mideast": "middle eastern", "gulf": "gulf", "persian gulf": "gulf", "arab": "arab",
    "european": "europe", "eastern european": "eastern europe",
    "east european": "eastern europe", "western european": "western europe",
    "southern european": "southern europe", "northern european": "northern europe",
    "central european": "central european", "balkan": "balkan", "western balkan": "balkan",
    "baltic": "baltic", "nordic": "nordic", "scandinavian": "nordic",
    "caucasus": "caucasus", "south caucasus": "caucasus", "south caucasian": "caucasus",
    "caucasian": "caucasus", "mediterranean": "mediterranean",
    "former soviet": "former soviet", "ex-soviet": "former soviet",
    "post-soviet": "former soviet",
    "south american": "south america", "latin american": "latin america and the caribbean",
    "central american": "central american", "north american": "north american",
    "caribbean": "caribbean", "andean": "andean",
    "pacific": "pacific island", "south pacific": "pacific island",
    "pacific island": "pacific island", "island": "island", "landlocked": "landlocked",
}  # fmt: skip
# Words that may stand among a descriptor's without naming a region ("the oil-rich kingdom",
# "the tiny Gulf state", "the impoverished Horn of Africa nation"). Any other word makes the
# phrase no descriptor: "the other Gulf state", "the neighbouring Balkan country".
_EPITHETS = frozenset({
    "oil-rich", "gas-rich", "energy-rich", "resource-rich", "mineral-rich", "tiny", "small",
    "impoverished", "poor", "wealthy", "war-torn", "war-ravaged", "conflict-hit",
    "reclusive", "isolated", "nuclear-armed", "mountainous",
})  # fmt: skip
# Nouns a descriptor names a state with.
STATE_NOUNS = frozenset({
    "country", "nation", "state", "republic", "kingdom", "emirate", "sultanate", "monarchy",
    "island", "neighbour", "neighbor", "ally",
})  # fmt: skip
# Nouns that say on their own which states they fit (an epithet may then stand alone: "the
# oil-rich kingdom"); "island" is the table's group, the others are the resolver's forms.
_FORM_NOUNS = frozenset({"kingdom", "emirate", "sultanate", "monarchy", "island"})
# What may follow the noun of a descriptor: "the Gulf emirate's foreign ministry", "the
# Balkan country, which applied to join in 2009, …".
_AFTER = frozenset({"case", "punct", "relcl"})
# How many words the longest descriptor has ("horn of africa": three).
_LONGEST = max(len(key.split()) for key in _DESCRIPTORS)


@lru_cache(maxsize=1)
def state_groups() -> dict[str, frozenset[str]]:
    """Code → every M49 area and group the state lies in (lowercase): "ECU" → {"americas",
    "latin america and the caribbean", "south america", "andean"}."""
    path = resources.files("detente") / "data" / _FILE
    out: dict[str, frozenset[str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5 or len(fields[0]) != 3:
            raise DictionaryError(_FILE, number, f"expected code and four fields: {line!r}")
        code, *areas, groups = fields
        out[code] = frozenset(
            [a.lower() for a in areas if a] + [g.strip() for g in groups.split(",") if g.strip()]
        )
    return out


@lru_cache(maxsize=64)
def members(group: str) -> frozenset[str]:
    """The codes of the states in an M49 area or group ("gulf" → BHR, KWT, OMN, QAT, SAU,
    ARE)."""
    return frozenset(code for code, groups in state_groups().items() if group in groups)


def described_states(head: Token) -> frozenset[str] | None:
    """The states a descriptor phrase headed by ``head`` may stand for: "the South American
    country" (Argentina … Venezuela), "the Central Asian republic", "the Horn of Africa
    nation", "the oil-rich kingdom" (any state: the kingdom's own form is the resolver's).

    None when ``head`` heads no such phrase: the article is not "the" ("a South American
    country"), the noun is plural ("South American countries") or no state noun, a word
    before it names no region ("the other Gulf state"), or nothing but the noun is there ("the
    country", which the resolver reads on its own)."""
    noun = head.lower_
    if noun not in STATE_NOUNS or head.tag_ not in ("NN", "NNP"):
        return None
    if head.tag_ == "NNP" and not head.is_title:
        return None
    if any(c.i > head.i and c.dep_ not in _AFTER for c in head.children):
        return None  # "the Gulf state of Qatar", "the Baltic state, Lithuania,": a name follows
    first = head.left_edge
    if first.lower_ != "the" or first.head.i != head.i or first.i + 1 >= head.i:
        return None
    words = head.doc[first.i + 1 : head.i].text.lower().split()
    groups = [noun] if noun == "island" else []
    at = 0
    while at < len(words):
        size = next(
            (n for n in range(_LONGEST, 0, -1) if " ".join(words[at : at + n]) in _DESCRIPTORS),
            0,
        )
        if size:
            groups.append(_DESCRIPTORS[" ".join(words[at : at + size])])
        elif words[at] in _EPITHETS:
            size = 1
        else:
            return None
        at += size
    if not groups and noun not in _FORM_NOUNS:
        return None  # "the tiny country": no region, no form
    if groups == ["arab"] and noun == "nation":
        return None  # "the unity of the Arab nation": the Arab peoples, no one state
    states = frozenset(state_groups())
    for group in groups:
        states &= members(group)
    return states
