"""Results of per-item work (a mentor's row in the match index, their part of mentors.json, a
list page's cards) kept from one build to the next of one process: `mkdocs serve` builds the site
again after every saved file, and most items are then what they were.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from generator import workers

Item = TypeVar("Item")
Result = TypeVar("Result")


class Kept(Generic[Item, Result]):
    """function(item, *shared) for each item, done again only for items that changed.

    An item gets the result of the last call again when it equals the item that call had under
    the same key, and the call `depends_on` values equal to the last call's: whatever else the
    results depend on (the day, the program, the site's language) goes there. Only the last
    call's results are kept. `function` must be a module's own function (see workers.each).
    """

    def __init__(self, function: Callable[..., Result], key: Callable[[Item], Hashable]) -> None:
        self._function = function
        self._key = key
        self._depends_on: tuple[Any, ...] | None = None
        self._done: dict[Hashable, tuple[Item, Result]] = {}

    def each(self, items: Sequence[Item], *shared: Any, depends_on: tuple[Any, ...]
             ) -> list[Result]:
        """[function(item, *shared) for item in items], the changed ones on every idle core."""
        known = self._done if depends_on == self._depends_on else {}
        keys = [self._key(item) for item in items]
        found: list[tuple[Item, Result] | None] = []
        missing = []
        for key, item in zip(keys, items, strict=True):
            last = known.get(key)
            if last is None or (last[0] is not item and last[0] != item):
                last = None
                missing.append(item)
            found.append(last)
        fresh = iter(workers.each(self._function, missing, *shared))
        done: dict[Hashable, tuple[Item, Result]] = {}
        results: list[Result] = []
        for key, item, last in zip(keys, items, found, strict=True):
            entry = last if last is not None else (item, next(fresh))
            done[key] = entry
            results.append(entry[1])
        self._depends_on, self._done = depends_on, done
        return results
