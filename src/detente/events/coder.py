"""The coder: documents in, :class:`~detente.models.Event` records out, streaming.

``Coder.code(documents)`` runs spaCy's ``nlp.pipe`` in batches (optionally ``n_process``) and
yields each document with its events. Per sentence: find event triples
(:mod:`detente.events.extract`), resolve actors on the event date
(:mod:`detente.actors.resolve`), set modality (:mod:`detente.events.modality`) and the event
date (:mod:`detente.events.dates`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product

from spacy.tokens import Doc, Span, Token

from detente import __version__
from detente.actors.resolve import DocActors, resolve_all, resolve_phrase
from detente.cameo import lookup
from detente.events.dates import looks_future, resolve_date
from detente.events.extract import Triple, noun_triples, verb_triples
from detente.events.intent import intent_code, refusal_code
from detente.events.modality import announced, modality
from detente.events.patterns import load_patterns
from detente.models import Actor, Document, Event
from detente.nlp.pipeline import load_pipeline

CODER_VERSION = f"detente-{__version__}"
# Codes where "X and Y <event>" means each did it with the other.
SYMMETRIC_ROOTS = ("03", "04", "05", "06")
SYMMETRIC_LEMMAS = {"clash", "exchange", "fight", "battle", "skirmish", "spar", "trade"}
SYMMETRIC_CODES = {"036", "057", "0311", "0312", "0313", "0314", "1246"}


@dataclass(frozen=True, slots=True)
class CoderConfig:
    """Coder settings; defaults are documented limits, not magic numbers."""

    actor_files: tuple[str, ...] = ()
    batch_size: int = 64
    n_process: int = 1
    max_sentence_tokens: int = 150  # longer "sentences" (tables, lists) are skipped, counted
    max_doc_sentences: int = 400  # sentences past this in one document are not coded, counted


@dataclass
class CodingStats:
    documents: int = 0
    sentences: int = 0
    events: int = 0
    long_sentences_skipped: int = 0
    sentences_truncated: int = 0
    by_modality: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            k: getattr(self, k)
            for k in (
                "documents",
                "sentences",
                "events",
                "long_sentences_skipped",
                "sentences_truncated",
                "by_modality",
            )
        }


def _clause(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (the sentence root at most)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head
    return tok


def _drop_redundant(events: list[Event]) -> list[Event]:
    """A target-less event adds nothing when the same source has an event of the same root
    and modality with a target in the sentence ("met Tillerson … to discuss trade")."""
    with_target = {(e.source, e.cameo_root, e.modality) for e in events if e.target}
    return [
        e for e in events if e.target or (e.source, e.cameo_root, e.modality) not in with_target
    ]


def _is_symmetric(code: str) -> bool:
    return code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES


class Coder:
    """Codes documents into events. Build once; reuse for many documents."""

    def __init__(self, config: CoderConfig | None = None) -> None:
        self.config = config or CoderConfig()
        self.nlp = load_pipeline(tuple(self.config.actor_files))
        self.tagger = self.nlp.get_pipe("detente_actors")
        self.book = self.tagger.book
        self.patterns = load_patterns()
        self.stats = CodingStats()

    def code(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """Yield ``(document, events)`` for every document, streaming through ``nlp.pipe``."""
        stream = ((self.tagger.prepare(doc.text), doc) for doc in documents)
        for parsed, document in self.nlp.pipe(
            stream,
            as_tuples=True,
            batch_size=self.config.batch_size,
            n_process=self.config.n_process,
        ):
            events = list(self.events_of(parsed, document))
            self.stats.documents += 1
            self.stats.events += len(events)
            for event in events:
                self.stats.by_modality[event.modality] = (
                    self.stats.by_modality.get(event.modality, 0) + 1
                )
            yield document, events

    def code_text(self, text: str, date: dt.date, doc_id: str = "text") -> list[Event]:
        """All events (every modality) in one text published on ``date``."""
        return [e for _, events in self.code([Document(doc_id, date, text)]) for e in events]

    def events_of(self, parsed: Doc, document: Document) -> Iterator[Event]:
        actors = DocActors.of(parsed, self.book)
        for sentence_id, sent in enumerate(parsed.sents):
            if sentence_id >= self.config.max_doc_sentences:
                self.stats.sentences_truncated += 1
                continue
            self.stats.sentences += 1
            if len(sent) > self.config.max_sentence_tokens:
                self.stats.long_sentences_skipped += 1
                continue
            triples, consumed = verb_triples(sent, self.patterns)
            triples += noun_triples(sent, self.patterns, consumed)
            events: dict[tuple[str, str, str], Event] = {}
            for triple in sorted(triples, key=lambda t: t.word.i):
                for event in self._events(triple, sent, sentence_id, document, actors):
                    events.setdefault((event.source, event.target, event.cameo), event)
            yield from _drop_redundant(list(events.values()))
            self._observe(sent, document.date, actors)

    def _observe(self, sent: Span, day: dt.date, actors: DocActors) -> None:
        """Remember the actors named in ``sent`` for pronouns in later sentences."""
        for tok in sent:
            span = actors.by_token.get(tok.i)
            if span is not None and span.label_ == "ACTOR" and tok.i == span.root.i:
                resolve_phrase(tok, day, actors)

    def _resolve(
        self,
        heads: Iterable[Token],
        day: dt.date,
        actors: DocActors,
        nominal: Token | None = None,
        inside: bool = True,
        exclude: frozenset[str] = frozenset(),
    ) -> list[tuple[Actor, float, Token]]:
        out = []
        for head in heads:
            own = head is nominal
            for actor, confidence in resolve_all(
                head, day, actors, of_phrases=not own, inside=inside and not own, exclude=exclude
            ):
                out.append((actor, confidence, head))
        return out

    def _pairs(
        self, triple: Triple, day: dt.date, actors: DocActors, nominal: Token | None
    ) -> list[tuple[tuple[Actor, float, Token], tuple[Actor, float, Token] | None]]:
        """(source, target) pairs: each source with the first target candidate that names
        someone else; "X and Y met" pairs X and Y both ways; no target leaves it empty."""
        pat = triple.pattern
        sources = self._resolve(
            triple.sources[:1] if nominal is not None else triple.sources, day, actors, nominal
        )
        if nominal is not None and not sources:
            sources = self._resolve(triple.sources[1:], day, actors)
        if not sources and triple.places:  # "gunmen abducted engineers in Nigeria"
            sources = self._resolve(triple.places, day, actors)
        targets: list[tuple[Actor, float, Token]] = []
        # Prefer a target in another country; a domestic target (same country, other
        # sector: "Russian police arrested Russian activists") only when there is none.
        source_codes = frozenset(s[0].code for s in sources)
        source_countries = frozenset(s[0].country for s in sources)
        for excluded, key in ((source_countries, "country"), (source_codes, "code")):
            for group in triple.targets:
                targets = [
                    t
                    for t in self._resolve(group, day, actors, exclude=source_codes)
                    if getattr(t[0], key) not in excluded
                ]
                if targets:
                    break
            if targets:
                break
        pairs: list = [(s, t) for s in sources for t in targets if s[2].i != t[2].i]
        countries = {s[0].country for s in sources}
        if (
            (_is_symmetric(pat.code) or triple.word.lemma_ in SYMMETRIC_LEMMAS)
            and len(countries) > 1
            and (not targets or pat.code[:2] == "04")
        ):
            # "X and Y met/agreed/clashed": each with the other ("discussed Syria" is a topic)
            pairs = [(a, b) for a in sources for b in sources if a[0].country != b[0].country]
        if not pairs:
            pairs = [(s, None) for s in sources]
        return pairs

    def _events(
        self, triple: Triple, sent: Span, sentence_id: int, document: Document, actors: DocActors
    ) -> Iterator[Event]:
        word, pat = triple.word, triple.pattern
        mood = modality(word, sent, triple.consumed)
        day, date_source = self._date(word, sent, document.date, mood == "future")
        if mood == "asserted" and day > document.date:
            mood = "future"  # "talks in Istanbul next month"
        nominal = word if word.pos_ not in ("VERB", "ADJ", "AUX") else None
        if triple.symmetric_pair:
            members = self._resolve(triple.sources, day, actors, inside=False)
            pairs = [(a, b) for a in members for b in members if a[0].code != b[0].code]
        else:
            pairs = self._pairs(triple, day, actors, nominal)
        codes = [(lookup(pat.code), mood, day, date_source)]
        derived = intent_code(pat.code) if mood == "future" else None
        if mood == "negated" and announced(word):
            derived = refusal_code(pat.code)
        if derived is not None:
            codes.append((lookup(derived), "asserted", document.date, "publication"))
        for (code, mood, day, date_source), (src, tgt) in product(codes, pairs):
            if tgt is not None and src[0].code == tgt[0].code:
                continue
            tokens = [word, src[2]] + ([tgt[2]] if tgt is not None else [])
            first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
            target = tgt[0] if tgt is not None else Actor("", "", "")
            missing = 0.8 if not pat.needs_target else 0.5
            confidence = round(
                src[1]
                * (tgt[1] if tgt is not None else missing)
                * (0.95 if pat.specificity else 0.85),
                3,
            )
            yield Event(
                doc_id=document.id,
                sentence_id=sentence_id,
                sentence=document.text[sent.start_char : sent.end_char].rstrip(),
                start=first.idx,
                end=last.idx + len(last.text),
                date=day,
                date_source=date_source,
                source=src[0].code,
                source_country=src[0].country,
                source_sector=src[0].sector,
                source_name=src[0].name,
                target=target.code,
                target_country=target.country,
                target_sector=target.sector,
                target_name=target.name,
                cameo=code.code,
                cameo_root=code.root,
                plover=code.plover,
                quad_class=code.quad_class,
                goldstein=code.goldstein,
                modality=mood,
                confidence=confidence,
                url=document.url,
                coder_version=CODER_VERSION,
            )

    def _date(
        self, word: Token, sent: Span, published: dt.date, future: bool
    ) -> tuple[dt.date, str]:
        """The event date: a date phrase of the event's own clause, else of a clause governing
        it ("said on Tuesday that …"), else of a clause below it ("accused Ukraine of shelling
        Donetsk on Tuesday"), nearest first; else the publication date. A future date below
        a past event is the embedded action's ("rejected an invitation to meet next week")."""
        own = _clause(word)
        governing = {t.i for t in own.ancestors}
        below = {t.i for t in word.subtree}
        ranked = []
        for phrase in (ent for ent in sent.ents if ent.label_ == "DATE"):
            clause = _clause(phrase.root)
            rank = 0 if clause == own else 1 if clause.i in governing else 2
            if rank == 2 and (
                phrase.root.i not in below or (not future and looks_future(phrase.text))
            ):
                continue
            ranked.append((rank, abs(phrase.root.i - word.i), phrase))
        for _, _, phrase in sorted(ranked, key=lambda r: r[:2]):
            resolved = resolve_date(phrase.text, published, future or looks_future(phrase.text))
            if resolved is not None:
                return resolved
        return published, "publication"
