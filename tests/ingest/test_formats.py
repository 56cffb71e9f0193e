"""CSV/TSV (one document per row), PDF, DOCX, and known formats we do not read."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import docx_bytes, pdf_bytes

from detente.errors import InputError
from detente.ingest import IngestReport, read_documents
from detente.ingest.tables import Columns, parse_cell_date

DAY = dt.date(2017, 2, 16)


def _read(path, **kwargs):
    report = IngestReport()
    return list(read_documents([str(path)], report=report, **kwargs)), report


def test_dated_csv_is_read_as_its_rows(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "id,pub_date,headline,web_url\n"
        'a1,2017-02-16T05:00:00+0000,"Russia accused Ukraine of shelling, again",http://x/1\n'
        "a2,2017-02-17,Trump praised Putin,http://x/2\n"
        'a3,"Feb 18, 2017","China protested ""the decision""",\n',
        encoding="utf-8",
    )
    docs, report = _read(path)
    assert [(d.id, d.date, d.text, d.url) for d in docs] == [
        ("a1", DAY, "Russia accused Ukraine of shelling, again", "http://x/1"),
        ("a2", dt.date(2017, 2, 17), "Trump praised Putin", "http://x/2"),
        ("a3", dt.date(2017, 2, 18), 'China protested "the decision"', ""),
    ]
    assert report.n_skipped == 0


def test_text_and_title_columns_are_told_apart(tmp_path):
    path = tmp_path / "2017-02-16-feed.tsv"
    path.write_text("Title\tBody\nTalks\tRussia met Ukraine.\n\t\n", encoding="utf-8")
    docs, _ = _read(path)
    assert [(d.title, d.text, d.date) for d in docs] == [("Talks", "Russia met Ukraine.", DAY)]
    assert docs[0].id.endswith("feed.tsv:2")


def test_a_headline_with_no_text_is_a_document(tmp_path):
    path = tmp_path / "2017-02-16-rows.csv"
    path.write_text(
        "headline,snippet\nRussia expels U.S. diplomats,Moscow acted on Friday.\n"
        "Iran tests a missile,\n",
        encoding="utf-8",
    )
    docs, report = _read(path)
    assert [(d.title, d.text) for d in docs] == [
        ("Russia expels U.S. diplomats", "Moscow acted on Friday."),
        ("Iran tests a missile", "Iran tests a missile"),
    ]
    assert report.n_skipped == 0


def test_named_columns_and_bad_rows(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "when;what;key\n2017-02-16;Russia accused Ukraine.;k1\nnot a date;Iran met Iraq.;k2\n"
        "2017-02-16;;k3\n",
        encoding="utf-8",
    )
    columns = Columns(text="what", date="When", id="key")
    docs, report = _read(path, columns=columns)
    assert [d.id for d in docs] == ["k1"]
    assert report.skipped == {"bad_date": 1, "empty": 1}
    assert any("rows.csv:3" in m for m in report.messages)


def test_csv_without_a_text_column_is_refused_not_read_whole(tmp_path):
    path = tmp_path / "2017-02-16.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    docs, report = _read(path)
    assert docs == []
    assert report.skipped == {"bad_table": 1}
    assert "--text-col" in report.messages[0]
    docs, report = _read(path, columns=Columns(text="nope"))
    assert "no text column 'nope'" in report.messages[0]


def test_rows_without_date_need_default(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("text\nRussia accused Ukraine.\n", encoding="utf-8")
    assert _read(path)[1].skipped == {"no_date": 1}
    assert _read(path, default_date=DAY)[0][0].date == DAY


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("2017-02-16", DAY),
        ("2017-02-16 10:00:00", DAY),
        ("2017/02/16", DAY),
        ("02/16/2017", DAY),
        ("16/02/2017", DAY),
        ("16 February 2017", DAY),
        ("Thu, 16 Feb 2017 10:00:00 GMT", DAY),
    ],
)
def test_cell_dates(cell, day):
    assert parse_cell_date(cell) == day


def test_bad_cell_date():
    with pytest.raises(InputError, match="invalid date"):
        parse_cell_date("yesterday-ish")


@pytest.mark.parametrize("compress", [True, False])
def test_pdf_text_is_read(tmp_path, compress):
    path = tmp_path / "2017-02-16-brief.pdf"
    path.write_bytes(
        pdf_bytes(
            [["Russia accused Ukraine of shel-", "ling Donetsk."], ["Trump praised Putin."]],
            compress=compress,
            title="Brief",
        )
    )
    docs, report = _read(path)
    assert [(d.text, d.title, d.date) for d in docs] == [
        ("Russia accused Ukraine of shelling Donetsk.\n\nTrump praised Putin.", "Brief", DAY)
    ]


def test_docx_text_is_read(tmp_path):
    path = tmp_path / "memo.docx"
    path.write_bytes(docx_bytes(["Russia accused Ukraine.", "Trump praised Putin."]))
    docs, _ = _read(path, default_date=DAY)
    assert docs[0].text == "Russia accused Ukraine.\n\nTrump praised Putin."
    assert docs[0].date == DAY  # --date wins over the file's creation date


def test_broken_pdf_and_docx_are_skipped(tmp_path):
    (tmp_path / "2017-02-16-a.pdf").write_bytes(b"%PDF-1.4\nnonsense")
    (tmp_path / "2017-02-16-b.docx").write_bytes(b"PK\x03\x04 not a zip")
    docs, report = _read(tmp_path)
    assert docs == []
    assert report.skipped == {"bad_pdf": 1, "bad_docx": 1}


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx", ".odt", ".png"])
def test_known_unsupported_format_is_named(tmp_path, suffix):
    path = tmp_path / f"2017-02-16{suffix}"
    path.write_bytes(b"PK\x03\x04\x00\x00binary\x00stuff")
    docs, report = _read(path)
    assert docs == []
    assert report.skipped == {"unsupported_format": 1}
    assert report.messages[0].endswith(f"unsupported format {suffix}")


def test_format_is_sniffed_without_a_suffix(tmp_path):
    (tmp_path / "2017-02-16-report").write_bytes(pdf_bytes([["Russia accused Ukraine."]]))
    docs, _ = _read(tmp_path)
    assert docs[0].text == "Russia accused Ukraine."


def test_one_column_table_keeps_its_commas(tmp_path):
    path = tmp_path / "2017-02-16-heads.csv"
    path.write_text('headline\nRussia accused Ukraine, again\n"Trump, Putin meet"\n', "utf-8")
    docs, _ = _read(path)
    assert [d.text for d in docs] == ["Russia accused Ukraine, again", "Trump, Putin meet"]


def test_stdin_is_a_table_when_its_columns_are_named(monkeypatch):
    import io
    import sys

    data = b"day,headline\n2017-02-16,Russia accused Ukraine\n2017-02-17,Trump met Putin\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = list(read_documents(["-"], columns=Columns(date="day")))
    assert [(d.id, d.date, d.text) for d in docs] == [
        ("<stdin>:2", DAY, "Russia accused Ukraine"),
        ("<stdin>:3", dt.date(2017, 2, 17), "Trump met Putin"),
    ]
