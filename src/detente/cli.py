"""The ``detente`` command line: a thin shell over the library.

stdout carries data (tables or JSON lines); progress, summaries and errors go to stderr.
Exit codes: 0 ok; 1 error (one line, ``--debug`` for the traceback); 2 usage error;
3 finished, but some inputs were skipped (their reasons are in the summary).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from detente.errors import DetenteError, InputError
from detente.events import CoderConfig
from detente.ingest.reader import parse_date
from detente.models import Event
from detente.run import RunSummary, code_paths
from detente.store import Store

EXIT_SKIPPED = 3
app = typer.Typer(
    help="Code news into political events and watch how relations change.",
    no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
)
out = Console()
err = Console(stderr=True)


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True,
    )


def _event_table(events: list[Event], title: str = "events") -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("date", "source", "cameo", "target", "quad", "gold.", "modality", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        snippet = e.sentence if len(e.sentence) <= 90 else e.sentence[:87] + "..."
        table.add_row(e.date.isoformat(), e.source or "-", e.cameo, e.target or "-",
                      str(e.quad_class), f"{e.goldstein:+.1f}", e.modality, snippet)
    return table


def _summary_line(summary: RunSummary) -> str:
    skipped = summary.ingest.skipped
    text = (f"coded {summary.documents} documents, {summary.sentences} sentences: "
            f"{summary.events} events ({summary.facts} asserted)")
    if skipped:
        text += "; skipped " + ", ".join(f"{n} {why}" for why, n in sorted(skipped.items()))
    return text


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    date: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for "
                                             "documents that carry none.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
    all_modalities: Annotated[bool, typer.Option(
        "--all-modalities", help="Also print negated/hypothetical/future/reported events.")] = False,
    db: Annotated[Path | None, typer.Option(help="Write events to this DuckDB store.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        help="Extra actor dictionary (detente TSV or CAMEO format); repeatable.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Code news text into events.

    Example: detente code news/ --date 2017-02-16 --json --db events.duckdb
    """
    day = _date_option(date)
    config = CoderConfig(actor_files=tuple(str(a) for a in actors or ()))
    summary = RunSummary()
    store = Store(db) if db is not None else None
    shown: list[Event] = []
    try:
        with _progress(quiet) as progress:
            task = progress.add_task("coding", total=None)
            for _, events in code_paths(paths, default_date=day, config=config, store=store,
                                        summary=summary):
                progress.advance(task)
                for event in events:
                    if not (all_modalities or event.is_fact):
                        continue
                    if as_json:
                        out.file.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                    else:
                        shown.append(event)
    finally:
        if store is not None:
            store.close()
    if not as_json:
        out.print(_event_table(shown))
    for message in summary.ingest.messages[:20]:
        err.print(message, markup=False, highlight=False)
    if as_json:
        err.file.write(json.dumps({"summary": summary.to_dict()}) + "\n")
    else:
        err.print(_summary_line(summary), markup=False, highlight=False)
    if summary.documents == 0:
        raise DetenteError("no document could be coded: " + (
            "; ".join(summary.ingest.messages[:3]) or "no input"))
    if summary.ingest.n_skipped:
        raise typer.Exit(EXIT_SKIPPED)


def demo_corpus() -> Path:
    """Path of the bundled demo corpus (JSONL briefs, Nov 2016 – Apr 2017)."""
    return Path(str(resources.files("detente") / "data" / "demo" / "briefs.jsonl"))


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="Store to (re)create.")] = Path("demo.duckdb"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Code the bundled demo corpus into a fresh store and show the USA–RUS story.

    Example: detente demo --db demo.duckdb
    """
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    corpus = demo_corpus()
    total = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    summary = RunSummary()
    dyad: list[Event] = []
    with Store(db) as store, _progress(quiet) as progress:
        task = progress.add_task("coding", total=total)
        for _, events in code_paths([str(corpus)], store=store, summary=summary):
            progress.advance(task)
            dyad += [e for e in events if e.is_fact
                     and {e.source_country, e.target_country} == {"USA", "RUS"}]
        counts = store.counts()
    out.print(_event_table(sorted(dyad, key=lambda e: e.date), "USA–RUS events (asserted)"))
    err.print(_summary_line(summary), markup=False, highlight=False)
    out.print(f"store {db}: {counts['documents']} documents, {counts['mentions']} mentions, "
              f"{counts['events']} distinct events", markup=False, highlight=False)


def main() -> None:
    """Console entry point: one-line errors for DetenteError; ``--debug`` keeps tracebacks."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        app()
    except DetenteError as exc:
        if debug:
            raise
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
