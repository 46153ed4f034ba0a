"""pickled.loads: pickle.loads with the cyclic collector paused, and the collector left as found;
the worker's cache reads use it (a missing entry is no entry, a damaged one is rebuilt)."""
import gc
import pickle

import pytest

from pipeline.core import pickled
from pipeline.worker import CacheEntry, _from_cache


def _sample():
    # Nested containers, shared references and a cycle: what a load must give back as pickle.loads does.
    shared = ["干部", "培训", 3]
    loop: list = ["自身"]
    loop.append(loop)
    return {"counties": {"临安区": ("杭州市", 1), "淳安县": ("杭州市", 2)}, "a": shared, "b": shared, "loop": loop,
            "many": [{"k": i, "v": [str(i)] * 3} for i in range(5000)]}


@pytest.mark.parametrize("enabled", [True, False])
def test_same_value_and_collector_left_as_found(enabled):
    data = pickle.dumps(_sample(), protocol=pickle.HIGHEST_PROTOCOL)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        got = pickled.loads(data)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    want = pickle.loads(data)
    assert got["counties"] == want["counties"] and got["many"] == want["many"]
    assert got["a"] is got["b"] and got["loop"][1] is got["loop"]
    assert pickle.dumps(got) == pickle.dumps(want)


def test_collector_restored_when_the_load_fails():
    torn = pickle.dumps(_sample())[:-100]
    assert gc.isenabled()
    with pytest.raises(Exception):
        pickled.loads(torn)
    assert gc.isenabled()


def test_cache_entry_missing_damaged_or_good(tmp_path):
    assert _from_cache(None) is None
    assert _from_cache(tmp_path / "absent.pkl") is None
    (tmp_path / "torn.pkl").write_bytes(pickle.dumps(CacheEntry("k", None))[:-3])
    assert _from_cache(tmp_path / "torn.pkl") is None
    (tmp_path / "other.pkl").write_bytes(pickle.dumps({"not": "an entry"}))
    assert _from_cache(tmp_path / "other.pkl") is None
    (tmp_path / "dir.pkl").mkdir()
    assert _from_cache(tmp_path / "dir.pkl") is None
    (tmp_path / "good.pkl").write_bytes(pickle.dumps(CacheEntry("k", None)))
    assert _from_cache(tmp_path / "good.pkl") == CacheEntry("k", None)
