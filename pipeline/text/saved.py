"""Decoding a small file a person saved in an editor or a spreadsheet: a crawl's manifest, a fetch source list."""
from __future__ import annotations


def decode_saved(data: bytes) -> str:
    """UTF-8; UTF-16 with its mark (Excel's "Unicode Text", Notepad's "Unicode"); else GB18030 (what Excel and
    Notepad save on a Chinese Windows).  ValueError saying what to do when it is none of them."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("starts with a UTF-16 mark but is not UTF-16: save it as UTF-8") from None
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    raise ValueError("neither UTF-8 nor GB18030: save it as UTF-8")
