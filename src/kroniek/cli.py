"""The `kroniek` command: parse arguments, open the store, call the runner or a view.

Domain errors (`kroniek.errors.KroniekError`) are translated once, in `main`, into
one line on stderr and exit status 2; a batch with failed items exits 1, an
interrupted one 130.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from kroniek.errors import InputError, KroniekError
from kroniek.settings import SETTINGS, value
from kroniek.store import Store
from kroniek.store.queries import Filter


@dataclass
class Context:
    args: argparse.Namespace
    out: Console
    err: Console
    analyser: Any = None  # injected by tests or embedders; else Frog, lazily
    pipeline: Any = None
    reader: Callable | None = None

    def store(self, read_only: bool = True, create: bool = False) -> Store:
        """The store; only `ingest` creates one, read commands open it read-only."""
        return Store(value("db", self.args.db), read_only=read_only, create=create)

    def report(self, line: str) -> None:
        print(line, file=sys.stderr, flush=True)


class _RateColumn(ProgressColumn):
    """Articles per second (rich's speed over its recent updates)."""

    def render(self, task: Any) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.2f}/s" if speed else "-/s")


@contextlib.contextmanager
def _progress(
    ctx: Context, label: str, total: Callable[[], int | None] = lambda: None
) -> Iterator[Callable[[str, str], None] | None]:
    """Articles done, articles/s and, when the total can be estimated, the time left."""
    if ctx.args.quiet or not ctx.err.is_terminal:
        yield None
        return
    expected = total()
    columns = (SpinnerColumn(), TextColumn("{task.description}"),
               TextColumn("{task.completed}" + (f"/{expected}" if expected else "") + " articles"),
               _RateColumn(), TimeElapsedColumn(), *((TimeRemainingColumn(),) if expected else ()))
    with Progress(*columns, console=ctx.err, transient=True) as bar:
        task = bar.add_task(label, total=expected)
        yield lambda outcome, source: bar.update(task, advance=1, description=source[-40:])


def _pipeline(ctx: Context) -> Any:
    if ctx.pipeline is None:
        from kroniek.pipeline import Pipeline

        ctx.pipeline = Pipeline()
    return ctx.pipeline


def _finish(ctx: Context, summary: Any) -> int:
    if not ctx.args.quiet:
        ctx.out.print(summary.line(), highlight=False)
    if summary.interrupted:
        return 130
    return 0 if summary.ok else 1


def cmd_ingest(ctx: Context) -> int:
    from kroniek import runner
    from kroniek.ingest import estimate_articles

    if ctx.args.dry_run:
        return _dry_run(ctx)
    from kroniek.workers import default_workers

    workers = 1 if ctx.analyser is not None else (ctx.args.workers or default_workers())
    factory = runner.frog_factory if workers > 1 else None
    analyser = ctx.analyser or runner.frog_analyser()
    path = Path(value("db", ctx.args.db))
    if not path.exists() and not ctx.args.quiet:  # a mistyped --db is seen at once
        ctx.report(f"kroniek: creating a new store at {path}")
    with ctx.store(read_only=False, create=True) as store, _progress(
        ctx, "ingest", lambda: estimate_articles(ctx.args.paths)
    ) as progress:
        summary = runner.ingest(
            ctx.args.paths, store, analyser, _pipeline(ctx), progress=progress,
            report=ctx.report, reader=ctx.reader, max_bytes=value("max_bytes"),
            max_chars=value("max_chars"), workers=workers, factory=factory,
        )  # fmt: skip
    return _finish(ctx, summary)


def _dry_run(ctx: Context) -> int:
    """Read and count without analysing or storing (checks inputs; streams any size)."""
    from kroniek.ingest import read_paths
    from kroniek.runner import Summary

    summary = Summary()
    for item in read_paths(ctx.args.paths, max_bytes=value("max_bytes"),
                           max_chars=value("max_chars")):  # fmt: skip
        if isinstance(item, InputError):
            summary.failed += 1
            ctx.report(str(item))
        else:
            summary.read += 1
    if not ctx.args.quiet:
        ctx.out.print(f"dry run: read {summary.read}, failed {summary.failed}", highlight=False)
    return 0 if summary.ok else 1


def cmd_reanalyse(ctx: Context) -> int:
    from kroniek import runner

    with ctx.store(read_only=False) as store, _progress(ctx, "reanalyse") as progress:
        summary = runner.reanalyse(store, _pipeline(ctx), progress=progress, report=ctx.report)
    return _finish(ctx, summary)


def cmd_export(ctx: Context) -> int:
    from kroniek.export import output

    fmt, target = ctx.args.format, ctx.args.output
    if fmt in output.TABLE_FORMATS:
        if not target or target == "-":
            raise KroniekError(f"{fmt} export writes one file per table: give -o DIRECTORY")
        output.check_table_target(Path(target), fmt)
    elif target and target != "-":
        output.check_file_target(Path(target), fmt)
    with ctx.store() as store:  # checked before the store opens: a bad target costs nothing
        if fmt in output.TABLE_FORMATS:
            from kroniek.export.tables import write_tables

            try:
                counts = write_tables(store, Path(target), fmt)
            except OSError as exc:
                raise KroniekError(f"{target}: cannot write the export: "
                                   f"{exc.strerror or exc}") from exc  # fmt: skip
            summary = ", ".join(f"{t} {n}" for t, n in counts.items())
            _say(ctx, f"exported rows: {summary} to {Path(target) / ('*.' + fmt)}")
            return 0
        count, what = _export_file(store, fmt, target)
    _say(ctx, f"exported {count} {what} to {target if target not in (None, '-') else 'stdout'}")
    return 0


def _export_file(store: Store, fmt: str, target: str | None) -> tuple[int, str]:
    from kroniek.export.jsonl import write_jsonl
    from kroniek.export.output import atomic_text
    from kroniek.export.plover import write_plover

    what = "events" if fmt == "plover" else "records"
    # PLOVER: a JSON array in a `.json` file, JSON Lines elsewhere (`.jsonl`, stdout).
    array = fmt == "plover" and target is not None and target.lower().endswith(".json")

    def write(out: Any) -> int:
        return write_plover(store, out, array=array) if fmt == "plover" else write_jsonl(store, out)

    if target in (None, "-"):
        return write(sys.stdout), what
    try:
        with atomic_text(Path(target)) as out:
            return write(out), what
    except OSError as exc:
        raise KroniekError(f"{target}: cannot write the export: {exc.strerror or exc}") from exc


def _say(ctx: Context, line: str) -> None:
    if not ctx.args.quiet:
        ctx.err.print(line, highlight=False, soft_wrap=True)


def load_jsonl(path: str) -> list[dict]:
    records = []
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except ValueError as exc:
                raise InputError(path, f"not valid JSON: {exc}", number) from exc
    return records


def cmd_eval(ctx: Context) -> int:
    from kroniek.evaluate import evaluate_records, format_report

    gold = load_jsonl(ctx.args.gold)
    if ctx.args.system:
        # Records from a file: an earlier export, another coder's output in the records
        # format, or a second annotator's file (agreement). No store is opened.
        system = load_jsonl(ctx.args.system)
        where, remedy = ctx.args.system, "pair articles by url, source name or id"
    else:
        with ctx.store() as store:
            system = list(store.records())
        where, remedy = "the store", "ingest the gold's articles first"
    report = evaluate_records(gold, system)
    if not report["articles"]["matched"]:
        # A score over no paired article would be a score of nothing: refuse it.
        raise InputError(
            ctx.args.gold,
            f"none of its {len(gold)} gold articles is in {where} "
            f"({len(system)} there); {remedy}",
        )
    if ctx.args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def cmd_show(ctx: Context) -> int:
    from kroniek.views.show import show

    with ctx.store() as store:
        article_id = store.resolve_id(ctx.args.id)
        show(store.record(article_id), ctx.out)
        for version in store.versions(article_id):
            ctx.out.print(f"replaces an earlier version {version['id']} (ingested "
                          f"{version['ingested_at']}, replaced {version['replaced_at']})",
                          highlight=False)  # fmt: skip
    return 0


def cmd_stats(ctx: Context) -> int:
    from kroniek.views.lists import stats

    with ctx.store() as store:
        stats(store, ctx.out)
    return 0


def _kb(required: bool) -> Any:
    try:
        from kroniek.actors.kb import load_kb

        return load_kb()
    except (ImportError, OSError) as exc:
        if required:
            raise KroniekError(f"the actor knowledge base is not available: {exc}") from exc
        return None


def _limit(args: argparse.Namespace) -> int | None:
    return None if args.all else args.limit


def cmd_actors(ctx: Context) -> int:
    from kroniek.views.actors import actors

    actors(_kb(required=True), ctx.args.search, ctx.out, limit=_limit(ctx.args))
    return 0


def cmd_actor(ctx: Context) -> int:
    from kroniek.views.actors import actor

    with ctx.store() as store:
        actor(_kb(required=False), store, ctx.args.name, ctx.out, limit=_limit(ctx.args))
    return 0


def _filter(args: argparse.Namespace, name: str | None) -> Filter:
    from kroniek.views.filters import check_date, check_type

    check_date("--from", args.date_from)
    check_date("--to", args.date_to)
    check_type(getattr(args, "type", None))
    return Filter(name=name, type=getattr(args, "type", None), date_from=args.date_from,
                  date_to=args.date_to, search=getattr(args, "search", None),
                  limit=_limit(args))  # fmt: skip


def cmd_quotes(ctx: Context) -> int:
    from kroniek.views.filters import check_speaker
    from kroniek.views.lists import quotes

    flt = _filter(ctx.args, ctx.args.speaker)
    with ctx.store() as store:
        check_speaker(store, ctx.args.speaker)
        quotes(store, flt, ctx.out)
    return 0


def cmd_timeline(ctx: Context) -> int:
    from kroniek.views.filters import check_actor
    from kroniek.views.lists import timeline

    flt = _filter(ctx.args, ctx.args.actor)
    with ctx.store() as store:
        check_actor(store, ctx.args.actor)
        timeline(store, flt, ctx.out)
    return 0


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text}: give a number of at least 1")
    return number


def _limits(parser: argparse.ArgumentParser, default: int) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--limit", type=_positive, default=default, metavar="N",
                       help=f"show at most N rows per list (default {default})")
    group.add_argument("--all", action="store_true", help="show every row")


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="ISO date, inclusive")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="ISO date, inclusive")
    _limits(parser, 200)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kroniek", description="Dutch news to a sourced record of events, quotes, "
        "actors and times.", epilog="settings (environment): " + "; ".join(
            f"{s.env}: {s.help}" for s in SETTINGS))  # fmt: skip
    parser.add_argument("--db", help=f"store file (default ${SETTINGS[0].env} or user data dir)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="read files, directories or - (stdin) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--workers", type=_positive, default=None, metavar="N",
                   help="analyse in N worker processes, each with its own Frog (~2 GB); "
                   "default: the cores, as many as memory allows")  # fmt: skip
    p.add_argument("--dry-run", action="store_true",
                   help="read and count the articles only: no analysis, no store")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("reanalyse", help="rebuild all layers from stored analyses")
    p.set_defaults(func=cmd_reanalyse)
    p = sub.add_parser("export", help="write records (jsonl), tables (csv, parquet) or plover",
                       description="Missing folders are created; an existing directory, or a "
                       "file that is not an export of the same kind, is never overwritten. "
                       "plover writes a JSON array to a .json file and JSON Lines to a .jsonl "
                       "file or stdout.")  # fmt: skip
    p.add_argument("--format", choices=["jsonl", "csv", "parquet", "plover"], default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE_OR_DIR",
                   help="file (jsonl, plover; default stdout) or directory (csv, parquet)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("eval", help="score the store (or --system records) against gold JSONL")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--system", metavar="RECORDS.jsonl",
                   help="score these records (e.g. an export) instead of the store's")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=cmd_eval)
    p = sub.add_parser("show", help="one article with its layers highlighted")
    p.add_argument("id", metavar="ID", help="article id (or a unique prefix, or its source)")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("stats", help="counts per table, articles per month, languages")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("actors", help="actors in the knowledge base")
    p.add_argument("--search", metavar="TEXT")
    _limits(p, 200)
    p.set_defaults(func=cmd_actors)
    p = sub.add_parser("actor", help="one actor: roles, mentions per month, quotes, events")
    p.add_argument("name", metavar="NAME")
    _limits(p, 20)
    p.set_defaults(func=cmd_actor)
    p = sub.add_parser("quotes", help="quotes, newest first")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--search", metavar="TEXT")
    _dates(p)
    p.set_defaults(func=cmd_quotes)
    p = sub.add_parser("timeline", help="events in date order")
    p.add_argument("--actor", metavar="NAME")
    p.add_argument("--type", metavar="TYPE", help="PLOVER type, e.g. CONSULT")
    _dates(p)
    p.set_defaults(func=cmd_timeline)
    return parser


def main(
    argv: list[str] | None = None,
    *,
    analyser: Any = None,
    pipeline: Any = None,
    reader: Callable | None = None,
) -> int:
    """Run the CLI; `analyser`, `pipeline` and `reader` replace the defaults (tests, embedding)."""
    args = build_parser().parse_args(argv)
    ctx = Context(args, Console(), Console(stderr=True), analyser, pipeline, reader)
    try:
        return args.func(ctx)
    except KroniekError as exc:
        print(f"kroniek: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kroniek: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk or a vanished folder: one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"kroniek: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
