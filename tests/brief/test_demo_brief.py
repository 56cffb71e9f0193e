"""The seed's question on the demo corpus: the brief on USA–RUS as of 16 February 2017 names
the three February signals of the article, each USA→RUS and dated right."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.brief import brief
from detente.cli import demo_corpus
from detente.ingest import read_documents
from detente.run import code_documents
from detente.store import Store

AS_OF = dt.date(2017, 2, 16)


@pytest.fixture(scope="module")
def demo_store(coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Store(path) as store:
        for _ in code_documents(read_documents([str(demo_corpus())]), coder=coder, store=store):
            pass
    return path


@pytest.mark.parametrize(
    ("day", "doc_id", "words"),
    [
        ("2017-02-02", "brief-0111", "condemn Russia's aggressive actions"),  # Haley at the UN
        ("2017-02-14", "brief-0139", "return Crimea"),  # the White House demand
        ("2017-02-15", "brief-0143", "Trump wrote on Twitter"),  # the Crimea tweet
    ],
)
def test_february_signals(demo_store, day, doc_id, words):
    with Store(demo_store, read_only=True) as store:
        result = brief(store, "USA", "RUS", AS_OF).to_dict()
    chain = result["signals"] + result["counter_signals"]
    found = [
        s
        for s in chain
        if s["doc_id"] == doc_id
        and (s["source"], s["target"]) == ("USA", "RUS")
        and s["date"] == day
    ]
    assert found, [(s["date"], s["source"], s["target"], s["doc_id"]) for s in chain]
    assert words in found[0]["sentence"]


def test_nothing_after_the_day(demo_store):
    with Store(demo_store, read_only=True) as store:
        result = brief(store, "USA", "RUS", AS_OF).to_dict()
        published = {
            r["doc_id"]: r["date"].isoformat()
            for r in store.query("SELECT doc_id, date FROM documents")
        }
    items = result["signals"] + result["counter_signals"] + result["silences"]
    assert items and all(published[i["doc_id"]] <= "2017-02-16" for i in items)
    assert result["series"][-1]["period"] <= "2017-02-16"
