"""``detente brief`` and ``/api/brief``: JSON contract, files, one-line errors (exit 2 / 422)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from world import AS_OF, later, story

from detente.cli import app
from detente.store import Store
from detente.web import create_app

runner = CliRunner()
KEYS = {"a", "b", "as_of", "summary", "turn", "turns", "signals", "counter_signals", "triads",
        "silences"}  # fmt: skip


@pytest.fixture(scope="module")
def world_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("brief") / "world.duckdb"
    with Store(path) as store:
        store.write(story())
    return path


def test_cli_json(world_db):
    result = runner.invoke(app, ["brief", "USA", "Russia", "--db", str(world_db), "--as-of",
                                 AS_OF.isoformat(), "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert KEYS <= data.keys()
    assert data["as_of"] == "2017-05-20" and data["turn"]["direction"] == "to_conflict"


def test_cli_markdown_and_files(world_db, tmp_path):
    args = ["brief", "USA", "RUS", "--db", str(world_db), "--as-of", AS_OF.isoformat()]
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0 and shown.stdout.startswith("# United States")
    for name in ("b.html", "b.md"):
        result = runner.invoke(app, [*args, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "Signal chain" in (tmp_path / name).read_text(encoding="utf-8")
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == shown.stdout


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["USA", "Narnia"], "unknown actor 'Narnia'"),
        (["USA", "RUS", "--as-of", "2017-02-30"], "invalid date '2017-02-30'"),
        (["USA", "RUS", "-o", "brief.pdf"], ".html or .md"),
        (["RUS", "Russia"], "two different actors"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(world_db, extra, message):
    result = runner.invoke(app, ["brief", *extra, "--db", str(world_db)])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_api_and_page(world_db, tmp_path):
    with TestClient(create_app(world_db, read_only=True)) as client:
        response = client.get("/api/brief", params={"a": "USA", "b": "RUS", "as_of": "2017-05-20"})
        assert response.status_code == 200
        data = response.json()
        assert KEYS <= data.keys() and data["figure"]["data"]
        cli = runner.invoke(app, ["brief", "USA", "RUS", "--db", str(world_db), "--as-of",
                                  "2017-05-20", "--json"])  # fmt: skip
        assert json.loads(cli.stdout) == {k: v for k, v in data.items() if k != "figure"}
        for params, name in [
            ({"a": "USA", "b": "Narnia"}, "b"),
            ({"a": "Narnia", "b": "RUS"}, "a"),
            ({"a": "USA", "b": "RUS", "as_of": "2017-13-01"}, "as_of"),
            ({"a": "USA", "b": "USA"}, "b"),
        ]:
            bad = client.get("/api/brief", params=params)
            assert bad.status_code == 422
            assert bad.json()["error"]["message"].startswith(name + ": ")
        page = client.get("/brief", params={"a": "USA", "b": "RUS", "as_of": "2017-05-20"})
        assert page.status_code == 200 and "/static/brief.js" in page.text
        assert 'value="2017-05-20"' in page.text


def test_api_as_of_is_honest(tmp_path):
    path = tmp_path / "w.duckdb"
    with Store(path) as store:
        store.write(story())
    params = {"a": "USA", "b": "RUS", "as_of": "2017-05-20"}
    with TestClient(create_app(path)) as client:
        before = client.get("/api/brief", params=params).json()
        client.app.state.service.write(later())
        assert client.get("/api/brief", params=params).json() == before


def test_min_probability_moves_a_turn_to_the_possible_ones(world_db):
    """Above the turn's probability (at most the calibration's ceiling, 0.991) the turn is a
    possible one, in the CLI and the API alike."""
    args = ["brief", "USA", "RUS", "--db", str(world_db), "--as-of", AS_OF.isoformat(), "--json"]
    default = json.loads(runner.invoke(app, args).stdout)
    assert default["min_probability"] == 0.9 and default["possible_turns"] == []
    strict = json.loads(runner.invoke(app, [*args, "--min-probability", "0.995"]).stdout)
    assert strict["turn"] is None and strict["turns"] == []
    assert [t["date"] for t in strict["possible_turns"]] == [default["turn"]["date"]]
    params = {"a": "USA", "b": "RUS", "as_of": "2017-05-20", "min_probability": 0.995}
    with TestClient(create_app(world_db, read_only=True)) as client:
        data = client.get("/api/brief", params=params).json()
        assert {k: v for k, v in data.items() if k != "figure"} == strict
        bad = client.get("/api/brief", params={**params, "min_probability": 1.5})
        assert bad.status_code == 422
