"""Load the verb/noun event patterns (``data/patterns/*.tsv``, docs/patterns-format.md)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.cameo import cameo_table
from detente.errors import DictionaryError

# In a verb pattern's prepositions: the line reads only when one of them is in the sentence
# ("116 rule against|!": "ruled against Shell", never "ruled the country" or "ruled that").
REQUIRED = "!"
DEFAULT_NOUN_PREPS = frozenset(
    {"of", "with", "between", "to", "against", "on", "toward", "towards"}
)


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    kind: str  # "V" or "N"
    lemma: str
    prt: str
    obj: frozenset[str]
    comp: frozenset[str]
    prep: frozenset[str]  # target prepositions; {"obj"} direct object; "-": may stand without one
    line: int

    @property
    def specificity(self) -> int:
        return (
            bool(self.prt)
            + bool(self.obj)
            + any(" " in o for o in self.obj)  # a modified object: "chemical weapon"
            + bool(self.comp)
            + (self.prep not in (frozenset(), frozenset({"obj"})))
        )

    @property
    def needs_target(self) -> bool:
        """False when the event may stand without a target (``-`` among the prepositions)."""
        return "-" not in self.prep


@dataclass(frozen=True, slots=True)
class PatternBook:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def _set(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def parse_patterns(path: str, text: str) -> list[Pattern]:
    """Parse one pattern file; raise :class:`DictionaryError` naming file and line."""
    codes = cameo_table()
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.rstrip("\r\n").split("\t")
        if len(parts) != 7:
            raise DictionaryError(path, number, f"expected 7 columns, got {len(parts)}")
        code, kind, lemma, prt, obj, comp, prep = (p.strip() for p in parts)
        if code not in codes:
            raise DictionaryError(path, number, f"unknown CAMEO code {code!r}")
        if kind not in ("V", "N") or not lemma:
            raise DictionaryError(path, number, f"bad kind {kind!r} or empty lemma")
        patterns.append(
            Pattern(
                code, kind, lemma.lower(), prt.lower(), _set(obj), _set(comp), _set(prep), number
            )
        )
    return patterns


@lru_cache(maxsize=1)
def load_patterns() -> PatternBook:
    """All built-in pattern files, most specific pattern first within each lemma."""
    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    folder = resources.files("detente") / "data" / "patterns"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            for pat in parse_patterns(str(Path(str(item))), item.read_text(encoding="utf-8")):
                (verbs if pat.kind == "V" else nouns)[pat.lemma].append(pat)
    order = lambda items: tuple(sorted(items, key=lambda p: -p.specificity))  # noqa: E731
    return PatternBook(
        {k: order(v) for k, v in verbs.items()}, {k: order(v) for k, v in nouns.items()}
    )
