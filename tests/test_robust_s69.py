"""What a robustness tester of session 69 did to the tool: knowledge bases in folders the reader
cannot write or with odd characters in their path, corpora with files no article is made of, and
outputs that cannot be written.  Each answer is the work done, or one line naming the path and why."""
from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
import sys

from click.testing import CliRunner
import pytest

from pipeline.cli import cli
from tests.conftest import ROOT

ONE = "县委组织部试行干部考核新办法\n县委组织部出台干部考核办法，把考核结果用于干部选拔任用，建立容错纠错机制。\n"


def _corpus(tmp_path: Path, **extra: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(ONE, encoding="utf-8")
    for name, data in extra.items():
        (corpus / name).write_bytes(data)
    return corpus


def _build(corpus: Path, out: Path, *more: str):
    return CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-j", "1", "--model", "none.pkl", *more])


def _as_a_user(args: list[str]) -> list[str]:
    """The command run without root's power to write any folder (as the tester ran it), or as is by a user."""
    if os.geteuid() != 0:
        return args
    if not shutil.which("setpriv"):
        pytest.skip("root without setpriv: a folder cannot be made unwritable to this process")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", *args]


def _policykb(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run(_as_a_user([sys.executable, "-m", "pipeline", *args]), capture_output=True, text=True,
                          cwd=cwd, env=env)


# --- B1: a knowledge base in a folder the reader cannot write --------------------------------------

@pytest.fixture
def read_only_kb(tmp_path, segmenter):
    shelf = tmp_path / "shelf"
    r = _build(_corpus(tmp_path), shelf / "kb.sqlite")
    assert r.exit_code == 0, r.output
    for left in shelf.iterdir():  # (the copy a user is given: the file alone)
        if left.name != "kb.sqlite":
            shutil.rmtree(left) if left.is_dir() else left.unlink()
    shelf.chmod(0o555)
    yield shelf / "kb.sqlite"
    shelf.chmod(0o755)


def test_a_knowledge_base_in_a_folder_the_reader_cannot_write_is_read(read_only_kb, tmp_path):
    r = _policykb("search", "干部", "--db", str(read_only_kb), cwd=tmp_path)
    assert r.returncode == 0 and "1 measure matches" in r.stderr, r.stderr
    r = _policykb("export", "--db", str(read_only_kb), "--out", str(tmp_path / "export"), cwd=tmp_path)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert sorted(p.name for p in read_only_kb.parent.iterdir()) == ["kb.sqlite"]  # (no -shm could be made)


def test_a_build_beside_a_knowledge_base_the_reader_cannot_write_is_said_in_one_line(read_only_kb, tmp_path):
    read_only_kb.parent.chmod(0o755)
    Path(f"{read_only_kb}-wal").write_bytes(b"")  # (a build holds it open)
    read_only_kb.parent.chmod(0o555)
    r = _policykb("search", "干部", "--db", str(read_only_kb), cwd=tmp_path)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "not writable" in r.stderr and "kb.sqlite-wal" in r.stderr and "旧版" not in r.stderr, r.stderr


# --- B3: #, ? and % in the knowledge base's path -----------------------------------------------------

@pytest.mark.parametrize("folder", ["a#b", "a?b", "a%41b"])
def test_a_knowledge_base_path_with_uri_characters_is_read_and_rebuilt(tmp_path, segmenter, folder):
    corpus, out = _corpus(tmp_path), tmp_path / folder / "kb.sqlite"
    for mode in ("full build", "nothing changed"):
        r = _build(corpus, out)
        assert r.exit_code == 0 and mode in r.output, r.output
    r = CliRunner().invoke(cli, ["search", "干部", "--db", str(out)])
    assert r.exit_code == 0 and "1 measure matches" in r.output, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["corpus", folder])  # (no stray file cut at the #)


# --- B2, B9, B10: paths a build or an export cannot use, said in one line before the work ----------

def test_a_folder_too_deep_to_name_is_skipped_and_the_rest_built(tmp_path, segmenter):
    corpus = _corpus(tmp_path)
    fd = os.open(corpus, os.O_RDONLY)  # (each name short; the whole path longer than the system takes)
    try:
        for k in range(30):
            os.mkdir(f"{k:0>200}", dir_fd=fd)
            fd, old = os.open(f"{k:0>200}", os.O_RDONLY, dir_fd=fd), fd
            os.close(old)
    finally:
        os.close(fd)
    r = _build(corpus, tmp_path / "kb.sqlite")
    assert r.exit_code == 0 and "1 document" in r.output and "File name too long" in r.output, r.output
    assert "cannot write the knowledge base" not in r.output


def test_an_unusable_out_or_cache_is_named_before_any_work(tmp_path, segmenter):
    corpus = _corpus(tmp_path)
    r = _build(corpus, corpus / "a.txt" / "kb.sqlite")
    assert r.exit_code == 1 and f"{corpus / 'a.txt'} is a file, not a folder" in r.output, r.output
    (tmp_path / "locked").mkdir(mode=0o555)
    r = _policykb("build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--cache", str(tmp_path / "locked"),
                  "--model", "none.pkl", cwd=tmp_path)
    assert r.returncode == 1 and r.stderr.strip().splitlines()[-1].startswith(f"Error: {tmp_path / 'locked'}: cannot write "
                                                                          "the cache there: permission denied"), r.stderr
    assert "building" not in r.stderr and not (tmp_path / "kb.sqlite").exists()
    r = _policykb("build", str(corpus), "--out", str(tmp_path / "kb.sqlite"), "--report-json",
                  str(tmp_path / "locked" / "r.json"), "--model", "none.pkl", cwd=tmp_path)
    assert r.returncode == 1 and "cannot write the report there: permission denied" in r.stderr, r.stderr
    assert "building" not in r.stderr and not (tmp_path / "kb.sqlite").exists()


def test_export_and_compare_to_a_folder_they_cannot_write_say_so_in_one_line(read_only_kb, tmp_path):
    for command in ("export", "compare"):
        r = _policykb(command, "--db", str(read_only_kb), "--out", str(read_only_kb.parent / "out"), cwd=tmp_path)
        assert r.returncode == 1 and "Traceback" not in r.stderr and "permission denied" in r.stderr, r.stderr


def test_a_db_that_is_empty_or_under_a_file_is_one_line(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    for db, said in (("", "--db is empty"), (str(tmp_path / "notes.txt" / "kb.sqlite"), "no knowledge base here")):
        for args in (["search", "干部"], ["export", "--out", str(tmp_path / "e")]):
            r = CliRunner().invoke(cli, [*args, "--db", db])
            assert r.exit_code == 1, r.output
            assert said in r.output and len(r.output.strip().splitlines()) == 1, r.output


def test_search_results_to_a_full_device_are_one_line(sample_kb):
    db, _ = sample_kb
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "pipeline", "search", "干部", "--db", str(db), "--format", "csv"],
                           stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert r.returncode == 1 and r.stderr.strip() == "Error: cannot write the results: No space left on device", r.stderr


def test_an_empty_corpus_or_out_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    for args, said in ((["", "--out", "kb.sqlite"], "CORPUS is empty"), ([".", "--out", ""], "--out is empty")):
        r = CliRunner().invoke(cli, ["build", *args])
        assert r.exit_code == 1 and said in r.output, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


# --- B8: the cache folder deleted during a build ------------------------------------------------------

def test_a_cache_folder_deleted_during_a_build_is_said_once(tmp_path, segmenter, caplog):
    from pipeline.classify.tagger import MeasureTagger
    from pipeline.nlp.segment import segmenter_name
    from pipeline.worker import Item, WorkerSettings, classifier_key, forget_refused_caches, process_batch, stage_key

    tagger = MeasureTagger(None, None)
    settings = WorkerSettings(str(tmp_path / "gone"), tagger, classifier_key(tagger), segmenter_name(), stage_key())
    items = []
    for k in range(3):
        data = ONE.replace("新", "新" * (k + 1)).encode()
        items.append(Item(str(tmp_path / f"{k}.txt"), data, len(data), 0, None))
    forget_refused_caches()
    with caplog.at_level("WARNING"):
        outcomes, _ = process_batch(items, settings)
    assert len(outcomes) == 3
    said = [r for r in caplog.records if "cannot write cache entry" in r.getMessage()]
    assert len(said) == 1 and "no more entries" in said[0].getMessage(), caplog.text


# --- B4-B7, B11-B13: files of a corpus no article is made of, each named once --------------------------

def _problems(tmp_path: Path, corpus: Path) -> tuple[str, str]:
    r = _build(corpus, tmp_path / "kb.sqlite")
    assert r.exit_code == 0, r.output
    return r.output, "\n".join(ln for ln in r.output.splitlines() if ln.startswith(("skipped", "duplicate")))


def test_odd_files_are_skipped_each_with_its_reason(tmp_path, segmenter):
    corpus = _corpus(tmp_path, **{"none.warc.gz": b"", "text.warc.gz": b"plain words, no archive\n"})
    os.mkfifo(corpus / "pipe.txt")
    (corpus / os.fsdecode("名单".encode("gbk") + b".txt")).write_text(ONE.replace("新", "另"), encoding="utf-8")
    output, said = _problems(tmp_path, corpus)
    assert "pipe.txt: not a regular file" in said, output
    assert "none.warc.gz: empty file" in said and "text.warc.gz:" in said, output
    assert "file name is not UTF-8" in said and "\\x" in said and "internal error in" not in output, output


def test_a_utf32_file_is_read_as_utf32(tmp_path):
    from pipeline.text.ingest import decode

    for codec in ("utf-32", "utf-32-be"):
        data = ("\ufeff" if codec.endswith("be") else "").encode(codec) + ONE.encode(codec)
        text, name = decode(data)
        assert text.lstrip("\ufeff") == ONE and name.startswith("utf-32"), (codec, name)


def test_pages_policykb_wrote_and_redirect_stubs_are_not_articles(tmp_path, segmenter):
    body = "<p>" + ONE * 3 + "</p>"
    corpus = _corpus(tmp_path, **{
        "report.html": f"<!doctype html><html><head><meta charset='utf-8'><meta name='generator' content='policykb'>"
                       f"<title>地区比较</title></head><body>{body}</body></html>".encode(),
        "moved.html": "<html><head><meta http-equiv='refresh' content='0;url=/new'></head><body>正在跳转，请稍候</body></html>".encode(),
    })
    output, said = _problems(tmp_path, corpus)
    assert "report.html: written by policykb" in said and "moved.html: a redirect page" in said, output
    assert "1 document" in output


def test_the_pages_policykb_writes_say_so(client, sample_kb, tmp_path):
    from pipeline.text.ingest import IngestError, read_document

    page = tmp_path / "saved.html"
    page.write_text(client.get("/", params={"q": "干部"}).text, encoding="utf-8")
    with pytest.raises(IngestError, match="written by policykb"):
        read_document(page)


def test_a_symlinked_folder_and_file_are_duplicates_of_the_real_ones(tmp_path, segmenter):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "real.txt").write_text(ONE, encoding="utf-8")
    (corpus / "a_link").symlink_to("sub")
    (corpus / "a_link_to_file.txt").symlink_to("sub/real.txt")
    output, said = _problems(tmp_path, corpus)
    assert f"duplicate {corpus / 'a_link'}: same folder as {corpus / 'sub'}" in said, output
    assert f"duplicate {corpus / 'a_link_to_file.txt'}: same content as {corpus / 'sub' / 'real.txt'}" in said, output
    assert "loop" not in output and "skipped" not in said, output


def test_a_warc_record_is_judged_as_a_page_file_is(tmp_path, segmenter):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = {"http://x.cn/moved": "<html><head><meta http-equiv='refresh' content='0;url=/new'></head>"
                                  "<body>正在跳转，请稍候</body></html>",
             "http://x.cn/ours": "<!doctype html><html><head><meta charset='utf-8'><meta name='generator' "
                                 f"content='policykb'><title>检索</title></head><body><p>{ONE * 3}</p></body></html>",
             "http://x.cn/article": f"<html><head><title>某县干部培训</title></head><body><p>{ONE * 3}</p></body></html>"}
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "crawl.warc.gz", "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                http_headers=headers))
    output, said = _problems(tmp_path, corpus)
    assert "http://x.cn/moved: a redirect page" in said and "http://x.cn/ours: written by policykb" in said, output
    assert "1 document" in output


def test_pdf_and_word_files_are_named_not_passed_over(tmp_path, segmenter):
    corpus = _corpus(tmp_path, **{"notice.pdf": b"%PDF-1.4\n", "plan.docx": b"PK\x03\x04", "logo.png": b"\x89PNG"})
    output, said = _problems(tmp_path, corpus)
    assert "notice.pdf: PDF files are not read: save it as .txt or .html" in said, output
    assert "plan.docx: Word files are not read" in said and "logo.png" not in output, output
