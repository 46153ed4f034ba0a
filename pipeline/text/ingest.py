"""Find files, read them safely, detect their encoding; HTML pages go to ``text.html`` and
WARC records come from ``text.warc``.

The text stages' only contact with the corpus on disk (with ``text.warc``).  Every failure is an
``IngestError`` with a one-line reason; the caller decides whether it stops a
batch (it never does unless --strict asks for a non-zero exit at the end).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
import errno
import hashlib
import json
import logging
import os
from pathlib import Path
import re
import stat

from pipeline.core.english import counted, one_line
from pipeline.core.records import PageMeta, RawDocument
from pipeline.text import warc
from pipeline.text.chars import CJK, HAN, HAN_CHAR, PUA, PUNCT, cjk_count, cjk_only, is_common, is_frequent

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
MANIFEST_NAMES = ("manifest.tsv", "manifest.csv", "manifest.jsonl", "manifest.json")  # a crawl's record of its pages (text/manifest.py)
# Documents an article may come as but that are not read: named as skipped (images, style sheets … are passed over).
UNREAD_DOCUMENTS = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".wps": "WPS", ".odt": "OpenDocument", ".rtf": "RTF"}
NO_ARTICLE_FILES = "no article files to read (.txt, .md, .html, .htm, .warc.gz)"  # (a folder discover finds none in)
MAX_BYTES = 10 * 1024 * 1024  # a long article is 50 KB; beyond this it is not one


def unread_document(path: str | os.PathLike) -> str | None:
    """Why a file of a kind articles come as but that is not read (a PDF) is skipped; None for any other."""
    kind = UNREAD_DOCUMENTS.get(Path(path).suffix.lower())
    return f"{kind} files are not read: save it as .txt or .html" if kind else None


class IngestError(Exception):
    """A file that gives no document, and why. ``ours``: a file policykb itself keeps in a corpus folder (a fetch
    source list, a fetch run's WARC file of listings and revisits only): no article, and no error either."""

    def __init__(self, path: str | os.PathLike, reason: str, ours: bool = False, unreadable: bool = False):
        super().__init__(f"{one_line(str(path))}: {reason}")  # (the name on one line, whatever it holds)
        self.path = str(path)
        self.reason = reason
        self.ours = ours
        self.unreadable = unreadable  # (as Skipped's)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str
    ours: bool = False  # (as IngestError's: said, but no file skipped for --strict)
    # There, but its bytes (a folder: its entries) could not be read (permission denied, an I/O error): what it
    # is now is unknown, so a rebuild keeps what it stored from it (a missing file, a symlink loop: not so).
    unreadable: bool = False


def discover(root: str | os.PathLike, manifests: list[Path] | None = None) -> Iterator[Path | Skipped]:
    """Yield article files under ``root`` in a stable order; loops are reported, not followed.

    WARC files yield one member path (``file.warc.gz#offset``) per HTML page, after the other
    files, the latest response per URL across all the WARC files under ``root``.  A crawl's
    manifests met on the way (``MANIFEST_NAMES``) are added to ``manifests`` when it is given: the
    walk is made once (pipeline/text/manifest.py reads them).
    """
    root = Path(root)
    warcs: list[Path] = []
    # Folders and files reached through a symlink: after the real ones, so a copy is named by its real path first.
    linked_dirs: list[Path] = []
    links: list[Path] = []
    if root.is_file():
        if why := not_readable_name(root):
            yield Skipped(os.fsencode(root).decode("utf-8", "backslashreplace"), why)
        elif why := unread_document(root):  # (named alone, as inside a folder: not read as a text it is not)
            yield Skipped(str(root), why)
        elif warc.is_warc(root):
            yield from _warc_documents([root])
        else:
            yield root
        return
    if not root.is_dir():
        if root.exists():  # (a FIFO, a device: reading it would wait for ever)
            yield Skipped(str(root), "not a regular file")
            return
        raise IngestError(root, missing_reason(root))
    seen: dict[str, Path] = {}  # real folder -> the path it was first walked by

    def walk(d: Path) -> Iterator[Path | Skipped]:
        real = os.path.realpath(d)
        if real in seen:
            where = os.path.realpath(d.parent)
            if os.path.commonpath([where, real]) == real:  # a link to a folder that holds it
                yield Skipped(str(d), f"symlink loop (a link to {seen[real]}, which holds it)")
            else:
                yield Duplicate(str(d), str(seen[real]))
            return
        seen[real] = d
        yield from entries_of(d)

    def entries_of(d: Path) -> Iterator[Path | Skipped]:
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:
            yield Skipped(str(d), _os_reason(e), unreadable=is_unreadable(e))
            return
        for e in entries:
            p = Path(e.path)
            try:
                is_dir = e.is_dir()  # follows symlinks
            except OSError as err:
                yield Skipped(str(p), _os_reason(err), unreadable=is_unreadable(err))
                continue
            if manifests is not None and e.name in MANIFEST_NAMES and not is_dir:
                manifests.append(p)
                continue
            if is_dir:
                if e.name.startswith("."):
                    pass
                elif e.is_symlink():
                    linked_dirs.append(p)
                else:
                    yield from walk(p)
            elif (warc.is_warc(p) or p.suffix.lower() in SUFFIXES) and (why := not_readable_name(p)):
                yield Skipped(os.fsencode(p).decode("utf-8", "backslashreplace"), why)  # (printable, whatever its bytes)
            elif warc.is_warc(p):
                warcs.append(p)
            elif p.suffix.lower() in SUFFIXES:
                if e.is_symlink():
                    links.append(p)
                else:
                    yield p
            elif why := unread_document(p):  # (articles people expect read: said, not passed over)
                yield Skipped(str(p), why)
            elif e.is_symlink() and not os.path.exists(p):
                if p.suffix.lower() in SUFFIXES or not p.suffix:
                    yield Skipped(str(p), _link_reason(p))

    yield from walk(root)
    while linked_dirs:
        yield from walk(linked_dirs.pop(0))
    yield from links
    yield from _warc_documents(warcs)


@dataclass(frozen=True)
class Duplicate:
    """A path that reaches what an earlier one did (a symlinked folder): read once, by ``first``."""

    path: str
    first: str


def not_readable_name(p: Path) -> str | None:
    """Why a found article file is not read before its bytes are: not a regular file (a FIFO would
    block the build), or a name that is not UTF-8 (a zip made on Windows: GBK names), which the
    knowledge base cannot store."""
    try:
        if not stat.S_ISREG(os.stat(p).st_mode):
            return "not a regular file"
    except OSError as e:
        return _os_reason(e)
    try:
        str(p).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not UTF-8 (a zip made on Windows?): rename it to read it"
    return None


def _warc_documents(files: list[Path]) -> Iterator[Path | Skipped]:
    found: list[warc.Member] = []
    for f in files:
        before = len(found)
        try:
            found.extend(warc.members(f))
        except warc.WarcError as e:  # the records before the damage still count, and are said to
            read = len(found) - before
            yield Skipped(e.path, f"{counted(read, 'page')} read, then: {e.reason}" if read else e.reason)
            continue
        if len(found) == before:  # (warcio reads an empty or non-gzip file as no record, without a word)
            why = _no_member_reason(f)  # (records, but no page: a fetch run that met only listings and unchanged pages)
            yield Skipped(str(f), why, ours=why == NO_PAGE)
    for m in warc.latest(found):
        yield Path(m.path)


def _no_member_reason(f: Path) -> str:
    try:
        with open(f, "rb") as fh:
            head = fh.read(2)
    except OSError as e:
        return _os_reason(e)
    if not head:
        return "empty file"
    if head != b"\x1f\x8b":
        return "not a gzip file: no WARC records read"
    return NO_PAGE


NO_PAGE = "no HTML page in this WARC file (only listings, unchanged pages or other records)"


def _link_reason(p: Path) -> str:
    try:
        os.stat(p)
    except OSError as e:
        return _os_reason(e)
    return "broken symlink"


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.ENOENT:
        return missing_reason(getattr(e, "filename", None))
    return e.strerror or str(e)


def is_unreadable(e: OSError) -> bool:
    """Whether the error leaves the file (or folder) there, unread: not one that is gone or loops."""
    return e.errno not in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR)


def missing_reason(path) -> str:
    """One wording for a path that is not there, in clean, extract and build alike."""
    return "broken symlink or file vanished" if path and os.path.islink(path) else "no such file or directory"


def doc_id(data: bytes, page: PageMeta | None = None) -> str:
    """The document's id: its bytes, and the crawl manifest's row when it has one (a changed row is
    a changed document)."""
    if page is None:
        return hashlib.sha1(data).hexdigest()[:16]
    return hashlib.sha1(data + b"\x00manifest\x00" + page.key()).hexdigest()[:16]


# The same kinds told by their first bytes, whatever the file is called (a PDF saved as .txt was "mostly not
# Chinese"): PDF, RTF, the OLE container of Word .doc and WPS, the zip of a .docx (its part's name) or an .odt.
_SIGNATURES = ((b"%PDF-", "PDF"), (b"{\\rtf", "RTF"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word or WPS"))
_ZIP = b"PK\x03\x04"


def document_kind(data: bytes) -> str | None:
    """The kind of unread document these bytes are (PDF, Word …), or None."""
    head = data[:16].lstrip()
    kind = next((k for sig, k in _SIGNATURES if head.startswith(sig)), None)
    if kind or not head.startswith(_ZIP):
        return kind
    if data[30:38] == b"mimetype" and b"opendocument" in data[38:120]:
        return "OpenDocument"
    return "Word" if b"word/document.xml" in data else None


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    member = warc.split_member_path(path)
    if member is not None:
        try:
            return warc.read_member(*member, max_bytes)[0]
        except warc.WarcError as e:
            raise IngestError(path, e.reason) from None
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            raise IngestError(path, "not a regular file")
        size = st.st_size
        if size > max_bytes:
            raise IngestError(path, f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit): not an article")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except IngestError:
        raise
    except IsADirectoryError:
        raise IngestError(path, "is a directory")
    except OSError as e:
        raise IngestError(path, _os_reason(e), unreadable=is_unreadable(e)) from None
    if len(data) > max_bytes:
        raise IngestError(path, f"file too large (> {max_bytes / 1e6:.0f} MB limit): not an article")
    return data


_BOMS = [  # (mark, codec that drops it, name reported); UTF-32's marks first: FF FE opens UTF-32-LE's too
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8 (BOM)"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32-le (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32-be (BOM)"),
    (b"\xff\xfe", "utf-16", "utf-16-le (BOM)"),
    (b"\xfe\xff", "utf-16", "utf-16-be (BOM)"),
]


# Every byte but the control characters of binary files (below 32 except \t \n \v \f \r and ESC).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32) or b == 27)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    ctrl = len(sample.translate(None, _NOT_CONTROL))  # what is left: the control bytes
    return ctrl > len(sample) * 0.02


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: the byte order that reads as Chinese."""
    if len(data) % 2 or len(data) < 4:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:2000]
        ok = sum(c.isascii() and (c.isprintable() or c in "\r\n\t") or _is_common_han(c) for c in sample)
        if ok >= 0.95 * len(sample):
            return text, enc
    return None


def _is_common_han(c: str) -> bool:
    return c >= "\u3000" and is_common(c)


def _cjk_score(text: str) -> float:
    han = cjk_only(text[:4000])  # (the ideographs, in one regex pass: no call per character)
    if not han:
        return 0.0
    return sum(n for c, n in Counter(han).items() if is_common(c)) / len(han)  # (is_common asked once per kind)


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding name); IngestError if the bytes are not text.  A file no encoding reads whole
    is read with its few bad bytes marked U+FFFD, the name saying how many ("utf-8 (1 undecodable marked)")."""
    if not data.strip():
        raise IngestError(path, "empty file")
    if kind := document_kind(data):
        raise IngestError(path, f"a {kind} file, whatever its name says: not read (save its text as .txt or .html)")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                if codec == "utf-32":  # (a UTF-16 text whose first character is U+0000)
                    continue
                raise IngestError(path, f"undecodable bytes: starts with a {name[:-6]} byte-order mark but is not {name[:-6]}")
    if b"\x00" in data[:8192]:
        found = _utf16_without_bom(data)
        if found:
            return found
        raise IngestError(path, "binary file, not text")
    if _looks_binary(data):
        raise IngestError(path, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _undo_latin_misreading(text, path) or (text, "utf-8")
    found = _utf16_without_bom(data)
    if found:
        return found
    # GB18030 and the Big5 family decode many byte strings, one another's included (a Big5 page with one
    # character of Microsoft's or Hong Kong's extension fails plain Big5 and reads as GB18030 garbage):
    # keep the reading that is most readable, not the first that decodes.
    candidates = []
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_readability(text), enc, text))
    if candidates:
        _, enc, text = max(candidates, key=lambda c: c[0])  # (ties: the earlier, plainer encoding)
        if _cjk_score(text) >= 0.5:
            return text, enc
    lossy = _with_bad_bytes_marked(data)
    if lossy:
        return lossy
    if candidates:
        raise IngestError(path, f"undecodable bytes: decodes as {enc} only to rare characters")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("ascii",):
        raise IngestError(path, "undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5")
    return str(best), best.encoding


# The legacy encodings a Chinese page comes in, plainest first: GB18030 (GBK, GB2312), Big5, and Big5's
# supersets, Microsoft's (cp950: 碁, 恒, 裏) and Hong Kong's (big5hkscs: 喺).
_LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")
_UNPLACED = re.compile(f"[{PUA}]")  # (what a reading in the wrong encoding is full of)
MAX_BAD_SHARE = 0.2  # marks per character above which a file is not read with its bad bytes marked


def _readability(text: str) -> float:
    """How readable a reading is (mojibake.readability: common characters and dictionary words), each
    private-use character counted as an unreadable one."""
    from pipeline.text.mojibake import readability

    sample = text[:2000]
    han = cjk_count(sample)
    unplaced = len(_UNPLACED.findall(sample))
    return readability(sample) * han / (han + unplaced) if han + unplaced else 0.0


def _with_bad_bytes_marked(data: bytes) -> tuple[str, str] | None:
    """A file that no encoding reads whole (a stray byte, a download cut mid-character, a UTF-8 line in a
    GBK file): each line read as UTF-8 when it is, else in the encoding that reads the file best, the
    bytes that encoding cannot place marked U+FFFD; None when much of the file is bad."""
    lines = data.split(b"\n")
    best = None
    for enc in ("utf-8",) + _LEGACY:
        text, bad, utf8 = _marked_reading(lines, enc)
        score = _readability(text)
        if best is None or (score, -bad) > (best[0], -best[1]):
            best = score, bad, utf8, enc, text
    score, bad, utf8, enc, text = best
    if bad > MAX_BAD_SHARE * len(text) or _cjk_score(text) < 0.5:
        return None
    said = ([counted(utf8, "line") + " in utf-8"] if utf8 else []) + ([f"{bad} undecodable marked"] if bad else [])
    return text, f"{enc} ({', '.join(said)})"


_MARKED = re.compile(r"\b(\d+) undecodable marked\b")


def undecodable_marked(encoding: str) -> int:
    """How many marks (U+FFFD) decode put in for bytes it could not read, by the encoding name it gave."""
    m = _MARKED.search(encoding)
    return int(m.group(1)) if m else 0


def _marked_reading(lines: list[bytes], enc: str) -> tuple[str, int, int]:
    """``lines`` read in ``enc`` with what it cannot place marked: the text, how many marks, and how many
    lines of other bytes than ASCII were read as UTF-8 instead (they are, where ``enc`` is no UTF-8)."""
    out = []
    bad = utf8 = 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += enc != "utf-8" and not line.isascii()
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(line.decode(enc))
            continue
        except UnicodeDecodeError:
            pass
        read = line.decode(enc, errors="replace")
        bad += read.count("\ufffd")
        out.append(read)
    return "\n".join(out), bad, utf8


# The bytes a Latin-1 or Windows-1252 reading turns into each character: a page whose bytes were read so
# (a crawler's default for text/html without a charset: `requests` gives ISO-8859-1) and saved as UTF-8
# shows æŸ�åŽ¿ for 某县; the characters give the bytes back, which decode as they should have.
_CP1252_BYTES = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_HIGH_LATIN = re.compile("[\u0080-\u00ff" + "".join(_CP1252_BYTES) + "]")
_HAN = re.compile(f"[{CJK}]")
_LOST_RUN = re.compile("\ufffd+")
# A character no Latin-1/Windows-1252 reading gives (U+FFFD is what it gives for a lost byte).
_NOT_FROM_A_LATIN_READING = re.compile("[^\u0000-\u00ff" + "".join(_CP1252_BYTES) + "\ufffd]")


def _latin_bytes(text: str) -> bytes:
    """The bytes a Latin-1/Windows-1252 reading made ``text`` of; 0xFF (no UTF-8 byte) for a character
    neither gives, such as the U+FFFD that Windows-1252's five unassigned bytes become."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return bytes(_CP1252_BYTES.get(c, ord(c) if ord(c) < 256 else 0xFF) for c in text)


def _undo_latin_misreading(text: str, path: str | os.PathLike) -> tuple[str, str] | None:
    """A text with no Chinese but many Latin-1 letters that is a Chinese page read as Latin-1 (UTF-8,
    GB18030 or Big5 bytes): the page as it should have been read, and how it had been read. A byte
    the reading lost becomes U+FFFD in a UTF-8 page, as the decoder marks what it cannot place."""
    sample = text[:4000]
    if _HAN.search(sample) or len(_HIGH_LATIN.findall(sample)) < 0.3 * len(sample.strip()):
        return None  # (an ordinary page: its first ideograph ends the search)
    if _NOT_FROM_A_LATIN_READING.search(text):
        return None  # (an ideograph after the sample was read right: re-reading would lose it)
    raw = _latin_bytes(text)
    for fixed, enc in _readings(raw, path):
        if han_share(fixed) >= 0.3:
            return fixed, f"{enc} (read as latin-1 and saved as utf-8)"
    return None


def _readings(raw: bytes, path: str | os.PathLike) -> Iterator[tuple[str, str]]:
    """The bytes as decode reads them, then as UTF-8 with its lost bytes guessed (what no guess
    places marked U+FFFD, one mark per run, as repair marks them) when few were lost."""
    try:
        read = decode(raw, path)
        if not undecodable_marked(read[1]):  # (a UTF-8 page's lost bytes are guessed below before any is marked)
            yield read
    except IngestError:
        pass
    lossy = _LOST_RUN.sub("\ufffd", _guess_lost_bytes(raw).decode("utf-8", errors="replace"))
    if lossy.count("\ufffd") <= 0.2 * len(lossy):
        yield lossy, "utf-8"


_UNASSIGNED_1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # (each a UTF-8 continuation byte)


def _guess_lost_bytes(raw: bytes) -> bytes:
    """Each UTF-8 character of ``raw`` with 0xFF for one or two of Windows-1252's unassigned bytes:
    the bytes that make it a frequent Chinese character, where exactly one choice does."""
    out = bytearray(raw)
    at = out.find(0xFF)
    while at >= 0:
        lead = next((i for i in range(at - 1, max(at - 3, -1), -1) if out[i] >= 0xE0), None)
        if lead is not None and out[lead] < 0xF0:  # (a Chinese character: three bytes from 0xE0)
            char = out[lead:lead + 3]
            lost = [i for i, b in enumerate(char) if b == 0xFF]
            fits = [guess for guess in product(_UNASSIGNED_1252, repeat=len(lost))
                    if _frequent_with(char, lost, guess)]
            if len(fits) == 1:
                for i, b in zip(lost, fits[0]):
                    out[lead + i] = b
        at = out.find(0xFF, at + 1)
    return bytes(out)


def _frequent_with(char: bytearray, lost: list[int], guess: tuple[int, ...]) -> bool:
    trial = bytearray(char)
    for i, b in zip(lost, guess):
        trial[i] = b
    try:
        return is_frequent(bytes(trial).decode("utf-8"))
    except UnicodeDecodeError:
        return False


def han_share(text: str) -> float:
    """Chinese ideographs per character that is not white space, in the text's first 4,000 characters."""
    sample = text[:4000]
    shown = len(sample) - sum(map(sample.count, " \t\r\n\u3000\xa0"))
    return len(cjk_only(sample)) / shown if shown else 0.0


# Below this share of ideographs among the ideographs and Latin letters a text is no article of the
# genre (an English read-me beside the pages: 9 %); the real pages' lowest is far above it.
MIN_HAN_SHARE = 0.1
# Latin letters, full-width ones too: what an English (or French, German) text is written in.  Digits,
# punctuation and the letters of other scripts count for nothing: a table of scores, codes or phone
# numbers under a Chinese heading, and a Uyghur, Tibetan or Mongolian version before the Chinese one
# on a page from Xinjiang, Tibet or Inner Mongolia, are pages of the genre.
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a]")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")  # (an attachment's URL-encoded link)
# A sentence of Chinese prose (40 characters without a Latin letter or a space; English read-mes and
# guidelines quote 24 at most): an English version before the Chinese one does not make a page English.
_CHINESE_PARAGRAPH = re.compile(f"[{HAN}{PUNCT}0-9０-９%％]{{40,}}")


def chinese_share(text: str) -> float:
    """Ideographs per ideograph or Latin letter in the whole text, links and e-mail addresses left out."""
    text = _ADDRESS.sub(" ", text)
    han = len(HAN_CHAR.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return han / (han + latin) if han + latin else 1.0


def _check_chinese(path: str | os.PathLike, text: str) -> None:
    if _CHINESE_PARAGRAPH.search(text):
        return  # (nearly every page: its first sentence ends the search, before the share's passes over all of it)
    if (share := chinese_share(text)) < MIN_HAN_SHARE:
        raise IngestError(path, f"mostly not Chinese ({share:.0%} of its letters): not an article of the genre")


def read_document(path: str | os.PathLike, max_bytes: int = MAX_BYTES, data: bytes | None = None,
                  page: PageMeta | None = None) -> RawDocument:
    member = warc.split_member_path(path)
    if member is not None:
        return _read_warc_member(path, member, max_bytes, data)
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    data = read_bytes(path, max_bytes) if data is None else data
    text, encoding = decode(data, path)
    if fmt == "txt" and _is_url_list(text):
        raise IngestError(path, "a list of URLs (a `policykb fetch` source list), not an article", ours=True)
    if fmt in ("txt", "md") and (what := policykb_output(text)):
        raise IngestError(path, f"{what}, saved as text: policykb's own output, not an article", ours=True)
    meta: dict[str, str] = {}
    if fmt == "html" or (fmt != "md" and _HTML_START.match(text[:200])):
        text, meta = _html_article(path, text)
        fmt = "html"
    if not text.strip() or not text.replace("\x00", "").strip():  # (FF FE 00 00: a UTF-16 mark and a NUL)
        raise IngestError(path, "no text")
    if len(text) > LONGEST_LINE and (longest := max(map(len, lines := text.splitlines()))) > LONGEST_LINE:
        raise IngestError(path, f"{len(text)} characters on one line: not an article" if len(lines) == 1 else
                          f"a line of {longest:,} characters (over {LONGEST_LINE:,}): not an article")
    _check_chinese(path, text)
    if page is not None and page.url and not meta.get("url"):
        meta["url"] = page.url
    return RawDocument(path=str(path), id=doc_id(data, page), encoding=encoding, format=fmt, text=text, size=len(data),
                       meta=meta, page=page)


# Characters on one line that no article of the genre comes near (the longest paragraph of the real pages and seeds:
# under 3,000): the text stages' work on a line grows faster than its length (a 9 MB line: minutes, with no word).
LONGEST_LINE = 200_000
_HTML_START = re.compile(r"\s*<(!doctype html|html)", re.I)
_OURS = re.compile(r"""<meta\s+name=["']?generator["']?\s+content=["']?policykb\b""", re.I)
_REDIRECT_NOTICE = re.compile(r"跳转|redirect", re.I)
_REDIRECT_CODE = re.compile(r"""http-equiv=["']?refresh|(?:window\.|document\.|top\.)?location(?:\.href)?\s*=|location\.(?:replace|assign)\(""", re.I)
_LONGEST_NOTICE = 40  # characters: "页面跳转中，请稍候……若未跳转请点击这里" and the like; an article is far longer


def _html_article(path, page: str) -> tuple[str, dict[str, str]]:
    """A page's article text and metadata, or IngestError for a page no article is made of: one policykb
    wrote (a compare report or a saved search page in the corpus folder), one without text, a redirect
    stub.  For a file and a WARC record alike."""
    from pipeline.text.html import PageError, extract_html

    if _OURS.search(page[:4000]):
        raise IngestError(path, "written by policykb (a report or a saved search page), not an article")
    try:
        text, meta = extract_html(page)
    except PageError as e:
        raise IngestError(path, str(e)) from None
    if not text.strip():
        raise IngestError(path, "HTML page without article text")
    if _is_redirect(page, text):
        raise IngestError(path, "a redirect page (only a notice that it moves on), not an article")
    return text, meta


def _is_redirect(page: str, text: str) -> bool:
    """A stub whose text only says it moves on (页面跳转中……), or says next to nothing while the page moves
    on by itself (a meta refresh or a script setting the location)."""
    shown = "".join(text.split())
    if len(shown) > _LONGEST_NOTICE:
        return False
    return bool(_REDIRECT_NOTICE.search(shown)) or (len(shown) < 10 and bool(_REDIRECT_CODE.search(page)))


_URL_LINE = re.compile(r"(site:)?https?://\S+")
_CONTENT = re.compile(r"\S")


# What `policykb search` prints (pipeline/cli.py, _print_results): a hit's head line, then its text indented by four
# spaces.  A measure: [measure id] place date categories; an article: article id (16 hex digits-n), date, place, …
_DATE_CELL = r"(?:\d{4}(?:-\d{2}){0,2}|日期不详)"
_HIT_HEAD = re.compile(rf"\[\d+\] \S+ {_DATE_CELL}(?: |$)|[0-9a-f]{{16}}-\d+  {_DATE_CELL}\s*  ")
# Its CSV (search --format csv, the page's download; pipeline/search/hits.py's columns, Chinese or field names): the
# header's first cells and its last.
_HIT_CSV_HEADER = re.compile(r"\ufeff?(?:举措编号,文章编号|measure_id,article_id|文章编号,日期|article_id,date),"
                             r"[^\n]*,(?:知识库链接|link)\r?$")


def policykb_output(text: str) -> str | None:
    """What a text is when `policykb search` wrote it (a result list, its CSV or JSON, saved into the corpus by a
    user keeping it), or None: read back, every measure of it was counted twice.  Answered at the first line
    with content for nearly every article."""
    first = _CONTENT.search(text)
    if first is None:
        return None
    end = text.find("\n", first.start())
    line = text[first.start():end if end >= 0 else len(text)]
    if _HIT_CSV_HEADER.match(line):
        return "a table of search results (`policykb search --format csv`)"
    if text[first.start()] == "{" and _is_search_json(text):
        return "search results as JSON (`policykb search --format json`)"
    if not _HIT_HEAD.match(line):
        return None
    heads = 0
    for ln in text.splitlines():
        if _HIT_HEAD.match(ln):
            heads += 1
        elif ln.strip() and not ln.startswith("    "):  # (a line of prose: an article that opens like a hit)
            return None
    return "a list of search results (`policykb search`)" if heads else None


def _is_search_json(text: str) -> bool:
    try:
        found = json.loads(text)
    except ValueError:
        return False
    return isinstance(found, dict) and {"total", "results", "query"} <= found.keys()


def _is_url_list(text: str) -> bool:
    """Every line but blank and comment (#) lines is a URL, and there is one at least.  Read up to the
    first line that is not one (an article's first line), not every line stripped first."""
    first = _CONTENT.search(text)  # (the first line with content opens there: most texts are answered at it)
    if first is None or text[first.start()] != "#" and not _URL_LINE.match(text, first.start()):
        return False  # (a URL's \S+ stops at every line break splitlines knows: all are white space)
    found = False
    for ln in text.splitlines():
        s = ln.strip()
        if not s or s.startswith("#"):  # (s opens as ln.lstrip() does)
            continue
        if not _URL_LINE.match(s):
            return False
        found = True
    return found


def _read_warc_member(path, member: tuple[str, int], max_bytes: int, data: bytes | None) -> RawDocument:
    """One HTML response of a WARC file; its URL and fetch time go into the document's metadata."""
    try:
        payload, info = warc.read_member(*member, max_bytes)
    except warc.WarcError as e:
        raise IngestError(path, e.reason) from None
    data = payload if data is None else data
    try:
        text, encoding = decode(data, path)
        text, meta = _html_article(path, text)
        _check_chinese(path, text)
    except IngestError as e:
        raise IngestError(path, f"{info['url']}: {e.reason}") from None
    meta.update(url=info["url"], fetched_at=info["fetched_at"])
    return RawDocument(path=str(path), id=doc_id(data), encoding=encoding, format="html", text=text, size=len(data), meta=meta)
