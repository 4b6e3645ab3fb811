"""Clean a whole archive: many files and records in, JSONL (or Parquet) shards out, in
parallel, resumable, with every input record accounted for.

The input is read in order and cut into shards of `shard_size` records; a shard's records
are always the same whatever the number of workers, so the output is too. A shard is
cleaned by one worker and written atomically (a temporary file renamed into place); its
statistics file, written last, marks it done. Rerunning the same command after a crash
skips the shards that are done, and the result equals an uninterrupted run's.

Every input record ends in exactly one place: a ``part-*.jsonl`` shard, ``rejected.jsonl``
(it could not be read or cleaned: the id, the reason, the original) or, with
``dedup_across``, ``duplicates.jsonl`` (``{"id", "duplicate_of", "score"}``).
``stats.json`` holds the counts, which reconcile, and the timings.
"""
from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import NewscleanError
from .pipeline import clean

__all__ = ["BatchOptions", "Record", "read_records", "run"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
_WORK = ".newsclean-work"


@dataclass
class Record:
    """One input record, numbered in input order: its id and either the payload to clean
    (text from a JSON or Parquet field, bytes from a text file) or the reason it cannot be
    read, with the original as far as it could be read."""

    seq: int
    id: str
    payload: str | bytes | None = None
    error: str | None = None
    original: str | None = None


@dataclass
class BatchOptions:
    """What `run` does; the command-line flags of ``newsclean batch`` map onto these."""

    out: Path
    jobs: int = 0  # 0: every core
    shard_size: int = 1000
    text_field: str = "text"
    id_field: str = "id"
    format: str = "jsonl"  # or "parquet"
    dedup_across: bool = False
    threshold: float = 0.8
    max_bytes: int = 64 * 2**20
    progress: bool | None = None  # None: when stderr is a terminal
    config: Config = field(default_factory=Config)
    engine: str = "local"  # or "ray"
    report: Path | None = None  # an HTML report of the articles changed most
    report_size: int = 20
    ray_address: str | None = None  # an existing cluster; None starts a local Ray


# --- reading -------------------------------------------------------------------------------

def expand_inputs(inputs: Iterable[str]) -> list[Path]:
    """Files named by `inputs`: files, directories (every file under them, hidden ones
    aside) and glob patterns (``**`` included), each in sorted order. A name that matches
    nothing is an error."""
    files: list[Path] = []
    for name in inputs:
        path = Path(name)
        if any(c in name for c in "*?["):
            matches = sorted(Path(m) for m in glob.glob(name, recursive=True))
            found = [m for m in matches if m.is_file()]
            if not found:
                raise FileNotFoundError(f"{name}: no file matches")
            files.extend(found)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{name}: no such file or directory")
    return files


def read_records(files: Iterable[Path], *, text_field: str = "text", id_field: str = "id",
                 max_bytes: int = 64 * 2**20, parse: bool = True) -> Iterator[Record]:
    """Every record of `files` in order: JSONL (plain, ``.gz``, ``.zst``) and Parquet by
    their suffix, one article per file otherwise (its path is its id); a record without the
    text field that holds a `paragraphs` list (and maybe a `title`) is read as that title
    and those paragraphs. A line that is not JSON, a record with neither, a file too large or
    unreadable: a `Record` with its `error`, never an exception."""
    seq = 0
    for path in files:
        name = path.name.lower()
        if name.endswith(_JSONL_SUFFIXES):
            source = _jsonl_records(path, text_field, id_field, parse)
        elif name.endswith(".parquet"):
            source = _parquet_records(path, text_field, id_field)
        else:
            source = _file_record(path, max_bytes)
        for ident, payload, error, original in source:
            yield Record(seq, ident, payload, error, original)
            seq += 1


def _open_lines(path: Path) -> Any:
    """A binary stream of `path`, decompressed, that iterates by lines."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raise NewscleanError("reading .zst needs zstandard: pip install 'newsclean[zstd]'") from None
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True))
    return open(path, "rb")


@dataclass
class JsonLine:
    """A JSONL line not parsed yet: `newsclean batch` leaves the parsing to the workers, so
    that the reading process keeps up with them."""

    line: bytes
    path: str
    lineno: int
    text_field: str
    id_field: str

    def parse(self) -> tuple[str, Any, str | None, str | None]:
        """(id, text, error, original) of the record, as `read_records` yields them."""
        where, lineno = f"{self.path}:{self.lineno}", self.lineno
        text = self.line.decode("utf-8", "replace").rstrip("\r\n")
        try:
            record = json.loads(self.line)
        except ValueError as exc:
            return where, None, f"line {lineno}: not JSON ({exc})", text
        if not isinstance(record, dict):
            return where, None, f"line {lineno}: not a JSON object", text
        ident = record.get(self.id_field)
        ident = where if ident is None else str(ident)
        body = record.get(self.text_field)
        if body is None and self.text_field not in record:
            body = _paragraphs_text(record.get("title"), record.get("paragraphs"))
            if body is None:
                return ident, None, f"line {lineno}: no {self.text_field!r} field (nor a 'paragraphs' list)", text
        if not isinstance(body, str):
            return ident, None, f"line {lineno}: {self.text_field!r} is not a string", text
        return ident, body, None, None


def _paragraphs_text(title: Any, paragraphs: Any) -> str | None:
    """The text of a record that holds its article as a list of paragraphs and maybe a
    title (``{"title": …, "paragraphs": [...]}``, as news corpora are often kept): the title
    and each paragraph a block of its own, as `clean` reads a text; None when `paragraphs`
    is not a list of strings."""
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        return None
    head = [title] if isinstance(title, str) and title.strip() else []
    return "\n\n".join(head + paragraphs) + "\n"


def _jsonl_records(path: Path, text_field: str, id_field: str, parse: bool = True
                   ) -> Iterator[tuple[str, Any, str | None, str | None]]:
    lineno = 0
    try:
        with _open_lines(path) as lines:
            for line in lines:
                lineno += 1
                if not line.strip():
                    continue  # a blank line holds no record
                raw = JsonLine(line, str(path), lineno, text_field, id_field)
                yield raw.parse() if parse else (f"{path}:{lineno}", raw, None, None)
    except Exception as exc:  # a corrupt or truncated archive: the rest of it is lost, and said so
        yield f"{path}:{lineno + 1}", None, f"cannot read the rest of the file after line {lineno}: {exc}", None


def _parquet_records(path: Path, text_field: str, id_field: str) -> Iterator[tuple[str, Any, str | None, str | None]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield str(path), None, "reading Parquet needs pyarrow: pip install 'newsclean[parquet]'", None
        return
    try:
        pf = pq.ParquetFile(path)
        names = pf.schema_arrow.names
        listed = text_field not in names and "paragraphs" in names  # (the article as a list of paragraphs)
        if text_field not in names and not listed:
            yield str(path), None, f"no {text_field!r} column (columns: {', '.join(names)})", None
            return
        columns = ["paragraphs" if listed else text_field] + ([id_field] if id_field in names else [])
        titled = listed and "title" in names
        row = 0
        for batch in pf.iter_batches(columns=columns + (["title"] if titled else []), batch_size=1024):
            texts = batch.column(0).to_pylist()
            ids = batch.column(1).to_pylist() if len(columns) > 1 else [None] * len(texts)
            if listed:
                titles = batch.column(len(columns)).to_pylist() if titled else [None] * len(texts)
                texts = [_paragraphs_text(t, p) for t, p in zip(titles, texts, strict=True)]
            for body, ident in zip(texts, ids, strict=True):
                where = f"{path}:{row}"
                row += 1
                ident = where if ident is None else str(ident)
                if not isinstance(body, str):
                    what = "'paragraphs' is empty or not a list of strings" if listed else f"{text_field!r} is empty or not a string"
                    yield ident, None, f"row {row - 1}: {what}", None
                    continue
                yield ident, body, None, None
    except Exception as exc:  # a broken file: recorded, not raised
        yield str(path), None, f"cannot read the Parquet file: {exc}", None


def _file_record(path: Path, max_bytes: int) -> Iterator[tuple[str, Any, str | None, str | None]]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield str(path), None, f"file too large ({size:,} bytes, the limit is {max_bytes:,})", None
            return
        yield str(path), path.read_bytes(), None, None
    except OSError as exc:
        yield str(path), None, f"cannot read: {exc.strerror or exc}", None


# --- cleaning a shard ------------------------------------------------------------------------

def clean_record(record: Record, config: Config) -> tuple[dict[str, Any] | None, dict[str, Any] | None, Counter[str]]:
    """The output record, or the rejection, and the counts of edits by step."""
    if isinstance(record.payload, JsonLine):
        ident, payload, error, original = record.payload.parse()
        record = Record(record.seq, ident, payload, error, original)
    if record.error is not None:
        return None, {"id": record.id, "reason": record.error, "original": record.original}, Counter()
    try:
        article = clean(record.payload, config=config)
    except NewscleanError as exc:
        return None, {"id": record.id, "reason": str(exc), "original": _original(record.payload)}, Counter()
    except Exception as exc:  # a bug must not stop an archive: the record is set aside with the trace
        return None, {"id": record.id, "reason": f"internal error: {exc!r}",
                      "trace": traceback.format_exc(limit=3), "original": _original(record.payload)}, Counter()
    steps = Counter(e.step for e in article.edits)
    out = {
        "id": record.id,
        "title": article.title,
        "subtitles": article.subtitles,
        "paragraphs": article.paragraphs,
        "captions": article.captions,
        "bylines": article.bylines,
        "flags": article.flags,
        "edits": dict(sorted(steps.items())),
    }
    if article.encoding:
        out["encoding"] = article.encoding
    return out, None, steps


def _original(payload: Any) -> str | None:
    if isinstance(payload, bytes):
        return payload.decode("utf-8", "replace")
    return payload


def _process_shard(shard: int, records: list[Record], config: Config, work: str, final: str | None,
                   fmt: str) -> dict[str, Any]:
    """Clean one shard and write it: the cleaned records (to `final` when there is no
    cross-article step after this one, else to the work directory), its rejections and,
    last, its statistics, which mark it done."""
    t0 = time.process_time()
    kept: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    steps: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    chars = 0
    changed: list[tuple[int, int]] = []  # (number of edits, seq) of each record cleaned
    for record in records:
        out, rejection, counts = clean_record(record, config)
        if out is not None:
            kept.append(out)
            steps.update(counts)
            chars += sum(map(len, out["paragraphs"]))
            changed.append((sum(n for step, n in counts.items() if step != "decode"), record.seq))
        else:
            assert rejection is not None
            rejected.append(rejection)
            reasons[_reason_kind(rejection["reason"])] += 1
    target = Path(final) if final else Path(work) / f"clean-{shard:05d}.jsonl"
    if final and fmt == "parquet":
        _write_parquet(target, kept)
    else:
        _write_jsonl(target, kept)
    _write_jsonl(Path(work) / f"rejected-{shard:05d}.jsonl", rejected)
    stats = {"shard": shard, "records": len(records), "cleaned": len(kept), "rejected": len(rejected),
             "edits": dict(steps), "reasons": dict(reasons), "characters": chars,
             "most_changed": sorted(changed, key=lambda x: (-x[0], x[1]))[:20],
             "cpu_seconds": round(time.process_time() - t0, 3)}
    _write_atomic(Path(work) / f"stats-{shard:05d}.json", json.dumps(stats, ensure_ascii=False).encode())
    return stats


def _reason_kind(reason: str) -> str:
    """A rejection reason without its particulars ("line 12: not JSON (…)" -> "not JSON")."""
    text = reason.split(": ", 1)[1] if reason.startswith(("line ", "row ")) else reason
    return text.split(" (")[0].split(":")[0][:60]


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    """One JSON object a line, in UTF-8; a row that cannot be written in UTF-8 (a rejected
    record's original holding a lone surrogate) is written with JSON's ASCII escapes, which
    read back to the same string."""
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = "".join(_json_line(r) for r in rows).encode("utf-8")
    _write_atomic(path, data)


def _json_line(row: dict[str, Any]) -> str:
    line = json.dumps(row, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(row)
    return line + "\n"


def _write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise NewscleanError("writing Parquet needs pyarrow: pip install 'newsclean[parquet]'") from None
    table = pa.Table.from_pylist([{**r, "flags": json.dumps(r["flags"], ensure_ascii=False),
                                   "edits": json.dumps(r["edits"], ensure_ascii=False)} for r in rows],
                                 schema=_parquet_schema(pa))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _parquet_schema(pa: Any) -> Any:
    strings = pa.list_(pa.string())
    return pa.schema([("id", pa.string()), ("title", pa.string()), ("subtitles", strings),
                      ("paragraphs", strings), ("captions", strings), ("bylines", strings),
                      ("flags", pa.string()), ("edits", pa.string()), ("encoding", pa.string())])


# --- the run ---------------------------------------------------------------------------------

def _shards(records: Iterable[Record], size: int) -> Iterator[tuple[int, list[Record]]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield record.seq // size, batch
            batch = []
    if batch:
        yield batch[0].seq // size, batch


def _fingerprint(files: list[Path], opts: BatchOptions) -> dict[str, Any]:
    """What a resumed run must share with the first: the inputs and every option that
    changes the output."""
    h = hashlib.sha256()
    for f in files:
        st = f.stat()
        h.update(f"{f}\0{st.st_size}\0{int(st.st_mtime)}\n".encode())
    return {"inputs": h.hexdigest(), "shard_size": opts.shard_size, "text_field": opts.text_field,
            "id_field": opts.id_field, "format": opts.format, "dedup_across": opts.dedup_across,
            "threshold": opts.threshold, "max_bytes": opts.max_bytes, "config": opts.config.to_dict()}


def run(inputs: Iterable[str], opts: BatchOptions) -> dict[str, Any]:
    """Clean every record of `inputs` into `opts.out`; return the statistics written to
    ``stats.json``. Resumes a run into the same directory with the same inputs and options;
    refuses (`NewscleanError`) one with different inputs or options."""
    started = time.time()
    out = Path(opts.out)
    # the output directory may lie inside an input directory: its files are not inputs
    own = out.resolve()
    report = Path(opts.report).resolve() if opts.report else None
    files = [f for f in expand_inputs(inputs) if own not in f.resolve().parents and f.resolve() != report]
    work = out / _WORK
    work.mkdir(parents=True, exist_ok=True)
    fingerprint = _fingerprint(files, opts)
    job = work / "job.json"
    if job.exists():
        previous = json.loads(job.read_text(encoding="utf-8"))
        if previous != fingerprint:
            raise NewscleanError(f"{out} holds a run with other inputs or options; "
                                 "use another output directory, or delete this one to start again")
    else:
        _write_atomic(job, json.dumps(fingerprint, ensure_ascii=False, indent=1).encode())
    suffix = "parquet" if opts.format == "parquet" else "jsonl"
    jobs = opts.jobs or os.cpu_count() or 1
    progress = _progress(opts.progress)
    records = read_records(files, text_field=opts.text_field, id_field=opts.id_field, max_bytes=opts.max_bytes,
                           parse=False)

    def final_of(shard: int) -> str | None:
        return None if opts.dedup_across else str(out / f"part-{shard:05d}.{suffix}")

    feed = _ShardFeed(_shards(records, opts.shard_size), work, progress)
    try:
        if opts.engine == "local":
            done = _run_local(feed, final_of, opts, jobs, progress)
        elif opts.engine == "ray":
            done = _run_on_ray(feed, work, final_of, opts, jobs, progress)
        else:
            raise NewscleanError(f"unknown engine {opts.engine!r} (local or ray)")
    finally:
        progress.close()
    cleaning_seconds = time.time() - started
    shard_ids, resumed = feed.ids, feed.resumed

    shard_stats = [json.loads((work / f"stats-{s:05d}.json").read_text(encoding="utf-8")) for s in shard_ids]
    duplicates: list[dict[str, Any]] = []
    dedup_seconds = 0.0
    if opts.dedup_across:
        t0 = time.time()
        duplicates = _dedup_across(out, work, shard_ids, suffix, opts)
        dedup_seconds = time.time() - t0
    # the merged files, each written atomically
    rejected_path = out / "rejected.jsonl"
    _concat(rejected_path, [work / f"rejected-{s:05d}.jsonl" for s in shard_ids])
    _write_jsonl(out / "duplicates.jsonl", duplicates)
    totals: Counter[str] = Counter()
    edits: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for st in shard_stats:
        totals.update({k: st[k] for k in ("records", "cleaned", "rejected", "characters")})
        edits.update(st["edits"])
        reasons.update(st["reasons"])
    stats: dict[str, Any] = {
        "records": totals["records"],
        "written": totals["cleaned"] - len(duplicates),
        "rejected": totals["rejected"],
        "duplicates": len(duplicates),
        "shards": len(shard_ids),
        "characters": totals["characters"],
        "edits": dict(sorted(edits.items())),
        "rejection_reasons": dict(reasons.most_common()),
        "timings": {"seconds": round(time.time() - started, 3), "cleaning_seconds": round(cleaning_seconds, 3),
                    "dedup_seconds": round(dedup_seconds, 3),
                    "cpu_seconds_cleaning": round(sum(st["cpu_seconds"] for st in shard_stats), 3),
                    "jobs": jobs, "shards_resumed": resumed, "shards_cleaned": done},
    }
    if opts.report is not None:
        _write_report(files, opts, Path(opts.report), shard_stats)
    if stats["written"] + stats["rejected"] + stats["duplicates"] != stats["records"]:  # pragma: no cover
        raise NewscleanError(f"counts do not reconcile: {stats}")
    _write_atomic(out / "stats.json", json.dumps(stats, ensure_ascii=False, indent=1).encode())
    return stats


def _write_report(files: list[Path], opts: BatchOptions, path: Path, shard_stats: list[dict[str, Any]]) -> None:
    """The HTML report (`newsclean report`) of the `report_size` records edited most: their
    inputs are read again, which costs far less than cleaning them did."""
    from .report import render_report

    ranked = sorted((tuple(x) for st in shard_stats for x in st.get("most_changed", [])),
                    key=lambda x: (-x[0], x[1]))
    wanted = {seq for _, seq in ranked[:opts.report_size]}
    chosen: dict[int, tuple[str, Any]] = {}
    for record in read_records(files, text_field=opts.text_field, id_field=opts.id_field, max_bytes=opts.max_bytes):
        if record.seq in wanted and record.payload is not None:
            chosen[record.seq] = (record.id, record.payload)
            if len(chosen) == len(wanted):
                break
    order = [seq for _, seq in ranked[:opts.report_size] if seq in chosen]
    page = render_report([chosen[seq] for seq in order], opts.config)
    _write_atomic(path, page.encode("utf-8"))


def _run_local(feed: _ShardFeed, final_of: Any, opts: BatchOptions, jobs: int, progress: Any) -> int:
    """The shards cleaned in this process (one job) or a process pool, at most twice as many
    in flight as workers, so memory stays flat in the archive's size. Returns the number of
    shards cleaned."""
    work = str(feed.work)
    if jobs == 1:
        for shard, batch in feed:
            _process_shard(shard, batch, opts.config, work, final_of(shard), opts.format)
            progress.update(len(batch))
        return len(feed.ids) - feed.resumed
    done = 0
    pending: set[Future[dict[str, Any]]] = set()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            for shard, batch in feed:
                while len(pending) >= 2 * jobs:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in finished:
                        progress.update(f.result()["records"])
                        done += 1
                pending.add(pool.submit(_process_shard, shard, batch, opts.config, work, final_of(shard),
                                        opts.format))
            for f in pending:
                progress.update(f.result()["records"])
                done += 1
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    return done


class _ShardFeed:
    """The shards to clean, in order: it notes every shard's number and skips (counting
    them, and moving the progress bar) those an earlier run finished."""

    def __init__(self, shards: Iterator[tuple[int, list[Record]]], work: Path, progress: Any) -> None:
        self.shards, self.work, self.progress = shards, work, progress
        self.ids: list[int] = []
        self.resumed = 0

    def __iter__(self) -> Iterator[tuple[int, list[Record]]]:
        for shard, batch in self.shards:
            self.ids.append(shard)
            if (self.work / f"stats-{shard:05d}.json").exists():
                self.resumed += 1
                self.progress.update(len(batch))
                continue
            yield shard, batch


def _run_on_ray(feed: _ShardFeed, work: Path, final_of: Any, opts: BatchOptions, jobs: int, progress: Any) -> int:
    """The same shards, cleaned by the same function, on Ray Data: a window of shards at a
    time becomes a dataset whose rows are shards, mapped on the cluster's workers. Each
    worker writes its shard's files, so on a cluster of several machines `out` must be on
    storage they share. Returns the number of shards cleaned."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise NewscleanError("the Ray engine needs Ray: pip install 'newsclean[ray]'") from None
    import pickle

    import logging

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=opts.ray_address, num_cpus=None if opts.ray_address else jobs,
                 include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    config, fmt = opts.config, opts.format

    def clean_shard(row: dict[str, Any]) -> dict[str, Any]:
        shard = int(row["shard"])
        stats = _process_shard(shard, pickle.loads(row["records"]), config, str(work), row["final"] or None, fmt)
        return {"shard": shard, "records": stats["records"]}

    done = 0
    window: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal done
        if window:
            results = ray.data.from_items(window, override_num_blocks=len(window)).map(clean_shard).take_all()
            for r in results:
                progress.update(r["records"])
            done += len(results)
            window.clear()

    try:
        for shard, batch in feed:
            window.append({"shard": shard, "records": pickle.dumps(batch), "final": final_of(shard) or ""})
            if len(window) >= 4 * jobs:  # bounded: memory stays flat in the archive's size
                flush()
        flush()
    finally:
        if started_here:
            ray.shutdown()
    return done


def _dedup_across(out: Path, work: Path, shard_ids: list[int], suffix: str, opts: BatchOptions) -> list[dict[str, Any]]:
    """Find the duplicates among the cleaned articles, then write each final shard without
    them (atomically, skipping shards already written by an interrupted run)."""
    from .dedup import find_duplicates

    marker = work / "duplicates.json"
    if marker.exists():
        found = json.loads(marker.read_text(encoding="utf-8"))
    else:
        def bodies() -> Iterator[tuple[str, str]]:
            for s in shard_ids:
                with open(work / f"clean-{s:05d}.jsonl", encoding="utf-8") as f:
                    for n, line in enumerate(f):
                        row = json.loads(line)
                        yield f"{s}:{n}", "\n".join(row["paragraphs"])

        found = [d.to_dict() for d in find_duplicates(bodies(), threshold=opts.threshold)]
        # the positions stand for records; report the records' ids
        _write_atomic(marker, json.dumps(found).encode())
    dropped = {d["id"] for d in found}
    ids: dict[str, str] = {}
    for s in shard_ids:
        rows = []
        with open(work / f"clean-{s:05d}.jsonl", encoding="utf-8") as f:
            for n, line in enumerate(f):
                row = json.loads(line)
                ids[f"{s}:{n}"] = row["id"]
                if f"{s}:{n}" not in dropped:
                    rows.append(row)
        target = out / f"part-{s:05d}.{suffix}"
        if not target.exists():
            if suffix == "parquet":
                _write_parquet(target, rows)
            else:
                _write_jsonl(target, rows)
    return [{"id": ids[d["id"]], "duplicate_of": ids[d["duplicate_of"]], "score": d["score"]} for d in found]


def _concat(target: Path, parts: list[Path]) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as out:
        for p in parts:
            with open(p, "rb") as f:
                while chunk := f.read(1 << 20):
                    out.write(chunk)
    os.replace(tmp, target)


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(wanted: bool | None) -> Any:
    if wanted is False or (wanted is None and not sys.stderr.isatty()):
        return _NoProgress()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoProgress()
    return tqdm(unit=" records", file=sys.stderr, desc="newsclean batch")
