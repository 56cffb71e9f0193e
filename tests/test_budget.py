"""Per-document time budget: a document over it is skipped and counted, the batch goes on,
in the main thread, in another thread (as on a Dask worker) and with ``n_process``."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from detente.budget import Deadline, DocumentTimeout, budget_for
from detente.events import Coder, CoderConfig
from detente.events import coder as coder_module
from detente.models import Document
from detente.run import RunSummary, code_documents
from detente.scale import code_batch
from detente.store import Store

DAY = dt.date(2017, 2, 16)


def _spin() -> None:
    while True:
        pass


def test_deadline_stops_a_python_loop():
    start = time.perf_counter()
    with pytest.raises(DocumentTimeout), Deadline(0.2):
        _spin()
    assert time.perf_counter() - start < 2


def test_deadline_leaves_quick_work_alone_and_never_fires_later():
    for _ in range(200):
        with Deadline(0.05):
            sum(range(100))
    time.sleep(0.2)  # a late timeout would surface here


def test_deadline_in_a_worker_thread():
    def work() -> str:
        try:
            with Deadline(0.2):
                _spin()
        except DocumentTimeout:
            return "stopped"
        return "ran"

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result(timeout=10) == "stopped"
    assert threading.active_count() < 20


def test_budget_scales_with_words():
    assert budget_for("Russia accused Ukraine.", 5.0) == 5.0
    assert budget_for("word " * 4000, 5.0) == pytest.approx(20.0)
    assert budget_for("anything", 0) == 0.0


@pytest.fixture
def hanging(monkeypatch):
    """Coding a document that contains HANG loops forever in our own stage."""
    real = Coder.events_of

    def events_of(self, parsed, document):
        if "HANG" in document.text:
            _spin()
        return real(self, parsed, document)

    monkeypatch.setattr(Coder, "events_of", events_of)


def _docs(n: int) -> list[Document]:
    return [
        Document(f"d{i}", DAY, "Russia accused Ukraine of shelling." + (" HANG" * (i % 3 == 1)))
        for i in range(n)
    ]


def test_over_budget_document_is_skipped_and_counted(hanging):
    coder = Coder(CoderConfig(doc_timeout=0.3))
    summary = RunSummary()
    with Store(":memory:") as store:
        coded = [
            d.id for d, _ in code_documents(_docs(7), coder=coder, store=store, summary=summary)
        ]
        stored = [r["doc_id"] for r in store.query("SELECT doc_id FROM documents ORDER BY doc_id")]
    assert coded == ["d0", "d2", "d3", "d5", "d6"]
    assert stored == coded  # nothing half-written
    assert summary.timeouts == ["d1", "d4"]
    assert summary.ingest.skipped["timeout"] == 2
    assert any("d4: skipped (timeout)" in m for m in summary.ingest.messages)
    assert summary.to_dict()["timeouts"] == ["d1", "d4"]


def test_budget_with_n_process(hanging):
    coder = Coder(CoderConfig(doc_timeout=0.5, n_process=2, batch_size=2))
    coded = [d.id for d, _ in coder.code(_docs(6))]
    assert coded == ["d0", "d2", "d3", "d5"]
    assert [doc_id for doc_id, _ in coder.stats.timeouts] == ["d1", "d4"]


def test_budget_in_a_dask_style_worker_thread(hanging):
    with ThreadPoolExecutor(1) as pool:
        result = pool.submit(code_batch, _docs(5), CoderConfig(doc_timeout=0.3)).result(60)
    assert result.documents == 3
    assert [doc_id for doc_id, _ in result.timeouts] == ["d1", "d4"]


def test_no_budget_when_switched_off():
    coder = Coder(CoderConfig(doc_timeout=0))
    assert [d.id for d, _ in coder.code(_docs(3))] == ["d0", "d1", "d2"]


def test_an_outer_deadline_is_not_taken_for_the_document_s(hanging):
    coder = Coder(CoderConfig(doc_timeout=30))
    with pytest.raises(DocumentTimeout), Deadline(0.3):
        list(coder.code(_docs(3)))
    assert coder.stats.timeouts == []


def test_cli_counts_timeouts_and_exits_3(hanging, tmp_path):
    import json

    from typer.testing import CliRunner

    from detente.cli import app

    path = tmp_path / "docs.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": d.id, "date": "2017-02-16", "text": d.text}) for d in _docs(4)),
        encoding="utf-8",
    )
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        app, ["code", str(path), "--json", "-q", "--doc-timeout", "0.3", "--db", str(db)]
    )
    assert result.exit_code == 3, result.output
    summary = json.loads(result.stderr.strip().splitlines()[-1])["summary"]
    assert summary["timeouts"] == ["d1"] and summary["documents"] == 3
    assert summary["ingest"]["skipped"] == {"timeout": 1}
    assert "d1: skipped (timeout)" in result.stderr
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM documents WHERE doc_id = 'd1'")[0]["n"] == 0


def test_evaluation_scores_a_timed_out_sentence_as_missed(hanging):
    from detente.evaluate.readers import GoldEvent, GoldSentence
    from detente.evaluate.score import evaluate

    gold = [
        GoldSentence(f"s{i}", text, DAY, (GoldEvent("RUS", "UKR", "112"),))
        for i, text in enumerate(
            ["Russia accused Ukraine.", "Russia accused Ukraine. HANG", "Russia accused Ukraine."]
        )
    ]
    report = evaluate(gold, Coder(CoderConfig(doc_timeout=0.3)))
    assert report.sentences == 3
    assert report.scores["root"].tp == 2 and report.scores["root"].fn == 1


def test_eval_says_how_many_gold_texts_ran_over_the_budget(hanging, tmp_path):
    """A score taken on a loaded machine is not silently lower: ``detente eval`` counts the
    gold texts it skipped for the budget, and ``--doc-timeout 0`` switches the budget off."""
    import json

    from typer.testing import CliRunner

    from detente.cli import app

    path = tmp_path / "marked.tsv"
    path.write_text(
        "\tsentence_id\tmarked_sentence\tgold_root\n"
        "0\t1\t<s>Russia</s> accused <t>Ukraine</t> of shelling.\tACCUSE\n"
        "1\t2\t<s>Russia</s> accused <t>Ukraine</t> of shelling. HANG\tACCUSE\n",
        encoding="utf-8",
    )
    args = ["eval", str(path), "--split", "all", "-q", "--doc-timeout", "0.3"]
    text = CliRunner().invoke(app, args)
    assert text.exit_code == 0, text.output
    assert "over the time budget: 1 sentences, counted as missed" in text.output
    data = json.loads(CliRunner().invoke(app, [*args, "--json"]).output)
    assert data["timeouts"] == 1 and data["pair_found"] == 0.5
    quick = path.with_name("quick.tsv")
    quick.write_text("".join(path.read_text().splitlines(keepends=True)[:2]), encoding="utf-8")
    data = json.loads(
        CliRunner()
        .invoke(app, ["eval", str(quick), "--split", "all", "--json", "-q", "--doc-timeout", "0"])
        .output
    )
    assert data["timeouts"] == 0 and data["pair_found"] == 1.0


def test_a_batch_over_budget_in_the_parse_skips_only_the_slow_document(monkeypatch):
    """A pipeline component that hangs on one document: its batch runs over the sum of the
    budgets, is parsed again one document at a time, and only that document is skipped."""
    coder = Coder(CoderConfig(doc_timeout=0.3, batch_size=4))
    tagger = coder.nlp.get_pipe("detente_actors")
    real = type(tagger).__call__

    def call(self, doc):
        if "HANG" in doc.text:
            _spin()
        return real(self, doc)

    monkeypatch.setattr(type(tagger), "__call__", call)
    docs = _docs(6)
    start = time.perf_counter()
    coded = {d.id: events for d, events in coder.code(docs)}
    assert sorted(coded) == ["d0", "d2", "d3", "d5"]
    assert [doc_id for doc_id, _ in coder.stats.timeouts] == ["d1", "d4"]
    assert all(coded[doc_id] for doc_id in coded)  # the re-parsed ones keep their events
    assert time.perf_counter() - start < 20


class _SlowToFinalise:
    def __del__(self) -> None:
        time.sleep(0.5)  # the timeout lands here, where Python can only print it


def test_a_timeout_inside_a_finaliser_is_kept_off_stderr_and_nothing_else_is(monkeypatch):
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda args: seen.append(args.exc_type))
    with Deadline(0.1):
        _SlowToFinalise()  # dropped at once: its __del__ runs inside the block
    type("Broken", (), {"__del__": lambda self: 1 / 0})()
    assert seen == [ZeroDivisionError]


def test_a_coder_warms_dateparser_when_it_is_built(monkeypatch):
    calls: list[bool] = []
    monkeypatch.setattr(coder_module, "warm_up", lambda: calls.append(True))
    Coder()
    assert calls == [True]  # dateparser's first parse (about a second) is not a document's
