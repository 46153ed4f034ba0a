"""A pool worker's batch runs with the cyclic collector off, and the cyclic garbage it made is
collected right after it (``worker.pooled_batch``)."""
from collections import Counter
import gc
import weakref

import pytest

from pipeline import worker


class Node:
    pass


def test_a_pooled_batch_runs_without_the_collector_and_collects_after(monkeypatch):
    seen = []
    refs = []

    def batch(items):
        seen.append(gc.isenabled())
        garbage = Node()
        garbage.me = garbage  # a cycle: only the collector frees it
        refs.append(weakref.ref(garbage))
        return [], Counter()

    monkeypatch.setattr(worker, "process_batch", batch)
    assert gc.isenabled()
    try:
        assert worker.pooled_batch([]) == ([], Counter())
        assert seen == [False]  # off during the batch
        assert gc.isenabled()  # on again after it
        assert refs[0]() is None  # the batch's cycle collected, not frozen
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual


def test_a_failing_pooled_batch_turns_the_collector_back_on(monkeypatch):
    def batch(items):
        raise KeyboardInterrupt

    monkeypatch.setattr(worker, "process_batch", batch)
    with pytest.raises(KeyboardInterrupt):
        worker.pooled_batch([])
    assert gc.isenabled()
