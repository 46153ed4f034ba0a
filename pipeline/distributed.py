"""The per-document stages on a Dask cluster (``policykb build --executor dask``).

The parent reads the files and sends their bytes with each task, so workers
need the package (same version: checked) but not the corpus.  Each task runs
``worker.process_batch`` on one partition and writes, under the parts folder,
``part-NNNNNN.pkl`` (the outcomes, which the parent merges into the knowledge
base in partition order, then deletes) and Parquet files of the extracted
tables (``articles/``, ``measures/``, ``figures/``, ``slogans/``, ``regions/``)
that stay as a by-product for pandas or DuckDB.  The parts folder must be one
that the workers and the parent both see at the same path (a shared file
system), unless the cluster runs on this machine.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterator
import logging
import os
from pathlib import Path
import pickle

from pipeline.core import fsutil
from pipeline.store.schema import columns
from pipeline.text.ingest import IngestError
from pipeline.worker import Done, init_worker, process_batch, stage_key

PARTS_TAG = "POLICYKB-PARTS.TAG"
PARQUET_TABLES = ("articles", "measures", "figures", "slogans", "regions")


def prepare_parts(parts: str | os.PathLike) -> Path:
    """The parts folder, marked as ours; partitions of an earlier run are removed (only files
    named like ours, inside a folder carrying our tag: nothing else is ever deleted)."""
    root = Path(parts)
    root.mkdir(parents=True, exist_ok=True)
    tag = root / PARTS_TAG
    if not tag.exists():
        if any(root.iterdir()):
            raise IngestError(root, f"parts folder is not empty and was not made by policykb (no {PARTS_TAG})")
        fsutil.write_bytes(tag, b"policykb build --executor dask: per-partition results and Parquet tables\n")
    for sub in (root, *(root / t for t in PARQUET_TABLES)):
        for p in sub.glob("part-*.*"):
            if p.suffix in (".pkl", ".parquet"):
                p.unlink()
    return root


def run_on_dask(batches, settings, scheduler: str | None, jobs: int, parts) -> Iterator[tuple[list, Counter]]:
    """Each partition's outcomes, in order, with at most 2 partitions per worker in flight."""
    from dask.distributed import Client, LocalCluster

    root = prepare_parts(parts)
    if not logging.getLogger("pipeline").isEnabledFor(logging.INFO):
        # (dask.distributed logs its scheduler's and workers' start and end at INFO on its own loggers, past
        # silence_logs: about 30 lines on every build, -q or not; -v shows them)
        logging.getLogger("distributed").setLevel(logging.ERROR)
    settings.tagger.clf  # loaded here, so workers receive the model and need no model file
    # (the scheduler serves its HTTP routes even without a dashboard, on 8787 by default: a port another cluster on
    # the machine may hold, which printed a warning on every build; any free port will do)
    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                  dashboard_address=None, silence_logs=logging.ERROR,
                                                  scheduler_kwargs={"dashboard_address": ":0"})
    client = Client(scheduler or cluster)
    try:
        remote = client.scatter(settings, broadcast=True)
        width = 2 * max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        pending: deque = deque()
        for k, batch in enumerate(batches):
            pending.append(client.submit(run_partition, k, batch, remote, str(root), pure=False))
            if len(pending) >= width:
                yield _merge(pending.popleft().result(), settings.text_key)
        while pending:
            yield _merge(pending.popleft().result(), settings.text_key)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _merge(path: str, text_key: str) -> tuple[list, Counter]:
    p = Path(path)
    worker_key, outcomes, timings = pickle.loads(p.read_bytes())
    if worker_key != text_key:
        raise RuntimeError(f"a Dask worker runs other policykb code or resources (stage key {worker_key}, here "
                           f"{text_key}): install the same version on every worker")
    p.unlink()
    return outcomes, timings


_ready: tuple[int, str] | None = None  # (id of the settings this worker was set up with, its own stage key)


def run_partition(k: int, batch: list, settings, parts: str) -> str:
    """On a worker: one partition through the per-document stages, written to the parts folder."""
    global _ready
    if _ready is None or _ready[0] != id(settings):
        init_worker(settings)
        _ready = (id(settings), stage_key())
    outcomes, timings = process_batch(batch, settings)
    root = Path(parts)
    write_parquet(root, k, outcomes)
    path = root / f"part-{k:06d}.pkl"
    tmp = fsutil.temp_name(path)
    tmp.write_bytes(pickle.dumps((_ready[1], outcomes, timings), protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)
    return str(path)


def write_parquet(root: Path, k: int, outcomes: list) -> None:
    """The partition's extracted tables; measures keyed by (article_id, idx), figures point at
    their measure by its idx (the knowledge base's measure ids are given out later, by the parent)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, list[tuple]] = {t: [] for t in PARQUET_TABLES}
    for o in outcomes:
        if isinstance(o, Done):
            t = o.rows.tables
            measure_idx = {m[0]: m[2] for m in t["measures"]}
            rows["articles"] += t["articles"]
            rows["measures"] += [m[1:] for m in t["measures"]]
            rows["figures"] += [f[:2] + (measure_idx.get(f[2]),) + f[3:] for f in t["figures"]]
            rows["slogans"] += t["slogans"]
            rows["regions"] += t["regions"]
    arrow = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64(), "BLOB": pa.binary()}
    for table, data in rows.items():
        cols = columns(table)
        if table == "measures":
            cols = cols[1:]
        elif table == "figures":
            cols = [("measure_idx" if n == "measure_id" else n, t) for n, t in cols]
        # Types from the schema, so every partition of a table has the same Parquet schema.
        schema = pa.schema([(n, arrow.get(t, pa.string())) for n, t in cols])
        values = list(zip(*data)) if data else [() for _ in cols]
        out = root / table / f"part-{k:06d}.parquet"
        out.parent.mkdir(exist_ok=True)
        pq.write_table(pa.table([pa.array(list(v), f.type) for v, f in zip(values, schema)], schema=schema), out)
