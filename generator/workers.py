"""Work done for each of many items on its own (checking a profile, rendering a bio) spread over
the machine's cores, for builds of large directories.

The worker processes are forked, so they start with the caller's modules and data: only the items
and the results travel between processes. Where forking is not safe (another thread runs, as
under `mkdocs serve`; platforms other than Linux) or not worth it (one core, few items), the
items are done here, one after the other, with the same results.
"""

from __future__ import annotations

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

_task: tuple[Callable[..., Any], tuple[Any, ...]] | None = None  # set in each worker


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def each(function: Callable[..., Result], items: Sequence[Item], *shared: Any) -> list[Result]:
    """[function(item, *shared) for item in items], on every core when it pays.

    `function` must be a module's own function; `shared` reaches each worker once, by fork.
    """
    workers = cores()
    if (workers < 2 or len(items) < MIN_ITEMS or sys.platform != "linux"
            or threading.active_count() > 1):
        return [function(item, *shared) for item in items]
    chunk = max(1, len(items) // (workers * CHUNKS_PER_WORKER))
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start, initargs=(function, shared)) as pool:
        return pool.map(_run, items, chunksize=chunk)


def _start(function: Callable[..., Any], shared: tuple[Any, ...]) -> None:
    global _task
    _task = (function, shared)


def _run(item: Any) -> Any:
    assert _task is not None, "runs only in a worker that _start set up"
    function, shared = _task
    return function(item, *shared)
