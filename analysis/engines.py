"""Engines: where articles are cleaned and extracted.

Every engine runs the same function, :func:`process_batch`, on lists of loaded articles
and hands the results back in order, so the tables do not depend on the engine:

- ``local``: in this process (``jobs=1``) or a pool of ``jobs`` processes;
- ``dask``: on a dask.distributed cluster, the one at ``scheduler`` (``tcp://host:8786``)
  or a ``LocalCluster`` of ``jobs`` single-threaded worker processes when none is given.

The build itself (reading the raw folder, caching, writing tables) stays in the calling
process; workers receive article texts and return rows, so they need the same version
of this package installed but no access to the raw or output folders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

ENGINES = ("local", "dask")
BATCH = 32  # articles per task: enough to hide a task's overhead, small enough to balance


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class EngineError(RuntimeError):
    """The engine cannot start (dask missing, scheduler unreachable)."""


@contextmanager
def open_engine(engine: str = "local", jobs: int = 1,
                scheduler: str | None = None) -> Iterator[Executor | None]:
    """An executor for ``engine`` (None: run in this process), shut down on exit."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "local" and jobs <= 1:
        yield None
        return
    lazy = _Lazy(lambda: _start(engine, jobs, scheduler))
    try:
        yield lazy
    finally:
        lazy.shutdown()


class _Lazy(Executor):
    """An executor started on first use: a build with nothing to extract starts no
    worker processes and no cluster."""

    def __init__(self, start: Callable[[], tuple[Executor, Callable[[], None]]]) -> None:
        self._start = start
        self._inner: Executor | None = None
        self._close: Callable[[], None] | None = None

    def map(self, fn: Callable[..., Any], *iterables: Any, timeout: float | None = None,
            chunksize: int = 1) -> Iterator[Any]:
        if self._inner is None:
            self._inner, self._close = self._start()
        return self._inner.map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self._close is not None:
            self._close()
        self._inner = self._close = None


def _start(engine: str, jobs: int, scheduler: str | None) -> tuple[Executor, Callable[[], None]]:
    """The executor of ``engine`` and the function that shuts it down."""
    if engine == "local":
        pool = ProcessPoolExecutor(max_workers=jobs)
        return pool, lambda: pool.shutdown(cancel_futures=True)
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise EngineError("the dask engine needs the 'distributed' package "
                          "(pip install distributed)") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the dask scheduler {scheduler}: {exc}") from exc

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return client.get_executor(pure=False), close


def run_batches(executor: Executor | None, fn: Callable[[list[Any]], list[Any]],
                items: list[Any], jobs: int) -> Iterator[Any]:
    """``fn`` applied to ``items`` in batches on ``executor``; results in item order."""
    if executor is None:
        yield from fn(items)
        return
    size = max(1, min(BATCH, -(-len(items) // (4 * max(1, jobs)))))
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    for results in executor.map(fn, batches):
        yield from results
