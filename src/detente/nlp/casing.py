"""Put headlines written in lower case, ALL CAPS or Title Case into news case for the parser.

spaCy's small English model learnt from mixed-case news. In "trump and putin discuss syria"
it reads names as common nouns and "trump" as a verb; in "RUSSIA REJECTS REPORT" and "Russia
Rejects Report Of Planned Summit" every word looks like a name. :func:`recase` rewrites such
text, character for character (offsets never move), as a newspaper would print it: names of
the actor dictionary in their own spelling ("U.S.", "Putin", "ISIS"), other words of the
language in lower case, words the language does not know capitalised (they are mostly names:
"avdiivka", "hormuz"), and a capital at each sentence start. Normal mixed-case text is left
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

LOWER, UPPER, TITLE, MIXED = "lower", "upper", "title", "mixed"
LOWER_SHARE = 0.08  # at most this share of words capitalised: the text is in lower case
LOWER_MIN_WORDS = 6  # ... when it has this many words (shorter: no capital at all)
SHOUT_SHARE = 0.8  # at least this share of a line's words in capitals: ALL CAPS
TITLE_SHARE = 0.9  # at least this share of a line's content words capitalised: Title Case
LINE_MIN_WORDS = 3  # shorter lines keep their case ("NEW YORK", "Syria Talks")
ACRONYM_MAX = 4  # an unknown word in capitals this short stays in capitals ("THAAD" does not)
# Names that are also words, kept in ALL CAPS: "US" is the country far more often than "us".
SHOUTED_NAMES = frozenset({"US"})

_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
# Small words Title Case leaves in lower case ("Report of Planned Summit with U.S.").
_MINOR = frozenset(
    "a an and as at but by for from in into nor of off on onto or over per the to up upon "
    "via vs with".split()
)
_RUNS_ON = re.compile(
    r"(?:[,;\-–—]|\b(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|the|to|with))"
    r"[ \t]*\r?\n?$",
    re.I,
)
# Abbreviations of single letters are written in capitals, but for a few.
_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")
_LOWER_INITIALS = frozenset({"a.m.", "p.m.", "i.e.", "e.g."})
# Function words the lemmatizer's word lists lack.
_FUNCTION = frozenset("amid amidst despite toward towards versus whilst unto onto".split())
# Words news always capitalises (not "march" or "may", which are also common words).
_PROPER = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april june july "
    "august september october november december mr. mrs. ms. dr.".split()
)
# Words before a full stop that does not end a sentence ("mr. trump", "gen. mattis").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen sen rep gov lt col maj capt adm sgt st jr sr vs no jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Words of the language (lower case) and suffix rules to reach them from inflected forms
    ("imposes" → "impose"): spaCy's rule lemmatizer tables of the loaded model."""

    words: frozenset[str] = frozenset()
    rules: tuple[tuple[str, str], ...] = ()

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        word = word.lower()
        return self._known(word) or any(
            self._known(word[:cut]) and self._known(word[cut:]) for cut in range(3, len(word) - 2)
        )  # compounds: "airstrike", "warplanes"

    def _known(self, word: str) -> bool:
        return word in self.words or any(
            word.endswith(old)
            and len(word) > len(old)
            and word[: len(word) - len(old)] + new in self.words
            for old, new in self.rules
        )

    @classmethod
    def of(cls, words: Iterable[str], rules: Iterable[tuple[str, str]] = ()) -> Lexicon:
        return cls(frozenset(w.lower() for w in words), tuple(dict.fromkeys(rules)))


def case_style(text: str) -> str:
    """How the whole text is written: ``lower`` (hardly a capital), or ``mixed``; line by
    line, :func:`line_style` tells ALL CAPS and Title Case apart."""
    words = text.split()
    if not words:
        return MIXED
    capitals = sum(w[:1].isupper() for w in words)
    if len(words) >= LOWER_MIN_WORDS and capitals / len(words) <= LOWER_SHARE:
        return LOWER
    if len(words) >= 2 and capitals == 0 and any(c.isalpha() for c in text):
        return LOWER
    return MIXED


def line_style(line: str) -> str:
    """``upper`` (ALL CAPS), ``title`` (Title Case) or ``mixed`` for one line of text."""
    words = [w for w in _WORD.findall(line)]
    if len(words) < LINE_MIN_WORDS:
        return MIXED
    if sum(w.isupper() for w in words) >= SHOUT_SHARE * len(words):
        return UPPER
    content = [w for w in words if w.lower() not in _MINOR]
    if (
        len(content) >= LINE_MIN_WORDS
        and sum(w[:1].isupper() for w in content) >= TITLE_SHARE * len(content)
        and any(w[1:].islower() for w in content)
    ):
        return TITLE
    return MIXED


def _word_case(word: str, style: str, lexicon: Lexicon) -> str:
    """``word`` (not a dictionary name) as news prints it, same length."""
    lower = word.lower()
    if lower in _PROPER or lower.rstrip(".") in _PROPER:
        return word[:1].upper() + lower[1:]
    stem = re.sub(r"['’]s$", "", word.rstrip("."))
    known = (
        lower in _MINOR
        or lower in _FUNCTION
        or all(part in lexicon for part in re.split(r"[-.'’]", stem) if part)
    )
    if style == LOWER:
        if _INITIALS.fullmatch(word) and lower not in _LOWER_INITIALS:
            return word.upper()  # "u.s.", "g.o.p.", "f.b.i."
        # Unknown words are mostly names ("avdiivka"); words with dots are abbreviations.
        if known or "." in word.rstrip(".") or len(word) < 3:
            return word
        return word[:1].upper() + word[1:]
    if (style == TITLE and word.isupper() and len(word) > 1) or word in SHOUTED_NAMES:
        return word  # an acronym inside Title Case ("ISIS", "EU")
    if known:
        return word.lower()
    if style == UPPER:
        if len(word.replace(".", "")) <= ACRONYM_MAX or "." in word.rstrip("."):
            return word
        return word[:1] + word[1:].lower()
    return word


def _sentence_starts(text: str) -> Iterable[int]:
    """Offsets of the first letter of each sentence: line starts and after ``.!?``, but
    not after an abbreviation ("mr.", "u.s.")."""
    for match in re.finditer(r"(?m)^[\W_]*(?=\w)|[.!?]['\"’”)\]]*\s+[\W_]*(?=\w)", text):
        before = text[: match.start() + 1].split()
        if match.group(0)[:1] == "." and before:
            last = before[-1].rstrip(".").lower().lstrip("\"'(“‘")
            if last in _ABBREVIATIONS or "." in last or len(last) == 1:
                continue
        yield match.end()


def recase(
    text: str, names: Iterable[tuple[int, int, str]], lexicon: Lexicon, style: str | None = None
) -> str:
    """``text`` in news case, same length; unchanged when it is normal mixed-case text.

    ``names`` are the dictionary's names found in ``text`` as ``(start, end, spelling)``,
    the spelling as long as the text it replaces. ``style`` is the whole text's
    (:func:`case_style` when None); lines of mixed text may still be ALL CAPS or Title Case.
    """
    style = style or case_style(text)
    chars = list(text)
    regions: list[tuple[int, int]] = []
    offset = 0
    # A Title Case line is a headline only where one can stand: first in the text, after a
    # blank line or another headline, and not running on ("... Chancellor Angela Merkel of").
    headline = True
    for line in text.splitlines(keepends=True) if style != LOWER else [text]:
        line_case = style if style == LOWER else line_style(line)
        if line_case == TITLE and (not headline or _RUNS_ON.search(line)):
            line_case = MIXED
        headline = not line.strip() or line_case != MIXED
        if line_case != MIXED:
            regions.append((offset, offset + len(line)))
            for match in _WORD.finditer(line):
                word = _word_case(match.group(0), line_case, lexicon)
                chars[offset + match.start() : offset + match.end()] = word
        offset += len(line)
    if not regions:
        return text

    def inside(at: int) -> bool:
        return any(start <= at < end for start, end in regions)

    for start, end, spelling in names:
        if len(spelling) == end - start and inside(start):
            chars[start:end] = spelling
    recased = "".join(chars)
    for start in _sentence_starts(recased):
        if inside(start):
            chars[start] = chars[start].upper()
    return "".join(chars)
