"""What every build process once worked out afresh, now cached by content under ``core.pickled``:
jieba's tagged words and the code a saved model refers to.  Cold and warm, the same answers as
the plain computation."""
from __future__ import annotations

import pickle
import re

from pipeline.classify import model as M
from pipeline.core import pickled
from pipeline.nlp import segment as S


def test_jieba_tags_from_the_cache_are_the_dictionarys(tmp_path, monkeypatch):
    monkeypatch.setenv(pickled.CACHE_ENV, str(tmp_path))
    jieba = S.import_jieba()
    with jieba.Tokenizer().get_dict_file() as f:
        data = f.read()
    for tags in ("n[sr]", "ns", "[vdpcb]"):
        plain = S._tags_in(data, tags)
        assert plain and all(re.fullmatch(tags, t) for t in plain.values())
        assert S.jieba_tags(tags) == plain  # cold: built and kept
        assert S.jieba_tags(tags) == plain  # warm: read back
    kept = sorted(p.name.split("-")[1] for p in (tmp_path / "segmenter").glob("tags-*.pkl"))
    assert kept == ["ns", "nsr", "vdpcb"]
    assert S._tags_in(data, "ns").keys() < S._tags_in(data, "n[sr]").keys()


def test_missing_code_read_from_the_cache_is_the_pickles(tmp_path, monkeypatch):
    monkeypatch.setenv(pickled.CACHE_ENV, str(tmp_path))
    gone = b"cpipeline.classify.model\nno_such_function_here\n."  # protocol 0: a GLOBAL opcode
    here = pickle.dumps(M.check_model, protocol=pickle.HIGHEST_PROTOCOL)
    for _ in range(2):  # cold, then warm
        assert M.missing_code(gone) == ["pipeline.classify.model.no_such_function_here"]
        assert M.missing_code(here) == []
    assert len(list((tmp_path / "model").glob("globals-*.pkl"))) == 2
