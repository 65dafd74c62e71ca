"""Work done for each of many items on its own (checking a profile, rendering a bio or a page)
spread over the machine's idle cores, for builds of large directories.

The worker processes are forked, so they start with the caller's modules, data and items: only
each item's position and its result travel between processes. Where forking is not safe (another
thread runs, as under `mkdocs serve`; platforms other than Linux) or does not pay (no idle core:
a machine busy with other work gains nothing and pays for the copying; few items), the items are
done here, one after the other, with the same results.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items, starting the workers costs about what they save (a profile takes about
# 0.3 ms to check, starting two workers about 20 ms).
MIN_ITEMS = 200
CHUNKS_PER_WORKER = 8  # small enough to even out, large enough to keep the messages few

_task: tuple[Callable[..., Any], Sequence[Any], tuple[Any, ...]] | None = None  # in a worker


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def idle_cores() -> int:
    """Cores at least half idle over the last minute, this process's own one included."""
    return min(cores(), round(cores() - os.getloadavg()[0] + 1))


def each(function: Callable[..., Result], items: Sequence[Item], *shared: Any) -> list[Result]:
    """[function(item, *shared) for item in items], on every idle core when it pays.

    `function` must be a module's own function; `items` and `shared` reach the workers by fork.
    """
    if len(items) < MIN_ITEMS or sys.platform != "linux" or threading.active_count() > 1:
        return [function(item, *shared) for item in items]
    workers = idle_cores()
    if workers < 2:
        return [function(item, *shared) for item in items]
    chunk = max(1, len(items) // (workers * CHUNKS_PER_WORKER))
    context = multiprocessing.get_context("fork")
    # The collector in a worker would touch every object the build made so far, copying the
    # memory the worker shares with the build; frozen, they are left alone.
    gc.freeze()
    try:
        with context.Pool(workers, initializer=_start, initargs=(function, items, shared)) as pool:
            return pool.map(_run, range(len(items)), chunksize=chunk)
    finally:
        gc.unfreeze()


def _start(function: Callable[..., Any], items: Sequence[Any], shared: tuple[Any, ...]) -> None:
    global _task
    _task = (function, items, shared)


def _run(position: int) -> Any:
    assert _task is not None, "runs only in a worker that _start set up"
    function, items, shared = _task
    return function(items[position], *shared)
