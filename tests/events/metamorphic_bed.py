"""Metamorphic probe on our own sentence families: the same news told a little differently.

Shared by ``tests/events/test_metamorphic.py`` (floors) and ``benchmarks/metamorphic.py``
(table and broken variants).

The study files of the plv9-plv14 families (tests/data, written for detente; nothing from
../shared) are read, every sentence the coder gets right (the marked pair found with the gold
root) is kept and rewritten by small transforms that leave who did what to whom unchanged.
Each transform is a named, deterministic function of the sentence, its parse and a random
generator seeded by the seed, the kind and the sentence; it returns None where it does not
apply cleanly. An outcome is ``kept`` when the variant's answer has the pair and root, and
``codes_kept`` when it also has the original answer's source and target codes (a swapped
country's code changed to match; a side whose code came from the story may keep or change it).
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate.plv import DEFAULT_DAY, MarkedPair, answer, read_marked, root_of
from detente.events import Coder, CoderConfig
from detente.models import Document, Event

ROOT = Path(__file__).resolve().parents[2]

DATA = ROOT / "tests" / "data"
FAMILIES = tuple(f"plv{n}_study.tsv" for n in range(9, 15))
ACTORS = ROOT / "src" / "detente" / "data" / "actors"
SEED = 41

# Countries a name may be swapped to: (name, adjective, code), one and several words, every
# continent; a name that takes "the" carries it.
SWAPS = (
    ("Brazil", "Brazilian", "BRA"), ("Argentina", "Argentine", "ARG"),
    ("Chile", "Chilean", "CHL"), ("Peru", "Peruvian", "PER"),
    ("Canada", "Canadian", "CAN"), ("Mexico", "Mexican", "MEX"),
    ("Kenya", "Kenyan", "KEN"), ("Nigeria", "Nigerian", "NGA"),
    ("Ghana", "Ghanaian", "GHA"), ("South Sudan", "South Sudanese", "SSD"),
    ("Ethiopia", "Ethiopian", "ETH"), ("Senegal", "Senegalese", "SEN"),
    ("South Africa", "South African", "ZAF"), ("Morocco", "Moroccan", "MAR"),
    ("Sweden", "Swedish", "SWE"), ("Poland", "Polish", "POL"),
    ("the Czech Republic", "Czech", "CZE"), ("Portugal", "Portuguese", "PRT"),
    ("Greece", "Greek", "GRC"), ("Norway", "Norwegian", "NOR"),
    ("Sri Lanka", "Sri Lankan", "LKA"), ("Vietnam", "Vietnamese", "VNM"),
    ("Indonesia", "Indonesian", "IDN"), ("Malaysia", "Malaysian", "MYS"),
    ("Kazakhstan", "Kazakh", "KAZ"), ("Mongolia", "Mongolian", "MNG"),
    ("Jordan", "Jordanian", "JOR"), ("Oman", "Omani", "OMN"),
    ("New Zealand", "New Zealand", "NZL"), ("Australia", "Australian", "AUS"),
    ("the Philippines", "Philippine", "PHL"), ("Bangladesh", "Bangladeshi", "BGD"),
)  # fmt: skip
DATELINES = (
    "KABUL, March 3 (Reuters) - ",
    "GENEVA, June 12 (Reuters) - ",
    "NAIROBI, Oct 5 (AP) - ",
    "SINGAPORE, Jan 21 (Reuters) - ",
)
ATTRIBUTIONS = (", officials said", ", according to state media")
# The office a person of the people tables holds, said as the title in front of the name.
TITLES = {
    "head_of_government": "Prime Minister",
    "foreign_minister": "Foreign Minister",
    "defence_minister": "Defence Minister",
}
# Title words cut from in front of a name ("President Emmanuel Macron" -> "Emmanuel Macron").
TITLE_WORDS = re.compile(
    r"\b(?:(?:Prime|Foreign|Defen[cs]e|Interior|Finance|Trade|Deputy) Minister|President|"
    r"Chancellor|King|Queen|Premier|Secretary of State|Secretary-General|Senator|General) $"
)
# A wire dateline the sentence already opens with ("KHARTOUM (Reuters) - ", "YEREVAN - ").
DATELINE = re.compile(r"^[A-Z][A-Z.'’\- ]+(?:, [A-Za-z0-9.' ]+)?(?: \([A-Za-z .]+\))?\s*[-–—]+\s+")
DAY_WORDS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"tonight|January|February|March|April|June|July|August|September|October|November|"
    r"December|since|(?:in|of|on) May|(?:19|20)\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replacements of spans of the original text (start, end, new text), and the codes an
    answer must then carry (side, old code prefix, new: "source", "FRA", "BRA")."""

    replaces: tuple[tuple[int, int, str], ...]
    codes: tuple[tuple[str, str, str], ...] = ()
    # only the country of each code must stay (a person's office is read by the date)
    loose: bool = False
    # a country swapped: any side may follow it (old prefix, new)
    follows: tuple[str, str] | None = None

    def apply(self, text: str) -> str:
        for start, end, new in sorted(self.replaces, reverse=True):
            text = text[:start] + new + text[end:]
        return text

    def shift(self, span: tuple[int, int]) -> tuple[int, int]:
        """The span in the edited text: a piece put at a span's start goes before it, one
        put at its end after it; a piece replaced inside the span stretches it."""
        start, end = span
        new_start = start + sum(len(n) - (b - a) for a, b, n in self.replaces if b <= start)
        new_end = end + sum(len(n) - (b - a) for a, b, n in self.replaces if a < end and b <= end)
        return new_start, new_end


@dataclass(slots=True)
class Sentence:
    """What a transform may read: the text, the marked pair, its parse, the coder's answer."""

    pair: MarkedPair
    tokens: list
    event: Event
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))

    @property
    def text(self) -> str:
        return self.pair.text


def opening(text: str) -> int:
    """Where the sentence proper starts: after a wire dateline, if it has one."""
    match = DATELINE.match(text)
    return match.end() if match else 0


def token_at(tokens: list, at: int):
    return next((t for t in tokens if t.idx == at), None)


def lowered(tokens: list, at: int) -> tuple[int, int, str] | None:
    """The first word put in lower case, unless it is a name or an acronym ("German police",
    the "The" of "The United Nations" is lowered)."""
    token = token_at(tokens, at)
    if token is None or not token.text[:1].isupper():
        return None
    if token.pos_ == "PROPN" or (len(token) > 1 and token.text.isupper()):
        return None
    if token.ent_type_ and token.pos_ != "DET":
        return None
    return at, at + 1, token.text[0].lower()


# An opening word before which nothing can go: the sentence already opens with a time or
# place phrase, a conjunction or a quote ("On Friday, …", "And Amnesty …", "“We …").
NO_LEAD = {"ADP", "CCONJ", "SCONJ", "ADV", "PUNCT"}


def in_front(text: str, tokens: list, piece: str) -> Edit | None:
    """``piece`` before the sentence proper (after a dateline), its first word lowered."""
    at = opening(text)
    first = token_at(tokens, at)
    if first is None or first.pos_ in NO_LEAD:
        return None
    low = lowered(tokens, at)
    return Edit(((at, at, piece), *((low,) if low else ())))


def ends_plainly(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith(".") and not stripped.endswith(("..", '."', ".”", ".'"))


def dateline(sentence: Sentence) -> Edit | None:
    """A wire dateline in front: "KABUL, March 3 (Reuters) - Britain agreed …"."""
    if opening(sentence.text):
        return None
    return Edit(((0, 0, sentence.rng.choice(DATELINES)),))


# A sentence that already closes on an attribution ("…, the two leaders announced in Delhi").
SAID = re.compile(r"\b(?:said|says|according to|told|announced|reported|stated)\b")


def _attributed(text: str) -> bool:
    return bool(SAID.search(text.rsplit(",", 1)[-1]))


def attribution(sentence: Sentence) -> Edit | None:
    """An attribution before the final stop: "…, officials said." """
    text = sentence.text.rstrip()
    if not ends_plainly(text) or _attributed(text):
        return None
    return Edit(((len(text) - 1, len(text) - 1, sentence.rng.choice(ATTRIBUTIONS)),))


def time_phrase(sentence: Sentence) -> Edit | None:
    """ "On Tuesday, " in front, where the sentence names no day of its own."""
    if DAY_WORDS.search(sentence.text):
        return None
    return in_front(sentence.text, sentence.tokens, "On Tuesday, ")


def wrapped(sentence: Sentence) -> Edit | None:
    """A third party's report around the whole sentence: "The ministry said on Monday that
    …", where the sentence is no quote and has no attribution of its own at the end."""
    text = sentence.text.rstrip()
    if not ends_plainly(text) or _attributed(text):
        return None
    return in_front(sentence.text, sentence.tokens, "The ministry said on Monday that ")


# --- country swap -------------------------------------------------------------------------


def _country_aliases() -> dict[str, tuple[str, str]]:
    """Lower-cased country names and adjectives -> (code, kind) from the actor table."""
    aliases: dict[str, tuple[str, str]] = {}
    with (ACTORS / "countries.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, sector, kind, alias, *_ = line.rstrip("\n").split("\t")
            if not sector and kind in ("name", "demonym", "capital"):
                aliases.setdefault(alias.lower(), (code, kind))
    return aliases


COUNTRY_ALIASES = _country_aliases()
# Places whose names are regions as often as states (Gaza, the West Bank; Kosovo; Taiwan).
DISPUTED = {"PSE", "XKX", "TWN", "HKG", "MAC"}
_ALIAS_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(a) for a in sorted(COUNTRY_ALIASES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _mentions(text: str) -> list[tuple[int, int, str, str]]:
    """Every country name, adjective or capital in ``text``: (start, end, code, kind)."""
    found = []
    for match in _ALIAS_RE.finditer(text):
        word = match.group(0)
        if not word[:1].isupper() or (len(word) > 3 and word.isupper()):
            continue  # a common word ("turkey") or a dateline ("HONG KONG -")
        code, kind = COUNTRY_ALIASES[match.group(0).lower()]
        found.append((match.start(), match.end(), code, kind))
    return found


def _people_in(sentence: Sentence, span: tuple[int, int]) -> bool:
    return any(t.ent_type_ == "PERSON" and span[0] <= t.idx < span[1] for t in sentence.tokens)


def country(sentence: Sentence) -> Edit | None:
    """A country of the source or target swapped for another, with its adjective: "France
    agreed …" -> "Brazil agreed …", "French troops" -> "Brazilian troops". Not where the side
    is a person (a leader belongs to the country), the country's capital is named, its people
    are named by a plural noun, or the new country is already in the sentence."""
    mentions = [m for m in _mentions(sentence.text) if m[2] not in DISPUTED]
    sides = {
        side: span
        for side, span in (("source", sentence.pair.source), ("target", sentence.pair.target))
        if span is not None and not _people_in(sentence, span)
    }
    answered = {"source": sentence.event.source or "", "target": sentence.event.target or ""}
    options = sorted(
        {
            (side, m[2])
            for m in mentions
            for side, span in sides.items()
            if span[0] <= m[0] and m[1] <= span[1] and answered[side][:3] == m[2]
        }
    )
    if not options:
        return None
    side, old = sentence.rng.choice(options)
    taken = {m[2] for m in mentions}
    choices = [s for s in SWAPS if s[2] not in taken]
    name, adjective, new = sentence.rng.choice(choices)
    replaces = []
    for start, end, code, kind in mentions:
        if code != old:
            continue
        word = sentence.text[start:end]
        if kind == "capital" or (kind == "demonym" and word.endswith(("s", "man", "men"))):
            return None
        piece = adjective
        if kind == "name":
            if sentence.text[max(0, start - 4) : start].lower() == "the ":
                start -= 4
            piece = name
            if piece.startswith("the ") and (start == 0 or sentence.text[start].isupper()):
                piece = "The " + piece[4:]
        replaces.append((start, end, piece))
    if not replaces:
        return None
    # the sides whose phrase names the country change code; a side whose code came from it
    # through the story ("Colombia's ELN rebels halted attacks on the armed forces") may
    # keep or change it (see Outcome.codes_kept)
    changed = tuple(
        (where, old, new)
        for where, span in sides.items()
        if answered[where][:3] == old and any(span[0] <= a and b <= span[1] for a, b, _ in replaces)
    )
    return Edit(tuple(replaces), changed, follows=(old, new))


# --- titles -------------------------------------------------------------------------------


def _offices() -> dict[str, str]:
    """Full names of the people tables -> the title of their office, for the offices a title
    in front of the name says."""
    offices: dict[str, str] = {}
    for path in sorted(ACTORS.glob("people_*.tsv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if not row or row[0].startswith("#") or len(row) < 5:
                    continue
                if row[4] in TITLES and " " in row[0]:
                    offices.setdefault(row[0], TITLES[row[4]])
    return offices


OFFICES = _offices()


def title(sentence: Sentence) -> Edit | None:
    """A person's title cut ("President Emmanuel Macron" -> "Emmanuel Macron") or, for a
    bare full name the people tables give an office, put in front ("Kishida" stays;
    "Sergei Lavrov" -> "Foreign Minister Sergei Lavrov")."""
    for span in (sentence.pair.source, sentence.pair.target):
        if span is None:
            continue
        persons = [
            t for t in sentence.tokens
            if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and span[0] <= t.idx < span[1]
        ]  # fmt: skip
        for token in persons:
            match = TITLE_WORDS.search(sentence.text[: token.idx])
            if match and match.start() >= span[0]:
                start = _with_nationality(sentence.text, match.start())
                if start is not None:
                    return Edit(((start, token.idx, ""),), loose=True)
                continue
            entity = next(e for e in token.doc.ents if e.start == token.i)
            office = OFFICES.get(entity.text)
            words = sentence.text[: token.idx].split()
            titled = words and words[-1][:1].isupper() and not words[-1].endswith(("'s", "’s"))
            if office and not titled:
                return Edit(((token.idx, token.idx, office + " "),), loose=True)
    return None


def _with_nationality(text: str, at: int) -> int | None:
    """Where a cut title starts with the nationality before it ("Sri Lankan President" goes
    whole); None after another capitalized word of the title ("Vice President")."""
    words = text[:at].split()
    for n in (2, 1):
        phrase = " ".join(words[-n:])
        if len(words) >= n and (
            COUNTRY_ALIASES.get(phrase.lower(), ("", ""))[1] == "demonym" or phrase == "U.S."
        ):
            return at - len(phrase) - 1
    if words and words[-1][:1].isupper() and not words[-1].endswith(("'s", "’s")):
        return None
    return at


# --- asides and fronted times ---------------------------------------------------------------


def aside(sentence: Sentence) -> Edit | None:
    """A neutral aside after a subject that is a state or body, not a person: "Britain, for
    its part, agreed …"."""
    span = sentence.pair.source
    if span is None or sentence.text[span[1] : span[1] + 1] != " ":
        return None
    inside = [t for t in sentence.tokens if span[0] <= t.idx < span[1]]
    after = next((t for t in sentence.tokens if t.idx > span[1]), None)
    if not inside or after is None or after.pos_ not in ("VERB", "AUX"):
        return None
    head = inside[-1]
    if not head.dep_.startswith("nsubj") or head.ent_type_ == "PERSON" or head.tag_ == "NNS":
        return None
    if not sentence.event.source or head.lower_ in ("they", "he", "she"):
        return None
    return Edit(((span[1], span[1], ", for its part,"),))


# A time phrase after the verb that may go in front: " on Sunday", " in March 2019",
# " in 2016", " on Wednesday night".
TIME_AFTER = re.compile(
    r"(?<=[a-z]) (?:on|in) (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: night| morning| evening)?|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) (?:19|20)\d\d|(?:19|20)\d\d)(?=[ ,.])"
)


def fronted(sentence: Sentence) -> Edit | None:
    """The sentence's own time phrase moved in front: "Britain agreed on Thursday to hand
    …" -> "On Thursday, Britain agreed to hand …". Not where the phrase sits in a clause
    of its own after a comma, where it may tell another act's time."""
    at = opening(sentence.text)
    match = TIME_AFTER.search(sentence.text, at)
    if match is None or "," in sentence.text[at : match.start()]:
        return None
    phrase = match.group(0).strip()
    front = in_front(sentence.text, sentence.tokens, phrase[0].upper() + phrase[1:] + ", ")
    if front is None:
        return None
    return Edit(front.replaces + ((match.start(), match.end(), ""),))


KINDS: dict[str, Callable[[Sentence], Edit | None]] = {
    "dateline": dateline,
    "attribution": attribution,
    "time": time_phrase,
    "country": country,
    "title": title,
    "wrapped": wrapped,
    "aside": aside,
    "fronted": fronted,
}


def moved(pair: MarkedPair, edit: Edit) -> MarkedPair:
    """The pair in the edited text, its marks shifted with it."""
    return MarkedPair(
        pair.id,
        edit.apply(pair.text),
        tuple(edit.shift(s) for s in pair.sources),
        tuple(edit.shift(s) for s in pair.targets),
        pair.root,
    )


def _recoded(code: str | None, side: str, edit: Edit) -> str | None:
    for where, old, new in edit.codes:
        if where == side and code and code.startswith(old):
            return new + code[len(old) :]
    return code


def _allowed(before: Event, side: str, edit: Edit, width: int | None) -> set[str]:
    """The codes a side of the variant's answer may carry."""
    code = getattr(before, side) or ""
    allowed = {(_recoded(code, side, edit) or "")[:width]}
    if edit.follows and not any(where == side for where, _, _ in edit.codes):
        old, new = edit.follows
        allowed.add(code[:width])
        if code.startswith(old):
            allowed.add((new + code[len(old) :])[:width])
    return allowed


def code_all(coder: Coder, texts: list[str]) -> dict[str, list[Event]]:
    """Events of every distinct text, coded in one stream."""
    unique = list(dict.fromkeys(texts))
    documents = [Document(str(i), DEFAULT_DAY, t) for i, t in enumerate(unique)]
    coded = {d.id: events for d, events in coder.code(documents)}
    return {t: coded.get(str(i), []) for i, t in enumerate(unique)}


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: str
    pair: MarkedPair
    moved: MarkedPair
    edit: Edit
    before: Event
    after: Event | None

    @property
    def kept(self) -> bool:
        return self.after is not None and root_of(self.after) == self.pair.root

    @property
    def codes_kept(self) -> bool:
        if not self.kept:
            return False
        width = 3 if self.edit.loose else None
        return all(
            (getattr(self.after, side) or "")[:width]
            in _allowed(self.before, side, self.edit, width)
            for side in ("source", "target")
        )


def run(
    coder: Coder | None = None, seed: int = SEED, kinds: tuple[str, ...] = tuple(KINDS)
) -> tuple[int, int, list[Outcome]]:
    """(pairs, pairs right as written, one outcome per variant made)."""
    coder = coder or Coder(CoderConfig(doc_timeout=0))
    pairs = [p for name in FAMILIES for p in read_marked(DATA / name)]
    plain = code_all(coder, [p.text for p in pairs])
    sentences = []
    for pair in pairs:
        event = answer(pair, plain[pair.text])
        if event is not None and root_of(event) == pair.root:
            tokens = list(coder.nlp(coder.tagger.prepare(pair.text)))
            sentences.append(Sentence(pair, tokens, event))
    made = []
    for kind in kinds:
        transform = KINDS[kind]
        for sentence in sentences:
            # (each sentence and kind draws from its own generator: a kind's variants do
            # not depend on which other kinds ran)
            sentence.rng = random.Random(f"{seed}:{kind}:{sentence.pair.id}:{sentence.text}")
            edit = transform(sentence)
            if edit is not None:
                made.append((kind, sentence, edit, moved(sentence.pair, edit)))
    coded = code_all(coder, [m.text for *_, m in made])
    outcomes = [
        Outcome(kind, s.pair, moved_pair, edit, s.event, answer(moved_pair, coded[moved_pair.text]))
        for kind, s, edit, moved_pair in made
    ]
    return len(pairs), len(sentences), outcomes


def table(outcomes: list[Outcome]) -> dict[str, tuple[int, int, int]]:
    """Per kind: (variants made, pair and root kept, codes kept too)."""
    rows: dict[str, tuple[int, int, int]] = {}
    for kind in KINDS:
        mine = [o for o in outcomes if o.kind == kind]
        rows[kind] = (len(mine), sum(o.kept for o in mine), sum(o.codes_kept for o in mine))
    return rows
