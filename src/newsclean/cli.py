"""The ``newsclean`` command. Errors go to stderr as ``newsclean: error: …``; exit status 1
for bad data, 2 for bad usage."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .config import STEP_HELP, Config
from .decode import decode
from .errors import ConfigError, DecodeError, NewscleanError
from .pipeline import clean
from .segment import split_paragraphs, split_sentences

EXIT_DATA = 1
EXIT_USAGE = 2


class UsageError(Exception):
    pass


def _flag(step: str) -> str:
    return step.replace("_", "-")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped, garbled Chinese news into clean, ordered text.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "clean",
        help="clean articles and print them",
        description="Clean each FILE (none or '-' reads stdin) and print the article: the title, "
                    "a blank line, then one paragraph per line.",
    )
    _io_arguments(p)
    p.add_argument("--json", action="store_true", help="print the Article as JSON (one object per line)")
    p.add_argument("--explain", action="store_true", help="also print the edit log: every change and why")
    p.add_argument("--config", metavar="FILE", help="read options from a TOML file")
    steps = p.add_argument_group("steps", "switch single steps off (or on); the name is the step's "
                                          "name in the edit log and the config file")
    for step in Config.steps():
        if Config().enabled(step):
            steps.add_argument(f"--no-{_flag(step)}", dest=step, action="store_false", default=None,
                               help=STEP_HELP.get(step, ""))
        else:
            steps.add_argument(f"--{_flag(step)}", dest=step, action="store_true", default=None,
                               help=STEP_HELP.get(step, ""))
    p = sub.add_parser(
        "batch",
        help="clean an archive: files, directories, globs, JSONL, Parquet",
        description="Clean every record of the INPUTs into DIR: part-*.jsonl shards, rejected.jsonl, "
                    "duplicates.jsonl and stats.json. In parallel; rerun the same command to resume.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="text files (any encoding, one article each), directories, glob patterns, "
                        "JSONL (.jsonl, .jsonl.gz, .jsonl.zst) or Parquet files")
    p.add_argument("--out", required=True, metavar="DIR", help="the output directory (created if missing)")
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: every core)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="the format of the shards")
    p.add_argument("--text-field", default="text", metavar="NAME", help="the text field of JSONL and Parquet records")
    p.add_argument("--id-field", default="id", metavar="NAME", help="the id field of JSONL and Parquet records")
    p.add_argument("--shard-size", type=int, default=1000, metavar="N", help="records per output shard")
    p.add_argument("--max-bytes", type=int, default=64 * 2**20, metavar="N",
                   help="a text file larger than this is rejected (default 64 MiB)")
    p.add_argument("--dedup-across", action="store_true",
                   help="also drop near-duplicate articles across the archive (MinHash + LSH over character 5-grams)")
    p.add_argument("--threshold", type=float, default=0.8, metavar="X",
                   help="share of the shorter article's 5-grams the other must hold to be its duplicate (default 0.8)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="a progress bar on stderr (default: when stderr is a terminal)")
    p.add_argument("--config", metavar="FILE", help="read cleaning options from a TOML file")
    p.add_argument("--report", metavar="FILE",
                   help="also write an HTML report (as newsclean report) of the 20 articles edited most")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: a process pool on this machine; ray: Ray Data (pip install 'newsclean[ray]')")
    p.add_argument("--ray-address", metavar="ADDRESS",
                   help="an existing Ray cluster (with --engine ray); without it a local Ray is started")
    p = sub.add_parser(
        "report",
        help="write an HTML page showing every edit, input and result side by side",
        description="Clean each FILE and write one self-contained HTML page (no network access) with the "
                    "input and the restored article side by side, every edit marked in place.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="text files in any encoding")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--config", metavar="FILE", help="read cleaning options from a TOML file")
    p = sub.add_parser(
        "segment",
        help="split text into sentences, one per line",
        description="Split each FILE (none or '-' reads stdin) into sentences and print one per line. "
                    "The text is decoded but not normalised, so offsets point into the decoded input.",
    )
    _io_arguments(p)
    p.add_argument("--json", action="store_true",
                   help='print one JSON object per sentence: {"file", "text", "start", "end"} (offsets in characters)')
    p.add_argument("--clauses", action="store_true", help="also split at ；")
    p.add_argument("--paragraphs", action="store_true", help="split into paragraphs instead of sentences")
    return parser


def _io_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="*", metavar="FILE", help="text files in any encoding; '-' is stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout (never one of the inputs)")


def _config(args: argparse.Namespace) -> Config:
    cfg = Config.from_toml(args.config) if args.config else Config()
    overrides = {s: getattr(args, s) for s in Config.steps() if getattr(args, s, None) is not None}
    return cfg.replace(**overrides) if overrides else cfg


#: Names of files holding many articles as records, as `batch` reads them (its JSONL
#: suffixes and Parquet; written out here: importing batch, its process pool with it, costs
#: `clean` 60 ms, and a test keeps the two the same).
_ARCHIVE_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst", ".parquet")


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name}: is a directory (use 'newsclean batch' for archives)")
    if path.name.lower().endswith(_ARCHIVE_SUFFIXES):
        # (read as one text, its records' JSON would be cleaned as prose: quotes turned, keys kept)
        raise UsageError(f"{name}: an archive of records, one article each (use 'newsclean batch {name} --out DIR')")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read: {exc.strerror or exc}") from None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _render(article: Any, args: argparse.Namespace) -> str:
    if args.json:
        return article.to_json() + "\n"
    out = article.text
    if args.explain:
        out += f"\n# edits: {len(article.edits)}\n"
        out += "".join(f"# {e.describe()}\n" for e in article.edits)
    return out


def _inputs(args: argparse.Namespace) -> list[str]:
    files = args.files or ["-"]
    if args.output and args.output != "-":
        for f in files:
            if f != "-" and _same_file(f, args.output):
                raise UsageError(f"refusing to overwrite the input file {f}")
    return files


def _write(args: argparse.Namespace, output: str) -> None:
    if args.output and args.output != "-":
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(output)
        sys.stdout.flush()


def cmd_segment(args: argparse.Namespace) -> int:
    files = _inputs(args)
    chunks: list[str] = []
    status = 0
    for name in files:
        try:
            text = decode(_read(name)).text
        except DecodeError as exc:
            _error(f"{name}: {exc}")
            status = EXIT_DATA
            continue
        spans = split_paragraphs(text) if args.paragraphs else split_sentences(text, clauses=args.clauses)
        for span in spans:
            if args.json:
                chunks.append(json.dumps({"file": name, **span.to_dict()}, ensure_ascii=False) + "\n")
            elif span.text.strip():  # one line each: a hard-wrapped paragraph's lines rejoined
                chunks.append("".join(ln.strip() for ln in span.text.strip().splitlines()) + "\n")
    _write(args, "".join(chunks))
    return status


def cmd_clean(args: argparse.Namespace) -> int:
    cfg = _config(args)
    files = _inputs(args)
    chunks: list[str] = []
    status = 0
    for name in files:
        data = _read(name)
        try:
            article = clean(data, config=cfg)
        except DecodeError as exc:
            _error(f"{name}: {exc}")
            status = EXIT_DATA
            continue
        text = _render(article, args)
        if len(files) > 1 and not args.json:
            text = f"==> {name} <==\n{text}\n"
        chunks.append(text)
    _write(args, "".join(chunks))
    return status


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, run

    if args.jobs < 0 or args.shard_size < 1:
        raise UsageError("--jobs must be 0 or more and --shard-size 1 or more")
    if not 0 < args.threshold <= 1:
        raise UsageError("--threshold must be in (0, 1]")
    cfg = Config.from_toml(args.config) if args.config else Config()
    opts = BatchOptions(out=Path(args.out), jobs=args.jobs, shard_size=args.shard_size, text_field=args.text_field,
                        id_field=args.id_field, format=args.format, dedup_across=args.dedup_across,
                        threshold=args.threshold, max_bytes=args.max_bytes, progress=args.progress, config=cfg,
                        engine=args.engine, ray_address=args.ray_address,
                        report=Path(args.report) if args.report else None)
    if args.ray_address and args.engine != "ray":
        raise UsageError("--ray-address needs --engine ray")
    try:
        stats = run(args.inputs, opts)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    except NewscleanError as exc:
        _error(str(exc))
        return EXIT_DATA
    t = stats["timings"]
    if not stats["records"]:
        print("newsclean: warning: the inputs hold no records", file=sys.stderr)
    print(f"{stats['records']} records: {stats['written']} written, {stats['rejected']} rejected, "
          f"{stats['duplicates']} duplicates; {t['seconds']:.1f} s"
          + (f" ({t['shards_resumed']} of {stats['shards']} shards done before)" if t["shards_resumed"] else "")
          + f"; see {Path(args.out) / 'stats.json'}", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import render_report

    for f in args.files:
        if _same_file(f, args.output):
            raise UsageError(f"refusing to overwrite the input file {f}")
    cfg = Config.from_toml(args.config) if args.config else Config()
    inputs, status = [], 0
    for name in args.files:
        data = _read(name)
        try:
            decode(data)
        except DecodeError as exc:
            _error(f"{name}: {exc}")
            status = EXIT_DATA
            continue
        inputs.append((name, data))
    page = render_report(inputs, cfg)
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"{len(inputs)} article{'s' if len(inputs) != 1 else ''} -> {args.output}", file=sys.stderr)
    return status


def _error(message: str) -> None:
    print(f"newsclean: error: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            return cmd_clean(args)
        if args.command == "segment":
            return cmd_segment(args)
        if args.command == "batch":
            return cmd_batch(args)
        if args.command == "report":
            return cmd_report(args)
    except (UsageError, ConfigError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:  # `newsclean clean big.txt | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover
    return EXIT_USAGE
