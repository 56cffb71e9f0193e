"""Bad input never crashes the coder or the reader: it is coded, or skipped and counted."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.ingest import IngestReport, read_documents
from detente.models import MODALITIES, Document

DAY = dt.date(2017, 2, 16)
NASTY = [
    "",
    " \n\t ",
    "\u200b\u200c\u200d\ufeff",
    "\u202eRussia attacked Ukraine\u202c",
    "روسيا هاجمت أوكرانيا",
    "Russia\x00attacked\x07Ukraine",
    "!!!???...",
    "a",
    "Russia " * 3000 + "attacked Ukraine.",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
]


def _check(events, text):
    for e in events:
        assert e.modality in MODALITIES
        assert 0 <= e.start <= e.end <= len(text)
        assert 0.0 <= e.confidence <= 1.0


def test_nasty_texts_code_without_error(coder):
    docs = [Document(f"d{i}", DAY, text) for i, text in enumerate(NASTY)]
    for document, events in coder.code(docs):
        _check(events, document.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_unicode_never_crashes(coder, text):
    _check(coder.code_text(text, DAY), text)


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_are_read_or_skipped(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "2017-02-16.txt").write_bytes(data)
    report = IngestReport()
    docs = list(read_documents([str(folder)], report=report))
    assert len(docs) + report.n_skipped == 1


def test_symlink_loop_is_not_followed(tmp_path):
    (tmp_path / "2017-02-16.txt").write_text("Russia accused Ukraine.", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    docs = list(read_documents([str(tmp_path)]))
    assert len(docs) == 1


def test_long_sentence_is_skipped_and_counted(coder):
    before = coder.stats.long_sentences_skipped
    coder.code_text("Russia " * 500 + "attacked Ukraine", DAY)
    assert coder.stats.long_sentences_skipped == before + 1


def test_huge_document_is_truncated_and_counted(tmp_path):
    path = tmp_path / "2017-02-16.txt"
    path.write_text("Russia accused Ukraine. " * 20_000, encoding="utf-8")
    report = IngestReport()
    docs = list(read_documents([str(path)], report=report))
    assert report.truncated == 1 and len(docs[0].text) <= 200_000


def test_fifty_megabyte_file_is_truncated_not_fatal(tmp_path):
    path = tmp_path / "2017-02-16-huge.txt"
    with path.open("wb") as handle:
        chunk = ("Russia accused Ukraine of shelling Donetsk. " * 1000).encode()
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    report = IngestReport()
    (doc,) = list(read_documents([str(path)], report=report))
    assert report.truncated == 1 and len(doc.text) <= 200_000


def test_fifty_thousand_word_sentence_is_bounded(coder):
    import time

    text = " ".join(["word"] * 50_000) + " Russia attacked Ukraine."
    start = time.perf_counter()
    coder.code_text(text, DAY)
    assert time.perf_counter() - start < 60


def test_utf16_without_bom_is_read_or_skipped(tmp_path):
    path = tmp_path / "2017-02-16.txt"
    path.write_bytes("Russia accused Ukraine.".encode("utf-16-le"))
    report = IngestReport()
    docs = list(read_documents([str(path)], report=report))
    assert len(docs) + report.n_skipped == 1
