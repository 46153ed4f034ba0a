"""A pool worker's batch runs with the cyclic collector off, and the cyclic garbage a batch made is
collected when the next one comes (``worker.pooled_batch``), once its result has gone to the parent."""
from collections import Counter
import gc
import weakref

import pytest

from pipeline import worker


class Node:
    pass


def test_a_pooled_batch_runs_without_the_collector_and_its_garbage_goes_before_the_next(monkeypatch):
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
        worker.pooled_batch([])
        assert refs[0]() is None  # the first batch's cycle collected by the second, not frozen
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual


def test_a_pooled_batch_result_is_not_walked_and_frozen(monkeypatch):
    """The rows a batch returns are alive until the pool has sent them: a collection then would walk them
    all (and freeze them), for nothing, since none is garbage."""
    def batch(items):
        return [[k] for k in range(5000)], Counter()

    monkeypatch.setattr(worker, "process_batch", batch)
    try:
        gc.collect()
        gc.freeze()
        before = gc.get_freeze_count()
        rows, _ = worker.pooled_batch([])
        assert len(rows) == 5000
        assert gc.get_freeze_count() - before < 5000  # the result's lists are not among the frozen
    finally:
        gc.unfreeze()


def test_a_failing_pooled_batch_turns_the_collector_back_on(monkeypatch):
    def batch(items):
        raise KeyboardInterrupt

    monkeypatch.setattr(worker, "process_batch", batch)
    with pytest.raises(KeyboardInterrupt):
        worker.pooled_batch([])
    assert gc.isenabled()
