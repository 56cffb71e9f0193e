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
from typing import TYPE_CHECKING, Annotated, Any, get_args, get_origin

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from typer.core import TyperCommand, TyperGroup

from detente import __version__
from detente.errors import DetenteError, InputError, StoreError, UnknownActorError
from detente.events import CoderConfig
from detente.events.coder import DOC_TIMEOUT
from detente.ingest.reader import parse_date
from detente.ingest.tables import Columns
from detente.models import Event
from detente.monitor.counts import POSSIBLE_PROBABILITY, REPORT_PROBABILITY
from detente.monitor.dyad import FREQS, threshold_text
from detente.run import RunSummary, code_paths
from detente.store import Store

if TYPE_CHECKING:
    from detente.events import Coder

EXIT_SKIPPED = 3
QUIET_HELP = "No progress bar."
DocTimeout = Annotated[
    float,
    typer.Option(
        "--doc-timeout",
        min=0,
        metavar="SECONDS",
        help="Time budget per document: SECONDS per 1,000 words (at least SECONDS). A "
        "document over it is skipped and counted as timeout; 0 switches it off.",
    ),
]
# `detente eval --pairs`: compare only events naming a country on both sides (None: when the
# gold set lists no one-sided event).
_PAIR_LEVELS: dict[str, bool | None] = {"auto": None, "yes": True, "no": False}
VALUE_NAMES: dict[object, str] = {int: "INTEGER", float: "NUMBER", Path: "PATH", str: "TEXT"}


def _value_name(param: Any) -> str | None:
    """What help shows for a parameter's value: its metavar or a click-style name (TEXT,
    INTEGER, NUMBER, PATH), never a Python type name; nothing for flags."""
    if getattr(param, "is_flag", False):
        return None
    if param.metavar:
        return str(param.metavar)
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", str)
    many = get_origin(annotation) is list
    if many:
        (annotation,) = get_args(annotation)
    name = VALUE_NAMES.get(annotation, "TEXT")
    return name + "..." if many else name


def _name_values(params: list[Any]) -> list[Any]:
    """Make each parameter show :func:`_value_name` in help (typer shows Python types)."""
    for param in params:
        label = _value_name(param)
        param.display_type_rich = lambda ctx, label=label: label
    return params


class _Command(TyperCommand):
    """A typer command whose help lists value names instead of Python type names."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _name_values(super().get_params(ctx))


class _Group(TyperGroup):
    """The ``detente`` group, with the same help style as its commands."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _name_values(super().get_params(ctx))


app = typer.Typer(
    help="Code news into political events and watch how relations change.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    cls=_Group,
)
# Wide tables when piped (Rich would otherwise fold evidence text into an 80-column table).
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def _show_version(value: bool) -> None:
    if value:
        out.print(f"detente {__version__}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Code news into political events and watch how relations change."""


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None


def _progress(quiet: bool, total_known: bool = False, unit: str = "documents") -> Progress:
    """A progress bar on stderr (off with --quiet or when stderr is not a terminal); with a
    known total it shows done/total and the time left."""
    columns = [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn() if total_known else TextColumn("{task.completed}"),
        TextColumn(unit),
        TimeElapsedColumn(),
    ]
    if total_known:
        columns += [TextColumn("left"), TimeRemainingColumn()]
    return Progress(
        *columns,
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )


def _event_table(events: list[Event], title: str = "events") -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("date", "source", "cameo", "target", "quad", "gold.", "modality", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        snippet = e.sentence if len(e.sentence) <= 90 else e.sentence[:87] + "..."
        table.add_row(
            e.date.isoformat(),
            e.source or "-",
            e.cameo,
            e.target or "-",
            str(e.quad_class),
            f"{e.goldstein:+.1f}",
            e.modality,
            snippet,
        )
    return table


def _summary_line(summary: RunSummary) -> str:
    skipped = summary.ingest.skipped
    text = (
        f"coded {summary.documents} documents, {summary.sentences} sentences: "
        f"{summary.events} events ({summary.facts} asserted)"
    )
    if skipped:
        text += "; skipped " + ", ".join(f"{n} {why}" for why, n in sorted(skipped.items()))
    return text


@app.command(cls=_Command)
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    date: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for documents that carry none.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
    all_modalities: Annotated[
        bool,
        typer.Option(
            "--all-modalities", help="Also print negated/hypothetical/future/reported events."
        ),
    ] = False,
    db: Annotated[Path | None, typer.Option(help="Write events to this DuckDB store.")] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option(help="Extra actor dictionary (detente TSV or CAMEO format); repeatable."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
    workers: Annotated[
        int,
        typer.Option(min=1, help="Code on a Dask cluster with N local workers (needs --db)."),
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of an existing Dask scheduler, e.g. tcp://host:8786."),
    ] = None,
    doc_timeout: DocTimeout = DOC_TIMEOUT,
    text_col: Annotated[
        str | None,
        typer.Option(
            "--text-col",
            metavar="NAME",
            help="CSV/TSV column with the text (default: text, "
            "body, content, article, …, headline, title).",
        ),
    ] = None,
    date_col: Annotated[
        str | None,
        typer.Option(
            "--date-col",
            metavar="NAME",
            help="CSV/TSV column with the date (default: date, pub_date, published, …).",
        ),
    ] = None,
    id_col: Annotated[
        str | None,
        typer.Option(
            "--id-col",
            metavar="NAME",
            help="CSV/TSV column with the document id (default: id, doc_id, …; else file:line).",
        ),
    ] = None,
    title_col: Annotated[
        str | None,
        typer.Option(
            "--title-col", metavar="NAME", help="CSV/TSV column with the title (default: title)."
        ),
    ] = None,
    url_col: Annotated[
        str | None,
        typer.Option(
            "--url-col", metavar="NAME", help="CSV/TSV column with the URL (default: url, link)."
        ),
    ] = None,
) -> None:
    """Code news text into events.

    Reads text, JSONL, HTML, RSS/Atom, CSV/TSV (one document per row), PDF and DOCX files.

    Example: detente code news/ --date 2017-02-16 --json --db events.duckdb
    """
    day = _date_option(date)
    columns = Columns(text_col, date_col, id_col, title_col, url_col)
    config = _coder_config(actors, doc_timeout)
    if workers > 1 or scheduler:
        if db is None:
            raise typer.BadParameter("--workers/--scheduler need --db (results merge there)")
        _code_distributed(paths, day, config, db, workers, scheduler, quiet, as_json, columns)
        return
    summary = RunSummary()
    store = Store(db) if db is not None else None
    shown: list[Event] = []
    try:
        with _progress(quiet) as progress:
            task = progress.add_task("coding", total=None)
            for _, events in code_paths(
                paths,
                default_date=day,
                config=config,
                store=store,
                summary=summary,
                columns=columns,
            ):
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
    if not as_json and summary.documents:
        out.print(_event_table(shown))
    _finish(summary, as_json, _summary_line(summary))


def _finish(summary: RunSummary, as_json: bool, line: str) -> None:
    """Report a coding run on stderr and choose the exit: error when nothing was coded,
    EXIT_SKIPPED when some inputs were skipped."""
    for message in summary.ingest.messages[:20]:
        err.print(message, markup=False, highlight=False)
    if as_json:
        err.file.write(json.dumps({"summary": summary.to_dict()}) + "\n")
    else:
        err.print(line, markup=False, highlight=False)
    if summary.documents == 0:
        raise DetenteError(
            "no document could be coded: " + ("; ".join(summary.ingest.messages[:3]) or "no input")
        )
    if summary.ingest.n_skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _code_distributed(
    paths: list[str],
    day: dt.date | None,
    config: CoderConfig,
    db: Path,
    workers: int,
    scheduler: str | None,
    quiet: bool,
    as_json: bool,
    columns: Columns,
) -> None:
    from detente.ingest import IngestReport, read_documents
    from detente.scale import code_distributed

    summary = RunSummary(ingest=IngestReport())
    documents = read_documents(paths, default_date=day, report=summary.ingest, columns=columns)
    with Store(db) as store, _progress(quiet) as progress:
        task = progress.add_task("coding", total=None)
        code_distributed(
            documents,
            store=store,
            workers=workers,
            scheduler=scheduler,
            config=config,
            on_batch=lambda r: progress.advance(task, r.documents + len(r.timeouts)),
            summary=summary,
        )
    _finish(
        summary,
        as_json,
        f"coded {summary.documents} documents in {summary.batches} batches: "
        f"{summary.events} events ({summary.facts} asserted) into {db}",
    )


def demo_corpus() -> Path:
    """Path of the bundled demo corpus (JSONL briefs, Nov 2016 – Apr 2017)."""
    return Path(str(resources.files("detente") / "data" / "demo" / "briefs.jsonl"))


@app.command(cls=_Command)
def demo(
    db: Annotated[Path, typer.Option(help="Store to (re)create.")] = Path("demo.duckdb"),
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML report to write.")] = Path(
        "report.html"
    ),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
) -> None:
    """Code the bundled demo corpus into a fresh store; show and report the USA–RUS turns.

    Example: detente demo --db demo.duckdb -o report.html
    """
    from detente.monitor.dyad import dyad as dyad_series
    from detente.report import write_report

    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    corpus = demo_corpus()
    total = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    summary = RunSummary()
    with Store(db) as store:
        with _progress(quiet, total_known=True) as progress:
            task = progress.add_task("coding", total=total)
            for _ in code_paths([str(corpus)], store=store, summary=summary):
                progress.advance(task)
        counts = store.counts()
        result = dyad_series(store, "USA", "RUS", freq="week")
    err.print(_summary_line(summary), markup=False, highlight=False)
    out.print(
        f"store {db}: {counts['documents']} documents, {counts['mentions']} event "
        f"mentions, {counts['events']} distinct events",
        markup=False,
        highlight=False,
    )
    out.print("\n[bold]USA–RUS relations, Nov 2016 – Apr 2017[/bold]")
    _print_turns(result)
    write_report(result, output, title="USA–RUS relations (demo corpus)")
    out.print(f"report: {output}", markup=False, highlight=False)


@app.command("eval", cls=_Command)
def eval_command(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold files (PETRARCH XML, PLOVER JSON, CSV/TSV/JSONL).")
    ],
    level: Annotated[
        str, typer.Option(help="Headline level: root, code, quad, plover, source or target.")
    ] = "root",
    actors: Annotated[
        list[Path] | None,
        typer.Option(help="Extra actor dictionary (detente TSV or CAMEO format); repeatable."),
    ] = None,
    all_modalities: Annotated[
        bool,
        typer.Option("--all-modalities", help="Score events of every modality, not only asserted."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[
        Path | None, typer.Option(help="Write each miss/extra as JSONL here.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
    split: Annotated[
        str,
        typer.Option(
            help="Marked-pair files (PLV layout): score the dev half, the check half or all."
        ),
    ] = "check",
    pairs: Annotated[
        str,
        typer.Option(
            help="Compare only events that name a country on both sides: yes, no, or auto "
            "(when the gold lists no event without a target country)."
        ),
    ] = "auto",
    doc_timeout: DocTimeout = DOC_TIMEOUT,
) -> None:
    """Score the coder on gold-standard sentences (P/R/F1, confusion, calibration).

    Marked-pair files (a TSV with marked_sentence and gold_root, such as PLV_train.tsv) are
    scored with the pair given: macro F1 over the 15 PLOVER roots and the rate of pairs found.

    Example: detente eval gold.xml --actors PETR.Validate.actors.txt --errors errors.jsonl
    """
    from detente.evaluate import evaluate, read_gold
    from detente.evaluate.plv import SPLITS, is_marked
    from detente.evaluate.score import LEVELS
    from detente.events import Coder
    from detente.models import MODALITIES

    if level not in LEVELS:
        raise typer.BadParameter(f"--level must be one of {', '.join(LEVELS)}")
    if split not in SPLITS:
        raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}")
    if pairs not in _PAIR_LEVELS:
        raise typer.BadParameter(f"--pairs must be one of {', '.join(_PAIR_LEVELS)}")
    if gold and all(is_marked(path) for path in gold):
        _eval_marked(gold, actors, split, as_json, errors, quiet, doc_timeout)
        return
    sentences = [s for path in gold for s in read_gold(path)]
    coder = Coder(_coder_config(actors, doc_timeout))
    modalities = frozenset(MODALITIES) if all_modalities else frozenset({"asserted"})
    with _progress(quiet, total_known=True, unit="sentences") as progress:
        task = progress.add_task("scoring", total=len(sentences))
        report = evaluate(
            sentences,
            coder,
            modalities=modalities,
            on_sentence=lambda: progress.advance(task),
            pair_level=_PAIR_LEVELS[pairs],
        )
    if errors is not None:
        with errors.open("w", encoding="utf-8") as handle:
            for row in report.errors:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = report.to_dict()
    result["level"] = level
    result["timeouts"] = len(coder.stats.timeouts)
    if as_json:
        out.print_json(json.dumps(result))
        return
    compared = "events naming a country on both sides" if report.pair_level else "every event"
    table = Table(
        title=f"{report.sentences} sentences, {report.gold_events} gold events ({compared})"
    )
    for column in ("level", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column)
    for name, score in report.scores.items():
        style = "bold" if name == level else ""
        table.add_row(
            name,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            str(score.tp),
            str(score.fp),
            str(score.fn),
            style=style,
        )
    out.print(table)
    _print_timeouts(coder)
    out.print(f"PLOVER type accuracy (single-event sentences): {report.plover_accuracy:.3f}")
    for row in report.calibration:
        out.print(
            f"confidence {row['low']:.1f}-{row['high']:.1f}: {row['events']} events, "
            f"precision {row['precision']:.3f}",
            highlight=False,
        )


def _coder_config(actors: list[Path] | None, doc_timeout: float) -> CoderConfig:
    return CoderConfig(actor_files=tuple(str(a) for a in actors or ()), doc_timeout=doc_timeout)


def _print_timeouts(coder: Coder) -> None:
    """Say how many gold texts ran over the time budget: they are scored as missed, so a
    score taken on a loaded machine is not silently lower."""
    if coder.stats.timeouts:
        out.print(
            f"over the time budget: {len(coder.stats.timeouts)} sentences, counted as missed "
            "(--doc-timeout 0 switches the budget off)",
            highlight=False,
        )


def _eval_marked(
    gold: list[Path],
    actors: list[Path] | None,
    split: str,
    as_json: bool,
    errors: Path | None,
    quiet: bool,
    doc_timeout: float,
) -> None:
    """``detente eval`` on marked-pair files: PLOVER root with the pair given."""
    from detente.evaluate.plv import DEFAULT_DAY, ROOTS, evaluate_marked, read_marked
    from detente.events import Coder

    pairs = [p for path in gold for p in read_marked(path)]
    coder = Coder(_coder_config(actors, doc_timeout))
    with _progress(quiet, unit="pairs") as progress:
        task = progress.add_task(f"scoring ({split})", total=None)
        report = evaluate_marked(
            pairs,
            lambda text: coder.code_text(text, DEFAULT_DAY),
            split,
            on_pair=lambda: progress.advance(task),
        )
    if errors is not None:
        with errors.open("w", encoding="utf-8") as handle:
            for row in report.errors:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if as_json:
        out.print_json(json.dumps(report.to_dict() | {"timeouts": len(coder.stats.timeouts)}))
        return
    out.print(
        f"{report.pairs} marked pairs ({split}): macro F1 {report.macro_f1:.3f}, "
        f"accuracy {report.accuracy:.3f}, pairs found {report.pair_found:.3f}, "
        f"sentence quad {report.quad_accuracy:.3f}, who-to-whom {report.who_to_whom:.3f}",
        highlight=False,
    )
    _print_timeouts(coder)
    table = Table(title="per root")
    for column in ("root", "F1", "gold", "ours"):
        table.add_column(column)
    for root in ROOTS:
        gold_n = sum(n for (g, _), n in report.confusion.items() if g == root)
        ours_n = sum(n for (_, o), n in report.confusion.items() if o == root)
        table.add_row(root, f"{report.f1(root):.3f}", str(gold_n), str(ours_n))
    out.print(table)
    bins = Table(title=f"reliability of confidence (ECE {report.ece:.3f})")
    for column in ("confidence", "events", "mean confidence", "precision"):
        bins.add_column(column)
    for row in report.reliability:
        bins.add_row(
            f"{row.low:.1f}-{row.high:.1f}",
            str(row.events),
            f"{row.mean_confidence:.3f}",
            f"{row.precision:.3f}",
        )
    out.print(bins)


DEFAULT_DB = Path("detente.duckdb")
EXIT_ALERT = 4


def _known_actors(store: Store | None, *values: str, full_codes: bool = False) -> list[str]:
    """Actor codes for ``values``; an actor neither the dictionaries nor the store know is a
    usage error (exit 2) naming it, with a did-you-mean."""
    from detente.monitor.dyad import known_actor

    try:
        return [known_actor(store, value, full_codes=full_codes) for value in values]
    except UnknownActorError as exc:
        raise typer.BadParameter(str(exc), param_hint="actor") from None


def _open_with_actors(db: Path, *values: str, full_codes: bool = False) -> tuple[Store, list[str]]:
    """The store (read-only) and the actor codes; unknown actors are reported before a
    missing store."""
    try:
        store = Store(db, read_only=True)
    except StoreError:
        _known_actors(None, *values, full_codes=full_codes)
        raise
    try:
        return store, _known_actors(store, *values, full_codes=full_codes)
    except BaseException:
        store.close()
        raise


def _dyad(
    db: Path,
    a: str,
    b: str,
    since: str | None,
    until: str | None,
    freq: str,
    as_of: str | None,
    min_probability: float = REPORT_PROBABILITY,
):
    from detente.monitor.dyad import dyad as dyad_series

    if freq not in FREQS:
        raise typer.BadParameter(
            f"must be one of {', '.join(FREQS)}, got {freq!r}", param_hint="--freq"
        )
    first, last, day = _date_option(since), _date_option(until), _date_option(as_of)
    store, (code_a, code_b) = _open_with_actors(db, a, b)
    with store:
        return dyad_series(
            store,
            code_a,
            code_b,
            since=first,
            until=last,
            freq=freq,
            as_of=day,
            min_probability=min_probability,
        )


AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="Answer as of this day: documents published and events dated by then."
    ),
]
MinProbability = Annotated[
    float,
    typer.Option(
        "--min-probability",
        min=0.0,
        max=1.0,
        help=(
            f"Report turns from this probability (default {REPORT_PROBABILITY}); weaker ones "
            f"down to {POSSIBLE_PROBABILITY} are listed apart as possible turns."
        ),
    ),
]


@app.command(cls=_Command)
def dyad(
    a: Annotated[str, typer.Argument(help="First actor: ISO3 code or name.")],
    b: Annotated[str, typer.Argument(help="Second actor: ISO3 code or name.")],
    db: Annotated[Path, typer.Option(help="DuckDB store.")] = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD.")] = None,
    freq: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    as_of: AsOf = None,
    min_probability: MinProbability = REPORT_PROBABILITY,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print series, turns and phases as one JSON object.")
    ] = False,
) -> None:
    """The A–B relationship over time: series, turning points with probability, evidence.

    Turns are reported at probability 0.9 or more (--min-probability lowers it); weaker ones
    from 0.5 are listed apart as possible turns ("possible_turns" in JSON). Periods without
    coverage are marked "gap"; events dated only to a month or year are counted apart.

    Example: detente dyad USA RUS --db demo.duckdb --freq week --as-of 2017-03-01 --json
    """
    result = _dyad(db, a, b, since, until, freq, as_of, min_probability)
    if as_json:
        out.file.write(json.dumps(result.to_dict(), default=str) + "\n")
        return
    table = Table(title=f"{result.a}–{result.b} by {freq}")
    columns = ("period", "events", "coop (q1+q2)", "conflict (q3+q4)", "Goldstein sum", "coverage")
    for column in columns:
        table.add_column(column)
    for row in result.series:
        table.add_row(
            row["period"],
            str(row["events"]),
            str(row["q1"] + row["q2"]),
            str(row["q3"] + row["q4"]),
            f"{row['goldstein_sum']:+.1f}",
            "gap" if row["gap"] else str(row["coverage"]),
        )
    out.print(table)
    out.print(_count_line(result), markup=False)
    _print_turns(result)


def _count_line(result) -> str:
    """The dyad's one event count, with the gaps and the events dated too coarsely to plot."""
    line = f"{result.events} events"
    if result.imprecise:
        line += f" ({len(result.imprecise)} dated only to a month or year, not in the series)"
    if result.gaps:
        line += f"; {len(result.gaps)} {result.freq}s without coverage (gaps)"
    if result.as_of:
        line += f"; as of {result.as_of}"
    return line


def _print_turn(turn, kind: str, note: str = "") -> None:
    out.print(
        f"[bold]{kind} {turn.direction}[/bold] around {turn.date} "
        f"({turn.start} .. {turn.end}), probability {turn.probability:.2f}{note}"
    )
    out.print(f"  before: {turn.before.describe()}", markup=False)
    out.print(f"  after:  {turn.after.describe()}", markup=False)
    for item in turn.evidence:
        out.print(
            f"  - {item['date']} {item['source']} {item['cameo']} {item['target']}: "
            f"{item['sentence']} [{item['doc_id']}]",
            markup=False,
            highlight=False,
        )


def _print_turns(result) -> None:
    """Reported turns, then the possible ones (below the report threshold), then phases."""
    if not result.turns:
        out.print(f"no turning point with probability >= {threshold_text(result.min_probability)}")
    for turn in result.turns:
        _print_turn(turn, "turn")
    for turn in result.possible_turns:
        _print_turn(
            turn,
            "possible turn",
            f" (below {threshold_text(result.min_probability)}: not reported)",
        )
    if result.phases:
        out.print(
            "phases: " + " → ".join(f"{p.label} ({p.start}..{p.end})" for p in result.phases),
            markup=False,
        )


@app.command(cls=_Command)
def turns(
    file: Annotated[Path, typer.Argument(help="CSV file with a time and a value column.")],
    time: Annotated[str, typer.Option(help="Name of the time column.")],
    value: Annotated[str, typer.Option(help="Name of the value column.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the turns as JSON.")] = False,
) -> None:
    """Turning points of any series in a CSV file, with probabilities.

    Example: detente turns tone.csv --time date --value tone --json
    """
    from detente.monitor.series_file import turns_from_csv

    try:
        found = turns_from_csv(file, time, value)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if as_json:
        out.file.write(json.dumps({"turns": found}) + "\n")
        return
    table = Table(title=f"turning points in {file.name}:{value}")
    for column in ("index", "date", "probability", "range"):
        table.add_column(column)
    for t in found:
        table.add_row(
            str(t["index"]), t["date"], f"{t['probability']:.2f}", f"{t['start']} .. {t['end']}"
        )
    out.print(table)


@app.command(cls=_Command)
def watch(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            "--min-probability",
            min=0.0,
            max=1.0,
            help="Alert on a turn reported at this probability (0-1) or more.",
        ),
    ] = REPORT_PROBABILITY,
    window: Annotated[int, typer.Option(min=1, help="Latest periods to watch.")] = 4,
    db: Annotated[Path, typer.Option(help="DuckDB store.")] = DEFAULT_DB,
    freq: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    as_of: AsOf = None,
) -> None:
    """Exit 4 with an alert when a recent turn reaches the threshold (for cron).

    Turns are reported, as by dyad, at probability 0.9 or more unless --threshold lowers it;
    a recent possible turn (0.5 up to the threshold) is mentioned, never an alert.

    Example: detente watch USA RUS --threshold 0.9 --db events.duckdb || mail-me
    """
    result = _dyad(db, a, b, None, None, freq, as_of, threshold)
    recent = {r["period"] for r in result.series[-window:]}
    alerts = [t for t in result.turns if t.date in recent]
    if not alerts:
        out.print(
            f"{result.a}–{result.b}: no turn with probability >= {threshold} "
            f"in the last {window} {freq}s",
            markup=False,
        )
        for turn in (t for t in result.possible_turns if t.date in recent):
            out.print(
                f"possible turn {turn.direction} around {turn.date}, probability "
                f"{turn.probability:.2f} (below {threshold}: no alert)",
                markup=False,
            )
        return
    for turn in alerts:
        out.print(
            f"ALERT {result.a}–{result.b}: turn {turn.direction} around {turn.date}, "
            f"probability {turn.probability:.2f}; {turn.before.describe()} → "
            f"{turn.after.describe()}",
            markup=False,
        )
    raise typer.Exit(EXIT_ALERT)


@app.command(cls=_Command)
def report(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "report.html"
    ),
    db: Annotated[Path, typer.Option(help="DuckDB store.")] = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD.")] = None,
    freq: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    as_of: AsOf = None,
    min_probability: MinProbability = REPORT_PROBABILITY,
) -> None:
    """Write a self-contained HTML report (chart, phases, turns, evidence) for a dyad.

    Turns are reported at probability 0.9 or more (--min-probability lowers it); weaker ones
    from 0.5 are shown apart, dashed, as possible turns.

    Example: detente report USA RUS --db demo.duckdb -o report.html --as-of 2017-03-01
    """
    from detente.report import write_report

    result = _dyad(db, a, b, since, until, freq, as_of, min_probability)
    path = write_report(result, output)
    out.print(f"wrote {path}", markup=False, highlight=False)


@app.command()
def brief(
    a: Annotated[str, typer.Argument(help="First actor: ISO3 code or name.")],
    b: Annotated[str, typer.Argument(help="Second actor: ISO3 code or name.")],
    db: Annotated[Path, typer.Option(help="DuckDB store.")] = DEFAULT_DB,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Use only what was published by this day (YYYY-MM-DD)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the brief as JSON.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write FILE.html or FILE.md.")
    ] = None,
    silence_days: Annotated[
        int, typer.Option(min=1, help="Days a cooperative gesture may wait for an answer.")
    ] = 14,
    min_probability: MinProbability = REPORT_PROBABILITY,
) -> None:
    """The analyst's brief on a dyad as of a day: summary, turn, dated signals, third
    parties, silences (Markdown on stdout, or JSON, or an HTML/Markdown file).

    Example: detente brief USA RUS --db demo.duckdb --as-of 2017-02-16 -o brief.html
    """
    from detente.brief import BriefConfig
    from detente.brief import brief as make_brief
    from detente.brief.build import parse_actors
    from detente.brief.render import FORMATS, render_markdown, write_brief

    try:
        day = parse_date(as_of) if as_of is not None else None
        parse_actors(a, b)
        if output is not None and output.suffix.lower() not in FORMATS:
            raise InputError(f"--output must end in .html or .md, got {output.name!r}")
    except InputError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    with Store(db, read_only=True) as store:
        config = BriefConfig(silence_days=silence_days, min_probability=min_probability)
        result = make_brief(store, a, b, day, config)
    if output is not None:
        write_brief(result, output)
        err.print(f"wrote {output}", markup=False, highlight=False)
    if as_json:
        out.file.write(json.dumps(result.to_dict(), ensure_ascii=False, default=str) + "\n")
    elif output is None:
        out.file.write(render_markdown(result))


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command(cls=_Command)
def serve(
    db: Annotated[Path, typer.Option(help="DuckDB store (created when missing).")] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Interface to bind; keep 127.0.0.1 unless you set a token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="DETENTE_TOKEN", help="Require this bearer token (or cookie) on every route."
        ),
    ] = None,
    max_upload: Annotated[int, typer.Option(min=1, help="Largest request body in bytes.")] = 5
    * 1024
    * 1024,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Open the store read-only (no adding documents).")
    ] = False,
) -> None:
    """Serve the dashboard and JSON API (dyads, overview, code text, events) on localhost.

    Example: detente serve --db demo.duckdb
    """
    import uvicorn

    from detente.web import create_app

    if host not in LOOPBACK and not token:
        err.print(
            "warning: serving beyond localhost without --token; anyone who can reach "
            f"{host}:{port} can read and add events",
            markup=False,
        )
    allowed = ["127.0.0.1", "localhost", "[::1]", "::1"] if host in LOOPBACK else None
    web = create_app(
        db, token=token, max_upload=max_upload, read_only=read_only, allowed_hosts=allowed
    )
    shown = "localhost" if host in LOOPBACK else host
    err.print(
        f"detente dashboard on http://{shown}:{port}/" + ("?token=…" if token else ""),
        markup=False,
        highlight=False,
    )
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command("import", cls=_Command)
def import_command(
    kind: Annotated[str, typer.Argument(help="gdelt (1.0 or 2.0 exports) or icews.")],
    files: Annotated[list[Path], typer.Argument(help="Event files: plain, .gz or .zip.")],
    db: Annotated[Path, typer.Option(help="DuckDB store (created when missing).")] = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import existing GDELT or ICEWS event files into the store (idempotent).

    Example: detente import gdelt 20170216.export.CSV.zip --db events.duckdb
    """
    from detente.store.importers import KINDS, import_events

    if kind not in KINDS:
        raise typer.BadParameter(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    with Store(db) as store:
        report = import_events(store, kind, files)
    for message in report.messages[:20]:
        err.print(message, markup=False, highlight=False)
    if as_json:
        out.file.write(json.dumps(report.to_dict()) + "\n")
    else:
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items()))
        out.print(
            f"{kind}: read {report.rows} rows from {report.files} files: imported "
            f"{report.imported}, already present {report.duplicates}"
            + (f"; skipped {skipped}" if skipped else ""),
            markup=False,
            highlight=False,
        )
    if report.n_skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command(cls=_Command)
def export(
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="File to write; its extension picks the format (.csv, .tsv, .parquet, .jsonl).",
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="csv, parquet or jsonl (default: from the extension)."),
    ] = None,
    db: Annotated[Path, typer.Option(help="DuckDB store.")] = DEFAULT_DB,
    gdelt_columns: Annotated[
        bool,
        typer.Option(
            "--gdelt-columns",
            help="One row per asserted event under all 61 GDELT 2.0 columns (tab-separated).",
        ),
    ] = False,
    since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD.")] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="Only events with this actor on either side (code or name)."),
    ] = None,
    provenance: Annotated[str | None, typer.Option(help="Only coded, gdelt or icews rows.")] = None,
) -> None:
    """Export every event mention (or GDELT-style events) as CSV, Parquet or JSON lines.

    Example: detente export --db events.duckdb --since 2017-01-01 --actor RUS -o events.parquet
    """
    from detente.store.export import FORMATS, PROVENANCES, ExportFilter, format_of
    from detente.store.export import export as export_store

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt is None:
        try:
            fmt = format_of(output)
        except InputError as exc:
            raise typer.BadParameter(str(exc), param_hint="--output") from None
    if provenance is not None and provenance not in PROVENANCES:
        raise typer.BadParameter(
            f"must be one of {', '.join(PROVENANCES)}", param_hint="--provenance"
        )
    first, last = _date_option(since), _date_option(until)
    if first and last and first > last:
        raise typer.BadParameter(f"--since {first} is after --until {last}")
    store, codes = _open_with_actors(db, *([actor] if actor else []), full_codes=True)
    where = ExportFilter(first, last, codes[0] if codes else "", provenance or "")
    with store:
        rows = export_store(store, output, fmt, gdelt_columns=gdelt_columns, where=where)
    err.print(f"wrote {rows} rows to {output}", markup=False, highlight=False)


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
    except Exception as exc:  # a bug: still one line for the user, the traceback on --debug
        if debug:
            raise
        err.print(
            f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)",
            markup=False,
            highlight=False,
        )
        sys.exit(1)
