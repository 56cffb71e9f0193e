"""Load actor alias tables into one case-insensitive :class:`ActorDictionary`.

Data files (``src/detente/data/actors/``), TAB-separated, ``#`` comments:

* ``countries.tsv``, ``igos.tsv``, ``cities.tsv``: ``code  sector  kind  alias [start  end]``
  (kind: name, demonym, capital, seat, igo, group, region, city; the optional dates bound
  when an alias meant that code: "Congo" was the Republic of the Congo until 1997);
* ``people_*.tsv``: ``name  aliases  code  sector  role  start  end`` (dated offices);
* ``agents.tsv``: ``sector  alias`` (role nouns such as "foreign minister" → GOV).

Users add their own files in the same formats, or in the legacy CAMEO/PETRARCH actor format
(see :mod:`detente.actors.legacy`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import DictionaryError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ACTOR_SPANS = "detente_actors"  # doc.spans key written by the nlp component
KINDS = ("name", "demonym", "capital", "seat", "igo", "group", "person", "agent", "region", "city")


def actor_tokens(doc: Doc, label: str | None = None) -> set[int]:
    """Indices of the tokens the actor tagger marked in ``doc`` (of ``label`` only, when
    given: ``ACTOR`` or ``AGENT``)."""
    return {
        i
        for span in doc.spans.get(ACTOR_SPANS, ())
        if label is None or span.label_ == label
        for i in range(span.start, span.end)
    }


def actor_countries(doc: Doc, book: ActorDictionary, day: dt.date | None = None) -> dict[int, str]:
    """The country (or IGO) code of each token the actor tagger marked as an actor in
    ``doc``, as ``book`` knows it on ``day`` ("Putin" → RUS, "Turkey's" → TUR)."""
    out: dict[int, str] = {}
    for span in doc.spans.get(ACTOR_SPANS, ()):
        entry = book.lookup(span.kb_id_, day) if span.label_ == "ACTOR" else None
        if entry is not None and entry.code:
            out.update(dict.fromkeys(range(span.start, span.end), entry.code[:3]))
    return out


# Places that are also mere locations ("a summit in Reykjavik", "a jail in Karachi").
PLACE_KINDS = frozenset({"capital", "region", "city"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One meaning of an alias: a country/IGO code, sector, and validity dates for people."""

    code: str
    sector: str
    kind: str
    name: str
    start: dt.date | None = None
    end: dt.date | None = None
    role: str = ""

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to this entry's validity period (0 when covered)."""
        if self.start is not None and day < self.start:
            return (self.start - day).days
        if self.end is not None and day > self.end:
            return (day - self.end).days
        return 0


@dataclass
class ActorDictionary:
    """Alias (lower case) → entries, plus role nouns (lower case) → sector."""

    aliases: dict[str, list[ActorEntry]] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)
    case_sensitive: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)  # aliases as written (tokenizing "U.S.")
    organisations: set[str] = field(default_factory=set)  # codes of kind "igo"

    def add(self, alias: str, entry: ActorEntry) -> None:
        alias = " ".join(alias.split())
        if not alias:
            return
        self.surfaces.add(alias)
        key = alias.lower()
        entries = self.aliases.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)
        if entry.kind == "igo":
            self.organisations.add(entry.code)
        # Upper-case abbreviations that are also English words ("US", "WHO", "IS") only
        # match in their own case; everything else matches in any case.
        if alias.isupper() and key in _COMMON_WORDS:
            self.case_sensitive.add(alias)

    def add_agent(self, alias: str, sector: str) -> None:
        self.agents[" ".join(alias.lower().split())] = sector

    def lookup(self, alias: str, day: dt.date | None = None) -> ActorEntry | None:
        """Best entry for ``alias`` on ``day``: covering entries first, a dated one before an
        undated one (a legacy dictionary's default code ``SAM [HOB]`` stands only where none
        of its dated roles ``[HOBGOV 20121109-20130119]`` covers the day), then nearest in
        time."""
        entries = self.aliases.get(" ".join(alias.lower().split()))
        if not entries:
            return None
        if day is None:
            return entries[0]
        best = min(
            entries,
            key=lambda e: (
                e.distance(day),
                e.start is None and e.end is None,
                e.kind == "person" and e.end is None,
            ),
        )
        return self._own_state_after_office(best, entries, day)

    def _own_state_after_office(
        self, best: ActorEntry, entries: list[ActorEntry], day: dt.date
    ) -> ActorEntry:
        """A person out of an organisation's office on ``day`` no longer speaks for it: his
        own state's row, when the tables have one ("Ban Ki-moon visited Seoul" in February
        2017, after his last day as UN Secretary-General, is the South Korean, not the UN).
        With no state row the organisation stays (a former secretary-general sent back as
        its envoy)."""
        if best.kind != "person" or best.covers(day) or best.code not in self.organisations:
            return best
        own = [
            e
            for e in entries
            if e.kind == "person" and e.name == best.name and e.code not in self.organisations
        ]
        return min(own, key=lambda e: e.distance(day)) if own else best

    def roles(self, alias: str, day: dt.date) -> set[str]:
        """Every office ``alias`` held on ``day`` (a party leader may be head of state too)."""
        entries = self.aliases.get(" ".join(alias.lower().split()), [])
        return {e.role for e in entries if e.role and e.covers(day)}

    def extend(self, other: ActorDictionary) -> None:
        """Entries of ``other`` take priority over ours for the same alias."""
        for alias, entries in other.aliases.items():
            self.aliases[alias] = entries + [
                e for e in self.aliases.get(alias, []) if e not in entries
            ]
        self.agents.update(other.agents)
        self.case_sensitive |= other.case_sensitive
        self.surfaces |= other.surfaces
        self.organisations |= other.organisations


_COMMON_WORDS = {
    "us",
    "it",
    "who",
    "is",
    "an",
    "am",
    "as",
    "at",
    "be",
    "by",
    "do",
    "go",
    "he",
    "in",
    "me",
    "my",
    "no",
    "of",
    "on",
    "or",
    "so",
    "to",
    "up",
    "we",
    "all",
    "can",
    "man",
    "may",
    "aid",
    "fed",
    "arm",
    "art",
    "ran",
    "sad",
    "pa",
    "hit",
    # party acronyms (parties.tsv): "alp" a mountain, "eff" a verb, "snp" a gene variant
    "alp",
    "eff",
    "snp",
}


def shared_seats(book: ActorDictionary) -> dict[str, dict[str, str]]:
    """Seat names that other states give a seat of their own too, with the form that says
    whose: Britain's "Foreign Office" is also "the German Foreign Office" and "the Pakistani
    Foreign Office", so ``{"foreign office": {"DEU": "German Foreign Office", "PAK": …}}``."""
    states: dict[str, set[str]] = {}  # a country's name or demonym (lower case) -> codes
    for alias, entries in book.aliases.items():
        for entry in entries:
            if entry.kind in ("name", "demonym"):
                states.setdefault(alias, set()).add(entry.code)
    shared: dict[str, dict[str, str]] = {}
    for alias, entries in book.aliases.items():
        words = alias.split()
        for cut in range(1, len(words)):
            owner, bare = " ".join(words[:cut]), " ".join(words[cut:])
            bare_codes = {e.code for e in book.aliases.get(bare, []) if e.kind == "seat"}
            for entry in entries:
                if (
                    entry.kind == "seat"
                    and entry.code in states.get(owner, ())
                    and bare_codes - {entry.code}
                ):
                    shared.setdefault(bare, {}).setdefault(entry.code, entry.name)
    return shared


def seats_of_story(spans: Iterable[Span], book: ActorDictionary, shared: dict) -> None:
    """Give a seat name that several states share ("the Foreign Office") to the one state of
    them the story has named by the end of its sentence, when it has not named the name's
    own: in a Lahore paper's "The Foreign Office summoned the Iranian charge d'affaires … the
    airspace of Pakistan" it is Pakistan's, in a Berlin paper's story of Scholz in Beijing
    Germany's. A story naming Britain so far, or none or several of the others, keeps
    Britain's. A name the story has once given to one of the others keeps that owner: in a
    Frankfurt paper's "… the Foreign Office declared two Russian diplomats persona non grata.
    … Merkel, at the NATO summit near London, said … The Foreign Office described the Russian
    step as unjustified" the later office is Germany's still, though London was named since.
    Sets the span's ``kb_id_`` to the owned form."""
    spans = [s for s in spans if s.label_ == "ACTOR"]
    seats = [s for s in spans if s.kb_id_.lower() in shared]
    if not seats:
        return
    given: dict[str, str] = {}  # a shared name -> the owned form its story gave it
    for seat in seats:
        bare = seat.kb_id_.lower()
        if bare in given:
            seat.kb_id_ = given[bare]
            continue
        # (only the states named up to its sentence's end: in "Pakistan expelled an Indian
        # diplomat … The Foreign Office summoned India's deputy high commissioner …
        # Britain's Tony Blair is expected to visit" the office is still Pakistan's)
        named = {
            entry.code[:3]
            for s in spans
            if s.start < seat.sent.end
            and s.kb_id_.lower() not in shared
            and (entry := book.lookup(s.kb_id_)) is not None
        }
        own = book.lookup(seat.kb_id_)
        others = shared[seat.kb_id_.lower()]
        candidates = named & set(others)
        if own is None or own.code in named or len(candidates) != 1:
            continue
        seat.kb_id_ = given[bare] = others[candidates.pop()]


def _rows(path: Path, text: str, width: int) -> Iterable[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.rstrip("\n").split("\t")]
        if len(parts) < width:
            parts += [""] * (width - len(parts))
        if len(parts) != width:
            raise DictionaryError(str(path), number, f"expected {width} columns, got {len(parts)}")
        yield number, parts


def _date(path: Path, number: int, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DictionaryError(
            str(path), number, f"bad date {value!r}, expected YYYY-MM-DD"
        ) from None


def load_file(
    path: Path, text: str | None = None, into: ActorDictionary | None = None
) -> ActorDictionary:
    """Load one actor file; the format is chosen from its name (people*, agents*, other)."""
    book = into if into is not None else ActorDictionary()
    text = path.read_text(encoding="utf-8") if text is None else text
    name = path.name.lower()
    if name.startswith("agents"):
        for _, (sector, alias) in _rows(path, text, 2):
            book.add_agent(alias, sector)
    elif name.startswith("people"):
        for number, row in _rows(path, text, 7):
            full, aliases, code, sector, role, start, end = row
            entry = ActorEntry(
                code,
                sector,
                "person",
                full,
                _date(path, number, start),
                _date(path, number, end),
                role,
            )
            for alias in [full, *aliases.split("|")]:
                book.add(alias, entry)
    else:
        # code, sector, kind, alias, and optionally the dates an alias meant this code
        for number, (code, sector, kind, alias, start, end) in _rows(path, text, 6):
            if kind not in KINDS:
                raise DictionaryError(str(path), number, f"unknown kind {kind!r}")
            entry = ActorEntry(
                code, sector, kind, alias, _date(path, number, start), _date(path, number, end)
            )
            book.add(alias, entry)
            # (not a party's: "Liberty Advance", "Economic Freedom Fighter" are phrases)
            member = member_form(alias) if kind == "group" and sector != "PTY" else None
            if member is not None and member.lower() not in book.aliases:
                book.add(member, entry)
    return book


def member_form(alias: str) -> str | None:
    """The singular a group named in the plural takes for one member or before a noun ("a
    Tamil Tiger commander", "Tamil Tiger positions", "a Muslim Brother", "a Qassam Brigade
    unit"):
    the last word without its plural -s, for a name of two words or more whose last word is
    capitalised and ends in a plain -s (not "-ss", "-us": "Hamas" and "Podemos" stay)."""
    words = alias.split()
    last = words[-1] if len(words) > 1 else ""
    if not (last[:1].isupper() and last.endswith("s") and len(last) > 3):
        return None
    if last.endswith(("ss", "us", "as", "os", "is")):
        return None
    return " ".join([*words[:-1], last[:-1]])


@lru_cache(maxsize=1)
def _builtin() -> ActorDictionary:
    book = ActorDictionary()
    folder = resources.files("detente") / "data" / "actors"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            load_file(Path(str(item)), item.read_text(encoding="utf-8"), into=book)
    return book


def load_dictionary(extra: Iterable[str | Path] = ()) -> ActorDictionary:
    """The built-in tables plus user files (our TSV formats or legacy CAMEO actor files).

    Without user files this is the shared, cached built-in dictionary: treat it as read-only.
    """
    from detente.actors.legacy import is_legacy, load_legacy

    base = _builtin()
    extra = list(extra)
    if not extra:
        return base
    book = ActorDictionary(
        dict(base.aliases), dict(base.agents), set(base.case_sensitive), set(base.surfaces)
    )
    for item in extra:
        path = Path(item)
        if not path.is_file():
            raise DictionaryError(str(path), 0, "actor file not found")
        text = path.read_text(encoding="utf-8", errors="replace")
        user = load_legacy(path, text) if is_legacy(text) else load_file(path, text)
        book.extend(user)
    return book


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Code → display name (the first ``name`` alias of each country or IGO)."""
    names: dict[str, str] = {}
    for alias, entries in load_dictionary().aliases.items():
        for entry in entries:
            if entry.kind in ("name", "igo") and not entry.sector and entry.code not in names:
                names[entry.code] = entry.name or alias
    return names
