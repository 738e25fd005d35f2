"""Batches of articles through the same ``process_batch()`` on a ``dask.distributed`` cluster: a scheduler given
by address (``tcp://HOST:PORT``, workers on other machines), or a ``LocalCluster`` of worker processes here.

Results come back to the client in input order and the client writes them to the store. Writing from the client
means the store need not be reachable from the workers (a SQLite file on the laptop works; so does PostgreSQL),
there is one writer per run, and a worker lost mid-batch loses no stored row: its batch is reported, the run
goes on, and re-running adds only what is missing. The price is that results travel back over the network,
small next to the parsing the workers do.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator

from ..errors import UsageError
from ..model import Article, Failure
from ..pipeline import Job, batches, preload, process_batch, worker_count


def process_on_dask(
    articles: Iterable[Article],
    job: Job = Job(),  # noqa: B008
    scheduler: str | None = None,
    chunk_size: int = 8,
) -> Iterator[Article | Failure]:
    """Annotated articles in input order, processed on the cluster; a batch whose worker failed becomes one
    Failure per article of it."""
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            preload(job.settings)  # a local cluster's workers are forked from here, as the local pool's are
            with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
                cluster = LocalCluster(
                    n_workers=worker_count(job.settings.workers),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise UsageError(
            f"cannot reach the Dask scheduler ({' '.join(str(exc).split())[:160]})",
            scheduler or "LocalCluster",
        ) from None
    try:
        # A bounded window of batches in flight keeps memory flat on any input size; two per worker keeps
        # every worker busy while the client stores the last results.
        window = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()
        for chunk in batches(articles, chunk_size):
            pending.append((chunk, client.submit(process_batch, chunk, job, pure=False)))
            while len(pending) >= window:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _results(chunk: list[Article], future) -> list[Article | Failure]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a lost worker or a broken batch fails that batch, not the run
        reason = f"the Dask worker failed ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"
        return [Failure(a.provenance or a.id, reason) for a in chunk]
