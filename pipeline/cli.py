"""The ``policykb`` command line: thin Click commands over plain functions."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
import json
from pathlib import Path
import logging
import os
import re
import signal
import sqlite3
import sys

import click

from pipeline import __version__
from pipeline.core.english import counted, one_line
from pipeline.core.paths import project_root
from pipeline.extract.places import LEVEL_ZH, LEVELS

DEFAULT_CORPUS = "corpora"
DEFAULT_DB = "outputs/kb.sqlite"
MODEL_HELP = "Trained classifier (default: $POLICYKB_MODEL, else models/classifier.pkl of the policykb checkout)."
# (beside the checkout, whatever the working directory: `policykb evaluate` run from elsewhere read none of the seeds)
DEFAULT_LABELS = str(project_root() / "corpora" / "labels" / "measures.jsonl")
DEFAULT_REAL_LABELS = str(project_root() / "corpora" / "labels" / "real" / "measures.jsonl")
DEFAULT_SEEDS = str(project_root().parent / "shared" / "seeds")
DEFAULT_REAL = str(project_root().parent / "shared" / "real")


def _as_en(ctx, param, value: str) -> str:
    """--lang id, the older spelling of en, read as en once, for every command that takes it."""
    return "en" if value == "id" else value


# The libraries that read one page for us: what they log about it (trafilatura's "ERROR … empty HTML tree", on a
# build that ends well) names no file, while the command names each page it skips, and why, in its own line.
# Shown with -v, for whoever looks into one page.
_PAGE_READERS = ("trafilatura", "htmldate", "courlan", "justext")


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("jieba").setLevel(logging.WARNING)
    for name in _PAGE_READERS:
        logging.getLogger(name).setLevel(logging.CRITICAL if verbose == 0 else logging.NOTSET)


def _check_dictionary() -> None:
    """The segmentation dictionary's mistakes said once, naming its file and line, before any document is
    read: loaded inside the first document, a bad byte was that document's error (or a traceback)."""
    from pipeline.nlp.segment import DictionaryError, check_dictionary

    try:
        warnings = check_dictionary()
    except DictionaryError as e:
        raise click.ClickException(str(e))
    for w in warnings:
        click.echo(f"warning: {w}", err=True)


def _option_hint(word: str, ctx: click.Context) -> str | None:
    """The options this command has for one it lacks that people bring from other tools: --json -> --format json
    (a choice of its --format), --region -> --province / --city / … (resources/option_hints.tsv).  difflib's
    nearest spelling pointed elsewhere (--json -> --slogan) or nowhere (--region)."""
    from pipeline.core.lexicons import word_table

    name = word.split("=")[0]
    opts = {n: p for p in ctx.command.params for n in getattr(p, "opts", ())}
    fmt = opts.get("--format")
    if fmt is not None and name.lstrip("-") in getattr(fmt.type, "choices", ()):
        return f"--format {name.lstrip('-')}"
    meant = [o for row in word_table("option_hints.tsv") if row[0] == name for o in row[1:] if o in opts and o != name]
    return " / ".join(dict.fromkeys(meant)) or None


class _HintedCommand(click.Command):
    """Every command's unknown option answered with the options meant (``_option_hint``) where people's usual
    names for them are known; Click's nearest spelling otherwise."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as e:
            if hint := _option_hint(e.option_name, ctx):
                raise click.NoSuchOption(e.option_name, f"No such option: {e.option_name}. Did you mean {hint}?",
                                         ctx=ctx) from None
            raise


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykb")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """policykb: Chinese articles on cadre work -> a searchable policy knowledge base.

    \b
    Example:
        policykb build corpora/ --out outputs/kb.sqlite
        policykb clean corpora/sample/fujian_longyan_shanghang_rongcuo_jiucuo.txt
    """
    _setup_logging(verbose)


cli.command_class = _HintedCommand  # (every command's unknown option gets the options meant, _option_hint)


@cli.command()
@click.argument("corpus", default=DEFAULT_CORPUS, type=click.Path(path_type=str))
@click.option("--out", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="Knowledge base to write.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary (skipped files are still named).")
@click.option("--strict", is_flag=True, help="Exit non-zero if any file was skipped; a file or folder that is there "
                                           "but cannot be read (permissions) stops the build, nothing written.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), help="Worker processes (default: every core).")
@click.option("--executor", type=click.Choice(["processes", "dask"]), default="processes", show_default=True,
              help="Where the per-document stages run: worker processes here, or dask.distributed.")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT); default: a local cluster of --jobs workers.")
@click.option("--parts", type=click.Path(file_okay=False),
              help="Dask: folder for per-partition results and Parquet tables (default: OUT.parts/).")
@click.option("--segmenter", type=click.Choice(["jieba", "jieba_fast", "jieba_next", "rjieba"]),
              help="Word segmenter (default: jieba, or $POLICYKB_SEGMENTER); the others are faster, ≥ 99.5 % the same words.")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False), help="Codebook YAML (default: the shipped one).")
@click.option("--model", type=click.Path(dir_okay=False),
              help=MODEL_HELP + " The codebook's cue rules are used, with a warning, when it is missing or does not fit.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Folder for the per-document cache (default: .policykb-cache/ beside --out).")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the per-document cache: each new or changed file is repaired, segmented "
                   "and extracted again. Unchanged files are still not read (to rebuild everything, use a new --out).")
@click.option("--no-wait", is_flag=True, help="Stop at once if another build is writing the same --out.")
@click.option("--replace", is_flag=True,
              help="Replace a knowledge base built from another corpus (its articles this corpus lacks are removed); "
                   "without it such a build stops and changes nothing.")
@click.option("--report-json", type=click.Path(dir_okay=False),
              help="Also write the report (counts, what this run did, seconds by stage, peak memory) as JSON.")
def build(corpus: str, out: str, quiet: bool, strict: bool, jobs: int | None, executor: str, scheduler: str | None,
          parts: str | None, segmenter: str | None, codebook: str | None, model: str | None,
          cache_dir: str | None, no_cache: bool, no_wait: bool, replace: bool, report_json: str | None) -> None:
    """Run the whole pipeline over CORPUS (a folder or file) into the knowledge base.

    Reads .txt, .md, .html and .htm files recursively, and the HTML pages inside .warc.gz
    files (what `policykb fetch` writes); a crawl's manifest.tsv, .csv, .jsonl or .json
    (an array of objects) beside the files gives their URLs, and titles and dates the text
    lacks. It repairs and splits them, and writes the knowledge base atomically (an
    interrupted build keeps the old one).
    A rebuild processes only new and changed files, and deletes what was removed.

    \b
    Example:
        policykb build corpora/ --out outputs/kb.sqlite --jobs 2
        policykb build corpora/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.classify.tagger import AUTO
    from pipeline.core.fsutil import why_unwritable

    for name, value in (("CORPUS", corpus), ("--out", out), ("--cache", cache_dir), ("--report-json", report_json)):
        if value == "":  # (an unset shell variable: an empty CORPUS read the working directory)
            raise click.ClickException(f"{name} is empty: give it a path")
    if report_json and (why := why_unwritable(Path(report_json).parent) or _not_a_report(report_json, out)):
        raise click.ClickException(f"{report_json}: cannot write the report there: {why}")  # (not after the build)
    _check_dictionary()
    held = _HeldBack()  # (the classifier's warning is the report's: said once, below, not logged as well)
    logging.getLogger("pipeline.classify.tagger").addFilter(held)
    try:
        report = run_build(corpus, out, quiet, jobs=jobs, executor=executor, scheduler=scheduler, parts=parts,
                           segmenter=segmenter, codebook=codebook, model=model or AUTO,
                           cache=False if no_cache else (cache_dir or True), wait=not no_wait, replace=replace,
                           strict=strict)
    finally:
        logging.getLogger("pipeline.classify.tagger").removeFilter(held)
    if report_json:
        Path(report_json).parent.mkdir(parents=True, exist_ok=True)  # (as --out's folder is made)
        Path(report_json).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    if not quiet:
        click.echo(report.summary(), err=True)
        if report.mode != "unchanged":  # (the summary has said it was left as it was)
            click.echo(f"wrote {out}", err=True)
    else:
        for line in report.quiet_lines():
            click.echo(line, err=True)
    code = report.exit_code(strict)
    if code:
        click.echo(f"exit code {code}: --strict, and {counted(len(report.failures), 'file')} skipped, "
                   f"{counted(len(report.errors), 'internal error')}", err=True)
    sys.exit(code)


class _HeldBack(logging.Filter):
    """Drops this process's warnings of the measure tagger during a build: the build's report carries them (the
    summary, or --quiet's lines), so a missing or mismatched model was said twice. A worker's own (forked with
    this filter) still logs: the report does not hold it."""

    def __init__(self) -> None:
        super().__init__()
        self.pid = os.getpid()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno < logging.WARNING or os.getpid() != self.pid


def run_build(corpus: str, out: str, quiet: bool, **options):
    """``pipeline.build.build`` with a progress bar on stderr (unless ``quiet``), and its errors as
    Click errors (exit code 1)."""
    from pipeline.build import WorkerDied, build
    from pipeline.core.fsutil import Busy
    from pipeline.text.ingest import IngestError

    bar = None
    before = signal.signal(signal.SIGTERM, _terminate)

    def on_total(n: int) -> None:
        nonlocal bar
        if not quiet:
            bar = click.progressbar(length=n, label="building", file=sys.stderr, show_pos=True)
            bar.__enter__()

    try:
        try:
            return build(corpus, out, progress=lambda n: bar.update(n) if bar else None, on_total=on_total,
                         on_wait=lambda pid, lock: click.echo(
                             f"waiting for the build with pid {pid} that is writing {out} ({lock})", err=True), **options)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    except (IngestError, Busy, ValueError) as e:
        raise click.ClickException(str(e))
    except WorkerDied as e:
        raise click.ClickException(f"{e}; {_left(out)}")
    except OSError as e:  # (another file's error is that file's: the build stops, the knowledge base is kept)
        if e.filename and str(e.filename) != str(out):
            raise click.ClickException(f"{e.filename}: {e.strerror or e}; the build stopped: {_left(out)}")
        raise click.ClickException(f"{out}: cannot write the knowledge base: {e.strerror or e}")
    except sqlite3.Error as e:  # (SQLite's disk full is no OSError: it came as a traceback)
        full = "full" in str(e)
        raise click.ClickException(f"{out}: cannot write the knowledge base: {'no space left on the device' if full else e};"
                                   f" {_left(out)}")
    except KeyboardInterrupt as e:  # (Click's own "Aborted!" did not say what became of the knowledge base)
        said = "terminated" if isinstance(e, _Terminated) else "interrupted"
        click.echo(f"\n{said}: {_left(out)}", err=True)
        sys.exit(128 + (signal.SIGTERM if isinstance(e, _Terminated) else signal.SIGINT))  # as a shell reports it
    finally:
        signal.signal(signal.SIGTERM, before)


def _left(out: str) -> str:
    """What a build that stopped did to --out: nothing, whether a knowledge base was there or not."""
    return "the knowledge base is left as it was" if os.path.exists(out) else "nothing was written"


class _Terminated(KeyboardInterrupt):
    """SIGTERM (timeout, systemd, a CI job's end) stops a build as Ctrl-C does: its temporary files removed,
    the workers stopped, one line said (by default the process ended at once and left them)."""


def _terminate(signum, frame) -> None:
    raise _Terminated()


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def clean(file: str, fmt: str) -> None:
    """Print FILE repaired and simplified, followed by every repair that was made.

    \b
    Example:
        policykb clean corpora/sample/fujian_longyan_shanghang_rongcuo_jiucuo.txt
    """
    from pipeline.text.articles import no_article_reason, split_articles
    from pipeline.text.ingest import IngestError, not_readable_name, read_document, unread_document
    from pipeline.text.repair import repair_document

    from pipeline.text.warc import is_warc

    if is_warc(file):  # (many pages, not one text: 'binary file, not text' though build and extract read it)
        raise click.ClickException(f"{file}: a WARC file holds many pages: use `policykb extract {file}` "
                                   "(each page's articles) or build")
    # (the reason extract and build give, not what its bytes look like; a name that is not UTF-8 is refused as they do)
    if why := unread_document(file) or not_readable_name(Path(file)):
        raise click.ClickException(one_line(f"{file}: {why}"))
    try:
        raw = read_document(file)
    except IngestError as e:
        raise click.ClickException(str(e))
    _check_dictionary()
    doc = repair_document(raw)
    articles = split_articles(doc)
    if fmt == "json":
        click.echo(json.dumps(cleaned_dict(file, raw, doc, articles), ensure_ascii=False, indent=2))
    else:
        for line in cleaned_lines(raw, doc, articles):
            click.echo(line)
    if why := no_article_reason(doc, articles):  # (after its repairs, which show what was taken out: build skips it)
        raise click.ClickException(one_line(f"{file}: {why}"))


def cleaned_dict(file: str, raw, doc, articles) -> dict:
    """``policykb clean --format json``: the repaired text, its quality report and the articles' metadata."""
    return {
        "file": file, "id": raw.id, "encoding": raw.encoding, "text": doc.text,
        "quality": doc.quality.to_dict(),
        "articles": [
            {"index": a.index, "title": a.title, "date": a.date, "source": a.source,
             "authors": [x.to_dict() for x in a.authors],
             "editor": a.editor, "affiliation": a.affiliation}
            for a in articles
        ],
    }


def cleaned_lines(raw, doc, articles) -> Iterator[str]:
    """``policykb clean``: the repaired text, one line per article, then every repair and warning."""
    yield doc.text
    yield "\n--- articles"
    for a in articles:
        authors = "、".join(f"{x.name}({x.role})" if x.role else x.name for x in a.authors) or "-"
        yield (f"[{a.index}] {a.title or '(no title)'} | date {a.date or '-'} | source {a.source or '-'} | "
               f"authors {authors} | editor {a.editor or '-'} | affiliation {a.affiliation or '-'}")
    q = doc.quality
    yield f"\n--- repairs ({raw.encoding}): " + (", ".join(f"{k} {v}" for k, v in sorted(q.counts.items())) or "none")
    for r in q.repairs:
        change = f"{r.before!r} -> {r.after!r}" if (r.before or r.after) else ""
        yield f"{r.kind:<15} [{r.orig_start}:{r.orig_end}] {change} {r.note}".rstrip()
    for w in q.warnings:
        yield f"warning: {w}"


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No warnings for skipped files.")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False), help="Codebook YAML (default: the shipped one).")
@click.option("--model", type=click.Path(dir_okay=False), help=MODEL_HELP)
def extract(paths: tuple[str, ...], fmt: str, quiet: bool, codebook: str | None, model: str) -> None:
    """Extract slogans, figures, documents, dates, regions and measures from PATHS.

    PATHS are files or folders, read as `build` reads them (with a crawl's manifest.tsv,
    .csv, .jsonl or .json beside the files).  Prints one JSON
    object per article (jsonl), a JSON list (json), or a summary table.

    \b
    Example:
        policykb extract corpora/sample/jiangsu_nantong_haimen_ganbu_kaohe.txt
        policykb extract corpora/sample --format table
    """
    from pipeline.classify.codebook import CodebookError
    from pipeline.classify.tagger import AUTO, MeasureTagger

    _check_dictionary()
    try:
        tagger = MeasureTagger(codebook, model or AUTO)
    except CodebookError as e:
        raise click.ClickException(str(e))
    rows = []
    for d in extracted_articles(paths, tagger, quiet):
        if fmt == "jsonl":  # printed as each file is done
            click.echo(json.dumps(d, ensure_ascii=False))
        else:
            rows.append(d)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "table":
        for d in rows:
            click.echo(article_line(d))


def extracted_articles(paths: Iterable[str], tagger, quiet: bool = False) -> Iterator[dict]:
    """Every article of the files under ``paths`` (read as ``build`` reads them), extracted and
    classified, as a dict; files skipped or failed are named on stderr."""
    from pipeline.extract.article import regions_mentioned
    from pipeline.report.labels import region_explained
    from pipeline.text import manifest
    from pipeline.text.ingest import NO_ARTICLE_FILES, Duplicate, IngestError, Skipped, discover
    from pipeline.worker import Failed, classify_document, load_and_process

    files, paths = 0, list(paths)
    for root in paths:
        try:
            met: list[Path] = []
            items = [item for item in discover(root, met) if not isinstance(item, Duplicate)]  # (read by its first path)
        except IngestError as e:
            if len(paths) == 1:
                raise click.ClickException(str(e))
            click.echo(f"skipped {e}", err=True)  # (one path of several gone: the others are still read)
            continue
        pages, problems = manifest.read(root, manifests=met if Path(root).is_dir() else None)  # (as build reads them)
        for p in problems:
            if not Path(root).is_file() or "not read" in p.reason:  # (one file: not the other rows' troubles)
                click.echo(one_line(f"warning {p.path}: {p.reason}"), err=True)
        files += sum(not isinstance(item, Skipped) for item in items)
        alone = len(paths) == 1 and len(items) == 1 and Path(root).is_file()  # (one file named: its skip is the error)
        for item in items:
            result = item if isinstance(item, Skipped) else load_and_process(str(item), page=pages.get(manifest.key(item)))
            if isinstance(result, Skipped):
                if alone:  # (as clean says it: one line, exit 1, not an empty output that exits 0)
                    raise click.ClickException(one_line(f"{result.path}: {result.reason}"))
                if not quiet:
                    click.echo(one_line(f"skipped {result.path}: {result.reason}"), err=True)
                continue
            if isinstance(result, Failed):
                if alone:
                    raise click.ClickException(one_line(f"{result.path}: internal error in {result.stage}: {result.error}"))
                click.echo(one_line(f"skipped {result.path}: internal error in {result.stage}: {result.error}"), err=True)
                continue
            classify_document(result, tagger)
            meta = result.clean.raw.meta
            for x in result.extractions:
                d = x.to_dict(regions_mentioned(x), file=result.clean.raw.path)
                d["region"] = region_explained(d["region"])  # (its reason in Chinese, and ambiguous, as the API gives them)
                if meta.get("url"):  # a page read from a WARC file (or named by a manifest): where it was fetched
                    d |= {"url": meta["url"], "fetched_at": meta.get("fetched_at")}
                if x.article.from_manifest:
                    d["from_manifest"] = list(x.article.from_manifest)
                yield d
    if not files:  # (an empty or mistyped folder printed nothing and exited 0, as if it held no article)
        raise click.ClickException(f"{', '.join(paths)}: {NO_ARTICLE_FILES}")


def article_line(d: dict) -> str:
    """One article in ``policykb extract --format table``."""
    r = d["region"] or {}
    place = "/".join(x for x in (r.get("province"), r.get("city"), r.get("county")) if x) or "-"
    return (f"{d['id']}  {(d['title'] or '(no title)')[:30]:<30}  {place:<24} "
            f"slogans {len(d['slogans']):>2}  figures {len(d['figures']):>3}  "
            f"documents {len(d['documents']):>2}  measures {len(d['measures']):>3}")


def _evaluate_real(gold_dir: str, real_dir: str, split: str, errors: bool, as_json: bool) -> None:
    from pipeline.realgold import evaluate_real, report

    if errors and split != "dev":
        raise click.ClickException("--errors lists disagreements of the dev half only (--split dev): "
                                   "the test half is scored, never studied")
    if not Path(real_dir).is_dir():
        raise click.ClickException(f"{real_dir}: the real pages are not here (use --real)")
    result, scorer = evaluate_real(gold_dir, real_dir, split)
    if as_json:  # (the disagreements inside the one JSON document, not as lines after it)
        click.echo(json.dumps(result | ({"errors": scorer.errors()} if errors else {}), ensure_ascii=False, indent=1))
        return
    click.echo(report(result))
    if errors:
        click.echo("\n".join(scorer.errors()))


@cli.command()
@click.argument("gold_dir", default=str(project_root() / "tests" / "gold"),
                type=click.Path(exists=True, file_okay=False, path_type=str))
@click.option("--task", type=click.Choice(["extract", "classify"]), default="extract", show_default=True)
@click.option("--seeds", "seeds_dir", default=DEFAULT_SEEDS, show_default=True,
              type=click.Path(path_type=str), help="Folder of the seed articles the gold annotates by reference.")
@click.option("--errors", is_flag=True, help="List every disagreement with the gold.")
@click.option("--labels", default=DEFAULT_LABELS, show_default=True, type=click.Path(dir_okay=False),
              help="Labelled measures (--task classify).")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False), help="Codebook YAML (--task classify).")
@click.option("--model", type=click.Path(dir_okay=False), help=MODEL_HELP + " (--task classify)")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="test", show_default=True,
              help="Half of the real gold set (tests/gold_real) to score; --errors is for dev only.")
@click.option("--real", "real_dir", default=DEFAULT_REAL, show_default=True, type=click.Path(path_type=str),
              help="Folder of the real pages the real gold annotates by reference.")
@click.option("--real-labels", default=DEFAULT_REAL_LABELS, show_default=True, type=click.Path(dir_okay=False),
              help="Labels of measures of the real pages (--task classify: their test half is scored too, when the "
                   "pages are there).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir: str, task: str, seeds_dir: str, errors: bool, labels: str, codebook: str | None,
             model: str, split: str, real_dir: str, real_labels: str, as_json: bool) -> None:
    """Score extraction against a gold set, or classification on the held-out labels.

    With --task extract (default): precision / recall / F1 per field against GOLD_DIR.
    With --task classify: per-category precision / recall / F1 and the most frequent
    confusions, for the codebook rules and for the trained model, on the labels' test split
    and, when the real pages are there, on their test half (the figure `train` prints).

    \b
    Example:
        policykb evaluate tests/gold
        policykb evaluate tests/gold --errors
        policykb evaluate tests/gold_real --split test
        policykb evaluate tests/gold_real --split dev --errors
        policykb evaluate --task classify
    """
    _check_dictionary()
    if task == "classify":
        from pipeline.classify.model import ModelMismatch
        from pipeline.evaluate import classify_report, evaluate_classifier

        from pipeline.train import counted_here, left_out, say_not_scored

        _must_exist("labels", labels)  # (only --task classify reads them: the option cannot require it)
        try:
            # (as train: which labels, where they were looked for; the loader's own count named no folder)
            missing = left_out(labels, seeds_dir or None, real_labels if Path(real_labels).exists() else None,
                               real_dir or None)
            with counted_here():
                result = evaluate_classifier(labels, codebook, seeds_dir or None, model, real_labels, real_dir or None)
        except (ModelMismatch, FileNotFoundError, ValueError) as e:
            raise click.ClickException(str(e))
        click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else classify_report(result))
        if missing:
            click.echo(say_not_scored(missing, "real" in result), err=True)
        return
    if (Path(gold_dir) / "GUIDELINES.rst").exists() and any(Path(gold_dir).glob("review/*.json")):
        _evaluate_real(gold_dir, real_dir, split, errors, as_json)
        return
    from pipeline.evaluate import as_dict, evaluate as run, gold_hash, not_scored, report

    result = run(gold_dir, seeds_dir)
    if not result.get("articles"):  # (an empty or wrong folder scored every field 1.000)
        raise click.ClickException(f"{gold_dir}: no gold annotations to score (annotations/*.json)")
    if as_json:
        click.echo(json.dumps(as_dict(result, errors) | {"gold_sha256": gold_hash(gold_dir)}, ensure_ascii=False, indent=1))
        return
    click.echo(report(result, errors=errors))
    click.echo(f"gold sha256 {gold_hash(gold_dir)}")
    if note := not_scored(result):  # (a note, not a score: on stderr, as every other command's)
        click.echo(note, err=True)


def _must_exist(name: str, value: str) -> None:
    """Click's own check and message of a file option ('File … does not exist.'), made when the option is used."""
    ctx = click.get_current_context()
    param = next(p for p in ctx.command.params if p.name == name)
    click.Path(exists=True, dir_okay=False).convert(value, param, ctx)


@cli.command()
@click.option("--labels", default=DEFAULT_LABELS, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False), help="Codebook YAML (default: the shipped one).")
@click.option("--seeds", "seeds_dir", default=DEFAULT_SEEDS, show_default=True, type=click.Path(path_type=str),
              help="Folder of the seed articles that some labels point into (\"\": none).")
@click.option("--out", type=click.Path(dir_okay=False), help=MODEL_HELP)
@click.option("--real-labels", default=DEFAULT_REAL_LABELS, show_default=True,
              type=click.Path(dir_okay=False), help="Labels of measures extracted from the real pages (by offset).")
@click.option("--real", "real_dir", default=DEFAULT_REAL, show_default=True, type=click.Path(path_type=str),
              help="Folder of the real pages those labels point into; without it (\"\": none), only the project's labels are used.")
def train(labels: str, codebook: str | None, seeds_dir: str, out: str, real_labels: str, real_dir: str) -> None:
    """Train the measure classifier on the train split and save it with its metadata.

    Writes the model and, beside it, a JSON file with library versions, labels,
    held-out metrics (model and rules), and the hashes of codebook and training data.

    \b
    Example:
        policykb train
        policykb train --codebook my_codebook.yaml --out models/my.pkl
    """
    from pipeline.classify.codebook import CodebookError
    from pipeline.classify.data import LabelsError
    from pipeline.classify.metrics import left_out_said
    from pipeline.classify.model import NotOurs
    from pipeline.core.paths import resolve_model
    from pipeline.train import train as run

    _check_dictionary()
    try:
        # (an empty --seeds "" or --real "": no such folder, as make kb SEEDS_DIR= REAL_DIR= asks, not the default)
        meta = run(labels, codebook, seeds_dir or None, out, real_labels if Path(real_labels).exists() else None,
                   real_dir or None)
    except (CodebookError, LabelsError, NotOurs) as e:
        raise click.ClickException(str(e))
    m = meta["metrics"]
    click.echo(f"trained on {m['train']} measures; test {m['test']}: model micro-F1 {m['model']['micro']['f1']:.3f}, "
               f"macro-F1 {m['model']['macro']['f1']:.3f}{left_out_said(m['model']['macro'])}, "
               f"unclassified {m['model']['unclassified_share']:.1%}; rules macro-F1 {m['rules']['macro']['f1']:.3f}; "
               f"wrote {resolve_model(out)}", err=True)
    for cat in m["model"]["macro"].get("left_out", []):
        click.echo(f"{cat}: {m['model'][cat]['note']}", err=True)


@cli.command()
@click.option("--n", "count", default=20, show_default=True, type=click.IntRange(1, 500), help="How many measures to show.")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--labels", default=DEFAULT_LABELS, show_default=True, type=click.Path(dir_okay=False))
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", type=click.Path(dir_okay=False), help=MODEL_HELP)
@click.option("--category", help="Show first the measures this category's cues find (id or Chinese name): the first "
                                 "labels of a category just added to the codebook.")
def label(count: int, db: str, labels: str, codebook: str | None, model: str, category: str | None) -> None:
    """Label the measures the classifier is least sure about; answers go to the labelled set.

    For each measure: its article, region and current scores.  Answer with
    category numbers or ids separated by commas (Enter keeps the categories the
    model decided; where it decided none, 未归类, Enter asks again: type them, or s;
    n marks it as no measure, s skips, q stops).  Each answer says the id it
    was saved as; u takes the last answer of the session back out of the
    labels file and asks it again.  Then `make kb` retrains
    the classifier and rebuilds the knowledge base with it.

    \b
    Example:
        policykb label --n 20
        policykb label --category care   # the measures its cues find first (for one just added to the codebook)
    """
    from pipeline.classify.codebook import CodebookError
    from pipeline.classify.data import LabelsError
    from pipeline.classify.labelling import LabelSession

    _check_dictionary()
    try:
        session = LabelSession(db, labels, codebook, model)
    except (FileNotFoundError, CodebookError, LabelsError) as e:
        raise click.ClickException(str(e))
    def ask(text: str) -> str:
        try:
            return click.prompt(text, default="", show_default=False)
        except click.Abort:  # (the input ended, or Ctrl-C: what was answered is saved, line by line)
            click.echo("", err=True)
            return "q"

    session.first = None if category is None else session.category_id(category.strip())
    if category is not None and session.first is None:
        raise click.ClickException(f"--category {category}: not a category of the codebook (one of "
                                   f"{', '.join(session.tagger.codebook.ids)}, or its Chinese name)")
    try:
        saved = session.run(count, prompt=ask, echo=click.echo)
    except LabelsError as e:  # (the file edited by hand during the session: the answers before are saved)
        raise click.ClickException(str(e))
    click.echo(f"{counted(saved, 'measure')} added to {labels}")


def _db_option(f):
    return click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="Knowledge base to read (opened read-only).")(f)


def _open_db(db: str):
    from pipeline.store.reader import connect_readonly

    if not db:  # (an unset shell variable: the working directory was opened as a database)
        raise click.ClickException("--db is empty: give it the knowledge base's file")
    try:
        return connect_readonly(db)
    except FileNotFoundError as e:
        raise click.ClickException(str(e))


def _damaged(db: str, e: sqlite3.DatabaseError) -> click.ClickException | None:
    """A knowledge base damaged where the check at opening does not look (a page in the middle): one line
    naming the file, not SQLite's 'database disk image is malformed' in a traceback (None: another error)."""
    from pipeline.store.reader import DAMAGED, is_corruption

    return click.ClickException(f"{db}: {DAMAGED} ({e})") if is_corruption(e) else None


# The folder export and compare wrote, marked so: their next run may replace what is in it.
OUTPUT_TAG = ".policykb-output"
# Files of the kinds export and compare write: in a folder policykb did not make they are the user's, and a
# file of the same name would be replaced without a word (echo mine > d/articles.csv; export --out d).
WRITTEN_KINDS = (".csv", ".json", ".jsonl", ".parquet", ".xlsx", ".spacy", ".html", ".png", ".svg")


def _force_option(f):
    return click.option("--force", is_flag=True, help="Write into a folder policykb did not make although it holds "
                        "files of the kinds written (files of the same name are replaced).")(f)


def _old_report(folder: Path) -> bool:
    """A folder export or compare wrote before they left OUTPUT_TAG: compare's report.html names policykb as its
    generator; export's CSV came with a dtypes.json whose keys are those files (and its notes, _json_columns)."""
    try:
        with open(folder / "report.html", encoding="utf-8", errors="replace") as f:
            if "<meta name='generator' content='policykb'>" in f.read(4096):
                return True
    except OSError:
        pass
    try:
        keys = json.loads((folder / "dtypes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(keys, dict) and bool(keys) and all(k.endswith(".csv") or k.startswith("_") for k in keys)


def _not_a_report(path: str, out: str) -> str | None:
    """Why --report-json would replace a file that is not an earlier report, or None.  It was written
    after the build over whatever was there: the knowledge base just built, a corpus article."""
    at = Path(path).absolute().resolve()
    kb = Path(out).absolute().resolve()
    if at in (kb, *(kb.with_name(kb.name + tail) for tail in ("-wal", "-shm", "-journal", ".lock"))):
        return "it is the knowledge base (--out); choose another --report-json"
    if at.is_file() and at.stat().st_size:
        try:
            if isinstance(json.loads(at.read_bytes()), dict):
                return None  # (an earlier report, replaced)
        except (ValueError, OSError):
            pass
        return "it is a file that is no report of a build, and the report would replace it; choose another --report-json"
    return None


def _writable_out(out: str, force: bool = False) -> None:
    """--out of export and compare: said before the work, not as a traceback at its end.  A folder is written
    into when it is new or empty, was made by policykb (OUTPUT_TAG inside), holds no file of the kinds
    written, or with --force; it is then marked."""
    from pipeline.core.fsutil import why_unwritable

    if not out:
        raise click.ClickException("--out is empty: give it a folder")
    if why := why_unwritable(out):
        raise click.ClickException(f"{out}: cannot write there: {why}")
    folder = Path(out)
    if folder.is_dir() and not (folder / OUTPUT_TAG).exists() and not force and not _old_report(folder):
        if theirs := sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in WRITTEN_KINDS):
            raise click.ClickException(
                f"{out}: policykb did not make this folder and it holds {', '.join(theirs[:3])}"
                f"{', …' if len(theirs) > 3 else ''}: files of the same name would be replaced; give a new or "
                "empty folder, or --force to write into it")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / OUTPUT_TAG).write_text("This folder was written by policykb export or compare; their next run "
                                         "replaces the files in it.\n", encoding="utf-8")
    except OSError as e:
        raise click.ClickException(f"{out}: cannot write there: {e.strerror or e}")


SEARCH_SYNTAX = """
\b
Query syntax (the same on the page and in the API):
    容错 纠错            both words (so are 容错，纠错  容错、纠错  容错+纠错  容错 AND 纠错)
    驻村 OR 挂职         either word (so is 驻村 | 挂职)
    干部 -问责           not this word (so is 干部 NOT 问责)
    "驻村 第一书记"      a phrase (spaces and the signs above inside it are kept)
Two characters are enough; traditional characters find the same measures.
Filters take what people type: --province 福建 or 福建省, --county 福州市鼓楼区
or a code (350102), --category 容错纠错 or tolerate, --year 2020-2023.
"""


class _QueryCommand(_HintedCommand):
    """A command whose words after ``--`` are all the query's (a word may then begin with - or --):
    Click passes them on as arguments without saying which they were, so their number is kept."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["words_after_dashes"] = len(args) - args.index("--") - 1 if "--" in args else 0
        return super().parse_args(ctx, args)


def _site_url(ctx, param, value: str) -> str:
    """--site: an http(s) address, without its last /."""
    value = (value or "").strip()
    if value and not re.match(r"https?://[^/\s]+", value):
        raise click.BadParameter("give the search page's address, as http://127.0.0.1:8000")
    return value.rstrip("/")


def _filter_option(name: str, help: str):
    # (repeatable so that a repeated filter is said, as the page says it, instead of Click keeping the last silently)
    return click.option(name, multiple=True, help=help)


# (the query's words come as arguments, so an excluded word, 干部 -问责, is one of them, not an unknown option)
@cli.command("search", cls=_QueryCommand, epilog=SEARCH_SYNTAX, context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1)
@_db_option
@_filter_option("--province", help="福建, 福建省 or a code (35).")
@_filter_option("--city", help="福州, 福州市, 福建省福州市 or a code (3501).")
@_filter_option("--county", help="鼓楼区 (every one of that name), 福州市鼓楼区, or a code (350102).")
@_filter_option("--township", help="Where the knowledge base records townships.")
@_filter_option("--category", help="Codebook id or Chinese name: tolerate or 容错纠错.")
@_filter_option("--group", help="Target group, e.g. 驻村干部.")
@_filter_option("--slogan", help="Canonical slogan, e.g. 三个区分开来.")
@_filter_option("--year", help="A year (2023), a range (2020-2023) from a year on (2019-, 2019年以来) or up to one (-2019).")
@_filter_option("--source", help="Publication, e.g. 福州晚报.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many to show; 10,000 is the cap for every search.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0), help="Skip this many (for the next page).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--lang", type=click.Choice(["zh", "en", "id"]), default="zh", show_default=True, callback=_as_en,
              help="The results' headers and categories (CSV, and the table's categories): Chinese, or the field names "
                   "and ids for code (en; id is the same). As for export and compare, it is the language of the data "
                   "written, not of stderr: its counts are English, its notes on the values asked for (an unknown "
                   "category, a township no article names) Chinese, as on the search page.")
@click.option("--articles", is_flag=True, help="Search whole articles (title and text) instead of measures.")
@click.option("--site", default="", metavar="URL", callback=_site_url,
              help="The search page's address (http://host:port, as `policykb serve` prints it): the CSV's 知识库链接 "
                   "(link) column begins with it, as the page's download writes it; without it the link is the page's "
                   "path alone (/articles/…), the command not knowing where the page is served.")
@click.option("--quiet", "-q", is_flag=True, help="No summary, notes or suggestions on stderr.")
def search_cmd(query: tuple[str, ...], db: str, limit: int, offset: int, fmt: str, lang: str, articles: bool,
               site: str, quiet: bool, **filters) -> None:
    """Full-text search over measures (two-character words match; traditional works too).

    \b
    Example:
        policykb search 容错纠错
        policykb search "驻村 OR 挂职" --province 西藏 --format csv > out.csv
        policykb search 干部 --county 福州市鼓楼区 --year 2024-2025 --offset 10
        policykb search 考核 -问责
    """
    from pipeline import search as S
    from pipeline.search.catalog import catalog

    query = _query_words(query)
    given = {k: [v.strip() for v in vs if v.strip()] for k, vs in filters.items()}
    chosen = S.Filters(**{k: vs[-1] if vs else None for k, vs in given.items()})
    said = [_repeated_note(k, vs) for k, vs in given.items() if len(set(vs)) > 1]

    conn = _open_db(db)
    try:
        cat = catalog(conn, articles=articles)
        resolved = S.resolve(cat, chosen)
        if unknown := [n for n in resolved.notes if n.kind == "unknown"]:
            # (the values offered instead, counted under the query and the other filters as the page counts them:
            # --township 嘉定 offered --county 嘉定区, which found nothing with that query; an article search's in
            # articles)
            if articles:
                S.count_article_choices(conn, S.parse(query), resolved)
            else:
                S.count_choices(conn, cat, S.parse(query), resolved)
            nothing = S.SearchResult(total=0, query=S.parse(query), resolved=S.Resolved(chosen, notes=said + unknown),
                                     offset=offset, limit=limit)
            # (a category of the codebook no measure has is an answer, nothing found, as a word nothing holds: exit 0)
            if not all(n.facet == "category" and _codebook_category(conn, n.given) for n in unknown):
                if fmt == "json":  # (a script reading the JSON gets it, with the notes saying why there is nothing)
                    _print_results(nothing, [], fmt, lang, articles)
                lines = [_note_line(cat, n) for n in said + unknown]
                # (a place no article is of, named in measures: its name as a word, as the page offers it)
                lines += [f"  try: {suggestion_command(t, articles)}   # {t.text}" for t in S.named_places(conn, nothing, articles)]
                # (a place, year or source whose articles hold no measure: the articles, as the page links them)
                if not articles and (n := S.articles_found(conn, nothing)):
                    whole = S.Suggestion("", nothing.query.text(), chosen.active(), n)
                    lines.append(f"  try: {suggestion_command(whole, articles=True)}   # {counted(n, 'article')}"
                                 + (" with these words in the title or text" if nothing.query.clauses else " with these filters"))
                raise click.ClickException("\n".join(lines))
            res, tips, in_articles = nothing, [], None
        else:
            if articles:  # (the same outputs, summary and suggestions as the measures', over articles)
                res = S.find_articles(conn, query, chosen, limit, offset, details=True)
            else:
                res = S.search(conn, query, chosen, limit=limit, offset=offset)
            if res.resolved is not None:
                res.resolved.notes[:0] = said
            tips = S.suggest(conn, res, articles=articles)
            # (a word of titles and leads is in no measure: 0 measures, and --articles finds it; the page says it too)
            in_articles = None if articles else S.articles_found(conn, res)
    except S.QueryError as e:
        raise click.ClickException(str(e))
    except sqlite3.DatabaseError as e:
        raise _damaged(db, e) or e
    try:
        _print_results(res, tips, fmt, lang, articles, site)
    except BrokenPipeError:  # (| head: the reader has what it wanted; click ends quietly, as for every command)
        raise
    except OSError as e:  # (a full disk or device under the redirect: one line, not a traceback)
        _quiet_stdout()
        raise click.ClickException(f"cannot write the results: {e.strerror or e}")
    if not quiet:
        if res.query.cut:  # (a pasted paragraph: searched by its first words, as the page says)
            click.echo(f"the query is over {S.MAX_QUERY_CHARS} characters: only its words within the first "
                       f"{S.MAX_QUERY_CHARS} are searched", err=True)
        for n in res.notes:
            click.echo(_note_line(cat, n), err=True)
        click.echo(search_summary(res, "article" if articles else "measure"), err=True)
        for t in tips:
            click.echo(f"  try: {suggestion_command(t, articles)}   # {t.text}", err=True)
        if in_articles:
            whole = S.Suggestion("", res.query.text(), chosen.active(), in_articles)
            click.echo(f"  try: {suggestion_command(whole, articles=True)}   # {counted(in_articles, 'article')} with"
                       " these words in the title or text", err=True)
        if why := S.nothing_found(conn, res, tips):  # (the README promises something to try after nothing)
            click.echo(f"  {NOTHING_FOUND[why]}", err=True)


def _codebook_category(conn, given: str) -> bool:
    """Whether ``given`` names a category the knowledge base was classified with (its id, Chinese or English
    name), though no measure has it: read from the KB's own categories table (未归类 included), not from the
    codebook file the KB was built with, which may have moved or changed since."""
    from pipeline.store.reader import categories

    g = given.strip().casefold()
    return any(g in ((i or "").casefold(), zh or "", (en or "").casefold()) for i, zh, en in categories(conn))


# Why a search found nothing (search.nothing_found), in the command's words
NOTHING_FOUND = {"empty": "the knowledge base has no measures yet: build it first (policykb build, or make kb)",
                 "chinese": "the texts are Chinese and are searched in Chinese: type Chinese words, e.g. 容错纠错 or 年轻干部",
                 "filters": "try: fewer or shorter words, another spelling or a synonym, or fewer filters",
                 "only_filters": "try: fewer filters, or other values for them",
                 "words": "try: fewer or shorter words, another spelling or a synonym"}


def _repeated_note(facet: str, values: list[str]):
    """A filter given more than once: the page's reading (the last value, said so), in the command's words."""
    from pipeline import search as S

    hint = (f"; for several years write --year {min(values)}-{max(values)}"
            if facet == "year" and all(v.isdigit() for v in values) else "")
    return S.Note(facet, values[-1], "repeated", f"--{facet} given {len(values)} values ({', '.join(values)}): a filter "
                                                 f"takes one, so the last, {values[-1]}, is used{hint}")


def _note_line(cat, n) -> str:
    """A filter's note in the command's words, from its fields: the page's text says 'click one' and
    'filter by county' where here an option is typed (--county 大冶市)."""
    if n.kind == "several":
        named = ", ".join(c.label for c in n.choices[:8]) + (" …" if len(n.choices) > 8 else "")
        return (f"--{n.facet} {n.given} matches {len(n.choices)}: {named}; all are searched "
                f"(for one alone: --{n.facet} {_option_value(cat, n.choices[0])})")
    if n.kind == "unknown" and n.instead and not n.choices:  # (the other level finds nothing either)
        return (f"--{n.facet} {n.given}: that is a {n.instead}, not a {n.facet}; --{n.instead} finds nothing with this"
                " search either")
    other = {c.facet for c in n.choices}
    if n.kind == "unknown" and n.instead and len(other) == 1 and n.facet not in other and all(
            c.label in n.given or n.given in c.value.replace("/", "") for c in n.choices):
        facet = other.pop()  # (黄石市大冶市 given as a city: the option that takes it; only where the note says the
        #                      name is of another level: --city 吉林 is 吉林市 too, its province among the choices)
        return f"--{n.facet} {n.given}: that is a {facet}, not a {n.facet}; try {_tries(cat, n.choices)}"
    if n.kind == "unknown" and n.choices:  # (the values the page offers to click, as options, with their counts)
        return f"{n.message}\n  try {_tries(cat, n.choices)}"
    if n.articles:  # (a source's reposts: the articles, and the originals they are counted under, by id)
        return n.message + "".join(f"\n  {a['article_id']} (repost of {a['canonical_id']})" for a in n.articles)
    return n.message


def _tries(cat, choices) -> str:
    """The options that filter by these values, each with the measures it finds (--county 嘉善县 (4))."""
    return ", ".join(f"--{c.facet} {_option_value(cat, c)} ({c.n})" for c in choices)


def _option_value(cat, value) -> str:
    """What to type after the option for exactly this value: its name, or its path where the name is shared."""
    same = [x for x in cat.values.get(value.facet, []) if x.label == value.label]
    return value.label if len(same) <= 1 else value.value.replace("/", "")


UNDATED = "日期不详"  # (as the page says: a blank read as a missing column, the region and categories run together)


def _print_results(res, tips, fmt: str, lang: str, articles: bool, site: str = "") -> None:
    import csv as _csv

    from pipeline import search as S

    if fmt == "json":
        click.echo(json.dumps(res.to_dict() | {"suggestions": [t.as_dict() for t in tips]}, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        cols = S.flat_columns(lang, articles)
        if (sys.stdout.encoding or "").lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
            # The BOM, as the page's download and export write it: without it Excel on Chinese Windows read the
            # UTF-8 as GBK; pandas strips it (read_csv, from a file or a pipe).  (Only on UTF-8 output: another
            # encoding has none and Excel reads that one as the locale's.)
            sys.stdout.write("\ufeff")
        w = _csv.DictWriter(sys.stdout, fieldnames=cols)
        w.writeheader()
        rows = (S.flat_article(a, lang, site) if articles else S.flat(a, lang, site) for a in res.results)
        w.writerows({k: S.spreadsheet_text(v) for k, v in r.items()} for r in rows)  # (Excel's formulas: as the page's)
    elif articles:
        for a in res.results:  # (then, as the measures' text, its URL when known and the passage that matched)
            cells = S.flat_article(a, "en")
            url, snippet = cells["url"], cells["snippet"]
            click.echo(f"{a['article_id']}  {a['date'] or UNDATED:10}  {a['region']['name'] or '-'}  {a['source'] or '-'}  "
                       f"{a['title'] or '（无标题）'}{_reposts(a)}" + "".join(f"\n    {x}" for x in (url, snippet) if x))
    else:
        for r in res.results:  # (categories as the CSV gives them: names, or ids with --lang en)
            cats = "、".join(c["name"] for c in r["categories"]) if lang == "zh" else ",".join(c["id"] for c in r["categories"])
            click.echo(f"[{r['measure_id']}] {r['region']['name'] or '-'} {r['date'] or UNDATED} {cats}{_reposts(r)}\n    {r['text']}")
    sys.stdout.flush()  # (what is still buffered fails here, inside the caller's try, not at exit)


def _reposts(hit: dict) -> str:
    """A hit's article's reposts, counted under it, as the page's 另见 N 处转载 says them."""
    n = hit.get("copies") or 0
    return f"  (+{n} repost{'s' if n > 1 else ''})" if n else ""


def _quiet_stdout() -> None:
    """Standard output that failed pointed at nothing, so the interpreter's last flush at exit does not
    print a second error for the bytes still buffered."""
    import os

    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):  # (no descriptor: a test's captured stream)
        pass


# an article search's hit, as /api/articles gives it (search_articles with details)
def _query_words(words: tuple[str, ...]) -> str:
    """The query from its words; an option this command does not have (--provnce) is still an error, not a word,
    unless it came after ``--``."""
    import difflib

    ctx = click.get_current_context()
    for w in words[:len(words) - ctx.meta.get("words_after_dashes", 0)]:
        if w.startswith("-") and (w.startswith("--") or w[1:2].isascii()):
            names = [n for p in ctx.command.params for n in getattr(p, "opts", ()) if n.startswith("-")]
            close = _option_hint(w, ctx) or next(iter(difflib.get_close_matches(w.split("=")[0], names, n=1)), None)
            raise click.UsageError(f"No such option: {w}." + (f" Did you mean {close}?" if close else ""), ctx)
    return " ".join(words)



def search_summary(res, noun: str = "measure") -> str:
    """'38 measures match; showing 1-20 (by relevance). More: --offset 20, or --limit 38 for all.'"""
    shown = len(res.results)
    order = {"relevance": "by relevance", "date": "newest first",
             "relevance_window": "best of the 2,000 newest matches, then by date"}[res.order]
    match = f"{counted(res.total, noun)} match" + ("es" if res.total == 1 else "")
    if not res.total:
        return f"{match}."
    if not shown:
        return f"{match}; none from --offset {res.offset} on (the last starts at {res.total - 1})."
    head = f"{match}; showing {res.offset + 1}-{res.offset + shown} ({order})."
    left = res.total - res.offset - shown
    if left > 0:
        rest = res.total - res.offset  # (what a --limit shows from this --offset on)
        everything = f", or --limit {rest}" if rest <= 10_000 else " (at most 10,000 per search)"
        head += f" More: --offset {res.offset + shown}{everything}."
    return head


def suggestion_command(t, articles: bool = False) -> str:
    import re

    def quote(s: str) -> str:  # shell quotes only where needed: 容错纠错 stays readable
        return "'" + s.replace("'", "'\\''") + "'" if re.search(r"[\s'\"\\$`!*?;&|<>(){}\[\]#~]", s) else s

    parts = ["policykb", "search"] + ([quote(t.query)] if t.query else [])
    parts += [f"--{k} {quote(v)}" for k, v in t.filters.items()] + (["--articles"] if articles else [])
    return " ".join(parts)


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (only this machine by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any free port.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes answering requests (the knowledge base is read-only: they share the file); one per "
                   "core keeps several staff searching, or a large download, from holding the others back.")
def serve(db: str, host: str, port: int, workers: int) -> None:
    """Serve the Chinese search page and its JSON API (/api/search, /api/articles/ID).

    The server follows rebuilds: when `make kb` replaces the knowledge base, new
    requests read the new file and no request fails during the swap.

    \b
    Example:
        policykb serve --port 8000
        # then open http://127.0.0.1:8000/?q=容错纠错
        policykb serve --port 8000 --workers 2   # two processes, for a department
    """
    from pipeline.search.web import serve as run

    _open_db(db).close()
    try:  # (bound before 'serving' is said: a port in use said it and then failed)
        run(db, host, port, workers=workers, on_ready=lambda bound: click.echo(
            f"serving {db} on http://{host}:{bound}/" + (f" ({workers} worker processes)" if workers > 1 else ""), err=True))
    except OSError as e:  # (in use, an address not of this machine, a name that does not resolve)
        raise click.ClickException(f"{host}:{port}: cannot listen there: {e.strerror or e}")


# --by: a level's id or its Chinese name, as export's tables and compare's Chinese headers write it (区县, 乡镇)
BY_LEVELS = {**{lv: lv for lv in LEVELS}, **{zh: lv for lv, zh in LEVEL_ZH.items()}}


def _level_id(ctx, param, value: str) -> str:
    return BY_LEVELS[value]


@cli.command()
@_db_option
@click.option("--by", type=click.Choice(list(BY_LEVELS)), default="province", show_default=True, callback=_level_id,
              help="Region level, or its Chinese name as the exports head it (区县); township where the knowledge base "
                   "records it.")
@click.option("--category", "categories", multiple=True,
              help="Only measures of these categories (id or Chinese name; repeatable, or a list: 关心关爱,容错纠错).")
@click.option("--year", help="Only articles of a year (2023) or a range (2020-2023), 2019- for 2019 on; by their date, as search --year.")
@click.option("--out", default="outputs/reports", show_default=True, type=click.Path(file_okay=False))
@click.option("--lang", type=click.Choice(["zh", "en", "id"]), default="zh", show_default=True, callback=_as_en,
              help="Headings, table headers and sheet names: Chinese, or English for code (id is the same as en).")
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@_force_option
def compare(db: str, by: str, categories: tuple[str, ...], year: str | None, out: str, lang: str, quiet: bool,
            force: bool) -> None:
    """Compare regions: category and target-group matrices with heatmaps, figures by topic,
    slogan spread and timeline, region similarity; one HTML report and one Excel workbook.
    Every plot is saved as PNG and SVG with a CSV of its data beside it.

    \b
    Example:
        policykb compare --by province --out outputs/reports/
        policykb compare --by county --category 容错纠错 --category care --lang en
        policykb compare --by province --year 2020-2023
    """
    from pipeline.report.compare import compare as run

    conn = _open_db(db)
    _writable_out(out, force)
    try:
        wanted = _category_ids(conn, categories, quiet, lang)
        years = _years(conn, year, lang) if year else None
    finally:
        conn.close()
    try:
        rep = run(db, by, wanted or None, out, lang=lang, years=years)
    except ValueError as e:
        raise click.ClickException(str(e))
    except sqlite3.DatabaseError as e:
        raise _damaged(db, e) or e
    except OSError as e:  # (a full disk, a folder taken away meanwhile)
        raise click.ClickException(f"{e.filename or out}: cannot write the report: {e.strerror or e}")
    if not quiet:
        click.echo(f"{counted(len(rep.tables), 'table')}, {counted(len(rep.images), 'plot')}; open {out}/report.html"
                   f" or {out}/comparison.xlsx", err=True)
        for said in (rep.unplaced, rep.undated):  # (the report and the workbook's first sheet say them too)
            if said:
                click.echo(said, err=True)
        if rep.removed:
            click.echo(f"removed {counted(len(rep.removed), 'file')} of the report that was in {out} and this one does "
                       f"not write: {', '.join(rep.removed[:5])}{', …' if len(rep.removed) > 5 else ''}", err=True)
        for title, why in rep.missing.items():  # (the report says it too, where the plot would be)
            click.echo(f"no plot {title}: {why}", err=True)


def _category_ids(conn, given: Iterable[str], quiet: bool = False, lang: str = "zh") -> list[str]:
    """The categories asked for, read as `search --category` reads them (容错 is 容错纠错), by the same function;
    its notes in English for --lang en (the report's reader may not read Chinese)."""
    from pipeline.search import Filters, QueryError, resolve
    from pipeline.search.catalog import catalog

    # (a list in one value, 关心关爱,容错纠错, is its categories: read whole, it was no category, and the note offered
    # the nearest names as if one were misspelt; no category's name holds a comma or a 、)
    asked = [part.strip() for value in given for part in _LIST_SEPARATORS.split(value) if part.strip()]
    if not asked:  # (no catalog needed: a knowledge base built before the search's filter column still compares)
        return []
    try:
        cat, ids = catalog(conn), []
    except QueryError as e:  # (a knowledge base built before the search's filter column: one line, as _years)
        raise click.ClickException(str(e))
    for g in asked:
        res = resolve(cat, Filters(category=g))
        said = [(n.kind, n.message if lang == "zh" else _category_note_en(n)) for n in res.notes]
        if unknown := [text for kind, text in said if kind == "unknown"]:
            raise click.ClickException("\n".join(unknown))
        for _, text in said if not quiet else ():
            click.echo(text, err=True)
        ids += [v.value for v in res.values.get("category", [])]
    return list(dict.fromkeys(ids))


_LIST_SEPARATORS = re.compile(r"[,，、;；]")


def _years(conn, given: str, lang: str = "zh") -> list[int]:
    """The years of `--year 2020-2023`, read as `search --year` reads them, by the same function; a year no
    measure has is an error (in English for --lang en, as the categories' notes)."""
    from pipeline.search import Filters, QueryError, resolve
    from pipeline.search.catalog import catalog

    try:
        cat = catalog(conn)
    except QueryError as e:  # (a knowledge base built before the search index)
        raise click.ClickException(str(e))
    try:
        res = resolve(cat, Filters(year=given))
    except QueryError as e:
        raise click.ClickException(str(e) if lang == "zh" else f"--year {given!r}: write a year (2023) or a range (2020-2023)")
    if unknown := [n for n in res.notes if n.kind == "unknown"]:
        n = unknown[0]
        raise click.ClickException(n.message if lang == "zh" else f"no measure of {given}" + (
            f"; closest years: {', '.join(c.label for c in n.choices)}" if n.choices else ""))
    return [int(v.value) for v in res.values.get("year", [])]


def _category_note_en(n) -> str:
    named = ", ".join(f"{c.value} ({c.label})" for c in n.choices)
    if n.kind == "unknown":
        return f"no measure has the category {n.given!r}" + (f"; try: {named}" if named else "")
    if n.kind == "several":
        return f"category {n.given!r} matches {len(n.choices)}: {named}; all are used"
    return f"category {n.given!r} read as {named}"


@cli.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "xlsx", "jsonl", "spacy"]), default="csv",
              show_default=True, help="spacy: a DocBin of the articles with the extracted spans as span groups.")
@click.option("--out", default="outputs/export", show_default=True, type=click.Path(file_okay=False))
@click.option("--lang", type=click.Choice(["zh", "en", "id"]), default="zh", show_default=True, callback=_as_en,
              help="Column headers, sheet names and coded values (categories, place levels): Chinese, or the "
                   "column names and ids for code (en; id is the same).")
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@_force_option
def export(db: str, fmt: str, out: str, lang: str, quiet: bool, force: bool) -> None:
    """Write every knowledge-base table as CSV, Parquet, Excel or JSON lines (typed: integers
    as integers, dates as dates), or the articles with their spans as a spaCy DocBin.

    \b
    Example:
        policykb export --format xlsx --out outputs/export/
        policykb export --format parquet --lang en
        policykb export --format spacy   # then: spacy.tokens.DocBin().from_disk("outputs/export/kb.spacy")
    """
    _open_db(db).close()
    _writable_out(out, force)
    try:
        if fmt == "spacy":
            from pipeline.report.spacy_export import export_docbin

            paths = [export_docbin(db, out)]
        else:
            from pipeline.report.compare import export as run
            from pipeline.report.sheets import continued_name

            cuts: list = []
            paths = run(db, fmt, out, lang=lang, cuts=cuts)
            for sheet, n in cuts:  # (Excel's cell holds 32,767 characters: said, not silently cut)
                click.echo(f"warning: {counted(n, 'text')} on sheet {sheet} too long for an Excel cell: cut there "
                           f"(marked), whole on sheet {continued_name(sheet)}; CSV, Parquet and JSON lines hold them whole",
                           err=True)
            if fmt == "csv":  # (pandas reads a column of codes with blanks as floats: what each column is)
                from pipeline.report.dtypes import write_dtypes

                paths.append(write_dtypes(db, out, paths, lang))
    except sqlite3.DatabaseError as e:
        raise _damaged(db, e) or e
    except OSError as e:  # (a full disk, a folder taken away meanwhile)
        raise click.ClickException(f"{e.filename or out}: cannot write the export: {e.strerror or e}")
    if not quiet:
        click.echo(f"wrote {counted(len(paths), 'file')} to {out}", err=True)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--out", default="corpora/raw", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the WARC files, manifest.jsonl and the resume state.")
@click.option("--depth", default=0, show_default=True, type=click.IntRange(0, 10),
              help="Links to follow from an HTML source page (same site only); a source line's depth=N wins.")
@click.option("--match", multiple=True, help="Fetch only discovered URLs matching this regex (repeatable).")
@click.option("--exclude", multiple=True, help="Never fetch discovered URLs matching this regex (repeatable).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip pages dated before this day (sitemap lastmod, feed date or date in the URL).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Skip pages dated after this day.")
@click.option("--delay", default=2.0, show_default=True, type=click.FloatRange(0), help="Seconds between requests to one host (robots.txt Crawl-delay may raise it).")
@click.option("--user-agent", envvar="POLICYKB_USER_AGENT", default=None,
              help="User-Agent header; add a contact address. Also $POLICYKB_USER_AGENT.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Seconds for one whole response.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 10), help="Further attempts after 429, 5xx, timeouts.")
@click.option("--max-pages", default=1000, show_default=True, type=click.IntRange(1), help="URLs per host per run.")
@click.option("--max-mb", default=10.0, show_default=True, type=click.FloatRange(0.001), help="Largest response accepted, in MB.")
@click.option("--revisit-days", default=30.0, show_default=True, type=click.FloatRange(0),
              help="Ask again (conditionally) for a known page after this many days; listings are asked every run.")
@click.option("--max-retry-after", default=600.0, show_default=True, type=click.FloatRange(0),
              help="Longest Retry-After (seconds) waited for; longer ones leave the URL for a later run.")
@click.option("--quiet", "-q", is_flag=True, help="No summary.")
def fetch(sources: tuple[str, ...], out: str, depth: int, match, exclude, since, until, delay: float,
          user_agent: str | None, timeout: float, retries: int, max_pages: int, max_mb: float, revisit_days: float,
          max_retry_after: float, quiet: bool) -> None:
    """Fetch pages from SOURCES into WARC files under --out, politely and resumably.

    A source is a URL (a sitemap, an RSS/Atom feed or an HTML page, told apart by
    what it returns), site:URL (also the site's sitemaps from robots.txt and the
    feeds its home page names), or a file listing sources one per line, each
    optionally followed by depth=N and match=REGEX.  robots.txt is obeyed; one
    request at a time per host.  A killed fetch resumes where it stopped; a
    second run asks only for new pages, listings and pages due for a revisit.

    \b
    Example:
        policykb fetch corpora/sources.txt --out corpora/raw/
        policykb fetch https://www.example.gov.cn/sitemap.xml --since 2024-01-01 --match '/20\\d\\d/'
    """
    import re

    from pipeline.fetch import DEFAULT_USER_AGENT, DateWindow, Options, SourceError, StoreError, UrlFilter, resolve_sources
    from pipeline.fetch import fetch as run

    for pattern in match + exclude:
        try:
            re.compile(pattern)
        except re.error as e:
            raise click.BadParameter(f"{pattern!r}: {e}", param_hint="--match/--exclude")
    if since and until and since > until:  # (every page fell outside the window, said only as a count)
        raise click.BadParameter(f"{since:%Y-%m-%d} is after --until {until:%Y-%m-%d}: no day is in that window",
                                 param_hint="--since")
    try:
        found = resolve_sources(list(sources), depth)
    except (SourceError, OSError) as e:
        raise click.ClickException(str(e))
    opts = Options(user_agent=user_agent or DEFAULT_USER_AGENT, delay=delay, timeout=timeout, retries=retries,
                   max_pages=max_pages, max_bytes=int(max_mb * 1024 * 1024), revisit_after=revisit_days * 86400,
                   max_retry_after=max_retry_after, url_filter=UrlFilter(tuple(match), tuple(exclude)),
                   window=DateWindow(since.date() if since else None, until.date() if until else None))
    try:
        report = run(found, out, opts)
    except StoreError as e:
        raise click.ClickException(str(e))
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.exit_code:
        raise click.exceptions.Exit(report.exit_code)


def main() -> None:
    cli(prog_name="policykb")


if __name__ == "__main__":
    main()
