"""The command line: parse, call one library function, print. The only module that talks to the terminal."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .config import Settings, load_settings
from .errors import UsageError, VolteError
from .ingest import files
from .model import Failure
from .pipeline import TASKS, Job
from .store import Selection

app = typer.Typer(
    help="volteface: who said what, who did what to whom, who stands where — and when they changed their mind.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Markup off: file names, dates and quotes are the user's text and are printed as written ("[/red]" too);
# control characters (ANSI escapes in a file name) are shown as visible escapes by ``shown``.
out = Console(markup=False, highlight=False)
err = Console(stderr=True, markup=False, highlight=False)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: object) -> str:
    """User-supplied text made safe for a terminal: control characters written as escapes (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


SHOWN_PER_FILE = 5


def _known_actor(store, name: str) -> str:
    """The actor id for a name the user gave, or a usage error that suggests the nearest names in the store."""
    from difflib import get_close_matches

    from .analyze import resolve_actor

    found = resolve_actor(store, name)
    if found is not None:
        return found
    names = [s.actor.name for s in store.actor_summaries(limit=5000)]
    near = get_close_matches(name, names, n=3, cutoff=0.5)
    hint = (
        f"; did you mean {', '.join(repr(n) for n in near)}?" if near else "; `volteface actors` lists them"
    )
    raise UsageError(f"no actor matching {name!r} in the store{hint}")


def _known_dyad(store, dyad: str) -> tuple[str, str]:
    """The dyad's two code prefixes, or a usage error when a side acts in no stored event, with the busiest
    dyads as suggestions ("USA:RUS")."""
    from .analyze import parse_dyad

    source, target = parse_dyad(dyad)
    for side, selection in (
        (source, Selection(source=source, limit=1)),
        (target, Selection(target=target, limit=1)),
    ):
        if not store.events(selection):
            busiest = ", ".join(d for d, _ in store.dyads(limit=5)) or "none yet"
            raise UsageError(
                f"no stored event has {side!r} on that side of a dyad; the busiest dyads: {busiest}"
            )
    return source, target


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _row(table: Table, *cells: str) -> None:
    """A table row of stored text (titles, quotes, names), each cell shown as plain text."""
    table.add_row(*(shown(c) for c in cells))


def _say(console: Console, label: str, message: object) -> None:
    """One line: a red label, then the message as plain text."""
    console.print(Text(label + ": ", style="red") + Text(shown(message)), soft_wrap=True)


DbOption = Annotated[
    str, typer.Option("--db", help="The store to read: a SQLite file, or postgresql://user@host/db.")
]
WriteDbOption = Annotated[
    str,
    typer.Option(
        "--db",
        help="The store: a SQLite file (created if missing), or postgresql://user@host/db (tables created).",
    ),
]
WorkersOption = Annotated[int | None, typer.Option("--workers", help="Processes (0: one per core).")]
ActorsOption = Annotated[Path | None, typer.Option("--actors", help="Your own actors YAML (adds/overrides).")]
PropositionsOption = Annotated[
    Path | None,
    typer.Option("--propositions", help="Your own propositions YAML (adds/replaces; docs/propositions.md)."),
]


@contextmanager
def _errors() -> Iterator[None]:
    """VolteError → one line and exit code 2 (usage) or 1; no tracebacks for the user's mistakes."""
    try:
        yield
    except UsageError as exc:
        _say(err, "error", exc)
        raise typer.Exit(2) from None
    except VolteError as exc:
        _say(err, "error", exc)
        raise typer.Exit(1) from None


def _settings(
    workers: int | None = None,
    max_bytes: int | None = None,
    actors: Path | None = None,
    propositions: Path | None = None,
) -> Settings:
    """The settings (defaults < volteface.toml < environment < these flags), with the propositions in use set."""
    from .extract.propositions import use_propositions

    if actors is not None and not actors.is_file():
        raise UsageError("no such actors file", str(actors))
    if propositions is not None and not propositions.is_file():
        raise UsageError("no such propositions file", str(propositions))
    settings = load_settings().but(
        workers=workers,
        max_article_bytes=max_bytes,
        actors_file=str(actors) if actors else None,
        propositions_file=str(propositions) if propositions else None,
    )
    use_propositions(settings.propositions_file)
    return settings


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date YYYY-MM-DD, not {value!r}") from None


def _field_map(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or ours not in ("text", "title", "date", "url", "source", "id"):
            raise UsageError(
                f"--field takes OURS=THEIRS with OURS one of text, title, date, url, source, id; not {pair!r}"
            )
        mapping[ours] = theirs
    return mapping


def _progress(label: str, unit: str) -> Progress:
    """A progress bar on standard error (none when it is not a terminal): done of the total, in ``unit``, with the
    time spent and the time left."""
    return Progress(
        SpinnerColumn(),
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(unit),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _ingest(
    db: str,
    inputs: list[str],
    settings: Settings,
    day: date | None,
    source: str | None,
    fields: dict[str, str] | None,
    reprocess: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    include: tuple[str, ...] = (),
) -> int:
    from .run import RunCounts, run
    from .store import open_store

    with (
        open_store(db) as store,
        _progress("{task.description}", "files") as progress,
    ):
        # the number of files is known before reading (not of articles): progress and the time left go by files
        total = None if files.STDIN in inputs else sum(1 for _ in files.expand(inputs, include))
        task = progress.add_task("reading", total=total)

        per_file: dict[str, int] = {}

        def on_progress(counts: RunCounts, problem: Failure | None) -> None:
            if problem is not None:
                whose = files.input_file(problem.where)
                per_file[whose] = per_file.get(whose, 0) + 1
                if per_file[whose] <= SHOWN_PER_FILE:  # a 10,000-item feed of bare links is not 10,000 lines
                    _say(progress.console, "error" if problem.fatal else "warning", problem)
            progress.update(
                task,
                completed=counts.files,
                description=f"read {counts.read} · new {counts.new} · "
                f"unchanged {counts.unchanged} · failed {counts.failed}",
            )

        try:
            counts = run(
                store,
                inputs,
                settings,
                day=day,
                source=source,
                field_map=fields,
                on_progress=on_progress,
                reprocess=reprocess,
                engine=engine,
                scheduler=scheduler,
                include=include,
            )
        except KeyboardInterrupt:
            err.print("interrupted: every article stored so far is complete; run again to go on")
            raise typer.Exit(130) from None
    for whose, n in per_file.items():
        if n > SHOWN_PER_FILE:
            _say(err, "problems", f"{whose}: {n} in all, {n - SHOWN_PER_FILE} more not shown")
    err.print(
        f"read {counts.read} · new {counts.new} · unchanged {counts.unchanged} · "
        f"failed {counts.failed}"
        + (f" · replaced {counts.replaced}" if counts.replaced else "")
        + (f" · warnings {counts.warned}" if counts.warned else "")
        + f"\nstored {counts.quotes} quotes · {counts.events} events · {counts.stances} stances"
    )
    return 1 if counts.failed or counts.warned else 0


@app.command("run")
def run_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    db: WriteDbOption = "volteface.db",
    day: Annotated[str | None, typer.Option("--date", help="Date for undated articles (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source name for these articles.")] = None,
    field: Annotated[
        list[str] | None, typer.Option("--field", help="Record field mapping, e.g. text=body.")
    ] = None,
    workers: WorkersOption = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", help="Largest article file.")] = None,
    actors: ActorsOption = None,
    propositions: PropositionsOption = None,
    reprocess: Annotated[
        bool, typer.Option("--reprocess", help="Extract again and replace stored records.")
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", help="local (processes here) or dask (a cluster).")
    ] = "local",
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            help="Read files a folder's walk skips (README, LICENSE, hidden) whose name matches, e.g. 'README*'.",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler, tcp://HOST:PORT (default: a local cluster).",
        ),
    ] = None,
) -> None:
    """Read articles, extract quotes, events and stances, and store them (on every core unless --workers or the
    settings file say otherwise)."""
    with _errors():
        settings = _settings(workers, max_bytes, actors, propositions)
        if workers is None and settings.workers == Settings().workers:
            settings = settings.but(workers=0)  # one process per core: 1.65x on two cores
        code = _ingest(
            db,
            inputs,
            settings,
            _parse_day(day, "--date"),
            source,
            _field_map(field),
            reprocess,
            engine,
            scheduler,
            tuple(include or ()),
        )
    raise typer.Exit(code)


@app.command("export")
def export_command(
    db: DbOption,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="File to write (- for stdout, whole articles).")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl, csv, parquet, gdelt (events) or plover (events).")
    ] = "jsonl",
    table: Annotated[
        str | None,
        typer.Option("--table", help="articles, quotes, events, stances or shifts: one flat row per record."),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Speaker, holder or actor (name or id).")
    ] = None,
    dyad: Annotated[str | None, typer.Option("--dyad", help="SOURCE:TARGET code prefixes (events).")] = None,
) -> None:
    """Write the store out: every article with its records as JSON Lines (the default), or one table flat
    (--table) as JSON Lines, CSV or Parquet, or the events as a GDELT 2.0 table or PLOVER records
    (columns in docs/export.md)."""
    from .records import article_record

    with _errors():
        if table is not None or fmt != "jsonl":
            from . import export
            from .analyze import parse_dyad

            source, target = parse_dyad(dyad) if dyad else (None, None)
            with _open_existing(db) as store:
                actor_id = _known_actor(store, actor) if actor else None
                selection = Selection(
                    actor=actor_id,
                    source=source,
                    target=target,
                    beliefs=True,
                    since=_parse_day(since, "--since"),
                    until=_parse_day(until, "--until"),
                    limit=None,
                )
                n = export.write(store, output, fmt, table or "events", selection)
            err.print(f"exported {n} rows to {output}")
            return
        with _open_existing(db) as store:
            handle = sys.stdout if str(output) == "-" else output.open("w", encoding="utf-8")
            try:
                n = 0
                for article in store.articles():
                    handle.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
                    n += 1
            finally:
                if handle is not sys.stdout:
                    handle.close()
        err.print(f"exported {n} articles to {output}")


@app.command("annotate")
def annotate_command(
    input_file: Annotated[Path, typer.Argument(help="JSON Lines: {id, text, date, target}; - for stdin.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSON Lines file to write (- for stdout).")],
    task: Annotated[
        str,
        typer.Option("--task", help="quotes, events, stance, consistency or all; several joined by commas."),
    ] = "all",
    workers: WorkersOption = None,
    actors: ActorsOption = None,
    propositions: PropositionsOption = None,
) -> None:
    """Annotate records (the benchmark contract): one output line per input line, in order."""
    from .records import annotate_lines

    with _errors():
        tasks = TASKS if task == "all" else tuple(t.strip() for t in task.split(","))
        wrong = [t for t in tasks if t not in (*TASKS, "consistency")]
        if wrong or not tasks:
            raise UsageError(
                f"--task must be quotes, events, stance, consistency or all (or a comma-joined list); "
                f"not {task!r}"
            )
        settings = _settings(0 if workers is None else workers, actors=actors, propositions=propositions).but(
            strip_boilerplate=False
        )
        if str(input_file) != "-" and not input_file.is_file():
            raise UsageError("no such input file", str(input_file))
        source = sys.stdin if str(input_file) == "-" else input_file.open(encoding="utf-8", errors="replace")
        handle = sys.stdout if str(output) == "-" else output.open("w", encoding="utf-8")
        errors = written = 0
        try:
            for record in annotate_lines(source, Job(settings=settings, tasks=tasks)):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
                errors += "error" in record
        finally:
            if handle is not sys.stdout:
                handle.close()
        err.print(f"annotated {written} records ({errors} errors) → {output}")
    raise typer.Exit(1 if errors else 0)


@app.command("stats")
def stats_command(db: DbOption) -> None:
    """Counts of what the store holds."""

    with _errors(), _open_existing(db) as store:
        table = Table("what", "count")
        for name, count in store.counts().items():
            _row(table, name, str(count))
        out.print(table)


def _open_existing(db: str):
    """An existing store, opened read-only (a missing SQLite file is a usage error, not a new store)."""
    from .store import is_url, open_store

    if not is_url(db) and not Path(db).is_file():
        raise UsageError("no such store", db)
    return open_store(db, read_only=True)


@app.command("actors")
def actors_command(
    db: DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Who appears in the store, how often, with codes."""
    from . import query

    with _errors(), _open_existing(db) as store:
        found = query.actors(store)
        if as_json:
            for summary in found:
                typer.echo(json.dumps(summary.row(), ensure_ascii=False))
            return
        table = Table(
            "actor",
            "id",
            "code",
            "kind",
            "mentions",
            "articles",
            "first",
            "last",
            title=f"{len(found)} actors",
        )
        for summary in found:
            actor = summary.actor
            _row(
                table,
                actor.name,
                actor.id,
                actor.code or "",
                actor.kind,
                str(summary.mentions),
                str(summary.articles),
                _iso(summary.first),
                _iso(summary.last),
            )
        out.print(table)


@app.command("quotes")
def quotes_command(
    db: DbOption,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Name or actor id (substring).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only from this date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    beliefs: Annotated[bool, typer.Option("--beliefs", help="Also reported thoughts and attitudes.")] = False,
) -> None:
    """Who said what, newest first (statements; --beliefs adds what people are reported to think)."""
    from . import query

    with _errors(), _open_existing(db) as store:
        found = query.quotes(store, speaker, _parse_day(since, "--since"), beliefs=beliefs)
        if as_json:
            for item in found:
                typer.echo(json.dumps(item.row(), ensure_ascii=False))
            return
        table = Table("date", "speaker", "kind", "what", title=f"{len(found)} quotes")
        for item in found:
            quote = item.record
            via = f" (via {quote.via})" if quote.via else ""
            _row(table, _iso(quote.date), (quote.speaker or "?") + via, quote.kind, quote.content[:160])
        out.print(table)


@app.command("events")
def events_command(
    db: DbOption,
    dyad: Annotated[
        str | None, typer.Option("--dyad", help="SOURCE:TARGET code prefixes, e.g. USA:RUS.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only from this date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Who did what to whom, newest first."""
    from . import query

    with _errors(), _open_existing(db) as store:
        source, target = _known_dyad(store, dyad) if dyad else (None, None)
        found = query.events(store, source, target, _parse_day(since, "--since"))
        if as_json:
            for item in found:
                typer.echo(json.dumps(item.row(), ensure_ascii=False))
            return
        table = Table(
            "date", "source", "code", "PLOVER", "target", "mode", "sentence", title=f"{len(found)} events"
        )
        for item in found:
            event = item.record
            flags = ("not " if event.negated else "") + ("maybe " if event.hypothetical else "")
            _row(
                table,
                _iso(event.date),
                event.source or "—",
                flags + event.code,
                event.plover or "",
                event.target or "—",
                event.mode or "",
                item.evidence[:120],
            )
        out.print(table)


@app.command("shifts")
def shifts_command(
    db: DbOption,
    holder: Annotated[str | None, typer.Option("--holder", help="Actor name or id.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    propositions: PropositionsOption = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also list the candidates left out and the rule that fired.")
    ] = False,
) -> None:
    """Reversals (evidenced over time, or narrated by the news: "finally relented"), and softening / hardening
    toward actors; strongest first, with the before and after evidence."""
    from .analyze import find_shifts
    from .model import to_json

    with _errors(), _open_existing(db) as store:
        _settings(propositions=propositions)  # which targets are propositions, and what they are about
        holder_id = _known_actor(store, holder) if holder else None
        refused: list | None = [] if explain else None
        shifts = find_shifts(store, holder_id, refused=refused)
        if as_json:
            rows = [sh.row() for sh in shifts]
            data = rows if refused is None else {"shifts": rows, "refused": to_json(refused)}
            typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
            return
        table = Table(
            "holder", "target", "kind", "before", "after", "strength", title=f"{len(shifts)} shifts"
        )

        def stance_side(found, holder: str, told: bool = False) -> str:
            stance = found.record
            voice = f" ({stance.holder})" if stance.holder != holder else ""
            if told:
                return f"{stance.label} before {_iso(stance.date)}, as told"
            origin = found.origin
            cited = " · ".join(x for x in (origin.title, origin.outlet) if x)
            return f"{stance.label} {_iso(stance.date)}{voice}\n{found.evidence[:90]}" + (
                f"\n— {cited}" if cited else ""
            )

        def side(e, holder: str) -> str:
            voice = f" ({e.speaker})" if e.speaker and e.speaker != holder else ""
            return f"{e.label} {e.date}{voice}\n{e.text[:90]}"

        for sh in shifts:
            _row(
                table,
                sh.holder,
                sh.target,
                sh.kind,
                stance_side(sh.before, sh.holder, sh.before_told),
                stance_side(sh.after, sh.holder),
                f"{sh.strength:.2f}",
            )
        out.print(table)
        if refused:
            left = Table("holder", "target", "rule", "why", "evidence", title=f"{len(refused)} left out")
            for r in refused:
                shown = [side(e, r.holder) for e in (r.before, r.after) if e is not None]
                left.add_row(r.holder, r.target, r.rule, r.reason, "\n".join(shown))
            out.print(left)


@app.command("timeline")
def timeline_command(
    actor: Annotated[str, typer.Argument(help="Actor name or id.")],
    db: DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """An actor's dated statements and actions, newest first."""
    from .analyze import timeline
    from .model import to_json

    with _errors(), _open_existing(db) as store:
        actor_id = _known_actor(store, actor)
        items = timeline(store, actor_id)
        if as_json:
            for item in items:
                typer.echo(json.dumps(to_json(item), ensure_ascii=False))
            return
        table = Table("date", "kind", "what", "evidence", title=f"{actor_id}: {len(items)} items")
        for i in items:
            _row(table, i.date or "", i.kind, i.summary, i.evidence[:140])
        out.print(table)


@app.command("relations")
def relations_command(
    db: DbOption,
    dyad: Annotated[str, typer.Option("--dyad", help="SOURCE:TARGET country or actor codes, e.g. USA:RUS.")],
    freq: Annotated[str, typer.Option("--freq", help="week or month.")] = "month",
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Events from one actor to another per period: counts by quad class, Goldstein sum and mean, change points."""
    from .analyze import relation_series
    from .model import to_json

    with _errors():
        with _open_existing(db) as store:
            source, target = _known_dyad(store, dyad)
            series = relation_series(store, source, target, freq)
        if as_json:
            out.print_json(json.dumps(to_json(series)))
            return
        table = Table(
            "period",
            "events",
            "per 100 articles",
            "verbal coop",
            "material coop",
            "verbal conflict",
            "material conflict",
            "Goldstein sum",
            "mean",
            title=f"{source} → {target} per {freq}",
        )
        for p in series.periods:
            mark = " ◆" if p.start in series.change_points else ""
            rate = "—" if p.per_100_articles is None else f"{p.per_100_articles:.1f}"
            mean = "—" if p.goldstein_mean is None else f"{p.goldstein_mean:.2f}"  # no event: a gap, not 0
            _row(
                table,
                p.start.isoformat() + mark,
                str(p.events),
                rate,
                *map(str, p.quad_counts),
                f"{p.goldstein_sum:.1f}",
                mean,
            )
        out.print(table)
        if series.change_points:
            out.print("◆ change point: " + ", ".join(d.isoformat() for d in series.change_points))


@app.command("report")
def report_command(
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("report.html"),
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Actor name or id (repeatable).")] = None,
    dyad: Annotated[list[str] | None, typer.Option("--dyad", help="SOURCE:TARGET (repeatable).")] = None,
    png: Annotated[Path | None, typer.Option("--png", help="Also write the first dyad chart as PNG.")] = None,
) -> None:
    """Write a self-contained HTML report of the store (charts inline, no network needed)."""
    from .report import write_report

    with _errors(), _open_existing(db) as store:
        for name in actor or []:
            _known_actor(store, name)
        for pair in dyad or []:
            _known_dyad(store, pair)
        path = write_report(store, output, actor, dyad)
        if png is not None:
            from .analyze import parse_dyad, relation_series
            from .report import charts

            source, target = parse_dyad((dyad or ["USA:RUS"])[0])
            png.write_bytes(
                charts.to_png(charts.relation_chart(relation_series(store, source, target, "week")))
            )
            err.print(f"chart written to {png}")
        err.print(f"report written to {path}")


@app.command("serve")
def serve_command(
    db: DbOption,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
) -> None:
    """The dashboard and read-only JSON API over a store (http://HOST:PORT/, API docs at /docs)."""
    import uvicorn

    from .serve import create_app

    with _errors():
        application = create_app(db)
    err.print(f"serving {db} on http://{host}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("demo")
def demo_command(
    db: WriteDbOption = "demo.db",
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML report to write.")] = Path(
        "demo-report.html"
    ),
    workers: WorkersOption = None,
) -> None:
    """Run the shipped demo corpus into a store and write the report."""
    from .report import write_report
    from .store import open_store

    with _errors():
        corpus = resources.files("volteface") / "data" / "demo"
        code = _ingest(db, [str(corpus / "*.txt")], _settings(workers), None, "volteface demo", None)
        with open_store(db) as store:
            path = write_report(store, output)
        err.print(f"demo store {db}, report {path}")
    raise typer.Exit(code)


@app.command("watch")
def watch_command(
    sources: Annotated[
        list[str], typer.Argument(help="Folders, feed files, and RSS / Atom / JSON Feed or sitemap URLs.")
    ],
    db: WriteDbOption = "volteface.db",
    every: Annotated[str, typer.Option("--every", help="Time between polls: 15m, 30s, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    alerts: Annotated[
        Path | None, typer.Option("--alerts", help="Append each alert to this file (JSON Lines).")
    ] = None,
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each alert (JSON) to this URL.")
    ] = None,
    delay: Annotated[float, typer.Option("--delay", help="Seconds between two requests to one host.")] = 1.0,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for an answer.")] = 20.0,
    workers: WorkersOption = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", help="Largest article page or file.")
    ] = None,
    actors: ActorsOption = None,
    propositions: PropositionsOption = None,
) -> None:
    """Keep watching: poll the sources, store the new articles, and alert when a shift appears or its evidence
    grows (docs/watch.md). Stop with Ctrl-C; a restart goes on where it stopped."""
    from .ingest.fetch import Fetcher
    from .store import open_store
    from .watch import Cycle, Watcher, parse_every

    failed = 0

    def on_problem(problem: Failure) -> None:
        nonlocal failed
        failed += problem.fatal
        _say(err, "error" if problem.fatal else "warning", problem)

    def on_cycle(cycle: Cycle) -> None:
        err.print(
            f"cycle {cycle.number}: new {cycle.new} · unchanged {cycle.unchanged} · failed {cycle.failed} · "
            f"alerts {len(cycle.alerts)} · {cycle.seconds:.1f} s"
        )
        for alert in cycle.alerts:
            record = alert.record
            _say(
                err,
                "alert",
                f"{record['holder_name'] or alert.holder}: {alert.kind} on "
                f"{record['target_name'] or alert.target} ({record['before']['label']} "
                f"{record['before']['date']} → {record['after']['label']} {record['after']['date']})",
            )

    with _errors():
        settings = _settings(workers, max_bytes, actors, propositions)
        seconds = parse_every(every)
        if delay < 0 or timeout <= 0:
            raise UsageError("--delay must be 0 or more and --timeout more than 0")
        with open_store(db) as store:
            fetcher = Fetcher(timeout=timeout, max_bytes=settings.max_article_bytes, delay=delay)
            watcher = Watcher(
                store,
                sources,
                settings,
                alerts_file=alerts,
                webhook=webhook,
                fetcher=fetcher,
                on_problem=on_problem,
                on_cycle=on_cycle,
            )
            try:
                watcher.run(seconds, once=once)
            except KeyboardInterrupt:
                err.print("stopped: everything stored so far is complete; run again to go on")
                raise typer.Exit(130) from None
    raise typer.Exit(1 if once and failed else 0)


@app.command("alerts")
def alerts_command(
    db: DbOption,
    since: Annotated[str | None, typer.Option("--since", help="Raised after this date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """The alerts a watcher raised, oldest first: who turned on what, with the before and after evidence."""
    with _errors(), _open_existing(db) as store:
        day = _parse_day(since, "--since")
        found = store.alerts(since=day.isoformat() if day else None)
        if as_json:
            for alert in found:
                typer.echo(json.dumps(alert.record, ensure_ascii=False))
            return
        table = Table("raised", "holder", "kind", "target", "before", "after", title=f"{len(found)} alerts")

        def side(data: dict) -> str:
            cited = " · ".join(x for x in (data.get("headline"), data.get("outlet"), data.get("url")) if x)
            return f"{data['label']} {data['date']}\n{(data['evidence'] or '')[:90]}" + (
                f"\n— {cited}" if cited else ""
            )

        for alert in found:
            record = alert.record
            _row(
                table,
                alert.created[:16].replace("T", " "),
                record.get("holder_name") or alert.holder,
                alert.kind,
                record.get("target_name") or alert.target,
                side(record["before"]),
                side(record["after"]),
            )
        out.print(table)


@app.command("reprocess")
def reprocess_command(
    db: WriteDbOption,
    before: Annotated[
        str | None,
        typer.Option(
            "--before",
            help="Only articles an older extractor made: NAME=NUMBER pairs, e.g. events=2 (default: any "
            "version but the current).",
        ),
    ] = None,
    batch: Annotated[int, typer.Option("--batch", help="Articles read and rebuilt at a time.", min=1)] = 32,
    workers: WorkersOption = None,
    actors: ActorsOption = None,
    propositions: PropositionsOption = None,
) -> None:
    """Extract stored articles again from their stored text after the extractors changed, each article's
    records replaced in one transaction; interrupted, it goes on where it stopped. Ends with the store's
    integrity check."""
    from .extract import versions
    from .reprocess import Reprocessed, reprocess
    from .store import is_url, open_store

    with _errors():
        if not is_url(db) and not Path(db).is_file():
            raise UsageError("no such store", db)
        settings = _settings(workers, actors=actors, propositions=propositions)
        with (
            open_store(db) as store,
            _progress("rebuilt", "articles") as progress,
        ):
            task = progress.add_task("reprocess", total=None)

            def on_progress(done: Reprocessed) -> None:
                progress.update(task, total=done.todo, completed=done.rebuilt + done.failed)

            try:
                done = reprocess(store, settings, before=before, batch=batch, on_progress=on_progress)
            except KeyboardInterrupt:
                err.print("interrupted: every article rebuilt so far is complete; run again to go on")
                raise typer.Exit(130) from None
            problems = store.check()
        for problem in done.problems:
            _say(err, "error", problem)
        change = " · ".join(f"{name} {done.before[name]} → {done.after[name]}" for name in done.before)
        err.print(
            f"rebuilt {done.rebuilt} of {done.todo} articles (extractors now {versions.current()}) · "
            f"failed {done.failed}\n{change}"
        )
        for message in problems:
            _say(err, "integrity", message)
        err.print("integrity check: " + ("clean" if not problems else f"{len(problems)} problems"))
    raise typer.Exit(1 if done.failed or problems else 0)


def main() -> None:  # pragma: no cover - console entry point
    app()


def reference() -> str:
    """The CLI reference in Markdown, generated from the commands themselves (docs/cli.md; a test compares)."""
    root = typer.main.get_command(app)
    lines = [
        "# CLI reference",
        "",
        "Generated from the CLI by `volteface.cli.reference()`; a test keeps it current.",
        "",
    ]
    commands = root.commands  # type: ignore[attr-defined]
    for name in sorted(commands):
        command = commands[name]
        lines += [f"## `volteface {name}`", "", (command.help or "").strip(), ""]
        for param in command.params:
            if param.param_type_name == "argument":
                lines.append(f"- `{param.name.upper()}` (argument{', several' if param.nargs == -1 else ''})")
            else:
                default = "" if param.default in (None, False) else f" (default: `{param.default}`)"
                help_text = getattr(param, "help", "") or ""
                lines.append(f"- `{', '.join(param.opts)}`: {help_text}{default}")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m volteface.cli
    app()
