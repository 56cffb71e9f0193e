import datetime as dt
import io
import json
import sys

import pytest

from detente.errors import InputError
from detente.ingest import IngestReport, read_documents
from detente.ingest.reader import date_from_name, parse_date

DAY = dt.date(2017, 2, 16)


def _read(paths, **kwargs):
    report = IngestReport()
    return list(read_documents([str(p) for p in paths], report=report, **kwargs)), report


def test_text_file_date_from_name(tmp_path):
    path = tmp_path / "2017-02-15-crimea.txt"
    path.write_text("Russia rejected the demand.", encoding="utf-8")
    docs, report = _read([path])
    assert [d.date for d in docs] == [dt.date(2017, 2, 15)]
    assert docs[0].id == str(path) and report.documents == 1


def test_undated_file_is_refused_unless_date_given(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("Russia rejected the demand.", encoding="utf-8")
    docs, report = _read([path])
    assert docs == [] and report.skipped["no_date"] == 1
    assert "--date" in report.messages[0]
    docs, _ = _read([path], default_date=DAY)
    assert docs[0].date == DAY


def test_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2017-01-02.txt").write_text("two", encoding="utf-8")
    (tmp_path / "2017-01-01.txt").write_text("one", encoding="utf-8")
    docs, _ = _read([tmp_path])
    assert [d.text for d in docs] == ["one", "two"]


def test_jsonl_records_and_bad_lines_are_counted(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "date": "2017-02-02",
                "title": "t",
                "text": "Haley spoke.",
                "url": "http://x",
            }
        ),
        "{not json",
        json.dumps({"id": "b", "date": "2017-02-30", "text": "bad date"}),
        json.dumps({"id": "c", "date": "2017-02-03"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "text": "no date"}),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, report = _read([path])
    assert [d.id for d in docs] == ["a"] and docs[0].url == "http://x"
    assert report.skipped == {"bad_json": 2, "bad_date": 1, "empty": 1, "no_date": 1}


def test_binary_empty_and_invalid_utf8(tmp_path):
    (tmp_path / "2017-01-01-bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (tmp_path / "2017-01-01-empty.txt").write_bytes(b"   \n\t")
    (tmp_path / "2017-01-01-latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    docs, report = _read([tmp_path])
    assert [d.text for d in docs] == ["Caf\ufffd talks"]
    assert report.skipped == {"binary": 1, "empty": 1} and report.replaced_chars == 1


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "2017-01-01.txt"
    path.write_bytes("Moscow protested.".encode("utf-16"))
    docs, _ = _read([path])
    assert docs[0].text == "Moscow protested."


def test_stdin_jsonl(monkeypatch):
    data = json.dumps({"id": "s", "date": "2017-01-01", "text": "x"}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs, _ = _read(["-"])
    assert docs[0].id == "s"


def test_missing_path_raises():
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(["/nonexistent/file.txt"]))


@pytest.mark.parametrize("value", ["2017-02-30", "17-02-01", "", None, 20170201, "yesterday"])
def test_parse_date_rejects(value):
    with pytest.raises(InputError):
        parse_date(value)


def test_parse_date_accepts_datetime():
    assert parse_date("2017-02-02T10:00:00Z") == dt.date(2017, 2, 2)


def test_date_from_name_skips_impossible_dates():
    assert date_from_name("2017-02-30_and_2017-03-01.txt") == dt.date(2017, 3, 1)


def test_jsonl_with_newspaper_field_names(tmp_path):
    """Records as a newspaper archive API writes them: a nested headline, a snippet, pub_date,
    _id and web_url; a record with a headline and no snippet is its headline."""
    path = tmp_path / "archive.jsonl"
    record = {
        "_id": "nyt://article/1",
        "pub_date": "2017-01-28T23:10:00+0000",
        "headline": {"main": "Trump and Putin Hold First Call", "print_headline": "A Call"},
        "snippet": "The two presidents spoke for an hour on Saturday.",
        "web_url": "https://example.com/call",
    }
    bare = {"pub_date": "2017-01-29", "headline": {"main": "Russia Protests"}, "snippet": ""}
    empty = {"pub_date": "2017-01-29"}
    path.write_text("\n".join(json.dumps(r) for r in (record, bare, empty)) + "\n")
    docs, report = _read([path])
    assert [(d.id, d.date, d.title, d.url) for d in docs] == [
        ("nyt://article/1", dt.date(2017, 1, 28), "Trump and Putin Hold First Call",
         "https://example.com/call"),
        (f"{path}:2", dt.date(2017, 1, 29), "Russia Protests", ""),
    ]  # fmt: skip
    assert [d.text for d in docs] == [
        "The two presidents spoke for an hour on Saturday.",
        "Russia Protests",
    ]
    assert report.skipped == {"empty": 1}
