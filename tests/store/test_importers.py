"""GDELT 1.0/2.0 and ICEWS imports (fixtures in tests/data/import/) and export."""

import datetime as dt
import gzip
import json
import shutil
import zipfile
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import InputError
from detente.models import Event
from detente.monitor.dyad import dyad
from detente.store import Store
from detente.store.export import ExportFilter, export
from detente.store.importers import import_events
from detente.store.layouts import GDELT2_COLUMNS

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
GDELT2 = DATA / "gdelt2.export.CSV"
ICEWS = DATA / "icews.events.tab"


def _row(store, doc_id):
    (row,) = store.query("SELECT * FROM mentions WHERE doc_id = ?", [doc_id])
    return row


def test_gdelt2_rows_are_mapped(store):
    report = import_events(store, "gdelt", [GDELT2])
    assert report.to_dict() == {
        "files": 1,
        "rows": 16,
        "imported": 9,
        "duplicates": 1,
        "skipped": {"wrong_columns": 3, "bad_date": 1, "missing_id": 1, "unknown_code": 1},
    }
    row = _row(store, "gdelt:610000001")
    assert row["date"] == dt.date(2017, 2, 2)
    assert (row["source"], row["source_country"], row["source_sector"]) == ("USAGOV", "USA", "GOV")
    assert (row["target"], row["target_country"]) == ("RUS", "RUS")
    assert (row["cameo"], row["cameo_root"], row["plover"]) == ("112", "11", "ACCUSE")
    assert (row["quad_class"], row["goldstein"]) == (3, -2.0)
    assert row["provenance"] == "gdelt" and row["modality"] == "asserted"
    assert row["date_source"] == "import" and row["coder_version"] == "import:gdelt-2.0"
    assert row["url"] == "https://news.example.org/haley"
    assert _row(store, "gdelt:610000004")["cameo"] == "042"  # leading zero kept
    romania = _row(store, "gdelt:610000005")
    assert romania["source_country"] == "ROU" and romania["cameo"] == "0233"
    assert _row(store, "gdelt:610000006")["goldstein"] == -10.0  # empty → CAMEO table value
    assert _row(store, "gdelt:610000008")["goldstein"] == 10.0  # "x" → table value (0874)


def test_ids_match_the_event_record(store):
    import_events(store, "gdelt", [GDELT2])
    row = _row(store, "gdelt:610000003")
    event = Event.from_dict({k: v for k, v in row.items()})
    assert event.mention_key == row["mention_id"] and event.event_key == row["event_id"]


def test_reimport_adds_nothing(store):
    first = import_events(store, "gdelt", [GDELT2])
    again = import_events(store, "gdelt", [GDELT2])
    assert again.imported == 0 and again.duplicates == first.imported + first.duplicates
    assert store.counts()["mentions"] == first.imported


def test_gdelt1_layouts_57_and_58_columns(store):
    report = import_events(
        store, "gdelt", [DATA / "gdelt1.export.CSV", DATA / "gdelt1_backfile.CSV"]
    )
    assert report.imported == 7
    assert report.skipped == {"bad_date": 1}
    assert _row(store, "gdelt:300000005")["url"] == ""  # a 57-column row among 58-column ones
    assert _row(store, "gdelt:300000001")["coder_version"] == "import:gdelt-1.0"
    assert _row(store, "gdelt:300000001")["url"] == "https://news.example.org/crimea"
    timor = _row(store, "gdelt:100000002")
    assert timor["source_country"] == "TLS" and timor["url"] == ""


def test_gz_and_zip_files(tmp_path, store):
    gz = tmp_path / "20170202.export.CSV.gz"
    with GDELT2.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    archive = tmp_path / "20170202.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(GDELT2, "20170202.export.CSV")
    assert import_events(store, "gdelt", [gz]).imported == 9
    report = import_events(store, "gdelt", [archive])
    assert report.imported == 0 and report.duplicates == 10


def test_empty_unknown_and_broken_files_are_reported(tmp_path, store):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable zip"):
        import_events(store, "gdelt", [broken])
    report = import_events(store, "gdelt", [DATA / "empty.CSV", DATA / "not_gdelt.CSV"])
    assert report.imported == 0 and report.skipped == {"unknown_layout": 1}
    assert any("empty file" in m for m in report.messages)
    with pytest.raises(InputError, match="no such file"):
        import_events(store, "gdelt", [tmp_path / "missing.CSV"])
    with pytest.raises(InputError, match="kind"):
        import_events(store, "acled", [GDELT2])


def test_icews_rows_are_mapped(store):
    report = import_events(store, "icews", [ICEWS, DATA / "icews_wrong_header.tab"])
    assert report.imported == 7
    assert report.skipped == {
        "wrong_columns": 1,
        "bad_date": 1,
        "unknown_code": 1,
        "unknown_layout": 1,
    }
    haley = _row(store, "icews:26838541")
    assert (haley["source_country"], haley["target_country"]) == ("USA", "RUS")
    assert haley["source_name"] == "Nikki Haley" and haley["source"] == "USAGOV"
    assert haley["sentence"] == "Accuse" and haley["provenance"] == "icews"
    lavrov = _row(store, "icews:26838542")
    assert (lavrov["cameo"], lavrov["cameo_root"], lavrov["goldstein"]) == (
        "012",
        "01",
        -0.4,
    )  # our table, not the file
    syria = _row(store, "icews:26838544")
    assert (syria["source"], syria["target"]) == ("SYRMIL", "SYRREB")
    assert _row(store, "icews:26838546")["source_country"] == ""  # "Atlantis"
    assert any("Atlantis" in m for m in report.messages)


def test_imported_events_work_in_dyad(store):
    import_events(store, "gdelt", [GDELT2])
    import_events(store, "icews", [ICEWS])
    result = dyad(store, "USA", "RUS", freq="month")
    assert sum(r["events"] for r in result.series) >= 6


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_export_formats(tmp_path, store, fmt):
    import_events(store, "gdelt", [GDELT2])
    out = tmp_path / f"events.{fmt}"
    assert export(store, out, fmt) == 9
    reader = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[fmt]
    rows = duckdb.sql(f"SELECT cameo, provenance FROM {reader}('{out}') ORDER BY cameo").fetchall()
    assert len(rows) == 9 and ("042", "gdelt") in [(str(c).zfill(3), p) for c, p in rows]


def test_export_gdelt_columns(tmp_path, store):
    import_events(store, "gdelt", [GDELT2])
    out = tmp_path / "events.tsv"
    export(store, out, "csv", gdelt_columns=True)
    header = out.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header[-1] == "SOURCEURL" and "EventCode" in header and "GoldsteinScale" in header


def test_cli_import_and_export(tmp_path):
    runner = CliRunner()
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["import", "gdelt", str(GDELT2), "--db", str(db), "--json"])
    assert result.exit_code == 3  # done, some rows skipped
    assert json.loads(result.stdout.splitlines()[-1])["imported"] == 9
    result = runner.invoke(app, ["import", "nope", str(GDELT2), "--db", str(db)])
    assert result.exit_code == 2
    out = tmp_path / "e.parquet"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0 and out.exists()
    with Store(db, read_only=True) as store:
        assert store.counts()["mentions"] == 9


def test_gdelt1_file_mixing_57_and_58_columns_loses_nothing(tmp_path, store):
    daily = (DATA / "gdelt1.export.CSV").read_text(encoding="utf-8").splitlines()[0].split("\t")
    lines = []
    for n in range(40):
        row = [str(500000000 + n), "20130401", *daily[2:58]]
        lines.append("\t".join(row if n % 3 else row[:57]))  # every third row is 57 columns
    lines.append("\t".join([str(600000001), "20130401", *daily[2:40]]))  # too short
    lines.append("\t".join([str(600000002), "20130401", *daily[2:58], "x", "y"]))  # too long
    path = tmp_path / "20130401.export.CSV"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_events(store, "gdelt", [path])
    assert report.rows == 42 and report.imported == 40
    assert report.skipped == {"wrong_columns": 2}
    assert _row(store, "gdelt:500000000")["url"] == ""
    assert _row(store, "gdelt:500000001")["url"] == daily[57]


def test_export_all_61_gdelt_columns_with_original_ids(tmp_path, store):
    import_events(store, "gdelt", [GDELT2])
    out = tmp_path / "events.tsv"
    assert export(store, out, gdelt_columns=True) == 9
    lines = out.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == GDELT2_COLUMNS and len(header) == 61
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    imported = {
        r["doc_id"].removeprefix("gdelt:") for r in store.query("SELECT doc_id FROM mentions")
    }
    assert len(imported) == 9 and len(rows) == 9
    assert {r["GLOBALEVENTID"] for r in rows} == imported
    assert all(r["EventCode"] and r["SQLDATE"] for r in rows)


def test_export_format_from_extension_and_filters(tmp_path, store):
    import_events(store, "gdelt", [GDELT2])
    import_events(store, "icews", [ICEWS])
    everything = export(store, tmp_path / "all.parquet")
    rows = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'all.parquet'}')").fetchall()
    assert everything == len(rows) > 9
    only_icews = export(store, tmp_path / "i.jsonl", where=ExportFilter(provenance="icews"))
    assert 0 < only_icews < everything
    russia = export(store, tmp_path / "r.csv", where=ExportFilter(actor="RUS"))
    check = store.query(
        "SELECT count(*) AS n FROM mentions WHERE 'RUS' IN (source_country, target_country)"
    )
    assert russia == check[0]["n"] > 0
    day = dt.date(2017, 2, 2)
    dated = export(store, tmp_path / "d.csv", where=ExportFilter(since=day, until=day))
    assert (
        dated
        == store.query("SELECT count(*) AS n FROM mentions WHERE date = $d", {"d": day})[0]["n"]
    )
    with pytest.raises(InputError, match="cannot tell the format"):
        export(store, tmp_path / "events.xlsx")


def test_cli_export_options(tmp_path):
    runner = CliRunner()
    db = tmp_path / "s.duckdb"
    runner.invoke(app, ["import", "gdelt", str(GDELT2), "--db", str(db)])
    out = tmp_path / "e.jsonl"
    result = runner.invoke(
        app,
        ["export", "--db", str(db), "-o", str(out), "--actor", "Russia", "--since", "2017-01-01"],
    )
    assert result.exit_code == 0, result.output
    assert all(json.loads(line)["provenance"] == "gdelt" for line in out.read_text().splitlines())
    for bad in (
        ["--actor", "XYZ"],
        ["--provenance", "rumour"],
        ["--format", "xls"],
        ["--since", "2017-13-01"],
    ):
        result = runner.invoke(app, ["export", "--db", str(db), "-o", str(out), *bad])
        assert result.exit_code == 2, (bad, result.output)
    result = runner.invoke(app, ["export", "--db", str(db), "-o", str(tmp_path / "e.xlsx")])
    assert result.exit_code == 2 and "cannot tell the format" in result.output
